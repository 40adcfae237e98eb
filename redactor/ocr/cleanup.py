"""Cleanup of one OCR line before detection, with a map back to the raw characters.

Tesseract's Thai output differs from typed text in predictable ways, and the
detectors expect typed text:

* SARA AM comes out decomposed (``ํา``, with the tone mark on either side);
* digit groups of IDs and phone numbers get a space after the dash
  (``1-1741- 94090- 15-0``), decimals after the point (``20. 00``);
* O/o and l/I/| turn up inside digit runs, and O/o for the trailing zeros of an amount;
* dust gives tokens of lone punctuation (``|``, ``'``, ``:``) and points glued to a Thai word's start;
* tone marks go missing (``อยูบานเลขที`` for ``อยู่บ้านเลขที่``) and upper
  vowels swap (``หมูทิ`` for ``หมู่ที่``): the words that detectors and keep
  rules anchor on (titles and ranks, address words, positions, agency words)
  are restored from a fixed vocabulary;
* the dots of abbreviated titles read as commas or as a sara u under the
  letter, and ช as ซ (``ด.ซ,`` or ``ดูช.`` for ``ด.ช.``), before a name;
* table rulings read as ``|``, ``[`` or ``]`` glued to the first or last
  character of a cell's word (``|51100``).

Every rewrite maps each output character to the range of raw characters it
came from (``sources``), so a finding on the cleaned text still lands on the
right pixels.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from redactor import rx

Sources = list[tuple[int, int]]

_TONES = "\u0e48\u0e49\u0e4a\u0e4b"  # mai ek, tho, tri, chattawa
# Marks Tesseract drops or swaps: tone marks, thanthakhat, maitaikhu.
_FRAGILE = _TONES + "\u0e4c\u0e47"

# Words that detectors and keep rules look for, written with the marks that
# OCR tends to lose. Only words whose mark-less form is not a Thai word itself
# (tests/redactor/test_ocr.py checks that against PyThaiNLP's word list).
CONTEXT_WORDS = (
    "บ้านเลขที่", "อยู่บ้านเลขที่", "อยู่บ้าน", "เลขที่", "ที่อยู่", "หมู่ที่", "หมู่บ้าน", "อยู่",
    "ผู้แจ้ง", "ผู้รับแจ้ง", "ผู้ร้อง", "ผู้เสียหาย", "ผู้ต้องหา", "ผู้ป่วย", "ผู้อำนวยการ", "ผู้กำกับการ",
    "ผู้บังคับการ", "ผู้ช่วย", "ผู้ใหญ่บ้าน", "ผู้ว่าราชการ", "ผู้บันทึก", "ผู้ตรวจ", "ผู้สั่ง", "ผู้แทน",
    "ร้อยเวร", "เจ้าหน้าที่", "เจ้าพนักงาน", "หัวหน้า", "ท้องถิ่น", "ที่ปรึกษา", "ข้าราชการ", "ตำแหน่ง",
    "โทรศัพท์", "มือถือ", "เบอร์", "ติดต่อ", "บุตร", "ภรรยา", "เกิดเมื่อ", "ต่อท้าย",
    # Agency and form words that keep rules and column headers anchor on.
    "องค์การ", "องค์การบริหารส่วนตำบล", "ส่วนตำบล", "ส่วนราชการ", "คำสั่ง", "ประกอบด้วย", "ผู้ปกครอง",
    "ชื่อเล่น", "ทะเบียนบ้าน", "โทรศัพท์บ้าน", "ผู้ช่วยเลขานุการ",
    # Words the income and debt rules anchor on (not bare หนี้: without its mark it is หนี, to flee).
    "หนี้นอกระบบ", "หนี้สิน", "รายได้", "เบี้ยยังชีพ", "ค่าจ้าง",
)
# Upper vowels Tesseract swaps for each other (short/long i, short/long ue).
_VOWEL_CLASS = {"ิ": "ิี", "ี": "ิี", "ึ": "ึื", "ื": "ึื"}
_VOWEL_FOLD = str.maketrans({"ี": "ิ", "ื": "ึ"})


def _sub(text: str, sources: Sources, pattern: re.Pattern[str],
         repl: Callable[[re.Match[str]], str]) -> tuple[str, Sources]:
    """``re.sub`` that keeps ``sources``: kept characters keep theirs, a
    replacement of the same length maps one to one, any other replacement
    maps each new character to the whole matched range."""
    out: list[str] = []
    src: Sources = []
    pos = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        new = repl(m)
        out.append(text[pos:s])
        src.extend(sources[pos:s])
        if len(new) == e - s:
            src.extend(sources[s:e])
        elif new:
            lo = sources[s][0] if s < e else (sources[s - 1][1] if s else 0)
            hi = sources[e - 1][1] if s < e else lo
            src.extend([(lo, hi)] * len(new))
        out.append(new)
        pos = e
    out.append(text[pos:])
    src.extend(sources[pos:])
    return "".join(out), src


# ํ (+tone) + า, or tone + ํ + า  ->  (tone +) ำ
_SARA_AM_RE = rx.compile(f"\u0e4d([{_TONES}]?)\u0e32|([{_TONES}])\u0e4d\u0e32")
# Tokens of nothing but punctuation that dust and frame lines produce.
_NOISE_RE = rx.compile(r"(?:(?<=\s)|^)[|¦\[\]{}'\"‘’“”`~^_=*:;,.!]{1,3}(?=\s|$)")
# A point or comma glued to the start of a Thai word: no Thai word starts so; dust or a mark of the
# line above ("นางปยะนุช, .สายสนีย์" kept the family name apart from the titled name).
_LEADING_DOT_RE = rx.compile(r"(?:(?<=\s)|^)[.,](?=[ก-ฮเแโใไ])")
# A space OCR puts on one side of a dash, slash or point inside a digit group
# (spaces on both sides are written on purpose: 2567 - 2568).
_DIGIT_GAP_RE = rx.compile(r"(?<=[0-9])(?:[ \t]+([\-/.])|([\-/.])[ \t]+)(?=[0-9])")
# An O or o read for a zero: between digits, before two digits, and the trailing zeros of an amount
# (1,5oo, ๑๕,ooo; what follows is no letter, so "5 of", "2nd floor" stay). Arabic or Thai by its digits.
_ZERO_RE = rx.compile(r"(?<=[0-9๐-๙])[Oo](?=[0-9๐-๙])|(?<![A-Za-z0-9๐-๙])[Oo](?=[0-9๐-๙]{2})"
                      r"|(?<=[0-9๐-๙])[Oo]{1,3}(?![A-Za-z0-9๐-๙])|(?<=[0-9๐-๙],)[Oo]{3}(?![A-Za-z0-9๐-๙])")
_THAI_DIGITS = frozenset("๐๑๒๓๔๕๖๗๘๙")


def _zero(m: re.Match[str]) -> str:
    """Zeros for the O's, in the script of the nearest digit before them (or after)."""
    s, e = m.span()
    text = m.string
    near = text[max(0, s - 2):s][::-1] + text[e:e + 2]
    digit = next((c for c in near if c.isdigit()), "0")
    return ("๐" if digit in _THAI_DIGITS else "0") * (e - s)
_ONE_RE = rx.compile(r"(?<=[0-9])[lI|](?=[0-9])")
_SPACES_RE = rx.compile(r"[ \t]{2,}")
# A table ruling read as a bracket or bar stuck to a word's edge: |51100, ศรีวิไล|
_RULING_RE = rx.compile(r"(?:(?<=\s)|^)\(?[|¦\[\]]+(?=[^\s|¦\[\]])|(?<=[^\s|¦\[\]])[|¦\[\]]+(?=\s|$)")
# Look-alike consonants inside abbreviated titles.
_TITLE_LOOKALIKE = {"ช": "ชซ", "ซ": "ซช"}


def vocabulary() -> set[str]:
    """The words restored: context words, and titles and ranks (``person_name.TITLES``) with marks."""
    from redactor.detectors.person_name import TITLES

    return {w for w in (*TITLES, *CONTEXT_WORDS) if any(c in _FRAGILE for c in w) and len(_bare(w)) >= 4}


@lru_cache(maxsize=1)
def _context_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every vocabulary word with its fragile marks optional (and
    swappable), and the table from a mark-less form back to the word."""
    words = vocabulary()
    by_bare: dict[str, str] = {}
    for w in sorted(words, key=lambda w: (-len(w), w)):
        by_bare.setdefault(_bare(w), w)
    def pattern(word: str) -> str:
        return "".join(f"[{_FRAGILE}]?" if c in _FRAGILE else f"[{_VOWEL_CLASS[c]}]" if c in _VOWEL_CLASS
                       else re.escape(c) for c in word)

    alts = [(len(bare), bare, pattern(by_bare[bare])) for bare in by_bare]
    # A word ending in an upper vowel and its mark (ที่) that OCR read as the mark alone (ท์, ท่): the
    # vowel left out, a mark there, and no letter after it (เลขท้าย is another word). Longer words are
    # tried first, whichever form (อยู่บ้านเลขท่ is อยู่บ้านเลขที่, not อยู่บ้าน and the rest).
    table = dict(by_bare)
    for bare in sorted(by_bare, key=lambda w: (-len(w), w)):
        word = by_bare[bare]
        stem = word.rstrip(_FRAGILE)
        short = _bare(stem[:-1])
        if len(bare) >= 6 and stem[-1:] in _VOWEL_CLASS and short and short not in table:
            table[short] = word
            alts.append((len(bare), short, pattern(stem[:-1]) + f"[{_FRAGILE}]+(?![\u0e01-\u0e4e])"))
    alts.sort(key=lambda a: (-a[0], a[1]))
    return rx.compile("|".join(a[2] for a in alts)), table


def _bare(word: str) -> str:
    """A word without its fragile marks, look-alike upper vowels merged: what OCR may make of it."""
    return "".join(c for c in word if c not in _FRAGILE).translate(_VOWEL_FOLD)


def _restore(text: str, sources: Sources) -> tuple[str, Sources]:
    pattern, by_bare = _context_re()
    out: list[str] = []
    src: Sources = []
    pos = 0
    for m in pattern.finditer(text):
        found = m.group()
        word = by_bare.get(_bare(found))
        if word is None or word == found:
            continue
        s, e = m.span()
        out.append(text[pos:s])
        src.extend(sources[pos:s])
        # Base characters pair up one to one; a restored mark takes the range
        # of the character it sits on.
        i = s
        for c in word:
            if c in _FRAGILE:
                if i < e and text[i] in _FRAGILE:
                    src.append(sources[i])
                    i += 1
                else:
                    src.append(src[-1] if src else sources[s])
            else:
                while i < e and text[i] in _FRAGILE:
                    i += 1  # a mark OCR put where the word has none
                src.append(sources[min(i, e - 1)])
                i += 1
        out.append(word)
        pos = e
    out.append(text[pos:])
    src.extend(sources[pos:])
    return "".join(out), src


@lru_cache(maxsize=1)
def _abbrev_re() -> tuple[re.Pattern[str], dict[str, str]]:
    """Abbreviated titles of single letters (ด.ช., น.ส., พ.ต.ท.) as OCR misreads them.

    Inner dots may be read as a comma, as a sara u under the letter, or lost;
    the last dot as a comma. A title must start a word and be followed by a
    name (a Thai letter, maybe after a space), and the misreading must keep at
    least the last dot, so plain words (ดูช) are left alone.
    """
    from redactor.detectors.person_name import TITLES

    titles = [t for t in TITLES if re.fullmatch(r"(?:[\u0e01-\u0e2e]\.){2,4}", t)]
    alts: list[str] = []
    table: dict[str, str] = {}
    for t in sorted(titles, key=lambda w: (-len(w), w)):
        letters = t.split(".")[:-1]
        table["".join(letters).translate(str.maketrans("ซ", "ช"))] = t
        parts = [f"[{_TITLE_LOOKALIKE.get(c, c)}]" for c in letters]
        alts.append("[.,\u0e39]?".join(parts[:-1]) + ("[.,\u0e39]?" if len(parts) > 1 else "") + parts[-1] + "[.,]")
    pattern = rf"(?:(?<=[\s(“\"'])|^)(?:{'|'.join(alts)})(?=\s?[\u0e01-\u0e2e])"
    return rx.compile(pattern), table


def _fix_title(m: re.Match[str]) -> str:
    found = m.group()
    _pattern, table = _abbrev_re()
    letters = "".join(c for c in found if "\u0e01" <= c <= "\u0e2e").translate(str.maketrans("ซ", "ช"))
    return table.get(letters, found)


def clean_line(raw: str) -> tuple[str, Sources]:
    """The cleaned line and, per cleaned character, its ``[lo, hi)`` in ``raw``."""
    text = raw
    sources: Sources = [(i, i + 1) for i in range(len(raw))]
    text, sources = _sub(text, sources, _SARA_AM_RE, lambda m: (m.group(1) or m.group(2) or "") + "\u0e33")
    text, sources = _sub(text, sources, _RULING_RE, lambda m: "")
    text, sources = _sub(text, sources, _NOISE_RE, lambda m: "")
    text, sources = _sub(text, sources, _LEADING_DOT_RE, lambda m: "")
    text, sources = _sub(text, sources, _DIGIT_GAP_RE, lambda m: m.group(1) or m.group(2))
    text, sources = _sub(text, sources, _ZERO_RE, _zero)
    text, sources = _sub(text, sources, _ONE_RE, lambda m: "1")
    text, sources = _restore(text, sources)
    text, sources = _sub(text, sources, _abbrev_re()[0], _fix_title)
    text, sources = _sub(text, sources, _SPACES_RE, lambda m: " ")
    # Leading and trailing spaces belong to nothing.
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return text[start:end], sources[start:end]
