"""Extraction: every hiding place of ``places.PLACES`` into one canonical text.

Story parts are walked in reading order with their text boxes, tracked
deletions, hidden runs, field codes and alt text; property fields, parts we
have no model for and relationship targets follow, each as the table says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from redactor.formats.base import TextBuilder
from redactor.formats.docx.package import M_NS, MC_NS, VML_NS, W_NS, _is_w, _Package, _split, _w_attr, _w_child
from redactor.formats.docx.places import PLACES, Extract, Fields, Layout, field_elements
from redactor.formats.docx.styles import _para_style, _Styles
from redactor.normalise import LINE_SEPARATOR
from redactor.types import TextMap

# Images at least this large may be a scan, a photo of an ID card or a
# signature; we cannot read them, so a human has to look.
# Letterhead emblems (ครุฑ) and logos are small; a pasted scan or photo of a
# document is not. Only the latter holds text we cannot read without OCR.
REVIEW_IMAGE_BYTES = 300 * 1024

# Property containers hold formatting, never text a reader sees.
_W_PROPERTY_TAGS = frozenset({"pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid", "tblPrEx", "sdtEndPr"})
_IMAGE_EXT = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf", "wmf", "svg", "webp", "jfif"})
_FONT_EXT = frozenset({"odttf", "ttf", "otf", "fntdata"})
_TAIL = "#tail"


@dataclass(frozen=True, slots=True)
class DocxRef:
    """Where a segment's characters live.

    ``attr`` is None for the element's text, ``"#tail"`` for its tail, or an
    attribute name in Clark notation. ``index`` is the node's position in
    ``root.iter()`` so that ``apply`` finds the same node in a fresh parse.
    """

    part: str
    element: etree._Element
    attr: str | None
    index: int


class _Mapper:
    """Adds segments of one part to the shared builder."""

    def __init__(self, tb: TextBuilder, part: str, root: etree._Element) -> None:
        self.tb = tb
        self.part = part
        self.index = {el: i for i, el in enumerate(root.iter())}

    def add(
        self, text: str | None, visible: bool, el: etree._Element, attr: str | None = None, where: str | None = None
    ) -> None:
        if text:
            self.tb.add(text, where or self.part, visible, DocxRef(self.part, el, attr, self.index[el]))

    def add_apart(
        self, text: str | None, visible: bool, el: etree._Element, attr: str | None = None, where: str | None = None
    ) -> None:
        # Text that is not part of the sentence flow (field codes, alt text)
        # gets its own line so it never glues to the words around it.
        if text and text.strip():
            self.tb.sep("\n")
            self.add(text, visible, el, attr, where)
            self.tb.sep("\n")


class _StoryWalker(_Mapper):
    """Walks a story part (body, header, footer, notes, comments) in order."""

    def __init__(self, tb: TextBuilder, part: str, root: etree._Element, styles: _Styles) -> None:
        super().__init__(tb, part, root)
        self.styles = styles
        self.pstyles: list[str | None] = []
        # Tracked deletions of each open paragraph, mapped after its text.
        self.deleted: list[list[etree._Element]] = []

    def walk(self, el: etree._Element, visible: bool) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            ns, local = _split(tag)
            if ns in W_NS:
                self._w(child, local, visible)
            elif ns == MC_NS and local == "AlternateContent":
                self._alternate(child, visible)
            elif ns in M_NS and local == "t":
                self.add(child.text, visible, child)
            else:
                self._foreign_attrs(child, ns, local, visible)
                self.walk(child, visible)

    def _w(self, el: etree._Element, local: str, visible: bool) -> None:
        tb = self.tb
        if local == "p":
            self.pstyles.append(_para_style(el))
            self.deleted.append([])
            self.walk(el, visible)
            self.pstyles.pop()
            # A tracked deletion is not part of the text a reader sees once
            # the changes are accepted: left inline, it would split the words
            # around it and glue itself to an inserted value (an old and a new
            # ID side by side read as one long number that no detector takes).
            # It goes on its own line after the paragraph; apply removes it.
            for deletion in self.deleted.pop():
                tb.sep("\n")
                self.walk(deletion, False)
            tb.sep("\n")
        elif local == "r":
            pstyle = self.pstyles[-1] if self.pstyles else None
            self.walk(el, visible and not self.styles.run_hidden(el, pstyle))
        elif local == "t":
            self.add(el.text, visible, el)
        elif local in ("delText", "delInstrText"):
            self.add(el.text, False, el)
        elif local == "instrText":
            self.add_apart(el.text, False, el)
        elif local in ("tab", "ptab"):
            tb.sep("\t")
        elif local in ("br", "cr"):
            # A text-wrapping break (Shift+Enter) only wraps the line: a name
            # or number written across it is one item, so it is written as
            # LINE SEPARATOR, which the normalised view reads as a space. Page
            # and column breaks separate like a paragraph end.
            tb.sep("\n" if _w_attr(el, "type") in ("page", "column") else LINE_SEPARATOR)
        elif local == "noBreakHyphen":
            tb.sep("-")
        elif local in ("del", "moveFrom"):
            if self.deleted:
                self.deleted[-1].append(el)
            else:
                self.walk(el, False)
        elif local == "tr":
            trpr = _w_child(el, "trPr")
            deleted = trpr is not None and _w_child(trpr, "del") is not None
            self.walk(el, visible and not deleted)
        elif local == "tc":
            self.walk(el, visible)
            tb.sep("\n")
        elif local == "txbxContent":
            tb.sep("\n")
            self.walk(el, visible)
        elif local == "fldSimple":
            self._w_attrs(el, ("instr",), False)
            self.walk(el, visible)
        elif local == "hyperlink":
            self._w_attrs(el, ("tooltip",), False)
            self.walk(el, visible)
        elif local == "sdtPr":
            # Choices of a drop-down content control can name people too.
            for item in el.iter():
                if _is_w(item, "listItem"):
                    self._w_attrs(item, ("displayText", "value"), False)
        elif local == "fldChar":
            # Legacy form fields keep default text and help text here.
            for item in el.iter():
                if isinstance(item.tag, str) and _split(item.tag)[1] in (
                    "default",
                    "listEntry",
                    "helpText",
                    "statusText",
                ):
                    val = _w_attr(item, "val")
                    if val and not val.strip().isdigit():
                        self._w_attrs(item, ("val",), False)
        elif local in _W_PROPERTY_TAGS:
            return
        else:
            self.walk(el, visible)

    def _w_attrs(self, el: etree._Element, names: Iterable[str], visible: bool) -> None:
        for local in names:
            for ns in W_NS:
                attr = f"{{{ns}}}{local}"
                if el.get(attr) is not None:
                    self.add_apart(el.get(attr), visible, el, attr)

    def _foreign_attrs(self, el: etree._Element, ns: str, local: str, visible: bool) -> None:
        if local in ("docPr", "cNvPr"):
            for attr in ("descr", "title"):
                self.add_apart(el.get(attr), False, el, attr)
        elif ns == VML_NS:
            self.add_apart(el.get("alt"), False, el, "alt")
            if local == "textpath":
                # WordArt and watermarks render this attribute.
                self.add_apart(el.get("string"), visible, el, "string")

    def _alternate(self, el: etree._Element, visible: bool) -> None:
        # Word renders the first Choice; the Fallback copy (VML) still sits in
        # the file and must be mapped so that it is redacted too.
        first = True
        for branch in el:
            if not isinstance(branch.tag, str):
                continue
            local = _split(branch.tag)[1]
            if local == "Choice":
                self.walk(branch, visible and first)
                first = False
            elif local == "Fallback":
                self.walk(branch, False)


def _map_generic(tb: TextBuilder, part: str, root: etree._Element) -> None:
    """Every text node of a part we have no model for (customXml, charts)."""
    mapper = _Mapper(tb, part, root)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el.text.strip():
            mapper.add(el.text, False, el)
            tb.sep("\n")
        if el is not root and el.tail and el.tail.strip():
            mapper.add(el.tail, False, el, _TAIL)
            tb.sep("\n")



def _map_fields(tb: TextBuilder, part: str, root: etree._Element, fields: Fields) -> None:
    mapper = _Mapper(tb, part, root)
    for key, label, el in field_elements(fields, root):
        if el.text and el.text.strip() and fields.mapped(key):
            mapper.add(el.text, False, el, where=f"{part}:{label}")
            tb.sep("\n")


def _map_targets(tb: TextBuilder, pkg: _Package, rels_part: str) -> None:
    root = pkg.trees[rels_part].getroot()
    mapper = _Mapper(tb, rels_part, root)
    for rel in pkg.rels_in(rels_part, root):
        if rel.external and rel.target.strip():
            mapper.add(rel.target, False, rel.element, "Target", where=f"{rels_part}:{rel.rid}")
            tb.sep("\n")


def _build_textmap(pkg: _Package, layout: Layout, styles: _Styles) -> TextMap:
    """The canonical text: each place of the table in turn, in the table's order."""
    tb = TextBuilder()
    for place in PLACES:
        how = place.extract
        for part in layout.parts(place):
            if how is Extract.STORY or how is Extract.HIDDEN_STORY:
                root = pkg.trees[part].getroot()
                _StoryWalker(tb, part, root, styles).walk(root, how is Extract.STORY)
                tb.sep("\n")
            elif how is Extract.FIELDS:
                if part in pkg.trees:
                    assert place.fields is not None
                    _map_fields(tb, part, pkg.trees[part].getroot(), place.fields)
            elif how is Extract.EVERY_TEXT:
                _map_generic(tb, part, pkg.trees[part].getroot())
            elif how is Extract.TARGETS:
                _map_targets(tb, pkg, part)
            elif how is not Extract.NOTHING:
                raise AssertionError(f"no extraction for {how}")
    return tb.build()


def _review_notes(pkg: _Package, layout: Layout) -> list[str]:
    notes = []
    for name, info in pkg.infos.items():
        if pkg.is_xml(name) or name == layout.thumbnail or name in layout.signatures:
            continue
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if ext in _FONT_EXT:
            continue
        if ext in _IMAGE_EXT:
            if info.file_size >= REVIEW_IMAGE_BYTES:
                notes.append(
                    f"{name}: image ({info.file_size // 1024} KB) not inspected; it may show a "
                    "scan, photo, ID card or signature"
                )
            continue
        notes.append(f"{name}: embedded content not inspected for personal data")
    return notes
