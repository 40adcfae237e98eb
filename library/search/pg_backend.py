"""The server profile: PostgreSQL full-text search over the same segmented tokens.

PostgreSQL's parser would not segment Thai, so the tsvector is written from the
analyzer's tokens directly (``tsvector_literal``: lexemes with positions and
weights, no re-parsing, no stemming, no stop list: the analyzer already dropped
Thai stop words), and queries are tsquery literals of the same tokens. Title
tokens get weight A, body tokens C and the parts of compound words
(``analyzer.parts_of``) D; ranking is ``ts_rank`` with the weights {D 0.1,
C 0.2, B 0.4, A 1.0}.

Ranking every match is what costs at scale: a word in a fifth of 100,000
documents means reading 20,000 tsvectors. With the ``rum`` extension
(Debian ``postgresql-NN-rum``; created here when the role may, else by the
DBA) a RUM index returns matches already in rank order (``tsv <=> query`` is
1 / ``ts_rank`` with the same weights), so a page costs the same whatever the
word; the total is then counted up to ``COUNT_CAP`` and reported as a lower
bound beyond it. Without ``rum`` a GIN index serves the match and every match
is ranked.

The table ``search_documents`` lives in the library's database but outside the
Alembic schema: it is a rebuildable index, created on first use.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from library.db import library_of
from library.search.analyzer import ANALYZER_VERSION, parts_of
from library.search.backend import FACETS, Hit, ParsedQuery, SearchDocument

log = logging.getLogger("phoei.search")
TABLE = "search_documents"
BUILD = "search_documents_build"
COLUMNS = ("uid", "path", "title", "body", "oia_category", "folder", "folders", "agency", "year", "type", "date",
           "tsv")



def _create_table(session: Session, table: str) -> None:
    session.execute(text(f"""CREATE TABLE IF NOT EXISTS {table} (
        uid varchar(32) PRIMARY KEY, path text NOT NULL, title text NOT NULL, body text NOT NULL,
        oia_category text NOT NULL, folder text NOT NULL, folders text[] NOT NULL, agency text NOT NULL,
        year text NOT NULL, type text NOT NULL, date timestamptz, tsv tsvector NOT NULL)"""))


def _create_indexes(session: Session, table: str, rum: str | None) -> None:
    session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_folders ON {table} USING gin (folders)"))
    session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_date ON {table} (date)"))
    if rum is not None:
        session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_rum ON {table} "
                             f"USING rum (tsv {_quote(rum)}.rum_tsvector_ops)"))
    else:
        session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{table}_tsv ON {table} USING gin (tsv)"))


_VERSION_TAG = f"phoei analyzer {ANALYZER_VERSION}"


def _stored_version(session: Session) -> str | None:
    found = session.execute(text("SELECT obj_description(to_regclass(:t), 'pg_class')"), {"t": TABLE}).scalar()
    return None if found is None else str(found)


def _mark_version(session: Session) -> None:
    session.execute(text(f"COMMENT ON TABLE {TABLE} IS '{_VERSION_TAG}'"))


COUNT_CAP = 1000
WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"


def _rum_schema(session: Session, *, create: bool) -> str | None:
    """The schema of the ``rum`` extension, creating it if asked and this role may; None without it."""
    found = session.execute(text("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
                                 " WHERE e.extname = 'rum'")).scalar()
    if found is not None:
        return str(found)
    if not create:
        return None
    available = session.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'rum'")).scalar()
    if not available:
        return None
    try:
        with session.begin_nested():
            session.execute(text("CREATE EXTENSION IF NOT EXISTS rum WITH SCHEMA public"))
    except DBAPIError:
        log.info("the rum extension is available but this role may not create it: ranking every match (GIN)")
        return None
    return _rum_schema(session, create=False)


def use_rum() -> bool:
    """``$PHOEI_SEARCH_RUM``: ``auto`` (default: RUM when the extension is there) or ``off`` (GIN)."""
    return os.environ.get("PHOEI_SEARCH_RUM", "auto").strip().lower() not in ("off", "0", "no", "false")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def ensure_table(session: Session, *, writer: bool = False) -> tuple[bool, str | None]:
    """(the table exists, the ``rum`` schema when its text index is RUM).

    A writer (the worker, ``phoei reindex``) creates the table on first use
    and moves a GIN index to RUM once the extension is there: building the
    index takes a while at scale, so readers never do it. What is found in an
    existing table is cached per library; what a writer creates is not, as its
    transaction may still roll back.
    """
    cache: dict[str, Any] = library_of(session).extras.setdefault("search_pg", {})
    if "rum" in cache and not (writer and cache["rum"] is None and not cache.get("writer_checked")):
        return True, cache["rum"]
    exists = session.execute(text("SELECT to_regclass(:t)"), {"t": TABLE}).scalar() is not None
    if not exists and not writer:
        return False, None
    if not exists:
        _create_table(session, TABLE)
        _mark_version(session)
        session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_folders ON {TABLE} USING gin (folders)"))
        session.execute(text(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_date ON {TABLE} (date)"))
    indexes = set(session.execute(text("SELECT indexname FROM pg_indexes WHERE tablename = :t"
                                       " AND schemaname = current_schema()"), {"t": TABLE}).scalars())
    rum: str | None = None
    if not use_rum():
        pass
    elif f"ix_{TABLE}_rum" in indexes:
        rum = _rum_schema(session, create=False)
    elif writer:
        rum = _rum_schema(session, create=True)
        if rum is not None:
            _create_indexes(session, TABLE, rum)
            session.execute(text(f"DROP INDEX IF EXISTS ix_{TABLE}_tsv"))
            indexes.add(f"ix_{TABLE}_rum")
    if rum is None and f"ix_{TABLE}_tsv" not in indexes and writer:
        _create_indexes(session, TABLE, None)
        indexes.add(f"ix_{TABLE}_tsv")
    if exists and (rum is None or f"ix_{TABLE}_rum" in indexes):
        cache.update(rum=rum, writer_checked=cache.get("writer_checked") or writer)
    return True, rum


MAX_POSITION = 16383     # PostgreSQL's limit; later tokens share it, as with to_tsvector
MAX_POSITIONS = 256      # positions kept per lexeme
MAX_LEXEME = 500         # characters; longer tokens (a run of digits) are not indexed


def _lexeme(token: str) -> str:
    if "'" in token or "\\" in token:  # never from the analyzer (word characters only), but safe
        token = token.replace("\\", "\\\\").replace("'", "''")
    return f"'{token}'"


def tsvector_literal(title_tokens: str, body_tokens: str, parts_tokens: str) -> str:
    """The tsvector of a document as PostgreSQL input text: title tokens weight A, body C, compound
    parts D, numbered in that order (what ``setweight(to_tsvector('simple', …)) || …`` gives).

    The analyzer already segmented, folded and filtered the tokens; handing PostgreSQL the
    finished lexemes keeps each token exactly as the analyzer made it, and a rebuild computes
    them in its worker processes (``indexer.reindex``) instead of the database.
    """
    positions: dict[str, list[str]] = {}
    n = 0
    for tokens, weight in ((title_tokens, "A"), (body_tokens, "C"), (parts_tokens, "D")):
        for token in tokens.split():
            n += 1
            seen = positions.get(token)
            if seen is None:
                if len(token) <= MAX_LEXEME:
                    positions[token] = [f"{min(n, MAX_POSITION)}{weight}"]
            elif len(seen) < MAX_POSITIONS:
                seen.append(f"{min(n, MAX_POSITION)}{weight}")
    return " ".join([f"{_lexeme(t)}:{','.join(p)}" for t, p in positions.items()])


def tsquery_literal(tokens: Sequence[str], *, phrase: bool = False) -> str:
    """Lexemes as tsquery input text: all of them (``&``), or in order (``<->``)."""
    return (" <-> " if phrase else " & ").join(_lexeme(t) for t in tokens)


class PostgresBackend:
    name = "postgresql"

    def __init__(self, session: Session, *, writer: bool = False) -> None:
        self.session = session
        self.exists, self.rum = ensure_table(session, writer=writer)
        self.table = TABLE      # BUILD while a rebuild fills a table of its own
        # The table's comment names the analyzer version its tokens come from: a table
        # built by another version is rebuilt (indexer.apply_pending).
        self.needs_rebuild = writer and self.exists and _stored_version(session) != _VERSION_TAG

    def upsert(self, docs: Sequence[SearchDocument], *, fresh: bool = False) -> None:
        if not docs:
            return
        rows = [{
            "uid": d.uid, "path": d.path, "title": d.title, "body": d.body, "oia_category": d.oia_category,
            "folder": d.folder, "folders": list(d.folders), "agency": d.agency, "year": d.year, "type": d.type,
            "date": d.date, "tsv": d.tsv if d.tsv is not None
            else tsvector_literal(d.title_tokens(), d.body_tokens(), d.parts_tokens()),
        } for d in docs]
        if fresh and self.table == BUILD:
            self._copy(rows)
            return
        self.session.execute(text(f"""
            INSERT INTO {self.table}
                (uid, path, title, body, oia_category, folder, folders, agency, year, type, date, tsv)
            VALUES (:uid, :path, :title, :body, :oia_category, :folder, :folders, :agency, :year, :type, :date,
                    CAST(:tsv AS tsvector))
            ON CONFLICT (uid) DO UPDATE SET path = excluded.path, title = excluded.title, body = excluded.body,
                oia_category = excluded.oia_category, folder = excluded.folder, folders = excluded.folders,
                agency = excluded.agency, year = excluded.year, type = excluded.type, date = excluded.date,
                tsv = excluded.tsv"""), rows)

    def _copy(self, rows: list[dict[str, Any]]) -> None:
        """A rebuild's rows into the new table with COPY (a third of the database's time of INSERTs)."""
        raw: Any = self.session.connection().connection.driver_connection
        if raw is None or not hasattr(raw, "cursor") or not hasattr(raw.cursor(), "copy"):  # not psycopg 3
            self.session.execute(text(f"INSERT INTO {self.table} ({', '.join(COLUMNS)}) VALUES "
                                      f"({', '.join(':' + c for c in COLUMNS)})"), rows)
            return
        with raw.cursor() as cur, cur.copy(f"COPY {self.table} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row([r[c] for c in COLUMNS])

    def delete(self, uid: str) -> None:
        self.session.execute(text(f"DELETE FROM {self.table} WHERE uid = :uid"), {"uid": uid})

    def delete_subtree(self, path: str) -> None:
        self.session.execute(text(f"DELETE FROM {self.table} WHERE path = :p OR :p = ANY(folders)"),
                             {"p": path})

    def clear(self) -> None:
        """Start a rebuild: rows go to a table without text indexes (a bulk load into RUM or GIN row
        by row is several times slower than building the index once), swapped in by ``commit``.
        Searches keep reading the current table meanwhile."""
        self.session.execute(text(f"DROP TABLE IF EXISTS {BUILD}"))
        _create_table(self.session, BUILD)
        self.table = BUILD

    def commit(self) -> None:
        """Flush; the caller's transaction commits (the outbox rows go with it). After a rebuild,
        index the new table and swap it in (a short exclusive lock at the end of the transaction)."""
        if self.table == BUILD:
            self.session.execute(text("SET LOCAL maintenance_work_mem = '256MB'"))
            _create_indexes(self.session, BUILD, self.rum)
            self.session.execute(text(f"DROP TABLE {TABLE}"))
            self.session.execute(text(f"ALTER TABLE {BUILD} RENAME TO {TABLE}"))
            self.session.execute(text(f"ALTER TABLE {TABLE} RENAME CONSTRAINT {BUILD}_pkey TO {TABLE}_pkey"))
            for kind in ("folders", "date", "rum" if self.rum is not None else "tsv"):
                self.session.execute(text(f"ALTER INDEX ix_{BUILD}_{kind} RENAME TO ix_{TABLE}_{kind}"))
            _mark_version(self.session)
            self.table = TABLE
        self.session.flush()

    def reload(self) -> None:
        pass

    def maybe_reload(self, every: float = 1.0) -> None:
        pass

    def close(self) -> None:
        pass

    def count(self) -> int:
        if not self.exists:
            return 0
        return int(self.session.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar() or 0)

    def query(self, q: ParsedQuery, *, filters: dict[str, str], sort: str, limit: int, offset: int,
              with_text: bool = True) -> tuple[list[Hit], int]:
        if not self.exists:  # nothing was ever indexed
            return [], 0
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        parts = []
        terms = []
        for i, t in enumerate(q.terms):
            # The word, or (a compound) all of its parts; parts of the text's compounds are
            # indexed with weight D, ranked below the title (A) and body (C) words.
            params[f"t{i}"] = tsquery_literal([t])
            if parts_of(t):
                params[f"t{i}p"] = tsquery_literal(parts_of(t))
                terms.append(f"(CAST(:t{i} AS tsquery) || CAST(:t{i}p AS tsquery))")
            else:
                terms.append(f"CAST(:t{i} AS tsquery)")
        if terms:
            parts.append("(" + (" || " if q.any_term else " && ").join(terms) + ")")
        for i, p in enumerate(q.phrases):
            parts.append(f"CAST(:p{i} AS tsquery)")
            params[f"p{i}"] = tsquery_literal(p, phrase=True)
        if not parts:
            return [], 0
        tsq = " && ".join(parts)
        where = ["tsv @@ q.q"]
        for name, value in filters.items():
            if name == "folder":
                where.append(":f_folder = ANY(folders)")
            else:
                where.append(f"{name} = :f_{name}")
            params[f"f_{name}"] = str(value)
        if sort == "relevance" and self.rum is not None:
            return self._ranked_by_index(tsq, where, params, limit, offset, with_text)
        order = {"relevance": "rank DESC, date DESC", "date": "date ASC NULLS FIRST",
                 "-date": "date DESC NULLS LAST"}[sort]
        body = "body" if with_text else "''"
        rank = f"ts_rank({WEIGHTS}, tsv, q.q)" if sort == "relevance" else "0"
        sql = f"""
            WITH q AS (SELECT ({tsq}) AS q)
            SELECT uid, path, title, {body} AS body, date, {", ".join(FACETS)},
                   {rank} AS rank, count(*) OVER () AS total
            FROM {TABLE}, q WHERE {" AND ".join(where)}
            ORDER BY {order}, uid LIMIT :limit OFFSET :offset"""
        rows = self.session.execute(text(sql), params).mappings().all()
        total = int(rows[0]["total"]) if rows else (self._count(tsq, where, params) if offset else 0)
        return [self._hit(r, float(r["rank"])) for r in rows], total

    def _ranked_by_index(self, tsq: str, where: list[str], params: dict[str, Any], limit: int, offset: int,
                         with_text: bool) -> tuple[list[Hit], int]:
        """Relevance through the RUM index: the rows come in rank order, only a page is read."""
        dist = f"tsv OPERATOR({_quote(self.rum or 'public')}.<=>) q.q"
        body = "body" if with_text else "''"
        sql = f"""
            WITH q AS (SELECT ({tsq}) AS q)
            SELECT uid, path, title, {body} AS body, date, {", ".join(FACETS)}, {dist} AS dist
            FROM {TABLE}, q WHERE {" AND ".join(where)}
            ORDER BY {dist} LIMIT :limit OFFSET :offset"""
        rows = self.session.execute(text(sql), params).mappings().all()
        # Equal ranks come in index order: newest first within them, as without RUM.
        hits = [self._hit(r, 1.0 / float(r["dist"]) if r["dist"] else 0.0) for r in rows]
        hits.sort(key=lambda h: (-h.score, -(h.date.timestamp() if h.date else 0.0), h.uid))
        if len(rows) < limit and (rows or not offset):
            return hits, offset + len(rows)
        return hits, self._count(tsq, where, params, cap=COUNT_CAP)

    @staticmethod
    def _hit(r: Any, score: float) -> Hit:
        return Hit(uid=r["uid"], score=score, path=r["path"], title=r["title"], body=r["body"], date=r["date"],
                   facets={n: r[n] for n in FACETS})

    def _count(self, tsq: str, where: list[str], params: dict[str, Any], cap: int | None = None) -> int:
        """Matches, or ``cap + 1`` when there are more than ``cap`` (a lower bound: not exact)."""
        inner = f"WITH q AS (SELECT ({tsq}) AS q) SELECT 1 FROM {TABLE}, q WHERE {' AND '.join(where)}"
        if cap is not None:
            inner += f" LIMIT {int(cap) + 1}"
        return int(self.session.execute(text(f"SELECT count(*) FROM ({inner}) AS m"), params).scalar() or 0)
