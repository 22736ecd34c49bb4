"""People: departments, roles and the skills they require, employees and their skill levels."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base


class Department(Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    # Yearly training budget in the base currency.
    yearly_budget: Mapped[float | None] = mapped_column(Float)


class Role(Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")

    skills: Mapped[list[RoleSkill]] = relationship(cascade="all, delete-orphan")


class RoleSkill(Base):
    """A skill a role requires, at a level 1–5."""

    __tablename__ = "role_skills"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level"),)

    role_id: Mapped[int] = mapped_column(
        ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    level: Mapped[int] = mapped_column(Integer)


class Employee(Base):
    __tablename__ = "employees"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Kept as text: HR identifiers often carry leading zeros.
    employee_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # Unique when present; SQLite allows many NULLs under a UNIQUE constraint.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("departments.id", ondelete="SET NULL"), index=True
    )
    role_id: Mapped[int | None] = mapped_column(
        ForeignKey("roles.id", ondelete="SET NULL"), index=True
    )
    manager_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id", ondelete="SET NULL"), index=True
    )
    hire_date: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    department: Mapped[Department | None] = relationship()
    role: Mapped[Role | None] = relationship()
    manager: Mapped[Employee | None] = relationship(remote_side=[id])


class EmployeeSkill(Base):
    """A person's current level in a skill, from a completed course or set by hand."""

    __tablename__ = "employee_skills"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 5", name="level"),
        CheckConstraint("source IN ('course', 'manual', 'import')", name="source"),
    )

    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employees.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    level: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10), default="manual")
    updated_on: Mapped[dt.date | None] = mapped_column(Date)
