"""Welzijn op Recept referrals: the referrer role's AGB code on tokens, the referrals, their
FHIR Tasks, and the anonymous referral counts that outlive an erasure.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agb", sa.String(length=8), nullable=True))

    op.create_table(
        "referrals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("client_reference", sa.String(length=40), nullable=False),
        sa.Column("icpc_code", sa.String(length=3), nullable=False),
        sa.Column("referrer_type", sa.String(length=20), nullable=False),
        sa.Column("referrer_agb", sa.String(length=8), nullable=False),
        sa.Column("organization_id", sa.String(length=100), nullable=False),
        sa.Column("municipality", sa.String(length=6), nullable=True),
        sa.Column("referral_date", sa.Date(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_referrals_referrer_agb"), ["referrer_agb"], unique=False
        )

    op.create_table(
        "referral_tasks",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reject_reason", sa.String(length=20), nullable=True),
        sa.Column("first_contact_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("referral_id"),
    )
    with op.batch_alter_table("referral_tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referral_tasks_status"), ["status"], unique=False)

    op.create_table(
        "referral_counts",
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("municipality", sa.String(length=6), nullable=False),
        sa.Column("referrer_type", sa.String(length=20), nullable=False),
        sa.Column("icpc_code", sa.String(length=3), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("quarter", "municipality", "referrer_type", "icpc_code"),
    )


def downgrade() -> None:
    op.drop_table("referral_counts")
    with op.batch_alter_table("referral_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_tasks_status"))
    op.drop_table("referral_tasks")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_referrer_agb"))
        batch_op.drop_index(batch_op.f("ix_referrals_organization_id"))
        batch_op.drop_index(batch_op.f("ix_referrals_created_at"))
    op.drop_table("referrals")
    with op.batch_alter_table("tokens", schema=None) as batch_op:
        batch_op.drop_column("agb")
