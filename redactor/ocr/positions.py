"""A position word as OCR of a scanned signature block reads it: a letter off.

Under a signed name on a scanned memo, Tesseract misreads a position now and
then: a look-alike consonant (คณบดี read with จ for ค), a vowel or a tone mark
lost, doubled or moved, a letter of the signature's ink run into the word. The
exact position pattern (``lexicon.POSITION_RE``) then fails and the official
is taken for a private signer.

``position_misread(line)`` says whether a line of OCR text starts with a
listed position read at most one letter off (two for positions of ten letters
or more), compared as OCR skeletons (``ocr.fuzzy.skeleton``) with blanks
dropped (OCR splits a word at a wide letter). Only positions of five letters
or more are tried: a shorter one is one letter away from too many words; and
one that begins with a person's title only from eight (นายช่าง is one letter
from นายชาญ, a name). A line that starts with a real word of four letters or
more that the position does not start with is that word, not a misread
(กรรมกร, a labourer, is one letter from กรรมการ).

The caller applies this to OCR text only, in the one place where a position
is expected: the line under a signed name.
"""

from __future__ import annotations

from functools import cache

from redactor import lexicon, rx
from redactor.normalise import fold_for_match
from redactor.ocr.fuzzy import skeleton
from redactor.thai_corpus import thai_words

MIN_LETTERS = 5
MIN_TITLED = 8  # positions that begin like a person's title (นาย…, นาง…)
_TITLE_START = ("นาย", "นาง")
_DEPUTY = ("รอง", "ผู้ช่วย")
LONG = 10  # positions this long may be read two letters off
_LEADING = rx.compile(r"[^ก-๛A-Za-z]*")
_BLANKS = rx.compile(r"[ \t]+")
_THAI_RUNS = rx.compile(r"[ก-๛]{4,}")


@cache
def _candidates() -> tuple[tuple[str, str], ...]:
    """(skeleton, position) for each position word of MIN_LETTERS or more, heads of provincial
    and district offices with their จังหวัด/อำเภอ."""
    words = [w for w in lexicon.POSITION_WORDS if "." not in w]
    words += [h + place for h in lexicon.DEPARTMENT_HEADS for place in ("จังหวัด", "อำเภอ")]
    out: dict[str, str] = {}
    for w in words:
        sk = skeleton(fold_for_match(w))
        if len(sk) >= (MIN_TITLED if w.startswith(_TITLE_START) else MIN_LETTERS):
            out.setdefault(sk, w)
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _first_word(letters: str) -> str | None:
    """The longest dictionary word of four letters or more that ``letters`` begin with."""
    words = thai_words()
    return next((letters[:n] for n in range(min(len(letters), 25), 3, -1) if letters[:n] in words), None)


def has_word(text: str, shortest: int = 4) -> bool:
    """Whether ``text`` holds a dictionary word of ``shortest`` letters or more anywhere."""
    words = thai_words()
    for run in _THAI_RUNS.findall(text):
        for i in range(len(run) - shortest + 1):
            if any(run[i:i + n] in words for n in range(shortest, min(len(run) - i, 20) + 1)):
                return True
    return False


def position_misread(line: str) -> str | None:
    """The listed position that the start of ``line`` (OCR text) misreads, or None."""
    letters = _BLANKS.sub("", line[_LEADING.match(line).end():])  # type: ignore[union-attr]
    for deputy in _DEPUTY:  # รอง…, ผู้ช่วย… before a position
        if letters.startswith(deputy) and len(letters) - len(deputy) >= MIN_LETTERS:
            letters = letters[len(deputy):]
            break
    if len(letters) < MIN_LETTERS:
        return None
    skel = skeleton(fold_for_match(letters[:40]))
    first = _first_word(letters)
    first_skel = skeleton(fold_for_match(first)) if first else ""
    for sk, word in _candidates():
        if first and not sk.startswith(first_skel):
            continue
        limit = 2 if len(sk) >= LONG else 1
        for n in range(len(sk) - limit, len(sk) + limit + 1):
            if n <= len(skel) and _distance(skel[:n], sk, limit) <= limit:
                return word
    return None
