"""Demo content for ``phoei serve --demo``: an agency profile, demo users and a few published Thai
documents that went through the real pipeline (analyse → decisions → apply and verify → publish).

Every name, ID number, phone number and address here is made up. The documents ship in
``webui/data/demo/`` (``make_demo.py`` there draws the PDFs with PyMuPDF in Laksaman, Debian
``fonts-thai-tlwg``, and writes the Word order with python-docx), so neither PyMuPDF outside
``redactor/formats/`` nor python-docx is needed at run time; nothing is downloaded.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path
from typing import Any

from library.config import Config

DEMO_FILES = Path(__file__).resolve().parent / "data" / "demo"
COMPLAINT = DEMO_FILES / "complaint.pdf"
ORDER_DOCX = DEMO_FILES / "order.docx"  # the ORDER lines below, written by make_demo.py
WINNER_PDF = DEMO_FILES / "winner.pdf"  # the WINNER lines below, drawn by make_demo.py
PLAN_PDF = DEMO_FILES / "plan.pdf"  # the PLAN lines below, drawn by make_demo.py

USERS = (
    # username, display name, global roles, agency, local contributor folders
    ("officer", "สมศรี เจ้าหน้าที่ (ตัวอย่าง)", ("officer",), None,
     ("/oia", "/about", "/news", "/announcements", "/procurement", "/links", "/other")),
    ("reviewer", "ประเสริฐ ผู้ตรวจ (ตัวอย่าง)", ("reviewer",), None, ()),
    ("admin", "ผู้ดูแลระบบ (ตัวอย่าง)", ("site_admin",), None, ()),
    ("agency", "สำนักงานเกษตรจังหวัด (ตัวอย่าง)", ("external_submitter",), "สำนักงานเกษตรจังหวัดนครราชสีมา", ()),
)

PROFILE: dict[str, Any] = {
    "name": "ศาลากลางจังหวัดนครราชสีมา (ตัวอย่าง)",
    "name_en": "Nakhon Ratchasima Provincial Hall (demo)",
    "addresses": ["ศาลากลางจังหวัดนครราชสีมา ถนนมหาดไทย ตำบลในเมือง อำเภอเมืองนครราชสีมา "
                  "จังหวัดนครราชสีมา ๓๐๐๐๐"],
    "phones": ["๐ ๔๔๒๔ ๓๒๑๐"],
    "fax": ["๐ ๔๔๒๔ ๓๒๑๑"],
    "emails": ["saraban@korat.example.go.th"],
    "website": "https://korat.example.go.th",
}
OFFICIALS = (("นายวิชัย ตัวอย่างยิ่ง", "รองผู้ว่าราชการจังหวัดนครราชสีมา"),
             ("นางสาวมาลี ใจดีงาม", "หัวหน้าสำนักงานจังหวัดนครราชสีมา"))

WINNER = [
    "ประกาศจังหวัดนครราชสีมา",
    "เรื่อง  ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมหลังคาศาลากลางจังหวัด",
    "ตามที่จังหวัดนครราชสีมาได้มีประกาศจ้างซ่อมแซมหลังคาศาลากลางจังหวัด",
    "โดยวิธีเฉพาะเจาะจง นั้น",
    "ผู้ได้รับการคัดเลือก ได้แก่ ห้างหุ้นส่วนจำกัด ช่างดีก่อสร้าง",
    "เลขประจำตัวผู้เสียภาษี 0303561001234 ในวงเงิน ๔๘๕,๐๐๐ บาท",
    "ผู้ประสานงานของผู้เสนอราคา นายสมปอง ทดสอบงาน",
    "โทรศัพท์ ๐๘๙ ๑๒๓ ๔๕๖๗",
    "ประกาศ ณ วันที่ ๑๕ มกราคม ๒๕๖๘",
    "(นางสาวมาลี ใจดีงาม)",
    "หัวหน้าสำนักงานจังหวัดนครราชสีมา",
]
PLAN = [
    "แผนปฏิบัติราชการจังหวัดนครราชสีมา ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "ยุทธศาสตร์ที่ ๑ การพัฒนาเศรษฐกิจและการท่องเที่ยว",
    "โครงการส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม งบประมาณ ๒,๕๐๐,๐๐๐ บาท",
    "ยุทธศาสตร์ที่ ๒ การพัฒนาคุณภาพชีวิตและสังคม",
    "โครงการพัฒนาแหล่งน้ำเพื่อการเกษตร งบประมาณ ๕,๐๐๐,๐๐๐ บาท",
    "ยุทธศาสตร์ที่ ๓ การบริหารจัดการทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    "โครงการลดมลพิษทางน้ำในลำตะคอง งบประมาณ ๑,๒๐๐,๐๐๐ บาท",
    "ผู้รับผิดชอบ สำนักงานจังหวัดนครราชสีมา โทร. ๐ ๔๔๒๔ ๓๒๑๐",
]
ORDER = [
    "คำสั่งจังหวัดนครราชสีมา ที่ ๑๒๓/๒๕๖๘",
    "เรื่อง แต่งตั้งคณะทำงานเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์จังหวัด",
    "เพื่อให้การเผยแพร่ข้อมูลข่าวสารเป็นไปตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ "
    "จึงแต่งตั้งคณะทำงาน ดังนี้",
    "๑. หัวหน้าสำนักงานจังหวัดนครราชสีมา เป็นประธานคณะทำงาน",
    "๒. หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด เป็นคณะทำงานและเลขานุการ",
    "สั่ง ณ วันที่ ๒ กุมภาพันธ์ ๒๕๖๘",
    "(นายวิชัย ตัวอย่างยิ่ง)",
    "รองผู้ว่าราชการจังหวัดนครราชสีมา ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดนครราชสีมา",
]

NEWS = (
    ("/news", "news", "จังหวัดเปิดศูนย์บริการข้อมูลข่าวสารของราชการแห่งใหม่",
     "ศาลากลางจังหวัดเปิดศูนย์บริการข้อมูลข่าวสารของราชการ ชั้น ๑ ให้ประชาชนเข้าตรวจดูข้อมูลข่าวสาร"
     "ตามมาตรา ๙ ได้ในวันและเวลาราชการ"),
    ("/news", "news", "ขอเชิญร่วมประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี",
     "ขอเชิญประชาชนและผู้มีส่วนได้ส่วนเสียร่วมตอบแบบสำรวจความคิดเห็น (EIT) ผ่านเว็บไซต์ของจังหวัด"),
    ("/announcements", "announcement", "ประกาศวันหยุดให้บริการศูนย์ข้อมูลข่าวสาร",
     "ศูนย์ข้อมูลข่าวสารปิดให้บริการในวันหยุดนักขัตฤกษ์ และเปิดให้บริการตามปกติในวันทำการถัดไป"),
)


def _documents() -> list[dict[str, Any]]:
    return [
        {"folder": "/oia/s9/s9-1", "file": COMPLAINT, "title": "หนังสือขอให้ตรวจสอบเรื่องร้องเรียนการปล่อยน้ำเสีย",
         "document_number": "นม ๐๐๑๗.๓/๔๑๒", "document_date": date(2024, 4, 8)},
        {"folder": "/procurement/results", "file": WINNER_PDF,
         "title": "ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมหลังคาศาลากลางจังหวัด", "document_date": date(2025, 1, 15)},
        {"folder": "/about/action-plans", "file": PLAN_PDF,
         "title": "แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", "document_date": date(2024, 10, 1)},
        {"folder": "/oia/s7/s7-4", "file": ORDER_DOCX,
         "title": "คำสั่งแต่งตั้งคณะทำงานเผยแพร่ข้อมูลข่าวสารทางเว็บไซต์จังหวัด",
         "document_number": "๑๒๓/๒๕๖๘", "document_date": date(2025, 2, 2)},
    ]


def seed_demo(config: Config) -> list[tuple[str, str, str]]:
    """Idempotent: users get new passwords on every call; content is added once. Returns the credentials."""
    from library import agency, content, lifecycle, redaction, users
    from library.errors import NotFound
    from library.instance import open_library
    from library.security import Principal
    from webui.auth import hash_password
    from worker import steps

    lib = open_library(config)
    op = Principal.operator("demo")
    creds: list[tuple[str, str, str]] = []
    fresh = False
    try:
        with lib.transaction() as s:
            for username, name, roles, agency_name, folders in USERS:
                pw = secrets.token_urlsafe(9)
                try:
                    u = users.get_user(s, username)
                    users.set_password(s, op, u, hash_password(pw))
                except NotFound:
                    fresh = fresh or username == "officer"
                    u = users.create_user(s, op, username, display_name=name, roles=roles, agency=agency_name,
                                          password_hash=hash_password(pw))
                    for path in folders:
                        users.grant_local(s, op, content.get(s, path), u, "contributor")
                creds.append((username, roles[0], pw))
            if fresh:
                agency.update_profile(s, op, **PROFILE)
                for n, (name, position) in enumerate(OFFICIALS):
                    agency.add_official(s, op, name, position, executive=n == 0)
        if not fresh:
            index_demo(lib)
            return creds
        cache = config.instance / "cache"
        cache.mkdir(mode=0o700, exist_ok=True)
        with lib.transaction() as s:
            officer = Principal.of(users.get_user(s, "officer"))
            reviewer = Principal.of(users.get_user(s, "reviewer"))
            for folder, type_id, title, body in NEWS:
                item = content.create(s, officer, content.get(s, folder), type_id, title=title, body=body,
                                      description=body[:120])
                lifecycle.transition(s, reviewer, item, "publish", "demo")
        for doc in _documents():
            with lib.transaction() as s:
                fields = {k: v for k, v in doc.items() if k not in ("folder", "file")}
                item = content.create(s, officer, content.get(s, doc["folder"]), "file", **fields)
                f = redaction.upload(s, officer, item, Path(doc["file"]), Path(doc["file"]).name)
                lifecycle.transition(s, officer, item, "submit", "demo")
                fid, uid = f.id, item.uid
            steps.analyse(lib, cache, fid, 1.5, lambda *a: None)
            with lib.transaction() as s:
                f = redaction.file_of(s, fid)
                for p in redaction.undecided_reviews(s, f):
                    redaction.decide(s, reviewer, f, p.proposal_id, "accept")
            steps.apply(lib, cache, fid, None, 1.5, lambda *a: None)
            with lib.transaction() as s:
                lifecycle.transition(s, reviewer, content.get(s, uid), "publish", "demo")
        index_demo(lib)
    finally:
        lib.dispose()
    return creds


def index_demo(lib: Any) -> int:
    """Search works on the demo at once: apply the outbox, or rebuild when the index is empty (an
    index folder removed by hand). Runs before this process's worker starts; if another worker
    holds the index (``phoei worker`` on the same instance), that worker catches up instead."""
    import sys

    from library.search.indexer import apply_pending, reindex
    from library.search.service import open_backend

    try:
        n = apply_pending(lib)
        with lib.session() as s:
            empty = open_backend(s).count() == 0
        return reindex(lib) if empty else n
    except Exception as exc:  # never stop the demo for this: the worker's index jobs retry
        print(f"warning: the search index was not updated now ({exc}); the worker will", file=sys.stderr)
        return 0
