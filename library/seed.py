"""The seeded content tree: what a Thai agency must publish (seed guideline §1), in Thai, with English ids.

``seed(session, principal)`` creates whatever folder of ``TREE`` is missing
and publishes it; folders that exist are left as they are (an agency may have
renamed or reordered them), so ``phoei init`` can run any number of times.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from library import content, lifecycle
from library.models import Content
from library.security import Principal


@dataclass(frozen=True)
class Node:
    slug: str
    title: str
    description: str = ""
    oia: str | None = None
    external: bool = False  # other agencies may ask to publish here (seed §3.1 (2))
    sort: str = "position"
    children: tuple[Node, ...] = field(default_factory=tuple)


def _s7(n: int, title: str) -> Node:
    return Node(f"s7-{n}", f"({'๑๒๓๔๕'[n - 1]}) {title}", oia=f"s7({n})")


def _s9(n: int, title: str) -> Node:
    return Node(f"s9-{n}", f"({'๑๒๓๔๕๖๗๘'[n - 1]}) {title}", oia=f"s9({n})")


TREE: tuple[Node, ...] = (
    Node("oia", "ข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐",
         "ข้อมูลข่าวสารที่หน่วยงานของรัฐต้องเปิดเผยตามมาตรา ๗ และมาตรา ๙", children=(
             Node("s7", "มาตรา ๗ ข้อมูลข่าวสารที่ต้องลงพิมพ์ในราชกิจจานุเบกษา", children=(
                 _s7(1, "โครงสร้างและการจัดองค์กรในการดำเนินงาน"),
                 _s7(2, "สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน"),
                 _s7(3, "สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสารหรือคำแนะนำในการติดต่อกับหน่วยงานของรัฐ"),
                 _s7(4, "กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบาย หรือการตีความ"),
                 _s7(5, "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด"),
             )),
             Node("s9", "มาตรา ๙ ข้อมูลข่าวสารที่จัดไว้ให้ประชาชนเข้าตรวจดูได้", children=(
                 _s9(1, "ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน รวมทั้งความเห็นแย้งและคำสั่งที่เกี่ยวข้อง"),
                 _s9(2, "นโยบายหรือการตีความที่ไม่เข้าข่ายต้องลงพิมพ์ในราชกิจจานุเบกษาตามมาตรา ๗ (๔)"),
                 _s9(3, "แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ"),
                 _s9(4, "คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานของเจ้าหน้าที่ของรัฐซึ่งมีผลกระทบถึงสิทธิหน้าที่ของเอกชน"),
                 _s9(5, "สิ่งพิมพ์ที่ได้มีการอ้างอิงถึงตามมาตรา ๗ วรรคสอง"),
                 _s9(6, "สัญญาสัมปทาน สัญญาที่มีลักษณะเป็นการผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชน"
                        "ในการจัดทำบริการสาธารณะ"),
                 _s9(7, "มติคณะรัฐมนตรี หรือมติคณะกรรมการที่แต่งตั้งโดยกฎหมายหรือโดยมติคณะรัฐมนตรี"),
                 _s9(8, "ข้อมูลข่าวสารอื่นตามที่คณะกรรมการข้อมูลข่าวสารของราชการกำหนด"),
             )),
         )),
    Node("about", "ข้อมูลพื้นฐานหน่วยงาน", "ประวัติ วิสัยทัศน์ พันธกิจ โครงสร้าง ผู้บริหาร อำนาจหน้าที่ "
         "ยุทธศาสตร์ แผนงาน งบประมาณ และรายงานผลการปฏิบัติราชการ", children=(
             Node("history", "ประวัติความเป็นมา"),
             Node("vision-mission", "วิสัยทัศน์ พันธกิจ"),
             Node("structure", "โครงสร้างหน่วยงาน", oia="s7(1)"),
             Node("executives", "ผู้บริหาร"),
             Node("powers-duties", "อำนาจหน้าที่", oia="s7(2)"),
             Node("strategy", "ยุทธศาสตร์"),
             Node("action-plans", "แผนปฏิบัติราชการ แผนงาน และโครงการ", oia="s9(3)", sort="-document_date"),
             Node("annual-budget", "งบประมาณรายจ่ายประจำปี", oia="s9(3)", sort="-document_date"),
             Node("performance-agreements", "คำรับรองการปฏิบัติราชการ", sort="-document_date"),
             Node("performance-reports", "รายงานผลการปฏิบัติราชการ", sort="-document_date"),
             Node("contact", "สถานที่ติดต่อ", oia="s7(3)"),
         )),
    Node("news", "ข่าวประชาสัมพันธ์", "ข่าวสาร กิจกรรม และการประชาสัมพันธ์ของหน่วยงาน", external=True,
         sort="-effective"),
    Node("announcements", "ประกาศ", "ประกาศ คำสั่ง และหนังสือเวียน", external=True, sort="-effective"),
    Node("procurement", "การจัดซื้อจัดจ้าง", "ข้อมูลการจัดซื้อจัดจ้างและการจัดหาพัสดุ", children=(
        Node("plans", "แผนการจัดซื้อจัดจ้างประจำปี", sort="-document_date"),
        Node("notices", "ประกาศจัดซื้อจัดจ้าง", sort="-effective"),
        Node("results", "ประกาศผู้ชนะการเสนอราคา", sort="-effective"),
        Node("monthly-summary", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.๑)", sort="-document_date"),
        Node("annual-report", "รายงานผลการจัดซื้อจัดจ้างประจำปี", sort="-document_date"),
    )),
    Node("links", "ลิงก์หน่วยงานที่เกี่ยวข้อง", "การเชื่อมโยงเว็บไซต์ที่หน่วยงานอื่นขอเผยแพร่", external=True),
    Node("other", "ข้อมูลข่าวสารอื่น ๆ", "ข้อมูลด้านอื่นที่อยู่ในความรับผิดชอบของหน่วยงาน", external=True),
)


@dataclass
class SeedResult:
    created: list[str] = field(default_factory=list)
    existing: list[str] = field(default_factory=list)


def seed(session: Session, principal: Principal, tree: tuple[Node, ...] = TREE) -> SeedResult:
    result = SeedResult()

    def ensure(parent: Content | None, node: Node) -> None:
        path = f"{parent.path if parent else ''}/{node.slug}"
        item = session.scalar(select(Content).where(Content.path == path))
        if item is None:
            item = content.create(session, principal, parent, "folder", slug=node.slug, title=node.title,
                                  description=node.description, oia_category=node.oia, note="seeded")
            item.accepts_external = node.external
            item.sort_order = node.sort
            lifecycle.transition(session, principal, item, "publish", "seeded")
            result.created.append(path)
        else:
            result.existing.append(path)
        for child in node.children:
            ensure(item, child)

    for node in tree:
        ensure(None, node)
    return result
