"""Dates in the Buddhist era (พ.ศ.), as Thai official documents write them.

Dates are stored as ``date`` (and instants as UTC ``datetime``); only display
uses the Buddhist era. ``format_date(date(2018, 5, 10))`` is
``"10 พฤษภาคม 2561"``; ``style="short"`` gives ``"10 พ.ค. 61"`` and
``digits="thai"`` gives ``"๑๐ พฤษภาคม ๒๕๖๑"`` like the seed guideline's
letterhead. ``parse_date`` reads those forms back, the other ways Thai users type a
date (PyThaiNLP's month spellings such as ``พฤษภา``, Thai or Arabic digits, ``10/5/68``)
and ISO dates, by one stated year rule (``resolve_year``: 2400 and above is BE).
"""

from __future__ import annotations

import functools
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


def arabic_digits(text: str) -> str:
    return text.translate(_ARABIC_DIGITS)


def in_digits(text: str, digits: Digits) -> str:
    """``text`` with every digit in the one style (``thai`` ๐–๙ or ``arabic`` 0–9)."""
    return thai_digits(text) if digits == "thai" else arabic_digits(text)


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


# --- parsing -----------------------------------------------------------------------------
#
# The year rule, in one place (``resolve_year``):
#   * two digits (``68``) are the Buddhist era's short form: 2500 + 68 = 2568 BE;
#   * four digits from 2400 up are Buddhist era (2568 → 2025 CE); below 2400 they are CE
#     (2025 stays 2025) — the eras are 543 years apart, so no year a user means is ambiguous;
#   * "พ.ศ." or "ค.ศ." written before the year says the era outright (a CE year after พ.ศ. is refused);
#   * any other width (1, 3 or 5+ digits) is refused, and so are a BE year above 2999 and a CE year
#     outside 1800-2199 (2200-2399 is neither a plausible CE year nor a BE one): typing mistakes,
#     not an official document's date. Every date from CE 1800 to 2456 (BE 2999) can be entered.
# ISO dates (YYYY-MM-DD) follow the same rule, because a browser's date picker hands over
# whatever year was typed (2568-05-10 when a user types the BE year).

MIN_YEAR_CE = 1800
MAX_YEAR_CE = 2199  # as a CE year typed
BE_FROM = 2400
MAX_YEAR_BE = 2999


class DateError(ValueError):
    """A date that cannot be read or does not exist. ``str()`` is the Thai message; ``en`` the English one."""

    def __init__(self, th: str, en: str) -> None:
        super().__init__(th)
        self.th = th
        self.en = en


@functools.cache
def _month_lookup() -> dict[str, int]:
    """Every month spelling PyThaiNLP lists (full ``พฤษภาคม``, colloquial ``พฤษภา``, abbreviated ``พ.ค.``),
    each also without its dots and spaces (``พค``)."""
    from pythainlp.util.date import thai_abbr_months, thai_full_month_lists, thai_full_months

    out: dict[str, int] = {}
    for i, names in enumerate(thai_full_month_lists):
        for name in (*names, thai_full_months[i], thai_abbr_months[i], MONTHS[i], MONTHS_SHORT[i]):
            if not name.isdigit():
                out[name] = i + 1
                out[_squash(name)] = i + 1
    return out


def _squash(word: str) -> str:
    return re.sub(r"[.\s]", "", word)


_SPACES = re.compile(r"\s+")
_PREFIX = re.compile(r"^(?:วัน(?:" + "|".join(WEEKDAYS) + r")?\s*)?(?:ที่\s*)?")
_ERA = re.compile(r"(พ\.\s*ศ\.|พุทธศักราช|ค\.\s*ศ\.|คริสต์ศักราช)\s*")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUM_DATE = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d+)$")
_TEXT_DATE = re.compile(r"^(\d{1,2})\s*(?:เดือน\s*)?([\u0e01-\u0e4e.][\u0e01-\u0e4e.\s]*?)\s*(\d+)$")


def parse_date(text: str) -> date:
    """Read a date the way Thai users write it; return the (CE) ``date`` to store.

    Day-month-year: ``10/05/2568``, ``10-5-68``, ``10.05.2568``, ``10 พฤษภาคม 2568``,
    ``10 พฤษภา 68``, ``10 พ.ค. 2568``, ``10พค68``, ``วันพฤหัสบดีที่ 10 เดือนพฤษภาคม พ.ศ. 2568``;
    year-month-day with a four-digit year: ``2025-05-10``, ``2568-05-10``. Thai digits
    (``๑๐ พ.ค. ๖๘``) anywhere. The year follows ``resolve_year``.
    Raises ``DateError`` (a ``ValueError``) with a Thai message for anything else,
    including dates that do not exist (31 เมษายน, 29 กุมภาพันธ์ 2567).
    """
    raw = text if isinstance(text, str) else str(text)
    s = _SPACES.sub(" ", raw.translate(_ARABIC_DIGITS)).strip()
    if not s:
        raise DateError("กรุณากรอกวันที่", "please enter a date")
    s = _PREFIX.sub("", s, count=1)
    era = ""
    if m := _ERA.search(s):  # "พ.ศ." / "ค.ศ." right before the year: the era is said outright
        era = "ce" if m[1].startswith("ค") else "be"
        s = (s[:m.start()].rstrip() + " " + s[m.end():]).strip()
    if m := _ISO_DATE.match(s):
        return _make(m[1], era, int(m[2]), int(m[3]))
    if m := _NUM_DATE.match(s):
        return _make(m[3], era, int(m[2]), int(m[1]))
    if m := _TEXT_DATE.match(s):
        name = m[2].strip()
        month = _month_lookup().get(name) or _month_lookup().get(_squash(name))
        if month is None:
            raise DateError(f"ไม่รู้จักชื่อเดือน “{name}” (ใช้ได้ เช่น พฤษภาคม พฤษภา พ.ค.)",
                            f"unknown Thai month {name!r} (e.g. พฤษภาคม, พฤษภา, พ.ค.)")
        return _make(m[3], era, month, int(m[1]))
    raise _not_a_date(raw)


def _not_a_date(raw: str) -> DateError:
    return DateError(f"อ่านวันที่ “{raw.strip()}” ไม่ได้ กรุณากรอกวัน เดือน ปี พ.ศ. เช่น 10/05/2568 หรือ 10 พ.ค. 2568",
                     f"not a date: {raw.strip()!r} (write day, month, Buddhist-era year, e.g. 10/05/2568)")


def resolve_year(digits: str, era: str = "") -> int:
    """The CE year meant by a year as written (Arabic digits), by the rule above; ``era`` is
    ``"be"`` or ``"ce"`` when the text said so."""
    digits = digits.strip()
    if not digits.isdigit() or not digits.isascii():
        raise DateError(f"ปี “{digits}” ไม่ถูกต้อง", f"not a year: {digits!r}")
    y = int(digits)
    if len(digits) == 2 and era != "ce":
        return 2500 + y - BE_OFFSET
    if len(digits) != 4:
        raise DateError(f"ปี “{digits}” ไม่ถูกต้อง กรุณากรอกปี พ.ศ. ๔ หลัก (เช่น 2568) หรือ ๒ หลัก (เช่น 68)",
                        f"year {digits!r}: write a four-digit Buddhist-era year (2568) or two digits (68)")
    if era == "be" or (era == "" and y >= BE_FROM):
        if not BE_FROM <= y <= MAX_YEAR_BE:
            raise DateError(f"ปี พ.ศ. {y} ไม่ถูกต้อง (รับได้ พ.ศ. {BE_FROM}–{MAX_YEAR_BE})",
                            f"B.E. {y} is out of range (B.E. {BE_FROM}-{MAX_YEAR_BE})")
        return y - BE_OFFSET
    if not MIN_YEAR_CE <= y <= MAX_YEAR_CE:
        raise DateError(f"ปี {y} อยู่นอกช่วงที่รับได้ (ปี พ.ศ. {BE_FROM}–{MAX_YEAR_BE} หรือ ค.ศ. {MIN_YEAR_CE}–{MAX_YEAR_CE})",
                        f"year {y} is out of range (B.E. {BE_FROM}-{MAX_YEAR_BE} or A.D. {MIN_YEAR_CE}-{MAX_YEAR_CE})")
    return y


def _make(year_text: str, era: str, month: int, day: int) -> date:
    year = resolve_year(year_text, era)
    if not 1 <= month <= 12:
        raise DateError(f"ไม่มีเดือนที่ {month} (เดือนมี ๑ ถึง ๑๒)", f"there is no month {month}")
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"ไม่มีวันที่ {day} {MONTHS[month - 1]} {year + BE_OFFSET}",
                        f"there is no day {day} in month {month} of {year}") from None
