"""The Thai analyzer: one function turns text into the tokens both backends index and query.

normalise (PUA glyphs, decomposed sara am, zero-width characters, Thai and
fullwidth digits → ASCII; ``redactor.normalise``) → NFC → casefold → nlpo3
(newmm over PyThaiNLP's word list) → keep word characters only → drop Thai
stop words. Index and query run the *same* function, so ``๒๕๖๗`` and ``2567``
are one token, and function words (การ, ที่, ของ) neither dominate ranking
nor make a query touch every document.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["analyze", "index_text", "is_stop_word", "normalise_for_search", "parts_of", "parts_text", "segment"]

_LOCK = threading.Lock()
_DICT_NAME: str | None = None
# Word characters, Thai letters and marks: punctuation splits tokens and is dropped.
_WORD_RE = re.compile(r"[\w\u0E01-\u0E4E]+")
# "1,500" and "2.5" stay one token; "ABC-12" becomes two.
_DIGIT_GROUP_RE = re.compile(r"(?<=\d)[,](?=\d{3})")


def _corpus_file(name: str) -> Path:
    import pythainlp.corpus

    return Path(pythainlp.corpus.__file__).parent / name


def _dictionary() -> str:
    """Load PyThaiNLP's word list into nlpo3 once per process."""
    global _DICT_NAME
    if _DICT_NAME is None:
        import nlpo3

        with _LOCK:
            if _DICT_NAME is None:
                name = "phoei-search-words-th"
                msg, ok = nlpo3.load_dict(str(_corpus_file("words_th.txt")), name)
                if not ok and "exist" not in msg.lower():
                    raise RuntimeError(f"cannot load the Thai word list into nlpo3: {msg}")
                _DICT_NAME = name
    return _DICT_NAME


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    from pythainlp.corpus import thai_stopwords

    return frozenset(thai_stopwords())


def is_stop_word(token: str) -> bool:
    return token in stop_words()


def normalise_for_search(text: str) -> str:
    from redactor.normalise import normalise

    text = normalise(text).text
    text = unicodedata.normalize("NFC", text).replace("\u0e40\u0e40", "\u0e41")
    return _DIGIT_GROUP_RE.sub("", text).casefold()


def segment(text: str) -> list[str]:
    """Word tokens of normalised text, stop words included."""
    import nlpo3

    if not text:
        return []
    # nlpo3's parallel mode gives the same tokens (checked on the benchmark corpus) about
    # 2.5 times faster on document-sized text, even on one core. Splitting the space-joined
    # pieces once gives the same tokens as splitting each piece: a space is not a word character.
    return _WORD_RE.findall(" ".join(nlpo3.segment(text, _dictionary(), False, len(text) > 200)))


def analyze(text: str, *, keep_stop_words: bool = False) -> list[str]:
    """The tokens of ``text`` as indexed and queried (normalised, segmented, stop words out)."""
    tokens = segment(normalise_for_search(text))
    if keep_stop_words:
        return tokens
    stops = stop_words()
    return [t for t in tokens if t not in stops]


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    text = _corpus_file("words_th.txt").read_text("utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


# Bump when the tokens or the compound parts the analyzer gives change: an index built
# by another version is rebuilt from the database (both backends check it).
ANALYZER_VERSION = 2
_MAX_WORD = 24  # longer dictionary entries are phrases, not parts of a compound


def _compound(token: str) -> bool:
    return len(token) >= 4 and "\u0e01" <= token[0] <= "\u0e4e"


@lru_cache(maxsize=200_000)
def parts_of(token: str) -> tuple[str, ...]:
    """The dictionary words a Thai compound token is made of, or ``()``: maximal matching over
    every split point, i.e. the complete split into the fewest dictionary words of two or
    more letters, the most balanced among those (``คอนกรีตเสริมเหล็ก`` → ``คอนกรีต``,
    ``เสริม``, ``เหล็ก``).

    Segmentation picks the longest dictionary words, so a text's ``ซ่อมแซม``
    and a query's ``ซ่อม`` (or a query's ``สมัครงาน`` and a text's ``รับสมัคร``
    ``พนักงาน``) would never meet. Indexing the parts of each compound, and
    matching a query compound by all of its parts, lets them meet, ranked below a
    whole-word match. Parts that are stop words are dropped.

    Only the fewest-words split counts, not every word some split could give: those
    include accidents such as ``หวัด`` in ``จังหวัด`` or ``นก`` in ``คอนกรีต``, which would
    make a query for a cold or a bird match every province's or builder's document.
    """
    if not _compound(token):
        return ()
    words, stops = _words(), stop_words()
    split = _fewest_words(token, words, 2)
    if split is not None and len(split) > 2:
        # Three or more short pieces are mostly syllables that happen to be words
        # (เต·รี·ยม): a longer split needs pieces of three letters or more.
        split = _fewest_words(token, words, 3)
    if split is None:
        return ()
    return tuple(p for p in split if p not in stops)


def _fewest_words(token: str, words: frozenset[str], shortest: int) -> tuple[str, ...] | None:
    """The split of ``token`` into the fewest dictionary words (two or more, each at least
    ``shortest`` letters), the most balanced among those; None if there is none."""
    n = len(token)
    # best[i]: (pieces, -shortest piece, split) of token[i:]; the whole token is no split.
    best: list[tuple[int, int, tuple[str, ...]] | None] = [None] * (n + 1)
    best[n] = (0, -n, ())
    for i in range(n - shortest, -1, -1):
        for j in range(i + shortest, min(n, i + _MAX_WORD) + 1):
            rest = best[j]
            if rest is None or (i == 0 and j == n):
                continue
            w = token[i:j]
            if w not in words:
                continue
            cand = (rest[0] + 1, -min(j - i, -rest[1]), (w, *rest[2]))
            cur = best[i]
            if cur is None or cand[:2] < cur[:2]:
                best[i] = cand
    found = best[0]
    return None if found is None else found[2]


def parts_text(tokens: str) -> str:
    """Space-joined parts of the compounds among space-joined tokens (what ``parts_tok`` indexes),
    each once (a part's presence is what counts, not how often it occurs), and none that is
    among the tokens already: a query for it finds the whole word."""
    words = dict.fromkeys(tokens.split())
    return " ".join(dict.fromkeys(p for t in words for p in parts_of(t) if p not in words))


def index_text(text: str) -> str:
    """Space-joined tokens: what the whitespace tokenizer (Tantivy) and 'simple' parser (PostgreSQL) read."""
    return " ".join(analyze(text))
