"""House addresses: the house-level part (number, หมู่, ซอย, ถนน, ตำบล/แขวง).

District, province and postcode stay visible: they are jurisdiction, shared by
thousands of people, and the letter often names them as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor import rx
from redactor.detectors.base import TH, WS, DetectionContext, Detector, register
from redactor.rx import compile_scan
from redactor.types import Finding

_NUM = r"[0-9]{1,5}(?:/[0-9]{1,4})?"
# หมู่ with its two marks in either order (typed or extracted tone-before-vowel), and with sara u
# for sara uu (หมุ่: a typing slip or OCR's reading of the short tail; no Thai word is spelt so).
_MOO = "หม(?:[\u0e38\u0e39]\u0e48|\u0e48[\u0e38\u0e39])"
# A village name may follow the หมู่ number ("ม.2 บ้านหนองบัว").
_VILLAGE = rf"(?:[ \t]*บ้าน(?!เลขที่)[{TH}]+)?"
_COMP = (
    rf"(?:{_MOO}(?:ที่)?\s*[0-9]{{1,3}}{_VILLAGE}|ม\.\s*[0-9]{{1,3}}{_VILLAGE}|ซอย\s*[{TH}0-9/]+(?:\s+[0-9]{{1,3}}(?![0-9/]))?"
    rf"|ซ\.\s*[{TH}0-9/]+|ถนน\s*[{TH}]+|ถ\.\s*[{TH}]+|ตำบล\s*[{TH}]+|ต\.\s*[{TH}]+|แขวง\s*[{TH}]+"
    rf"|{_MOO}บ้าน\s*[{TH}]+|อาคาร\s*[{TH}]+|ห้อง(?:เลขที่)?\s*[0-9]+|ชั้น(?:ที่)?\s*[0-9]+)"
)
ADDRESS_RE = compile_scan(
    rf"(?:(?:บ้าน)?เลขที่|อยู่(?:บ้าน)?(?:เลขที่)?|ที่อยู่)?\s*(?<![0-9/])({_NUM}(?:{WS}{_COMP})+)"
)
# ADDRESS_RE's group 1 alone, opening with its digit: ``re`` skips through a text to the digits. Its
# look back and the optional label and blanks before it are read around each match (``_address_spans``).
_ADDRESS_CORE = rx.compile(rf"{_NUM}(?:{WS}{_COMP})+")
_ADDRESS_LABELS = ("อยู่บ้านเลขที่", "บ้านเลขที่", "อยู่เลขที่", "อยู่บ้าน", "เลขที่", "ที่อยู่", "อยู่")  # longest first


def _address_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """``(m.start(), m.start(1), m.end(1))`` of each ``ADDRESS_RE.finditer(text)`` match, found from the
    matches of its digit-first core: a core preceded by a digit or a slash is no match (the search goes
    on one character after it, as the look back would have it); a match then starts where the blanks
    before its core start, or where the longest label ending there does, never before the last match's end."""
    pos = done = 0
    while (m := _ADDRESS_CORE.search(text, pos)) is not None:
        cs, ce = m.span()
        if cs > 0 and text[cs - 1] in "0123456789/":
            pos = cs + 1
            continue
        start = cs
        while start > done and text[start - 1].isspace():
            start -= 1
        for label in _ADDRESS_LABELS:
            if start - len(label) >= done and text.startswith(label, start - len(label)):
                start -= len(label)
                break
        yield start, cs, ce
        pos = done = ce
_ANCHOR = ("บ้านเลขที่", "อยู่", "ที่อยู่", "เลขที่", "ภูมิลำเนา")
# A table cell read as text: a house number and its หมู่ alone on a line ("573 ม.6").
_CELL_RE = rx.compile(rf"^[ \t]*({_NUM}[ \t]*(?:{_MOO}(?:ที่)?[ \t]*|ม\.[ \t]*)[0-9]{{1,3}}{_VILLAGE})[ \t]*$", re.M)
# English: a house number, then Moo/Soi/Road/Street/Village/Tambon/Sub-district parts.
# District, province and postcode stay visible, as in Thai.
_EN_PART = (
    r"(?:(?i:moo|mu)\.?[ \t]*[0-9]{1,3}|(?:[A-Z][a-z'-]+[ \t]+){0,2}(?i:soi)[ \t]+[A-Z0-9][\w'-]*(?:[ \t]+[0-9]{1,3})?"
    r"|(?:[A-Z][a-z'-]+[ \t]+){1,3}(?i:road|rd\.?|street|st\.|lane|avenue|ave\.)"
    r"|(?:(?i:tambon|khwaeng)[ \t]+[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)?)"
    r"|(?:[A-Z][\w'-]*[ \t]+){1,3}(?i:sub-?district|village))"
)
# A word (any case) every ``_EN_PART`` holds, so every English address: a text with none of them has none.
_EN_PART_WORDS = ("moo", "mu", "soi", "road", "rd", "street", "st.", "lane", "avenue", "ave", "tambon", "khwaeng",
                  "district", "village")
EN_ADDRESS_RE = compile_scan(
    rf"(?:(?i:house[ \t]+no\.?|no\.|address|residing[ \t]+at|lives[ \t]+at|home[ \t]*:)[ \t]*:?[ \t]*)?"
    rf"(?<![0-9/])((?:(?i:room|unit|apt\.?|apartment|flat)[ \t]+[0-9A-Z][0-9A-Z/-]{{0,5}}[ \t]*,?[ \t]*)?"
    rf"[0-9]{{1,5}}(?:/[0-9]{{1,4}})?(?:[ \t]*,?[ \t]*{_EN_PART})+)"
)
# A street name before its house number (European and American style: "Goethestrasse 14",
# "Maple Street 12"), only right after a word that says a person lives there.
EN_STREET_FIRST_RE = compile_scan(
    r"(?i:residing[ \t]+at|resides[ \t]+at|lives[ \t]+at|living[ \t]+at|home[ \t]+address)[ \t]*:?[ \t]*"
    r"((?:[A-Z][\w'\u00c0-\u024f-]*[ \t]+){0,3}[A-Z][\w'\u00c0-\u024f.-]*[ \t]+[0-9]{1,5}[a-zA-Z]?(?:/[0-9]{1,4})?)"
    r"(?![0-9])"
)
# A short English address with no street part: a house number, a place name, then the country
# ("221 Khon Kaen, Thailand" opening a CV's contact line, or after "Address:"). The place is a
# district or a province and stays, as in Thai; the house number goes. Not a year ("2020 Bangkok,
# Thailand": an event line).
EN_HOUSE_PLACE_RE = compile_scan(
    r"(?<![0-9/.,:\-])([0-9]{1,4}(?:/[0-9]{1,4})?)[ \t]+(?:[A-Za-z][a-z'-]+)(?:[ \t]+[A-Z][a-z'-]+){0,2}"
    r"[ \t]*,[ \t]*(?:Thailand|THAILAND)(?![A-Za-z])"
)
_YEAR_LIKE = rx.compile(r"(?:19|20|25)[0-9]{2}")
# After an English "Address:" label on its line, a Thai house number (N/N, N/N-N) however the rest
# is written ("Address : Example Apartment, 280/1-2 Wongsawang, Bang Sue, Bangkok"): the slash
# form is a house number's, not a date's or a count's.
EN_LABEL_HOUSE_RE = compile_scan(
    r"(?<![A-Za-z])(?i:address)[ \t]*[:：][^\n]{0,60}?(?<![0-9/.\-])"
    r"([0-9]{1,5}/(?!(?:19|20|25)[0-9]{2}(?![0-9]))[0-9]{1,4}(?:-[0-9]{1,3})?)(?![0-9/])"
)
# Words that say a private person lives at what follows, a little further on the line
# ("residing at <building name>, Room 12, 45/9 Soi …").
_EN_RESIDENCE = compile_scan(r"(?i:residing|resides|reside|resident|lives|live[ \t]+at|living|stays|staying"
                            r"|home address|address)\b")
_COMP_RE = rx.compile(_COMP)
# An English address written over the lines of a CV's or a form's contact block: a line opening
# with a house number (N, N/N, N/N-N, or a room then the number) and a capitalised word, a
# street-level word on it or on the next line, a postcode a few lines below, and an e-mail
# address, a phone number or an address label near it. The house-level lines go (the number's
# line, then lines with a street, soi, moo or sub-district word); the line that names the
# district, the province or the postcode stays, as in Thai.
_EN_BLOCK_LINE = rx.compile(
    r"^[ \t]*((?:(?i:room|unit|apt\.?|flat)[ \t]+[0-9A-Z][0-9A-Z/-]{0,5}[ \t]*,?[ \t]*)?"
    r"[0-9]{1,5}(?:/[0-9]{1,4}(?:-[0-9]{1,3})?)?)(?![0-9/])[ \t,]+[A-Z][^\n]*$", re.M)
_EN_STREET_WORD = compile_scan(
    r"(?i:\b(?:apartments?|condo(?:minium)?|village|ville|mansion|residence|tower|building|room|soi|road|rd\.?"
    r"|street|st\.|lane|alley|moo|mu|sub-?district|tambon|khwaeng)\b)")
_EN_DISTRICT_LINE = compile_scan(r"(?i:(?<!sub-)(?<!sub)\bdistrict\b|\bprovince\b|\bamphoe\b|\bkhet\b)"
                                 r"|(?<![0-9])[1-9][0-9]{4}(?![0-9])")
_POSTCODE = rx.compile(r"(?<![0-9])[1-9][0-9]{4}(?![0-9])")
_CONTACT_CUE = compile_scan(r"@[A-Za-z0-9\-]+\.[A-Za-z]|(?<![0-9])0[689][0-9]?[ \-.]?[0-9]{3}[ \-.]?[0-9]{3,4}(?![0-9])"
                            r"|\+66|(?i:\b(?:tel|phone|mobile|e-?mail|address|contact)\b)")
_EN_BLOCK_ABOVE, _EN_BLOCK_BELOW, _EN_POSTCODE_BELOW, _EN_HOUSE_LINES = 4, 6, 4, 3
# A contact block's line is short; a longer one is a sentence that happens to open with a number.
_EN_BLOCK_LINE_MAX = 60
# Words that make an address an organisation's: its own contact stays visible.
_ORG_WORD = compile_scan(
    r"(?i:\b(?:co\.|ltd|limited|company|corporation|inc\.|ministry|department|office|hospital|university|college"
    r"|school|faculty|institute|bank|municipality|council|agency|centre|center|embassy|foundation|association)\b)"
    r"|มหาวิทยาลัย|โรงเรียน|โรงพยาบาล|บริษัท|สำนักงาน|กรม|กระทรวง|เทศบาล|องค์การ"
)
# A house number with no component after it, where the word before it says it is a home:
# "บ้านเลขที่ 217/44" (then a phone, a comma, the end of a text box) or "ที่อยู่ 409/117
# คอนโดมิเนียม…" (a building, then perhaps ชั้น, ถนน …). Not a bare "เลขที่" (document and
# contract numbers), not "ที่อยู่" inside a longer word (สถานที่อยู่), not a count (ที่อยู่ 3 แห่ง).
_BUILDING = r"(?:คอนโดมิเนียม|คอนโด|หมู่บ้าน|อาคาร|แฟลต|อพาร์ทเมนท์|อพาร์ตเมนต์|ทาวน์เฮ้าส์|ทาวน์โฮม|หอพัก)"
HOUSE_NO_RE = compile_scan(
    rf"(?:บ้านเลขที่|(?<![{TH}])ที่อยู่(?:เลขที่)?)(?:[ \t:]|\.{{2,}}|…+)*(?<![0-9/])({_NUM}(?![0-9/,])(?!\.(?!\.))"
    rf"(?![ \t]*(?:แห่ง|คน|ราย|ปี|วัน|เดือน|หลัง|ครัวเรือน|ครอบครัว|ชั่วโมง))"
    rf"(?:[ \t]+{_BUILDING}[{TH}A-Za-z0-9]*)?(?:{WS}{_COMP})*)"
)
_MOO_LISTED = rx.compile(
    rf"{_NUM}[ \t]+(?:{_MOO}(?:ที่)?|ม\.)[ \t]*[0-9]{{1,3}}(?:[ \t]+[{TH}]+)?[ \t]*,[ \t]*[{TH}]")
# On OCR text: a house number with a slash, then one or two words OCR made noise of (Latin letters and
# signs, or a garbled หมู่: "UNV", "VAN", "หมท" for หมู่ที่), an optional หมู่ number, then ตำบล, ถนน, ซอย or
# แขวง and its name. The ordinary rules want หมู่ read as หมู่.
_OCR_MOO_NOISE = r"(?:[A-Za-z|!'`\".,:;()]{1,6}|หม[^\s0-9/]{0,4})"
_OCR_GARBLED_RE = rx.compile(
    rf"(?<![0-9/])([0-9]{{1,5}}/[0-9]{{1,4}})(?![0-9/])[ \t]+(?:{_OCR_MOO_NOISE}[ \t]+){{1,2}}(?:[0-9]{{1,3}}[ \t]+)?"
    rf"(?:ตำบล|ต\.|ถนน|ถ\.|ซอย|ซ\.|แขวง)[ \t]*[{TH}]+")
# A year or a count is not a house number ("ปีงบประมาณ 2567 ตำบล…", "จำนวน 500 ตำบล").
_NOT_HOUSE_NO = rx.compile(r"(?:พ\.ศ\.|ปี|งบประมาณ|จำนวน|วันที่)\s*$")


@register
class AddressDetector(Detector):
    name = "address"
    label = "ADDRESS"
    description = ("House number followed by หมู่/ซอย/ถนน/ตำบล/แขวง components (also in English: Moo, Soi, Road, "
                   "Tambon); district and province stay.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for match_start, start, end in _address_spans(ctx.text):
            prefix = ctx.text[match_start:start]
            anchored = any(a in prefix for a in _ANCHOR) or any(a in ctx.before(start, 20) for a in _ANCHOR)
            # Count components, not keywords: "ตำบล ตำบลละ" is one.
            ncomp = len(_COMP_RE.findall(ctx.text, start, end))
            # A house number and its หมู่ before a comma: the rest of the address follows as
            # bare place names ("329 หมู่ 10 บ้านนา, เขาค้อ, เพชรบูรณ์"), without ตำบล/อำเภอ.
            listed = ncomp == 1 and _MOO_LISTED.match(ctx.text, start) is not None
            if not anchored and ((ncomp < 2 and not listed) or _NOT_HOUSE_NO.search(ctx.before(start, 12))):
                continue
            cell = ctx.cell_at(start) if ctx.cells else None
            if cell is not None and end > cell.end:
                # A table cell ends the address: what follows is another cell's ("ถนนชำรุด" as a subject).
                inside = [c.end() for c in _COMP_RE.finditer(ctx.text, start, cell.end)]
                if not inside:
                    continue
                end = inside[-1]
                ncomp = len(inside)
            score = 0.85 if anchored else 0.7
            why = "house number with " + ("an address word before it" if anchored else f"{ncomp} address components"
                                          + (", then places after a comma" if listed and ncomp < 2 else ""))
            out.append(self.finding(start, end, score, why))
        taken = [(f.start, f.end) for f in out]
        for m in HOUSE_NO_RE.finditer(ctx.text):
            if not any(s <= m.start(1) < e for s, e in taken):
                out.append(self.finding(m.start(1), m.end(1), 0.8, "house number after 'บ้านเลขที่' or 'ที่อยู่'"))
        taken = [(f.start, f.end) for f in out]
        for m in _CELL_RE.finditer(ctx.text):
            if not any(s <= m.start(1) < e for s, e in taken):
                out.append(self.finding(m.start(1), m.end(1), 0.6,
                                        "house number and หมู่ alone on a line (a table cell)"))
        taken = [(f.start, f.end) for f in out]
        for m in _OCR_GARBLED_RE.finditer(ctx.text) if ctx.ocr else ():
            if ctx.is_ocr(m.start(1)) and not any(s < m.end() and m.start() < e for s, e in taken):
                out.append(self.finding(m.start(1), m.end(), 0.7, "house number (N/N) before ตำบล/ถนน/ซอย with what "
                                        "OCR made of หมู่ between them (OCR text)"))
        taken = [(f.start, f.end) for f in out]
        # A cheap literal pre-check ("residing at ", "home address"): most documents have neither.
        cue = any(w in ctx.text for w in ("at ", "AT ", "ddress", "DDRESS"))
        for m in EN_STREET_FIRST_RE.finditer(ctx.text) if cue else ():
            if not any(s <= m.start(1) < e for s, e in taken):
                out.append(self.finding(m.start(1), m.end(1), 0.8, "street and house number after a residence word"))
        taken = [(f.start, f.end) for f in out]
        for m in EN_HOUSE_PLACE_RE.finditer(ctx.text) if "hailand" in ctx.text or "HAILAND" in ctx.text else ():
            line_start = ctx.text.rfind("\n", 0, m.start()) + 1
            prev_start = ctx.text.rfind("\n", 0, max(line_start - 1, 0)) + 1
            place = ctx.text[m.end(1):m.end()]
            # The number opens its line (a contact block) or follows an address word on it.
            lead = ctx.text[line_start:m.start(1)]
            if lead.strip() and not _EN_RESIDENCE.search(lead):
                continue
            # An organisation's own address (on its line or the one above) is its contact, not a home.
            if _YEAR_LIKE.fullmatch(m.group(1)) or any(s <= m.start(1) < e for s, e in taken) \
                    or _ORG_WORD.search(ctx.text, prev_start, m.start(1)) or _ORG_WORD.search(place):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.7,
                                    "house number before a place name and the country (a short English address)"))
        low = rx.ascii_folded(ctx.text)
        for m in EN_ADDRESS_RE.finditer(ctx.text) if any(w in low for w in _EN_PART_WORDS) else ():
            line = ctx.text[ctx.text.rfind("\n", 0, m.start()) + 1:m.start()]
            anchored = m.start(1) > m.start() or bool(_EN_RESIDENCE.search(line[-80:]))
            parts = len(re.findall(_EN_PART, m.group(1)))
            if not anchored and parts < 2:
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.85 if anchored else 0.7,
                                    "English house number with " + ("an address word" if anchored
                                                                      else f"{parts} address parts")))
        taken = [(f.start, f.end) for f in out]
        out.extend(self._en_contact_block(ctx, taken))
        taken = [(f.start, f.end) for f in out]
        for m in EN_LABEL_HOUSE_RE.finditer(ctx.text) if cue else ():
            if any(s <= m.start(1) < e for s, e in taken) or _ORG_WORD.search(ctx.text, m.start(), m.start(1)):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.75, "house number (N/N) after an 'Address:' label"))
        return out

    def _en_contact_block(self, ctx: DetectionContext, taken: list[tuple[int, int]]) -> list[Finding]:
        text = ctx.text
        out: list[Finding] = []
        for m in _EN_BLOCK_LINE.finditer(text) if _POSTCODE.search(text) else ():
            number = m.group(1)
            if _YEAR_LIKE.fullmatch(number) or len(m.group().strip()) > _EN_BLOCK_LINE_MAX \
                    or any(s <= m.start(1) < e for s, e in taken):
                continue
            lines_below = text[m.end():].split("\n")[1:_EN_BLOCK_BELOW + 1]
            line_above_start = text.rfind("\n", 0, max(text.rfind("\n", 0, m.start()), 0)) + 1
            if _ORG_WORD.search(text, line_above_start, m.end()):
                continue  # an organisation's own address (its name on the line or the one above)
            if not (_EN_STREET_WORD.search(m.group()) or (lines_below and _EN_STREET_WORD.search(lines_below[0]))):
                continue
            if _EN_DISTRICT_LINE.search(m.group()) and not _EN_STREET_WORD.search(m.group()):
                continue
            if not any(_POSTCODE.search(ln) for ln in [m.group(), *lines_below[:_EN_POSTCODE_BELOW]]):
                continue
            above = text[:m.start()].split("\n")[-_EN_BLOCK_ABOVE - 1:]
            if not any(_CONTACT_CUE.search(ln) for ln in [*above, *lines_below]):
                continue
            # The number's line, up to a district or postcode on it; then the lines below while they
            # hold a street-level word and no district, province or postcode.
            end = m.end()
            stop = _EN_DISTRICT_LINE.search(text, m.start(1), m.end())
            if stop is not None:
                comma = text.rfind(",", m.start(1), stop.start())
                end = comma if comma >= 0 else stop.start()
            else:
                pos = m.end()
                for ln in lines_below[:_EN_HOUSE_LINES]:
                    if not _EN_STREET_WORD.search(ln) or _EN_DISTRICT_LINE.search(ln):
                        break
                    pos += 1 + len(ln)
                    end = pos
            span_text = text[m.start(1):end]
            end = m.start(1) + len(span_text.rstrip(" \t,"))
            if end > m.end(1):
                out.append(self.finding(m.start(1), end, 0.7, "English house number and street lines of a contact "
                                        "block (e-mail or phone near, a postcode below)"))
        return out
