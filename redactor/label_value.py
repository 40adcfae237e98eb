"""Label → value: the shared way identifier detectors read "label: value".

Forms, letters and tables name an identifier before writing it: "หนังสือเดินทาง
เลขที่ MG 123456", "HN\\n67-012345", "ใบอนุญาตขับรถยนต์ส่วนบุคคลเลขที่ 12345678",
a column header "Passport No." above a cell. This module turns label words
(data in ``redactor.lexicon``) into one regex that tolerates PDF line wraps
inside the label, a connector (colon, "เลขที่", "No.", a bilingual gloss, a
line break or an empty table cell), then the detector's own value shape.
It registers no detector itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from redactor import rx
from redactor.detectors.base import DetectionContext
from redactor.rx import compile_scan, first_class
from redactor.trie_regex import literal_alternation

_SP = r"[ \t\u00a0]*"
# What may stand between a label and its value. Kept short on purpose: a value
# far from its label is not this label's value.
# Each optional part carries the spaces after it, so that a run of spaces (a form's blank) splits
# one way only: three ``[ \t]*`` in a row backtrack cubically where no value follows.
CONNECTOR = (
    rf"{_SP}(?:\([^()\n]{{0,40}}\){_SP})?"  # "(ถ้ามี)", "(Passport)"
    rf"(?:/{_SP}[A-Za-z][A-Za-z .'’]{{0,30}}?{_SP})?"  # bilingual gloss "/ Passport No."
    rf"(?:(?:(?:[\u0e01-\u0e4e\s]{{0,30}}?(?:เลขที่|หมายเลข|เลข)|(?i:no|number|nr|num|id|code)(?![a-z])\.?)"
    rf"(?:[ \t]+(?i:is|was)(?![a-z]))?"  # running English: "his passport number is …"
    rf"|(?<=[ \t])(?i:is|was)(?![a-z])){_SP})?"
    rf"(?:[:：#.\-–=]{_SP})?(?:\n{_SP}){{0,2}}"
)


def _label_body(label: str) -> str:
    if label.isascii():
        body = r"\s{1,3}".join(re.escape(w) for w in label.split())
        body = f"(?<![A-Za-z]){body}(?![A-Za-z])"
        # Short capital abbreviations (HN, AN, VIN, TIN) are case-sensitive: "an", "hn" are not labels.
        exact = label.replace(" ", "").isupper() and len(label) <= 5
        return body if exact else f"(?i:{body})"
    # Thai: a PDF may wrap a label anywhere, and spaces in a label are optional.
    return r"\s{0,3}".join(re.escape(c) for c in label if not c.isspace())


@lru_cache(maxsize=64)
def label_regex_text(labels: tuple[str, ...]) -> str:
    """One alternation of ``labels``, longest first, tolerant of wraps and case."""
    # Labels that start with a Thai letter as one trie, tried one character at a time; they
    # never match where a label starting with a Latin letter does.
    thai = {"".join(c for c in lb if not c.isspace()) for lb in labels if _thai_start(lb)}
    rest = [_label_body(lb) for lb in sorted(set(labels), key=lambda w: (-len(w), w)) if not _thai_start(lb)]
    if rest:
        # Behind one guard of their first characters: at a Thai letter the Latin labels
        # (each opening with a lookbehind and a case-insensitive word) are not tried one by one.
        guard = first_class("|".join(rest))
        rest = [f"{guard}(?:{'|'.join(rest)})"] if guard else rest
    return "|".join([*rest, literal_alternation(thai, between=r"\s{0,3}")] if thai else rest)


def _thai_start(label: str) -> bool:
    head = label.lstrip()[:1]
    return not label.isascii() and bool(head) and not head.isascii()


@lru_cache(maxsize=64)
def label_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    return rx.compile(label_regex_text(labels))


@lru_cache(maxsize=64)
def labelled_value_regex(labels: tuple[str, ...], value: str) -> re.Pattern[str]:
    """``label CONNECTOR (?P<value>value)``; the detector's value regex sets its own end guard."""
    return compile_scan(rf"(?P<label>{label_regex_text(labels)}){CONNECTOR}(?P<value>{value})")


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s).casefold()


@dataclass(frozen=True, slots=True)
class Labelled:
    start: int
    end: int
    label: str  # the label as written (whitespace squashed)
    via: str  # "label" (inline or on the line before) or "header" (table column header)
    label_start: int = -1  # where the label starts in the text ("label" only)


def labelled_values(ctx: DetectionContext, labels: tuple[str, ...], value: str) -> Iterator[Labelled]:
    """Values of shape ``value`` written after one of ``labels`` in the text."""
    for m in labelled_value_regex(labels, value).finditer(ctx.text):
        yield Labelled(m.start("value"), m.end("value"), re.sub(r"\s+", "", m.group("label")), "label",
                       m.start("label"))


def header_label(ctx: DetectionContext, offset: int, labels: tuple[str, ...]) -> str | None:
    """The label found in the column header of the cell holding ``offset``, if any."""
    header = ctx.header_of(offset)
    if not header:
        return None
    m = label_regex(labels).search(header)
    return re.sub(r"\s+", "", m.group(0)) if m else None


def values_under_header(ctx: DetectionContext, labels: tuple[str, ...], value: str) -> Iterator[Labelled]:
    """Table cells whose column header names ``labels`` and whose text has the ``value`` shape."""
    shape = rx.compile(value)
    for cell in ctx.cells:
        if cell.is_header or not cell.header:
            continue
        m = label_regex(labels).search(cell.header)
        if not m:
            continue
        for v in shape.finditer(ctx.text, cell.start, cell.end):
            yield Labelled(v.start(), v.end(), re.sub(r"\s+", "", m.group(0)), "header")


def label_before(ctx: DetectionContext, start: int, labels: tuple[str, ...], window: int = 60) -> str | None:
    """A label standing within ``window`` characters before ``start`` with no digit in between."""
    left = ctx.before(start, window)
    last = None
    for m in label_regex(labels).finditer(left):
        last = m
    if last is None or re.search(r"[0-9]", left[last.end():]):
        return None
    return re.sub(r"\s+", "", last.group(0))


def any_word(text: str, words: Iterable[str]) -> str | None:
    """The first of ``words`` found in ``text`` (case-insensitive for Latin words)."""
    low = text.casefold()
    for w in words:
        if w.casefold() in low:
            return w
    return None


# A line holding only a label (with an optional bilingual gloss): a column header of a table
# that the extractor flattened into one cell per line.
_GLOSS = r"(?:[ \t]*/[ \t]*[A-Za-z][A-Za-z .'’]{0,30})?"
HEADER_WINDOW = 4000


@lru_cache(maxsize=64)
def _header_line_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    return rx.compile(rf"(?m)^[ \t]*(?:{label_regex_text(labels)}){_GLOSS}[ \t]*:?[ \t]*$")


@lru_cache(maxsize=64)
def _header_line_after_break_regex(labels: tuple[str, ...]) -> re.Pattern[str]:
    """``_header_line_regex`` for every line but the text's first, opening with the line break
    before it: a pattern that starts with a literal is searched for, where one that starts with
    ``^`` is tried at every position of the text. Its matches end where that pattern's do."""
    return rx.compile(rf"\n[ \t]*(?:{label_regex_text(labels)}){_GLOSS}[ \t]*:?[ \t]*(?=\n|\Z)")


def header_line_ends(text: str, labels: tuple[str, ...]) -> list[int]:
    """Where each line holding only one of ``labels`` ends: ``m.end()`` of every match of
    ``_header_line_regex(labels)`` in ``text``."""
    first = _header_line_regex(labels).match(text)
    return ([first.end()] if first else []) + \
        [m.end() for m in _header_line_after_break_regex(labels).finditer(text, first.end() if first else 0)]


def bare_cells_under_header_line(ctx: DetectionContext, labels: tuple[str, ...], value: str,
                                 window: int = HEADER_WINDOW) -> Iterator[Labelled]:
    """Lines holding only a value of shape ``value`` within ``window`` chars after a header line.

    For tables whose cells the pipeline does not know (``ctx.cells`` empty), where the
    extractor wrote one cell per line: the header row's label stands alone on its line and
    the column's values follow as lines of their own.
    """
    heads = header_line_ends(ctx.text, labels)
    if not heads:
        return
    cell = rx.compile(rf"(?m)^[ \t]*({value})[ \t]*$")
    for m in cell.finditer(ctx.text, heads[0]):
        if any(0 < m.start(1) - h <= window for h in heads):
            yield Labelled(m.start(1), m.end(1), "", "header line")
