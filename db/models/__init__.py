"""All tables of a Training Desk file. Import from here."""

from db.models.base import Base
from db.models.catalog import (
    COURSE_FORMATS,
    COURSE_STATUSES,
    DIFFICULTIES,
    Course,
    CourseModule,
    CourseSkill,
    Prerequisite,
    Skill,
)
from db.models.learning import (
    ASSIGNMENT_SOURCES,
    ASSIGNMENT_STATUSES,
    EVENT_KINDS,
    Assignment,
    Completion,
    Feedback,
    PathItem,
    PathTemplate,
    ProgressEvent,
    RecommendationDismissal,
)
from db.models.people import Department, Employee, EmployeeSkill, Role, RoleSkill
from db.models.system import AuditEntry, Setting

__all__ = [
    "ASSIGNMENT_SOURCES",
    "ASSIGNMENT_STATUSES",
    "COURSE_FORMATS",
    "COURSE_STATUSES",
    "DIFFICULTIES",
    "EVENT_KINDS",
    "Assignment",
    "AuditEntry",
    "Base",
    "Completion",
    "Course",
    "CourseModule",
    "CourseSkill",
    "Department",
    "Employee",
    "EmployeeSkill",
    "Feedback",
    "PathItem",
    "PathTemplate",
    "Prerequisite",
    "ProgressEvent",
    "RecommendationDismissal",
    "Role",
    "RoleSkill",
    "Setting",
    "Skill",
]
