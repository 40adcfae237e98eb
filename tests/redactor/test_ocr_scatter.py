"""OCR verification: a line's text outside the boxes that is only scattered marks is not read again.

What OCR made of a line of glyphs beside the boxes ("c=! a ๑4 9% 9% 6") reads differently each time and
holds nothing anyone reads; a kept word, a number of three digits or more, a phone are checked as before.
All strings are made up.
"""

from __future__ import annotations

import pytest

from redactor.ocr.verify import scatter_only


@pytest.mark.parametrize(("kept", "scatter"), [
    # scattered marks: single letters, one- and two-digit bits, punctuation, leader dots
    ("c=! a ๑4 9% 9% 9% 6", True),
    ("- - - ... ;", True),
    ("| ! 1 a 2 ,", True),
    ("....... ๑ .......", True),
    # kept text to check: a Thai word, an English word, a number, a phone, Thai digits
    ("โทร.", False),
    ("ab", False),
    ("0 5525 8777", False),
    ("๐ ๕๕๒๕ ๘๗๗๗", False),
    ("๑๒๓", False),
    ("รองสารวัตร (สอบสวน)", False),
    ("x 12 Station", False),
])
def test_scatter_only(kept: str, scatter: bool) -> None:
    assert scatter_only(kept) is scatter
