"""One person's full training history, for appraisals and audits.

Every assignment (whatever became of it), every recorded completion with its certificate
expiry, and the skills held now. Nothing is summarised away: an auditor reads it all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.messages import msg
from core.reports.base import Renderer, ReportResult, SectionStart, write_atomically
from core.reports.plan import DASH, person_block
from core.reports.plan_data import PersonHeader, PlanDocument, find_person, person_headers
from core.reports.text import para
from core.settings import load_settings
from db.models import Assignment, Completion, Course, EmployeeSkill, Skill


@dataclass(frozen=True)
class AssignmentLine:
    code: str
    title: str
    assigned: dt.date | None
    due: dt.date | None
    status: str
    percent: float
    score: float | None
    hours: float
    completed: dt.date | None
    mandatory: bool


@dataclass(frozen=True)
class CompletionLine:
    code: str
    title: str
    completed: dt.date
    score: float | None
    expires: dt.date | None


@dataclass(frozen=True)
class Transcript:
    person: PersonHeader
    assignments: list[AssignmentLine]
    completions: list[CompletionLine]
    skills: list[tuple[str, int, str]]  # name, level, source

    @property
    def hours(self) -> float:
        return sum(line.hours for line in self.assignments)


def load_transcript(session: Session, person_id: int) -> Transcript:
    assignments = [
        AssignmentLine(*cast(tuple[Any, ...], row))
        for row in session.execute(
            select(
                Course.code,
                Course.title,
                Assignment.assigned_on,
                Assignment.due_date,
                Assignment.status,
                Assignment.percent,
                Assignment.score,
                Assignment.hours,
                Assignment.completed_on,
                Assignment.mandatory,
            )
            .join(Course, Course.id == Assignment.course_id)
            .where(Assignment.employee_id == person_id)
            .order_by(Assignment.assigned_on, Assignment.id)
        )
    ]
    completions = [
        CompletionLine(*row)
        for row in session.execute(
            select(
                Course.code,
                Course.title,
                Completion.completed_on,
                Completion.score,
                Completion.expires_on,
            )
            .join(Course, Course.id == Completion.course_id)
            .where(Completion.employee_id == person_id)
            .order_by(Completion.completed_on, Completion.id)
        )
    ]
    skills = [
        (name, level, source)
        for name, level, source in session.execute(
            select(Skill.name, EmployeeSkill.level, EmployeeSkill.source)
            .join(Skill, Skill.id == EmployeeSkill.skill_id)
            .where(EmployeeSkill.employee_id == person_id)
            .order_by(Skill.name)
        )
    ]
    person = person_headers(session, [person_id])[person_id]
    return Transcript(person, assignments, completions, skills)


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else DASH


def _number(value: float | None) -> str:
    return DASH if value is None else f"{value:g}"


def _assignment_rows(r: Renderer, lines: list[AssignmentLine]) -> list[list[object]]:
    return [
        [
            r.course_cell(line.title, line.code),
            _day(line.assigned),
            _day(line.due),
            msg(f"report.status.{line.status}"),
            f"{line.percent:.0f}",
            _number(line.score),
            _number(round(line.hours, 1)),
            _day(line.completed),
            msg("report.mandatory" if line.mandatory else "report.optional"),
        ]
        for line in lines
    ]


def transcript_story(r: Renderer, t: Transcript) -> list[Flowable]:
    s = r.styles
    done = sum(1 for line in t.assignments if line.status == "completed")
    still_open = sum(1 for line in t.assignments if line.status in ("not_started", "in_progress"))
    summary = msg(
        "report.transcript.summary", completed=done, open=still_open, hours=f"{t.hours:.1f}"
    )
    shell = PlanDocument(t.person, {}, {}, None, "")
    story: list[Flowable] = [
        para(msg("report.transcript.title"), s.title),
        person_block(r, shell),
        para(summary, s.subtitle),
        *r.heading(msg("report.transcript.assignments")),
    ]
    cols = ("course", "assigned", "due", "status", "percent", "score", "hours", "completed")
    head = [*(msg(f"report.col.{c}") for c in cols), msg("report.plan.col.flag")]
    widths = (0.22, 0.11, 0.11, 0.11, 0.05, 0.07, 0.07, 0.11, 0.11)
    if t.assignments:
        story.append(r.table(head, _assignment_rows(r, t.assignments), widths, right=(4, 5, 6)))
    else:
        story.append(para(msg("report.transcript.none"), s.body))
    story += r.heading(msg("report.transcript.completions"))
    if t.completions:
        rows: list[list[Any]] = [
            [r.course_cell(c.title, c.code), _day(c.completed), _number(c.score), _day(c.expires)]
            for c in t.completions
        ]
        head = [msg(f"report.col.{c}") for c in ("course", "completed", "score", "expiry")]
        story.append(r.table(head, rows, (0.55, 0.15, 0.12, 0.18), right=(2,)))
    else:
        story.append(para(msg("report.transcript.none"), s.body))
    story += r.heading(msg("report.transcript.skills"))
    if t.skills:
        skill_rows: list[list[Any]] = [
            [name, str(level), msg(f"report.source.{src}")] for name, level, src in t.skills
        ]
        head = [msg(f"report.col.{c}") for c in ("skill", "level", "source")]
        story.append(r.table(head, skill_rows, (0.6, 0.15, 0.25), right=(1,), span=0.6))
    else:
        story.append(para(msg("report.transcript.none"), s.body))
    return story


def write_transcript(
    session: Session, learner: str, path: Path, today: dt.date | None = None
) -> ReportResult:
    """The transcript PDF of one person (employee id or email) at ``path``."""
    day = today or dt.date.today()
    transcript = load_transcript(session, find_person(session, learner))
    title = f"{msg('report.transcript.title').text()} — {transcript.person.name}"
    renderer = Renderer(load_settings(session), title, day)
    story = [SectionStart(title), *transcript_story(renderer, transcript)]
    pages = write_atomically(path, lambda out: renderer.render(story, out))
    return ReportResult(Path(path), pages, len(transcript.assignments))
