"""`python -m core.analytics.evaluate_segments`: the demo figures and the xAPI-Edu check."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.analytics.evaluate_segments import evaluate_xapi, main, read_xapi


def test_xapi_segments_carry_information_about_the_class(shared_data: Path) -> None:
    rows, classes = read_xapi(shared_data / "xapi_edu_data" / "xAPI-Edu-Data.csv")
    assert len(rows) == len(classes) == 480 and set(classes) == {"L", "M", "H"}
    assert all(len(row) == 5 for row in rows)
    figures = evaluate_xapi(shared_data)
    # Measured: auto k = 2, AMI 0.30; k = 3, AMI 0.31. Random labels give about 0.
    assert 2 <= figures.auto_k <= 8
    assert figures.auto_ami > 0.2 and figures.k3_ami > 0.2


def test_the_command_prints_demo_ari_stability_and_xapi_ami(
    shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(shared_data), "--learners", "120"]) == 0
    out = capsys.readouterr().out
    for phrase in ("auto k = ", "k = 6, the number planted: ARI", "seed stability", "AMI"):
        assert phrase in out, phrase


def test_without_the_shared_data_the_xapi_part_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data", str(tmp_path), "--learners", "40"]) == 0
    assert "not found, skipped" in capsys.readouterr().out
