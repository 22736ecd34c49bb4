"""One writer per file: a second is refused at once, a dead writer's lock is taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.database import open_database
from core.errors import AppError
from db.lock import lock_path_for

ROOT = Path(__file__).resolve().parents[2]
HOLD_OPEN = """
import sys, time
from pathlib import Path
from core.database import open_database
opened = open_database(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(120)
"""


def _start_writer(path: Path) -> subprocess.Popen[str]:
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "ready"
    return writer


def test_second_writer_is_refused_naming_the_first_then_takes_over_when_it_dies(
    tmp_path: Path,
) -> None:
    path = tmp_path / "shared.db"
    writer = _start_writer(path)
    try:
        started = time.monotonic()
        with pytest.raises(AppError) as refused:
            open_database(path)
        assert time.monotonic() - started < 2, "the refusal must come at once, not after a wait"
        assert refused.value.message.code == "db.locked"
        assert refused.value.message.values["pid"] == writer.pid
        assert refused.value.message.values["host"] == socket.gethostname()
        assert str(writer.pid) in str(refused.value)
    finally:
        writer.kill()
        writer.wait()

    opened = open_database(path)  # the dead writer's lock is taken over
    assert opened.db.writable
    holder = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
    assert holder["pid"] == os.getpid()
    opened.db.close()


def test_a_lock_record_left_by_a_dead_process_does_not_block(tmp_path: Path) -> None:
    path = tmp_path / "stale.db"
    lock_path_for(path).write_text(
        json.dumps({"host": "old-laptop", "pid": 999999, "since": "2026-01-01T09:00:00"}),
        encoding="utf-8",
    )
    opened = open_database(path)
    assert opened.db.writable
    opened.db.close()


def test_readers_do_not_need_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    writer = open_database(path)
    reader = open_database(path, write=False)
    assert not reader.db.writable
    reader.db.close()
    writer.db.close()
