"""Docs honesty (datasette style): every state, transition, permission and role is in docs/workflow.md."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from library import feedback
from library import workflow as wf
from library.lifecycle import CONDITIONS
from library.roles import ALL_ROLES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "workflow.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = DOC.index(title)
    nxt = DOC.find("\n## ", start + 1)
    return DOC[start:nxt if nxt != -1 else None]


@pytest.mark.parametrize(("flow", "section"), [(wf.INTERNAL, "## The internal flow"),
                                               (wf.EXTERNAL, "## The external-agency flow")])
def test_every_transition_is_documented_with_its_sources_target_and_roles(flow: str, section: str) -> None:
    text = _section(section)
    for t in wf.TRANSITIONS[flow]:
        row = re.search(rf"^\| `{t.id}` \|(.*)$", text, re.MULTILINE)
        assert row, f"{flow} transition {t.id!r} is not in docs/workflow.md"
        cells = [c.strip() for c in row.group(1).split("|")]
        assert set(cells[0].split(", ")) == set(t.sources), t.id
        assert cells[1] == t.target, t.id
        documented = {r.strip() for r in cells[2].split(",")}
        assert documented == set(t.roles), t.id
        assert (cells[3] == "required") is t.comment_required, t.id
        assert set(filter(None, (c.strip() for c in cells[4].split(",")))) == set(t.conditions), t.id


def test_every_state_permission_role_and_condition_is_documented() -> None:
    for flow in wf.STATES.values():
        for state in flow:
            assert f"`{state}`" in DOC, state
    for perm in (*wf.STATE_PERMISSIONS, wf.ADD, wf.MANAGE_ROLES, wf.CONFIGURE, wf.GIVE_FEEDBACK):
        assert f"`{perm}`" in DOC or perm in DOC, perm
    for role in ALL_ROLES:
        assert f"`{role}`" in DOC, role
    for cond in CONDITIONS:
        assert f"**{cond}**" in DOC, cond
    for t in feedback.FEEDBACK_TRANSITIONS:
        assert f"`{t.id}`" in _section("## Feedback"), t.id
