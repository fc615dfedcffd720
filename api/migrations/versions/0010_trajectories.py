"""Welzijn op Recept trajectories: conversations, spider-web snapshots, linked matches,
chosen activities with their check-ins, and the anonymous monitoring counts that outlive an
erasure.

Revision ID: 0010
Revises: 0004
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trajectories",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("referral_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=100), nullable=False),
        sa.Column("municipality", sa.String(length=6), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["organization_id"], ["organizations.id"]),
        sa.ForeignKeyConstraint(["referral_id"], ["referrals.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("referral_id"),
    )
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trajectories_closed_on"), ["closed_on"])
        batch_op.create_index(batch_op.f("ix_trajectories_organization_id"), ["organization_id"])
        batch_op.create_index(batch_op.f("ix_trajectories_status"), ["status"])

    op.create_table(
        "trajectory_conversations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["trajectory_id"], ["trajectories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trajectory_conversations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_conversations_trajectory_id"), ["trajectory_id"]
        )

    op.create_table(
        "trajectory_snapshots",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("scores", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["trajectory_id"], ["trajectories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trajectory_id", "kind"),
    )

    op.create_table(
        "trajectory_matches",
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("match_id", sa.String(length=36), nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["trajectory_id"], ["trajectories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trajectory_id", "match_id"),
    )

    op.create_table(
        "trajectory_activities",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("trajectory_id", sa.String(length=36), nullable=False),
        sa.Column("activity_id", sa.String(length=100), nullable=False),
        sa.Column("activity_name", sa.String(length=300), nullable=False),
        sa.Column("categories", sa.Text(), nullable=False),
        sa.Column("match_id", sa.String(length=36), nullable=True),
        sa.Column("chosen_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["trajectory_id"], ["trajectories.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("trajectory_activities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_trajectory_activities_trajectory_id"), ["trajectory_id"]
        )

    op.create_table(
        "trajectory_checkins",
        sa.Column("chosen_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("result", sa.String(length=15), nullable=False),
        sa.Column("stop_reason", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["chosen_id"], ["trajectory_activities.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("chosen_id", "month"),
    )

    op.create_table(
        "monitoring_counts",
        sa.Column("quarter", sa.String(length=7), nullable=False),
        sa.Column("municipality", sa.String(length=6), nullable=False),
        sa.Column("metric", sa.String(length=30), nullable=False),
        sa.Column("key", sa.String(length=30), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("quarter", "municipality", "metric", "key"),
    )


def downgrade() -> None:
    op.drop_table("monitoring_counts")
    op.drop_table("trajectory_checkins")
    with op.batch_alter_table("trajectory_activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_activities_trajectory_id"))
    op.drop_table("trajectory_activities")
    op.drop_table("trajectory_matches")
    op.drop_table("trajectory_snapshots")
    with op.batch_alter_table("trajectory_conversations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectory_conversations_trajectory_id"))
    op.drop_table("trajectory_conversations")
    with op.batch_alter_table("trajectories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trajectories_status"))
        batch_op.drop_index(batch_op.f("ix_trajectories_organization_id"))
        batch_op.drop_index(batch_op.f("ix_trajectories_closed_on"))
    op.drop_table("trajectories")
