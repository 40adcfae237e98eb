"""``webui.services.form_action``: a form's library call is committed, or rolled back with its reason
flashed when the library refuses it."""

from __future__ import annotations

from typing import Any

import pytest
from flask import get_flashed_messages
from sqlalchemy import select

from library import content, users
from library.errors import Forbidden, Invalid
from library.models import Content
from library.security import Principal


def _news(app: Any, title: str) -> Content:
    from webui.services import db

    s = db()
    officer = Principal.of(users.get_user(s, "officer"))  # a contributor in /news (tests/webui/conftest.py)
    return content.create(s, officer, content.get(s, "/news"), "news", title=title)


def _titles(lib: Any) -> set[str]:
    with lib.session() as s:
        return set(s.scalars(select(Content.title).where(Content.type == "news")))


def test_the_action_is_committed_and_its_result_returned(app, lib) -> None:
    from webui.services import form_action

    with app.test_request_context("/", method="POST"):
        done, item = form_action(lambda: _news(app, "ข่าวที่บันทึกแล้ว"))
        assert done and item is not None and item.title == "ข่าวที่บันทึกแล้ว"
        assert get_flashed_messages() == []
    assert "ข่าวที่บันทึกแล้ว" in _titles(lib)


@pytest.mark.parametrize(("error", "refused", "flashed"), [
    (Invalid("ชื่อเรื่องยาวเกินไป"), (Invalid,), "ชื่อเรื่องยาวเกินไป"),
    (Forbidden("ไม่มีสิทธิ์"), (Invalid, Forbidden), "ไม่มีสิทธิ์"),
])
def test_a_refusal_is_rolled_back_and_flashed(app, lib, error, refused, flashed) -> None:
    from webui.services import form_action

    def act() -> None:
        _news(app, "ข่าวที่ไม่ควรเหลือ")
        raise error

    with app.test_request_context("/", method="POST"):
        assert form_action(act, lambda why: f"บันทึกไม่ได้: {why}", refused) == (False, None)
        assert get_flashed_messages(with_categories=True) == [("error", f"บันทึกไม่ได้: {flashed}")]
    assert "ข่าวที่ไม่ควรเหลือ" not in _titles(lib)


def test_other_errors_are_not_swallowed(app) -> None:
    from webui.services import form_action

    def act() -> None:
        raise Forbidden("ไม่มีสิทธิ์")

    with app.test_request_context("/", method="POST"), pytest.raises(Forbidden):
        form_action(act)  # Invalid only, unless the view names more


def test_tell_takes_the_reason_instead_of_the_flash(app, lib) -> None:
    """A script's request (the review screen's fetch) gets the reason in its answer, not on the next page."""
    from webui.services import form_action

    def act() -> None:
        _news(app, "ข่าวที่ไม่ควรเหลือเช่นกัน")
        raise Invalid("ฐานทางกฎหมายไม่ถูกต้อง")

    told: list[str] = []
    with app.test_request_context("/", method="POST"):
        assert form_action(act, lambda why: f"ไม่สำเร็จ: {why}", tell=told.append) == (False, None)
        assert get_flashed_messages() == []
    assert told == ["ไม่สำเร็จ: ฐานทางกฎหมายไม่ถูกต้อง"]
    assert "ข่าวที่ไม่ควรเหลือเช่นกัน" not in _titles(lib)
