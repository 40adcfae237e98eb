"""``webui.review.why_of``: the stored parts of an explanation as the review screen lists them
(the browser test is tests/webui/test_browser_explanations.py)."""

from __future__ import annotations

from typing import Any

import pytest

from webui.review import ContextWord, Why, why_of


def _parts(**kw: Any) -> dict[str, Any]:
    return {"pattern": "", "checksum": None, "context": [], "changes": [], "notes": [], **kw}


@pytest.mark.parametrize(("parts", "expected"), [
    # Rows from before the parts were kept, and parts that say nothing: the reason text alone.
    (None, None),
    ({}, None),
    (_parts(notes=["for review: an official named in office"]), None),
    # Pattern and checksum, as detectors give them.
    (_parts(pattern="flat", checksum=True), Why("flat", True, (), ())),
    (_parts(pattern="1-4-5-2-1", checksum=False), Why("1-4-5-2-1", False, (), ())),
    (_parts(pattern="p", checksum="yes"), Why("p", None, (), ())),  # not a verdict: not shown as one
    # A context word with the score change it brought, in points of confidence.
    (_parts(pattern="th_phone", context=[{"word": "โทร", "distance": 4}],
            changes=[{"delta": 0.15, "reason": "context word 'โทร'"}]),
     Why("th_phone", None, (ContextWord("โทร", 4, "เพิ่มความมั่นใจ 15 จุด"),), ())),
    # A required word changes no score; a change of another kind is listed on its own.
    (_parts(pattern="age", context=[{"word": "นาย", "distance": 30}],
            changes=[{"delta": -0.2, "reason": "weak grouping"}]),
     Why("age", None, (ContextWord("นาย", 30, ""),), (("weak grouping", "ลดความมั่นใจ 20 จุด"),))),
])
def test_why_of(app: Any, parts: dict[str, Any] | None, expected: Why | None) -> None:
    with app.test_request_context("/"):
        assert why_of(parts) == expected


def test_the_parts_in_english(app: Any) -> None:
    with app.test_request_context("/", headers={"Cookie": "lang=en"}):
        why = why_of(_parts(context=[{"word": "โทร", "distance": 4}],
                            changes=[{"delta": 0.1, "reason": "context word 'โทร'"}]))
    assert why is not None and why.context[0].change == "confidence up 10 points"
