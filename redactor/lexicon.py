"""Shared Thai vocabulary that more than one module reads.

Table column headers (``redactor/data/table_headers.txt``): table extraction
uses them to recognise a header row, the table-column detector to know what a
cell holds.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from redactor.labels import LABELS

_DATA = Path(__file__).with_name("data")

# Characters that do not change what a header means: spaces and line breaks
# (headers wrap inside narrow cells), hyphens of any kind, the soft hyphen some
# PDF producers emit for "-", slashes, dots, parentheses, colons, asterisks.
_HEADER_NOISE = re.compile(r"[\s\u00ad\u200b\-\u2010-\u2015\u2212/\\.,:;()\[\]*#'\"]+")
_LATIN = re.compile(r"[A-Za-z]")
_NON_WORD = re.compile(r"[^0-9a-z\u0e00-\u0e7f]+")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def fold_header(text: str) -> str:
    """The comparison key of a header cell's text (see the data file's header)."""
    return _HEADER_NOISE.sub("", text.translate(_THAI_DIGITS)).casefold()


def _latin_words(text: str) -> str:
    return " " + " ".join(_NON_WORD.split(text.translate(_THAI_DIGITS).casefold())).strip() + " "


@lru_cache(maxsize=1)
def table_header_phrases() -> tuple[tuple[str, str, bool], ...]:
    """(label or "-", phrase, whole-header-only) rows of the header lexicon."""
    rows = []
    for n, raw in enumerate((_DATA / "table_headers.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        label, _, phrase = line.partition(" ")
        phrase = phrase.strip()
        if (label != "-" and label not in LABELS) or not phrase:
            raise ValueError(f"table_headers.txt line {n}: unknown label or empty phrase: {raw!r}")
        exact = phrase.startswith("=")
        phrase = phrase.lstrip("=")
        if _LATIN.search(phrase):
            rows.append((label, " " + " ".join(phrase.casefold().split()) + " ", exact))
        else:
            rows.append((label, fold_header(phrase), exact))
    return tuple(rows)


@lru_cache(maxsize=4096)
def header_label(header: str) -> tuple[str, str] | None:
    """(label or "-", matched phrase) for a column header, or None when unknown.

    The longest matching phrase wins; on a tie "-" (a public column) wins.
    """
    folded = fold_header(header)
    if not folded:
        return None
    words = _latin_words(header)
    best: tuple[int, int, str, str] | None = None
    for label, phrase, exact in table_header_phrases():
        if phrase.startswith(" "):
            hit = (words == phrase) if exact else (phrase in words)
            size = len(phrase.strip())
        else:
            hit = (folded == phrase) if exact else (phrase in folded)
            size = len(phrase)
        if hit:
            key = (size, label == "-", label, phrase.strip())
            if best is None or key[:2] > best[:2]:
                best = key
    return None if best is None else (best[2], best[3])


# Words that make a free-text remark about a person health information:
# conditions, procedures, pregnancy, disability, treatment. Drawn from the
# Ministry of Public Health's common terms for patient records and the
# disability types of the Empowerment of Persons with Disabilities Act; used
# on table cells in a row about a private person (redactor/detectors/table_column.py).
MEDICAL_TERMS = re.compile(
    r"โรค|ป่วย|พิการ|ผ่าตัด|ตั้งครรภ์|ตั้งท้อง|คลอด|แท้ง|มะเร็ง|เนื้องอก|เคมีบำบัด|ฉายแสง|ฟอกไต|ไตวาย|ล้างไต"
    r"|อัมพาต|อัมพฤกษ์|ติดเตียง|พักฟื้น|นอนโรงพยาบาล|รักษาตัว|เข้ารับการรักษา|บาดเจ็บ|กระดูก|ตาบอด|หูหนวก|ใบ้"
    r"|จิตเวช|ซึมเศร้า|จิตเภท|ออทิสติก|สมาธิสั้น|สมองเสื่อม|อัลไซเมอร์|ลมชัก|เบาหวาน|ความดันโลหิต|หัวใจ|หอบหืด"
    r"|วัณโรค|เอชไอวี|เอดส์|ติดเชื้อ|ยาเสพติด|บำบัด|ไข้เลือดออก|ปอดอักเสบ|ตับแข็ง|ไอซียู"
    r"|(?i:\b(?:hiv|aids|cancer|pregnan\w*|surgery|disabled|disability|diabetes|tuberculosis|dialysis)\b)"
)
