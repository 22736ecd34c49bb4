"""Import semantics: one transaction, all or (with --skip-invalid) exactly the valid rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from import_support import dump, import_file, write_csv
from sqlalchemy import select, text

from core.database import open_database
from core.errors import InputRefused
from core.importing import ImportOptions, auto_map, preview_import, read_table, run_import
from core.tasks import Cancelled, TaskState
from db.models import AuditEntry, Employee
from db.session import Database

PEOPLE = [
    ["工号", "姓名", "邮箱", "部门", "岗位", "上级", "入职日期", "在职"],
    ["00042", "王芳", "wang@example.com", "销售部", "Sales Lead", "", "2021-05-04", "在职"],
    [
        "00043",
        "李雷",
        "li@example.com",
        "销售部",
        "Sales Rep",
        "wang@example.com",
        "12/03/2022",
        "1",
    ],
    ["00044", "Ann Lee", "", "IT", "", "李雷", "25/03/2022", "离职"],
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(tmp_path / "import.db")
    yield opened.db
    opened.db.close()


def _people(db: Database) -> dict[str, tuple[object, ...]]:
    with db.reading() as session:
        rows = session.execute(
            text(
                "SELECT e.employee_id, e.name, e.email, d.name, r.name, m.employee_id, "
                "e.hire_date, e.active FROM employees e "
                "LEFT JOIN departments d ON d.id = e.department_id "
                "LEFT JOIN roles r ON r.id = e.role_id "
                "LEFT JOIN employees m ON m.id = e.manager_id"
            )
        )
        return {row[0]: tuple(row[1:]) for row in rows}


def test_learners_with_chinese_headers_leading_zeros_managers_in_any_order(
    db: Database, tmp_path: Path
) -> None:
    # The manager of 00042's report comes after the report in the file: order must not matter.
    rows = [PEOPLE[0], PEOPLE[3], PEOPLE[2], PEOPLE[1]]
    summary = import_file(db, "learners", write_csv(tmp_path / "p.csv", rows))
    assert (summary.added, summary.refused, summary.written) == (3, 0, True)
    people = _people(db)
    assert people["00042"] == ("王芳", "wang@example.com", "销售部", "Sales Lead", None,
                               "2021-05-04", 1)  # fmt: skip
    assert people["00043"][4:] == ("00042", "2022-03-12", 1)  # 25/03 in the column: D/M
    assert people["00044"][2:] == ("IT", None, "00043", "2022-03-25", 0)
    again = import_file(db, "learners", write_csv(tmp_path / "p.csv", rows))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 3)


def test_a_refused_file_writes_nothing_and_lists_every_problem(
    db: Database, tmp_path: Path
) -> None:
    import_file(db, "learners", write_csv(tmp_path / "ok.csv", PEOPLE))
    before = dump(db)
    bad = [
        PEOPLE[0],
        ["00042", "王芳", "wang@example.com", "销售部", "Sales Lead", "", "2021-05-04", "在职"],
        ["00050", "New Person", "", "新部门", "", "", "31/02/2026", "yes"],
        ["00051", "", "li@example.com", "", "", "nobody", "2026-01-01", "maybe"],
    ]
    summary = import_file(db, "learners", write_csv(tmp_path / "bad.csv", bad))
    assert (summary.written, summary.refused, summary.added) == (False, 2, 0)
    found = {(p.row, p.field, p.message.code) for p in summary.problems}
    assert found == {
        (3, "hire_date", "import.no_such_date"),
        (4, "name", "import.required"),
        (4, "active", "import.not_yes_no"),
    }
    assert "31/02/2026" in summary.problems[0].message.text()
    assert summary.problems[0].column == "入职日期"
    assert dump(db) == before  # not even the new department


def test_an_ambiguous_date_asks_for_the_format_and_the_format_settles_it(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        ["employee_id", "name", "hire_date"],
        ["1", "A", "03/04/2026"],
        ["2", "B", "05/06/2026"],
    ]
    path = write_csv(tmp_path / "d.csv", rows)
    before = dump(db)
    refused = import_file(db, "learners", path)
    assert [p.message.code for p in refused.problems] == ["import.ambiguous_date"] * 2
    assert "--date-format" in refused.problems[0].message.text()
    assert dump(db) == before
    done = import_file(db, "learners", path, date_format="%m/%d/%Y")
    assert done.added == 2 and _people(db)["1"][5] == "2026-03-04"


def test_skip_invalid_writes_exactly_the_valid_rows_and_dry_run_nothing(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        ["code", "title", "price", "hours", "prerequisites"],
        ["A1", "Basics", "$10", "2h", ""],
        ["A2", "Next", "lots", "1.5 hours", "A1"],
        ["A3", "Third", "Free", "90 min", "A2"],  # needs A2, which is refused
        ["A4", "Fourth", "", "", "ZZ"],
    ]
    path = write_csv(tmp_path / "c.csv", rows)
    before = dump(db)
    dry = import_file(db, "courses", path, dry_run=True, skip_invalid=True)
    assert (dry.added, dry.refused, dry.written, dry.dry_run) == (1, 3, False, True)
    assert dump(db) == before
    done = import_file(db, "courses", path, skip_invalid=True)
    assert (done.added, done.refused, done.written) == (1, 3, True)
    codes = {(p.row, p.message.code) for p in done.problems}
    assert codes == {
        (3, "import.bad_price"),
        (4, "import.unknown_prerequisite"),
        (5, "import.unknown_prerequisite"),
    }
    with db.reading() as session:
        assert session.execute(text("SELECT code, price, currency, hours FROM courses")).all() == [
            ("A1", 10.0, "USD", 2.0)
        ]
    assert "courses" in done.changes.tables


def test_prerequisite_loops_are_refused_naming_the_loop(db: Database, tmp_path: Path) -> None:
    rows = [["code", "title", "prerequisites"], ["A", "a", "C"], ["B", "b", "A"], ["C", "c", "B"]]
    summary = import_file(db, "courses", write_csv(tmp_path / "loop.csv", rows))
    assert summary.refused == 3 and not summary.written
    text_ = summary.problems[0].message.text()
    assert "A → C → B → A" in text_


def test_courses_upsert_on_code_with_skills_tags_and_choices(db: Database, tmp_path: Path) -> None:
    rows = [
        ["课程编号", "课程名称", "技能", "标签", "语言", "形式", "状态", "有效期"],
        ["D1", "数据分析", "SQL:3; Excel:2", "数据，分析", "中文", "线上", "", "12"],
    ]
    first = import_file(db, "courses", write_csv(tmp_path / "c.csv", rows))
    assert first.added == 1
    rows[1][2] = "SQL:4; Excel:2"
    second = import_file(db, "courses", write_csv(tmp_path / "c.csv", rows))
    assert (second.added, second.updated, second.unchanged) == (0, 1, 0)
    with db.reading() as session:
        course = session.execute(
            text("SELECT tags, language, format, status, validity_months FROM courses")
        ).one()
        skills = session.execute(
            text("SELECT s.name, cs.level FROM course_skills cs JOIN skills s ON s.id = skill_id")
        ).all()
    assert tuple(course) == ("数据, 分析", "zh", "online", "active", 12)
    assert sorted(skills) == [("Excel", 2), ("SQL", 4)]


def test_roles_rows_create_roles_and_skills_and_upsert_levels(db: Database, tmp_path: Path) -> None:
    rows = [["岗位", "技能", "等级"], ["分析师", "SQL", "3"], ["分析师", "Python", "2"],
            ["经理", "SQL", "6"]]  # fmt: skip
    summary = import_file(db, "roles", write_csv(tmp_path / "r.csv", rows), skip_invalid=True)
    assert (summary.added, summary.refused) == (2, 1)
    assert summary.problems[0].message.code == "import.out_of_range"
    rows[3][2] = "4"
    rows[1][2] = "4"
    again = import_file(db, "roles", write_csv(tmp_path / "r.csv", rows))
    assert (again.added, again.updated, again.unchanged) == (1, 1, 1)


def test_repeated_rows_are_stored_once_and_conflicting_ones_refused(
    db: Database, tmp_path: Path
) -> None:
    rows = [["code", "title"], ["X", "Same"], ["X", "Same"], ["Y", "One"], ["Y", "Other"]]
    summary = import_file(db, "courses", write_csv(tmp_path / "c.csv", rows), skip_invalid=True)
    assert [(r.row, r.first_row) for r in summary.repeated] == [(3, 2)]
    assert [(p.row, p.message.code) for p in summary.problems] == [(5, "import.duplicate_key")]
    assert summary.added == 2


def test_email_must_be_unique_and_managers_resolvable(db: Database, tmp_path: Path) -> None:
    rows = [
        ["employee_id", "name", "email", "manager"],
        ["1", "A", "a@x.org", ""],
        ["2", "B", "A@X.org", "1"],
        ["3", "C", "", "Nobody Here"],
        ["4", "D", "", "4"],
    ]
    summary = import_file(db, "learners", write_csv(tmp_path / "p.csv", rows))
    assert {(p.row, p.message.code) for p in summary.problems} == {
        (3, "import.email_taken"),
        (4, "import.unknown_manager"),
        (5, "import.self_manager"),
    }


def test_a_manager_loop_in_the_file_or_with_stored_people_is_refused(
    db: Database, tmp_path: Path
) -> None:
    import_file(
        db,
        "learners",
        write_csv(
            tmp_path / "a.csv",
            [
                ["employee_id", "name", "manager"],
                ["10", "Boss", ""],
                ["11", "Lead", "10"],
            ],
        ),
    )
    rows = [
        ["employee_id", "name", "manager"],
        ["1", "A", "2"],
        ["2", "B", "1"],
        ["10", "Boss", "11"],  # stored 11 reports to 10: this closes a loop with the database
        ["3", "C", "1"],  # reports into the loop but is not part of it
    ]
    summary = import_file(db, "learners", write_csv(tmp_path / "loop.csv", rows))
    loops = {
        p.row: p.message.values["loop"]
        for p in summary.problems
        if p.message.code == "import.manager_loop"
    }
    assert loops == {2: "1 → 2 → 1", 3: "2 → 1 → 2", 4: "10 → 11 → 10"}
    assert not summary.written


def test_a_missing_required_column_refuses_the_file(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["name only"], ["x"]])
    with pytest.raises(InputRefused) as refused:
        import_file(db, "courses", path)
    assert "--map title=" in str(refused.value)


def test_cancel_writes_nothing(db: Database, tmp_path: Path) -> None:
    rows = [["code", "title"]] + [[f"C{i}", f"Course {i}"] for i in range(1200)]
    table = read_table(write_csv(tmp_path / "c.csv", rows))
    mapping = auto_map("courses", table.headers)

    class CancelMidway(TaskState):
        def set_progress(self, fraction: float, status: str = "") -> None:
            super().set_progress(fraction, status)
            self.cancelled = fraction >= 0.3

    before = dump(db)
    with pytest.raises(Cancelled):
        run_import(db, "courses", table, mapping, ImportOptions(), CancelMidway())
    assert dump(db) == before


def test_preview_shows_the_first_rows_as_stored_and_every_problem(
    db: Database, tmp_path: Path
) -> None:
    rows = [["title", "price", "currency", "hours"]]
    rows += [[f"T{i}", "¥1,299.00", "CNY", "3h"] for i in range(30)]
    rows += [["Bad", "x", "", ""], ["Yen", "¥5", "", ""]]
    table = read_table(write_csv(tmp_path / "c.csv", rows))
    with db.reading() as session:
        preview = preview_import(
            session, "courses", table, auto_map("courses", table.headers), ImportOptions(), limit=5
        )
    assert len(preview.records) == 5 and preview.added == 30 and preview.refused == 2
    first = preview.records[0]
    assert (first["price"], first["currency"], first["hours"]) == (1299.0, "CNY", 3.0)
    # ¥ with a USD base currency and no currency given is not guessed.
    codes = [(p.row, p.message.code) for p in preview.problems]
    assert codes == [(32, "import.bad_price"), (33, "import.ambiguous_yen")]


def test_the_import_is_audited_as_one_bulk_operation(db: Database, tmp_path: Path) -> None:
    import_file(db, "learners", write_csv(tmp_path / "p.csv", PEOPLE))
    with db.reading() as session:
        entries = list(session.scalars(select(AuditEntry)))
        assert session.scalar(select(Employee.name).where(Employee.employee_id == "00044"))
    assert {e.kind for e in entries} == {"bulk"}
    assert len({e.operation for e in entries}) == 1
    assert entries[0].action == "Import learners from p.csv"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.csv", b""),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("utf16.csv", "工号,姓名\n1,王芳\n".encode("utf-16-le")),
        ("latin1.csv", "employee_id,name\n1,Renée Müller\n".encode("latin-1")),
    ],
)
def test_a_file_refused_as_a_whole_leaves_every_table_as_it_was(
    db: Database, tmp_path: Path, name: str, content: bytes
) -> None:
    import_file(db, "learners", write_csv(tmp_path / "ok.csv", PEOPLE))
    before = dump(db)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputRefused) as refused:
        import_file(db, "learners", path)
    assert str(path) in str(refused.value)
    assert dump(db) == before


def test_updating_people_changes_only_the_mapped_fields(db: Database, tmp_path: Path) -> None:
    import_file(db, "learners", write_csv(tmp_path / "p.csv", PEOPLE))
    changes = [["工号", "姓名", "部门", "上级"], ["00044", "Ann Lee", "Finance", "00042"]]
    summary = import_file(db, "learners", write_csv(tmp_path / "move.csv", changes))
    assert (summary.added, summary.updated, summary.unchanged) == (0, 1, 0)
    # Department and manager changed; hire date and active flag (not in the file) kept.
    assert _people(db)["00044"] == ("Ann Lee", None, "Finance", None, "00042", "2022-03-25", 0)


def test_money_columns_settle_one_currency_per_course(db: Database, tmp_path: Path) -> None:
    rows = [
        ["title", "price", "currency", "certificate_price"],
        ["Bare", "", "", "30"],  # a bare amount is in the base currency (USD by default)
        ["Free with certificate", "FREE-Add a Verified Certificate for $49 USD", "", ""],
        ["Clash", "€20", "CNY", ""],
        ["Yuan", "¥1,299.00", "CNY", ""],
    ]
    table = read_table(write_csv(tmp_path / "m.csv", rows))
    with db.reading() as session:
        preview = preview_import(
            session, "courses", table, auto_map("courses", table.headers), ImportOptions()
        )
    money = [(r["price"], r["currency"], r["certificate_price"]) for r in preview.records]
    assert money == [(None, "USD", 30.0), (0.0, "USD", 49.0), (1299.0, "CNY", None)]
    assert [(p.row, p.field, p.message.code) for p in preview.problems] == [
        (4, "currency", "import.currency_conflict")
    ]


def test_two_people_may_swap_emails_in_one_file(db: Database, tmp_path: Path) -> None:
    import_file(db, "learners", write_csv(tmp_path / "p.csv", PEOPLE))
    swap = [["工号", "姓名", "邮箱"], ["00042", "王芳", "li@example.com"],
            ["00043", "李雷", "wang@example.com"]]  # fmt: skip
    summary = import_file(db, "learners", write_csv(tmp_path / "swap.csv", swap))
    assert (summary.updated, summary.refused) == (2, 0)
    assert _people(db)["00042"][1] == "li@example.com"
