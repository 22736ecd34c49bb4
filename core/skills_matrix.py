"""People × skills, each cell the gap between a person's level and their role's requirement.

Built for 20,000 people × ~60 skills: the matrix is a few numpy arrays (one byte per cell),
never a Python object per cell, so the GUI's table model reads cells straight from them.

Cell states: ``NOT_REQUIRED`` (the role does not ask for the skill — or the person has no
role), ``MET`` (level ≥ required), ``GAP_1`` (one level short), ``GAP_2`` (two or more).
A **single-holder risk** is a skill some role in a department requires that at most one
person in that department holds (level ≥ 1): lose that person and nobody has it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import InputRefused
from core.messages import msg
from core.tasks import TaskState
from db.models import Department, Employee, EmployeeSkill, Role, RoleSkill, Skill

if TYPE_CHECKING:
    from numpy.typing import NDArray

NOT_REQUIRED, MET, GAP_1, GAP_2 = 0, 1, 2, 3
STATE_CODES = {
    NOT_REQUIRED: "matrix.not_required",
    MET: "matrix.met",
    GAP_1: "matrix.gap_1",
    GAP_2: "matrix.gap_2",
}
# Fills for the export (ARGB); the GUI uses its own palette for the same states.
EXPORT_FILLS = {NOT_REQUIRED: "FFF2F2F2", MET: "FFB7E1CD", GAP_1: "FFFCE8B2", GAP_2: "FFF4C7C3"}
NO_GROUP = -1


@dataclass(frozen=True)
class Risk:
    department: str
    skill: str
    holders: int


@dataclass
class SkillsMatrix:
    """Rows are active people by name; columns skills by name. Arrays share row order."""

    employee_ids: list[str]
    names: list[str]
    skills: list[str]
    departments: list[str]  # names by department index
    roles: list[str]  # names by role index
    department_of: NDArray[np.int32]  # per person; NO_GROUP when none
    role_of: NDArray[np.int32]
    levels: NDArray[np.int8]  # people × skills, 0 = not held
    required: NDArray[np.int8]  # people × skills, 0 = not required
    states: NDArray[np.int8]  # people × skills, one of the cell states
    single_holder: NDArray[np.bool_]  # departments × skills

    @property
    def people(self) -> int:
        return len(self.names)

    def rows_for(self, department: int | None = None, role: int | None = None) -> NDArray[np.intp]:
        """Row numbers of the people in ``department`` and ``role`` (None: any)."""
        keep = np.ones(self.people, dtype=bool)
        if department is not None:
            keep &= self.department_of == department
        if role is not None:
            keep &= self.role_of == role
        return np.flatnonzero(keep)

    def risks(self, department: int | None = None) -> list[Risk]:
        """Single-holder risks, in one department or all, with how many hold each."""
        found = []
        for d, s in zip(*np.nonzero(self.single_holder), strict=True):
            if department is not None and d != department:
                continue
            holders = int(np.count_nonzero(self.levels[self.department_of == d, s] > 0))
            found.append(Risk(self.departments[d], self.skills[s], holders))
        return sorted(found, key=lambda r: (r.department, r.skill))

    def risky_skills(self, department: int | None = None) -> set[int]:
        if department is not None and not 0 <= department < len(self.departments):
            return set()
        rows = self.single_holder if department is None else self.single_holder[[department]]
        return {int(s) for s in np.flatnonzero(rows.any(axis=0))}


def _index(names: list[tuple[int, str]]) -> tuple[dict[int, int], list[str]]:
    return {db_id: i for i, (db_id, _n) in enumerate(names)}, [n for _i, n in names]


def cell_states(levels: NDArray[np.int8], required: NDArray[np.int8]) -> NDArray[np.int8]:
    gap = required.astype(np.int16) - levels
    states = np.where(gap <= 0, MET, np.where(gap == 1, GAP_1, GAP_2))
    return np.where(required == 0, NOT_REQUIRED, states).astype(np.int8)


def single_holder_risks(
    department_of: NDArray[np.int32],
    levels: NDArray[np.int8],
    required: NDArray[np.int8],
    count: int,
) -> NDArray[np.bool_]:
    """departments × skills: required by someone there, held (level ≥ 1) by at most one."""
    risk = np.zeros((count, levels.shape[1]), dtype=bool)
    for d in range(count):
        members = department_of == d
        if not members.any():
            continue
        needed = (required[members] > 0).any(axis=0)
        holders = np.count_nonzero(levels[members] > 0, axis=0)
        risk[d] = needed & (holders <= 1)
    return risk


def load_matrix(session: Session, state: TaskState | None = None) -> SkillsMatrix:
    """The skills matrix of every active person (read on the background worker)."""
    state = state or TaskState()
    state.set_progress(0.05, msg("matrix.loading").text())
    department_index, departments = _index(
        list(session.execute(select(Department.id, Department.name).order_by(Department.name)))
    )
    role_index, roles = _index(
        list(session.execute(select(Role.id, Role.name).order_by(Role.name)))
    )
    skill_index, skills = _index(
        list(session.execute(select(Skill.id, Skill.name).order_by(Skill.name)))
    )
    people = session.execute(
        select(
            Employee.id,
            Employee.employee_id,
            Employee.name,
            Employee.department_id,
            Employee.role_id,
        )
        .where(Employee.active.is_(True))
        .order_by(Employee.name, Employee.employee_id)
    ).all()
    state.check()
    state.set_progress(0.3)
    row_of = {person[0]: i for i, person in enumerate(people)}
    department_of = np.array(
        [department_index.get(p[3], NO_GROUP) if p[3] is not None else NO_GROUP for p in people],
        dtype=np.int32,
    )
    role_of = np.array(
        [role_index.get(p[4], NO_GROUP) if p[4] is not None else NO_GROUP for p in people],
        dtype=np.int32,
    )
    levels = np.zeros((len(people), len(skills)), dtype=np.int8)
    for employee, skill, level in session.execute(
        select(EmployeeSkill.employee_id, EmployeeSkill.skill_id, EmployeeSkill.level)
    ):
        row = row_of.get(employee)
        if row is not None:
            levels[row, skill_index[skill]] = level
    state.check()
    state.set_progress(0.7)
    role_required = np.zeros((len(roles) + 1, len(skills)), dtype=np.int8)  # last: no role
    for role, skill, level in session.execute(
        select(RoleSkill.role_id, RoleSkill.skill_id, RoleSkill.level)
    ):
        role_required[role_index[role], skill_index[skill]] = level
    required = role_required[role_of]  # NO_GROUP (-1) picks the all-zero last row
    matrix = SkillsMatrix(
        employee_ids=[p[1] for p in people],
        names=[p[2] for p in people],
        skills=skills,
        departments=departments,
        roles=roles,
        department_of=department_of,
        role_of=role_of,
        levels=levels,
        required=required,
        states=cell_states(levels, required),
        single_holder=single_holder_risks(department_of, levels, required, len(departments)),
    )
    state.set_progress(1.0)
    return matrix


def _group_name(names: list[str], index: int) -> str:
    return names[index] if index != NO_GROUP else ""


def export_matrix(
    session: Session,
    path: Path,
    state: TaskState | None = None,
    *,
    department: str | None = None,
    role: str | None = None,
) -> int:
    """Write the matrix to ``path`` (.xlsx) as the window shows it: a level per cell
    ("2/3" = has 2, role needs 3), filled by state, plus a sheet of single-holder risks;
    only the people of ``department`` and ``role`` when given (by name).
    Returns the number of people written."""
    if path.suffix.lower() != ".xlsx":
        raise InputRefused(msg("matrix.xlsx_only", file=str(path)))
    state = state or TaskState()
    matrix = load_matrix(session, TaskState())
    department_index = _find(matrix.departments, department)
    rows = matrix.rows_for(department_index, _find(matrix.roles, role))
    partial = path.with_name(path.name + ".part")
    try:
        _write_workbook(matrix, rows, department_index, partial, state)
        os.replace(partial, path)
    except OSError as error:
        raise InputRefused(
            msg("export.unwritable", file=str(path), detail=error.strerror or str(error))
        ) from None
    finally:
        partial.unlink(missing_ok=True)  # after a failure or Cancel; gone after success
    return len(rows)


def _find(names: list[str], name: str | None) -> int | None:
    """The index of ``name`` (None: everyone; a name nobody has matches nobody)."""
    if name is None:
        return None
    return names.index(name) if name in names else len(names)


def _cell_text(level: int, required: int) -> str:
    return f"{level}/{required}" if required else (str(level) if level else "")


def _write_workbook(
    matrix: SkillsMatrix,
    rows: NDArray[np.intp],
    department: int | None,
    path: Path,
    state: TaskState,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    from core.importing.exporting import xlsx_cell

    fills = {kind: PatternFill("solid", start_color=argb) for kind, argb in EXPORT_FILLS.items()}
    bold = Font(bold=True)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(msg("matrix.sheet").text())
    sheet.freeze_panes = "E2"
    fixed = [msg(f"matrix.{k}").text() for k in ("employee_id", "person", "department", "role")]
    risky = matrix.risky_skills(department)
    header = [
        *fixed,
        *(f"{name} ⚠" if s in risky else name for s, name in enumerate(matrix.skills)),
    ]
    sheet.append([_bold(WriteOnlyCell(sheet, value=xlsx_cell(h)), bold) for h in header])
    for done, row in enumerate(int(r) for r in rows):
        if done % 500 == 0:
            state.check()
            state.set_progress(done / max(1, len(rows)))
        cells = [
            WriteOnlyCell(sheet, value=xlsx_cell(v))
            for v in (
                matrix.employee_ids[row],
                matrix.names[row],
                _group_name(matrix.departments, int(matrix.department_of[row])),
                _group_name(matrix.roles, int(matrix.role_of[row])),
            )
        ]
        for s in range(len(matrix.skills)):
            text = _cell_text(int(matrix.levels[row, s]), int(matrix.required[row, s]))
            cell = WriteOnlyCell(sheet, value=text or None)
            cell.fill = fills[int(matrix.states[row, s])]
            cells.append(cell)
        sheet.append(cells)
    _write_legend_and_risks(workbook, matrix, department, fills, bold)
    workbook.save(path)


def _bold(cell: Any, font: Any) -> Any:
    cell.font = font
    return cell


def _write_legend_and_risks(
    workbook: Any, matrix: SkillsMatrix, department: int | None, fills: dict[int, Any], bold: Any
) -> None:
    from openpyxl.cell import WriteOnlyCell

    from core.importing.exporting import xlsx_cell

    sheet = workbook.create_sheet(msg("matrix.risk_sheet").text())
    header = [msg(f"matrix.{k}").text() for k in ("department", "skill", "holders")]
    sheet.append([_bold(WriteOnlyCell(sheet, value=h), bold) for h in header])
    for risk in matrix.risks(department):
        sheet.append([xlsx_cell(risk.department), xlsx_cell(risk.skill), risk.holders])
    sheet.append([])
    sheet.append([_bold(WriteOnlyCell(sheet, value=msg("matrix.legend").text()), bold)])
    for state, code in STATE_CODES.items():
        cell = WriteOnlyCell(sheet, value=msg(code).text())
        cell.fill = fills[state]
        sheet.append([cell])
