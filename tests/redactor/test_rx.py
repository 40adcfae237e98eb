"""compile_scan: a first-character guard that never changes what a pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import redactor.detectors
from redactor.rx import ORIGINAL, compile_scan, first_class

# (pattern, flags, the guard expected: None where none can be told or none is needed)
GUARDS = [
    (r"(?:มี)?รายได้|(?:อัตรา)?เงินเดือน", 0, "(?=[มรอเ])"),
    (r"(?<![ก-๛])ทาง(?:การ)?", 0, "(?=[ท])"),
    (r"\b(?:fever|cough)\b", 0, "(?=[fc])"),
    (r"(?i:mr|ms)\.?[ \t]+[A-Z]", 0, "(?=(?i:[m]))"),
    (r"(?:[0-9]{1,3})?[ -]?x", 0, r"(?=[0-9 \-x])"),
    (r"[^0-9]abc", 0, None),  # a negated class: could start with almost anything
    (r".foo", 0, None),
    (r"(?:a)?", 0, None),  # can match the empty string
    (r"(?=x)", 0, None),
    (r"\d{13}", 0, None),  # already fast: starts with a class
    (r"abc|abd", 0, None),  # already fast: an alternation of literals
]


@pytest.mark.parametrize(("pattern", "flags", "guard"), GUARDS)
def test_guard(pattern: str, flags: int, guard: str | None) -> None:
    compiled = compile_scan(pattern, flags)
    if guard is None:
        assert compiled.pattern == pattern
    else:
        assert first_class(pattern, flags) == guard
        assert compiled.pattern.startswith(guard)


TEXTS = [
    "นายสมชาย มีรายได้เดือนละ 15,000 บาท ทางการเห็นว่า อัตราเงินเดือน 20,000",
    "Patient: MR. JOHN SMITH had a fever and a cough; Ms Ann Lee (mother) — no fever.",
    "\nทาง\nการ ทาง ไปทาง 012-345-6789 x 1 2 3 x",
    "",
]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize(("pattern", "flags", "_guard"), GUARDS)
@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_table(pattern: str, flags: int, _guard: str | None, text: str) -> None:
    assert _matches(compile_scan(pattern, flags), text) == _matches(re.compile(pattern, flags), text)


def _detector_patterns() -> list[re.Pattern[str]]:
    out: dict[int, re.Pattern[str]] = {}
    names = [f"redactor.detectors.{m.name}" for m in pkgutil.iter_modules(redactor.detectors.__path__)]
    for name in [*names, "redactor.lexicon", "redactor.keep_rules", "redactor.label_value", "redactor.policy"]:
        for value in vars(importlib.import_module(name)).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out[id(value)] = value
    return list(out.values())


PATTERNS = _detector_patterns()
# Each pattern as written (a detector may already compile it guarded), and guarded.
WRITTEN = [re.compile(ORIGINAL.get(rx.pattern, rx.pattern), rx.flags) for rx in PATTERNS]
GUARDED = [(rx, compile_scan(rx.pattern, rx.flags & ~re.UNICODE)) for rx in WRITTEN]
ALPHABET = st.sampled_from([
    *"กขคงจนบปมยรลวสหอะาิีึืุูเแโใไ่้๊๋็์ำ๐๑๒๓๔๕๖๗๘๙0123456789 \t\n.,:;/-()@+ABCDEFMNRSTZabcdefmnorstuxyzÀéß",
    "นาย", "นาง", "MR.", "Ms ", "บาท", "หมู่ ", "ถนน", "โทร ", "เลขที่ "])


def test_every_detector_pattern_is_checked() -> None:
    assert len(PATTERNS) > 100
    assert sum(fast.pattern != rx.pattern for rx, fast in GUARDED) > 50  # most gain a guard


@settings(max_examples=150, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_detector_patterns_find_the_same(text: str) -> None:
    for rx, fast in GUARDED:
        assert _matches(fast, text) == _matches(rx, text), rx.pattern
