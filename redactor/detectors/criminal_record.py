"""A private person's criminal record (CRIMINAL_RECORD): convictions, sentences, prosecutions.

The clause from the record phrase on (ต้องโทษจำคุกในคดี…, เคยต้องคำพิพากษา…,
มีประวัติ…คดียาเสพติด, ถูกดำเนินคดี…, ถูกจับกุมในข้อหา…, พ้นโทษ…, convicted of …)
near a person, widened over the pieces that go on about the case (ในคดี…, ข้อหา…,
จำคุก 2 ปี, คดีหมายเลขแดงที่ …).

Not records: the law itself (มาตรา, พระราชบัญญัติ, ผู้ใด…), qualification rules
(ต้องไม่เคยต้องคำพิพากษา…, ลักษณะต้องห้าม), and statistics (ผู้ต้องโทษ 120 ราย).
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.lexicon import PERSON_NEAR
from redactor.rx import compile_scan
from redactor.types import Finding

# A PDF line may wrap between the words of a phrase ("เคยต้อง\nคำพิพากษา").
_WRAP = r"(?:[ \t]*\n[ \t]*)?"
# Arrested, prosecuted, held … (after an optional เคย).
_THUUK = (r"ถูก(?:ดำเนินคดี|จับกุม|จับ(?=ในข้อหา|ข้อหา|ฐาน)|ฟ้อง|ศาลพิพากษา|ลงโทษจำคุก"
          r"|คุมประพฤติ|ควบคุมตัว|ออกหมายจับ|คุมขัง|จำคุก|ขังไว้)")
TRIGGER = compile_scan(
    # Optional heads written out per alternative (rx.either): each then opens with a literal.
    rx.either((f"เคย{_WRAP}", ""), rf"ต้อง{_WRAP}โทษ(?:{_WRAP}จำคุก)?") + "|"
    + rx.either((f"เคย{_WRAP}", ""), rf"ต้อง{_WRAP}คำ{_WRAP}พิพากษา") + "|"
    r"มีประวัติ(?:การ)?(?:กระทำความผิด|ต้องโทษ|อาชญากรรม|ถูกจับ"
    r"|เกี่ยวข้อง|ค้า|เสพ|คดี)|" + rx.either(("เคย", ""), _THUUK) + "|"
    r"พ้นโทษ|ศาล(?:ได้)?พิพากษา(?:ให้)?จำคุก|รับโทษจำคุก|ได้รับการพักการลงโทษ"
    r"|อยู่ระหว่างการคุมประพฤติ|มีหมายจับ|ต้องคดี(?!ความ)|ต้องหาว่า|ตกเป็นผู้ต้องหา|ตกเป็นจำเลย"
    # "ซึ่งกระทำความผิดฐาน…" of a named person; not "ผู้กระทำความผิดฐาน…" (offenders in general).
    # Matched from "ผิด" (a rarer first letter than ก: the scan's guard), then read back to "กระทำ".
    r"|ผิด(?:[ \t]*ใน)?ฐาน"
    r"|(?i:convicted[ \t]+of|was[ \t]+sentenced|sentenced[ \t]+to|criminal[ \t]+record|served[ \t]+[a-z0-9 ]{0,20}"
    r"in[ \t]+prison|was[ \t]+arrested[ \t]+for|charged[ \t]+with|on[ \t]+probation"
    r"|(?:was|is|been)[ \t]+(?:detained|imprisoned|jailed|remanded)[ \t]+(?:in|at|for|since|on))"
)
# Pieces that go on about the case.
_GOES_ON = rx.compile(
    r"ใน(?:คดี|ข้อหา|ฐาน)|คดี|ข้อหา|ฐาน|ความผิด|จำคุก|กำหนด|เป็นเวลา|โทษ|ตาม(?:คำพิพากษา|คดี)|ศาล|รอการลงโทษ|ปรับ|และ"
    r"|เมื่อปี|พ\.ศ\.|หมายเลข|ดำที่|แดงที่|ที่[ \t]*[อ0-9]"
    # A possession offence ends "…ไว้ในครอบครอง" (…ไว้เพื่อจำหน่าย), before its court and case number.
    r"|ไว้ใน(?:ความ)?ครอบครอง|ไว้เพื่อ(?:จำหน่าย|เสพ|ค้า)"
)
_AMOUNT = rx.compile(r"(?:[0-9][0-9,./]*|[อ]\.[ \t]*[0-9]+/[0-9]+)(?:[ \t]*(?:ปี|เดือน|วัน|บาท|ครั้ง))?")
_BREAK = rx.compile(r"[\s()\[\]“”\"'‘’,;:|]")
_GAP = rx.compile(r"[ \t]{1,3}")
_EN_END = rx.compile(r"[.;!?](?:\s|$)|\n")
# The law, rules and statistics.
_GENERAL = compile_scan(
    r"มาตรา|พระราชบัญญัติ|ประมวลกฎหมาย|ผู้ใด|ผู้ที่|บุคคลที่|บุคคลซึ่ง|ลักษณะต้องห้าม|คุณสมบัติ|ต้องไม่|ไม่เป็นผู้|ผู้สมัคร"
    r"|ระเบียบ|หลักเกณฑ์|สถิติ|[0-9][0-9,]*[ \t]*(?:ราย|คน|คดี)(?![ก-๛])|ทั้งหมด|(?i:any[ \t]+person|whoever|statistics)"
)


# An arrest record's or a summons' label line: the allegation against the persons named above it
# ("ข้อกล่าวหา ร่วมกันบุกรุก…", "ข้อหา: ลักทรัพย์"), also the charge an officer notified
# ("แจ้งข้อกล่าวหา …"). The value is the record; the label stays.
_LABEL = rx.compile(r"(?m)^[ \t]*(?:(?:แจ้ง)?ข้อกล่าวหา|ข้อหา|ฐานความผิด)[ \t]*[:：]?[ \t]*(?=[ก-ฮ])")
_LABEL_PERSON_WINDOW = 400


@register
class CriminalRecordDetector(Detector):
    name = "criminal_record"
    label = "CRIMINAL_RECORD"
    description = ("A private person's convictions, sentences, prosecutions or arrests (ต้องโทษ…, เคยต้องคำพิพากษา…, "
                   "มีประวัติ…คดี…, ถูกดำเนินคดี…, convicted of …): the clause, near the person.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        out: list[Finding] = []
        done = 0
        for m in TRIGGER.finditer(text):
            if m.start() < done:
                continue
            s = m.start()
            if m.group().startswith("ผิด"):
                lead = next((w for w in ("กระทำความ", "กระทำ") if text.endswith(w, 0, s)), None)
                if lead is None:
                    continue
                s -= len(lead)
                if text.endswith(("ผู้", "การ"), max(0, s - 3), s):
                    continue  # ผู้กระทำความผิดฐาน… (offenders in general), การกระทำความผิดฐาน… (the act)
            # "ผู้ต้องหา…" starts a noun (the suspect); "มีหมายจับ" etc. start a clause at the trigger.
            english = m.group()[0].isascii()
            at = m.end()
            if not english and m.group().endswith("ว่า") and (gap := _GAP.match(text, at)) is not None:
                # "ต้องหาว่า <the offence>": the allegation itself is the next piece after the blank.
                at = gap.end()
                while at < len(text) and not _BREAK.match(text[at]):
                    at += 1
            e = self._english_end(text, at) if english else self._thai_end(text, at)
            clause = text[s:e]
            left = ctx.before(s, 60)
            if _GENERAL.search(clause) or _GENERAL.search(left[-40:]):
                continue
            if not PERSON_NEAR.search(ctx.before(s, 150)):
                continue
            done = e
            out.append(self.finding(s, e, 0.75, f"criminal record phrase '{text[s:m.end()]}' near a person"))
        for m in _LABEL.finditer(text):
            s = m.end()
            if any(f.start <= s < f.end for f in out):
                continue
            e = s
            while e < len(text) and not _BREAK.match(text[e]):
                e += 1
            e = self._thai_end(text, e)
            if e <= s or _GENERAL.search(text[s:e]) or not PERSON_NEAR.search(ctx.before(m.start(),
                                                                                         _LABEL_PERSON_WINDOW)):
                continue
            out.append(self.finding(s, e, 0.7, f"the allegation after the label '{m.group().strip()}', "
                                    "persons named above"))
        return out

    @staticmethod
    def _thai_end(text: str, e: int) -> int:
        while e < len(text) and not _BREAK.match(text[e]):
            e += 1
        for _ in range(12):
            gap = _GAP.match(text, e)  # at an offset: a slice would copy the rest of the text
            if not gap:
                break
            nxt = gap.end()
            am = _AMOUNT.match(text, nxt)
            if am and am.end() > nxt:
                e = am.end()
                continue
            if not _GOES_ON.match(text, nxt):
                break
            pe = nxt
            while pe < len(text) and not _BREAK.match(text[pe]):
                pe += 1
            e = pe
        return e

    @staticmethod
    def _english_end(text: str, e: int) -> int:
        end = _EN_END.search(text, e)
        stop = end.start() if end else len(text)
        # Up to a clause break: ", and", " and was", or 100 chars.
        comma = re.search(r",|\band (?:was|is|has|remains)\b", text[e:stop])
        return min(e + comma.start() if comma else stop, e + 100)
