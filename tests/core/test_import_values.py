"""Cells as real files write them: money, effort, dates, languages, yes/no, quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from core.importing.course_cells import DEFAULT_SKILL_LEVEL, derived_code, parse_skills
from core.importing.dates import DateReader
from core.importing.duration import parse_hours
from core.importing.money import Price, parse_price
from core.importing.values import Invalid, clean_cell, neutralise, parse_bool, parse_language


@pytest.mark.parametrize(
    ("text", "row_currency", "base", "expected"),
    [
        ("¥1,299.00", None, "CNY", Price(1299.0, "CNY")),
        ("¥1,299.00", "JPY", "USD", Price(1299.0, "JPY")),
        ("$49", None, "CNY", Price(49.0, "USD")),
        ("1.299,00 €", None, "USD", Price(1299.0, "EUR")),
        ("Free", None, "USD", Price(0.0, None)),
        ("FREE-Add a Verified Certificate for $49 USD", None, "CNY", Price(0.0, "USD", 49.0)),
        ("FREE-Add a Verified Certificate for $49.99 USD", None, "USD", Price(0.0, "USD", 49.99)),
        ("200", None, "USD", Price(200.0, None)),
        ("CNY 88", None, "USD", Price(88.0, "CNY")),
        ("1 299,5", None, "EUR", Price(1299.5, None)),
    ],
)
def test_prices_as_files_write_them(
    text: str, row_currency: str | None, base: str, expected: Price
) -> None:
    assert parse_price(text, row_currency, base) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [("¥500", "import.ambiguous_yen"), ("call us", "import.bad_price"), ("$", "import.bad_price")],
)
def test_prices_that_cannot_be_read_are_refused_not_guessed(text: str, code: str) -> None:
    with pytest.raises(Invalid) as invalid:
        parse_price(text, None, "USD")
    assert invalid.value.message.code == code


@pytest.mark.parametrize(
    ("text", "weeks", "hours"),
    [
        ("2–3 hours per week", "6 Weeks", 15.0),
        ("2–4 hours per week", "6 Weeks", 18.0),
        ("2-3 hours per week for 6 weeks", None, 15.0),
        ("1.5 hours", None, 1.5),
        ("90 min", None, 1.5),
        ("3h", None, 3.0),
        ("12", None, 12.0),
        ("每周 2-4 小时", "6 周", 18.0),
    ],
)
def test_effort_becomes_hours(text: str, weeks: str | None, hours: float) -> None:
    assert parse_hours(text, weeks) == pytest.approx(hours)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2–3 hours per week", "import.weekly_without_weeks"),
        ("a few days", "import.bad_hours"),
        ("3 days", "import.bad_hours"),
    ],
)
def test_effort_that_cannot_be_read_is_refused(text: str, code: str) -> None:
    with pytest.raises(Invalid) as invalid:
        parse_hours(text)
    assert invalid.value.message.code == code


def test_day_month_order_comes_from_the_whole_column() -> None:
    day_first = DateReader(["03/04/2026", "25/04/2026"])
    assert day_first.parse("03/04/2026") == dt.date(2026, 4, 3)
    month_first = DateReader(["03/04/2026", "04/25/2026"])
    assert month_first.parse("03/04/2026") == dt.date(2026, 3, 4)
    assert DateReader([]).parse("2026-02-28") == dt.date(2026, 2, 28)
    assert DateReader([]).parse("46000") == dt.date(2025, 12, 9)  # an Excel serial number
    assert DateReader([], "%d.%m.%Y").parse("03.04.2026") == dt.date(2026, 4, 3)


@pytest.mark.parametrize(
    ("column", "value", "code"),
    [
        (["03/04/2026"], "03/04/2026", "import.ambiguous_date"),
        (["31/02/2026"], "31/02/2026", "import.no_such_date"),
        (["2026-02-30"], "2026-02-30", "import.no_such_date"),
        (["soon"], "soon", "import.not_a_date"),
    ],
)
def test_dates_nothing_decides_or_that_do_not_exist_are_problems(
    column: list[str], value: str, code: str
) -> None:
    with pytest.raises(Invalid) as invalid:
        DateReader(column).parse(value)
    assert invalid.value.message.code == code
    assert value in invalid.value.message.text()


@pytest.mark.parametrize(
    ("text", "code"),
    [("English", "en"), ("英语", "en"), ("中文", "zh"), ("Chinese", "zh"), ("zh-CN", "zh"),
     ("Español", "es"), ("日本語", "ja")],
)  # fmt: skip
def test_languages_are_normalised_to_codes(text: str, code: str) -> None:
    assert parse_language(text) == code


def test_yes_no_in_english_and_chinese() -> None:
    assert [parse_bool(t) for t in ("yes", "1", "TRUE", "在职")] == [True] * 4
    assert [parse_bool(t) for t in ("no", "0", "false", "离职")] == [False] * 4
    with pytest.raises(Invalid):
        parse_bool("maybe")


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-5", "@cmd", "\tx", "'=already quoted"])
def test_neutralised_cells_read_back_as_written(text: str) -> None:
    quoted = neutralise(text)
    assert quoted.startswith("'")
    assert clean_cell(quoted) == text


def test_plain_text_and_a_lone_leading_quote_are_left_alone() -> None:
    assert neutralise("O'Brien") == "O'Brien"
    assert clean_cell("'twas") == "'twas"


def test_skills_with_levels_or_the_default_level() -> None:
    assert parse_skills("SQL:3; Excel:2") == (("Excel", 2), ("SQL", 3))
    assert parse_skills("SQL, Excel") == (("Excel", DEFAULT_SKILL_LEVEL), ("SQL", 3))
    assert parse_skills("数据分析：4；沟通") == (("数据分析", 4), ("沟通", 3))
    for bad in ("SQL:9", "SQL:2; sql:3"):
        with pytest.raises(Invalid) as invalid:
            parse_skills(bad)
        assert invalid.value.message.code in ("import.out_of_range", "import.bad_skills")


def test_derived_codes_are_stable_and_tell_providers_apart() -> None:
    code = derived_code("Data Analysis  Basics", "edX")
    assert code == derived_code("data analysis basics", "EDX")
    assert code.startswith("data-analysis-basics-") and len(code) <= 64
    assert code != derived_code("Data Analysis Basics", "Coursera")
    assert derived_code("数据分析", None).startswith("course-")
