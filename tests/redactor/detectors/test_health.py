"""health: a health clause tied to a person; health words in general text are not personal."""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, TableCell, registered
from tests.redactor.detectors.tables import table_test

NAME = "health"
SCORE = (0.7, 0.8)

FAR = (0.55, 0.65)

CASES = [
    # a test result as a gerund, of a named worker; a statistic of a population is nobody's
    ("Mr. John Testman was dismissed after testing positive for methamphetamine, and his wage",
     ["was dismissed after testing positive"], SCORE),
    ("The number of people testing positive in the province rose by 12 percent.", [], None),
    # a named person's rapid or PCR test read positive; a negative one, and a count of people, are not
    ("ผู้ป่วยชื่อ นายทดลอง มีสุข ผลตรวจ ATK เป็นบวก ให้กักตัว", ["ผลตรวจ ATK เป็นบวก"], SCORE),
    ("นายทดลอง มีสุข ผลตรวจ RT-PCR: positive", ["ผลตรวจ RT-PCR: positive"], SCORE),
    ("นายทดลอง มีสุข ผลตรวจ ATK เป็นลบ", [], None),
    ("โรงพยาบาลแจกชุดตรวจ ATK ให้ประชาชน ผลตรวจ ATK เป็นบวก 25 ราย", [], None),
    # a symptom in a patient's own words, an X-ray's finding, an animal's bite (no โรค)
    ("นายทดลอง ใจดี มีอาการไข้สูง ไอเป็นเลือด มาสามวัน", ["มีอาการไข้สูง ไอเป็นเลือด"], SCORE),
    ("ผู้ป่วยรายนี้ผลเอกซเรย์พบฝ้าขาวที่ปอดด้านขวา", ["รายนี้ผลเอกซเรย์พบฝ้าขาวที่ปอดด้านขวา"], SCORE),
    ("เด็กหญิงทดลอง ใจดี ถูกแมวข่วนที่หลังมือขวา", ["ถูกแมวข่วนที่หลังมือขวา"], SCORE),
    ("นางทดลอง ใจดี ถูกสุนัขจรจัดกัดที่ข้อเท้า", ["ถูกสุนัขจรจัดกัดที่ข้อเท้า"], SCORE),
    # symptoms and injuries in everyday words, of a named person
    ("นางทดลอง ใจดี หายใจเหนื่อยหอบ จึงส่งต่อ", ["หายใจเหนื่อยหอบ"], SCORE),
    ("นายทดลอง ใจดี ปวดศีรษะรุนแรง ตั้งแต่เมื่อวาน", ["ปวดศีรษะรุนแรง ตั้งแต่เมื่อวาน"], SCORE),
    ("นายทดลอง ใจดี ถูกยิงที่ท้อง นำส่งโรงพยาบาล", ["ถูกยิงที่ท้อง"], SCORE),
    ("เด็กชายทดลอง ใจดี ถูกน้ำร้อนลวกที่แขน", ["ถูกน้ำร้อนลวกที่แขน"], SCORE),
    ("นายทดลอง ใจดี จมน้ำเสียชีวิต ที่อ่างเก็บน้ำ", ["จมน้ำเสียชีวิต"], SCORE),
    ("ยายทดลอง พูดไม่ชัด ปากเบี้ยว", ["พูดไม่ชัด ปากเบี้ยว"], SCORE),
    # a house under water, a lottery bet, a programme against drowning: nobody's health
    ("นายทดลอง ใจดี บ้านจมน้ำทั้งหลัง", [], None),
    ("นายทดลอง ใจดี ถูกแทงหวยใต้ดินจับได้", [], None),
    ("โครงการป้องกันการจมน้ำเสียชีวิตในเด็ก นายทดลอง ใจดี วิทยากร", [], None),
    ("นายทดลอง ใจดี ผู้อำนวยการ รายงานผู้ป่วยท้องเสีย 12 ราย", [], None),
    # a hospital's or an agency's unit named after what it treats is nobody's health
    ("โรงพยาบาลทดลอง กลุ่มงานจิตเวชและยาเสพติด\nสรุปผลการเยี่ยมบ้าน นายทดลอง ใจดี", [], None),
    ("นางทดลอง ใจดี พยาบาลประจำคลินิกโรคเบาหวาน", [], None),
    # the husband's or the wife's side of a divorce or a marriage record is a person; a unit (ฝ่าย…) is not
    ("ทั้งสองฝ่ายตกลงหย่ากัน เนื่องจากฝ่ายชายติดสุราเรื้อรังและไม่ดูแลครอบครัว", ["ติดสุราเรื้อรังและไม่ดูแลครอบครัว"], SCORE),
    ("ฝ่ายหญิงป่วยเป็นโรคซึมเศร้า", ["ป่วยเป็นโรคซึมเศร้า"], SCORE),
    ("ฝ่ายการพยาบาลรณรงค์ลดการติดสุรา", [], None),
    ("ฝ่ายชายประกอบอาชีพรับจ้าง", [], None),
    # a physician's specialty is the doctor's position; the doctor's patient's condition is not
    ("นายแพทย์ทดลอง ใจดี อายุรแพทย์โรคติดเชื้อ", [], None),
    ("แพทย์หญิงทดลอง ใจดี แพทย์ผู้เชี่ยวชาญด้านโรคหัวใจ", [], None),
    ("นายทดลอง ใจดี แพทย์วินิจฉัยว่าติดเชื้อในกระแสเลือด", ["แพทย์วินิจฉัยว่าติดเชื้อในกระแสเลือด"], SCORE),
    ("นายทดลอง ใจดี ส่งตัวไปหอผู้ป่วยศัลยกรรมกระดูก", [], None),
    ("ผู้ใหญ่บ้านแจ้งว่า นายทดลอง ใจดี ถูกกฎหมายควบคุม", [], None),
    # a person, then the clause; it starts after the person word and runs to the clause's end
    ("ทำให้ภรรยา\nของผู้ร้องมีภาวะซึมเศร้าเรื้อรังและไขมันในเลือดสูงจนต้องรักษาตัว\nจังหวัดพิจารณาแล้ว",
     ["มีภาวะซึมเศร้าเรื้อรังและไขมันในเลือดสูงจนต้องรักษาตัว"], SCORE),
    ("นางจอมเกาะ สีพูน ซึ่งสูงอายุและป่วยเป็นโรคไตเรื้อรังและหูตึงทั้งสองข้าง ครอบครัวมีรายได้ไม่เพียงพอ",
     ["ซึ่งสูงอายุและป่วยเป็นโรคไตเรื้อรังและหูตึงทั้งสองข้าง"], SCORE),
    ("ผู้ต้องหาติดยาเสพติดมานาน", ["ติดยาเสพติดมานาน"], SCORE),
    ("บุตรของผู้ร้องได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า", ["ได้รับการวินิจฉัยว่าเป็นโรคซึมเศร้า"], SCORE),
    # a PDF line wrap inside the clause does not end it
    ("นายสมชาย ใจดี ป่วยเป็นโรค\nเบาหวาน และขอรับความช่วยเหลือ", ["ป่วยเป็นโรค\nเบาหวาน"], SCORE),
    ("เด็กชายธนาณัติ สีพูน อายุ 7 ปี เป็นเด็กพิการทางการได้ยินและมีโรคหอบหืด อาศัยอยู่กับยาย",
     ["เป็นเด็กพิการทางการได้ยินและมีโรคหอบหืด"], SCORE),
    # everyday words, no โรค: injuries, bleeding, paralysis, dialysis, pregnancy, rash, asthma
    ("นายวิชัย กล้าหาญ ขาขวาหักและมีแผลฉีกขาดที่ศีรษะ ต่อมาได้กลับบ้าน",
     ["ขาขวาหักและมีแผลฉีกขาดที่ศีรษะ"], SCORE),
    ("นางมาลี ศรีสุข กระดูกสะโพกร้าว อยู่ระหว่างพักฟื้น", ["กระดูกสะโพกร้าว"], SCORE),
    ("ผู้เสียหายมีเลือดออกในช่องท้อง", ["มีเลือดออกในช่องท้อง"], SCORE),
    ("ตาของผู้ร้องเป็นอัมพาตครึ่งซีกหลังหลอดเลือดสมองแตก จนต้อง\nนอนติดเตียง",
     ["เป็นอัมพาตครึ่งซีกหลังหลอดเลือดสมองแตก จนต้อง\nนอนติดเตียง"], SCORE),
    ("ยายแก้ว\nล้างไตทางหน้าท้องวันละสี่ครั้ง", ["ล้างไตทางหน้าท้องวันละสี่ครั้ง"], SCORE),
    # a health word cut by a line wrap is still found, and the clause spans the wrap
    ("ยายบุญเส้นเลือดใน\nสมองตีบจนเดินไม่ได้", ["บุญเส้นเลือดใน\nสมองตีบจนเดินไม่ได้"], SCORE),
    ("ภรรยาของผู้ร้องอยู่ระหว่างตั้งครรภ์ได้ ๗ เดือน และว่างงาน", ["อยู่ระหว่างตั้งครรภ์ได้ ๗ เดือน"], SCORE),
    ("บุตรสาวมีผื่นแดงทั่วตัวและหอบหืดกำเริบบ่อย", ["มีผื่นแดงทั่วตัวและหอบหืดกำเริบบ่อย"], SCORE),
    ("นายสมบัติ ดีงาม ทุพพลภาพร้อยละ 60 จากอุบัติเหตุ", ["ทุพพลภาพร้อยละ 60"], SCORE),
    ("นายทองดี มีสุข มีความพิการร้อยละ ๘๐ ต้องใช้รถเข็น", ["มีความพิการร้อยละ ๘๐ ต้องใช้รถเข็น"], SCORE),
    # a limb broken, with its side, no กระดูก
    ("นายวีระ กล้าดี แขนซ้ายหักจากการตกบันได", ["แขนซ้ายหักจากการตกบันได"], SCORE),
    ("ผู้ร้องข้อเท้าขวาเคลื่อนจากอุบัติเหตุ", ["ข้อเท้าขวาเคลื่อนจากอุบัติเหตุ"], SCORE),
    ("ผู้ต้องขังรายนี้ผลตรวจหาเชื้อเป็นบวก", ["รายนี้ผลตรวจหาเชื้อเป็นบวก"], SCORE),
    ("นางสาวจันทร์ ใจงาม ลาคลอดบุตรตั้งแต่เดือนมีนาคม", ["ลาคลอดบุตรตั้งแต่เดือนมีนาคม"], SCORE),
    # a form: the person stands far before, after an ID and an address
    ("ข้าพเจ้า นายดำ ขำคม เลขประจำตัวประชาชน 1-2345-67890-12-1 อยู่บ้านเลขที่ 10 หมู่ที่ 2 ตำบลหนึ่ง "
     "อำเภอสอง จังหวัดสาม รหัสไปรษณีย์ 40000 โทรศัพท์ 081-000-0000 อีเมล dam@example.com "
     "เป็นคนพิการทางการมองเห็น", ["เป็นคนพิการทางการมองเห็น"], FAR),
    # a list row read as text: the person's ID number stands further back than a name would
    ("3-1234-56789-01-2\nปลูกข้าว\n" + "งวด 1 ชำระแล้ว\n" * 12 + "ป่วยมะเร็งลำไส้ ขอพักชำระ",
     ["ป่วยมะเร็งลำไส้"], FAR),
    # English sentences: from the verb to the last health word
    ("Mr. Tom Hall sustained a broken wrist and a head injury in the crash.",
     ["sustained a broken wrist and a head injury"], SCORE),
    ("His daughter was diagnosed with asthma last year.", ["was diagnosed with asthma"], SCORE),
    # a newborn's and a patient's everyday conditions; a programme named after a disease is no one's
    ("Ms. Tadlong Jaidee's baby needed oxygen and phototherapy for jaundice.", ["phototherapy for jaundice"], SCORE),
    ("The patient Mr. Tadlong Smith was treated for pneumonia.", ["treated for pneumonia"], SCORE),
    ("The birth was early; the baby needed oxygen and phototherapy for jaundice.", ["phototherapy for jaundice"],
     SCORE),
    ("The ward bought a new phototherapy lamp for the hospital.", [], None),  # nobody's treatment
    ("Mr. Tadlong Smith, Director, opened the cataract surgery project.", [], None),
    ("Mr. Tadlong Smith, Director, opened the dengue prevention campaign.", [], None),
    ("Mr. Tadlong Smith, Director of the Hospital, opened the cancer screening programme.", [], None),
    # Alcohol and drug test results about a person (an accident or arrest report).
    ("ผู้ขับขี่ นายสมหมาย ใจเย็น พบปริมาณแอลกอฮอล์ในเลือด ๗๒ มิลลิกรัมเปอร์เซ็นต์ เกินกว่ากฎหมายกำหนด",
     ["พบปริมาณแอลกอฮอล์ในเลือด ๗๒ มิลลิกรัมเปอร์เซ็นต์"], (0.7, 0.8)),
    ("ผู้ขับขี่ นายก้องภพ ดีงาม ตรวจปัสสาวะพบสารแอมเฟตามีน จึงส่งตัวให้พนักงานสอบสวน",
     ["ตรวจปัสสาวะพบสารแอมเฟตามีน"], (0.7, 0.8)),
    # A driver is a person: a breath test and a urine test in an accident report.
    ("ส่วน\nผู้ขับขี่รถคันที่ ๒ ตรวจวัดแอลกอฮอล์ในลมหายใจได้ ๕๑ มิลลิกรัมเปอร์เซ็นต์\nและผลตรวจปัสสาวะพบสารแอมเฟตามีน "
     "พนักงานสอบสวนจึงแจ้ง",
     ["ตรวจวัดแอลกอฮอล์ในลมหายใจได้ ๕๑ มิลลิกรัมเปอร์เซ็นต์\nและผลตรวจปัสสาวะพบสารแอมเฟตามีน"], (0.7, 0.8)),
    # blood alcohol in its abbreviated unit; a platelet count; a person screened as a drug user
    ("ผู้ขับขี่ นายทดลอง ใจดี ตรวจวัดแอลกอฮอล์ได้ ๖๕ มก.% จึงควบคุมตัว", ["65 มก.%"], SCORE),
    ("นางทดลอง ใจดี ตรวจเลือดแล้วเกล็ดเลือดสูงผิดปกติ", ["ตรวจเลือดแล้วเกล็ดเลือดสูงผิดปกติ"], SCORE),
    # the treatment goes with it
    ("นายทดลอง ใจดี เป็นผู้เสพยาบ้า ส่งบำบัดแบบผู้ป่วยนอก", ["เป็นผู้เสพยาบ้า ส่งบำบัดแบบผู้ป่วยนอก"], SCORE),
    ("นายทดลอง ใจดี เป็นผู้ติด ส่งต่อโรงพยาบาล", ["เป็นผู้ติด"], SCORE),
    # ผู้ติดต่อ and ผู้ติดตาม (a contact, a follower) are not addicts; a price change in มก.% names no one
    ("นายทดลอง ใจดี ผู้ติดต่อประสานงาน โทร. ๐ ๒๑๑๑ ๒๒๒๒", [], None),
    ("นายทดลอง ใจดี ผู้ติดตามคดี", [], None),
    ("ราคาน้ำมันลดลง 5 มก.% ต่อปี", [], None),
    # a form's ticked option about the applicant stays a health statement
    ("ข้าพเจ้า นางคำ ดีใจ เลขประจำตัวประชาชน 3 1001 00234 56 1 ประเภท ☑ ความพิการทางการเคลื่อนไหว",
     ["ความพิการทางการเคลื่อนไหว"], (0.55, 0.8)),
    # -- negatives: a form's options left unticked, and the label before its boxes -------
    ("ข้าพเจ้า นางคำ ดีใจ เลขประจำตัวประชาชน 3 1001 00234 56 1 ☐ ความพิการทางการเห็น", [], None),
    ("ผู้ขอ นางคำ ดีใจ ประเภทความพิการ ☐ ทางการเห็น ☐ ทางการได้ยิน", [], None),
    # -- negatives: health programmes, laws, statistics, groups -------------------------
    ("ในช่วงเทศกาล ตรวจวัดแอลกอฮอล์ผู้ขับขี่ ๓๐๐ ราย พบเกินกำหนด ๑๒ ราย", [], None),
    ("โครงการรณรงค์ลดอุบัติเหตุ ตรวจวัดแอลกอฮอล์ในเลือดผู้ขับขี่ ๓๐๐ ราย", [], None),
    ("โครงการคัดกรองประชาชนที่ป่วยเป็นโรคเบาหวาน ประจำปี 2567", [], None),
    ("โครงการซึ่งมุ่งลดจำนวนผู้ป่วยเป็นโรคไข้เลือดออก", [], None),
    ("ตามพระราชบัญญัติโรคติดต่อ พ.ศ. 2558 ผู้ที่ติดเชื้อต้องแจ้งเจ้าพนักงาน", [], None),
    ("ส่งเสริมสุขภาพผู้สูงอายุที่มีภาวะพึ่งพิง", [], None),
    ("พระราชบัญญัติการสาธารณสุข พ.ศ. ๒๕๓๕", [], None),
    ("มอบหมายโรงพยาบาลกุมภวาปีติดตามการรักษา", [], None),
    ("ในเดือนนี้ประชาชนป่วยเป็นไข้เลือดออก 25 ราย", [], None),
    # a person's own children counted after the illness are no statistic; a count of people still is
    ("ด้วย นางสาวทดลอง ใจดี ป่วยเป็นโรคไตวาย ไม่มีรายได้ มีบุตรกำลังศึกษา ๒ คน ได้ยื่นคำขอ", ["ป่วยเป็นโรคไตวาย"],
     None),
    ("นายทดลอง มีสุข ป่วยเป็นอัมพาต มีลูก 3 คน", ["ป่วยเป็นอัมพาต"], None),
    ("หมู่บ้านนี้มีผู้ป่วยเป็นโรคไตวาย มีผู้ป่วย ๒ คน", [], None),
    ("ในตำบลมีผู้ป่วยเป็นไข้เลือดออก บุตรหลานของประชาชน 25 คน", [], None),
    ("นายอำเภอแจ้งว่ามีผู้บาดเจ็บ 4 ราย จากเหตุอัคคีภัย", [], None),
    # spine, organs, eyes; an allergy to a named medicine
    ("ผู้ประกันตนมีอาการหมอนรองกระดูกทับเส้นประสาท ต้องพักงาน", ["มีอาการหมอนรองกระดูกทับเส้นประสาท"], SCORE),
    ("นางมาลี ศรีสุข เป็นต้อกระจกทั้งสองข้าง", ["เป็นต้อกระจกทั้งสองข้าง"], SCORE),
    ("ผู้ป่วยแพ้เพนิซิลลิน", ["แพ้เพนิซิลลิน"], SCORE),
    ("นายวิชัย กล้าหาญ มีภาวะหัวใจล้มเหลว", ["มีภาวะหัวใจล้มเหลว"], SCORE),
    ("นางคำ ดีใจ อยู่ในภาวะติดเตียงมาสองปี", ["อยู่ในภาวะติดเตียงมาสองปี"], SCORE),
    # สภาวะ is a state of things; a leader's, an economy's or an emergency's ภาวะ is no condition
    ("นายวิชัย กล้าหาญ กล่าวว่าสภาวะทางด้านสุขภาพเป็นสิ่งสำคัญในการเรียน", [], None),
    ("นายวิชัย กล้าหาญ มีภาวะผู้นำสูงและภาวะเศรษฐกิจดี", [], None),
    # a pregnant woman as a category (a form's instructions), not someone's pregnancy
    ("แนบสำเนาสมุดบันทึกสุขภาพแม่และเด็ก (เฉพาะหน้าที่ปรากฏชื่อหญิงตั้งครรภ์) ของมารดา", [], None),
    ("ผู้ลงทะเบียน\nกรณีสูญหายให้ใช้สำเนาหน้าประวัติหญิงตั้งครรภ์พร้อมให้เจ้าหน้าที่บันทึก", [], None),
    ("นางมาลี ทองดี หญิงตั้งครรภ์ 5 เดือน", ["หญิงตั้งครรภ์ 5 เดือน"], None),
    ("ผู้ร้องเป็นหญิงตั้งครรภ์ 7 เดือน", ["เป็นหญิงตั้งครรภ์ 7 เดือน"], None),
    # employment, not health: a graduate survey's employment rate
    ("อาจารย์วิชัย กล้าหาญ ทำวิจัยภาวะการมีงานทำของบัณฑิตรุ่นที่ 5", [], None),
    ("นายวิชัย กล้าหาญ มีภาวะการว่างงานมาสองปี", [], None),
    # a programme's name in a fund's project table, its committee named above it
    ("นายวิชัย กล้าหาญ กรรมการ\nโครงการค้นหามะเร็งปากมดลูกในกลุ่มหญิงอายุ 30-60 ปี จำนวนเงิน 9,000 บาท", [], None),
    ("นายวิชัย กล้าหาญ เสนอโครงการป้องกันโรคเบาหวาน ความดันโลหิตสูง \nจำนวนเงิน 5,000 บาท", [], None),
    # a person after the programme's word on the line is the one with the condition
    ("โครงการเยี่ยมบ้าน นางคำ ดีใจ ป่วยเป็นโรคเบาหวาน", ["ป่วยเป็นโรคเบาหวาน"], SCORE),
    ("นายวิชัย กล้าหาญ ป่วยเป็นโรคเบาหวาน ความดันโลหิตสูง", ["ป่วยเป็นโรคเบาหวาน ความดันโลหิตสูง"], SCORE),
    ("โครงการคัดกรองต้อกระจกในผู้สูงอายุ 300 คน", [], None),
    ("ศูนย์ผลิตยาเพนิซิลลินของบริษัท", [], None),
    ("แผนปรับสภาพที่อยู่อาศัยคนพิการ ปี 2567", [], None),
    ("ผู้ป่วยทั้งหมดมีอาการไข้สูง", [], None),
    ("รายงานการระบาดของโรคมือเท้าปากเป็นกลุ่มก้อนในโรงเรียน นายก ใจดี", [], None),
    ("He was diagnosed with acute appendicitis and underwent an appendectomy.",
     ["was diagnosed with acute appendicitis and underwent an appendectomy"], SCORE),
    ("Mrs. Anna Berg is allergic to penicillin.", ["is allergic to penicillin"], SCORE),
    ("The hospital opened a new pneumonia ward for 200 patients.", [], None),
    ("Dr. Anna Berg, Department of Surgery", [], None),  # a unit's name
    # English everyday wording; a body part right after the phrase is part of it
    ("Mrs. Jane Testwell fell off a ladder and broke her left hip.", ["broke her left hip"], SCORE),
    ("Mr. Tom Example has sugar in his blood and a weak heart.", ["has sugar in his blood and a weak heart"], SCORE),
    ("Mrs. Ann Sample lost the sight of her right eye in 2019.", ["lost the sight of her right eye"], SCORE),
    ("The patient, Mr. Kim Tester, had a heart attack last year.", ["had a heart attack"], SCORE),
    ("The old bridge is broken and the road lost its surface.", [], None),
    ("Mr. John Carter, 45, was treated for a broken left wrist.", ["treated for a broken left wrist"], SCORE),
    ("Ms. Jane Roe suffered a dislocated shoulder at work.", ["suffered a dislocated shoulder"], SCORE),
    ("Mr. Tom Sample fixed the broken back door.", [], None),  # no body part right after the adjective
    ("The twisted arm of the old crane was replaced.", [], None),  # nobody near
    ("Mrs. Ann Roe sat on the broken arm rest.", [], None),  # a thing's part
    # an internal organ or a tendon torn or ruptured goes on the clause
    ("นางสาวเอ บีซี ผู้เสียหาย ได้รับบาดเจ็บสาหัส ม้ามฉีกขาด ต้องพักรักษาตัว", ["ได้รับบาดเจ็บสาหัส ม้ามฉีกขาด ต้องพักรักษาตัว"],
     SCORE),
    ("นายดี อีเอฟ เอ็นร้อยหวายขาด", ["เอ็นร้อยหวายขาด"], SCORE),
    ("นายดี อีเอฟ เล่าว่าผ้าม่านฉีกขาดและท่อน้ำแตก", [], None),  # a curtain and a pipe
    ("Residents with high blood pressure were invited to the campaign.", [], None),
    # height and weight as fields of a personal record (near a date of birth, a gender, a religion)
    ("PERSONAL DATA\nDate of birth: May 2, 1990\nGender: Female\nHeight 158 cm.\nWeight: 47 kg.",
     ["158 cm.", "47 kg."], (0.65, 0.75)),
    ("เพศ: ชาย สัญชาติ ไทย ส่วนสูง 172 ซม. น้ำหนัก 68 กก.", ["172 ซม.", "68 กก."], (0.65, 0.75)),
    # ... not goods weighed in a purchase, nor a measure with no personal field near it
    ("ถุงมือยาง น้ำหนักไม่เกิน 5 กก. จำนวน 20 กล่อง", [], None),
    ("Box weight: 25 kg, height 120 cm", [], None),
    ("วันที่ 12 มีนาคม 2567 น้ำหนักรวม 350 กก.", [], None),
    # a blood group after its label: the value only
    ("Patient: Mr. Bob Sample, blood group AB Rh negative", ["AB Rh negative"], SCORE),
    ("นายสมมุติ ทดลองดี หมู่โลหิต โอ", ["โอ"], SCORE),
    ("Blood type: O+", ["O+"], SCORE),
    ("Blood group O donors are urgently needed", [], None),
    ("รับบริจาคโลหิต หมู่เลือด เอบี ด่วน", [], None),
    ("Three residents were injured in the storm.", [], None),
    ("รหัสโครงการ 1234567890123 ป่วยเป็นโรคเบาหวาน 200 ราย", [], None),
    # a clause that ends its line: the next line opening an agenda item or a programme is not its tail
    ("ผู้ไม่มาประชุม นายทดลอง ใจดี ผู้อำนวยการกอง\nลาป่วยเนื่องจากผ่าตัดไส้ติ่ง\nระเบียบวาระที่ ๓ เรื่องแจ้ง",
     ["ลาป่วยเนื่องจากผ่าตัดไส้ติ่ง"], SCORE),
    ("นางสาวทดลอง ใจดี ป่วยเป็นโรค\nหัวใจ", ["ป่วยเป็นโรค\nหัวใจ"], SCORE),  # a wrap still goes on
    # a code alone in parentheses (a vaccine lot) is not part of the condition; a stage or a gloss is
    ("นางสาวทดลอง ใจดี ได้รับวัคซีนไข้หวัดใหญ่ (FLU6611B) แล้ว", ["ได้รับวัคซีนไข้หวัดใหญ่"], SCORE),
    ("นางสาวทดลอง ใจดี เป็นมะเร็งเต้านม (ระยะที่ 2)", ["เป็นมะเร็งเต้านม (ระยะที่ 2)"], SCORE),
    ("นายทดลอง ใจดี ป่วยเป็นเบาหวาน (DM)", ["ป่วยเป็นเบาหวาน (DM)"], SCORE),
    # symptoms listed after a mental-health condition go on the clause, and stand alone about a person
    ("ผู้ร้องเรียนแจ้งว่าน้องชายมีอาการทางจิต หูแว่ว หวาดระแวง และไม่ยอมกินยา",
     ["มีอาการทางจิต หูแว่ว หวาดระแวง"], SCORE),
    ("นายทดลอง มีสุข ป่วยเป็นโรคซึมเศร้า นอนไม่หลับ ต้องพบแพทย์ทุกเดือน",
     ["ป่วยเป็นโรคซึมเศร้า นอนไม่หลับ"], SCORE),
    ("บุตรชายของผู้ร้องนอนไม่หลับ หูแว่ว เห็นภาพหลอน มาหลายเดือน", ["นอนไม่หลับ หูแว่ว เห็นภาพหลอน"], SCORE),
    ("โครงการเฝ้าระวังผู้มีอาการหวาดระแวงจากการใช้สารเสพติด 30 ราย", [], None),
    # a high-risk pregnancy in a doctor's words goes on the pregnancy clause; a clinic's name is no one's health
    ("ภรรยาของผู้ร้องตั้งครรภ์ได้ 5 เดือน แพทย์แจ้งว่าเป็นครรภ์เสี่ยงสูง จึงขอรับความช่วยเหลือ",
     ["ตั้งครรภ์ได้ 5 เดือน แพทย์แจ้งว่าเป็นครรภ์เสี่ยงสูง"], SCORE),
    ("คลินิกฝากครรภ์เสี่ยงสูงของโรงพยาบาล เปิดบริการทุกวันพุธ", [], None),
    # treatment for drug use named in everyday words goes on the clause of the test result
    ("นักเรียนชายรายนี้ตรวจปัสสาวะพบสารเสพติดประเภทยาบ้า บิดายินยอมให้เข้ารับการบำบัดแบบผู้ป่วยนอก ต่อไป",
     ["ชายรายนี้ตรวจปัสสาวะพบสารเสพติดประเภทยาบ้า", "ยินยอมให้เข้ารับการบำบัดแบบผู้ป่วยนอก"], SCORE),
    ("ผู้ต้องขังรายนี้ติดยาเสพติด จึงส่งบำบัดแบบ\nผู้ป่วยใน ต่อไป", ["รายนี้ติดยาเสพติด", "จึงส่งบำบัดแบบ\nผู้ป่วยใน"],
     SCORE),
    ("โรงพยาบาลเปิดคลินิกบำบัดแบบผู้ป่วยนอกสำหรับประชาชนทั่วไป", [], None),
    # หัก without a limb before it is no injury (a deduction, a breach)
    ("นายสมชาย ใจดี ถูกหักเงินเดือนร้อยละ 5 และหักภาษี ณ ที่จ่าย", [], None),
    ("ผู้รับจ้างหักหลังคู่สัญญา", [], None),
    # allergies to a named food; a lost contest is no allergy
    ("เด็กชายทดลอง ใจดี แพ้นมวัวและแพ้อาหารทะเล", ["แพ้นมวัวและแพ้อาหารทะเล"], SCORE),
    ("นางสาวทดลอง มีสุข แพ้ถั่วลิสง ห้ามรับประทาน", ["แพ้ถั่วลิสง"], SCORE),
    ("นายทดลอง ใจดี แพ้คดีในศาลชั้นต้น", [], None),
    ("ทีมของนายทดลอง ใจดี แพ้การแข่งขันรอบสอง", [], None),
    # a named finger lost
    ("นายทดลอง งานดี ถูกเครื่องตัดนิ้วโป้งและนิ้วนางขาด", ["ถูกเครื่องตัดนิ้วโป้งและนิ้วนางขาด"], SCORE),
    ("นิ้วกลางเป็นนิ้วที่ยาวที่สุด", [], None),
    # an English health label: its value to the end of the sentence, not the label
    ("Mr. Tom Tester, British. Injury: a deep cut to the right forearm after a fall. He was discharged.",
     ["a deep cut to the right forearm after a fall"], SCORE),
    ("Ms. Ann Sample. Allergies: peanuts and shellfish\nNationality: Irish", ["peanuts and shellfish"], SCORE),
    ("Ms. Ann Sample. Allergies: none.", [], None),
    # a discharge summary's comorbidities, medicines, complaint and test result; empty fields and no person
    ("Patient: Mr. Tom Sample\nComorbidities: type 2 diabetes, chronic kidney disease stage 3\nWard: 4B",
     ["type 2 diabetes, chronic kidney disease stage 3"], SCORE),
    ("Patient: Mr. Tom Sample\nDischarge medications: aspirin 81 mg, clopidogrel 75 mg\nFollow-up: 2 weeks",
     ["aspirin 81 mg, clopidogrel 75 mg"], SCORE),
    ("Ms. Ann Sample. Chief complaint: chest pain for 2 hours\nTest result: troponin raised",
     ["chest pain for 2 hours", "troponin raised"], SCORE),
    ("Patient: Mr. Tom Sample\nMedications: none", [], None),
    ("Drug formulary of the hospital\nMedications: 412 items in stock", [], None),
    ("Injury: see the road safety annex for the statistics of the year.", [], None),  # no person
]



test_table = table_test(NAME, CASES)


def test_explanation_names_the_trigger(detect) -> None:
    _, (f,) = detect(NAME, "นายสมชาย ใจดี ป่วยเป็นโรคเบาหวาน")
    assert (f.label, f.basis) == ("HEALTH", "15(5)")
    assert "ป่วยเป็น" in f.explanation and "person" in f.explanation


def test_a_person_too_far_before_does_not_count(detect) -> None:
    text = "นายสมชาย ใจดี " + "ก" * 260 + " ป่วยเป็นโรคเบาหวาน"
    assert detect(NAME, text)[1] == []


def _cells_text(cells: list[tuple[int, int, str]]) -> tuple[str, list[TableCell]]:
    """Cells (row, column, text) one per line, with their TableCell ranges."""
    text, out = "", []
    for row, col, value in cells:
        out.append(TableCell(len(text), len(text) + len(value), 0, row, col, "หมายเหตุ", False))
        text += value + "\n"
    return text, out


@pytest.mark.parametrize(("cells", "expected"), [
    # the clause's last line ends its cell; the next row's first cell (a village) is not its tail
    ([(1, 1, "นางทดลอง ใจดี"), (1, 2, "ภรรยา พิการ\nทางการ\nเคลื่อนไหว"), (2, 0, "บ้านดอนทดลอง")],
     "พิการ\nทางการ\nเคลื่อนไหว"),
    # within one cell a wrap still goes on
    ([(1, 1, "นายทดลอง ใจดี ป่วยเป็นโรค"), (1, 1, "หัวใจ"), (1, 2, "๑๒,๐๐๐")], "ป่วยเป็นโรค\nหัวใจ"),
])
def test_a_clause_stops_where_another_cell_begins(cells: list[tuple[int, int, str]], expected: str) -> None:
    text, tcs = _cells_text(cells)
    found = [text[f.start:f.end] for f in registered()["health"]().detect(DetectionContext(text, cells=tcs))]
    assert found == [expected]


def test_english_terms_as_one_trie_match_what_the_words_one_by_one_matched() -> None:
    # The English health words are one case-insensitive trie (speed); every word, in every case and
    # with a suffix, glued to capitals or standing alone, is found at the same span as by the plain
    # alternation of the words one by one, longest first.
    import re

    from redactor.detectors.health import _DATA, terms

    words = [ln.strip()[3:] for ln in _DATA.read_text(encoding="utf-8").splitlines() if ln.strip().startswith("en:")]
    alts = sorted((re.escape(w) if w.isupper() else f"(?i:{re.escape(w)})" for w in words),
                  key=lambda w: (-len(w), w))
    one_by_one = re.compile(r"\b(?:" + "|".join(alts) + r")[a-z]*\b")
    _th, trie = terms()
    samples = []
    for w in words:
        samples += [f"He had {w} last year.", f"{w.upper()} noted", f"{w.capitalize()}s and more",
                    f"x{w} {w}ness {w}Later", f"{w}-related; ({w})"]
    text = "\n".join(samples)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in one_by_one.finditer(text)]


@pytest.mark.parametrize(("header", "found"), [
    # a heading names what a column holds: nobody's condition, even with a person named above the table
    (True, []),
    # the same words in a data cell are a person's
    (False, ["ความพิการทางการเคลื่อนไหว"]),
])
def test_a_header_cell_is_no_ones_condition(header: bool, found: list[str]) -> None:
    text = "ทะเบียนผู้ขอ นายทดลอง ใจดี\nความพิการทางการเคลื่อนไหว\n"
    start = text.index("ความ")
    cell = TableCell(start, start + len("ความพิการทางการเคลื่อนไหว"), 0, 0 if header else 1, 0,
                     "" if header else "หมายเหตุ", header)
    got = [text[f.start:f.end] for f in registered()["health"]().detect(DetectionContext(text, cells=[cell]))]
    assert got == found
