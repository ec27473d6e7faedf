"""Role-play attempts and their steps.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scenario_attempt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.String(length=100), nullable=False),
        sa.Column("lang", sa.String(length=5), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ending", sa.String(length=100), nullable=True),
        sa.Column("rating", sa.String(length=20), nullable=True),
        sa.Column("scores", sa.Text(), nullable=True),
        sa.Column("maxima", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_scenario_attempt_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_attempt")),
    )
    op.create_index(op.f("ix_scenario_attempt_trainee_id"), "scenario_attempt", ["trainee_id"], unique=False)
    op.create_table(
        "scenario_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("choice_id", sa.String(length=100), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=True),
        sa.Column("score", sa.Text(), nullable=False),
        sa.Column("flags", sa.Text(), nullable=False),
        sa.Column("phrase_hits", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("was_best", sa.Boolean(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attempt_id"], ["scenario_attempt.id"],
                                name=op.f("fk_scenario_step_attempt_id_scenario_attempt"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scenario_step")),
        sa.UniqueConstraint("attempt_id", "position", name=op.f("uq_scenario_step_attempt_id")),
    )
    op.create_index(op.f("ix_scenario_step_attempt_id"), "scenario_step", ["attempt_id"], unique=False)


def downgrade() -> None:
    op.drop_table("scenario_step")
    op.drop_table("scenario_attempt")
