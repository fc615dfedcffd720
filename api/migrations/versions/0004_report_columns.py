"""The coverage report counts in the database: each logged match keeps its first needed
category, its quarter and the first categories of what was chosen, indexed by municipality
and time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    with op.batch_alter_table("match_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_category", sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column("quarter", sa.String(length=7), nullable=True))
        batch_op.add_column(sa.Column("chosen_first", sa.String(length=300), nullable=True))
        batch_op.create_index("ix_match_log_municipality_at", ["municipality", "at"], unique=False)
    # what is logged already gets the same values as a new match would
    conn = op.get_bind()
    log = sa.table(
        "match_log",
        sa.column("id", sa.String),
        sa.column("at", sa.DateTime),
        sa.column("categories", sa.Text),
        sa.column("chosen", sa.Text),
        sa.column("first_category", sa.String),
        sa.column("quarter", sa.String),
        sa.column("chosen_first", sa.String),
    )
    rows = conn.execute(sa.select(log.c.id, log.c.at, log.c.categories, log.c.chosen)).all()
    for i in range(0, len(rows), BATCH):
        values = []
        for r in rows[i : i + BATCH]:
            categories = json.loads(r.categories) if r.categories else []
            chosen = json.loads(r.chosen) if r.chosen else None
            values.append(
                {
                    "row_id": r.id,
                    "first": (categories or ["other"])[0],
                    "q": f"{r.at.year}-Q{(r.at.month - 1) // 3 + 1}",
                    "picked": None
                    if chosen is None
                    else ",".join(c["categories"][0] for c in chosen if c.get("categories")),
                }
            )
        conn.execute(
            log.update()
            .where(log.c.id == sa.bindparam("row_id"))
            .values(
                first_category=sa.bindparam("first"),
                quarter=sa.bindparam("q"),
                chosen_first=sa.bindparam("picked"),
            ),
            values,
        )


def downgrade() -> None:
    with op.batch_alter_table("match_log", schema=None) as batch_op:
        batch_op.drop_index("ix_match_log_municipality_at")
        batch_op.drop_column("chosen_first")
        batch_op.drop_column("quarter")
        batch_op.drop_column("first_category")
