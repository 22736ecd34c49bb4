"""covering index for per-learner progress aggregates

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("progress_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_progress_events_learner_activity",
            ["employee_id", "occurred_at", "score"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("progress_events", schema=None) as batch_op:
        batch_op.drop_index("ix_progress_events_learner_activity")
