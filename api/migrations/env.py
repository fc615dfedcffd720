"""Alembic environment: run by api.store.migrate() with a connection, or by the alembic CLI
(``alembic -c api/migrations/alembic.ini upgrade head`` with SOCIALMAP_DATABASE_URL set)."""

import os

from alembic import context
from sqlalchemy import create_engine

import api.outbox  # noqa: F401  (its table on the metadata)
import api.upkeep.tables  # noqa: F401  (the upkeep tables on the metadata)
from api.store import metadata

config = context.config
connection = config.attributes.get("connection")

if connection is not None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    url = os.environ.get("SOCIALMAP_DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    engine = create_engine(url)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
