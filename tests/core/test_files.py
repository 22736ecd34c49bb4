"""Exports and reports are written whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import InputRefused
from core.files import write_beside, write_stream_beside


def test_a_failure_part_way_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def broken(out: object) -> None:
        out.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        write_stream_beside(target, broken)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


def test_the_new_content_replaces_the_file_and_the_writer_s_result_is_returned(
    tmp_path: Path,
) -> None:
    target = tmp_path / "table.csv"
    assert write_beside(target, lambda partial: partial.write_text("a,b\n", encoding="utf-8")) == 4
    assert target.read_text(encoding="utf-8") == "a,b\n"


def test_a_folder_that_cannot_be_written_is_refused_with_the_file_named(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "plan.pdf"
    with pytest.raises(InputRefused) as refused:
        write_beside(missing, lambda partial: None)
    assert str(missing) in str(refused.value)
