"""Tracking: teams and intakes, running totals for the dashboard, the audit log, passcode lockout.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trainee") as batch:
        batch.add_column(sa.Column("team", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("intake", sa.String(length=100), nullable=True))
    with op.batch_alter_table("manager") as batch:
        batch.add_column(sa.Column("failed_attempts", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "trainee_stats",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), server_default="0", nullable=False),
        sa.Column("correct", sa.Integer(), server_default="0", nullable=False),
        sa.Column("quizzes_passed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("quizzes_failed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("best_quiz", sa.Float(), nullable=True),
        sa.Column("lessons_completed", sa.Integer(), server_default="0", nullable=False),
        sa.Column("plays", sa.Integer(), server_default="0", nullable=False),
        sa.Column("play_score", sa.Float(), server_default="0", nullable=False),
        sa.Column("last_activity", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_trainee_stats_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trainee_id", name=op.f("pk_trainee_stats")),
    )
    op.create_table(
        "competency_stats",
        sa.Column("trainee_id", sa.Integer(), nullable=False),
        sa.Column("competency", sa.String(length=64), nullable=False),
        sa.Column("answers", sa.Integer(), server_default="0", nullable=False),
        sa.Column("correct", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(["trainee_id"], ["trainee.id"], name=op.f("fk_competency_stats_trainee_id_trainee"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("trainee_id", "competency", name=op.f("pk_competency_stats")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    # existing records start their running totals from what is already there
    op.execute("INSERT INTO trainee_stats (trainee_id, answers, correct, quizzes_passed, quizzes_failed, "
               "lessons_completed, plays, play_score) SELECT id, 0, 0, 0, 0, 0, 0, 0 FROM trainee")
    op.execute("UPDATE trainee_stats SET answers = (SELECT count(*) FROM quiz_answer a JOIN quiz_attempt q "
               "ON q.id = a.attempt_id WHERE q.trainee_id = trainee_stats.trainee_id), "
               "correct = (SELECT count(*) FROM quiz_answer a JOIN quiz_attempt q ON q.id = a.attempt_id "
               "WHERE q.trainee_id = trainee_stats.trainee_id AND a.correct), "
               "lessons_completed = (SELECT count(*) FROM lesson_progress p WHERE p.trainee_id = "
               "trainee_stats.trainee_id AND p.completed_at IS NOT NULL)")


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_table("competency_stats")
    op.drop_table("trainee_stats")
    with op.batch_alter_table("manager") as batch:
        batch.drop_column("locked_until")
        batch.drop_column("failed_attempts")
    with op.batch_alter_table("trainee") as batch:
        batch.drop_column("intake")
        batch.drop_column("team")
