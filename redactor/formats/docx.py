"""DOCX (WordprocessingML) extraction, redaction and recovery.

A DOCX is a ZIP of XML parts. Personal data hides in far more places than the
body a reader sees: headers and footers, comments, text boxes (twice: the
DrawingML ``Choice`` and the VML ``Fallback``), tracked deletions, hidden runs,
field codes, document properties and relationship targets (``mailto:`` links).
``open_document`` maps all of them into one canonical text; ``apply`` masks
the redacted spans in place (same length, so run formatting survives) and then
removes the places a reader never sees (comments, revisions, hidden runs,
properties, thumbnail); ``recover`` reads a written file back for verification.

Untrusted input: every ZIP and XML library error is wrapped in our own error
types, ZIP sizes are capped before anything is decompressed, and XML with a
DOCTYPE is refused outright (no entity expansion, no network, no DTD).
"""

from __future__ import annotations

import io
import os
import posixpath
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from redactor.errors import EncryptedDocument, ExtractionError, UnsupportedFormat, ZipBomb
from redactor.formats.base import CODE_SEP, Recovered, TextBuilder
from redactor.formats.tables import docx_tables
from redactor.normalise import LINE_SEPARATOR
from redactor.types import Redaction, Segment, TextMap

MASK_CHAR = "\u2588"

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Zip-bomb limits. A real DOCX is a few MB of XML plus images; these leave
# ample room while keeping a hostile archive from exhausting memory.
MAX_MEMBERS = 5000
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 200
RATIO_MIN_SIZE = 1024 * 1024
# One XML part, inflated (the web layer reads word/document.xml with the same budget at upload).
MAX_XML_PART = 64 * 1024 * 1024

# Images at least this large may be a scan, a photo of an ID card or a
# signature; we cannot read them, so a human has to look.
# Letterhead emblems (ครุฑ) and logos are small; a pasted scan or photo of a
# document is not. Only the latter holds text we cannot read without OCR.
REVIEW_IMAGE_BYTES = 300 * 1024

# Literal belt-and-braces scrubbing ignores very short strings: masking every
# "12" in an XML part would damage the document and protect nothing.
MIN_LITERAL_CHARS = 4

W_NS = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  # ISO strict
    }
)
M_NS = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/math",
        "http://purl.oclc.org/ooxml/officeDocument/math",
    }
)
R_NS = frozenset(
    {
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    }
)
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
VML_NS = "urn:schemas-microsoft-com:vml"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"

CONTENT_TYPES = "[Content_Types].xml"

# Property containers hold formatting, never text a reader sees.
_W_PROPERTY_TAGS = frozenset({"pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid", "tblPrEx", "sdtEndPr"})
# Revision and anchor markers that carry authors and dates but no content;
# dropping them is how Word "accepts" formatting changes.
_W_DROP_MARKERS = frozenset(
    {
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
        "commentRangeStart",
        "commentRangeEnd",
        # A bound content control is refilled from customXml when Word opens
        # the file, which would undo a redaction of its visible text.
        "dataBinding",
    }
)
_CORE_SCRUB = frozenset(
    {
        "creator",
        "lastModifiedBy",
        "title",
        "subject",
        "description",
        "keywords",
        "category",
        "contentStatus",
        "identifier",
        "version",
    }
)
_APP_TEXT = frozenset({"Template", "Manager", "Company", "HyperlinkBase"})
_APP_SCRUB = frozenset({"Manager", "Company", "HyperlinkBase"})
_COMMENT_REL_TYPES = frozenset({"comments", "commentsExtended", "commentsIds", "commentsExtensible", "people"})
# Parts that only hold formatting definitions; mapping them would flood the
# canonical text with font and style names.
_FORMATTING_PART = re.compile(
    r"(^|/)(styles|stylesWithEffects|fontTable|settings|webSettings|numbering)\.xml$"
    r"|(^|/)theme/|(^|/)itemProps\d*\.xml$",
    re.IGNORECASE,
)
_IMAGE_EXT = frozenset({"png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "emf", "wmf", "svg", "webp", "jfif"})
_FONT_EXT = frozenset({"odttf", "ttf", "otf", "fntdata"})
# Attributes that hold human text; others are structural ids and sizes that a
# literal scrub must not touch.
_TEXT_ATTRS = frozenset({"author", "initials", "descr", "title", "alt", "tooltip", "displayText", "instr", "string"})
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TAIL = "#tail"


# ---------------------------------------------------------------------------
# Small XML helpers


def _split(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, local = tag[1:].partition("}")
        return ns, local
    return "", tag


def _is_w(el: etree._Element, local: str) -> bool:
    if not isinstance(el.tag, str):
        return False
    ns, name = _split(el.tag)
    return name == local and ns in W_NS


def _w_child(el: etree._Element, local: str) -> etree._Element | None:
    for child in el:
        if _is_w(child, local):
            return child
    return None


def _w_attr(el: etree._Element, local: str) -> str | None:
    for ns in W_NS:
        val = el.get(f"{{{ns}}}{local}")
        if val is not None:
            return val
    return None


def _on_off(el: etree._Element) -> bool:
    """A WordprocessingML toggle: present means on unless val says off."""
    val = _w_attr(el, "val")
    return val is None or val.lower() not in {"0", "false", "off"}


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__


def _parse_xml(data: bytes, name: str, *, keep_comments: bool = False) -> etree._ElementTree:
    # A byte check first: a DOCTYPE has no business in OOXML and refusing it
    # before parsing keeps billion-laughs and external entities out entirely.
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ExtractionError(f"{name}: XML with a DOCTYPE or entity declaration is refused")
    # Comments are dropped while parsing so that text on both sides of one
    # merges into a single node, as Word reads it.
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=not keep_comments
    )
    try:
        tree = etree.parse(io.BytesIO(data), parser)
    except (etree.LxmlError, ValueError) as exc:
        raise ExtractionError(f"{name}: malformed XML ({_one_line(exc)})") from exc
    # The byte check misses UTF-16 parts; the parsed doctype does not.
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise ExtractionError(f"{name}: XML with a DOCTYPE or entity declaration is refused")
    return tree


def _serialize(tree: etree._ElementTree) -> bytes:
    standalone = tree.docinfo.standalone
    if standalone is None:
        return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=standalone)


def _rels_part_for(source: str) -> str:
    directory, base = posixpath.split(source)
    return posixpath.join(directory, "_rels", f"{base}.rels")


def _source_of_rels(rels_part: str) -> str:
    directory, base = posixpath.split(rels_part)
    parent = posixpath.dirname(directory)
    return posixpath.join(parent, base[: -len(".rels")]) if base != ".rels" else ""


def _natural_key(name: str) -> list[object]:
    return [int(tok) if tok.isdigit() else tok for tok in re.split(r"(\d+)", name.lower())]


# ---------------------------------------------------------------------------
# The package: a validated, size-capped ZIP with every XML part parsed safely


@dataclass(slots=True)
class _Rel:
    rels_part: str
    element: etree._Element
    rid: str
    type: str
    target: str
    external: bool
    part: str | None  # the member the target names, for internal targets

    @property
    def kind(self) -> str:
        return self.type.rsplit("/", 1)[-1]


def check_zip_members(infos: list[zipfile.ZipInfo], label: str) -> dict[str, zipfile.ZipInfo]:
    """The ZIP guard, from the central directory alone (nothing is decompressed): member count,
    total uncompressed size, compression ratio, encryption and case-duplicate names.

    Returns the file members by name. Used by extraction and, in the web layer, at upload.
    """
    if len(infos) > MAX_MEMBERS:
        raise ZipBomb(f"{label}: {len(infos)} ZIP members, over the limit of {MAX_MEMBERS}")
    members: dict[str, zipfile.ZipInfo] = {}
    lowered: set[str] = set()
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        if info.flag_bits & 0x1:
            raise EncryptedDocument(f"{label}: ZIP member {info.filename} is encrypted")
        lower = info.filename.lower()
        # Word treats part names case-insensitively; two members that
        # differ only in case could show one copy and hide the other.
        if lower in lowered:
            raise ExtractionError(f"{label}: duplicate ZIP member {info.filename}")
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ZipBomb(
                f"{label}: uncompressed size over {MAX_TOTAL_UNCOMPRESSED // 2**20} MiB (possible ZIP bomb)"
            )
        if info.file_size > RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ZipBomb(f"{label}: {info.filename} compresses over {MAX_RATIO}:1 (possible ZIP bomb)")
        members[info.filename] = info
        lowered.add(lower)
    return members


def read_zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, label: str) -> bytes:
    """One member, decompressed in chunks and abandoned as soon as it passes ``budget`` bytes
    (a central directory can understate sizes); its CRC is checked when it is read to the end."""
    out = bytearray()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(64 * 1024):
                out += chunk
                if len(out) > budget:
                    raise ZipBomb(f"{label}: {info.filename} inflates past {budget // 2**20} MiB "
                                          "(possible ZIP bomb)")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError) as exc:
        raise ExtractionError(f"{label}: cannot read {info.filename} ({_one_line(exc)})") from exc
    except RuntimeError as exc:  # zipfile raises this for password-protected members
        raise EncryptedDocument(f"{label}: {info.filename} is encrypted") from exc
    return bytes(out)


class _Package:
    """A DOCX opened from bytes, checked for bombs, encryption and hostile XML."""

    def __init__(self, data: bytes, label: str, *, keep_comments: bool = False) -> None:
        self.label = label
        self.keep_comments = keep_comments
        self.commented: set[str] = set()
        if data.startswith(OLE_MAGIC):
            raise _ole_error(data, label)
        if not data.startswith(ZIP_MAGIC):
            raise UnsupportedFormat(f"{label} is not a DOCX (ZIP) package")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ExtractionError(f"{label}: corrupt ZIP package ({_one_line(exc)})") from exc
        self.infos: dict[str, zipfile.ZipInfo] = {}
        self._by_lower: dict[str, str] = {}
        # What each member really inflated to, and all of them together: the
        # central directory's sizes are the writer's word, not a fact.
        self._sizes: dict[str, int] = {}
        self._inflated = 0
        self._check_members(infos)
        self.trees: dict[str, etree._ElementTree] = {}
        self._load()

    # -- validation ---------------------------------------------------------

    def _check_members(self, infos: list[zipfile.ZipInfo]) -> None:
        self.infos = check_zip_members(infos, self.label)
        self._by_lower = {name.lower(): name for name in self.infos}

    def _load(self) -> None:
        label = self.label
        if self.find(CONTENT_TYPES) is None:
            raise UnsupportedFormat(f"{label} is a ZIP file but not a Word document (no {CONTENT_TYPES})")
        for name in self.infos:
            # Reading every member once verifies its CRC now, so a corrupt
            # image cannot make apply fail half-way through writing.
            data = self.read(name)
            if self.is_xml(name):
                self.trees[name] = _parse_xml(data, name, keep_comments=self.keep_comments)
                if b"<!--" in data:
                    self.commented.add(name)
        main = None
        for rel in self.rels(""):
            if rel.kind == "officeDocument" and not rel.external:
                main = rel.part
                break
        if main is None:
            main = self.find("word/document.xml")
        if main is None or main not in self.trees:
            raise UnsupportedFormat(f"{label} is a ZIP file but not a Word document (no word/document.xml)")
        if not _is_w(self.trees[main].getroot(), "document"):
            raise UnsupportedFormat(f"{label}: the main part is not a WordprocessingML document")
        self.main = main

    # -- access -------------------------------------------------------------

    @staticmethod
    def is_xml(name: str) -> bool:
        lower = name.lower()
        return lower.endswith(".xml") or lower.endswith(".rels")

    def find(self, name: str) -> str | None:
        return self._by_lower.get(name.lower())

    def read(self, name: str) -> bytes:
        """One member, inflated in chunks through a byte budget (``ZipBomb`` past it).

        ``ZipFile.read`` inflates a member in one go, however large, before
        its size is known; a member whose header understates it could take
        all memory. The budget is the smallest of what is left of the total
        (``MAX_TOTAL_UNCOMPRESSED``), ``MAX_XML_PART`` for an XML part, and
        ``MAX_RATIO`` times its compressed size; a member read again gets
        what it inflated to the first time.
        """
        info = self.infos[name]
        known = self._sizes.get(name)
        if known is not None:
            return read_zip_member(self.zip, info, known, self.label)
        limits = [(MAX_TOTAL_UNCOMPRESSED - self._inflated,
                   f"the package inflates past {MAX_TOTAL_UNCOMPRESSED // 2**20} MiB in all (at {name})"),
                  (max(RATIO_MIN_SIZE, MAX_RATIO * max(info.compress_size, 1)),
                   f"{name} inflates over {MAX_RATIO}:1")]
        if self.is_xml(name):
            limits.append((MAX_XML_PART, f"{name} inflates past {MAX_XML_PART // 2**20} MiB"))
        budget, why = min(limits)
        try:
            data = read_zip_member(self.zip, info, budget, self.label)
        except ZipBomb as exc:
            raise ZipBomb(f"{self.label}: {why} (possible ZIP bomb)") from exc
        self._sizes[name] = len(data)
        self._inflated += len(data)
        return data

    def rels(self, source: str) -> list[_Rel]:
        rels_part = self.find(_rels_part_for(source)) if source else self.find("_rels/.rels")
        if rels_part is None or rels_part not in self.trees:
            return []
        return self.rels_in(rels_part, self.trees[rels_part].getroot())

    def rels_in(self, rels_part: str, root: etree._Element) -> list[_Rel]:
        source = _source_of_rels(rels_part)
        out = []
        for el in root:
            if not isinstance(el.tag, str) or _split(el.tag)[1] != "Relationship":
                continue
            target = el.get("Target") or ""
            external = (el.get("TargetMode") or "").lower() == "external"
            part = None
            if not external and target:
                clean = unquote(target.split("#", 1)[0])
                if clean.startswith("/"):
                    resolved = clean.lstrip("/")
                else:
                    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(source), clean))
                part = self.find(resolved)
            out.append(_Rel(rels_part, el, el.get("Id") or "", el.get("Type") or "", target, external, part))
        return out

    def rels_parts(self) -> list[str]:
        return sorted((n for n in self.trees if n.lower().endswith(".rels")), key=_natural_key)


def _ole_error(data: bytes, label: str) -> Exception:
    # An Office file saved with a password is an OLE compound file holding an
    # EncryptedPackage stream, even when it is named .docx.
    def utf16(s: str) -> bytes:
        return s.encode("utf-16-le")

    if utf16("EncryptedPackage") in data or utf16("EncryptionInfo") in data:
        return EncryptedDocument(f"{label} is password-protected (encrypted Office package)")
    if utf16("WordDocument") in data:
        return UnsupportedFormat(f"{label} is a legacy Word 97-2003 .doc file; save it as .docx first")
    if utf16("Workbook") in data or utf16("PowerPoint Document") in data:
        return UnsupportedFormat(f"{label} is a legacy Excel or PowerPoint file, not a Word document")
    return EncryptedDocument(f"{label} is an OLE compound file, not a DOCX (likely password-protected)")


@dataclass(slots=True)
class _Layout:
    """Which part plays which role, found through the relationships."""

    main: str
    headers: list[str] = field(default_factory=list)
    footers: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    endnotes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    comment_aux: list[str] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    styles: str | None = None
    core: str | None = None
    app: str | None = None
    custom: str | None = None
    thumbnail: str | None = None
    # Digital-signature parts (the origin, the signatures, their certificates):
    # redaction changes what they sign, so the copy leaves them out.
    signatures: list[str] = field(default_factory=list)
    signature_count: int = 0

    def stories(self) -> list[tuple[str, bool]]:
        """Story parts in canonical order, each with whether a reader sees it."""
        out = [(self.main, True)]
        for group in (self.headers, self.footers, self.footnotes, self.endnotes):
            out += [(p, True) for p in group]
        out += [(p, False) for p in self.comments]
        out += [(p, False) for p in self.glossary]
        return out


def _layout(pkg: _Package) -> _Layout:
    layout = _Layout(main=pkg.main)
    seen: set[str] = set()

    def take(rel: _Rel) -> str | None:
        if rel.external or rel.part is None or rel.part in seen:
            return None
        seen.add(rel.part)
        return rel.part

    for rel in pkg.rels(""):
        kind = rel.kind
        if kind == "core-properties" and (p := take(rel)):
            layout.core = p
        elif kind == "extended-properties" and (p := take(rel)):
            layout.app = p
        elif kind == "custom-properties" and (p := take(rel)):
            layout.custom = p
        elif kind == "thumbnail" and (p := take(rel)):
            layout.thumbnail = p
    groups = {
        "header": layout.headers,
        "footer": layout.footers,
        "footnotes": layout.footnotes,
        "endnotes": layout.endnotes,
        "comments": layout.comments,
        "glossaryDocument": layout.glossary,
    }
    for rel in pkg.rels(pkg.main):
        kind = rel.kind
        if kind in groups and (p := take(rel)) and p in pkg.trees:
            groups[kind].append(p)
        elif kind in _COMMENT_REL_TYPES and (p := take(rel)):
            layout.comment_aux.append(p)
        elif kind == "styles" and (p := take(rel)) and p in pkg.trees:
            layout.styles = p
    for group in groups.values():
        group.sort(key=_natural_key)
    _find_signatures(pkg, layout)
    return layout


_SIGNATURE_REL = "/digital-signature/"  # .../relationships/digital-signature/{origin,signature,certificate}
SIGNATURE_FOLDER = "_xmlsignatures/"


def _find_signatures(pkg: _Package, layout: _Layout) -> None:
    """The package's digital-signature parts: what the relationships name, and anything in _xmlsignatures/."""
    parts: set[str] = set()
    signatures = 0
    for rel in pkg.rels(""):
        if _SIGNATURE_REL in rel.type and rel.part:
            parts.add(rel.part)
            for sub in pkg.rels(rel.part):
                if _SIGNATURE_REL in sub.type and sub.part:
                    parts.add(sub.part)
                    signatures += sub.kind == "signature"
    for name in pkg.infos:
        if name.lower().startswith(SIGNATURE_FOLDER) and not name.lower().endswith(".rels"):
            parts.add(name)
    layout.signatures = sorted(parts, key=_natural_key)
    layout.signature_count = signatures or sum(
        1 for p in parts if p.lower().endswith(".xml"))


# ---------------------------------------------------------------------------
# Hidden text through styles


class _Styles:
    """Which character and paragraph styles hide their text (``w:vanish``)."""

    def __init__(self, root: etree._Element | None) -> None:
        self.char: dict[str, bool] = {}
        self.para: dict[str, bool] = {}
        self.default_para: str | None = None
        if root is None:
            return
        raw: dict[str, tuple[str | None, str | None, bool | None]] = {}
        for style in root:
            if not _is_w(style, "style"):
                continue
            sid = _w_attr(style, "styleId")
            if not sid:
                continue
            stype = _w_attr(style, "type")
            based = _w_child(style, "basedOn")
            rpr = _w_child(style, "rPr")
            vanish = _w_child(rpr, "vanish") if rpr is not None else None
            raw[sid] = (
                stype,
                _w_attr(based, "val") if based is not None else None,
                _on_off(vanish) if vanish is not None else None,
            )
            if stype == "paragraph" and (_w_attr(style, "default") or "").lower() in {"1", "true", "on"}:
                self.default_para = sid

        def resolve(sid: str) -> bool | None:
            seen: set[str] = set()
            cur: str | None = sid
            while cur is not None and cur in raw and cur not in seen:
                seen.add(cur)
                _, based_on, decision = raw[cur]
                if decision is not None:
                    return decision
                cur = based_on
            return None

        for sid, (stype, _, _) in raw.items():
            decision = resolve(sid)
            if decision is None:
                continue
            if stype == "character":
                self.char[sid] = decision
            elif stype == "paragraph":
                self.para[sid] = decision

    def run_hidden(self, run: etree._Element, para_style: str | None) -> bool:
        rpr = _w_child(run, "rPr")
        if rpr is not None:
            vanish = _w_child(rpr, "vanish")
            if vanish is not None:
                return _on_off(vanish)
            rstyle = _w_child(rpr, "rStyle")
            sid = _w_attr(rstyle, "val") if rstyle is not None else None
            if sid in self.char:
                return self.char[sid]
        return self.para.get(para_style or self.default_para or "", False)


def _para_style(p: etree._Element | None) -> str | None:
    if p is None:
        return None
    ppr = _w_child(p, "pPr")
    pstyle = _w_child(ppr, "pStyle") if ppr is not None else None
    return _w_attr(pstyle, "val") if pstyle is not None else None


def _enclosing_paragraph(el: etree._Element) -> etree._Element | None:
    for anc in el.iterancestors():
        if _is_w(anc, "p"):
            return anc
    return None


# ---------------------------------------------------------------------------
# Extraction into the canonical text


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


def _map_properties(tb: TextBuilder, pkg: _Package, layout: _Layout) -> None:
    if layout.core:
        root = pkg.trees[layout.core].getroot() if layout.core in pkg.trees else None
        if root is not None:
            mapper = _Mapper(tb, layout.core, root)
            for el in root:
                if isinstance(el.tag, str) and el.text and el.text.strip():
                    mapper.add(el.text, False, el, where=f"{layout.core}:{_split(el.tag)[1]}")
                    tb.sep("\n")
    if layout.app and layout.app in pkg.trees:
        root = pkg.trees[layout.app].getroot()
        mapper = _Mapper(tb, layout.app, root)
        for el in root.iter():
            if not isinstance(el.tag, str) or not (el.text and el.text.strip()):
                continue
            local = _split(el.tag)[1]
            in_titles = any(_split(a.tag)[1] == "TitlesOfParts" for a in el.iterancestors())
            if local in _APP_TEXT or (local == "lpstr" and in_titles):
                mapper.add(el.text, False, el, where=f"{layout.app}:{local}")
                tb.sep("\n")
    if layout.custom and layout.custom in pkg.trees:
        root = pkg.trees[layout.custom].getroot()
        mapper = _Mapper(tb, layout.custom, root)
        for prop in root:
            if not isinstance(prop.tag, str):
                continue
            name = prop.get("name") or "?"
            for el in prop.iter():
                if el.text and el.text.strip():
                    mapper.add(el.text, False, el, where=f"{layout.custom}:{name}")
                    tb.sep("\n")


def _mapped_elsewhere(name: str, layout: _Layout) -> bool:
    return (
        name == CONTENT_TYPES
        or name in layout.signatures  # left out of the copy whole (Editor.run)
        or name.lower().endswith(".rels")
        or name in {p for p, _ in layout.stories()}
        or name in layout.comment_aux
        or name in {layout.core, layout.app, layout.custom}
        or bool(_FORMATTING_PART.search(name))
    )


def _build_textmap(pkg: _Package, layout: _Layout, styles: _Styles) -> TextMap:
    tb = TextBuilder()
    for part, visible in layout.stories():
        root = pkg.trees[part].getroot()
        _StoryWalker(tb, part, root, styles).walk(root, visible)
        tb.sep("\n")
    _map_properties(tb, pkg, layout)
    for name in sorted(pkg.trees, key=_natural_key):
        if not _mapped_elsewhere(name, layout):
            _map_generic(tb, name, pkg.trees[name].getroot())
    for rels_part in pkg.rels_parts():
        root = pkg.trees[rels_part].getroot()
        mapper = _Mapper(tb, rels_part, root)
        for rel in pkg.rels_in(rels_part, root):
            if rel.external and rel.target.strip():
                mapper.add(rel.target, False, rel.element, "Target", where=f"{rels_part}:{rel.rid}")
                tb.sep("\n")
    return tb.build()


def _review_notes(pkg: _Package, layout: _Layout) -> list[str]:
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


# ---------------------------------------------------------------------------
# The document


class DocxDocument:
    """An opened DOCX: its canonical text and how to write a redacted copy."""

    kind = "docx"

    def __init__(self, pkg: _Package) -> None:
        self._pkg: _Package | None = pkg
        self._layout = _layout(pkg)
        styles_root = pkg.trees[self._layout.styles].getroot() if self._layout.styles else None
        self._styles = _Styles(styles_root)
        self.textmap: TextMap = _build_textmap(pkg, self._layout, self._styles)
        self.tables = docx_tables(self.textmap, _is_w, _w_child, _w_attr)
        self.needs_review: list[str] = _review_notes(pkg, self._layout)
        self.notes: list[str] = []
        self.signatures_removed = max(1, self._layout.signature_count) if self._layout.signatures else 0
        if self._layout.signatures:
            self.notes.append(f"the document carries {self.signatures_removed} digital signature(s); redaction "
                              "changes what they sign, so the redacted copy leaves them out "
                              f"({', '.join(self._layout.signatures)})")

    def apply(self, redactions: list[Redaction], out_path: Path, *, label_boxes: bool = False) -> None:
        """Write a cleaned copy. ``label_boxes``: each redaction's mask ends in its legal basis
        (``███[ม.15(5)]``), the █ run shortened by the label's length (never below one █)."""
        if self._pkg is None:
            raise ExtractionError("document is closed")
        try:
            editor = _Editor(self._pkg, self._layout, self._styles)
            editor.label_masks = label_boxes
            editor.run(self.textmap, redactions)
            members = editor.output_members()
        except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, zlib.error, RecursionError) as exc:
            raise ExtractionError(f"{self._pkg.label}: cannot write redacted DOCX ({_one_line(exc)})") from exc
        _write_zip_atomic(Path(out_path), members)

    def close(self) -> None:
        if self._pkg is not None:
            self._pkg.zip.close()
            self._pkg.trees.clear()
        self._pkg = None


class _Editor:
    """Edits fresh parses of the original parts, so ``apply`` can run twice."""

    def __init__(self, pkg: _Package, layout: _Layout, styles: _Styles) -> None:
        self.pkg = pkg
        self.layout = layout
        self.styles = styles
        self.trees: dict[str, etree._ElementTree] = {}
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self.neutralised: set[tuple[str, str]] = set()
        self.protected: set[tuple[etree._Element, str | None]] = set()
        self._nodes: dict[str, list[etree._Element]] = {}
        self.label_masks = False

    def tree(self, name: str) -> etree._ElementTree:
        if name not in self.trees:
            self.trees[name] = _parse_xml(self.pkg.read(name), name)
        return self.trees[name]

    def root(self, name: str) -> etree._Element:
        return self.tree(name).getroot()

    def node(self, part: str, index: int) -> etree._Element:
        """The fresh node at a ``DocxRef.index``; valid before any structural edit."""
        if part not in self._nodes:
            self._nodes[part] = list(self.root(part).iter())
        return self._nodes[part][index]

    # -- the steps ----------------------------------------------------------

    def run(self, textmap: TextMap, redactions: list[Redaction]) -> None:
        self.mask_spans(textmap, redactions)
        # Visible text outside every redaction was kept on purpose (policy or
        # a reviewer); the literal backstop below must not override that, and
        # verification would report it as collateral damage.
        for seg in textmap.segments:
            if seg.visible and isinstance(seg.ref, DocxRef):
                self.protected.add((self.node(seg.ref.part, seg.ref.index), seg.ref.attr))
        layout = self.layout
        for part, _ in layout.stories():
            if part not in layout.comments:
                self.clean_story(part)
        for part in layout.comments + layout.comment_aux:
            self.drop_part(part)
        for extra in (layout.custom, layout.thumbnail, *layout.signatures):
            if extra:
                self.drop_part(extra)
        if layout.signatures:
            self.drop_unused_defaults()
        self.scrub_properties()
        self.strip_xml_comments()
        patterns = _literal_patterns(textmap, redactions)
        if patterns:
            self.scrub_literals(patterns)
        self.neutralise_masked_targets()
        self.unwrap_neutralised_links()

    def mask_spans(self, textmap: TextMap, redactions: list[Redaction]) -> None:
        spans: dict[tuple[str, int, str | None], tuple[Segment, list[tuple[int, int, str | None]]]] = {}
        for red in redactions:
            pieces = [seg for seg in textmap.segments_in(red.start, red.end)
                      if isinstance(seg.ref, DocxRef) and seg.ref.attr != "Target"]
            # The label goes at the end of the redaction's last visible piece, where a reader finishes it.
            last = next((seg for seg in reversed(pieces) if seg.visible), None) if self.label_masks else None
            for seg in textmap.segments_in(red.start, red.end):
                ref = seg.ref
                if not isinstance(ref, DocxRef):
                    continue
                key = (ref.part, ref.index, ref.attr)
                lo, hi = max(red.start, seg.start) - seg.start, min(red.end, seg.end) - seg.start
                label = mask_label(red.basis) if seg is last else None
                spans.setdefault(key, (seg, []))[1].append((lo, hi, label))
        for (part, index, attr), (seg, cuts) in spans.items():
            node = self.node(part, index)
            if node.tag != seg.ref.element.tag:
                raise ExtractionError(f"{part}: document changed since it was opened")
            current = _get_text(node, attr)
            if current is None or len(current) != seg.end - seg.start:
                raise ExtractionError(f"{part}: text changed since the document was opened")
            if attr == "Target" and part.lower().endswith(".rels"):
                # A masked URL is still a URL-shaped hint; point it nowhere.
                node.set("Target", "#")
                self.neutralised.add((part, node.get("Id") or ""))
            else:
                _set_text(node, attr, _mask(current, [(lo, hi) for lo, hi, _ in cuts],
                                            {(lo, hi): label for lo, hi, label in cuts if label}))
            self.dirty.add(part)

    def clean_story(self, part: str) -> None:
        root = self.root(part)
        _resolve_revisions(root)
        _remove_hidden_runs(root, self.styles)
        _remove_comment_references(root)
        self.dirty.add(part)

    def drop_part(self, part: str) -> None:
        if part in self.removed or part not in self.pkg.infos:
            return
        self.removed.add(part)
        rels = self.pkg.find(_rels_part_for(part))
        if rels:
            self.removed.add(rels)
        ct_name = self.pkg.find(CONTENT_TYPES) or CONTENT_TYPES
        ct = self.root(ct_name)
        for el in list(ct):
            if (el.get("PartName") or "").lower() == "/" + part.lower():
                ct.remove(el)
                self.dirty.add(ct_name)
        # Drop every relationship that points at the part.
        for rels_part in self.pkg.rels_parts():
            if rels_part in self.removed:
                continue
            root = self.root(rels_part)
            for rel in self.pkg.rels_in(rels_part, root):
                if rel.part == part:
                    root.remove(rel.element)
                    self.dirty.add(rels_part)

    def drop_unused_defaults(self) -> None:
        """Content-type defaults for extensions no member kept has (``sigs`` after the signatures went)."""
        kept = {n.rsplit(".", 1)[-1].lower() for n in self.pkg.infos if n not in self.removed and "." in n}
        ct_name = self.pkg.find(CONTENT_TYPES) or CONTENT_TYPES
        ct = self.root(ct_name)
        for el in list(ct):
            if isinstance(el.tag, str) and _split(el.tag)[1] == "Default" and \
                    (el.get("Extension") or "").lower() not in kept:
                ct.remove(el)
                self.dirty.add(ct_name)

    def scrub_properties(self) -> None:
        layout = self.layout
        if layout.core and layout.core not in self.removed:
            for el in self.root(layout.core):
                if isinstance(el.tag, str) and _split(el.tag)[1] in _CORE_SCRUB and el.text:
                    el.text = None
                    self.dirty.add(layout.core)
        if layout.app and layout.app not in self.removed:
            for el in self.root(layout.app).iter():
                if not isinstance(el.tag, str) or not el.text:
                    continue
                local = _split(el.tag)[1]
                in_titles = any(_split(a.tag)[1] == "TitlesOfParts" for a in el.iterancestors())
                if local in _APP_SCRUB or (local == "lpstr" and in_titles):
                    el.text = None
                elif local == "Template":
                    # A template path can contain the author's user folder.
                    el.text = re.split(r"[\\/]", el.text)[-1]
                else:
                    continue
                self.dirty.add(layout.app)
        # The same path, as the settings' link to the attached template.
        for rels_part in self.pkg.rels_parts():
            if rels_part in self.removed:
                continue
            for rel in self.pkg.rels_in(rels_part, self.root(rels_part)):
                if rel.external and rel.kind == "attachedTemplate":
                    target = rel.element.get("Target") or ""
                    base = re.split(r"[\\/]", target)[-1]
                    if base != target:
                        rel.element.set("Target", base)
                        self.dirty.add(rels_part)

    def strip_xml_comments(self) -> None:
        # Word never writes XML comments; the parser already dropped them
        # (they are never mapped), so re-serialising the part removes them.
        for name in self.pkg.commented:
            if name not in self.removed:
                self.tree(name)
                self.dirty.add(name)

    def scrub_literals(self, patterns: _Literals) -> None:
        """Belt and braces: mask remaining copies of a redacted string.

        Everything except visible text the extraction mapped: text boxes'
        Fallback copies, field codes, alt text, attributes, parts we do not
        model. Those are where a copy hides when a detector saw only one.
        """
        stories = {p for p, _ in self.layout.stories()}
        for name in self.pkg.trees:
            if name in self.removed:
                continue
            root = self.root(name)
            changed = False
            if name in stories:
                changed |= _scrub_paragraphs(root, patterns, self.protected)
            changed |= _scrub_nodes(root, patterns, self.protected)
            if changed:
                self.dirty.add(name)

    def neutralise_masked_targets(self) -> None:
        for rels_part in self.pkg.rels_parts():
            if rels_part in self.removed:
                continue
            for el in self.root(rels_part):
                if MASK_CHAR in (el.get("Target") or ""):
                    el.set("Target", "#")
                    self.neutralised.add((rels_part, el.get("Id") or ""))
                    self.dirty.add(rels_part)

    def unwrap_neutralised_links(self) -> None:
        # The link text stays (masked or kept); only the dead link goes.
        for rels_part, rid in sorted(self.neutralised):
            source = self.pkg.find(_source_of_rels(rels_part))
            if source is None or source in self.removed or source not in self.pkg.trees:
                continue
            root = self.root(source)
            for el in list(root.iter()):
                if _is_w(el, "hyperlink") and any(el.get(f"{{{ns}}}id") == rid for ns in R_NS):
                    _unwrap(el)
                    self.dirty.add(source)

    # -- output -------------------------------------------------------------

    def output_members(self) -> list[tuple[zipfile.ZipInfo, bytes]]:
        out = []
        for name, info in self.pkg.infos.items():
            if name in self.removed:
                continue
            data = _serialize(self.trees[name]) if name in self.dirty else self.pkg.read(name)
            zi = zipfile.ZipInfo(name, date_time=info.date_time)
            zi.compress_type = zipfile.ZIP_STORED if info.compress_type == zipfile.ZIP_STORED else zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            out.append((zi, data))
        return out


def _get_text(node: etree._Element, attr: str | None) -> str | None:
    if attr is None:
        return node.text
    if attr == _TAIL:
        return node.tail
    return node.get(attr)


def _set_text(node: etree._Element, attr: str | None, value: str) -> None:
    if attr is None:
        node.text = value
    elif attr == _TAIL:
        node.tail = value
    else:
        node.set(attr, value)


def mask_label(basis: str) -> str:
    """The legal basis a labelled DOCX mask ends in: ``[ม.15(5)]``."""
    return f"[ม.{basis}]"


def _mask(text: str, cuts: list[tuple[int, int]], labels: dict[tuple[int, int], str] | None = None) -> str:
    chars = list(text)
    for lo, hi in cuts:
        for i in range(max(lo, 0), min(hi, len(chars))):
            chars[i] = MASK_CHAR
    # Labels last, right to left, so each cut's offsets still hold when a label changes the length.
    for (lo, hi), label in sorted((labels or {}).items(), key=lambda kv: -kv[0][0]):
        lo, hi = max(lo, 0), min(hi, len(chars))
        if lo < hi:
            chars[lo:hi] = [MASK_CHAR] * max(1, (hi - lo) - len(label)) + list(label)
    return "".join(chars)


def _unwrap(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    pos = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(pos + offset, child)
    parent.remove(el)


def _remove(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _resolve_revisions(root: etree._Element) -> None:
    """Accept every tracked change, as a reader of the final text would see it."""
    remove: list[etree._Element] = []
    unwrap: list[etree._Element] = []
    rows: list[etree._Element] = []
    deleted_marks: list[etree._Element] = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        ns, local = _split(el.tag)
        if ns not in W_NS:
            continue
        parent = el.getparent()
        in_row_props = parent is not None and _is_w(parent, "trPr")
        if local in ("del", "moveFrom"):
            if in_row_props and parent is not None and parent.getparent() is not None:
                rows.append(parent.getparent())  # a deleted table row
            else:
                remove.append(el)
            if parent is not None and _is_w(parent, "rPr"):
                ppr = parent.getparent()
                if ppr is not None and _is_w(ppr, "pPr") and ppr.getparent() is not None:
                    deleted_marks.append(ppr.getparent())
        elif local in ("ins", "moveTo"):
            (remove if in_row_props else unwrap).append(el)
        elif local in _W_DROP_MARKERS:
            remove.append(el)
    for el in rows + remove:
        _remove(el)
    for el in unwrap:
        _unwrap(el)
    # A paragraph whose mark was deleted and whose text is now gone would
    # leave a blank line; drop it unless its container needs a paragraph or
    # it carries a section break.
    for para in deleted_marks:
        parent = para.getparent()
        ppr = _w_child(para, "pPr")
        if parent is None or any(not _is_w(c, "pPr") for c in para):
            continue
        if ppr is not None and _w_child(ppr, "sectPr") is not None:
            continue
        if sum(1 for c in parent if _is_w(c, "p")) > 1:
            parent.remove(para)
    # A table whose rows were all deleted would be invalid; drop it.
    for tbl in list(root.iter()):
        if _is_w(tbl, "tbl") and not any(_is_w(c, "tr") for c in tbl):
            _remove(tbl)


def _remove_hidden_runs(root: etree._Element, styles: _Styles) -> None:
    for run in list(root.iter()):
        if not _is_w(run, "r"):
            continue
        if not styles.run_hidden(run, _para_style(_enclosing_paragraph(run))):
            continue
        if any(_is_w(c, "fldChar") for c in run):
            # Removing a field delimiter would unbalance the field and make
            # Word refuse the file; keep the delimiters, drop the content.
            for child in list(run):
                if not (_is_w(child, "rPr") or _is_w(child, "fldChar")):
                    run.remove(child)
        else:
            _remove(run)


def _remove_comment_references(root: etree._Element) -> None:
    for ref in list(root.iter()):
        if not _is_w(ref, "commentReference"):
            continue
        run = ref.getparent()
        _remove(ref)
        if run is not None and _is_w(run, "r") and all(_is_w(c, "rPr") for c in run):
            _remove(run)


_LITERAL_GAP = r"[\s\u200b\-.,()]"
_GAPS = re.compile(_LITERAL_GAP + "+")
_TO_ASCII_DIGITS = str.maketrans(_THAI_DIGITS, "0123456789")
_GRAM = 4


def _anchor(core: list[str]) -> str | None:
    """A run of ``_GRAM`` characters every match of the pattern for ``core`` shows once gaps are dropped
    and digits made ASCII (the last such run), or None when ``core`` has none: Thai letters and
    digits only, whose matches do not depend on case."""
    norm = [c.translate(_TO_ASCII_DIGITS) if c.isdigit() and (c in _THAI_DIGITS or c in "0123456789")
            else c if "\u0e00" <= c <= "\u0e7f" and not c.isdigit() else None for c in core]
    for i in range(len(norm) - _GRAM, -1, -1):
        window = norm[i:i + _GRAM]
        if all(c is not None for c in window):
            return "".join(window)  # type: ignore[arg-type]
    return None


class _Literals:
    """The literal patterns, indexed by a run of characters each needs (``_anchor``).

    Scrubbing tries every pattern on every text node and attribute: with
    thousands of redactions in a long document that is quadratic. A node is
    tried only with the patterns whose run its gap-free text holds, plus
    those without one; the matches are the same, in the same order.
    """

    def __init__(self, entries: list[tuple[re.Pattern[str], list[str]]]) -> None:
        self.patterns = [p for p, _core in entries]
        self.always: list[int] = []
        self.by_gram: dict[str, list[int]] = {}
        for i, (_p, core) in enumerate(entries):
            gram = _anchor(core)
            if gram is None:
                self.always.append(i)
            else:
                self.by_gram.setdefault(gram, []).append(i)

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def __len__(self) -> int:
        return len(self.patterns)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        if not self.by_gram:
            return self.patterns
        flat = _GAPS.sub("", text).translate(_TO_ASCII_DIGITS)
        idx = list(self.always)
        for gram in {flat[i:i + _GRAM] for i in range(len(flat) - _GRAM + 1)}:
            hit = self.by_gram.get(gram)
            if hit:
                idx.extend(hit)
        idx.sort()
        return [self.patterns[i] for i in idx]


def _literal_patterns(textmap: TextMap, redactions: list[Redaction]) -> _Literals:
    seen: set[str] = set()
    patterns = []
    # Both the text the caller names and the characters actually at the
    # offsets: an upstream step may have normalised one of them.
    texts = [t for red in redactions for t in (red.text, textmap.text[red.start : red.end]) if t]
    for text in texts:
        core = [c for c in text if not (c.isspace() or c in "-.,()\u200b")]
        key = "".join(core)
        if len(core) < MIN_LITERAL_CHARS or key in seen:
            continue
        seen.add(key)
        parts = []
        for c in core:
            if c.isdigit() and (c in _THAI_DIGITS or c in "0123456789"):
                d = _THAI_DIGITS.index(c) if c in _THAI_DIGITS else int(c)
                parts.append(f"[{d}{_THAI_DIGITS[d]}]")
            else:
                parts.append(re.escape(c))
        # Spacing and digit punctuation vary between copies of the same value.
        patterns.append((re.compile(f"{_LITERAL_GAP}*".join(parts), re.IGNORECASE), core))
    return _Literals(patterns)


def _mask_matches(text: str, patterns: _Literals) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for p in patterns.candidates(text) for m in p.finditer(text)
            if m.end() > m.start()]


_Protected = set[tuple[etree._Element, str | None]]


def _scrub_paragraphs(root: etree._Element, patterns: _Literals, protected: _Protected) -> bool:
    """Find copies split across runs by matching each paragraph's joined text."""
    by_para: dict[etree._Element, list[etree._Element]] = {}
    for el in root.iter():
        if isinstance(el.tag, str) and _split(el.tag)[1] == "t" and el.text and (el, None) not in protected:
            para = _enclosing_paragraph(el)
            if para is not None:
                by_para.setdefault(para, []).append(el)
    changed = False
    for nodes in by_para.values():
        joined = "".join(n.text or "" for n in nodes)
        cuts = _mask_matches(joined, patterns)
        if not cuts:
            continue
        pos = 0
        for node in nodes:
            text = node.text or ""
            local = [(lo - pos, hi - pos) for lo, hi in cuts if lo < pos + len(text) and hi > pos]
            if local:
                node.text = _mask(text, local)
                changed = True
            pos += len(text)
    return changed


def _scrub_nodes(root: etree._Element, patterns: _Literals, protected: _Protected) -> bool:
    changed = False
    for el in root.iter():
        for attr in (None, _TAIL):
            if (el, attr) in protected:
                continue
            text = _get_text(el, attr)
            if text and (cuts := _mask_matches(text, patterns)):
                _set_text(el, attr, _mask(text, cuts))
                changed = True
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            local = _split(name)[1]
            textual = local in _TEXT_ATTRS or any(c in value for c in "@:/\\") or not value.isascii()
            if textual and (el, name) not in protected and (cuts := _mask_matches(value, patterns)):
                el.set(name, _mask(value, cuts))
                changed = True
    return changed


def _write_zip_atomic(out_path: Path, members: list[tuple[zipfile.ZipInfo, bytes]]) -> None:
    out_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".tmp", dir=out_path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            with zipfile.ZipFile(fh, "w") as zf:
                for info, data in members:
                    zf.writestr(info, data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, out_path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


# ---------------------------------------------------------------------------
# Module interface


def sniff(head: bytes) -> bool:
    """A ZIP package, or an OLE file (how Office stores a password-protected .docx)."""
    return head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC)


def _open_package(path: Path, *, keep_comments: bool = False) -> _Package:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read {path.name}: {exc.strerror}") from exc
    return _Package(data, path.name, keep_comments=keep_comments)


def open_document(path: Path) -> DocxDocument:
    pkg = _open_package(path)
    try:
        return DocxDocument(pkg)
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError, IndexError, RecursionError) as exc:
        raise ExtractionError(f"{pkg.label}: cannot read the Word document ({_one_line(exc)})") from exc


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
_CODE_RE = re.compile(r"-?\d+(?:\.\d+)?|[0-9A-Fa-f]{2,}")
# Parts that only describe presentation (colour and font schemes, font metrics): their
# codes never come from the document's content, so a withheld number equal to one of
# them (a wage of 15,000 and a theme's lumMod 15000) is chance, not a leak. Their other
# attribute values (scheme and font names) are still checked as text.
_PRESENTATION_PART = re.compile(r"(?:^|/)(?:theme/[^/]+|fontTable)\.xml$")


def _recover(pkg: _Package) -> Iterator[Recovered]:
    layout = _layout(pkg)
    styles = _Styles(pkg.trees[layout.styles].getroot() if layout.styles else None)
    for part, visible in layout.stories():
        if not visible:
            continue
        tb = TextBuilder()
        root = pkg.trees[part].getroot()
        _StoryWalker(tb, part, root, styles).walk(root, True)
        yield Recovered(part, _visible_text(tb.build()), True)
    for name in sorted(pkg.trees, key=_natural_key):
        root = pkg.trees[name].getroot()
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
    for rels_part in pkg.rels_parts():
        for rel in pkg.rels_in(rels_part, pkg.trees[rels_part].getroot()):
            yield Recovered(f"{rels_part}:{rel.rid}", rel.target, False)
    for prop in (layout.core, layout.app, layout.custom):
        if prop and prop in pkg.trees:
            for el in pkg.trees[prop].getroot().iter():
                if isinstance(el.tag, str) and el.text and el.text.strip():
                    yield Recovered(f"{prop}:{_split(el.tag)[1]}", el.text, False)


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
