"""Read-back for verification: everything recoverable from a written DOCX, place by place."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from redactor import rx
from redactor.errors import ExtractionError
from redactor.formats.base import CODE_SEP, Recovered, TextBuilder
from redactor.formats.docx.extract import _StoryWalker
from redactor.formats.docx.package import _natural_key, _one_line, _open_package, _Package, _split
from redactor.formats.docx.places import PLACES, Recover, find_layout
from redactor.formats.docx.styles import _Styles
from redactor.normalise import LINE_SEPARATOR
from redactor.types import TextMap


def recover(path: Path) -> list[Recovered]:
    """Everything recoverable from a written DOCX, for verification."""
    # Keep XML comments here: verification must see everything in the file.
    pkg = _open_package(path, keep_comments=True)
    try:
        return list(_recover(pkg))
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, IndexError, RecursionError) as exc:
        raise ExtractionError(f"{pkg.label}: cannot read the Word document ({_one_line(exc)})") from exc
    finally:
        pkg.zip.close()


# An attribute value that is one machine number or code as a whole: digits (signed,
# decimal) or a hex code of 2+ characters (rsids, colours, panose, font signatures).
_CODE_RE = rx.compile(r"-?\d+(?:\.\d+)?|[0-9A-Fa-f]{2,}")
# Parts that only describe presentation (colour and font schemes, font metrics): their
# codes never come from the document's content, so a withheld number equal to one of
# them (a wage of 15,000 and a theme's lumMod 15000) is chance, not a leak. Their other
# attribute values (scheme and font names) are still checked as text.
_PRESENTATION_PART = rx.compile(r"(?:^|/)(?:theme/[^/]+|fontTable)\.xml$")


def _recover(pkg: _Package) -> Iterator[Recovered]:
    """Every place of the table as its ``recover`` says: visible stories as a reader sees them,
    then every part's raw text, attributes and codes, then relationship targets and property fields."""
    layout = find_layout(pkg)
    styles = _Styles(pkg.trees[layout.styles].getroot() if layout.styles else None)
    for _place, parts in layout.where(Recover.STORY):
        for part in parts:
            tb = TextBuilder()
            root = pkg.trees[part].getroot()
            _StoryWalker(tb, part, root, styles).walk(root, True)
            yield Recovered(part, _visible_text(tb.build()), True)
    # Every place's raw text: together the places claim every part ("other" takes the rest).
    raw = {part for place in PLACES for part in layout.parts(place) if part in pkg.trees}
    for name in sorted(raw, key=_natural_key):
        yield from _raw(name, pkg.trees[name].getroot())
    for _place, parts in layout.where(Recover.TARGETS):
        for rels_part in parts:
            for rel in pkg.rels_in(rels_part, pkg.trees[rels_part].getroot()):
                yield Recovered(f"{rels_part}:{rel.rid}", rel.target, False)
    for _place, parts in layout.where(Recover.FIELDS):
        for prop in parts:
            if prop in pkg.trees:
                for el in pkg.trees[prop].getroot().iter():
                    if isinstance(el.tag, str) and el.text and el.text.strip():
                        yield Recovered(f"{prop}:{_split(el.tag)[1]}", el.text, False)


def _raw(name: str, root: etree._Element) -> Iterator[Recovered]:
    texts: list[str] = []
    attrs: list[str] = []
    codes: list[str] = []
    outside = [*root.itersiblings(preceding=True), *root.itersiblings()]  # comments, PIs
    texts += [el.text for el in outside if el.text]
    for el in root.iter():
        texts += [t for t in (el.text, el.tail if el is not root else None) if t]
        if isinstance(el.tag, str):
            for v in el.attrib.values():
                (codes if _CODE_RE.fullmatch(v) else attrs).append(v)
    yield Recovered(name, "".join(texts), False)
    # Each attribute value on its own line: folding drops whitespace, and joined values
    # would make numbers that no attribute holds ("00000009" + "00000000").
    yield Recovered(f"{name}@attributes", CODE_SEP.join(attrs), False)
    if codes and not _PRESENTATION_PART.search(name):
        yield Recovered(f"{name}@codes", CODE_SEP.join(codes), False, codes=True)


def _visible_text(tm: TextMap) -> str:
    """Visible segments, words across runs contiguous, paragraphs on lines."""
    out: list[str] = []
    prev_end: int | None = None
    for seg in tm.segments:
        if not seg.visible:
            continue
        if prev_end is not None and any(c in tm.text[prev_end : seg.start] for c in ("\n", LINE_SEPARATOR)):
            out.append("\n")
        out.append(tm.text[seg.start : seg.end])
        prev_end = seg.end
    return "".join(out)
