"""Safety net for digits on scans (issue 14): a second reading of every digit run.

Tesseract misreads Thai digits (๘ as ๕, ๔ as ๕, ๑ as "lo", ๓ as "en") and a
wrong digit turns a phone number or an ID into something no detector
recognises. So after the page is read, every run of three or more digits is
cut out of the processed page, enlarged, and read again with only digits
(Thai and Arabic) and their separators allowed: all runs of a page in one
extra Tesseract run. Then, per run:

* the readings agree (same digit values, whatever the script): the run is
  confirmed and the text stays as read;
* they disagree: the run is *uncertain*. The text is not changed: on Thai
  digits Tesseract's digits-only reading is no better than the first one
  (measured on 200-400 dpi letters), it only shows that neither can be
  trusted;
* the run was read with low confidence in both readings: *uncertain*;
* a context word says it is a phone number or a national ID, but the digits
  do not form one (a phone prefix that does not exist, a failed ID checksum):
  a digit was misread in both readings alike, *uncertain*;
* with or without a context word, the run has the shape of a misread ID or
  phone number (``misread_shape``: a digit or two too many or too few, or
  Thai and Arabic digits mixed): *uncertain*. A number that lost or gained a
  digit matches no detector's pattern, so only a person can catch it.

An uncertain run next to a person-context word (ชื่อ, เลขประจำตัว, โทร,
บัญชี, เกิด, ที่อยู่ ...) or long enough to be an ID or a phone number becomes
an ``Uncertain`` region of the page (``OcrResult.uncertain``), which
``redactor.ocr.review`` turns into a review proposal: a person must decide
on it, as no reading can be trusted. Document numbers and dates without such
context are left alone, and so are numbers counting by one ("1 2 3 4 5", a
schedule's week numbers) and years after a year word ("ปี 2568", a budget
table's column header, whatever context word stands a line above), so review
items stay few.

A run that one of the rules above sends to a person whatever the second
reading says (letters among its digits, Thai digits of a personal kind, an
invalid number after its context word, a misread shape) is not read again:
the second reading could only change the reason shown, and on a page of Thai
digits it was a whole Tesseract run for nothing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

import numpy as np

from redactor import rx
from redactor.ocr import image as im
from redactor.ocr import tesseract
from redactor.ocr.geometry import DPI
from redactor.ocr.layout import OcrLine, parse_tsv
from redactor.ocr.tables import stack

_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ASCII = str.maketrans(_THAI_DIGITS, "0123456789")
WHITELIST = "0123456789" + _THAI_DIGITS + "-/."
# A run: digits with single separators between them (spaces inside phone numbers too).
RUN_RE = rx.compile(r"[0-9๐-๙](?:[0-9๐-๙]|[ \-/.](?=[0-9๐-๙]))*")
MIN_DIGITS = 3
# Below this (Tesseract's 0-100) a reading is unsure.
LOW_CONF = 75.0
# Crops are enlarged this many times: thin Thai digit strokes get pixels.
SCALE = 2
PAD = 8
# Tesseract's boxes of the last glyph are often a little short: widen by this share of the line height.
SIDE_PAD = 0.25
GAP = 40
# Without a context word, only runs this long (IDs, phone numbers) go to review.
LONG_RUN = 9
# Runs in Thai digits with a context word or of an ID's or a phone's length are never taken as read.
THAI_DIGITS_UNSURE = True

# Words before a digit run that say whose number it is, and the label it gets.
# Matched on the OCR text with its fragile marks optional (OCR drops them).
CONTEXT_LABELS: tuple[tuple[str, str], ...] = (
    ("เลขประจำตัวประชาชน", "NATIONAL_ID"),
    ("บัตรประชาชน", "NATIONAL_ID"),
    ("โทรศัพท์", "PHONE"),
    ("มือถือ", "PHONE"),
    ("เบอร์", "PHONE"),
    ("โทร", "PHONE"),
    ("บัญชี", "BANK_ACCOUNT"),
    ("เกิด", "DOB"),
    ("ที่อยู่", "ADDRESS"),
    ("บ้านเลขที่", "ADDRESS"),
    ("หมู่ที่", "ADDRESS"),
    ("เลขประจำตัว", "PERSONAL_CODE"),
    ("รหัส", "PERSONAL_CODE"),
    ("ชื่อ", "PERSONAL_CODE"),
)
# How far before a run (characters of its line and the line above) a context word counts.
CONTEXT_WINDOW = 40
_FRAGILE = "\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e47"


def _context_pattern(word: str) -> str:
    return "".join(f"[{_FRAGILE}]?" if c in _FRAGILE else re.escape(c) for c in word)


_CONTEXT_RE = [(rx.compile(_context_pattern(w)), label) for w, label in CONTEXT_LABELS]


@dataclass(frozen=True, slots=True)
class Uncertain:
    """A digit run OCR could not read confidently: line index, character span in the line's text, why."""

    line: int
    start: int
    end: int
    label: str
    reason: str
    first: str  # the first reading (as the line had it)
    second: str  # the digits-only reading ("" when a rule decided without one)


def digits_of(s: str) -> str:
    return "".join(c for c in s.translate(_TO_ASCII) if c.isdigit())


def context_label(before: str) -> str | None:
    """The label of the nearest context word in ``before`` (the text just before a run).

    A number of ``MIN_DIGITS`` or more between the word and the run is the word's own: the run has
    no context word then (a letter's "โทร. ๐ ๕๓๘๘ ๑๒๓๔" does not make the document number on the
    next line a phone). A shorter number does not count (a day before a birth year)."""
    best: tuple[int, str] | None = None
    for pattern, label in _CONTEXT_RE:
        for m in pattern.finditer(before):
            if best is None or m.end() > best[0]:
                best = (m.end(), label)
    if best is None or any(len(digits_of(r.group())) >= MIN_DIGITS for r in RUN_RE.finditer(before, best[0])):
        return None
    return best[1]


def valid_for(label: str, digits: str) -> bool:
    """Whether ``digits`` can be a ``label`` (only phones and national IDs have a shape to check)."""
    if label == "PHONE":
        return (len(digits) == 9 and digits[:2] in ("02", "03", "04", "05", "07")) or \
            (len(digits) == 10 and digits[:2] in ("06", "08", "09"))
    if label == "NATIONAL_ID":
        if len(digits) != 13:
            return False
        total = sum(int(d) * (13 - i) for i, d in enumerate(digits[:12]))
        return (11 - total % 11) % 10 == int(digits[12])
    return True


def shape_label(digits: str) -> str | None:
    if len(digits) == 13:
        return "NATIONAL_ID"
    if digits.startswith("0") and len(digits) in (9, 10):
        return "PHONE"
    return None


# A run this many digits off an ID's or a phone number's length is a misreading of one (OCR drops a
# digit, or reads one glyph as two) as long as it is not a valid one.
NEAR = 2
ID_DIGITS = 13
PHONE_DIGITS = (9, 10)
# A run mixing Thai and Arabic digits is a misreading (a writer keeps to one script) from this length.
MIXED_MIN_DIGITS = 6


def misread_shape(run: str) -> str | None:
    """The label of the number ``run`` looks like a misreading of, or None.

    * starts with 0 and has a phone number's length give or take ``NEAR``
      digits, but is not a valid phone number: PHONE;
    * has an ID's length give or take ``NEAR`` digits, but is not a valid
      ID (length or checksum): NATIONAL_ID;
    * mixes Thai and Arabic digits and has at least ``MIXED_MIN_DIGITS``:
      whatever its length says, else PERSONAL_CODE.

    Runs with ``/`` or ``.`` are document numbers, dates and amounts, never personal shapes.
    """
    if re.search(r"[/.]", run):
        return None
    d = digits_of(run)
    n = len(d)
    mixed = any(c in _THAI_DIGITS for c in run) and any("0" <= c <= "9" for c in run) and n >= MIXED_MIN_DIGITS
    if d.startswith("0") and min(PHONE_DIGITS) - NEAR <= n <= max(PHONE_DIGITS) + NEAR:
        if not valid_for("PHONE", d) or mixed:
            return "PHONE"
        return None
    if ID_DIGITS - NEAR <= n <= ID_DIGITS + NEAR and not d.startswith("0"):
        if not valid_for("NATIONAL_ID", d) or mixed:
            return "NATIONAL_ID"
        return None
    return "PERSONAL_CODE" if mixed else None


@dataclass(frozen=True, slots=True)
class _Run:
    line: int
    start: int
    end: int


# Thai letters Tesseract reads in place of Thai digits (๖ as อ, ๗ as ฒ, ๙ as ญ, ๘ as ส), with any mark it
# hangs on them: inside a run of digits they are digits read wrong, and count as digits.
_LOOKALIKE = "อฒญส"
_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
# Followed by another letter or a vowel, a look-alike is part of a word.
_WORD_NEXT = "".join(chr(c) for c in [*range(0x0E01, 0x0E2F), 0x0E30, 0x0E32, 0x0E33, *range(0x0E40, 0x0E47)]
                     if chr(c) not in _LOOKALIKE)
_LOOKALIKE_RE = rx.compile(f"[{_LOOKALIKE}][{_MARKS}]*(?![{_WORD_NEXT}])")
LIKE_RE = rx.compile(f"(?:[0-9๐-๙]|{_LOOKALIKE_RE.pattern})"
                     f"(?:[0-9๐-๙]|{_LOOKALIKE_RE.pattern}|[ \\-/.](?=[0-9๐-๙]|{_LOOKALIKE_RE.pattern}))*")
# At least this share of a run's digit-like characters must be real digits.
MIN_REAL = 0.6


def digit_like(s: str) -> int:
    """How many digits ``s`` holds, counting a look-alike letter (with its marks) as one."""
    return len(digits_of(s)) + len(_LOOKALIKE_RE.findall(s))


COUNT_GROUPS = 4


def counting_run(run: str) -> bool:
    """Whether ``run`` is numbers counting up or down by one, ``COUNT_GROUPS`` or more of them, spaced
    ("1 2 3 4 5", "๑๒ ๑๓ ๑๔ ๑๕"): a table's week or column numbers, no one's number."""
    groups = run.split()
    if len(groups) < COUNT_GROUPS or not all(g.translate(_TO_ASCII).isdigit() for g in groups):
        return False
    values = [int(g.translate(_TO_ASCII)) for g in groups]
    steps = {b - a for a, b in itertools.pairwise(values)}
    return steps in ({1}, {-1})


# A year word right before a run: "ปี 2568", "พ.ศ. ๒๕๖๘", "ปีงบประมาณ 2568", "ค.ศ. 2025".
_YEAR_WORD = rx.compile(r"(?:ปี(?:งบประมาณ|การศึกษา)?|พ\.\s?ศ\.?|ค\.\s?ศ\.?)[ \t]*$")


def year_run(before: str, run: str) -> bool:
    """Whether ``run`` is a year after its year word (``before``: the line's text up to the run): four
    digits of a Buddhist-era (2400-2699) or Common-era (1900-2099) year. A budget table's header
    "ปี 2568" repeats on every column; a person-context word a line above (จัดซื้อ misread as
    จัดชื่อ) does not make it anyone's number."""
    d = digits_of(run)
    if len(d) != 4 or len(run.strip()) != 4 or not _YEAR_WORD.search(before):
        return False
    return 2400 <= int(d) <= 2699 or 1900 <= int(d) <= 2099


def find_runs(lines: tuple[OcrLine, ...] | list[OcrLine]) -> list[_Run]:
    out = []
    for i, ln in enumerate(lines):
        for m in LIKE_RE.finditer(ln.text):
            text = m.group()
            real = len(digits_of(text))
            if real < MIN_DIGITS or real < MIN_REAL * digit_like(text):
                continue
            # A look-alike at either end is a word's letter unless digits surround it.
            start, end = m.start(), m.end()
            while not ln.text[start].isdigit():
                start += 1
            while not ln.text[end - 1].isdigit():
                end -= 1
            out.append(_Run(i, start, end))
    return out


def _crop(img: im.Gray, line: OcrLine, start: int, end: int) -> im.Gray:
    boxes = line.boxes[start:end]
    side = PAD + int(SIDE_PAD * (line.band[3] - line.band[1]))
    x0 = max(int(min(b[0] for b in boxes)) - side, 0)
    x1 = min(int(max(b[2] for b in boxes)) + side, img.shape[1])
    y0 = max(int(min(line.band[1], *(b[1] for b in boxes))) - PAD, 0)
    y1 = min(int(max(line.band[3], *(b[3] for b in boxes))) + PAD, img.shape[0])
    crop = img[y0:y1, x0:x1]
    return np.asarray(crop.repeat(SCALE, axis=0).repeat(SCALE, axis=1))


def reread(img: im.Gray, lines: tuple[OcrLine, ...], runs: list[_Run]) -> list[tuple[str, float]]:
    """The digits-only reading of each run and its confidence, all runs in one Tesseract run."""
    canvas, spans = stack([_crop(img, lines[r.line], r.start, r.end) for r in runs], GAP, GAP)
    raw = tesseract.recognise(im.to_pbm(canvas), dpi=DPI * SCALE, psm=6, whitelist=WHITELIST)
    pieces, _lines = parse_tsv(raw.tsv)
    found: list[list[tuple[float, str, float]]] = [[] for _ in runs]
    for p in pieces:
        cy = (p.box[1] + p.box[3]) / 2
        for k, (y0, y1) in enumerate(spans):
            if y0 <= cy < y1:
                found[k].append((p.box[0], p.text, p.conf))
                break
    out = []
    for words in found:
        words.sort()
        text = "".join(w for _x, w, _c in words)
        conf = min((c for _x, _w, c in words), default=0.0)
        out.append((text, conf))
    return out


# How many digits a number of each label has at least: a region read with fewer lost some of them.
EXPECTED_DIGITS = {"NATIONAL_ID": 13, "PHONE": 9, "BANK_ACCOUNT": 10}
_THAI_LETTER = rx.compile("[ก-ฮ]")


def _stretch(text: str, start: int, end: int, label: str | None) -> int:
    """Where a region [start, end) ends once it takes in the rest of its number.

    A number with fewer digits than its label needs lost the rest to misreading: Tesseract reads
    low-resolution Thai digits as Latin letters and signs (``๙๒๙๓`` as ``M&ea``). The words that follow
    and hold no Thai letter (a look-alike letter aside) are that rest, up to the first Thai word; so is a
    word that is mostly number (``_number_rest``: ``-เญ่อ6๕ณ๓๕-๐๑-๓``, the middle of an ID read as
    letters and the end as digits).
    """
    need = EXPECTED_DIGITS.get(label or "")
    if need is None or digit_like(text[start:end]) >= need:
        return end
    pos = end
    while pos < len(text):
        nxt = pos
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        stop = nxt
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        word = text[nxt:stop]
        if not word or (_THAI_LETTER.search(_LOOKALIKE_RE.sub("", word)) and not _number_rest(word)):
            break
        pos = end = stop
    return end


# A word with Thai letters in it is the rest of a number when it holds this many real digits ...
REST_DIGITS = 3


def _number_rest(word: str) -> bool:
    """Whether ``word`` is what OCR made of part of a number although it holds Thai letters: at least
    ``REST_DIGITS`` real digits, and over twice as many digits, look-alikes and separators as other Thai
    letters, vowels and marks. A word after a number ("อายุ", "ม.6/1", "เลขที่", "หมู่ที่ ๓") is letters with at most a
    short number glued on."""
    real = len(digits_of(word))
    if real < REST_DIGITS:
        return False
    rest = _LOOKALIKE_RE.sub("", word)
    letters = sum(1 for c in rest if "\u0e01" <= c <= "\u0e4e")
    numeric = real + len(_LOOKALIKE_RE.findall(word)) + sum(1 for c in word if c in "-/.,")
    return numeric > 2 * letters


BACK_WORDS = 2
BACK_CHARS = 5


def _stretch_back(text: str, start: int, end: int, label: str | None) -> int:
    """Where a region [start, end) starts once it takes in the start of its number misread before it:
    the words just before it that hold no Thai letter (a look-alike letter aside), back to the first
    Thai word (a phone's ``๐๘๙`` read as ``ode`` after โทรศัพท์), as ``_stretch`` does after it; at
    most ``BACK_WORDS`` words of ``BACK_CHARS`` characters, none ending in a colon (a label: "Tel:").
    A region with all its digits still takes in the one such word just before it that ends in a dash: the
    number's first digit, read as a sign and split off by a blank (``@- ๑๕๐๕-…`` for ``๘-๑๔๐๔-…``, the
    ``๘`` left readable beside the box)."""
    need = EXPECTED_DIGITS.get(label or "")
    if need is None:
        return start
    short = digit_like(text[start:end]) < need
    pos = start
    for _ in range(BACK_WORDS if short else 1):
        if pos <= 0:
            break
        prev = pos
        while prev > 0 and text[prev - 1].isspace():
            prev -= 1
        first = prev
        while first > 0 and not text[first - 1].isspace():
            first -= 1
        word = text[first:prev]
        if not word or len(word) > BACK_CHARS or word.endswith(":") \
                or _THAI_LETTER.search(_LOOKALIKE_RE.sub("", word)) or not (short or word.endswith("-")):
            break
        pos = start = first
    return start


def _fixed_reason(first: str, context: str | None, templates: bool = False) -> str:
    """Why a run is uncertain whatever a second reading says, or "" when only a second reading can tell;
    ``templates``: the run's digits were read glyph by glyph (``redactor.ocr.thai_digits``), every one
    clear, so Thai digits are no reason in themselves (the context's and the shape's checks still are)."""
    d1 = digits_of(first)
    if digit_like(first) > len(d1):
        return f"letters read among the digits ({first!r})"
    if templates:
        if context is not None and not valid_for(context, d1):
            return f"the digits read ({first!r}) do not form a valid {context} number"
        near = misread_shape(first)
        return f"{len(d1)} digits read ({first!r}), the shape of a misread {near}" if near else ""
    if THAI_DIGITS_UNSURE and any(c in _THAI_DIGITS for c in first) and \
            (context is not None or digit_like(first) >= LONG_RUN):
        # Tesseract misreads Thai digits the same way in both readings (๘ and ๔ as ๕, measured on
        # 200-400 dpi letters), so agreement proves nothing: a personal-looking run goes to a person.
        return f"Thai digits, which OCR misreads alike in both readings ({first!r})"
    if context is not None and not valid_for(context, d1):
        return f"the digits read ({first!r}) do not form a valid {context} number"
    near = misread_shape(first)
    if near is not None:
        return f"{len(d1)} digits read ({first!r}), the shape of a misread {near}"
    return ""


def _template_reading(img: im.Gray,
                      lines: tuple[OcrLine, ...]) -> tuple[tuple[OcrLine, ...], set[tuple[int, int, int]]]:
    """Runs of Thai digits read again glyph by glyph (``redactor.ocr.thai_digits``): where every glyph is
    a clear digit or separator, the run (with the look-alike letters and signs Tesseract read in it, to
    the edges of its words) is written as read, each character with its glyph's box. Returns the lines
    and the (line, start, end) of the runs so written."""
    from redactor.ocr import thai_digits

    ink = img == 0
    out = list(lines)
    done: set[tuple[int, int, int]] = set()
    by_line: dict[int, list[_Run]] = {}
    for run in find_runs(lines):
        if any(c in _THAI_DIGITS for c in lines[run.line].text[run.start:run.end]):
            by_line.setdefault(run.line, []).append(run)
    for i, runs in by_line.items():
        line = lines[i]
        text, boxes, confs = line.text, list(line.boxes), list(line.confs or [line.conf] * len(line.text))
        shift = 0
        spans = []
        done_to = 0  # end (in the line as read) of the last span written
        for run in runs:
            if run.start < done_to:
                continue
            glyphs = None
            for s, e in _template_spans(line.text, run):
                if s < done_to:
                    continue
                glyphs = thai_digits.reread_line(ink, line.text, line.boxes, line.band, s, e)
                if glyphs is not None and RUN_RE.fullmatch("".join(g.char for g in glyphs)):
                    break
                glyphs = None
            if glyphs is None:
                continue
            new = "".join(g.char for g in glyphs)
            done_to = e
            a, b = s + shift, e + shift
            text = text[:a] + new + text[b:]
            boxes[a:b] = [g.box for g in glyphs]
            confs[a:b] = [90.0] * len(new)
            spans.append((i, a, a + len(new)))
            shift += len(new) - (e - s)
        if spans:
            out[i] = replace(line, text=text, boxes=tuple(boxes), confs=tuple(confs))
            done.update(spans)
    return tuple(out), done


def _template_spans(text: str, run: _Run) -> list[tuple[int, int]]:
    """Where to read a run glyph by glyph, widest first: its words with up to two words after and before
    them that hold no Thai letter (what Tesseract made of the rest of a number: ``๐๒๐๒๕๒. old Glo`` for
    ``๖๒๘๒.๘/๖๘๒``); its words; the run alone. Words of letters glued to the number are never taken in."""
    s, e = run.start, run.end
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    while e < len(text) and not text[e].isspace():
        e += 1
    if not _mostly_number(text[s:e]):
        return [(run.start, run.end)]
    wide_s, wide_e = s, e
    for _ in range(2):
        m = re.match(r"[ \t]+([^\s]{1,5})(?=\s|$)", text[wide_e:])
        if m is None or _THAI_LETTER.search(_LOOKALIKE_RE.sub("", m.group(1))):
            break
        wide_e += m.end()
    for _ in range(2):
        m = re.search(r"(?:^|(?<=\s))([^\s]{1,5})[ \t]+$", text[:wide_s])
        if m is None or m.group(1).endswith(":") or _THAI_LETTER.search(_LOOKALIKE_RE.sub("", m.group(1))):
            break
        wide_s = m.start(1)
    spans = [(wide_s, wide_e), (s, e), (run.start, run.end)]
    return list(dict.fromkeys(spans))


def _mostly_number(word: str) -> bool:
    """Whether a run's words are mostly digits, separators and look-alikes (what Tesseract made of a
    number: ``๕-๕๐๑๕-๒๑๑๕-ดตาว-๕``), not a word of letters with a number glued to it."""
    chars = [c for c in word if not c.isspace()]
    numeric = sum(1 for c in chars if c.isdigit() or c in "-/.,") + len(_LOOKALIKE_RE.findall(word))
    return 2 * numeric >= len(chars)


def _inside(run: _Run, spans: set[tuple[int, int, int]]) -> bool:
    return any(i == run.line and a <= run.start and run.end <= b for i, a, b in spans)


def check(img: im.Gray, lines: tuple[OcrLine, ...]) -> tuple[tuple[OcrLine, ...], tuple[Uncertain, ...]]:
    """Re-read the digit runs of ``lines`` (read from ``img``); the lines (runs of Thai digits read glyph by
    glyph written as read, ``_template_reading``) and the uncertain runs."""
    # Only runs that would become a review region if unsure are considered:
    # a run with a context word, or with a personal shape (no / or ., an ID's
    # or a phone's length, or long). Document numbers and dates are not.
    # Of those, only the runs no rule already sends to a person are read
    # again (letters among the digits, Thai digits of a personal kind, an
    # invalid number after its context word, a misread shape): for the others
    # a second reading cannot change the outcome, only cost a Tesseract run.
    lines, template_read = _template_reading(img, lines)
    runs: list[_Run] = []
    contexts: list[str | None] = []
    fixed: list[str] = []
    for run in find_runs(lines):
        line = lines[run.line]
        first = line.text[run.start:run.end]
        prev = lines[run.line - 1].text if run.line else ""
        context = context_label((prev + "\n" + line.text[:run.start])[-CONTEXT_WINDOW:])
        d1 = digits_of(first)
        if context is None and (re.search(r"[/.]", first) or counting_run(first) or
                                (shape_label(d1) is None and misread_shape(first) is None
                                 and digit_like(first) < LONG_RUN)):
            continue
        # A year after its year word is no one's number, unless a birth word says it is a birth year.
        if context != "DOB" and year_run(line.text[:run.start], first):
            continue
        runs.append(run)
        contexts.append(context)
        fixed.append(_fixed_reason(first, context, _inside(run, template_read)))
    if not runs:
        return lines, ()
    # A run read glyph by glyph needs no second Tesseract reading (it misreads Thai digits alike).
    ask = [r for r, f in zip(runs, fixed, strict=True) if not f and not _inside(r, template_read)]
    answers = iter(reread(img, lines, ask) if ask else [])
    uncertain: list[Uncertain] = []
    for run, context, reason in zip(runs, contexts, fixed, strict=True):
        line = lines[run.line]
        first = line.text[run.start:run.end]
        d1 = digits_of(first)
        second = ""
        if not reason and _inside(run, template_read):
            continue  # read glyph by glyph, every digit clear, and valid for its context
        if not reason:
            second, conf2 = next(answers)
            conf1 = min(line.char_conf(run.start, run.end), line.conf)
            if d1 != digits_of(second):
                reason = f"two readings disagree ({first!r} and {second!r})"
            elif conf1 < LOW_CONF and conf2 < LOW_CONF:
                reason = f"read with low confidence ({conf1:.0f} and {conf2:.0f})"
        if not reason:
            continue
        prev = lines[run.line - 1].text if run.line else ""
        near = misread_shape(first)
        # Document numbers and dates (with / or .) have no personal shape.
        label = context or near or (None if re.search(r"[/.]", first) else shape_label(d1))
        # A misread digit may have come out as a letter (๗ as ฒ, ๙ as ญ): the
        # region reaches over the whole word the run sits in.
        start, end = run.start, run.end
        while start > 0 and not line.text[start - 1].isspace():
            start -= 1
        while end < len(line.text) and not line.text[end].isspace():
            end += 1
        end = _stretch(line.text, start, end, label)
        start = _stretch_back(line.text, start, end, label)
        uncertain.append(Uncertain(run.line, start, end, label or "PERSONAL_CODE", reason, first, second))
        # OCR may break a number over two lines (๐ | ๕๕๓๒ ๔๗๑๘): the digits
        # that end the line above belong to the same region.
        if start == 0 and run.line:
            m = re.search(r"[0-9๐-๙][0-9๐-๙ \-]*$", prev.rstrip())
            if m and len(digits_of(m.group())) <= 4:
                uncertain.append(Uncertain(run.line - 1, m.start(), m.end(), label or "PERSONAL_CODE",
                                           f"start of a number continued on the next line: {reason}",
                                           m.group(), ""))
    return lines, tuple(uncertain)
