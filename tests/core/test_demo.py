"""The demo generator: one audited transaction, deterministic, believable, and its planted
truth really shows in the data."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.calendar import add_months
from core.changes import perform
from core.database import check_database, open_database
from core.demo import (
    DEMO_ACTION,
    DemoParams,
    DemoSummary,
    DemoTruth,
    generate_demo,
    read_demo_truth,
)
from core.demo.company import build_company
from core.demo.seeds import load_seeds
from core.demo.store import COLUMNS
from core.errors import AppError
from core.settings import load_settings
from core.tasks import Cancelled, TaskState
from db.backup import backups_dir_for
from db.models import EVENT_KINDS, Base, Course, Employee, ProgressEvent

AS_OF = dt.date(2026, 6, 30)
WINDOW_START = add_months(AS_OF, -18)
ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u4e00-\u9fff]")


def make_demo(path: Path, *, seed: int = 1, learners: int = 120, courses: int = 80) -> DemoSummary:
    params = DemoParams(learners=learners, courses=courses, seed=seed, as_of=AS_OF)
    opened = open_database(path)
    try:
        return generate_demo(opened.db, params)
    finally:
        opened.db.close()


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table but the audit log, row by row."""
    with closing(sqlite3.connect(path)) as conn:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        return {
            name: conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
            for name in names
            if name != "audit_log"
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    make_demo(path, seed=1)
    return path


@pytest.fixture
def conn(demo: Path) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"file:{demo}?mode=ro", uri=True)) as connection:
        yield connection


@pytest.fixture(scope="module")
def truth(demo: Path) -> DemoTruth:
    opened = open_database(demo, write=False)
    try:
        with opened.db.reading() as session:
            return read_demo_truth(session)
    finally:
        opened.db.close()


def rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, args).fetchall()


def value(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return conn.execute(sql, args).fetchone()[0]


# --- one transaction, repeatable -------------------------------------------------------


def test_same_seed_gives_the_same_file_and_regenerates_in_place(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    make_demo(first, seed=7)
    make_demo(second, seed=7)
    original = dump(first)
    assert dump(second) == original
    assert len(original["progress_events"]) > 5_000

    # The file only ever held demo data, so the demo replaces itself — after a backup.
    summary = make_demo(first, seed=7)
    assert dump(first) == original
    assert summary.backup is not None and summary.backup.name.endswith("-pre-demo.db")
    assert summary.backup.parent == backups_dir_for(first.absolute())
    with closing(sqlite3.connect(summary.backup)) as backup:
        assert value(backup, "SELECT COUNT(*) FROM progress_events") == summary.events


def test_a_different_seed_gives_different_content(tmp_path: Path) -> None:
    make_demo(tmp_path / "a.db", seed=1, learners=40, courses=30)
    make_demo(tmp_path / "b.db", seed=2, learners=40, courses=30)
    a, b = dump(tmp_path / "a.db"), dump(tmp_path / "b.db")
    for table in ("employees", "courses", "assignments", "progress_events", "feedback"):
        assert a[table] != b[table], table


def test_the_command_line_twice_gives_the_same_file_whatever_the_hash_order(
    tmp_path: Path,
) -> None:
    """``demo`` run twice on one file: the second run replaces the first, byte for byte."""
    path = tmp_path / "twice.db"
    dumps = []
    for hash_seed in ("1", "2"):
        command = [sys.executable, "-m", "desktop", "--db", str(path), "demo"]
        command += ["--learners", "60", "--courses", "40", "--seed", "3", "--as-of", "2026-06-30"]
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        assert "60 people, 40 courses" in done.stdout
        dumps.append(dump(path))
    assert dumps[0] == dumps[1]
    assert len(list(backups_dir_for(path).glob("*-pre-demo.db"))) == 1


def test_everything_is_one_audited_operation(demo: Path, conn: sqlite3.Connection) -> None:
    audit = rows(conn, "SELECT action, operation, kind, table_name, changes FROM audit_log")
    assert {(a[0], a[1]) for a in audit} == {(DEMO_ACTION, 1)}
    bulk = {a[3]: json.loads(a[4]) for a in audit if a[2] == "bulk"}
    assert bulk["progress_events"] == {"rows": value(conn, "SELECT COUNT(*) FROM progress_events")}
    assert bulk["employees"] == {"rows": 120}
    assert check_database(demo).ok


def test_the_orm_reads_what_the_bulk_writer_wrote(demo: Path) -> None:
    opened = open_database(demo, write=False)
    try:
        with opened.db.reading() as session:
            event = session.scalars(select(ProgressEvent).limit(1)).one()
            person = session.scalars(select(Employee).where(Employee.manager_id.is_not(None)))
            first = person.first()
            assert isinstance(event.occurred_at, dt.datetime)
            assert first is not None and isinstance(first.hire_date, dt.date)
            assert first.manager is not None and first.department is not None
            course = session.scalars(select(Course).where(Course.code == "CMP-101")).one()
            assert [m.position for m in course.modules] == list(range(1, len(course.modules) + 1))
    finally:
        opened.db.close()


def test_bulk_columns_cover_every_required_column() -> None:
    for table in Base.metadata.sorted_tables:
        if table.name == "audit_log":
            continue
        listed = COLUMNS[table.name]
        assert set(listed) <= set(table.columns.keys()), table.name
        required = {
            c.name
            for c in table.columns
            if not c.nullable and c.default is None and not (c.primary_key and c.autoincrement)
        }
        assert required <= set(listed), (table.name, required - set(listed))


# --- refusing, backing up, cancelling ------------------------------------------------------


def test_a_file_with_the_admins_own_data_is_refused_then_replaced_on_request(
    tmp_path: Path,
) -> None:
    path = tmp_path / "mine.db"
    make_demo(path, learners=20, courses=10)
    opened = open_database(path)
    try:
        perform(opened.db, "Edit course", lambda s: s.add(Course(code="MY-1", title="Mine")))
        with pytest.raises(AppError) as refused:
            generate_demo(opened.db, DemoParams(learners=20, courses=10, as_of=AS_OF))
        assert refused.value.message.code == "demo.not_empty"
        assert str(path.absolute()) in str(refused.value)
        assert not list(backups_dir_for(opened.db.path).glob("*-pre-demo.db"))

        params = DemoParams(learners=20, courses=10, as_of=AS_OF)
        summary = generate_demo(opened.db, params, replace_user_data=True)
    finally:
        opened.db.close()
    assert summary.backup is not None and summary.backup.exists()
    with closing(sqlite3.connect(summary.backup)) as backup:
        assert value(backup, "SELECT COUNT(*) FROM courses WHERE code = 'MY-1'") == 1
    with closing(sqlite3.connect(path)) as conn:
        assert value(conn, "SELECT COUNT(*) FROM courses WHERE code = 'MY-1'") == 0
        assert value(conn, "SELECT COUNT(*) FROM employees") == 20


class CancelDuringLearning(TaskState):
    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        if fraction > 0.2:
            self.cancelled = True


def test_cancel_leaves_the_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cancel.db"
    opened = open_database(path)
    try:
        with pytest.raises(Cancelled):
            generate_demo(opened.db, DemoParams(learners=1200, as_of=AS_OF), CancelDuringLearning())
    finally:
        opened.db.close()
    tables = dump(path)
    assert all(not content for name, content in tables.items() if name != "alembic_version")


def test_progress_is_reported_up_to_done(tmp_path: Path) -> None:
    seen: list[tuple[float, str]] = []

    class Recorder(TaskState):
        def set_progress(self, fraction: float, status: str = "") -> None:
            super().set_progress(fraction, status)
            seen.append((self.progress, self.status))

    opened = open_database(tmp_path / "progress.db")
    try:
        generate_demo(opened.db, DemoParams(learners=30, courses=20, as_of=AS_OF), Recorder())
    finally:
        opened.db.close()
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("30 of 30" in status for _, status in seen)


@pytest.mark.parametrize(
    "params",
    [
        DemoParams(learners=0, as_of=AS_OF),
        DemoParams(courses=0, as_of=AS_OF),
        DemoParams(learners=10**7, as_of=AS_OF),
    ],
)
def test_sizes_out_of_range_are_refused(tmp_path: Path, params: DemoParams) -> None:
    opened = open_database(tmp_path / "bad.db")
    try:
        with pytest.raises(AppError) as refused:
            generate_demo(opened.db, params)
    finally:
        opened.db.close()
    assert refused.value.message.code == "demo.bad_size"


def test_the_smallest_demo_still_works(tmp_path: Path) -> None:
    summary = make_demo(tmp_path / "tiny.db", learners=1, courses=1)
    assert (summary.people, summary.courses, summary.departments) == (1, 1, 1)


# --- the company ------------------------------------------------------------------------


def test_a_believable_company(conn: sqlite3.Connection) -> None:
    departments = rows(conn, "SELECT name, yearly_budget FROM departments")
    assert len(departments) == 6 and all(budget >= 1000 for _, budget in departments)
    assert 10 <= value(conn, "SELECT COUNT(*) FROM roles") <= 16
    levels = [r[0] for r in rows(conn, "SELECT level FROM role_skills")]
    assert set(levels) <= {1, 2, 3, 4, 5} and len(set(levels)) >= 3
    people = rows(conn, "SELECT id, name, email, manager_id, hire_date, active FROM employees")
    assert len(people) == 120
    names = [p[1] for p in people]
    chinese = sum(bool(CJK.search(n)) for n in names)
    assert 0.2 * len(names) < chinese < 0.8 * len(names)
    assert any(re.fullmatch(r"[王李张刘陈][\u4e00-\u9fff]{1,2}", n) for n in names)
    assert any(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z']+", n) for n in names)
    emails = [p[2] for p in people]
    assert 3 <= emails.count(None) <= 40
    assert 1 <= sum(not p[5] for p in people) <= 12
    assert all(AS_OF - dt.date.fromisoformat(p[4]) > dt.timedelta(0) for p in people)


def test_managers_form_one_hierarchy(conn: sqlite3.Connection) -> None:
    managers = dict(rows(conn, "SELECT id, manager_id FROM employees"))
    assert [pid for pid, boss in managers.items() if boss is None] == [1]
    for person in managers:
        seen = set()
        while person is not None:
            assert person not in seen, "a management cycle"
            seen.add(person)
            person = managers[person]
    reports = Counter(boss for boss in managers.values() if boss is not None)
    assert max(reports.values()) <= 10


def test_large_companies_get_large_departments() -> None:
    company = build_company(load_seeds(), 20_000, AS_OF.toordinal(), random.Random(1))
    sizes = Counter(p.department_id for p in company.people)
    assert len(company.people) == 20_000
    assert max(sizes.values()) > 500
    assert len({p.email for p in company.people if p.email}) == sum(
        1 for p in company.people if p.email
    )


# --- the catalog ------------------------------------------------------------------------


def test_a_believable_catalog(conn: sqlite3.Connection) -> None:
    courses = rows(
        conn,
        "SELECT code, title, description, language, format, provider, price, currency,"
        " certificate_price, validity_months, hours, difficulty, category FROM courses",
    )
    assert len(courses) == 80
    assert {c[3] for c in courses} == {"en", "zh"}
    assert {c[4] for c in courses} == {"online", "classroom", "blended", "video"}
    assert {c[11] for c in courses} == {"beginner", "intermediate", "advanced"}
    assert len({c[12] for c in courses}) >= 8
    assert {c[7] for c in courses if c[7]} >= {"USD", "CNY", "EUR"}
    assert any(c[6] is None for c in courses) and any(c[6] for c in courses)
    assert any(c[8] for c in courses), "some courses sell a certificate"
    assert {c[9] for c in courses if c[9]} == {12, 24, 36}
    for code, title, description, language, *_ in courses:
        sentences = re.split(r"(?<=[.。])\s*", description.strip())
        assert len([s for s in sentences if s]) >= 4, code
        assert bool(CJK.search(title + description)) == (language == "zh"), code
    assert len({c[0] for c in courses}) == 80


def test_modules_are_ordered_and_three_to_eight(conn: sqlite3.Connection) -> None:
    positions = defaultdict(list)
    for course, position in rows(conn, "SELECT course_id, position FROM course_modules"):
        positions[course].append(position)
    assert len(positions) == 80
    for course, found in positions.items():
        assert sorted(found) == list(range(1, len(found) + 1)), course
        assert 3 <= len(found) <= 8


def test_prerequisites_are_acyclic(conn: sqlite3.Connection) -> None:
    edges = rows(conn, "SELECT course_id, required_course_id FROM prerequisites")
    assert len(edges) >= 5
    required: dict[int, set[int]] = defaultdict(set)
    for course, needs in edges:
        required[course].add(needs)
    placed: set[int] = set()
    waiting = set(required) | {n for needs in required.values() for n in needs}
    while waiting:  # place courses whose prerequisites are all placed (Kahn's algorithm)
        ready = {c for c in waiting if required[c] <= placed}
        assert ready, "a prerequisite cycle"
        placed |= ready
        waiting -= ready


def test_skills_taught_and_paths(conn: sqlite3.Connection) -> None:
    assert value(conn, "SELECT COUNT(DISTINCT course_id) FROM course_skills") == 80
    assert set(r[0] for r in rows(conn, "SELECT level FROM course_skills")) <= {1, 2, 3, 4, 5}
    paths = rows(conn, "SELECT id, name FROM path_templates")
    assert "New manager onboarding" in {p[1] for p in paths}
    for path_id, _ in paths:
        items = rows(conn, "SELECT position FROM path_items WHERE template_id = ?", path_id)
        assert sorted(i[0] for i in items) == list(range(1, len(items) + 1))
        assert len(items) >= 2


# --- learning -------------------------------------------------------------------------


def test_assignments_are_consistent(conn: sqlite3.Connection) -> None:
    found = rows(
        conn,
        "SELECT status, percent, score, hours, assigned_on, due_date, started_on, completed_on,"
        " source, mandatory FROM assignments",
    )
    statuses = Counter(a[0] for a in found)
    assert set(statuses) == {"not_started", "in_progress", "completed", "failed", "withdrawn"}
    assert {a[8] for a in found} == {"manual", "path", "recommendation"}
    assert 0.1 < sum(a[9] for a in found) / len(found) < 0.6
    for status, percent, score, hours, assigned, due, started, completed, _, _ in found:
        assert assigned <= AS_OF.isoformat() and assigned < due
        if status == "completed":
            assert percent == 100.0 and started <= completed <= AS_OF.isoformat() and hours > 0
        if status == "not_started":
            assert (percent, hours, started, score) == (0.0, 0.0, None, None)
        if completed is None:
            assert status != "completed"
        if score is not None:
            assert 0 <= score <= 100


def test_certificates_expire_and_are_renewed(conn: sqlite3.Connection) -> None:
    found = rows(
        conn,
        "SELECT a.completed_on, a.certificate_expiry, c.validity_months FROM assignments a"
        " JOIN courses c ON c.id = a.course_id WHERE a.status = 'completed'",
    )
    for completed, expiry, months in found:
        if months is None:
            assert expiry is None
        else:
            assert expiry == add_months(dt.date.fromisoformat(completed), months).isoformat()
    renewals = value(
        conn,
        "SELECT COUNT(*) FROM (SELECT 1 FROM completions GROUP BY employee_id, course_id"
        " HAVING COUNT(*) > 1)",
    )
    assert renewals >= 20
    expiries = [
        r[0] for r in rows(conn, "SELECT expires_on FROM completions WHERE expires_on IS NOT NULL")
    ]
    soon = add_months(AS_OF, 3).isoformat()
    assert any(e < AS_OF.isoformat() for e in expiries), "some certificates have lapsed"
    assert any(AS_OF.isoformat() <= e <= soon for e in expiries), "some expire soon"
    unmatched = value(
        conn,
        "SELECT COUNT(*) FROM assignments a WHERE a.status = 'completed' AND NOT EXISTS"
        " (SELECT 1 FROM completions c WHERE c.assignment_id = a.id)",
    )
    assert unmatched == 0


def test_events_look_like_an_lms_export(conn: sqlite3.Connection) -> None:
    events = rows(
        conn, "SELECT kind, occurred_at, duration_minutes, score, module_id FROM progress_events"
    )
    assert 50 <= len(events) / 120 <= 110
    assert {e[0] for e in events} == set(EVENT_KINDS)
    times = [dt.datetime.fromisoformat(e[1]) for e in events]
    assert min(times).date() >= WINDOW_START and max(times).date() <= AS_OF
    assert sum(t.weekday() < 5 for t in times) / len(times) > 0.85
    assert 9 <= statistics.median(t.hour for t in times) <= 16
    for kind, _, duration, score, module in events:
        assert (module is not None) == (kind in ("progressed", "module_completed")), kind
        if kind == "progressed":
            assert duration is not None and 3 <= duration <= 240
        if kind in ("attempted", "passed", "failed"):
            assert score is not None and 0 <= score <= 100
    mismatched = value(
        conn,
        "SELECT COUNT(*) FROM progress_events e JOIN course_modules m ON m.id = e.module_id"
        " WHERE m.course_id <> e.course_id",
    )
    assert mismatched == 0


def test_feedback_in_two_languages_some_anonymous(conn: sqlite3.Connection) -> None:
    found = rows(conn, "SELECT employee_id, rating, comment, submitted_on FROM feedback")
    assert len(found) >= 150
    assert {f[1] for f in found if f[1] is not None} == {1, 2, 3, 4, 5}
    comments = [f[2] for f in found if f[2]]
    assert sum(bool(CJK.search(c)) for c in comments) >= 20
    assert sum(not CJK.search(c) for c in comments) >= 20
    assert 0.05 < sum(f[0] is None for f in found) / len(found) < 0.3
    assert all(f[3] <= AS_OF.isoformat() for f in found)


def test_settings_and_skills(demo: Path, conn: sqlite3.Connection, truth: DemoTruth) -> None:
    opened = open_database(demo, write=False)
    try:
        with opened.db.reading() as session:
            settings = load_settings(session)
    finally:
        opened.db.close()
    assert settings.company_name == "Northwind Training Co."
    currencies = {r[0] for r in rows(conn, "SELECT DISTINCT currency FROM courses")} - {None}
    assert currencies - {settings.base_currency} <= set(settings.exchange_rates)
    assert value(conn, "SELECT COUNT(DISTINCT employee_id) FROM employee_skills") >= 110
    assert {r[0] for r in rows(conn, "SELECT source FROM employee_skills")} == {
        "course", "manual", "import",
    }  # fmt: skip
    for skill, holder in truth.single_holder_skills.items():
        holders = rows(
            conn,
            "SELECT e.employee_id FROM employee_skills s JOIN skills k ON k.id = s.skill_id"
            " JOIN employees e ON e.id = s.employee_id WHERE k.name = ? AND s.level >= 1",
            skill,
        )
        assert holders == [(holder,)], skill


# --- the planted truth --------------------------------------------------------------------


def test_the_truth_covers_everyone_once(conn: sqlite3.Connection, truth: DemoTruth) -> None:
    people = {r[0] for r in rows(conn, "SELECT employee_id FROM employees")}
    grouped = [e for members in truth.behaviour_groups.values() for e in members]
    assert sorted(grouped) == sorted(people)
    assert all(len(m) >= 3 for m in truth.behaviour_groups.values())
    assert truth.as_of == AS_OF and truth.seed == 1
    assert 3 <= len(truth.weak_courses) <= 10
    assert set(truth.mandatory_courses) >= {"CMP-101", "CMP-102"}
    assert set(truth.themes) >= {t for w in truth.weak_courses for t in w.themes}


def _started(conn: sqlite3.Connection, codes: set[str]) -> list[tuple[str, str]]:
    found = rows(
        conn,
        "SELECT c.code, a.status FROM assignments a JOIN courses c ON c.id = a.course_id"
        " WHERE a.status <> 'not_started'",
    )
    return [(code, status) for code, status in found if code in codes]


def test_weak_courses_complete_less_and_rate_lower(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    weak = {w.code for w in truth.weak_courses}
    every = {r[0] for r in rows(conn, "SELECT code FROM courses")}

    def completion_rate(codes: set[str]) -> float:
        started = _started(conn, codes)
        return sum(status == "completed" for _, status in started) / len(started)

    def mean_rating(codes: set[str]) -> float:
        ratings = rows(
            conn,
            "SELECT c.code, f.rating FROM feedback f JOIN courses c ON c.id = f.course_id"
            " WHERE f.rating IS NOT NULL",
        )
        return statistics.mean(float(r) for code, r in ratings if code in codes)

    assert completion_rate(weak) < completion_rate(every - weak) - 0.25
    assert mean_rating(weak) < mean_rating(every - weak) - 1.2


def test_learners_drop_off_at_the_planted_module(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    last_positions: dict[str, Counter[int]] = {w.code: Counter() for w in truth.weak_courses}
    found = rows(
        conn,
        "SELECT c.code, e.employee_id, e.occurred_at, e.id, m.position FROM progress_events e"
        " JOIN courses c ON c.id = e.course_id JOIN assignments a ON a.employee_id = e.employee_id"
        " AND a.course_id = e.course_id LEFT JOIN course_modules m ON m.id = e.module_id"
        " WHERE a.status IN ('in_progress', 'withdrawn')",
    )
    last: dict[tuple[str, int], tuple[str, int, int | None]] = {}
    for code, person, at, event_id, position in found:
        if code in last_positions:
            key = (code, person)
            last[key] = max(last.get(key, ("", 0, None)), (at, event_id, position))
    for (code, _), (_, _, position) in last.items():
        if position is not None:
            last_positions[code][position] += 1
    at_planted = sum(last_positions[w.code][w.dropoff_position] for w in truth.weak_courses)
    assert at_planted / sum(sum(c.values()) for c in last_positions.values()) > 0.5
    modes = [
        last_positions[w.code].most_common(1)[0][0] == w.dropoff_position
        for w in truth.weak_courses
        if last_positions[w.code]
    ]
    assert sum(modes) > len(modes) / 2


def test_negative_comments_repeat_the_planted_themes(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    phrases = load_seeds().feedback["themes"]
    found = rows(
        conn,
        "SELECT c.code, f.comment FROM feedback f JOIN courses c ON c.id = f.course_id"
        " WHERE f.rating <= 2 AND f.comment IS NOT NULL",
    )
    on_weak = [(truth.weak_course(code), comment) for code, comment in found]
    negative = [(weak, comment) for weak, comment in on_weak if weak is not None]
    assert len(negative) >= 10
    on_theme = chinese = 0
    for weak, comment in negative:
        sentences = [s for t in weak.themes for lang in ("en", "zh") for s in phrases[t][lang]]
        on_theme += any(s in comment for s in sentences)
        chinese += bool(CJK.search(comment))
    assert on_theme / len(negative) > 0.7
    assert 0 < chinese < len(negative), "complaints come in both languages"


def _days_to_complete(conn: sqlite3.Connection, people: tuple[str, ...]) -> dict[str, float]:
    found = rows(
        conn,
        "SELECT e.employee_id, julianday(a.completed_on) - julianday(a.started_on)"
        " FROM assignments a JOIN employees e ON e.id = a.employee_id"
        " WHERE a.status = 'completed'",
    )
    per_person: dict[str, list[float]] = defaultdict(list)
    for person, days in found:
        if person in people:
            per_person[person].append(days)
    return {p: statistics.mean(d) for p, d in per_person.items()}


def test_fast_finishers_finish_faster_than_late_ones_with_overlap(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    groups = truth.behaviour_groups
    fast = _days_to_complete(conn, groups["fast_finishers"])
    steady = _days_to_complete(conn, groups["steady"])
    late = _days_to_complete(conn, groups["late_finishers"])
    assert statistics.mean(fast.values()) < statistics.mean(steady.values())
    assert statistics.mean(steady.values()) < statistics.mean(late.values())
    # Not perfectly separable: someone steady is quicker than some fast finisher.
    assert min(steady.values()) < max(fast.values())


def _status_shares(
    conn: sqlite3.Connection, people: tuple[str, ...], mandatory: int
) -> Counter[str]:
    found = rows(
        conn,
        "SELECT e.employee_id, a.status FROM assignments a JOIN employees e ON e.id = a.employee_id"
        " WHERE a.mandatory = ?",
        mandatory,
    )
    statuses = Counter(status for person, status in found if person in people)
    total = sum(statuses.values())
    return Counter({k: v / total for k, v in statuses.items()})


def test_each_group_behaves_as_named(conn: sqlite3.Connection, truth: DemoTruth) -> None:
    groups = truth.behaviour_groups
    optional = {g: _status_shares(conn, members, 0) for g, members in groups.items()}
    mandatory = {g: _status_shares(conn, members, 1) for g, members in groups.items()}
    assert optional["mandatory_only"]["not_started"] > 0.6
    assert mandatory["mandatory_only"]["completed"] > 0.7
    assert optional["steady"]["not_started"] < 0.4
    assert max(optional, key=lambda g: optional[g]["in_progress"]) == "stalled_starters"
    others_withdrawn = [optional[g]["withdrawn"] for g in groups if g != "dropouts"]
    assert optional["dropouts"]["withdrawn"] > 2 * statistics.median(others_withdrawn)


def test_dropouts_stopped_optional_learning_long_ago(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    last_optional = dict(
        rows(
            conn,
            "SELECT e.employee_id, MAX(p.occurred_at) FROM progress_events p"
            " JOIN employees e ON e.id = p.employee_id JOIN assignments a"
            " ON a.employee_id = p.employee_id AND a.course_id = p.course_id"
            " WHERE e.active AND NOT a.mandatory GROUP BY e.employee_id",
        )
    )

    def quiet_days(people: list[str]) -> float:
        days = [(AS_OF - dt.date.fromisoformat(last_optional[p][:10])).days for p in people]
        return statistics.median(days)

    dropouts = [p for p in truth.behaviour_groups["dropouts"] if p in last_optional]
    others = [p for p in last_optional if p not in dropouts]
    assert quiet_days(dropouts) > quiet_days(others) + 30


def test_at_risk_people_are_behind_on_mandatory_training(
    conn: sqlite3.Connection, truth: DemoTruth
) -> None:
    behind = {
        r[0]
        for r in rows(
            conn,
            "SELECT e.employee_id FROM assignments a JOIN employees e ON e.id = a.employee_id"
            " WHERE a.mandatory = 1 AND a.status <> 'completed' AND a.due_date < ? AND e.active",
            AS_OF.isoformat(),
        )
    }
    active = {r[0] for r in rows(conn, "SELECT employee_id FROM employees WHERE active")}
    at_risk = set(truth.at_risk)
    assert len(at_risk) >= 5 and at_risk <= active
    assert at_risk <= behind
    others = active - at_risk
    assert len(behind & others) / len(others) < 0.3


def test_read_demo_truth_on_a_file_without_a_demo(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "empty.db")
    try:
        with opened.db.reading() as session, pytest.raises(AppError) as missing:
            read_demo_truth(session)
    finally:
        opened.db.close()
    assert missing.value.message.code == "demo.no_truth"


def test_the_truth_round_trips_through_json(truth: DemoTruth) -> None:
    assert DemoTruth.from_json(truth.to_json()) == truth
    some_person = truth.behaviour_groups["steady"][0]
    assert truth.group_of(some_person) == "steady"
    assert truth.group_of("nobody") is None
