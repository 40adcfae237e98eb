"""E-mail addresses. Policy keeps the agency's own (government domains, profile)."""

from __future__ import annotations

from redactor.detectors.base import Pattern, PatternDetector, register

EMAIL_RE = r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})"


@register
class EmailDetector(PatternDetector):
    name = "email"
    label = "EMAIL"
    description = "E-mail addresses (the agency's own are kept by policy)."
    patterns = [Pattern("email", EMAIL_RE, 0.85)]
    group = 1
