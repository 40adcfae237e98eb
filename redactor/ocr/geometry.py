"""Boxes and affine maps between page, rendered-image and processed-image pixels.

An affine map is ``(a, b, c, d, e, f)`` with ``x' = a*x + c*y + e`` and
``y' = b*x + d*y + f``, PyMuPDF's ``Matrix`` convention, so a PyMuPDF matrix
converts with ``tuple(m)``. Pure Python: imported by the PDF format module,
which must stay light to import.
"""

from __future__ import annotations

# Pages are rendered for OCR at this resolution.
DPI = 300

Box = tuple[float, float, float, float]
Affine = tuple[float, float, float, float, float, float]

IDENTITY: Affine = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def compose(first: Affine, then: Affine) -> Affine:
    """The affine map ``then(first(p))``."""
    a1, b1, c1, d1, e1, f1 = first
    a2, b2, c2, d2, e2, f2 = then
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


def apply(m: Affine, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def map_rect(m: Affine, rect: Box) -> Box:
    """The axis-aligned box around the image of ``rect`` under ``m``."""
    x0, y0, x1, y1 = rect
    pts = [apply(m, x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)
