"""One regex for many literal words, as a trie: the matcher tries one branch per next character.

``"|".join(sorted(map(re.escape, words), key=len, reverse=True))`` makes
Python's ``re`` try every word at every position of the text; with a few
hundred words that is most of a detector's time. The trie pattern matches
exactly the same (the longest word at the leftmost position, and on
backtracking the next shorter word that matches there) but tests one
character per branch point.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def literal_alternation(words: Iterable[str], between: str = "") -> str:
    r"""A regex source matching what the longest-first alternation of ``words`` matches (not grouped
    when it is one word; an empty list gives a pattern that never matches).

    ``between``: a regex allowed between consecutive characters of a word (``r"\s{0,3}"`` for
    labels a PDF may wrap anywhere); it must not match a word's own characters.
    """
    trie: dict[str, Any] = {}
    for w in words:
        if not w:
            raise ValueError("an empty word would match everywhere")
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True  # a word ends here
    if not trie:
        return "(?!)"
    return _emit(trie, between, first=True)


_ESCAPED: dict[str, str] = {}


def _escape(ch: str) -> str:
    out = _ESCAPED.get(ch)
    if out is None:
        out = _ESCAPED[ch] = re.escape(ch)
    return out


def _emit(node: dict[str, Any], between: str = "", first: bool = False) -> str:
    if not between:
        # A chain of nodes with one child each and no word ending there (the tail of a long word
        # once no other word shares it): its characters in a row, as the recursion below would
        # write them, without a call per character.
        chain = []
        while len(node) == 1 and "" not in node:
            ((ch, node),) = node.items()
            chain.append(_escape(ch))
        if chain:
            return "".join(chain) + _emit(node)
    branches = [_escape(ch) + _emit(child, between) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if between and not first:
        body = f"{between}{body}"
        if "" in node:
            return f"(?:{body})?"
        return body
    if "" in node:  # a word ends here: longer words first (greedy), then this one
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body
