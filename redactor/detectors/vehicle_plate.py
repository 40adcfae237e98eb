"""Vehicle registration plates: ``กข 1234 บุรีรัมย์``, ``2ขค 1219 อุดรธานี``.

A plate needs its province after it, or a registration context word before
it; otherwise document numbers like ``ขก 0168.1/4338`` would match. A
motorcycle plate is printed in three rows (letters, province, number) and is
often copied in that order: ``1กข เชียงใหม่ 532``. Agency document numbers
(two letters, then digits with ``.`` or ``/``: ``ตช 0012.34/567``,
``ที่ นม 0023.3/ว 123``) are never plates: the digits may not run on into
``.``, ``,`` or ``/``, and a plate never starts right after ``/`` or ``.``.
Government vehicles are kept by policy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.explain import ContextHit, ContextRule, Explanation
from redactor.lexicon import PLATE_CONTEXT_WORDS
from redactor.types import Finding


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    from redactor.thai_corpus import provinces

    names = set(provinces())
    names.add("กรุงเทพมหานคร")
    names.add("กรุงเทพฯ")
    return tuple(sorted(names, key=lambda w: (-len(w), w)))


# A plate's number runs 1-9999 and is never written with a leading zero ("ดร.01", "กค 0401" are form
# codes and file numbers).
# Between the letters and the digits: nothing, a space or dash, or (OCR of a scan) a stray
# period and a line break.
_GAP = r"\.?(?:[ \-]|[ \t]*\n[ \t]*)?"
_PROVINCE_AFTER = r"(?:[ \t]*\n?[ \t]*(?:จังหวัด|จ\.)?({prov}))"


@lru_cache(maxsize=1)
def _plate_re() -> re.Pattern[str]:
    prov = "|".join(re.escape(p) for p in province_names())
    return rx.compile(
        rf"(?<![A-Za-z\u0e01-\u0e4e0-9/.])([0-9]?([\u0e01-\u0e2e]{{1,3}}){_GAP}[1-9][0-9]{{0,3}})(?![0-9.,/])"
        + _PROVINCE_AFTER.format(prov=prov) + "?"
    )


# Below policy.REDACT_AT (0.5), above REVIEW_AT (0.3): a person decides.
COMMERCIAL_SCORE = 0.45


@lru_cache(maxsize=1)
def _commercial_re() -> re.Pattern[str]:
    """A truck's, a bus's or a taxi's plate: two digits, a dash, four digits (``81-4270``), then the
    province; without the province the digits could be anything, so the province is required."""
    prov = "|".join(re.escape(p) for p in province_names())
    return rx.compile(
        r"(?<![A-Za-z\u0e01-\u0e4e0-9/.\-])([1-9][0-9][ \t]?-[ \t]?[0-9]{4})(?![0-9.,/\-])"
        + _PROVINCE_AFTER.format(prov=prov)
    )


# Consonant-only words that may stand before a province name and a number in prose.
_NOT_PLATE_LETTERS = frozenset({"ถนน", "ซอย", "ตรอก", "ของ", "จาก", "ณ", "คน", "ผล", "รถ", "กอง", "ตอน", "ขอ", "พบ"})


@lru_cache(maxsize=1)
def _motorcycle_re() -> re.Pattern[str]:
    """Letters (1-3, an optional leading digit), the province, then the number: a motorcycle plate's rows."""
    prov = "|".join(re.escape(p) for p in province_names())
    return rx.compile(
        r"(?<![A-Za-z\u0e01-\u0e4e0-9/.])([0-9]?([\u0e01-\u0e2e]{1,3}))(?:[ \t]+|[ \t]*\n[ \t]*)"
        rf"(?:จังหวัด|จ\.)?({prov})(?:[ \t]+|[ \t]*\n[ \t]*)([1-9][0-9]{{0,3}})(?![0-9.,/])"
    )


@lru_cache(maxsize=1)
def _ocr_latin_plate_re() -> re.Pattern[str]:
    """Tesseract's tha+eng often reads a plate's Thai letters as Latin capitals (``กธ`` → ``NS``):
    such a plate counts only with its province after it *and* a registration word before it."""
    prov = "|".join(re.escape(p) for p in province_names())
    return rx.compile(
        rf"(?<![A-Za-z\u0e01-\u0e4e0-9])([0-9]?[A-Z][A-Za-z\u0e01-\u0e2e]?{_GAP}[1-9][0-9]{{0,3}})(?![0-9.,/])"
        + _PROVINCE_AFTER.format(prov=prov)
    )


# Registration type codes (รย.1 private car, รย.12 motorcycle, …) follow ทะเบียน too, but name a
# vehicle class, not a vehicle.
_TYPE_CODE = rx.compile(r"รย\.?\s*[0-9]{1,2}")
# A registration word before a plate: raises a plate with its province, and is needed by one without.
_REGISTRATION = ContextRule(PLATE_CONTEXT_WORDS, window=30, boost=0.1)
# A plate whose letters OCR read as Latin counts only after a registration word.
_REGISTRATION_FOR_LATIN = ContextRule(PLATE_CONTEXT_WORDS, window=40, require=True)


def _explain(text: str, pattern: str, hit: ContextHit | None, boost: float = 0.0) -> Explanation:
    if hit is None:
        return Explanation(text, pattern=pattern)
    return Explanation(text, pattern=pattern).with_context(hit, text, boost)


@register
class VehiclePlateDetector(Detector):
    name = "vehicle_plate"
    label = "PLATE"
    description = ("Thai vehicle plates (1-3 consonants, optional leading digit, 1-4 digits) "
                   "with a province or registration context; trucks' and buses' NN-NNNN with a province.")

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        boosted = round(0.85 + _REGISTRATION.boost, 2)
        for m in _plate_re().finditer(ctx.text):
            if len(m.group(2)) == 3 and m.group(2) in _NOT_PLATE_LETTERS:
                continue  # "ถนน 12", "ซอย 5": a street, not three plate letters
            hit = _REGISTRATION.find(ctx, m.start())
            if m.group(3):
                out.append(self.finding(m.start(), m.end(), 0.85 if hit is None else boosted,
                                        _explain(f"plate with province '{m.group(3)}'", "plate", hit,
                                                 _REGISTRATION.boost)))
            elif hit is not None and len(m.group(2)) < 3 and not _TYPE_CODE.fullmatch(m.group(1)):
                # (Three letters without a province: a register's or a form's code, "สพฐ 1234".)
                out.append(self.finding(m.start(1), m.end(1), 0.75,
                                        _explain("plate after registration context word", "plate", hit)))
        for m in _commercial_re().finditer(ctx.text):
            # Trucks, buses and taxis are mostly a company's or an operator's: whether this one is a private
            # person's is a guess, so it goes to a person (review), never withheld or kept silently.
            hit = _REGISTRATION.find(ctx, m.start())
            out.append(self.finding(m.start(), m.end(), COMMERCIAL_SCORE,
                                    _explain(f"commercial plate (NN-NNNN) with province '{m.group(2)}': a truck's, "
                                             "a bus's or a taxi's, often a company's; for review", "commercial plate",
                                             hit)))
        for m in _motorcycle_re().finditer(ctx.text):
            if m.group(2) in _NOT_PLATE_LETTERS:
                continue
            hit = _REGISTRATION.find(ctx, m.start())
            out.append(self.finding(m.start(), m.end(), boosted if hit is not None else 0.85,
                                    _explain(f"motorcycle plate: letters, province '{m.group(3)}', number",
                                             "motorcycle plate", hit, _REGISTRATION.boost)))
        for m in _ocr_latin_plate_re().finditer(ctx.text):
            hit = _REGISTRATION_FOR_LATIN.find(ctx, m.start())
            if hit is not None:
                out.append(self.finding(m.start(), m.end(), 0.8, _explain(
                    f"plate with province '{m.group(2)}' (letters read as Latin, as OCR does)", "OCR plate", hit)))
        return out
