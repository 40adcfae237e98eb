"""Two machines, one library: web and worker with their own instance folders share the database and
both stores in S3 (moto's S3 server on 127.0.0.1). What the worker machine publishes, the web machine
serves; a retracted copy leaves the bucket."""

from __future__ import annotations

from pathlib import Path

import pytest

from library.config import load_config
from library.instance import open_library
from tests.webui.conftest import cast_instance, make_config, make_docx, publish_directly

HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0Nq+NE2PzW5eH1f2I2NRyF0bMqXjWWEtXbc4s5aYJ3k"


def test_web_and_worker_on_two_machines_share_the_s3_stores(s3, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from library import content, lifecycle, users
    from library.security import Principal
    from webui import create_app

    bucket = s3.new_bucket("site")
    for k, v in {**s3.env(), "PHOEI_PRIVATE_STORE": f"s3://{bucket}/private",
                 "PHOEI_PUBLIC_STORE": f"s3://{bucket}/public"}.items():
        monkeypatch.setenv(k, v)
    db_url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"  # stands for the PostgreSQL server both reach
    worker_home, web_home = tmp_path / "worker-machine", tmp_path / "web-machine"
    cast_instance(worker_home, db_url, HASH)
    worker = open_library(load_config(instance=worker_home, database_url=db_url))
    (worker_home / "cache").mkdir(exist_ok=True)
    docx = make_docx(tmp_path / "order.docx")
    uid = publish_directly(worker, worker_home / "cache", docx, "/news", "คำสั่งแต่งตั้งคณะกรรมการ", index=False)
    with worker.session() as s:
        item = content.get(s, uid)
        published = item.published_sha256
    assert published in set(worker.stores.public.digests())
    assert not (worker_home / "public").exists() and not (worker_home / "private").exists()

    web_home.mkdir()
    app = create_app(make_config(web_home, DATABASE_URL=db_url))
    try:
        client = app.test_client()
        name = client.get(f"/download/{uid}/x")
        assert name.status_code in (301, 302)
        got = client.get(name.headers["Location"])
        assert got.status_code == 200
        assert got.data == worker.stores.public.read_bytes(published)
        # The web machine keeps a verified copy in its own cache; a damaged cached file is fetched again.
        cached = web_home / "cache" / "store-public" / published[:2] / published
        assert cached.read_bytes() == got.data
        cached.write_bytes(b"damaged on the web machine's disk")
        again = client.get(name.headers["Location"])
        assert again.status_code == 200 and again.data == got.data
    finally:
        app.extensions["phoei"].library.dispose()

    # Retracting on the worker machine removes the public object from the bucket (after commit).
    with worker.transaction() as s:
        reviewer = Principal.of(users.get_user(s, "reviewer"))
        lifecycle.transition(s, reviewer, content.get(s, uid), "retract", "ทดสอบ")
    assert published not in set(worker.stores.public.digests())
    worker.dispose()
