"""Verification, fail closed: reopen the written file and look for what must be gone.

Everything recoverable (the same scope as extraction plus raw objects, XML
parts, metadata and annotations) is compared under the normalised matching key.
A withheld string still present, or a kept string no longer visible, fails the
output; the caller then deletes it.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from redactor import rx
from redactor.formats.base import CODE_SEP
from redactor.normalise import fold_for_match
from redactor.substrings import Substrings, indexed
from redactor.types import Redaction, TextMap, VerificationReport, sha256_text

# Below this many characters (after folding) a string also occurs by chance
# inside unrelated words; such items are reported, not matched.
MIN_KEY = 3
# Machine codes (``Recovered.codes``: layout numbers, sizes, ids) are compared as whole
# values, and only with withheld strings this long: shorter ones (amounts, ages, house
# numbers) equal a margin or a size by chance; identifiers (phones, IDs, accounts,
# passports, record numbers) are longer.
MIN_CODE_KEY = 6
# Joins many strings so that one fold_for_match call serves them all; no fold
# step touches it (it is neither whitespace, a digit separator nor a mark).
_SEP = "\x01"
# fold_for_match removes these between digits, even across a line or cell end.


def fold_many(texts: list[str]) -> list[str]:
    """``fold_for_match`` of each string, in one pass (it has a per-call cost)."""
    if not texts:
        return []
    folded = fold_for_match(_SEP.join(t.replace(_SEP, "") for t in texts)).split(_SEP)
    if len(folded) != len(texts):  # pragma: no cover - defensive: fall back to one by one
        return [fold_for_match(t) for t in texts]
    return folded


# ``fold_for_match`` drops a separator only *between* two digits. A kept
# fragment that ends at a line, run or cell edge ("(ม.3)", "12-") has no digit
# on the far side, while the written page joins it to the next line's digits
# ("(ม.3)1,000" folds to "(ม.31000"): compared that way the kept text would look
# lost. For the checks that kept text survives, both the fragments and the page
# are compared under a fold that also drops a separator next to a digit on
# *one* side. Withheld-text checks never use it; they stay exact.
# The fragment itself cannot know its neighbour beyond the edge, so its own
# leading and trailing separators go too (``fragment_key``).
_SEPS = "-.(),\u2010\u2011\u2012\u2013\u2014\u2212"
_EDGE_SEP_RE = rx.compile(f"(?<=\\d)[{re.escape(_SEPS)}]+|[{re.escape(_SEPS)}]+(?=\\d)")


# A short number (a house number, the last digits of an ID wrapped in a narrow cell) also
# appears by chance in the written page where a redaction removed the text between two
# kept numbers ("11", "1", "1,000" in adjacent cells fold to "1111000"). Such a key is
# searched within whitespace-delimited runs only; written as one run, it is still found.
SHORT_NUMBER = 6
_DIGIT_KEY = rx.compile(r"[0-9]+")


def _short_number(raw: str, key: str) -> bool:
    """A withheld number shorter than ``SHORT_NUMBER`` digits, written without inner whitespace."""
    return len(key) < SHORT_NUMBER and _DIGIT_KEY.fullmatch(key) is not None and not any(
        c.isspace() for c in raw.strip())


def _tight_fold(texts: list[str]) -> str:
    """The texts folded with every whitespace run kept as a boundary (``_SEP``)."""
    runs = [w for t in texts for w in t.split()]
    return _SEP.join(fold_many(runs))


def _lines_visible(raw: str, visible_loose: str) -> bool:
    """A kept item written over several lines (a name wrapped in a narrow table cell, read in the
    canonical text with the next cell's line after it): each line of it is still visible, even
    where the page's own text order puts other lines between them. Lines shorter than
    ``MIN_KEY`` are not checked, as for single-line items."""
    lines = [ln for ln in raw.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    keys = [fragment_key(k) for k in fold_many(lines)]
    return any(len(k) >= MIN_KEY for k in keys) and all(k in visible_loose for k in keys if len(k) >= MIN_KEY)


def edge_fold(folded: str) -> str:
    """A ``fold_for_match`` key with separators touching a digit on either side dropped (kept-text checks only)."""
    return _EDGE_SEP_RE.sub("", folded)


def fragment_key(folded: str) -> str:
    """The key of kept text to look for in ``edge_fold`` of a page: its edge separators dropped as well."""
    return edge_fold(folded).strip(_SEPS)


def surviving_fragments(textmap: TextMap, redactions: list[Redaction]) -> list[tuple[int | None, str]]:
    """The visible text that no redaction touches, per segment: (page, text)."""
    return [(page, textmap.text[s:e]) for page, s, e in surviving_spans(textmap, redactions)]


def surviving_spans(textmap: TextMap, redactions: list[Redaction]) -> list[tuple[int | None, int, int]]:
    """``surviving_fragments`` as offsets: (page, start, end), in the same order."""
    spans = sorted((r.start, r.end) for r in redactions)
    out: list[tuple[int | None, int, int]] = []
    j = 0
    for seg in textmap.segments:
        if not seg.visible:
            continue
        while j < len(spans) and spans[j][1] <= seg.start:
            j += 1
        pos = seg.start
        k = j
        while k < len(spans) and spans[k][0] < seg.end:
            if spans[k][0] > pos:
                out.append((seg.page, pos, spans[k][0]))
            pos = max(pos, spans[k][1])
            k += 1
        if pos < seg.end:
            out.append((seg.page, pos, seg.end))
    return out


def residual_text(textmap: TextMap, redactions: list[Redaction]) -> str:
    """The canonical text with every redacted span cut out, folded for matching.

    A withheld string may legitimately still occur where nothing was withheld
    (a redacted first name inside an unrelated word, a repeated number that
    policy kept); verification allows exactly those occurrences.
    """
    return fragments_and_residual(textmap, redactions)[2]


def fragments_and_residual(textmap: TextMap, redactions: list[Redaction]
                           ) -> tuple[list[tuple[int | None, int, int]], list[str], str]:
    """``surviving_spans``, their texts folded for matching, and ``residual_text``: the
    residual is the same pieces joined, so the text is folded once for both."""
    spans = surviving_spans(textmap, redactions)
    folded = fold_many([textmap.text[s:e] for _p, s, e in spans])
    # Fragments are cut at every segment (a PDF line): where only blanks stand between two of them
    # on one page, nothing was withheld there, and the written file's text reads them as one
    # (a kept "…เมืองหนอง\nปรือ" holds a withheld "หนองปรือ"). Joined alike, the residual counts
    # that copy as the visible text does.
    parts: list[str] = []
    for i, key in enumerate(folded):
        if i:
            (page0, _s0, e0), (page1, s1, _e1) = spans[i - 1], spans[i]
            parts.append("" if page0 == page1 and not textmap.text[e0:s1].strip() else "\x00")
        parts.append(key)
    return spans, folded, "".join(parts)


def verify(fmt: ModuleType, out_path: Path, redactions: list[Redaction],
           keeps: list[tuple[str, str]],
           fragments: list[tuple[int | None, str]] = (),  # type: ignore[assignment]
           residual: str = "", folded_fragments: list[str] | None = None) -> VerificationReport:
    """Check the written file.

    ``fragments`` is the visible text that must survive; ``residual`` is
    ``residual_text()`` of the source, telling which withheld strings also
    occur outside every redaction. ``folded_fragments``: the fragments already
    folded (``fragments_and_residual``).
    """
    recovered = fmt.recover(out_path)
    folded = fold_many([r.text for r in recovered])
    # Machine codes (``Recovered.codes``) hold a withheld string only as a whole value.
    codes = {c for r, f in zip(recovered, folded, strict=True) if r.codes for c in f.split(CODE_SEP)}
    everything = _SEP.join(f for r, f in zip(recovered, folded, strict=True) if not r.codes)
    visible = _SEP.join(f for r, f in zip(recovered, folded, strict=True) if r.visible)
    # Kept-text checks: edge-symmetric keys on both sides (see ``edge_fold``).
    by_page_loose = {r.where: edge_fold(f) for r, f in zip(recovered, folded, strict=True)
                     if r.visible and r.where.startswith("page ")}
    visible_loose = edge_fold(visible)
    report = VerificationReport(passed=True, checked_redactions=0, checked_keeps=0)
    withheld = fold_many([r.text for r in redactions])
    # Indexes, so that a long document is not scanned once per item (see redactor/substrings.py).
    checked = [key for key in withheld if len(key) >= MIN_KEY]
    in_residual = Substrings(residual, checked)
    in_everything = Substrings(everything, checked, like=in_residual)
    in_visible = Substrings(visible, [key for key in checked if in_residual.count(key)]) \
        if indexed(len(set(checked)), len(residual)) else Substrings(visible, ())
    tight: str | None = None
    for r, key in zip(redactions, withheld, strict=True):
        if len(key) < MIN_KEY:
            report.notes.append(f"{r.label} of {len(key)} chars too short to check by text")
            continue
        report.checked_redactions += 1
        allowed = in_residual.count(key)
        if allowed:
            # Shared with text that stays: no more visible copies than that
            # text accounts for. (Hidden places are scrubbed whole.)
            if in_visible.count(key) > allowed:
                report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": ["visible text"]})
            continue
        if key in in_everything or (len(key) >= MIN_CODE_KEY and key in codes):
            where = [x.where for x, f in zip(recovered, folded, strict=True)
                     if (key in f.split(CODE_SEP) if x.codes else key in f)]
            if _short_number(r.text, key):
                if tight is None:
                    tight = _tight_fold([x.text for x in recovered if not x.codes])
                if key not in tight:
                    continue  # only across a space: neighbouring numbers joined, not the item
            report.survived.append({"label": r.label, "sha256": sha256_text(r.text), "where": where[:5]})
    kept = fold_many([t for t, _r in keeps])
    frags = folded_fragments if folded_fragments is not None else fold_many([f for _p, f in fragments])
    # The kept items and the fragments compared with the whole visible text (not one page's).
    whole = [fragment_key(key) for key in kept if len(key) >= MIN_KEY]
    whole += [fragment_key(key) for (page, _f), key in zip(fragments, frags, strict=True)
              if len(key) >= MIN_KEY and (page is None or f"page {page}" not in by_page_loose)]
    in_visible_loose = Substrings(visible_loose, whole)
    for (_text, reason), key in zip(keeps, kept, strict=True):
        if len(key) < MIN_KEY:
            continue
        report.checked_keeps += 1
        if fragment_key(key) not in in_visible_loose:
            if _lines_visible(_text, visible_loose):
                continue
            report.lost_keeps.append({"sha256": sha256_text(_text), "reason": reason, "chars": len(key)})
    # Collateral damage: text next to a redaction (or on the line above or
    # below) that the apply step removed or moved.
    lost: list[tuple[int, int | None, str, str]] = []
    for i, ((page, frag), key) in enumerate(zip(fragments, frags, strict=True)):
        if len(key) < MIN_KEY:
            continue
        report.checked_fragments += 1
        hay = by_page_loose.get(f"page {page}", in_visible_loose) if page is not None else in_visible_loose
        if fragment_key(key) not in hay:
            lost.append((i, page, frag, key))
    # A fragment is one visual line as extraction merged it, left to right; the page's text above is
    # in drawing order. A line whose right piece is drawn first is read once more the way extraction
    # reads it, on those pages only (kept-text checks only: withheld text is never looked up here).
    reread = getattr(fmt, "visual_text", None)
    if lost and reread is not None:
        pages = {page for _i, page, _f, _k in lost if page is not None and f"page {page}" in by_page_loose}
        again = {p: edge_fold(fold_many([t])[0]) for p, t in reread(out_path, pages).items()} if pages else {}
        lost = [x for x in lost if x[1] not in again or fragment_key(x[3]) not in again[x[1]]]
    for i, page, frag, key in lost:
        # "fragment" indexes ``fragments``: the caller adds where it was (page, box).
        report.lost_keeps.append({"sha256": sha256_text(frag), "reason": "text outside every redaction",
                                  "page": page, "chars": len(key), "fragment": i})
    report.passed = not report.survived and not report.lost_keeps
    return report
