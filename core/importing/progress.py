"""Importing progress: states of people's assignments, or activity events, one per row.

A row names a person (employee id or email) and a course (code). With an ``activity`` it
is an event (attempted, completed, …) on its ``date``, appended to the activity history and
recognised by its ``event_id`` when imported again. Without one it is the state of the
person's assignment for that course: status, percent, score, hours, started, completed,
due — the latest assignment is updated, or one is created when there is none. Completed
rows add to the completion history (once per day) and raise skills.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from core.importing.dates import DateReader
from core.importing.handler import ADDED, UNCHANGED, UPDATED, KindHandler, fold, raw_connection
from core.importing.progress_store import (
    EventRecord,
    StateChange,
    differs,
    known_statement_ids,
    latest_assignments,
    write_events,
    write_states,
)
from core.importing.rows import ParsedRow, RowView
from core.importing.values import Invalid, _choice
from core.messages import msg
from core.tasks import TaskState

parse_progress_status = _choice(
    {
        "not_started": ("not started", "not_started", "new", "assigned", "enrolled", "未开始"),
        "in_progress": ("in progress", "in_progress", "started", "ongoing", "incomplete",
                        "进行中", "学习中"),
        "completed": ("complete", "done", "passed", "pass", "distinction", "finished",
                      "已完成", "完成", "通过"),
        "failed": ("fail", "not passed", "未通过", "不及格", "失败"),
        "withdrawn": ("withdraw", "withdrew", "dropped", "cancelled", "已退出", "退出", "退课"),
    },
    "progress_import.bad_progress_status",
)  # fmt: skip
parse_activity = _choice(
    {
        "started": ("start", "launched", "initialized", "开始"),
        "progressed": ("progress", "experienced", "学习"),
        "module_completed": ("module completed", "module_completed", "lesson completed"),
        "attempted": ("attempt", "submitted", "assessed", "answered", "提交", "测验"),
        "completed": ("complete", "完成"),
        "passed": ("pass", "通过"),
        "failed": ("fail", "未通过"),
    },
    "progress_import.bad_activity",
)  # fmt: skip


def parse_percent(text: str) -> float:
    return _number(text.rstrip("%").strip(), text, 0, 100, "progress_import.bad_percent")


def parse_score(text: str) -> float:
    return _number(text, text, 0, 100, "progress_import.bad_score")


def parse_hours(text: str) -> float:
    return _number(text, text, 0, None, "progress_import.bad_progress_hours")


def _number(text: str, shown: str, low: float, high: float | None, code: str) -> float:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        raise Invalid(code, value=shown) from None
    if value < low or (high is not None and value > high) or value != value:
        raise Invalid(code, value=shown)
    return value


class ProgressHandler(KindHandler):
    kind = "progress"
    key_field = "employee_id"

    def prepare(self, views: list[RowView]) -> None:
        dated = ("started", "completed", "due", "date")
        self.dates = DateReader(
            (view.optional(name) or "" for view in views for name in dated),
            self.options.date_format,
        )
        connection = raw_connection(self.session)
        self.people: dict[str, int] = {}
        for row_id, employee_id, email in connection.execute(
            "SELECT id, employee_id, email FROM employees"
        ):
            self.people[employee_id] = row_id
            if email:
                self.people.setdefault(fold(email), row_id)
        self.courses = {
            fold(code): row_id
            for row_id, code in connection.execute("SELECT id, code FROM courses")
        }
        self.stored = latest_assignments(connection)
        self.statements = known_statement_ids(connection)
        self.today = dt.date.today()

    def _person(self, view: RowView) -> int | None:
        value = view.required("employee_id")
        found = self.people.get(value) or self.people.get(fold(value))
        if value and found is None:
            view.problem("employee_id", msg("progress_import.unknown_person", value=value))
        return found

    def _course(self, view: RowView) -> int | None:
        value = view.required("course")
        found = self.courses.get(fold(value))
        if value and found is None:
            view.problem("course", msg("progress_import.unknown_course", value=value))
        return found

    def parse(self, view: RowView) -> None:
        person, course = self._person(view), self._course(view)
        activity = view.parse("activity", parse_activity) if view.mapped("activity") else None
        record = self._event(view, activity) if activity else self._state(view)
        if person is None or course is None or not view.parsed.valid:
            return
        record.update(person=person, course=course)
        view.parsed.record = record
        pair = f"{view.text('employee_id')}|{fold(view.text('course'))}"
        if activity:
            detail = (record["occurred_at"].isoformat(), record["score"])
            view.parsed.key = record["statement_id"] or f"{pair}|{activity}|{detail}"
        else:
            view.parsed.key = pair

    def _state(self, view: RowView) -> dict[str, Any]:
        return {
            "status": view.parse("status", parse_progress_status),
            "percent": view.parse("percent", parse_percent),
            "score": view.parse("score", parse_score),
            "hours": view.parse("hours", parse_hours),
            "started_on": view.parse("started", self.dates.parse),
            "completed_on": view.parse("completed", self.dates.parse),
            "due_date": view.parse("due", self.dates.parse),
        }

    def _event(self, view: RowView, activity: str) -> dict[str, Any]:
        day = (
            view.parse("date", self.dates.parse)
            or view.parse("completed", self.dates.parse)
            or view.parse("started", self.dates.parse)
        )
        if day is None and view.parsed.valid:
            view.problem("date", msg("progress_import.event_needs_date", activity=activity))
        hours = view.parse("hours", parse_hours)
        return {
            "kind": activity,
            "occurred_at": dt.datetime.combine(day or self.today, dt.time()),
            "score": view.parse("score", parse_score),
            "duration_minutes": None if hours is None else hours * 60,
            "statement_id": view.optional("event_id") or None,
        }

    def status(self, row: ParsedRow) -> str:
        record = row.record
        if "kind" in record:
            return UNCHANGED if record["statement_id"] in self.statements else ADDED
        stored = self.stored.get((record["person"], record["course"]))
        if stored is None:
            return ADDED
        return UPDATED if differs(stored, _state_values(record)) else UNCHANGED

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        connection = raw_connection(self.session)
        events = [
            EventRecord(
                r.record["person"], r.record["course"], r.record["kind"],
                r.record["occurred_at"], r.record["duration_minutes"], r.record["score"],
                r.record["statement_id"],
            )
            for r, _ in rows
            if "kind" in r.record
        ]  # fmt: skip
        changes = [
            StateChange(r.record["person"], r.record["course"], _state_values(r.record))
            for r, _ in rows
            if "kind" not in r.record
        ]
        counts = write_states(connection, changes, self.today) if changes else {}
        state.check()
        if events:
            counts["progress_events"] = write_events(connection, events)
        return {name: count for name, count in counts.items() if count}


def _state_values(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in ("person", "course")}
