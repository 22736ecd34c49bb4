"""Importing people: employees upserted on employee id, with department, role and manager.

Departments and roles are created by name when missing. A manager may be given as an
employee id, email or name of anyone in the file or the database, in any row order.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from core.importing.dates import DateReader
from core.importing.handler import (
    ADDED,
    UNCHANGED,
    UPDATED,
    KindHandler,
    ensure_named,
    fold,
    raw_connection,
    update_rows,
)
from core.importing.rows import ParsedRow, RowView
from core.importing.values import parse_bool
from core.messages import msg
from core.tasks import TaskState

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COLUMNS = ("employee_id", "name", "email", "department", "role", "hire_date", "active")


class LearnerHandler(KindHandler):
    kind = "learners"
    key_field = "employee_id"

    def prepare(self, views: list[RowView]) -> None:
        self.dates = DateReader(
            (view.optional("hire_date") or "" for view in views), self.options.date_format
        )
        connection = raw_connection(self.session)
        self.existing: dict[str, dict[str, Any]] = {}
        for row in connection.execute(
            "SELECT e.id, e.employee_id, e.name, e.email, d.name, r.name, m.employee_id, "
            "e.hire_date, e.active FROM employees e "
            "LEFT JOIN departments d ON d.id = e.department_id "
            "LEFT JOIN roles r ON r.id = e.role_id LEFT JOIN employees m ON m.id = e.manager_id"
        ):
            names = ("id", "employee_id", "name", "email", "department", "role", "manager")
            record = dict(zip(names, row[:7], strict=True))
            record["hire_date"] = dt.date.fromisoformat(row[7]) if row[7] else None
            record["active"] = bool(row[8])
            self.existing[row[1]] = record
        self.references: dict[int, str] = {}

    def parse(self, view: RowView) -> None:
        employee_id = view.required("employee_id", 64)
        record: dict[str, Any] = {"employee_id": employee_id, "name": view.required("name", 200)}
        if view.mapped("email"):
            email = view.optional("email") or None
            if email and not _EMAIL.match(email):
                view.problem("email", msg("import.bad_email", value=email))
            record["email"] = email
        for name in ("department", "role", "manager"):
            if view.mapped(name):
                record[name] = view.optional(name) or None
        if record.get("manager"):
            # Resolved to an employee id once every row is known (cross_check).
            self.references[view.parsed.number] = record["manager"]
        if view.mapped("hire_date"):
            record["hire_date"] = view.parse("hire_date", self.dates.parse)
        if view.mapped("active"):
            active = view.parse("active", parse_bool)
            record["active"] = True if active is None else active
        view.parsed.key = employee_id
        view.parsed.record = record

    def cross_check(self, rows: list[ParsedRow]) -> None:
        self._check_emails(rows)
        self._resolve_managers(rows)
        self._check_manager_loops(rows)

    def _check_emails(self, rows: list[ParsedRow]) -> None:
        in_file = {row.key for row in rows}
        owners = {
            fold(r["email"]): (key, r["name"])
            for key, r in self.existing.items()
            if r["email"] and key not in in_file
        }
        for row in rows:
            email = row.record.get("email")
            if not email:
                continue
            key, owner = owners.setdefault(fold(email), (row.key, row.record["name"]))
            if key != row.key:
                self.flag(row, "email", msg("import.email_taken", value=email, owner=owner))

    def _resolve_managers(self, rows: list[ParsedRow]) -> None:
        people = {**self.existing, **{row.key: row.record for row in rows}}
        by_email: dict[str, str] = {}
        by_name: dict[str, list[str]] = {}
        for key, person in people.items():
            if person.get("email"):
                by_email[fold(person["email"])] = key
            by_name.setdefault(fold(person["name"]), []).append(key)
        for row in rows:
            reference = self.references.get(row.number)
            if not reference:
                continue
            named = by_name.get(fold(reference), [])
            if reference in people:
                found = reference
            elif fold(reference) in by_email:
                found = by_email[fold(reference)]
            elif len(named) == 1:
                found = named[0]
            else:
                code = "import.ambiguous_manager" if named else "import.unknown_manager"
                self.flag(row, "manager", msg(code, value=reference, count=len(named)))
                continue
            if found == row.key:
                self.flag(row, "manager", msg("import.self_manager", value=reference))
            row.record["manager"] = found

    def _check_manager_loops(self, rows: list[ParsedRow]) -> None:
        """Refuse rows whose manager chain, as the file would leave it, comes back to them."""
        manager_of = {key: person.get("manager") for key, person in self.existing.items()}
        manager_of.update({row.key: row.record.get("manager") for row in rows if row.key})
        for row in rows:
            chain, current = [row.key], manager_of.get(row.key)
            while current and current != row.key and current not in chain:
                chain.append(current)
                current = manager_of.get(current)
            if current == row.key and len(chain) > 1:
                loop = " → ".join([*chain, row.key])
                self.flag(row, "manager", msg("import.manager_loop", loop=loop))

    def status(self, row: ParsedRow) -> str:
        old = self.existing.get(row.key)
        if old is None:
            return ADDED
        for name, value in row.record.items():
            if name in ("department", "role", "email"):
                if fold(old[name]) != fold(value):
                    return UPDATED
            elif old[name] != value:
                return UPDATED
        return UNCHANGED

    def write(self, rows: list[tuple[ParsedRow, str]], state: TaskState) -> dict[str, int]:
        connection = raw_connection(self.session)
        records = [row.record for row, _ in rows]
        departments = ensure_named(connection, "departments", _names(records, "department"))
        roles = ensure_named(connection, "roles", _names(records, "role"))
        state.check()
        # New people get their ids up front so a manager later in the file can be named in
        # the same INSERT; the foreign keys are checked at commit, when everyone exists.
        connection.execute("PRAGMA defer_foreign_keys = ON")
        ids = {key: person["id"] for key, person in self.existing.items()}
        next_id = (connection.execute("SELECT max(id) FROM employees").fetchone()[0] or 0) + 1
        for offset, (row, _) in enumerate(r for r in rows if r[1] == ADDED):
            ids[row.key] = next_id + offset
        added, updates = [], []
        for row, status in rows:
            values = self._columns(row.record, departments, roles)
            if "manager" in row.record:
                manager = row.record["manager"]
                values["manager_id"] = ids[manager] if manager else None
            if status == ADDED:
                added.append(_full(ids[row.key], values))
            else:
                updates.append((ids[row.key], values))
        connection.executemany(
            "INSERT INTO employees (id, employee_id, name, email, department_id, role_id, "
            "manager_id, hire_date, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            added,
        )
        state.check()
        # Emails may move between people in one file (a swap): clear the moving ones first
        # so the UNIQUE constraint never sees two owners halfway through.
        moving = [(i,) for i, values in updates if "email" in values]
        connection.executemany("UPDATE employees SET email = NULL WHERE id = ?", moving)
        update_rows(connection, "employees", updates)
        return {"employees": len(rows)}

    @staticmethod
    def _columns(
        record: dict[str, Any], departments: dict[str, int], roles: dict[str, int]
    ) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in _COLUMNS:
            if name not in record:
                continue
            value = record[name]
            if name == "department":
                values["department_id"] = departments[fold(value)] if value else None
            elif name == "role":
                values["role_id"] = roles[fold(value)] if value else None
            elif name == "hire_date":
                values["hire_date"] = value.isoformat() if value else None
            else:
                values[name] = value
        return values


def _names(records: list[dict[str, Any]], name: str) -> set[str]:
    return {r[name] for r in records if r.get(name)}


def _full(row_id: int, values: dict[str, Any]) -> tuple[Any, ...]:
    return (
        row_id,
        values["employee_id"],
        values["name"],
        values.get("email"),
        values.get("department_id"),
        values.get("role_id"),
        values.get("manager_id"),
        values.get("hire_date"),
        values.get("active", True),
    )
