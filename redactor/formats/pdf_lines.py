"""Visual lines and paragraph wraps of a PDF page's text, for the canonical text.

Word processors do not write a line of text as one run. LibreOffice, for one, writes
each space between Thai words as a text object of its own, in another font and size;
MuPDF then reports the words of one visual line as several "lines" of one block, and
the spaces as one-character lines listed before them. Read that way, ``พักอาศัยอยู่ที่
88/14 หมู่ 2`` becomes ``พักอาศัยอยู่ที่88/14\\n\\nหมู่2``: no detector sees the address.
``visual_lines`` merges the pieces of one visual line back, each character in its
place by position.

A paragraph's lines wrap where the page ends, not where an item ends: a name, a phone
number or an address runs on from one line to the next (``MR. KYAW`` / ``ZAW HTET``,
``063-`` / ``448-2910``). ``wrap_separators`` tells such a soft wrap from a line that
ends on its own: the next line's first word would not have fitted on this one, the next
line starts at the body's left margin (where most lines start; this one may be indented
as a paragraph's first line), one line pitch below, in about one size, and no ruling
line runs between them. Centred titles, signature blocks and table cells are left alone. A soft wrap is written
as LINE SEPARATOR, which detectors read as a space (``redactor.normalise``), or as
nothing where the line ends with the space it broke at or after a hyphen inside a digit
group. Between two Thai letters the line break stays: Thai writes no space at a wrap, so
a wrap and a line ended by hand look alike, and gluing the latter would run one sentence
into the next; the detectors read Thai across line breaks their own way. Every character keeps its own box; only
the separators between lines change.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import chain, pairwise
from operator import itemgetter
from typing import Any

from redactor import rx
from redactor.normalise import LINE_SEPARATOR

Line = dict[str, Any]
_C = itemgetter("c")
_CHARS = itemgetter("chars")
_BBOX = itemgetter("bbox")
_X0, _X1 = itemgetter(0), itemgetter(2)
Rect = tuple[float, float, float, float]


def _horizontal(line: Line) -> bool:
    dx, dy = line["dir"]
    return abs(dy) < 1e-3 and dx > 0


def _slanted(block: dict[str, Any]) -> bool:
    """Every line of the block with characters runs at an angle that is not a multiple of 90 degrees."""
    def at_slant(ln: Line) -> bool:
        return abs(ln["dir"][0]) > 1e-3 and abs(ln["dir"][1]) > 1e-3

    if not any(map(at_slant, block["lines"])):  # almost every block: no character lists built
        return False
    lines = [ln for ln in block["lines"] if _chars(ln)]
    return bool(lines) and all(map(at_slant, lines))


def _chars(line: Line) -> list[dict[str, Any]]:
    spans = line["spans"]
    if len(spans) == 1:
        return list(spans[0]["chars"])
    return list(chain.from_iterable(map(_CHARS, spans)))


def _text(chars: list[dict[str, Any]]) -> str:
    return "".join(map(_C, chars))


def span_text(span: dict[str, Any]) -> str:
    """A ``rawdict`` span's text: the one ``textlayer.read_page`` wrote in it, or joined from its characters."""
    text = span.get("text")
    return text if text is not None else "".join(map(_C, span["chars"]))


def line_text(line: Line) -> str:
    spans = line["spans"]
    return span_text(spans[0]) if len(spans) == 1 else "".join(map(span_text, spans))


def _size(line: Line) -> float:
    """The size most of the line's visible characters are set in (a line mixes a Thai
    font with a Latin one, or sets its spaces in another size)."""
    count: dict[float, int] = {}
    for sp in line["spans"]:
        n = len("".join(span_text(sp).split()))  # visible characters
        if n:
            size = round(float(sp["size"]), 1)
            count[size] = count.get(size, 0) + n
    if not count:
        return max((float(sp["size"]) for sp in line["spans"]), default=10.0)
    return max(count, key=lambda k: (count[k], k))


def _baseline(line: Line) -> float:
    spans = [sp for sp in line["spans"] if any(not ch["c"].isspace() for ch in sp["chars"])] or line["spans"]
    return float(spans[0]["origin"][1]) if spans else float(line["bbox"][3])


def _mark(c: str) -> bool:
    return unicodedata.category(c) in ("Mn", "Me") or bool(unicodedata.combining(c))


def _clusters(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Base characters with the marks that follow them (marks sit at their base's end)."""
    out: list[list[dict[str, Any]]] = []
    for ch in chars:
        if out and _mark(ch["c"]):
            out[-1].append(ch)
        else:
            out.append([ch])
    return out


def _ink_overlap(a: list[list[dict[str, Any]]], b: list[list[dict[str, Any]]]) -> bool:
    """Whether two pieces draw visible characters over each other (overprint, fake bold)."""
    boxes = [(c[0]["bbox"][0], c[0]["bbox"][2]) for c in a if not c[0]["c"].isspace()]
    for cl in b:
        if cl[0]["c"].isspace():
            continue
        x0, x1 = cl[0]["bbox"][0], cl[0]["bbox"][2]
        width = max(x1 - x0, 1e-3)
        for ax0, ax1 in boxes:
            if min(x1, ax1) - max(x0, ax0) > 0.3 * min(width, max(ax1 - ax0, 1e-3)):
                return True
    return False


def _merge(group: list[Line]) -> Line:
    """One line from the pieces of a visual line: clusters ordered by position."""
    tagged = [(cl[0]["bbox"][0], k, i, cl) for k, ln in enumerate(group)
              for i, cl in enumerate(_clusters(_chars(ln)))]
    tagged.sort(key=lambda t: (t[0], t[1], t[2]))
    chars = [ch for *_rest, cl in tagged for ch in cl]
    main = max(group, key=lambda ln: sum(not ch["c"].isspace() for ch in _chars(ln)))
    x0 = min(ln["bbox"][0] for ln in group)
    y0 = min(ln["bbox"][1] for ln in group)
    x1 = max(ln["bbox"][2] for ln in group)
    y1 = max(ln["bbox"][3] for ln in group)
    span = {"size": max(_size(ln) for ln in group), "origin": (x0, _baseline(main)), "chars": chars,
            "bbox": (x0, y0, x1, y1)}
    return {**main, "bbox": (x0, y0, x1, y1), "spans": [span]}


def _chains(group: list[tuple[int, Line]]) -> list[list[tuple[int, Line]]]:
    """Pieces of one baseline that touch or stand a word space apart, in runs: table cells
    on one row are further apart and stay separate lines."""
    ordered = sorted(group, key=lambda t: t[1]["bbox"][0])
    runs: list[list[tuple[int, Line]]] = [[ordered[0]]]
    for item in ordered[1:]:
        prev = runs[-1]
        end = max(ln["bbox"][2] for _i, ln in prev)
        size = max(_size(ln) for _i, ln in [*prev, item])
        if item[1]["bbox"][0] - end <= 0.6 * size:
            prev.append(item)
        else:
            runs.append([item])
    return runs


def visual_lines(blocks: Sequence[dict[str, Any]]) -> list[Line]:
    """The text lines of a page in MuPDF's order, with the pieces of one visual line of a
    block (same baseline, horizontal, side by side a word space apart at most) merged
    into one line.

    Blocks whose lines all run at a slant (a diagonal watermark or stamp) come last: sorted by
    position they would land mid-page, between a signature and its position or inside a
    sentence, and split what the page says there.
    """
    out: list[Line] = []
    text_blocks = [b for b in blocks if b.get("type", 0) == 0]
    slanted = [b for b in text_blocks if _slanted(b)]
    if slanted:
        text_blocks = [b for b in text_blocks if not any(b is s for s in slanted)] + slanted
    for block in text_blocks:
        lines = [(i, ln) for i, ln in enumerate(block["lines"]) if _chars(ln)]
        if len(lines) < 2 or not all(_horizontal(ln) for _i, ln in lines):
            out.extend(block["lines"])
            continue
        groups: list[list[tuple[int, Line]]] = []
        # per group: baseline of its first piece and the largest size among its pieces
        heads: list[tuple[float, float]] = []
        for i, ln in lines:
            base, size = _baseline(ln), _size(ln)
            for k, g in enumerate(groups):
                gbase, gsize = heads[k]
                if abs(base - gbase) <= 0.25 * max(size, gsize) and not any(
                        _ink_overlap(_clusters(_chars(x)), _clusters(_chars(ln))) for _j, x in g):
                    g.append((i, ln))
                    heads[k] = (gbase, max(gsize, size))
                    break
            else:
                groups.append([(i, ln)])
                heads.append((base, size))
        runs = [run for g in groups for run in _chains(g)]
        if all(len(r) == 1 for r in runs):
            out.extend(block["lines"])
            continue
        runs.sort(key=lambda r: min(i for i, _ln in r))
        out.extend(r[0][1] if len(r) == 1 else _merge([ln for _i, ln in r]) for r in runs)
    return place_overlays(out)


# What a form prints as its blank: leader dots, ellipses, underscores, and the spaces between them.
_BLANK_CHARS = frozenset(".…_·‥ \t\u00a0")
_BLANK_RUN = rx.compile(r"[.…_·‥]{3,}")
# A value written into a blank is short: a name, a date, a number, a place.
MAX_OVERLAY_CHARS = 40


def place_overlays(lines: list[Line]) -> list[Line]:
    """Values a program wrote over a form's blanks ("ข้าพเจ้า....[name]....เกิดวันที่....[14]....")
    put into the line of the blank, at their place.

    Such a value is a text object of its own, drawn after the whole form, and MuPDF lists it
    after the form's lines: read in that order the labels stand with empty blanks and the values
    in a list at the page's end, where nothing says which is a birth date and which an ID. A
    short horizontal line (``MAX_OVERLAY_CHARS``) that sits within the height and width of a
    horizontal line with a blank to fill (a run of leaders), over nothing of it but blank
    characters (leaders, spaces), is read inside
    that line: its characters go in as one run before the first of the line's characters that
    starts right of it. Every character keeps its own box; only the order of the text changes.
    """
    horizontal = [i for i, ln in enumerate(lines) if _horizontal(ln) and _chars(ln)]
    # Only a line with a blank to fill (a run of leaders) takes values: a long list's lines are
    # not compared with one another.
    hosts = [i for i in horizontal if _BLANK_RUN.search(line_text(lines[i]))]
    if not hosts or len(horizontal) < 2:
        return lines
    into: dict[int, list[int]] = {}
    moved: set[int] = set()
    for i in horizontal:
        chars = _chars(lines[i])
        visible = [ch for ch in chars if not ch["c"].isspace()]
        if not visible or len(visible) > MAX_OVERLAY_CHARS or all(ch["c"] in _BLANK_CHARS for ch in visible):
            continue
        lx0, ly0, lx1, ly1 = lines[i]["bbox"]
        height = ly1 - ly0
        for j in hosts:
            if j == i or j in moved:
                continue
            host = lines[j]
            hx0, hy0, hx1, hy1 = host["bbox"]
            if lx0 < hx0 - 1 or lx1 > hx1 + 1 or hx1 - hx0 <= lx1 - lx0:
                continue
            if min(ly1, hy1) - max(ly0, hy0) < 0.5 * min(height, hy1 - hy0):
                continue
            host_chars = _chars(host)
            if all(ch["c"] in _BLANK_CHARS or ch["c"].isspace() for ch in host_chars):
                continue  # a line of blanks alone is no line of the form's text
            under = [ch for ch in host_chars if ch["bbox"][0] < lx1 and lx0 < ch["bbox"][2]]
            if not under or any(ch["c"] not in _BLANK_CHARS for ch in under):
                continue
            into.setdefault(j, []).append(i)
            moved.add(i)
            break
    if not into:
        return lines
    out: list[Line] = []
    for k, ln in enumerate(lines):
        if k in moved:
            continue
        if k not in into:
            out.append(ln)
            continue
        chars = _chars(ln)
        for i in sorted(into[k], key=lambda n: lines[n]["bbox"][0]):
            x0 = lines[i]["bbox"][0]
            at = next((n for n, ch in enumerate(chars) if ch["bbox"][0] >= x0 and not _mark(ch["c"])), len(chars))
            chars[at:at] = _chars(lines[i])
        x0 = min(ln["bbox"][0], *(lines[i]["bbox"][0] for i in into[k]))
        y0 = min(ln["bbox"][1], *(lines[i]["bbox"][1] for i in into[k]))
        x1 = max(ln["bbox"][2], *(lines[i]["bbox"][2] for i in into[k]))
        y1 = max(ln["bbox"][3], *(lines[i]["bbox"][3] for i in into[k]))
        span = {"size": _size(ln), "origin": (ln["bbox"][0], _baseline(ln)), "chars": chars, "bbox": (x0, y0, x1, y1)}
        out.append({**ln, "bbox": (x0, y0, x1, y1), "spans": [span]})
    return out


def _first_word_width(line: Line) -> float:
    """Width of the line's first word: up to its first space; in Thai, which writes no
    spaces between words, the first word of a dictionary segmentation."""
    chars = _chars(line)
    start = next((i for i, ch in enumerate(chars) if not ch["c"].isspace()), None)
    if start is None:
        return 0.0
    end = start
    while end < len(chars) and not chars[end]["c"].isspace():
        end += 1
    if _thai(chars[start]["c"]):
        from redactor.lexicon import segment_words

        words = segment_words("".join(ch["c"] for ch in chars[start:min(end, start + 40)]))
        if words:
            end = min(end, start + len(words[0]))
    return float(max(ch["bbox"][2] for ch in chars[start:end]) - chars[start]["bbox"][0])


def _ink_x(line: Line, text: str | None = None) -> tuple[float, float]:
    """Where the line's visible characters start and end across the page. ``text``: the
    line's text (``"".join`` of its characters), when known."""
    chars = _chars(line)
    if text is None:
        text = "".join(map(_C, chars))
    if text and not text[0].isspace() and not text[-1].isspace():
        # Spaces inside a line lie between its words: the extremes of all boxes are the ink's.
        boxes = list(map(_BBOX, chars))
        return float(min(map(_X0, boxes))), float(max(map(_X1, boxes)))
    boxes = [ch["bbox"] for ch in chars if not ch["c"].isspace()]
    if not boxes:
        return float(line["bbox"][0]), float(line["bbox"][2])
    return float(min(map(_X0, boxes))), float(max(map(_X1, boxes)))


# Labels that open an entry of a contact block or a form: a line starting with one is laid
# out on its own even when the line above happens to be full.
_LABEL_START = rx.compile(r"(?:โทร|แฟกซ์|ไปรษณีย์อิเล็กทรอนิกส์|อีเมล|อี-เมล|เว็บไซต์|e-?mail|tel\b|fax\b|website"
                          r"|www\.|https?:|line\s?id)", re.I)


def _thai(c: str) -> bool:
    return bool(c) and "\u0e01" <= c <= "\u0e5b"


def _joint(raw_tail: str, raw_head: str) -> str:
    """What a soft wrap between a line ending ``raw_tail`` and one starting ``raw_head``
    is written as."""
    tail, head = raw_tail.rstrip(), raw_head.lstrip()
    if raw_tail[-1:].isspace():
        return ""  # the space the line broke at is written: nothing to add
    if len(tail) >= 2 and tail[-1] in "-\u2010\u2011" and tail[-2].isdigit() and head[:1].isdigit():
        return ""  # a digit group broken after its hyphen: one number
    if _thai(tail[-1:]) and _thai(head[:1]):
        # Thai breaks a line between words without a space, and a line the author ended
        # by hand looks the same: gluing them would run a clause into the next sentence.
        # The line break stays; detectors read Thai across it their own way.
        return "\n"
    return LINE_SEPARATOR


def wrap_separators(lines: Sequence[Line], rulings: Callable[[], Sequence[Rect]] = lambda: (),
                    page_width: float | None = None, texts: Sequence[str] | None = None) -> list[str]:
    """The separator to write after each line: ``"\\n"``, or a soft wrap (see the module
    docstring). ``rulings`` gives the page's horizontal ruling lines, asked for only when
    a wrap is likely. The text's right edge is the furthest any line reaches, but never
    less than the page width minus the left margin (margins about even): on a page of
    short lines the longest one is not a full line. Without the page width, the right edge
    must be reached by two lines or more. ``texts``: the lines' texts, where the caller has them."""
    seps = ["\n"] * len(lines)
    if texts is None:
        texts = [line_text(ln) for ln in lines]
    texts = [t if _horizontal(ln) else "" for ln, t in zip(lines, texts, strict=True)]
    horiz = [i for i, t in enumerate(texts) if t.rstrip()]
    if len(horiz) < 2:
        return seps
    # The pairs that could wrap: next to each other, and not written as a line break
    # whatever the geometry (Thai against Thai). Most Thai pages have none: nothing to measure.
    joints = {a: j for a, b in pairwise(horiz) if b == a + 1 and (j := _joint(texts[a], texts[b])) != "\n"}
    if not joints:
        return seps
    ink = {i: _ink_x(lines[i], texts[i]) for i in horiz}
    sizes: dict[int, float] = {}

    def size(i: int) -> float:
        if i not in sizes:
            sizes[i] = _size(lines[i])
        return sizes[i]

    right = max(x1 for _x0, x1 in ink.values())
    # The body's left margin: where most lines start. A paragraph's lines go on from there;
    # centred lines (titles, signature blocks) and table cells do not.
    starts = Counter(round(x0) for x0, _x1 in ink.values())
    left = float(starts.most_common(1)[0][0])
    if page_width is not None:
        right = max(right, page_width - left)
    else:
        em = max(size(i) for i in horiz)
        if sum(x1 >= right - 1.5 * em for _x0, x1 in ink.values()) < 2:
            return seps
    found_rulings: Sequence[Rect] | None = None
    for a, joint in joints.items():
        b = a + 1
        la, lb = lines[a], lines[b]
        sa, sb = size(a), size(b)
        # One size, give or take the fallback fonts a word processor mixes into a line
        # (a Thai and a Latin font at different sizes); a footnote or heading differs more.
        if max(sa, sb) > 1.45 * min(sa, sb):
            continue
        pitch = _baseline(lb) - _baseline(la)
        if not 0.8 * max(sa, sb) <= pitch <= 3.0 * min(sa, sb):  # single to double spacing
            continue
        (ax0, ax1), (bx0, _bx1) = ink[a], ink[b]
        em = max(sa, sb)
        if abs(bx0 - left) > 0.6 * em or not left - 0.6 * em <= ax0 <= left + 6 * em:
            continue  # not a paragraph of the body text (a first-line indent is allowed)
        if ax1 + _first_word_width(lb) < right - 0.5 * sa:
            continue  # its first word would have fitted: this line ended on its own
        if _LABEL_START.match(texts[b].lstrip()):
            continue  # a contact block's next entry (โทร…, e-mail …), laid out line by line
        if found_rulings is None:
            found_rulings = rulings()
        ya, yb = _baseline(la), _baseline(lb) - sb
        if any(ya < (r[1] + r[3]) / 2 < yb + 0.5 * sb and min(r[2], ax1) - max(r[0], bx0) > sa
               for r in found_rulings):
            continue  # a table's ruling between them
        seps[a] = joint
    return seps


def horizontal_rulings(page: Any) -> list[Rect]:
    """Thin horizontal lines and rectangles drawn on the page (table rules, underlines)."""
    out: list[Rect] = []
    try:
        drawings = page.get_drawings()
    except Exception:  # a damaged content stream: no rulings known
        return out
    for d in drawings:
        for item in d.get("items", []):
            kind = item[0]
            if kind == "l":
                p, q = item[1], item[2]
                if abs(p.y - q.y) < 1.0:
                    out.append((min(p.x, q.x), p.y, max(p.x, q.x), q.y))
            elif kind == "re":
                r = item[1]
                if r.height < 2.0 and r.width > 2.0:
                    out.append((r.x0, r.y0, r.x1, r.y1))
                elif r.width > 2.0 and r.height >= 2.0:  # a cell's frame: its top and bottom edges
                    out.append((r.x0, r.y0, r.x1, r.y0))
                    out.append((r.x0, r.y1, r.x1, r.y1))
    return out


def ocr_lines_order(result: Any) -> list[tuple[int, str]]:
    """The order to write the lines OCR read from one scanned region, with the separator
    after each: ``wrap_separators`` in the processed image's pixels (a line's band stands
    for its size, the ruled tables OCR found for the rulings). Lines of one or two
    characters (dust read as text) go after the others, so that they never stand inside a
    wrapped item; each line keeps its own pixels."""
    lines: list[Line] = []
    for ocr_line in result.lines:
        x0, y0, x1, y1 = ocr_line.band
        size = max(1.0, (y1 - y0) / 1.4)  # a Thai line's band spans about 1.4 em
        chars = [{"c": c, "bbox": tuple(b), "origin": (b[0], y1)}
                 for c, b in zip(ocr_line.text, ocr_line.boxes, strict=False)]
        lines.append({"dir": (1.0, 0.0), "bbox": (x0, y0, x1, y1),
                      "spans": [{"size": size, "origin": (x0, y1 - 0.25 * size), "chars": chars}]})
    rules = [(g.cols[0], y, g.cols[-1], y) for g in getattr(result, "grids", ()) for y in g.rows]
    real = [i for i, ln in enumerate(lines) if sum(not ch["c"].isspace() for ch in _chars(ln)) > 2]
    dust = [i for i in range(len(lines)) if i not in set(real)]
    seps = wrap_separators([lines[i] for i in real], lambda: rules)
    return [*zip(real, seps, strict=True), *((i, "\n") for i in dust)]
