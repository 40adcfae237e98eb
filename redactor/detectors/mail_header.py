"""Display names in e-mail headers: ``Name <address>`` in printed or forwarded mail.

A printed e-mail names its sender and recipients as ``ชื่อ สกุล <address>`` or
``First Last <address>``, in "From:"/"To:"/"จาก:"/"ถึง:" lines or listed with
commas. The name is a person's unless it names an agency (ศูนย์…, สำนักงาน…).
Whether a person is staff writing from the agency's own domain is policy's
decision (keep_rules keeps a name followed by a government address); this
detector only finds the names.
"""

from __future__ import annotations

import re

from redactor import rx
from redactor.detectors.base import TH, DetectionContext, Detector, register
from redactor.lexicon import JURISTIC_WORDS, UNIT_RE
from redactor.rx import compile_scan
from redactor.types import Finding

_ADDR = r"<[^<>\s@]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}>"
# Two to four words of one script, then the address (the display name may wrap onto
# the line before its address). A name starts after a line start, a colon or a comma.
_THAI_NAME = rf"[{TH}]{{2,30}}(?:[ \t]+[{TH}]{{2,30}}){{1,3}}"
_LATIN_NAME = r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'\-]+(?:[ \t]+[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'\-]+){1,3}"
DISPLAY_RE = rx.compile(
    rf"(?:^|(?<=[:,;])|(?<=[:,;][ \t]))[ \t]*({_THAI_NAME}|{_LATIN_NAME})[ \t]*\n?[ \t]*(?={_ADDR})", re.M
)
_ADDR_RE = rx.compile(_ADDR)


def _display_names(text: str) -> list[re.Match[str]]:
    """``DISPLAY_RE.finditer(text)``, read only on the lines that end at an address: a match
    holds at most one line break and ends where an address starts, so it lies within the
    address's line and the line before. (Scanning the whole text tries the name pattern at
    every line start of every page.)"""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for a in _ADDR_RE.finditer(text):
        line = text.rfind("\n", 0, a.start())
        window = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        for m in DISPLAY_RE.finditer(text, window, a.end()):
            found.setdefault(m.span(), m)
    return [found[k] for k in sorted(found)]


_ORG = compile_scan(UNIT_RE.pattern + "|" + "|".join(re.escape(w) for w in JURISTIC_WORDS)
                  + r"|\b(?:Office|Center|Centre|Department|Ministry|Embassy|Company|Team|Support|Admin|Service)\b",
                  re.I)


@register
class MailHeaderDetector(Detector):
    name = "mail_header"
    label = "PERSON"
    description = "Display names before an e-mail address in printed mail headers (Name <address>), not agencies."

    def detect(self, ctx: DetectionContext) -> list[Finding]:
        out = []
        for m in _display_names(ctx.text):
            name = m.group(1)
            if _ORG.search(name):
                continue
            out.append(self.finding(m.start(1), m.end(1), 0.8, "display name before an e-mail address"))
        return out
