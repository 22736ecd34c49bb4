"""Training plan, transcript and compliance PDFs: the facts printed, fonts, pages, batches."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixture import (
    CHINESE_NAME,
    build_report_company,
    embedded_fonts,
    ink_share,
    pdf_text,
    render_page,
)
from sqlalchemy.orm import Session

from core.changes import perform
from core.database import open_database
from core.errors import InputRefused
from core.messages import set_language
from core.reports.batch import write_plans
from core.reports.plan import write_plan
from core.reports.transcript import write_transcript
from core.tasks import Cancelled, TaskState
from db.session import Database

MONDAY = dt.date(2026, 1, 5)
PLAN_TITLES = ["SQL first steps", "SQL in depth", "Python for analysts", "Excel"]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    opened = open_database(tmp_path_factory.mktemp("reports") / "reports.db")
    build_report_company(opened.db)
    yield opened.db
    opened.db.close()


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(scope="module")
def pat_plan(db: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "pat.pdf"
    set_language("en")
    with db.reading() as session:
        write_plan(session, "P1", path, MONDAY)
    return path


def test_plan_prints_the_person_the_courses_in_order_and_the_totals(
    pat_plan: Path, english: None
) -> None:
    pages = pdf_text(pat_plan)
    text = "\n".join(pages)
    for fact in ("Pat One", "Employee ID: P1", "Role: Analyst", "Manager: —"):
        assert fact in text
    plan_part = text[text.index("The plan") :]
    positions = [plan_part.index(title) for title in PLAN_TITLES]
    assert positions == sorted(positions)
    # The hand-built fixture: 0 + 100 + 200 + 50 EUR (= 55 USD) and 4 + 10 + 12 + 6 hours.
    assert "355.00 USD" in plan_part and "4 courses, 32 hours, 355.00 USD in all" in plan_part
    assert "finished by 2026-03-01" in plan_part
    assert pages[0].count("Page 1 of ") == 1 and f"Page 1 of {len(pages)}" in pages[0]
    for label in ("Employee", "Manager", "Training admin", "Prerequisite chain"):
        assert label in text


def test_plan_prints_a_chinese_name_in_either_language(db: Database, tmp_path: Path) -> None:
    for language, title, page in (
        ("en", "Training plan", "Page 1 of"),
        ("zh_CN", "培训计划", "第 1 页，共"),
    ):
        set_language(language)
        try:
            with db.reading() as session:
                write_plan(session, "P3", tmp_path / f"{language}.pdf", MONDAY)
        finally:
            set_language("en")
        text = "\n".join(pdf_text(tmp_path / f"{language}.pdf"))
        assert CHINESE_NAME in text and title in text and page in text
        assert "Pat One" in text  # the manager


def test_cjk_font_is_embedded_and_page_one_is_not_blank(db: Database, tmp_path: Path) -> None:
    with db.reading() as session:
        write_plan(session, "P3", tmp_path / "p3.pdf", MONDAY)
    fonts = embedded_fonts(tmp_path / "p3.pdf")
    assert any("WenQuanYi" in line for line in fonts) and any("DejaVu" in line for line in fonts)
    out = subprocess.run(["pdffonts", str(tmp_path / "p3.pdf")], capture_output=True, text=True)
    assert "Helvetica" not in out.stdout  # every font in the file is one we ship and embed
    assert ink_share(render_page(tmp_path / "p3.pdf", 1)) > 0.02


def test_an_all_latin_plan_embeds_only_the_latin_face(pat_plan: Path) -> None:
    fonts = embedded_fonts(pat_plan)
    assert fonts and all("DejaVu" in line for line in fonts)


def test_unknown_person_is_refused_and_nothing_written(db: Database, tmp_path: Path) -> None:
    with db.reading() as session, pytest.raises(InputRefused) as refused:
        write_plan(session, "NOBODY", tmp_path / "x.pdf", MONDAY)
    assert "NOBODY" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_letter_page_size_from_settings(tmp_path: Path) -> None:
    from core.settings import load_settings, save_settings

    opened = open_database(tmp_path / "letter.db")
    build_report_company(opened.db)

    def letter(s: Session) -> None:
        settings = load_settings(s)
        settings.page_size = "Letter"
        settings.company_name = "Acme 培训"
        save_settings(s, settings)

    perform(opened.db, "Letter", letter)
    with opened.db.reading() as session:
        write_plan(session, "P1", tmp_path / "letter.pdf", MONDAY)
    opened.db.close()
    box = PdfReader(tmp_path / "letter.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Acme 培训" in pdf_text(tmp_path / "letter.pdf")[0]


def test_batch_in_one_pdf_numbers_pages_per_plan(
    db: Database, tmp_path: Path, english: None
) -> None:
    state = TaskState()
    with db.reading() as session:
        result = write_plans(session, tmp_path / "all.pdf", role="AN", today=MONDAY, state=state)
    assert result.items == 3 and state.progress == 1.0
    pages = pdf_text(tmp_path / "all.pdf")
    assert len(pages) == result.pages
    starts = [i for i, page in enumerate(pages) if "Page 1 of" in page]
    assert len(starts) == 3  # every plan starts its own numbering
    everyone = ("Pat One", "Pia Two", CHINESE_NAME)
    # The header names the plan's person on each of its pages.
    names = [next(n for n in everyone if f"Training plan — {n}" in pages[i]) for i in starts]
    assert sorted(names) == sorted(everyone)


def test_batch_as_zip_holds_one_pdf_per_person(db: Database, tmp_path: Path) -> None:
    with db.reading() as session:
        result = write_plans(session, tmp_path / "all.zip", role="Analyst", today=MONDAY)
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        names = sorted(archive.namelist())
        assert names == ["P1 Pat One.pdf", "P2 Pia Two.pdf", f"P3 {CHINESE_NAME}.pdf"]
        text = pdf_text(archive.read("P1 Pat One.pdf"))
    assert result.items == 3 and "355.00 USD" in "\n".join(text)


class _CancelAfter(TaskState):
    """Presses Cancel once the batch reaches its ``after``-th plan."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def set_progress(self, fraction: float, status: str = "") -> None:
        super().set_progress(fraction, status)
        if status.startswith(f"Plan {self.after} "):
            self.cancelled = True


@pytest.mark.parametrize("name", ["plans.pdf", "plans.zip"])
def test_cancel_leaves_no_partial_file(
    db: Database, tmp_path: Path, name: str, english: None
) -> None:
    target = tmp_path / name
    target.write_bytes(b"the previous file")
    with db.reading() as session, pytest.raises(Cancelled):
        write_plans(session, target, role="AN", today=MONDAY, state=_CancelAfter(2))
    assert target.read_bytes() == b"the previous file"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left behind


def test_unknown_or_empty_department_is_refused(db: Database, tmp_path: Path) -> None:
    with db.reading() as session, pytest.raises(InputRefused):
        write_plans(session, tmp_path / "x.pdf", department="Nowhere", today=MONDAY)
    assert list(tmp_path.iterdir()) == []


def test_transcript_lists_assignments_and_completions(tmp_path: Path, english: None) -> None:
    from sqlalchemy import select

    from core.assignments import AssignRequest, assign
    from core.progress import record_completion
    from db.models import Course, Employee

    opened = open_database(tmp_path / "t.db")
    build_report_company(opened.db)

    def history(s: Session) -> None:
        request = AssignRequest(
            "person", "P3", ("SQL2",), start=MONDAY, due=dt.date(2026, 2, 1), mandatory=True
        )
        assign(s, request, MONDAY)
        person = s.scalar(select(Employee.id).where(Employee.employee_id == "P3"))
        course = s.scalar(select(Course.id).where(Course.code == "BASICS"))
        assert person is not None and course is not None
        record_completion(s, person, course, dt.date(2025, 11, 3), score=91)

    perform(opened.db, "History", history)
    with opened.db.reading() as session:
        write_transcript(session, "p3@example.com", tmp_path / "t.pdf", MONDAY)
    opened.db.close()
    text = "\n".join(pdf_text(tmp_path / "t.pdf"))
    assert "Training transcript" in text and CHINESE_NAME in text
    assert "SQL in depth" in text and "2026-02-01" in text and "not started" in text
    assert "mandatory" in text
    assert "SQL first steps" in text and "2025-11-03" in text and "91" in text
    assert "SQL" in text and "from a course" in text  # the skill the completion raised
