"""Where the user's files live: the platform's data folder, unless told otherwise.

``TRAINING_DESK_DATA_DIR`` and ``TRAINING_DESK_CONFIG_DIR`` override them (tests, portable).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "TrainingDesk"
DEFAULT_DB_NAME = "training-desk.db"


def data_dir() -> Path:
    override = os.environ.get("TRAINING_DESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("TRAINING_DESK_CONFIG_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    return data_dir() / "logs"
