"""Shared test set-up: headless Qt, one BLAS thread, a private data folder and QSettings."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before anything imports Qt or numpy: no display here, and two busy cores.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import pytest
from hypothesis import settings as hypothesis_settings

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

hypothesis_settings.register_profile(
    "training-desk", derandomize=True, max_examples=60, deadline=None, print_blob=True
)
hypothesis_settings.load_profile("training-desk")


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Every test gets its own user data folder and QSettings, never the real ones."""
    home = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("TRAINING_DESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("TRAINING_DESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    return home


@pytest.fixture
def shared_data() -> Path:
    """``../shared/data``: skipped when absent on a user's clone, a failure under CI=true."""
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but the shared data folder {SHARED_DATA} is missing")
        pytest.skip(f"{SHARED_DATA} not present")
    return SHARED_DATA
