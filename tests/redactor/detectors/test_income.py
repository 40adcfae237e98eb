"""income: a private person's income, wages, debts; never budgets, prices or pay scales."""

from __future__ import annotations

import pytest

from tests.redactor.detectors.tables import table_test

NAME = "income"
STATED = (0.7, 0.8)
DEAL = (0.55, 0.65)

CASES = [
    # minutes: a user's arrears as "ค้าง" right before the money
    ("ผู้ใช้น้ำค้างชำระเกิน ๓ เดือน ได้แก่ นางทดลอง ใจดี ค้าง ๑,๒๔๐ บาท และนายทดลอง มีสุข ค้าง ๘๗๐ บาท",
     ["๑,๒๔๐ บาท", "๘๗๐ บาท"], STATED),
    ("นายทดลอง ใจดี ค้างคืนที่ศาลา ๒ วัน", [], None),
    # maintenance a parent pays for a child (a divorce agreement); a programme's allowance is the state's
    ("ฝ่ายชายยินยอมชำระค่าอุปการะเลี้ยงดูบุตรเดือนละ ๔,๕๐๐ บาท", ["๔,๕๐๐ บาท"], STATED),
    ("นางทดลอง ใจดี ได้รับค่าเลี้ยงชีพเดือนละ 3,000 บาท", ["3,000 บาท"], STATED),
    ("โครงการสนับสนุนค่าเลี้ยงดูเด็กแรกเกิด รายละ 600 บาท ทั้งจังหวัด", [], None),
    # the instalment a named debtor agrees to pay; an agency's instalments on a purchase are its spending,
    # and a period alone is no money
    ("นางทดลอง ใจดี ยอมผ่อนชำระเดือนละ ๓,๖๐๐ บาท จนกว่าจะครบ", ["๓,๖๐๐ บาท"], STATED),
    ("จำเลยนายทดลอง มีสุข ตกลงผ่อนชำระหนี้งวดละ 2,500 บาท", ["2,500 บาท"], STATED),
    ("เทศบาลผ่อนชำระค่าเช่าซื้อรถตามสัญญางวดละ ๔๕,๐๐๐ บาท", [], None),
    ("ผู้ไกล่เกลี่ยให้จำเลย นายทดลอง ใจดี ชำระเงินงวดละ ๒,๐๐๐ บาท", ["๒,๐๐๐ บาท"], STATED),
    # a family's yearly income; a province's households' average is a statistic
    ("บิดาชื่อ นายทดลอง ใจงาม อาชีพรับจ้าง รายได้ครอบครัวปีละ ๔๕,๐๐๐ บาท", ["๔๕,๐๐๐ บาท"], STATED),
    ("นางทดลอง ใจดี มีรายได้ของครัวเรือนเดือนละ 6,000 บาท", ["6,000 บาท"], STATED),
    ("รายได้ครัวเรือนเฉลี่ยทั้งจังหวัดปีละ ๑๕๐,๐๐๐ บาท", [], None),
    # a debt to a bank, a cooperative or a fund named right after หนี้; a country's public debt is nobody's
    ("นางทดลอง ใจดี มีหนี้ ธ.ก.ส. ๑๒๐,๐๐๐ บาท", ["๑๒๐,๐๐๐ บาท"], STATED),
    ("นายทดลอง มีสุข เป็นหนี้สหกรณ์การเกษตร 35,000 บาท", ["35,000 บาท"], STATED),
    ("ประเทศมีหนี้สาธารณะ ๑๐,๐๐๐,๐๐๐ ล้านบาท", [], None),
    ("ผู้รับจ้างขอรับชำระเงินงวดละ ๒๐๐,๐๐๐ บาท ตามสัญญาจ้าง", [], None),
    ("นางทดลอง ใจดี ขอผ่อนชำระเดือนละ ๒ ครั้ง", [], None),
    # loss of work or income without an amount, of a named person
    ("นายทดลอง ใจดี ขอผ่อนชำระเนื่องจากตกงาน รายได้ไม่แน่นอน ที่ประชุมอนุมัติ", ["ตกงาน รายได้ไม่แน่นอน"], DEAL),
    ("ผู้ร้องแจ้งว่าถูกเลิกจ้างตั้งแต่เดือนมกราคม", ["ถูกเลิกจ้าง"], DEAL),
    # a benefit, a statistic, a programme: nobody's
    ("นายทดลอง ใจดี ยื่นขอรับประโยชน์ทดแทนกรณีว่างงาน", [], None),
    ("อัตราการว่างงานของจังหวัดอยู่ที่ร้อยละ ๑.๒", [], None),
    ("โครงการช่วยเหลือผู้ว่างงานและผู้มีรายได้ไม่เพียงพอ นายทดลอง ใจดี ผู้ประสานงาน", [], None),
    ("ในหมู่บ้านมีผู้ตกงาน ๑๒ คน นายทดลอง ใจดี รายงาน", [], None),
    # income from a named source, per period, of a named person; a municipality's revenue is nobody's
    ("ผู้ยื่นคำขอ นางทดลอง ใจดี มีรายได้จากการรับจ้างวันละ ๔๐๐ บาท", ["๔๐๐ บาท"], STATED),
    ("เทศบาลมีรายได้จากการจัดเก็บภาษีปีละ ๒,๐๐๐,๐๐๐ บาท", [], None),
    # a one-off payment the agency orders to a named person is the state's spending; a periodic one is pay
    ("มติ ให้จ่ายค่าตอบแทนรวม ๓๗,๒๐๐ บาท แก่นางทดลอง ใจดี", [], None),
    ("นางทดลอง ใจดี ได้รับค่าตอบแทนเดือนละ ๙,๐๐๐ บาท", ["๙,๐๐๐ บาท"], STATED),
    # income and wages of a person
    ("นายสมศักดิ์ ทองดี ประกอบอาชีพรับจ้าง มีรายได้เดือนละ 8,500 บาท", ["8,500 บาท"], STATED),
    ("ผู้ร้องมีรายได้ประมาณ ๙,๐๐๐ บาทต่อเดือน", ["๙,๐๐๐ บาท"], STATED),
    # a line wrap between the debt and its amount (a PDF line ends after the phrase)
    ("นางทดลอง ใจดี มีหนี้นอกระบบ\nประมาณ ๒๗,๕๐๐ บาท", ["๒๗,๕๐๐ บาท"], STATED),
    ("นายทดลอง ใจดี มีรายได้เดือนละ\n๔,๕๐๐ บาท", ["๔,๕๐๐ บาท"], STATED),
    # the next line is another matter: a budget, not the debt
    ("นางทดลอง ใจดี ไม่มีหนี้นอกระบบ\nงบประมาณโครงการ ๒๗,๕๐๐ บาท", [], None),
    ("นางทดลอง ใจดี มีหนี้นอกระบบ\n\nประมาณ ๒๗,๕๐๐ บาท", [], None),
    ("นางสาวแก้วตา ใจดี ได้รับเงินเดือน 15,000 บาท (หนึ่งหมื่นห้าพันบาทถ้วน)",
     ["15,000 บาท (หนึ่งหมื่นห้าพันบาทถ้วน)"], STATED),
    ("ลูกจ้างรายนี้ได้รับค่าจ้างวันละ 350 บาท", ["350 บาท"], STATED),
    # debts
    ("ครอบครัวของผู้ร้องเป็นหนี้นอกระบบ 120,000 บาท", ["120,000 บาท"], STATED),
    ("นายดำ ค้างชำระค่าเช่าซื้อ จำนวน 45,200.50 บาท", ["45,200.50 บาท"], STATED),
    ("ยอดหนี้คงค้างของผู้กู้ ณ วันที่ 30 กันยายน 2566 เป็นเงิน 88,000 บาท", ["88,000 บาท"], STATED),
    # a named kind of debt, a debt still owed, a last salary
    ("ศาลให้จำเลยชำระหนี้เงินกู้จำนวน 215,430.75 บาท", ["215,430.75 บาท"], STATED),
    ("นางสาวพร ใจงาม มีหนี้เงินกู้สหกรณ์คงเหลือ 98,000 บาท", ["98,000 บาท"], STATED),
    ("ผู้สมัครได้รับเงินเดือนสุดท้าย 27,800 บาท", ["27,800 บาท"], STATED),
    # the writer of a form or request: the income stated further down is theirs
    ("ข้าพเจ้า นางสาย ดีงาม\nที่อยู่ 12 หมู่ 3\nเลขประจำตัว ...................................................\n"
     "สถานภาพ สมรส อาชีพ ทำสวน " + "." * 150 + " รายได้ต่อเดือน 3,900 บาท", ["3,900 บาท"], STATED),
    # English
    ("Ms. Anna Berg, salary of USD 2,400 per month", ["USD 2,400"], STATED),
    # a printed line ends after รายได้, เดือนละ … on the next
    ("เด็กหญิงทดลอง ใจดี อาศัยกับยาย ครอบครัวมีรายได้\nเดือนละประมาณ ๓,๒๐๐ บาท", ["๓,๒๐๐ บาท"], STATED),
    ("ครอบครัวมีรายได้\nจากการขายผัก", [], None),
    # a retiree's file: savings and a pension; an agency's unspent budget and a balance sheet stay
    ("Mr. Tadlong Smith states that his account holds a balance of 812,460.55 baht and a monthly pension of EUR 2,150.",
     ["812,460.55 baht", "EUR 2,150"], STATED),
    ("The project balance of 1,200,000 baht was returned to the budget.", [], None),
    ("The office keeps a balance sheet for 2026.", [], None),
    ("Her monthly income is 18,000 baht.", ["18,000 baht"], STATED),
    # a CV or an application is about its writer; tax assessed on or owed by a taxpayer
    ("CURRICULUM VITAE\nName: Ms. Anna Berg\n" + "Education and training. " * 10
     + "\n2019-2024 clerk; last monthly salary 27,800 Baht", ["27,800 Baht"], STATED),
    ("เรียน นายดำ ขำคม\nที่อยู่ผู้เสียภาษี 12 หมู่ 3\nพนักงานประเมินได้ประเมินภาษีประจำปี 2568 เป็นเงิน 3,418.50 บาท",
     ["3,418.50 บาท"], STATED),
    ("ผู้เสียภาษีมียอดค้างชำระปีก่อน 1,207 บาท", ["1,207 บาท"], STATED),
    # assessable income as tax law names it; tax due with its surcharge ("พร้อม" another amount)
    ("เลขประจำตัวผู้เสียภาษีอากร ๑๒๓\nเรียน นายทดลอง สมมุติ ท่านมีเงินได้จากการให้เช่าทรัพย์สิน ๓๑๐,๐๐๐ บาท",
     ["๓๑๐,๐๐๐ บาท"], STATED),
    ("เรียน นายทดลอง สมมุติ ผู้เสียภาษี ประเมินภาษีที่ต้องชำระเพิ่ม ๑๒,๓๐๐ บาท พร้อมเงินเพิ่ม ๑,๐๔๐ บาท",
     ["๑๒,๓๐๐ บาท", "๑,๐๔๐ บาท"], STATED),
    ("นางทดลอง ใจดี มีเงินได้พึงประเมิน 96,000 บาท", ["96,000 บาท"], STATED),
    ("เรียน นายทดลอง สมมุติ ผู้เสียภาษี ท่านมีเงินได้จากการให้เช่า\nทรัพย์สิน ๓๑๐,๐๐๐ บาท", ["๓๑๐,๐๐๐ บาท"], STATED),
    # a private mortgage or sale
    ("ที่ดินของผู้ร้องติดจำนองเป็นประกันเงินกู้กับธนาคาร วงเงิน 300,000 บาท", ["300,000 บาท"], DEAL),
    ("ภรรยาของผู้ถูกร้องอ้างว่าซื้อที่ดินมาในราคา 250,000 บาท", ["250,000 บาท"], DEAL),
    # what an applicant asks to be paid: after the label, or a few lines below a spaced-out heading
    ("Expected Salary: 32,000 THB", ["32,000 THB"], (0.65, 0.75)),
    ("เงินเดือนที่ต้องการ 18,000 - 20,000 บาท", ["18,000 - 20,000 บาท"], (0.65, 0.75)),
    ("S K I L L S\nE X P E C T E D  S A L A R Y\nE D U C A T I O N\nTeamwork\n- THB 21,500 baht\nPython",
     ["THB 21,500"], (0.65, 0.75)),
    ("DESIRED SALARY\n\n25,000 บาท", ["25,000 บาท"], (0.65, 0.75)),
    # a heading with no amount near it; an amount inside a sentence; a figure with no currency below
    ("Expected salary\nNegotiable\nLanguages\nThai, English\nHobbies\nCut IT costs by THB 45,000 a year", [], None),
    ("EXPECTED SALARY\nNegotiable\nSaved 12,000 baht a year on licences by moving to open source", [], None),
    ("Expected salary\nNegotiable\n2019 - 2023", [], None),
    ("expected salaryman", [], None),
    # -- negatives: amounts of the state, contracts, programmes, scales -------------------
    ("งบประมาณโครงการ 2,500,000 บาท", [], None),
    ("ราคากลาง 1,200,000 บาท ผู้รับจ้าง นายสมชาย ใจดี", [], None),
    ("มอบเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อย จำนวน 126 ราย รวมเป็นเงิน 378,000 บาท", [], None),
    ("อัตราเงินเดือนขั้นต่ำ 9,400 บาท ตามระเบียบ", [], None),
    ("ค่าจ้างเหมาบริการ ตามสัญญาเลขที่ 12/2567 จำนวน 96,000 บาท", [], None),
    ("บริษัท เอ จำกัด เสนอราคา 450,000 บาท", [], None),
    ("เงินเดือนของข้าราชการเพิ่มขึ้นร้อยละ 5 ทั้งหมด 1,000 ล้านบาท", [], None),
    ("หมู่บ้านละ 20,000 บาท หลังละไม่เกิน 40,000 บาท", [], None),
    # further amounts of the same clause; a debt owed to someone named after it
    ("เรียน นายทดลอง สมมุติ ท่านยังค้างชำระภาษีป้าย ๒,๔๐๐ บาท และภาษีที่ดินและสิ่งปลูกสร้าง ๕,๑๖๗.๒๕ บาท",
     ["๒,๔๐๐ บาท", "๕,๑๖๗.๒๕ บาท"], STATED),
    ("เรียน นายทดลอง สมมุติ ค้างชำระค่าเช่า 1,200 บาท และค่าน้ำ\n350.50 บาท", ["1,200 บาท", "350.50 บาท"], STATED),
    ("นางทดลอง สมมุติ มีหนี้สินกับธนาคาร 214,300 บาท", ["214,300 บาท"], STATED),
    ("บิดาเป็นหนี้นอกระบบกับนายทุน ๑๘๗,๕๐๐ บาท", ["๑๘๗,๕๐๐ บาท"], STATED),
    # a summons to a defendant: the debt it claims
    ("หมายเรียก\nนางสาวทดลอง ใจดี จำเลย\nที่อยู่ 1 ถนนสมมุติ ตำบลสมมุติ อำเภอทดลอง จังหวัดทดลอง รายละเอียดเพิ่มเติม"
     " ตามคำฟ้องที่แนบมานี้ทั้งหมด และขอให้ท่านไปศาลตามกำหนดนัด\nเรียกเงินค้างชำระ 87,432.15 บาท",
     ["87,432.15 บาท"], STATED),
    ("ค้างชำระค่าเช่า 3,000 บาท และค่าปรับ 500 บาท ตามสัญญาเช่าอาคารของเทศบาล", [], None),  # no person
    ("นายสมชาย ใจดี ค้างชำระ 1,000 บาท และงบประมาณโครงการ 500,000 บาท", ["1,000 บาท"], STATED),
    ("นายสมชาย ใจดี มีรายได้น้อย", [], None),
    ("จัดซื้อที่ดินในราคา 3,000,000 บาท", [], None),
    ("ขออนุมัติเบิกค่าจ้าง นายดำ ขำคม ผู้รับจ้าง ค่าจ้าง 9,000 บาท", [], None),  # the agency's payment
    ("ลูกหนี้เงินกู้ของกองทุนหมู่บ้าน 45 ราย", [], None),  # a count, not an amount
    ("เรื่อง การจัดเก็บรายได้ต่อเดือน 1,250,000 บาท ของเทศบาล", [], None),  # no person, no writer
    # a total written right before the debt phrase; a surcharge at a rate, then its sum
    ("นายทดลอง ใจดี ค้างชำระภาษีโรงเรือน รวมเป็นเงินค้างชำระ ๙,๔๒๐ บาท พร้อมเงินเพิ่มร้อยละ ๑.๕ ต่อเดือน "
     "เป็นเงิน ๑,๑๓๐ บาท", ["๙,๔๒๐ บาท", "๑,๑๓๐ บาท"], STATED),
    ("รวมเป็นเงินทั้งสิ้น ๔๘,๐๐๐ บาท ให้แก่นายทดลอง ใจดี", [], None),  # a payment by the agency
    # a letter addressed to a private person by name: the wage it states is that person's
    ("เรียน นางทดลอง มั่นงาน\nตามที่ท่านประสบอันตรายจากการทำงาน" + "ก" * 220
     + "\nให้จ่ายค่าทดแทนร้อยละ ๖๐ ของค่าจ้าง ๙,๘๐๐ บาท เป็นเงิน ๕,๘๘๐ บาท", ["๙,๘๐๐ บาท", "๕,๘๘๐ บาท"], STATED),
    ("เรียน นายอำเภอทดลองเมือง\n" + "ก" * 220 + "\nโครงการจ้างเหมา ค่าจ้าง ๙,๘๐๐ บาท", [], None),
    ("ประมาณการรายรับภาษีประจำปี 2569 เป็นเงิน 1,000,000 บาท ของเทศบาล", [], None),  # the state's revenue
    ("Annual report 2024: salary budget 2,000,000 Baht for all staff", [], None),
    # tax law's words in a rule or the state's figures: no person, no taxpayer
    ("ผู้มีเงินได้พึงประเมินไม่เกิน 150,000 บาท ได้รับยกเว้น", [], None),
    ("เงินได้จากการจัดเก็บภาษีของจังหวัด 4,500,000 บาท", [], None),
]


test_table = table_test(NAME, CASES)


def test_pay_slip_rows_of_a_salary_certificate(detect) -> None:
    text = ("หนังสือรับรองเงินเดือน\nรายการ\n\nจำนวนเงิน (บาท)\n\nเงินเดือน\n\n20,000.00\n\n"
            "หัก ภาษีเงินได้\n\n500.00\n\nคงเหลือรับจริง\n\n19,500.00\n\nโครงการอบรม\n\n3,000.00")
    view, found = detect(NAME, text)
    assert [view[f.start:f.end] for f in found] == ["20,000.00", "500.00", "19,500.00"]
    assert all(f.label == "INCOME" and 0.55 <= f.score <= 0.65 for f in found)


def test_rows_without_a_pay_statement_stay(detect) -> None:
    _, found = detect(NAME, "ค่าตอบแทนกรรมการ\n\n1,500.00\n\nค่าอาหาร\n\n900.00")
    assert found == []


def test_amounts_under_a_debt_header_line_of_a_table_read_as_text(detect) -> None:
    """A table whose cells the pipeline does not know (a rotated page read line by line): money
    alone on its lines under a debt header line, in a document that names people; not the
    total, not counts, not without a debt header."""
    text = ("รายชื่อผู้กู้ยืมที่ค้างชำระ\nลำดับ\nชื่อผู้กู้ยืม\nยอดหนี้ค้างชำระ\n1\nนายทดลอง ใจดี\n48,210.00\n"
            "2\nนางสมมุติ ดีใจ\n12,995.50\nรวม\n61,205.50\n")
    view, found = detect("income", text)
    assert sorted(view[f.start:f.end] for f in found) == ["12,995.50", "48,210.00"]
    _v, none = detect("income", text.replace("ยอดหนี้ค้างชำระ", "ราคากลาง"))
    assert none == []
    _v, nobody = detect("income", "ยอดหนี้ค้างชำระ\n48,210.00\n12,995.50\n")
    assert nobody == []


@pytest.mark.parametrize("lead", [
    "มีรายได้", "รายได้สุทธิต่อเดือน", "อัตราเงินเดือน", "เงินเดือนปัจจุบัน", "ได้รับค่าจ้างรายวัน", "ค่าแรงวันละ",
    "ค่าตอบแทนเดือนละ", "เงินเดือนละ", "เป็นหนี้สินนอกระบบ", "มีหนี้กับนายทุน", "ยอดหนี้คงเหลือ", "ค้างชำระค่าเช่า",
    "หนี้บ้านคงค้าง", "กู้ยืมญาติ", "หนี้บัตรเครดิต", "ประเมินภาษีโรงเรือนประจำปี 2567", "มีเงินได้พึงประเมิน",
    "Monthly Income", "annual income", "SALARY", "wages", "earns", "earning", "Debts", "owes", "owing",
    "ชำระค่าอุปการะเลี้ยงดูบุตรเดือนละ", "ค่าเลี้ยงชีพ", "ผ่อนชำระเดือนละ", "ผ่อนชำระหนี้งวดละ", "ชำระเงินงวดละ",
])
def test_every_kind_of_lead_holds_a_word_the_pre_check_looks_for(lead: str) -> None:
    # IncomeDetector scans for INCOME_RE only where one of its lead words stands: each kind of lead
    # the pattern knows must hold one, in any case.
    from redactor.detectors.income import INCOME_RE, may_hold_income_lead

    text = f"{lead} 12,500 บาท"
    assert INCOME_RE.search(text) is not None
    assert may_hold_income_lead(text)


def test_text_without_any_lead_word_is_not_scanned_for_income() -> None:
    from redactor.detectors.income import may_hold_income_lead

    assert not may_hold_income_lead("ประกาศผลการสอบ นายสมชาย ใจดี ได้คะแนน 85 คะแนน งบประมาณ 1,000,000 บาท")
