"""Write a whole demo company into a Training Desk file, in one audited transaction.

Every random choice comes from ``random.Random`` streams seeded with the demo seed and a
stage name, and every date from ``as_of``, so the same parameters give the same file.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from core.changes import Changes, perform
from core.demo.behaviour import BEHAVIOURS
from core.demo.catalog import Catalog, build_catalog
from core.demo.company import Company, build_company
from core.demo.feedback import FeedbackMaker, course_qualities
from core.demo.learning import Batch, LearningRun
from core.demo.plan import Learner, WeakCourse, choose_weak_courses, plan_learners
from core.demo.rows import catalog_rows, company_rows
from core.demo.seeds import Seeds, load_seeds
from core.demo.simulate import Simulator
from core.demo.store import BulkWriter, holds_data, holds_only_demo_data
from core.demo.truth import TRUTH_KEY, DemoTruth, PlantedWeakCourse
from core.errors import AppError
from core.messages import msg
from core.settings import AppSettings, save_settings
from core.tasks import TaskState
from db.backup import take_backup
from db.errors import BackupVerificationError
from db.session import Database

DEMO_ACTION = "Demo data"
MAX_LEARNERS = 100_000
MAX_COURSES = 20_000
# Shares of the progress bar: the learning simulation is nearly all of the work.
LEARNING_STARTS, LEARNING_ENDS = 0.1, 0.95


@dataclass(frozen=True)
class DemoParams:
    learners: int = 120
    courses: int = 80
    seed: int = 1
    # The demo's "today": all 18 months of history end here. Pass it for a repeatable file.
    as_of: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class DemoSummary:
    people: int
    courses: int
    events: int
    departments: int
    assignments: int
    completions: int
    feedback: int
    rows: Mapping[str, int]  # rows written per table
    backup: Path | None  # the verified copy taken before replacing earlier content
    changes: Changes


def _rng(params: DemoParams, stage: str) -> random.Random:
    # A separate stream per stage: tuning one stage does not reshuffle the others.
    return random.Random(f"training-desk-demo:{params.seed}:{stage}")


def _check_params(params: DemoParams) -> None:
    for name, value, limit in (
        ("learners", params.learners, MAX_LEARNERS),
        ("courses", params.courses, MAX_COURSES),
    ):
        if not 1 <= value <= limit:
            raise AppError(msg("demo.bad_size", field=name, limit=limit, value=value))


def _make_room(
    db: Database, replace_user_data: bool, now: Callable[[], dt.datetime]
) -> Path | None:
    """Refuse a file with the admin's own data unless told; back up whatever gets replaced."""
    with db.reading() as session:
        if not holds_data(session):
            return None
        only_demo = holds_only_demo_data(session, DEMO_ACTION)
    if not only_demo and not replace_user_data:
        raise AppError(msg("demo.not_empty", path=str(db.path)))
    try:
        return take_backup(db.path, "pre-demo", now()).path
    except BackupVerificationError as error:
        raise AppError(
            msg("backup.failed_check", path=str(error.path), detail=error.detail)
        ) from error


def _truth(
    params: DemoParams,
    seeds: Seeds,
    company: Company,
    catalog: Catalog,
    learners: list[Learner],
    weak: dict[int, WeakCourse],
) -> DemoTruth:
    groups: dict[str, list[str]] = {name: [] for name in BEHAVIOURS}
    for learner in learners:
        groups[learner.profile.behaviour].append(learner.person.employee_id)
    skill_names = {skill_id: name for skill_id, name, _ in company.skill_rows}
    people = {p.id: p.employee_id for p in company.people}
    return DemoTruth(
        seed=params.seed,
        as_of=params.as_of,
        behaviour_groups={name: tuple(ids) for name, ids in groups.items()},
        weak_courses=tuple(
            PlantedWeakCourse(catalog.course(w.course_id).code, w.dropoff_position, w.themes)
            for w in weak.values()
        ),
        at_risk=tuple(lr.person.employee_id for lr in learners if lr.at_risk),
        single_holder_skills={
            skill_names[skill]: people[holder] for skill, holder in company.rare_holders.items()
        },
        mandatory_courses=tuple(
            c.code for c in catalog.courses if c.mandatory_group and c.status == "active"
        ),
        themes={
            key: dict(theme["label"]) for key, theme in sorted(seeds.feedback["themes"].items())
        },
    )


def _save_settings(session: Session, writer: BulkWriter, seeds: Seeds, truth: DemoTruth) -> None:
    company = seeds.company
    settings = AppSettings(
        company_name=company["company_name"],
        base_currency=company["base_currency"],
        exchange_rates=dict(company["exchange_rates"]),
    )
    save_settings(session, settings)
    # The truth can run to hundreds of kilobytes: audited by size, not copied into the log.
    writer.insert("settings", [(TRUTH_KEY, truth.to_json())])


def _simulate(
    writer: BulkWriter,
    params: DemoParams,
    seeds: Seeds,
    state: TaskState,
    parts: tuple[Company, Catalog, list[Learner], dict[int, WeakCourse]],
) -> None:
    company, catalog, learners, weak = parts
    as_of = params.as_of.toordinal()
    qualities = course_qualities(catalog, weak, _rng(params, "quality"))
    feedback = FeedbackMaker(seeds.feedback, qualities, weak, _rng(params, "feedback"))
    simulator = Simulator(catalog, weak, as_of, _rng(params, "learning"))
    run = LearningRun(company, catalog, simulator, feedback, as_of, _rng(params, "history"))

    def write(batch: Batch) -> None:
        writer.insert("assignments", batch.assignments)
        writer.insert("completions", batch.completions)
        writer.insert("progress_events", batch.events)
        writer.insert("feedback", batch.feedback)
        writer.insert("employee_skills", batch.employee_skills)

    def progress(done: int, total: int) -> None:
        share = LEARNING_STARTS + (LEARNING_ENDS - LEARNING_STARTS) * done / total
        state.set_progress(share, msg("demo.progress.learning", done=done, total=total).text())
        state.check()

    run.run(learners, write, progress)


def _write_demo(session: Session, params: DemoParams, state: TaskState) -> dict[str, int]:
    writer = BulkWriter(session)
    state.set_progress(0.0, msg("demo.progress.clearing").text())
    writer.clear_domain_tables()
    state.check()
    state.set_progress(0.02, msg("demo.progress.company").text())
    seeds = load_seeds()
    as_of = params.as_of.toordinal()
    company = build_company(seeds, params.learners, as_of, _rng(params, "company"))
    catalog = build_catalog(seeds, params.courses, company.skill_ids, _rng(params, "catalog"))
    for table, rows in (company_rows(company) | catalog_rows(catalog)).items():
        writer.insert(table, rows)
    state.check()
    themes = sorted(seeds.feedback["themes"])
    weak = choose_weak_courses(catalog, themes, _rng(params, "weak"))
    learners = plan_learners(company, catalog, as_of, _rng(params, "plan"))
    state.set_progress(LEARNING_STARTS)
    _simulate(writer, params, seeds, state, (company, catalog, learners, weak))
    state.set_progress(LEARNING_ENDS, msg("demo.progress.saving").text())
    _save_settings(session, writer, seeds, _truth(params, seeds, company, catalog, learners, weak))
    writer.audit_inserts()
    return dict(writer.counts)


def generate_demo(
    db: Database,
    params: DemoParams,
    state: TaskState | None = None,
    *,
    replace_user_data: bool = False,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> DemoSummary:
    """Fill ``db`` with a believable demo company; see ``core/demo/__init__.py``."""
    _check_params(params)
    task = state or TaskState()
    backup = _make_room(db, replace_user_data, now)
    counts, changes = perform(db, DEMO_ACTION, lambda s: _write_demo(s, params, task), now=now)
    task.set_progress(1.0)
    return DemoSummary(
        people=counts.get("employees", 0),
        courses=counts.get("courses", 0),
        events=counts.get("progress_events", 0),
        departments=counts.get("departments", 0),
        assignments=counts.get("assignments", 0),
        completions=counts.get("completions", 0),
        feedback=counts.get("feedback", 0),
        rows=counts,
        backup=backup,
        changes=changes,
    )
