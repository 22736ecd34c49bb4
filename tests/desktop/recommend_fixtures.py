"""The recommend_db fixture (loaded through pytest_plugins, after assignment_fixtures)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from recommend_gui_support import TODAY, add_course_skills

from core.changes import perform
from core.database import open_database


@pytest.fixture
def recommend_db(assignment_db: Path, frozen_today: dt.date) -> Path:
    assert frozen_today == TODAY
    opened = open_database(assignment_db)
    try:
        perform(opened.db, "Course skills", add_course_skills)
    finally:
        opened.db.close()
    return assignment_db
