"""Which strings of the dev evaluation set must never appear in this repository, and where they do.

The dev set (``../shared/eval/dev/truth.json`` beside the repo) measures the redactor; a rule or a test
that holds one of its invented data fits the measure instead of the class.  This module holds the
criterion only — it stores no dev string; it reads the truth file at run time.  It is shared by
``tests/test_dev_strings.py`` (the guard) and by the external scrub tool that rewrites hits.

"Specific" means an invented datum: a person's name, an ID / phone / account / plate / passport /
document number, an e-mail, an address with a house number, an amount with >= 4 significant digits,
a company name, a dated event, a sentence.  Not specific: a place name alone, a law's title, a position,
an agency, a month and year or the date of a document, a round amount, a short number, dictionary
words, a common given name or family name on its own.

Matching folds both sides the way the scorer does: NFC, Thai digits to Arabic, ำ recomposed, zero-width
characters and all whitespace removed, ``- . ( ) ,`` between digits removed, case folded.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_DIGIT_SEPARATORS = set("-.(),")
_SPACE_RE = re.compile(r"\s+")

# Files that legitimately hold Thai words and names in bulk (ThaiNER training / validation data and
# dictionaries); a dev name that also is an ordinary word there is no leak of the dev set.
EXCLUDED_PREFIXES = ("models/thainer-crf/",)
EXCLUDED_SUFFIXES = (".txt",)
# Generated files of package hashes (sha256 hex): long runs of digits that match a dev document
# number by chance. Nothing in them is written by hand.
EXCLUDED_FILES = ("requirements.lock",)
MAX_FILE_BYTES = 5_000_000

# -- folding -----------------------------------------------------------------------------------


def _fold_char(ch: str) -> str:
    if ch in _ZERO_WIDTH or ch.isspace():
        return ""
    return ch.translate(_THAI_DIGITS).casefold()


def fold(text: str) -> str:
    """The scorer's normal form of ``text`` (see the module docstring)."""
    return fold_with_map(text)[0]


# Thai vowel and tone marks above/below the line: OCR drops them, and a copy that lost them is still a copy.
_THAI_MARKS = set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e")
NEAR_CLASSES = ("name", "address", "company", "phrase")
NEAR_NUMBER_CLASSES = ("national_id", "phone", "account", "code", "land_title", "plate", "doc_number")
_OCR_DIGITS = {"o": "0", "l": "1", "i": "1", "|": "1"}


def strip_marks(folded: str) -> str:
    return "".join(c for c in folded if c not in _THAI_MARKS)


def fold_with_map(text: str, no_marks: bool = False) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of the source character it came from.

    The text is not NFC-normalised as a whole (that would shift indices); Thai text in NFD is rare and
    the one decomposition that matters (ํ + า = ำ) is recomposed here."""
    chars: list[str] = []
    index: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\u0e4d" and i + 1 < n and text[i + 1] == "\u0e32":
            chars.append("\u0e33")
            index.append(i)
            i += 2
            continue
        for out in _fold_char(unicodedata.normalize("NFC", ch)):
            if no_marks and out in _THAI_MARKS:
                continue
            chars.append(out)
            index.append(i)
        i += 1
    if no_marks:  # OCR look-alikes inside a digit run: O for 0, l / I / | for 1
        for order in (range(len(chars)), range(len(chars) - 1, -1, -1)):  # runs of them too
            for j in order:
                c = chars[j]
                if c in _OCR_DIGITS and ((j > 0 and chars[j - 1].isdigit())
                                         or (j + 1 < len(chars) and chars[j + 1].isdigit())):
                    chars[j] = _OCR_DIGITS[c]
    # drop ``- . ( ) ,`` runs that sit between two digits
    keep = [True] * len(chars)
    j = 0
    while j < len(chars):
        if chars[j] in _DIGIT_SEPARATORS and j > 0 and chars[j - 1].isdigit():
            k = j
            while k < len(chars) and chars[k] in _DIGIT_SEPARATORS:
                k += 1
            if k < len(chars) and chars[k].isdigit():
                for m in range(j, k):
                    keep[m] = False
            j = k
            continue
        j += 1
    folded = "".join(c for c, ok in zip(chars, keep, strict=False) if ok)
    mapping = [ix for ix, ok in zip(index, keep, strict=False) if ok]
    return folded, mapping


def fold_truth(text: str) -> str:
    return fold(unicodedata.normalize("NFC", text))


# -- word lists ----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def word_lists() -> dict[str, frozenset[str]]:
    """PyThaiNLP's dictionary and name lists.  PyThaiNLP is required: without its lists every common
    name would look invented, so a missing install is an error, never a silent fallback."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names, thai_words

    return {
        "words": frozenset(thai_words()),
        "male": frozenset(thai_male_names()),
        "female": frozenset(thai_female_names()),
        "family": frozenset(thai_family_names()),
    }


def count_words(text: str) -> int:
    """Words of body text (PyThaiNLP newmm)."""
    from pythainlp.tokenize import word_tokenize

    return sum(1 for w in word_tokenize(text, keep_whitespace=False) if re.search(r"\w", w))


# Titles that precede a Thai name (the redactor's lexicon when importable, else the civil ones).
_FALLBACK_TITLES = ("นางสาว", "นาง", "นาย", "น.ส.", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.", "คุณ")
# Kinship and nickname prefixes: ``ยาย`` + a nickname names a person as surely as a full name.
NICKNAME_PREFIXES = ("ยาย", "ตา", "ป้า", "ลุง", "น้า", "อา", "พี่", "น้อง", "เจ๊", "เฮีย", "เสี่ย", "แม่", "พ่อ",
                     "หลวงพี่", "ไอ้", "อี")
LATIN_TITLES = ("mr", "mrs", "ms", "miss", "dr", "prof", "mx")


@lru_cache(maxsize=1)
def thai_titles() -> tuple[str, ...]:
    try:
        from redactor.lexicon import TITLES
        titles = set(TITLES)
    except Exception:  # the guard must work on any checkout, even one whose lexicon is broken
        titles = set()
    titles.update(_FALLBACK_TITLES)
    return tuple(sorted(titles, key=len, reverse=True))


def split_title(name: str) -> tuple[str, str]:
    """``(title, rest)`` of a Thai or Latin name; the title keeps its trailing space."""
    s = name.strip()
    for t in thai_titles():
        if s.startswith(t) and len(s) > len(t):
            rest = s[len(t):]
            stripped = rest.lstrip()
            return s[: len(s) - len(stripped)], stripped
    m = re.match(r"(?i)((?:{})\.?\s+)(.+)$".format("|".join(LATIN_TITLES)), s)
    if m:
        return m.group(1), m.group(2)
    return "", s


def name_tokens(body: str) -> list[str]:
    return [t for t in re.split(r"[\s_]+", body) if t]


# -- items and the criterion ------------------------------------------------------------------


@dataclass(frozen=True)
class DevItem:
    text: str  # surface text as the truth writes it
    kind: str  # "redact", "keep" or "part"
    label: str  # truth ``type`` (redact, part) or ``why`` (keep)
    file: str


@dataclass(frozen=True)
class Verdict:
    item: DevItem
    cls: str | None  # None: not specific
    reason: str
    tokens: tuple[str, ...] = field(default=())  # name classes: the tokens to rewrite

    @property
    def specific(self) -> bool:
        return self.cls is not None


def load_items(truth_path: Path | str) -> list[DevItem]:
    import json

    data = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    items: list[DevItem] = []
    for entry in data:
        for r in entry.get("must_redact", []):
            items.append(DevItem(r["text"], "redact", r.get("type", "OTHER"), entry["file"]))
            for p in r.get("parts", []) or []:
                items.append(DevItem(p, "part", r.get("type", "OTHER"), entry["file"]))
        for k in entry.get("must_keep", []):
            items.append(DevItem(k["text"], "keep", k.get("why", ""), entry["file"]))
    return items


_DIGITS_RE = re.compile(r"[0-9๐-๙]")
_EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
_D = "[0-9๐-๙]"
_TH_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
              "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.",
              "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
              "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
              "sept", "oct", "nov", "dec")
_MONTH_WORD = "(?:{})".format("|".join(
    [re.escape(m) for m in sorted(_TH_MONTHS, key=len, reverse=True)]
    + [m + r"\.?" for m in sorted(_EN_MONTHS, key=len, reverse=True)]))
_WORD_DATE_RE = re.compile(
    rf"(?<!{_D})({_D}{{1,2}})\s*{_MONTH_WORD}\s*(?:พ\.ศ\.|ค\.ศ\.|พุทธศักราช)?\s*({_D}{{4}}|{_D}{{2}})(?!{_D})",
    re.IGNORECASE)
_ISO_DATE_RE = re.compile(rf"(?<![0-9๐-๙/.-])({_D}{{4}})-({_D}{{2}})-({_D}{{2}})(?![0-9๐-๙/.-])")
_NUM_DATE_RE = re.compile(
    rf"(?<![0-9๐-๙/.-])({_D}{{1,2}})([/.-])({_D}{{1,2}})\2({_D}{{4}}|{_D}{{2}})(?![0-9๐-๙/.-])")


def date_groups(text: str) -> list[tuple[str, int, int]]:
    """``(role, start, end)`` of the day / month / year digit groups of the first valid full date."""
    def num(s: str) -> int:
        return int(s.translate(_THAI_DIGITS))

    m = _ISO_DATE_RE.search(text)
    if m and 1 <= num(m.group(2)) <= 12 and 1 <= num(m.group(3)) <= 31:
        return [("year", *m.span(1)), ("month", *m.span(2)), ("day", *m.span(3))]
    m = _NUM_DATE_RE.search(text)
    if m and 1 <= num(m.group(1)) <= 31 and 1 <= num(m.group(3)) <= 12:
        return [("day", *m.span(1)), ("month", *m.span(3)), ("year", *m.span(4))]
    m = _WORD_DATE_RE.search(text)
    if m and 1 <= num(m.group(1)) <= 31:
        return [("day", *m.span(1)), ("year", *m.span(2))]
    return []


_YEAR_SUFFIX_RE = re.compile(r"/\s*[0-9๐-๙]{4}\s*$")
_COMPANY_RE = re.compile(
    r"บริษัท|ห้างหุ้นส่วน|หจก\.|บจก\.|ร้าน|co\.|company|ltd|limited|inc\.|corp|shop|store|enterprise",
    re.IGNORECASE,
)


def digits_of(text: str) -> str:
    return "".join(ch for ch in text.translate(_THAI_DIGITS) if ch.isdigit())


def significant_digits(text: str) -> int:
    """Digits of an amount without its trailing zeros (``12,340`` -> 4, ``250,000`` -> 2)."""
    t = text.translate(_THAI_DIGITS)
    m = re.search(r"\d[\d,]*(?:\.(\d{1,2}))?", t)
    if not m:
        return 0
    whole = digits_of(m.group().split(".")[0]).lstrip("0")
    dec = (m.group(1) or "").rstrip("0")
    return len(whole + dec) if dec else len(whole.rstrip("0"))


def _name_part_is_distinctive(token: str) -> bool:
    """A first or family name on its own is specific only when no list knows it (an invented one)."""
    if re.fullmatch(r"[A-Za-z'-]+", token):
        return len(token) >= 6
    lists = word_lists()
    if token in lists["words"] or token in lists["male"] or token in lists["female"] or token in lists["family"]:
        return False
    return len(token) >= 4


def _is_latin(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and not re.search(r"[\u0e00-\u0e7f]", text)


def classify_name(item: DevItem) -> Verdict:
    title, body = split_title(item.text)
    tokens = name_tokens(body)
    latin = _is_latin(body)
    if len(tokens) >= 2:
        return Verdict(item, "latin_name" if latin else "name", "full name", tuple(tokens))
    if not tokens:
        return Verdict(item, None, "title only")
    tok = tokens[0]
    lists = word_lists()
    known = any(tok in lists[k] for k in ("words", "male", "female", "family"))
    if not title and not latin and not known and item.kind != "part":
        for p in sorted(NICKNAME_PREFIXES, key=len, reverse=True):
            if tok.startswith(p) and len(tok) > len(p) + 1 and len(p) >= 3:
                return Verdict(item, "nickname", "kinship prefix + nickname", (tok[len(p):],))
    if title and not latin:
        return Verdict(item, "name", "title + one name", (tok,))
    if _name_part_is_distinctive(tok):
        return Verdict(item, "latin_name" if latin else "name", "invented name part (in no list)", (tok,))
    return Verdict(item, None, "one common given/family name or word on its own")


_HOUSE_RE = re.compile(
    rf"(?:^|เลขที่\s*){_D}{{1,4}}(?:/{_D}{{1,4}})?(?!{_D})|(?<!{_D}){_D}{{1,4}}/{_D}{{1,4}}(?![0-9๐-๙/])"
    rf"|(?<!{_D}){_D}{{1,4}}\s*(?:หมู่|ม\.)")
_HANDLE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9]*[._][A-Za-z0-9._]+$")
_AMOUNT_RE = re.compile(rf"{_D}{{1,3}}(?:,{_D}{{3}})+(?:\.{_D}{{2}})?|{_D}+\.{_D}{{2}}(?!{_D})|{_D}+\s*บาท")


def classify(item: DevItem) -> Verdict:
    """The criterion: which class of invented datum ``item`` is, or why it is not specific."""
    text = item.text.strip()
    label = item.label
    low = label.lower()
    f = fold_truth(text)
    nd = len(digits_of(text))
    if len(f) < 3:
        return Verdict(item, None, "too short to be distinctive")
    if _EMAIL_RE.match(text):
        return Verdict(item, "email", "e-mail address")

    # -- what the truth says it is --
    if item.kind == "keep":
        if "law" in low or "regulation" in low:
            return Verdict(item, None, "law / regulation title")
        if "land title" in low:
            return Verdict(item, "land_title", "land title number") if nd else \
                Verdict(item, None, "land title without a number")
        if "position" in low:
            return Verdict(item, None, "position title")
        if "place name" in low or "jurisdiction" in low or "road" in low:
            return Verdict(item, None, "place name")
        if "security classification" in low:
            return Verdict(item, None, "classification marking")
        if "date" in low:
            return Verdict(item, None, "date of a document (calendar value)")
        if not nd and "agency" not in low and ("named" in low or "signing" in low or "acting in office" in low
                       or "representative" in low or "volunteer" in low):
            return classify_name(item)
        if not nd and ("company" in low or "shop" in low or "juristic" in low):
            return Verdict(item, "company", "company / shop name")
        if nd and ("document" in low or "reference" in low or "order" in low):
            core = _YEAR_SUFFIX_RE.sub("", text)
            if len(digits_of(core)) >= 4:
                return Verdict(item, "doc_number", "document number")
            return Verdict(item, None, "short running number n/year")
        if not nd:
            return Verdict(item, None, "agency / institution name")
    if item.kind in ("redact", "part"):
        if label == "PERSON":
            if nd:
                return Verdict(item, "code", "person item with digits")
            if _HANDLE_RE.match(text):
                return Verdict(item, "handle", "user name / handle")
            return classify_name(item)
        if item.kind == "part":
            # parts of other items: only long numbers are distinctive on their own
            if nd >= 6:
                return Verdict(item, "code", "long number (part)")
            return Verdict(item, None, "piece of an item (word, place, short number)")

    # -- by shape --
    if nd == 0:
        if _HANDLE_RE.match(text):
            return Verdict(item, "handle", "user name / handle")
        if _COMPANY_RE.search(text) and item.kind != "keep":
            return Verdict(item, "company", "company / shop name")
        words = count_words(text)
        if words >= 4:
            return Verdict(item, "phrase", f"specific phrase ({words} words)")
        return Verdict(item, None, f"dictionary words ({words} word(s))")
    if label in ("NATIONAL_ID", "TAX_ID_PERSON") or "tax id" in low or (nd == 13 and len(f) <= 20):
        if nd == 13:
            return Verdict(item, "national_id", "13-digit ID")
    if label == "PHONE" or "phone" in low or "fax" in low:
        if nd >= 9:
            return Verdict(item, "phone", "phone number")
        return Verdict(item, None, "short service number")
    if label in ("DOB", "SECURITY", "OTHER") and date_groups(text):
        return Verdict(item, "date", "full date (day, month, year)")
    if label == "DOB":
        return Verdict(item, None, "partial date")
    if label == "LAND_TITLE":
        return Verdict(item, "land_title", "land title number")
    if label == "ADDRESS" or "address" in low or "premises" in low or re.search(r"เลขที่\s*[0-9๐-๙]", text):
        if _HOUSE_RE.search(text):
            return Verdict(item, "address", "address with a house number")
        return Verdict(item, None, "address without a house number")
    if "amount" in low or (label == "OTHER" and _AMOUNT_RE.search(text)):
        if significant_digits(text) >= 4:
            return Verdict(item, "amount", "amount with >= 4 significant digits")
        return Verdict(item, None, "round amount")
    if label == "PLATE" or "plate" in low:
        return Verdict(item, "plate", "vehicle plate")
    if label == "BANK_ACCOUNT" or "account" in low:
        return Verdict(item, "account", "bank account")
    if label == "PASSPORT":
        return Verdict(item, "code", "passport number")
    if nd >= 4:
        words = count_words(text)
        if item.kind == "redact" and words >= 4 and len(f) > 2 * nd and re.search("[ก-ฮ]", text):
            return Verdict(item, "phrase", f"specific phrase with a number ({words} words)")
        return Verdict(item, "code", "number / code")
    words = count_words(text)
    if words >= 4 and item.kind == "redact":
        return Verdict(item, "phrase", f"specific phrase ({words} words)")
    return Verdict(item, None, "short number (age, count, n/year)")


def verdicts(items: Iterable[DevItem]) -> list[Verdict]:
    seen: dict[tuple[str, str], Verdict] = {}
    for it in items:
        key = (fold_truth(it.text), it.kind)
        if key not in seen:
            seen[key] = classify(it)
    return list(seen.values())


def specific_patterns(vs: Iterable[Verdict]) -> dict[str, Verdict]:
    """Folded needle -> verdict, for specific items; the first (redact before keep before part) wins."""
    order = {"redact": 0, "keep": 1, "part": 2}
    out: dict[str, Verdict] = {}
    for v in sorted(vs, key=lambda v: order[v.item.kind]):
        if v.specific:
            out.setdefault(fold_truth(v.item.text), v)
    # the distinctive core of an item is as much a copy: a plate without its province, an amount
    # without its currency word, an ID without its check digit
    for v in sorted(vs, key=lambda v: order[v.item.kind]):
        core = _core(v)
        if core and len(fold_truth(core)) >= 5:
            out.setdefault(fold_truth(core), v)
    return out


_PLATE_CORE_RE = re.compile(rf"^(.*?{_D}{{3,4}})\s+[ก-ฮ][ก-๎]*$")
_AMOUNT_CORE_RE = re.compile(r"^(.*?)\s*บาท(?:ถ้วน)?$")


def _core(v: Verdict) -> str | None:
    text = v.item.text.strip()
    if v.cls == "plate":
        m = _PLATE_CORE_RE.match(text)
        return m.group(1) if m else None
    if v.cls == "national_id":  # the first 12 digits: a test that computes the check digit itself
        digits = digits_of(text)
        return digits[:12] if len(digits) == 13 else None
    if v.cls == "amount":
        m = _AMOUNT_CORE_RE.match(text)
        return m.group(1) if m and significant_digits(m.group(1)) >= 4 else None
    return None


# -- scanning ----------------------------------------------------------------------------------------


def repo_files(repo: Path) -> list[str]:
    """Tracked and untracked-not-ignored files, relative to ``repo``."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=repo, capture_output=True,
            text=True, check=True,
        ).stdout
        names = [n for n in out.split("\0") if n]
    except (OSError, subprocess.CalledProcessError):
        names = [str(p.relative_to(repo)) for p in repo.rglob("*") if p.is_file() and ".git" not in p.parts]
    return sorted(set(names))


def is_excluded(rel: str) -> bool:
    return rel in EXCLUDED_FILES or (rel.startswith(EXCLUDED_PREFIXES) and rel.endswith(EXCLUDED_SUFFIXES))


def read_text(path: Path) -> str | None:
    """The file's text, or None for a binary / non-UTF-8 / huge file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    if b"\0" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


@dataclass(frozen=True)
class Hit:
    file: str
    line: int
    start: int  # index into the file text
    end: int
    surface: str
    verdict: Verdict
    near: bool = False  # matched only with OCR noise (marks lost, O/l for 0/1): reword by hand

    @property
    def masked(self) -> str:
        return self.surface[:2] + "…"


def _on_boundary(text: str, start: int, end: int, word: bool) -> bool:
    """A number must not run on in the source text (``(60, 320, 480)`` holds no ``3204``, but ``6614-5``
    does hold ``6614``); a Latin word needle (``word``) must not sit inside a longer word."""
    def same(a: str, b: str) -> bool:
        a, b = a.translate(_THAI_DIGITS), b.translate(_THAI_DIGITS)
        return (a.isdigit() and b.isdigit()) or (
            word and a.isascii() and a.isalpha() and b.isascii() and b.isalpha())

    if start > 0 and same(text[start], text[start - 1]):
        return False
    return not (end < len(text) and same(text[end - 1], text[end]))


def find_in_text(text: str, patterns: dict[str, Verdict], rel: str = "") -> list[Hit]:
    hits = _find(text, patterns, rel, no_marks=False)
    # copies with OCR noise written into a test: Thai names, addresses, company names and phrases
    # that lost their marks, long numbers with O / l for 0 / 1
    near = {strip_marks(k): v for k, v in patterns.items()
            if v.cls in NEAR_CLASSES and len(strip_marks(k)) >= 8 and strip_marks(k) != k}
    # and numbers OCR misread (1-8O99-6l664): long ones only
    near.update({k: v for k, v in patterns.items()
                 if v.cls in NEAR_NUMBER_CLASSES and sum(c.isdigit() for c in k) >= 8})
    if near:
        exact = [(h.start, h.end) for h in hits]
        for h in _find(text, near, rel, no_marks=True):
            if not any(h.start < e and h.end > s for s, e in exact):
                hits.append(Hit(h.file, h.line, h.start, h.end, h.surface, h.verdict, near=True))
    return hits


def _find(text: str, patterns: dict[str, Verdict], rel: str, no_marks: bool) -> list[Hit]:
    folded, mapping = fold_with_map(text, no_marks=no_marks)
    hits: list[Hit] = []
    for needle, v in patterns.items():
        word = needle.isascii() and needle.isalpha()
        start = folded.find(needle)
        while start >= 0:
            end = start + len(needle)
            if not _on_boundary(text, mapping[start], mapping[end - 1] + 1, word):
                start = folded.find(needle, start + 1)
                continue
            s, e = mapping[start], mapping[end - 1] + 1
            hits.append(Hit(rel, text.count("\n", 0, s) + 1, s, e, text[s:e], v))
            start = folded.find(needle, start + 1)
    return hits


def scan(repo: Path, patterns: dict[str, Verdict]) -> Iterator[Hit]:
    for rel in repo_files(repo):
        if is_excluded(rel):
            continue
        text = read_text(repo / rel)
        if text is None:
            continue
        yield from find_in_text(text, patterns, rel)


def binary_texts(path: Path) -> Iterator[tuple[str, str]]:
    """``(where, text)`` of a tracked PDF (page text) or Office file (XML members): such fixtures are
    generated from code, and a dev string in them must be fixed in their generator."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".xlsx", ".pptx", ".odt"):
        import zipfile

        try:
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if name.endswith((".xml", ".rels")):
                        raw = zf.read(name).decode("utf-8", "replace")
                        yield name, re.sub(r"<[^>]+>", "", raw)
        except (OSError, zipfile.BadZipFile):
            return
    elif suffix == ".pdf":
        try:
            import pymupdf
        except ImportError:  # pragma: no cover - a redactor dependency
            return
        try:
            with pymupdf.open(str(path)) as doc:
                for i, page in enumerate(doc, 1):
                    yield f"page {i}", page.get_text()
                yield "metadata", " ".join(str(v) for v in (doc.metadata or {}).values())
        except Exception:  # a deliberately broken PDF fixture is no dev string
            return


def scan_binary(repo: Path, patterns: dict[str, Verdict]) -> Iterator[Hit]:
    for rel in repo_files(repo):
        if is_excluded(rel) or not rel.lower().endswith((".pdf", ".docx", ".xlsx", ".pptx", ".odt")):
            continue
        for where, text in binary_texts(repo / rel):
            yield from find_in_text(text, patterns, f"{rel} [{where}]")


def outermost(hits: list[Hit]) -> list[Hit]:
    """Drop hits inside a longer hit of the same file (a name inside the same name with its title)."""
    hits = sorted(hits, key=lambda h: (h.file, h.start, -(h.end - h.start)))
    out: list[Hit] = []
    for h in hits:
        if out and out[-1].file == h.file and h.start >= out[-1].start and h.end <= out[-1].end:
            continue
        out.append(h)
    return out
