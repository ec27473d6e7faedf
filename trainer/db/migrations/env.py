"""Alembic environment: always run programmatically with a connection handed over by trainer.db.migrate."""

from alembic import context

from trainer.db.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode recreates tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
