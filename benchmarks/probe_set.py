"""An invented evaluation set in the scorer's format, to see how the redactor holds on
documents nobody tuned it to.

Every document, name and number here is made up for this file. The set covers the classes
that leaked on hidden sets before: table cells whose meaning only the header gives, Latin
names, health in everyday words, criminal records, wages, personal codes, plates and
vehicle numbers, English-language personal data; and what must stay: officials in office
(medical, academic, police titles), the agency's document numbers, budgets, companies.
Documents come as Word files, as PDFs printed by LibreOffice from them, and as a scan.

    python benchmarks/probe_set.py [--out DIR] [--score ../shared/eval/score.py]

writes DIR/docs/*, DIR/truth.json and, if the scorer is there, runs it with
``phoei redact {in} -o {out} --accept-all`` and prints its report.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import docx
import pymupdf
from docx.shared import Pt

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.probe_kinds import PDF_TOO, build_more  # noqa: E402
from tests.fixtures.make_pdf import national_id  # noqa: E402

THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def dashed(d: str) -> str:
    return f"{d[0]}-{d[1:5]}-{d[5:10]}-{d[10:12]}-{d[12]}"


def _doc(paragraphs: list[str], tables: list[list[list[str]]] | None = None, font: str = "TH Sarabun New",
         after: list[str] | None = None) -> docx.document.Document:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(15)
    for p in paragraphs:
        d.add_paragraph(p)
    for rows in tables or []:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                t.cell(r, c).text = cell
    for p in after or []:
        d.add_paragraph(p)
    d.core_properties.author = ""
    return d


def build(out: Path) -> list[dict]:
    docs = out / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    truth: list[dict] = []

    # 1. A welfare list: untitled names, IDs grouped in several ways, bare BE birth dates,
    #    phones, addresses — meaning from the column headers only.
    ids = [national_id(x) for x in ("310040021345", "150990012873", "570120034561", "420030078123")]
    rows = [["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน", "วันเดือนปีเกิด", "ที่อยู่", "โทรศัพท์", "จำนวนเงิน"],
            ["1", "ทองใบ ชื่นจิตต์", dashed(ids[0]), "12/03/2498", "45 หมู่ 3 ต.หนองแวง อ.เมือง", "081-234-5671", "600"],
            ["2", "ประไพ ชัยเจริญผล", ids[1], "๓ ก.ค. ๒๕๐๑", "12/1 หมู่ 7 ต.โนนสูง", "0892345612", "700"],
            ["3", "สมัย แก้วมณี", f"{ids[2][0]} {ids[2][1:5]} {ids[2][5:10]} {ids[2][10:12]} {ids[2][12]}",
             "1 มกราคม 2495", "9 ซอยวัดใหม่ ถนนมิตรภาพ", "095 876 1234", "800"],
            ["4", "จำปี ทองสุข", dashed(ids[3]).translate(THAI), "๒๘/๐๒/๒๔๙๙", "77 หมู่ 1 ต.บ้านเป็ด", "๐๘๖๑๒๓๔๕๖๗", "600"]]
    d = _doc(["ประกาศเทศบาลตำบลโนนทอง", "เรื่อง รายชื่อผู้มีสิทธิรับเงินเบี้ยยังชีพผู้สูงอายุ ประจำปีงบประมาณ ๒๕๖๙",
              "ที่ นท ๕๒๐๐๑/๒๕๖๙"], [rows],
             after=["ประกาศ ณ วันที่ ๑๕ ตุลาคม ๒๕๖๘", "(นายประสิทธิ์ มั่นคงดี)", "นายกเทศมนตรีตำบลโนนทอง",
                    "งบประมาณทั้งสิ้น 2,700 บาท"])
    d.save(docs / "p01_welfare_table.docx")
    truth.append({"file": "docs/p01_welfare_table.docx",
                  "must_redact": [{"text": t, "type": ty} for t, ty in [
                      ("ทองใบ ชื่นจิตต์", "PERSON"), ("ประไพ ชัยเจริญผล", "PERSON"), ("สมัย แก้วมณี", "PERSON"),
                      ("จำปี ทองสุข", "PERSON"), (ids[0], "NATIONAL_ID"), (ids[1], "NATIONAL_ID"),
                      (ids[2], "NATIONAL_ID"), (ids[3], "NATIONAL_ID"), ("12/03/2498", "DOB"),
                      ("๓ ก.ค. ๒๕๐๑", "DOB"), ("1 มกราคม 2495", "DOB"), ("๒๘/๐๒/๒๔๙๙", "DOB"),
                      ("081-234-5671", "PHONE"), ("0892345612", "PHONE"), ("095 876 1234", "PHONE"),
                      ("๐๘๖๑๒๓๔๕๖๗", "PHONE"), ("45 หมู่ 3 ต.หนองแวง", "ADDRESS"), ("12/1 หมู่ 7 ต.โนนสูง", "ADDRESS"),
                      ("9 ซอยวัดใหม่ ถนนมิตรภาพ", "ADDRESS"), ("77 หมู่ 1 ต.บ้านเป็ด", "ADDRESS")]],
                  "must_keep": [{"text": t} for t in [
                      "เทศบาลตำบลโนนทอง", "นายประสิทธิ์ มั่นคงดี", "นายกเทศมนตรีตำบลโนนทอง", "นท ๕๒๐๐๑/๒๕๖๙",
                      "2,700", "๑๕ ตุลาคม ๒๕๖๘", "เบี้ยยังชีพผู้สูงอายุ"]]})

    # 2. A letter about a migrant worker: Latin name, foreign passport, work permit,
    #    employer company (kept), the agency's own contacts (kept), official signature (kept).
    d = _doc(["ที่ รง ๐๕๑๒/๔๔๘", "สำนักงานจัดหางานจังหวัดตัวอย่าง ถนนราชดำเนิน อำเภอเมือง โทร. ๐ ๔๔๒๑ ๓๓๐๐",
              "๒ กันยายน ๒๕๖๘",
              "เรื่อง แจ้งผลการตรวจสอบการทำงานของคนต่างด้าว",
              "เรียน ผู้จัดการบริษัท สยามรุ่งเรืองอุตสาหกรรม จำกัด",
              "ตามที่พนักงานตรวจแรงงานได้ตรวจสอบสถานประกอบการของท่าน พบว่า MR. KYAW ZAW HTET "
              "สัญชาติเมียนมา หนังสือเดินทางเลขที่ MD7734512 ใบอนุญาตทำงานเลขที่ WP6612345678 "
              "พักอาศัยอยู่ที่ 88/14 หมู่ 2 ตำบลบ้านใหม่ และ MS. SOPHEA CHAN สัญชาติกัมพูชา "
              "หนังสือเดินทางเลขที่ N01928374 โทรศัพท์ 063-448-2910 ทำงานโดยได้รับอนุญาตถูกต้อง",
              "จึงเรียนมาเพื่อทราบ",
              "ขอแสดงความนับถือ",
              "(นางสาวพรรณี ใจซื่อ)",
              "จัดหางานจังหวัดตัวอย่าง"])
    d.save(docs / "p02_migrant_letter.docx")
    p02 = {"must_redact": [{"text": t, "type": ty} for t, ty in [
        ("KYAW ZAW HTET", "PERSON"), ("MD7734512", "PASSPORT"), ("WP6612345678", "OTHER"),
        ("88/14 หมู่ 2 ตำบลบ้านใหม่", "ADDRESS"), ("SOPHEA CHAN", "PERSON"), ("N01928374", "PASSPORT"),
        ("063-448-2910", "PHONE")]],
        "must_keep": [{"text": t} for t in [
            "รง ๐๕๑๒/๔๔๘", "บริษัท สยามรุ่งเรืองอุตสาหกรรม จำกัด", "นางสาวพรรณี ใจซื่อ", "จัดหางานจังหวัดตัวอย่าง",
            "๐ ๔๔๒๑ ๓๓๐๐", "๒ กันยายน ๒๕๖๘"]]}
    truth.append({"file": "docs/p02_migrant_letter.docx", **p02})

    # 3. A hospital referral: HN, everyday health words, disability, a doctor in office (kept).
    d = _doc(["โรงพยาบาลตัวอย่างพัฒนา", "บันทึกข้อความ", "ที่ สธ ๐๒๓๑.๑๐/๗๗๑  วันที่ ๔ พฤศจิกายน ๒๕๖๘",
              "เรื่อง ส่งต่อผู้ป่วยเพื่อรับการรักษา",
              "ด้วยนายวิรัตน์ คงเจริญ อายุ ๕๒ ปี HN 6601234 มีอาการอัมพาตครึ่งซีกหลังหลอดเลือดสมองตีบ "
              "ความพิการร้อยละ ๖๐ และขาขวาหักจากอุบัติเหตุ ผลตรวจเลือดพบเชื้อไวรัสตับอักเสบบี",
              "นางมาลี คงเจริญ ภรรยา เป็นผู้ดูแล มีผื่นแพ้ยาและหอบหืดกำเริบบ่อย",
              "จึงเรียนมาเพื่อโปรดพิจารณา",
              "(นายแพทย์สมชาย รักษ์ดี)", "นายแพทย์ชำนาญการพิเศษ",
              "ผู้อำนวยการโรงพยาบาลตัวอย่างพัฒนา"])
    d.save(docs / "p03_referral.docx")
    truth.append({"file": "docs/p03_referral.docx",
                  "must_redact": [{"text": t, "type": ty} for t, ty in [
                      ("นายวิรัตน์ คงเจริญ", "PERSON"), ("6601234", "OTHER"), ("อัมพาตครึ่งซีก", "HEALTH"),
                      ("หลอดเลือดสมองตีบ", "HEALTH"), ("ความพิการร้อยละ ๖๐", "HEALTH"), ("ขาขวาหัก", "HEALTH"),
                      ("ไวรัสตับอักเสบบี", "HEALTH"), ("นางมาลี คงเจริญ", "PERSON"), ("ผื่นแพ้ยา", "HEALTH"),
                      ("หอบหืด", "HEALTH")]],
                  "must_keep": [{"text": t} for t in [
                      "นายแพทย์สมชาย รักษ์ดี", "นายแพทย์ชำนาญการพิเศษ", "ผู้อำนวยการโรงพยาบาลตัวอย่างพัฒนา",
                      "สธ ๐๒๓๑.๑๐/๗๗๑", "๔ พฤศจิกายน ๒๕๖๘"]]})

    # 4. An English-language application: name, address, date of birth, religion, handle, e-mail.
    d = _doc(["APPLICATION FOR SCHOLARSHIP", "Provincial Education Office, Example Province",
              "Applicant: Miss Natcha Boonmee", "Date of birth: August 21, 2003",
              "Home address: 59/3 Moo 4, Tambon Nong Bua, Amphoe Mueang, Example 40000",
              "Religion: Buddhism", "E-mail: natcha.boonmee03@example.com", "LINE ID: @natchab03",
              "Student ID: 641234567-8",
              "Approved by: Dr. Anan Srisuk, Director of the Provincial Education Office",
              "Budget: 20,000 Baht per year"])
    d.save(docs / "p04_english_application.docx")
    truth.append({"file": "docs/p04_english_application.docx",
                  "must_redact": [{"text": t, "type": ty} for t, ty in [
                      ("Natcha Boonmee", "PERSON"), ("August 21, 2003", "DOB"),
                      ("59/3 Moo 4, Tambon Nong Bua", "ADDRESS"), ("Buddhism", "OTHER"),
                      ("natcha.boonmee03@example.com", "EMAIL"), ("@natchab03", "OTHER"),
                      ("641234567-8", "OTHER")]],
                  "must_keep": [{"text": t} for t in [
                      "Dr. Anan Srisuk", "Director of the Provincial Education Office", "20,000",
                      "Provincial Education Office, Example Province"]]})

    # 5. A police summary: criminal record, plate starting with a digit, VIN, officer in office (kept).
    d = _doc(["สถานีตำรวจภูธรตัวอย่าง", "ที่ ตช ๐๐๑๗.๒๓/๑๒๓๔",
              "เรื่อง รายงานผลการจับกุม",
              "เมื่อวันที่ ๑๐ ตุลาคม ๒๕๖๘ เจ้าหน้าที่ได้จับกุมนายเอกชัย ดวงแก้ว พร้อมรถยนต์ทะเบียน "
              "3กข 4821 กรุงเทพมหานคร หมายเลขตัวถัง MR0FZ29G301234567 ผู้ต้องหาเคยต้องโทษจำคุกในคดีลักทรัพย์ "
              "เมื่อปี ๒๕๖๒ และมีหมายจับค้างอยู่",
              "(พันตำรวจเอก ชาญณรงค์ เด็ดขาด)", "ผู้กำกับการสถานีตำรวจภูธรตัวอย่าง"])
    d.save(docs / "p05_police.docx")
    truth.append({"file": "docs/p05_police.docx",
                  "must_redact": [{"text": t, "type": ty} for t, ty in [
                      ("นายเอกชัย ดวงแก้ว", "PERSON"), ("3กข 4821", "PLATE"), ("MR0FZ29G301234567", "OTHER"),
                      ("ต้องโทษจำคุกในคดีลักทรัพย์", "OTHER")]],
                  "must_keep": [{"text": t} for t in [
                      "พันตำรวจเอก ชาญณรงค์ เด็ดขาด", "ผู้กำกับการสถานีตำรวจภูธรตัวอย่าง", "ตช ๐๐๑๗.๒๓/๑๒๓๔",
                      "๑๐ ตุลาคม ๒๕๖๘"]]})

    # 6. A wage and account table (amounts chosen so that no number in Word's theme part
    #    holds them) for temporary staff, with a committee of officials (kept).
    rows = [["ที่", "ชื่อ - นามสกุล", "ค่าจ้างรายเดือน (บาท)", "เลขที่บัญชีธนาคาร"],
            ["1", "นางสาวอรุณี แก้วประเสริฐศรี", "9,350", "123-4-56789-0"],
            ["2", "นายสุเมธ ปานทอง", "9,870", "987-6-54321-0"]]
    committee = [["ที่", "ชื่อ", "ตำแหน่ง"],
                 ["1", "ผศ.ดร.วีระพงษ์ ศักดิ์สิทธิ์", "ประธานกรรมการ"],
                 ["2", "นางสุดา มีสุข", "กรรมการ"],
                 ["3", "นายธนา พงษ์ไทย", "กรรมการและเลขานุการ"]]
    d = _doc(["มหาวิทยาลัยตัวอย่าง", "ประกาศ เรื่อง การจ้างลูกจ้างชั่วคราว",
              "ที่ อว ๐๖๑๒/๓๓๒", "จ้างเหมาบริการ โดยบริษัท บริการดีเยี่ยม จำกัด วงเงิน ๑๘๕,๐๐๐ บาท"],
             [rows, committee], after=["คณะกรรมการตรวจรับพัสดุตามรายชื่อข้างต้น"])
    d.save(docs / "p06_wages.docx")
    truth.append({"file": "docs/p06_wages.docx",
                  "must_redact": [{"text": t, "type": ty} for t, ty in [
                      ("นางสาวอรุณี แก้วประเสริฐศรี", "PERSON"), ("9,350", "OTHER"), ("123-4-56789-0", "BANK_ACCOUNT"),
                      ("นายสุเมธ ปานทอง", "PERSON"), ("9,870", "OTHER"), ("987-6-54321-0", "BANK_ACCOUNT")]],
                  "must_keep": [{"text": t} for t in [
                      "ผศ.ดร.วีระพงษ์ ศักดิ์สิทธิ์", "ประธานกรรมการ", "นางสุดา มีสุข", "นายธนา พงษ์ไทย",
                      "บริษัท บริการดีเยี่ยม จำกัด", "๑๘๕,๐๐๐", "อว ๐๖๑๒/๓๓๒"]]})
    return truth


def to_pdf(src: Path, outdir: Path) -> Path | None:
    """A LibreOffice print of a Word file (None without LibreOffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    return outdir / (src.stem + ".pdf")


def to_scan(pdf: Path, out: Path, dpi: int = 200) -> Path:
    """Each page as an image only (no text layer), as a scanner gives it."""
    src = pymupdf.open(pdf)
    dst = pymupdf.open()
    for page in src:
        pix = page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)
        new = dst.new_page(width=page.rect.width, height=page.rect.height)
        new.insert_image(new.rect, stream=pix.tobytes("png"))
    dst.save(out, garbage=4, deflate=True)
    return out


def add_prints(out: Path, truth: list[dict[str, Any]], pdf_too: Iterable[str],
               scans: Mapping[str, int] | None = None) -> None:
    """Append to ``truth``, with the same ground truth, a LibreOffice print (``<stem>_lo.pdf``) of each
    file whose stem is in ``pdf_too``, and an image-only scan of the print (``<stem>_scan.pdf``) at
    ``scans[stem]`` dpi. Without LibreOffice, no prints."""
    pdf_too, scans = set(pdf_too), scans or {}
    docs = out / "docs"
    for entry in list(truth):
        stem = Path(entry["file"]).stem
        if stem not in pdf_too:
            continue
        pdf = to_pdf(out / entry["file"], docs)
        if pdf is None:
            continue
        pdf = pdf.rename(pdf.with_name(pdf.stem + "_lo.pdf"))
        truth.append({**entry, "file": f"docs/{pdf.name}"})
        if stem in scans:
            scan = to_scan(pdf, pdf.with_name(stem + "_scan.pdf"), dpi=scans[stem])
            truth.append({**entry, "file": f"docs/{scan.name}"})


def _fold(s: str) -> str:
    """The scorer's matching form: NFC first, then PUA marks mapped (so a PUA tone mark stays before
    a lower vowel, as the scorer leaves it), SARA AM recomposed, Thai digits, no whitespace, no
    separators between digits."""
    import re
    import unicodedata

    from redactor.normalise import PUA_TO_THAI

    table = {**PUA_TO_THAI, **{ord(c): str(i) for i, c in enumerate("๐๑๒๓๔๕๖๗๘๙")}}
    s = unicodedata.normalize("NFC", s).translate(table).replace("\u0e40\u0e40", "\u0e41")
    s = re.sub("([\u0e48-\u0e4b])\u0e4d\u0e32", "\\1\u0e33", s)
    s = re.sub("\u0e4d([\u0e48-\u0e4b]?)\u0e32", "\\1\u0e33", s)
    s = re.sub(r"\s+", "", s)
    return re.sub(r"(?<=\d)[-.(),\u2010-\u2014]+(?=\d)", "", s).casefold()


def _unfindable(path: Path, entry: dict) -> list[str]:
    """Truth items a text-layer PDF does not hold as one string (a cell split by a page break):
    such an item would count as missing whatever the redactor does."""
    if path.suffix != ".pdf" or "scan" in path.name:
        return []
    with pymupdf.open(path) as doc:
        text = _fold("".join(page.get_text() for page in doc))
    return [i["text"] for i in entry["must_redact"] + entry["must_keep"] if _fold(i["text"]) not in text]


def main() -> int:
    args = set_parser(__doc__).parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="phoei-probe-"))
    truth = build(out) + build_more(out / "docs")
    # LibreOffice prints of some of the Word files, and a scan of one.
    add_prints(out, truth, ["p01_welfare_table", "p02_migrant_letter", "p03_referral", "p06_wages", *PDF_TOO],
               {"p02_migrant_letter": 200})
    drop_unfindable(out, truth)
    write_and_score(out, truth, args)
    return 0


def set_parser(doc: str | None) -> argparse.ArgumentParser:
    """The command line every invented set shares (its description: the first paragraph of ``doc``)."""
    ap = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--score", type=Path, default=REPO.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--cmd", default="phoei redact {in} -o {out} --accept-all")
    ap.add_argument("--only", default=None, help="score only files whose name holds this")
    ap.add_argument("--json", type=Path, default=None, help="the scorer's detailed result")
    ap.add_argument("--no-score", action="store_true")
    return ap


def drop_unfindable(out: Path, truth: list[dict[str, Any]]) -> None:
    """An item the input does not hold as one string (a row broken across a page, a cell's lines
    read apart in a printed PDF) can neither leak nor be kept: it is left out of that file's truth."""
    for entry in truth:
        gone = _unfindable(out / entry["file"], entry)
        for text in gone:
            print(f"note: {entry['file']}: '{text}' is not in the input as one string; not scored")
        entry["must_redact"] = [i for i in entry["must_redact"] if i["text"] not in gone]
        entry["must_keep"] = [i for i in entry["must_keep"] if i["text"] not in gone]


def write_and_score(out: Path, truth: list[dict[str, Any]], args: argparse.Namespace) -> None:
    """Write ``truth.json`` beside the documents and, where the scorer is found, score the set
    with ``args.cmd`` (``--only``, ``--json`` passed on); ``args.no_score`` skips scoring."""
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    print(f"wrote {len(truth)} documents to {out}")
    if getattr(args, "no_score", False):
        return
    if args.score.exists():
        cmd = [sys.executable, str(args.score), "--set", str(out), "--cmd", args.cmd]
        cmd += ["--only", args.only] if args.only else []
        cmd += ["--json", str(args.json)] if args.json else []
        subprocess.run(cmd, check=False)
    else:
        print(f"scorer not found at {args.score}: score with it by hand")


if __name__ == "__main__":
    sys.exit(main())
