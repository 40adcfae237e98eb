"""The ITA open-data checklist: year files as data, per-instance mapping, status of each item."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from library import content, ita, lifecycle
from library.errors import Invalid
from library.models import utcnow

YEAR_FILE = """
year = 2599
title = "แบบตรวจทดลอง"
[frequencies]
monthly = 45
yearly = 400
[[items]]
code = "O1"
title = "ข่าวประจำเดือน"
evidence = "ข่าวของเดือน"
frequency = "monthly"
folders = ["/news"]
[[items]]
code = "O2"
title = "แผนประจำปี"
evidence = "แผนของปี"
frequency = "yearly"
categories = ["s9(3)"]
[[items]]
code = "O3"
title = "โครงสร้าง"
evidence = "แผนผัง"
frequency = "as_needed"
folders = ["/about/structure"]
[[items]]
code = "O4"
title = "ยังไม่มีที่เก็บ"
evidence = "-"
frequency = "as_needed"
folders = []
"""


def test_the_shipped_year_loads_with_its_items() -> None:
    c = ita.load()
    assert c.year == max(ita.years())
    assert c.items[0].code == "O1" and c.items[0].title
    assert all(it.frequency in c.frequencies for it in c.items)
    assert len({it.code for it in c.items}) == len(c.items)
    # NACC's OIT has five sub-indicators of indicator 9 and two of indicator 10 (sources in the file).
    assert all(re.match(r"(9\.[1-5]|10\.[12]) \S", it.group) for it in c.items), [it.group for it in c.items]


def test_a_new_year_file_in_the_instance_is_picked_up_without_code(tmp_path: Path) -> None:
    (tmp_path / "ita").mkdir()
    (tmp_path / "ita" / "2599.toml").write_text(YEAR_FILE, encoding="utf-8")
    assert 2599 in ita.years(tmp_path)
    c = ita.load(instance=tmp_path)  # the newest year by default
    assert c.year == 2599 and [it.code for it in c.items] == ["O1", "O2", "O3", "O4"]


def test_instance_mapping_overrides_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "ita").mkdir()
    (tmp_path / "ita" / "2599.toml").write_text(YEAR_FILE, encoding="utf-8")
    (tmp_path / "ita" / "mapping.toml").write_text('[O4]\nfolders = ["/other"]\n', encoding="utf-8")
    c = ita.load(2599, tmp_path)
    assert c.items[3].folders == ("/other",)
    assert c.items[0].folders == ("/news",)


@pytest.mark.parametrize(("bad", "message"), [
    (YEAR_FILE.replace('code = "O2"', 'code = "O1"'), "twice"),
    (YEAR_FILE.replace('frequency = "yearly"', 'frequency = "hourly"'), "frequency"),
    (YEAR_FILE.replace('code = "O3"', 'code = "three"'), "code"),
    ("year = 2599\n", "no [[items]]"),
    ("year = 2599\n[[items]\n", "2599.toml"),
])
def test_a_broken_year_file_is_refused_with_its_reason(tmp_path: Path, bad: str, message: str) -> None:
    (tmp_path / "ita").mkdir()
    (tmp_path / "ita" / "2599.toml").write_text(bad, encoding="utf-8")
    with pytest.raises(Invalid, match=message.replace("[", r"\[")):
        ita.load(2599, tmp_path)


def test_status_for_a_seeded_tree(s, who, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """current / stale / present / missing, from what is published where."""
    (tmp_path / "ita").mkdir()
    (tmp_path / "ita" / "2599.toml").write_text(YEAR_FILE, encoding="utf-8")
    admin, rita = who("admin"), who("rita")
    now = utcnow()

    def publish(folder: str, title: str, when, **fields):  # type: ignore[no-untyped-def]
        it = content.create(s, admin, content.get(s, folder), "page", title=title, body="x", **fields)
        lifecycle.transition(s, admin, it, "submit", "", now=when - timedelta(minutes=5))
        lifecycle.transition(s, rita, it, "publish", "", now=when)
        return it

    news = publish("/news", "ข่าวเก่ามาก", now - timedelta(days=60))  # older than monthly allows
    plan = publish("/about/action-plans", "แผนปีนี้", now - timedelta(days=20))  # folder of category s9(3)
    structure = publish("/about/structure", "แผนผังองค์กร", now - timedelta(days=900))
    s.flush()
    by_code = {st.item.code: st for st in ita.status(s, ita.load(2599, tmp_path), now=now)}
    assert by_code["O1"].status == "stale" and [e.uid for e in by_code["O1"].evidence] == [news.uid]
    assert by_code["O2"].status == "current" and by_code["O2"].evidence[0].uid == plan.uid
    assert by_code["O3"].status == "present" and by_code["O3"].evidence[0].uid == structure.uid
    assert by_code["O4"].status == "missing" and not by_code["O4"].mapped
    # A newer news item makes O1 current; a passed review-by date makes O3 stale.
    publish("/news", "ข่าวใหม่", now - timedelta(days=2))
    structure.review_by = date.today() - timedelta(days=3)
    s.flush()
    by_code = {st.item.code: st for st in ita.status(s, ita.load(2599, tmp_path), now=now)}
    assert by_code["O1"].status == "current" and by_code["O1"].evidence[0].title == "ข่าวใหม่"
    assert by_code["O3"].status == "stale"
    assert ita.summary(list(by_code.values())) == {"current": 2, "present": 0, "stale": 1, "missing": 1}
