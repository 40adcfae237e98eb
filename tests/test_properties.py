"""Property tests (Hypothesis) for the offset maps everything else relies on.

A detector finds a span in the matching view; ``to_orig`` and the OCR line's
``sources`` carry it back to the characters (and pixels) it came from; the
DOCX writer masks exactly those characters. If any mapped offset fell outside
its source character, a redaction would land beside its text: a leak on one
side and a lost neighbour on the other. These properties are checked for any
input, not only for the examples of the unit tests.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from library import thaidate
from redactor.formats.docx import MASK_CHAR, _mask
from redactor.normalise import fold_for_match, normalise, normalised_text
from redactor.ocr.cleanup import clean_line

# Thai letters, every vowel and mark (in any order, as broken text layers give
# them), the PUA shapes of Word PDFs, zero-width characters, digits of both
# scripts, the OCR noise cleanup looks for, and a little Latin.
_THAI = [chr(c) for c in range(0x0E01, 0x0E5C)]
_PUA = [chr(c) for c in (0xF700, 0xF701, 0xF70A, 0xF70B, 0xF70C, 0xF70D, 0xF70E, 0xF710, 0xF711, 0xF712, 0xF713)]
_OTHER = [*" \t-./,:|[]'0123456789OolI", "\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad", "\ufb01", "\u2028"]
_ALPHABET = st.sampled_from(_THAI + _PUA + _OTHER + list("abcXYZ"))
thai_text = st.lists(_ALPHABET, max_size=80).map("".join)
# Words that trigger the repairs (sara am split or lost, tone marks swapped,
# OCR'd context words), mixed with arbitrary characters, so the rewrites fire
# often rather than by chance.
_PIECES = ["ต าแหน่ง", "ส้าคัญ", "น ้า", "ทํา", "ท่ํา", "ทำ", "หมู่", "หมู", "มู่", "บานเลขที", "ด.ซ,", "1-2345- 67890- 12-3",
           "20. 00", "O1", "l2", "| ", "ผูแจ้ง", "ที่อยู", "ํ่า"]
thai_pieces = st.lists(st.one_of(st.sampled_from(_PIECES), _ALPHABET), max_size=30).map("".join)
any_text = st.one_of(thai_text, thai_pieces)

_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_view(text: str, repair: bool) -> None:
    view = normalise(text, repair=repair)
    n = len(view.text)
    assert len(view.starts) == n and len(view.ends) == n
    for i in range(n):
        # Every normalised character lands inside the original text, on a
        # non-empty span.
        assert 0 <= view.starts[i] < view.ends[i] <= len(text), (text, i)
        if i:
            assert view.starts[i - 1] <= view.starts[i] and view.ends[i - 1] <= view.ends[i], (text, i)
    # Any span maps to a well-formed original span, and the whole view maps to
    # no more than the original.
    if n:
        lo, hi = view.to_orig(0, n)
        assert 0 <= lo < hi <= len(text)
        for start in range(0, n, max(1, n // 7)):
            for end in range(start + 1, n + 1, max(1, n // 5)):
                a, b = view.to_orig(start, end)
                assert 0 <= a < b <= len(text)


@_SETTINGS
@given(any_text)
def test_normalise_maps_every_character_inside_its_source(text: str) -> None:
    _check_view(text, repair=True)
    _check_view(text, repair=False)


@_SETTINGS
@given(any_text)
def test_normalise_is_idempotent_without_repair(text: str) -> None:
    once = normalise(text, repair=False).text
    assert normalise(once, repair=False).text == once


@_SETTINGS
@given(any_text)
def test_fold_for_match_is_a_function_of_the_substring(text: str) -> None:
    # Verification looks for a kept string's key inside the output's key: the
    # fold must give a string the same key wherever it stands between words.
    key = fold_for_match(text)
    assert fold_for_match("ก " + text + " ข") == "ก" + key + "ข"
    assert fold_for_match(key) == key


@_SETTINGS
@given(any_text)
def test_ocr_cleanup_sources_point_into_the_raw_line(raw: str) -> None:
    text, sources = clean_line(raw)
    assert len(sources) == len(text)
    for i, (lo, hi) in enumerate(sources):
        assert 0 <= lo <= hi <= len(raw), (raw, i)
        assert lo < hi, (raw, i)  # no cleaned character comes from nowhere
    # Pixels follow characters in reading order.
    assert all(a[0] <= b[0] for a, b in pairwise(sources)), raw


@st.composite
def _text_and_cuts(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(any_text)
    n = len(text)
    cuts = draw(st.lists(st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3)), max_size=5))
    return text, [(min(a, b), max(a, b)) for a, b in cuts]


@_SETTINGS
@given(_text_and_cuts())
def test_docx_mask_keeps_length_and_touches_only_the_cuts(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, cuts = case
    out = _mask(text, cuts)
    assert len(out) == len(text)
    for i, (before, after) in enumerate(zip(text, out, strict=True)):
        inside = any(lo <= i < hi for lo, hi in cuts)
        assert after == (MASK_CHAR if inside else before), (text, cuts, i)


# Two-digit Buddhist-era years (the short style) stand for 2500–2599 BE.
_SHORT_RANGE = st.dates(min_value=date(2500 - 543, 1, 1), max_value=date(2599 - 543, 12, 31))


@_SETTINGS
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)),
       st.sampled_from(["long", "numeric", "full"]), st.sampled_from(["arabic", "thai"]))
def test_thai_date_round_trips(d: date, style: thaidate.Style, digits: thaidate.Digits) -> None:
    shown = thaidate.format_date(d, style, digits)
    assert thaidate.parse_date(shown) == d, shown


@_SETTINGS
@given(_SHORT_RANGE, st.sampled_from(["arabic", "thai"]))
def test_short_thai_date_round_trips(d: date, digits: thaidate.Digits) -> None:
    shown = thaidate.format_date(d, "short", digits)
    assert thaidate.parse_date(shown) == d, shown


@_SETTINGS
@given(st.lists(st.sampled_from([*"กาข \t\n1a", "\n  ", "ก\nข"]), max_size=40).map("".join))
def test_health_squash_maps_every_char_back(text: str) -> None:
    """The health detector reads terms across line wraps inside Thai words: each char of the
    squashed text maps back to the same char of the text, in order, and the end to the end."""
    from redactor.detectors.health import squash

    squashed, back = squash(text)
    offsets = [back[i] for i in range(len(squashed))]
    assert [text[o] for o in offsets] == list(squashed)
    assert offsets == sorted(set(offsets))
    assert back[len(squashed)] == len(text)
    assert "".join(text[o] for o in range(len(text)) if o not in set(offsets)).strip(" \t\n") == ""


@_SETTINGS
@given(any_text)
def test_normalised_text_is_normalise_without_its_map(text: str) -> None:
    """fold_for_match reads the view's text only: the text-only path gives the same string."""
    assert normalised_text(text) == normalise(text, repair=False).text


_MAIL_PIECES = ["สมชาย", " ", "ใจดี", "\n", "<a.b@mail.co.th>", "John", " Smith", ":", ",", "; ", "\t", "x",
                "<x@y.com>", "ก", "Dear", "ถึง"]


@_SETTINGS
@given(st.lists(st.sampled_from(_MAIL_PIECES), max_size=16).map("".join))
def test_mail_header_reads_only_address_lines_and_finds_the_same(text: str) -> None:
    """Display names are looked for only on an address's line and the line before: the same
    matches as reading the whole text."""
    from redactor.detectors.mail_header import DISPLAY_RE, _display_names

    assert [(m.span(), m.group(1)) for m in _display_names(text)] == \
        [(m.span(), m.group(1)) for m in DISPLAY_RE.finditer(text)]


def _kin_names_by_every_run(text: str) -> list[tuple[int, int]]:
    """The kinship-name rule as first written: every run of Thai letters, every honorific in it."""
    import re

    from redactor.detectors.base import TH
    from redactor.detectors.nickname import _HON
    from redactor.detectors.person_name import name_lists

    firsts, families, words = name_lists()
    out = []
    for run in re.finditer(rf"[{TH}]+", text):
        for k in re.finditer(_HON, run.group()):
            rest = run.group()[k.end():]
            if not 3 <= len(rest) <= 12 or rest in words or (rest not in firsts and rest not in families):
                continue
            if k.start() > 0 and run.group()[:k.start()] + k.group() in words:
                continue
            out.append((run.start() + k.start(), run.end()))
            break
    return out


_KIN_PIECES = ["ป้า", "ยาย", "ตา", "อา", "อาม่า", "น้อง", "สมศรี", "บุญมี", "สายทอง", "ใจดี", "แม่น้ำ", "ปลา", "ของ",
               "ลูกชาย", "พ่อค้า", " ", "\n", "“", "”", "ก", "1"]


@_SETTINGS
@given(st.lists(st.sampled_from(_KIN_PIECES), max_size=14).map("".join))
def test_kin_names_reads_only_runs_a_name_can_end_and_finds_the_same(text: str) -> None:
    from redactor.detectors.base import DetectionContext
    from redactor.detectors.nickname import NicknameDetector

    found = [(f.start, f.end) for f in NicknameDetector()._kin_names(DetectionContext(text, None))]
    assert found == _kin_names_by_every_run(text)


_Lines = list[tuple[int | None, tuple[float, ...], float, float]]


def _band_limits_pairwise(info: _Lines) -> tuple[list[float], list[float]]:
    """The definition of ``redactor.formats.pdf._band_limits``, every pair of lines compared (numpy)."""
    import numpy as np

    n = len(info)
    ax = np.array([-1 if a is None else a for a, _b, _base, _s in info])
    boxes = np.array([b for _a, b, _base, _s in info], dtype=float).reshape(n, 4)
    bases = np.array([b for _a, _box, b, _s in info], dtype=float)
    size = np.array([s for _a, _b, _base, s in info], dtype=float)
    x0, y0, x1, y1 = boxes.T
    neighbour = ((ax[:, None] == ax[None, :]) & (x1[None, :] > x0[:, None]) & (x0[None, :] < x1[:, None])
                 & (np.abs(bases[None, :] - bases[:, None]) >= 0.3 * size[:, None]))
    np.fill_diagonal(neighbour, False)
    above = neighbour & (bases[None, :] < bases[:, None])
    below = neighbour & (bases[None, :] > bases[:, None])
    top = np.maximum(y0, np.where(above, y1[None, :] + 0.05, -np.inf).max(axis=1))
    bot = np.minimum(y1, np.where(below, y0[None, :] - 0.05, np.inf).min(axis=1))
    return [float(v) for v in top], [float(v) for v in bot]


@st.composite
def _page_lines(draw: st.DrawFn) -> _Lines:
    """Lines of a page: columns, overlapping glyph boxes, equal baselines, tall and tiny fonts."""
    coord = st.integers(0, 60).map(lambda v: v * 2.5)
    out = []
    for _ in range(draw(st.integers(1, 14))):
        x0, y0 = draw(coord), draw(coord)
        w, h = draw(st.integers(1, 40).map(lambda v: v * 2.5)), draw(st.integers(0, 12).map(lambda v: v * 1.5))
        base = y0 + draw(st.sampled_from([0.0, 0.8, 1.0, 1.2])) * h
        out.append((draw(st.sampled_from([0, 0, 0, 1, None])), (x0, y0, x0 + w, y0 + h), base,
                    draw(st.sampled_from([0.0, 4.0, 10.0, 14.0, 30.0]))))
    return out


@_SETTINGS
@given(_page_lines())
def test_band_limits_equal_the_pairwise_definition(info: _Lines) -> None:
    from redactor.formats.pdf import _band_limits

    top, bot = _band_limits(info)
    ref_top, ref_bot = _band_limits_pairwise(info)
    for i, (axis, *_rest) in enumerate(info):
        if axis is not None:  # a line at another angle keeps its box; its limits are not used
            assert (top[i], bot[i]) == (ref_top[i], ref_bot[i]), i


# --- keep_rules.titled_occurrences: the spans of one regex, found without building it --------

_NAME_KEYS = ["สมศักดิ์รักดี", "วิไลวรรณ", "JohnSmith", "ก"]
_OCC_PIECES = ["นาย", "นาง", "นางสาว", "ดร.", "พ.ต.อ.", "Mr.", " ", "\t", "\n", "  ", "ที่", "และ", "ชื่อ",
               "สมศักดิ์", "รักดี", "สมศักดิ์ รักดี", "วิไล", "วรรณ", "John", "Smith", "ก", "a"]


@_SETTINGS
@given(st.sampled_from(_NAME_KEYS), st.lists(st.sampled_from(_OCC_PIECES), max_size=24).map("".join))
def test_titled_occurrences_equal_the_titled_name_regex(key: str, text: str) -> None:
    import re

    from redactor.keep_rules import flex_pattern, titled_occurrences
    from redactor.lexicon import TITLE_RE

    # (Keys are names: none ends a title, where the one regex could also match a title that
    # runs over the name's start.)
    full = re.compile(rf"(?:{TITLE_RE}\s*)?" + flex_pattern(key))
    assert list(titled_occurrences(key, text)) == [m.span() for m in full.finditer(text)]


# --- substrings.Substrings: the answers of ``in`` and ``str.count``, through an index --------


@_SETTINGS
# Long runs of one piece: many equal three-character runs, whose positions the index must keep in order.
@given(st.lists(st.sampled_from(["กขา", "ขาข", "aa", "a", " ", "กก", "\n", "a" * 60, "กขา" * 30]),
                max_size=300).map("".join),
       st.lists(st.text(alphabet="กขา a\n", min_size=1, max_size=7), min_size=1, max_size=40))
# A needle near the haystack's end, shorter than the padding: a longer slice there comes out as short as it
# and was looked up again (a start listed twice).
@example(hay="aaaa", needles=["aaa"])
def test_substrings_answer_like_in_and_count(hay: str, needles: list[str]) -> None:
    from redactor import substrings

    # Past INDEX_FROM needles the index answers: pad the list with needles that never occur.
    padding = [f"z{i:04d}" for i in range(substrings.INDEX_FROM)]
    index = substrings.Substrings(hay, needles + padding)
    unindexed = substrings.Substrings(hay, needles)  # too few needles: answered by scans
    other = hay[::-1]
    shared = substrings.Substrings(other, needles + padding, like=index)  # the same needles' trie, reused
    assert shared._trie is index._trie
    for needle in needles + padding[:3]:
        assert shared.count(needle) == other.count(needle), needle
        assert index.count(needle) == hay.count(needle), needle
        assert (needle in index) == (needle in hay), needle
        every = [i for i in range(len(hay)) if hay.startswith(needle, i)]  # overlapping ones too
        assert index.starts(needle) == every, needle
        assert unindexed.starts(needle) == every, needle


def test_substrings_index_a_long_haystack_for_fewer_needles() -> None:
    """Over a long text a few dozen needles are indexed (one pass), with the answers of scans."""
    from redactor import substrings

    words = [f"ชื่อ{i}ก" for i in range(substrings.INDEX_FROM_LONG)]
    hay = " ".join(words[i % 7] + " ข้อความ" for i in range(substrings.INDEX_WORK // len(words) // 8))
    assert substrings.indexed(len(words), len(hay)) and not substrings.indexed(len(words) - 1, len(hay))
    assert not substrings.indexed(len(words), 1000)
    index = substrings.Substrings(hay, words)
    assert index._at is not None  # built
    for w in words:
        assert index.count(w) == hay.count(w) and (w in index) == (w in hay), w


# --- rx.either: an optional or alternated head written out per alternative ---------------------


@_SETTINGS
@given(st.lists(st.sampled_from(["มี", "เป็น", "หนี้", "สิน", "รายได้", "ละ", " ", "5", "ก"]), max_size=16).map("".join))
def test_either_matches_like_the_grouped_head(text: str) -> None:
    import re

    from redactor.rx import either as _either

    tail = r"หนี้(?:สิน)?(?:ละ)?[ \t]*[0-9]?"
    for heads in (("มี", ""), ("มี", "เป็น"), ("เป็น", "มี", "")):
        grouped = re.compile("(?:" + "|".join(heads) + ")" + tail)
        written = re.compile(_either(heads, tail))
        assert [m.span() for m in written.finditer(text)] == [m.span() for m in grouped.finditer(text)]
