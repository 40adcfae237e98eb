"""Every workflow transition × every role, on both backends (the table's acceptance test).

``EXPECTED`` is the specification written out by hand, independently of
``library.workflow``: who may fire each transition. The test puts an item in
each source state, tries the transition as each actor, and checks the answer
of ``may`` and the effect of ``lifecycle.transition`` (new state, history
entry, audit event) or the refusal (``Forbidden``, nothing changed).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from library import lifecycle
from library import workflow as wf
from library.errors import Forbidden, Invalid, InvalidTransition
from library.models import AuditEvent, Content, WorkflowHistory
from library.security import may
from tests.library.conftest import make_item

ACTORS = ("anonymous", "officer", "owner", "contributor", "editor", "local_reviewer", "reviewer", "site_admin",
          "external", "system")
# actor -> cast member (``owner`` is whoever owns the item: olivia internally, ext1 externally)
CAST_OF = {"officer": "oscar", "contributor": "carl", "editor": "eddie", "local_reviewer": "lara",
           "reviewer": "rita", "site_admin": "admin", "external": "ext2", "anonymous": "anonymous",
           "system": "system"}
OWNER_OF = {wf.INTERNAL: "olivia", wf.EXTERNAL: "ext1"}
CHECKERS = {"reviewer", "local_reviewer", "site_admin"}

EXPECTED: dict[tuple[str, str], set[str]] = {
    (wf.INTERNAL, "submit"): {"owner", "editor", "site_admin"},
    (wf.INTERNAL, "withdraw"): {"owner", "editor", "site_admin"},
    (wf.INTERNAL, "publish"): CHECKERS,
    (wf.INTERNAL, "reject"): CHECKERS,
    (wf.INTERNAL, "retract"): CHECKERS | {"system"},  # a re-scan may take an item down (library.rescan)
    (wf.INTERNAL, "expire"): CHECKERS | {"system"},
    (wf.EXTERNAL, "send"): {"owner", "site_admin"},
    (wf.EXTERNAL, "recall"): {"owner", "site_admin"},
    (wf.EXTERNAL, "screen"): {"editor"} | CHECKERS,
    (wf.EXTERNAL, "return"): {"editor"} | CHECKERS,
    (wf.EXTERNAL, "resubmit"): {"owner", "site_admin"},
    (wf.EXTERNAL, "publish"): CHECKERS,
    (wf.EXTERNAL, "retract"): CHECKERS | {"system"},
    (wf.EXTERNAL, "expire"): CHECKERS | {"system"},
}

CASES = [(flow, t.id, source, t.target, actor)
         for flow, ts in wf.TRANSITIONS.items() for t in ts for source in t.sources for actor in ACTORS]


def test_expected_covers_the_table() -> None:
    assert set(EXPECTED) == {(flow, t.id) for flow, ts in wf.TRANSITIONS.items() for t in ts}


@pytest.mark.parametrize(("flow", "action", "source", "target", "actor"), CASES,
                         ids=[f"{f}-{a}-from-{src}-as-{act}" for f, a, src, _, act in CASES])
def test_transition_by_role(s, who, at, flow: str, action: str, source: str, target: str, actor: str) -> None:
    owner = who(OWNER_OF[flow])
    item = make_item(s, who("admin"), at("/news"), "news", source_agency="สำนักงานเกษตรจังหวัดบุรีรัมย์")
    item.owner_id, item.flow, item.state = owner.user_id, flow, source
    s.flush()
    principal = owner if actor == "owner" else who(CAST_OF[actor])
    allowed = actor in EXPECTED[(flow, action)]
    assert may(principal, action, item) is allowed
    t = wf.find_transition(flow, source, action)
    comment = "เหตุผลประกอบ" if t and t.comment_required else ""
    before = s.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1))
    if allowed:
        entry = lifecycle.transition(s, principal, item, action, comment)
        assert item.state == target
        assert (entry.action, entry.from_state, entry.to_state, entry.actor_name) == \
               (action, source, target, principal.name)
        assert entry.comment == comment and entry.at is not None
        evs = s.scalars(select(AuditEvent).where(AuditEvent.seq > before).order_by(AuditEvent.seq)).all()
        # Before a reviewer or the public sees it, the typed text is checked (library.typed), once.
        checked = action == "publish" or target in lifecycle.TEXT_CHECK_STATES
        assert [e.action for e in evs] == ["text.analyse"] * checked + [f"workflow.{action}"]
        assert all(e.target == f"item:{item.uid}" for e in evs)
    else:
        with pytest.raises(Forbidden):
            lifecycle.transition(s, principal, item, action, comment)
        assert item.state == source
        assert s.scalar(select(WorkflowHistory.id).where(WorkflowHistory.item_id == item.id)) is None


@pytest.mark.parametrize("flow", wf.FLOWS)
def test_no_transition_outside_its_source_states(s, who, at, flow: str) -> None:
    item = make_item(s, who("admin"), at("/news"), source_agency="x")
    item.flow = flow
    for state_id in wf.STATES[flow]:
        item.state = state_id
        possible = {t.id for t in wf.transitions_from(flow, state_id)}
        for action in wf.transition_ids() - possible:
            assert not may(who("admin"), action, item)
            with pytest.raises(InvalidTransition):
                lifecycle.transition(s, who("admin"), item, action, "reason")


@pytest.mark.parametrize(("flow", "action", "source"),
                         [(f, t.id, t.sources[0]) for f, ts in wf.TRANSITIONS.items() for t in ts
                          if t.comment_required])
def test_reason_required(s, who, at, flow: str, action: str, source: str) -> None:
    item = make_item(s, who("admin"), at("/news"), source_agency="x")
    item.flow, item.state = flow, source
    with pytest.raises(Invalid, match="reason"):
        lifecycle.transition(s, who("admin"), item, action, "   ")
    assert item.state == source


def test_full_internal_cycle_and_history(s, who, at) -> None:
    carl, rita = who("carl"), who("rita")
    item = make_item(s, carl, at("/news"), "news", title="ข่าวกิจกรรมวันเด็ก")
    assert (item.flow, item.state, item.owner_id) == (wf.INTERNAL, "private", carl.user_id)
    lifecycle.transition(s, carl, item, "submit")
    lifecycle.transition(s, rita, item, "reject", "ขาดวันที่")
    lifecycle.transition(s, carl, item, "submit", "แก้ไขแล้ว")
    lifecycle.transition(s, rita, item, "publish")
    assert item.effective is not None and item.published_at is not None
    lifecycle.transition(s, rita, item, "retract", "ข้อมูลคลาดเคลื่อน")
    hist = lifecycle.history(s, item)
    assert [(h.action, h.from_state, h.to_state) for h in hist] == [
        ("submit", "private", "pending"), ("reject", "pending", "private"), ("submit", "private", "pending"),
        ("publish", "pending", "published"), ("retract", "published", "private")]
    assert hist[1].comment == "ขาดวันที่" and hist[1].actor_name == "rita"


def test_external_flow_as_in_the_guideline(s, who, at) -> None:
    """§3.1 (2): another agency asks; the office screens; a reviewer publishes, or it goes back with a reason."""
    ext1, eddie, rita = who("ext1"), who("eddie"), who("rita")
    item = make_item(s, ext1, at("/news"), "news", title="ข่าวเกษตรจังหวัด")
    assert (item.flow, item.state) == (wf.EXTERNAL, "draft")
    assert item.source_agency == "สำนักงานเกษตรจังหวัดบุรีรัมย์" and item.creator == item.source_agency
    assert not may(eddie, wf.VIEW, item)  # a draft is the submitter's own
    lifecycle.transition(s, ext1, item, "send")
    assert may(eddie, wf.VIEW, item) and not may(who("ext2"), wf.VIEW, item)
    lifecycle.transition(s, eddie, item, "return", "กรุณาแนบภาพประกอบ")
    assert item.state == "returned" and may(ext1, wf.EDIT, item)
    lifecycle.transition(s, ext1, item, "resubmit")
    lifecycle.transition(s, eddie, item, "screen")
    lifecycle.transition(s, rita, item, "publish")
    assert item.state == "published"
    assert lifecycle.available(ext1, item) == []
    assert {t.id for t in lifecycle.available(rita, item)} == {"retract", "expire"}


def test_external_submitter_cannot_submit_everywhere(s, who, at) -> None:
    ext1 = who("ext1")
    with pytest.raises(Forbidden):
        make_item(s, ext1, at("/oia/s7"), "news")
    with pytest.raises(Forbidden):
        make_item(s, ext1, at("/news"), "page")  # pages are the agency's own
    item = make_item(s, ext1, at("/links"), "link", title="เว็บไซต์สำนักงานเกษตร",
                     remote_url="https://www.example.go.th/")
    assert item.flow == wf.EXTERNAL


def test_send_needs_the_requesting_agency(s, who, at) -> None:
    item = make_item(s, who("ext1"), at("/news"))
    item.source_agency = None
    with pytest.raises(InvalidTransition, match="source agency"):
        lifecycle.transition(s, who("ext1"), item, "send")


def test_publish_needs_a_published_folder(s, who, at) -> None:
    admin = who("admin")
    folder = make_item(s, admin, at("/news"), "folder", title="ข่าวปี ๒๕๖๘")
    item = make_item(s, admin, folder, "news")
    with pytest.raises(InvalidTransition, match="not published"):
        lifecycle.transition(s, admin, item, "publish")
    lifecycle.transition(s, admin, folder, "publish")
    lifecycle.transition(s, admin, item, "publish")
    assert item.state == "published"


def test_publish_refuses_a_past_expiry(s, who, at) -> None:
    item = make_item(s, who("admin"), at("/news"), expires="2001-01-01T00:00:00+07:00")
    with pytest.raises(InvalidTransition, match="expiry"):
        lifecycle.transition(s, who("admin"), item, "publish")
    assert isinstance(item, Content) and item.state == "private"
