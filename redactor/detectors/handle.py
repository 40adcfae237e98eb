"""Personal user names and online handles: ``@handle``, "Line ID: …",
"Facebook: …", "ชื่อผู้ใช้: …", and the user name a system prints in a footer
("พิมพ์โดย: user01").

A handle finds its owner as a phone number does. Role and system accounts
(admin, system, …; ``redactor.lexicon.ROLE_ACCOUNTS``) are not people. An
e-mail address is the e-mail detector's, so ``@`` right after a letter or
digit is not a handle. A Thai display name after a social-media label may be
a person's or an agency's page, so it goes to review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from redactor import rx
from redactor.detectors.base import DetectionContext, Detector, register
from redactor.label_value import label_regex_text, labelled_values
from redactor.lexicon import HANDLE_LABELS, HANDLE_LABELS_WITH_COLON, ROLE_ACCOUNTS
from redactor.rx import compile_scan
from redactor.types import Finding

AT_HANDLE = rx.compile(
    r"(?<![A-Za-z0-9._%+\-@])(@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)"
    r"(?![A-Za-z0-9_@])(?!\.[A-Za-z])"
)
# A Latin user name or handle (optionally a profile URL), holding at least one letter.
LATIN_VALUE = (r"(?<![A-Za-z0-9_.@])(?:https?://)?(?:www\.)?(?:[a-z]+\.[a-z]{2,3}/)?@?"
               r"(?=[A-Za-z0-9_.\-]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,38}[A-Za-z0-9_])?"
               r"(?![A-Za-z0-9_@])(?!\.[A-Za-z])(?! [A-Z][a-z])")
# A display name: one or two Thai words, or two or three capitalised Latin words, on the label's line.
THAI_VALUE = (r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e4e]{2,30}(?: [\u0e01-\u0e4e]{2,30})?(?![\u0e01-\u0e4e])"
              r"|(?<![A-Za-z])[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
_SOCIAL = ("facebook", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟซบุ๊ค", "เฟสบุ๊ก", "instagram", "ไอจี", "tiktok", "ติ๊กต็อก",
           "line", "ไลน์", "ไอดี", "fb", "ig", "twitter", "telegram", "wechat", "whatsapp")
# Without a colon, a social-network word is followed by a handle only if the word after it
# looks like one: lower-case letters with an underscore, a dot or digits (mali_p, noi.k77).
_HANDLE_LOOK = (r"(?<![A-Za-z0-9_.@])@?(?=[A-Za-z0-9_.]*[_.0-9])(?=[A-Za-z0-9_.]*[a-z])[A-Za-z][A-Za-z0-9_.]{1,28}"
                r"[A-Za-z0-9_](?![A-Za-z0-9_@])(?!\.[A-Za-z])")
_SOCIAL_WORDS = ("Line", "ไลน์", "FB", "IG", "Facebook", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟซบุ๊ค", "เฟสบุ๊ก", "Instagram",
                 "ไอจี", "TikTok", "ติ๊กต็อก", "Twitter", "Telegram", "WeChat", "WhatsApp")
_EMAIL_TAIL = rx.compile(r"@[A-Za-z0-9\-]+\.[A-Za-z]")
# A profile URL names its account in the path: a code host's user page (one path segment: a
# repository link, user/repo, names a project) and a LinkedIn member page (/in/…) are a person's
# by design; a company's LinkedIn page is /company/…. A Facebook, Instagram, TikTok or X page
# is as often an agency's, so an unlabelled one goes to review.
_URL_HEAD = r"(?<![A-Za-z0-9_./@-])(?:https?://)?(?:www\.)?"
# A long account name may wrap after one of its hyphens (a CV's narrow column: "/in/somchai-\nj-1234/").
_URL_USER = r"([A-Za-z0-9](?:(?:[A-Za-z0-9_.\-]|(?<=-)\n){0,58}[A-Za-z0-9_])?)"
_URL_END = r"/?(?![A-Za-z0-9_.\-]*[A-Za-z0-9_])(?!/[A-Za-z0-9_%])"
PERSONAL_PROFILE_URL = rx.compile(
    rf"{_URL_HEAD}(?i:github\.com|gitlab\.com|bitbucket\.org|linkedin\.com/in|[a-z]{{2}}\.linkedin\.com/in"
    rf"|medium\.com/@|dev\.to)/{_URL_USER}{_URL_END}"
)
SOCIAL_PROFILE_URL = rx.compile(
    rf"{_URL_HEAD}(?i:facebook\.com|fb\.com|m\.facebook\.com|instagram\.com|tiktok\.com/@|twitter\.com|x\.com"
    rf"|youtube\.com/@)/?{_URL_USER}{_URL_END}"
)
# Pages a code host or a deploy service gives each user a subdomain of (name.github.io,
# name-portfolio.vercel.app): the subdomain is the account's name.
PERSONAL_SITE_URL = rx.compile(
    rf"{_URL_HEAD}([a-z0-9](?:[a-z0-9\-]{{0,48}}[a-z0-9])?)\.(?i:github\.io|gitlab\.io|vercel\.app|netlify\.app"
    r"|herokuapp\.com|pages\.dev|web\.app|firebaseapp\.com)(?![A-Za-z0-9\-])"
)
# A site builder's page under its host's path (sites.google.com/view/<name>): a person's or an
# agency's (schools build their sites there too), so it goes to review as a social page does.
SITE_BUILDER_URL = rx.compile(
    rf"{_URL_HEAD}(?i:sites\.google\.com/view|sites\.google\.com/site|[a-z0-9\-]+\.wixsite\.com)/{_URL_USER}"
    r"(?![A-Za-z0-9_.\-]*[A-Za-z0-9_])"
)
# A web address (no @ before it): the first label of its host is what a person's own domain names.
_WEB_HOST = rx.compile(
    r"(?<![A-Za-z0-9_.@/\-])(?:https?://)?(?:www\.)?([a-z0-9](?:[a-z0-9\-]{1,40}[a-z0-9])?)"
    r"\.(?:com|net|me|io|dev|page|site|online|info|xyz|works|tech|app|co|th|in\.th)(?:\.[a-z]{2})?"
    r"(?![A-Za-z0-9\-]|\.[A-Za-z0-9])"
)
_EMAIL = rx.compile(r"(?<![A-Za-z0-9._%+\-])([A-Za-z0-9][A-Za-z0-9._%+\-]*)@([A-Za-z0-9\-]+)\.")
# Free mailbox providers: an address there is a private person's, never an organisation's domain.
_WEBMAIL = frozenset({"gmail", "googlemail", "hotmail", "outlook", "live", "yahoo", "ymail", "icloud", "me",
                      "proton", "protonmail", "msn", "aol"})
# A free mailbox an organisation runs (a school's, a shop's, an office's): not a person's.
_ORG_MAILBOX = rx.compile(r"(?i:school|rongrian|office|official|info|admin|contact|shop|store|clinic|hospital"
                          r"|temple|club|team|group|center|centre|company|agency|service)")
# The shortest common start of a domain's label and a mailbox word that ties them to one person.
_OWN_PREFIX = 5
_OWN_SHARE = 0.6


def _own_domain_words(text: str) -> set[str]:
    """The words of private mailboxes' local parts (sirintip.k@…, tanapongs99@…), letters only."""
    words: set[str] = set()
    for m in _EMAIL.finditer(text):
        if m.group(2).casefold() in _WEBMAIL and not _ORG_MAILBOX.search(m.group(1)):
            words.update(w for w in re.split(r"[^a-z]+", m.group(1).casefold()) if len(w) >= _OWN_PREFIX)
    return words


def _own_mailbox_names(text: str) -> set[str]:
    """Private mailboxes' local parts (r.somchai@…, kanya_w99@…), letters and digits only, folded."""
    return {re.sub(r"[^a-z0-9]+", "", m.group(1).casefold()) for m in _EMAIL.finditer(text)
            if m.group(2).casefold() in _WEBMAIL and not _ORG_MAILBOX.search(m.group(1))}


# A bare Latin account name: letters and digits, maybe joined by . _ or -, not an e-mail or a host.
_BARE_ACCOUNT = rx.compile(r"(?<![A-Za-z0-9_.@/\-])[A-Za-z0-9][A-Za-z0-9_.\-]{2,40}[A-Za-z0-9]"
                           r"(?![A-Za-z0-9_@\-])(?!\.[A-Za-z0-9])")
# Shorter local parts (a.b, noi1) spell too many other things to tie a bare word to one person.
_OWN_NAME_MIN = 6


def _shares_start(label: str, words: set[str]) -> bool:
    """The label and a mailbox word start alike for most of the longer one (sirintip / sirintipwk),
    not just a common first name's letters (kanya / kanyakumari)."""
    low = label.casefold().replace("-", "")
    return any((n := len(_common_start(low, w))) >= _OWN_PREFIX and n >= _OWN_SHARE * max(len(low), len(w))
               for w in words)


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


# Path segments that are a host's own pages, not an account.
_SITE_PAGES = frozenset({"about", "features", "pricing", "login", "signup", "explore", "topics", "search", "help",
                         "settings", "marketplace", "orgs", "sponsors", "company", "school", "jobs", "groups",
                         "pages", "watch", "events", "share", "sharer", "sharer.php", "home", "profile.php",
                         "hashtag", "reel", "reels", "p", "stories", "intent"})


# ไลน์ (LINE) ends Thai loanwords that name no account: ออนไลน์ (online), ออฟไลน์, ไทม์ไลน์ (timeline),
# ไกด์ไลน์, เดดไลน์, แอร์ไลน์. "ระบบเรียนออนไลน์ www.example.net" is a website, not a LINE ID.
# In English, "line" ends nouns that name no account either: a budget line, a product line, a credit
# line, a hotline, a subject line ("Approved budget line: research grant" names a grant, not a LINE ID).
_NOT_LINE_WORD = (r"(?<!ออน)(?<!ออฟ)(?<!ไทม์)(?<!ไกด์)(?<!เดด)(?<!แอร์)"
                  r"(?<![Bb]udget )(?<![Pp]roduct )(?<![Cc]redit )(?<![Hh]ot)(?<![Hh]ot )(?<![Hh]elp )"
                  r"(?<![Ss]ubject )(?<![Bb]ottom )(?<![Ff]ront )(?<![Pp]ipe)(?<![Dd]ead)(?<![Oo]n)")


@lru_cache(maxsize=1)
def _spaced_social_regex() -> re.Pattern[str]:
    return compile_scan(rf"{_NOT_LINE_WORD}(?P<label>{label_regex_text(_SOCIAL_WORDS)})[ \t]+"
                        rf"(?P<value>{_HANDLE_LOOK})")


@lru_cache(maxsize=2)
def _colon_regex(value: str) -> re.Pattern[str]:
    labels = label_regex_text(HANDLE_LABELS_WITH_COLON)
    return compile_scan(rf"{_NOT_LINE_WORD}(?P<label>{labels})[ \t]*[:：][ \t]*(?P<value>{value})")


@lru_cache(maxsize=1)
def _any_label() -> re.Pattern[str]:
    """Any label the labelled patterns start from: where none stands, none of them can match,
    and one scan of the text replaces five."""
    return compile_scan(label_regex_text((*HANDLE_LABELS, *HANDLE_LABELS_WITH_COLON, *_SOCIAL_WORDS)))


# A host name (any case) each profile-URL pattern needs: a text without one holds no profile URL.
_PROFILE_HOSTS = ("sites.google.com", "wixsite.com",
                  "github.", "gitlab.", "bitbucket.org", "linkedin.com", "medium.com", "dev.to", "facebook.com",
                  "fb.com", "instagram.com", "tiktok.com", "twitter.com", "x.com", "youtube.com", "vercel.app",
                  "netlify.app", "herokuapp.com", "pages.dev", "web.app", "firebaseapp.com")


def _may_hold_profile_url(text: str) -> bool:
    low = rx.ascii_folded(text)
    return any(host in low for host in _PROFILE_HOSTS)


def _is_role(value: str) -> bool:
    bare = value.lstrip("@").casefold()
    return bare in ROLE_ACCOUNTS


@register
class HandleDetector(Detector):
    name = "handle"
    label = "HANDLE"
    description = ("@handles (not e-mail), and user names or handles after Line ID, Facebook, ชื่อผู้ใช้, user "
                   "name, พิมพ์โดย and similar labels; Thai display names after a social label go to review.")

    def detect(self, ctx: DetectionContext) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        if _any_label().search(ctx.text) is not None:
            yield from self._after_labels(ctx, seen)
        if _may_hold_profile_url(ctx.text):
            yield from self._profile_urls(ctx, seen)
        if "@" in ctx.text:
            yield from self._own_domains(ctx, seen)
            yield from self._own_mailbox_handles(ctx, seen)
        for m in AT_HANDLE.finditer(ctx.text):
            if (m.start(1), m.end(1)) in seen or any(s <= m.start(1) < e for s, e in seen) or _is_role(m.group(1)):
                continue
            yield self.finding(m.start(1), m.end(1), 0.7, "@handle (not an e-mail address)")

    def _after_labels(self, ctx: DetectionContext, seen: set[tuple[int, int]]) -> Iterator[Finding]:
        for start, end, label in self._labelled(ctx, LATIN_VALUE):
            value = ctx.text[start:end]
            if _is_role(value) or (_EMAIL_TAIL.search(ctx.text, end - 1, end + 40) and "@" in value):
                continue
            seen.add((start, end))
            yield self.finding(start, end, 0.85, f"user name or handle after '{label}'")
        for start, end, label in self._labelled(ctx, THAI_VALUE):
            if label.casefold() in _SOCIAL and (start, end) not in seen:
                yield self.finding(start, end, 0.45,
                                   f"display name after '{label}': a person's or an agency's page? for review")
        for m in _spaced_social_regex().finditer(ctx.text):
            span = (m.start("value"), m.end("value"))
            if span not in seen and not _is_role(m.group("value")):
                seen.add(span)
                yield self.finding(*span, 0.7, f"handle-like word after '{m.group('label')}' (no colon)")

    def _profile_urls(self, ctx: DetectionContext, seen: set[tuple[int, int]]) -> Iterator[Finding]:
        words = _own_domain_words(ctx.text) if "@" in ctx.text else set()
        for rgx, score, why in (
            (PERSONAL_PROFILE_URL, 0.8, "account name in a personal profile URL (code host, LinkedIn member page)"),
            (PERSONAL_SITE_URL, 0.75, "account name as the subdomain of a personal page host"),
            (SOCIAL_PROFILE_URL, 0.45, "account name in a social-network URL: a person's or an agency's page? "
                                       "for review"),
            (SITE_BUILDER_URL, 0.45, "page name in a site builder's URL: a person's or an agency's site? for review"),
        ):
            for m in rgx.finditer(ctx.text):
                span = m.span(1)
                if span in seen or any(s <= span[0] < e for s, e in seen) or _is_role(m.group(1)) \
                        or m.group(1).casefold() in _SITE_PAGES:
                    continue
                seen.add(span)
                if rgx is SITE_BUILDER_URL and _shares_start(m.group(1), words):
                    yield self.finding(*span, 0.7, "page name in a site builder's URL, named as a private mailbox "
                                                   "is (the person's own site)")
                    continue
                yield self.finding(*span, score, why)

    def _own_domains(self, ctx: DetectionContext, seen: set[tuple[int, int]]) -> Iterator[Finding]:
        """A web address whose host starts as a private mailbox's word does (tanapongs@gmail.com and
        www.tanapongs.com): the person's own site, its name theirs. An organisation's site and its
        staff's addresses on its own domain never match: only free mailboxes count."""
        words = _own_domain_words(ctx.text)
        if not words:
            return
        for m in _WEB_HOST.finditer(ctx.text):
            span = m.span(1)
            if span in seen or any(s <= span[0] < e for s, e in seen) or not _shares_start(m.group(1), words) \
                    or m.group(1).casefold() in _WEBMAIL:
                continue
            seen.add(span)
            yield self.finding(*span, 0.7, "web address named as a private mailbox is (the person's own site)")

    def _own_mailbox_handles(self, ctx: DetectionContext, seen: set[tuple[int, int]]) -> Iterator[Finding]:
        """A bare account name spelt as a private mailbox's local part is, bar its separators
        (r.somchai@gmail.com and, beside a LinkedIn or GitHub icon, r-somchai): the person's handle.
        An organisation's address never counts (only free mailboxes), and the mailbox itself is
        the e-mail detector's."""
        names = {n for n in _own_mailbox_names(ctx.text) if len(n) >= _OWN_NAME_MIN}
        if not names:
            return
        for m in _BARE_ACCOUNT.finditer(ctx.text):
            span = m.span()
            if span in seen or any(s <= span[0] < e for s, e in seen) \
                    or re.sub(r"[^a-z0-9]+", "", m.group().casefold()) not in names:
                continue
            seen.add(span)
            yield self.finding(*span, 0.7, "account name spelt as a private mailbox's name is (the person's handle)")

    def _labelled(self, ctx: DetectionContext, value: str) -> Iterator[tuple[int, int, str]]:
        for v in labelled_values(ctx, HANDLE_LABELS, value):
            yield v.start, v.end, v.label
        for m in _colon_regex(value).finditer(ctx.text):
            yield m.start("value"), m.end("value"), re.sub(r"\s+", "", m.group("label"))
