"""Who is assigned what, when: mandatory training, paths, role courses, recommendations.

Weak courses are chosen first and made popular, so that planning assigns them to enough
people — a weak course nobody took would plant nothing to find.
"""

from __future__ import annotations

import bisect
import itertools
import random
from dataclasses import dataclass, field

from core.demo.behaviour import (
    AT_RISK_CHANCE,
    Profile,
    at_risk_version,
    draw_behaviour,
    draw_profile,
)
from core.demo.catalog import Catalog, CourseSpec, PathSpec
from core.demo.company import Company, Person
from core.demo.dates import history_start

MANDATORY_DUE_DAYS = 30
MANAGER_PATH_SHARE = 0.4
ROLE_PATH_SHARE = 0.45
MANDATORY_ROLE_COURSE_SHARE = 0.15
WEAK_COURSE_SHARE = 0.07
WEAK_POPULARITY_BOOST = 4.0
QUIT_AFTER_DAYS = (90, 360)  # dropouts stop optional learning this long before as_of
VIDEO_THEMES = ("audio", "long_videos")
LATEST_DROPOFF = 4


@dataclass(slots=True)
class PlannedAssignment:
    id: int
    course_id: int
    path_id: int | None
    assigned_day: int
    due_day: int
    mandatory: bool
    source: str
    # Planted: an at-risk person lets this mandatory course slide.
    neglect: bool = False


@dataclass(slots=True)
class Learner:
    person: Person
    profile: Profile
    at_risk: bool
    quit_day: int | None  # dropouts: no optional learning after this day
    assignments: list[PlannedAssignment] = field(default_factory=list)

    def last_day(self, as_of: int) -> int:
        leave = self.person.leave_day
        return as_of if leave is None else min(as_of, leave)


@dataclass(frozen=True, slots=True)
class WeakCourse:
    course_id: int
    dropoff_position: int  # 1-based module position where learners give up
    themes: tuple[str, ...]


class _CoursePicker:
    """Indexes of the active catalog for quick, language-aware, popularity-weighted picks."""

    def __init__(self, catalog: Catalog) -> None:
        active = [c for c in catalog.courses if c.status == "active"]
        self.catalog = catalog
        self.active_ids = [c.id for c in active]
        self.cumulative = list(itertools.accumulate(c.popularity for c in active))
        self.by_skill: dict[int, list[int]] = {}
        for course in active:
            for skill_id, _level in course.skills:
                self.by_skill.setdefault(skill_id, []).append(course.id)
        self.mandatory: dict[str, list[CourseSpec]] = {}
        for course in active:
            if course.mandatory_group:
                self.mandatory.setdefault(course.mandatory_group, []).append(course)

    def popular(self, rng: random.Random) -> int | None:
        if not self.active_ids:
            return None
        index = bisect.bisect_right(self.cumulative, rng.random() * self.cumulative[-1])
        return self.active_ids[min(index, len(self.active_ids) - 1)]

    def in_language(self, rng: random.Random, options: list[int], chinese: bool) -> int:
        """Most people prefer courses in their own language, but not all of them."""
        choice = rng.choice(options)
        if (self.catalog.course(choice).language == "zh") != chinese and rng.random() < 0.5:
            choice = rng.choice(options)
        return choice

    def mandatory_for(self, person: Person) -> list[CourseSpec]:
        """One course per mandatory group that applies to the person's department."""
        chosen = []
        for group in sorted(self.mandatory):
            courses = self.mandatory[group]
            rule = courses[0].topic.mandatory_for
            if "*" not in rule and person.department_code not in rule:
                continue
            wanted = "zh" if person.chinese else "en"
            chosen.append(next((c for c in courses if c.language == wanted), courses[0]))
        return chosen


class _Planner:
    def __init__(self, company: Company, catalog: Catalog, as_of: int, rng: random.Random):
        self.company = company
        self.catalog = catalog
        self.as_of = as_of
        self.rng = rng
        self.history_start = history_start(as_of)
        self.picker = _CoursePicker(catalog)
        self.roles_by_id = {role.id: role for role in company.roles.values()}
        self.next_id = 1

    def learner(self, person: Person) -> Learner:
        rng = self.rng
        behaviour = draw_behaviour(rng)
        profile = draw_profile(rng, behaviour)
        at_risk = person.active and rng.random() < AT_RISK_CHANCE[behaviour]
        quit_day = None
        if behaviour == "dropouts":
            quit_day = self.as_of - rng.randint(*QUIT_AFTER_DAYS)
        learner = Learner(person, profile, at_risk, quit_day)
        self._assign(learner)
        if at_risk and not any(a.neglect and a.due_day < self.as_of for a in learner.assignments):
            learner.at_risk = False  # too new to be overdue on anything mandatory yet
        if learner.at_risk:
            learner.profile = at_risk_version(profile)
        return learner

    def _window(self, learner: Learner) -> tuple[int, int]:
        first = max(self.history_start, learner.person.hire_day + 1)
        last = max(first, learner.last_day(self.as_of) - 3)
        return first, last

    def _add(
        self, learner: Learner, course_id: int, assigned: int, due: int, *, mandatory: bool,
        source: str, path_id: int | None = None,
    ) -> PlannedAssignment | None:  # fmt: skip
        if any(a.course_id == course_id for a in learner.assignments):
            return None
        planned = PlannedAssignment(
            self.next_id, course_id, path_id, assigned, due, mandatory, source
        )
        self.next_id += 1
        learner.assignments.append(planned)
        return planned

    def _assign(self, learner: Learner) -> None:
        first, last = self._window(learner)
        new_joiner = learner.person.hire_day >= self.history_start
        self._mandatory(learner, first, last, new_joiner)
        if learner.quit_day is not None:
            # A dropout's optional courses come from the time they were still keen.
            last = max(first, min(last, learner.quit_day - 14))
        self._paths(learner, first, last, new_joiner)
        self._role_courses(learner, first, last)
        self._electives(learner, first, last)

    def _mandatory(self, learner: Learner, first: int, last: int, new_joiner: bool) -> None:
        rng = self.rng
        for n, course in enumerate(self.picker.mandatory_for(learner.person)):
            assigned = first if new_joiner else rng.randint(first, last)
            neglect = learner.at_risk and (n == 0 or rng.random() < 0.5)
            if neglect:
                # Fell due in the last two months and is still far from done.
                assigned = max(first, self.as_of - MANDATORY_DUE_DAYS - rng.randint(1, 60))
            planned = self._add(
                learner, course.id, assigned, assigned + MANDATORY_DUE_DAYS,
                mandatory=True, source="manual",
            )  # fmt: skip
            if planned is not None:
                planned.neglect = neglect

    def _path_for(self, learner: Learner, new_joiner: bool) -> PathSpec | None:
        person, rng = learner.person, self.rng
        for path in self.catalog.paths:
            audience = path.audience
            if audience == "new_joiners" and new_joiner:
                return path
            if audience == "managers" and person.is_manager and rng.random() < MANAGER_PATH_SHARE:
                return path
            roles = (
                audience.removeprefix("role:").split(",") if audience.startswith("role:") else []
            )
            if person.role_code in roles and rng.random() < ROLE_PATH_SHARE:
                return path
        return None

    def _paths(self, learner: Learner, first: int, last: int, new_joiner: bool) -> None:
        path = self._path_for(learner, new_joiner)
        if path is None:
            return
        start = first if new_joiner else self.rng.randint(first, last)
        for course_id, offset in path.items:
            self._add(
                learner, course_id, start, start + offset,
                mandatory=False, source="path", path_id=path.id,
            )  # fmt: skip

    def _role_courses(self, learner: Learner, first: int, last: int) -> None:
        rng, picker = self.rng, self.picker
        role = self.roles_by_id[learner.person.role_id]
        skills = [s for s, _ in role.skills if s in picker.by_skill]
        for skill_id in rng.sample(skills, min(len(skills), rng.randint(2, 4))):
            course_id = picker.in_language(rng, picker.by_skill[skill_id], learner.person.chinese)
            assigned = rng.randint(first, last)
            mandatory = rng.random() < MANDATORY_ROLE_COURSE_SHARE
            due = assigned + (MANDATORY_DUE_DAYS * 2 if mandatory else rng.randint(30, 90))
            source = "recommendation" if rng.random() < 0.3 else "manual"
            self._add(learner, course_id, assigned, due, mandatory=mandatory, source=source)

    def _electives(self, learner: Learner, first: int, last: int) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 4)):
            course_id = self.picker.popular(rng)
            if course_id is not None:
                assigned = rng.randint(first, last)
                source = "recommendation" if rng.random() < 0.25 else "manual"
                due = assigned + rng.randint(30, 90)
                self._add(learner, course_id, assigned, due, mandatory=False, source=source)


def plan_learners(
    company: Company, catalog: Catalog, as_of: int, rng: random.Random
) -> list[Learner]:
    planner = _Planner(company, catalog, as_of, rng)
    return [planner.learner(person) for person in company.people]


def choose_weak_courses(
    catalog: Catalog, theme_keys: list[str], rng: random.Random
) -> dict[int, WeakCourse]:
    """Plant weak courses among optional ones with enough modules to drop off in.

    Weak courses are made popular — bought because they looked good — so that enough
    people start them, even in a small demo, for the evidence to show.
    """
    candidates = [
        c
        for c in catalog.courses
        if c.status == "active" and c.mandatory_group is None and len(c.module_ids) >= 4
    ]
    wanted = min(round(len(catalog.courses) * WEAK_COURSE_SHARE), len(candidates))
    if len(candidates) < 3 or wanted < 1:
        return {}
    weak = {}
    for course in sorted(rng.sample(candidates, wanted), key=lambda c: c.id):
        course.popularity = max(course.popularity, 1.0) * WEAK_POPULARITY_BOOST
        themes = _weak_themes(course, theme_keys, rng)
        # People give up early-to-middle in a course, rarely right before the end.
        position = rng.randint(2, min(LATEST_DROPOFF, len(course.module_ids) - 1))
        weak[course.id] = WeakCourse(course.id, position, themes)
    return weak


def _weak_themes(course: CourseSpec, theme_keys: list[str], rng: random.Random) -> tuple[str, ...]:
    """Two recurring complaints that suit the course's format."""
    keys = sorted(theme_keys)
    video_themes = [t for t in VIDEO_THEMES if t in keys]
    if course.format == "classroom":
        keys = [t for t in keys if t not in VIDEO_THEMES] or keys
    themes = rng.sample(keys, 2)
    if course.format == "video" and video_themes and rng.random() < 0.7:
        # Recorded courses mostly fail on sound and length.
        lead = rng.choice(video_themes)
        themes = [lead, next(t for t in themes if t != lead)]
    return tuple(themes)
