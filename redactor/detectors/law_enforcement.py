"""Law-enforcement operational details (s.15(2)) in operational documents.

Only in a document that is classified or reads as an operation plan: the
raid's date and time, the force committed, and the target premises.
"""

from __future__ import annotations

from redactor import rx
from redactor.detectors.base import DATE_RE, TH, WS, DetectionContext, Detector, register
from redactor.detectors.security_mark import is_classified
from redactor.types import Finding

OPERATIONAL = rx.compile(r"ตรวจค้น|จับกุม|แผนการปฏิบัติ|ปฏิบัติการ|สืบสวน|ล่อซื้อ|แฝงตัว|เป้าหมาย|หมายค้น|ซุ่ม")
_WEEKDAY = "(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
_TIME = rf"[0-9]{{1,2}}[.:][0-9]{{2}}{WS}(?:น\.|นาฬิกา)"
# "วันที่ 1 มีนาคม 2567 เวลา 05.30 น.", also with the weekday ("วันศุกร์ที่ 1 …").
WHEN_RE = rx.compile(rf"(?:ใน)?(วัน{_WEEKDAY}?ที่{WS}(?:{DATE_RE}){WS}(?:ตั้งแต่)?เวลา{WS}{_TIME})")
# A force: officers counted in นาย, teams counted in ชุด with their total, vehicles,
# and the undercover buyers or informants sent along ("และสายลับ 1 นาย").
_MEN = rf"[0-9]+{WS}(?:นาย|คน)"
_FORCE_HEAD = rf"(?:กำลังพล|กำลัง(?:ชุด)?[{TH}]*|เจ้าหน้าที่|ตำรวจ|ชุดปฏิบัติการ|ชุดจับกุม|ชุดสืบสวน)"
_EXTRA = rf"(?:{WS}(?:และ|กับ)?{WS}(?:สายลับ|สายข่าว|ผู้ล่อซื้อ|ผู้แฝงตัว)[{TH}]*{WS}{_MEN})"
FORCE_RE = rx.compile(
    rf"({_FORCE_HEAD}{WS}(?:[0-9]+{WS}ชุด{WS}(?:รวม{WS})?)?{_MEN}"
    rf"(?:{WS}(?:รถยนต์|รถ|รถจักรยานยนต์){WS}[0-9]+{WS}คัน)?{_EXTRA}*"
    rf"|(?:รถยนต์|รถจักรยานยนต์){WS}[0-9]+{WS}คัน)"
)
# Where the force meets before the operation, with the time: "นัดรวมพล ณ <place> เวลา 21.00 น.".
MUSTER_RE = rx.compile(rf"(?:รวมพล|จุดนัดพบ|นัดพบ|จุดรวมพล)(?:ที่|ณ)?{WS}(?:ณ|ที่)?{WS}([^\n]{{4,80}}?{WS}เวลา{WS}{_TIME})")
# A premises named in quotes (a shop, a karaoke bar) with its road and sub-district:
# the place under investigation. District and province stay (jurisdictions).
_LOC_PART = rf"(?:ริมถนน|ถนน|ซอย|หมู่(?:ที่)?|ตำบล|แขวง|บ้าน)[ \t]?[{TH}0-9/]+"
NAMED_PREMISES_RE = rx.compile(
    rf"(?:ร้าน|สถานบริการ|คาราโอเกะ|ผับ|บาร์|โรงแรม|รีสอร์ท|ที่พัก|โกดัง|โรงงาน|บ่อน|อาคาร)[{TH}]*{WS}"
    rf"([“\"'][^”\"'\n]{{2,40}}[”\"'](?:{WS}{_LOC_PART})+)"
)
TARGET_RE = rx.compile(
    rf"(?:ตรวจค้น|เข้าค้น|บุกค้น|เข้าจับกุม(?:ที่|ณ)?|เป้าหมาย(?:คือ|ได้แก่)?){WS}"
    rf"((?:อาคารพาณิชย์|อาคาร|บ้าน|ห้องพัก|ห้อง|โกดัง|ร้าน|โรงงาน|ที่พัก)[{TH}]*?(?:เลขที่)?{WS}[0-9]+(?:/[0-9]+)?"
    # "หมู่ที่ 4", "ชั้น 3": the number after the component word is part of it.
    rf"(?:{WS}(?:ถนน|ซอย|หมู่(?:ที่)?|ตำบล|ชั้น|ห้อง)[ \t]?[{TH}0-9/]*)*)"
)

# A record of a search or an arrest already made, by its title at a line's start (บันทึกการตรวจค้น,
# บันทึกการจับกุม), in a document that is not classified: its date and the force it took are history, not a
# plan whose disclosure would defeat it. Whether they still endanger an operation is a reviewer's call.
RECORD_RE = rx.compile(r"(?m)^[ \t]*บันทึก(?:การ)?(?:ตรวจค้น|จับกุม)")
_RECORD_REVIEW = 0.4


@register
class LawEnforcementDetector(Detector):
    name = "law_enforcement"
    label = "SECURITY"
    basis = "15(2)"
    description = ("Raid date/time, force size (teams, officers, informants), muster point and time, and target "
                   "premises (by address or by a quoted name) in classified or operational documents.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        ops = len(OPERATIONAL.findall(text))
        if not (is_classified(text) and ops >= 1) and ops < 3:
            return []
        record = not is_classified(text) and RECORD_RE.search(text) is not None
        out = []
        for rgx, what in ((WHEN_RE, "operation date and time"), (FORCE_RE, "force committed"),
                         (TARGET_RE, "target premises"), (MUSTER_RE, "muster point and time"),
                         (NAMED_PREMISES_RE, "premises under investigation")):
            for m in rgx.finditer(text):
                if record and rgx in (WHEN_RE, FORCE_RE):
                    out.append(self.finding(m.start(1), m.end(1), _RECORD_REVIEW,
                                            f"{what} in a record of a search or an arrest already made: "
                                            "history or still operational?"))
                    continue
                out.append(self.finding(m.start(1), m.end(1), 0.85, f"{what} in an operational document"))
        return out
