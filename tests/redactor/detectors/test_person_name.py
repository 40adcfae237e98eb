"""person_name: a title or rank + name (+ surname); untitled names from PyThaiNLP's lists."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detectors.base import DetectionContext
from redactor.detectors.person_name import (
    _ADMIN_AREA,
    _LONGEST_UNLISTED_FIRST,
    _MONTHS,
    _NOT_SURNAME_START,
    _PLACE_OR_UNIT,
    _ROLE_BEFORE,
    UNTITLED_RE,
    PersonNameDetector,
    name_lists,
    split_name,
)
from redactor.intervals import Intervals
from redactor.types import Finding
from tests.redactor.detectors.tables import table_test

NAME = "person_name"
FULL = (0.8, 0.9)  # title + name + surname
FIRST_ONLY = (0.65, 0.75)  # title + name
ENGLISH = (0.75, 0.85)
LISTED = (0.65, 0.75)  # untitled: first name and family name both in the lists
GUESSED = (0.5, 0.6)  # untitled: listed first name + a non-dictionary word

CASES = [
    # -- civil titles ---------------------------------------------------------------
    ("นายจรรยาธรณ์ แก้วสายพร", ["นายจรรยาธรณ์ แก้วสายพร"], FULL),
    ("นางอิงอร แก้วสายพร", ["นางอิงอร แก้วสายพร"], FULL),
    ("นางสาวสมร บุญธารา", ["นางสาวสมร บุญธารา"], FULL),
    ("น.ส.สมร บุญธารา", ["น.ส.สมร บุญธารา"], FULL),
    ("ด.ช.ธนาณัติ สีพูน", ["ด.ช.ธนาณัติ สีพูน"], FULL),
    ("ด.ญ.อรุณี สีพูน", ["ด.ญ.อรุณี สีพูน"], FULL),
    ("ว่าเด็กชายธนาณัติ สีพูน อายุ ๗ ปี", ["เด็กชายธนาณัติ สีพูน"], FULL),  # glued after ว่า
    ("เด็กหญิงอรุณี สีพูน", ["เด็กหญิงอรุณี สีพูน"], FULL),
    ("ได้รับการประสานจากนางปวีนันท์ แก้วนอก อาสาสมัคร", ["นางปวีนันท์ แก้วนอก"], FULL),
    ("คุณสมชาย ใจดี", ["คุณสมชาย ใจดี"], FULL),
    # -- police, military, academic, medical ----------------------------------------
    ("โดยมีด.ต.ปรีชา แก้วบุญสาย แฝงตัว", ["ด.ต.ปรีชา แก้วบุญสาย"], FULL),
    ("พันตำรวจเอก สารสินธ์ สายภู", ["พันตำรวจเอก สารสินธ์ สายภู"], FULL),
    ("(พันตำรวจเอก สารสินธ์ สายภู)", ["พันตำรวจเอก สารสินธ์ สายภู"], FULL),
    ("พ.ต.อ.สมชาย ใจดี", ["พ.ต.อ.สมชาย ใจดี"], FULL),
    ("ร้อยตำรวจเอก ปวีรัตน์ บุญเรือง", ["ร้อยตำรวจเอก ปวีรัตน์ บุญเรือง"], FULL),
    ("ว่าที่ร้อยตรีอภิรมย์ กาฟัก", ["ว่าที่ร้อยตรีอภิรมย์ กาฟัก"], FULL),
    ("ว่าที่ ร.ต.อภิรมย์ กาฟัก", ["ว่าที่ ร.ต.อภิรมย์ กาฟัก"], FULL),
    ("ผศ.ดร.สมชาย ใจดี", ["ผศ.ดร.สมชาย ใจดี"], FULL),
    ("รองศาสตราจารย์ ดร.สมชาย ใจดี", ["รองศาสตราจารย์ ดร.สมชาย ใจดี"], FULL),
    ("นายแพทย์ชนชานนท์ ชีวานันท์", ["นายแพทย์ชนชานนท์ ชีวานันท์"], FULL),
    ("ม.ร.ว.สุขุมพันธุ์ บริพัตร", ["ม.ร.ว.สุขุมพันธุ์ บริพัตร"], FULL),
    # -- English titles -------------------------------------------------------------
    ("owner of shop: Ms. Thanakorn Kaewsai id", ["Ms. Thanakorn Kaewsai"], ENGLISH),
    ("Mr. John Smith", ["Mr. John Smith"], ENGLISH),
    ("Mr. Jörgen Åkesson", ["Mr. Jörgen Åkesson"], ENGLISH),  # Latin-1 letters
    ("Dr. José Müller", ["Dr. José Müller"], ENGLISH),
    ("Dr Somchai", ["Dr Somchai"], ENGLISH),
    ("Patient name: Mr. David Miller   HN: 6701234", ["Mr. David Miller"], ENGLISH),  # a column gap ends it
    ("MR. SOE LWIN  NYEIN", ["MR. SOE LWIN  NYEIN"], ENGLISH),  # two blanks still inside a name
    ("Mr. Tom Baker HN 123", ["Mr. Tom Baker"], ENGLISH),
    # -- where the name stops -----------------------------------------------------------
    ("นางสาว\nยุวดี พรสายเรือง เป็นผู้ประกอบการ", ["นางสาว\nยุวดี พรสายเรือง"], FULL),  # title at line end
    ("นางสาวเยาวภา พรธารา (ผู้ช่วย)", ["นางสาวเยาวภา พรธารา"], FULL),
    ("นายสมชาย ใจดี ตำแหน่ง ปลัดอำเภอ", ["นายสมชาย ใจดี"], FULL),
    ("นายสมชาย เป็นผู้ร้อง", ["นายสมชาย"], FIRST_ONLY),  # เป็น is not a surname
    ("(นายอนุรักษ์)", ["นายอนุรักษ์"], FIRST_ONLY),
    ("นายประยุทธ์ จันทร์โอชา และนางสาวแพทองธาร ชินวัตร",
     ["นายประยุทธ์ จันทร์โอชา", "นางสาวแพทองธาร ชินวัตร"], FULL),
    # -- a filled-in form: dotted leaders around the name (the detection view shows them as spaces)
    ("ข้าพเจ้า นาย.........อายุวัฒน์ ใจดี.........", ["นาย.........อายุวัฒน์ ใจดี"], FULL),
    ("ชื่อ-สกุล นาง……………สมใจ ดีงาม……… อายุ……45……ปี", ["นาง……………สมใจ ดีงาม"], FULL),
    # an empty name field: the next field's label is no name
    ("ชื่อ-สกุล นาย…………………………… อายุ…………ปี", [], None),
    ("นาย.......................ตำแหน่ง.......................", [], None),
    ("นางสาว__________ ที่อยู่__________", [], None),
    # after a private party's role, a long token without spaces is a phrase (OCR dropped a vowel), not a name
    ("ผู้ร้อง ของผู้สูงอายุทีถึงแก่กรรม ชือ", [], None),
    # -- untitled names from PyThaiNLP's lists ----------------------------------------------
    ("สมชาย ใจดี", ["สมชาย ใจดี"], LISTED),
    ("รายการ\nจรรยาธรณ์ แก้วสายพร\n", ["จรรยาธรณ์ แก้วสายพร"], GUESSED),
    ("ผู้ใช้รถ\nเจตนิพัทธ์ เรืองบุญผา", ["เจตนิพัทธ์ เรืองบุญผา"], GUESSED),
    # -- negatives: titles that start words, and counts of people ------------------------------
    ("เรียน นายอำเภอเมืองมหาสารคาม", [], None),
    ("นายกเทศมนตรีนครขอนแก่น", [], None),
    ("นายกรัฐมนตรี", [], None),
    ("นายทะเบียนจังหวัด", [], None),
    ("นายช่างโยธา", [], None),
    ("นายจ้างต้องจ่ายค่าจ้าง", [], None),
    ("นางพยาบาล", [], None),
    ("ใช้กำลังพล ๓๑ นาย รถยนต์ ๔ คัน", [], None),
    ("กำลังพล\n31 นาย รถยนต์ 4 คัน", [], None),
    ("ข้าราชการ 12 นาง", [], None),
    ("เพื่อพัฒนาคุณภาพการศึกษา", [], None),
    ("ผู้สมัครต้องมีคุณสมบัติ ดังนี้", [], None),
    ("คุณค่าทางจิตใจ", [], None),
    ("คุณธรรมและจริยธรรม", [], None),
    ("จึงขอขอบคุณมา ณ โอกาสนี้", [], None),
    ("ขอบพระคุณเป็นอย่างสูง", [], None),
    ("สำนึกในพระมหากรุณาธิคุณ พระบาทสมเด็จพระเจ้าอยู่หัว", [], None),  # คุณ ends a word
    ("รายวิชาการสร้ำงเสริมสุขภำพเพื่อคุณภำพชีวิต 3(2-2-5)", [], None),  # SARA AA extracted as SARA AM
    ("ระลึกถึงพระกรุณาธิคุณ ที่ทรงพระราชทาน", [], None),
    # a title's letters inside a word: what follows continues a syllable, no name opens so
    ("วิชาสัมมนางานสารสนเทศและห้องสมุด 6 หน่วยกิต", [], None),
    ("ชำนาญด้านการพัฒนางานภาพและแอนิเมชัน", [], None),
    ("ตามหลักเกณฑ์คุณๆุฒิของผู้สำเร็จการศึกษา", [], None),  # OCR misread of คุณวุฒิ
    ("ผู้เข้าอบรม นางอารีย์ ทดลองดี", ["นางอารีย์ ทดลองดี"], FULL),  # a leading vowel opens a name
    ("1. ชื่อ - สกุล  □ นาย □ นาง  □ นางสาว   □ อื่น ๆ", [], None),  # a form's choices of title
    ("ชื่อ - สกุล นาย นาง นางสาว ....................", [], None),
    ("ชื่อ - สกุล  □ นางสาว   □ อื่น ๆ (โปรดระบุ)", [], None),
    ("ขอแสดงความยินดีกับคุณมาลี ใจงาม", ["คุณมาลี ใจงาม"], FULL),  # a title after a glued word
    ("ประกาศ ณ วันที่ 1 มกราคม พ.ศ. 2567", [], None),
    ("น.ส.3 ก. เลขที่ 1234", [], None),
    # untitled: words that are not names
    ("ขอแสดงความนับถือ", [], None),
    ("ประธาน กรรมการ", [], None),  # ประธาน is in the first-name list, กรรมการ is a word
    ("สมชาย ตำแหน่ง", [], None),
    # the name lists hold stop words (ที่, ผล as first names; เกี่ยวข้อง as a family name)
    ("รายงานผลการตรวจสอบ ที่ เสริมเหล็ก และ หมู่ที่ 3", [], None),
    ("ผล เกี่ยวข้อง กับ งาน ที่ ได้รับ มอบหมาย", [], None),
    # -- issue #11: a title heading a position, an abbreviation or a code is no name ------------
    ("นายแพทย์ชำนาญการพิเศษ กลุ่มงานศัลยกรรม", [], None),
    ("เรียน นายแพทย์สาธารณสุขจังหวัดลำพูน", [], None),
    ("นายแพทย์เชี่ยวชาญ ด้านเวชกรรม", [], None),
    ("ผู้กู้ยืมเงินกองทุน กยศ. ประจำปีการศึกษา", [], None),
    ("ตามแบบ ดร.01 และแบบ ผศ.กพ.", [], None),
    ("ประกาศ ณ วันที่ ๓ พ.ศ.ศักราช", [], None),
    ("ร่วมกับ สพฐ. และ อบต.หนองบัว", [], None),
    # นาย/นาง inside words: ทนาย (lawyer), นายท้าย (helmsman), นางรำ (dancer), with no surname after
    ("จ้างทนายความ เพื่อสู้คดี", [], None),
    ("ทนายจำเลย แถลงว่า", [], None),
    # a title's letters inside a place name glued to a school's or an office's name
    ("โรงเรียนนครนายกวิทยาคม อำเภอเมือง", [], None),
    ("สำนักงานจังหวัดนครนายกรายงานว่า", [], None),
    # a name glued after a word still is one
    ("ผู้ตรวจนายกมล ใจดี", ["นายกมล ใจดี"], (0.8, 0.9)),
    ("มอบให้นางสาวทดลอง ใจงาม", ["นางสาวทดลอง ใจงาม"], (0.8, 0.9)),
    ("ที่ทำการนายทดลอง ใจดี", ["นายทดลอง ใจดี"], (0.8, 0.9)),
    ("นายท้ายเรือ ชื่อ", [], None),
    ("ครูใหญ่และนางรำ ของวัด", [], None),
    ("นายสิบตำรวจ", [], None),
    # a professional title before its council or its field of study (OCR keeps or adds the ์)
    ("วุฒิบัตรวิชาชีพทันตกรรมของทันตแพทย์สภา ที่มีกำหนดเวลา", [], None),
    ("ปริญญาสัตวแพทย์ศาสตรบัณฑิต หรือเทียบเท่า", [], None),
    ("ทันตแพทย์สภาพร ใจดี ตรวจฟัน", ["ทันตแพทย์สภาพร ใจดี"], FULL),  # สภา inside a given name
    # a professional title the letters after it make a longer word: a budget line's item, no person
    ("วัสดุเภสัชกรรม ซื้อ 481,290.00", [], None),
    ("กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค", [], None),
    ("เภสัชกรสมหญิง ทดลองดี จ่ายยา", ["เภสัชกรสมหญิง ทดลองดี"], FULL),  # a glued name is still a name
    ("นางนวล ใจดี", ["นางนวล ใจดี"], FULL),  # นางนวล is a gull, and Mrs Nuan with a surname
    ("นายกมล แก้วใส", ["นายกมล แก้วใส"], FULL),
    # ranks written with หญิง, English names in other Latin letters
    ("ร.ต.อ.หญิง สุนีย์ ใจงามยิ่ง", ["ร.ต.อ.หญิง สุนีย์ ใจงามยิ่ง"], FULL),
    ("พันตำรวจโทหญิงอรทัย ทองสุกใส", ["พันตำรวจโทหญิงอรทัย ทองสุกใส"], FULL),
    ("Attention: Ms. Ingrid Sørensen-Holm, Consul", ["Ms. Ingrid Sørensen-Holm"], ENGLISH),
    ("Mr. Lars Bjørn Halvorsen (brother)", ["Mr. Lars Bjørn Halvorsen"], ENGLISH),
    ("Mr. John Smith Director of Trade", ["Mr. John Smith"], ENGLISH),
    # upper-case names in lists of foreign workers, a nationality or a joining word after them
    ("1 MR. THAN HTIKE AUNG MYANMAR", ["MR. THAN HTIKE AUNG"], ENGLISH),
    ("MS. SREY NEANG KHMER-THAI and MR. BORA KIM", ["MS. SREY NEANG KHMER-THAI", "MR. BORA KIM"], ENGLISH),
    ("MR. JOHAN BERG AND MS. ELSA BERG", ["MR. JOHAN BERG", "MS. ELSA BERG"], ENGLISH),
    ("saved as MS Word document", [], None),
    # a titled name still found after an agency abbreviation
    ("กองทุน กยศ. แจ้งนายสมปอง ใจกล้าหาญ", ["นายสมปอง ใจกล้าหาญ"], FULL),
]

# Untitled names after a private party's role, even when the lists do not hold them.
ROLE_NAMES = [
    ("ผู้ต้องหา: ชนินทร์ภัทร วงศ์ไพศาลกุล รับสารภาพ", ["ชนินทร์ภัทร วงศ์ไพศาลกุล"]),
    ("ผู้ร้อง ได้รับ ความเสียหาย", []),  # dictionary words
    ("ผู้ร้อง ตำบลหนองแวง อำเภอเมืองเลย", []),  # place names
    ("ผู้ร้องเรียน ขอให้ ตรวจสอบ", []),
    # a bank and an account after the victim's role: where the money went
    ("ของผู้เสียหาย\nไปยังบัญชีม้า ธนาคารทดลองไทย เลขที่", []),
    ("ผู้เสียหาย บัญชีทดลองม้า ธนาคารทดลองไทย", []),
    ("ผู้เสียหาย ชนินทร์ภัทร วงศ์ไพศาลกุล แจ้งว่า", ["ชนินทร์ภัทร วงศ์ไพศาลกุล"]),
]

# Nicknames (issue #11): after ชื่อเล่น, an alias in quotes after a named person, a quoted kin word + name.
NICKNAMES = [
    ("ด.ญ.มะปราง ใจสู้ ชื่อเล่น 'แพรวา' อายุ 12 ปี", ["แพรวา"], (0.65, 0.75)),
    ("ด้านนายสมปอง ทะเลใส หรือ “บังปอง” อายุ 60 ปี", ["บังปอง"], (0.55, 0.65)),
    ("คือ ด.ช.ธีรพล แก้วใส หรือน้อง “\nต้นกล้า” ชั้น ป.5", ["ต้นกล้า"], (0.55, 0.65)),
    ("“ยายแป้นผิน” กับหลานสองคน", ["ยายแป้นผิน"], (0.5, 0.6)),
    # negatives: a quoted word that is a dictionary word, a quote with no person before
    ("ปล่อยปลาลง “แม่น้ำ” ยม", [], None),
    ("โครงการ หรือ “กิจกรรมรักษ์ป่า” ของจังหวัด", [], None),
]


test_table = table_test(NAME, CASES)


@pytest.mark.parametrize(("text", "expected"), ROLE_NAMES)
def test_untitled_names_after_a_role(detect, text, expected) -> None:
    view, found = detect(NAME, text)
    assert [view[f.start:f.end] for f in found] == expected


@pytest.mark.parametrize(("text", "nick", "scores"), NICKNAMES)
def test_nicknames(detect, text, nick, scores) -> None:
    view, found = detect(NAME, text)
    got = [(view[f.start:f.end], f.score) for f in found if "nickname" in f.explanation
           or "alias" in f.explanation or "kin word" in f.explanation]
    assert [g for g, _s in got] == nick
    for _g, score in got:
        assert scores[0] <= score <= scores[1]


def _listed_pairs(n: int) -> list[tuple[str, str]]:
    """Real first and family names from the lists the detector uses (not dictionary words)."""
    firsts, families, words = name_lists()

    def plain(w: str) -> bool:
        return 3 <= len(w) <= 12 and w not in words and all("\u0e01" <= c <= "\u0e4e" for c in w)

    f = sorted(w for w in firsts if plain(w))
    s = sorted(w for w in families if plain(w) and not w.startswith(_NOT_SURNAME_START))
    step_f, step_s = max(len(f) // n, 1), max(len(s) // n, 1)
    return list(zip(f[::step_f][:n], s[::step_s][:n], strict=True))


@pytest.mark.parametrize(("first", "family"), _listed_pairs(8))
def test_untitled_names_from_the_lists(check, first, family) -> None:
    check(NAME, f"ผู้รับ {first} {family}\n", [f"{first} {family}"], LISTED)
    check(NAME, f"นาง{first} {family}", [f"นาง{first} {family}"], FULL)


@pytest.mark.parametrize(("text", "expected"), [
    # a form's date: its leaders read as blanks, the month name after the word เดือน
    # (the family-name list holds กันยายน)
    ("วันที่....๑๒.... เดือน.....กันยายน........ พ.ศ. ....๒๕๖๐....", []),
    ("ประชุมเมื่อ เดือน กันยายน ที่ผ่านมา", []),
    ("ครบกำหนด เดือน\tกันยายน ของทุกปี", []),
    # a listed pair beside a date is still a name
    ("ผู้รับ สมชาย ใจดี เดือน กันยายน\n", ["สมชาย ใจดี"]),
    # a district whose name is a given name, then its province or its subdistrict: a place
    ("ตั้งอยู่ที่อำเภอ เด่นชัย จังหวัดแพร่ ริมถนน", []),
    ("สถานที่ก่อสร้าง สมชาย ตำบลบ้านเหนือ", []),
    ("ผู้รับ สมชาย ใจดี อำเภอเมือง\n", ["สมชาย ใจดี"]),
])
def test_a_month_or_an_area_is_never_half_of_an_untitled_name(detect, text, expected) -> None:
    view, found = detect(NAME, text)
    assert [view[f.start:f.end] for f in found] == expected


def test_explanation_and_split(detect) -> None:
    view, (f,) = detect(NAME, "พันตำรวจเอก สารสินธ์ สายภู")
    assert (f.label, f.basis) == ("PERSON", "15(5)")
    assert "พันตำรวจเอก" in f.explanation and "surname" in f.explanation
    assert split_name(view[f.start : f.end]) == ("พันตำรวจเอก", "สารสินธ์", "สายภู")


@pytest.mark.parametrize(("span", "parts"), [
    ("MR. JOHAN LINDQVIST", ("MR.", "JOHAN", "LINDQVIST")),
    ("Ms Anna Berg", ("Ms", "Anna", "Berg")),
    ("พัชรินทร์ ศรีทดสอบ", ("", "พัชรินทร์", "ศรีทดสอบ")),
])
def test_split_name_never_takes_an_english_title_for_a_first_name(span: str, parts: tuple[str, str, str]) -> None:
    # Propagation searches for the first name elsewhere: "MR." would match every Mr.
    assert split_name(span) == parts


# A names table read a column at a time: titled given names, then their family names alone on lines.
COLUMN_CASES = [
    ("นางสาวมาลี\nนายวีระ\nนางสาวจันทร์เพ็ญ\nนายบุญส่ง\n๑๕\nทองประเสริฐ\nแก้วมณีวงศ์\nศรีสุขสันต์\nพรหมวิเศษ\n",
     ["ทองประเสริฐ", "แก้วมณีวงศ์", "ศรีสุขสันต์", "พรหมวิเศษ"]),
    ("๑. นายกิตติ\n๒. นางสาวอรุณี\n๓. นายประเสริฐ\nทดลองสกุล\nบุญประเสริฐกุล\nเพชรรัตนโชติ\n",
     ["ทดลองสกุล", "บุญประเสริฐกุล", "เพชรรัตนโชติ"]),
    # negatives: a column of positions, of places, too few rows, no titled column before
    ("นายสมชาย\nนางสมศรี\nนายประยูร\nประธาน\nกรรมการ\nเลขานุการ\n", []),
    ("นายสมชาย\nนางสมศรี\nนายประยูร\nตำบลบ้านใหม่\nตำบลหนองบัว\nตำบลนาดี\n", []),
    ("นายสมชาย\nนางสมศรี\nทองประเสริฐ\nแก้วมณีวงศ์\n", []),
    ("รายการ\nทองประเสริฐ\nแก้วมณีวงศ์\nศรีสุขสันต์\n", []),
    ("นายสมชาย\nนางสมศรี\nนายประยูร\nหนังสือ\nโต๊ะ\nเก้าอี้\n", []),  # dictionary words: things, not names
]


@pytest.mark.parametrize(("text", "expected"), COLUMN_CASES)
def test_family_name_column(detect, text: str, expected: list[str]) -> None:
    view, found = detect(NAME, text)
    got = [view[f.start:f.end] for f in found if "family-name column" in f.explanation]
    assert got == expected


@pytest.mark.parametrize(("text", "ocr", "expected"), [
    # OCR read a speck over a title's first letter as a tone mark: on OCR text the name is still a name
    ("2. น่างทดลอง ใจดีมาก ยืม 200 กก.", True, ["น่างทดลอง ใจดีมาก"]),
    ("ผู้ยืม น้ายทดลอง มีสุขดี", True, ["น้ายทดลอง มีสุขดี"]),
    # ... also with a mark OCR read between the given and the family name
    ("4. น่างทดลอง, ใจดีมาก เลขประจำตัว", True, ["น่างทดลอง, ใจดีมาก"]),
    ("ผู้ยืม น้ายทดลอง 3 มีสุขดี", True, ["น้ายทดลอง 3 มีสุขดี"]),
    # ... but not a count or a number between them
    ("ผู้ยืม น้ายทดลอง 35 มีสุขดี", True, []),
    # a typed text layer is as written: no such title there
    ("2. น่างทดลอง ใจดีมาก ยืม 200 กก.", False, []),
    # a correctly read title is person_name's ordinary rule, found once
    ("2. นางทดลอง ใจดีมาก ยืม 200 กก.", True, ["นางทดลอง ใจดีมาก"]),
])
def test_titles_ocr_misread_with_a_stray_tone_mark(text: str, ocr: bool, expected: list[str]) -> None:
    from redactor.detectors.base import DetectionContext, registered
    from redactor.normalise import normalise

    view = normalise(text).text
    ctx = DetectionContext(view, ocr=[(0, len(view))] if ocr else [])
    got = [view[f.start:f.end] for f in registered()[NAME]().detect(ctx)]
    assert got == expected


# --- _untitled: each word looked at alone before its pair is matched -----------------------------
# The pair-by-pair search as it was written before (one regex search per pair of words), kept as
# the reference the faster loop must agree with on any text.


def _untitled_pair_by_pair(det: PersonNameDetector, ctx: DetectionContext,
                           taken: list[tuple[int, int]]) -> list[Finding]:
    firsts, families, words = name_lists()
    out = []
    pos = 0
    named = Intervals(taken)
    # Not finditer: in "ผู้รับ สมชาย ใจดี" the pair (ผู้รับ, สมชาย) is tried first and
    # rejected, and the name must still be found, so each rejected pair only
    # moves the search to its second word.
    while (m := UNTITLED_RE.search(ctx.text, pos)) is not None:
        pos = m.start(2)
        first, last = m.group(1), m.group(2)
        if first not in firsts and (first in words or last in words or len(first) < 3 or len(last) < 3):
            continue  # the test below, asked first: most pairs are two ordinary words
        if named.holds(m.start()) or last.startswith(_NOT_SURNAME_START):
            continue
        if last.startswith(_ADMIN_AREA):
            continue  # a district, then its province (เด่นชัย จังหวัดแพร่): a place, not a name
        if first in _MONTHS or last in _MONTHS:
            # A month is no name, though the lists hold some as surnames: a form's date
            # "เดือน.....กันยายน....." reads as two words once its leaders are blanks.
            continue
        if first not in firsts:
            # After a private party's role (ผู้ร้อง กฤตภาส ทรัพย์มากมี): two words that are no
            # dictionary words are a name even when the lists do not hold them.
            # (the word checks first: the role is looked for behind few pairs)
            if first in words or last in words or len(first) < 3 or len(last) < 3:
                continue
            if len(first) > _LONGEST_UNLISTED_FIRST:
                continue  # a run of words read as one token (OCR's ของผู้สูงอายุที...), not a given name
            role = _ROLE_BEFORE.search(ctx.before(m.start(1), 30))
            if role and not any(w.startswith(_PLACE_OR_UNIT) for w in (first, last)):
                out.append(det.finding(m.start(1), m.end(2), 0.6,
                                        f"two non-dictionary words after the role '{role.group(1)}'"))
                pos = m.end(2)
            continue
        if last in families:
            out.append(det.finding(m.start(1), m.end(2), 0.7, "first name and family name from name lists"))
            pos = m.end(2)
        elif last not in words and len(last) >= 4 and first not in words:
            out.append(det.finding(m.start(1), m.end(2), 0.55,
                                    "first name from name list + a non-dictionary word"))
            pos = m.end(2)
    return out


def _vocabulary() -> list[str]:
    firsts, families, words = name_lists()
    pick = [*sorted(firsts)[:40:4], *sorted(families)[:40:4], *sorted(w for w in words if len(w) >= 2)[:2000:100]]
    return [*pick, "นาย", "ผู้ร้อง", "ผู้รับ", "ตำบลหนองบัว", "มกราคม", "กขฃคฅ", "ฎฏฐฑฒณ", "ญาติ", "สมชาย", "ใจดี"]


_SEPARATORS = [" ", " ", "  ", "\n", "\t", " (", ") ", ", ", ":", "\"", "x", "[", "'", "\u00a0", "\r"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_vocabulary()), st.sampled_from(_SEPARATORS)), max_size=14))
def test_untitled_agrees_with_the_pair_by_pair_search(pieces: list[tuple[str, str]]) -> None:
    text = "".join(w + sep for w, sep in pieces)
    det = PersonNameDetector()
    for taken in ([], [(0, min(len(text), 6))]):
        ctx = DetectionContext(text)
        want = [(f.start, f.end, f.score) for f in _untitled_pair_by_pair(det, ctx, taken)]
        got = [(f.start, f.end, f.score) for f in det._untitled(DetectionContext(text), taken)]
        assert got == want, text


# --- OCR: a speck between the given and the family name read as a mark ----------------------------

@pytest.mark.parametrize(("text", "ocr", "found"), [
    # a comma, a point or a quote glued to the given name on OCR text: the family name goes with it
    ("นางปิยะนุช, สายสนีย์ ๓ ๑๒๓๔", True, ["นางปิยะนุช, สายสนีย์"]),
    ("นางปิยะนุช,สายสนีย์", True, ["นางปิยะนุช,สายสนีย์"]),
    ("นายก้องภพ. กิตติวรากูล อายุ 40 ปี", True, ["นายก้องภพ. กิตติวรากูล"]),
    ("นายวิชัย' ทองคำ", True, ["นายวิชัย' ทองคำ"]),  # a family name from the lists
    # a lone digit, letter or bar between blanks: a speck OCR read as a character
    ("นายวิไลวรรณ 3 กิตติวรากูล เลขประจำตัว", True, ["นายวิไลวรรณ 3 กิตติวรากูล"]),
    ("นางสมศรี l กิตติวรากูล", True, ["นางสมศรี l กิตติวรากูล"]),
    ("นายก้องภพ | ทองคำ", True, ["นายก้องภพ | ทองคำ"]),
    # ... but not a count, a number or a role after the name, nor on typed text
    ("นายสมชาย 3 คน", True, ["นายสมชาย"]),
    ("นายสมชาย 3 ราย ต่อมา", True, ["นายสมชาย"]),
    ("นายสมชาย 12 ชื่นอารมณ์", True, ["นายสมชาย"]),
    ("นายสมชาย 3 ผู้ใหญ่บ้าน", True, ["นายสมชาย"]),
    ("นายวิไลวรรณ 3 กิตติวรากูล", False, ["นายวิไลวรรณ"]),
    # not after a mark that typed text holds on purpose
    ("นางปิยะนุช, สายสนีย์", False, ["นางปิยะนุช"]),
    # the word after the mark is a role, the next sentence, another titled person or a month
    ("นายสมชาย, ผู้ใหญ่บ้าน", True, ["นายสมชาย"]),
    ("นายสมชาย. ต่อมาได้ยื่นคำร้อง", True, ["นายสมชาย"]),
    ("นายสมชาย, นางสมศรี ใจดี", True, ["นายสมชาย", "นางสมศรี ใจดี"]),
    ("นายสมชาย, มกราคม", True, ["นายสมชาย"]),
    ("นายสมชาย, และ", True, ["นายสมชาย"]),
])
def test_a_family_name_past_a_mark_ocr_read(text: str, ocr: bool, found: list[str]) -> None:
    ctx = DetectionContext(text, ocr=[(0, len(text))] if ocr else [])
    assert [text[f.start:f.end] for f in PersonNameDetector().detect(ctx) if f.label == "PERSON"] == found
