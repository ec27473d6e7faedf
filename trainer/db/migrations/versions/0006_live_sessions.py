"""Live classroom sessions: a presenter's quiz or role-play, the trainees who joined it, and their answers.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "live_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=100), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=True),
        sa.Column("item_index", sa.Integer(), nullable=False),
        sa.Column("options", sa.Integer(), nullable=False),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("question_ids", sa.Text(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_session")),
    )
    # a code is unique among the open sessions only; joining looks it up here
    op.create_index("ix_live_session_open_code", "live_session", ["code"], unique=True,
                    sqlite_where=sa.text("closed_at IS NULL"), postgresql_where=sa.text("closed_at IS NULL"))
    op.create_table(
        "live_participant",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=True),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["live_session.id"],
                                name=op.f("fk_live_participant_session_id_live_session"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_live_participant_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["attempt_id"], ["quiz_attempt.id"],
                                name=op.f("fk_live_participant_attempt_id_quiz_attempt"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("session_id", "trainee_id", name=op.f("pk_live_participant")),
    )
    op.create_table(
        "live_answer",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("choice", sa.Integer(), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id", "trainee_id"],
                                ["live_participant.session_id", "live_participant.trainee_id"],
                                name=op.f("fk_live_answer_session_id_live_participant"), ondelete="CASCADE"),
        # (session, item) first: the presenter's tally is one range of this key
        sa.PrimaryKeyConstraint("session_id", "item", "trainee_id", name=op.f("pk_live_answer")),
    )


def downgrade() -> None:
    op.drop_table("live_answer")
    op.drop_table("live_participant")
    op.drop_index("ix_live_session_open_code", table_name="live_session")
    op.drop_table("live_session")
