"""The skills matrix on the hand-built company: states, single-holder risks, XLSX export."""

from __future__ import annotations

from pathlib import Path

import pytest
from insights_fixture import build_insights_database

from core.database import open_database
from core.errors import InputRefused
from core.skills_matrix import (
    GAP_1,
    GAP_2,
    MET,
    NOT_REQUIRED,
    Risk,
    SkillsMatrix,
    export_matrix,
    load_matrix,
)


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_insights_database(tmp_path_factory.mktemp("matrix") / "matrix.db")


@pytest.fixture(scope="module")
def matrix(db_path: Path) -> SkillsMatrix:
    opened = open_database(db_path, write=False)
    try:
        with opened.db.reading() as session:
            return load_matrix(session)
    finally:
        opened.db.close()


def test_rows_are_active_people_and_columns_skills(matrix: SkillsMatrix) -> None:
    assert matrix.names == ["Bob", "Carol", "王芳"]  # Dan is inactive
    assert matrix.skills == ["Excel", "SQL", "谈判"]


def test_cells_are_coloured_by_gap_against_the_role(matrix: SkillsMatrix) -> None:
    assert matrix.states.tolist() == [
        [MET, GAP_2, NOT_REQUIRED],  # Bob, analyst: Excel 2/2, SQL 1/3
        [NOT_REQUIRED, NOT_REQUIRED, MET],  # Carol, lead: 谈判 2/2
        [GAP_1, MET, NOT_REQUIRED],  # 王芳, analyst: Excel 1/2, SQL 3/3
    ]


def test_single_holder_skills_are_flagged_per_department(matrix: SkillsMatrix) -> None:
    assert matrix.risks() == [Risk("Sales", "谈判", 1)]
    assert matrix.risky_skills() == {2}
    ops = matrix.departments.index("Ops")
    assert matrix.risks(ops) == []


def test_filters_pick_rows(matrix: SkillsMatrix) -> None:
    ops = matrix.departments.index("Ops")
    lead = matrix.roles.index("Lead")
    assert [matrix.names[r] for r in matrix.rows_for(department=ops)] == ["Bob", "王芳"]
    assert [matrix.names[r] for r in matrix.rows_for(role=lead)] == ["Carol"]


def test_export_writes_the_same_layout_with_fills(db_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "matrix.xlsx"
    opened = open_database(db_path, write=False)
    try:
        with opened.db.reading() as session:
            assert export_matrix(session, out) == 3
            with pytest.raises(InputRefused):
                export_matrix(session, tmp_path / "matrix.csv")
    finally:
        opened.db.close()
    book = load_workbook(out)
    sheet = book.worksheets[0]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Employee ID", "Person", "Department", "Role", "Excel", "SQL", "谈判 ⚠"]
    assert rows[1] == ["B", "Bob", "Ops", "Analyst", "2/2", "1/3", None]
    assert rows[3] == ["A", "王芳", "Ops", "Analyst", "1/2", "3/3", None]
    fills = [sheet.cell(row=2, column=c).fill.start_color.rgb for c in (5, 6, 7)]
    assert fills == ["FFB7E1CD", "FFF4C7C3", "FFF2F2F2"]
    risks = [[c.value for c in row] for row in book.worksheets[1].iter_rows(max_row=2)]
    assert risks[1] == ["Sales", "谈判", 1]
