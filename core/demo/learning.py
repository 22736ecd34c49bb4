"""Eighteen months of learning, person by person, handed to the writer in batches.

Batches keep memory flat at full size (two million events never sit in memory at once)
and give natural points to report progress and to notice Cancel.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from core.calendar import add_months
from core.demo.catalog import Catalog, CourseSpec
from core.demo.company import Company
from core.demo.dates import day_text
from core.demo.feedback import FeedbackMaker, FeedbackRow
from core.demo.plan import Learner, PlannedAssignment
from core.demo.simulate import AssignmentRow, EventRow, Simulator

CompletionRow = tuple[int, int, int, int | None, str, float | None, str | None]
EmployeeSkillRow = tuple[int, int, int, str, str]

BATCH_PEOPLE = 500
MAX_EARLIER_CERTIFICATES = 2
# How far a person's own level sits below (+) or above (-) what their role requires.
ROLE_GAPS = (-1, 0, 1, 2)
ROLE_GAP_WEIGHTS = (0.1, 0.45, 0.3, 0.15)
IMPORTED_SKILL_SHARE = 0.25


@dataclass
class Batch:
    assignments: list[AssignmentRow] = field(default_factory=list)
    completions: list[CompletionRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)
    feedback: list[FeedbackRow] = field(default_factory=list)
    employee_skills: list[EmployeeSkillRow] = field(default_factory=list)


class LearningRun:
    def __init__(
        self,
        company: Company,
        catalog: Catalog,
        simulator: Simulator,
        feedback: FeedbackMaker,
        as_of: int,
        rng: random.Random,
    ) -> None:
        self.company = company
        self.catalog = catalog
        self.simulator = simulator
        self.feedback = feedback
        self.as_of = as_of
        self.rng = rng
        self.roles_by_id = {role.id: role for role in company.roles.values()}
        self.next_completion_id = 1

    def run(
        self,
        learners: list[Learner],
        write: Callable[[Batch], None],
        progress: Callable[[int, int], None],
    ) -> None:
        for start in range(0, len(learners), BATCH_PEOPLE):
            batch = Batch()
            for learner in learners[start : start + BATCH_PEOPLE]:
                self._learner(learner, batch)
            batch.events = self.simulator.events
            self.simulator.events = []
            write(batch)
            progress(min(start + BATCH_PEOPLE, len(learners)), len(learners))

    def _learner(self, learner: Learner, batch: Batch) -> None:
        completed: list[tuple[int, CourseSpec]] = []  # (day, course) for skill levels
        for planned in learner.assignments:
            course = self.catalog.course(planned.course_id)
            if course.validity_months:
                for day, score in self._earlier_certificates(learner, planned, course):
                    batch.completions.append(self._completion(learner, course, None, day, score))
                    completed.append((day, course))
            outcome = self.simulator.run(learner, planned)
            batch.assignments.append(outcome.row)
            if outcome.completed_day is not None:
                row = self._completion(
                    learner, course, planned.id, outcome.completed_day, outcome.score
                )
                batch.completions.append(row)
                completed.append((outcome.completed_day, course))
            feedback = self.feedback.feedback_for(learner, course, outcome, self.as_of)
            if feedback is not None:
                batch.feedback.append(feedback)
        batch.employee_skills.extend(self._skills(learner, completed))

    def _completion(
        self,
        learner: Learner,
        course: CourseSpec,
        assignment_id: int | None,
        day: int,
        score: float | None,
    ) -> CompletionRow:
        expires = None
        if course.validity_months:
            expires = add_months(dt.date.fromordinal(day), course.validity_months).isoformat()
        row = (
            self.next_completion_id,
            learner.person.id,
            course.id,
            assignment_id,
            day_text(day),
            score,
            expires,
        )
        self.next_completion_id += 1
        return row

    def _earlier_certificates(
        self, learner: Learner, planned: PlannedAssignment, course: CourseSpec
    ) -> list[tuple[int, float]]:
        """Recertification history: the certificate this assignment renews, and older ones.

        A renewal falls due about when the previous certificate expires, so the previous one
        was earned ``validity_months`` before the due date, give or take a few weeks.
        """
        rng, months = self.rng, course.validity_months
        assert months is not None
        earned = dt.date.fromordinal(planned.due_day)
        history: list[tuple[int, float]] = []
        while len(history) < MAX_EARLIER_CERTIFICATES:
            earned = add_months(earned, -months) - dt.timedelta(days=rng.randint(0, 20))
            if earned.toordinal() <= learner.person.hire_day + 30:
                break
            score = float(min(100, max(70, round(rng.gauss(learner.profile.ability + 4, 8)))))
            history.append((earned.toordinal(), score))
        return history[::-1]

    def _skills(
        self, learner: Learner, completed: list[tuple[int, CourseSpec]]
    ) -> list[EmployeeSkillRow]:
        rng, person = self.rng, learner.person
        levels: dict[int, tuple[int, str, int]] = {}
        baseline_day = min(self.as_of, person.hire_day + rng.randint(0, 90))
        for skill_id, required in self.roles_by_id[person.role_id].skills:
            level = min(5, required - rng.choices(ROLE_GAPS, weights=ROLE_GAP_WEIGHTS)[0])
            source = "import" if rng.random() < IMPORTED_SKILL_SHARE else "manual"
            if level > 0:
                levels[skill_id] = (level, source, baseline_day)
        for day, course in sorted(completed, key=lambda pair: (pair[0], pair[1].id)):
            for skill_id, taught in course.skills:
                current = levels.get(skill_id)
                if current is None or taught > current[0]:
                    levels[skill_id] = (taught, "course", day)
        for skill_id, holder in self.company.rare_holders.items():
            if holder == person.id:
                levels[skill_id] = (rng.randint(3, 5), "manual", baseline_day)
        return [
            (person.id, skill_id, level, source, day_text(day))
            for skill_id, (level, source, day) in sorted(levels.items())
        ]
