"""Thai NER detector (issue #3): PERSON spans from our own model in ``models/``.

The model (``redactor.ner``, a CRF trained on ThaiNER 1.5) runs on each line of
the normalised view, and loads lazily, once per process. PERSON entities
become personal-data findings (s.15(5)); whether a name is an official acting
in office is the policy's decision, as for every PERSON finding.

What is reported, and how strongly, is chosen for a redactor rather than for
an F1 score: the policy redacts the union of overlapping findings and
propagates every redacted name to its other occurrences in the document, so
one wrong span can cost a whole page of text.

* Spans below ``MIN_SCORE`` confidence, spans without Thai letters and royal
  names (``ROYAL``; the monarchy detector flags those passages) are not
  reported.
* A full name (a title, or two words) scores the model's confidence.
* A single untitled word (เสริม, ชวน, a nickname) scores at most
  ``SINGLE_WORD_CAP``, which the policy turns into a review proposal: a
  human decides, and nothing is propagated from it.

LOCATION, ORGANIZATION and the other labels never become findings: a place or
an agency is not withheld by itself. They are left in
``ctx.cache[CACHE_KEY]`` (entities of every line with Thai letters, in the
view's offsets) for keep rules that want them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.detectors.monarchy import MONARCHY_RE
from redactor.detectors.person_name import TITLES, name_lists, title_is_not_a_name
from redactor.errors import PhoeiError
from redactor.trie_regex import literal_alternation
from redactor.types import Finding

# Package data: the repository's models/ folder (redactor.ner.model.REPO_MODELS; not imported here, it is lazy).
MODEL_DIR = Path(__file__).resolve().parents[1] / "ner" / "models"
CACHE_KEY = "ner.entities"
# Labels that become findings. The rest is context for keep rules.
FINDING_LABELS = frozenset({"PERSON"})
# One or two consonants with dots and no vowel: an abbreviation (น., ส.ค., ต.), never a name.
_ABBREVIATION = rx.compile(r"(?:[\u0e01-\u0e2e]{1,2}\.){1,3}")

# Below this confidence a PERSON span is not reported: the overlap resolver
# redacts the union of overlapping findings, so a doubtful, over-long NER span
# would widen a confident regex finding (e.g. "Ms. Thanakorn Kaewsai id").
MIN_SCORE = 0.5
# Below the policy's REDACT_AT (0.5), above its REVIEW_AT (0.3).
SINGLE_WORD_CAP = 0.45
_THAI = rx.compile("[\u0e01-\u0e4e]")
# Characters no name holds: quotes, brackets, check boxes, digits, the abbreviation mark ฯ.
# Check boxes and bullets: Unicode's, and the private-use code points of symbol fonts (Wingdings,
# Symbol: U+F000-F0FF) that Word forms print them with ("เด็กหญิง \uf0a6" is a title and a box).
_SYMBOL = rx.compile("[\"“”‘’'()\\[\\]<>ฯ☐☑☒✓✔■□0-9:;/|\u2022\u25a0-\u25ff\u2610-\u2612\u2713-\u2718\uf000-\uf0ff]")
_TWO_WORDS = rx.compile("[\u0e01-\u0e4e][ \t]+[\u0e01-\u0e4e]")
# A Thai word never starts with a following vowel, a tone mark or another mark written after its
# consonant (ะ า ำ ิ ี ึ ื ุ ู ั ็ ่ ้ ๊ ๋ ์ ฺ ๅ): a span with such a word is OCR's reading of handwriting,
# a stamp or a smudge (" าพ โงข"), not a name.
_NO_WORD_START = rx.compile("(?:^|(?<=[ \t\n]))[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
# ThaiNER tags the King and the royal family as PERSON. They are not private
# persons' data; passages about them are the monarchy detector's (s.14, review).
ROYAL = ("พระบาทสมเด็จ", "สมเด็จพระ", "พระเจ้าอยู่หัว", "พระบรม", "พระราชินี", "พระนางเจ้า", "เจ้าฟ้า",
         "พระองค์เจ้า", "พระเจ้าวรวงศ์เธอ", "พระเจ้าลูกเธอ", "พระเจ้าหลานเธอ")


class Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def label(self) -> str: ...
    @property
    def score(self) -> float: ...


class Predictor(Protocol):
    """What the detector needs from a model: entities in one line, offsets into it."""

    def predict(self, text: str) -> Sequence[Span]: ...


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            yield pos, end
        pos = end + 1


def entities(ctx: DetectionContext, model: Predictor) -> list[tuple[int, int, str, float]]:
    """All entities of the document as ``(start, end, label, score)`` in ``ctx.text``; computed once per context."""
    cached = ctx.cache.get(CACHE_KEY)
    if cached is not None:
        return list(cached)
    text = ctx.text
    out: list[tuple[int, int, str, float]] = []
    seen: dict[str, Sequence[Span]] = {}  # headers and footers repeat on every page
    for ls, le in _lines(text):
        line = text[ls:le]
        if not _THAI.search(line):
            continue
        if line not in seen:
            seen[line] = model.predict(line)
        for ent in seen[line]:
            s, e = ent.start, ent.end
            # A model may return edges outside the line or on whitespace; clamp and trim, and drop
            # what is left empty rather than redact a wrong span.
            s, e = max(0, s), min(len(line), e)
            while s < e and line[s].isspace():
                s += 1
            while e > s and line[e - 1].isspace():
                e -= 1
            if s < e:
                out.append((ls + s, ls + e, ent.label, float(ent.score)))
    ctx.cache[CACHE_KEY] = tuple(out)
    return out


# "Other" as a form's last choice after the titles.
_OTHER_CHOICE = frozenset({"อื่น", "อื่นๆ", "ๆ", "อื่น ๆ"})


def _leading_title(span: str) -> str:
    """The longest title the span starts with and goes on after ("" if none)."""
    m = _TITLE_PREFIX.match(span)
    return m.group() if m else ""


# TITLES as one trie; the lookahead keeps a span that is only a title from counting as one.
_TITLE_PREFIX = rx.compile(f"(?:{literal_alternation(TITLES)})(?=[\\s\\S])")


# Vowels and marks: a Thai word without any is an abbreviation (ตช, มท, สค), not a name part.
_VOWEL = rx.compile("[\u0e30-\u0e3a\u0e40-\u0e4e\u0e2d\u0e27\u0e22]")


def _weak_untitled(words: list[str]) -> str | None:
    """Why an untitled multi-word span is not clearly a full name, or None.

    ThaiNER tags "ที่ ตช" (a document number's prefix) or "เรื่อง สมชาย" as PERSON: a
    span that starts with a dictionary word that is no given name, holds a stop word
    or a short vowel-less word (an agency's abbreviation) is not a given name + family name.
    """
    stop = _stopwords()
    firsts, _families, dictionary = name_lists()
    if words and words[0] in dictionary and words[0] not in firsts:
        return f"'{words[0]}' is a dictionary word, not a given name"
    for w in words:
        if w in stop:
            return f"'{w}' is a common word"
        if len(w) <= 2 and not _VOWEL.search(w):
            return f"'{w}' looks like an abbreviation"
    if len(words) >= 3 and words[0] not in firsts:
        # OCR of a heading, a stamp or handwriting reads as runs of letters the model tags as one long
        # name ("ดวนทสุด บันทกข้อความ เรสซนนน"); an untitled full name of three words or more starts with
        # a given name the lists know, or goes to a person.
        return f"{len(words)} words, no title and '{words[0]}' is no listed given name"
    if words and len(words[0]) <= 2 and words[0] not in firsts:
        # A fragment of two letters (OCR's "เง" of a smudged word) is no given name; a two-letter
        # given name is listed (or a nickname, which review still sees).
        return f"'{words[0]}' is a fragment, not a given name"
    return None


def _words_before_title(text: str, s: int, e: int) -> int:
    """Where the name starts when a span opens with words before a title (สำเนาถึง นางมาลี …), else ``s``.

    A Thai name starts at its title: words before a title inside one span are a cue the model took in
    (สำเนาถึง, เรียน, ผู้รับมอบอำนาจ), not the name, unless they are titles themselves (stacked ranks and
    degrees: ศาสตราจารย์ ดร. …) or a listed given name.
    """
    firsts, _families, _dictionary = name_lists()
    pos = s
    lead: list[str] = []
    for word in text[s:e].split(" "):
        if word:
            title = _leading_title(word) if lead else ""
            # The name follows the title glued (นางมาลี) or after one space (ดร. สมชาย).
            first = pos + len(title) if len(word) > len(title) else pos + len(word) + 1
            if title and not title_is_not_a_name(text, pos, pos + len(title), first):
                if not any(_leading_title(w) or w in TITLES or w in firsts for w in lead):
                    return pos
                return s
            lead.append(word)
        pos += len(word) + 1
    return s
# Below this confidence an untitled span of ordinary words only is no finding at all.
ORDINARY_MAX = 0.7


def ordinary_phrase(words: list[str]) -> bool:
    """Every word a dictionary word and none a listed given or family name: a phrase, not a name."""
    firsts, families, dictionary = name_lists()
    return len(words) >= 2 and all(w in dictionary and w not in firsts and w not in families for w in words)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from redactor.thai_corpus import thai_stopwords

    return frozenset(thai_stopwords())


@register
class NerDetector(Detector):
    name = "ner"
    label = "PERSON"
    basis = "15(5)"
    description = ("Person names from our Thai NER model (CRF trained on ThaiNER 1.5, models/thainer-crf), "
                   "line by line; untitled and unlisted names included.")

    def __init__(self, model: Predictor | None = None, model_dir: Path | None = None) -> None:
        self._model = model
        self._model_dir = model_dir

    @property
    def model(self) -> Predictor:
        if self._model is not None:
            return self._model
        from redactor.ner.model import default_model_dir, load_model

        folder = self._model_dir or default_model_dir()
        try:
            model = load_model(folder)
        except FileNotFoundError as exc:
            raise PhoeiError(f"the NER detector is enabled but no model is installed under {folder}: {exc}") from exc
        self._model = model
        return model

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        model = self.model  # before anything else: enabled without a model is an error, even on empty text
        out = []
        for s, e, label, score in entities(ctx, model):
            # Names in Latin script are person_name's (English titles); ThaiNER has too few to learn them.
            if label not in FINDING_LABELS or score < MIN_SCORE or not _THAI.search(ctx.text, s, e):
                continue
            if ctx.text.startswith(ROYAL, s) or MONARCHY_RE.search(ctx.text, s, e):
                continue
            # Table rows glue a row number to the name ("3สมชาย ใจดี"): trim what no name holds at the edges.
            while s < e and (_SYMBOL.match(ctx.text, s) or ctx.text[s].isspace()):
                s += 1
            while e > s and (_SYMBOL.match(ctx.text, e - 1) or ctx.text[e - 1].isspace()):
                e -= 1
            # A tab is a column stop in a typed list ("นางสาวมาลี ใจงาม<tab>Product Owner"): a name never
            # runs across one into a column of Latin or digits, which the model tags along with it.
            if (tab := ctx.text.find("\t", s, e)) >= 0 and not _THAI.search(ctx.text, tab, e):
                e = tab
                while e > s and (_SYMBOL.match(ctx.text, e - 1) or ctx.text[e - 1].isspace()):
                    e -= 1
            # No number here: the finding's score is the one number (capped below for one word), and
            # the review screen shows it beside this reason (issue #15: 45% shown, "confidence 0.97" said).
            why = f"NER model: {label}"
            if (start := _words_before_title(ctx.text, s, e)) != s:
                why += f"; '{ctx.text[s:start].strip()}' before the title left out"
                s = start
            span = ctx.text[s:e]
            if not span or span in TITLES or _SYMBOL.search(span):
                continue  # a rank alone (พันตำรวจโท), or a span over quotes and check boxes: no name
            if all(w in TITLES or w in _OTHER_CHOICE for w in span.split()):
                continue  # a form's choices of title ("☐ นาง ☐ นางสาว ☐ อื่น ๆ"), the boxes dropped: no name
            if _ABBREVIATION.fullmatch(span):
                continue  # "น." of น.ส.3ก, "ต." of ต.บ้านใหม่: an abbreviation's letter, no name
            if _NO_WORD_START.search(span):
                continue
            title = _leading_title(span)
            if title and not _THAI.search(span, len(title)):
                continue  # a Thai title before Latin letters: latin_name's to judge, as for untitled spans
            if title:
                # นายแพทย์ชำนาญการ, นายกองค์การบริหารส่วน…, กยศ.: a title that heads no name.
                rest = span[len(title):]
                if title_is_not_a_name(ctx.text, s, s + len(title), s + len(title) + len(rest) - len(rest.lstrip())):
                    continue
            elif not _TWO_WORDS.search(ctx.text, s, e):
                score = min(score, SINGLE_WORD_CAP)
                why += "; one untitled word, for review"
            elif score < ORDINARY_MAX and ordinary_phrase(span.split()):
                continue  # "สถานภาพ สมรส", a form's label and value: ordinary words, weakly tagged
            elif (weak := _weak_untitled(span.split())) is not None:
                score = min(score, SINGLE_WORD_CAP)
                why += f"; {weak}, for review"
            out.append(self.finding(s, e, round(score, 3), why))
        return out
