"""Figures for the head of the agency (seed guideline §5): what the dashboard shows and the monthly
report prints, computed from the database for one month (Bangkok time).

* items past their review-by date;
* items per workflow state, with their age in that state;
* citizens' feedback by status, with response times;
* publications per month per OIA category and folder;
* downloads per item (``download_counts``: a number per item and day, nothing about who);
* redactions by legal basis and label, with the verification failures;
* broken links, from the link checker when it is installed (see :func:`broken_links`);
* re-scans of the published library (``library.rescan``): copies read again, findings and take-downs.

Every function takes a session and returns plain dataclasses, so the web page, the PDF and the
CSV show the same numbers. No Flask here.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from statistics import mean, median
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from library import workflow as wf
from library.errors import Invalid
from library.models import (
    AuditEvent,
    Content,
    DocumentFile,
    DownloadCount,
    Feedback,
    FeedbackHistory,
    RedactionDecision,
    RedactionProposal,
    RescanCheck,
    RescanFinding,
    Verification,
    WorkflowHistory,
    utcnow,
)
from library.thaidate import BE_OFFSET, MONTHS, start_of_day, to_bangkok, today_bangkok

# --- periods --------------------------------------------------------------------------

_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


@dataclass(frozen=True, order=True)
class Period:
    """One calendar month in Bangkok time: ``start`` is its first day, ``end`` the first day after."""

    start: date
    end: date

    @property
    def key(self) -> str:
        """``2568-10``: the Buddhist-era year and month, as file names and the CLI write it."""
        return f"{self.start.year + BE_OFFSET}-{self.start.month:02d}"

    @property
    def title_th(self) -> str:
        return f"{MONTHS[self.start.month - 1]} {self.start.year + BE_OFFSET}"

    @property
    def start_utc(self) -> datetime:
        return start_of_day(self.start)

    @property
    def end_utc(self) -> datetime:
        return start_of_day(self.end)

    def previous(self) -> Period:
        return month_of(self.start - timedelta(days=1))


def month_of(d: date) -> Period:
    first = d.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return Period(first, nxt)


def parse_month(text: str) -> Period:
    """``2568-10`` (Buddhist era, as Thai staff write it) or ``2025-10`` (common era): a year above
    2400 is Buddhist era. Anything else is :class:`Invalid`."""
    m = _MONTH.match(text or "")
    if not m:
        raise Invalid(f"not a month: {text!r} (write YYYY-MM, e.g. 2568-10 or 2025-10)")
    year, month = int(m[1]), int(m[2])
    if year > 2400:
        year -= BE_OFFSET
    if not 1 <= month <= 12:
        raise Invalid(f"not a month: {text!r} (the month must be 01 to 12)")
    if not 1970 <= year <= 2200:
        raise Invalid(f"not a month: {text!r} (year out of range)")
    return month_of(date(year, month, 1))


def previous_month(today: date | None = None) -> Period:
    return month_of(today or today_bangkok()).previous()


def months_ending(period: Period, n: int = 12) -> list[Period]:
    """The ``n`` months up to and including ``period``, oldest first."""
    out = [period]
    while len(out) < n:
        out.append(out[-1].previous())
    return out[::-1]


def _bkk_date(dt: datetime) -> date:
    return to_bangkok(dt).date()


# --- the tree: folders, OIA categories ------------------------------------------------


@dataclass(frozen=True)
class FolderInfo:
    id: int
    path: str
    title: str
    oia_category: str | None
    ancestry: str


def folders(session: Session) -> dict[int, FolderInfo]:
    rows = session.execute(select(Content.id, Content.path, Content.title, Content.oia_category, Content.ancestry)
                           .where(Content.type == "folder"))
    return {r.id: FolderInfo(r.id, r.path, r.title, r.oia_category, r.ancestry) for r in rows}


def effective_category(own: str | None, ancestry: str, tree: dict[int, FolderInfo]) -> str | None:
    """An item's OIA category: its own, else the nearest folder above it that has one."""
    if own:
        return own
    for fid in reversed([int(p) for p in ancestry.strip("/").split("/") if p]):
        f = tree.get(fid)
        if f is not None and f.oia_category:
            return f.oia_category
    return None


# --- items past review-by, items per state ----------------------------------------------


@dataclass(frozen=True)
class ItemRef:
    uid: str
    path: str
    title: str
    type: str


@dataclass(frozen=True)
class Overdue:
    item: ItemRef
    review_by: date
    days_over: int


def review_overdue(session: Session, today: date | None = None) -> list[Overdue]:
    """Public items (not folders) whose review-by date is before ``today``, longest overdue first."""
    today = today or today_bangkok()
    rows = session.execute(select(Content.uid, Content.path, Content.title, Content.type, Content.review_by)
                           .where(Content.state.in_(wf.PUBLIC_STATES), Content.deleted_at.is_(None),
                                  Content.type != "folder", Content.review_by.is_not(None),
                                  Content.review_by < today)
                           .order_by(Content.review_by, Content.id))
    return [Overdue(ItemRef(r.uid, r.path, r.title, r.type), r.review_by, (today - r.review_by).days) for r in rows]


@dataclass(frozen=True)
class StateFigure:
    flow: str
    state: str
    count: int
    mean_age_days: float
    median_age_days: float
    max_age_days: float
    oldest: ItemRef | None


def workflow_states(session: Session, now: datetime | None = None) -> list[StateFigure]:
    """Items (not folders, not deleted) per workflow state, aged from their last transition (else creation)."""
    now = now or utcnow()
    last = (select(WorkflowHistory.item_id, func.max(WorkflowHistory.at).label("at"))
            .group_by(WorkflowHistory.item_id).subquery())
    rows = session.execute(select(Content.uid, Content.path, Content.title, Content.type, Content.flow,
                                  Content.state, Content.created_at, last.c.at)
                           .outerjoin(last, last.c.item_id == Content.id)
                           .where(Content.type != "folder", Content.deleted_at.is_(None)))
    ages: dict[tuple[str, str], list[tuple[float, ItemRef]]] = defaultdict(list)
    for r in rows:
        since = r.at or r.created_at
        if since.tzinfo is None:  # raw subquery values are naive UTC
            since = since.replace(tzinfo=UTC)
        age = max(0.0, (now - since).total_seconds() / 86400)
        ages[(r.flow, r.state)].append((age, ItemRef(r.uid, r.path, r.title, r.type)))
    out = []
    order = {s: i for flow in wf.STATES.values() for i, s in enumerate(flow)}
    for (flow, state), values in sorted(ages.items(), key=lambda kv: (kv[0][0], order.get(kv[0][1], 99))):
        days = [a for a, _ in values]
        oldest = max(values, key=lambda v: v[0])[1]
        out.append(StateFigure(flow, state, len(values), round(mean(days), 1), round(median(days), 1),
                               round(max(days), 1), oldest))
    return out


# --- feedback -------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedbackFigures:
    received: int  # reports filed in the period
    by_status: dict[str, int]  # their status now
    open_now: int  # every report still new or in progress, whenever filed
    answered: int  # of the period's reports: how many got a first response (any transition)
    median_first_response_hours: float | None
    mean_first_response_hours: float | None
    closed: int  # of the period's reports: resolved or rejected
    median_close_hours: float | None


def feedback_figures(session: Session, period: Period) -> FeedbackFigures:
    from library.feedback import OPEN_STATUSES, STATUSES

    reports = session.execute(select(Feedback.id, Feedback.status, Feedback.created_at)
                              .where(Feedback.created_at >= period.start_utc, Feedback.created_at < period.end_utc)
                              ).all()
    ids = [r.id for r in reports]
    first: dict[int, datetime] = {}
    closed: dict[int, datetime] = {}
    for chunk in _chunks(ids, 500):
        for h in session.execute(select(FeedbackHistory.feedback_id, FeedbackHistory.to_status, FeedbackHistory.at,
                                        FeedbackHistory.from_status)
                                 .where(FeedbackHistory.feedback_id.in_(chunk),
                                        FeedbackHistory.from_status.is_not(None))
                                 .order_by(FeedbackHistory.at, FeedbackHistory.id)):
            first.setdefault(h.feedback_id, h.at)
            if h.to_status in ("resolved", "rejected"):
                closed.setdefault(h.feedback_id, h.at)
    created = {r.id: r.created_at for r in reports}
    response = [(first[i] - created[i]).total_seconds() / 3600 for i in ids if i in first]
    closing = [(closed[i] - created[i]).total_seconds() / 3600 for i in ids if i in closed]
    by_status = dict.fromkeys(STATUSES, 0)
    for r in reports:
        by_status[r.status] = by_status.get(r.status, 0) + 1
    open_now = session.scalar(select(func.count()).select_from(Feedback).where(Feedback.status.in_(OPEN_STATUSES)))
    return FeedbackFigures(
        received=len(reports), by_status=by_status, open_now=int(open_now or 0), answered=len(response),
        median_first_response_hours=round(median(response), 1) if response else None,
        mean_first_response_hours=round(mean(response), 1) if response else None,
        closed=len(closing), median_close_hours=round(median(closing), 1) if closing else None)


# --- publications ---------------------------------------------------------------------


@dataclass(frozen=True)
class Publications:
    total: int
    by_category: dict[str, int]  # OIA category code ("" for none) → count
    by_folder: dict[str, int]  # parent folder path → count
    folder_titles: dict[str, str]


def _publish_events(session: Session, start: datetime, end: datetime) -> list[Any]:
    """Each time an item (not a folder) became published in [start, end): first publication or again."""
    return list(session.execute(
        select(WorkflowHistory.at, Content.oia_category, Content.ancestry, Content.parent_id)
        .join(Content, Content.id == WorkflowHistory.item_id)
        .where(WorkflowHistory.to_state == "published",
               (WorkflowHistory.from_state.is_(None)) | (WorkflowHistory.from_state != "published"),
               WorkflowHistory.at >= start, WorkflowHistory.at < end, Content.type != "folder")))


def publications(session: Session, period: Period, tree: dict[int, FolderInfo] | None = None) -> Publications:
    tree = tree if tree is not None else folders(session)
    by_cat: Counter[str] = Counter()
    by_folder: Counter[str] = Counter()
    events = _publish_events(session, period.start_utc, period.end_utc)
    for e in events:
        by_cat[effective_category(e.oia_category, e.ancestry, tree) or ""] += 1
        parent = tree.get(e.parent_id) if e.parent_id else None
        by_folder[parent.path if parent else "/"] += 1
    titles = {f.path: f.title for f in tree.values()}
    return Publications(len(events), dict(sorted(by_cat.items())), dict(by_folder.most_common()),
                        {p: titles.get(p, p) for p in by_folder})


@dataclass(frozen=True)
class MonthCount:
    period: Period
    total: int
    by_category: dict[str, int]


def publications_by_month(session: Session, periods: Sequence[Period],
                          tree: dict[int, FolderInfo] | None = None) -> list[MonthCount]:
    """Publications per month per OIA category over ``periods`` (one query for the whole range)."""
    if not periods:
        return []
    tree = tree if tree is not None else folders(session)
    buckets: dict[str, Counter[str]] = {p.key: Counter() for p in periods}
    for e in _publish_events(session, periods[0].start_utc, periods[-1].end_utc):
        key = month_of(_bkk_date(e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC))).key
        if key in buckets:
            buckets[key][effective_category(e.oia_category, e.ancestry, tree) or ""] += 1
    return [MonthCount(p, sum(buckets[p.key].values()), dict(sorted(buckets[p.key].items()))) for p in periods]


# --- downloads ------------------------------------------------------------------------


def record_download(session: Session, item_id: int, day: date | None = None, n: int = 1) -> None:
    """Count ``n`` downloads of an item's published copy on ``day`` (default today, Bangkok). Only the
    number is kept."""
    if n < 1:
        raise ValueError(f"a download count adds at least 1, not {n}")
    day = day or today_bangkok()
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        stmt = pg_insert(DownloadCount).values(item_id=item_id, day=day, count=n)
        stmt = stmt.on_conflict_do_update(index_elements=["item_id", "day"],
                                          set_={"count": DownloadCount.count + n})
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        lite = sqlite_insert(DownloadCount).values(item_id=item_id, day=day, count=n)
        stmt = lite.on_conflict_do_update(index_elements=["item_id", "day"],  # type: ignore[assignment]
                                          set_={"count": DownloadCount.count + n})
    session.execute(stmt)


@dataclass(frozen=True)
class ItemDownloads:
    item: ItemRef
    count: int


@dataclass(frozen=True)
class Downloads:
    total: int
    items: int  # distinct items downloaded
    top: list[ItemDownloads]
    per_day: dict[date, int]


def downloads(session: Session, period: Period, limit: int = 20) -> Downloads:
    where = (DownloadCount.day >= period.start, DownloadCount.day < period.end)
    per_item = session.execute(select(DownloadCount.item_id, func.sum(DownloadCount.count).label("n"))
                               .where(*where).group_by(DownloadCount.item_id)
                               .order_by(func.sum(DownloadCount.count).desc(), DownloadCount.item_id)).all()
    top_ids = [r.item_id for r in per_item[:limit]]
    refs = {r.id: ItemRef(r.uid, r.path, r.title, r.type) for r in session.execute(
        select(Content.id, Content.uid, Content.path, Content.title, Content.type).where(Content.id.in_(top_ids)))}
    per_day = {r.day: int(r.n) for r in session.execute(
        select(DownloadCount.day, func.sum(DownloadCount.count).label("n")).where(*where)
        .group_by(DownloadCount.day).order_by(DownloadCount.day))}
    return Downloads(total=sum(int(r.n) for r in per_item), items=len(per_item),
                     top=[ItemDownloads(refs[r.item_id], int(r.n)) for r in per_item[:limit] if r.item_id in refs],
                     per_day=per_day)


# --- redactions and verifications -----------------------------------------------------


@dataclass(frozen=True)
class VerificationFailure:
    item: ItemRef | None
    filename: str
    at: datetime
    message: str


@dataclass(frozen=True)
class Redactions:
    accepted: int  # redactions in force, decided in the period
    by_basis: dict[str, int]
    by_label: dict[str, int]
    verifications_passed: int
    verifications_failed: int
    failures: list[VerificationFailure] = field(default_factory=list)


def redaction_figures(session: Session, period: Period) -> Redactions:
    """Redactions a reviewer accepted in the period and still in force (the latest decision per
    proposal or manual region), by legal basis and label; verifications run in the period."""
    latest = (select(func.max(RedactionDecision.id).label("id"))
              .group_by(RedactionDecision.file_id, RedactionDecision.key).subquery())
    rows = session.execute(
        select(RedactionDecision.label, RedactionDecision.basis, RedactionProposal.label.label("p_label"),
               RedactionProposal.basis.label("p_basis"))
        .join(latest, latest.c.id == RedactionDecision.id)
        .outerjoin(RedactionProposal, (RedactionProposal.file_id == RedactionDecision.file_id)
                   & (RedactionProposal.proposal_id == RedactionDecision.proposal_id))
        .where(RedactionDecision.action == "accept", RedactionDecision.decided_at >= period.start_utc,
               RedactionDecision.decided_at < period.end_utc)).all()
    by_basis: Counter[str] = Counter()
    by_label: Counter[str] = Counter()
    for r in rows:
        by_basis[r.basis or r.p_basis or "?"] += 1
        by_label[r.label or r.p_label or "MANUAL"] += 1
    vwhere = (Verification.at >= period.start_utc, Verification.at < period.end_utc)
    counts = {bool(passed): int(n) for passed, n in session.execute(
        select(Verification.passed, func.count()).where(*vwhere).group_by(Verification.passed))}
    failures = []
    for v, f, c in session.execute(
            select(Verification, DocumentFile, Content)
            .join(DocumentFile, DocumentFile.id == Verification.file_id)
            .outerjoin(Content, Content.id == DocumentFile.item_id)
            .where(*vwhere, Verification.passed.is_(False)).order_by(Verification.at).limit(50)):
        ref = ItemRef(c.uid, c.path, c.title, c.type) if c is not None else None
        failures.append(VerificationFailure(ref, f.filename, v.at, (v.message or "")[:300]))
    return Redactions(len(rows), dict(by_basis.most_common()), dict(by_label.most_common()),
                      int(counts.get(True, 0)), int(counts.get(False, 0)), failures)


# --- re-scans of the published library ------------------------------------------------


@dataclass(frozen=True)
class RescanFigures:
    checks: int  # published copies and texts read again in the period
    findings: int  # findings the re-scans of the period made
    by_status: dict[str, int]  # what has become of those findings (open, dismissed, taken_down, resolved)
    by_label: dict[str, int]
    taken_down: int  # items retracted in the period because of a re-scan (automatically or by a reviewer)
    open_now: int  # findings still waiting for a reviewer today, whenever found
    items_open_now: int
    last_check_at: datetime | None


def rescan_figures(session: Session, period: Period) -> RescanFigures:
    """Re-scans run in the period and what they found; what is still open today."""
    from library.rescan import STATUSES

    in_period = (RescanFinding.created_at >= period.start_utc, RescanFinding.created_at < period.end_utc)
    checks = int(session.scalar(select(func.count()).select_from(RescanCheck)
                                .where(RescanCheck.at >= period.start_utc, RescanCheck.at < period.end_utc)) or 0)
    by_status = dict.fromkeys(STATUSES, 0)
    for status, n in session.execute(select(RescanFinding.status, func.count()).where(*in_period)
                                     .group_by(RescanFinding.status)):
        by_status[status] = int(n)
    by_label = {label: int(n) for label, n in session.execute(
        select(RescanFinding.label, func.count()).where(*in_period).group_by(RescanFinding.label)
        .order_by(func.count().desc(), RescanFinding.label))}
    open_now = int(session.scalar(select(func.count()).select_from(RescanFinding)
                                  .where(RescanFinding.status == "open")) or 0)
    items = int(session.scalar(select(func.count(func.distinct(RescanFinding.item_id)))
                               .where(RescanFinding.status == "open")) or 0)
    # Take-downs are counted from the audit log: the agency setting retracts at scan time (the finding
    # stays open for a reviewer), a reviewer's answer retracts later.
    taken_down = int(session.scalar(
        select(func.count(func.distinct(AuditEvent.target)))
        .where(AuditEvent.action.in_(("rescan.takedown", "rescan.take_down")),
               AuditEvent.at >= period.start_utc, AuditEvent.at < period.end_utc)) or 0)
    last = session.scalar(select(RescanCheck.at).order_by(RescanCheck.at.desc()).limit(1))
    return RescanFigures(checks, sum(by_status.values()), by_status, by_label, taken_down, open_now, items, last)


# --- broken links (the link checker's hook) -------------------------------------------


@dataclass(frozen=True)
class LinkFigures:
    available: bool  # False: no link checker is installed, so nothing is known (not "no broken links")
    broken: list[Any]


# Where the link checker (issue #17 part 6) exposes ``broken_links(session)``.
def broken_links(session: Session) -> LinkFigures:
    """Broken Link items as the link checker (library.links) last recorded them."""
    from library import links

    return LinkFigures(True, list(links.broken_links(session)))


# --- everything for one month ---------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    period: Period
    generated_at: datetime
    today: date
    overdue: list[Overdue]
    states: list[StateFigure]
    feedback: FeedbackFigures
    publications: Publications
    trend: list[MonthCount]
    downloads: Downloads
    redactions: Redactions
    links: LinkFigures
    public_items: int
    rescan: RescanFigures


def compute(session: Session, period: Period, *, now: datetime | None = None) -> Figures:
    from library.content import count_public

    now = now or utcnow()
    tree = folders(session)
    return Figures(
        period=period, generated_at=now, today=_bkk_date(now),
        overdue=review_overdue(session, _bkk_date(now)),
        states=workflow_states(session, now),
        feedback=feedback_figures(session, period),
        publications=publications(session, period, tree),
        trend=publications_by_month(session, months_ending(period, 12), tree),
        downloads=downloads(session, period),
        redactions=redaction_figures(session, period),
        links=broken_links(session),
        public_items=count_public(session, now=now),
        rescan=rescan_figures(session, period),
    )


def _chunks(values: Sequence[int], n: int) -> Iterable[Sequence[int]]:
    for i in range(0, len(values), n):
        yield values[i:i + n]
