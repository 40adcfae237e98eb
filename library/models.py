"""SQLAlchemy 2 models. Alembic migrations (``library/migrations``) are the source of the schema;
these classes must match them (a test compares the two on every backend).

Everything a citizen can browse is a ``Content`` row (Plone style: a folder is
content too); the kind is ``type`` (see ``library.content_types``). Dates are
``date`` columns; instants are UTC (``UTCDateTime``).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JSONType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored naive UTC on every backend."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware datetime (UTC)")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


# --- people --------------------------------------------------------------------------


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str | None] = mapped_column(String(254))
    # External submitters: the agency/company they submit for (seed §3.1 (2)).
    agency: Mapped[str | None] = mapped_column(String(300))
    # Filled by the web layer (issue #5); the library never reads it.
    password_hash: Mapped[str | None] = mapped_column(String(300))
    # Part of every session cookie's id; raised on sign-out so that a copied cookie stops working.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(back_populates="user", cascade="all, delete-orphan",
                                                 lazy="selectin")

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)

    def __repr__(self) -> str:
        return f"<User {self.username}>"


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(40), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


# --- content -------------------------------------------------------------------------


class Content(Base):
    __tablename__ = "content"
    __table_args__ = (
        UniqueConstraint("parent_id", "slug"),
        Index("ix_content_listing", "parent_id", "position"),
        # Covers the visibility filter and the usual sorts of a folder listing, so that a
        # page is chosen from the index alone and only its rows are read (library.content).
        Index("ix_content_children", "parent_id", "state", "effective", "expires", "flow", "owner_id",
              "deleted_at", "block_local_roles", "position", "id"),
        Index("ix_content_state_expires", "state", "expires"),
        Index("ix_content_state_review_by", "state", "review_by"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(32), unique=True)
    type: Mapped[str] = mapped_column(String(20))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("content.id", ondelete="RESTRICT"))
    slug: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(String(1000), unique=True)
    # "/1/7/" — the ids of the ancestors, root first: local roles and
    # visibility of ancestors are read without walking the tree.
    ancestry: Mapped[str] = mapped_column(String(1000), default="/")
    position: Mapped[int] = mapped_column(Integer, default=0)

    flow: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))

    # Dublin Core
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    keywords: Mapped[list[str]] = mapped_column(JSONType, default=list)
    creator: Mapped[str] = mapped_column(String(300), default="")  # the creating agency
    language: Mapped[str] = mapped_column(String(10), default="th")
    rights: Mapped[str] = mapped_column(Text, default="")
    # Disclosure metadata
    oia_category: Mapped[str | None] = mapped_column(String(20))
    document_number: Mapped[str | None] = mapped_column(String(100))  # เลขที่หนังสือ
    document_date: Mapped[date | None] = mapped_column(Date)
    effective: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_by: Mapped[date | None] = mapped_column(Date)
    source_agency: Mapped[str | None] = mapped_column(String(300))
    # Type-specific
    body: Mapped[str | None] = mapped_column(Text)
    remote_url: Mapped[str | None] = mapped_column(String(2000))
    # Folder settings (not versioned: site configuration, audited)
    accepts_external: Mapped[bool] = mapped_column(Boolean, default=False)
    block_local_roles: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[str] = mapped_column(String(20), default="position")

    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    current_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_files.id", use_alter=True, ondelete="SET NULL"))
    published_file_id: Mapped[int | None] = mapped_column(
        ForeignKey("document_files.id", use_alter=True, ondelete="SET NULL"))
    # The digest of the copy in the public store while the item is public.
    published_sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    # A published DOCX's PDF rendition in the public store, when it has one (library.renditions).
    published_rendition_sha256: Mapped[str | None] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A folder's named responsible officer (seed §4.1), acquired by everything below it
    # (library.currency.responsible_for); gets the folder's stale-item notices.
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)

    parent: Mapped[Content | None] = relationship(remote_side=[id], lazy="joined", innerjoin=False)
    owner: Mapped[User | None] = relationship(foreign_keys=[owner_id], lazy="select")
    responsible: Mapped[User | None] = relationship(foreign_keys=[responsible_id], lazy="select")
    current_file: Mapped[DocumentFile | None] = relationship(foreign_keys=[current_file_id], post_update=True)
    published_file: Mapped[DocumentFile | None] = relationship(foreign_keys=[published_file_id],
                                                               post_update=True)

    @property
    def is_folder(self) -> bool:
        from library.content_types import get_type

        return get_type(self.type).folderish

    @property
    def ancestor_ids(self) -> list[int]:
        return [int(p) for p in self.ancestry.strip("/").split("/") if p]

    def __repr__(self) -> str:
        return f"<{self.type} {self.path} [{self.flow}:{self.state}]>"


class LocalRole(Base):
    __tablename__ = "local_roles"
    __table_args__ = (UniqueConstraint("item_id", "user_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    granted_by: Mapped[str] = mapped_column(String(200), default="")
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User] = relationship(lazy="joined")
    item: Mapped[Content] = relationship()


class WorkflowHistory(Base):
    __tablename__ = "workflow_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(40))
    from_state: Mapped[str | None] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    comment: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Version(Base):
    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("item_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSONType)
    file_id: Mapped[int | None] = mapped_column(ForeignKey("document_files.id", ondelete="SET NULL"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- documents and their redaction records -------------------------------------------


class DocumentFile(Base):
    """One uploaded original of a file item (each upload is a new row; the old ones stay for history)."""

    __tablename__ = "document_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"), index=True)
    original_sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    format: Mapped[str] = mapped_column(String(10))
    size: Mapped[int] = mapped_column(BigInteger)
    uploaded_by: Mapped[str] = mapped_column(String(200))
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    analysed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    needs_review: Mapped[list[str]] = mapped_column(JSONType, default=list)
    text_length: Mapped[int | None] = mapped_column(Integer)  # of the canonical text, for manual regions
    # A reviewer has looked at the pages the redactor could not read (scans).
    reviewed_scans: Mapped[bool] = mapped_column(Boolean, default=False)

    proposals: Mapped[list[RedactionProposal]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="RedactionProposal.start_offset")
    decisions: Mapped[list[RedactionDecision]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="RedactionDecision.id")
    verifications: Mapped[list[Verification]] = relationship(
        back_populates="file", cascade="all, delete-orphan", order_by="Verification.id")


class RedactionProposal(Base):
    """A ``redactor.types.Proposal`` as the analysis produced it (staff-only: it holds the withheld text)."""

    __tablename__ = "redaction_proposals"
    __table_args__ = (UniqueConstraint("file_id", "proposal_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("document_files.id", ondelete="CASCADE"))
    proposal_id: Mapped[str] = mapped_column(String(40))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    label: Mapped[str] = mapped_column(String(40))
    basis: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    detector: Mapped[str] = mapped_column(String(60))
    explanation: Mapped[str] = mapped_column(Text, default="")
    # The explanation's parts (redactor.explain.Explanation.parts(): pattern, checksum, context words,
    # score changes, notes); None for rows stored before they were kept, and for reasons without parts.
    explanation_parts: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    action: Mapped[str] = mapped_column(String(10))
    keep_reason: Mapped[str | None] = mapped_column(Text)

    file: Mapped[DocumentFile] = relationship(back_populates="proposals")

    def as_dict(self) -> dict[str, Any]:
        """The same shape as ``redactor.types.Proposal.as_dict()``."""
        return {"id": self.proposal_id, "start": self.start_offset, "end": self.end_offset, "page": self.page,
                "where": self.location, "text": self.text, "label": self.label, "basis": self.basis,
                "score": self.score, "detector": self.detector, "explanation": self.explanation,
                "action": self.action, "keep_reason": self.keep_reason}


class RedactionDecision(Base):
    """A reviewer's decision. Rows are never updated: the latest row for a ``key`` is in force.

    ``key`` is the proposal id, or ``m:START-END`` for a manual region.
    """

    __tablename__ = "redaction_decisions"
    __table_args__ = (Index("ix_redaction_decisions_file_key", "file_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("document_files.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(60))
    proposal_id: Mapped[str | None] = mapped_column(String(40))
    manual_start: Mapped[int | None] = mapped_column(Integer)
    manual_end: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(10))  # accept | reject
    basis: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    file: Mapped[DocumentFile] = relationship(back_populates="decisions")


class Verification(Base):
    """The outcome of applying the decisions: the cleaned copy (private store) and the redactor's report."""

    __tablename__ = "verifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("document_files.id", ondelete="CASCADE"), index=True)
    passed: Mapped[bool] = mapped_column(Boolean)
    report: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    message: Mapped[str] = mapped_column(Text, default="")
    redacted_sha256: Mapped[str | None] = mapped_column(String(64))
    redaction_count: Mapped[int] = mapped_column(Integer, default=0)
    # sha256 of the decisions in force when applied: later decisions make it stale.
    decisions_digest: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    file: Mapped[DocumentFile] = relationship(back_populates="verifications")


# --- agency profile ------------------------------------------------------------------


class AgencyProfileRow(Base):
    __tablename__ = "agency_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    name: Mapped[str] = mapped_column(String(300), default="")
    name_en: Mapped[str] = mapped_column(String(300), default="")
    addresses: Mapped[list[str]] = mapped_column(JSONType, default=list)
    phones: Mapped[list[str]] = mapped_column(JSONType, default=list)
    fax: Mapped[list[str]] = mapped_column(JSONType, default=list)
    emails: Mapped[list[str]] = mapped_column(JSONType, default=list)
    website: Mapped[str] = mapped_column(String(300), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Official(Base):
    """An executive or official of the agency, with position (published on the site, kept by the redactor)."""

    __tablename__ = "officials"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(300), default="")
    rank: Mapped[int] = mapped_column(Integer, default=0)  # display order, executives first
    executive: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    in_office: Mapped[bool] = mapped_column(Boolean, default=True)


# --- feedback ------------------------------------------------------------------------


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (Index("ix_feedback_status_created", "status", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("content.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="incorrect")  # incorrect | outdated | other
    message: Mapped[str] = mapped_column(Text)
    # The reporter's contact details are personal data: staff only, never published.
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(254), default="")
    status: Mapped[str] = mapped_column(String(20), default="new")
    response: Mapped[str] = mapped_column(Text, default="")
    handled_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # The citizen's reference, FB-<BE year>-<number>, and the sha256 of the secret token in the
    # status page's address (the number alone is guessable; the token is not stored).
    reference: Mapped[str | None] = mapped_column(String(20), unique=True)
    ref_year: Mapped[int | None] = mapped_column(Integer)
    ref_number: Mapped[int | None] = mapped_column(Integer)
    token_hash: Mapped[str | None] = mapped_column(String(64))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Content (message, contact, answer) deleted after the retention period; the row stays for figures.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    item: Mapped[Content | None] = relationship()
    history: Mapped[list[FeedbackHistory]] = relationship(cascade="all, delete-orphan",
                                                          order_by="FeedbackHistory.id")


class FeedbackHistory(Base):
    __tablename__ = "feedback_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    actor_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


# --- audit log and outbox ------------------------------------------------------------


class AuditEvent(Base):
    """Append-only (database triggers refuse UPDATE and DELETE), hash-chained.

    ``hash = sha256(canonical(seq, at, actor, action, target, detail) + prev_hash)``.
    No foreign keys: the log outlives what it describes.
    """

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(Integer)
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(60), index=True)
    target: Mapped[str] = mapped_column(String(200), default="", index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # canonical JSON text, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """One row: the last sequence number and hash. Appending updates it first, which serialises writers."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class OutboxMessage(Base):
    """Written in the same transaction as the change it describes; consumed by the search indexer (#6)."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_pending", "processed_at", "id"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(60))
    item_uid: Mapped[str | None] = mapped_column(String(32), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


# --- oversight -----------------------------------------------------------------------


class DownloadCount(Base):
    """Downloads of an item's published copy on one day (Bangkok time). Nothing about who downloaded:
    no IP address, no user agent, no session: only the number."""

    __tablename__ = "download_counts"
    __table_args__ = (Index("ix_download_counts_day", "day"),)

    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
# --- notifications (library.notifications) -------------------------------------------


class Notification(Base):
    """One event for one user: a row in their in-app inbox (``in_app``) and/or the source of an
    e-mail (``email_mode``: ``none``, ``instant`` or ``digest``). ``params`` holds what the text
    needs (title, path, …), so the inbox shows it in the reader's language."""

    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("outbox_id", "user_id"),
        Index("ix_notifications_inbox", "user_id", "in_app", "read_at", "id"),
        Index("ix_notifications_digest", "email_mode", "digested_at", "user_id"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(60))
    # The outbox message it came from (no foreign key: the outbox may be pruned).
    outbox_id: Mapped[int | None] = mapped_column(BigInteger)
    item_uid: Mapped[str | None] = mapped_column(String(32))
    params: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    in_app: Mapped[bool] = mapped_column(Boolean, default=True)
    email_mode: Mapped[str] = mapped_column(String(10), default="none")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    digested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class NotificationDelivery(Base):
    """One e-mail to send: rendered when created (a retry sends the same message), retried with
    backoff until ``sent`` or ``failed``. ``dedupe_key`` makes creating it idempotent."""

    __tablename__ = "notification_deliveries"
    __table_args__ = (Index("ix_notification_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    # A user's delivery; NULL for an address that is not a user (a citizen's answer).
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(60))
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending")  # pending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class NotificationPreference(Base):
    """A user's choices: ``channels`` maps an event to ``{"email": bool, "in_app": bool}`` (a missing
    event takes the defaults); ``digest`` gathers the day's e-mails into one."""

    __tablename__ = "notification_preferences"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    channels: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    digest: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
# --- currency ----------------------------------------------------------------------------------


class LinkCheck(Base):
    """The last check of a Link item's target (library.links)."""

    __tablename__ = "link_checks"

    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str] = mapped_column(String(300), default="")
    final_url: Mapped[str | None] = mapped_column(String(2000))
    broken: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    broken_since: Mapped[datetime | None] = mapped_column(UTCDateTime)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer)

    item: Mapped[Content] = relationship()


class StaleNotice(Base):
    """``item.stale`` was emitted for this item and this review-by date (once per date)."""

    __tablename__ = "stale_notices"
    __table_args__ = (UniqueConstraint("item_id", "review_by"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"))
    review_by: Mapped[date] = mapped_column(Date)
    responsible_id: Mapped[int | None] = mapped_column(Integer)
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
# --- re-scan of the published library (issue #14) -----------------------------------


class RescanCheck(Base):
    """One re-scan of one published copy or published text: with which rules, and what it found."""

    __tablename__ = "rescan_checks"
    __table_args__ = (Index("ix_rescan_checks_item_source", "item_id", "source", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(10))  # file | text
    sha256: Mapped[str] = mapped_column(String(64))  # the published copy, or the published text's digest
    ruleset: Mapped[str] = mapped_column(String(40), index=True)  # redactor.ruleset.ruleset_version()
    findings: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class RescanFinding(Base):
    """Something a re-scan found in what is public (staff-only: it holds the text). A review task."""

    __tablename__ = "rescan_findings"
    __table_args__ = (Index("ix_rescan_findings_status_item", "status", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("content.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("rescan_checks.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(String(10))
    location: Mapped[str] = mapped_column(String(200), default="")
    page: Mapped[int | None] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(40))
    basis: Mapped[str] = mapped_column(String(20))
    detector: Mapped[str] = mapped_column(String(60))
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    text_sha256: Mapped[str] = mapped_column(String(64))
    # open → dismissed (a reviewer keeps it) | taken_down (retracted) | resolved (gone from what is public)
    status: Mapped[str] = mapped_column(String(12), default="open")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgencySetting(Base):
    """An agency-wide switch (key → JSON value); defaults live with the code that reads them."""

    __tablename__ = "agency_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONType)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiToken(Base):
    """A personal API token (``library.api_tokens``): only its SHA-256 is stored, never the token."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    # The first characters of the token, so that its owner can tell tokens apart (not a secret).
    prefix: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User] = relationship(lazy="joined")
