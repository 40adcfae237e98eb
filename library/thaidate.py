"""Dates in the Buddhist era (พ.ศ.), as Thai official documents write them.

Dates are stored as ``date`` (and instants as UTC ``datetime``); only display
uses the Buddhist era. ``format_date(date(2018, 5, 10))`` is
``"10 พฤษภาคม 2561"``; ``style="short"`` gives ``"10 พ.ค. 61"`` and
``digits="thai"`` gives ``"๑๐ พฤษภาคม ๒๕๖๑"`` like the seed guideline's
letterhead. ``parse_date`` reads those forms back (and ISO dates).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Literal

BE_OFFSET = 543
BANGKOK = timezone(timedelta(hours=7), "Asia/Bangkok")  # no DST in Thailand

MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
          "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_ARABIC_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

Style = Literal["long", "short", "numeric", "full"]
Digits = Literal["arabic", "thai"]


def be_year(d: date) -> int:
    return d.year + BE_OFFSET


def thai_digits(text: str) -> str:
    return text.translate(_THAI_DIGITS)


def format_date(d: date | datetime | None, style: Style = "long", digits: Digits = "arabic") -> str:
    """``long`` 10 พฤษภาคม 2561 · ``short`` 10 พ.ค. 61 · ``numeric`` 10/05/2561 ·
    ``full`` วันพฤหัสบดีที่ 10 พฤษภาคม พ.ศ. 2561. A ``datetime`` is shown in Bangkok time."""
    if d is None:
        return ""
    if isinstance(d, datetime):
        d = to_bangkok(d).date()
    y = be_year(d)
    if style == "long":
        out = f"{d.day} {MONTHS[d.month - 1]} {y}"
    elif style == "short":
        out = f"{d.day} {MONTHS_SHORT[d.month - 1]} {y % 100:02d}"
    elif style == "numeric":
        out = f"{d.day:02d}/{d.month:02d}/{y}"
    elif style == "full":
        out = f"วัน{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {y}"
    else:
        raise ValueError(f"unknown date style {style!r}")
    return thai_digits(out) if digits == "thai" else out


def format_datetime(dt: datetime | None, style: Style = "long", digits: Digits = "arabic") -> str:
    """``10 พฤษภาคม 2561 เวลา 14:30 น.`` in Bangkok time."""
    if dt is None:
        return ""
    local = to_bangkok(dt)
    out = f"{format_date(local.date(), style)} เวลา {local:%H:%M} น."
    return thai_digits(out) if digits == "thai" else out


def to_bangkok(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(BANGKOK)


def start_of_day(d: date) -> datetime:
    """00:00 Bangkok time on ``d``, as an aware UTC instant (for effective dates given as dates)."""
    return datetime(d.year, d.month, d.day, tzinfo=BANGKOK).astimezone(UTC)


def today_bangkok(now: datetime | None = None) -> date:
    return to_bangkok(now or datetime.now(UTC)).date()


_MONTH_LOOKUP = {m: i + 1 for i, m in enumerate(MONTHS)}
_MONTH_LOOKUP.update({m: i + 1 for i, m in enumerate(MONTHS_SHORT)})
_MONTH_LOOKUP.update({m.replace(".", ""): i + 1 for i, m in enumerate(MONTHS_SHORT)})
_TEXT_DATE = re.compile(r"^\s*(?:วัน\S*ที่\s*)?(\d{1,2})\s+(\S+?)\s+(?:พ\.\s?ศ\.\s*)?(\d{2,4})\s*$")
_NUM_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date:
    """Read ``2018-05-10``, ``10/05/2561``, ``10 พฤษภาคม 2561``, ``๑๐ พ.ค. ๖๑`` and similar.

    Years above 2400 are taken as Buddhist era; two-digit years as the Buddhist
    era's last two digits (``61`` → 2561), as in ``10 พ.ค. 61``.
    Raises ``ValueError`` for anything else.
    """
    s = text.translate(_ARABIC_DIGITS)
    if m := _ISO_DATE.match(s):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUM_DATE.match(s):
        return date(_year(int(m[3]), 4), int(m[2]), int(m[1]))
    if m := _TEXT_DATE.match(s):
        month = _MONTH_LOOKUP.get(m[2]) or _MONTH_LOOKUP.get(m[2].replace(".", ""))
        if month is None:
            raise ValueError(f"unknown Thai month {m[2]!r}")
        return date(_year(int(m[3]), len(m[3])), month, int(m[1]))
    raise ValueError(f"not a date: {text!r}")


def _year(y: int, width: int) -> int:
    if width <= 2:
        y += 2500
    return y - BE_OFFSET if y > 2400 else y
