"""Nicknames and aliases of people (PERSON): the quoted name after หรือ, ชื่อเล่น, or a
quoted informal honorific with a name ("ยายแป้น", "เจ๊เอื้อง").

Thai letters and news stories give a person's nickname in quotes right after
their full name ("นายก ข หรือ “เสี่ยป๋อง”", "ด.ช.ก ข หรือน้อง “ต้น”"). The quoted
word identifies the person as much as the name; policy then finds it elsewhere
in the document (propagation). A quoted phrase that starts with a kinship or
informal honorific (ยาย, ลุง, เจ๊, เสี่ย, บัง, …) is a nickname too, but without a
name beside it the rule is a guess, so it scores for review unless it recurs.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.explain import ContextRule, Explanation
from redactor.lexicon import PERSON_NEAR
from redactor.types import Finding

_Q_OPEN = "“\"'‘«"
_Q_CLOSE = "”\"'’»"
# Informal and kinship honorifics used before nicknames. Not หลวงพ่อ/หลวงปู่ (monks,
# public figures) and not คุณ (person_name's title).
HONORIFICS = ("ยาย", "ตา", "ป้า", "ลุง", "น้า", "อา", "พี่", "น้อง", "เสี่ย", "เจ๊", "เฮีย", "เจ๊ะ", "บัง", "ก๊ะ",
              "แม่", "พ่อ", "ปู่", "ย่า", "อาโก", "อาม่า", "อากง", "หนู", "ไอ้", "อี")
_HON = "(?:" + "|".join(sorted(HONORIFICS, key=lambda w: (-len(w), w))) + ")"
_NICK = rf"[{TH}]{{1,20}}"
ALIAS_RE = rx.compile(
    rf"(?:หรือ|ชื่อเล่น|นามแฝง|ฉายา)[ \t]*(?:ชื่อ)?[ \t]*(?:{_HON})?[ \t]*[{_Q_OPEN}][ \t]*\n?[ \t]*"
    rf"({_NICK})[ \t]*[{_Q_CLOSE}]"
)
_HON_RE = rx.compile(_HON)
# An honorific with 3-12 Thai letters after it up to the end of a run of Thai letters.
_HON_ENDS_RUN_RE = rx.compile(rf"{_HON}[{TH}]{{3,12}}(?![{TH}])")
_TH_LETTERS = frozenset(c for c in map(chr, range(0x0E00, 0x0E80)) if re.fullmatch(f"[{TH}]", c))


QUOTED_HON_RE = rx.compile(rf"[{_Q_OPEN}]({_HON}[{TH}]{{1,12}})[{_Q_CLOSE}]")
FIELD_RE = rx.compile(rf"ชื่อเล่น[ \t]*[:：]?[ \t]*({_NICK})(?=[\s,)]|$)")
# The English field: one capitalised Latin word after "Nickname:" ("Nickname: Boy").
# In running English the word after "nickname is" closes the clause ("My nickname is pick."), in
# any case; a word that goes on ("nickname is not required") is not one.
EN_FIELD_RE = rx.compile(
    r"(?<![A-Za-z])(?i:nick[ \-]?name)(?:[ \t]*[:：][ \t]*([A-Z][a-z]{1,15})(?![A-Za-z])"
    r"|[ \t]+(?i:is)[ \t]+[\"'“‘]?([A-Za-z][a-z]{1,15})[\"'”’]?(?=[ \t]*(?:[.,;!)]|\n|$)))"
)
# A civil title before a quoted word: the nickname written where the name would be (นาย “เปี๊ยก”).
TITLED_QUOTE_RE = rx.compile(
    rf"(?:นางสาว|นาง|นาย|ด\.ช\.|ด\.ญ\.|เด็กชาย|เด็กหญิง)[ \t]*[{_Q_OPEN}][ \t]*({_NICK})[ \t]*[{_Q_CLOSE}]"
)



# A quoted alias ("หรือ “แดง”") is a nickname when a person stands shortly before it.
_PERSON_BEFORE_ALIAS = ContextRule(PERSON_NEAR, window=60, require=True)

@register
class NicknameDetector(Detector):
    name = "nickname"
    label = "PERSON"
    description = ("Nicknames: the quoted name after หรือ/ชื่อเล่น next to a person, a nickname field, and quoted "
                   "informal honorific + name (“ยายแป้น”, “เจ๊เอื้อง”).")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        text = ctx.text
        out: list[Finding] = []
        for m in ALIAS_RE.finditer(text):
            hit = _PERSON_BEFORE_ALIAS.find(ctx, m.start())
            if hit is not None or m.group().startswith(("ชื่อเล่น", "นามแฝง", "ฉายา")):
                out.append(self.finding(m.start(1), m.end(1), 0.8, Explanation(
                    "quoted nickname after a person's name", pattern="alias", context=(hit,) if hit else ())))
        for m in FIELD_RE.finditer(text):
            out.append(self.finding(m.start(1), m.end(1), 0.75, "nickname field (ชื่อเล่น)"))
        for m in EN_FIELD_RE.finditer(text):
            g = 1 if m.group(1) else 2
            out.append(self.finding(m.start(g), m.end(g), 0.75, "nickname field (Nickname)" if g == 1
                                    else "nickname given in English ('nickname is …')"))
        for m in TITLED_QUOTE_RE.finditer(text):
            if len(m.group(1)) < 2:
                continue  # "นาย “ก”": a letter standing for a party whose name is withheld
            out.append(self.finding(m.start(1), m.end(1), 0.8, "a title before a quoted name (a nickname as the name)"))
        out.extend(self._kin_names(ctx))
        taken = [(f.start, f.end) for f in out]
        for m in QUOTED_HON_RE.finditer(text):
            if any(s <= m.start(1) < e for s, e in taken):
                continue
            value = m.group(1)
            # The same honorific + name again outside the quotes: a person the text is about.
            again = len(re.findall(re.escape(value), text)) > 1
            score, why = (0.6, "quoted honorific + name that recurs in the text") if again \
                else (0.4, "quoted honorific + name (a nickname?)")
            out.append(self.finding(m.start(1), m.end(1), score, why))
        return out

    def _kin_names(self, ctx: DetectionContext) -> list[Finding]:
        """A kinship honorific + a known given or family name that is no dictionary word
        (ป้าสายทอง, ยายบุญมี): the person a complaint or a story talks about. The honorific
        may be glued inside a longer run of Thai (ลูกชายของป้าสายทอง); the name must end
        the run. Not พ่อค้า, แม่น้ำ, ตาราง: the rest of the run is a word or no name."""
        from redactor.detectors.person_name import name_lists

        firsts, families, words = name_lists()
        out: list[Finding] = []
        text = ctx.text
        for end in sorted({m.end() for m in _HON_ENDS_RUN_RE.finditer(text)}):
            # Only the runs a name could end: somewhere in them an honorific has 3-12 letters after it.
            start = end
            while start > 0 and text[start - 1] in _TH_LETTERS:
                start -= 1
            run = text[start:end]
            for k in _HON_RE.finditer(run):
                rest = run[k.end():]
                if not 3 <= len(rest) <= 12 or rest in words or (rest not in firsts and rest not in families):
                    continue
                if k.start() > 0 and run[:k.start()] + k.group() in words:
                    continue  # the honorific ends a word before it (ตา in ปลาตา…)
                if run[k.start():] in words:
                    continue  # honorific and name are one word together (อาคาร, อาสา, พี่ชาย)
                out.append(self.finding(start + k.start(), end, 0.6,
                                        f"kinship honorific '{k.group()}' + a known name ('{rest}')"))
                break
        return out
