"""The oversight figures (library.oversight) against a seeded month with known counts, on both backends."""

from __future__ import annotations

from datetime import date

import pytest

from library import oversight
from library.errors import Invalid
from library.models import DownloadCount
from tests.library.oversight_seed import EXPECTED, MONTH, NOW, seed_month


@pytest.fixture
def seeded(s, who):  # type: ignore[no-untyped-def]
    items = seed_month(s, who("admin"), who("rita"), who("admin"))
    s.commit()
    return items


@pytest.mark.parametrize(("text", "start"), [
    ("2568-10", date(2025, 10, 1)),   # Buddhist era
    ("2025-10", date(2025, 10, 1)),   # common era
    ("2568-1", date(2025, 1, 1)),
    (" 2567-12 ", date(2024, 12, 1)),
])
def test_parse_month_accepts_be_and_ce(text: str, start: date) -> None:
    p = oversight.parse_month(text)
    assert p.start == start
    assert p.end == date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    assert p.key == f"{start.year + 543}-{start.month:02d}"


@pytest.mark.parametrize("text", ["2568-13", "2568-00", "10/2568", "", "2568", "abcd-10", "1066-10"])
def test_parse_month_refuses_the_rest(text: str) -> None:
    with pytest.raises(Invalid):
        oversight.parse_month(text)


def test_publications_count_the_bangkok_month_by_category_and_folder(s, seeded) -> None:  # type: ignore[no-untyped-def]
    pub = oversight.publications(s, oversight.parse_month(MONTH))
    assert pub.total == EXPECTED["published"]
    assert pub.by_category == EXPECTED["by_category"]
    assert pub.by_folder == EXPECTED["by_folder"]
    trend = {m.period.key: m.total for m in oversight.publications_by_month(
        s, oversight.months_ending(oversight.parse_month("2568-11"), 3))}
    assert trend == {"2568-09": 1, "2568-10": 3, "2568-11": 1}


def test_overdue_and_states_with_age(s, seeded) -> None:  # type: ignore[no-untyped-def]
    overdue = oversight.review_overdue(s, date(2025, 11, 2))
    assert [o.item.title for o in overdue] == EXPECTED["overdue"]
    assert overdue[0].days_over == EXPECTED["overdue_days"]
    states = {(st.flow, st.state): st for st in oversight.workflow_states(s, NOW)}
    assert {k: v.count for k, v in states.items()} == EXPECTED["states"]
    assert states[("internal", "pending")].median_age_days == EXPECTED["pending_age_days"]
    assert states[("internal", "pending")].oldest.title == "ข่าวรอตรวจสอบ"


def test_feedback_by_status_with_response_times(s, seeded) -> None:  # type: ignore[no-untyped-def]
    fb = oversight.feedback_figures(s, oversight.parse_month(MONTH))
    assert fb.received == EXPECTED["feedback_received"]
    assert fb.by_status == EXPECTED["feedback_by_status"]
    assert fb.open_now == EXPECTED["feedback_open_now"]
    assert fb.answered == EXPECTED["feedback_answered"]
    assert fb.median_first_response_hours == EXPECTED["median_first_response_hours"]
    assert fb.median_close_hours == EXPECTED["median_close_hours"]


def test_downloads_per_item_in_the_month(s, seeded) -> None:  # type: ignore[no-untyped-def]
    dl = oversight.downloads(s, oversight.parse_month(MONTH))
    assert dl.total == EXPECTED["downloads_total"]
    assert dl.items == EXPECTED["downloads_items"]
    assert [(d.item.title, d.count) for d in dl.top] == EXPECTED["downloads_top"]
    assert dl.per_day == {date(2025, 10, 3): 3, date(2025, 10, 4): 2, date(2025, 10, 31): 1}


def test_download_counter_keeps_only_item_day_and_count(s, seeded) -> None:  # type: ignore[no-untyped-def]
    assert {c.name for c in DownloadCount.__table__.columns} == {"item_id", "day", "count"}
    row = s.get(DownloadCount, (seeded["a"].id, date(2025, 10, 3)))
    assert row.count == 3


def test_redactions_in_force_by_basis_and_label_with_verification_failures(s, seeded) -> None:  # type: ignore[no-untyped-def]
    red = oversight.redaction_figures(s, oversight.parse_month(MONTH))
    assert red.accepted == EXPECTED["redactions"]
    assert red.by_basis == EXPECTED["by_basis"]
    assert red.by_label == EXPECTED["by_label"]
    assert (red.verifications_passed, red.verifications_failed) == (EXPECTED["verifications_passed"],
                                                                     EXPECTED["verifications_failed"])
    assert [v.item.title for v in red.failures] == ["ระเบียบการใช้ห้องประชุม"]


def test_rescans_of_the_month_and_what_is_open_now(s, seeded) -> None:  # type: ignore[no-untyped-def]
    from library import audit

    rs = oversight.rescan_figures(s, oversight.parse_month(MONTH))
    assert rs.checks == EXPECTED["rescan_checks"]
    assert rs.findings == EXPECTED["rescan_findings"]
    assert rs.by_status == EXPECTED["rescan_by_status"]
    assert rs.by_label == EXPECTED["rescan_by_label"]
    assert rs.taken_down == EXPECTED["rescan_taken_down"]
    assert (rs.open_now, rs.items_open_now) == (EXPECTED["rescan_open_now"], EXPECTED["rescan_items_open_now"])
    assert rs.last_check_at is not None and rs.last_check_at.date() == date(2025, 10, 31)
    # November: item D's automatic take-down, no check, no finding; the open ones are still open.
    nov = oversight.rescan_figures(s, oversight.parse_month("2568-11"))
    assert (nov.checks, nov.findings, nov.taken_down, nov.open_now) == (0, 0, 1, EXPECTED["rescan_open_now"])
    assert audit.verify_chain(s).problems == []  # the seeded take-downs are proper audit events


def test_broken_links_come_from_the_link_checker(s, who, at) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from library.models import LinkCheck
    from tests.library.conftest import make_item

    assert oversight.broken_links(s).broken == []
    admin = who("admin")
    item = make_item(s, admin, at("/news"), "link", title="ลิงก์ทดสอบ", remote_url="https://example.invalid/x")
    now = datetime.now(UTC)
    s.add(LinkCheck(item_id=item.id, url=item.remote_url, status_code=404, error="", final_url=None, broken=True,
                    broken_since=now, checked_at=now))
    s.flush()
    links = oversight.broken_links(s)
    assert links.available is True and [(c.title, lc.status_code) for c, lc in links.broken] == [("ลิงก์ทดสอบ", 404)]


def test_compute_gathers_the_month(s, seeded) -> None:  # type: ignore[no-untyped-def]
    f = oversight.compute(s, oversight.parse_month(MONTH), now=NOW)
    assert f.period.key == MONTH
    assert [m.period.key for m in f.trend][-1] == MONTH and len(f.trend) == 12
    assert f.publications.total == EXPECTED["published"]
    from library.content import count_public

    assert f.public_items == count_public(s, now=NOW)
    assert f.rescan.findings == EXPECTED["rescan_findings"] and f.rescan.taken_down == EXPECTED["rescan_taken_down"]
