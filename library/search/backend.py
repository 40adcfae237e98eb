"""What every search backend offers, and the parsed query both backends receive."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from library.search.analyzer import analyze, parts_of, parts_text

FACETS = ("oia_category", "folder", "agency", "year", "type")
SORTS = ("relevance", "date", "-date")

_PHRASE_RE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SearchDocument:
    """One indexed item: published metadata and the text of its *published, redacted* copy."""

    uid: str
    path: str
    type: str
    title: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    body: str = ""
    oia_category: str = ""
    folder: str = ""                    # the parent folder's path (facet)
    folders: tuple[str, ...] = ()       # every ancestor folder path (filter by subtree)
    agency: str = ""
    year: str = ""                      # Buddhist Era year, e.g. "2567"
    date: datetime | None = None
    document_number: str = ""

    # The analysed tokens, space-joined, when already computed (``indexer.analyse_many`` fills
    # them in worker processes for a rebuild); otherwise computed on demand.
    title_tok: str | None = field(default=None, repr=False, compare=False)
    body_tok: str | None = field(default=None, repr=False, compare=False)
    parts_tok: str | None = field(default=None, repr=False, compare=False)
    tsv: str | None = field(default=None, repr=False, compare=False)  # PostgreSQL's tsvector literal

    def title_text(self) -> str:
        return " ".join((self.title, *self.keywords, self.document_number))

    def body_text(self) -> str:
        return f"{self.description}\n{self.body}"

    def title_tokens(self) -> str:
        return self.title_tok if self.title_tok is not None else " ".join(analyze(self.title_text()))

    def body_tokens(self) -> str:
        return self.body_tok if self.body_tok is not None else " ".join(analyze(self.body_text()))

    def parts_tokens(self) -> str:
        """The parts of the compound words of title and body (``analyzer.parts_of``)."""
        if self.parts_tok is not None:
            return self.parts_tok
        return parts_text(f"{self.title_tokens()} {self.body_tokens()}")


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    terms: tuple[str, ...]                      # every token must match (AND)
    phrases: tuple[tuple[str, ...], ...]        # each phrase must match in order
    any_term: bool = False                      # relaxed: at least one of the terms (OR)

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases

    @property
    def highlight_tokens(self) -> tuple[str, ...]:
        out = list(self.terms)
        for p in self.phrases:
            out.extend(p)
        for t in self.terms:  # a compound query word also finds its parts apart
            out.extend(parts_of(t))
        return tuple(dict.fromkeys(out))


def parse_query(text: str) -> ParsedQuery:
    """Words and ``"quoted phrases"``; both analysed exactly like the indexed text."""
    phrases: list[tuple[str, ...]] = []
    terms: list[str] = []
    for m in _PHRASE_RE.finditer(text):
        tokens = tuple(analyze(m.group(1)))
        if len(tokens) == 1:
            terms.append(tokens[0])
        elif tokens:
            phrases.append(tokens)
    rest = _PHRASE_RE.sub(" ", text).replace('"', " ")
    terms.extend(analyze(rest))
    return ParsedQuery(text, tuple(dict.fromkeys(terms)), tuple(dict.fromkeys(phrases)))


@dataclass(frozen=True)
class Hit:
    uid: str
    score: float
    path: str = ""
    title: str = ""
    body: str = ""
    date: datetime | None = None
    facets: dict[str, str] = field(default_factory=dict)


class SearchBackend(Protocol):
    """Writers (the worker) call ``upsert``/``delete``/``commit``; readers call ``query``."""

    name: str

    def upsert(self, docs: Sequence[SearchDocument], *, fresh: bool = False) -> None: ...
    def delete(self, uid: str) -> None: ...
    def delete_subtree(self, path: str) -> None: ...
    def clear(self) -> None: ...
    def commit(self) -> None: ...
    def count(self) -> int: ...
    def reload(self) -> None: ...
    def maybe_reload(self, every: float = 1.0) -> None: ...
    def close(self) -> None: ...

    def query(self, q: ParsedQuery, *, filters: dict[str, str], sort: str, limit: int, offset: int,
              with_text: bool = True) -> tuple[list[Hit], int]:
        """Hits in order and the number of matching documents (before the visibility filter)."""
        ...
