"""Keep rules (issue #11): officials in office, document numbers, companies, and what goes to review.

Every name, number and place here is made up. Each row is (text, the name or value as the
normalised view shows it, expected action).
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, TableCell, enabled_detectors
from redactor.keep_rules import keep_spans
from redactor.lexicon import DOC_NUMBER_RE, POSITION_RE
from redactor.normalise import normalise
from redactor.policy import decide
from redactor.types import Finding


def _decide(text: str, cells: list[TableCell] | None = None) -> dict[str, tuple[str, str | None]]:
    view = normalise(text)
    ctx = DetectionContext(view.text, cells=cells or [])
    findings = [x for d in enabled_detectors() for x in d.detect(ctx)]
    return {view.text[d.finding.start:d.finding.end]: (d.action, d.keep_reason) for d in decide(findings, ctx)}


def _action(out: dict[str, tuple[str, str | None]], value: str) -> str:
    """The action on the proposal holding ``value`` ("none" when nothing is proposed)."""
    hits = [a for k, (a, _r) in out.items() if value in k or (k in value and len(k) > 3)]
    return hits[0] if hits else "none"


OFFICIALS = [
    # a court's conciliator and a record's typist named with their role; a party to the mediation is not
    ("ผู้ไกล่เกลี่ย นายทดลอง ใจดี ผู้ประนีประนอมประจำศาล", "นายทดลอง ใจดี", "keep"),
    ("ผู้พิมพ์ ส.ต.อ.หญิง ทดลอง มีสุข", "ส.ต.อ.หญิง ทดลอง มีสุข", "keep"),
    ("จำเลย นายทดลอง ใจดี ตกลงกับโจทก์ต่อหน้าผู้ประนีประนอม", "นายทดลอง ใจดี", "redact"),
    # members named together before their one role: each is named as that role
    ("คณะกรรมการซึ่งมี ศ.ดร.ทดลอง ใจดี เป็นประธานกรรมการ อาจารย์สมมุติ มีสุข และ ผู้ช่วยศาสตราจารย์ ดร.ทดสอบ "
     "ดีงาม เป็นกรรมการ", "อาจารย์สมมุติ มีสุข", "keep"),
    ("นายทดลอง ใจดี, นางสมมุติ มีสุข และนายทดสอบ ดีงาม เป็นกรรมการสอบข้อเท็จจริง", "นายทดลอง ใจดี", "keep"),
    # a private party named before others who hold a role: the role is theirs, not the first person's
    ("ผู้ร้อง นายทดลอง ใจดี และพยานคือ นายทดสอบ ดีงาม เป็นกรรมการหมู่บ้าน", "นายทดลอง ใจดี", "redact"),
    # an English signature: degrees after the name, the position on the next line
    ("Yours faithfully,\nDr. Tadlong Jaidee, M.D.\nDirector, Sample Hospital", "Dr. Tadlong Jaidee", "keep"),
    ("Yours sincerely,\nMs. Tadlong Meesuk, Ph.D.\nHead, Sample Division", "Ms. Tadlong Meesuk", "keep"),
    ("The patient, Mr. Tadlong Jaidee, M.D. student, was admitted", "Mr. Tadlong Jaidee", "redact"),
    # a scanned memo's signature: lines of ink marks (no Thai word) between the name and its position
    ("จึงเรียนมาเพื่อโปรดพิจารณา\n(อาจารย์ทดลอง ใจดี)\nๆ^ ^ ^ ก^ ก™'ไง\nผู้ช่วยอธิการบดี", "อาจารย์ทดลอง ใจดี", "keep"),
    ("จึงเรียนมาเพื่อทราบ\nร (นางทดลอง มาลาดี)\n^ ~ -\nหัวหน้างานพัสดุ", "นางทดลอง มาลาดี", "keep"),
    ("ลงชื่อ\n(นายมานะ ใจดี)\n^ ^ ~\n- =\nผู้ร้อง", "นายมานะ ใจดี", "redact"),  # a private signer
    # an English position line under the signature is the position, not ink to skip
    ("Announced on 2 June 2026\n(Assoc. Prof. Dr. Somsak Thongdee)\nDean of the Faculty of Science",
     "Somsak Thongdee", "keep"),
    ("(Mr. Manop Jaidee)\nsigned for the applicant\nDirector of the Provincial Office", "Manop Jaidee", "review"),
    # OCR reads a speck of ink as a dot before the position: still the position
    ("Grade Point Average = 3.10\n(Assistant Professor Dr. Kanit Wongdee)\n. Registrar\nJune 4, 2020",
     "Kanit Wongdee", "keep"),
    ("(Mr. Manop Jaidee)\n- Director of the Provincial Office", "Manop Jaidee", "keep"),
    # ... and the closing bracket read as a brace
    ("Grade Point Average 2.74\n(Assistant Professor Dr. Kanit Wongdee}\nRegistrar\nJune 4, 2020",
     "Kanit Wongdee", "keep"),
    ("(นายทดลอง ใจดี]\nผู้อำนวยการกองช่าง", "นายทดลอง ใจดี", "keep"),
    # ... but a word is no speck: a sentence before the position line
    ("(Mr. Manop Jaidee)\nsigned. Director of the Provincial Office", "Manop Jaidee", "review"),
    # a text line (Thai words) between them is not ink: the name is not tied to the position
    ("(นายมานะ ใจดี)\nเป็นผู้ได้รับความเสียหาย\nผู้ช่วยอธิการบดี", "นายมานะ ใจดี", "review"),
    # a numbered list under a heading naming the agency's staff; not students, applicants, committees
    ("อาจารย์ประจำหลักสูตร ดังนี้\n1) ผศ.ทดลอง  ใจดี\n2) อาจารย์มาลา ทองดี", "ผศ.ทดลอง  ใจดี", "keep"),
    ("4. อาจารย์ผู้สอน\n4.1 อาจารย์ประจำ\n1. นางสาวทดลอง ทองดี\n\n2. นายมานะ ใจดี", "นายมานะ ใจดี", "keep"),
    ("บุคลากรสายสนับสนุน\n1. นางสาวทดลอง มาลาดี", "นางสาวทดลอง มาลาดี", "keep"),
    ("รายชื่อนักศึกษาที่ได้รับทุน\n1. นางสาวทดลอง ทองดี\n2. นายมานะ ใจดี", "นายมานะ ใจดี", "redact"),
    ("รายชื่อผู้มีสิทธิสอบสัมภาษณ์ ตำแหน่งเจ้าหน้าที่บริหารงานทั่วไป\n1. นายมานะ ใจดี", "นายมานะ ใจดี", "redact"),
    ("คณะกรรมการกองทุนหมู่บ้าน\n1. นายมานะ ใจดี\n2. นางทดลอง ทองดี", "นายมานะ ใจดี", "redact"),
    ("อาจารย์ประจำหลักสูตร\nได้ประชุมร่วมกับผู้ปกครอง นายมานะ ใจดี", "นายมานะ ใจดี", "redact"),  # no list item
    # a contract's witness is an official where a position follows the name; a bare one is not,
    # nor an applicant whatever position follows
    ("ลงชื่อ ............ พยาน\n(นางสาวทดลอง มาลาดี) นักวิชาการคลังปฏิบัติการ", "นางสาวทดลอง มาลาดี", "keep"),
    ("ลงชื่อ ............ พยาน\n(นางสาวทดลอง มาลาดี)", "นางสาวทดลอง มาลาดี", "redact"),
    ("ลงชื่อ ............ ผู้ยื่นคำขอ\n(นางสาวทดลอง มาลาดี) ครูชำนาญการ", "นางสาวทดลอง มาลาดี", "redact"),
    # abbreviated police positions after a rank
    ("ลงชื่อ ด.ต.ทดลอง ทองดี ผบ.หมู่ งานจราจร", "ด.ต.ทดลอง ทองดี", "keep"),
    ("ร.ต.อ.ทดลอง ทองดี รอง สวป. สภ.ทดลอง", "ร.ต.อ.ทดลอง ทองดี", "keep"),
    # a village head named after the office and its village number; a house number is no office
    ("ผู้ใหญ่บ้านหมู่ที่ ๒ นายทดลอง ใจงาม ร่วมตรวจสอบ", "นายทดลอง ใจงาม", "keep"),
    ("บ้านเลขที่ ๒ นายทดลอง ใจงาม ร่วมตรวจสอบ", "นายทดลอง ใจงาม", "redact"),
    ("ผู้ป่วยเตียงที่ ๓ นายทดลอง ใจคำ อายุ ๔๐ ปี", "นายทดลอง ใจคำ", "redact"),
    # medical titles with a grade or a department-head position
    ("แพทย์หญิงกรองทอง ใจเย็นยิ่ง นายแพทย์ชำนาญการพิเศษ กลุ่มงานกุมารเวชกรรม", "แพทย์หญิงกรองทอง ใจเย็นยิ่ง", "keep"),
    ("นายแพทย์ภูวดล แสนสบายดี นายแพทย์สาธารณสุขจังหวัดลำพูน เป็นประธาน", "นายแพทย์ภูวดล แสนสบายดี", "keep"),
    ("นายแพทย์ภูวดล แสนสบายดี ผู้อำนวยการโรงพยาบาลบ้านโฮ่ง", "นายแพทย์ภูวดล แสนสบายดี", "keep"),
    # academic titles with a position or a unit
    ("ซึ่งมีรศ.ดร.อรอุมา พรหมวิเศษ คณบดีคณะเกษตรศาสตร์ เป็นประธาน", "รศ.ดร.อรอุมา พรหมวิเศษ", "keep"),
    ("ผศ.ดร.ชยพล ทองนพเก้า อาจารย์ประจำสาขาวิชาการบัญชี", "ผศ.ดร.ชยพล ทองนพเก้า", "keep"),
    ("ผศ.ดร.ชยพล ทองนพเก้า มหาวิทยาลัยราชภัฏลำปาง", "ผศ.ดร.ชยพล ทองนพเก้า", "keep"),
    # police and military ranks with a position or a unit
    ("พ.ต.อ.ธนภัทร ศักดิ์สูงยิ่ง ผู้กำกับการสถานีตำรวจภูธรเมืองน่าน", "พ.ต.อ.ธนภัทร ศักดิ์สูงยิ่ง", "keep"),
    ("ร.ต.ท.หญิง พิมพ์ลดา ขาวสะอาดดี\nรองสารวัตร (สอบสวน)", "ร.ต.ท.หญิง พิมพ์ลดา ขาวสะอาดดี", "keep"),
    ("ร้อยเอกณัฐวุฒิ กล้าหาญยิ่ง ผู้บังคับกองร้อยทหารพราน", "ร้อยเอกณัฐวุฒิ กล้าหาญยิ่ง", "keep"),
    ("พลตำรวจตรีอาทิตย์ รุ่งเรืองไกล ผู้บังคับการตำรวจภูธรจังหวัดแพร่", "พลตำรวจตรีอาทิตย์ รุ่งเรืองไกล", "keep"),
    # a civil-service grade, a department head, a technician grade
    ("นายศุภกิจ ดวงดีเลิศ นายช่างโยธาชำนาญงาน", "นายศุภกิจ ดวงดีเลิศ", "keep"),
    ("นางสาวปาริชาต คำหอมกลิ่น เจ้าพนักงานธุรการปฏิบัติงาน", "นางสาวปาริชาต คำหอมกลิ่น", "keep"),
    ("อนุมัติ นายไชยา ดำรงศักดิ์ดี ขนส่งจังหวัดพะเยา", "นายไชยา ดำรงศักดิ์ดี", "keep"),
    # an acting head signing for the office (รักษาการในตำแหน่ง …, รักษาการแทน …)
    ("ลงชื่อ\n(นางสมมติ ทดลองดี)\nรักษาการในตำแหน่งผู้อำนวยการโรงเรียนบ้านสมมติ", "นางสมมติ ทดลองดี", "keep"),
    ("นางสมมติ ทดลองดี รักษาการแทนหัวหน้าสำนักปลัด", "นางสมมติ ทดลองดี", "keep"),
    ("จึงเรียนมาเพื่อขอความร่วมมือ\n(นางสมมติ ทดลองดี)\nผู้ปฏิบัติหน้าที่หัวหน้างานส่งเสริมสุขภาพ",
     "นางสมมติ ทดลองดี", "keep"),
    # a local council's head by its abbreviation, the surname wrapped in a narrow cell
    ("นายสมมุติ \nทดสอบดี \nรองนายก อบต.บ้านสมมติ \n", "นายสมมุติ", "keep"),
    ("นางสมมติ ทดลองดี นายก อบจ.สมมติ เป็นประธาน", "นางสมมติ ทดลองดี", "keep"),
    ("นายกมล ทดสอบดี อายุ 40 ปี", "นายกมล ทดสอบดี", "redact"),
    # an e-document template's placeholder lines between the signature and its position
    ("จึงเรียนมาเพื่อโปรดพิจารณา\n(อาจารย์สมมติ ทดลองดี)\n{Rank} \n{Signature} \n{PersonName}  \n"
     "{PositionName1}  \nหัวหน้างานศูนย์ทดลอง", "อาจารย์สมมติ ทดลองดี", "keep"),
    ("จึงเรียนมาเพื่อโปรดพิจารณา\n(นายสมมุติ ทดสอบดี)\n{Signature}\nผู้ร้อง", "นายสมมุติ ทดสอบดี", "redact"),
    ("นางสมมติ ทดลองดี อายุ 50 ปี เข้ารับการรักษาตัว", "นางสมมติ ทดลองดี", "redact"),
    # the surname broken by a PDF line wrap before the position
    ("เวลา 09.00 น. นายพิชิต ศรีสุขสวัสดิ์\nวงศ์ ผู้ว่าราชการจังหวัดตาก เป็นประธาน", "นายพิชิต ศรีสุขสวัสดิ์", "keep"),
    # the position itself broken by a line wrap
    ("นางสาวจารุวรรณ มีทรัพย์มาก พัฒนาสังคมและความมั่นคง\nของมนุษย์จังหวัดลำปาง ลงพื้นที่",
     "นางสาวจารุวรรณ มีทรัพย์มาก", "keep"),
    # signature blocks
    ("จึงเรียนมาเพื่อโปรดพิจารณา\n(นายกฤษฎา บุญญาธิการ)\nนักวิชาการเงินและบัญชีชำนาญการ", "นายกฤษฎา บุญญาธิการ", "keep"),
    ("(นายกฤษฎา บุญญาธิการ)\n(นางสาวมาลัย ดอกไม้หอม)\nนักวิชาการพัสดุ\nหัวหน้าเจ้าหน้าที่", "นายกฤษฎา บุญญาธิการ",
     "keep"),
    ("ขอแสดงความนับถือ\n(นายกฤษฎา บุญญาธิการ)\nจัดหางานจังหวัดลำพูน", "นายกฤษฎา บุญญาธิการ", "keep"),
    ("(นายกฤษฎา บุญญาธิการ / Mr. Kritsada Boonyathikan)\nผู้ว่าราชการจังหวัดตาก", "นายกฤษฎา บุญญาธิการ", "keep"),
    # committee lists: the position after the name is an office
    ("1. นายสมหมาย ปานแก้วดี นายกองค์การบริหารส่วนตำบลหนองบัว ประธานกรรมการ", "นายสมหมาย ปานแก้วดี", "keep"),
    ("2. นายวันชัย สุขใจยิ่ง ผู้แทนหมู่บ้าน หมู่ที่ 4 กรรมการ", "นายวันชัย สุขใจยิ่ง", "keep"),
    # an e-mail header with a government address
    ("ถึง: ภัทรพล ศรีวิไลยง <pattarapon.s@moph.go.th>", "ภัทรพล ศรีวิไลยง", "keep"),
    # English names with a position
    ("Attention: Mr. Lars Bjørn Halvorsen, Consul, Royal Norwegian Embassy", "Mr. Lars Bjørn Halvorsen", "keep"),
    # a position right before the name, as one token with its unit or place
    ("วันนี้ นายอำเภอแม่ทา นายสมชาย ใจดี กล่าวว่า", "นายสมชาย ใจดี", "keep"),
    ("ผู้อำนวยการโรงพยาบาลลำพูน (นายแพทย์ภูวดล แสนสบายดี) เป็นประธาน", "นายแพทย์ภูวดล แสนสบายดี", "keep"),
    ("ประธานกรรมการ นายสมปอง ใจกล้าหาญ", "นายสมปอง ใจกล้าหาญ", "keep"),
    # --- private people stay redacted ------------------------------------------------------
    ("ข้าพเจ้า นายสมปอง ใจกล้าหาญ อยู่บ้านเลขที่ 5 หมู่ที่ 2", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ผู้ติดต่อประสานงาน นางสาวลำดวน ทะเลงามยิ่ง ประธานกลุ่มแม่บ้าน โทร. 089-111-2233",
     "นางสาวลำดวน ทะเลงามยิ่ง", "redact"),
    ("ลงชื่อ ............................ ผู้ยื่นคำขอ\n(นายสมปอง ใจกล้าหาญ)\nเจ้าหน้าที่ผู้รับคำขอ",
     "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ขอแสดงความนับถือ\n(นายสมปอง ใจกล้าหาญ)\nผู้แทนชาวบ้าน", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ อดีตพนักงานของเครือข่าย\nแผนการเข้าตรวจค้น", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ด.ญ.ชมพู่ หวานฉ่ำดี โรงเรียนบ้านนาดี (ป.5)", "ด.ญ.ชมพู่ หวานฉ่ำดี", "redact"),
    ("นางสาวสุดารัตน์ ขยันเรียนดี โรงเรียนเทศบาล 2 (ม.5)", "นางสาวสุดารัตน์ ขยันเรียนดี", "redact"),
    ("ถึง: ภัทรพล ศรีวิไลยง <pattarapon.s88@gmail.com>", "ภัทรพล ศรีวิไลยง", "redact"),
    ("3 นายสมปอง ใจกล้าหาญ หัวหน้าครอบครัว รายได้ 3,000 บาท", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ หัวหน้าแก๊งค้ายาเสพติด", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ กองทุนหมู่บ้านให้กู้ยืม", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ กองขยะไว้หน้าบ้าน", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ ศาลพิพากษาจำคุก ๒ ปี", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ ฝ่ายโจทก์ แถลงว่า", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("นายสมปอง ใจกล้าหาญ ข้าราชการบำนาญ อยู่บ้านเลขที่ ๕", "นายสมปอง ใจกล้าหาญ", "redact"),
    # a first name alone, then a verb and someone else's position: not this person's office
    ("นายสมปอง ร่วมกับ ปลัดอำเภอแม่ทา ตรวจพื้นที่", "นายสมปอง", "redact"),
    ("เจ้าหน้าที่ตำรวจจับกุม นายสมปอง ใจกล้าหาญ ได้", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("เจ้าหน้าที่ได้สอบปากคำ นางสาวมาลัย ดอกไม้หอม", "นางสาวมาลัย ดอกไม้หอม", "redact"),
    ("พนักงานสอบสวน นายสมปอง ใจกล้าหาญ ผู้ต้องหา", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("หัวหน้าครอบครัว นายสมปอง ใจกล้าหาญ", "นายสมปอง ใจกล้าหาญ", "redact"),
    # an expert appointed to a committee
    ("๓. รศ.ดร.ทดลอง ใจดีมาก ผู้ทรงคุณวุฒิด้านวิศวกรรมโยธา กรรมการ", "รศ.ดร.ทดลอง ใจดีมาก", "keep"),
    # an English signature: the position on the line below the name
    ("Yours sincerely,\nAsst. Prof. Dr. Tester Example\nDirector, Office of International Relations",
     "Tester Example", "keep"),
    ("Applicant: Mr. Tester Example\nDate of birth: 3 May 1990", "Tester Example", "redact"),
    ("To: Ms. Anna Tester\nSubject: your request of 4 May", "Anna Tester", "redact"),
    ("ผู้ร้อง: นายสมปอง ใจกล้าหาญ\nเจ้าหน้าที่ผู้รับเรื่อง: นางสาวมาลัย ดอกไม้หอม", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ชื่อ นายสมปอง ใจกล้าหาญ\nตำแหน่ง ..................", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ชื่อ นายสมปอง ใจกล้าหาญ ตำแหน่ง ปลัดอำเภอแม่ทา", "นายสมปอง ใจกล้าหาญ", "keep"),
    # a side of a marriage or a contract is no unit; a parent introduced with "ชื่อ" is a private party
    ("มารดาชื่อ นางทดลอง ใจงาม\nฝ่ายหญิง นางสาวสมมุติ ดีงาม", "นางทดลอง ใจงาม", "redact"),
    ("ผู้ให้เช่า นางทดลอง ใจงาม ฝ่ายหนึ่ง", "นางทดลอง ใจงาม", "redact"),
    ("นางทดลอง ใจงาม ฝ่ายบริหารงานทั่วไป สำนักปลัด", "นางทดลอง ใจงาม", "keep"),
    ("นางทดลอง ใจงาม ฝ่ายที่ดิน สำนักงานทดลอง", "นางทดลอง ใจงาม", "keep"),
    # a private party's name ending its line; the next line's signature and position are someone else's
    ("พยาน ๑. นายทดลอง มีแก้ว ๒. นางสาวสมมุติ บุญยืน\nลงชื่อ นายทะเบียน (นายตัวอย่าง สายสุด) ปลัดอำเภอ",
     "นางสาวสมมุติ บุญยืน", "redact"),
    ("พยาน ๑. นายทดลอง มีแก้ว ๒. นางสาวสมมุติ บุญยืน\nลงชื่อ นายทะเบียน (นายตัวอย่าง สายสุด) ปลัดอำเภอ",
     "นายตัวอย่าง สายสุด", "keep"),
    ("พยาน ๑. นายทดลอง มีแก้ว ๒. นางสาวสมมุติ บุญยืน\nลงซื่อ นายทะเบียน (นายตัวอย่าง สายสุด) ปลัดอำเภอ",
     "นางสาวสมมุติ บุญยืน", "redact"),
    # the head of a provincial land-reform office is named after the office
    ("(นายทดลอง ชัยสมมุติ) ปฏิรูปที่ดินจังหวัดทดลอง", "นายทดลอง ชัยสมมุติ", "keep"),
    ("ขอแสดงความนับถือ\n(นางทดลอง ศรีสมมุติ)\nสรรพากรพื้นที่ทดลอง ๒", "นางทดลอง ศรีสมมุติ", "keep"),
    ("ขอแสดงความนับถือ\n(นางทดลอง ศรีสมมุติ)\nผู้เสียภาษีพื้นที่ทดลอง", "นางทดลอง ศรีสมมุติ", "review"),
    # a copy's typed signature "(ลงนาม)" names the official whose stacked titles stand below
    ("ประกาศ ณ วันที่ ๒๐ มีนาคม ๒๕๖๗\n\nสมมุติ  ทดลองวิทย์ (ลงนาม)\n\n(ผู้ช่วยศาสตราจารย์ ดร.สมมุติ  ทดลองวิทย์)\n"
     "อธิการบดีมหาวิทยาลัยทดลอง", "สมมุติ  ทดลองวิทย์ (", "keep"),
    ("(รองศาสตราจารย์ ดร.สมมุติ  ทดลองวิทย์)\nคณบดีคณะทดลอง\nติดต่อ ดร.สมมุติ ทดลองวิทย์", "ดร.สมมุติ ทดลองวิทย์",
     "keep"),
    # a signature's office on the same line after the bracket; a committee's treasurer; a specialist
    ("(นายทดลอง ใจงาม) ท่องเที่ยวและกีฬาจังหวัดทดลอง", "นายทดลอง ใจงาม", "keep"),
    ("ผู้มาประชุม ๓. นายทดลอง ใจงาม เหรัญญิก", "นายทดลอง ใจงาม", "keep"),
    ("ทีมเยี่ยมบ้าน นายแพทย์ทดลอง ใจงาม จิตแพทย์", "นายแพทย์ทดลอง ใจงาม", "keep"),
    # a private party's treasurer-like role in a private body stays personal
    ("นางทดลอง ใจงาม ค้างชำระค่าน้ำ", "นางทดลอง ใจงาม", "redact"),
    # an English name followed by an agency's unit; a university or a hospital only with an academic title
    ("Course coordinator: Asst. Prof. Dr. Somsri Jaidee, Language Institute\nTel. 0 0000 0000",
     "Somsri Jaidee", "keep"),
    ("Contact: Mr. Manop Jaidee, Provincial Labour Office", "Manop Jaidee", "keep"),
    ("Student: Mr. Manop Jaidee, Faculty of Science", "Manop Jaidee", "redact"),
    # a position, then its unit's abbreviation as a word of its own, then the name
    ("ผู้อำนวยการ รพ.สต. นายทดลอง ใจงาม", "นายทดลอง ใจงาม", "keep"),
    ("ผู้ป่วย รพ.สต. นายทดลอง ใจงาม", "นายทดลอง ใจงาม", "redact"),
    ("ส่งตัวไปที่ รพ.สต. นายทดลอง ใจงาม", "นายทดลอง ใจงาม", "redact"),
    # a position that holds the abbreviation itself, spaced before the name
    ("ผู้อำนวยการศูนย์ อปพร. นายก อบต. นายทดลอง ใจงาม โทร. ๐ ๔๒๒๗ ๐๐๐๐", "นายทดลอง ใจงาม", "keep"),
    ("ส่งเรื่องไปที่ อบต. นายทดลอง ใจงาม", "นายทดลอง ใจงาม", "redact"),
    # --- guesses go to review ----------------------------------------------------------------
    ("ผู้เข้าร่วมประชุม นายสมปอง ใจกล้าหาญ อาชีพครู", "นายสมปอง ใจกล้าหาญ", "review"),
    # ... unless the same person is withheld elsewhere in the document (one person, one decision).
    ("นายสมปอง ใจกล้าหาญ อายุ 40 ปี\nนายสมปอง ใจกล้าหาญ อาชีพครู", "นายสมปอง ใจกล้าหาญ", "redact"),
    ("ผู้ร้อง นายสมปอง ใจกล้าหาญ ปลัดอำเภอแม่ทา", "นายสมปอง ใจกล้าหาญ", "review"),
    ("ขอแสดงความนับถือ\n(นายสมปอง ใจกล้าหาญ)\n", "นายสมปอง ใจกล้าหาญ", "review"),
]


@pytest.mark.parametrize(("text", "name", "action"), OFFICIALS)
def test_officials_in_office(text: str, name: str, action: str) -> None:
    out = _decide(text)
    assert _action(out, normalise(name).text) == action, out


def test_review_carries_its_reason() -> None:
    out = _decide("ผู้ร้อง นายสมปอง ใจกล้าหาญ ปลัดอำเภอแม่ทา")
    (action, reason), = [v for k, v in out.items() if "สมปอง" in k]
    assert action == "review" and reason and "ผู้ร้อง" in reason


def test_roster_table_row_with_a_position_cell() -> None:
    # ctx.cells from the tables extractor: a name cell, a shift cell and a role cell in one row.
    text = ("ผศ.ดร.วรรณา ศรีงามตา\tเวรเช้า\tกรรมการ\nนางบัวลอย ใจดีมาก\tเวรบ่าย\tผู้ปฏิบัติงาน\n"
            "นายดำรง คงมั่นดี\tเวรบ่าย\tผู้ป่วยใน")
    view = normalise(text).text
    cells = []
    pos = 0
    for row, line in enumerate(view.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            cells.append(TableCell(pos, pos + len(cell), 0, row, col))
            pos += len(cell) + 1
    out = _decide(text, cells)
    assert _action(_decide(text), "ผศ.ดร.วรรณา ศรีงามตา") == "redact"  # without the table, no position follows
    assert _action(out, "ผศ.ดร.วรรณา ศรีงามตา") == "keep"
    assert _action(out, "นางบัวลอย ใจดีมาก") == "keep"
    assert _action(out, "นายดำรง คงมั่นดี") == "redact"


@pytest.mark.parametrize(("header", "action"), [
    # a column naming the agency's staff who acted: the names under it are officials
    ("เจ้าหน้าที่ผู้รับเรื่อง", "keep"),
    ("ผู้ตรวจสอบ", "keep"),
    ("กรรมการ", "keep"),
    # a private body's position, a private party's column, the names' own column: not staff
    ("หัวหน้าครอบครัว", "redact"),
    ("ผู้ปกครอง", "redact"),
    ("ชื่อ-สกุล", "redact"),
])
def test_a_column_of_the_agency_staff(header: str, action: str) -> None:
    text = f"ผู้มาติดต่อ\t{header}\nนายทดลอง มาหา\tนางทดลอง ใจงาม"
    view = normalise(text).text
    head = normalise(header).text
    cells = []
    pos = 0
    for row, line in enumerate(view.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            h = "" if row == 0 else ("ผู้มาติดต่อ", head)[col]
            cells.append(TableCell(pos, pos + len(cell), 0, row, col, header=h, is_header=row == 0))
            pos += len(cell) + 1
    out = _decide(text, cells)
    assert _action(out, "นางทดลอง ใจงาม") == action, out
    assert _action(out, "นายทดลอง มาหา") == "redact", out


@pytest.mark.parametrize(("lines_in_boxes", "action"), [
    # a page laid out in two columns of boxes (a CV) that table finding read as one row: the
    # owner's name heads one box and a job's "ตำแหน่ง : …" stands in another far below
    (12, "redact"),
    # a real roster row: the position sits in the same row a line or two from the name
    (1, "keep"),
])
def test_a_page_layout_read_as_one_row_is_no_roster(lines_in_boxes: int, action: str) -> None:
    filler = "\n".join(f"ทำงานโครงการที่ {i}" for i in range(lines_in_boxes))
    boxes = [(1, f"นายทดลอง สมมุติดี\nWEB DEVELOPER\n{filler}"), (0, f"ติดต่อ\n{filler}"),
             (1, "ตำแหน่ง : ผู้อำนวยการกอง")]
    text, cells, pos = "", [], 0
    view_parts = []
    for col, box in boxes:
        v = normalise(box).text
        cells.append(TableCell(pos, pos + len(v), 0, 0, col))
        view_parts.append(v)
        pos += len(v) + 1
    text = "\n".join(view_parts)
    assert _action(_decide(text, cells), "นายทดลอง สมมุติดี") == action


@pytest.mark.parametrize(("pieces", "action"), [
    # a narrow position cell wraps inside a word (ผู้อำนวย|การกอง…): read whole, it names a position
    ([[(0, "นายทดลอง"), (1, "ผู้อำนวย")], [(0, "ใจสมมุติ"), (1, "การกองคลัง")]], "keep"),
    ([[(0, "นายทดลอง"), (1, "นักวิชาการ")], [(0, "ใจสมมุติ"), (1, "เงินและบัญชี")]], "keep"),
    # a wrapped cell that names no position: nothing kept
    ([[(0, "นายทดลอง"), (1, "ทำนา")], [(0, "ใจสมมุติ"), (1, "และเลี้ยงสัตว์")]], "redact"),
])
def test_roster_position_cell_wrapped_inside_a_word(pieces: list[list[tuple[int, str]]], action: str) -> None:
    text, cells = _piece_cells(pieces, ["ชื่อ - สกุล", "ตำแหน่ง"])
    assert _action(_decide(text, cells), "นายทดลอง") == action


def test_same_official_across_line_breaks_and_without_title() -> None:
    text = ("นายแพทย์ธีรพงศ์ เรืองสุขทอง นายแพทย์ชำนาญการ กลุ่มงานศัลยกรรม\n"
            "ตารางเวร\nธีรพงศ์\nเรืองสุขทอง\tเวรเช้า\nผู้ป่วย นายสมปอง ใจกล้าหาญ")
    out = _decide(text)
    assert all(a == "keep" for k, (a, _r) in out.items() if "ธีรพงศ์" in k), out
    assert _action(out, "นายสมปอง ใจกล้าหาญ") == "redact"


@pytest.mark.parametrize(("listed", "action"), [
    # another kind of person who shares the checking official's name: a girl, a woman, a boy
    ("เด็กหญิงประเสริฐ ทองทดลอง", "redact"),
    ("นางสาวประเสริฐ ทองทดลอง", "redact"),
    ("ด.ช.ประเสริฐ ทองทดลอง", "redact"),
    # the official again: with the same title, or without one
    ("นายประเสริฐ ทองทดลอง", "keep"),
    ("ประเสริฐ ทองทดลอง", "keep"),
])
def test_a_kept_officials_name_under_another_civil_title_is_another_person(listed: str, action: str) -> None:
    text = (f"บัญชีรายชื่อผู้มีสิทธิรับเงินช่วยเหลือ\n1. {listed} เลขประจำตัวประชาชน ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑\n"
            "ผู้ตรวจสอบ นายประเสริฐ ทองทดลอง นักพัฒนาชุมชนชำนาญการ")
    out = _decide(text)
    assert _action(out, "นายประเสริฐ ทองทดลอง") == "keep"
    assert _action(out, listed) == action, out


def test_a_woman_officials_name_is_kept_under_either_womans_title() -> None:
    text = "นางสาวมาลี ทองทดลอง นักวิชาการเงินและบัญชีชำนาญการ\nลงชื่อ นางมาลี ทองทดลอง"
    out = _decide(text)
    assert all(a == "keep" for k, (a, _r) in out.items() if "มาลี" in k), out


# -- document numbers ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ที่ ตช ๐๐๑๒.๓๔/๕๖๗", "ตช 0012.34/567"),
        ("ที่ มท ๐๓๐๙.๒/ว ๑๒๓", "มท 0309.2/ว 123"),
        ("เลขที่หนังสือ รส ๐๑๒๓/๔๕๖๗ ลงวันที่", "รส 0123/4567"),
        ("ศธ ๐๔๒๓๕/๙๙๙", "ศธ 04235/999"),
        ("ที่ กข.0017.3/111", "กข.0017.3/111"),
    ],
)
def test_document_number_shapes(text: str, number: str) -> None:
    view = normalise(text).text
    assert [m.group() for m in DOC_NUMBER_RE.finditer(view)] == [number]


@pytest.mark.parametrize(
    "text",
    [
        "รถยนต์ทะเบียน กข 1234 ลำปาง",  # a plate: the number never starts with 0
        "บ้านเลขที่ 12/3 หมู่ 4",
        "โทร. 0 5422 1234",
        "ธนาคารกรุงไทย 0123456789",  # letters glued to a word are not a prefix
        # a phone after โทร. whose โ OCR dropped: the dash and the next group make it a phone
        "ที่อยู่ ... ทร. 086-359-2184",
        "ทร. 086 - 359 - 2184",
        "ทร. ๐๘๖-๓๕๙-๒๑๘๔",
    ],
)
def test_not_document_numbers(text: str) -> None:
    assert not DOC_NUMBER_RE.search(normalise(text).text)


def test_any_finding_touching_a_document_number_is_kept() -> None:
    text = "ที่ ตช ๐๐๑๒.๓๔/๕๖๗\nเรื่อง ขอความร่วมมือ"
    view = normalise(text).text
    ctx = DetectionContext(view)
    # What a name model reads in a letter's number line ("ที่ ตช" as a person, confidently).
    s = view.index("ที่")
    fake = Finding(s, s + len("ที่ ตช"), "PERSON", 0.65, "15(5)", "ner", "NER model: PERSON")
    decided = decide([fake], ctx)
    assert [(d.action, d.keep_reason) for d in decided] == [("keep", "agency document number")]
    assert any(k.any_overlap for k in keep_spans([fake], ctx))


# -- companies ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        # a title inside a company's name is no person
        ("เรือของบริษัท หาดนางรำทัวร์ จำกัด ล่ม", "หาดนางรำทัวร์", "none-or-keep"),
        # a person between บริษัท and a later จำกัด is no company's name
        ("ลูกจ้างของบริษัท ได้แก่ นายสมปอง ใจกล้าหาญ ซึ่งมีสิทธิจำกัด", "นายสมปอง ใจกล้าหาญ", "redact"),
        # a company's premises stay, a person's home does not
        ("บริษัท ดอกแก้วค้าไม้ จำกัด ตั้งอยู่เลขที่ ๑๒/๓ หมู่ที่ ๔ ตำบลบ้านเหล่า", "12/3 หมู่ที่ 4 ตำบลบ้านเหล่า",
         "none-or-keep"),
        ("ห้างหุ้นส่วนจำกัด รุ่งโรจน์การช่าง ที่ ๑\nนายสมปอง ใจกล้าหาญ ที่ ๒\nที่ ๑ เลขที่ ๙๙/๙ ถนนเจริญเมือง ตำบลเวียง\n"
         "ที่ ๒ ๕ หมู่ที่ ๗ ตำบลแม่ยาว", "99/9 ถนนเจริญเมือง ตำบลเวียง", "none-or-keep"),
        ("ห้างหุ้นส่วนจำกัด รุ่งโรจน์การช่าง ที่ ๑\nนายสมปอง ใจกล้าหาญ ที่ ๒\nที่ ๑ เลขที่ ๙๙/๙ ถนนเจริญเมือง ตำบลเวียง\n"
         "ที่ ๒ ๕ หมู่ที่ ๗ ตำบลแม่ยาว", "นายสมปอง ใจกล้าหาญ", "redact"),
        ("นายสมปอง ใจกล้าหาญ อยู่บ้านเลขที่ ๑๒/๓ หมู่ที่ ๔ ตำบลบ้านเหล่า", "12/3 หมู่ที่ 4 ตำบลบ้านเหล่า", "redact"),
        # a company as the person's workplace: the address after it is the person's home
        ("ผู้แจ้ง นางสาวทดลอง ใจดี อายุ ๓๐ ปี อาชีพพนักงานบริษัท\nอยู่ที่ ๔๔/๕ ซอยทดลองสุข ๒ แขวงบางทดลอง",
         "44/5 ซอยทดลองสุข 2", "redact"),
        ("นายทดลอง ใจดี ลูกจ้างบริษัท ทดลองค้าไม้ จำกัด บ้านเลขที่ ๙ หมู่ที่ ๔ ตำบลบ้านเหล่า", "9 หมู่ที่ 4", "redact"),
        # the company's own premises still stay after an employee is named elsewhere
        ("พนักงานของเราทุกคน\nบริษัท ทดลองค้าไม้ จำกัด ตั้งอยู่เลขที่ ๔๔/๕ ซอยทดลองสุข ๒ แขวงบางทดลอง",
         "44/5 ซอยทดลองสุข 2", "none-or-keep"),
    ],
)
def test_companies(text: str, value: str, action: str) -> None:
    got = _action(_decide(text), value)
    if action == "none-or-keep":
        assert got in ("none", "keep")
    else:
        assert got == action


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("นายแพทย์ชำนาญการพิเศษ", "นายแพทย์ชำนาญการพิเศษ"),
        ("นักวิชาการสาธารณสุขปฏิบัติการ กลุ่มงาน", "นักวิชาการสาธารณสุขปฏิบัติการ"),
        ("ผู้กำกับการสถานีตำรวจ", "ผู้กำกับการ"),
        ("รองผู้อำนวยการ", "รองผู้อำนวยการ"),
        ("สาธารณสุขอำเภอเมือง", "สาธารณสุขอำเภอ"),
        ("ผู้อำนวย\nการโรงพยาบาล", "ผู้อำนวย\nการ"),
        ("ท่องเที่ยวและกีฬาจังหวัดทดลอง", "ท่องเที่ยวและกีฬาจังหวัด"),
        ("เหรัญญิก", "เหรัญญิก"),
        ("สรรพสามิตพื้นที่ทดลอง", "สรรพสามิตพื้นที่"),
        ("นายด่านศุลกากรทดลอง", "นายด่านศุลกากร"),
        ("จิตแพทย์ประจำโรงพยาบาล", "จิตแพทย์"),
        ("สูตินรีแพทย์ โรงพยาบาลทดลอง", "สูตินรีแพทย์"),
        ("นรีแพทย์", "นรีแพทย์"),
        ("ผู้จัดการสถานธนานุบาลเทศบาลทดลอง", "ผู้จัดการสถานธนานุบาล"),
        ("ผู้จัดการการประปาส่วนภูมิภาคสาขาทดลอง", "ผู้จัดการการประปา"),
        ("เกษตรตำบลทดลอง", "เกษตรตำบล"),
    ],
)
def test_position_words(text: str, position: str) -> None:
    m = POSITION_RE.match(text)
    assert m and m.group() == position


@pytest.mark.parametrize("text", ["เกษตรกรบ้านนา", "ชาวจังหวัดแพร่", "ได้เข้าร่วม", "อาศัยอยู่", "ผู้จัดการร้านทดลอง",
                                  "ผู้จัดการบริษัท ทดลอง จำกัด"])
def test_not_positions(text: str) -> None:
    assert not POSITION_RE.match(text)


@pytest.mark.parametrize("text", ["ร่วมปฏิบัติการ", "ได้รับการแต่งตั้ง"])
def test_a_verb_before_a_grade_word_is_no_position(text: str) -> None:
    assert not POSITION_RE.match(text)


# -- e-mails, land titles, English occupations -------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("Consular section: bkk.consular@mfa.example.org", "bkk.consular@mfa.example.org", "keep"),
        ("embassy-visa@foreign.example", "embassy-visa@foreign.example", "keep"),
        # a role word after an organisation's initials: a team's mailbox in a letterhead
        ("Tel : 043-123 456 Email : tdofficer@tdlogistics.co.th", "tdofficer@tdlogistics.co.th", "keep"),
        ("ติดต่อ abuinfo@example.ac", "abuinfo@example.ac", "keep"),
        # ... not a person's address that happens to hold a role word, nor a free-mail box
        ("E-mail: somchaiinfo@gmail.com", "somchaiinfo@gmail.com", "redact"),
        ("E-mail: pornthipoffice@example.co.th", "pornthipoffice@example.co.th", "redact"),
        ("E-mail: officer.somchai@example.co.th", "officer.somchai@example.co.th", "redact"),
        # a free-mail box in a unit's contact block: whose is it? a person decides
        ("กองสวัสดิการสังคม โทร. 0 5461 2345 ต่อ 21\nไปรษณีย์อิเล็กทรอนิกส์ welfare.lamphun@gmail.com",
         "welfare.lamphun@gmail.com", "review"),
        # a person's free-mail address stays withheld
        ("ผู้ร้องแจ้งทางอีเมล somjai.k@gmail.com", "somjai.k@gmail.com", "redact"),
        ("กองช่าง โทร. 0 5461 2345\nนายสมปอง ใจกล้าหาญ somjai.k@gmail.com", "somjai.k@gmail.com", "redact"),
    ],
)
def test_emails(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("2\n\nบริษัท ดอกแก้วค้าไม้ จำกัด\n\nโฉนดที่ดิน\n45123\n\n1-2-30", "45123", "keep"),
        ("4\n\nวัดป่าสักงาม\n\nโฉนดที่ดิน\n7788\n\n0-1-10", "7788", "keep"),
        ("1\n\nนายสมปอง ใจกล้าหาญ\n\nโฉนดที่ดิน\n45123\n\n1-2-30", "45123", "redact"),
    ],
)
def test_land_titles_of_juristic_owners(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


@pytest.mark.parametrize("text", [
    "The attending physician is Dr. Anna Lindqvist, orthopaedic surgeon, at the hospital.",
    # a specialty, capitalised in a signature line
    "Attending physician: Dr. Anna Lindqvist, Cardiologist, Tel. 0 4411 1111",
    "Reviewed by Dr. Anna Lindqvist, Paediatrician",
    "Dr. Anna Lindqvist, Surgeon",
])
def test_an_english_occupation_goes_to_review(text: str) -> None:
    assert _action(_decide(text), "Dr. Anna Lindqvist") == "review"


@pytest.mark.parametrize(("text", "action"), [
    # a study's coordinator and investigator are its staff; a study's participant is not
    ("Prepared by Ms. Anna Lindqvist, Research Coordinator, Tel. 0 4411 1111", "keep"),
    ("Dr. Anna Lindqvist, Principal Investigator, Tel. 0 4411 1111", "keep"),
    ("Participant: Dr. Anna Lindqvist, retired, Tel. 081-111-1111", "redact"),
])
def test_research_staff_in_english(text: str, action: str) -> None:
    assert _action(_decide(text), "Dr. Anna Lindqvist" if "Dr." in text else "Ms. Anna Lindqvist") == action


@pytest.mark.parametrize("text", [
    # what follows is no occupation: a phone, a patient's ward, a city
    "Patient: Dr. Anna Lindqvist, Tel. 081-111-1111",
    "Patient: Dr. Anna Lindqvist, Cardiology ward, bed 12",
    "Dr. Anna Lindqvist, Biology student, room 3",
])
def test_no_english_occupation_after_the_name(text: str) -> None:
    assert _action(_decide(text), "Dr. Anna Lindqvist") == "redact"


@pytest.mark.parametrize(("text", "name", "action"), [
    ("ผู้จัดการสถานธนานุบาล นายทดลอง ใจดี โทร. ๐ ๗๔๑๑ ๑๑๑๑", "นายทดลอง ใจดี", "keep"),
    ("ผู้จัดการร้านทดลองการค้า นายทดลอง ใจดี โทร. ๐๘๑-๑๑๑-๑๑๑๑", "นายทดลอง ใจดี", "redact"),
])
def test_managers_of_public_enterprises(text: str, name: str, action: str) -> None:
    assert _action(_decide(text), name) == action


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("สำนักงานเกษตรอำเภอแม่ทา เลขที่ ๙๙ หมู่ที่ ๑ ตำบลทาปลาดุก", "99 หมู่ที่ 1 ตำบลทาปลาดุก", "keep"),
        ("ผู้สนใจติดต่อได้ที่ ที่ว่าการอำเภอแม่ทา เลขที่ ๙๙ หมู่ที่ ๑ ตำบลทาปลาดุก", "99 หมู่ที่ 1 ตำบลทาปลาดุก",
         "keep"),
        # a person named after the agency word: the address is theirs
        ("เจ้าหน้าที่สำนักงานแจ้งว่า นายสมปอง ใจกล้าหาญ เลขที่ ๕ หมู่ที่ ๒ ตำบลทาปลาดุก", "5 หมู่ที่ 2 ตำบลทาปลาดุก",
         "redact"),
        ("สำนักงานได้รับคำร้องจากผู้ซึ่งอยู่เลขที่ ๕ หมู่ที่ ๒ ตำบลทาปลาดุก", "5 หมู่ที่ 2 ตำบลทาปลาดุก", "redact"),
        # a request form's filled lines: a person's age and occupation, a workplace named with an
        # agency word, then the address: the person's
        ("นางสาวจันทร์เพ็ญ ทองสุก\nอายุ ๓๘ ปี\nรับจ้างทั่วไป\nโรงอาหารเทศบาล ๒\n๕๖/๔ ถนนสุขาภิบาล ตำบลหนองบัว อำเภอเมือง",
         "56/4 ถนนสุขาภิบาล ตำบลหนองบัว", "redact"),
        # ... also with the ID number's comb boxes one group per line in between
        ("นางสาวจันทร์เพ็ญ ทองสุก\nอายุ ๓๘ ปี\n๒\n๔๔๑๐\n๐๑๒๓๔\n๕๖\n๗\nรับจ้างทั่วไป\nโรงอาหารเทศบาล ๒\n"
         "๕๖/๔ ถนนสุขาภิบาล ตำบลหนองบัว อำเภอเมือง", "56/4 ถนนสุขาภิบาล ตำบลหนองบัว", "redact"),
    ],
)
def test_agency_addresses(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        # the leave form's line: where the official on leave can be reached is her own address
        ("ตามใบรับรองแพทย์ของโรงพยาบาลทดลอง\nในระหว่างลาจะติดต่อข้าพเจ้าได้ที่ ๑๒/๓ หมู่ ๔ ตำบลทดลอง",
         "12/3 หมู่ 4 ตำบลทดลอง", "redact"),
        ("ส่วนราชการ กองคลัง เทศบาลตำบลทดลอง\nระหว่างลาติดต่อได้ที่ ๔๔/๑ หมู่ ๒ ตำบลทดสอบ", "44/1 หมู่ 2 ตำบลทดสอบ",
         "redact"),
        # an agency's own address on a leave-request memo stays
        ("ส่วนราชการ กองคลัง เทศบาลตำบลทดลอง ๙๙ หมู่ ๑ ตำบลทดสอบ\nเรื่อง ขอลาพักผ่อน", "99 หมู่ 1 ตำบลทดสอบ", "keep"),
    ],
)
def test_an_address_given_while_on_leave(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


def test_parenthesised_nickname_in_a_name_column_is_no_signature() -> None:
    # A class list with a nickname column holding the nickname in brackets on its own
    # line: that line is no signature block to review.
    rows = [["ที่", "ชื่อ - สกุล", "ชื่อเล่น", "วันเดือนปีเกิด"],
            ["1", "ด.ช.ภาคิน ทองมาก", "(“ต้นข้าว”)", "3 ก.พ. 2555"]]
    text, cells, pos = "", [], 0
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            text += cell + "\n"
            cells.append(TableCell(pos, pos + len(cell), 0, r, c, "" if r == 0 else rows[0][c], r == 0))
            pos += len(cell) + 1
    out = _decide(text, cells)
    assert _action(out, "ต้นข้าว") == "redact"
    assert _action(out, "ภาคิน ทองมาก") == "redact"


def _table_cells(text: str, header: list[str]) -> tuple[str, list[TableCell]]:
    """Tab-separated rows of ``text`` as table cells; the first row's cells are the headers."""
    view = normalise(text).text
    cells = []
    pos = 0
    for row, line in enumerate(view.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            cells.append(TableCell(pos, pos + len(cell), 0, row, col, "" if row == 0 else header[col], row == 0))
            pos += len(cell) + 1
    return view, cells


@pytest.mark.parametrize(
    ("header", "row", "name", "action"),
    [
        # a position under a position, agency or remarks column: an official's row
        (["ชื่อ - สกุล", "ตำแหน่ง"], "นางบัวลอย ใจดีมาก\tนักวิชาการเงินและบัญชีชำนาญการ", "นางบัวลอย ใจดีมาก", "keep"),
        (["ชื่อ", "หมายเหตุ"], "นายดำรง คงมั่นดี\tกรรมการ", "นายดำรง คงมั่นดี", "keep"),
        # a field of study or a parent's occupation that starts like a position: a private person's row
        (["ชื่อ - สกุล", "คณะ"], "นายดำรง คงมั่นดี\tพยาบาลศาสตร์", "นายดำรง คงมั่นดี", "redact"),
        (["ชื่อ - สกุล", "สาขาวิชา"], "นายดำรง คงมั่นดี\tครุศาสตร์", "นายดำรง คงมั่นดี", "redact"),
        # engineering (วิศวกรรม…) starts like the position วิศวกร: a CV's education column
        (["", ""], "นายดำรง คงมั่นดี\tวิศวกรรมคอมพิวเตอร์", "นายดำรง คงมั่นดี", "redact"),
        (["ชื่อ - สกุล", "ตำแหน่ง"], "นายดำรง คงมั่นดี\tวิศวกรโยธาชำนาญการ", "นายดำรง คงมั่นดี", "keep"),
        (["ชื่อผู้ปกครอง", "อาชีพ"], "นายดำรง คงมั่นดี\tครู", "นายดำรง คงมั่นดี", "redact"),
    ],
)
def test_roster_rule_reads_the_column_header(header: list[str], row: str, name: str, action: str) -> None:
    text = "\t".join(header) + "\n" + row
    _view, cells = _table_cells(text, header)
    assert _action(_decide(text, cells), name) == action


@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        # a discipline is no office, in a table read as text or in running text
        ("นางสาวอรทัย พึ่งบุญดี\nพยาบาลศาสตรบัณฑิต", "นางสาวอรทัย พึ่งบุญดี", "redact"),
        ("นางสาวอรทัย พึ่งบุญดี พยาบาลวิชาชีพชำนาญการ", "นางสาวอรทัย พึ่งบุญดี", "keep"),
        # a go-between named after a bare role: review, not a silent keep
        ("ผู้ประสานงาน นายบุญทัน ศรีคำสวาท โทร 081 234 5678", "นายบุญทัน ศรีคำสวาท", "review"),
        ("ตัวแทน นางคำปุ่น ไชยวงศ์ดี", "นางคำปุ่น ไชยวงศ์ดี", "redact"),  # no position word at all
        # ... a role with its unit is an office
        ("ผู้แทนสำนักงานเกษตรอำเภอแม่ทา นายบุญทัน ศรีคำสวาท", "นายบุญทัน ศรีคำสวาท", "keep"),
    ],
)
def test_disciplines_and_go_betweens(text: str, name: str, action: str) -> None:
    assert _action(_decide(text), normalise(name).text) == action


@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        # the English line of a bilingual letterhead
        ("Provincial Land Office, Example Province\n45 Moo 3 Chaeng Watthana Road", "45 Moo 3 Chaeng Watthana Road",
         "keep"),
        ("Example Hospital / 9 Moo 2 Phahon Road", "9 Moo 2 Phahon Road", "keep"),
        # a private person's: no agency word before it
        ("The applicant lives at 12 Moo 4 Suk Sawat Road", "12 Moo 4 Suk Sawat Road", "redact"),
    ],
)
def test_english_agency_addresses(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


# -- a person introduced with an age or a home is a private person everywhere in the document --
@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        # A complainant who signs without a position, above the receiving agency's stamp line.
        ("ข้าพเจ้า นายสมปอง ใจกล้าหาญ อายุ 52 ปี บ้านเลขที่ 8/1 ขอร้องเรียน\nขอแสดงความนับถือ\n"
         "สมปอง ใจกล้าหาญ\nศูนย์ดำรงธรรมอำเภอแม่ทา รับเรื่องวันที่ 2", "สมปอง ใจกล้าหาญ", "redact"),
        ("ข้าพเจ้า นายสมปอง ใจกล้าหาญ อายุ 52 ปี บ้านเลขที่ 8/1 ขอร้องเรียน\nขอแสดงความนับถือ\n"
         "สมปอง ใจกล้าหาญ\nศูนย์ดำรงธรรมอำเภอแม่ทา รับเรื่องวันที่ 2", "นายสมปอง ใจกล้าหาญ", "redact"),
        ("นางมาลัย ดอกไม้หอม อยู่บ้านเลขที่ 4 หมู่ 2 แจ้งความ\nมาลัย ดอกไม้หอม\nกองร้อยที่ 1",
         "มาลัย ดอกไม้หอม", "redact"),
        # Signed with a position under the name: one person, one decision (withheld as above).
        ("นายสมปอง ใจกล้าหาญ อายุ 52 ปี ให้การ\n(นายสมปอง ใจกล้าหาญ)\nปลัดอำเภอแม่ทา", "(นายสมปอง ใจกล้าหาญ)",
         "redact"),
        ("นายสมปอง ใจกล้าหาญ อายุ 52 ปี ให้การ\nนายสมปอง ใจกล้าหาญ ปลัดอำเภอแม่ทา ลงนาม", "นายสมปอง ใจกล้าหาญ",
         "redact"),
        # Without an age or a home anywhere, the official stays.
        ("ข้าพเจ้า นายสมปอง ใจกล้าหาญ ปลัดอำเภอแม่ทา ขอรับรองว่า\n(นายสมปอง ใจกล้าหาญ)\nปลัดอำเภอแม่ทา",
         "นายสมปอง ใจกล้าหาญ", "keep"),
        ("นายสมปอง ใจกล้าหาญ\nสำนักงานที่ดินอำเภอแม่ทา โทร 0 5300 1234", "นายสมปอง ใจกล้าหาญ", "keep"),
    ],
)
def test_private_record_stops_official_keeps(text: str, name: str, action: str) -> None:
    out = _decide(text)
    assert _action(out, normalise(name).text) == action, out


@pytest.mark.parametrize(("text", "private"), [
    ("นายสมปอง ใจกล้าหาญ อายุ 52 ปี", True), ("สมปอง ใจกล้าหาญ (ผู้ร้อง) อายุ 52 ปี", True),
    ("นางสมปอง ใจกล้าหาญ อยู่บ้านเลขที่ 4", True), ("นายสมปอง ใจกล้าหาญ ที่อยู่ 12 ถนนนา", True),
    ("นายสมปอง ใจกล้าหาญ ภูมิลำเนาจังหวัดตาก", True),
    ("นายสมปอง ใจกล้าหาญ ปลัดอำเภอ อายุราชการ 20 ปี", False), ("นายสมปอง ใจกล้าหาญ ผู้อำนวยการ", False),
    ("นายสมปอง ใจกล้าหาญ และนายอื่น อายุ 40 ปี", False),
])
def test_private_record_table(text: str, private: bool) -> None:
    from redactor.keep_rules import private_record

    assert private_record("สมปองใจกล้าหาญ", text) is private


# -- officials named in English: a position after the name or under a signature --------------
@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        ("Yours sincerely,\n(Asst. Prof. Dr. Somchai Rakdee)\nDean, Faculty of Science", "Somchai Rakdee", "keep"),
        ("(Mr. Anan Srisuk)\nProvincial Governor of Example", "Anan Srisuk", "keep"),
        ("Received by: Ms. Malai Dokmaihom, Labour Officer", "Malai Dokmaihom", "keep"),
        ("Checked by Mr. Anan Srisuk, District Chief of Example", "Anan Srisuk", "keep"),
        # A private person's line below, or a title word after the name, is no position
        # (a bare signature goes to a person, as in Thai).
        ("Yours faithfully,\n(Mr. Anan Srisuk)\nApplicant", "Anan Srisuk", "review"),
        ("Referee: Mr. Anan Srisuk, Neighbour", "Anan Srisuk", "redact"),
        ("Applicant: Ms. Malai Dokmaihom\nMr. Anan Srisuk Officer", "Malai Dokmaihom", "redact"),
    ],
)
def test_english_officials(text: str, name: str, action: str) -> None:
    out = _decide(text)
    assert _action(out, name) == action, out


@pytest.mark.parametrize(("text", "match"), [
    ("Labour Officer", True), ("Provincial Governor", True), ("Dean, Faculty", True), ("Deputy Director", True),
    ("Medical Officer", True), ("Neighbour", False), ("Applicant", False), ("Mr Officer", False),
    ("Very Long Words Officer", False),
    # a post of any field with its civil-service level
    ("Labour Specialist, Professional Level", True), ("Plan and Policy Analyst, Senior Professional Level", True),
    ("Sales Specialist", False), ("Thailand, Level 3", False),
])
def test_english_position_words(text: str, match: bool) -> None:
    from redactor.lexicon import EN_POSITION_RE

    assert (EN_POSITION_RE.match(text) is not None) is match


# -- engineers and architects of an agency (วิศวกรโยธา…, สถาปนิก…) are positions; a private one is named so --
@pytest.mark.parametrize(
    ("text", "name", "action"),
    [
        ("ผู้รับผิดชอบ นายวิทยา ปัญญาสูงเนิน วิศวกรไฟฟ้า", "นายวิทยา ปัญญาสูงเนิน", "keep"),
        ("นายวิทยา ปัญญาสูงเนิน วิศวกรโยธาชำนาญการ กองช่าง", "นายวิทยา ปัญญาสูงเนิน", "keep"),
        ("นางสาวมาลัย ดอกไม้หอม สถาปนิกปฏิบัติการ", "นางสาวมาลัย ดอกไม้หอม", "keep"),
        ("ผู้ร้อง นายวิทยา ปัญญาสูงเนิน วิศวกร บริษัท เอ จำกัด", "นายวิทยา ปัญญาสูงเนิน", "redact"),
        ("นายวิทยา ปัญญาสูงเนิน อาชีพวิศวกร", "นายวิทยา ปัญญาสูงเนิน", "review"),
    ],
)
def test_engineers_and_architects(text: str, name: str, action: str) -> None:
    assert _action(_decide(text), name) == action


def test_a_private_party_column_is_never_an_official() -> None:
    # A complaints table: the complainant's column, then the officer in charge with a position.
    rows = [["ผู้ร้องเรียน", "เรื่อง", "ผู้รับผิดชอบ"],
            ["นางละออ จันทร์เจริญศรี", "ไฟฟ้าดับ", "นายวิทยา ปัญญาสูงเนิน วิศวกรไฟฟ้า"],
            ["นายประจักษ์ ทองดี ผู้ใหญ่บ้าน", "ถนนชำรุด", "นางสาวอรทัย ชุ่มชื่น นิติกรชำนาญการ"]]
    text = "\n".join("\t".join(r) for r in rows)
    view = normalise(text).text
    cells, pos = [], 0
    for rno, line in enumerate(view.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            header = "" if rno == 0 else view.split("\n")[0].split("\t")[col]
            cells.append(TableCell(pos, pos + len(cell), 0, rno, col, header, rno == 0))
            pos += len(cell) + 1
    out = _decide(text, cells)
    assert _action(out, "นางละออ จันทร์เจริญศรี") == "redact", out
    assert _action(out, "นายประจักษ์ ทองดี") == "redact", out
    assert _action(out, "นายวิทยา ปัญญาสูงเนิน") == "keep", out
    assert _action(out, "นางสาวอรทัย ชุ่มชื่น") == "keep", out


def _piece_cells(lines: list[list[tuple[int, str]]], headers: list[str]) -> tuple[str, list[TableCell]]:
    """A narrow table row read line by line: each line holds (column, piece) pairs."""
    text, cells, pos = "", [], 0
    for line in lines:
        for col, piece in line:
            cells.append(TableCell(pos, pos + len(piece), 0, 1, col, headers[col], False))
            text += piece + "\n"
            pos += len(piece) + 1
    return text, cells


@pytest.mark.parametrize(
    ("pieces", "name", "action"),
    [
        # name and position wrapped over four lines of one cell, the complainant's and the subject's
        # cells read in between
        ([[(0, "นางมาลัย"), (1, "ไฟฟ้า"), (2, "นายวิทยา")], [(0, "ดอกไม้หอม"), (1, "ดับ"), (2, "ปัญญา")],
          [(2, "สูงเนิน")], [(2, "วิศวกร")]], "นายวิทยา", "keep"),
        ([[(0, "นางมาลัย"), (1, "ไฟฟ้า"), (2, "นายวิทยา")], [(0, "ดอกไม้หอม"), (1, "ดับ"), (2, "ปัญญา")],
          [(2, "สูงเนิน")], [(2, "นิติกรชำนาญการ")]], "นายวิทยา", "keep"),
        # no position in the cell: nothing kept
        ([[(0, "นางมาลัย"), (1, "ไฟฟ้า"), (2, "นายวิทยา")], [(0, "ดอกไม้หอม"), (1, "ดับ"), (2, "ปัญญา")],
          [(2, "สูงเนิน")]], "นายวิทยา", "redact"),
    ],
)
def test_position_wrapped_in_the_names_cell(pieces: list[list[tuple[int, str]]], name: str, action: str) -> None:
    text, cells = _piece_cells(pieces, ["ผู้ร้องเรียน", "เรื่อง", "ผู้รับผิดชอบ"])
    out = _decide(text, cells)
    assert _action(out, name) == action, out
    assert _action(out, "นางมาลัย") in ("redact", "none"), out


# An account named after an agency or a company as its holder (where a payment goes) is sent
# to a person: identifiers are never kept silently, but it is no private person's either.
ACCOUNTS = [
    ("ชำระได้ที่กองคลัง หรือโอนเข้าบัญชีเทศบาลตำบลทดลอง ธนาคารกรุงไทย เลขที่ 981-6-00412-3", "981-6-00412-3", "review"),
    ("ชื่อบัญชี บริษัท ทดลองการค้า จำกัด เลขที่บัญชี 222-3-44556-7", "222-3-44556-7", "review"),
    ("โอนเข้าบัญชีเงินฝากออมทรัพย์ของ องค์การบริหารส่วนตำบลทดลอง 333-1-22334-5", "333-1-22334-5", "review"),
    # the holder in quotes, a community fund or a cooperative as holder, the number on the next line
    ("รวมเงินโอนเข้าบัญชี “สำนักงานทดลองจังหวัดสมมุติ” เลขที่\n981-6-00412-3 ก่อนจ่ายต่อ", "981-6-00412-3", "review"),
    ("ฝากไว้ในบัญชีชื่อ “กองทุนหมู่บ้านบ้านทดลอง” เลขที่ 9876543210 ยอดคงเหลือ", "9876543210", "review"),
    ("บัญชีเงินฝากออมทรัพย์ชื่อ สหกรณ์ออมทรัพย์ครูทดลอง จำกัด เลขที่ 111-2-33445-6", "111-2-33445-6", "review"),
    # a person's account, or a person between the holder and the number
    ("โอนเข้าบัญชี นายทดลอง ใจดี ธนาคารกรุงไทย เลขที่ 123-4-56789-0", "123-4-56789-0", "redact"),
    ("บัญชีเทศบาลจ่ายให้ นางสมมุติ ดีใจ เลขที่บัญชี 444-1-22334-5", "444-1-22334-5", "redact"),
    ("เลขที่บัญชี 555-1-22334-5 ของผู้รับเงิน", "555-1-22334-5", "redact"),
    ("โอนเข้าบัญชีชื่อ “นางทดลอง ใจดี” เลขที่\n666-1-22334-5", "666-1-22334-5", "redact"),
    # the bank is where the account is, not who holds it; an untitled name after ชื่อบัญชี is a person
    ("ค่าจ้างโอนเข้าบัญชีธนาคารทดลองไทย สาขาสมมุติ ชื่อบัญชี สมมุติ ทดลองดี เลขที่ 888-1-22334-5", "888-1-22334-5",
     "redact"),
    ("ธนาคารกรุงไทย บัญชีผู้รับ “สำนักงานทดลอง”\nนายสมมุติ ดีใจ 777-1-22334-5", "777-1-22334-5", "redact"),
]


@pytest.mark.parametrize(("text", "value", "action"), ACCOUNTS)
def test_an_account_held_by_an_agency_or_a_company(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


# A name read across a line break into the next column's institution (a borderless table read
# line by line) ends at the break; the institution stays. A wrapped surname does not.
CUT = [
    ("เด็กหญิงพิชทดลอง\nโรงเรียนบ้านหนองทดลอง\n87.25", "เด็กหญิงพิชทดลอง", "โรงเรียนบ้านหนองทดลอง"),
    ("นายสมมุติ\nบริษัท ทดลองการค้า จำกัด", "นายสมมุติ", "บริษัท ทดลองการค้า จำกัด"),
]


@pytest.mark.parametrize(("text", "name", "institution"), CUT)
def test_a_name_ends_before_the_next_columns_institution(text: str, name: str, institution: str) -> None:
    out = _decide(text)
    assert _action(out, name) == "redact"
    assert not any(institution in k and a == "redact" for k, (a, _r) in out.items())


def test_a_wrapped_surname_is_not_cut() -> None:
    out = _decide("ผู้ร้อง นายทดลอง\nกองแก้วสมมุติ อายุ 40 ปี")
    assert any("กองแก้วสมมุติ" in k and a == "redact" for k, (a, _r) in out.items())


@pytest.mark.parametrize(("text", "name"), [
    ("(นายทดลอง มณีสมมุติ) นายทะเบียนอำเภอเมืองทดลอง", "นายทดลอง มณีสมมุติ"),
    ("(นางทดลอง บุญญาสมมุติ)\nนายทะเบียนท้องถิ่นเทศบาลนครทดลอง", "นางทดลอง บุญญาสมมุติ"),
])
def test_a_registrar_signs_in_office(text: str, name: str) -> None:
    assert _action(_decide(text), name) == "keep"


@pytest.mark.parametrize("text", [
    "ประชุมเมื่อวันที่ 4 พฤศจิกายน 2568 นาย\nและสิ่งแวดล้อม โทร 0 5622 3344",
    "ร่วมกับ นาง\nหรือผู้แทน เข้าร่วมประชุม",
])
def test_a_title_at_a_line_end_before_a_conjunction_names_no_one(text: str) -> None:
    out = _decide(text)
    assert not any(("และ" in k or "หรือ" in k) and a == "redact" for k, (a, _r) in out.items()), out


@pytest.mark.parametrize(("text", "name", "action"), [
    # a meeting's record of who sits on the committee in which role, inline or a column a line
    ("ที่ประชุมเลือก ๓. นายสมมุติ ทดสอบดี เป็น รองประธานกรรมการ", "นายสมมุติ ทดสอบดี", "keep"),
    ("๕. นางสมมติ ลองใจดี  \nเป็น \nกรรมการ \n๖. นายทดลอง ใจสมมุติ  \nเป็น \nเลขานุการ",
     "นางสมมติ ลองใจดี", "keep"),
    ("๖. นายทดลอง ใจสมมุติ เป็นผู้ช่วยเลขานุการ", "นายทดลอง ใจสมมุติ", "keep"),
    # a role in a community group or a business is no office; other things a person 'is' say nothing
    ("นางสมมติ ลองใจดี เป็นประธานกลุ่มแม่บ้านเกษตรกร", "นางสมมติ ลองใจดี", "redact"),
    ("นางสมมติ ลองใจดี เป็นผู้ป่วยติดเตียง", "นางสมมติ ลองใจดี", "redact"),
    ("นายสมมุติ ทดสอบดี เป็นบุตรของผู้ร้อง", "นายสมมุติ ทดสอบดี", "redact"),
    # a memo's writer giving his office after เป็น
    ("ตามที่ข้าพเจ้า ผู้ช่วยศาสตราจารย์ ดร.สมมุติ ทดสอบดี เป็นอาจารย์ หัวหน้าโครงการ ได้จัดทำ",
     "สมมุติ ทดสอบดี", "keep"),
    ("ข้าพเจ้า นางสมมติ ลองใจดี เป็นผู้อำนวยการกองคลัง ขอรายงาน", "นางสมมติ ลองใจดี", "keep"),
    # an office of a firm, a pensioner, a family's head: no office of the agency
    ("ข้าพเจ้า นายสมมุติ ทดสอบดี เป็นพนักงานบริษัท ทดลองการค้า จำกัด", "นายสมมุติ ทดสอบดี", "redact"),
    ("ข้าพเจ้า นายสมมุติ ทดสอบดี เป็นข้าราชการบำนาญ อายุ 70 ปี", "นายสมมุติ ทดสอบดี", "redact"),
    ("ผู้ร้อง นายสมมุติ ทดสอบดี เป็นหัวหน้าครอบครัว", "นายสมมุติ ทดสอบดี", "redact"),
    # named as a private party first, then an office after เป็น: a person decides
    ("ผู้ร้องเรียน นายสมมุติ ทดสอบดี เป็นครู", "นายสมมุติ ทดสอบดี", "review"),
])
def test_a_committee_role_after_pen(text: str, name: str, action: str) -> None:
    assert _action(_decide(text), name) == action


@pytest.mark.parametrize(("text", "phone", "action"), [
    # an announcement's own office, named before 'โทรศัพท์หมายเลข'
    ("ขอรับเอกสารได้ที่ กองคลัง องค์การบริหารส่วนตำบลสมมติ ในวันเวลาราชการ "
     "สอบถามทางโทรศัพท์หมายเลข 053-123456 ต่อ 12", "053-123456", "keep"),
    ("สอบถามรายละเอียดได้ที่ สำนักงานคณบดีคณะทดลองศาสตร์ หมายเลขโทรศัพท์ 02-123-4567",
     "02-123-4567", "keep"),
    # a person named in the sentence, or a private cue, makes it the person's line
    ("ติดต่อนายสมมุติ ทดสอบดี กองคลัง โทรศัพท์หมายเลข 053-123456", "053-123456", "redact"),
    ("ผู้ร้องแจ้งว่าติดต่อได้ที่บ้านเลขที่ 9 สำนักงานเดิม โทรศัพท์หมายเลข 053-123456", "053-123456", "redact"),
    # no agency named: 'หมายเลข' stays a private cue
    ("แจ้งกลับได้ทางโทรศัพท์หมายเลข 053-123456", "053-123456", "redact"),
])
def test_an_announcements_enquiry_landline(text: str, phone: str, action: str) -> None:
    assert _action(_decide(text), phone) == action


# -- landlines: an agency's beside a place named บ้าน…, a home's ----------------------------------

@pytest.mark.parametrize(
    ("text", "value", "action"),
    [
        ("ส่วนราชการ สถานีตำรวจภูธรบ้านทดลอง โทร. ๐ ๔๓๑๑ ๒๒๓๓", "0 4311 2233", "keep"),
        ("โรงเรียนบ้านหนองทดลอง โทร. ๐ ๔๔๑๒ ๓๔๕๖", "0 4412 3456", "keep"),
        ("นายทดลอง ใจดี โทรศัพท์บ้าน ๐ ๔๓๑๑ ๒๒๓๓", "0 4311 2233", "redact"),
        ("ติดต่อที่บ้าน โทร. ๐ ๔๓๑๑ ๒๒๓๓", "0 4311 2233", "redact"),
        ("ผู้ร้องอยู่บ้านเลขที่ ๙ โทร. ๐ ๔๓๑๑ ๒๒๓๓", "0 4311 2233", "redact"),
    ],
)
def test_landlines(text: str, value: str, action: str) -> None:
    assert _action(_decide(text), value) == action


def test_a_position_below_a_table_is_not_its_last_names() -> None:
    """The last row's name cell, then a paragraph under the table opening with a position: the
    position is the next line's signer's, not the listed person's; in the same cell it would be."""
    text = "ชื่อ-สกุล\nนายทดลอง ใจดี\nแพทย์ผู้ตรวจ นายแพทย์ทดสอบ สมมุติ นายแพทย์ชำนาญการ"
    view = normalise(text).text
    s = view.index("นายทดลอง")
    cells = [TableCell(0, len("ชื่อ-สกุล"), 0, 0, 0, "", True),
             TableCell(s, s + len("นายทดลอง ใจดี"), 0, 1, 0, "ชื่อ-สกุล", False)]
    out = _decide(text, cells)
    assert _action(out, "นายทดลอง ใจดี") == "redact"
    assert _action(out, "นายแพทย์ทดสอบ สมมุติ") == "keep"
    same_cell = "ชื่อ-สกุล\nนายทดลอง ใจดี\nแพทย์ผู้ตรวจ"
    cells = [TableCell(0, len("ชื่อ-สกุล"), 0, 0, 0, "", True),
             TableCell(s, len(same_cell), 0, 1, 0, "ชื่อ-สกุล", False)]
    assert _action(_decide(same_cell, cells), "นายทดลอง ใจดี") == "keep"


@pytest.mark.parametrize(("first", "second", "action"), [
    ("กู้ชีพเทศบาล", "๒ (ฮข ๔๑๒๒ ลำปาง)", "keep"),  # the unit's name on the cell's first line
    ("รถกระบะของผู้ป่วย", "(บข ๔๑๒๒ ลำปาง)", "redact"),
])
def test_plate_in_a_cell_read_with_its_cell(first: str, second: str, action: str) -> None:
    """A narrow cell's lines are read apart, another cell's text between them: the plate's own cell
    says whose vehicle it is."""
    # The row's other cell between the two lines is longer than the 60 characters read before a plate.
    text = f"{first}\nนายทดลอง ใจดี อายุ ๔๕ ปี ถูกสุนัขกัดที่น่องซ้าย เลือดออกมาก ต้องเย็บแผลห้าเข็ม\n{second}"
    view = normalise(text).text
    a, b = view.split("\n")[0], view.split("\n")[2]
    s2 = len(view) - len(b)
    cells = [TableCell(0, len(a), 0, 1, 5, "หน่วยที่ออก"), TableCell(len(a) + 1, s2 - 1, 0, 1, 2, "ผู้ป่วย"),
             TableCell(s2, len(view), 0, 1, 5, "หน่วยที่ออก")]
    out = _decide(text, cells)
    plate = normalise(second).text.strip("()๒2 ")
    assert _action(out, plate) == action, out


@pytest.mark.parametrize(("text", "name", "action"), [
    # a position a caption wraps inside its word still follows the name
    ("ภาพ: นายทดลอง ใจสมมุติ นายก\nเทศมนตรีตำบลทดลอง มอบเงินช่วยเหลือ", "นายทดลอง ใจสมมุติ", "keep"),
    ("ภาพ: นางทดลอง มีสมมุติ ผู้อำนวย\nการกองคลัง ตรวจรับงาน", "นางทดลอง มีสมมุติ", "keep"),
    # the wrap joins no position: the next line's word is something else
    ("มอบให้แก่นายทดลอง ใจสมมุติ ผู้ประ\nสบภัยบ้านเลขที่ 4", "นายทดลอง ใจสมมุติ", "redact"),
    ("มอบให้แก่นายทดลอง ใจสมมุติ ชาว\nบ้านหมู่ที่ 4", "นายทดลอง ใจสมมุติ", "redact"),
])
def test_position_wrapped_inside_its_word(text: str, name: str, action: str) -> None:
    assert _action(_decide(text), normalise(name).text) == action


@pytest.mark.parametrize(("pieces", "headers", "name", "action"), [
    # a family member in brackets in an official's row is a private person
    ([[(0, "นายทดลอง ใจงาม"), (1, "ปลัดอำเภอ"), (2, "นางสมมุติ ใจงาม (คู่สมรส)")]],
     ["ผู้เข้าพัก", "ตำแหน่ง", "ผู้พักอาศัยร่วม"], "นางสมมุติ ใจงาม", "redact"),
    ([[(0, "นายทดลอง ใจงาม"), (1, "ปลัดอำเภอ"), (2, "นางสมมุติ ใจงาม (คู่สมรส)")]],
     ["ผู้เข้าพัก", "ตำแหน่ง", "ผู้พักอาศัยร่วม"], "นายทดลอง ใจงาม", "keep"),
    ([[(0, "นายทดลอง ใจงาม"), (1, "ปลัดอำเภอ"), (2, "นางสมมุติ ใจงาม (ภรรยา)")]],
     ["ผู้เข้าพัก", "ตำแหน่ง", "หมายเหตุ"], "นางสมมุติ ใจงาม", "redact"),
    # an election result: the candidates in a table with a column of votes stay; exam scores do not
    ([[(0, "๑"), (1, "นายทดลอง ลงสมัคร"), (2, "๔๑๒")]], ["หมายเลข", "ชื่อผู้สมัคร", "คะแนนเสียง"],
     "นายทดลอง ลงสมัคร", "keep"),
    ([[(0, "๑"), (1, "นายทดลอง ลงสมัคร"), (2, "๘๘")]], ["ลำดับ", "ชื่อผู้สมัคร", "คะแนนสอบ"],
     "นายทดลอง ลงสมัคร", "redact"),
])
def test_relatives_and_election_candidates_in_tables(pieces: list[list[tuple[int, str]]], headers: list[str],
                                                      name: str, action: str) -> None:
    text, cells = _piece_cells(pieces, headers)  # Thai digits fold one for one: the offsets hold
    assert _action(_decide(text, cells), normalise(name).text) == action


@pytest.mark.parametrize(("text", "action"), [
    ("ประกาศผลการเลือกผู้ใหญ่บ้าน\nผู้ได้รับเลือกคือ นายทดลอง ลงสมัคร", "keep"),
    ("ประกาศผลการคัดเลือกนักเรียนทุน\nผู้ได้รับเลือกคือ นายทดลอง ลงสมัคร", "redact"),
])
def test_the_elected_candidate_announced(text: str, action: str) -> None:
    assert _action(_decide(text), "นายทดลอง ลงสมัคร") == action


@pytest.mark.parametrize(("third_header", "third_value", "action"), [
    # the name, the unit where the person works, and a column of the person's own affairs: a member's or a
    # debtor's row, not an act of office
    ("เงินกู้คงเหลือ (บาท)", "215,400", "redact"),
    ("เลขทะเบียนสมาชิก", "004417", "redact"),
    ("โรคประจำตัว", "เบาหวาน", "redact"),
    # nothing private in the row (or an empty cell): a roster of officials by unit
    ("เบอร์โทรสำนักงาน", "0 4321 0000", "keep"),
    ("หมายเหตุ", "ผู้ประสานงาน", "keep"),
    ("เงินกู้คงเหลือ (บาท)", "", "keep"),
    # the pay of the post is public money for public work: a payroll of officials stays a roster; pay owed is a debt
    ("เงินเดือน (บาท)", "32,150", "keep"),
    ("ค่าตอบแทนรายเดือน", "9,000", "keep"),
    ("ค่าจ้างค้างจ่าย (บาท)", "12,400", "redact"),
])
def test_a_unit_beside_a_name_in_a_row_of_private_affairs(third_header: str, third_value: str, action: str) -> None:
    headers = ("ชื่อ-สกุล", "หน่วยงานต้นสังกัด", third_header)
    text = "\t".join(headers) + "\n" + "\t".join(("นางทดลอง ใจงามดี", "สพป.ทดลอง เขต 2", third_value))
    view = normalise(text).text
    cells = []
    pos = 0
    for row, line in enumerate(view.split("\n")):
        for col, cell in enumerate(line.split("\t")):
            h = "" if row == 0 else normalise(headers[col]).text
            if cell:
                cells.append(TableCell(pos, pos + len(cell), 0, row, col, header=h, is_header=row == 0))
            pos += len(cell) + 1
    out = _decide(text, cells)
    assert _action(out, "นางทดลอง ใจงามดี") == action, out


@pytest.mark.parametrize(("below", "action"), [
    # an organisation chart: the position sits in the cell right below the name, same column
    ("นักจัดการงานทั่วไปชำนาญการ", "keep"),
    ("ผู้อำนวยการกองคลัง", "keep"),
    # a list's name column: another name below, no office
    ("นายทดสอบ ผังดี", "redact"),
])
def test_position_in_the_cell_below_the_name(below: str, action: str) -> None:
    grid = [["ฝ่ายบริหารงานทั่วไป", "กองคลัง"], ["นางสาวทดลอง ผังดี", "นายทดลอง ผังงาม"], [below, "-"]]
    text, cells, pos = "", [], 0
    for row, line in enumerate(grid):
        for col, cell in enumerate(line):
            v = normalise(cell).text
            cells.append(TableCell(pos, pos + len(v), 0, row, col, header="" if row == 0 else grid[0][col],
                                   is_header=row == 0))
            text += v + "\n"
            pos += len(v) + 1
    assert _action(_decide(text, cells), "นางสาวทดลอง ผังดี") == action
