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
