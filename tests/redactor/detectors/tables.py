"""The detector tables' helpers (Presidio style: text, expected spans, score range).

Every detector reads the normalised view (Thai digits folded, PUA glyphs mapped),
so the helpers normalise first and compare spans in that view. Expected spans
are given either as substrings (written in any digits: they are normalised too,
and the first occurrence counts) or as explicit ``(start, end)`` pairs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from redactor.detectors.base import DetectionContext, registered
from redactor.normalise import normalise
from redactor.types import Finding

Span = str | tuple[int, int]
ScoreRange = tuple[float, float] | None
Case = tuple[str, Sequence[Span], ScoreRange]


def run_detector(name: str, text: str) -> tuple[str, list[Finding]]:
    """The normalised view of ``text`` and what detector ``name`` finds in it."""
    view = normalise(text).text
    return view, list(registered()[name]().detect(DetectionContext(view)))


def resolve(view: str, span: Span) -> tuple[int, int]:
    if isinstance(span, tuple):
        return span
    needle = normalise(span).text
    at = view.find(needle)
    assert at >= 0, f"expected span {needle!r} is not in the view {view!r}"
    return at, at + len(needle)


def check_table(name: str, text: str, expected: Sequence[Span], scores: ScoreRange) -> list[Finding]:
    """Assert that detector ``name`` finds exactly ``expected`` in ``text``, scored within ``scores``."""
    view, findings = run_detector(name, text)
    got = sorted({(f.start, f.end) for f in findings})
    want = sorted({resolve(view, s) for s in expected})
    assert got == want, (
        f"{name} on {view!r}:\n  got  {[view[s:e] for s, e in got]}\n  want {[view[s:e] for s, e in want]}"
    )
    if scores is not None:
        lo, hi = scores
        for f in findings:
            assert lo <= f.score <= hi, f"{view[f.start:f.end]!r} scored {f.score} ({f.explanation}), want {scores}"
    cls = registered()[name]
    for f in findings:
        assert f.detector == name
        assert 0.0 <= f.score <= 1.0
        assert f.explanation, "every finding says why"
        assert f.basis == cls.basis, f.basis
    return findings


def table_test(name: str, cases: Sequence[Case]) -> Callable[..., None]:
    """The test of detector ``name``'s table: one ``check_table`` per ``(text, expected, scores)`` row.

    A test module binds it to a ``test_`` name: ``test_table = table_test(NAME, CASES)``.
    """

    @pytest.mark.parametrize(("text", "expected", "scores"), cases)
    def test_table(text: str, expected: Sequence[Span], scores: ScoreRange) -> None:
        check_table(name, text, expected, scores)

    return test_table
