"""The search tests run on three backends: Tantivy over SQLite, PostgreSQL with the RUM index
(when the ``rum`` extension is installed, as CI installs it), and PostgreSQL with GIN only."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from library import lifecycle
from library.search.indexer import apply_pending
from library.search.service import search
from library.security import Principal
from tests.library.conftest import make_item

PAST = datetime.now(UTC).replace(microsecond=0) - timedelta(days=30)
SEARCH_BACKENDS = ("sqlite", "postgresql", "postgresql+gin")


@pytest.fixture(scope="module", params=SEARCH_BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def pub(s, who, at):
    def make(folder: str = "/news", type_id: str = "news", **fields):
        item = make_item(s, who("admin"), at(folder), type_id, **fields)
        lifecycle.transition(s, who("admin"), item, "publish", now=PAST)
        return item
    return make


@pytest.fixture
def index(lib, s):
    def run() -> int:
        s.commit()
        return apply_pending(lib)
    return run


@pytest.fixture
def find(s):
    def run(query: str, principal: Principal | None = None, **kw) -> list[str]:
        res = search(s, query, principal or Principal.anonymous(), **kw)
        return [r.path for r in res.results]
    return run
