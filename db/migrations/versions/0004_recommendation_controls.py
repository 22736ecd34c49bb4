"""the admin's recommendation controls (hidden courses, "not interested"), survey questions

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "hidden_from_recommendations",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.add_column(sa.Column("question", sa.Text(), nullable=True))
    op.create_table(
        "recommendation_dismissals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.Column("dismissed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_recommendation_dismissals_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employees.id"],
            name=op.f("fk_recommendation_dismissals_employee_id_employees"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation_dismissals")),
        sa.UniqueConstraint(
            "employee_id", "course_id", name=op.f("uq_recommendation_dismissals_employee_id")
        ),
    )
    with op.batch_alter_table("recommendation_dismissals", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_recommendation_dismissals_course_id"), ["course_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_recommendation_dismissals_employee_id"), ["employee_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("recommendation_dismissals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_dismissals_employee_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_dismissals_course_id"))
    op.drop_table("recommendation_dismissals")
    with op.batch_alter_table("feedback", schema=None) as batch_op:
        batch_op.drop_column("question")
    with op.batch_alter_table("courses", schema=None) as batch_op:
        batch_op.drop_column("hidden_from_recommendations")
