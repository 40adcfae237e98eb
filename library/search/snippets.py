"""Snippets with highlighted matches, cut from the stored original text (both backends).

Matches are found in the normalised view (``redactor.normalise``: Thai digits,
PUA glyphs, sara am) and mapped back to the original characters, so a query
``2567`` highlights ``๒๕๖๗`` as written. The result is HTML-escaped with
``<mark>`` around matches.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

WINDOW = 160


def _token_spans(text: str) -> list[tuple[int, int, str]]:
    """The analyzer's tokens of ``text`` with their original-text spans: (start, end, token).

    The same steps as ``analyzer.analyze`` (normalise, digit groups, เเ → แ, segmentation,
    word characters, casefold), keeping an offset map through each, so a highlight can only
    ever cover a whole token as the index saw it (or a part of a compound token).
    """
    import nlpo3

    from library.search.analyzer import _DIGIT_GROUP_RE, _WORD_RE, _dictionary
    from redactor.normalise import normalise

    view = normalise(text)
    # Drop digit-group commas and fold เเ to แ, keeping for each character its index in the view.
    chars: list[str] = []
    index: list[int] = []
    vt = view.text
    drop = {m.start() for m in _DIGIT_GROUP_RE.finditer(vt)}
    i = 0
    while i < len(vt):
        if i in drop:
            i += 1
            continue
        if vt.startswith("\u0e40\u0e40", i):
            chars.append("\u0e41")
            index.append(i)
            i += 2
            continue
        chars.append(vt[i])
        index.append(i)
        i += 1
    flat = "".join(chars)
    out: list[tuple[int, int, str]] = []
    pos = 0
    # Never nlpo3's parallel mode here: web processes are forked from one that may have used
    # its thread pool (the demo indexes before it serves), and a forked pool deadlocks.
    for piece in nlpo3.segment(flat, _dictionary(), False, False) if flat else []:
        for m in _WORD_RE.finditer(piece):
            a, b = pos + m.start(), pos + m.end()
            start, _ = view.to_orig(index[a], index[a] + 1)
            _, end = view.to_orig(index[b - 1], index[b - 1] + 1)
            out.append((start, end, m.group().casefold()))
        pos += len(piece)
    return out


def find_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Original-text spans of the analyzer tokens of ``text`` that are among ``tokens`` (the
    query's, normalised), and of the parts of compound tokens that are: a query word is never
    highlighted as letters inside another word (``ข้อ`` in ``เกี่ยวข้อง``). Sorted, non-overlapping."""
    from library.search.analyzer import parts_of

    wanted = {t for t in tokens if t}
    if not text or not wanted:
        return []
    spans: list[tuple[int, int]] = []
    for start, end, tok in _token_spans(text):
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
