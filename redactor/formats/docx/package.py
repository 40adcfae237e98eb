"""The DOCX package: a validated, size-capped ZIP whose XML parts are parsed safely.

Untrusted input: every ZIP and XML library error is wrapped in our own error
types, ZIP sizes are capped before anything is decompressed, and XML with a
DOCTYPE is refused outright (no entity expansion, no network, no DTD).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from redactor.errors import EncryptedDocument, ExtractionError, UnsupportedFormat, ZipBomb

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


def _open_package(path: Path, *, keep_comments: bool = False) -> _Package:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractionError(f"cannot read {path.name}: {exc.strerror}") from exc
    return _Package(data, path.name, keep_comments=keep_comments)

