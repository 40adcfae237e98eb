"""Regexes that scan long texts fast: a first-character guard in front of a pattern.

Python's ``re`` skips quickly through a text only when a pattern starts with a
literal, a character class or an alternation of literals. A pattern that starts
with an optional group (``(?:มี)?รายได้``), a lookbehind (``(?<![ก-๛])ทาง``), a
word boundary (``\\b(?:…)``) or a case-insensitive word is tried in full at every
position of the text: a detector's pattern then costs 10-40 ms on 100 pages
that hold none of its words.

``compile_scan`` puts a lookahead for the characters a match can start with in
front (``(?=[มรอเ])…``). A position whose character cannot start a match is
left after one class test. The lookahead matches nothing by itself and admits
every character a match can start with, so the pattern finds exactly what it
found before (``tests/redactor/test_rx.py`` checks this for every pattern of the
detectors). Where the first characters cannot be told (a pattern that can start
with any character or match the empty string), the pattern is compiled as it is.
"""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+: the parser behind re.compile
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no guard, same results
    _p = _c = None

# Character classes a first character may fall in, as written inside [...].
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}
# Zero-width items: they consume nothing, so what follows them starts the match.
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters cannot be told: the pattern stays as it is."""


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _first(seq: Any, flags: int) -> tuple[list[str], bool, bool]:
    """(class items a match of the sequence can start with, whether any is case-insensitive,
    whether the sequence can match the empty string)."""
    items: list[str] = []
    icase = False
    for op, av in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            return [*items, _escape(chr(av))], icase or bool(flags & re.IGNORECASE), False
        if name == "IN":
            parts = []
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    parts.append(_escape(chr(iav)))
                elif iname == "RANGE":
                    parts.append(f"{_escape(chr(iav[0]))}-{_escape(chr(iav[1]))}")
                elif iname == "CATEGORY" and str(iav) in _CATEGORIES:
                    parts.append(_CATEGORIES[str(iav)])
                else:  # NEGATE, odd categories: could start with almost anything
                    raise _Unknown
            return [*items, *parts], icase or bool(flags & re.IGNORECASE), False
        if name == "SUBPATTERN":
            _group, add, delete, sub = av
            sub_items, sub_icase, empty = _first(sub, (flags | add) & ~delete)
        elif name == "ATOMIC_GROUP":
            sub_items, sub_icase, empty = _first(av, flags)
        elif name == "BRANCH":
            sub_items, sub_icase, empty = [], False, False
            for alt in av[1]:
                a_items, a_icase, a_empty = _first(alt, flags)
                sub_items += a_items
                sub_icase |= a_icase
                empty |= a_empty
        elif name in _REPEATS:
            low, _high, sub = av
            sub_items, sub_icase, empty = _first(sub, flags)
            empty = empty or low == 0
        else:  # ANY, NOT_LITERAL, group references, ...
            raise _Unknown
        items += sub_items
        icase |= sub_icase
        if not empty:
            return items, icase, False
    return items, icase, True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A lookahead admitting every character a match of ``pattern`` can start with, or None."""
    if _p is None:  # pragma: no cover
        return None
    try:
        return _class_of(_p.parse(pattern, flags))
    except re.error:
        return None


def _class_of(parsed: Any) -> str | None:
    try:
        items, icase, empty = _first(parsed, parsed.state.flags)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    if empty or not items:
        return None
    cls = "[" + "".join(dict.fromkeys(items)) + "]"
    return f"(?=(?i:{cls}))" if icase else f"(?={cls})"


def _fast_already(parsed: Any) -> bool:
    """Whether ``re`` already skips through a text for this parsed pattern: it starts with
    a literal, a class, a run of one class or an alternation of literals, none
    case-insensitive."""
    data = list(parsed)
    flags = parsed.state.flags
    while data and str(data[0][0]) == "SUBPATTERN":
        _g, add, delete, sub = data[0][1]
        flags = (flags | add) & ~delete
        data = list(sub)
    if not data or flags & re.IGNORECASE:
        return False
    op, av = str(data[0][0]), data[0][1]
    if op in ("LITERAL", "IN"):
        return True
    if op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and str(av[2][0][0]) in ("LITERAL", "IN"):
        return True  # a run of one class (\d{13}): re's single-character repeat is as quick
    if op == "BRANCH":
        return all(alt and str(alt[0][0]) == "LITERAL" for alt in data[0][1][1])
    return False


_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
# Guarded source -> the pattern as written (tests compare the two).
ORIGINAL: dict[str, str] = {}


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a first-character guard where one helps; the
    same matches, groups and spans."""
    if _p is None:  # pragma: no cover
        return re.compile(pattern, flags)
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return re.compile(pattern, flags)  # raises the error as re.compile does
    # (a verbose pattern's trailing comment would swallow the group's end)
    verbose = parsed.state.flags & re.VERBOSE
    guard = None if verbose or _fast_already(parsed) else _class_of(parsed)
    if guard is None:
        return re.compile(pattern, flags)
    lead = _GLOBAL_FLAGS.match(pattern)  # global flags must stay first
    head, body = (lead.group(), pattern[lead.end():]) if lead else ("", pattern)
    guarded = f"{head}{guard}(?:{body})"
    ORIGINAL[guarded] = pattern
    return re.compile(guarded, flags)
