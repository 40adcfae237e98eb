"""Whether a PDF page's text layer can be believed (issue 12; conventions rule 8).

A text layer is evidence, not truth. A font without a ToUnicode map, with a
wrong one, or a Type3 font whose glyph names mean nothing shows readable text
on the page while its text layer holds control characters, Latin Extended
letters or words that are not words. Redacting such a page by its text layer
finds nothing, and verifying it by its text layer passes: a leak that says
"verified". So each page's text is judged before anything trusts it:

1. *Characters*: the share of control characters, U+FFFD (MuPDF's unmapped
   glyph) and Private Use code points other than the Thai presentation forms
   the normaliser maps and lone symbol-font glyphs (check boxes, ticks:
   ``_LONE_SYMBOL``). Past ``MAX_BAD`` the page is untrusted.
2. *Words*: of the Thai letters, the share inside words of PyThaiNLP's Thai
   dictionary (segmented by newmm, ``redactor.lexicon``); of the Latin letters,
   the share inside word-shaped tokens (an English dictionary is not bundled:
   a token with a vowel, no long consonant run and ordinary capitalisation
   passes; one-letter tokens do not count). Latin Extended letters, which
   is what glyph ids read as code points look like, count as non-words;
   other scripts (Chinese, Arabic, ...) cannot be judged and do not count.
3. *Pixels*, where in doubt: OCR of a low-resolution render of the page
   (``DOUBT_DPI``) compared with the text layer by character bigrams.

Fonts are judged one by one as well: a page whose body is fine but whose
header is set in a font without a map is untrusted too. An untrusted page is
read from its pixels like a scan (redactor/formats/pdf_scan.py) and written as an image
(see ``PdfDocument``), and verification reads it by OCR, never by the text
layer it did not trust.

Nothing here is expensive for an ordinary page: one pass over the characters
and one newmm segmentation of its Thai runs; OCR only for doubtful pages.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from redactor import rx
from redactor.formats.pdf_lines import span_text

if TYPE_CHECKING:  # pragma: no cover
    import pymupdf

# Shares of the page's non-space characters.
MAX_BAD = 0.03  # control, unmapped and foreign PUA characters
MAX_FOREIGN = 0.25  # letters of blocks a Thai or English document rarely uses
# Shares of the letters that lie inside words.
TRUST_WORDS = 0.6  # at or above: trusted without OCR
DOUBT_WORDS = 0.3  # below: untrusted without OCR; between: ask OCR
# Fewer characters than this cannot be judged by words (a page number, a
# signature line); only bad characters count there.
MIN_JUDGED = 24
# A font with at least this many characters is judged on its own by its
# characters, and with this many letters by its words (a math font's handful
# of one-letter variables says nothing).
MIN_FONT_CHARS = 24
MIN_FONT_LETTERS = 40
# OCR of a doubtful page: resolution and the bigram agreement that trusts it.
DOUBT_DPI = 150
MIN_AGREEMENT = 0.35

_THAI_LETTER = rx.compile(r"[\u0e01-\u0e4e]+")
# Characters that are never bad (printable ASCII, Latin-1, Latin Extended, Thai,
# general punctuation); only the rest is looked up one by one.
_SURELY_FINE = rx.compile(r"[\t\n\r\f\v\u0020-\u007e\u00a0-\u024f\u0e00-\u0e7f\u2000-\u206f]+")
# str.isspace() also holds for U+001C-U+001F, which here are glyph ids read as characters.
_GLYPH_IDS_NOT_SPACE = "\x1c\x1d\x1e\x1f"
# A symbol font's glyph (Wingdings, Webdings, Symbol: check boxes, ticks,
# bullets) is encoded as U+F020-U+F0FF, the "symbol" cmap Windows fonts use;
# Word writes a check box picked from such a font (``w:sym``) that way, and
# LibreOffice's PDF keeps that code as the glyph's text. It is a symbol, not a
# letter that failed to map, when it stands alone: no private-use or unmapped
# character either side. A legacy Thai font in the same encoding (TIS-620 code
# + 0xF000) writes words, which are runs of such characters and stay bad; its
# digits (0x30-0x39, Thai 0xF0-0xF9) are never taken for symbols, so an ID
# written one digit per box in such a font still condemns the page.
_PUA_OR_UNMAPPED = "\ue000-\uf8ff\ufffd"
_LONE_SYMBOL = rx.compile(f"(?<![{_PUA_OR_UNMAPPED}])[\uf020-\uf02f\uf03a-\uf0ef\uf0fa-\uf0ff]"
                          f"(?![{_PUA_OR_UNMAPPED}])")
_FOREIGN = rx.compile(r"[\u0100-\u024f\u1e00-\u1eff]")
_LATIN_WORD = rx.compile(r"[A-Za-z]+")
# Thai typed in a legacy (pre-Unicode) Thai font is stored as the keys pressed on a Kedmanee keyboard:
# Latin letters and digits glued by the punctuation keys that carry Thai letters (: ; ' { } [ ] < > \ |),
# as in "rualvr:dou'kp{ai". English has at most one such join in a word (don't, Section 3:); a run of
# three or more pieces glued so is no English, whatever its pieces look like.
_KEYBOARD_RUN = rx.compile(r"(?<![A-Za-z0-9/])[A-Za-z0-9]+(?:[:;'{}\[\]<>\\|][A-Za-z0-9]+){2,}(?![A-Za-z0-9/])")
_VOWEL = rx.compile(r"[aeiouyAEIOUY]")
_CONSONANT_RUN = rx.compile(r"[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{5,}")


@dataclass(frozen=True, slots=True)
class Verdict:
    """``trusted`` False: read the page from its pixels; ``reason`` says why (for the review note)."""

    trusted: bool
    doubtful: bool = False
    reason: str = ""


def _is_bad(ch: str) -> bool:
    cp = ord(ch)
    if ch == "\ufffd":
        return True
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cs", "Cn") and ch not in "\t\n\r\f\v":
        return True
    if cat == "Co":
        from redactor.normalise import PUA_TO_THAI

        return cp not in PUA_TO_THAI
    return False


def _is_foreign(ch: str) -> bool:
    """A Latin Extended letter: what glyph ids read as characters look like (a font without ToUnicode).

    Other scripts (Chinese, Arabic, Cyrillic, ...) are real text the
    dictionaries cannot judge; they are neither words nor non-words here.
    """
    cp = ord(ch)
    return (0x100 <= cp <= 0x24F or 0x1E00 <= cp <= 0x1EFF) and unicodedata.category(ch).startswith("L")


def _count_foreign(text: str) -> int:
    return sum(1 for m in _FOREIGN.finditer(text) if _is_foreign(m.group()))


def _count_bad(text: str) -> int:
    return sum(1 for ch in _SURELY_FINE.sub("", _LONE_SYMBOL.sub(" ", text)) if _is_bad(ch))


def _latin_wordlike(tok: str) -> bool:
    if not _VOWEL.search(tok) and not tok.isupper():
        return False
    if _CONSONANT_RUN.search(tok):
        return False
    # Ordinary capitalisation: word, Word, WORD (and CamelCase names).
    return tok.islower() or tok.isupper() or (tok[0].isupper() and sum(c.isupper() for c in tok) <= 2)


def word_share(text: str, enough: float | None = None) -> tuple[float, int]:
    """(share of the letters that lie inside words, number of letters).

    ``enough``: stop segmenting once that share is reached whatever the rest
    holds (the share returned is then a lower bound at or above ``enough``).
    """
    from redactor.lexicon import segment_words, thai_dictionary

    words = thai_dictionary()
    runs = _THAI_LETTER.findall(text)
    # Keys of a legacy Thai font: letters, none of them inside words.
    keyed = sum(1 for m in _KEYBOARD_RUN.finditer(text) if any(c.isalpha() for c in m.group())
                for c in m.group() if c.isalpha())
    plain = _KEYBOARD_RUN.sub(" ", text) if keyed else text
    latin = [tok for tok in _LATIN_WORD.findall(plain) if len(tok) > 1]  # one letter: a variable, an initial
    letters = sum(map(len, runs)) + sum(map(len, latin)) + _count_foreign(text) + keyed
    if not letters:
        return 1.0, 0
    inside = sum(len(tok) for tok in latin if _latin_wordlike(tok))
    for run in runs:
        if enough is not None and inside / letters >= enough:  # the same test the caller makes
            break
        for tok in segment_words(run):
            # One-letter tokens are what newmm leaves of a run it cannot segment.
            if len(tok) > 1 and tok in words:
                inside += len(tok)
    return inside / letters, letters


# An OCR reading with at least this many letters is judged by its words (fewer: a stamp, a page number).
MIN_OCR_LETTERS = MIN_FONT_LETTERS
# An unsure OCR reading (mean confidence under UNSURE_CONF, as ``redactor.ocr.engine.WEAK_CONF``) must do
# better: Latin garbage from a script Tesseract does not hold ("He Ho pha") passes the word-shape test.
UNSURE_CONF = 70.0
UNSURE_TRUST_WORDS = 0.8


def ocr_nonsense(text: str, conf: float | None = None, min_letters: int = MIN_OCR_LETTERS
                 ) -> tuple[float, int] | None:
    """(word share, letters) when an OCR reading would not be trusted as a text layer: under
    ``TRUST_WORDS`` of its letters form Thai or English words, or under ``UNSURE_TRUST_WORDS`` when
    its mean confidence ``conf`` is under ``UNSURE_CONF`` (text in a script Tesseract's languages do
    not hold, a drawing's hatching). None when it reads as words, or has too few letters to tell."""
    bar = UNSURE_TRUST_WORDS if conf is not None and conf < UNSURE_CONF else TRUST_WORDS
    share, letters = word_share(text, enough=bar)
    if letters < min_letters or share >= bar:
        return None
    return share, letters


def judge_text(text: str, min_letters: int = MIN_JUDGED // 2) -> Verdict:
    """The verdict on one run of text-layer characters, without looking at pixels."""
    # Characters that are not str.isspace() (str.split() splits on exactly those), plus U+001C-U+001F.
    n = sum(map(len, text.split())) + sum(text.count(c) for c in _GLYPH_IDS_NOT_SPACE)
    if not n:
        return Verdict(True)
    bad = _count_bad(text)
    if bad and (bad / n > MAX_BAD or n < MIN_JUDGED):
        return Verdict(False, reason=f"{bad} of {n} characters are control, unmapped or private-use codes "
                                     "(a font without a usable ToUnicode map)")
    if n < MIN_JUDGED:
        return Verdict(True)
    foreign = _count_foreign(text)
    # Past the trust threshold the exact share only words the reason of a
    # page with too many Latin Extended letters: count it all there.
    share, letters = word_share(text, enough=TRUST_WORDS if foreign / n <= MAX_FOREIGN else None)
    if letters < min_letters:
        return Verdict(True)  # digits and punctuation: nothing to judge by words
    if share >= TRUST_WORDS and foreign / n <= MAX_FOREIGN:
        return Verdict(True)
    reason = f"only {share:.0%} of its letters form Thai or English words"
    if foreign / n > MAX_FOREIGN:
        reason += f" and {foreign / n:.0%} are Latin Extended letters"
    reason += " (a font whose ToUnicode map is missing or wrong)"
    if share < DOUBT_WORDS:
        return Verdict(False, reason=reason)
    return Verdict(False, doubtful=True, reason=reason)


_C = itemgetter("c")


def judge_lines(lines: list[dict[str, Any]]) -> Verdict:
    """The page's verdict from its ``rawdict`` lines: the whole page, then each font on it."""
    by_font: dict[str, list[str]] = {}
    parts = []
    for ln in lines:
        for sp in ln["spans"]:
            text = span_text(sp)
            by_font.setdefault(sp.get("font", ""), []).append(text)
            parts.append(text)
        parts.append("\n")
    page = judge_text("".join(parts))
    if not page.trusted and not page.doubtful:
        return page
    if len(by_font) > 1:
        for font, texts in by_font.items():
            text = " ".join(texts)
            if sum(1 for ch in text if not ch.isspace()) < MIN_FONT_CHARS:
                continue
            v = judge_text(text, MIN_FONT_LETTERS)
            if not v.trusted and not v.doubtful:
                return Verdict(False, reason=f"its text in font {font or '(unnamed)'}: {v.reason}")
            if not v.trusted and page.trusted:
                page = Verdict(False, doubtful=True, reason=f"its text in font {font or '(unnamed)'}: {v.reason}")
    return page


def _bigrams(text: str) -> Counter[str]:
    from redactor.normalise import fold_for_match

    folded = "".join(ch for ch in fold_for_match(text) if not ch.isspace())
    return Counter(folded[i:i + 2] for i in range(len(folded) - 1))


def agreement(a: str, b: str) -> float:
    """Dice coefficient of the two texts' character bigrams (spaces ignored, normalised)."""
    x, y = _bigrams(a), _bigrams(b)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def ocr_agrees(page: pymupdf.Page, text: str) -> float | None:
    """Bigram agreement of the text layer with OCR of a low-resolution render; None without OCR."""
    from redactor.ocr.tesseract import unavailable_reason

    if unavailable_reason() is not None:
        return None
    import pymupdf

    from redactor.ocr.engine import Rendered, recognise

    zoom = DOUBT_DPI / 72
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY, alpha=False, annots=False)
    try:
        to_page = (1 / zoom, 0.0, 0.0, 1 / zoom, 0.0, 0.0)
        result = recognise(Rendered(bytes(pix.samples), pix.width, pix.height, to_page))
    except Exception:  # an OCR failure leaves the doubt standing
        return None
    return agreement(text, result.text)


def judge_page(page: pymupdf.Page, lines: list[dict[str, Any]]) -> Verdict:
    """Trusted, or untrusted with the reason; doubtful pages are settled by OCR of their pixels."""
    verdict = judge_lines(lines)
    if verdict.trusted or not verdict.doubtful:
        return verdict
    text = "\n".join("".join(ch["c"] for sp in ln["spans"] for ch in sp["chars"]) for ln in lines)
    agree = ocr_agrees(page, text)
    if agree is None:
        return Verdict(False, reason=verdict.reason + "; OCR could not settle it")
    if agree >= MIN_AGREEMENT:
        return Verdict(True)
    return Verdict(False, reason=f"{verdict.reason}, and it agrees with OCR of the page for only {agree:.0%}")


# --- completeness: MuPDF stopped reading a page part-way --------------------------------------

# MuPDF's messages when it gave up on part of a page's content. The pixels come
# from the same interpreter, so OCR cannot see what was skipped either.
_CUT_SHORT = ("ignoring rest of page", "stack overflow", "nesting", "too deep", "recursion")


def reset_warnings() -> None:
    import pymupdf

    pymupdf.TOOLS.mupdf_warnings(reset=True)


def cut_short() -> str | None:
    """MuPDF's reason, if it stopped reading content since ``reset_warnings`` (warnings are then reset)."""
    import pymupdf

    text = str(pymupdf.TOOLS.mupdf_warnings(reset=True) or "")
    for line in text.splitlines():
        low = line.lower()
        if any(key in low for key in _CUT_SHORT):
            return line.strip()
    return None


def read_page(page: pymupdf.Page, flags: int) -> tuple[dict[str, Any], str | None]:
    """The page's ``rawdict`` and, if MuPDF could not read all of its content, why.

    ``raw["vectors"]`` counts the page's stroked and filled paths (0: it draws none; a path
    both stroked and filled counts twice; None: not counted, MuPDF failed collecting them),
    its ``blocks`` hold text and images only.

    A page MuPDF fails on (a broken object, content nested past its limits)
    gives no text rather than stopping the whole file; the caller sends it to
    a person, because its pixels come from the same interpreter and may miss
    the same content.
    """
    import pymupdf

    reset_warnings()
    vectors: int | None = None
    try:
        # Vector graphics are collected in the same pass (blocks of type 3, taken out below and
        # counted in ``raw["vectors"]``): a page without any needs no separate walk for its drawings.
        raw = page.get_text("rawdict", flags=flags | pymupdf.TEXT_COLLECT_VECTORS, sort=True)
        vectors = sum(1 for b in raw["blocks"] if b.get("type") == _VECTOR_BLOCK)
    except Exception:  # MuPDF's own error tree: read the text alone, the drawings are not counted
        reset_warnings()
        try:
            raw = page.get_text("rawdict", flags=flags, sort=True)
        except Exception as exc:
            reset_warnings()
            return {"blocks": [], "vectors": None}, f"{type(exc).__name__}: {exc}"
    blocks = raw["blocks"]
    if vectors:
        raw["blocks"] = blocks = [b for b in blocks if b.get("type") != _VECTOR_BLOCK]
    raw["vectors"] = vectors
    # Each span's text, joined once here for the readers that follow (pdf_lines.span_text).
    for block in blocks:
        for ln in block.get("lines", ()):
            for sp in ln["spans"]:
                sp["text"] = "".join(map(_C, sp["chars"]))
    return raw, cut_short()


# MuPDF's structured-text block type of a stroked or filled path (FZ_STEXT_BLOCK_VECTOR).
_VECTOR_BLOCK = 3


def incomplete_note(pno: int, why: str) -> str:
    return (f"page {pno + 1}: MuPDF could not read all of its content ({why}), so neither its text nor its "
            "pixels can be checked and a person must review it")


def untrusted_note(pno: int, reason: str) -> str:
    return f"page {pno + 1} was read from its pixels (OCR) and written as an image: its text layer is not " \
           f"trustworthy: {reason}"
