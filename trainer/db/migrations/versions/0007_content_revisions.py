"""Content revisions on records: every answer, lesson-check answer, role-play play and step and live answer keeps
the revision of the content item it answered; a live session keeps the presenter's items as served
and the role-play choices on offer at the step shown.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

REVISED = ("quiz_answer", "scenario_attempt", "scenario_step", "live_answer")


def upgrade() -> None:
    for table in REVISED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("content_revision", sa.String(length=40), nullable=True))
    with op.batch_alter_table("live_session") as batch:
        batch.add_column(sa.Column("content", sa.Text(), nullable=True))
        batch.add_column(sa.Column("offered", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("live_session") as batch:
        batch.drop_column("offered")
        batch.drop_column("content")
    for table in reversed(REVISED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("content_revision")
