"""DOCX on real pages: LibreOffice renders a DOCX as PDF, and the PDF's characters are aligned
with the DOCX canonical text, so that offsets into that text get boxes on the rendered pages.

Why LibreOffice: it is the one free engine that lays out WordprocessingML as Word would
(tables, headers and footers, footnotes, Thai line breaking), it runs headless, and Debian
packages it without a desktop (``libreoffice-writer-nogui``). It is untrusted-input software,
so each conversion runs in its own process group with a timeout, with its own throw-away
user profile (parallel conversions share nothing), and without network (``unshare -rn``: a
DOCX may link remote images; a conversion must not fetch them).

Alignment: the DOCX canonical text (``redactor.formats.docx``) is cut into paragraphs of its
stories; the rendered PDF's characters are read in content order. Both are folded to a
matching key (NFKC, case, digits, dashes; whitespace, zero-width characters and combining
marks dropped, since renderers reorder, split and merge Thai marks). Then:

1. body paragraphs long enough to be distinctive are found in order, each exactly, after the
   previous one (the anchors);
2. headers and footers are found wherever they occur in a page's top or bottom margin band
   (once per page), footnotes and endnotes wherever they occur in what is left;
3. the body paragraphs between two anchors (short ones, and those LibreOffice renders
   differently: fields, numbering, hyphenation) are aligned with ``difflib`` against the
   characters left between those anchors.

A canonical character then has zero, one or (a repeated header) several boxes. What could
not be placed is reported, never dropped silently: the caller lists those proposals.
"""

from __future__ import annotations

import difflib
import os
import shutil
import signal
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from redactor.errors import PhoeiError
from redactor.normalise import PUA_TO_THAI
from redactor.types import TextMap

DEFAULT_TIMEOUT = 120.0
# A body paragraph whose key is at least this long is searched exactly (an anchor); shorter
# ones ("1", "ชื่อ") occur too often by chance and are aligned between anchors instead.
MIN_ANCHOR = 6
# How far ahead of the previous anchor an exact search looks (in key characters), beyond the
# paragraph's own length: headers, footers and footnotes of a few pages sit in between.
ANCHOR_WINDOW = 6000
# difflib is quadratic: a gap whose key times window exceeds this is left unplaced.
MAX_GAP_WORK = 40_000_000
# Headers are looked for in the top band of a page, footers in the bottom band (page height).
MARGIN_BAND = 0.22


class RenditionError(PhoeiError):
    """LibreOffice could not render the document. ``reason``: unavailable | isolation | timeout | failed."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# --- conversion ------------------------------------------------------------------------


def soffice_path() -> str | None:
    """The LibreOffice binary (``PHOEI_SOFFICE`` overrides the search of ``PATH``)."""
    chosen = os.environ.get("PHOEI_SOFFICE")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


@cache
def _isolation_prefix() -> tuple[str, ...] | None:
    """``unshare -rn`` when this system lets us make a user and network namespace, else None."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    try:
        ok = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.SubprocessError):
        ok = False
    return (unshare, "-rn") if ok else None


def available() -> str | None:
    """None when documents can be rendered here; otherwise why not (a reason code)."""
    if soffice_path() is None:
        return "unavailable"
    if _isolation_prefix() is None:
        return "isolation"
    return None


def to_pdf(src: Path, out: Path, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Render ``src`` (a DOCX) to ``out`` (a PDF) with LibreOffice headless, or raise ``RenditionError``.

    ``out`` appears whole or not at all."""
    soffice = soffice_path()
    if soffice is None:
        raise RenditionError("unavailable", "LibreOffice (soffice) is not installed")
    prefix = _isolation_prefix()
    if prefix is None:
        raise RenditionError("isolation", "cannot run LibreOffice without network access here (unshare -rn failed)")
    with tempfile.TemporaryDirectory(prefix="phoei-soffice-") as tmp:
        work = Path(tmp)
        profile = work / "profile"
        inbox, outbox = work / "in", work / "out"
        inbox.mkdir()
        outbox.mkdir()
        doc = inbox / "document.docx"
        shutil.copyfile(src, doc)
        cmd = [*prefix, soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
               f"-env:UserInstallation={profile.as_uri()}",
               # The DOCX import filter, never detection: garbage must fail, not become a text document.
               "--infilter=MS Word 2007 XML", "--convert-to", "pdf:writer_pdf_Export",
               "--outdir", str(outbox), str(doc)]
        env = {k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ")}
        env["HOME"] = str(work)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                env=env, cwd=work, start_new_session=True)
        try:
            _stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            raise RenditionError("timeout", f"LibreOffice did not finish within {timeout:g} s") from None
        finally:
            _kill_group(proc)  # soffice.bin may outlive the launcher
        made = outbox / "document.pdf"
        if proc.returncode != 0 or not made.is_file() or made.stat().st_size == 0:
            detail = stderr.decode("utf-8", "replace").strip().splitlines()
            detail = [d for d in detail if "javaldx" not in d]
            raise RenditionError("failed", "LibreOffice could not convert the document"
                                 + (f": {detail[-1][:200]}" if detail else f" (exit {proc.returncode})"))
        part = out.with_name(out.name + ".part")
        shutil.copyfile(made, part)
        os.replace(part, out)
    return out


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - a process SIGKILL cannot stop
        pass


# --- the rendered PDF's characters -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PdfChar:
    page: int                                  # from 0
    line: int                                  # a running number of the PDF line it sits on
    box: tuple[float, float, float, float]     # PDF points, origin top-left
    ch: str


@dataclass
class Rendering:
    """The pages of a rendered PDF (``w``, ``h`` in points), its characters in content order, and each
    line's band: from the highest to the lowest ink of any of its glyphs (Thai marks stacked above
    the letters reach well beyond the font box), never less than the font box."""

    pages: list[dict[str, float]]
    chars: list[PdfChar]
    bands: dict[int, tuple[float, float]] = field(default_factory=dict)


def read_pdf(pdf: Path) -> Rendering:
    import pymupdf

    pages: list[dict[str, float]] = []
    chars: list[PdfChar] = []
    bands: dict[int, tuple[float, float]] = {}
    line_no = 0
    with pymupdf.open(str(pdf), filetype="pdf") as doc:
        for pno, page in enumerate(doc):
            r = page.rect
            pages.append({"w": round(r.width, 2), "h": round(r.height, 2)})
            # The glyphs' ink, by where each is drawn (its origin): the same glyphs as the text below.
            ink: dict[tuple[tuple[float, float], str], tuple[float, float]] = {}
            flags = pymupdf.TEXTFLAGS_RAWDICT | pymupdf.TEXT_ACCURATE_BBOXES
            for block in page.get_text("rawdict", flags=flags)["blocks"]:
                for line in block.get("lines", []):
                    for span in line["spans"]:
                        for c in span["chars"]:
                            b = c["bbox"]
                            if b[3] > b[1]:
                                ink[(c["origin"], c["c"])] = (b[1], b[3])
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", []):
                    line_no += 1
                    top, bottom = float("inf"), float("-inf")
                    for span in line["spans"]:
                        for c in span["chars"]:
                            x0, y0, x1, y1 = c["bbox"]
                            ch = c["c"]
                            chars.append(PdfChar(pno, line_no, (round(x0, 2), round(y0, 2), round(x1, 2),
                                                                 round(y1, 2)), ch))
                            if ch.isspace():
                                continue
                            i0, i1 = ink.get((c["origin"], ch), (y0, y1))
                            top = min(top, y0, i0)
                            bottom = max(bottom, y1, i1)
                    if top < bottom:
                        bands[line_no] = (round(top, 2), round(bottom, 2))
    return Rendering(pages, chars, bands)


# --- matching keys ---------------------------------------------------------------------------

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"), "-")


@cache
def fold_char(ch: str) -> str:
    """The matching key of one character ("" when it does not take part in matching)."""
    if ch.isspace():
        return ""
    code = PUA_TO_THAI.get(ord(ch))
    if code is not None:
        ch = chr(code)
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        cat = unicodedata.category(c)
        if c.isspace() or cat[0] in "CMZ":  # controls, format chars, marks, separators
            continue
        if cat == "Nd":
            c = str(unicodedata.digit(c))
        out.append(c.translate(_DASHES))
    return "".join(out)


@dataclass
class Keyed:
    """A folded string and, for each of its characters, the index it came from."""

    key: str = ""
    src: list[int] = field(default_factory=list)

    def extend(self, text: str, base: int) -> None:
        parts = []
        for i, ch in enumerate(text):
            k = fold_char(ch)
            if k:
                parts.append(k)
                self.src.extend([base + i] * len(k))
        self.key += "".join(parts)


# --- units of the canonical text --------------------------------------------------------------


@dataclass
class Unit:
    """A paragraph (or table cell paragraph) of one story, as offsets into the canonical text."""

    kind: str           # body | header | footer | note
    part: str
    ranges: list[tuple[int, int]]
    keyed: Keyed = field(default_factory=Keyed)


def story_kind(part: str, roles: dict[str, str] | None = None) -> str:
    if roles and part in roles:
        return roles[part]
    name = part.rsplit("/", 1)[-1].lower()
    for prefix, kind in (("header", "header"), ("footer", "footer"), ("footnotes", "note"), ("endnotes", "note"),
                         ("comments", "comment")):
        if name.startswith(prefix):
            return kind
    return "body"


def units_of(textmap: TextMap, roles: dict[str, str] | None = None) -> list[Unit]:
    """The visible text cut into paragraphs: a new unit where the part changes or a separator
    between two segments holds a line end. Comments are left out: a reader sees them in the margin,
    but the rendition prints none (their proposals are reviewed in the list, not on a page)."""
    text = textmap.text
    units: list[Unit] = []
    prev_end = -1
    prev_part = ""
    for seg in textmap.segments:
        if not seg.visible:
            continue
        part = getattr(seg.ref, "part", None) or seg.where
        if story_kind(part, roles) == "comment":
            continue
        gap = text[prev_end:seg.start] if prev_end >= 0 else "\n"
        if units and part == prev_part and "\n" not in gap and seg.start >= prev_end:
            units[-1].ranges.append((prev_end, seg.start))  # separators inside a paragraph (tab, "-")
            units[-1].ranges.append((seg.start, seg.end))
        else:
            units.append(Unit(story_kind(part, roles), part, [(seg.start, seg.end)]))
        prev_end, prev_part = seg.end, part
    for u in units:
        for s, e in u.ranges:
            u.keyed.extend(text[s:e], s)
    return [u for u in units if u.keyed.key]


# --- alignment --------------------------------------------------------------------------------


@dataclass
class Alignment:
    """Each canonical offset's PDF characters (indexes into ``Rendering.chars``), grouped by occurrence
    (a header repeated on every page has one occurrence per page)."""

    rendering: Rendering
    occurrences: list[list[tuple[int, int]]]   # [(canonical offset, char index)], one list per occurrence
    placed: set[int]                            # canonical offsets that got at least one box
    keyed_offsets: set[int]                     # canonical offsets that take part in matching

    @property
    def coverage(self) -> float:
        return len(self.placed) / len(self.keyed_offsets) if self.keyed_offsets else 1.0


def align(textmap: TextMap, rendering: Rendering, roles: dict[str, str] | None = None) -> Alignment:
    pdf = Keyed()
    parts = []
    for i, c in enumerate(rendering.chars):
        k = fold_char(c.ch)
        if k:
            parts.append(k)
            pdf.src.extend([i] * len(k))
    pdf.key = "".join(parts)
    claimed = bytearray(len(pdf.key))
    units = units_of(textmap, roles)
    occurrences: list[list[tuple[int, int]]] = []

    def claim(unit_src: Sequence[int], pdf_pos: Iterable[tuple[int, int]]) -> None:
        occ = []
        for ki, pi in pdf_pos:
            claimed[pi] = 1
            occ.append((unit_src[ki], pdf.src[pi]))
        if occ:
            occurrences.append(occ)

    def free(pos: int, n: int) -> bool:
        return not any(claimed[pos:pos + n])

    # 1. Body anchors, in order.
    body = [u for u in units if u.kind == "body"]
    anchors: dict[int, int] = {}  # body index -> PDF key position
    cursor = 0
    for bi, u in enumerate(body):
        key = u.keyed.key
        if len(key) < MIN_ANCHOR:
            continue
        pos = pdf.key.find(key, cursor, cursor + ANCHOR_WINDOW + 2 * len(key))
        if pos < 0:
            continue
        anchors[bi] = pos
        claim(u.keyed.src, ((i, pos + i) for i in range(len(key))))
        cursor = pos + len(key)

    # 2. Headers and footers in the margin bands, notes wherever they are left.
    for u in units:
        if u.kind == "body":
            continue
        key = u.keyed.key
        start = 0
        seen_pages: set[int] = set()
        while True:
            pos = pdf.key.find(key, start)
            if pos < 0:
                break
            start = pos + 1
            if not free(pos, len(key)):
                continue
            first = rendering.chars[pdf.src[pos]]
            if u.kind in ("header", "footer"):
                h = rendering.pages[first.page]["h"]
                cy = (first.box[1] + first.box[3]) / 2
                in_band = cy <= h * MARGIN_BAND if u.kind == "header" else cy >= h * (1 - MARGIN_BAND)
                if not in_band or first.page in seen_pages:
                    continue
                seen_pages.add(first.page)
            claim(u.keyed.src, ((i, pos + i) for i in range(len(key))))
            start = pos + len(key)
            if u.kind == "note":
                break

    # 3. The body between anchors, by difflib over the characters left there.
    bi = 0
    n = len(body)
    while bi < n:
        if bi in anchors:
            bi += 1
            continue
        lo_unit = bi
        while bi < n and bi not in anchors:
            bi += 1
        hi_unit = bi  # exclusive
        lo = anchors[lo_unit - 1] + len(body[lo_unit - 1].keyed.key) if lo_unit > 0 else 0
        hi = anchors[hi_unit] if hi_unit < n else len(pdf.key)
        _fill_gap(body[lo_unit:hi_unit], pdf, claimed, lo, hi, claim)

    placed = {off for occ in occurrences for off, _ in occ}
    keyed_offsets = {off for u in units for off in u.keyed.src}
    return Alignment(rendering, occurrences, placed, keyed_offsets)


def _fill_gap(units: list[Unit], pdf: Keyed, claimed: bytearray, lo: int, hi: int, claim: Any) -> None:
    key = "".join(u.keyed.key for u in units)
    src = [s for u in units for s in u.keyed.src]
    window = [p for p in range(lo, hi) if not claimed[p]]
    if not key or not window or len(key) * len(window) > MAX_GAP_WORK:
        return
    hay = "".join(pdf.key[p] for p in window)
    sm = difflib.SequenceMatcher(None, key, hay, autojunk=False)
    # Single characters matched far from their neighbours are chance: keep runs of two or more.
    blocks = [(a, b, size) for a, b, size in sm.get_matching_blocks() if size >= 2]
    pairs = [(a + i, window[b + i]) for a, b, size in blocks for i in range(size)]
    if pairs:
        claim(src, pairs)


# --- the page layout ------------------------------------------------------------------------


def layout_lines(al: Alignment) -> list[list[Any]]:
    """``[page, start, char boxes, band]`` entries as ``webui.layout`` reads them: one per PDF line of
    each occurrence, a box for every canonical offset from ``start`` (``[0, 0, 0, 0]`` where an
    offset has none: spaces, marks, what was not matched), and the line's band (``Rendering.bands``),
    the height a box over its characters gets."""
    chars = al.rendering.chars
    out: list[list[Any]] = []
    for occ in al.occurrences:
        by_line: dict[int, dict[int, tuple[float, float, float, float]]] = {}
        page_of: dict[int, int] = {}
        for off, ci in occ:
            c = chars[ci]
            by_line.setdefault(c.line, {})[off] = c.box
            page_of[c.line] = c.page
        for line_no, boxes in by_line.items():
            page = page_of[line_no]
            offs = sorted(boxes)
            # An occurrence that wanders back and forth on one line is cut where offsets jump.
            runs: list[list[int]] = [[offs[0]]]
            for o in offs[1:]:
                if o - runs[-1][-1] > 40:
                    runs.append([o])
                else:
                    runs[-1].append(o)
            band = al.rendering.bands.get(line_no)
            for run in runs:
                start, end = run[0], run[-1] + 1
                out.append([page, start, [list(boxes.get(o, (0, 0, 0, 0))) for o in range(start, end)],
                            list(band) if band else None])
    out.sort(key=lambda e: (e[0], e[1]))
    return out


def placement(al: Alignment, start: int, end: int) -> str:
    """How much of ``[start, end)`` got boxes: ``full``, ``partial`` or ``none`` (only characters that
    take part in matching count; a span of spaces is ``full``)."""
    keyed = [o for o in range(start, end) if o in al.keyed_offsets]
    if not keyed:
        return "full" if any(o in al.placed for o in range(start, end)) else "none"
    got = sum(1 for o in keyed if o in al.placed)
    return "full" if got == len(keyed) else ("partial" if got else "none")


def page_layout(textmap: TextMap, pdf: Path, roles: dict[str, str] | None = None) -> tuple[dict[str, Any], Alignment]:
    """The layout of a DOCX rendered as ``pdf``: ``pages``, ``lines`` (see ``layout_lines``) and the
    share of the text placed; plus the alignment, for ``placement``."""
    rendering = read_pdf(pdf)
    al = align(textmap, rendering, roles)
    return {"pages": rendering.pages, "lines": layout_lines(al), "coverage": round(al.coverage, 4)}, al


def story_roles(doc: Any) -> dict[str, str]:
    """Which part of an opened ``DocxDocument`` is a header, a footer or notes (from its relationships)."""
    lay = getattr(doc, "_layout", None)
    if lay is None:
        return {}
    roles = {lay.main: "body"}
    # The DOCX package's table of hiding places names the story parts (redactor/formats/docx/places.py).
    for place, kind in (("headers", "header"), ("footers", "footer"), ("footnotes", "note"), ("endnotes", "note")):
        roles.update(dict.fromkeys(lay.found.get(place, []), kind))
    return roles


# --- the rendition of a redacted DOCX ---------------------------------------------------------


def verify_rendition(pdf: Path, redactions: list[Any], textmap: TextMap) -> Any:
    """The PDF verifier (``redactor.verify``) run on a rendition of the redacted DOCX: no withheld
    string may be in it, beyond the copies that text left visible accounts for. Kept text is not
    checked here (the DOCX verification did; a renderer may number, hyphenate or wrap)."""
    from redactor.formats import pdf as pdf_format
    from redactor.verify import residual_text, verify

    return verify(pdf_format, pdf, redactions, [], [], residual_text(textmap, redactions))


__all__ = [
    "DEFAULT_TIMEOUT",
    "Alignment",
    "PdfChar",
    "Rendering",
    "RenditionError",
    "align",
    "available",
    "fold_char",
    "layout_lines",
    "page_layout",
    "placement",
    "read_pdf",
    "soffice_path",
    "story_roles",
    "to_pdf",
    "units_of",
    "verify_rendition",
]
