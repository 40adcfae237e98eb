"""Regexes that scan long texts fast: a first-character guard in front of a pattern.

Python's ``re`` skips quickly through a text only when a pattern starts with a
literal, a character class or an alternation of literals. A pattern that starts
with an optional group (``(?:มี)?รายได้``), a lookbehind (``(?<![ก-๛])ทาง``), a
word boundary (``\\b(?:…)``) or a case-insensitive word is tried in full at every
position of the text: a detector's pattern then costs 10-40 ms on 100 pages
that hold none of its words.

``compile_scan`` finds the class of characters a match can start with
(``[มรอเ]``) and gives it to the engine as the skip it computes itself for a
pattern that opens with a class (``_skipping``: the charset of the compiled
program's info block): the search then runs through the text in C to the next
such character, and tries the pattern only there. A case-insensitive class is
put in front as a lookahead instead (``(?=(?i:[pt]))…``): a position whose
character cannot start a match is left after one class test. Either admits
every character a match can start with, so the pattern finds exactly what it
found before (``tests/redactor/test_rx.py`` checks this for every pattern of the
detectors). Where the first characters cannot be told (a pattern that can start
with any character or match the empty string), the pattern is compiled as it is.

A pattern every match of which holds one of a few literal strings (``ลับ`` or
``ปกปิด`` in a classification mark, ``@`` in an e-mail) is put behind a substring
check as well (``Gated``, ``required``): a text that holds none of them has no
match, and ``str.find`` tells that in a fraction of a scan's time. Most of a
detector's keywords are absent from most documents, and its scan then costs
that check alone. A pattern of English words in any case (``(?i:passport)``) is
checked the same way on the text folded once (``ascii_folded``), where every
character ``re.IGNORECASE`` takes for an ASCII letter is that letter.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

try:  # Python 3.11+: the parser behind re.compile
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no guard, same results
    _p = _c = None

# Character classes a first character may fall in, as written inside [...].
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}
# Zero-width items: they consume nothing, so what follows them starts the match.
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first characters cannot be told: the pattern stays as it is."""


def _escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def _first(seq: Any, flags: int) -> tuple[list[str], bool, bool]:
    """(class items a match of the sequence can start with, whether any is case-insensitive,
    whether the sequence can match the empty string)."""
    items: list[str] = []
    icase = False
    for op, av in seq:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            return [*items, _escape(chr(av))], icase or bool(flags & re.IGNORECASE), False
        if name == "IN":
            parts = []
            for iop, iav in av:
                iname = str(iop)
                if iname == "LITERAL":
                    parts.append(_escape(chr(iav)))
                elif iname == "RANGE":
                    parts.append(f"{_escape(chr(iav[0]))}-{_escape(chr(iav[1]))}")
                elif iname == "CATEGORY" and str(iav) in _CATEGORIES:
                    parts.append(_CATEGORIES[str(iav)])
                else:  # NEGATE, odd categories: could start with almost anything
                    raise _Unknown
            return [*items, *parts], icase or bool(flags & re.IGNORECASE), False
        if name == "SUBPATTERN":
            _group, add, delete, sub = av
            sub_items, sub_icase, empty = _first(sub, (flags | add) & ~delete)
        elif name == "ATOMIC_GROUP":
            sub_items, sub_icase, empty = _first(av, flags)
        elif name == "BRANCH":
            sub_items, sub_icase, empty = [], False, False
            for alt in av[1]:
                a_items, a_icase, a_empty = _first(alt, flags)
                sub_items += a_items
                sub_icase |= a_icase
                empty |= a_empty
        elif name in _REPEATS:
            low, _high, sub = av
            sub_items, sub_icase, empty = _first(sub, flags)
            empty = empty or low == 0
        else:  # ANY, NOT_LITERAL, group references, ...
            raise _Unknown
        items += sub_items
        icase |= sub_icase
        if not empty:
            return items, icase, False
    return items, icase, True


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A lookahead admitting every character a match of ``pattern`` can start with, or None."""
    if _p is None:  # pragma: no cover
        return None
    try:
        return _class_of(_p.parse(pattern, flags))
    except re.error:
        return None


def _class_of(parsed: Any) -> str | None:
    try:
        items, icase, empty = _first(parsed, parsed.state.flags)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    if empty or not items:
        return None
    cls = "[" + "".join(dict.fromkeys(items)) + "]"
    return f"(?=(?i:{cls}))" if icase else f"(?={cls})"


def _fast_already(parsed: Any) -> bool:
    """Whether ``re`` already skips through a text for this parsed pattern: it starts with
    a literal, a class or an alternation of literals, none
    case-insensitive."""
    data = list(parsed)
    flags = parsed.state.flags
    while data and str(data[0][0]) == "SUBPATTERN":
        _g, add, delete, sub = data[0][1]
        flags = (flags | add) & ~delete
        data = list(sub)
    if not data or flags & re.IGNORECASE:
        return False
    op = str(data[0][0])
    if op in ("LITERAL", "IN"):
        return True
    # (Not a run of one class, \d{13}: re tries it at every position, only a pattern's first class or
    # literal is a skip. Its class is made one by ``_skipping``.)
    if op == "BRANCH":
        return all(alt and str(alt[0][0]) == "LITERAL" for alt in data[0][1][1])
    return False


_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
# (pattern, flags) compiled with their first-character class as the engine's own skip (``_skipping``).
SKIPPING: set[tuple[str, int]] = set()


def _plain_class(pattern: str, guarded: str | None) -> str | None:
    """The class of ``guarded``'s lookahead (``_guarded``: ``head (?=[…]) (?:body)``) where it is case-exact:
    ``re`` can then skip through a text to it as it does for a pattern opening with a class (``_skipping``).
    None for a case-insensitive guard, which stays a lookahead in the source."""
    if guarded is None:
        return None
    lead = _GLOBAL_FLAGS.match(pattern)
    head = lead.end() if lead else 0
    guard = guarded[head:len(guarded) - (len(pattern) - head) - 4]
    return guard[3:-1] if guard.startswith("(?=[") and guard.endswith("])") else None


def _skipping(code: list[int], first: str, flags: int) -> list[int]:
    """``code`` (``re._compiler._code``) with its info block given the class ``first`` (every character a match
    can start with) as a charset: the engine's search then skips to the next such character in C, as it does
    for a pattern that opens with a class, instead of trying the pattern at every position. The same matches:
    only positions where no match can start are skipped. ``code`` as it is where its info block already
    holds a prefix or a charset, or where the pattern can match an empty string."""
    from re import _compiler  # type: ignore[attr-defined]

    info, mask, low, high = code[0], code[2], code[3], code[4]
    if info != _c.INFO or mask or low == 0:
        return code
    parsed = _p.parse(first, re.UNICODE)
    items = parsed.data[0][1] if len(parsed.data) == 1 and str(parsed.data[0][0]) == "IN" else None
    if items is None:
        return code
    charset, cased = _compiler._optimize_charset(items)
    if cased:  # pragma: no cover - a case-exact class
        return code
    block = [_c.INFO, 0, _c.SRE_INFO_CHARSET, low, high]
    _compiler._compile_charset(charset, flags, block)
    block[1] = len(block) - 1
    return block + code[1 + code[1]:]


# Guarded source -> the pattern as written (tests compare the two).
ORIGINAL: dict[str, str] = {}


def _guarded(pattern: str, flags: int) -> str | None:
    """The pattern with its first-character guard in front, or None where no guard helps."""
    try:
        parsed = _p.parse(pattern, flags)
    except re.error:
        return None  # compile() raises the error as re.compile does
    # (a verbose pattern's trailing comment would swallow the group's end)
    verbose = parsed.state.flags & re.VERBOSE
    guard = None if verbose or _fast_already(parsed) else _class_of(parsed)
    if guard is None:
        return None
    lead = _GLOBAL_FLAGS.match(pattern)  # global flags must stay first
    head, body = (lead.group(), pattern[lead.end():]) if lead else ("", pattern)
    return f"{head}{guard}(?:{body})"



# --- the required strings: a substring check in front of a scan -------------------------------

# A set of alternatives larger than this is not worth checking one by one (a trie of a lexicon's
# words: some word is in every text anyway, and each absent one costs a pass over the text).
MAX_NEEDS = 16


def required(pattern: str, flags: int = 0, *, fold: bool = False) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds, or None where none can be told.

    ``fold``: strings one of which ``ascii_folded`` of every match holds, each folded as well, where a
    case-insensitive ASCII letter counts as a literal (for a pattern of English words written in any
    case: ``(?i:passport)``). They are looked for in ``ascii_folded`` of the text.

    From the parsed pattern: a run of literal characters (zero-width items inside it do not break
    it), one of every alternative's own strings for an alternation, a repeat's body when it must
    occur at least once. Of the candidates along a sequence the strongest is kept (the longest
    shortest string, then the fewest strings), and no string is kept that holds another of the set.
    Case-insensitive letters are no literal (a literal without case, as a Thai letter or a digit, is).
    """
    return _required_parsed(_parsed_or_none(pattern, flags), fold)


def _required_both(pattern: str, flags: int = 0) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """``(required(pattern, flags), required(pattern, flags, fold=True))``, the pattern parsed once."""
    parsed = _parsed_or_none(pattern, flags)
    return _required_parsed(parsed, False), _required_parsed(parsed, True)


def _parsed_or_none(pattern: str, flags: int) -> Any:
    if _p is None:  # pragma: no cover
        return None
    try:
        return _p.parse(pattern, flags)
    except re.error:
        return None


def _required_parsed(parsed: Any, fold: bool) -> tuple[str, ...] | None:
    if parsed is None:
        return None
    try:
        found = _needs(parsed, parsed.state.flags, fold)
    except (AttributeError, TypeError, ValueError, RecursionError):
        return None
    if not found:
        return None
    # A string holding another of the set adds nothing: the shorter one is there whenever it is.
    kept = sorted(found, key=lambda s: (len(s), s))
    out: list[str] = []
    for s in kept:
        if not any(o in s for o in out):
            out.append(s)
    return tuple(out)


def _char(code: int, flags: int, fold: bool) -> str | None:
    """The literal ``code`` stands for: itself where it has no case or the case counts; with ``fold``,
    an ASCII letter of any case too, and every literal folded (``ascii_folded``). Else None."""
    exact = not flags & re.IGNORECASE or not _sre.unicode_iscased(code)
    if not fold:
        return chr(code) if exact else None
    if exact or (code < 128 and chr(code).isalpha()):
        return ascii_folded(chr(code))
    return None


def _exact(seq: Any, flags: int, fold: bool = False) -> str | None:
    """The one string ``seq`` matches (zero-width items aside), or None."""
    out = []
    for op, av in seq:
        name = str(op)
        if name == "LITERAL" and (ch := _char(av, flags, fold)) is not None:
            out.append(ch)
        elif name in _ZERO_WIDTH:
            continue
        elif name == "SUBPATTERN":
            _g, add, delete, sub = av
            inner = _exact(sub, (flags | add) & ~delete, fold)
            if inner is None:
                return None
            out.append(inner)
        else:
            return None
    return "".join(out)


def _strongest(cands: list[frozenset[str]]) -> frozenset[str] | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (min(map(len, c)), -len(c), sorted(c)))


def _needs(seq: Any, flags: int, fold: bool = False) -> frozenset[str] | None:
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            cands.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in seq:
        name = str(op)
        if name == "LITERAL" and (ch := _char(av, flags, fold)) is not None:
            run.append(ch)
            continue
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the characters on either side stay adjacent
        if name == "SUBPATTERN":
            _g, add, delete, sub = av
            inner_flags = (flags | add) & ~delete
            exact = _exact(sub, inner_flags, fold)
            if exact is not None:
                run.append(exact)
                continue
            close()
            found = _needs(sub, inner_flags, fold)
        else:
            close()
            found = None
            if name == "BRANCH":
                union: set[str] = set()
                for alt in av[1]:
                    alt_needs = _needs(alt, flags, fold)
                    if alt_needs is None:
                        union = set()
                        break
                    union |= alt_needs
                    if len(union) > MAX_NEEDS:
                        union = set()
                        break
                found = frozenset(union) or None
            elif name in _REPEATS and av[0] >= 1:
                found = _needs(av[2], flags, fold)
            elif name == "ATOMIC_GROUP":
                found = _needs(av, flags, fold)
        if found:
            cands.append(found)
    close()
    return _strongest(cands)


# The last long text folded, and its fold: the detectors' patterns all ask about the same text.
_LAST_FOLDED: tuple[str, str] = ("", "")


def _folded(text: str) -> str:
    global _LAST_FOLDED
    last = _LAST_FOLDED
    if last[0] is text:
        return last[1]
    out = ascii_folded(text)
    if len(text) >= 256:
        _LAST_FOLDED = (text, out)
    return out


class Gated:
    """A compiled pattern behind a substring check (``required``): every match holds one of
    ``needs``, so a text, or the window ``pos:endpos`` of it, that holds none of them has no match.
    ``search``, ``finditer``, ``findall``, ``sub``, ``subn`` and ``split`` look with ``str.find``
    first and answer as the pattern would; anchored calls (``match``, ``fullmatch``) go straight to the pattern."""

    __slots__ = ("_key", "_rx", "flags", "folded", "groupindex", "groups", "needs", "pattern")

    def __init__(self, compiled: re.Pattern[str], needs: tuple[str, ...], key: tuple[str, int],
                 folded: bool = False) -> None:
        self._rx = compiled
        self.needs = needs
        self.folded = folded  # ``needs`` are looked for in ``ascii_folded(text)`` (``required(fold=True)``)
        self._key = key  # (pattern, flags) as given to ``compile``
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def _absent(self, string: Any, pos: int, endpos: int) -> bool:
        if type(string) is not str:
            return False  # the pattern raises as it would
        pos, endpos = max(pos, 0), max(endpos, 0)  # re clamps; str.find would count from the end
        if self.folded:
            folded = _folded(string)
            if len(folded) != len(string):  # a character folded to two: offsets no longer line up
                if pos > 0 or endpos < len(string):
                    return False
                endpos = len(folded)
            string = folded
        find = string.find
        return all(find(s, pos, endpos) < 0 for s in self.needs)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        return self._rx.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        return self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self._absent(string, pos, endpos):
            return []
        return self._rx.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if self._absent(string, 0, sys.maxsize):
            return string
        return self._rx.sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        if self._absent(string, 0, sys.maxsize):
            return string, 0
        return self._rx.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        if self._absent(string, 0, sys.maxsize):
            return [string]
        return self._rx.split(string, maxsplit)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._rx.fullmatch(string, pos, endpos)

    def __repr__(self) -> str:
        return f"rx.Gated({self._rx!r}, needs={self.needs!r}{', folded' if self.folded else ''})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Gated) and self._rx == other._rx

    def __hash__(self) -> int:
        return hash(self._rx)

    def __reduce__(self) -> tuple[Any, ...]:
        return compile, self._key

    def __copy__(self) -> Gated:
        return self

    def __deepcopy__(self, _memo: Any) -> Gated:
        return self

# --- compiled patterns kept between processes -----------------------------------------------
#
# The redactor's lexicon becomes a few hundred patterns, some of them tries of thousands of
# words. ``re`` parses and assembles each in Python at every start: 0.2 s of CPU, more than
# a short document takes to redact. Like Python's own .pyc files, the assembled code (the
# program ``_sre`` runs) is kept in a cache file keyed by the pattern and the interpreter's
# regex engine, and the next process hands it to ``_sre.compile`` directly. The file holds
# data only (``marshal``: strings, numbers, tuples), and ``_sre`` validates every program it is
# given; anything odd falls back to ``re.compile``.

_CACHE_ENV = "PHOEI_CACHE_DIR"
# The code and its word lists make a few hundred patterns. A file past this many entries means
# something builds new patterns in every process (as a pattern joined from a set's hash-seeded
# order once did, growing the file to 124 MB and every start by half a second): saving then
# keeps only what the saving process used.
MAX_ENTRIES = 4000


@functools.cache
def _engine_tag() -> str:
    """What a cached program and guard depend on: the exact interpreter (its regex compiler
    changes in patch releases too), the engine's program format, and this module's source
    (the guards it computes); any change makes a new cache file."""
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{source}"


class _CodeCache:
    """Assembled regex programs by (pattern, flags), loaded once, written back at exit."""

    def __init__(self) -> None:
        self._codes: dict[tuple[str, int], tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]] | None = None
        self._guards: dict[tuple[str, int], str | None] = {}
        self._needs: dict[tuple[str, int], tuple[tuple[str, ...], bool] | None] = {}
        self._dirty = False
        self._compiled: dict[tuple[str, int], re.Pattern[str]] = {}
        self._guards_used: set[tuple[str, int]] = set()

    def path(self) -> Path | None:
        root = os.environ.get(_CACHE_ENV)
        if root == "":
            return None  # set and empty: no cache
        if root is None:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            root = os.path.join(base, "phoei")
        tag = hashlib.sha256(_engine_tag().encode()).hexdigest()[:16]
        return Path(root) / f"regex-{sys.implementation.cache_tag}-{tag}.marshal"

    def _load(self) -> None:
        if self._codes is not None:
            return
        self._codes = {}
        path = self.path()
        if path is None:
            return
        try:
            data = marshal.loads(path.read_bytes())
            if isinstance(data, tuple) and len(data) == 4 and data[0] == _engine_tag():
                self._codes.update(data[1])
                self._guards.update(data[2])
                self._needs.update(data[3])
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or one from elsewhere: start afresh

    def guard(self, pattern: str, flags: int, make: Any) -> str | None:
        self._load()
        key = (pattern, int(flags))
        self._guards_used.add(key)
        if key not in self._guards:
            self._guards[key] = make(pattern, flags)
            self._mark_dirty()
        return self._guards[key]

    def needs(self, pattern: str, flags: int) -> tuple[tuple[str, ...], bool] | None:
        """``required(pattern, flags)``, or ``required(pattern, flags, fold=True)`` where that gives longer
        strings (then True: the strings are folded), kept between processes like the guards (it parses
        the pattern)."""
        self._load()
        key = (pattern, int(flags))
        self._guards_used.add(key)
        if key not in self._needs:
            exact, folded = _required_both(pattern, flags)
            # The folded strings where they are longer (":" after a label of any case: "religion").
            if folded is not None and (exact is None or min(map(len, folded)) > min(map(len, exact))):
                self._needs[key] = (folded, True)
            else:
                self._needs[key] = (exact, False) if exact is not None else None
            self._mark_dirty()
        return self._needs[key]

    def compile(self, pattern: str, flags: int, first: str | None = None) -> re.Pattern[str]:
        """``pattern`` compiled; ``first``: its first-character class, made the engine's skip (``_skipping``)."""
        flags = int(flags)
        key = (pattern, flags)
        hit = self._compiled.get(key)
        if hit is not None:
            return hit
        self._load()
        assert self._codes is not None
        entry = self._codes.get(key)
        if entry is not None:
            try:
                final_flags, code, groups, groupindex, indexgroup = entry
                compiled: re.Pattern[str] = _sre.compile(pattern, final_flags, array("I", code).tolist(), groups,
                                                         groupindex, indexgroup)
                self._compiled[key] = compiled
                return compiled
            except Exception:  # a program this engine will not take: assemble it again
                del self._codes[key]
        compiled = self._assemble(pattern, flags, first)
        self._compiled[key] = compiled
        return compiled

    def _assemble(self, pattern: str, flags: int, first: str | None = None) -> re.Pattern[str]:
        from re import _compiler  # type: ignore[attr-defined]

        parsed = _p.parse(pattern, flags)  # raises re.error as re.compile does
        code = _compiler._code(parsed, flags)
        if first is not None:
            code = _skipping(code, first, flags | parsed.state.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        final_flags = flags | parsed.state.flags
        compiled: re.Pattern[str] = _sre.compile(pattern, final_flags, code, parsed.state.groups - 1, groupindex,
                                                 tuple(indexgroup))
        assert self._codes is not None
        self._codes[(pattern, flags)] = (final_flags, array("I", code).tobytes(), parsed.state.groups - 1,
                                         groupindex, tuple(indexgroup))
        self._mark_dirty()
        return compiled

    def _mark_dirty(self) -> None:
        if not self._dirty:
            self._dirty = True
            atexit.register(self.save)

    def save(self) -> None:
        """Write what this process assembled, merged with what other processes wrote meanwhile;
        atomically, and silently not at all where the folder cannot be written."""
        path = self.path()
        if path is None or not self._dirty or self._codes is None:
            return
        codes, guards, needs = dict(self._codes), dict(self._guards), dict(self._needs)
        try:
            data = marshal.loads(path.read_bytes())
            if isinstance(data, tuple) and len(data) == 4 and data[0] == _engine_tag():
                codes = {**data[1], **codes}
                guards = {**data[2], **guards}
                needs = {**data[3], **needs}
        except (OSError, ValueError, EOFError, TypeError):
            pass
        if len(codes) > MAX_ENTRIES or len(guards) > MAX_ENTRIES or len(needs) > MAX_ENTRIES:
            codes = {k: v for k, v in codes.items() if k in self._compiled}
            guards = {k: v for k, v in guards.items() if k in self._guards_used}
            needs = {k: v for k, v in needs.items() if k in self._guards_used}
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(prefix=".regex-", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    marshal.dump((_engine_tag(), codes, guards, needs), fh)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except (OSError, ValueError):  # no folder to write, or a value marshal cannot hold
            return
        self._dirty = False


_CACHE = _CodeCache()


def compile(pattern: str, flags: int = 0, *, persist: bool = True) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a first-character guard where one helps (the same
    matches, groups and spans), its assembled program kept between processes (see above).
    The same Pattern object for the same pattern within a process.

    ``persist=False`` for a pattern built from a document's own text (a name, a number to
    propagate): it is compiled through ``re``'s own bounded cache and never written to the
    cache file, which holds only the patterns of the code and its word lists.
    """
    if _p is None or not isinstance(pattern, str) or flags & (re.DEBUG | re.LOCALE):  # pragma: no cover
        return re.compile(pattern, flags)
    flags = int(flags)
    if not persist:
        if _opens_with_literal(pattern, flags):
            return re.compile(pattern, flags)  # already fast (``_fast_already``): no need to parse it twice
        return re.compile(_guarded(pattern, flags) or pattern, flags)
    key = (pattern, flags)
    hit = _GATED.get(key)
    if hit is not None:
        return hit
    guarded = _CACHE.guard(pattern, flags, _guarded)
    first = _plain_class(pattern, guarded)
    if guarded is None:
        compiled = _CACHE.compile(pattern, flags)
    elif first is not None:
        compiled = _CACHE.compile(pattern, flags, first)
        SKIPPING.add((pattern, flags))
    else:
        ORIGINAL[guarded] = pattern
        compiled = _CACHE.compile(guarded, flags)
    needs = _CACHE.needs(pattern, flags)
    out = compiled if needs is None else cast("re.Pattern[str]", Gated(compiled, needs[0], key, needs[1]))
    _GATED[key] = out
    return out


_SPECIAL = frozenset("\\[](){}.*+?^$|#")


def _opens_with_literal(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` plainly opens with a literal character that no quantifier follows (a name
    or a number from a document, escaped), without IGNORECASE or VERBOSE: ``re`` skips through a text
    for it already, and ``_guarded`` would give None. False where that is not plain (it then decides)."""
    return (not flags & (re.IGNORECASE | re.VERBOSE) and len(pattern) >= 1 and pattern[0] not in _SPECIAL
            and pattern[1:2] not in ("*", "+", "?", "{") and "|" not in pattern)


# (pattern, flags) -> what ``compile`` gave: the same object every time.
_GATED: dict[tuple[str, int], re.Pattern[str]] = {}


def ascii_folded(text: str) -> str:
    """``text`` with every character that ``re.IGNORECASE`` takes for an ASCII letter written as that
    letter: ``str.casefold`` (K for the Kelvin sign, s for the long s) and the dotless i, the one
    character casefold leaves alone. ``word in ascii_folded(text)`` is then a cheap, exact pre-check
    before scanning ``text`` with a pattern that needs ``word`` (any case) in every match. The capital
    dotted I, which casefold writes as two characters (i and a combining dot), is written as i first:
    each character is folded on its own, so a folded word is found in the folded text wherever the
    pattern finds it."""
    return text.replace("\u0130", "i").casefold().replace("\u0131", "i")


def literals(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` (``redactor.trie_regex.literal_alternation``: the longest
    word at the leftmost position), for words taken from a document's text.

    What ``compile(…, persist=False)`` gives, without its guard step: a trie opens with a literal
    or an alternation of literals, which ``re`` already skips through quickly (``_fast_already``),
    so that step would parse the whole pattern a second time only to add nothing (for a few hundred
    words, as long as compiling it). Never kept in the cache file.
    """
    from redactor.trie_regex import literal_alternation

    return re.compile(literal_alternation(words))


def either(heads: tuple[str, ...], tail: str) -> str:
    """``(?:h1|h2|…)tail`` written as ``h1tail|h2tail|…``: the same matches, in the same order of
    preference. Each alternative then opens with a literal, which the regex engine checks before
    entering it, instead of an optional or alternated group it must enter at every position of
    the text (a third of a detector's scan where most of a Thai text passes the first-letter guard)."""
    return "|".join(h + tail for h in heads)


# The name the detectors used before every pattern got its guard here.
compile_scan = compile
