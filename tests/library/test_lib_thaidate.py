"""Buddhist-era dates with Thai month names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from library.thaidate import format_date, format_datetime, parse_date, start_of_day, today_bangkok

D = date(2018, 5, 10)


@pytest.mark.parametrize(("style", "digits", "expected"), [
    ("long", "arabic", "10 พฤษภาคม 2561"),
    ("long", "thai", "๑๐ พฤษภาคม ๒๕๖๑"),
    ("short", "arabic", "10 พ.ค. 61"),
    ("numeric", "arabic", "10/05/2561"),
    ("full", "arabic", "วันพฤหัสบดีที่ 10 พฤษภาคม พ.ศ. 2561"),
])
def test_format(style, digits, expected) -> None:
    assert format_date(D, style, digits) == expected


def test_every_month() -> None:
    names = [format_date(date(2025, m, 1)).split()[1] for m in range(1, 13)]
    assert names == ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
                     "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]


def test_datetimes_are_shown_in_bangkok_time() -> None:
    dt = datetime(2024, 12, 31, 18, 30, tzinfo=UTC)  # 01:30 on 1 January in Bangkok
    assert format_date(dt) == "1 มกราคม 2568"
    assert format_datetime(dt) == "1 มกราคม 2568 เวลา 01:30 น."
    assert format_datetime(dt, digits="thai") == "๑ มกราคม ๒๕๖๘ เวลา ๐๑:๓๐ น."
    assert format_date(None) == "" and format_datetime(None) == ""


@pytest.mark.parametrize("text", ["10 พฤษภาคม 2561", "๑๐ พฤษภาคม ๒๕๖๑", "10 พ.ค. 61", "10 พ.ค. 2561", "10 พค 2561",
                                  "10/05/2561", "2018-05-10", "วันพฤหัสบดีที่ 10 พฤษภาคม พ.ศ. 2561",
                                  "10 พฤษภาคม 2018"])
def test_parse(text) -> None:
    assert parse_date(text) == D


@pytest.mark.parametrize("text", ["", "พรุ่งนี้", "32 พฤษภาคม 2561", "10 พฤษภ 2561", "2561-13-01"])
def test_parse_rejects(text) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_round_trip_every_style() -> None:
    for style in ("long", "short", "numeric", "full"):
        for digits in ("arabic", "thai"):
            assert parse_date(format_date(date(2024, 2, 29), style, digits)) == date(2024, 2, 29)


def test_start_of_day_and_today() -> None:
    assert start_of_day(date(2025, 1, 1)) == datetime(2024, 12, 31, 17, 0, tzinfo=UTC)
    assert today_bangkok(datetime(2024, 12, 31, 17, 0, tzinfo=UTC)) == date(2025, 1, 1)


# --- the year rule and every way of writing a date (issue #17 part 7) --------------------

MAY10_2025 = date(2025, 5, 10)


@pytest.mark.parametrize("text", [
    # day/month/year with separators, BE four digits, BE two digits, Thai digits
    "10/05/2568", "10/5/2568", "10-05-2568", "10.05.2568", "10 / 05 / 2568", "10/05/68", "๑๐/๐๕/๒๕๖๘",
    # Thai month names: full, PyThaiNLP's colloquial short form, abbreviation with and without dots
    "10 พฤษภาคม 2568", "10 พฤษภา 2568", "10 พฤษภา 68", "10 พ.ค. 2568", "10 พ.ค. 68", "10 พค 68", "10พ.ค.68",
    "10พฤษภาคม2568", "10 พ. ค. 2568", "๑๐ พฤษภา ๖๘", "๑๐ พ.ค. ๒๕๖๘", "10 เดือนพฤษภาคม 2568",
    # wordings of a letter: era written out, weekday, วันที่
    "10 พฤษภาคม พ.ศ. 2568", "10 พฤษภาคม พ.ศ.2568", "วันที่ 10 พฤษภาคม พ.ศ. 2568",
    "วันเสาร์ที่ 10 พฤษภาคม พ.ศ. 2568", "ที่ ๑๐ พ.ค. ๖๘", "  10   พฤษภาคม   2568  ",
    # year first (ISO and a date picker's value): CE, and BE as a picker hands it over
    "2025-05-10", "2568-05-10", "2568/05/10", "2568-5-10", "๒๕๖๘-๐๕-๑๐",
    # CE years (below 2400) stay CE; the era may be said
    "10/05/2025", "10 พฤษภาคม 2025", "10 พ.ค. ค.ศ. 2025",
])
def test_parse_reads_every_form_as_the_same_day(text) -> None:
    assert parse_date(text) == MAY10_2025


@pytest.mark.parametrize(("year", "era", "ce"), [
    ("2568", "", 2025), ("2400", "", 1857), ("2399", "", None), ("2025", "", 2025), ("1900", "", 1900),
    ("1800", "", 1800), ("1799", "", None), ("2199", "", 2199), ("2200", "", None), ("2350", "", None),
    ("2999", "", 2456), ("3000", "", None), ("2943", "", 2400),
    ("68", "", 2025), ("00", "", 1957), ("99", "", 2056), ("05", "", 1962),
    ("2568", "be", 2025), ("2025", "be", None), ("2025", "ce", 2025), ("2568", "ce", None), ("68", "ce", None),
    ("8", "", None), ("568", "", None), ("02568", "", None), ("", "", None), ("๒๕๖๘", "", None),
])
def test_year_rule(year, era, ce) -> None:
    """Two digits: BE short form (2500 + yy). Four digits: BE from 2400 up, CE below. The era written
    before the year decides; other widths, BE years above 2999 and CE years outside 1800-2199 are refused."""
    from library.thaidate import DateError, resolve_year

    if ce is None:
        with pytest.raises(DateError):
            resolve_year(year, era)
    else:
        assert resolve_year(year, era) == ce


def test_typing_2568_into_a_date_picker_is_not_ce_2568() -> None:
    """The bug of issue #17: a picker's ISO value with the BE year typed in stored CE 2568 (shown 3111)."""
    d = parse_date("2568-05-10")
    assert d.year == 2025
    assert format_date(d) == "10 พฤษภาคม 2568"


@pytest.mark.parametrize(("text", "message"), [
    ("31 เมษายน 2568", "ไม่มีวันที่ 31 เมษายน 2568"),
    ("29 ก.พ. 2568", "ไม่มีวันที่ 29 กุมภาพันธ์ 2568"),
    ("31/06/68", "ไม่มีวันที่ 31 มิถุนายน 2568"),
    ("0/05/2568", "ไม่มีวันที่ 0 พฤษภาคม 2568"),
    ("10/13/2568", "ไม่มีเดือนที่ 13"),
    ("2568-00-10", "ไม่มีเดือนที่ 0"),
    ("10 พฤษภ 2568", "ไม่รู้จักชื่อเดือน “พฤษภ”"),
    ("10 May 2568", "อ่านวันที่"),
    ("10/05/256", "ปี “256” ไม่ถูกต้อง"),
    ("10/05/2350", "ปี 2350 อยู่นอกช่วงที่รับได้"),
    ("10 พ.ค. พ.ศ. 2025", "ปี พ.ศ. 2025 ไม่ถูกต้อง"),
    ("10/05/3001", "ปี พ.ศ. 3001 ไม่ถูกต้อง"),
    ("", "กรุณากรอกวันที่"),
    ("   ", "กรุณากรอกวันที่"),
    ("พรุ่งนี้", "อ่านวันที่ “พรุ่งนี้” ไม่ได้"),
    ("10/05", "อ่านวันที่"),
    ("25-05-10-1", "อ่านวันที่"),
    ("10 พฤษภาคม", "อ่านวันที่"),
])
def test_impossible_or_unreadable_dates_are_refused_in_thai(text, message) -> None:
    from library.thaidate import DateError

    with pytest.raises(DateError) as info:
        parse_date(text)
    assert message in str(info.value)
    assert info.value.en and info.value.en != str(info.value)


def test_leap_day_exists_only_in_leap_years() -> None:
    assert parse_date("29 ก.พ. 2567") == date(2024, 2, 29)  # 2567 BE = 2024 CE, a leap year
    with pytest.raises(ValueError):
        parse_date("29/02/2569")


def test_every_pythainlp_month_spelling_parses() -> None:
    from pythainlp.util.date import thai_full_month_lists

    for month, names in enumerate(thai_full_month_lists, 1):
        for name in names:
            if not name.isdigit():
                assert parse_date(f"1 {name} 2568") == date(2025, month, 1), name


def test_round_trip_every_day_of_a_leap_year() -> None:
    d = date(2024, 1, 1)
    while d.year == 2024:
        for style in ("long", "short", "numeric", "full"):
            assert parse_date(format_date(d, style, "thai")) == d
        d = date.fromordinal(d.toordinal() + 1)
