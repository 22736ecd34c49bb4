"""Reading files as tables: encodings, BOMs, sheets, headers, and files that are no table."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from import_support import csv_bytes, write_csv

from core.errors import InputRefused
from core.importing import auto_map, list_sheets, read_table

ROWS = [
    ["课程编号", "课程名称", "价格"],
    ["007", "数据分析入门", "¥1,299.00"],
    ["C2", "管理 101", "0"],
]


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8"),
        ("gb18030", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
    ],
)
def test_chinese_text_reads_the_same_in_every_supported_encoding(
    tmp_path: Path, encoding: str, prefix: bytes, expected: str
) -> None:
    path = tmp_path / "courses.csv"
    path.write_bytes(prefix + csv_bytes(ROWS, encoding))
    table = read_table(path)
    assert table.encoding == expected
    assert table.headers == tuple(ROWS[0])  # the BOM is not part of the first header
    assert table.rows == (tuple(ROWS[1]), tuple(ROWS[2]))
    assert table.first_row_number == 2
    assert auto_map("courses", table.headers).columns == {"code": 0, "title": 1, "price": 2}


def test_utf16_without_bom_is_refused_with_a_message_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(csv_bytes(ROWS, "utf-16-le"))
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code == "import.utf16_without_bom"
    assert str(path) in str(refused.value) and "--encoding" in str(refused.value)
    # Saying the encoding reads it.
    assert read_table(path, encoding="utf-16-le").rows[0][1] == "数据分析入门"


def test_bytes_that_are_neither_utf8_nor_plausible_chinese_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("name,city\nRenée,Zürich\nJosé,Málaga\n".encode("cp1252"))
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code == "import.unknown_encoding"
    assert read_table(path, encoding="cp1252").rows[0] == ("Renée", "Zürich")


def test_a_wrong_or_unknown_encoding_given_by_the_admin_is_refused(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", ROWS, "gb18030")
    with pytest.raises(InputRefused) as wrong:
        read_table(path, encoding="utf-8")
    assert wrong.value.message.code == "import.wrong_encoding"
    with pytest.raises(InputRefused) as unknown:
        read_table(path, encoding="klingon-8")
    assert unknown.value.message.code == "import.no_such_encoding"


@pytest.mark.parametrize("content", [b"", b"   \r\n\r\n"])
def test_an_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code == "import.empty_file"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        ("archive.xlsx", b"PK\x03\x04" + b"\x00" * 40),
        ("data.csv", bytes(range(256)) * 4),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_is_refused(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code in ("import.not_a_table", "import.utf16_without_bom")
    assert str(path) in str(refused.value)


def test_semicolon_and_tab_separated_files_are_recognised(tmp_path: Path) -> None:
    for delimiter in (";", "\t"):
        path = tmp_path / "c.csv"
        path.write_bytes(csv_bytes([["title", "price"], ["Excel, advanced", "1.299,00 €"]],
                                   delimiter=delimiter))  # fmt: skip
        assert read_table(path).rows == (("Excel, advanced", "1.299,00 €"),)


def _two_sheet_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    first.title = "说明"
    first.append(["This workbook holds the people on the next sheet"])
    people = workbook.create_sheet("员工")
    people.append(["工号", "姓名", "入职日期", "在职"])
    people.append(["00123", "张伟", dt.datetime(2024, 3, 1), 1])
    people.append([7, "李娜", None, "离职"])
    people["A3"].number_format = "00000"  # an id typed as a number, shown as 00007
    workbook.save(path)
    return path


def test_xlsx_with_two_sheets_reads_the_chosen_one_keeping_identifiers_as_text(
    tmp_path: Path,
) -> None:
    path = _two_sheet_workbook(tmp_path / "people.xlsx")
    assert list_sheets(path) == ["说明", "员工"]
    with pytest.raises(InputRefused) as no_table:
        read_table(path)  # the first sheet by default: a note, not a table
    assert no_table.value.message.code == "import.sheet_without_table"
    assert "--sheet" in str(no_table.value) and "员工" in str(no_table.value)
    table = read_table(path, sheet="员工")
    assert table.sheets == ("说明", "员工") and table.encoding is None
    assert table.headers == ("工号", "姓名", "入职日期", "在职")
    assert table.rows == (("00123", "张伟", "2024-03-01", "1"), ("00007", "李娜", "", "离职"))
    with pytest.raises(InputRefused) as refused:
        read_table(path, sheet="Sheet9")
    assert "说明, 员工" in str(refused.value)


def test_csv_gives_no_sheets(tmp_path: Path) -> None:
    assert list_sheets(write_csv(tmp_path / "c.csv", ROWS)) == []


def test_duplicate_and_blank_headers_are_reported_and_never_mapped_on_their_own(
    tmp_path: Path,
) -> None:
    rows = [["工号", "姓名", "Please comment", "", "Please comment"], ["1", "A", "x", "y", "z"]]
    table = read_table(write_csv(tmp_path / "survey.csv", rows))
    mapping = auto_map("learners", table.headers)
    assert mapping.columns == {"employee_id": 0, "name": 1}
    codes = [m.code for m in mapping.header_problems]
    assert codes == ["import.duplicate_header", "import.blank_header", "import.duplicate_header"]
    assert mapping.unmapped_headers == ("Please comment", "column 4", "Please comment")


def test_a_bom_never_sticks_to_the_first_header_even_when_the_encoding_is_given(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + csv_bytes([["employee_id", "name"], ["0012", "Ann"]]))
    for encoding in (None, "utf-8", "utf-8-sig"):
        table = read_table(path, encoding=encoding)
        assert table.headers == ("employee_id", "name")
        assert table.rows == (("0012", "Ann"),)


def test_a_csv_the_csv_reader_cannot_parse_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text('title,description\nA,"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code == "import.bad_csv" and str(path) in str(refused.value)


def test_utf16_without_bom_is_recognised_even_when_nearly_all_chinese(tmp_path: Path) -> None:
    path = tmp_path / "zh.csv"
    path.write_bytes(
        csv_bytes([["课程名称", "课程简介"], ["数据分析入门", "管理与沟通"]], "utf-16-be")
    )
    with pytest.raises(InputRefused) as refused:
        read_table(path)
    assert refused.value.message.code == "import.utf16_without_bom"
