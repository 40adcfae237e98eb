"""From raw findings to proposals: resolve overlaps, apply keep rules, propagate.

All offsets here are in the normalised view; the pipeline maps proposals back
to the canonical text at the end.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from redactor.code_beside_name import codes_beside_names
from redactor.detectors.base import TH, DetectionContext
from redactor.detectors.person_name import TITLE_RE, name_lists, split_name
from redactor.intervals import Back, without
from redactor.keep_rules import KeepSpan, flex_pattern, keep_spans
from redactor.labels import FLAG_LABELS, NEVER_KEPT, PERSONAL
from redactor.lexicon import THAI_DIGITS_TO_ASCII, segment_words
from redactor.nickname_beside_name import nicknames_beside_names
from redactor.romanised_beside_name import romanised_beside_names
from redactor.rx import compile_scan
from redactor.substrings import Substrings
from redactor.types import Action, Finding

REDACT_AT = 0.5
REVIEW_AT = 0.3
# A score is the one confidence number of a finding: what the policy compares with these thresholds,
# what the review screen shows (``percent``) and what no explanation contradicts (explanations carry
# no score of their own).


def percent(score: float) -> int:
    """The score as the whole percent a reviewer sees, rounded down so that the thresholds hold on
    screen too (0.495 is 49%, below the 50% that redacts; 0.57 is 57%, not 56.99…)."""
    return math.floor(round(score * 100, 6))
# Label sets (flags, never kept, personal) come from redactor/labels.py.


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from redactor.thai_corpus import thai_stopwords

    return frozenset(thai_stopwords())


@dataclass(frozen=True, slots=True)
class Decided:
    finding: Finding
    action: Action
    keep_reason: str | None = None


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Merge findings whose spans overlap into one finding per cluster.

    The merged span is the union (a partial removal would leak the rest); the
    label, basis and detector are those of the strongest member (highest
    score, then longest span); the explanation lists every member.
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    out: list[Finding] = []
    cluster: list[Finding] = []
    cend = -1

    def flush() -> None:
        if not cluster:
            return
        best = max(cluster, key=lambda f: (f.score, f.end - f.start))
        start = min(f.start for f in cluster)
        end = max(f.end for f in cluster)
        others = sorted({f"{f.detector}: {f.explanation}" for f in cluster if f is not best})
        why = best.explanation + ("" if not others else " | also " + " | ".join(others))
        out.append(Finding(start, end, best.label, best.score, best.basis, best.detector, why))

    for f in ordered:
        if cluster and f.start < cend:
            cluster.append(f)
            cend = max(cend, f.end)
        else:
            flush()
            cluster = [f]
            cend = f.end
    flush()
    return out


class _Spans:
    """Spans sorted by start, for overlap queries in O(log n + hits) instead of a scan per finding
    (a long list of names with thousands of findings and keeps)."""

    def __init__(self, spans: list[KeepSpan]) -> None:
        self.spans = sorted(spans, key=lambda k: k.start)
        self.starts = [k.start for k in self.spans]
        self.longest = max((k.end - k.start for k in self.spans), default=0)

    def overlapping(self, start: int, end: int) -> list[KeepSpan]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [k for k in self.spans[lo:hi] if k.end > start]


def _covered(f: Finding, keeps: list[KeepSpan] | _Spans) -> KeepSpan | None:
    """The keep rule that covers ``f``: half of it at least, or any of it for an
    ``any_overlap`` span. A "keep" wins over a "review" covering the same finding."""
    index = keeps if isinstance(keeps, _Spans) else _Spans(keeps)
    length = f.end - f.start
    found: KeepSpan | None = None
    for k in index.overlapping(f.start, f.end):
        overlap = min(f.end, k.end) - max(f.start, k.start)
        if overlap > 0 and (overlap * 2 >= length or k.any_overlap):
            if k.action == "keep":
                return k
            found = found or k
    return found


def _common_word(word: str) -> bool:
    """A dictionary or stop word (ตำแหน่ง, หรือ, เรื่อง): never redacted alone as a name."""
    _firsts, _families, words = name_lists()
    return word in words or word in _stopwords()


# Grammatical words (prepositions, conjunctions, nominalisers, negation) that no given name holds.
_FUNCTION_WORDS = frozenset({"ใน", "ที่", "ของ", "และ", "หรือ", "กับ", "จาก", "โดย", "ซึ่ง", "ให้", "ไม่",
                             "ความ", "แก่", "เพื่อ", "ตาม", "ว่า", "แต่"})


def _phrase_of_words(word: str) -> bool:
    """A run of dictionary words joined without spaces that holds a function word (จอดในที่ =
    จอด + ใน + ที่, a table cell's text glued to a name): no given name. Compound given names are
    dictionary words too (ทอง + ใบ), but never hold ใน, ที่, ของ …; a listed given name never is one."""
    firsts, _families, words = name_lists()
    if word in firsts or len(word) > 30:
        return False
    stops = _FUNCTION_WORDS
    # best[i]: the segmentations of word[:i] into known words, as (parts, has a function word)
    best: list[tuple[int, bool] | None] = [None] * (len(word) + 1)
    best[0] = (0, False)
    for i in range(len(word)):
        at = best[i]
        if at is None:
            continue
        n, stop = at
        for j in range(i + 1, min(len(word), i + 20) + 1):
            piece = word[i:j]
            if piece in words or piece in stops:
                cand = (n + 1, stop or piece in stops)
                cur = best[j]
                if cur is None or (cand[1] and not cur[1]):
                    best[j] = cand
    end = best[len(word)]
    return end is not None and end[0] >= 2 and end[1]


def _whole_name(value: str) -> bool:
    """A titled name, or a given name with a family name, or one word that is no
    dictionary word (a nickname such as a kin word + name): what may be propagated."""
    title, first, _last = split_name(value)
    if title and first:
        return True
    words = value.split()
    if len(words) >= 2:
        return not all(_common_word(w) for w in words)
    return len(words) == 1 and not _common_word(words[0])


# A nickname the document itself declares (a quoted alias after a person, a nickname field) scores
# this much or more; a quoted honorific + word on its own scores less and is not propagated.
_DECLARED_NICKNAME = 0.75
_THAI_WORD = compile_scan(rf"[{TH}]+")
_KIN_BEFORE_NICKNAME = ("น้อง", "พี่", "ยาย", "ตา", "ป้า", "ลุง", "น้า", "อา", "หนู")


def _declared_nickname(value: str, f: Finding, text: str) -> list[Finding]:
    """Other occurrences of a declared nickname that is also a dictionary word (ข้าวปุ้น, ส้มโอ).

    The document says the word names this person, so it is propagated where it stands alone between
    non-Thai characters, right after a kin word (น้องส้มโอ), or, for a word of five letters or more,
    as a word of its own in the segmentation of its Thai run (ทุกเช้าส้มโอเข็นรถ, not ส้มโอมือ when
    the dictionary has that word); never at fewer than three letters."""
    if len(value) < 3 or not _THAI_WORD.fullmatch(value) or value in _stopwords():
        return []
    out = []
    for m in re.finditer(re.escape(value), text):
        s, e = m.start(), m.end()
        if s == f.start:
            continue
        run_s, run_e = s, e
        while run_s > 0 and _THAI_WORD.fullmatch(text[run_s - 1]):
            run_s -= 1
        while run_e < len(text) and _THAI_WORD.fullmatch(text[run_e]):
            run_e += 1
        alone = run_s == s and run_e == e
        honorific = any(text[run_s:s].endswith(h) for h in _KIN_BEFORE_NICKNAME)
        if not alone and not honorific:
            if len(value) < 5:
                continue  # a short word glued in Thai text (เงิน in ถอนเงินคืน) is too often just the word
            bounds, pos = {run_s}, run_s
            for tok in segment_words(text[run_s:run_e]):
                pos += len(tok)
                bounds.add(pos)
            if s not in bounds or e not in bounds:
                continue
        out.append(Finding(s, e, f.label, 0.7, f.basis, "propagation",
                           f"nickname the document gives a redacted person ('{value}') elsewhere in it"))
    return out


_HOUSE_DIGIT = compile_scan(r"[0-9๐-๙]")


def _glued(text: str, start: int, end: int) -> bool:
    """A Thai letter right before ``start`` or right after ``end``: the match sits inside a longer word."""
    return (start > 0 and _THAI_WORD.fullmatch(text[start - 1]) is not None) or \
        (end < len(text) and _THAI_WORD.fullmatch(text[end]) is not None)


def propagate(decided: list[Decided], ctx: DetectionContext, keeps: list[KeepSpan]) -> list[Finding]:
    """Other occurrences of what is being redacted: the same string anywhere,
    and a person's first name followed by their (or any) surname.

    Names are propagated only whole (a titled name, or given + family name);
    a bare common word (ตำแหน่ง, หรือ) never is, and neither is a first name
    that is a dictionary word."""
    text = ctx.text
    # A cheap count first: most values occur once, and a regex scan of the
    # whole document per value is what would cost.
    compact = "".join(text.split())  # every whitespace character gone (what \s matches, str.split splits on)
    values = [text[d.finding.start:d.finding.end] for d in decided if d.action == "redact"]
    # Counted through an index: a scan of the whole document per value is quadratic in a long one.
    in_compact = Substrings(compact, ["".join(v.split()) for v in values])
    # A Latin-script name recurs in other capitals (a CV's heading in upper case, its body in
    # title case): those are counted and matched without regard to case.
    latin = ["".join(text[d.finding.start:d.finding.end].split()).casefold() for d in decided
             if d.action == "redact" and d.finding.label in ("PERSON", "INFORMANT")
             and _latin_name(text[d.finding.start:d.finding.end])]
    in_folded = Substrings(compact.casefold(), latin) if latin else None
    parts = [split_name(text[d.finding.start:d.finding.end]) for d in decided
             if d.action == "redact" and d.finding.label in ("PERSON", "INFORMANT")]
    in_text = Substrings(text, [w for _t, first, last in parts for w in (first, *last.split()[-1:])])
    new: list[Finding] = []
    seen: set[str] = set()
    back: Back | None = None  # built when a value recurs
    in_skeleton: Substrings | None = None  # built when a name with marks is redacted
    runs: _DigitRuns | None = None  # the digit runs, indexed when a code is redacted
    for d in decided:
        if d.action != "redact":
            continue
        f = d.finding
        value = text[f.start:f.end]
        key = "".join(value.split())
        person = f.label in ("PERSON", "INFORMANT")
        if person and not _whole_name(value):
            if f.detector == "nickname" and f.score >= _DECLARED_NICKNAME and f"nick:{key}" not in seen \
                    and in_compact.count(key) > 1:
                seen.add(f"nick:{key}")
                new.extend(_declared_nickname(value, f, text))
            continue
        if f.label == "ADDRESS" and not _HOUSE_DIGIT.search(value):
            # A place name without a house number (a sub-district a narrow address cell wrapped onto
            # its own line) is public geography elsewhere: the agency's own name holds it too.
            continue
        if len(key) >= 4 and key not in seen and in_compact.count(key) > 1:
            seen.add(key)
            # One untitled word of a name (a surname a narrow cell wrapped onto its own line) glued
            # inside a longer Thai word elsewhere (บุญเรือง in วัดศรีบุญเรือง) is that other word.
            lone_word = person and f.detector != "nickname" and len(value.split()) == 1 and not split_name(value)[0]
            if back is None:
                back = without(text, _WHITESPACE_RUN)[1]
            for s, e in flex_spans(compact, back, key):
                if lone_word and _glued(text, s, e):
                    continue
                new.append(Finding(s, e, f.label, 0.8, f.basis, "propagation",
                                   f"same text as a redacted {f.label} elsewhere in the document"))
        if f.label in _CODE_LABELS and f"digits:{key}" not in seen:
            seen.add(f"digits:{key}")
            if runs is None:
                runs = _DigitRuns(text)
            new.extend(_one_digit_off(value, f, runs))
        if person and f"glyph:{key}" not in seen and _THAI_MARK.search(value):
            seen.add(f"glyph:{key}")
            if in_skeleton is None:
                in_skeleton = Substrings(_skeleton(text), [_skeleton(text[d.finding.start:d.finding.end])
                                                            for d in decided if d.action == "redact"
                                                            and d.finding.label in ("PERSON", "INFORMANT")])
            # Counted first: a name whose marks nowhere differ from its own occurs no more often so.
            if in_skeleton.count(_skeleton(value)) > in_compact.count(key):
                new.extend(_with_glyph_letters(value, f, text))
        if person and in_folded is not None and _latin_name(value) and f"fold:{key.casefold()}" not in seen \
                and in_folded.count(key.casefold()) > 1:
            seen.add(f"fold:{key.casefold()}")
            for m in compile_scan(flex_pattern(value), re.I, persist=False).finditer(text):
                new.append(Finding(m.start(), m.end(), f.label, 0.8, f.basis, "propagation",
                                   "the same Latin-script name in other capitals elsewhere in the document"))
        if person:
            _title, first, last = split_name(value)
            if value[:1].isascii() and last:
                # A foreign family name stands alone in properties, captions and later mentions
                # (Mrs. … Engstrom, the Engstrom family); a capitalised word of five letters or
                # more that closes an English titled name is no common word.
                family = last.split()[-1]
                if len(family) >= 5 and f"family:{family}" not in seen and in_text.count(family) > 1:
                    seen.add(f"family:{family}")
                    name = re.escape(family)  # the literal first, the look back after it: a string search
                    for m in compile_scan(rf"{name}(?<![\w-]{name})(?![\w-])", persist=False).finditer(text):
                        new.append(Finding(m.start(), m.end(), f.label, 0.7, f.basis, "propagation",
                                           f"family name of a redacted person ('{family}') elsewhere in the document"))
            if len(first) < 3 or f"first:{first}" in seen or in_text.count(first) < 2:
                continue
            seen.add(f"first:{first}")
            with_last = rf"[ \t]*\n?[ \t]*{flex_pattern(last)}" if last else "(?!)"
            if _phrase_of_words(first):
                continue
            if not _common_word(first):
                # The first name standing alone as a word, followed by this
                # person's surname (across a line wrap) or by any other word.
                # The name first, then the look back past it (no Thai letter before it): every match
                # starts where the name does, so the pattern is tried only there (the text's index of
                # names knows those places), not scanned through the whole text.
                rx = (rf"{re.escape(first)}(?<![{TH}]{re.escape(first)})"
                      rf"(?:{with_last}|[ \t]+[{TH}]{{3,}})?(?![{TH}])")
                at_name = compile_scan(rx, persist=False).match
                end = 0
                for p in in_text.starts(first):
                    hit = at_name(text, p) if p >= end else None  # finditer's matches, in order
                    if hit is not None:
                        end = hit.end()
                        new.append(Finding(hit.start(), hit.end(), f.label, 0.75, f.basis, "propagation",
                                           f"first name of a redacted person ('{first}') elsewhere in the document"))
                continue
            if not last:
                continue
            # A given name that is also a word (จินตนา, สมัย): only with the surname, alone in
            # brackets ("(จินตนา)", a case's "(ก - ข)"), or, for a listed given name, alone on
            # its line (an author field).
            name = re.escape(first)
            rx = (rf"(?<![{TH}]){name}{with_last}(?![{TH}])"
                  rf"|(?<=\()[ \t]*{name}[ \t]*(?=\)|[ \t]*[\-–/,])"
                  rf"|(?<=[\-–/,])[ \t]*{name}[ \t]*(?=\))")
            if first in name_lists()[0]:
                rx += rf"|(?<=\n)[ \t]*{name}[ \t]*(?=\n|$)"
            for m in compile_scan(rx, persist=False).finditer(text):
                new.append(Finding(m.start(), m.end(), f.label, 0.75, f.basis, "propagation",
                                   f"first name of a redacted person ('{first}') elsewhere in the document"))
    index = _Spans(keeps)
    taken = _Spans([KeepSpan(d.finding.start, d.finding.end, "") for d in decided if d.action != "review"])
    return [n for n in new if _covered(n, index) is None and not taken.overlapping(n.start, n.end)]


_WHITESPACE_RUN = re.compile(r"\s+")

# Identifiers whose digits OCR may misread elsewhere on a scan (a transcript repeats the student's
# number in each term's summary row, read once right and once with a digit wrong).
_CODE_LABELS = frozenset({"PERSONAL_CODE", "NATIONAL_ID", "TAX_ID_PERSON", "PASSPORT", "DRIVER_LICENCE"})
_CODE_MIN_DIGITS = 8
_DIGIT_RUN = compile_scan(r"(?<![0-9A-Za-z])[0-9]{7,14}(?![0-9A-Za-z])")


class _DigitRuns:
    """The document's digit runs (``_DIGIT_RUN``) by their digits, and the runs one digit off a
    code found by deletion: two strings are one digit replaced, dropped or added apart exactly
    when one is the other with a digit dropped, or both are with the digit at the same place
    dropped. Each run is indexed under its own digits with each one dropped (a dozen keys),
    so a code looks up a few dozen keys, not every string one edit away from it."""

    def __init__(self, text: str) -> None:
        self.spans: dict[str, list[tuple[int, int]]] = {}
        for m in _DIGIT_RUN.finditer(text):
            self.spans.setdefault(m.group(), []).append(m.span())
        self._dropped: dict[str, set[str]] = {}  # run with any one digit dropped -> runs
        self._dropped_at: dict[tuple[str, int], set[str]] = {}  # (run with digit i dropped, i) -> runs
        for run in self.spans:
            for i in range(len(run)):
                key = run[:i] + run[i + 1:]
                self._dropped.setdefault(key, set()).add(run)
                self._dropped_at.setdefault((key, i), set()).add(run)

    def one_edit(self, digits: str) -> set[str]:
        """The runs equal to ``digits`` or one digit replaced, dropped or added away from it."""
        out = set(self._dropped.get(digits, ()))  # a digit added
        if digits in self.spans:
            out.add(digits)
        for i in range(len(digits)):
            key = digits[:i] + digits[i + 1:]
            if key in self.spans:  # a digit dropped
                out.add(key)
            out.update(self._dropped_at.get((key, i), ()))  # the digit at i replaced
        return out


def _one_digit_off(value: str, f: Finding, runs: _DigitRuns) -> list[Finding]:
    """Digit runs one digit off a redacted code of eight digits or more: the same code as OCR misread
    it elsewhere (a digit read wrong, lost or doubled), or written without its separators. The
    verifier reads the written copy the same tolerant way: such a run left visible is the code.
    The document's digit runs are indexed once (``_DigitRuns``)."""
    digits = value.translate(THAI_DIGITS_TO_ASCII)
    digits = "".join(c for c in digits if c.isdigit())
    if len(digits) < _CODE_MIN_DIGITS or not value.strip().translate(THAI_DIGITS_TO_ASCII).replace("-", "").isdigit():
        return []
    spans = sorted(span for run in runs.one_edit(digits) if run != value
                   for span in runs.spans[run] if span[0] != f.start)
    why = "one digit off a redacted code elsewhere in the document (the same code misread)"
    return [Finding(s, e, f.label, 0.7, f.basis, "propagation", why) for s, e in spans]


# Thai marks above and below a consonant (mai han-akat, upper and lower vowels, tone marks,
# thanthakhat …): the glyphs a broken font extracts as ASCII letters.
_THAI_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


# A lone lowercase Latin letter right after a Thai letter (an unmapped glyph read as a letter).
_GLUED_LATIN = compile_scan(rf"(?<=[{TH}])[a-z](?![A-Za-z])")
# Whitespace (what ``\s`` matches: str.isspace) and the Thai marks, deleted by str.translate.
_SKELETON_DELETE = dict.fromkeys([*(cp for cp in range(0x3001) if chr(cp).isspace()),
                                  0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)])
# The same marks as bytes of Windows-874 (TIS-620 and a few signs), where each Thai character is one byte:
# bytes.translate deletes them ten times faster than str.translate can (a dict lookup per character).
_SKELETON_DELETE_874 = bytes([0xD1, *range(0xD4, 0xDB), *range(0xE7, 0xEF)])


def _skeleton(s: str) -> str:
    """``s`` without whitespace, Thai marks and Latin letters glued after Thai ones: where a name read
    through a broken font and the name as typed are the same. (The glued letter is judged on ``s``
    as written; whitespace goes by ``str.split``, the marks by a byte translate when every character
    has a Windows-874 byte, else by ``str.translate``: a whole document's text is made so.)"""
    compact = "".join(_GLUED_LATIN.sub("", s).split())
    raw = compact.encode("cp874", "replace")
    if raw.count(b"?") != compact.count("?"):  # a character without a byte: the exact, slower way
        return compact.translate(_SKELETON_DELETE)
    return raw.translate(None, _SKELETON_DELETE_874).decode("cp874")


def _with_glyph_letters(value: str, f: Finding, text: str) -> list[Finding]:
    """``value`` (a Thai given and family name) where some of its marks were lost or extracted as
    single ASCII letters ("สิทธิn" or "สิทธิ" for "สิทธิ์"): the same name from a font without a usable
    Unicode map (its unmapped glyphs read as letters, or as U+FFFD that the matching view drops).

    Only a given and a family name together, and only matches that differ from the name as typed
    in its marks: a name as typed is the exact propagation's."""
    if not _THAI_MARK.search(value) or not _whole_name(value) \
            or (len(value.split()) < 2 and not split_name(value)[0]):
        return []
    parts = []
    for c in value:
        if c.isspace():
            parts.append(r"\s+")
        elif _THAI_MARK.fullmatch(c):
            parts.append(f"(?:{re.escape(c)}|[a-z])?")
        else:
            parts.append(re.escape(c))
    pattern = rf"(?<![{TH}A-Za-z]){''.join(parts)}(?![{TH}A-Za-z])"
    typed = "".join(value.split())
    out = []
    for m in compile_scan(pattern, persist=False).finditer(text):
        if m.start() != f.start and "".join(m.group().split()) != typed:
            out.append(Finding(m.start(), m.end(), f.label, 0.75, f.basis, "propagation",
                               "the same name with marks lost or extracted as Latin letters (a font without a "
                               "usable Unicode map) elsewhere in the document"))
    return out


def flex_spans(compact: str, back: Back, key: str) -> Iterator[tuple[int, int]]:
    """What ``re.finditer(flex_pattern(key), text)`` finds (``key`` without whitespace, ``compact``
    and ``back`` made from ``text`` by ``intervals.without``), as spans of ``text``: the key's
    occurrences in the compact text, left to right and not overlapping, mapped back. A string
    search, where the pattern (whitespace allowed between any two characters) has no literal
    longer than one character to search for."""
    n = len(key)
    i = compact.find(key)
    while i >= 0:
        yield back[i], back[i + n - 1] + 1
        i = compact.find(key, i + n)


def _latin_name(value: str) -> bool:
    """Two or more words of Latin letters (a name as a Latin-script detector found it)."""
    words = value.split()
    return len(words) >= 2 and all(w.rstrip(".,").isascii() and w.rstrip(".,").isalpha() for w in words)


def _name_key(value: str) -> str | None:
    """A person's given and family name, without title or spacing; None for a lone word."""
    _title, first, last = split_name(value)
    return f"{first}{''.join(last.split())}" if first and last else None


def _cell_value(f: Finding, ctx: DetectionContext) -> str:
    """The finding's text, or the whole of its table cell when the name is wrapped over
    several lines of a narrow cell (the pieces of one cell, joined)."""
    value = ctx.cell_value(f.start) if ctx.cells else None
    return ctx.text[f.start:f.end] if value is None else value


def _one_person_one_decision(decided: list[Decided], ctx: DetectionContext) -> list[Decided]:
    """A name sent to review where the same person is withheld elsewhere is withheld too.

    Showing one copy of a name that another part of the document withholds
    discloses it anyway (a complainant's name in the body and in the signature
    block). Names that are also kept somewhere (an official) are left as they are.
    """
    text = ctx.text
    persons = ("PERSON", "INFORMANT")
    by_action: dict[str, set[str]] = {"redact": set(), "keep": set()}
    for d in decided:
        if d.finding.label in persons and d.action in by_action:
            key = _name_key(_cell_value(d.finding, ctx))
            if key:
                by_action[d.action].add(key)
    out = []
    for d in decided:
        f = d.finding
        key = _name_key(text[f.start:f.end]) if d.action == "review" and f.label in persons else None
        if key and key in by_action["redact"] and key not in by_action["keep"]:
            f = Finding(f.start, f.end, f.label, max(f.score, REDACT_AT), f.basis, f.detector,
                        f.explanation + "; the same person is withheld elsewhere in this document")
            d = Decided(f, "redact")
        out.append(d)
    return out


def _in_header_cell(f: Finding, ctx: DetectionContext) -> bool:
    """A name found inside a column title ("ประเภทเอกสาร\nสิทธิ์" read as a word by the NER
    model): column titles name columns, never a person."""
    if f.label != "PERSON":
        return False
    c = ctx.cell_at(f.start)
    return c is not None and c.is_header and f.end <= c.end


# Nouns that open an institution's name and never a surname. A borderless table read line by
# line puts the next column's cell after a name's first line ("เด็กหญิงพิช" / "โรงเรียนบ้าน…"):
# a name read across such a line break ends at the break.
_INSTITUTION_AT_LINE = compile_scan(
    r"\n[ \t]*(?:โรงเรียน|โรงพยาบาล|บริษัท|ห้างหุ้นส่วน|มหาวิทยาลัย|วิทยาลัย|สำนักงาน|องค์การ|เทศบาล|สถานีตำรวจ"
    r"|ที่ว่าการ|กระทรวง|ธนาคาร|สหกรณ์|มูลนิธิ|สมาคม"
    # A conjunction or a relative word starts no name: the next column's line ("นาย" / "และสิ่งแวดล้อม").
    r"|และ|หรือ|ซึ่ง|โดย|เพื่อ|กับ|ที่)"
)
_ONLY_TITLE = compile_scan(rf"[ \t(]*(?:{TITLE_RE})[ \t]*")


def _cut_at_cell_end(f: Finding, ctx: DetectionContext) -> Finding | None:
    """``f`` (a name that starts in a table cell) ending at the first line break after which the
    text is another cell's or no cell's (the next row, the paragraph under the table): a cell's
    lines read on into "นางวาสนา" + "ขอรับรองว่า…" name nobody. None when only a title is left."""
    text = ctx.text
    if f.label != "PERSON" or "\n" not in text[f.start:f.end]:
        return f
    own = ctx.cell_at(f.start)
    if own is None:
        return f
    key = (own.table, own.row, own.col)
    k = text.find("\n", f.start, f.end)
    while k >= 0:
        nxt = k + 1
        while nxt < f.end and text[nxt] in " \t\n":
            nxt += 1
        c = ctx.cell_at(nxt) if nxt < f.end else None
        if nxt < f.end and (c is None or (c.table, c.row, c.col) != key):
            end = k
            while end > f.start and text[end - 1] in " \t":
                end -= 1
            if end <= f.start or _ONLY_TITLE.fullmatch(text, f.start, end):
                return None
            return Finding(f.start, end, f.label, f.score, f.basis, f.detector,
                           f.explanation + "; cut where its table cell ends")
        k = text.find("\n", k + 1, f.end)
    return f


def _cut_at_institution(f: Finding, text: str) -> Finding | None:
    """``f`` (a name) ending before the first line break that an institution's name or a
    conjunction follows; None when only a title is left."""
    if f.label != "PERSON" or "\n" not in text[f.start:f.end]:
        return f
    m = _INSTITUTION_AT_LINE.search(text, f.start, f.end)
    if m is None:
        return f
    end = m.start()
    while end > f.start and text[end - 1] in " \t":
        end -= 1
    if end <= f.start:
        return f
    if _ONLY_TITLE.fullmatch(text, f.start, end):
        return None
    return Finding(f.start, end, f.label, f.score, f.basis, f.detector,
                   f.explanation + "; cut at a line break before an institution's name (the next column)")


def decide(findings: list[Finding], ctx: DetectionContext) -> list[Decided]:
    """Resolve, keep, propagate, resolve again; one decision per span."""
    from redactor.detectors.security_mark import is_classified

    findings = [c for f in findings if (c := _cut_at_institution(f, ctx.text)) is not None]
    if ctx.cells:
        findings = [c for f in findings if (c := _cut_at_cell_end(f, ctx)) is not None]

    flags = [f for f in findings if f.label in FLAG_LABELS]
    core = [f for f in findings if f.label not in FLAG_LABELS and not _in_header_cell(f, ctx)]
    keeps = keep_spans(core, ctx)
    keep_index = _Spans(keeps)
    classified = is_classified(ctx.text)

    def judge(fs: list[Finding]) -> list[Decided]:
        out = []
        for f in resolve_overlaps(fs):
            if classified and f.label in PERSONAL and f.basis == "15(5)":
                f = Finding(f.start, f.end, f.label, f.score, "15(2)", f.detector,
                            f.explanation + "; classified law-enforcement document")
            k = _covered(f, keep_index)
            if k is not None and k.action == "keep" and f.label in NEVER_KEPT:
                k = None  # an identifier is never kept silently; a rule may only send it to a person
            if k is not None and k.action == "review":
                f = Finding(f.start, f.end, f.label, min(f.score, REDACT_AT - 0.01), f.basis, f.detector,
                            f.explanation + f"; for review: {k.reason}")
                out.append(Decided(f, "review", k.reason))
            elif k is not None:
                out.append(Decided(f, "keep", k.reason))
            elif f.score >= REDACT_AT:
                out.append(Decided(f, "redact"))
            elif f.score >= REVIEW_AT:
                out.append(Decided(f, "review"))
        return out

    first = judge(core)
    extra = propagate(first, ctx, keeps)
    withheld_names = [d.finding for d in first if d.action == "redact" and d.finding.label == "PERSON"]
    extra += codes_beside_names(withheld_names, ctx)
    extra += nicknames_beside_names(withheld_names, ctx)
    extra += romanised_beside_names(withheld_names, ctx)
    decided = judge(core + extra) if extra else first
    decided = _one_person_one_decision(decided, ctx)
    for f in flags:
        action = FLAG_LABELS[f.label]
        reason = "classification mark stays visible; the document is treated as classified" \
            if f.label == "SECURITY_MARK" else None
        decided.append(Decided(f, action, reason))  # type: ignore[arg-type]
    decided.sort(key=lambda d: (d.finding.start, d.finding.end))
    return decided
