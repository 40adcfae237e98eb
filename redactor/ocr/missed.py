"""Ink the page's reading left out: lines of text Tesseract's page layout skipped.

Tesseract's page segmentation now and then drops whole lines, most often on forms whose blanks are
dotted leaders ("ข้าพเจ้า.........<name>.........อายุ....."): an invented dotted-form scan lost
the two lines holding the applicant's name and national ID, so nothing was proposed there and both
stayed readable in the written copy. A reading that is silent about ink must not pass as complete.

After the page is read, the ink that no line's band covers is grouped into horizontal bands; bands
tall and inky enough to be text are cut out (with the covered ink blanked, so nothing is read
twice), stacked into one image like the ruled-table cells of ``redactor.ocr.tables`` and read in one
Tesseract run. Lines read there with a fair confidence join the page's lines in the page's frame.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from redactor.ocr.geometry import Box

# Around each line read, this many pixels count as that line's (marks just past its band).
COVER_PAD = 6
# A row of the page holds uncovered text when this many ink pixels in it are uncovered.
ROW_INK = 4
# Rows of uncovered ink closer than this (pixels) are one band (a Thai line's marks float above it).
ROW_GAP = 8
# A band is text (not a speck, a stroke of a signature, or a ruling's remains) when it is this tall
# (pixels at 300 dpi: 8 pt letters are about 30) and holds this much uncovered ink.
MIN_HEIGHT = 24
MIN_INK = 400
# Around a band's ink, this much of the page is read with it.
BAND_PAD = 16
# A band this tall is a picture (a logo, a photo, a stamp), not a skipped line: it is left alone.
MAX_HEIGHT = 260


def covered_mask(shape: tuple[int, int], bands: Sequence[Box]) -> npt.NDArray[np.bool_]:
    h, w = shape
    mask = np.zeros(shape, bool)
    for x0, y0, x1, y1 in bands:
        mask[max(int(y0) - COVER_PAD, 0):min(int(np.ceil(y1)) + COVER_PAD, h),
             max(int(x0) - COVER_PAD, 0):min(int(np.ceil(x1)) + COVER_PAD, w)] = True
    return mask


def missed_bands(ink: npt.NDArray[np.bool_], covered: npt.NDArray[np.bool_]) -> list[tuple[int, int, int, int]]:
    """Rectangles (x0, y0, x1, y1) of uncovered ink that look like lines of text."""
    free = ink & ~covered
    rows = np.flatnonzero(free.sum(axis=1) >= ROW_INK)
    out: list[tuple[int, int, int, int]] = []
    if not len(rows):
        return out
    h, w = ink.shape
    runs: list[list[int]] = [[int(rows[0]), int(rows[0])]]
    for y in rows[1:]:
        if y - runs[-1][1] <= ROW_GAP:
            runs[-1][1] = int(y)
        else:
            runs.append([int(y), int(y)])
    for y0, y1 in runs:
        height = y1 - y0 + 1
        if not MIN_HEIGHT <= height <= MAX_HEIGHT:
            continue
        part = free[y0:y1 + 1]
        if int(part.sum()) < MIN_INK:
            continue
        cols = np.flatnonzero(part.any(axis=0))
        out.append((max(int(cols[0]) - BAND_PAD, 0), max(y0 - BAND_PAD // 2, 0),
                    min(int(cols[-1]) + 1 + BAND_PAD, w), min(y1 + 1 + BAND_PAD // 2, h)))
    return out
