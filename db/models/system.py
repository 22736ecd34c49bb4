"""Program bookkeeping: the audit log and the settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class AuditEntry(Base):
    """One changed record within one operation; ``changes`` is JSON ``{field: [old, new]}``."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    # Groups the entries written by one operation (one transaction).
    operation: Mapped[int] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))  # insert / update / delete / bulk
    table_name: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[str] = mapped_column(String(200))
    changes: Mapped[str] = mapped_column(Text, default="{}")
    actor: Mapped[str] = mapped_column(String(200), default="")
    # The person and the course the entry concerns (their own row or a child row), so
    # their History tabs read by index. Plain integers, not foreign keys: the log
    # outlives the records it describes.
    employee_ref: Mapped[int | None] = mapped_column(Integer, index=True)
    course_ref: Mapped[int | None] = mapped_column(Integer, index=True)
    # The row's primary key as JSON ({"course_id": 1, "skill_id": 2}), which Undo uses
    # to find it again even when the readable record_key (a code) was edited.
    record_pk: Mapped[str | None] = mapped_column(Text)


class Setting(Base):
    """A key → JSON value pair; typed access lives in ``core.settings``."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
