"""What a Word file on real pages costs the worker: LibreOffice's conversion, and the alignment of
the rendered text with the DOCX text (redactor/formats/docx_render.py).

    python benchmarks/docx_pages.py [--pages 50] [--runs 3]

Generates a long Thai DOCX (paragraphs with made-up names, IDs and phone numbers, a table every
few paragraphs, a header and a footer on every page), then prints, median of ``--runs``: the
conversion (a fresh LibreOffice profile each time, as the worker does), reading the PDF's
characters, the alignment, and the share of the DOCX text placed on the pages.
No target is asserted: the conversion is LibreOffice's, and the alignment should stay a small
part of it (it is linear but for difflib over the short gaps between anchors).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = ("การ", "พิจารณา", "เรื่อง", "ร้องเรียน", "สำนักงาน", "ดำเนิน", "ตรวจสอบ", "ข้อมูล", "ข่าวสาร", "ราชการ",
         "จังหวัด", "อำเภอ", "ผู้", "ได้รับ", "มอบหมาย", "เพื่อ", "ทราบ", "และ", "ที่", "ซึ่ง", "ประชาชน", "เจ้าหน้าที่")
FIRST = ("สมชาย", "สมหญิง", "วิภา", "ประเสริฐ", "จันทร์เพ็ญ", "ศักดิ์ชัย", "น้ำผึ้ง", "ธนพล")
LAST = ("ใจดี", "ทดสอบ", "รักษ์ไทย", "มั่นคง", "สว่างวงศ์", "ทองคำ", "ศรีสุข", "บุญมา")


def build(path: Path, pages: int, rng: random.Random) -> Path:
    import docx

    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "สำนักงานทดสอบระบบ หนังสือราชการ"
    sec.footer.paragraphs[0].text = "สอบถาม โทร 02-000-0000"
    for i in range(pages * 9):
        words = " ".join(rng.choice(WORDS) + rng.choice(WORDS) for _ in range(rng.randint(8, 20)))
        who = f"นาย{rng.choice(FIRST)} {rng.choice(LAST)}"
        nid = "-".join(("3", f"{rng.randrange(10**4):04}", f"{rng.randrange(10**5):05}", f"{rng.randrange(100):02}",
                        str(rng.randrange(10))))
        d.add_paragraph(f"{words} ผู้ร้อง {who} เลขประจำตัวประชาชน {nid} โทร 08{rng.randrange(10**8):08}")
        if i % 12 == 11:
            t = d.add_table(rows=3, cols=3)
            for r in range(3):
                for c in range(3):
                    t.cell(r, c).text = rng.choice(WORDS) + rng.choice(WORDS)
    d.save(str(path))
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    from redactor.formats import docx as docx_format
    from redactor.formats import docx_render

    if docx_render.available() is not None:
        sys.exit(f"LibreOffice cannot run here: {docx_render.available()}")
    with tempfile.TemporaryDirectory() as tmp:
        src = build(Path(tmp) / "long.docx", args.pages, random.Random(2569))
        doc = docx_format.open_document(src)
        times: dict[str, list[float]] = {"convert": [], "read": [], "align": []}
        coverage, n_pages, n_chars = 0.0, 0, 0
        for _ in range(args.runs):
            pdf = Path(tmp) / "long.pdf"
            t0 = time.perf_counter()
            docx_render.to_pdf(src, pdf)
            t1 = time.perf_counter()
            rendering = docx_render.read_pdf(pdf)
            t2 = time.perf_counter()
            al = docx_render.align(doc.textmap, rendering, docx_render.story_roles(doc))
            docx_render.layout_lines(al)
            t3 = time.perf_counter()
            times["convert"].append(t1 - t0)
            times["read"].append(t2 - t1)
            times["align"].append(t3 - t2)
            coverage, n_pages, n_chars = al.coverage, len(rendering.pages), len(doc.textmap.text)
        doc.close()
    print(f"DOCX of {n_chars:,} characters on {n_pages} pages, median of {args.runs} runs:")
    for k, v in times.items():
        print(f"  {k:8s} {statistics.median(v):7.2f} s")
    print(f"  placed   {coverage:7.2%} of the DOCX text's matching characters")


if __name__ == "__main__":
    main()
