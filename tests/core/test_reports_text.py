"""User text in a PDF prints as written: escaping, Chinese, long words, emoji."""

from __future__ import annotations

import datetime as dt
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from report_fixture import pdf_text, squeeze

from core.messages import set_language
from core.path_cover import PlanInputs, compose_plan
from core.path_plan import CourseFacts, Gap
from core.reports.base import Renderer
from core.reports.batch import render_plans
from core.reports.plan_data import PersonHeader, PlanDocument
from core.reports.text import PLACEHOLDER, markup, runs
from core.settings import AppSettings

DAY = dt.date(2026, 1, 5)
TRICKY = [
    "<",
    "&",
    "<b>",
    "</b>",
    '<font color="red">',
    "<font color=red>",
    "&amp;",
    "&lt;",
    '"',
    "'",
    "C++ <Advanced> & More",
    "培训",
    "数据分析",
    "Ünïcödé",
]
WORDS = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-_.,;:!?()[]/", min_size=1),
    st.text(alphabet=[chr(c) for c in range(0x4E00, 0x4E00 + 400)], min_size=1, max_size=12),
    st.text(alphabet="abcdefghij", min_size=60, max_size=160),  # a word longer than a line
)
TEXT = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)


def _document(name: str, titles: list[str]) -> PlanDocument:
    """A person who needs Skill 1..n, each taught by one course with a given title."""
    courses = {
        f"C{i}": CourseFacts(f"C{i}", title, 2.0, 10.0, {f"Skill {i}": 2}, ())
        for i, title in enumerate(titles)
    }
    gaps = tuple(Gap(f"Skill {i}", 2, 0) for i in range(len(titles)))
    plan = compose_plan(PlanInputs("E1", "Role", gaps, courses, frozenset(), DAY, 4.0, None))
    person = PersonHeader(1, "E1", name, "Dept", "Role", None)
    required = {gap.skill: gap.target for gap in gaps}
    return PlanDocument(person, required, {}, plan, "USD")


def _render(doc: PlanDocument) -> str:
    out = io.BytesIO()
    render_plans([doc], AppSettings(company_name="Acme"), out, DAY)
    return "\n".join(pdf_text(out.getvalue()))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=TEXT, titles=st.lists(TEXT, min_size=1, max_size=3))
def test_names_and_titles_print_as_written(name: str, titles: list[str]) -> None:
    set_language("en")
    text = squeeze(_render(_document(name, titles)))
    assert squeeze(name) in text
    for title in titles:
        assert squeeze(title) in text


def test_a_long_word_wraps_inside_the_page() -> None:
    """A 300-letter name and title build, print whole, and leave the margins white."""
    from report_fixture import ink_share, need_tool, render_page

    need_tool("pdftoppm")
    word = "Supercalifragilistic" * 15
    out = io.BytesIO()
    render_plans([_document(word, [word, "短标题"])], AppSettings(), out, DAY)
    text = squeeze("\n".join(pdf_text(out.getvalue())))
    assert text.count(word) >= 3  # subtitle, person block and the plan table at least
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "long.pdf"
        pdf.write_bytes(out.getvalue())
        page = render_page(pdf, 1, dpi=72)
    width, height = page.size
    margin = int(14 / 25.4 * 72)  # the 16 mm margin less a little
    assert ink_share(page, (width - margin, 0, width, height)) == 0.0
    assert ink_share(page, (0, 0, margin, height)) == 0.0


def test_emoji_print_as_the_placeholder() -> None:
    text = _render(_document("Ana 😀 Lee", ["Python 🐍 basics", "Café ☕ talk"]))
    assert "😀" not in text and "🐍" not in text
    assert f"Ana {PLACEHOLDER} Lee" in text and f"Python {PLACEHOLDER} basics" in text
    assert "☕" in text  # a symbol the Latin face has prints as itself


def test_runs_split_latin_and_cjk_and_escape() -> None:
    assert runs("SQL 基础 & more") == [("latin", "SQL "), ("cjk", "基础 "), ("latin", "& more")]
    assert markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert markup("数据") == '<font name="TD-CJK">数据</font>'
    assert markup("👍🏽x") == f"{PLACEHOLDER}{PLACEHOLDER}x"
    assert markup("one\ntwo\x07") == "one<br/>two"


def test_renderer_uses_letter_when_settings_say_so() -> None:
    assert Renderer(AppSettings(page_size="Letter"), "t", DAY).page_size == (612.0, 792.0)


def _png() -> str:
    import base64

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (60, 20), (37, 99, 235)).save(buffer, "PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_the_company_logo_prints_in_the_header_and_a_broken_one_is_left_out() -> None:
    from pypdf import PdfReader

    doc = _document("Ana Lee", ["Excel"])
    for logo, images in ((_png(), 1), ("not base64 at all!", 0)):
        out = io.BytesIO()
        render_plans([doc], AppSettings(company_name="Acme", company_logo_png=logo), out, DAY)
        page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
        assert len(page.images) == images
        assert "Acme" in (page.extract_text() or "")
