"""resolve_overlaps, the keep rules and propagation, on small Thai texts."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, TableCell, enabled_detectors
from redactor.normalise import normalise
from redactor.policy import decide, resolve_overlaps
from redactor.profile import AgencyProfile
from redactor.types import Finding


def f(start: int, end: int, label: str = "PERSON", score: float = 0.8, detector: str = "d") -> Finding:
    return Finding(start, end, label, score, "15(5)", detector, f"{detector} {label}")


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], []),
        ([f(0, 5)], [(0, 5, "PERSON")]),
        # Disjoint and touching spans stay apart.
        ([f(0, 5), f(5, 9, "PHONE")], [(0, 5, "PERSON"), (5, 9, "PHONE")]),
        # Contained: the union is the outer span, the strongest label wins.
        ([f(0, 10, "SECURITY", 0.85), f(2, 6, "ADDRESS", 0.7)], [(0, 10, "SECURITY")]),
        # Partial overlap: the union, so no half of either survives.
        ([f(0, 6, "PERSON", 0.85), f(4, 12, "INFORMANT", 0.9)], [(0, 12, "INFORMANT")]),
        # Same score: the longer span's label wins.
        ([f(0, 4, "NATIONAL_ID", 0.9), f(0, 13, "TAX_ID_PERSON", 0.9)], [(0, 13, "TAX_ID_PERSON")]),
        # A chain of overlaps is one cluster.
        ([f(0, 4), f(3, 8), f(7, 12, "PHONE", 0.95)], [(0, 12, "PHONE")]),
    ],
)
def test_resolve_overlaps(findings: list[Finding], expected: list[tuple[int, int, str]]) -> None:
    out = resolve_overlaps(findings)
    assert [(r.start, r.end, r.label) for r in out] == expected
    # Inputs are never mutated and every member is named in the explanation.
    for r in out:
        members = [x for x in findings if x.start < r.end and r.start < x.end]
        for m in members:
            if m.explanation != r.explanation.split(" | ")[0]:
                assert m.detector in r.explanation


def _decide(text: str, profile: AgencyProfile | None = None) -> dict[str, tuple[str, str | None]]:
    view = normalise(text)
    ctx = DetectionContext(view.text, profile)
    findings = [x for d in enabled_detectors() for x in d.detect(ctx)]
    return {view.text[d.finding.start:d.finding.end]: (d.action, d.keep_reason) for d in decide(findings, ctx)}


def test_official_with_position_is_kept_and_private_person_redacted() -> None:
    text = ("ได้รับเรื่องจากนายสมมติ ทดลองดี ผู้ร้อง\n"
            "(นายวิชัย ตัวอย่างยิ่ง)\nรองผู้ว่าราชการจังหวัดนครราชสีมา\n")
    out = _decide(text)
    assert out["นายสมมติ ทดลองดี"][0] == "redact"
    assert out["นายวิชัย ตัวอย่างยิ่ง"][0] == "keep"
    assert "position" in (out["นายวิชัย ตัวอย่างยิ่ง"][1] or "")


def test_committee_table_across_empty_paragraphs() -> None:
    out = _decide("๑\n\nนายกรกฏ พวงศรี\n\nปลัดอำเภอ (หัวหน้ากลุ่มงาน)\n\nประธานกรรมการ")
    assert out["นายกรกฏ พวงศรี"][0] == "keep"


def test_official_kept_everywhere_once_named_in_office() -> None:
    text = "๓\n\nว่าที่ร้อยตรีอภิรมย์ กาฟัก\n\nปลัดอำเภอ\n\nค่าเดินทางของว่าที่ร้อยตรีอภิรมย์ กาฟัก ให้เบิกจ่าย"
    out = _decide(text)
    assert out["ว่าที่ร้อยตรีอภิรมย์ กาฟัก"][0] == "keep"
    assert all(a == "keep" for k, (a, _r) in out.items() if "อภิรมย์" in k)


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("ศูนย์ดำรงธรรมจังหวัดขอนแก่น\nโทร. ๐ ๔๓๓๑ ๗๘๓๑", "0 4331 7831", "keep"),
        ("(โทรศัพท์บ้าน ๐ ๔๓๘๘ ๓๘๒๙)", "0 4388 3829", "redact"),
        ("พิมพ์/ทาน โทร. ๐ ๔๓๑๑ ๘๘๗๑ มือถือ 062-164-0737", "062-164-0737", "redact"),
        ("ไปรษณีย์อิเล็กทรอนิกส์ saraban@klongyai.go.th", "saraban@klongyai.go.th", "keep"),
        ("ผ่านไปรษณีย์อิเล็กทรอนิกส์ siriporn.fr@gmail.com", "siriporn.fr@gmail.com", "redact"),
        # a firm's team mailbox in a letter to it; a person's address at the same firm
        ("๒. เข้าสู่ระบบ dev@webvendor.example.co.th", "dev@webvendor.example.co.th", "keep"),
        ("แจ้งปัญหาได้ที่ support@webvendor.example.com", "support@webvendor.example.com", "keep"),
        ("ผู้ติดต่อ นายสมชาย ใจดี somchai.j@webvendor.example.com", "somchai.j@webvendor.example.com", "redact"),
        ("ส่งถึง dev.somchai@gmail.com", "dev.somchai@gmail.com", "redact"),
        ("รถยนต์ส่วนกลาง หมายเลขทะเบียน กข ๖๓๓๐ มหาสารคาม", "กข 6330 มหาสารคาม", "keep"),
        ("ผู้ต้องหาใช้รถยนต์ทะเบียน กธ 8400 นครศรีธรรมราช", "กธ 8400 นครศรีธรรมราช", "redact"),
        # an emergency unit's vehicle; the car of the patient it carried is a person's
        ("หน่วยกู้ชีพเทศบาล ๑ (ฮข ๔๑๒๒ ลำปาง)", "ฮข 4122 ลำปาง", "keep"),
        ("รถพยาบาลทะเบียน ๑ฒ ๔๔๑๒ กรุงเทพมหานคร", "1ฒ 4412 กรุงเทพมหานคร", "keep"),
        ("ผู้ป่วยขับรถกระบะทะเบียน บข ๔๑๒๒ ลำปาง มาเอง", "บข 4122 ลำปาง", "redact"),
    ],
)
def test_agency_contacts_and_vehicles(text: str, value: str, action: str) -> None:
    assert _decide(text)[value][0] == action


def test_juristic_tax_id_is_never_proposed() -> None:
    out = _decide("ห้างหุ้นส่วนจำกัด ลำปางคอมพิวเตอร์ เลขประจำตัวผู้เสียภาษี 0-0339-40217-93-0")
    assert not any("0339" in k for k in out)


def test_classification_mark_is_kept_and_switches_basis() -> None:
    text = "ลับ\nแผนการปฏิบัติ เข้าตรวจค้น นายเจตนิพัทธ์ เรืองบุญผา เลขประจำตัวประชาชน 1236313527344\nลับ"
    view = normalise(text)
    ctx = DetectionContext(view.text)
    decided = decide([x for d in enabled_detectors() for x in d.detect(ctx)], ctx)
    marks = [d for d in decided if d.finding.label == "SECURITY_MARK"]
    assert marks and all(d.action == "keep" for d in marks)
    ids = [d for d in decided if d.finding.label == "NATIONAL_ID"]
    assert ids and ids[0].action == "redact" and ids[0].finding.basis == "15(2)"


def test_propagation_finds_untitled_copies_and_first_name_alone() -> None:
    text = ("ได้รับเรื่องจากนางสาวยุวดี พรสายเรือง ผู้ประกอบการ\n"
            "ตาราง: ผู้ถูกร้อง ยุวดี พรสายเรือง\nหมายเหตุ: โทรหาจินตนา แล้ว")
    out = _decide(text)
    assert out["ยุวดี พรสายเรือง"][0] == "redact"
    assert any(k.startswith("ยุวดี") and a == "redact" for k, (a, _r) in out.items() if "นางสาว" not in k)


def test_profile_keeps_listed_official_without_position_context() -> None:
    profile = AgencyProfile(officials=(), phones=("08 1234 5678",))
    out = _decide("ติดต่อเจ้าหน้าที่ศูนย์ โทร 08 1234 5678", profile)
    assert out["08 1234 5678"][0] == "keep"
    assert _decide("ติดต่อเจ้าหน้าที่ศูนย์ โทร 08 1234 5678")["08 1234 5678"][0] == "redact"


def test_profile_lists_are_optional(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "agency.toml"
    path.write_text('name = "ที่ว่าการอำเภอเมืองมหาสารคาม"\nphones = ["0 4388 1248"]\n', encoding="utf-8")
    profile = AgencyProfile.load(path)
    assert profile.fax == () and profile.phones == ("0 4388 1248",)


def _decisions(text: str) -> list[tuple[str, str]]:
    view = normalise(text)
    ctx = DetectionContext(view.text)
    findings = [x for d in enabled_detectors() for x in d.detect(ctx)]
    return [(view.text[d.finding.start:d.finding.end], d.action) for d in decide(findings, ctx)]


@pytest.mark.parametrize(("text", "name", "actions"), [
    # A complainant named in the body and again in the signature block with no position:
    # the signature copy alone would be a review item; the body already withholds the person.
    ("ข้าพเจ้า นายบุญมา ตั้งใจดี ผู้ร้องเรียน ขอให้ตรวจสอบการก่อสร้าง\n\nลงชื่อ\n(นายบุญมา ตั้งใจดี)\n",
     "บุญมา ตั้งใจดี", {"redact"}),
    # An official kept in office is never pulled to redaction by another copy.
    ("(นายวิชัย ตัวอย่างยิ่ง)\nรองผู้ว่าราชการจังหวัดนครราชสีมา\nลงชื่อ\n(นายวิชัย ตัวอย่างยิ่ง)\n",
     "วิชัย ตัวอย่างยิ่ง", {"keep"}),
])
def test_one_person_one_decision(text: str, name: str, actions: set[str]) -> None:
    got = {a for t, a in _decisions(text) if name in t.replace("\n", " ")}
    assert got == actions


@pytest.mark.parametrize(
    ("header", "finding_in", "kept"),
    [
        (True, "สิทธิ์", False),  # a word of a column title read as a name: dropped
        (False, "สมจิตร", True),  # the same shape in a data cell stays
    ],
)
def test_names_inside_column_titles_are_dropped(header: bool, finding_in: str, kept: bool) -> None:
    from redactor.detectors.base import TableCell

    text = "ประเภทเอกสาร สิทธิ์\tสมจิตร ทองดี"
    start = text.index(finding_in)
    cell_start, cell_end = (0, len("ประเภทเอกสาร สิทธิ์")) if header else (text.index("สมจิตร"), len(text))
    ctx = DetectionContext(text, cells=[TableCell(cell_start, cell_end, 0, 0 if header else 1, 0, "",
                                                  header)])
    f = Finding(start, start + len(finding_in), "PERSON", 0.9, "15(5)", "ner", "test")
    assert bool(decide([f], ctx)) is kept


def _cells(parts: list[tuple[str, tuple[int, int, int] | None]]) -> tuple[str, list[TableCell]]:
    """Lines of text, each a table cell (table, row, column) or body text (None)."""
    text, cells = "", []
    for value, key in parts:
        if key is not None:
            cells.append(TableCell(len(text), len(text) + len(value), key[0], key[1], key[2], "ชื่อบิดา / มารดา", False))
        text += value + "\n"
    return text, cells


@pytest.mark.parametrize(("parts", "span", "expected"), [
    # the last cell of a table, then the paragraph under it: the name ends with its cell
    ([("นายทดลอง / นางสมมุติ", (0, 3, 4)), ("ขอรับรองว่าเป็นรายการที่ถูกต้อง", None)],
     "นางสมมุติ\nขอรับรองว่าเป็นรายการที่ถูกต้อง", "นางสมมุติ"),
    # a title alone on a narrow cell's line, then the next column's cell: nothing is left but the title
    ([("นาย", (0, 1, 4)), ("จอดในที่", (0, 1, 5))], "นาย\nจอดในที่", None),
    # a name wrapped inside its own cell stays whole
    ([("นางสาวทดลอง", (0, 1, 1)), ("ใจดีมาก", (0, 1, 1))], "นางสาวทดลอง\nใจดีมาก", "นางสาวทดลอง\nใจดีมาก"),
    # outside tables nothing changes
    ([("นางสาวทดลอง", None), ("ใจดีมาก", None)], "นางสาวทดลอง\nใจดีมาก", "นางสาวทดลอง\nใจดีมาก"),
])
def test_a_name_ends_where_its_table_cell_ends(parts: list[tuple[str, tuple[int, int, int] | None]], span: str,
                                               expected: str | None) -> None:
    text, cells = _cells(parts)
    ctx = DetectionContext(text, cells=cells)
    s = text.index(span)
    decided = decide([Finding(s, s + len(span), "PERSON", 0.9, "15(5)", "person_name", "test")], ctx)
    got = [text[d.finding.start:d.finding.end] for d in decided]
    assert got == ([expected] if expected else [])
