"""The course catalog: courses, their modules, skills taught and prerequisites."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base

COURSE_FORMATS = ("online", "classroom", "blended", "video")
COURSE_STATUSES = ("active", "retired")
DIFFICULTIES = ("beginner", "intermediate", "advanced")


class Skill(Base):
    __tablename__ = "skills"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    category: Mapped[str | None] = mapped_column(String(100))


class Course(Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'retired')", name="status"),
        CheckConstraint("price IS NULL OR price >= 0", name="price_not_negative"),
        CheckConstraint("hours IS NULL OR hours >= 0", name="hours_not_negative"),
        CheckConstraint("validity_months IS NULL OR validity_months > 0", name="validity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str | None] = mapped_column(String(100), index=True)
    # Comma-separated free tags; search and filters split them.
    tags: Mapped[str] = mapped_column(Text, default="")
    provider: Mapped[str | None] = mapped_column(String(200))
    # Money is stored as a float amount in the course's own currency; totals convert
    # to the base currency with the rates kept in settings.
    price: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(3))
    certificate_price: Mapped[float | None] = mapped_column(Float)
    hours: Mapped[float | None] = mapped_column(Float)
    format: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str | None] = mapped_column(String(16))
    difficulty: Mapped[str | None] = mapped_column(String(20))
    validity_months: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="active")
    # The admin's veto: never recommend this course (it stays in the catalog and in paths
    # built from role gaps; only the "what next" suggestions leave it out).
    hidden_from_recommendations: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )

    modules: Mapped[list[CourseModule]] = relationship(
        back_populates="course", order_by="CourseModule.position", cascade="all, delete-orphan"
    )
    skills: Mapped[list[CourseSkill]] = relationship(
        back_populates="course", cascade="all, delete-orphan"
    )


class CourseModule(Base):
    __tablename__ = "course_modules"
    __table_args__ = (UniqueConstraint("course_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    hours: Mapped[float | None] = mapped_column(Float)

    course: Mapped[Course] = relationship(back_populates="modules")


class CourseSkill(Base):
    """A skill a course teaches, and the level (1–5) it brings a learner to."""

    __tablename__ = "course_skills"
    __table_args__ = (CheckConstraint("level BETWEEN 1 AND 5", name="level"),)

    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[int] = mapped_column(
        ForeignKey("skills.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    level: Mapped[int] = mapped_column(Integer)

    course: Mapped[Course] = relationship(back_populates="skills")
    skill: Mapped[Skill] = relationship()


class Prerequisite(Base):
    """``course`` requires ``required_course`` to be completed first."""

    __tablename__ = "prerequisites"
    __table_args__ = (CheckConstraint("course_id <> required_course_id", name="not_self"),)

    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True
    )
    required_course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True, index=True
    )
