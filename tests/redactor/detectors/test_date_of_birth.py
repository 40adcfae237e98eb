"""date_of_birth: dates after a birth word (DOB), and ages tied to a person (AGE)."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "date_of_birth"
DOB = (0.85, 0.95)
AGE = (0.65, 0.75)

CASES = [
    # -- birth dates: the span is the date only ---------------------------------
    ("เกิดวันที่ 09 ตุลาคม 2534", ["09 ตุลาคม 2534"], DOB),
    ("เกิดเมื่อ ๑ ม.ค. ๒๕๒๐", ["๑ ม.ค. ๒๕๒๐"], DOB),
    ("เกิดวันที่ 12 ตุลาคม พ.ศ. 2534", ["12 ตุลาคม พ.ศ. 2534"], DOB),
    ("วันเดือนปีเกิด 12/10/2534", ["12/10/2534"], DOB),
    ("วัน/เดือน/ปีเกิด ๓ มีนาคม ๒๕๓๐", ["๓ มีนาคม ๒๕๓๐"], DOB),
    ("วันเกิด: 1 มกราคม 2520", ["1 มกราคม 2520"], DOB),
    ("ผู้ต้องหาเกิดวันที่ 3 มีนาคม 2530", ["3 มีนาคม 2530"], DOB),
    # bare dates after broader birth words, short months, B.E./C.E., line breaks
    ("เกิดวันที่ 5/3/2530", ["5/3/2530"], DOB),
    # a form's birth-date fields, each part after its own label, leaders between, the year on the next line
    ("เกิดวันที่ 14 เดือน กันยายน พ.ศ. 2540 อายุ", ["14 เดือน กันยายน พ.ศ. 2540"], DOB),
    ("เกิดวันที่.......3.........เดือน.......มีนาคม.........\nพ.ศ…2541………. อายุ",
     ["3.........เดือน.......มีนาคม.........\nพ.ศ…2541"], DOB),
    ("เกิดวันที่ 7 เดือน 11 ปี พ.ศ. 2539", ["7 เดือน 11 ปี พ.ศ. 2539"], DOB),
    ("ประกาศ ณ วันที่ 14 เดือน กันยายน พ.ศ. 2565", [], None),  # no birth word: the document's date
    ("เกิดวันที่............เดือน..............พ.ศ...........", [], None),  # a blank form
    ("ว/ด/ป เกิด 05-03-2530", ["05-03-2530"], DOB),
    ("ว.ด.ป.เกิด ๕ มี.ค. ๓๐", ["๕ มี.ค. ๓๐"], DOB),
    ("วัน เดือน ปี เกิด 9 ส.ค. 2501", ["9 ส.ค. 2501"], DOB),
    ("เกิดเมื่อวันที่\n14 กุมภาพันธ์ พ.ศ. 2528", ["14 กุมภาพันธ์ พ.ศ. 2528"], DOB),
    ("นายชาตรี ปลอดภัย เกิด\nวันที่ 3 มิถุนายน 2527 เลขประจำตัว", ["3 มิถุนายน 2527"], DOB),
    ("เกิดเหตุ\nวันที่ 12 ตุลาคม 2566 เวลา 10.00 น.", [], None),  # an incident, no birth
    ("เกิดวันที่ 2 มกราคม 1990 (ค.ศ.)", ["2 มกราคม 1990"], DOB),
    # a delivery told in a sentence: the newborn's birth date; maternity leave and other dates stay
    ("gave birth at this hospital to a baby boy, Tun Tadlong, on 4 March 2027 at 10:20", ["4 March 2027"], DOB),
    ("นางทดลอง ใจดี คลอดบุตรหญิงที่โรงพยาบาลนี้ เมื่อวันที่ ๓ มีนาคม ๒๕๗๐", ["๓ มีนาคม ๒๕๗๐"], DOB),
    ("ข้าราชการลาคลอดบุตร เมื่อวันที่ 3 มีนาคม 2570 ถึง 1 มิถุนายน 2570", [], None),
    # a named person, then where and when they were born; an accident's place and date is no birth
    ("เด็กหญิงทดลอง ใจดี เกิดที่บ้านเมื่อวันที่ ๓ มกราคม ๒๕๖๘ ไม่ได้แจ้งเกิด", ["๓ มกราคม ๒๕๖๘"], DOB),
    ("นายทดลอง ใจดี เกิดที่โรงพยาบาลทดลอง เมื่อ 1 มี.ค. 2530", ["1 มี.ค. 2530"], DOB),
    ("นายทดลอง ใจดี ประสบอุบัติเหตุซึ่งเกิดที่ถนนทดลอง เมื่อวันที่ 3 มีนาคม 2570", [], None),
    ("เหตุเกิดที่บ้านนายทดลอง ใจดี เมื่อวันที่ 3 มีนาคม 2570", [], None),
    ("The report on births was delivered to the office. On 4 March 2027 the board met.", [], None),
    ("gave birth to a son.\nThe letter of 4 March 2027", [], None),
    # English forms
    ("born on August 21, 1991 in Hanoi", ["August 21, 1991"], DOB),
    ("DOB: 21/08/1991", ["21/08/1991"], DOB),
    ("Date of Birth 21 Aug 1991", ["21 Aug 1991"], DOB),
    ("DATE OF BIRTH: 3 SEPT 1975", ["3 SEPT 1975"], DOB),
    ("Born 1st March 1960", ["1st March 1960"], DOB),
    ("Date of birth (วันเกิด): 1988-11-02", ["1988-11-02"], DOB),
    # a table read as text: a column header line, then dates alone on their lines
    ("ชื่อ / Name\nวันเกิด / Date of birth\nMr. Lee Chan\n3 Jan 1970\nMs. Ann Lee\n9 Feb 1972",
     ["3 Jan 1970", "9 Feb 1972"], (0.55, 0.65)),
    # -- ages: only near a person -----------------------------------------------
    ("เด็กชายธนาณัติ สีพูน อายุ ๗ ปี", ["อายุ ๗ ปี"], AGE),
    ("นายสมชาย ใจดี อายุ 45 ปี 3 เดือน", ["อายุ 45 ปี 3 เดือน"], AGE),
    ("ผู้ต้องหา อายุ 30 ปี", ["อายุ 30 ปี"], AGE),
    ("อาศัยอยู่กับยาย อายุ 80 ปี", ["อายุ 80 ปี"], AGE),
    ("ผศ.ดร.สมชาย ใจดี อายุ 50 ปี", ["อายุ 50 ปี"], AGE),
    ("นางบุญมา ดีใจ วัย ๗๖ ปี", ["วัย ๗๖ ปี"], AGE),
    ("Ms. Jane Doe, aged 34, a teacher", ["aged 34"], AGE),
    ("The patient, age 61 years, was admitted", ["age 61 years"], AGE),
    # a labelled age under a date of birth (a CV's or a form's personal block): the birth word is the cue
    ("วันเกิด: 3 มีนาคม 2540\nอายุ: 28 ปี", ["3 มีนาคม 2540", "อายุ: 28 ปี"], None),
    ("Date of Birth: 12 May 1999\nAGE: 26 years", ["12 May 1999", "AGE: 26 years"], None),
    ("นางสาวสุดา ทองดี\nอายุ : 41 ปี", ["อายุ : 41 ปี"], AGE),
    # a form that captions each value below it
    ("Thai\nNATIONALITY\n24.10.1995\nDATE OF BIRTH\nMale\nGENDER", ["24.10.1995"], (0.55, 0.65)),
    ("๓ มีนาคม ๒๕๔๐\nวันเกิด\n", ["๓ มีนาคม ๒๕๔๐"], (0.55, 0.65)),
    # -- negatives ----------------------------------------------------------------
    # a column header with its dates below: the date above it is the document's, not a birth date
    ("1 มกราคม 2567\nวันเกิด\n3 มีนาคม 2540\n5 เมษายน 2541", ["3 มีนาคม 2540", "5 เมษายน 2541"], None),
    ("24.10.1995 DATE OF BIRTH", [], None),  # no caption line of its own
    ("ลงวันที่ 09 ตุลาคม 2534", [], None),  # the letter's date
    ("เกิดเหตุวันที่ 09 ตุลาคม 2534", [], None),  # the incident, not a birth
    ("ประกาศ ณ วันที่ 19 มีนาคม พ.ศ. 2567", [], None),
    ("อายุ 7 ปี", [], None),  # no person
    ("โครงการนี้มีอายุ 7 ปี", [], None),
    ("อาคารอายุ 30 ปี", [], None),
    ("อายุ: 5 ปี", [], None),  # a labelled age with neither a person nor a birth date before it
    ("ครุภัณฑ์คอมพิวเตอร์\nอายุการใช้งาน: 5 ปี", [], None),  # service life, not an age
    ("วันเกิดปีที่ 60 ของโรงเรียน จัดงานครบรอบ มีอายุ 60 ปี", [], None),  # a birth word with no date of birth
    # the ศ. of พ.ศ. is not a professor, ยาย inside ขยาย is not a grandmother
    ("ตามระเบียบ พ.ศ. 2560 ใบอนุญาตมีอายุ 5 ปี", [], None),
    ("ขยายสัญญาเช่า ให้มีอายุ 3 ปี", [], None),
    ("Date of issue: 21/08/2024", [], None),
    ("ลงวันที่ 5 มี.ค. 67 ตามคำสั่งที่ 12/2567", [], None),
    ("เกิดอุบัติเหตุเมื่อ 3 มีนาคม 2567", [], None),
    ("The meeting on 21 August 2024 was attended by 40 people", [], None),
    ("Page 12 of 30", [], None),
    ("วันเกิด / Date of birth\nประกาศ ณ วันที่ 3 มีนาคม 2567", [], None),
]


test_table = table_test(NAME, CASES)


def test_labels(detect) -> None:
    _, (dob,) = detect(NAME, "เกิดวันที่ 09 ตุลาคม 2534")
    _, (age,) = detect(NAME, "เด็กชายธนาณัติ สีพูน อายุ ๗ ปี")
    _, (en,) = detect(NAME, "DOB: 1 May 1990")
    assert en.label == "DOB"
    assert (dob.label, age.label) == ("DOB", "AGE")
    assert dob.basis == age.basis == "15(5)"
    assert "birth" in dob.explanation and "person" in age.explanation
