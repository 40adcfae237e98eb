"""Plone-style local roles: granted on a folder, acquired below it, blockable."""

from __future__ import annotations

import pytest

from library import content, lifecycle, users
from library import workflow as wf
from library.errors import Forbidden, Invalid
from library.security import local_roles, may, roles_in
from tests.library.conftest import make_item


def test_grants_apply_in_their_folder_and_below(s, who, at) -> None:
    carl = who("carl")  # contributor on /news and /oia
    assert may(carl, wf.ADD, at("/news"))
    assert may(carl, wf.ADD, at("/oia/s9/s9-3"))  # acquired two levels down
    assert not may(carl, wf.ADD, at("/announcements"))
    assert not may(carl, wf.ADD, at("/about"))
    with pytest.raises(Forbidden):
        make_item(s, carl, at("/procurement/notices"), "announcement")
    item = make_item(s, carl, at("/oia/s9/s9-3"), "file", title="แผนปฏิบัติราชการประจำปี")
    assert item.oia_category == "s9(3)"  # inherited from the folder
    assert roles_in(carl, item) >= {"owner", "contributor"}


def test_an_officer_without_grants_can_do_nothing(s, who, at) -> None:
    olivia = who("olivia")
    for path in ("/news", "/oia", "/about/history", "/procurement"):
        assert not may(olivia, wf.ADD, at(path))
        assert not may(olivia, wf.EDIT, at(path))


def test_grant_and_revoke(s, who, at) -> None:
    admin, olivia = who("admin"), who("olivia")
    folder = at("/procurement")
    user = users.get_user(s, "olivia")
    assert users.grant_local(s, admin, folder, user, "contributor")
    assert not users.grant_local(s, admin, folder, user, "contributor")  # already there
    assert may(olivia, wf.ADD, at("/procurement/notices"))
    item = make_item(s, olivia, at("/procurement/notices"), "announcement", title="ประกาศประกวดราคา")
    assert users.revoke_local(s, admin, folder, user, "contributor")
    assert not may(olivia, wf.ADD, at("/procurement/notices"))
    assert may(olivia, wf.EDIT, item)  # still the owner of what she made
    assert [g.role for g in users.local_grants(s, folder)] == []


def test_only_site_admins_manage_roles(s, who, at) -> None:
    user = users.get_user(s, "olivia")
    for name in ("rita", "eddie", "lara", "carl"):
        assert not may(who(name), wf.MANAGE_ROLES, at("/news"))
        with pytest.raises(Forbidden):
            users.grant_local(s, who(name), at("/news"), user, "editor")
    with pytest.raises(Invalid):
        users.grant_local(s, who("admin"), at("/news"), user, "site_admin")  # not a local role
    with pytest.raises(Invalid):
        users.grant_local(s, who("admin"), at("/news"), users.get_user(s, "ext1"), "editor")


def test_blocking_inheritance(s, who, at) -> None:
    admin, eddie = who("admin"), who("eddie")
    folder = make_item(s, admin, at("/news"), "folder", title="ข่าวลับเฉพาะผู้บริหาร")
    inner = make_item(s, admin, folder, "news", title="ภายใน")
    assert may(eddie, wf.EDIT, inner)
    content.configure_folder(s, admin, folder, block_local_roles=True)
    assert not may(eddie, wf.EDIT, inner)
    assert not may(eddie, wf.VIEW, inner)
    assert local_roles(s, eddie, inner) == frozenset()
    users.grant_local(s, admin, folder, users.get_user(s, "eddie"), "editor")
    assert may(eddie, wf.EDIT, inner)  # a grant on the blocking folder itself still counts
    listing = content.list_folder(s, eddie, at("/news"), per_page=500)
    assert folder in listing.items


def test_local_reviewer_reviews_only_there(s, who, at) -> None:
    lara, carl = who("lara"), who("carl")
    news_item = make_item(s, carl, at("/news"))
    lifecycle.transition(s, carl, news_item, "submit")
    assert may(lara, "publish", news_item)
    other = make_item(s, who("admin"), at("/announcements"), "announcement")
    lifecycle.transition(s, who("admin"), other, "submit")
    assert not may(lara, "publish", other)
    assert may(who("rita"), "publish", other)  # the global reviewer


def test_global_roles_are_managed_and_audited(s, who) -> None:
    admin = who("admin")
    olivia = users.get_user(s, "olivia")
    assert users.grant_role(s, admin, olivia, "reviewer")
    assert "reviewer" in olivia.role_names
    assert users.revoke_role(s, admin, olivia, "reviewer")
    with pytest.raises(Invalid):
        users.grant_role(s, admin, olivia, "emperor")
    with pytest.raises(Invalid):
        users.grant_role(s, admin, users.get_user(s, "ext1"), "reviewer")
    with pytest.raises(Forbidden):
        users.grant_role(s, who("rita"), olivia, "site_admin")
    users.set_active(s, admin, olivia, False)
    with pytest.raises(Forbidden):
        who("olivia")
