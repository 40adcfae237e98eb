"""Where the text of an original sits on its pages, kept beside the page images (private cache).

Built once in the worker from the extracted document; the review screen reads
it to draw each proposal's boxes and to turn a box dragged on a page back into
character offsets of the canonical text (a manual redaction). All geometry is
in PDF points, origin top-left, pages counted from 0.

Each entry of ``lines`` is ``[page, start offset, char boxes, band]``: a char
box spans the glyph's ascender to descender, so on a tightly set Thai page it
reaches into the lines above and below; ``band`` (``[y0, y1]``, or ``None``
for OCR lines) is the part of the page only that line occupies, the height a
redaction of its characters gets (``PdfDocument.rects_for``).
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Rect = tuple[float, float, float, float]


def _r(box: Iterable[float]) -> list[float]:
    return [round(float(v), 2) for v in box]


def build(doc: Any, proposals: Iterable[Any]) -> dict[str, Any]:
    """The layout of an extracted document (``redactor.formats.pdf.PdfDocument.layout`` or a DOCX)."""
    text = doc.textmap.text
    out: dict[str, Any] = {"kind": doc.kind, "length": len(text), "pages": [], "lines": [], "proposals": {}}
    if doc.kind != "pdf":
        return out
    lay = doc.layout()
    for w, h in lay.pages:
        out["pages"].append({"w": round(w, 2), "h": round(h, 2)})
    for line in lay.lines:
        boxes = [_r(b) if b is not None else [0, 0, 0, 0] for b in line.boxes]
        out["lines"].append([line.page, line.start, boxes, _r(line.band) if line.band is not None else None])
    # A proposal is drawn as one box per line: an OCR line's box as a whole, not carved around the
    # neighbouring lines' glyphs as painting does (redactor/ocr/carve.py), which would split it into
    # slices a few points apart on the reviewer's page image.
    for p in proposals:
        out["proposals"][p.id] = [[pno, *_r(rect)] for pno, rect in doc.rects_for(p.start, p.end, carve=False)]
    return out


def save(path: Path, data: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def load(path: Path) -> dict[str, Any] | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except (OSError, ValueError):
        return None


def rects_for(layout: dict[str, Any], start: int, end: int) -> list[list[float]]:
    """One ``[page, x0, y0, x1, y1]`` per line that ``[start, end)`` touches, as high as the line's band
    (where it has one) like the redaction itself, so that a manual box covers no part of the next line."""
    out = []
    for pno, s, boxes, *rest in layout.get("lines", []):
        e = s + len(boxes)
        if e <= start or s >= end:
            continue
        sel = [b for b in boxes[max(start, s) - s:min(end, e) - s] if b[2] > b[0]]
        if sel:
            band = rest[0] if rest and rest[0] else None
            y0, y1 = (band[0], band[1]) if band else (min(b[1] for b in sel), max(b[3] for b in sel))
            out.append([pno, min(b[0] for b in sel), y0, max(b[2] for b in sel), y1])
    return out


def _joinable(gap: str) -> bool:
    """Spaces and combining marks (Thai vowels and tone marks have zero-width boxes) join two runs."""
    return all(ch.isspace() or unicodedata.category(ch) in ("Mn", "Mc") for ch in gap)


def offsets_in_rect(layout: dict[str, Any], text: str, page: int, rect: Rect) -> list[tuple[int, int]]:
    """Character ranges whose boxes have their centre inside ``rect`` on ``page``, merged across spaces."""
    x0, y0, x1, y1 = rect
    hits: list[int] = []
    for pno, s, boxes, *_band in layout.get("lines", []):
        if pno != page:
            continue
        for i, b in enumerate(boxes):
            cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
            if x0 <= cx <= x1 and y0 <= cy <= y1 and b[2] > b[0]:
                hits.append(s + i)
    hits.sort()
    runs: list[list[int]] = []
    for off in hits:
        if runs and (off == runs[-1][1] or (off > runs[-1][1] and _joinable(text[runs[-1][1]:off]))):
            runs[-1][1] = off + 1
        else:
            runs.append([off, off + 1])
    out = []
    for s, e in runs:
        while e < len(text) and unicodedata.category(text[e]) in ("Mn", "Mc"):
            e += 1  # a trailing vowel or tone mark belongs to the last letter
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out
