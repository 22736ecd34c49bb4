"""Compliance, department and course quality reports on the demo company."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from report_fixture import pdf_text

from core.database import open_database
from core.demo import DemoParams, generate_demo
from core.errors import InputRefused
from core.messages import set_language
from core.reports.compliance import compliance_lines, write_compliance
from core.reports.course_quality import write_course_quality
from core.reports.department import department_pdf, load_department
from core.settings import load_settings
from db.session import Database

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    set_language("en")
    opened = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    generate_demo(opened.db, DemoParams(learners=120, courses=80, seed=1, as_of=AS_OF))
    yield opened.db
    opened.db.close()


def test_compliance_is_landscape_with_a_header_on_every_page(
    demo: Database, tmp_path: Path
) -> None:
    with demo.reading() as session:
        result = write_compliance(session, tmp_path / "c.pdf", today=AS_OF)
        lines = compliance_lines(session, AS_OF)
    box = PdfReader(tmp_path / "c.pdf").pages[0].mediabox
    assert float(box.width) > float(box.height)
    pages = pdf_text(tmp_path / "c.pdf")
    assert result.pages == len(pages) > 3 and result.items == len(lines) > 120
    first = next(i for i, page in enumerate(pages) if "By person" in page)
    assert pages[first + 1 :]
    assert all("Employee ID" in page and "State" in page for page in pages[first + 1 :])
    assert all(f"of {len(pages)}" in page for page in pages)
    overdue = [line for line in lines if line.cell.state == "overdue"]
    assert overdue and overdue[0].name in "\n".join(pages)


def test_compliance_for_one_department_and_an_unknown_one(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        everyone = compliance_lines(session, AS_OF)
        write_compliance(session, tmp_path / "fin.pdf", department="FIN", today=AS_OF)
        with pytest.raises(InputRefused):
            write_compliance(session, tmp_path / "x.pdf", department="Nowhere", today=AS_OF)
    finance = {line.employee_id for line in everyone if line.department == "Finance"}
    text = "\n".join(pdf_text(tmp_path / "fin.pdf"))
    assert finance and all(eid in text for eid in finance)
    assert not (tmp_path / "x.pdf").exists()


def test_department_report_figures_match_its_people(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        data = load_department(session, "OPS", AS_OF)
        settings = load_settings(session)
    with (tmp_path / "d.pdf").open("wb") as out:
        department_pdf(data, settings, out, AS_OF)
    text = "\n".join(pdf_text(tmp_path / "d.pdf"))
    assert len(data.people) > 10
    assert f"Operations as of 2026-06-30: {len(data.people)} people" in text
    assert sum(p.overdue for p in data.people.values()) == len(data.overdue)
    assert f"Overdue assignments\n{len(data.overdue)}" in text
    assert data.segments and sum(n for _, n in data.segments) <= len(data.people)
    assert all(name in text for name, _ in data.segments)
    rate = f"{100 * data.completed / data.counted:.0f}%"
    assert f"Completion rate\n{rate}" in text


def test_course_quality_lists_the_weak_courses_first(demo: Database, tmp_path: Path) -> None:
    from core.analytics.weak_courses import weak_courses

    with demo.reading() as session:
        result = write_course_quality(session, tmp_path / "q.pdf", AS_OF)
        weak = weak_courses(session, as_of=AS_OF)
    text = "\n".join(pdf_text(tmp_path / "q.pdf"))
    assert result.items > 10 and weak.courses
    ratings_at = text.index("Ratings and sentiment")
    for course in weak.courses:
        assert text.index(f"{course.code} ") < ratings_at
        assert "Suggested fix:" in text
