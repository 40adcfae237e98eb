"""A name's romanisation on the line right after or before a withheld Thai name (PERSON).

Transcripts, certificates and CVs print a person's name twice: in Thai, then in Latin
letters on the next line ("นางสาวสมมุติ ทดลองดี" / "SOMMUT THODLONGDEE"), or the other way
round. Where the policy withholds the Thai name, the romanised line names the same person,
so it goes with it.

Only a line that holds nothing but two or three name words (an English title allowed), none
of them a heading, job or function word nor an organisation's or a place's word (the lists of
``redactor.detectors.latin_name``), and only on the line next to the Thai name's own line,
which holds no Latin letters itself. An official's name (kept) keeps its romanisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor import rx
from redactor.detectors.base import TH, DetectionContext
from redactor.detectors.latin_name import _HEADING_STOP, _WORD, _is_org, _stop_word
from redactor.types import Finding

_LINE = rx.compile(rf"[ \t]*((?:(?i:mrs|mr|ms|miss)\.?[ \t]+)?{_WORD}(?:[ \t]{{1,3}}{_WORD}){{1,2}})[ \t]*")
_TITLE = re.compile(r"(?i:mrs|mr|ms|miss)\.?$")
_THAI = rx.compile(f"[{TH}]")
_LATIN = rx.compile("[A-Za-z]")
# A CV's section headings that latin_name's lists do not hold: in capitals they look like a name.
_SECTION_WORDS = frozenset("""
Expected Salary Military Position Sought Languages Language Hobbies Interests Awards Certificates Achievements
Portfolio About Me Strengths Tools Software Hardware Courses Honors Honours Publications Volunteer Extra Soft Hard
""".split())


def romanised_beside_names(names: Iterable[Finding], ctx: DetectionContext) -> list[Finding]:
    """Findings for the romanised line right after or before each withheld Thai name in ``names``."""
    text = ctx.text
    out: list[Finding] = []
    seen: set[tuple[int, int]] = set()
    for f in names:
        if not _THAI.search(text, f.start, f.end):
            continue
        ls, le = ctx.line_of(f.start)
        if _LATIN.search(text, ls, le):
            continue  # the Thai name's line already holds Latin letters: not a name printed twice
        around = []
        if le < len(text):
            around.append(ctx.line_of(le + 1))
        if ls > 0:
            around.append(ctx.line_of(ls - 1))
        for s, e in around:
            m = _LINE.fullmatch(text, s, e)
            if m is None or (m.start(1), m.end(1)) in seen:
                continue
            words = [w for w in m.group(1).split() if not _TITLE.match(w)]
            if any(_stop_word(w) or w.title() in _HEADING_STOP or w.title() in _SECTION_WORDS for w in words) \
                    or _is_org(ctx, *m.span(1)):
                continue
            seen.add(m.span(1))
            out.append(Finding(m.start(1), m.end(1), "PERSON", 0.8, f.basis, "romanised_beside_name",
                               "the name in Latin letters on the line next to a withheld Thai name"))
    return out
