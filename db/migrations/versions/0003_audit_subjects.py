"""audit entries name the person and course they concern, and the row's primary key

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("employee_ref", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("course_ref", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("record_pk", sa.Text(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_log_employee_ref"), ["employee_ref"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_log_course_ref"), ["course_ref"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_course_ref"))
        batch_op.drop_index(batch_op.f("ix_audit_log_employee_ref"))
        batch_op.drop_column("record_pk")
        batch_op.drop_column("course_ref")
        batch_op.drop_column("employee_ref")
