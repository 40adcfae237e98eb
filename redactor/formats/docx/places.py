"""Where text can hide in a DOCX: one table that extraction, cleaning and read-back all walk.

A DOCX is a ZIP of XML parts, and personal data hides in far more of them than
the body a reader sees. Each row of ``PLACES`` names one kind of part, how the
package points at it, and what each of the three walkers does with it:

* ``extract`` (``extract.py``): how its text enters the canonical text that
  detectors read, or why it never needs to;
* ``clean`` (``apply.py``): what the redacted copy does with it besides
  masking redacted spans and the literal backstop, which reach every part;
* ``recover`` (``recover.py``): how verification reads it back from a written
  file (every part's raw text, attributes and codes are always read back).

The walkers dispatch on these values and nothing else, so a new hiding place
is one new row; a test fails when a row leaves any of the three undecided.
Inside a story part, the story walker (``extract._StoryWalker``) reaches the
places within it: text boxes (the DrawingML ``Choice`` and the VML
``Fallback``), tracked deletions, hidden runs, field codes, form-field and
content-control entries, alt text, WordArt and math.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum

from lxml import etree

from redactor import rx
from redactor.formats.docx.package import CONTENT_TYPES, _natural_key, _Package, _Rel, _split


class Extract(Enum):
    """How a part's text enters the canonical text."""

    STORY = "walked in reading order, seen by a reader"
    HIDDEN_STORY = "walked in reading order, seen by no reader"
    FIELDS = "each property field on its own line, named part:field"
    TARGETS = "each external relationship target (mailto:, paths)"
    EVERY_TEXT = "every text node: parts we have no model for (customXml, charts)"
    NOTHING = "not mapped: holds no text of its own, or is dropped whole"


class Clean(Enum):
    """What the redacted copy does with a part, beyond masks and the literal backstop."""

    STORY = "accept tracked changes, drop hidden runs"
    COMMENTS = "as a story, and clear each comment's author, initials and date"
    DROP = "leave the part out, with every relationship and content type naming it"
    FIELDS = "clear the personal fields, cut paths to their file name"
    TARGETS = "cut template paths to the file name, point masked targets nowhere"
    MASKS_ONLY = "masks and the literal backstop only"


class Recover(Enum):
    """How verification reads a part back (its raw text, attributes and codes always)."""

    STORY = "the visible text as a reader sees it, and the raw text"
    FIELDS = "each property field, and the raw text"
    TARGETS = "each relationship target, and the raw text"
    RAW = "the raw text, attributes and codes"


class FieldAction(Enum):
    CLEAR = "cleared"
    FILE_NAME = "cut to its file name (a path can name the author's user folder)"
    KEEP = "kept, masked where a redaction falls"


@dataclass(frozen=True, slots=True)
class Fields:
    """The fields of a property part.

    ``named_by``: ``"child"`` (each child element, by tag), ``"descendant"``
    (every element, by tag; ``TitlesOfParts/lpstr`` for the part titles) or
    ``"property"`` (each custom property, by its ``name``, with all its text).
    ``actions``: what cleaning does with each named field; ``others`` is for
    the rest, or None when extraction maps only the named ones.
    """

    named_by: str
    actions: dict[str, FieldAction]
    others: FieldAction | None

    def mapped(self, key: str) -> bool:
        return self.others is not None or key in self.actions

    def action(self, key: str) -> FieldAction | None:
        return self.actions.get(key, self.others)


@dataclass(frozen=True, slots=True)
class Place:
    """One kind of part where text can hide.

    ``rel``: the relationship kind that names it, from the package (``source="package"``)
    or from the main document (``source="main"``); ``must_parse``: only a part that was
    parsed as XML counts. Places without ``rel`` are found by ``find``.
    """

    name: str
    extract: Extract
    clean: Clean
    recover: Recover
    why: str
    rel: tuple[str, ...] = ()
    source: str = "main"
    must_parse: bool = False
    fields: Fields | None = None
    single: bool = False  # one part at most: the last relationship naming one wins
    find: Callable[[_Package, Layout], list[str]] | None = None


_CORE_FIELDS = Fields(
    named_by="child",
    actions=dict.fromkeys(
        ("creator", "lastModifiedBy", "title", "subject", "description", "keywords", "category", "contentStatus",
         "identifier", "version"),
        FieldAction.CLEAR,
    ),
    # Dates, revision number, language: mapped (a detector may still take one), not cleared.
    others=FieldAction.KEEP,
)
_APP_FIELDS = Fields(
    named_by="descendant",
    actions={
        "Template": FieldAction.FILE_NAME,
        "Manager": FieldAction.CLEAR,
        "Company": FieldAction.CLEAR,
        "HyperlinkBase": FieldAction.CLEAR,
        "TitlesOfParts/lpstr": FieldAction.CLEAR,
    },
    others=None,  # page and word counts, application name: statistics, not text
)
_CUSTOM_FIELDS = Fields(named_by="property", actions={}, others=FieldAction.KEEP)

# Parts that only hold formatting definitions; mapping them would flood the
# canonical text with font and style names.
_FORMATTING_PART = rx.compile(
    r"(^|/)(styles|stylesWithEffects|fontTable|settings|webSettings|numbering)\.xml$"
    r"|(^|/)theme/|(^|/)itemProps\d*\.xml$",
    re.IGNORECASE,
)


def _formatting(pkg: _Package, layout: Layout) -> list[str]:
    return sorted((n for n in pkg.trees if _FORMATTING_PART.search(n)), key=_natural_key)


def _content_types(pkg: _Package, layout: Layout) -> list[str]:
    name = pkg.find(CONTENT_TYPES)
    return [name] if name is not None and name in pkg.trees else []


def _relationships(pkg: _Package, layout: Layout) -> list[str]:
    return pkg.rels_parts()


def _signatures(pkg: _Package, layout: Layout) -> list[str]:
    return layout.signatures


def _unclaimed(pkg: _Package, layout: Layout) -> list[str]:
    """Every XML part no other row claims (customXml data items, charts, diagrams)."""
    claimed = {p for place in PLACES if place.name != "other" for p in layout.parts(place)}
    return sorted((n for n in pkg.trees if n not in claimed), key=_natural_key)


def _story(name: str, rel: tuple[str, ...], why: str) -> Place:
    return Place(name, rel=rel, extract=Extract.STORY, clean=Clean.STORY, recover=Recover.STORY, must_parse=True,
                 why=why)


# In the order the canonical text is built: it fixes every offset, so a new row goes where its text should
# be read (story parts first, then properties, then what no row models, then relationship targets).
PLACES: tuple[Place, ...] = (
    _story("body", (), "the main document: what a reader sees"),
    _story("headers", ("header",), "printed on every page"),
    _story("footers", ("footer",), "printed on every page"),
    _story("footnotes", ("footnotes",), "printed at the foot of the page"),
    _story("endnotes", ("endnotes",), "printed at the end"),
    Place("comments", rel=("comments",), extract=Extract.STORY, clean=Clean.COMMENTS, recover=Recover.STORY,
          must_parse=True, why="notes in the margin: a reader of the copy sees them, so they are redacted like the "
                               "body, and their authors, initials and dates are cleared"),
    Place("glossary", rel=("glossaryDocument",), extract=Extract.HIDDEN_STORY, clean=Clean.STORY,
          recover=Recover.RAW, must_parse=True, why="building blocks saved with the document"),
    Place("core properties", rel=("core-properties",), source="package", single=True, extract=Extract.FIELDS,
          clean=Clean.FIELDS, recover=Recover.FIELDS, fields=_CORE_FIELDS, why="author, last editor, title"),
    Place("app properties", rel=("extended-properties",), source="package", single=True, extract=Extract.FIELDS,
          clean=Clean.FIELDS, recover=Recover.FIELDS, fields=_APP_FIELDS,
          why="company, manager, template path, part titles"),
    Place("custom properties", rel=("custom-properties",), source="package", single=True, extract=Extract.FIELDS,
          clean=Clean.DROP, recover=Recover.FIELDS, fields=_CUSTOM_FIELDS,
          why="whatever a form or a records system stored (case owner, ID)"),
    Place("comment details", rel=("commentsExtended", "commentsIds", "commentsExtensible", "people"),
          extract=Extract.NOTHING, clean=Clean.DROP, recover=Recover.RAW,
          why="comment threads' state and their authors' accounts; dropped whole (Word shows the comments "
              "without them)"),
    Place("thumbnail", rel=("thumbnail",), source="package", single=True, extract=Extract.NOTHING, clean=Clean.DROP,
          recover=Recover.RAW, why="a picture of the first page, unredacted; dropped whole"),
    Place("signatures", find=_signatures, extract=Extract.NOTHING, clean=Clean.DROP, recover=Recover.RAW,
          why="digital signatures over the original; redaction breaks them, so they are dropped whole"),
    Place("formatting", find=_formatting, extract=Extract.NOTHING, clean=Clean.MASKS_ONLY, recover=Recover.RAW,
          why="styles, fonts, settings, numbering, themes: formatting, no text of the document"),
    Place("content types", find=_content_types, extract=Extract.NOTHING, clean=Clean.MASKS_ONLY,
          recover=Recover.RAW, why="the package's list of part types: no text of the document"),
    Place("other", find=_unclaimed, extract=Extract.EVERY_TEXT, clean=Clean.MASKS_ONLY, recover=Recover.RAW,
          why="parts we have no model for (customXml data bound to content controls, charts)"),
    Place("relationships", find=_relationships, extract=Extract.TARGETS, clean=Clean.TARGETS,
          recover=Recover.TARGETS, why="link targets: mailto: addresses, file paths with user names"),
)
PLACE = {place.name: place for place in PLACES}
# Extraction leaves these out: their parts hold formatting, not the document's text.
TEXT_FREE = frozenset({"formatting", "content types"})


@dataclass(slots=True)
class Layout:
    """Which part plays which role, found through the relationships."""

    main: str
    found: dict[str, list[str]] = field(default_factory=dict)
    styles: str | None = None
    # Digital-signature parts (the origin, the signatures, their certificates):
    # redaction changes what they sign, so the copy leaves them out.
    signatures: list[str] = field(default_factory=list)
    signature_count: int = 0
    _pkg: _Package | None = None

    def parts(self, place: Place) -> list[str]:
        if place.name == "body":
            return [self.main]
        if place.find is not None:
            assert self._pkg is not None
            return place.find(self._pkg, self)
        return self.found.get(place.name, [])

    def where(self, *kinds: Extract | Clean | Recover) -> list[tuple[Place, list[str]]]:
        """The places whose walker action is one of ``kinds``, in table order, with their parts."""
        out = []
        for place in PLACES:
            if place.extract in kinds or place.clean in kinds or place.recover in kinds:
                out.append((place, self.parts(place)))
        return out

    def one(self, name: str) -> str | None:
        parts = self.found.get(name)
        return parts[0] if parts else None

    @property
    def comments(self) -> list[str]:
        return self.found.get("comments", [])

    @property
    def thumbnail(self) -> str | None:
        return self.one("thumbnail")

    def stories(self) -> list[tuple[str, bool]]:
        """Story parts in canonical order, each with whether a reader sees it."""
        return [(part, place.extract is Extract.STORY)
                for place, parts in self.where(Extract.STORY, Extract.HIDDEN_STORY) for part in parts]


def find_layout(pkg: _Package) -> Layout:
    layout = Layout(main=pkg.main, _pkg=pkg)
    seen: set[str] = set()
    by_rel = {(place.source, kind): place for place in PLACES for kind in place.rel}

    def take(rel: _Rel) -> str | None:
        if rel.external or rel.part is None or rel.part in seen:
            return None
        seen.add(rel.part)
        return rel.part

    for source, rels in (("package", pkg.rels("")), ("main", pkg.rels(pkg.main))):
        for rel in rels:
            place = by_rel.get((source, rel.kind))
            if place is not None:
                if (p := take(rel)) and (not place.must_parse or p in pkg.trees):
                    if place.single:
                        layout.found[place.name] = [p]
                    else:
                        layout.found.setdefault(place.name, []).append(p)
            elif source == "main" and rel.kind == "styles" and (p := take(rel)) and p in pkg.trees:
                layout.styles = p
    for place in PLACES:
        if place.must_parse and place.name in layout.found:
            layout.found[place.name].sort(key=_natural_key)
    _find_signatures(pkg, layout)
    return layout


_SIGNATURE_REL = "/digital-signature/"  # .../relationships/digital-signature/{origin,signature,certificate}
SIGNATURE_FOLDER = "_xmlsignatures/"


def _find_signatures(pkg: _Package, layout: Layout) -> None:
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


def field_elements(fields: Fields, root: etree._Element) -> Iterator[tuple[str, str, etree._Element]]:
    """``(key, label, element)`` for each field element of a property part: ``key`` is what
    ``Fields.actions`` names, ``label`` what the canonical text and read-back call it."""
    if fields.named_by == "child":
        for el in root:
            if isinstance(el.tag, str):
                local = _split(el.tag)[1]
                yield local, local, el
    elif fields.named_by == "descendant":
        for el in root.iter():
            if isinstance(el.tag, str):
                local = _split(el.tag)[1]
                in_titles = local == "lpstr" and any(_split(a.tag)[1] == "TitlesOfParts" for a in el.iterancestors())
                yield ("TitlesOfParts/lpstr" if in_titles else local), local, el
    elif fields.named_by == "property":
        for prop in root:
            if isinstance(prop.tag, str):
                name = prop.get("name") or "?"
                for el in prop.iter():
                    yield name, name, el
    else:
        raise ValueError(f"unknown field naming {fields.named_by!r}")
