"""criminal_record: a private person's convictions and prosecutions; not the law, rules or statistics."""

from __future__ import annotations

from tests.redactor.detectors.tables import table_test

NAME = "criminal_record"
SCORE = (0.7, 0.8)

CASES = [
    ("นายเอก ทองมา เคยต้องโทษจำคุกในคดีลักทรัพย์ เมื่อปี 2558 ปัจจุบันประกอบอาชีพค้าขาย",
     ["เคยต้องโทษจำคุกในคดีลักทรัพย์ เมื่อปี 2558"], SCORE),
    ("ผู้ร้องเคยต้องคำพิพากษาถึงที่สุดให้จำคุก 2 ปี", ["เคยต้องคำพิพากษาถึงที่สุดให้จำคุก 2 ปี"], SCORE),
    # a possession offence, then its court and case number, all one record
    ("นายทดลอง ใจดี เคยต้องคำพิพากษาจำคุก ๑ ปี ฐานมีเมทแอมเฟตามีนไว้ในครอบครอง ศาลจังหวัดทดลอง "
     "คดีหมายเลขแดงที่ อ.๕๕/๒๕๖๐ จึงเรียนมาเพื่อทราบ",
     ["เคยต้องคำพิพากษาจำคุก ๑ ปี ฐานมีเมทแอมเฟตามีนไว้ในครอบครอง ศาลจังหวัดทดลอง คดีหมายเลขแดงที่ อ.๕๕/๒๕๖๐"],
     SCORE),
    # the clause ends where the letter goes on to something else
    ("นายทดลอง ใจดี ต้องโทษจำคุก ๒ ปี ไว้ในใจเสมอ", ["ต้องโทษจำคุก ๒ ปี"], SCORE),
    ("บุตรชายของผู้ร้องมีประวัติเกี่ยวข้องกับคดียาเสพติด", ["มีประวัติเกี่ยวข้องกับคดียาเสพติด"], SCORE),
    ("นางสาวบี ใจงาม ถูกดำเนินคดีฐานฉ้อโกง ตามคดีหมายเลขดำที่ อ.123/2566",
     ["ถูกดำเนินคดีฐานฉ้อโกง ตามคดีหมายเลขดำที่ อ.123/2566"], SCORE),
    ("สามีถูกจับกุมในข้อหามียาเสพติดไว้ในครอบครอง", ["ถูกจับกุมในข้อหามียาเสพติดไว้ในครอบครอง"], SCORE),
    ("นายซี ดีมาก พ้นโทษเมื่อเดือนมกราคม", ["พ้นโทษเมื่อเดือนมกราคม"], SCORE),
    # a PDF line wrap between the words of the phrase
    ("จำเลยเคยต้อง\nคำพิพากษาให้จำคุก 6 เดือน ฐานลักทรัพย์", ["เคยต้อง\nคำพิพากษาให้จำคุก 6 เดือน ฐานลักทรัพย์"], SCORE),
    ("ผู้ต้องหาเคยต้องโทษ\nจำคุกในคดียาเสพติด", ["เคยต้องโทษ\nจำคุกในคดียาเสพติด"], SCORE),
    ("ผู้สมัครต้อง\nไม่เคยต้องโทษจำคุก", [], None),  # a qualification rule
    ("นายเอก ทองมา ต้อง\nคำนวณภาษีใหม่", [], None),  # ต้อง + คำ… that is not คำพิพากษา
    ("Mr. John Reed was convicted of fraud in 2019, and lives in Phuket.", ["convicted of fraud in 2019"], SCORE),
    ("Her son has a criminal record for theft.", ["criminal record for theft"], SCORE),
    # "ซึ่งกระทำความผิดฐาน…": the offence a named person committed
    ("ศาลพิพากษาให้นายอดิเทพ ทดลองดี อายุ ๒๓ ปี ซึ่งกระทำความผิดฐานขับรถขณะเมาสุรา รอการลงโทษไว้",
     ["กระทำความผิดฐานขับรถขณะเมาสุรา รอการลงโทษไว้"], SCORE),
    ("นางสาวบี ใจงาม ถูกกล่าวหาว่ากระทำผิดฐานยักยอกทรัพย์", ["กระทำผิดฐานยักยอกทรัพย์"], SCORE),
    # an inmate held for a case
    ("ผู้ต้องขัง นายเอ บีซี ถูกคุมขังที่เรือนจำกลางลำปาง คดียาเสพติด ครบกำหนดโทษ 12 ม.ค. 2568",
     ["ถูกคุมขังที่เรือนจำกลางลำปาง คดียาเสพติด"], SCORE),
    ("Mr. Tom Sample was detained at the provincial prison for theft.",
     ["was detained at the provincial prison for theft"], SCORE),
    # -- negatives: the law, rules, statistics, no person --------------------------------
    ("ห้ามมิให้ผู้ใดถูกคุมขังโดยไม่มีหมายของศาล", [], None),  # the law, nobody in particular
    ("เรือนจำมีผู้ต้องขังทั้งหมด 2,000 คน", [], None),  # a statistic
    ("ตำรวจจับกุมผู้กระทำความผิดฐานเมาแล้วขับได้ ๒๕ ราย", [], None),  # offenders in general
    ("นายเอก ทองมา กระทำผิดวินัยไม่ร้ายแรง ฐานประมาทเลินเล่อ", [], None),  # discipline, not a crime
    ("โครงการป้องกันการกระทำความผิดฐานค้ามนุษย์", [], None),
    ("ผู้ใดกระทำความผิดฐานลักทรัพย์ ต้องระวางโทษจำคุก", [], None),
    ("ผู้ใดต้องโทษจำคุกตามมาตรา 91 แห่งประมวลกฎหมายอาญา", [], None),
    ("ผู้สมัครต้องไม่เคยต้องคำพิพากษาให้จำคุก", [], None),
    ("ลักษณะต้องห้าม (ก) เคยต้องโทษจำคุก", [], None),
    ("ในปีนี้มีผู้ถูกดำเนินคดียาเสพติด 120 ราย", [], None),
    ("สถิติผู้ต้องโทษในเรือนจำจังหวัด", [], None),
    ("ถูกดำเนินคดีตามพระราชบัญญัติป่าไม้ พ.ศ. 2484", [], None),
    ("Any person convicted of an offence under this Act", [], None),
]


test_table = table_test(NAME, CASES)


def test_label_and_basis(detect) -> None:
    _, (f,) = detect(NAME, "นายเอก ทองมา ถูกดำเนินคดีฐานลักทรัพย์")
    assert (f.label, f.basis) == ("CRIMINAL_RECORD", "15(5)")
    assert "ถูกดำเนินคดี" in f.explanation
