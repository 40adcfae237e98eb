"""Listings across the tree: what citizens see (``public_items``, ``count_public``, ``security.public_clause``),
the review queue, a user's uploads, the worker's analysis backlog, and passwords."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from library import content, lifecycle, redaction, users
from library import workflow as wf
from library.errors import Forbidden, Invalid
from library.models import AuditEvent, Content
from library.security import is_public, may, public_clause
from tests.library.conftest import make_item

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "webui" / "data" / "demo" / "complaint.pdf"
NOW = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)  # after the seeded folders took effect
DAY = timedelta(days=1)


def published(s, who, folder: Content, type_id: str = "news", *, at: datetime = NOW - 30 * DAY,
              **fields) -> Content:
    item = make_item(s, who("admin"), folder, type_id, **fields)
    lifecycle.transition(s, who("admin"), item, "publish", now=at)
    return item


def folder(s, who, parent: Content, slug: str) -> Content:
    f = content.create(s, who("admin"), parent, "folder", slug=slug, title=f"โฟลเดอร์ {slug}")
    lifecycle.transition(s, who("admin"), f, "publish", now=NOW - 60 * DAY)
    return f


@pytest.fixture
def tree(s, who, at) -> dict[str, Content]:
    """Published items in every situation is_public distinguishes, named by why they are (not) public."""
    news = at("/news")
    open_, closed = folder(s, who, news, "open"), folder(s, who, news, "closed")
    later, gone, dropped = folder(s, who, news, "later"), folder(s, who, news, "gone"), folder(s, who, news, "dropped")
    deep_open, deep_closed = folder(s, who, open_, "inner"), folder(s, who, closed, "inner")
    t = {
        "plain": published(s, who, news),
        "in-open": published(s, who, open_),
        "deep-open": published(s, who, deep_open, "announcement"),
        "in-closed": published(s, who, closed),
        "deep-closed": published(s, who, deep_closed),
        "in-later": published(s, who, later),
        "in-gone": published(s, who, gone),
        "in-dropped": published(s, who, dropped),
        "future": published(s, who, news),
        "expired": published(s, who, news),
        "expires-now": published(s, who, news),
        "private": make_item(s, who("carl"), news),
        "deleted": published(s, who, news),
        "link": published(s, who, at("/oia/s7/s7-1"), "link", remote_url="https://example.go.th/a"),
        "folder-open": open_,
        "folder-closed": closed,
    }
    lifecycle.transition(s, who("admin"), closed, "retract", "ปรับปรุง", now=NOW - DAY)  # hides what is below
    later.effective = NOW + DAY             # a folder not yet effective
    gone.expires = NOW - DAY                # a folder past its expiry, before the job ran
    dropped.deleted_at = NOW - DAY          # a deleted folder (content.delete refuses a non-empty one)
    t["future"].effective = NOW + DAY
    t["expired"].expires = NOW - DAY
    t["expires-now"].expires = NOW
    t["deleted"].deleted_at = NOW - DAY     # (content.delete refuses a published item: the test alone)
    s.flush()
    return t


def test_public_clause_is_is_public(s, tree) -> None:
    everything = s.scalars(select(Content)).all()
    expected = {c.id for c in everything if is_public(c, NOW)}
    assert set(s.scalars(select(Content.id).where(public_clause(NOW)))) == expected
    shown = {name for name, c in tree.items() if c.id in expected}
    assert shown == {"plain", "in-open", "deep-open", "link", "folder-open"}


def test_public_clause_follows_a_move_and_the_dates(s, who, tree) -> None:
    def shown(now: datetime) -> set[int]:
        return set(s.scalars(select(Content.id).where(public_clause(now))))

    item, deep = tree["in-open"], tree["deep-open"]
    content.move(s, who("admin"), item, tree["folder-closed"])
    s.flush()
    assert item.id not in shown(NOW) and not is_public(item, NOW)
    # Between the item's effective date and its folder's, the folder decides.
    tree["folder-open"].effective = NOW - 10 * DAY
    s.flush()
    assert deep.id not in shown(NOW - 20 * DAY) and not is_public(deep, NOW - 20 * DAY)
    assert deep.id in shown(NOW) and is_public(deep, NOW)


def _newest_first(items: list[Content]) -> list[Content]:
    by_id = sorted(items, key=lambda c: c.id, reverse=True)
    return sorted(by_id, key=lambda c: c.effective or c.published_at, reverse=True)


def test_public_items_lists_what_citizens_see_newest_first(s, who, at, tree) -> None:
    tree["plain"].effective = NOW - 2 * DAY
    tree["in-open"].effective = NOW - 3 * DAY
    tree["deep-open"].effective = None      # then the publication date decides
    tree["deep-open"].published_at = NOW - DAY
    s.flush()
    everything = s.scalars(select(Content)).all()
    public = [c for c in everything if is_public(c, NOW)]
    items = content.public_items(s, limit=500, now=NOW)
    assert items == _newest_first([c for c in public if c.type != "folder"])
    assert items.index(tree["deep-open"]) < items.index(tree["plain"]) < items.index(tree["in-open"])
    assert content.count_public(s, now=NOW) == len(items)
    # Pages of the same list.
    pages = [content.public_items(s, limit=2, offset=o, now=NOW) for o in range(0, len(items) + 2, 2)]
    assert [c for page in pages for c in page] == items


def test_public_items_filters(s, who, at, tree) -> None:
    public = [c for c in s.scalars(select(Content)).all() if is_public(c, NOW)]

    def same(expected: list[Content], **filters) -> None:
        assert content.public_items(s, limit=500, now=NOW, **filters) == _newest_first(expected)
        assert content.count_public(s, now=NOW, **filters) == len(expected)

    same([c for c in public if c.type == "announcement"], types=("announcement",))
    same([c for c in public if c.type in ("news", "link")], types=["news", "link"])
    assert content.public_items(s, types=iter(["news", "link"]), limit=500, now=NOW) == \
        content.public_items(s, types=("news", "link"), limit=500, now=NOW)
    same(public, folders=True)
    same([c for c in public if c.type == "folder"], types=["folder"])
    same([c for c in public if c.type != "folder" and c.oia_category == "s7(1)"], oia_category="s7(1)")
    assert tree["link"] in content.public_items(s, oia_category="s7(1)", now=NOW)
    by_path = content.public_items(s, folders=True, order="path", limit=500, now=NOW)
    assert by_path == sorted(public, key=lambda c: c.path)
    assert content.public_items(s, limit=3, now=NOW) == content.public_items(s, limit=500, now=NOW)[:3]


def test_public_items_refuses_bad_arguments(s) -> None:
    with pytest.raises(Invalid, match="order"):
        content.public_items(s, order="title")
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}):
        with pytest.raises(Invalid, match="limit"):
            content.public_items(s, **bad)


def test_public_items_default_to_now(s, who, at) -> None:
    item = published(s, who, at("/news"), at=datetime.now(UTC) - DAY)
    assert item in content.public_items(s, limit=500)
    item.effective = datetime.now(UTC) + DAY
    assert item not in content.public_items(s, limit=500)


# --- staff listings --------------------------------------------------------------------


def file_with_document(s, principal, folder: Content, title: str = "หนังสือแจ้งผล") -> Content:
    item = make_item(s, principal, folder, "file", title=title)
    redaction.upload(s, principal, item, DEMO.read_bytes(), "complaint.pdf")
    return item


def test_review_queue(s, who, at) -> None:
    carl = who("carl")
    pending = file_with_document(s, carl, at("/oia/s9/s9-1"), "รอตรวจ")
    lifecycle.transition(s, carl, pending, "submit")
    private = file_with_document(s, carl, at("/news"), "ร่าง")
    without_file = make_item(s, carl, at("/news"), "file", title="ยังไม่มีไฟล์")
    deleted = file_with_document(s, carl, at("/news"), "ลบแล้ว")
    content.delete(s, carl, deleted)
    published_file = file_with_document(s, carl, at("/news"), "เผยแพร่แล้ว")
    published_file.state = "published"
    elsewhere = file_with_document(s, who("admin"), at("/procurement/plans"), "จัดซื้อ")
    lifecycle.transition(s, who("admin"), elsewhere, "submit")
    pending.modified_at, private.modified_at, elsewhere.modified_at = NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY
    s.flush()

    assert content.review_queue(s, who("rita")) == [pending, private, elsewhere]   # reviewer everywhere
    assert content.review_queue(s, who("lara")) == [pending, private]             # reviewer in /oia and /news
    assert content.review_queue(s, carl) == [private]                             # the owner, before submitting
    assert content.review_queue(s, who("olivia")) == []
    assert content.review_queue(s, who("anonymous")) == []
    for name in ("rita", "lara", "carl", "olivia"):
        p = who(name)
        assert all(may(p, wf.REDACT, i) for i in content.review_queue(s, p))
    assert without_file not in content.review_queue(s, who("admin"))
    assert published_file not in content.review_queue(s, who("admin"))


def test_uploads_of(s, who, at) -> None:
    carl = who("carl")
    first, second, third = (make_item(s, carl, at("/news"), title=f"ข่าว {n}") for n in range(3))
    make_item(s, who("admin"), at("/news"), title="ของคนอื่น")
    first.created_at, second.created_at, third.created_at = NOW - 3 * DAY, NOW - 2 * DAY, NOW - DAY
    content.delete(s, carl, second)
    s.flush()
    assert content.uploads_of(s, carl) == [third, first]
    assert content.uploads_of(s, carl, limit=1) == [third]
    assert content.uploads_of(s, who("anonymous")) == []
    assert content.uploads_of(s, who("operator")) == []   # no account: created nothing as a user


def test_files_awaiting_analysis_and_the_analysis_in_steps(lib, s, who, at) -> None:
    carl, worker = who("carl"), who("system")
    a = file_with_document(s, carl, at("/news"), "ก")
    fa = redaction.file_of(s, a.current_file_id)
    b = file_with_document(s, carl, at("/news"), "ข")
    old = redaction.file_of(s, b.current_file_id)
    fb = redaction.upload(s, carl, b, DEMO.read_bytes(), "again.pdf")   # the old file is no longer current
    gone = file_with_document(s, carl, at("/news"), "ค")
    content.delete(s, carl, gone)
    s.flush()
    assert redaction.files_awaiting_analysis(s) == [fa, fb]
    assert old not in redaction.files_awaiting_analysis(s)

    # The worker's way: read, analyse without the database, store in a short transaction.
    with pytest.raises(Forbidden):
        redaction.prepare_analysis(s, who("olivia"), fa)
    job = redaction.prepare_analysis(s, worker, fa)
    assert (job.file_id, job.sha256, job.format) == (fa.id, fa.original_sha256, "pdf")
    outcome = redaction.run_analysis(lib, job)
    assert outcome.proposals and outcome.text_length > 0
    n = redaction.store_analysis(s, worker, fa, outcome)
    assert n == len(outcome.proposals) == len(fa.proposals)
    assert fa.analysed_at is not None and fa.text_length == outcome.text_length
    ev = s.scalar(select(AuditEvent).where(AuditEvent.action == "file.analyse").order_by(AuditEvent.seq.desc()))
    assert ev is not None and json.loads(ev.detail)["proposals"] == n
    assert redaction.files_awaiting_analysis(s) == [fb]


def test_analyse_reports_progress_and_shows_the_document(lib, s, who, at) -> None:
    import pymupdf

    item = file_with_document(s, who("carl"), at("/news"))
    f = redaction.file_of(s, item.current_file_id)
    calls: list[tuple[str, int, int]] = []
    seen: list[tuple[Path, bool, int]] = []

    def on_document(path: Path, analysis) -> None:
        seen.append((path, path.is_file(), len(analysis.doc.textmap.text)))
        with pymupdf.open(str(DEMO)) as doc:  # reported before the document was extracted
            assert calls == [("extract", 0, doc.page_count)]

    n = redaction.analyse(s, who("system"), f, progress=lambda *a: calls.append(a), on_document=on_document)
    assert n == len(f.proposals) > 0
    [(path, existed, length)] = seen
    assert existed and not path.exists()      # a temporary copy, gone afterwards
    assert length == f.text_length
    assert redaction.page_count(DEMO, "pdf") == calls[0][2] > 0
    assert redaction.page_count(DEMO, "docx") == 0
    assert redaction.page_count(REPO / "pyproject.toml", "pdf") == 0


# --- passwords -------------------------------------------------------------------------


def test_set_password(s, who) -> None:
    carl = users.get_user(s, "carl")
    users.set_password(s, who("carl"), carl, "$argon2id$own")
    assert carl.password_hash == "$argon2id$own"
    users.set_password(s, who("admin"), carl, "$argon2id$by-admin")
    users.set_password(s, who("operator"), carl, "$argon2id$by-operator")
    assert carl.password_hash == "$argon2id$by-operator"
    for name in ("oscar", "rita", "anonymous", "system"):
        with pytest.raises(Forbidden):
            users.set_password(s, who(name), carl, "$argon2id$nope")
    assert carl.password_hash == "$argon2id$by-operator"
    events = s.scalars(select(AuditEvent).where(AuditEvent.action == "user.password")).all()
    assert [(e.actor_name, e.target) for e in events] == [
        ("carl", "user:carl"), ("admin", "user:carl"), ("test-setup", "user:carl")]
    assert not any("argon2" in e.detail for e in events)   # never the hash
