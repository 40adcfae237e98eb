"""``phoei search`` and ``phoei reindex`` on a real instance, and docs/search.md honesty."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from library import content, lifecycle
from library.search.backend import FACETS, SORTS
from tests.library.conftest import ROOT, fresh_library
from webui.cli import main

DOC = (Path(__file__).resolve().parents[3] / "docs" / "search.md").read_text(encoding="utf-8")


def test_reindex_and_search_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("PHOEI_SEARCH_BACKEND", raising=False)
    with fresh_library("sqlite", tmp_path) as lib:
        with lib.transaction() as s:
            item = content.create(s, ROOT, content.get(s, "/news"), "news", title="ประกาศจัดงานวันเด็กแห่งชาติ ๒๕๖๘",
                                  body="ขอเชิญเด็กและเยาวชนร่วมกิจกรรม")
            lifecycle.transition(s, ROOT, item, "publish", now=datetime.now(UTC) - timedelta(days=1))
            path = item.path
        inst = str(lib.config.instance)
        assert main(["reindex", "--instance", inst]) == 0
        assert "indexed 1 item(s) into the tantivy index" in capsys.readouterr().out
        assert main(["search", "วันเด็ก 2568", "--instance", inst, "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert [r["path"] for r in out["results"]] == [path] and out["total"] == 1
        assert out["results"][0]["title"].endswith("๒๕๖๘")
        assert main(["search", "เยาวชน", "--instance", inst]) == 0
        assert "1 result(s)" in capsys.readouterr().out
        assert main(["reindex", "--pending", "--instance", inst]) == 0
        assert "applied" in capsys.readouterr().out


def test_every_facet_and_sort_is_documented() -> None:
    for name in (*FACETS, *SORTS):
        assert f'"{name}"' in DOC, name
    for cmd in ("phoei search", "phoei reindex", "apply_pending", "PHOEI_SEARCH_BACKEND"):
        assert cmd in DOC, cmd
