"""Per-page raster fallback: when vector redaction took kept text with it.

MuPDF removes every character whose glyph box touches a redaction rectangle.
Where the geometry still cannot keep a neighbour out (glyph boxes of a
crowded table overlapping each other's ink), the verifier finds kept text
missing and names the page. Such a page is replaced by an image of the
*original* page with the redaction boxes painted black in the pixels (pixels
only cover ink that is really under the box), plus an invisible OCR text
layer, the way scanned pages are handled (README "Scanned pages").

A rasterised page is verified by OCR of the written file, fail closed:

* withheld items: the exact check of ``redactor.verify.verify`` over
  everything recoverable (the OCR text layer included), and a tolerant check
  (skeleton, ratio >= 0.85) against OCR of the written page;
* kept text: each line's text outside the redactions must be read back from
  the written page's OCR (recall >= 0.7), kept items found (ratio >= 0.8);
  a line OCR does not read back (Thai digits, small print) passes only if no
  painted box touches its characters and the written page is exactly the
  original page's pixels with the boxes painted (compared with a fresh
  rendering), so nothing outside the boxes can have changed.

Withheld text surviving never leads here: only a verification whose sole
failures are lost kept text, on known pages, is retried this way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from redactor.normalise import fold_for_match
from redactor.ocr.fuzzy import best_ratio, best_recall, skeleton, split_at_leaders, without_leaders
from redactor.ocr.verify import FRAGMENT_RECALL, KEPT_RATIO, MIN_FRAGMENT, MIN_FUZZY, WITHHELD_RATIO
from redactor.types import Redaction, Segment, TextMap, VerificationReport, sha256_text
from redactor.verify import residual_text, surviving_fragments, surviving_spans, verify

if TYPE_CHECKING:  # pragma: no cover
    from redactor.pipeline import Analysis

MODES = ("auto", "never")

def can_rasterise(analysis: Analysis) -> str | None:
    """None if pages of this document can be rasterised here, else why not."""
    if not hasattr(analysis.doc, "rasterise_pages"):
        return f"{analysis.doc.kind.upper()} pages cannot be rasterised"
    if getattr(analysis.doc, "verify_by_ocr", False):
        return "the document already has scanned pages checked by OCR"
    from redactor.ocr.tesseract import unavailable_reason

    reason = unavailable_reason()
    return f"OCR is not available ({reason})" if reason else None


def pages_to_rasterise(report: VerificationReport) -> list[int] | None:
    """The pages whose only failure is lost kept text; None if the failure is anything else."""
    if report.passed or report.survived or not report.lost_keeps:
        return None
    if any(item.get("ocr") for item in report.lost_keeps):
        return None
    # A lost kept item lies inside lost text outside the redactions, which
    # names its page; items without a page are checked again afterwards.
    pages = sorted({p for item in report.lost_keeps if isinstance(p := item.get("page"), int)})
    return pages or None


def rasterise_and_verify(analysis: Analysis, written: Path, redactions: list[Redaction],
                         pages: list[int]) -> VerificationReport:
    """Rasterise ``pages`` (1-based) of the written file, then verify the whole file again."""
    analysis.doc.rasterise_pages(written, redactions, pages)  # type: ignore[attr-defined]
    return verify_rasterised(analysis, written, redactions, pages)


def verify_rasterised(analysis: Analysis, written: Path, redactions: list[Redaction],
                      pages: list[int]) -> VerificationReport:
    from redactor.pipeline import kept_items

    tm = analysis.doc.textmap
    raster = set(pages)
    on_raster = [s for s in tm.segments if s.visible and s.page in raster]
    rest = TextMap(tm.text, [s for s in tm.segments if not (s.visible and s.page in raster)])
    keeps = kept_items(analysis, redactions)
    exact_keeps = [(p.text, p.keep_reason or "kept") for p in keeps if tm.page_of(p.start, p.end) not in raster]
    residual = residual_text(tm, redactions)
    report = verify(analysis.fmt, written, redactions, exact_keeps, surviving_fragments(rest, redactions), residual)

    try:
        scans = analysis.fmt.recover_scans(written)
    except Exception as exc:  # whatever stops the check, the output is not published
        report.survived.append({"label": "?", "sha256": "", "where": [f"OCR of rasterised pages failed: {exc}"]})
        report.passed = False
        return report
    ocr = {s.page: skeleton(fold_for_match(s.text)) for s in scans}
    ocr_words = {s.page: skeleton(fold_for_match(without_leaders(s.text))) for s in scans}
    missing = raster - set(ocr)
    if missing:
        report.lost_keeps.extend({"reason": "rasterised page not read back by OCR", "page": p, "chars": 0}
                                 for p in sorted(missing))
    report.notes.append(f"page(s) {', '.join(map(str, sorted(raster)))} rasterised (pixel redaction, OCR text "
                        "layer) and checked by OCR of the written file")
    residual_skel = skeleton(residual)
    for r in redactions:
        key = skeleton(fold_for_match(r.text))
        if len(key) < MIN_FUZZY or key in residual_skel:
            continue
        where = [f"page {p} (OCR)" for p in sorted(raster & set(ocr))
                 if best_ratio(key, ocr[p], stop_at=WITHHELD_RATIO, floor=WITHHELD_RATIO) >= WITHHELD_RATIO]
        if where and best_ratio(key, residual_skel, stop_at=WITHHELD_RATIO, floor=WITHHELD_RATIO) < WITHHELD_RATIO:
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": where})
    painted = getattr(analysis.doc, "raster_boxes", {})
    unreadable = 0
    exact_pixels: dict[int, bool] = {}

    def pixels_unchanged(page: int) -> bool:
        if page not in exact_pixels:
            exact_pixels[page] = bool(analysis.doc.raster_page_matches(written, page))  # type: ignore[attr-defined]
        return exact_pixels[page]

    def lost(key: str, page: int, ranges: list[tuple[int, int]], threshold: float,
             measure: Callable[..., float], slanted: bool = False, read: dict[int, str] = ocr) -> bool:
        nonlocal unreadable
        if measure(key, read.get(page, ""), stop_at=threshold) >= threshold:
            return False
        # Pixels outside the painted boxes are the original page's own (checked
        # exactly): text OCR cannot read from the original either, or reads
        # differently once the page around it changed, is accepted where no
        # painted box touches its characters. Text at a slant (a diagonal
        # watermark or stamp) is accepted even where a box crosses it: a box over
        # withheld words on a line must cover whatever slanted text runs across
        # them there, and the rest of it is the original's pixels.
        if (slanted or not any(_touches(analysis, s, e, painted.get(page, [])) for s, e in ranges)) \
                and pixels_unchanged(page):
            unreadable += 1
            return False
        return True

    for p in keeps:
        page = tm.page_of(p.start, p.end)
        key = skeleton(fold_for_match(p.text))
        if page not in raster or page is None or len(key) < MIN_FUZZY:
            continue
        report.checked_keeps += 1
        if lost(key, page, [(p.start, p.end)], KEPT_RATIO, best_ratio):
            report.lost_keeps.append({"sha256": sha256_text(p.text), "reason": p.keep_reason or "kept",
                                      "page": page, "chars": len(key), "ocr": True})
    for seg in on_raster:
        spans = [(s, e) for _p, s, e in surviving_spans(TextMap(tm.text, [seg]), redactions)]
        kept = "".join(tm.text[s:e] for s, e in spans)
        key = skeleton(fold_for_match(without_leaders(kept)))
        if len(key) < MIN_FRAGMENT or seg.page is None:
            continue
        report.checked_fragments += 1
        # OCR reads a painted box as noise, which a window over the whole line cannot span (a value
        # typed over a form's dotted blank): the line's pieces between boxes and blanks are then
        # looked up each on its own, and the share of the line's characters read back counts.
        pieces = [k for s, e in spans for part in split_at_leaders(tm.text[s:e])
                  if (k := skeleton(fold_for_match(part)))]

        def line_or_pieces(k: str, hay: str, stop_at: float, pieces: list[str] = pieces) -> float:
            whole = best_recall(k, hay, stop_at=stop_at)
            if whole >= stop_at or len(pieces) < 2:
                return whole
            found = sum(best_recall(p, hay) * len(p) for p in pieces)
            return max(whole, found / sum(map(len, pieces)))

        if lost(key, seg.page, spans, FRAGMENT_RECALL, line_or_pieces, _slanted(seg), ocr_words):
            report.lost_keeps.append({"sha256": sha256_text(kept), "reason": "text outside every redaction "
                                      "(rasterised page, OCR)", "page": seg.page, "chars": len(key), "ocr": True,
                                      "where": tm.where(seg.start, seg.end), "start": seg.start, "end": seg.end})
    if unreadable:
        report.notes.append(f"{unreadable} line(s) on rasterised pages not read back by OCR, accepted because no "
                            "painted box touches them and the page's pixels are the original's outside the boxes")
    report.passed = not report.survived and not report.lost_keeps
    return report


def _slanted(seg: Segment) -> bool:
    """A text-layer line at an angle that is not a multiple of 90 degrees (``PdfLine.axis`` None)."""
    ref = seg.ref
    return hasattr(ref, "axis") and hasattr(ref, "band") and ref.axis is None


def _touches(analysis: Analysis, start: int, end: int, boxes: list[tuple[float, float, float, float]]) -> bool:
    """Whether a painted box overlaps the glyph box of any character in [start, end)."""
    rects_of = getattr(analysis.doc, "char_boxes", None)
    if rects_of is None:
        return True  # unknown geometry: assume the worst
    for x0, y0, x1, y1 in rects_of(start, end):
        if any(bx0 < x1 and x0 < bx1 and by0 < y1 and y0 < by1 for bx0, by0, bx1, by1 in boxes):
            return True
    return False
