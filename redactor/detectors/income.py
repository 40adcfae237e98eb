"""A private person's income, salary, wages or debts (INCOME).

The amount after an income or debt phrase (มีรายได้เดือนละ …, เงินเดือน …,
ได้รับค่าจ้างวันละ …, เป็นหนี้ … บาท, ค้างชำระ …, ยอดหนี้คงค้าง … , salary of …)
near a private person. The amount in words that follows in parentheses goes too.
Once a document states a person's pay, its pay-slip rows (ค่าจ้าง, หัก …, คงเหลือ
รับจริง) are that person's too.

Amounts of the state are not personal: budgets, contract and project prices,
payments by the agency, grants per household, pay scales in regulations.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import bare_cells_under_header_line
from redactor.lexicon import PERSON_NEAR
from redactor.rx import compile_scan
from redactor.types import Finding

_NUM = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+(?:\.[0-9]{1,2})?"
_CUR = r"(?:บาท|[Bb]aht|BAHT|THB|USD|US\$|\$|EUR|€|ดอลลาร์(?:สหรัฐ)?|ริงกิต|กีบ|จ๊าด|ดอง)"
_WORDS = r"[ \t]*\([ \t]*[ก-๛]{4,60}(?:บาท|ถ้วน|สตางค์)[ก-๛]*[ \t]*\)"
# Money: a currency, or a figure written as money (1,250 / 850.00 / three digits or more);
# never a count or a duration ("ค้างชำระภาษี 2 ปี").
_MONEY = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2}|[0-9]{3,}"
_ONE = (
    rf"(?:{_CUR}[ \t]*(?:{_NUM})|(?:{_NUM})[ \t]*{_CUR}"
    rf"|(?:{_MONEY})(?![0-9,.])(?![ \t]*(?:ปี|เดือน|วัน|ครั้ง|งวด|ราย|คัน|คน)))"
)
# One amount, or several glued (a tracked change leaves the old and the new figure).
AMOUNT = rf"{_ONE}(?:[ \t]*{_ONE})*(?:{_WORDS})?"

_either = rx.either

# A printed line may end after รายได้ with เดือนละ … on the next line.
# A family's or a household's income (รายได้ครอบครัวปีละ …, รายได้ของครัวเรือนเดือนละ …) is its members'.
_RAI_DAI = (r"รายได้(?:[ \t]*\n[ \t]*(?=สุทธิ|รวม|เฉลี่ย|ต่อ|เดือน|ปี|วัน))?(?:(?:ของ)?(?:ครอบครัว|ครัวเรือน))?"
            r"(?:สุทธิ|รวม|เฉลี่ย|ต่อ)?(?:ต่อ)?(?:เดือน|ปี|วัน)?(?:ละ)?")
_SALARY = r"เงินเดือน(?:ปัจจุบัน|สุทธิ|เดือนละ|สุดท้าย|ล่าสุด|เดิม|ที่ได้รับ)?"
_WAGE = r"ค่าจ้าง(?:ราย(?:วัน|เดือน))?(?:วันละ|เดือนละ)?"
_DEBT = r"หนี้(?:สิน)?(?:นอกระบบ|ค้างชำระ|คงค้าง)?"
_DEBT_TO = (r"หนี้(?:สิน)?(?:นอกระบบ)?(?:กับ|แก่|ต่อ)[ก-๛.]{1,30}?(?=[ \t]*[0-9])"
            # A lender named right after หนี้ with no กับ: a bank, a cooperative, a fund (มีหนี้ ธ.ก.ส. …).
            r"|หนี้(?:สิน)?(?:เงินกู้)?[ \t]*(?:ธ\.?ก\.?ส\.?|กยศ\.?|ธนาคาร[ก-๛.]{0,20}?|สหกรณ์[ก-๛.]{0,20}?"
            r"|กองทุน[ก-๛.]{0,20}?)(?=[ \t]*[0-9])")
_TAX = r"ภาษี[ก-๛]{0,30}?(?:ประจำปี[ \t]*[0-9]{4}|ค้างชำระ|ที่ต้องชำระ(?:เพิ่ม)?)"
# A person's assessable income as tax law names it (เงินได้พึงประเมิน, เงินได้จากการให้เช่าทรัพย์สิน).
_TAXABLE = r"เงินได้(?:พึงประเมิน|สุทธิ)?(?:จาก[ก-๛]{1,30}?(?:[ \t]*\n[ \t]*[ก-๛]{1,30}?)?(?=[ \t]*[0-9]))?"
_LEAD = (
    _either(("มี", ""), _RAI_DAI)
    # Income from a named source per period (มีรายได้จากการรับจ้างวันละ …, รายได้จากการขายผักเดือนละ …).
    + "|" + _either(("มี", ""), r"รายได้จาก[ก-๛]{1,24}?(?:เดือน|ปี|วัน)ละ")
    + "|" + _either(("อัตรา", ""), _SALARY) + "|" + _either(("ได้รับ", ""), _WAGE)
    + r"|ค่าแรง(?:วันละ)?|ค่าตอบแทน(?:เดือนละ)?|เงินเดือนละ|"
    # Maintenance a parent or a spouse pays (a divorce agreement, a court's order): ค่าอุปการะเลี้ยงดูบุตร
    # เดือนละ …, ค่าเลี้ยงชีพ ….
    + r"ค่าอุปการะ(?:เลี้ยงดู)?(?:บุตร)?(?:เดือนละ|ปีละ)?|ค่าเลี้ยงดู(?:บุตร)?(?:เดือนละ)?|ค่าเลี้ยงชีพ(?:เดือนละ)?|"
    # The instalment a debtor agrees to pay (a mediation record: ผ่อนชำระเดือนละ …, ผ่อนชำระหนี้งวดละ …).
    + r"ผ่อน(?:ชำระ|จ่าย)?(?:หนี้)?[ก-๛]{0,16}?(?:เดือน|งวด|ปี|วัน)ละ|ชำระ(?:เงิน|หนี้)(?:เดือน|งวด)ละ|"
    + _either(("เป็น", ""), _DEBT)
    # A debt owed to someone named right after it (หนี้สินกับธนาคาร …, หนี้นอกระบบกับนายทุน …).
    + "|" + _either(("มี", "เป็น"), _DEBT_TO)
    # ค้าง right before money ("นาง… ค้าง 1,240 บาท" in minutes of a water or fee committee): owed.
    + r"|ค้าง(?:จ่าย)?(?=[ \t]*[0-9])"
    + r"|ยอดหนี้[ก-๛]{0,30}|ค้างชำระ[ก-๛]{0,30}|หนี้[ก-๛]{0,30}(?:คงค้าง|คงเหลือ)[ก-๛]{0,30}|กู้ยืม[ก-๛]{0,20}"
    # A named kind of debt: หนี้เงินกู้, หนี้บัตรเครดิต, หนี้สินเชื่อ …
    r"|หนี้(?:เงิน)?(?:กู้(?:ยืม)?|ยืม|บัตรเครดิต|สินเชื่อ)"
    # Tax assessed on a person or owed by them (ภาษีประจำปี 2568 เป็นเงิน …, ภาษีค้างชำระ …).
    + "|" + _either(("ประเมิน", ""), _TAX) + "|" + _either(("มี", ""), _TAXABLE)
    + r"|(?i:monthly[ \t]+income|annual[ \t]+income|income|salary|wages?|earns?|earning|debts?|owes?|owing"
    # A person's pension and savings (an immigration file's "balance of … baht", "pension of EUR …").
    r"|pensions?|(?:account[ \t]+)?balance|savings|deposits?)"
)
# Between the phrase and the amount: an as-of date, a linking word.
# Each repetition takes one word (spaces before it), so that a long run of spaces not followed
# by an amount is tried once, not in every split of the run (exponential backtracking on forms).
# A line wrap may fall between the phrase and the amount (a PDF line ends after หนี้นอกระบบ):
# possessive, so that blanks are taken once whatever follows them.
_LINK = (
    r"(?:[ \t]*+(?:\n[ \t]*+)?(?:ณ[ \t]*วันที่[ \t]*[0-9]{1,2}[ \t]*[ก-๛.]+[ \t]*[0-9]{4}"
    r"|จำนวน|เป็นเงิน|รวม|ประมาณ|ทั้งสิ้น|ละ|of|about|around|is|was|:))*[ \t]*+(?:\n[ \t]*+)?"
)
INCOME_RE = compile_scan(rf"(?:{_LEAD}){_LINK}({AMOUNT})")
# A word every alternative of _LEAD holds (the English ones in any case): a text with none of
# them holds no match of INCOME_RE, and its scan (the detector's slowest) is skipped.
_LEAD_WORDS_TH = ("รายได้", "เงินเดือน", "ค่าจ้าง", "ค่าแรง", "ค่าตอบแทน", "หนี้", "ค้าง", "กู้ยืม", "ภาษี", "เงินได้",
                  "ค่าอุปการะ", "ค่าเลี้ยง", "ผ่อน", "ชำระเงิน")
_LEAD_WORDS_EN = ("income", "salary", "wage", "earn", "debt", "owe", "owing", "pension", "balance", "saving", "deposit")


def may_hold_income_lead(text: str) -> bool:
    if any(w in text for w in _LEAD_WORDS_TH):
        return True
    low = rx.ascii_folded(text)
    return any(w in low for w in _LEAD_WORDS_EN)
# A private person's mortgage, loan or private sale: the amount after it.
DEAL_RE = rx.compile(
    rf"(?:(?:จำนอง|ขายฝาก|ประกันเงินกู้|กู้เงิน|กู้ยืมเงิน)[^\n]{{0,40}}?วงเงิน"
    rf"|(?<!จัด)(?:ซื้อ|ขาย)(?:สิทธิ|ที่ดิน|บ้าน)?[ก-๛]{{0,12}}?(?:ใน)?ราคา){_LINK}({AMOUNT})"
)
_TRADER = rx.compile(r"บริษัท|ห้าง|ร้าน|จำกัด|สหกรณ์|ผู้ขาย|ผู้รับจ้าง|ผู้เสนอราคา|จัดซื้อ|จัดจ้าง|(?i:co\.|ltd)")
# Amounts of the state, a contract or a programme: never a person's income.
_PUBLIC = compile_scan(
    r"งบประมาณ|วงเงิน|ราคา|สัญญา|จัดซื้อ|จัดจ้าง|โครงการ|เบิกจ่าย|ค่าใช้จ่าย|อัตราไม่เกิน|ไม่เกิน|ตามระเบียบ|บัญชีอัตรา"
    r"|ขั้นต่ำ|ขั้นสูง|ระดับ[ \t]*[0-9]|ผู้มีรายได้น้อย|ราย(?:ละ|ต่อ)|ครัวเรือนละ|หลังละ|คนละ|ต่อคน|ต่อราย|กองทุน"
    r"|ทั้งจังหวัด|ทั้งหมด|รวมเป็นเงิน|ผู้รับจ้าง|จ้างเหมา|เบิกเงิน|ฎีกา|ใบสำคัญ|ขออนุมัติ"
    r"|(?i:budget|contract|procurement|per[ \t]+household|minimum[ \t]+wage)"
)
# A writer speaking of themself (an application form, a request, a complaint): the income
# stated further down the same form is the writer's own.
# A CV, an application or a letter to a taxpayer is about one person in the same way.
# A summons or a demand addressed to a defendant or a debtor is about that person's debt.
_FIRST_PERSON = rx.compile(r"ข้าพเจ้า|ดิฉัน|กระผม|(?<![ก-๛])ผม(?=[ \t]*(?:ชื่อ|นาย))|ประวัติส่วนตัว|ใบสมัคร|ผู้เสียภาษี"
                           r"|หมายเรียก|(?<![ก-๛])จำเลย|ลูกหนี้"
                           # A letter addressed to a private person by name ("เรียน นายสมชาย ใจดี" alone on
                           # its line): what it says of "ท่าน" is that person's; not a position
                           # ("เรียน นายอำเภอ…", "เรียน นายกเทศมนตรี…").
                           r"|เรียน[ \t]*(?:นางสาว|นาง|นาย)(?!ก(?:เทศ|องค์|รัฐ)|อำเภอ|ทะเบียน|แพทย์|สัตวแพทย์|ช่าง|ตำรวจ|จ้าง)"
                           r"[ก-๛]{2,20}[ \t]+[ก-๛]{2,25}[ \t]*\n"
                           r"|(?i:curriculum[ \t]+vitae|r[ée]sum[ée]\b|application[ \t]+for[ \t]+employment"
                           r"|personal[ \t]+(?:information|details|data)\b)")
# A private person's loss of work or income stated without an amount (minutes, a social worker's note:
# "ขอผ่อนชำระเนื่องจากตกงาน รายได้ไม่แน่นอน"). Not a benefit's or a statistic's name (กรณีว่างงาน,
# อัตราการว่างงาน, ผู้ว่างงาน 120 คน, ประกันการว่างงาน) nor a programme's.
HARDSHIP_RE = compile_scan(
    r"(?<!กรณี)(?<!การ)(?<!ผู้)(?:ตกงาน|ว่างงาน|ถูกเลิกจ้าง|ไม่มีงานทำ)"
    r"(?:[ \t]*(?:และ|,)?[ \t]*(?:ไม่มีรายได้|รายได้ไม่(?:แน่นอน|เพียงพอ|พอ(?:ใช้)?)))?"
    r"|(?<!ผู้)(?:ไม่มีรายได้|รายได้ไม่(?:แน่นอน|เพียงพอ|พอ(?:ใช้)?))"
)
_HARDSHIP_GENERAL = rx.compile(r"[0-9][0-9,]*[ \t]*(?:ราย|คน|ครัวเรือน)|ร้อยละ|อัตรา|สถิติ|ประชาชน|ประชากร|แรงงาน"
                               r"|ทั้งหมด|โครงการ|มาตรการ|ช่วยเหลือผู้|กลุ่มเป้าหมาย|ผู้มีรายได้น้อย|หลักเกณฑ์|ระเบียบ")
_SLIP_TITLE = rx.compile(r"หนังสือรับรอง(?:เงินเดือน|รายได้)|สลิปเงินเดือน|ใบแจ้งเงินเดือน|(?i:pay[ \t]?slip|salary certificate)")
_SLIP_ROW = compile_scan(r"ค่าจ้าง|เงินเดือน|หัก|ชำระหนี้|หนี้|คงเหลือ|รับจริง|สุทธิ|เงินสมทบ|ภาษี|ค่าล่วงเวลา|เงินเพิ่ม"
                       r"|(?i:salary|wage|deduct|net pay|overtime|tax)")
# A row of a budget or a project table, not of a pay slip.
_NOT_SLIP = rx.compile(r"งบประมาณ|โครงการ|สัญญา|ราคา|วงเงิน|จัดซื้อ|จัดจ้าง|(?i:budget|project|contract)")
# More amounts of the same clause after a found one: "ค้างชำระภาษีป้าย 2,400 บาท และภาษีที่ดิน…
# 5,167.25 บาท" (a currency after each, at most one line wrap, no public cue in between).
# "พร้อม" joins a surcharge to the tax it is due with ("… บาท พร้อมเงินเพิ่ม … บาท").
# A rate in between ("พร้อมเงินเพิ่มร้อยละ 2 ต่อเดือน เป็นเงิน … บาท") is part of the clause; so is the
# sum it comes to ("ค่าจ้าง 12,500 บาท เป็นเงิน 8,750 บาท").
_AND_MORE = rx.compile(rf"[ \t]*(?:และ|กับ|รวมทั้ง|พร้อม(?:ด้วย)?|เป็นเงิน|,)"
                       rf"(?:[ก-๛ \t]|ร้อยละ[ \t]*[0-9]{{1,3}}(?:\.[0-9]{{1,2}})?){{0,50}}?"
                       rf"(?:\n[ \t]*[ก-๛ \t]{{0,50}}?)?[ \t]*((?:{_NUM})[ \t]*{_CUR}(?:{_WORDS})?)")
# A total written right before the debt phrase ("รวมเป็นเงินค้างชำระ …"): the debt phrase governs.
_TOTAL_BEFORE = rx.compile(r"(?:รวม)?(?:เป็น)?(?:เงิน)?(?:ทั้งสิ้น)?[ \t]*$")
# Column headers of a private person's debts or pay, for a table whose cells the pipeline does
# not know (a rotated or scanned page read line by line): the amounts alone on their lines
# below such a header line. Money written as money only (1,250 / 850.00), never a count.
_DEBT_HEADERS = ("ยอดหนี้ค้างชำระ", "ยอดหนี้คงค้าง", "หนี้คงค้าง", "หนี้ค้างชำระ", "ยอดค้างชำระ", "เงินต้นคงค้าง",
                 "ดอกเบี้ยค้างชำระ", "ยอดหนี้", "เงินเดือน", "ค่าจ้างรายเดือน", "รายได้ต่อเดือน", "รายได้ต่อปี")
# An order or a decision to pay, right before "ค่าตอบแทน" (ให้จ่าย…, อนุมัติจ่าย…, สั่งจ่าย…).
_AGENCY_PAYS = rx.compile(r"จ่าย(?:เงิน)?[ \t]*$")
_TOTAL = rx.compile(r"[ \t]*(?:รวม|ยอดรวม|(?i:total|sum))")
_MONEY_CELL = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]{1,2})?|[0-9]+\.[0-9]{2}"
_AMOUNT_LINE = rx.compile(rf"^[ \t]*({_MONEY})[ \t]*(?:บาท)?[ \t]*$", re.M)


def _spaced(phrase: str) -> str:
    """``phrase`` as typed or as a heading with its letters spaced out ("E X P E C T E D  S A L A R Y")."""
    return r"[ \t]*".join(r"[ \t]?".join(re.escape(c) for c in w) for w in phrase.split())


# What a job applicant asks to be paid: a CV's or an application's field, about its writer whatever
# the document says around it. The heading may be typed with its letters spaced out.
_EXPECTED_LABEL = compile_scan(
    r"(?<![A-Za-z])(?i:" + "|".join(_spaced(w) for w in ("expected salary", "desired salary", "salary expectation",
                                                          "expected pay", "expected income"))
    + r")(?![a-z])|(?:อัตรา)?เงินเดือนที่(?:ต้องการ|คาดหวัง|ขอรับ)|ค่าตอบแทนที่(?:ต้องการ|คาดหวัง)"
)
# The amount after it: on the label's line (a currency optional), or alone as a short line a few
# lines below (a CV's two-column layout puts other headings between): then with its currency.
_EXPECTED_SAME_LINE = rx.compile(rf"[ \t]*[:：\-–]?[ \t]*({_ONE}(?:[ \t]*[\-–][ \t]*{_ONE})?)")
_EXPECTED_LINE = rx.compile(
    rf"^[ \t]*[\-–•*]?[ \t]*((?:{_CUR}[ \t]*(?:{_NUM})|(?:{_NUM})[ \t]*{_CUR})"
    rf"(?:[ \t]*[\-–][ \t]*(?:{_CUR}[ \t]*)?(?:{_NUM})(?:[ \t]*{_CUR})?)?)[ \t]*(?:[A-Za-zก-๛./]{{0,12}}[ \t]*)$",
    re.M)
_EXPECTED_LINES = 4


@register
class IncomeDetector(Detector):
    name = "income"
    label = "INCOME"
    description = ("A private person's income, salary, wages or debts after an income or debt phrase near the "
                   "person, and pay-slip rows of a document that states someone's pay; not public amounts.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        out: list[Finding] = []
        # A salary certificate or pay slip is about one person's pay throughout.
        slip_doc = bool(_SLIP_TITLE.search(text))
        for m in INCOME_RE.finditer(text) if may_hold_income_lead(text) else ():
            lead = m.group()[: m.start(1) - m.start()]
            left = ctx.before(m.start(), 60)
            # The public cue counts in the phrase itself and just before it (same clause).
            clause_left = re.split(r"[\n]|[ \t]{2,}", left)[-1]
            if lead.lstrip().startswith(("ค้างชำระ", "หนี้", "ยอดหนี้")):
                total = _TOTAL_BEFORE.search(clause_left)  # always matches (every part optional)
                clause_left = clause_left[: total.start()] if total is not None else clause_left
            if lead.lstrip().startswith("ค่าตอบแทน") and "ละ" not in lead and _AGENCY_PAYS.search(clause_left):
                continue  # the agency orders a one-off payment (ให้จ่ายค่าตอบแทน …): the state's spending
            if _PUBLIC.search(lead) or _PUBLIC.search(clause_left[-30:]) \
                    or _PUBLIC.match(ctx.after(m.end(), 12).lstrip()):
                continue
            if not slip_doc and not PERSON_NEAR.search(ctx.before(m.start(), 200)) \
                    and not PERSON_NEAR.search(lead) and not _FIRST_PERSON.search(ctx.before(m.start(), 1500)):
                continue
            where = "in a salary certificate or pay slip" if slip_doc else "near a person"
            out.append(self.finding(m.start(1), m.end(1), 0.75, f"amount after '{lead.strip()[:30]}' {where}"))
            end = m.end(1)
            while (more := _AND_MORE.match(text, end)) is not None and not _PUBLIC.search(more.group()):
                out.append(self.finding(more.start(1), more.end(1), 0.7,
                                        f"further amount of the clause after '{lead.strip()[:30]}' {where}"))
                end = more.end(1)
        for m in HARDSHIP_RE.finditer(text):
            ls, le = ctx.line_of(m.start())
            clause = text[max(ls, m.start() - 60):min(le, m.end() + 40)]
            if _HARDSHIP_GENERAL.search(clause) or not PERSON_NEAR.search(ctx.before(m.start(), 120)):
                continue
            out.append(self.finding(m.start(), m.end(), 0.6, f"a private person's loss of work or income "
                                    f"('{m.group()[:30]}') near the person"))
        out.extend(self._expected_pay(ctx, out))
        for m in DEAL_RE.finditer(text):
            lead = m.group()[: m.start(1) - m.start()]
            if _TRADER.search(ctx.before(m.start(), 80) + lead) or not PERSON_NEAR.search(ctx.before(m.start(), 120)):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.6,
                                    f"amount of a private mortgage, loan or sale ('{lead.strip()[:30]}')"))
        # Cells without any header give no column context (a rotated page's table read
        # sideways): the header lines of the text are all there is.
        if not any(c.header.strip() for c in ctx.cells) and PERSON_NEAR.search(text):
            taken = {(f.start, f.end) for f in out}
            for v in bare_cells_under_header_line(ctx, _DEBT_HEADERS, _MONEY_CELL):
                prev = [ln for ln in ctx.before(v.start, 80).split("\n")[:-1] if ln.strip()]
                if (v.start, v.end) not in taken and not (prev and _TOTAL.match(prev[-1])):
                    out.append(self.finding(v.start, v.end, 0.6, "amount alone on its line under a debt or pay "
                                            "header line (a table read as text)"))
        if out or slip_doc:
            out.extend(self._slip_rows(ctx, out))
        return out

    def _expected_pay(self, ctx: DetectionContext, found: list[Finding]) -> list[Finding]:
        """The pay an applicant asks for: after its label on the same line, or the first short line
        holding an amount with its currency within a few lines below the label."""
        text = ctx.text
        out: list[Finding] = []
        taken = [(f.start, f.end) for f in found]
        for m in _EXPECTED_LABEL.finditer(text):
            same = _EXPECTED_SAME_LINE.match(text, m.end())
            if same is not None:
                span = same.span(1)
                why = "amount after an expected-salary label"
            else:
                line_end = text.find("\n", m.end())
                if line_end < 0:
                    continue
                below = text[line_end + 1:]
                lines = below.split("\n")[:_EXPECTED_LINES]
                window = line_end + 1 + len("\n".join(lines))
                hit = _EXPECTED_LINE.search(text, line_end + 1, window)
                if hit is None:
                    continue
                span = hit.span(1)
                why = "amount on a short line a few lines below an expected-salary heading"
            if not any(s <= span[0] < e for s, e in taken):
                out.append(self.finding(span[0], span[1], 0.7, why))
                taken.append(span)
        return out

    def _slip_rows(self, ctx: DetectionContext, found: list[Finding]) -> list[Finding]:
        """Amounts in rows labelled with pay words, once the document is about someone's pay."""
        text = ctx.text
        out: list[Finding] = []
        taken = [(f.start, f.end) for f in found]
        if ctx.cells:
            for c in ctx.cells:
                value = text[c.start:c.end]
                if c.is_header or not re.fullmatch(rf"\s*(?:{_MONEY})\s*(?:บาท)?\s*", value):
                    continue
                label = " ".join(text[x.start:x.end] for x in ctx.row_cells(c.start) if x.col < c.col)
                if _SLIP_ROW.search(label) and not _NOT_SLIP.search(label):
                    out.append(self.finding(c.start, c.end, 0.6, f"pay-slip row '{label.strip()[:30]}'"))
            return out
        # A table read as text: an amount alone on its line, the row's label on the line before.
        for m in _AMOUNT_LINE.finditer(text):
            if any(s <= m.start(1) < e for s, e in taken):
                continue
            prev = [ln for ln in text[max(0, m.start() - 160):m.start()].split("\n") if ln.strip()]
            if not prev:
                continue
            label = prev[-1]
            if _AMOUNT_LINE.match(label) or not _SLIP_ROW.search(label) or _NOT_SLIP.search(label):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.6, f"pay-slip row '{label.strip()[:30]}'"))
        return out
