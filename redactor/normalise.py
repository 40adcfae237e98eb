"""Matching view of a text, with an offset map back to the original characters.

Detectors run on ``normalise(text).text``; every finding is mapped back with
``NormalisedView.to_orig`` so that the redaction lands on the characters that
are really in the file (PUA glyphs, decomposed SARA AM, zero-width characters
and all). No detector normalises on its own, so offsets cannot drift.

Only length-preserving or explicitly mapped rewrites happen here. Global NFC is
deliberately not applied: it may reorder or merge marks, and then a normalised
character would no longer correspond to one contiguous original range.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NormalisedView", "fold_for_match", "normalise"]


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
del _std, _win, _mac, _d, _dash

# ``str.translate`` with a dict boxes every non-Latin-1 character into an int
# for the lookup (~140 ns/char), while a regex scan is ~10 ns/char. These
# characters are sparse (Thai digits in dates and numbers, PUA marks), so find
# runs of them with a regex and translate only the runs.
_ONE_TO_ONE_CLASS = "[" + "".join(map(chr, sorted(_ONE_TO_ONE))) + "]"
_ONE_TO_ONE_RE = re.compile(_ONE_TO_ONE_CLASS)
_ONE_TO_ONE_RUN_RE = re.compile(_ONE_TO_ONE_CLASS + "+")


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
_MAYBE_CHANGE_RE = re.compile(f"[{ZERO_WIDTH}{_NIKHAHIT}]")

# One alternative per length-changing rule. Zero-width characters inside a
# decomposed SARA AM are swallowed by that match so the cluster stays whole.
_CHANGE_RE = re.compile(
    f"(?P<zw>{_ZW}+)|{_NIKHAHIT}{_ZW}*(?:(?P<tone>{_TONE}){_ZW}*)?{_SARA_AA}"
)


@dataclass(frozen=True, slots=True)
class NormalisedView:
    """The matching view of a text plus, per normalised char, its original span.

    ``starts`` and ``ends`` are both non-decreasing, and
    ``starts[i] < ends[i]`` always holds, so any normalised span maps to a
    well-formed original span.
    """

    text: str
    starts: list[int]
    ends: list[int]

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
    # Allocating int objects dominates the fast path; ``ends`` is ``starts``
    # shifted by one, so share the objects instead of allocating them twice.
    starts = list(range(n))
    ends = starts[1:]
    if n:
        ends.append(n)
    return NormalisedView(text, starts, ends)


def normalise(text: str) -> NormalisedView:
    """Build the matching view of ``text`` (see the module docstring)."""
    # 1:1 rewrites first, so that PUA tone marks and PUA NIKHAHIT take part in
    # the SARA AM rule below exactly like their standard code points.
    # A single-character probe scans about twice as fast as the run pattern.
    if _ONE_TO_ONE_RE.search(text) is not None:
        text = _ONE_TO_ONE_RUN_RE.sub(_translate_run, text)

    probe = _MAYBE_CHANGE_RE.search(text)
    first = _CHANGE_RE.search(text, probe.start()) if probe is not None else None
    if first is None:
        return _identity(text)

    # Slow path: copy untouched runs in bulk and rebuild only around matches.
    # Offsets are sliced out of one pool so each int object is allocated once.
    pool = list(range(len(text) + 1))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
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
_WHITESPACE_RE = re.compile(r"\s+")
_DIGIT_SEP_RE = re.compile(r"(?<=\d)[\-.(),\u2010-\u2014\u2212]+(?=\d)")


def fold_for_match(text: str) -> str:
    """Comparison key used by verification, matching the evaluation's compare.

    normalise -> NFC -> drop all whitespace -> drop separators between digits
    -> casefold (plus the evaluation-compatible extras listed above).
    """
    # The extra PUA characters must be mapped before ``normalise`` so that a
    # PUA NIKHAHIT among them can still recompose with SARA AA.
    folded = normalise(text.translate(_EVAL_EXTRA_PUA)).text
    folded = unicodedata.normalize("NFC", folded)
    folded = folded.replace("\u0e40\u0e40", "\u0e41")
    folded = _WHITESPACE_RE.sub("", folded)
    folded = _DIGIT_SEP_RE.sub("", folded)
    return folded.casefold()
