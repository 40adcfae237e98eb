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


def find_spans(text: str, tokens: Sequence[str]) -> list[tuple[int, int]]:
    """Original-text spans of every occurrence of the (normalised) tokens, sorted and non-overlapping."""
    from redactor.normalise import normalise

    if not text or not tokens:
        return []
    view = normalise(text)
    folded = view.text.lower()
    if len(folded) != len(view.text):
        folded = view.text
    spans: list[tuple[int, int]] = []
    for tok in tokens:
        if not tok:
            continue
        start = folded.find(tok)
        while start >= 0:
            spans.append(view.to_orig(start, start + len(tok)))
            start = folded.find(tok, start + len(tok))
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
