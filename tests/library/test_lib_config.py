"""Where the instance lives and which database it uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from library.config import load_config, normalise_database_url
from library.errors import Invalid


def test_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cfg = load_config(env={})
    assert cfg.instance == tmp_path / "instance"
    assert cfg.database_url == f"sqlite:///{tmp_path / 'instance' / 'phoei.sqlite3'}"
    assert cfg.is_sqlite and cfg.private_root == tmp_path / "instance" / "private"


def test_environment_and_arguments(tmp_path: Path) -> None:
    env = {"PHOEI_INSTANCE": str(tmp_path / "x"), "DATABASE_URL": "postgresql://u:secret@db:5432/phoei"}
    cfg = load_config(env=env)
    assert cfg.instance == tmp_path / "x" and not cfg.is_sqlite
    assert cfg.database_url == "postgresql+psycopg://u:secret@db:5432/phoei"
    assert "secret" not in cfg.describe_database()
    assert load_config(instance=tmp_path / "y", env=env).instance == tmp_path / "y"


@pytest.mark.parametrize(("url", "expected"), [
    ("postgres://h/db", "postgresql+psycopg://h/db"),
    ("postgresql+psycopg2://h/db", "postgresql+psycopg://h/db"),
    ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
])
def test_urls(url: str, expected: str) -> None:
    assert normalise_database_url(url) == expected


def test_bad_url() -> None:
    with pytest.raises(Invalid):
        normalise_database_url("just-a-name")
