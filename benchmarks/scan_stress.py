"""Tight scanned layouts against redaction geometry: how many invented scans stop, and why.

    python benchmarks/scan_stress.py [--out DIR] [--pages 24] [--seed 11]

Issue #11 asks that a redaction remove only its own characters, in tightly spaced rows and with
stacked Thai marks. The text-layer side has tests/fixtures/make_tables.py; this is the scanned side.
Each page is a list of people written the way registers and reports write them (titled name,
national ID, house address, mobile) with kept lines between them (an agency's landline, a document
number, a budget, an official's name and position), laid out by HarfBuzz in one of the TLWG fonts at
a line height of 1.0 to 1.3, 12 to 16 pt, in Thai or Arabic digits, rendered to a grainy, slightly
tilted scan at 200 or 300 dpi (tests/fixtures/make_scan.py). Every name, number and place is made up.

The pages go to DIR/docs with their key in DIR/truth.json (what OIA s.15(5) withholds: the people's
names, IDs, house numbers and mobiles; what stays: the document number, the budget, the checking
official, the position and the unit's landline), so ../shared/eval/score.py scores them like any set.
Each page is also redacted (``phoei redact --accept-all``) in its own process; the report prints the
exit codes, the reason of every stop, and the pages. Exit 0 is the goal; exit 4 (OCR of the written
page could not confirm kept text next to a box) is collateral damage or OCR noise to look at; exit 3
is a withheld item read again or kept text lost.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

FONTS = ("Laksaman", "Garuda", "Norasi", "Sawasdee", "Loma", "Kinnari")
GIVEN = ("สมปอง", "วิไลวรรณ", "ณัฐพงศ์", "กิ่งแก้ว", "ประสิทธิ์", "อุไรวรรณ", "ธีรศักดิ์", "พิมพ์ชนก",
         "สุรเชษฐ์", "จันทร์เพ็ญ", "บุญเลี้ยง", "ศศิวิมล", "เฉลิมพล", "น้ำฝน", "ทองใบ", "ปิยะนุช")
FAMILY = ("ใจดีงาม", "ศรีสุขใส", "ทองคำแท้", "บุญประคอง", "แก้วมณีวงศ์", "พึ่งบุญญา", "นิลสุวรรณ์",
          "ชื่นอารมณ์", "ดวงจันทร์ทอง", "สายสุนีย์", "มั่นคงดี", "เพ็ชรรุ่ง")
TITLES = ("นาย", "นาง", "นางสาว", "เด็กชาย", "เด็กหญิง")
TAMBON = ("หนองบัว", "ท่าช้าง", "บ้านใหม่", "โนนสูง", "ห้วยทราย", "ดอนแก้ว")
UNITS = ("กองสาธารณสุขและสิ่งแวดล้อม", "สำนักปลัดเทศบาล", "กองคลัง", "งานทะเบียนราษฎร")
POSITIONS = ("นักวิชาการสาธารณสุขชำนาญการ", "เจ้าพนักงานธุรการปฏิบัติงาน", "นักพัฒนาชุมชนชำนาญการ")


def _id(rng: random.Random) -> str:
    """A made-up national ID with a valid check digit, dashed (tests/fixtures/make_pdf.py)."""
    from tests.fixtures.make_pdf import dashed_id, national_id

    return dashed_id(national_id(str(rng.randint(1, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(11))))


def page_lines(rng: random.Random, thai_digits: bool) -> tuple[list[str], list[dict[str, str]], list[dict[str, str]]]:
    """A register page: a heading, people with their identifiers, kept lines between them; and its key
    (what must go by OIA s.15(5), what must stay), in score.py's truth format."""
    from tests.fixtures.make_pdf import thai_digits as to_thai

    conv = to_thai if thai_digits else (lambda s: s)
    unit = rng.choice(UNITS)
    doc_no = conv(f"สม {rng.randint(1000, 9999)}.{rng.randint(1, 9)}/{rng.randint(100, 999)}")
    budget = conv(f"{rng.randint(10, 99)},{rng.randint(100, 999)}")
    lines = [f"บัญชีรายชื่อผู้มีสิทธิ์รับเงินช่วยเหลือ {unit} เทศบาลตำบลสมมุติ",
             conv(f"ที่ {doc_no} ลงวันที่ {rng.randint(1, 28)} มีนาคม 2569 งบประมาณ {budget} บาท")]
    redact: list[dict[str, str]] = []
    keep = [{"text": doc_no}, {"text": budget}]
    for n in range(1, 6):
        name = f"{rng.choice(TITLES)}{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        pid = conv(_id(rng))
        house = conv(f"{rng.randint(1, 199)}/{rng.randint(1, 9)}")
        mobile = conv(f"08{rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}")
        lines.append(conv(f"{n}. ") + f"{name} เลขประจำตัวประชาชน {pid}")
        lines.append(f"ที่อยู่ บ้านเลขที่ {house} " + conv(f"หมู่ที่ {rng.randint(1, 12)}")
                     + f" ตำบล{rng.choice(TAMBON)} โทร. {mobile}")
        amount = f"{rng.randint(1, 9)},{rng.randint(100, 999)}"
        lines.append(conv(f"จำนวนเงิน {amount} บาท ตามระเบียบฯ ข้อ {rng.randint(1, 30)}"))
        redact += [{"text": name, "type": "PERSON"}, {"text": pid, "type": "NATIONAL_ID"},
                   {"text": house, "type": "ADDRESS"}, {"text": mobile, "type": "PHONE"}]
    official = f"นาย{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    position = rng.choice(POSITIONS)
    landline = conv(f"0 4{rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    lines.append(f"ผู้ตรวจสอบ {official} {position}")
    lines.append(f"{unit} โทร. {landline}")
    keep += [{"text": official}, {"text": position}, {"text": landline}]
    return lines, redact, keep


def build(path: Path, rng: random.Random, layout: tuple[str, float, float, int, bool] | None = None,
          ) -> tuple[str, list[dict[str, str]], list[dict[str, str]]]:
    """One page: its description, what must go, what must stay. ``layout`` (font, size, line height,
    dpi, Thai digits) fixes what is otherwise drawn at random."""
    import pymupdf

    from tests.fixtures.make_pdf import TLWG, require_fonts
    from tests.fixtures.make_scan import _html_escape, image_pdf, scan_image

    require_fonts()
    font = rng.choice(FONTS)
    size = rng.choice((12.0, 14.0, 16.0))
    height = rng.choice((1.0, 1.15, 1.3))
    dpi = rng.choice((200, 300))
    thai = rng.random() < 0.5
    if layout is not None:
        font, size, height, dpi, thai = layout
    page = (595.0, 842.0)
    src = pymupdf.open()
    p = src.new_page(width=page[0], height=page[1])
    css = (f"@font-face {{font-family: f; src: url({font}.ttf);}} "
           f"body {{font-family: f; font-size: {size}pt; line-height: {height}; margin: 0;}}")
    lines, redact, keep = page_lines(rng, thai)
    body = "<br>".join(_html_escape(s) for s in lines)
    p.insert_htmlbox(pymupdf.Rect(40, 40, page[0] - 40, page[1] - 40), f"<body>{body}</body>", css=css,
                     archive=pymupdf.Archive(str(TLWG)))
    img = scan_image(p, dpi=dpi, skew_deg=rng.uniform(-0.6, 0.6), rng=rng, specks=300, grain=4.0)
    src.close()
    image_pdf(path, [img], page=page)
    return f"{font} {size:g}pt line-height {height} {dpi} dpi {'Thai' if thai else 'Arabic'} digits", redact, keep


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="keep the pages, key and outputs here")
    ap.add_argument("--pages", type=int, default=24)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--build-only", action="store_true", help="write docs/ and truth.json, redact nothing")
    args = ap.parse_args()
    sys.path.insert(0, str(REPO))
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-scan-stress-"))
    (out / "docs").mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    truth = []
    kinds = []
    for n in range(args.pages):
        src = out / "docs" / f"stress{n:02d}.pdf"
        what, redact, keep = build(src, rng)
        truth.append({"file": f"docs/{src.name}", "must_redact": redact, "must_keep": keep})
        kinds.append((src, what))
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.pages} pages and truth.json in {out}; score with\n  python ../shared/eval/score.py --set {out} "
          "-v --cmd 'phoei redact {in} -o {out} --accept-all'")
    if args.build_only:
        return 0
    codes: dict[int, int] = {}
    started = time.perf_counter()
    for src, what in kinds:
        run = subprocess.run([sys.executable, "-m", "webui.cli", "redact", str(src), "-o",
                              str(out / f"{src.stem}.out.pdf"), "--accept-all"],
                             capture_output=True, text=True, cwd=REPO)
        codes[run.returncode] = codes.get(run.returncode, 0) + 1
        why = "" if run.returncode == 0 else " | " + (run.stderr.strip().splitlines() or [""])[-1][:300]
        print(f"{src.name}  exit {run.returncode}  {what}{why}", flush=True)
    took = time.perf_counter() - started
    print(f"\n{args.pages} pages in {took:.0f} s: " + ", ".join(f"exit {c}: {k}" for c, k in sorted(codes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
