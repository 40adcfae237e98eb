"""The seeded tree (guideline §1): OIA s.7 (1)–(5), s.9 (1)–(8), basic information, news, announcements, …"""

from __future__ import annotations

from sqlalchemy import func, select

from library import content, lifecycle, seed
from library.content_types import OIA_CATEGORIES
from library.models import Content
from tests.library.conftest import ROOT


def test_the_oia_sections_are_there(s, at) -> None:
    for n in range(1, 6):
        assert at(f"/oia/s7/s7-{n}").oia_category == f"s7({n})"
    for n in range(1, 9):
        assert at(f"/oia/s9/s9-{n}").oia_category == f"s9({n})"
    assert at("/oia/s9/s9-3").title.startswith("(๓) แผนงาน โครงการ และงบประมาณรายจ่ายประจำปี")
    used = {c for (c,) in s.execute(select(Content.oia_category).where(Content.oia_category.is_not(None)))}
    assert {f"s7({n})" for n in range(1, 6)} | {f"s9({n})" for n in range(1, 9)} <= used <= set(OIA_CATEGORIES)


def test_basic_information_and_the_rest(s, at) -> None:
    for slug in ("history", "vision-mission", "structure", "executives", "powers-duties", "strategy",
                 "action-plans", "annual-budget", "performance-reports"):
        assert at(f"/about/{slug}").type == "folder"
    for path in ("/news", "/announcements", "/procurement", "/procurement/monthly-summary", "/links", "/other"):
        assert at(path).state == "published"
    assert at("/news").accepts_external and not at("/oia").accepts_external
    assert at("/news").sort_order == "-effective"


def test_ids_are_english_and_titles_thai(s) -> None:
    for item in s.scalars(select(Content)):
        assert item.slug.isascii()
        assert any("\u0e00" <= ch <= "\u0e7f" for ch in item.title), item.path


def test_seeding_again_changes_nothing(s, at) -> None:
    at("/news").title = "ข่าวสาร (ชื่อที่หน่วยงานตั้งเอง)"
    before = s.scalar(select(func.count()).select_from(Content))
    result = seed.seed(s, ROOT)
    assert result.created == [] and len(result.existing) == before
    assert at("/news").title == "ข่าวสาร (ชื่อที่หน่วยงานตั้งเอง)"
    lifecycle.transition(s, ROOT, at("/other"), "retract", "ไม่ใช้หมวดนี้")
    content.delete(s, ROOT, at("/other"))
    assert seed.seed(s, ROOT).created == ["/other"]
