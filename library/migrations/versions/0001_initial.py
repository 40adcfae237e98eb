# ruff: noqa: E501  (generated table definitions, kept one column per line)
"""Initial schema: content, people and roles, documents and redaction records, feedback, audit log, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# library.models.UTCDateTime stores naive UTC in a plain DateTime column.
UTC_DATETIME = sa.DateTime()
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")

# The audit log is append-only: the database itself refuses UPDATE and DELETE
# (and TRUNCATE on PostgreSQL). Someone who can drop these triggers can still
# tamper, which `phoei audit verify` detects through the hash chain.
_PG_AUDIT = """
CREATE OR REPLACE FUNCTION phoei_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION phoei_audit_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION phoei_audit_append_only();
"""
_SQLITE_AUDIT = (
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
)


def _audit_append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_AUDIT)
    else:
        for stmt in _SQLITE_AUDIT:
            op.execute(stmt)


def _drop_audit_append_only() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update ON audit_events")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
        op.execute("DROP FUNCTION IF EXISTS phoei_audit_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")


def upgrade() -> None:
    op.create_table('agency_profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_en', sa.String(length=300), nullable=False),
    sa.Column('addresses', JSON_TYPE, nullable=False),
    sa.Column('phones', JSON_TYPE, nullable=False),
    sa.Column('fax', JSON_TYPE, nullable=False),
    sa.Column('emails', JSON_TYPE, nullable=False),
    sa.Column('website', sa.String(length=300), nullable=False),
    sa.Column('updated_at', UTC_DATETIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agency_profile'))
    )
    op.create_table('audit_events',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', UTC_DATETIME, nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('hash', name=op.f('uq_audit_events_hash'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_target'), ['target'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head'))
    )
    op.create_table('officials',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('position', sa.String(length=300), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('executive', sa.Boolean(), nullable=False),
    sa.Column('phone', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('in_office', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_officials'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('topic', sa.String(length=60), nullable=False),
    sa.Column('item_uid', sa.String(length=32), nullable=True),
    sa.Column('payload', JSON_TYPE, nullable=False),
    sa.Column('created_at', UTC_DATETIME, nullable=False),
    sa.Column('processed_at', UTC_DATETIME, nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_item_uid'), ['item_uid'], unique=False)
        batch_op.create_index('ix_outbox_pending', ['processed_at', 'id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=100), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('agency', sa.String(length=300), nullable=True),
    sa.Column('password_hash', sa.String(length=300), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UTC_DATETIME, nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('content',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('ancestry', sa.String(length=1000), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('flow', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('keywords', JSON_TYPE, nullable=False),
    sa.Column('creator', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=10), nullable=False),
    sa.Column('rights', sa.Text(), nullable=False),
    sa.Column('oia_category', sa.String(length=20), nullable=True),
    sa.Column('document_number', sa.String(length=100), nullable=True),
    sa.Column('document_date', sa.Date(), nullable=True),
    sa.Column('effective', UTC_DATETIME, nullable=True),
    sa.Column('expires', UTC_DATETIME, nullable=True),
    sa.Column('review_by', sa.Date(), nullable=True),
    sa.Column('source_agency', sa.String(length=300), nullable=True),
    sa.Column('body', sa.Text(), nullable=True),
    sa.Column('remote_url', sa.String(length=2000), nullable=True),
    sa.Column('accepts_external', sa.Boolean(), nullable=False),
    sa.Column('block_local_roles', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('current_file_id', sa.Integer(), nullable=True),
    sa.Column('published_file_id', sa.Integer(), nullable=True),
    sa.Column('published_sha256', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UTC_DATETIME, nullable=False),
    sa.Column('modified_at', UTC_DATETIME, nullable=False),
    sa.Column('published_at', UTC_DATETIME, nullable=True),
    sa.Column('deleted_at', UTC_DATETIME, nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_content_owner_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['content.id'], name=op.f('fk_content_parent_id_content'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_content')),
    sa.UniqueConstraint('parent_id', 'slug', name=op.f('uq_content_parent_id_slug')),
    sa.UniqueConstraint('path', name=op.f('uq_content_path')),
    sa.UniqueConstraint('uid', name=op.f('uq_content_uid'))
    )
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.create_index('ix_content_listing', ['parent_id', 'position'], unique=False)
        batch_op.create_index('ix_content_children', ['parent_id', 'state', 'effective', 'expires', 'flow', 'owner_id', 'deleted_at', 'block_local_roles', 'position', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_content_owner_id'), ['owner_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_content_published_sha256'), ['published_sha256'], unique=False)
        batch_op.create_index('ix_content_state_expires', ['state', 'expires'], unique=False)
        batch_op.create_index('ix_content_state_review_by', ['state', 'review_by'], unique=False)

    op.create_table('user_roles',
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_roles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('user_id', 'role', name=op.f('pk_user_roles'))
    )
    op.create_table('document_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('original_sha256', sa.String(length=64), nullable=False),
    sa.Column('filename', sa.String(length=300), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('uploaded_by', sa.String(length=200), nullable=False),
    sa.Column('uploaded_at', UTC_DATETIME, nullable=False),
    sa.Column('analysed_at', UTC_DATETIME, nullable=True),
    sa.Column('needs_review', JSON_TYPE, nullable=False),
    sa.Column('text_length', sa.Integer(), nullable=True),
    sa.Column('reviewed_scans', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['content.id'], name=op.f('fk_document_files_item_id_content'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_files'))
    )
    with op.batch_alter_table('document_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_files_item_id'), ['item_id'], unique=False)
    # content <-> document_files is a cycle: these two keys are added once both tables exist.
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.create_foreign_key(op.f('fk_content_current_file_id_document_files'), 'document_files',
                                    ['current_file_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(op.f('fk_content_published_file_id_document_files'), 'document_files',
                                    ['published_file_id'], ['id'], ondelete='SET NULL')

    op.create_table('feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=False),
    sa.Column('contact_email', sa.String(length=254), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('handled_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', UTC_DATETIME, nullable=False),
    sa.Column('updated_at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['content.id'], name=op.f('fk_feedback_item_id_content'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback'))
    )
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_item_id'), ['item_id'], unique=False)
        batch_op.create_index('ix_feedback_status_created', ['status', 'created_at'], unique=False)

    op.create_table('local_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('granted_by', sa.String(length=200), nullable=False),
    sa.Column('granted_at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['content.id'], name=op.f('fk_local_roles_item_id_content'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_local_roles_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_local_roles')),
    sa.UniqueConstraint('item_id', 'user_id', 'role', name=op.f('uq_local_roles_item_id_user_id_role'))
    )
    with op.batch_alter_table('local_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_local_roles_user_id'), ['user_id'], unique=False)

    op.create_table('workflow_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=True),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_workflow_history_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['content.id'], name=op.f('fk_workflow_history_item_id_content'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workflow_history'))
    )
    with op.batch_alter_table('workflow_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workflow_history_item_id'), ['item_id'], unique=False)

    op.create_table('feedback_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('feedback_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['feedback_id'], ['feedback.id'], name=op.f('fk_feedback_history_feedback_id_feedback'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_history'))
    )
    with op.batch_alter_table('feedback_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_history_feedback_id'), ['feedback_id'], unique=False)

    op.create_table('redaction_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('proposal_id', sa.String(length=40), nullable=True),
    sa.Column('manual_start', sa.Integer(), nullable=True),
    sa.Column('manual_end', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=40), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=True),
    sa.Column('reviewer_name', sa.String(length=200), nullable=False),
    sa.Column('decided_at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['document_files.id'], name=op.f('fk_redaction_decisions_file_id_document_files'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reviewer_id'], ['users.id'], name=op.f('fk_redaction_decisions_reviewer_id_users'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redaction_decisions'))
    )
    with op.batch_alter_table('redaction_decisions', schema=None) as batch_op:
        batch_op.create_index('ix_redaction_decisions_file_key', ['file_id', 'key'], unique=False)

    op.create_table('redaction_proposals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('proposal_id', sa.String(length=40), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.Column('page', sa.Integer(), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('detector', sa.String(length=60), nullable=False),
    sa.Column('explanation', sa.Text(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('keep_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['document_files.id'], name=op.f('fk_redaction_proposals_file_id_document_files'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_redaction_proposals')),
    sa.UniqueConstraint('file_id', 'proposal_id', name=op.f('uq_redaction_proposals_file_id_proposal_id'))
    )
    op.create_table('verifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('passed', sa.Boolean(), nullable=False),
    sa.Column('report', JSON_TYPE, nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('redacted_sha256', sa.String(length=64), nullable=True),
    sa.Column('redaction_count', sa.Integer(), nullable=False),
    sa.Column('decisions_digest', sa.String(length=64), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['document_files.id'], name=op.f('fk_verifications_file_id_document_files'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verifications'))
    )
    with op.batch_alter_table('verifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verifications_file_id'), ['file_id'], unique=False)

    op.create_table('versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('data', JSON_TYPE, nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('at', UTC_DATETIME, nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_versions_actor_id_users'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['file_id'], ['document_files.id'], name=op.f('fk_versions_file_id_document_files'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['item_id'], ['content.id'], name=op.f('fk_versions_item_id_content'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_versions')),
    sa.UniqueConstraint('item_id', 'number', name=op.f('uq_versions_item_id_number'))
    )
    _audit_append_only()


def downgrade() -> None:
    _drop_audit_append_only()
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_content_published_file_id_document_files'), type_='foreignkey')
        batch_op.drop_constraint(op.f('fk_content_current_file_id_document_files'), type_='foreignkey')
    op.drop_table('versions')
    with op.batch_alter_table('verifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_verifications_file_id'))

    op.drop_table('verifications')
    op.drop_table('redaction_proposals')
    with op.batch_alter_table('redaction_decisions', schema=None) as batch_op:
        batch_op.drop_index('ix_redaction_decisions_file_key')

    op.drop_table('redaction_decisions')
    with op.batch_alter_table('feedback_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_feedback_history_feedback_id'))

    op.drop_table('feedback_history')
    with op.batch_alter_table('workflow_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workflow_history_item_id'))

    op.drop_table('workflow_history')
    with op.batch_alter_table('local_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_local_roles_user_id'))

    op.drop_table('local_roles')
    with op.batch_alter_table('feedback', schema=None) as batch_op:
        batch_op.drop_index('ix_feedback_status_created')
        batch_op.drop_index(batch_op.f('ix_feedback_item_id'))

    op.drop_table('feedback')
    with op.batch_alter_table('document_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_files_item_id'))

    op.drop_table('document_files')
    op.drop_table('user_roles')
    with op.batch_alter_table('content', schema=None) as batch_op:
        batch_op.drop_index('ix_content_state_review_by')
        batch_op.drop_index('ix_content_state_expires')
        batch_op.drop_index(batch_op.f('ix_content_published_sha256'))
        batch_op.drop_index(batch_op.f('ix_content_owner_id'))
        batch_op.drop_index('ix_content_children')
        batch_op.drop_index('ix_content_listing')

    op.drop_table('content')
    op.drop_table('users')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_pending')
        batch_op.drop_index(batch_op.f('ix_outbox_item_uid'))

    op.drop_table('outbox')
    op.drop_table('officials')
    op.drop_table('audit_head')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_target'))
        batch_op.drop_index(batch_op.f('ix_audit_events_action'))

    op.drop_table('audit_events')
    op.drop_table('agency_profile')
