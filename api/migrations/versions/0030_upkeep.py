"""Upkeep: review digests, reminders and one-click links; reports of wrong listings;
duplicate pairs and merged ids; digest addresses; the link-signing key.

Revision ID: 0030
Revises: 0010
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0030"
down_revision = "0010"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_digests",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("organization_id", sa.String(100), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("to_address", sa.String(320), nullable=False),
        sa.Column("listings", sa.Integer(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("organization_id", "week", name="uq_review_digests_org_week"),
    )
    op.create_table(
        "review_reminders",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("activity_id", sa.String(100), nullable=False, index=True),
        sa.Column("stage", sa.String(10), nullable=False),
        sa.Column("assured_date", sa.String(10), nullable=False),
        sa.Column("digest_id", sa.String(36), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.UniqueConstraint("activity_id", "stage", "assured_date", name="uq_review_reminders"),
    )
    op.create_table(
        "review_links",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("activity_id", sa.String(100), nullable=False, index=True),
        sa.Column("digest_id", sa.String(36), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.Column("used_at", TZ),
    )
    op.create_table(
        "listing_reports",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("activity_id", sa.String(100), nullable=False, index=True),
        sa.Column("organization_id", sa.String(100), nullable=False, index=True),
        sa.Column("municipality", sa.String(6), index=True),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("remark", sa.Text()),
        sa.Column("source", sa.String(10), nullable=False),
        sa.Column("reporter", sa.String(100)),
        sa.Column("created_at", TZ, nullable=False, index=True),
        sa.Column("resolved_at", TZ),
        sa.Column("resolution", sa.String(20)),
        sa.Column("resolved_by", sa.String(100)),
    )
    op.create_table(
        "duplicate_pairs",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("a_id", sa.String(100), nullable=False, index=True),
        sa.Column("b_id", sa.String(100), nullable=False, index=True),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False, index=True),
        sa.Column("kept_id", sa.String(100)),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("decided_at", TZ),
        sa.Column("decided_by", sa.String(100)),
        sa.UniqueConstraint("a_id", "b_id", name="uq_duplicate_pairs"),
    )
    op.create_table(
        "merged_ids",
        sa.Column("id", sa.String(100), primary_key=True),
        sa.Column("into_id", sa.String(100), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "review_contacts",
        sa.Column("organization_id", sa.String(100), primary_key=True),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
    )
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.String(200), nullable=False),
    )


def downgrade() -> None:
    for name in (
        "app_secrets",
        "review_contacts",
        "merged_ids",
        "duplicate_pairs",
        "listing_reports",
        "review_links",
        "review_reminders",
        "review_digests",
    ):
        op.drop_table(name)
