"""Apply: write a redacted copy, and clean every hiding place as ``places.PLACES`` says.

Redacted spans are masked in place (same length, so run formatting survives);
then story parts accept their tracked changes and lose hidden runs, dropped
places go whole, property fields are cleared, and a literal backstop masks
copies of a redacted value wherever else they hide.
"""

from __future__ import annotations

import os
import re
import tempfile
import zipfile
from pathlib import Path

from lxml import etree

from redactor import rx
from redactor.errors import ExtractionError
from redactor.formats.docx.extract import _TAIL, DocxRef
from redactor.formats.docx.package import (
    CONTENT_TYPES,
    R_NS,
    W_NS,
    _is_w,
    _Package,
    _parse_xml,
    _rels_part_for,
    _serialize,
    _source_of_rels,
    _split,
    _w_child,
)
from redactor.formats.docx.places import Clean, FieldAction, Layout, field_elements
from redactor.formats.docx.styles import _enclosing_paragraph, _para_style, _Styles
from redactor.types import Redaction, Segment, TextMap

MASK_CHAR = "\u2588"

# Literal belt-and-braces scrubbing ignores very short strings: masking every
# "12" in an XML part would damage the document and protect nothing.
MIN_LITERAL_CHARS = 4

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
        # A bound content control is refilled from customXml when Word opens
        # the file, which would undo a redaction of its visible text.
        "dataBinding",
    }
)
# Attributes that hold human text; others are structural ids and sizes that a
# literal scrub must not touch.
_TEXT_ATTRS = frozenset({"author", "initials", "descr", "title", "alt", "tooltip", "displayText", "instr", "string"})
_THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"


class _Editor:
    """Edits fresh parses of the original parts, so ``apply`` can run twice."""

    def __init__(self, pkg: _Package, layout: Layout, styles: _Styles) -> None:
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
        for _place, parts in layout.where(Clean.STORY):
            for part in parts:
                self.clean_story(part)
        for _place, parts in layout.where(Clean.COMMENTS):
            for part in parts:
                self.clean_story(part)
                _clear_comment_authors(self.root(part))
        for _place, parts in layout.where(Clean.DROP):
            for part in parts:
                self.drop_part(part)
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
        for place, parts in self.layout.where(Clean.FIELDS):
            assert place.fields is not None
            for part in parts:
                if part in self.removed:
                    continue
                for key, _label, el in field_elements(place.fields, self.root(part)):
                    action = place.fields.action(key) if el.text else None
                    if action is FieldAction.CLEAR:
                        el.text = None
                    elif action is FieldAction.FILE_NAME:
                        # A template path can contain the author's user folder.
                        el.text = re.split(r"[\\/]", el.text or "")[-1]
                    else:
                        continue
                    self.dirty.add(part)
        # The same path, as the settings' link to the attached template.
        for rels_part in self._targets():
            for rel in self.pkg.rels_in(rels_part, self.root(rels_part)):
                if rel.external and rel.kind == "attachedTemplate":
                    target = rel.element.get("Target") or ""
                    base = re.split(r"[\\/]", target)[-1]
                    if base != target:
                        rel.element.set("Target", base)
                        self.dirty.add(rels_part)

    def _targets(self) -> list[str]:
        """The relationship parts still in the copy."""
        return [part for _place, parts in self.layout.where(Clean.TARGETS) for part in parts
                if part not in self.removed]

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
        for rels_part in self._targets():
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


def _clear_comment_authors(root: etree._Element) -> None:
    """Who wrote a comment and when is no part of what the agency publishes (the author may be anyone who
    handled the file); w:author is required by the schema, so it stays, empty."""
    for comment in root.iter():
        if not _is_w(comment, "comment"):
            continue
        for key in list(comment.attrib):
            ns, local = _split(key)
            if ns in W_NS and local in ("author", "initials", "date", "dateUtc"):
                if local == "author":
                    comment.set(key, "")
                else:
                    del comment.attrib[key]


_LITERAL_GAP = r"[\s\u200b\-.,()]"
_GAPS = rx.compile(_LITERAL_GAP + "+")
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
        patterns.append((rx.compile(f"{_LITERAL_GAP}*".join(parts), re.IGNORECASE, persist=False), core))
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

