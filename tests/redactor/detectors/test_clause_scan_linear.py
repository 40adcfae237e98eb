"""Reading a clause on never copies the rest of the document (issue #12, scaling).

Rule: the health and criminal-record detectors read the pieces after a clause at an offset of the
whole text; the time per clause does not grow with how much text follows it. Before, each piece
sliced ``text[e:]`` (a copy of everything after it), so a 10,000-page text spent seconds copying.
"""

from __future__ import annotations

import time

import pytest

from redactor.detectors.base import DetectionContext, registered

FILLER = "เจ้าหน้าที่ได้ตรวจสอบเอกสารประกอบการพิจารณาแล้ว " * 100  # about 5,000 chars, no clause in it

CLAUSES = {
    "health": "นายสมชาย ใจดี ป่วยเป็นโรค\nเบาหวาน และขอรับความช่วยเหลือ\n",
    "criminal_record": "นายสมชาย ใจดี เคยต้องโทษจำคุก 2 ปี ในคดียาเสพติด\n",
}


def _cpu_per_clause(name: str, clauses: int) -> tuple[float, int]:
    text = (CLAUSES[name] + FILLER + "\n") * clauses
    det = registered()[name]()
    det.detect(DetectionContext(text=CLAUSES[name]))  # terms and patterns loaded once, outside the timing
    t = time.process_time()
    found = list(det.detect(DetectionContext(text=text)))
    return (time.process_time() - t) / clauses, len(found)


@pytest.mark.parametrize("name", sorted(CLAUSES))
def test_time_per_clause_does_not_grow_with_the_text_after_it(name: str) -> None:
    small, n_small = _cpu_per_clause(name, 40)
    large, n_large = _cpu_per_clause(name, 2560)  # 64 times the text, about 13 million chars
    assert n_small == 40 and n_large == 2560  # each clause found (the scan reads what it did)
    # Linear: about 1x (measured 1.0x for both). The slice made it 3.7x (health) and 12x (criminal record).
    assert large < 2 * small + 1e-4, (small, large)
