"""No invented datum of the dev evaluation set may sit in the repository (code, data, tests, docs).

The dev set measures the redactor; a rule or a test case copied from it fits the measure instead of the
class.  The criterion ("specific" strings: names, IDs, phones, e-mails, plates, addresses with a house
number, amounts, company names, sentences) lives in tests/devset_guard.py. A hit is repaired by hand: the
report gives its file, line and class with the string masked, and it is replaced by an invented one of
the same class.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import devset_guard as guard

REPO = Path(__file__).resolve().parents[1]
TRUTH = REPO.parent / "shared" / "eval" / "dev" / "truth.json"


def test_no_dev_strings_in_repo() -> None:
    if not TRUTH.exists():
        pytest.skip(f"dev truth not found at {TRUTH}")
    patterns = guard.specific_patterns(guard.verdicts(guard.load_items(TRUTH)))
    hits = guard.outermost(list(guard.scan(REPO, patterns)) + list(guard.scan_binary(REPO, patterns)))
    report = [f"{h.file}:{h.line}: {h.verdict.cls}{' (near copy: OCR noise)' if h.near else ''}"
              f" ({h.verdict.reason}): {h.masked}" for h in hits]
    if hits:  # pytest.fail, not assert: the assertion rewrite would print the unmasked hits
        pytest.fail(
        f"{len(hits)} string(s) of the dev evaluation set in the repo; replace each (file and line below, "
        "masked) with an invented one of the same class:\n" + "\n".join(report),
        pytrace=False,
        )


# -- the criterion itself, on made-up items ------------------------------------------------------


def _v(text: str, kind: str, label: str) -> guard.Verdict:
    return guard.classify(guard.DevItem(text, kind, label, "docs/x.pdf"))


@pytest.mark.parametrize(
    ("text", "kind", "label", "cls"),
    [
        ("นายสมมุติ ทดสอบดีเลิศ", "redact", "PERSON", "name"),
        ("Mr. Testy Exampleson", "redact", "PERSON", "latin_name"),
        ("1-1111-11111-11-9", "redact", "NATIONAL_ID", "national_id"),
        ("081-000-0000", "redact", "PHONE", "phone"),
        ("someone.xx@gmail.com", "redact", "EMAIL", "email"),
        ("99/9 หมู่ที่ 9 ตำบลตัวอย่าง", "redact", "ADDRESS", "address"),
        ("1 กุมภาพันธ์ 2500", "redact", "DOB", "date"),
        ("๑๒,๓๔๕ บาท", "keep", "budget / contract amount", "amount"),
        ("กข ๑๒๓๔ ตัวอย่าง", "redact", "PLATE", "plate"),
        ("บริษัท ตัวอย่างสมมุติ จำกัด", "keep", "company / juristic person / shop name", "company"),
        ("นายสมมุติ ทดสอบดีเลิศ", "keep", "public official named in official capacity", "name"),
    ],
)
def test_specific_items(text: str, kind: str, label: str, cls: str) -> None:
    assert _v(text, kind, label).cls == cls


@pytest.mark.parametrize(
    ("text", "kind", "label"),
    [
        ("จังหวัดขอนแก่น", "keep", "place name used as jurisdiction"),
        ("พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐", "keep", "law / regulation citation"),
        ("ผู้อำนวยการกองคลัง", "keep", "official position / title"),
        ("๒๕๐,๐๐๐ บาท", "keep", "budget / contract amount"),  # round amount
        ("๘ เมษายน ๒๕๖๗", "keep", "date of the document"),
        ("๑/๒๕๖๗", "keep", "document / order / reference number"),  # short running number
        ("สมชาย", "part", "PERSON"),  # a common given name on its own
        ("อายุ ๗ ปี", "redact", "OTHER"),
        ("ลับ", "keep", "security classification marking"),
    ],
)
def test_not_specific_items(text: str, kind: str, label: str) -> None:
    assert _v(text, kind, label).cls is None


def test_matching_folds_digits_spaces_and_separators() -> None:
    patterns = {guard.fold_truth("081-000-0000"): _v("081-000-0000", "redact", "PHONE")}
    text = 'x = "โทร ๐๘๑ ๐๐๐ ๐๐๐๐"\ny = "(60, 810, 000)"\n'
    hits = guard.find_in_text(text, patterns, "f.py")
    assert [(h.line, h.surface) for h in hits] == [(1, "๐๘๑ ๐๐๐ ๐๐๐๐")]
    assert hits[0].masked == "๐๘…"


def test_a_copy_without_thai_marks_is_a_near_hit() -> None:
    name = "นายสมมุติ ทดสอบดีเลิศ"
    patterns = {guard.fold_truth(name): _v(name, "redact", "PERSON")}
    (hit,) = guard.find_in_text("OCR: นายสมมุติ ทดสอบดีเลศ ครับ", patterns)
    assert hit.near and hit.surface == "นายสมมุติ ทดสอบดีเลศ"
    (hit,) = guard.find_in_text(name, patterns)
    assert not hit.near


def test_a_number_with_ocr_look_alikes_is_a_near_hit() -> None:
    pid = "1-1111-10111-11-9"
    patterns = {guard.fold_truth(pid): _v(pid, "redact", "NATIONAL_ID")}
    (hit,) = guard.find_in_text("raw = 'เลข 1-1ll1-1O111-11-9'", patterns)
    assert hit.near and hit.surface == "1-1ll1-1O111-11-9"
    assert guard.find_in_text("call 1-1111-10111-11-8", patterns) == []


def test_a_number_inside_a_longer_number_is_no_hit() -> None:
    patterns = {guard.fold_truth("12345"): _v("12345", "redact", "OTHER")}
    assert guard.find_in_text("rect(0, 123, 456)", patterns) == []
    assert len(guard.find_in_text("ref 12345-6", patterns)) == 1
