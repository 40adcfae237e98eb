"""Matching view of a text, with an offset map back to the original characters.

Detectors run on ``normalise(text).text``; every finding is mapped back with
``NormalisedView.to_orig`` so that the redaction lands on the characters that
are really in the file (PUA glyphs, decomposed SARA AM, zero-width characters
and all). No detector normalises on its own, so offsets cannot drift.

Only length-preserving or explicitly mapped rewrites happen here. Global NFC is
deliberately not applied: it may reorder or merge marks, and then a normalised
character would no longer correspond to one contiguous original range. The
steps, in order:

1. 1:1 rewrites: Thai PUA presentation forms, Thai and fullwidth digits,
   Unicode dashes, LINE SEPARATOR (a DOCX forced line break) to a space;
2. zero-width characters dropped, decomposed SARA AM recomposed;
3. Latin ligatures spelled out;
4. the marks of each cluster put in typing order, doubled marks merged;
5. (``repair=True`` only) a SARA AM that the text layer lost, restored where
   the dictionary agrees.

Steps 3-5 are edits on the previous view, composed so that every normalised
character still maps to the original range it comes from.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from redactor import rx

__all__ = ["LINE_SEPARATOR", "NormalisedView", "fold_for_match", "normalise"]


# --- Thai presentation forms in the Private Use Area --------------------------
#
# Fonts without OpenType Thai tables position marks by substituting shifted
# glyphs that live in the PUA; PDF exporters (notably Word) often put those
# code points straight into the text layer. Source of truth: HarfBuzz's Thai
# shaper, ``thai_pua_shape()`` in ``src/hb-ot-shaper-thai.cc`` (older trees:
# ``src/hb-ot-shape-complex-thai.cc``; both carry identical tables). Each row is
# (standard code point, win_pua, mac_pua), grouped by HarfBuzz's action tables.
# Lists published elsewhere disagree with HarfBuzz in places, so only the rows
# below are trusted; PUA code points HarfBuzz does not define are left alone.
_HB_THAI_PUA: tuple[tuple[int, int, int], ...] = (
    # SD: shift combining mark down
    (0x0E48, 0xF70A, 0xF88B),  # MAI EK
    (0x0E49, 0xF70B, 0xF88E),  # MAI THO
    (0x0E4A, 0xF70C, 0xF891),  # MAI TRI
    (0x0E4B, 0xF70D, 0xF894),  # MAI CHATTAWA
    (0x0E4C, 0xF70E, 0xF897),  # THANTHAKHAT
    (0x0E38, 0xF718, 0xF89B),  # SARA U
    (0x0E39, 0xF719, 0xF89C),  # SARA UU
    (0x0E3A, 0xF71A, 0xF89D),  # PHINTHU
    # SDL: shift combining mark down-left
    (0x0E48, 0xF705, 0xF88C),  # MAI EK
    (0x0E49, 0xF706, 0xF88F),  # MAI THO
    (0x0E4A, 0xF707, 0xF892),  # MAI TRI
    (0x0E4B, 0xF708, 0xF895),  # MAI CHATTAWA
    (0x0E4C, 0xF709, 0xF898),  # THANTHAKHAT
    # SL: shift combining mark left
    (0x0E48, 0xF713, 0xF88A),  # MAI EK
    (0x0E49, 0xF714, 0xF88D),  # MAI THO
    (0x0E4A, 0xF715, 0xF890),  # MAI TRI
    (0x0E4B, 0xF716, 0xF893),  # MAI CHATTAWA
    (0x0E4C, 0xF717, 0xF896),  # THANTHAKHAT
    (0x0E31, 0xF710, 0xF884),  # MAI HAN-AKAT
    (0x0E34, 0xF701, 0xF885),  # SARA I
    (0x0E35, 0xF702, 0xF886),  # SARA II
    (0x0E36, 0xF703, 0xF887),  # SARA UE
    (0x0E37, 0xF704, 0xF888),  # SARA UEE
    (0x0E47, 0xF712, 0xF889),  # MAITAIKHU
    (0x0E4D, 0xF711, 0xF899),  # NIKHAHIT
    # RD: remove descender from base consonant
    (0x0E0D, 0xF70F, 0xF89A),  # YO YING
    (0x0E10, 0xF700, 0xF89E),  # THO THAN
)

PUA_TO_THAI: dict[int, int] = {}
for _std, _win, _mac in _HB_THAI_PUA:
    PUA_TO_THAI[_win] = _std
    PUA_TO_THAI[_mac] = _std

# All 1:1 rewrites share one table: they never move an offset, so they can run
# before everything else without touching the offset map.
_ONE_TO_ONE: dict[int, int] = dict(PUA_TO_THAI)
for _d in range(10):
    _ONE_TO_ONE[0x0E50 + _d] = ord("0") + _d  # Thai digits
    _ONE_TO_ONE[0xFF10 + _d] = ord("0") + _d  # fullwidth digits
# Hyphens and dashes that word processors substitute for "-" in IDs and phone
# numbers (1‐1037‐02071‐81‐1); the patterns only know ASCII "-".
for _dash in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63, 0xFF0D):
    _ONE_TO_ONE[_dash] = ord("-")
# PUA marks beyond HarfBuzz's tables that the TLWG fonts (fonts-tlwg: Garuda,
# Loma, Kinnari, ...) draw as NIKHAHIT, MAITAIKHU and YAMAKKAN; the evaluation
# maps them the same way. U+F71B-U+F71D are not marks in those fonts, so they
# are left to ``fold_for_match`` only.
_ONE_TO_ONE.update({0xF71E: 0x0E4D, 0xF71F: 0x0E47, 0xF720: 0x0E4E})
# A forced line break inside a paragraph (DOCX ``w:br``, which the extractor
# writes as LINE SEPARATOR) only wraps the line: a name or a number written
# across it is one item, so detectors see a space.
LINE_SEPARATOR = "\u2028"
_ONE_TO_ONE[ord(LINE_SEPARATOR)] = ord(" ")
del _std, _win, _mac, _d, _dash

# ``str.translate`` with a dict boxes every non-Latin-1 character into an int
# for the lookup (~140 ns/char), while a regex scan is ~10 ns/char. These
# characters are sparse (Thai digits in dates and numbers, PUA marks), so find
# runs of them with a regex and translate only the runs.
_ONE_TO_ONE_CLASS = "[" + "".join(map(chr, sorted(_ONE_TO_ONE))) + "]"
_ONE_TO_ONE_RE = rx.compile(_ONE_TO_ONE_CLASS)
_ONE_TO_ONE_RUN_RE = rx.compile(_ONE_TO_ONE_CLASS + "+")


def _translate_run(m: re.Match[str]) -> str:
    return m.group().translate(_ONE_TO_ONE)


# --- Length-changing rewrites ------------------------------------------------

# NUL and U+FFFD are what MuPDF gives for a glyph without a Unicode mapping
# (a zero-width space drawn with a font that lacks it): invisible on the page,
# and they must not split a number that detection has to see whole.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\x00\ufffd"
_ZW = "[" + ZERO_WIDTH + "]"
_NIKHAHIT = "\u0e4d"
_SARA_AA = "\u0e32"
_SARA_AM = "\u0e33"
# Tone marks only: Word/Uniscribe decompose SARA AM and move the NIKHAHIT in
# front of the tone (<0E14 0E49 0E33> is written <0E14 0E4D 0E49 0E32>).
_TONE = "[\u0e48-\u0e4b]"

# Cheap pre-check: a plain character class scans several times faster than the
# alternation below, and most texts contain none of these characters.
_MAYBE_CHANGE_RE = rx.compile(f"[{ZERO_WIDTH}{_NIKHAHIT}]")

# One alternative per length-changing rule. Zero-width characters inside a
# decomposed SARA AM are swallowed by that match so the cluster stays whole.
# A NIKHAHIT after the SARA AA is the same pair in drawing order (the mark is
# placed back over the consonant); Thai never writes NIKHAHIT after SARA AA.
_CHANGE_RE = rx.compile(
    f"(?P<zw>{_ZW}+)|{_NIKHAHIT}{_ZW}*(?:(?P<tone>{_TONE}){_ZW}*)?{_SARA_AA}|{_SARA_AA}{_ZW}*{_NIKHAHIT}"
)


@dataclass(frozen=True, slots=True)
class NormalisedView:
    """The matching view of a text plus, per normalised char, its original span.

    ``starts`` and ``ends`` are both non-decreasing, and
    ``starts[i] < ends[i]`` always holds, so any normalised span maps to a
    well-formed original span. They are machine-integer arrays (``array("q")``,
    8 bytes a character): as lists of int objects they were the largest thing a
    long document kept in memory (about 40 bytes a character, a third of the
    redactor's peak on a 10,000-page PDF; benchmarks/scaling.py).
    """

    text: str
    starts: array[int]
    ends: array[int]

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) (end > start) to the original span.

        The result is ``(starts[start], ends[end - 1])``: it covers every
        original character behind the span, including dropped zero-width
        characters between them.
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(
                f"invalid normalised span [{start}, {end}) for length {len(self.text)}"
            )
        return self.starts[start], self.ends[end - 1]


def _identity(text: str) -> NormalisedView:
    n = len(text)
    pool = _counting(n + 1)
    return NormalisedView(text, pool[:n], pool[1 : n + 1])


_COUNTING = array("q")


def _counting(n: int) -> array[int]:
    """0, 1, 2 … at least to ``n - 1``: one array that grows as longer texts come, of which offset
    maps are sliced (a slice is a copy at memory speed; ``array("q", range(n))`` makes and reads a
    Python int per character)."""
    global _COUNTING
    pool = _COUNTING
    if len(pool) < n:
        if n > _COUNTING_KEPT:
            return array("q", range(n))  # a very long text's is not kept for the process's life
        pool = array("q", range(min(max(n, 2 * len(pool)), _COUNTING_KEPT)))
        _COUNTING = pool
    return pool


_COUNTING_KEPT = 1 << 21  # 16 MB


def normalise(text: str, *, repair: bool = True, ocr: Sequence[tuple[int, int]] = ()) -> NormalisedView:
    """Build the matching view of ``text`` (see the module docstring).

    ``repair`` also restores a SARA AM that a broken text layer turned into a
    space, nothing or MAI THO, where a dictionary check says so (see
    ``_repair_sara_am``). That step looks at the words around each spot, so it
    is left out of ``fold_for_match``, which must give a substring the same
    key wherever it occurs.

    ``ocr``: sorted, disjoint ranges of ``text`` that OCR read. Their leader runs stay as read
    (see ``_blank_leaders``).
    """
    view = _apply_edits(_apply_edits(_base_view(text), _ligature_edits), _mark_edits)
    if repair:
        view = _repair_sara_am(view)
        view = _blank_leaders(view, ocr)
    return view


def normalised_text(text: str) -> str:
    """``normalise(text, repair=False).text`` without the offset map (``fold_for_match``
    needs only the text, and building the map allocates an int per character)."""
    return _edited(_edited(_base_text(text), _ligature_edits), _mark_edits)


def _edited(text: str, find: Callable[[str], list[_Edit]]) -> str:
    """``_apply_edits`` on the text alone."""
    edits = find(text)
    if not edits:
        return text
    pieces: list[str] = []
    pos = 0
    for ed in edits:
        pieces.append(text[pos:ed.start])
        pieces.append(ed.text)
        pos = ed.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _base_text(text: str) -> str:
    """``_base_view(text).text``."""
    if _ONE_TO_ONE_RE.search(text) is not None:
        text = _ONE_TO_ONE_RUN_RE.sub(_translate_run, text)
    probe = _MAYBE_CHANGE_RE.search(text)
    first = _CHANGE_RE.search(text, max(probe.start() - 1, 0)) if probe is not None else None
    if first is None:
        return text
    pieces: list[str] = []
    pos = 0
    for m in _CHANGE_RE.finditer(text, first.start()):
        pieces.append(text[pos:m.start()])
        pos = m.end()
        if m.group("zw") is not None:
            continue
        tone_at = m.start("tone")
        pieces.append(text[tone_at] + _SARA_AM if tone_at >= 0 else _SARA_AM)
    pieces.append(text[pos:])
    return "".join(pieces)


def _base_view(text: str) -> NormalisedView:
    # 1:1 rewrites first, so that PUA tone marks and PUA NIKHAHIT take part in
    # the SARA AM rule below exactly like their standard code points.
    # A single-character probe scans about twice as fast as the run pattern.
    if _ONE_TO_ONE_RE.search(text) is not None:
        text = _ONE_TO_ONE_RUN_RE.sub(_translate_run, text)

    probe = _MAYBE_CHANGE_RE.search(text)
    # One back: a SARA AA before the NIKHAHIT belongs to the match.
    first = _CHANGE_RE.search(text, max(probe.start() - 1, 0)) if probe is not None else None
    if first is None:
        return _identity(text)

    # Slow path: copy untouched runs in bulk and rebuild only around matches.
    # Offsets are sliced out of one pool.
    pool = _counting(len(text) + 1)[: len(text) + 1]
    pieces: list[str] = []
    starts = array("q")
    ends = array("q")
    pos = 0
    for m in _CHANGE_RE.finditer(text, first.start()):
        mstart, mend = m.span()
        if mstart > pos:
            pieces.append(text[pos:mstart])
            starts.extend(pool[pos:mstart])
            ends.extend(pool[pos + 1 : mstart + 1])
        pos = mend
        if m.group("zw") is not None:
            # Dropped: neighbours keep their own mapping, and a span across
            # the gap still covers the zero-width characters.
            continue
        tone_at = m.start("tone")
        if tone_at >= 0:
            # <NIKHAHIT, tone, SARA AA> -> <tone, SARA AM>. The SARA AM must
            # cover the NIKHAHIT at mstart, and offsets must stay monotonic,
            # so both outputs start at the cluster start; the tone ends at
            # itself so a match stopping before the SARA AM stays tight.
            pieces.append(text[tone_at] + _SARA_AM)
            starts.extend((mstart, mstart))
            ends.extend((tone_at + 1, mend))
        else:
            pieces.append(_SARA_AM)
            starts.append(mstart)
            ends.append(mend)
    if pos < len(text):
        pieces.append(text[pos:])
        starts.extend(pool[pos:-1])
        ends.extend(pool[pos + 1 :])
    return NormalisedView("".join(pieces), starts, ends)


# --- Rewrites on top of a view ------------------------------------------------
#
# Later steps rewrite the view's text, not the original. An ``_Edit`` replaces
# view[start:end] and says, per output character, which slice [lo, hi) of the
# replaced characters it stands for; ``_apply_edits`` maps those back through
# the view, so the offset map stays exact however many steps run.


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    text: str
    # Per output character, relative to ``start``: both bounds non-decreasing
    # and lo < hi, so the composed map stays monotonic.
    rel: tuple[tuple[int, int], ...]


def _apply_edits(view: NormalisedView, find: Callable[[str], list[_Edit]]) -> NormalisedView:
    edits = find(view.text)
    if not edits:
        return view
    text, starts, ends = view.text, view.starts, view.ends
    pieces: list[str] = []
    new_starts = array("q")
    new_ends = array("q")
    pos = 0
    for ed in edits:
        if ed.start > pos:
            pieces.append(text[pos : ed.start])
            new_starts.extend(starts[pos : ed.start])
            new_ends.extend(ends[pos : ed.start])
        pieces.append(ed.text)
        for lo, hi in ed.rel:
            new_starts.append(starts[ed.start + lo])
            new_ends.append(ends[ed.start + hi - 1])
        pos = ed.end
    if pos < len(text):
        pieces.append(text[pos:])
        new_starts.extend(starts[pos:])
        new_ends.extend(ends[pos:])
    return NormalisedView("".join(pieces), new_starts, new_ends)


# --- Latin ligatures -------------------------------------------------------------
#
# PDF extraction keeps a ligature glyph as one character (so that every
# character has its own box): an address set in a font with ligatures reads
# "oﬃcer@oﬃce.go.th", which no e-mail or name pattern matches. The view spells
# the letters out; each maps to the ligature's own character.
_LIGATURES: dict[str, str] = {chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFB00, 0xFB07)}
_LIGATURE_RE = rx.compile("[\ufb00-\ufb06]")


def _ligature_edits(text: str) -> list[_Edit]:
    if _LIGATURE_RE.search(text) is None:
        return []
    return [
        _Edit(m.start(), m.end(), _LIGATURES[m.group()], ((0, 1),) * len(_LIGATURES[m.group()]))
        for m in _LIGATURE_RE.finditer(text)
    ]


# --- Mark order and doubled marks ----------------------------------------------
#
# Exporters write the marks of one cluster in glyph order, not in the order
# they are typed: shaped through the Thai PUA fallback, a tone or THANTHAKHAT
# comes before the lower vowel it sits with (ม + MAI EK + SARA UU for หมู่,
# ธ + THANTHAKHAT + SARA U for ธุ์), and a mark drawn twice is extracted twice.
# Unicode's canonical order only covers marks with a non-zero combining class
# (PHINTHU 9 < SARA U/UU 103 < tones 107); THANTHAKHAT and the upper vowels
# are class 0, so NFC leaves ธ์ุ alone. Thai spelling puts the vowel first and
# the tone or other upper sign after it, so ranks extend the canonical order
# to those: PHINTHU, then vowels above or below, then the upper signs.
_MARK_RANK: dict[str, int] = {
    "\u0e3a": 0,
    **dict.fromkeys("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39", 1),
    **dict.fromkeys("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e", 2),
}


# Two marks already in order and not doubled (ที่, กี้, ปั๊): by far the most common run, left as it is.
_ORDERED_PAIRS = frozenset(a + b for a in _MARK_RANK for b in _MARK_RANK if a != b and _MARK_RANK[a] <= _MARK_RANK[b])


def _marks(rank: int) -> str:
    return "".join(sorted(m for m, r in _MARK_RANK.items() if r == rank))


# The runs ``_mark_edits`` may change, found by the regex engine rather than a Python loop over every
# run of a Thai text (tens of thousands of ordered pairs): three marks or more, or exactly two that are
# out of order or the same mark twice. A match starts where its run starts (a shorter piece of a run
# never matches: a run of three or more is matched whole from its first mark, and what follows the
# first mark of a two-mark run is one mark) and ends where the run ends.
_MARK_RUN_TO_FIX_RE = rx.compile(
    "[" + "".join(sorted(_MARK_RANK)) + "]{3,}"
    f"|(?:[{_marks(2)}][{_marks(0)}{_marks(1)}]|[{_marks(1)}][{_marks(0)}]|([{''.join(sorted(_MARK_RANK))}])\\1)"
    f"(?![{''.join(sorted(_MARK_RANK))}])"
)


def _mark_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _MARK_RUN_TO_FIX_RE.finditer(text):
        run = m.group()
        if run in _ORDERED_PAIRS:
            continue
        order = sorted(range(len(run)), key=lambda i: _MARK_RANK[run[i]])
        # Merge a mark repeated in a row into one that covers both copies.
        groups: list[list[int]] = []
        for i in order:
            if groups and run[groups[-1][-1]] == run[i]:
                groups[-1].append(i)
            else:
                groups.append([i])
        if len(groups) == len(run) and order == sorted(order):
            continue
        # Each output mark covers its own source characters; bounds are made
        # monotonic with a suffix minimum (lo) and a prefix maximum (hi), so a
        # swapped pair maps to the pair as a whole.
        lows = [min(g) for g in groups]
        for k in range(len(lows) - 2, -1, -1):
            lows[k] = min(lows[k], lows[k + 1])
        highs = [max(g) + 1 for g in groups]
        for k in range(1, len(highs)):
            highs[k] = max(highs[k], highs[k - 1])
        out = "".join(run[g[0]] for g in groups)
        edits.append(_Edit(m.start(), m.end(), out, tuple(zip(lows, highs, strict=True))))
    return edits


# --- Dotted leaders ---------------------------------------------------------------
#
# Thai forms are filled in on dotted or underlined lines ("ข้าพเจ้า.....นางสมใจ ดีงาม.....อายุ...45...ปี");
# the value touches the leader on both sides, and no pattern written for running text ("อายุ 45 ปี",
# a title, a name and a surname apart) reads it. The detection view shows each run of three or more
# leader characters as as many spaces, one for one, so every detector reads a filled form as it reads
# prose. (Only with ``repair``: ``fold_for_match`` keeps them, a key must not depend on what surrounds
# a substring.)
# Two underscores are a typed field's edges too ("เลขที่ __๔๒/๘__"), but not inside a Latin
# identifier or handle ("john__doe"): ASCII letters or digits on both sides keep them.
_LEADER_RE = rx.compile("[.\u2026\u2025_\u00b7]{3,}|\u2026+|(?<![A-Za-z0-9_])__(?!_)|(?<!_)__(?![A-Za-z0-9_])")


# Not on text OCR read: a scanned form's leaders are read as dots, commas or nothing at all, values
# found across them would be boxed on lines OCR reads back unreliably (a dotted line next to a box
# is often skipped whole), and a file whose read-back fails cannot be published.


def _blank_leaders(view: NormalisedView, ocr: Sequence[tuple[int, int]] = ()) -> NormalisedView:
    if _LEADER_RE.search(view.text) is None:
        return view
    ocr_starts = [s for s, _e in ocr]

    def read_by_ocr(i: int) -> bool:
        k = bisect_right(ocr_starts, view.starts[i]) - 1
        return k >= 0 and view.starts[i] < ocr[k][1]

    def edits(text: str) -> list[_Edit]:
        out = []
        for m in _LEADER_RE.finditer(text):
            if ocr and read_by_ocr(m.start()):
                continue
            n = m.end() - m.start()
            out.append(_Edit(m.start(), m.end(), " " * n, tuple((k, k + 1) for k in range(n))))
        return out

    return _apply_edits(view, edits)


# --- Broken SARA AM --------------------------------------------------------------
#
# Fonts that draw SARA AM as NIKHAHIT + SARA AA glyphs often carry a ToUnicode
# map that loses the NIKHAHIT: it comes out as a space (ต าแหน่ง, น ้ายืน), as
# nothing (ตาแหน่ง), or as MAI THO (ส้าคัญ). Each is also ordinary Thai (a
# word break, ตา, ห้าม), so a spot is repaired only when the dictionary says
# so: the repaired word is a dictionary word and the words around the spot
# leave fewer characters outside the dictionary than before.
_CONSONANT = "[\u0e01-\u0e2e]"
_TONE_MARK = "[\u0e48-\u0e4b]"
_GAP_CHARS = " \u00a0"
# A Thai run, joined across a gap that a lost NIKHAHIT may have left.
_AM_RUN_RE = rx.compile(f"[\u0e01-\u0e4e](?:[\u0e01-\u0e4e]|[{_GAP_CHARS}](?={_TONE_MARK}?\u0e32))*")
_AM_GAP_RE = rx.compile(f"(?<={_CONSONANT})(?P<t1>{_TONE_MARK})?[{_GAP_CHARS}](?P<t2>{_TONE_MARK})?\u0e32")
_GAP_RE = rx.compile(f"[{_GAP_CHARS}]")
_AM_THO_RE = rx.compile(f"(?<={_CONSONANT})\u0e49\u0e32")
_AM_BARE_RE = rx.compile(f"(?<={_CONSONANT}){_TONE_MARK}?\u0e32")
# Characters of context on each side for the dictionary check: a few words.
_AM_WINDOW = 20
# A SARA AA this close to a non-dictionary token may have lost its NIKHAHIT
# (ตา|แห|น่ง: the unknown piece is two tokens after the damaged syllable).
_AM_NEAR_UNKNOWN = 8


def _repair_sara_am(view: NormalisedView) -> NormalisedView:
    if _AM_AFTER_GAP_RE.search(view.text):
        view = _apply_edits(view, _gap_before_am_edits)
    if "\u0e32" not in view.text:
        return view
    return _apply_edits(view, _sara_am_edits)


# A SARA AM glyph drawn on its own (LibreOffice, some Word fonts) can come out with a space before
# it (ค ำน ำ for คำนำ). SARA AM never follows a space in Thai: the space always goes, no dictionary needed.
_AM_AFTER_GAP_RE = rx.compile(f"(?<={_CONSONANT})(?P<t>{_TONE_MARK})?[{_GAP_CHARS}]\u0e33")


def _gap_before_am_edits(text: str) -> list[_Edit]:
    edits: list[_Edit] = []
    for m in _AM_AFTER_GAP_RE.finditer(text):
        if m.group("t"):
            edits.append(_Edit(m.start(), m.end(), m.group("t") + _SARA_AM, ((0, 1), (1, 3))))
        else:
            edits.append(_Edit(m.start(), m.end(), _SARA_AM, ((0, 2),)))
    return edits


def _unknown_chars(tokens: list[str], words: frozenset[str]) -> int:
    return sum(len(t) for t in tokens if t not in words and not t.isspace())


def _token_spans(tokens: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    pos = 0
    for tok in tokens:
        spans.append((pos, pos + len(tok), tok))
        pos += len(tok)
    return spans


def _am_score(run: str, start: int, end: int, repl: str, *, bare: bool = False, tho: bool = False) -> int | None:
    """Characters outside the dictionary near run[start:end] once it reads ``repl``
    (which ends in SARA AM), or None when the repaired word is no dictionary word
    or the repair does not lower that count.

    ``bare`` (a SARA AA with no trace of the NIKHAHIT) asks for more: before the
    repair the word must read as a dictionary word plus a piece the dictionary
    does not know after it (ตา|แห|น่ง). An unknown word is a proper noun far
    more often than a damaged one (a village called พลา is not พลำ).
    """
    from redactor.lexicon import segment_words, thai_dictionary

    words = thai_dictionary()
    lo, hi = max(0, start - _AM_WINDOW), min(len(run), end + _AM_WINDOW)
    before = segment_words(run[lo:hi])
    after = segment_words(run[lo:start] + repl + run[end:hi])
    am_at = start - lo + len(repl) - 1
    word = next(((a, b, tok) for a, b, tok in _token_spans(after) if a <= am_at < b), None)
    if word is None or len(word[2]) < 2 or word[2] not in words:
        return None
    if bare:
        # Before: a dictionary word ending at the SARA AA, then an unknown
        # piece, both inside the repaired word.
        spans = _token_spans(before)
        head = next(((a, b, tok) for a, b, tok in spans if a <= am_at < b), None)
        if head is None or head[1] != am_at + 1 or len(head[2]) < 2 or head[2] not in words:
            return None
        if not any(tok not in words for a, b, tok in spans if a > am_at and a < word[1]):
            return None
    score = _unknown_chars(after, words)
    if _GAP_RE.search(run, start, end) is not None:
        # Across a gap the count need only not rise, since no word starts
        # with SARA AA, but the text must also read as fewer words: นาย าย
        # is a word and a stray SARA AA, not นา|ยำ|ย.
        if _word_count(after) >= _word_count(before):
            return None
        return score if score <= _unknown_chars(before, words) else None
    unknown_before = _unknown_chars(before, words)
    if score < unknown_before:
        return score
    # A MAI THO where the NIKHAHIT was (a font's map gives the small circle the tone's code) can
    # leave every piece a dictionary word by chance: ประจ้า reads as ประ|จ้า (an interjection),
    # so no unknown piece gives it away. The repair still counts when it reads the passage as
    # fewer, longer dictionary words, the repaired one of four letters or more (เลข|ประ|จ้า|ตัว ->
    # เลขประจำตัว); a real tone and SARA AA is the longer word as written (ค้าขาย, not คำ|ขาย).
    if (tho and score == unknown_before and len(word[2]) >= 4
            and _word_count(after) < _word_count(before)):
        return score
    return None


def _word_count(tokens: list[str]) -> int:
    return sum(1 for t in tokens if not t.isspace())


@dataclass(frozen=True, slots=True)
class _AmCandidate(_Edit):
    """One way to read run[start:end] (ending at a SARA AA) as ``text``: an edit of the run. ``bare``: a SARA AA
    with no trace of the NIKHAHIT (``_am_score`` asks more of it)."""

    bare: bool = False


def _am_candidates(run: str, words: frozenset[str] | None = None) -> dict[int, list[_AmCandidate]]:
    """Repairs to try, per SARA AA position in ``run``, in order of preference.

    A gap or a MAI THO is rare enough to check every time; a bare SARA AA only
    near a piece the dictionary (``words``: ``thai_dictionary()``) does not know.
    """
    from redactor.lexicon import segment_tuple, thai_dictionary

    if words is None:
        words = thai_dictionary()
    out: dict[int, list[_AmCandidate]] = {}
    # Most runs hold neither a gap nor a MAI THO before a SARA AA: two substring tests skip both scans.
    if " " in run or "\u00a0" in run:
        for m in _AM_GAP_RE.finditer(run):
            t1, t2 = m.group("t1"), m.group("t2")
            if t1 and t2:
                continue
            if m.start() == 1 and m.end() == len(run):
                # A lone consonant and a lone SARA AA between spaces: letter-spaced
                # text (ป ร ะ ก า ศ) or a list, not one damaged syllable.
                continue
            if t1:  # tone, gap, SARA AA
                cand = _AmCandidate(m.start(), m.end(), t1 + _SARA_AM, ((0, 1), (1, 3)))
            elif t2:  # gap, tone, SARA AA: the gap stands for the NIKHAHIT
                cand = _AmCandidate(m.start(), m.end(), t2 + _SARA_AM, ((0, 2), (0, 3)))
            else:
                cand = _AmCandidate(m.start(), m.end(), _SARA_AM, ((0, 2),))
            out.setdefault(m.end() - 1, []).append(cand)
    if "\u0e49\u0e32" in run:
        for m in _AM_THO_RE.finditer(run):
            out.setdefault(m.end() - 1, []).append(_AmCandidate(m.start(), m.end(), _SARA_AM, ((0, 2),)))
    suspect = _near_unknown(segment_tuple(run), words)
    if suspect:
        for m in _AM_BARE_RE.finditer(run):
            aa_at = m.end() - 1
            if aa_at not in out:
                for lo, hi in suspect:
                    if lo <= aa_at < hi:
                        out[aa_at] = [_AmCandidate(aa_at, aa_at + 1, _SARA_AM, ((0, 1),), bare=True)]
                        break
    return out


def _sara_am_edits(text: str) -> list[_Edit]:
    from redactor.lexicon import thai_dictionary

    words = thai_dictionary()
    edits: list[_Edit] = []
    for run_m in _AM_RUN_RE.finditer(text):
        run = run_m.group()
        if "\u0e32" not in run:
            continue
        cands_at = _am_candidates(run, words)
        if not cands_at:
            continue
        # Left to right on a working copy that already carries the repairs
        # accepted so far, so that a word damaged twice (บ ารุงบ าเรอ) is
        # judged with its first half mended. Candidates never overlap: each
        # ends at its own SARA AA and starts after the consonant before it.
        work = run
        shift = 0  # len(work) - len(run) left of the next candidate
        for _aa_at, cands in sorted(cands_at.items()):
            best: tuple[int, _AmCandidate] | None = None
            for cand in cands:
                score = _am_score(work, cand.start + shift, cand.end + shift, cand.text, bare=cand.bare,
                                  tho=run[cand.start:cand.end] == "\u0e49\u0e32")
                if score is not None and (best is None or score < best[0]):
                    best = (score, cand)
            if best is None:
                continue
            cand = best[1]
            work = work[: cand.start + shift] + cand.text + work[cand.end + shift :]
            shift += len(cand.text) - (cand.end - cand.start)
            base = run_m.start()
            edits.append(_Edit(base + cand.start, base + cand.end, cand.text, cand.rel))
    return edits


def _near_unknown(tokens: Sequence[str], words: frozenset[str]) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for tok in tokens:
        n = len(tok)
        if tok not in words and not tok.isspace():
            spans.append((pos - _AM_NEAR_UNKNOWN, pos + n + _AM_NEAR_UNKNOWN))
        pos += n
    return spans


# --- Comparison key ------------------------------------------------------------
#
# The evaluation (shared/eval/score.py, ``normalize``) compares strings after a
# few rewrites beyond ours. They are folded in here too, so that verification
# never calls a string "gone" when the evaluation would still find it:
#   * SARA E + SARA E typed for SARA AE;
#   * PUA code points U+F71B-U+F720 (not in HarfBuzz, hence not in
#     ``normalise``, but the evaluation maps them);
#   * Unicode hyphens/dashes and minus between digits, not just ASCII '-'.
_EVAL_EXTRA_PUA: dict[int, int] = {
    0xF71B: 0x0E4E,
    0xF71C: 0x0E4E,
    0xF71D: 0x0E4D,
    0xF71E: 0x0E4D,
    0xF71F: 0x0E47,
    0xF720: 0x0E4E,
}
_EVAL_EXTRA_PUA_RE = rx.compile("[\uf71b-\uf720]")
_DIGIT_SEP_RE = rx.compile(r"(?<=\d)[\-.(),\u2010-\u2014\u2212]+(?=\d)")


def fold_for_match(text: str) -> str:
    """Comparison key used by verification, matching the evaluation's compare.

    normalise -> NFC -> drop all whitespace -> drop separators between digits
    -> casefold (plus the evaluation-compatible extras listed above).
    """
    # The extra PUA characters must be mapped before ``normalise`` so that a
    # PUA NIKHAHIT among them can still recompose with SARA AA.
    if _EVAL_EXTRA_PUA_RE.search(text) is not None:  # str.translate looks up every character
        text = text.translate(_EVAL_EXTRA_PUA)
    folded = normalised_text(text)
    folded = unicodedata.normalize("NFC", folded)
    folded = folded.replace("\u0e40\u0e40", "\u0e41")
    folded = "".join(folded.split())  # str.split() splits on exactly the characters \s matches
    folded = _DIGIT_SEP_RE.sub("", folded)
    # Marks the dropped whitespace brought together (a stray "ิ ิ") are put in order and merged
    # like any others, so that a key folds to itself.
    folded = _edited(folded, _mark_edits)
    return folded.casefold()
