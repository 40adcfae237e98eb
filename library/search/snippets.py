"""Snippets with highlighted matches, cut from the stored original text (both backends).

Matches are found in the normalised view (``redactor.normalise``: Thai digits,
PUA glyphs, sara am) and mapped back to the original characters, so a query
``2567`` highlights ``๒๕๖๗`` as written. The result is HTML-escaped with
``<mark>`` around matches.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from html import escape

WINDOW = 160


def _token_spans(text: str, keep: Callable[[str], bool] | None = None) -> list[tuple[int, int, str]]:
    """The analyzer's tokens of ``text`` with their original-text spans: (start, end, token);
    only the tokens ``keep`` accepts, when given.

    The same steps as ``analyzer.analyze`` (normalise, digit groups, เเ → แ, segmentation,
    word characters, casefold), keeping an offset map through each, so a highlight can only
    ever cover a whole token as the index saw it (or a part of a compound token).
    """
    import nlpo3

    from library.search.analyzer import _DIGIT_GROUP_RE, _WORD_RE, _dictionary
    from redactor.normalise import normalise

    view = normalise(text)
    # Drop digit-group commas and fold เเ to แ, keeping for each character its index in the view.
    vt = view.text
    drop = {m.start() for m in _DIGIT_GROUP_RE.finditer(vt)}
    index: Sequence[int]
    if not drop and "\u0e40\u0e40" not in vt:
        flat, index = vt, range(len(vt))  # the usual case: nothing to drop or fold
    else:
        chars: list[str] = []
        index_list: list[int] = []
        i = 0
        while i < len(vt):
            if i in drop:
                i += 1
                continue
            if vt.startswith("\u0e40\u0e40", i):
                chars.append("\u0e41")
                index_list.append(i)
                i += 2
                continue
            chars.append(vt[i])
            index_list.append(i)
            i += 1
        flat, index = "".join(chars), index_list
    out: list[tuple[int, int, str]] = []
    pos = 0
    # Never nlpo3's parallel mode here: web processes are forked from one that may have used
    # its thread pool (the demo indexes before it serves), and a forked pool deadlocks.
    for piece in nlpo3.segment(flat, _dictionary(), False, False) if flat else []:
        for m in _WORD_RE.finditer(piece):
            tok = m.group().casefold()
            if keep is not None and not keep(tok):
                continue
            a, b = pos + m.start(), pos + m.end()
            start, _ = view.to_orig(index[a], index[a] + 1)
            _, end = view.to_orig(index[b - 1], index[b - 1] + 1)
            out.append((start, end, tok))
        pos += len(piece)
    return out


# --- which stretches of a text can hold a match --------------------------------------
#
# Normalising and segmenting a whole 2 KB body costs ~15 ms, ten times per results page,
# while a query word usually occurs in a few of its sentences. So the text is cut at
# whitespace into pieces that normalise and segment on their own, and only the pieces
# whose *skeleton* contains a query word's skeleton are analysed.
#
# The skeleton keeps what normalisation never changes: ASCII letters (lower-cased),
# digits (Thai and fullwidth as ASCII), Thai consonants, the vowels written on the line
# (SARA AM read as SARA AA, SARA AE as two SARA E) and the vowels above and below (a
# repeated one read once: normalisation merges a mark drawn twice, and only ever moves a
# vowel past PHINTHU, tone marks and other upper signs), and drops those other marks
# (normalisation reorders them, and the SARA AM repair adds and removes tone marks and
# NIKHAHIT) and zero-width characters. It maps character by character, so a word in the
# normalised text is a substring there, and its skeleton is a substring of the raw
# piece's skeleton: no piece with a match is skipped. A piece or a word with any other
# character (ligatures, Unicode dashes, unmapped PUA, other scripts) has no skeleton,
# and is always analysed.

# Whitespace separates pieces, except one gap character before a SARA AA (with or without
# a tone mark): there a broken text layer may have lost a NIKHAHIT, and the SARA AM repair
# (redactor.normalise) reads across the gap. Segmentation never joins across whitespace.
_WS = "[ \t\n\r\f\v\u00a0\u2028\u2029]"
_SEPARATOR_RE = re.compile(f"{_WS}{{2,}}|{_WS}(?![\u0e48-\u0e4b]?\u0e32)")


@lru_cache(maxsize=1)
def _skeleton_table() -> tuple[dict[int, str | None], re.Pattern[str]]:
    from redactor.normalise import PUA_TO_THAI, ZERO_WIDTH

    table: dict[int, str | None] = {}
    for cp in range(0x80):
        c = chr(cp)
        table[cp] = c.lower() if (c.isalnum() or c == "_") else None
    for cp in range(0x0E00, 0x0E80):
        table[cp] = None
    for cp in (*range(0x0E01, 0x0E33), *range(0x0E34, 0x0E3A), 0x0E3F, *range(0x0E40, 0x0E47)):
        table[cp] = chr(cp)          # consonants, vowels, signs in words
    table[0x0E33] = "\u0e32"         # SARA AM: SARA AA (+ the dropped NIKHAHIT)
    table[0x0E41] = "\u0e40\u0e40"   # SARA AE: SARA E twice, as เเ is typed for it
    for d in range(10):
        table[0x0E50 + d] = table[0xFF10 + d] = str(d)
    for pua, std in PUA_TO_THAI.items():
        table[pua] = table[std]      # consonants without descender; shifted marks: dropped
    for c in ZERO_WIDTH + "\u00a0":
        table[ord(c)] = None
    unsafe = re.compile("[^" + re.escape("".join(chr(cp) for cp in table)) + "]")
    return table, unsafe


_REPEATED_VOWEL_RE = re.compile("([\u0e31\u0e34-\u0e39])\\1+")


def _skeleton(text: str) -> str | None:
    table, unsafe = _skeleton_table()
    if unsafe.search(text):
        return None
    return _REPEATED_VOWEL_RE.sub(_first_group, text.translate(table))


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


def _pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of ``text`` that normalise and segment independently."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SEPARATOR_RE.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _regions(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """The stretches of ``text`` that may hold a token among ``wanted`` (or a part of one),
    adjacent ones joined; the whole text when a query word has no skeleton."""
    keys = [_skeleton(t) for t in wanted]
    if any(not k for k in keys):
        return [(0, len(text))]
    whole = _skeleton(text)
    if whole is not None and not any(k in whole for k in keys if k):
        return []  # no piece can hold one (a piece's skeleton is a substring of the whole's)
    out: list[tuple[int, int]] = []
    last_end = -1
    for a, b in _pieces(text):
        sk = _skeleton(text[a:b])
        if sk is not None and not any(k in sk for k in keys if k):
            continue
        if out and out[-1][1] == last_end:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        last_end = b
    return out


def find_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Original-text spans of the analyzer tokens of ``text`` that are among ``tokens`` (the
    query's, normalised), and of the parts of compound tokens that are: a query word is never
    highlighted as letters inside another word (``ข้อ`` in ``เกี่ยวข้อง``). Sorted, non-overlapping.

    Only the stretches of ``text`` whose skeleton can hold a query word are analysed
    (``_regions``); the spans are the same as analysing the whole text."""
    from library.search.analyzer import parts_of

    wanted = {t for t in tokens if t}
    if not text or not wanted:
        return []
    def keep(tok: str) -> bool:
        return tok in wanted or not wanted.isdisjoint(parts_of(tok))

    spans: list[tuple[int, int]] = []
    for base, stop in _regions(text, wanted):
        for start, end, tok in _token_spans(text[base:stop], keep):
            start, end = start + base, end + base
            if tok in wanted:
                spans.append((start, end))
                continue
            parts = parts_of(tok)
            if not wanted.intersection(parts) or end - start != len(tok):
                continue  # no part asked for, or the token is not written letter for letter
            at = 0
            for p in parts:  # in order; stop-word parts were dropped, so look each one up
                found = tok.find(p, at)
                if found < 0:
                    break
                if p in wanted:
                    spans.append((start + found, start + found + len(p)))
                at = found + len(p)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def highlight(text: str, tokens: Sequence[str]) -> str:
    """The whole text, escaped, with matches in ``<mark>`` (for titles)."""
    return _render(text, 0, len(text), find_spans(text, tokens))


def snippet(text: str, tokens: Sequence[str], width: int = WINDOW) -> str:
    """About ``width`` characters around the densest cluster of matches, escaped, matches in ``<mark>``."""
    text = " ".join(text.split())
    spans = find_spans(text, tokens)
    if not spans:
        return escape(text[:width]) + ("…" if len(text) > width else "")
    best, best_n = spans[0][0], 0
    j = 0
    for i, (s, _) in enumerate(spans):
        while spans[j][0] < s - width // 2:
            j += 1
        if i - j + 1 > best_n:
            best, best_n = spans[j][0], i - j + 1
    start = max(0, best - width // 4)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    out = _render(text, start, end, [(max(s, start), min(e, end)) for s, e in spans if e > start and s < end])
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else "")


def _render(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = start
    for s, e in spans:
        parts.append(escape(text[pos:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    parts.append(escape(text[pos:end]))
    return "".join(parts)
