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


# Characters that do not stand for themselves at the start of a regex source.
_SPECIAL = frozenset("\\()[]{}.*+?^$|#")


def top_level(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|`` (outside groups and classes, escapes skipped)."""
    out: list[str] = []
    depth = 0
    in_class = False
    start = i = class_start = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_start:
                in_class = False
        elif ch == "[":
            in_class = True
            class_start = i + 1 + (pattern[i + 1:i + 2] == "^")  # a "]" right after "[" or "[^" is literal
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def by_first_character(alternatives: list[str], words: list[str]) -> str | None:
    """A regex source matching what ``"|".join([*alternatives, literal_alternation(words)])`` matches,
    the same match at every position, written with one branch per first character: at a position the
    engine enters the one branch whose character is there, not each alternative in turn.

    Each alternative (a regex source, split at its own top-level ``|``) that plainly opens with a
    literal character is put under that character's branch, in the order given, before the trie of
    the words that start with it: the order the joined alternation tries them in at such a position,
    where the other alternatives cannot match. Alternatives that do not open so stay after the
    branches; None where one of them could start with a character a branch starts with (the order
    could then differ), or with any character."""
    from redactor import rx

    tails: dict[str, list[str]] = {}
    others: list[str] = []
    for alt in (a for source in alternatives for a in top_level(source)):
        if alt and alt[0] not in _SPECIAL and alt[1:2] not in ("*", "+", "?", "{"):
            tails.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    rests: dict[str, list[str]] = {}
    for w in words:
        if not w:
            raise ValueError("an empty word would match everywhere")
        rests.setdefault(w[0], []).append(w[1:])
    heads = sorted(set(tails) | set(rests))
    for other in others:
        guard = rx.first_class(other)
        if guard is None or any(re.match(guard, ch) for ch in heads):
            return None
    branches = []
    for ch in heads:
        body = list(tails.get(ch, []))
        if ch in rests:
            longer = [r for r in rests[ch] if r]
            trie = literal_alternation(longer) if longer else ""
            if longer and "" in rests[ch]:
                trie = f"(?:{trie})?"  # the one-character word itself, after every longer one
            body.append(trie)
        # One piece without a top-level "|" follows the character as it is; more are grouped.
        one = len(body) == 1 and len(top_level(body[0])) == 1
        branches.append(_escape(ch) + (body[0] if one else "(?:" + "|".join(body) + ")"))
    return "|".join([*branches, *others])
