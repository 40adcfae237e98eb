"""The embedded default: a Tantivy index in the instance folder (``<instance>/search/tantivy``).

Tantivy's ``default`` tokenizer splits Thai at tone marks and drops long
tokens, so text is segmented by ``library.search.analyzer`` first and the
index only splits at spaces (whitespace tokenizer + lowercase). The writer
belongs to the worker; web processes open the index read-only and reload.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from library.search.analyzer import ANALYZER_VERSION, parts_of
from library.search.backend import FACETS, Hit, ParsedQuery, SearchDocument

TOKENIZER = "phoei_ws"
VERSION_FILE = "phoei-analyzer-version"
TITLE_BOOST = 3.0
PART_BOOST = 0.3


def _schema() -> Any:
    import tantivy

    b = tantivy.SchemaBuilder()
    b.add_text_field("uid", stored=True, tokenizer_name="raw", index_option="basic")
    b.add_text_field("path", stored=True, tokenizer_name="raw", index_option="basic")
    # Stored only, for results and snippets: a bytes field is not indexed (a "raw" text field
    # would put the whole 2 KB body in the term dictionary: 4x the size, 8x the commit time).
    b.add_bytes_field("title", stored=True)
    b.add_bytes_field("body", stored=True)
    b.add_text_field("title_tok", tokenizer_name=TOKENIZER, index_option="position")
    b.add_text_field("body_tok", tokenizer_name=TOKENIZER, index_option="position")
    # The parts of compound words (analyzer.parts_of): matched below whole words, no phrases.
    b.add_text_field("parts_tok", tokenizer_name=TOKENIZER, index_option="freq")
    for name in FACETS:
        b.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    b.add_text_field("folders", tokenizer_name="raw", index_option="basic")
    b.add_integer_field("date", stored=True, fast=True, indexed=True)
    return b.build()


def _analyzer() -> Any:
    import tantivy

    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).filter(tantivy.Filter.lowercase()).build()


def _text(stored: Any) -> str:
    return bytes(stored).decode() if stored else ""


def _ts(d: datetime | None) -> int:
    return int(d.timestamp()) if d is not None else 0


class TantivyBackend:
    name = "tantivy"

    def __init__(self, directory: Path, *, writer: bool = False) -> None:

        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.schema = _schema()
        self._writer: Any = None
        self._want_writer = writer
        self._reloaded = time.monotonic()
        # True when the writer found an index of an older schema and started an empty one:
        # the indexer then rebuilds it from the database.
        self.needs_rebuild = False
        self._cleared = False
        fresh = not any(directory.iterdir())
        self.index: Any = self._open()
        # An index built by another analyzer version holds other tokens: rebuild it too.
        if fresh and writer:
            self._write_version()
        elif writer and self.index is not None and self._stored_version() != ANALYZER_VERSION:
            self.needs_rebuild = True

    def _stored_version(self) -> int | None:
        try:
            return int((self.directory / VERSION_FILE).read_text().strip())
        except (OSError, ValueError):
            return None

    def _write_version(self) -> None:
        tmp = self.directory / (VERSION_FILE + ".tmp")
        tmp.write_text(f"{ANALYZER_VERSION}\n")
        tmp.replace(self.directory / VERSION_FILE)

    def _open(self) -> Any:
        """The index on disk, or None for a reader while an index of an older schema waits for a rebuild."""
        import tantivy

        try:
            index = tantivy.Index(self.schema, path=str(self.directory), reuse=True)
        except ValueError as exc:
            if "schema does not match" not in str(exc):
                raise
            if not self._want_writer:
                return None
            # The index is derived data: the database is the source of truth.
            for entry in self.directory.iterdir():
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
            index = tantivy.Index(self.schema, path=str(self.directory), reuse=True)
            self.needs_rebuild = True
        index.register_tokenizer(TOKENIZER, _analyzer())
        return index

    # --- writing (the worker only) ---------------------------------------------------

    @property
    def writer(self) -> Any:
        if self._writer is None:
            if not self._want_writer:
                raise RuntimeError("this search index was opened read-only")
            self._writer = self.index.writer(heap_size=64_000_000, num_threads=1)
        return self._writer

    def upsert(self, docs: Sequence[SearchDocument], *, fresh: bool = False) -> None:
        """Add or replace; ``fresh``: the index was cleared, nothing to replace (reindex)."""
        import tantivy

        w = self.writer
        for d in docs:
            if not fresh:
                w.delete_documents_by_term("uid", d.uid)
            fields: dict[str, Any] = {
                "uid": d.uid, "path": d.path, "title": d.title.encode(), "body": d.body.encode(),
                "title_tok": d.title_tokens(), "body_tok": d.body_tokens(), "parts_tok": d.parts_tokens(),
                "date": _ts(d.date),
                "oia_category": d.oia_category, "folder": d.folder, "agency": d.agency, "year": d.year,
                "type": d.type,
            }
            doc = tantivy.Document(**fields)
            for f in d.folders:
                doc.add_text("folders", f)
            w.add_document(doc)

    def delete(self, uid: str) -> None:
        self.writer.delete_documents_by_term("uid", uid)

    def delete_subtree(self, path: str) -> None:
        self.writer.delete_documents_by_term("folders", path)
        self.writer.delete_documents_by_term("path", path)

    def clear(self) -> None:
        self.writer.delete_all_documents()
        self._cleared = True

    def commit(self) -> None:
        if self._writer is not None:
            self._writer.commit()
            self._writer.wait_merging_threads()
            self._writer = None
        if self._cleared:  # a rebuild: the index now holds this analyzer's tokens
            self._write_version()
            self._cleared = False
        self.index.reload()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.rollback()
            self._writer = None

    # --- reading ---------------------------------------------------------------------

    def reload(self) -> None:
        if self.index is None:
            self.index = self._open()
        else:
            self.index.reload()
        self._reloaded = time.monotonic()

    def maybe_reload(self, every: float = 1.0) -> None:
        """Web processes: see the worker's commits within ``every`` seconds, without paying for it per query."""
        if time.monotonic() - self._reloaded >= every:
            self.reload()

    def count(self) -> int:
        return int(self.index.searcher().num_docs) if self.index is not None else 0

    def _term(self, token: str) -> Any:
        """A query word: in the title, the body, or as a part of a compound word (weighted down);
        a compound query word also matches its parts found apart."""
        import tantivy

        Q, Occ = tantivy.Query, tantivy.Occur
        shoulds = [
            (Occ.Should, Q.boost_query(Q.term_query(self.schema, "title_tok", token), TITLE_BOOST)),
            (Occ.Should, Q.term_query(self.schema, "body_tok", token)),
            (Occ.Should, Q.boost_query(Q.term_query(self.schema, "parts_tok", token), PART_BOOST)),
        ]
        parts = parts_of(token)
        if parts:
            every = Q.boolean_query([(Occ.Must, self._anywhere(p)) for p in parts])
            shoulds.append((Occ.Should, Q.boost_query(every, PART_BOOST)))
        return Q.boolean_query(shoulds)

    def _anywhere(self, token: str) -> Any:
        import tantivy

        Q, Occ = tantivy.Query, tantivy.Occur
        return Q.boolean_query([(Occ.Should, Q.term_query(self.schema, f, token))
                                for f in ("title_tok", "body_tok", "parts_tok")])

    def _phrase(self, tokens: Sequence[str]) -> Any:
        import tantivy

        Q, Occ = tantivy.Query, tantivy.Occur
        return Q.boolean_query([
            (Occ.Should, Q.boost_query(Q.phrase_query(self.schema, "title_tok", list(tokens)), TITLE_BOOST)),
            (Occ.Should, Q.phrase_query(self.schema, "body_tok", list(tokens))),
        ])

    def build_query(self, q: ParsedQuery, filters: dict[str, str]) -> Any:
        import tantivy

        Q, Occ = tantivy.Query, tantivy.Occur
        parts: list[tuple[Any, Any]] = []
        if q.any_term and q.terms:
            parts.append((Occ.Must, Q.boolean_query([(Occ.Should, self._term(t)) for t in q.terms])))
        else:
            parts += [(Occ.Must, self._term(t)) for t in q.terms]
        parts += [(Occ.Must, self._phrase(p)) for p in q.phrases]
        for name, value in filters.items():
            field = "folders" if name == "folder" else name
            parts.append((Occ.Must, Q.term_query(self.schema, field, str(value))))
        if not parts:
            return Q.empty_query()
        return Q.boolean_query(parts)

    def query(self, q: ParsedQuery, *, filters: dict[str, str], sort: str, limit: int, offset: int,
              with_text: bool = True) -> tuple[list[Hit], int]:
        import tantivy

        if self.index is None:  # an index of an older schema, until the worker rebuilds it
            return [], 0
        searcher = self.index.searcher()
        query = self.build_query(q, filters)
        if sort == "relevance":
            res = searcher.search(query, limit=limit, offset=offset, count=True)
        else:
            order = tantivy.Order.Asc if sort == "date" else tantivy.Order.Desc
            res = searcher.search(query, limit=limit, offset=offset, count=True, order_by_field="date", order=order)
        hits: list[Hit] = []
        for key, addr in res.hits:
            doc = searcher.doc(addr)
            ts = doc.get_first("date")
            hits.append(Hit(
                uid=str(doc.get_first("uid")), score=float(key) if sort == "relevance" else 0.0,
                path=doc.get_first("path") or "", title=_text(doc.get_first("title")),
                body=_text(doc.get_first("body")) if with_text else "",
                date=datetime.fromtimestamp(ts, UTC) if ts else None,
                facets={name: doc.get_first(name) or "" for name in FACETS}))
        return hits, int(getattr(res, "count", 0) or 0)
