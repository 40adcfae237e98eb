"""From Tesseract's TSV and text to lines of text with a box per character.

Tesseract's Thai "words" in the TSV are single characters or syllables (a
consonant, a tone mark, a vowel each get a box of their own) and the TSV holds
no spaces. The plain-text output of the same run does: Tesseract writes a space
where it saw one between words. The two are aligned piece by piece; should they
ever disagree, spaces come from the gaps between boxes instead.

Each line's characters keep the box of the piece they came from, so a span of
the line maps to pixels (``OcrLine.span_box``); the OCR cleanup in
``redactor.ocr.cleanup`` carries those boxes through its rewrites.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is loaded only where a scanned page needs it (start-up of `phoei redact`)
    import numpy as np
    import numpy.typing as npt

from redactor.ocr.cleanup import clean_line
from redactor.ocr.geometry import Box

# How far a redaction box reaches into the blank beside a whole word (redaction_box).
GAP_SHARE = 0.4
GAP_REACH = 0.5
# How far past the band a span's digits take its box (span_box), as a share of the band's height.
DIGIT_REACH = 0.4

@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    box: Box
    conf: float
    line: tuple[int, int, int]  # block, paragraph, line
    space_before: bool


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognised line in image pixels: cleaned text, a box per character, the line's band."""

    text: str
    boxes: tuple[Box, ...]
    band: Box
    conf: float
    # Per character, the confidence of the piece it came from (the lowest, if several).
    confs: tuple[float, ...] = ()

    def char_conf(self, start: int, end: int) -> float:
        """Lowest confidence of the characters [start, end) (the line's when unknown)."""
        got = [c for c, ch in zip(self.confs[start:end], self.text[start:end], strict=False) if not ch.isspace()]
        return min(got) if got else self.conf

    def span_box(self, start: int, end: int) -> Box:
        """Pixel box covering characters [start, end): their boxes' extent, the line's full height.

        Where the band is far thinner than the characters in it (Tesseract now and then gives a line of
        large bold digits beside small print a band a pixel high, and a box of the band alone was a thin
        stroke across a number that stayed readable), or most of the characters lie mostly outside it
        (an ID card's large number above the small label that decided the band: the box was a thin
        stroke under the number), the height reaches the characters' own. Otherwise the band decides:
        a character box reaching past it (a mark, or a box Tesseract drew into the next line) would take
        the neighbouring lines' ink with it.
        """
        chosen = self._ink_boxes(start, end)
        if not chosen:
            chosen = list(self.boxes[start:end])
        # Tesseract now and then gives a piece a box a few pixels wide far from
        # its glyph; such boxes never decide the extent when others exist.
        solid = [b for b in chosen if b[2] - b[0] >= 4 and b[3] - b[1] >= 4] or chosen
        x0 = min(b[0] for b in solid)
        x1 = max(b[2] for b in solid)
        y0, y1 = self.band[1], self.band[3]
        heights = sorted(b[3] - b[1] for b in solid)
        # How much of each character's height lies inside the band: a band cut apart from the line
        # above or below it (_separate_bands) may hold another part of the line than these characters
        # (a card's large ID digits beside the small label under them).
        inside = sorted(max(min(b[3], y1) - max(b[1], y0), 0.0) / max(b[3] - b[1], 1e-6) for b in solid)
        if y1 - y0 < 0.5 * heights[len(heights) // 2] or inside[len(inside) // 2] < 0.5:
            y0 = min(y0, min(b[1] for b in solid))
            y1 = max(y1, max(b[3] for b in solid))
        else:
            # Digits carry no marks, and their boxes are their ink: where the band was cut through their
            # tops or bottoms (a tight row under a line whose lower vowels reach down), the box takes in
            # their own height, up to DIGIT_REACH of the band's (the top third of a phone's digits
            # showed above its box). Redaction boxes are then carved around the neighbours' glyphs
            # (redactor/ocr/carve.py).
            digits = [b for b, c in zip(self.boxes[start:end], self.text[start:end], strict=True) if c.isdigit()]
            if digits:
                reach = DIGIT_REACH * (y1 - y0)
                y0 = min(y0, max(min(b[1] for b in digits), y0 - reach))
                y1 = max(y1, min(max(b[3] for b in digits), y1 + reach))
        # Glyph edges reach a little past the recognised boxes.
        pad = 0.08 * (y1 - y0)
        return x0 - pad, y0, x1 + pad, y1

    def redaction_box(self, start: int, end: int) -> Box:
        """``span_box`` grown, where the span begins or ends a word, into the blank beside it.

        Tesseract's boxes of Thai letters are estimates, and the last letter of a word often reaches a
        few pixels past its box: a word redacted whole kept a sliver of its last letter, readable. The
        blank between words holds no ink, so at a word's end the box reaches ``GAP_SHARE`` of the way
        to the next word (at the line's end, to the line's box), and likewise before a word's start,
        never more than ``GAP_REACH`` of the line's height. Nor does ``span_box``'s margin reach into
        the neighbouring word's box there: a Thai word's box often ends in the blank after its ink, and
        the margin took the first stroke of the next word. Where the neighbour's box reaches over the
        span's own first (or last) glyph, one of the two is wrong (a tone mark's box Tesseract put past
        its word, over the house number after it): the span keeps its margin, since a withheld glyph
        shown is the worse loss (the left stroke of a ๑ stood beside the box).
        """
        x0, y0, x1, y1 = self.span_box(start, end)
        chosen = self._ink_boxes(start, end)
        if not chosen:
            return x0, y0, x1, y1
        reach = GAP_REACH * (y1 - y0)
        raw0, raw1 = min(b[0] for b in chosen), max(b[2] for b in chosen)
        text = self.text
        # The margin never reaches into the next or the previous word's box (its ink is kept text);
        # the span's own boxes always stay covered.
        if end >= len(text) or text[end].isspace():
            nxt = next((i for i in range(end, len(text)) if not text[i].isspace()), None)
            edge = self.band[2] if nxt is None else raw1 + GAP_SHARE * max(self.boxes[nxt][0] - raw1, 0.0)
            x1 = max(x1, min(edge, raw1 + reach))
            if nxt is not None and self.boxes[nxt][0] >= raw1:
                x1 = max(raw1, min(x1, self.boxes[nxt][0]))
        if start == 0 or text[start - 1].isspace():
            prv = next((i for i in range(start - 1, -1, -1) if not text[i].isspace()), None)
            edge = self.band[0] if prv is None else raw0 - GAP_SHARE * max(raw0 - self.boxes[prv][2], 0.0)
            x0 = min(x0, max(edge, raw0 - reach))
            if prv is not None and self.boxes[prv][2] <= raw0:
                x0 = min(raw0, max(x0, self.boxes[prv][2]))
        return x0, y0, x1, y1

    def _ink_boxes(self, start: int, end: int) -> list[Box]:
        """The boxes of the characters of [start, end) that are not blanks."""
        return [b for b, c in zip(self.boxes[start:end], self.text[start:end], strict=True) if not c.isspace()]


def parse_tsv(tsv: str) -> tuple[list[Piece], dict[tuple[int, int, int], Box]]:
    """Word rows (level 5) with text, in reading order, and the line boxes (level 4)."""
    pieces: list[Piece] = []
    lines: dict[tuple[int, int, int], Box] = {}
    rows = tsv.splitlines()
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        try:
            level = int(cols[0])
            key = (int(cols[2]), int(cols[3]), int(cols[4]))
            left, top, width, height = (float(c) for c in cols[6:10])
            conf = float(cols[10])
        except ValueError:
            continue
        box = (left, top, left + width, top + height)
        if level == 4:
            lines[key] = box
        elif level == 5:
            text = "\t".join(cols[11:]).strip()
            if text:
                pieces.append(Piece(text, box, conf, key, False))
    return pieces, lines


def _with_spaces(pieces: list[Piece], txt: str) -> list[Piece] | None:
    """Mark the pieces that the plain text puts a space before; None if the two disagree."""
    out = []
    pos = 0
    n = len(txt)
    for p in pieces:
        spaced = False
        while pos < n and txt[pos].isspace():
            spaced = True
            pos += 1
        if not txt.startswith(p.text, pos):
            return None
        pos += len(p.text)
        out.append(Piece(p.text, p.box, p.conf, p.line, spaced))
    return out


def _spaces_from_gaps(pieces: list[Piece]) -> list[Piece]:
    out = []
    prev: Piece | None = None
    for p in pieces:
        spaced = False
        if prev is not None and prev.line == p.line:
            height = max(p.box[3] - p.box[1], prev.box[3] - prev.box[1], 1.0)
            spaced = p.box[0] - prev.box[2] > 0.3 * height
        out.append(Piece(p.text, p.box, p.conf, p.line, spaced))
        prev = p
    return out


def _separate_bands(lines: list[tuple[Box, list[Piece]]]) -> list[Box]:
    """Line bands cut where they overlap a neighbour's, halfway through the overlap.

    Thai line boxes reach from the upper tone marks to the lower vowels, so
    neighbouring lines' boxes overlap; a redaction as tall as the box would
    wipe marks off the lines above and below.

    Only a neighbour that starts above the line and ends short of its middle (or ends below it and starts
    past its middle) cuts it: lines stacked on each other overlap in their marks zones, never past a
    middle. A box that reaches past the middle, or lies inside the line's height, is no line above or
    below: a column of list numbers Tesseract read as one tall block beside the lines (its box
    ten lines high, a few pixels into each line's start), or a speck inside the line. Cut halfway through
    such an overlap, every line the block touched was left a band one pixel high, its characters were
    read again as missed lines (the same line twice), and redactions drawn from those bands took the
    neighbours' text (exit 4 in ``benchmarks/scan_stress.py``).
    """
    bands = [box for box, _ in lines]
    out = []
    for i, (x0, y0, x1, y1) in enumerate(bands):
        top, bot = y0, y1
        mid = (y0 + y1) / 2
        for j, (ox0, oy0, ox1, oy1) in enumerate(bands):
            if i == j or ox1 <= x0 or ox0 >= x1:
                continue
            if oy0 < y0 and y0 < oy1 <= mid:
                top = max(top, (y0 + oy1) / 2)
            elif oy1 > y1 and mid <= oy0 < y1:
                bot = min(bot, (oy0 + y1) / 2)
        out.append((x0, top, x1, max(bot, top + 1)))
    return out


def build_lines(tsv: str, txt: str) -> list[OcrLine]:
    pieces, line_boxes = parse_tsv(tsv)
    spaced = _with_spaces(pieces, txt)
    pieces = spaced if spaced is not None else _spaces_from_gaps(pieces)
    grouped: dict[tuple[int, int, int], list[Piece]] = {}
    for p in pieces:
        grouped.setdefault(p.line, []).append(p)
    raw: list[tuple[Box, list[Piece]]] = []
    for key, ps in grouped.items():
        lb = line_boxes.get(key, ps[0].box)
        box = (min(lb[0], *(p.box[0] for p in ps)), min(lb[1], *(p.box[1] for p in ps)),
               max(lb[2], *(p.box[2] for p in ps)), max(lb[3], *(p.box[3] for p in ps)))
        raw.append((box, ps))
    bands = _separate_bands(raw)
    out = []
    for (_box, ps), band in zip(raw, bands, strict=True):
        chars: list[str] = []
        boxes: list[Box] = []
        confs: list[float] = []
        for i, p in enumerate(ps):
            if i and p.space_before:
                prev = ps[i - 1].box
                chars.append(" ")
                boxes.append((prev[2], band[1], max(prev[2], p.box[0]), band[3]))
                confs.append(100.0)
            chars.extend(p.text)
            boxes.extend([p.box] * len(p.text))
            confs.extend([p.conf] * len(p.text))
        text, sources = clean_line("".join(chars))
        if not text.strip():
            continue
        merged = []
        for lo, hi in sources:
            bs = boxes[lo:hi]
            merged.append((min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)))
        conf = sum(p.conf for p in ps) / len(ps)
        out.append(OcrLine(text, tuple(merged), band, conf, tuple(min(confs[lo:hi]) for lo, hi in sources)))
    return out


# A word's edge reaches past its box at most this share of the line height.
MAX_SNAP = 0.6
# Blanks between the glyphs of a word, crossed on the way to its edge ink: at most this share of the line
# height (a space between words is wider).
MAX_GLYPH_GAP = 0.1


def snap_to_ink(line: OcrLine, ink: npt.NDArray[np.bool_]) -> OcrLine:
    """Widen the first and last character box of each word to the ink they belong to.

    Tesseract's per-character boxes come from its recogniser's time steps and
    often stop short of a word's first or last glyph (a ๐ read 13 pixels wide
    of its 30): a box drawn from them leaves a sliver that still reads. Each
    word's outer edges move out over columns of the line's band that hold ink,
    and over blanks narrower than ``MAX_GLYPH_GAP`` of the line height with ink
    after them (the blank between a word's last two glyphs, where Tesseract's
    box of the last one stopped: its last glyph stayed readable beside the
    box), never into the gap before the next word.
    """
    x_0, y_0, x_1, y_1 = (round(v) for v in line.band)
    if not line.text or y_1 <= y_0 or x_1 <= x_0:
        return line
    h, w = ink.shape
    import numpy as np

    cols: npt.NDArray[np.bool_] = np.asarray(ink[max(y_0, 0):min(y_1, h), :].any(axis=0))
    limit = int(MAX_SNAP * (y_1 - y_0))
    gap = int(MAX_GLYPH_GAP * (y_1 - y_0))
    boxes = list(line.boxes)
    text = line.text
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        left_stop = int(boxes[i - 1][0]) if i > 0 else 0
        right_stop = int(boxes[j][2]) if j < n else w
        # A blank is crossed only to ink a blank's width short of the neighbouring words' own boxes, and
        # the edge then stays there (a space's box may reach into the next word, and a narrow space is
        # no wider than the blank inside a word).
        prv = next((k for k in range(i - 1, -1, -1) if not text[k].isspace()), None)
        nxt = next((k for k in range(j, n) if not text[k].isspace()), None)
        cross_floor = max(left_stop, int(boxes[prv][2]) if prv is not None else 0)
        cross_ceiling = min(right_stop, int(boxes[nxt][0]) if nxt is not None else w)
        x0 = int(min(b[0] for b in boxes[i:j]))
        x1 = int(max(b[2] for b in boxes[i:j]))
        lo = x0
        floor = max(left_stop, x0 - limit, 0)
        while lo - 1 > floor:
            if cols[lo - 1]:
                lo -= 1
                continue
            # A blank between glyphs of the word (measured from the ink, not from the box, which may
            # reach into the blank): crossed when ink follows close by.
            ink_at = lo
            while ink_at < x1 and not cols[ink_at]:
                ink_at += 1
            k = lo - 1
            while k > floor and ink_at - k <= gap and not cols[k]:
                k -= 1
            if k > max(floor, cross_floor + gap) and ink_at - k <= gap and cols[k]:
                lo = k
                floor = max(floor, cross_floor + gap)
            else:
                break
        hi = x1
        ceiling = min(right_stop, x1 + limit, w - 1)
        while hi < ceiling:
            if cols[hi]:
                hi += 1
                continue
            ink_end = hi
            while ink_end > x0 and not cols[ink_end - 1]:
                ink_end -= 1
            k = hi
            while k < ceiling and k - ink_end < gap and not cols[k]:
                k += 1
            if k < min(ceiling, cross_ceiling - gap) and k - ink_end <= gap and cols[k]:
                hi = k
                ceiling = min(ceiling, cross_ceiling - gap)
            else:
                break
        if lo < x0:
            b = boxes[i]
            boxes[i] = (float(lo), b[1], b[2], b[3])
        if hi > x1:
            b = boxes[j - 1]
            boxes[j - 1] = (b[0], b[1], float(hi), b[3])
        i = j
    return replace(line, boxes=tuple(boxes))


# A box whose own ink spans less than this share of the band is left alone: what lies inside the band is a
# speck or a neighbour's mark, and the box's own glyphs lie outside it.
MIN_OWN_INK = 0.3


def boxes_to_ink(line: OcrLine, ink: npt.NDArray[np.bool_]) -> OcrLine:
    """Each character box's top and bottom moved to its own ink: of the runs of inked rows in the box's
    columns (split where a blank row lies between) from a band's height above the line's band to a band's
    height below it, those lying at least half inside the band. A run of ink so belongs to the one line
    whose band holds most of it.

    Tesseract's boxes of Thai text are estimates. In tight rows they reach into the neighbouring lines: a
    number's box took in the bottoms of the line above (or the tone marks of the line below) where their
    ink joins its columns, and the box of a line's first letter now and then rose a third of a line into
    the line above (``scan_stress.py`` page 13: the น opening a titled name, 30 pixels into the document
    number above it); some pieces come as tall as the line. A redaction was then drawn over the neighbour,
    or carving (``redactor.ocr.carve``), which keeps each glyph of a redaction covered to its box's edge,
    had to keep it there. And they fall short of their marks: a tone mark above a vowel stood over the
    vowel's box, its own box off to the side (page 15: the ่ of ที่ under the name above it). Carving did
    not see it, the name's box covered it, and each time the neighbour's kept text was lost (exit 4).
    A letter's marks sit above or below it with a blank between, inside its line's band, so they are taken
    in; a run mostly outside the band is another line's ink. A box whose runs inside the band span under
    ``MIN_OWN_INK`` of the band (a speck inside it, the box's large print outside it), or with no ink, stays
    as it is.
    """
    band_top, band_bottom = line.band[1], line.band[3]
    height = band_bottom - band_top
    min_own = MIN_OWN_INK * height
    moved: dict[Box, Box] = {}
    for box in dict.fromkeys(b for b, c in zip(line.boxes, line.text, strict=True) if not c.isspace()):
        rows = (min(box[1], band_top - height), max(box[3], band_bottom + height))
        own = [(a, b) for a, b in _ink_runs(ink, (box[0], rows[0], box[2], rows[1]))
               if 2 * (min(b, band_bottom) - max(a, band_top)) >= b - a]
        if not own or own[-1][1] - own[0][0] < min_own:
            continue
        top, bottom = float(own[0][0]), float(own[-1][1])
        if (top, bottom) != (box[1], box[3]):
            moved[box] = (box[0], top, box[2], bottom)
    if not moved:
        return line
    return replace(line, boxes=tuple(moved.get(b, b) for b in line.boxes))


def _ink_runs(ink: npt.NDArray[np.bool_], box: Box) -> list[tuple[int, int]]:
    """The runs of inked rows in ``box``'s columns, top down, each [top, bottom) in image rows."""
    import numpy as np

    h, w = ink.shape
    x0, y0, x1, y1 = (max(0, int(box[0])), max(0, int(box[1])), min(w, round(box[2])), min(h, round(box[3])))
    if x1 <= x0 or y1 <= y0:
        return []
    rows = ink[y0:y1, x0:x1].any(axis=1).astype(np.int8)
    edges = (np.flatnonzero(np.diff(np.concatenate(([0], rows, [0])))) + y0).tolist()
    return list(zip(edges[::2], edges[1::2], strict=True))
