"""The server profile: PostgreSQL full-text search over the same segmented tokens.

PostgreSQL's parser would not segment Thai, so the tsvector is built from the
analyzer's space-joined tokens with the ``simple`` configuration (no stemming,
no stop list: the analyzer already dropped Thai stop words). The ``simple``
parser keeps segmented Thai tokens intact (``tests/library/search`` checks
it). Title tokens get weight A, the rest D; a GIN index serves the match and
``ts_rank_cd`` ranks the matches.

The table ``search_documents`` lives in the library's database but outside the
Alembic schema: it is a rebuildable index, created on first use.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from library.search.backend import FACETS, Hit, ParsedQuery, SearchDocument

TABLE = "search_documents"

_DDL = (
    f"""CREATE TABLE IF NOT EXISTS {TABLE} (
        uid varchar(32) PRIMARY KEY, path text NOT NULL, title text NOT NULL, body text NOT NULL,
        oia_category text NOT NULL, folder text NOT NULL, folders text[] NOT NULL, agency text NOT NULL,
        year text NOT NULL, type text NOT NULL, date timestamptz, tsv tsvector NOT NULL)""",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_tsv ON {TABLE} USING gin (tsv)",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_folders ON {TABLE} USING gin (folders)",
    f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_date ON {TABLE} (date)",
)


def ensure_table(session: Session) -> None:
    if session.info.get("search_table_ready"):
        return
    exists = session.execute(text("SELECT to_regclass(:t)"), {"t": TABLE}).scalar()
    if exists is None:
        for stmt in _DDL:
            session.execute(text(stmt))
    session.info["search_table_ready"] = True


def _tsquery_text(tokens: Sequence[str]) -> str:
    return " ".join(tokens)


class PostgresBackend:
    name = "postgresql"

    def __init__(self, session: Session) -> None:
        self.session = session
        ensure_table(session)

    def upsert(self, docs: Sequence[SearchDocument], *, fresh: bool = False) -> None:
        if not docs:
            return
        rows = [{
            "uid": d.uid, "path": d.path, "title": d.title, "body": d.body, "oia_category": d.oia_category,
            "folder": d.folder, "folders": list(d.folders), "agency": d.agency, "year": d.year, "type": d.type,
            "date": d.date, "title_tok": d.title_tokens(), "body_tok": d.body_tokens(),
        } for d in docs]
        self.session.execute(text(f"""
            INSERT INTO {TABLE} (uid, path, title, body, oia_category, folder, folders, agency, year, type, date, tsv)
            VALUES (:uid, :path, :title, :body, :oia_category, :folder, :folders, :agency, :year, :type, :date,
                    setweight(to_tsvector('simple', :title_tok), 'A')
                    || setweight(to_tsvector('simple', :body_tok), 'D'))
            ON CONFLICT (uid) DO UPDATE SET path = excluded.path, title = excluded.title, body = excluded.body,
                oia_category = excluded.oia_category, folder = excluded.folder, folders = excluded.folders,
                agency = excluded.agency, year = excluded.year, type = excluded.type, date = excluded.date,
                tsv = excluded.tsv"""), rows)

    def delete(self, uid: str) -> None:
        self.session.execute(text(f"DELETE FROM {TABLE} WHERE uid = :uid"), {"uid": uid})

    def delete_subtree(self, path: str) -> None:
        self.session.execute(text(f"DELETE FROM {TABLE} WHERE path = :p OR :p = ANY(folders)"), {"p": path})

    def clear(self) -> None:
        self.session.execute(text(f"DELETE FROM {TABLE}"))

    def commit(self) -> None:
        self.session.flush()  # the caller's transaction commits (the outbox rows go with it)

    def reload(self) -> None:
        pass

    def maybe_reload(self, every: float = 1.0) -> None:
        pass

    def close(self) -> None:
        pass

    def count(self) -> int:
        return int(self.session.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar() or 0)

    def query(self, q: ParsedQuery, *, filters: dict[str, str], sort: str, limit: int, offset: int,
              with_text: bool = True) -> tuple[list[Hit], int]:
        params: dict[str, Any] = {"limit": limit, "offset": offset}
        parts = []
        terms = []
        for i, t in enumerate(q.terms):
            terms.append(f"plainto_tsquery('simple', :t{i})")
            params[f"t{i}"] = t
        if terms:
            parts.append("(" + (" || " if q.any_term else " && ").join(terms) + ")")
        for i, p in enumerate(q.phrases):
            parts.append(f"phraseto_tsquery('simple', :p{i})")
            params[f"p{i}"] = _tsquery_text(p)
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
        order = {"relevance": "rank DESC, date DESC", "date": "date ASC NULLS FIRST",
                 "-date": "date DESC NULLS LAST"}[sort]
        body = "body" if with_text else "''"
        sql = f"""
            WITH q AS (SELECT ({tsq}) AS q)
            SELECT uid, path, title, {body} AS body, date, {", ".join(FACETS)},
                   ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', tsv, q.q) AS rank, count(*) OVER () AS total
            FROM {TABLE}, q WHERE {" AND ".join(where)}
            ORDER BY {order}, uid LIMIT :limit OFFSET :offset"""
        rows = self.session.execute(text(sql), params).mappings().all()
        total = int(rows[0]["total"]) if rows else (self._count(tsq, where, params) if offset else 0)
        hits = [Hit(uid=r["uid"], score=float(r["rank"]), path=r["path"], title=r["title"], body=r["body"],
                    date=r["date"], facets={n: r[n] for n in FACETS}) for r in rows]
        return hits, total

    def _count(self, tsq: str, where: list[str], params: dict[str, Any]) -> int:
        sql = f"WITH q AS (SELECT ({tsq}) AS q) SELECT count(*) FROM {TABLE}, q WHERE {' AND '.join(where)}"
        return int(self.session.execute(text(sql), params).scalar() or 0)
