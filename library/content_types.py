"""Content types (Plone's factory type information), as data.

Every type has the Dublin Core and disclosure fields in ``COMMON_FIELDS``;
``fields`` adds its own. ``folderish`` types contain others
(``allowed_children``; an empty tuple means every non-folder type and folders).
``external`` types may be submitted by another agency (seed §3.1 (2), §3.2).
"""

from __future__ import annotations

from dataclasses import dataclass

from library.errors import Invalid

# Versioned, editable fields shared by every type. Order is display order.
COMMON_FIELDS = (
    "title", "description", "keywords", "creator", "language", "rights",
    "oia_category", "document_number", "document_date",
    "effective", "expires", "review_by", "source_agency",
)
DATE_FIELDS = frozenset({"document_date", "review_by"})
DATETIME_FIELDS = frozenset({"effective", "expires"})
LIST_FIELDS = frozenset({"keywords"})


@dataclass(frozen=True)
class ContentType:
    id: str
    title_th: str
    title_en: str
    folderish: bool = False
    fields: tuple[str, ...] = ()
    has_file: bool = False
    external: bool = False
    allowed_children: tuple[str, ...] = ()

    @property
    def editable_fields(self) -> tuple[str, ...]:
        return COMMON_FIELDS + self.fields


TYPES: dict[str, ContentType] = {t.id: t for t in (
    ContentType("folder", "โฟลเดอร์", "Folder", folderish=True),
    ContentType("page", "หน้าเนื้อหา", "Page", fields=("body",)),
    ContentType("file", "เอกสาร", "File", has_file=True, external=True),
    ContentType("news", "ข่าวประชาสัมพันธ์", "News item", fields=("body",), external=True),
    ContentType("announcement", "ประกาศ", "Announcement", fields=("body",), external=True),
    ContentType("link", "ลิงก์", "Link", fields=("remote_url",), external=True),
)}

# Official Information Act B.E. 2540 categories (s.7 published in the Royal
# Gazette; s.9 open for public inspection), the values of ``oia_category``.
OIA_CATEGORIES: dict[str, str] = {
    "s7(1)": "มาตรา ๗ (๑) โครงสร้างและการจัดองค์กรในการดำเนินงาน",
    "s7(2)": "มาตรา ๗ (๒) สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน",
    "s7(3)": "มาตรา ๗ (๓) สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสารหรือคำแนะนำในการติดต่อกับหน่วยงานของรัฐ",
    "s7(4)": "มาตรา ๗ (๔) กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบายหรือการตีความ",
    "s7(5)": "มาตรา ๗ (๕) ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด",
    "s9(1)": "มาตรา ๙ (๑) ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน",
    "s9(2)": "มาตรา ๙ (๒) นโยบายหรือการตีความที่ไม่เข้าข่ายต้องลงพิมพ์ในราชกิจจานุเบกษา",
    "s9(3)": "มาตรา ๙ (๓) แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ",
    "s9(4)": "มาตรา ๙ (๔) คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานของเจ้าหน้าที่ของรัฐ",
    "s9(5)": "มาตรา ๙ (๕) สิ่งพิมพ์ที่ได้มีการอ้างอิงถึงตามมาตรา ๗ วรรคสอง",
    "s9(6)": "มาตรา ๙ (๖) สัญญาสัมปทาน สัญญาผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชนในการจัดทำบริการสาธารณะ",
    "s9(7)": "มาตรา ๙ (๗) มติคณะรัฐมนตรี หรือมติคณะกรรมการที่แต่งตั้งโดยกฎหมายหรือโดยมติคณะรัฐมนตรี",
    "s9(8)": "มาตรา ๙ (๘) ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด",
}

SORT_ORDERS = ("position", "-effective", "title", "-document_date", "-modified")


def get_type(type_id: str) -> ContentType:
    try:
        return TYPES[type_id]
    except KeyError:
        raise Invalid(f"unknown content type {type_id!r} (one of {', '.join(TYPES)})") from None
