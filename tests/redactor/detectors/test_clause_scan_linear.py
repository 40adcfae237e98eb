"""Reading a clause on never copies the rest of the document (issue #12, scaling).

Rule: the health and criminal-record detectors read the pieces after a clause at an offset of the
whole text, so the work per clause does not grow with how much text follows it. Before, each piece
sliced ``text[e:]`` (a copy of everything after it), and a 10,000-page text spent seconds copying
(the time per unit is reported by ``benchmarks/scaling.py``; here the copies themselves are counted,
which does not depend on the machine's load).
"""

from __future__ import annotations

import pytest

from redactor.detectors.base import DetectionContext, registered

FILLER = "เจ้าหน้าที่ได้ตรวจสอบเอกสารประกอบการพิจารณาแล้ว " * 100  # about 5,000 chars, no clause in it

CLAUSES = {
    "health": "นายสมชาย ใจดี ป่วยเป็นโรค\nเบาหวาน และขอรับความช่วยเหลือ\n",
    "criminal_record": "นายสมชาย ใจดี เคยต้องโทษจำคุก 2 ปี ในคดียาเสพติด\n",
}


class _CountedText(str):
    """A str that records the length of every slice taken of it."""

    longest = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            type(self).longest = max(type(self).longest, len(got))
        return got


@pytest.mark.parametrize("name", sorted(CLAUSES))
def test_no_clause_copies_the_text_after_it(name: str) -> None:
    clauses = 200
    text = _CountedText((CLAUSES[name] + FILLER + "\n") * clauses)  # about a million characters
    _CountedText.longest = 0
    found = list(registered()[name]().detect(DetectionContext(text=text)))
    assert len(found) == clauses  # each clause found: the scan reads what it did
    # Slices of a line or a clause's surroundings, never of the rest of the document.
    assert _CountedText.longest < 2 * len(FILLER), _CountedText.longest
