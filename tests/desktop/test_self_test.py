"""--self-test: every step runs for real and passes; a failing step is named, exit code 1."""

from __future__ import annotations

from typing import Any

import pytest

from desktop import self_test


def test_self_test_passes_every_step(qtbot: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert self_test.run_self_test() == 0
    out = capsys.readouterr().out
    for number, (name, _step) in enumerate(self_test.STEPS, start=1):
        assert f"[{number}/{len(self_test.STEPS)}] {name}: ok" in out
    assert out.rstrip().endswith("self-test passed")


def test_a_failing_step_is_named_and_stops_the_test(
    qtbot: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_ctx: Any) -> str:
        raise RuntimeError("no segments")

    steps = list(self_test.STEPS)
    steps[2] = ("segment fit", broken)
    monkeypatch.setattr(self_test, "STEPS", steps)
    assert self_test.run_self_test() == 1
    out = capsys.readouterr().out
    assert "[3/6] segment fit: FAILED" in out and "RuntimeError: no segments" in out
    assert "self-test failed at step 3: segment fit" in out
    assert "[4/6]" not in out
