"""The person page's extra tabs: assignments with status, and certificates with expiry.

The People section's detail becomes a page about one person: Details (role and skill gaps),
Assignments, Certificates and History. The assignments come from the core's
``assignment_rows(employee_db_id=…)`` read with the detail, states as of "today".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.gui import states
from desktop.gui.detail_panel import DetailGroup, DetailPanel
from desktop.gui.rowmodel import plain_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("PersonPage", text)


@dataclass(frozen=True)
class PersonPage:
    """What the page shows, read on the worker in one go."""

    detail: Any  # core.listing.PersonDetail
    assignments: list[Any]  # core.assignments.AssignmentRow, newest first


def read_person_page(session: Any, person_id: int) -> PersonPage | None:
    from core.assignments import assignment_rows
    from core.listing import person_detail

    detail = person_detail(session, person_id)
    if detail is None:
        return None
    return PersonPage(detail, assignment_rows(session, states.today(), employee_db_id=person_id))


def _due_cell(row: Any) -> str:
    if row.due_date is None:
        return "—"
    state = states.due_state_name(row.due_state)
    return f"{row.due_date.isoformat()} {state}".strip()


def _progress_cell(row: Any) -> str:
    status = states.status_name(row.status)
    if row.status == "in_progress":
        return f"{status} {plain_text(float(row.percent or 0))} %"
    if row.score is not None:
        return f"{status} ({plain_text(float(row.score))})"
    return status


def assignment_groups(rows: Sequence[Any]) -> list[DetailGroup]:
    """Open assignments first (what is due), then finished ones."""
    open_rows = [r for r in rows if r.status in ("not_started", "in_progress", "failed")]
    closed = [r for r in rows if r not in open_rows]
    open_rows.sort(key=lambda r: (r.due_date is None, r.due_date or dt.date.max))
    header = [_tr("Course"), _tr("Due"), _tr("Status")]

    def grid(chosen: list[Any]) -> list[list[str]]:
        return [
            [f"{r.course_code} · {r.course_title}", _due_cell(r), _progress_cell(r)] for r in chosen
        ]

    overdue = sum(1 for r in open_rows if r.due_state == "overdue")
    title = _tr("Open ({0})").format(len(open_rows))
    if overdue:
        title += "  ·  " + _tr("{0} overdue").format(overdue)
    return [
        DetailGroup(
            title,
            grid_header=header if open_rows else [],
            grid=grid(open_rows),
            empty_text=_tr("Nothing open"),
        ),
        DetailGroup(
            _tr("Finished or withdrawn ({0})").format(len(closed)),
            grid_header=header if closed else [],
            grid=grid(closed),
            empty_text=_tr("None yet"),
        ),
    ]


def certificate_groups(rows: Sequence[Any]) -> list[DetailGroup]:
    """Completed courses, newest first, with the certificate's expiry and its state."""
    done = sorted(
        (r for r in rows if r.status == "completed" and r.completed_on is not None),
        key=lambda r: r.completed_on,
        reverse=True,
    )
    grid = []
    for row in done:
        if row.certificate_expiry is None:
            expiry = _tr("does not expire")
        else:
            state = states.expiry_state_name(row.expiry_state)
            expiry = f"{row.certificate_expiry.isoformat()} {state}".strip()
        grid.append(
            [f"{row.course_code} · {row.course_title}", row.completed_on.isoformat(), expiry]
        )
    expiring = sum(1 for r in done if r.expiry_state and r.expiry_state != "expired")
    title = _tr("Certificates ({0})").format(len(done))
    if expiring:
        title += "  ·  " + _tr("{0} expiring soon").format(expiring)
    return [
        DetailGroup(
            title,
            grid_header=[_tr("Course"), _tr("Completed"), _tr("Expires")] if grid else [],
            grid=grid,
            empty_text=_tr("No completed courses yet"),
        )
    ]


class PersonTabs:
    """The Assignments and Certificates panels added beside a section's Details tab."""

    def __init__(self, tabs: Any) -> None:
        self.assignments = DetailPanel()
        self.assignments.setObjectName("personAssignments")
        self.certificates = DetailPanel()
        self.certificates.setObjectName("personCertificates")
        tabs.insertTab(1, self.assignments, _tr("Assignments"))
        tabs.insertTab(2, self.certificates, _tr("Certificates"))
        self.clear("")

    def clear(self, placeholder: str) -> None:
        self.assignments.show_placeholder(placeholder)
        self.certificates.show_placeholder(placeholder)

    def show(self, page: PersonPage) -> None:
        name = page.detail.name
        self.assignments.show_detail(name, _tr("Assignments"), assignment_groups(page.assignments))
        self.certificates.show_detail(
            name, _tr("Certificates"), certificate_groups(page.assignments)
        )
