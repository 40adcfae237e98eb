"""Verification of documents with OCR text, failing closed like the rest.

Text that came from OCR cannot be checked by exact comparison: the written
page is read by OCR again, and OCR of the same line differs a little between a
page and its redacted copy. So the document's checks are split:

* everything that is not OCR text goes through ``redactor.verify.verify``
  unchanged (exact, under the normalised comparison), including the written
  file's invisible text layer, which must hold no withheld string;
* withheld items that came from OCR are searched in the same recovered text
  (text layer, objects, metadata) too, but shared copies are counted under the
  OCR skeleton: the text layer is OCR of the *redacted* page, which may read a
  kept copy of a name without the tone mark the withheld copy lacked, and then
  spell it exactly like the withheld one. More skeleton copies in the written
  file than kept text accounts for still fails;
* every withheld item is also searched in OCR of every written page that shows
  a scan, tolerantly (skeleton, ratio >= 0.85, as the evaluation does): still
  readable there and not explained by kept text -> fail;
* kept items and the text outside the redactions that came from OCR must be
  found again in OCR of their written page, with a tolerance for OCR noise.
  Only lines on or next to a redaction box are held to that: nothing else of
  the page's pixels changed, and collateral damage is local. Lines OCR read
  with low confidence (frame lines, dotted signature lines, stamps) read
  differently from one run to the next and are not checked either. Nor are
  the lines of a page whose OCR reading would not be trusted as a text layer
  (``redactor.formats.textlayer``: under ``TRUST_WORDS`` of its letters form
  Thai or English words): text in a script Tesseract's languages do not hold
  (Kannada, Cyrillic) or a drawing's hatching reads as different nonsense
  each time, so reading it again proves nothing either way. That page is named
  in the report's notes; the checks of withheld items are the same on it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from redactor import rx
from redactor.errors import VerificationFailed
from redactor.normalise import fold_for_match
from redactor.ocr.fuzzy import best_ratio, best_recall, same_number, skeleton, split_at_leaders, without_leaders
from redactor.ocr.geometry import Box
from redactor.ocr.layout import OcrLine
from redactor.ocr.pdf import ScanLine, ScanText
from redactor.types import Redaction, Segment, TextMap, VerificationReport, sha256_text
from redactor.verify import _SEP, MIN_KEY, fold_many, residual_text, surviving_fragments, surviving_spans, verify

if TYPE_CHECKING:  # pragma: no cover
    from redactor.ocr.carve import PageGlyphs
    from redactor.types import Proposal

# A withheld item found at least this similar in OCR of the output is still readable.
WITHHELD_RATIO = 0.85
# Kept items and surviving OCR text must be found at least this similar.
KEPT_RATIO = 0.8
# Of an OCR line's text outside the redactions, this share must be read again.
FRAGMENT_RECALL = 0.7
# Shorter items match by chance; the evaluation uses the same floor.
MIN_FUZZY = 5
MIN_FRAGMENT = 8
# OCR lines below this confidence are noise that may read differently next time.
MIN_LINE_CONF = 70.0
def unreadable_pages(textmap: TextMap) -> dict[int, tuple[float, int]]:
    """0-based pages whose OCR text would not be trusted as a text layer: (word share, letters)."""
    from redactor.formats.textlayer import ocr_nonsense

    by_page: dict[int, list[ScanLine]] = {}
    for seg in textmap.segments:
        if isinstance(seg.ref, ScanLine):
            by_page.setdefault(seg.ref.page, []).append(seg.ref)
    out = {}
    for page, refs in by_page.items():
        weights = [sum(1 for c in r.line.text if not c.isspace()) for r in refs]
        conf = sum(r.line.conf * w for r, w in zip(refs, weights, strict=True)) / max(sum(weights), 1)
        judged = ocr_nonsense("\n".join(r.line.text for r in refs), conf)
        if judged is not None:
            out[page] = judged
    return out


def is_ocr(textmap: TextMap, start: int, end: int) -> bool:
    return any(isinstance(s.ref, ScanLine) for s in textmap.segments_in(start, end))


def near_redactions(textmap: TextMap, redactions: list[Redaction]) -> list[Segment]:
    """OCR segments whose line touches a redaction box or the line's height around one."""
    boxes: dict[int, list[Box]] = {}
    for r in redactions:
        for seg in textmap.segments_in(r.start, r.end):
            if isinstance(seg.ref, ScanLine):
                a, b = max(r.start, seg.start) - seg.start, min(r.end, seg.end) - seg.start
                boxes.setdefault(seg.ref.page, []).append(seg.ref.box(a, b))
    out = []
    for seg in textmap.segments:
        if not isinstance(seg.ref, ScanLine) or seg.ref.page not in boxes:
            continue
        x0, y0, x1, y1 = seg.ref.rect(0, seg.end - seg.start)
        h = y1 - y0
        if any(bx0 < x1 and x0 < bx1 and by0 - h < y1 and y0 < by1 + h for bx0, by0, bx1, by1 in boxes[seg.ref.page]):
            out.append(seg)
    return out


def _check_ocr_items_in_text(fmt: ModuleType, written: Path, redactions: list[Redaction], residual: str,
                             report: VerificationReport) -> None:
    """Withheld OCR items in the written file's recoverable text, shared copies counted by skeleton."""
    if not redactions:
        return
    recovered = fmt.recover(written)
    folded = fold_many([r.text for r in recovered])
    everything = skeleton(_SEP.join(folded))
    visible_skel = skeleton(_SEP.join(f for r, f in zip(recovered, folded, strict=True) if r.visible))
    residual_skel = skeleton(residual)
    for r, key in zip(redactions, fold_many([r.text for r in redactions]), strict=True):
        if len(key) < MIN_KEY:
            report.notes.append(f"{r.label} of {len(key)} chars too short to check by text")
            continue
        report.checked_redactions += 1
        skel = skeleton(key)
        allowed = residual_skel.count(skel)
        if allowed:
            if visible_skel.count(skel) > allowed:
                report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": ["visible text"]})
            continue
        if skel in everything:
            where = [x.where for x, f in zip(recovered, folded, strict=True) if skel in skeleton(f)]
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": where[:5] or ["text"]})


def verify_with_ocr(fmt: ModuleType, written: Path, textmap: TextMap, redactions: list[Redaction],
                    keeps: list[Proposal], doc: Any = None) -> VerificationReport:
    """``doc``: the source document; where it can (``read_back_scans``), it reads the written scans
    again only where they may differ from what extraction read (redactor/ocr/readback.py)."""
    exact_map = TextMap(textmap.text, [s for s in textmap.segments if not isinstance(s.ref, ScanLine)])
    exact_keeps = [(p.text, p.keep_reason or "kept") for p in keeps if not is_ocr(textmap, p.start, p.end)]
    residual = residual_text(textmap, redactions)
    from_ocr = [r for r in redactions if is_ocr(textmap, r.start, r.end)]
    typed = [r for r in redactions if not is_ocr(textmap, r.start, r.end)]
    report = verify(fmt, written, typed, exact_keeps, surviving_fragments(exact_map, redactions), residual)
    _check_ocr_items_in_text(fmt, written, from_ocr, residual, report)

    try:
        reader = getattr(doc, "read_back_scans", None)
        scans = reader(written, redactions, report.notes) if reader is not None else fmt.recover_scans(written)
    except Exception as exc:  # whatever stops the check, the output is not published
        raise VerificationFailed(f"verification failed: cannot OCR the written pages to check them ({exc}); "
                                 "no output written") from exc
    texts, proven = scans_by_page(scans)
    pages = {page: skeleton(fold_for_match(without_leaders(t))) for page, t in texts.items()}
    boxes = _boxes_by_page(textmap, redactions,
                           getattr(doc, "glyph_index", None) if getattr(doc, "textmap", None) is textmap else None)
    typed_boxes = _typed_boxes(doc, textmap, typed)
    for page0, rects in typed_boxes.items():
        boxes.setdefault(page0, []).extend(rects)
    accepted = 0

    def clear(start: int, end: int, page: int) -> bool:
        """Whether no box touches [start, end) and the page's pixels outside the boxes are the source's."""
        return page in proven and not _touches(textmap, start, end, boxes.get(page - 1, []))

    def untouched(start: int, end: int, page: int) -> bool:
        nonlocal accepted
        if not clear(start, end, page):
            return False
        accepted += 1
        return True
    report.notes.append(f"{len(pages)} page(s) with scans checked by OCR of the written file")
    residual_skel = skeleton(residual)

    for r in redactions:
        key = skeleton(fold_for_match(r.text))
        if len(key) < MIN_FUZZY:
            continue
        if key in residual_skel:
            continue  # also in text that stays; the exact check counted its copies
        # A window with another number in it is other text, however alike its words (an age beside the
        # withheld one, which the source's OCR read differently). Only whether a page reaches the ratio
        # matters (floor): pages that cannot are passed over quickly.
        hits = [(p, best_ratio(key, hay, stop_at=WITHHELD_RATIO, floor=WITHHELD_RATIO,
                               accept=functools.partial(same_number, key)))
                for p, hay in sorted(pages.items())]
        where = [f"page {p} (OCR, {ratio:.2f})" for p, ratio in hits if ratio >= WITHHELD_RATIO]
        # Kept text that merely looks like the withheld item is not a leak.
        if where and best_ratio(key, residual_skel, stop_at=WITHHELD_RATIO, floor=WITHHELD_RATIO) < WITHHELD_RATIO:
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": where})

    noise = unreadable_pages(textmap)
    for pno, (share, letters) in sorted(noise.items()):
        report.notes.append(f"page {pno + 1}: only {share:.0%} of the {letters} letters OCR read form Thai or "
                            "English words, so its text outside the redactions is not checked by OCR again (it "
                            "reads differently each time); withheld items are checked on it as everywhere")
    near = [s for s in near_redactions(textmap, redactions) if s.ref.page not in noise]
    near_map = TextMap(textmap.text, near)
    for p in keeps:
        if not near_map.segments_in(p.start, p.end):
            continue  # OCR text away from every box, or not OCR text at all
        key = skeleton(fold_for_match(p.text))
        page = textmap.page_of(p.start, p.end)
        if len(key) < MIN_FUZZY or page is None:
            continue
        report.checked_keeps += 1
        if best_ratio(key, pages.get(page, ""), stop_at=KEPT_RATIO, floor=KEPT_RATIO) < KEPT_RATIO and \
                not untouched(p.start, p.end, page):
            report.lost_keeps.append({"sha256": sha256_text(p.text), "reason": p.keep_reason or "kept",
                                      "page": page, "chars": len(key), "ocr": True})

    # Per OCR line near a box, its text outside the redactions, read again in order.
    confident = [s for s in near if s.ref.line.conf >= MIN_LINE_CONF]
    riders, blocks = lines_not_read_again(textmap, {s.ref.page for s in confident})
    scatter = 0
    marks = 0
    columns = 0
    for seg in confident:
        if id(seg.ref.line) in riders:
            marks += 1
            continue
        if id(seg.ref.line) in blocks:
            columns += 1
            continue
        spans = [(s, e) for _p, s, e in surviving_spans(TextMap(textmap.text, [seg]), redactions)]
        if typed_boxes.get(seg.ref.page):
            spans = _outside(spans, _under_boxes(textmap, seg, typed_boxes[seg.ref.page]))
        kept = "".join(textmap.text[s:e] for s, e in spans)
        # A form's leader runs are layout: OCR reads them as anything or nothing (see fuzzy.without_leaders).
        key = skeleton(fold_for_match(without_leaders(kept)))
        if len(key) < MIN_FRAGMENT or seg.page is None:
            continue
        if scatter_only(kept):
            scatter += 1
            continue
        report.checked_fragments += 1
        page_no = seg.page
        hay = pages.get(page_no, "")
        if _line_or_pieces(key, hay, [textmap.text[s:e] for s, e in spans]) < FRAGMENT_RECALL and \
                not all(untouched(s, e, page_no) for s, e in spans) and \
                not _touched_words_read(textmap.text, spans, functools.partial(clear, page=page_no), hay):
            report.lost_keeps.append({"sha256": sha256_text(kept), "reason": "OCR text outside every redaction",
                                      "page": seg.page, "chars": len(key), "ocr": True})
    if marks:
        report.notes.append(f"{marks} OCR line(s) read from the marks above or below the line beside them (a band "
                            "under half that line's height, its glyphs in that line's marks zone) not read again: "
                            "they are that line's tone marks and vowels, which OCR splits off differently each time")
    if columns:
        report.notes.append(f"{columns} OCR line(s) that are a column of short items read as one block several lines "
                            "high, as noise, not read again: OCR reads such a column differently each time")
    if scatter:
        report.notes.append(f"{scatter} OCR line(s) whose text outside the boxes is only scattered marks (no word, no "
                            "run of three digits) not read again: OCR reads such marks differently each time")
    if accepted:
        report.notes.append(f"{accepted} kept text(s) OCR did not read back accepted: no box touches their "
                            "characters and the page's pixels outside the boxes are the source's")
    report.passed = not report.survived and not report.lost_keeps
    return report


_WORD = rx.compile(r"[\u0e01-\u0e4e]{2,}|[A-Za-z]{2,}|[0-9\u0e50-\u0e59]{3,}")


def scatter_only(kept: str) -> bool:
    """Whether a line's text outside the boxes is only scattered marks: no Thai or Latin word of two
    letters or more and no run of three digits ("c=! a ๑4 9% 9% 6", what OCR made of a line of
    glyphs beside the boxes). Such marks are no kept text anyone reads, and OCR reads them differently
    each time; a kept word, a number or a phone is checked as before."""
    return _WORD.search(without_leaders(kept)) is None


# A line whose band is under this share of a neighbour's height ...
RIDER_HEIGHT = 0.5
# ... and most of whose glyphs' centres lie within that neighbour's band grown by this share of its height
# above and below (where its upper marks and lower vowels sit) is that neighbour's marks.
RIDER_ZONE = 0.35


def lines_not_read_again(textmap: TextMap, pages: set[int]) -> tuple[set[int], set[int]]:
    """``id`` of the OCR lines (on ``pages``) that are the marks of the line beside them, and of those that
    are a column of short items read as one block (``is_column_block``).

    Tesseract now and then reads the tone marks and upper vowels of a Thai line (or its lower vowels) as a
    line of their own: a thin band riding on the line, its text letter salad with digits in it ("cy, a 6๕๐
    a ๑ ๕" over "…บ้าน…องค์…"). Those marks are the neighbour's; a redaction of the neighbour's words
    takes their marks with them, and the same marks read again next to a box make other salad. Such a
    line: its band under ``RIDER_HEIGHT`` of a neighbour's band that spans at least half of it across,
    and at least half of its glyphs' centres in that neighbour's marks zone (``RIDER_ZONE``), with no word
    of its own (three Thai consonants or Latin letters in a row). A line of small print, even right above or
    below a line of large print, sits outside that zone and reads as words.
    """
    by_page: dict[int, dict[int, OcrLine]] = {}
    for seg in textmap.segments:
        if isinstance(seg.ref, ScanLine) and seg.ref.page in pages:
            by_page.setdefault(seg.ref.page, {})[id(seg.ref.line)] = seg.ref.line
    riders: set[int] = set()
    blocks: set[int] = set()
    for on_page in by_page.values():
        lines = list(on_page.values())
        for line in lines:
            if is_rider(line, lines):
                riders.add(id(line))
            elif is_column_block(line, lines):
                blocks.add(id(line))
    return riders, blocks


# A block holds the middles of at least this many lines, each under half its height.
BLOCK_LINES = 2


def is_column_block(line: OcrLine, others: list[OcrLine]) -> bool:
    """Whether ``line`` is a column of short items beside the page's lines that Tesseract read as one line
    several lines high, as noise.

    A list's numbers ("๑." "๒." "๓." down the margin) came out as one "line" four lines high reading
    "Do Sd. ธ Bo So. © SS. Ce", with a junk glyph box as wide as the column; read again beside the
    redacted names it made other noise, and the page stopped at exit 4 although no pixel of the numbers
    had changed. Such a line: no word of its own (three Thai consonants or Latin letters in a row), and
    the middles of at least ``BLOCK_LINES`` other lines, each under half its height, within its band. Its
    reading says nothing a second reading could confirm; withheld items are checked on its page as
    everywhere. A line of text, however tall its print, reads as words, and holds no other lines.
    """
    if _REAL_WORD.search(line.text):
        return False
    _x0, y0, _x1, y1 = line.band
    held = sum(1 for o in others if o is not line and 2 * (o.band[3] - o.band[1]) < y1 - y0
               and y0 <= (o.band[1] + o.band[3]) / 2 <= y1)
    return held >= BLOCK_LINES


# Three Thai consonants or Latin letters in a row: marks read as a line never make that.
_REAL_WORD = rx.compile(r"[\u0e01-\u0e2e]{3,}|[A-Za-z]{3,}")


def is_rider(line: OcrLine, others: list[OcrLine]) -> bool:
    """Whether ``line`` is the marks of one of ``others`` (see ``lines_not_read_again``); pixel coordinates."""
    if _REAL_WORD.search(line.text):
        return False  # words of its own: a line of text, however small
    x0, y0, x1, y1 = line.band
    height = y1 - y0
    centres = [((b[0] + b[2]) / 2, (b[1] + b[3]) / 2) for b, c in zip(line.boxes, line.text, strict=True)
               if not c.isspace()]
    if not centres:
        return False
    for other in others:
        if other is line:
            continue
        ox0, oy0, ox1, oy1 = other.band
        oh = oy1 - oy0
        if height >= RIDER_HEIGHT * oh or min(x1, ox1) - max(x0, ox0) < 0.5 * (x1 - x0):
            continue
        lo, hi = oy0 - RIDER_ZONE * oh, oy1 + RIDER_ZONE * oh
        inside = sum(1 for cx, cy in centres if lo <= cy <= hi and ox0 <= cx <= ox1)
        if 2 * inside >= len(centres):
            return True
    return False


def scans_by_page(scans: list[ScanText]) -> tuple[dict[int, str], set[int]]:
    """The written file's OCR text per page, and the pages whose pixels outside the boxes are shown to be
    the source's (kept text no box touches is there as it was). A page may hold several scans (image
    regions of a page with a text layer): their texts together, and proven only when each of them is."""
    texts: dict[int, list[str]] = {}
    for s in scans:
        texts.setdefault(s.page, []).append(s.text)
    proven = set(texts) - {s.page for s in scans if not s.unchanged_outside_boxes}
    return {page: "\n".join(t) for page, t in texts.items()}, proven


def _touched_words_read(text: str, spans: list[tuple[int, int]], clear: Callable[[int, int], bool], hay: str) -> bool:
    """Whether OCR of the written page reads back the words of a line's kept text that a box touches, where
    those alone are long enough to judge (``MIN_FUZZY``).

    A word no box touches, on a page whose pixels outside the boxes are the source's, is there as it was:
    no reading can add to that. Kept text near a box often holds words OCR made noise of ("Nay", "VAN" and
    "Ins." for ที่อยู่, หมู่ and โทร.), read as other noise each time: the whole line then fell short of
    ``FRAGMENT_RECALL`` although the one word a box touched read back whole, and the page stopped at exit 4
    (``benchmarks/scan_stress.py``). Where the touched words are too short to judge alone, the whole line
    decides, as before."""
    touched = [(a, b) for s, e in spans for a, b in _words(text, s, e) if not clear(a, b)]
    words = [text[a:b] for a, b in touched]
    key = skeleton(fold_for_match(without_leaders(" ".join(words))))
    if len(key) < MIN_FUZZY:
        return False
    return _line_or_pieces(key, hay, words) >= FRAGMENT_RECALL


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The blank-separated words of ``text[start:end]`` as offsets."""
    return [(start + m.start(), start + m.end()) for m in _NON_BLANK.finditer(text[start:end])]


_NON_BLANK = rx.compile(r"\S+")


def _line_or_pieces(key: str, hay: str, parts: list[str]) -> float:
    """How much of a line's kept text OCR reads back: the line as one window, or where a box or a
    leader run splits it (a value typed over a form's dotted blank, which OCR reads as noise), its
    pieces each on their own, weighed by their length."""
    whole = best_recall(key, hay, stop_at=FRAGMENT_RECALL)
    pieces = [k for part in parts for piece in split_at_leaders(part) if (k := skeleton(fold_for_match(piece)))]
    if whole >= FRAGMENT_RECALL or len(pieces) < 2:
        return whole
    found = sum(best_recall(p, hay) * len(p) for p in pieces)
    return max(whole, found / sum(map(len, pieces)))


def _boxes_by_page(textmap: TextMap, redactions: list[Redaction],
                   glyph_index: Callable[[], PageGlyphs] | None = None) -> dict[int, list[Box]]:
    """Redaction boxes of OCR text as painted (carved around the neighbouring lines' glyphs,
    ``redactor.ocr.carve``), per 0-based page; ``glyph_index``: the document's own index, which
    painting built already (one is built here for a document without it)."""
    from redactor.ocr.carve import PageGlyphs, scan_rects

    index = glyph_index() if glyph_index is not None else PageGlyphs(textmap)
    out: dict[int, list[Box]] = {}
    for r in redactions:
        for seg in textmap.segments_in(r.start, r.end):
            if isinstance(seg.ref, ScanLine):
                a, b = max(r.start, seg.start) - seg.start, min(r.end, seg.end) - seg.start
                out.setdefault(seg.ref.page, []).extend(scan_rects(seg.ref, a, b, index))
    return out


def _typed_boxes(doc: Any, textmap: TextMap, typed: list[Redaction]) -> dict[int, list[Box]]:
    """The painted rectangles of the redactions of text-layer text on pages that hold OCR text, per 0-based
    page (none where ``doc`` cannot say where it paints)."""
    rects_for = getattr(doc, "rects_for", None)
    if rects_for is None or getattr(doc, "textmap", None) is not textmap or not typed:
        return {}
    scanned = {seg.ref.page for seg in textmap.segments if isinstance(seg.ref, ScanLine)}
    out: dict[int, list[Box]] = {}
    for r in typed:
        if not any(seg.page is not None and seg.page - 1 in scanned for seg in textmap.segments_in(r.start, r.end)):
            continue  # the text pages of a mixed document: nothing OCR read lies under its boxes
        for page0, rect in rects_for(r.start, r.end):
            if page0 in scanned:
                out.setdefault(page0, []).append(rect)
    return out


# An OCR character whose glyph lies at least this much under a redaction of text-layer text is that text,
# read from the pixels: redacted with it, not kept text.
UNDER_SHARE = 0.5


def _under_boxes(textmap: TextMap, seg: Segment, rects: list[Box]) -> set[int]:
    """Offsets of ``seg``'s characters (an OCR line) whose glyph lies ``UNDER_SHARE`` or more under ``rects``.

    A page whose text layer cannot be trusted (unmapped glyphs, a font without a usable ToUnicode map) is
    read from its pixels as well and written as an image. An ID found in its text layer is redacted there;
    the OCR reading of the same pixels ("ol ๑๐๓๓๐๒" for "๑๑๐๓๗๐๒") is the same ID under the same box, not
    kept text to read again: read again it is gone, and the page stopped at exit 4."""
    out: set[int] = set()
    for i in range(seg.end - seg.start):
        if textmap.text[seg.start + i].isspace():
            continue
        if _covered_share(seg.ref.glyph(i), rects) >= UNDER_SHARE:
            out.add(seg.start + i)
    return out


def _outside(spans: list[tuple[int, int]], drop: set[int]) -> list[tuple[int, int]]:
    """``spans`` without the offsets in ``drop``, split where they were."""
    if not drop:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        start = s
        for i in range(s, e):
            if i in drop:
                if i > start:
                    out.append((start, i))
                start = i + 1
        if e > start:
            out.append((start, e))
    return out


# A kept character's glyph this close to a box (points) may have lost ink to it: ink spreads a pixel or
# two past the glyph's box as OCR found it (2 px at 300 dpi).
TOUCH_MARGIN = 0.5
# ... and is lost when more than this share of its box lies under the boxes so grown: a glyph whose
# box a neighbouring line's box clips at its edge (a descender, a tone mark; Thai lines' bands overlap)
# is still there to read, one half under a box is not.
MAX_COVERED = 0.25


def _touches(textmap: TextMap, start: int, end: int, boxes: list[Box]) -> bool:
    """Whether a box reaches any character of [start, end) that is OCR text (other text: assume it does).

    A character is its glyph's box as OCR found it (``ScanLine.glyph``, widened to the ink at a word's
    edges), not the padded, line-high rectangle a redaction of it would paint: a box beside a word,
    its margin stopping at that word's box, touched the word's padding only, and the word, read a
    little differently next to the new black box, stopped the file (exit 4) although not a pixel of
    it had changed. A glyph counts as touched when more than ``MAX_COVERED`` of its box lies under the
    boxes grown by ``TOUCH_MARGIN``."""
    m = TOUCH_MARGIN
    for seg in textmap.segments_in(start, end):
        if not isinstance(seg.ref, ScanLine):
            return True
        for i in range(max(start, seg.start) - seg.start, min(end, seg.end) - seg.start):
            if textmap.text[seg.start + i].isspace():
                continue
            if _covered_share(seg.ref.glyph(i), boxes, m) > MAX_COVERED:
                return True
    return False


def _covered_share(glyph: Box, boxes: list[Box], margin: float = 0.0) -> float:
    """How much of ``glyph``'s box lies under ``boxes`` grown by ``margin`` (overlaps of boxes counted twice)."""
    x0, y0, x1, y1 = glyph
    covered = sum(max(min(x1, bx1 + margin) - max(x0, bx0 - margin), 0.0)
                  * max(min(y1, by1 + margin) - max(y0, by0 - margin), 0.0) for bx0, by0, bx1, by1 in boxes)
    return covered / max((x1 - x0) * (y1 - y0), 1e-6)
