"""Quiz specs, time used and assessments; spaced review cards and their history.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("spec", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment")),
        sa.UniqueConstraint("name", name=op.f("uq_assessment_name")),
    )
    op.create_table(
        "assignment",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessment.id"], name=op.f("fk_assignment_assessment_id_assessment"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_assignment_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("assessment_id", "trainee_id", name=op.f("pk_assignment")),
    )
    with op.batch_alter_table("quiz_attempt") as batch:
        batch.add_column(sa.Column("spec", sa.Text(), nullable=True))
        batch.add_column(sa.Column("assessment_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("seconds_used", sa.Float(), server_default="0", nullable=False))
        batch.create_foreign_key(op.f("fk_quiz_attempt_assessment_id_assessment"), "assessment", ["assessment_id"],
                                 ["id"], ondelete="SET NULL")
    op.create_table(
        "review_card",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("card", sa.Text(), nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_review_card_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trainee_id", "item_id", name=op.f("pk_review_card")),
    )
    op.create_index(op.f("ix_review_card_due"), "review_card", ["due"], unique=False)
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=120), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_review_log_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
    )
    op.create_index(op.f("ix_review_log_trainee_id"), "review_log", ["trainee_id"], unique=False)


def downgrade() -> None:
    op.drop_table("review_log")
    op.drop_table("review_card")
    with op.batch_alter_table("quiz_attempt") as batch:
        batch.drop_constraint(op.f("fk_quiz_attempt_assessment_id_assessment"), type_="foreignkey")
        batch.drop_column("seconds_used")
        batch.drop_column("assessment_id")
        batch.drop_column("spec")
    op.drop_table("assignment")
    op.drop_table("assessment")
