"""The migration chain, and what opening files of other schema versions does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from core.database import open_database
from core.errors import AppError
from db import backup as backups
from db.engine import make_engine
from db.migrate import current_revision, downgrade, head_revision, upgrade
from db.models import Base


def _schema_diffs(path: Path) -> list[object]:
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))
    finally:
        engine.dispose()


def test_chain_upgrades_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    path = tmp_path / "chain.db"
    engine = make_engine(path)
    upgrade(engine)
    assert _schema_diffs(path) == [], "migrations at head must match the models"
    downgrade(engine, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        assert current_revision(connection) is None
    upgrade(engine)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()
    assert _schema_diffs(path) == []


def test_new_file_is_created_and_stamped_at_head(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "new.db")
    with opened.db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    opened.db.close()
    assert _schema_diffs(tmp_path / "new.db") == []


def test_older_file_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO courses (code, title, description, tags, status) "
            "VALUES ('OLD-1', 'Kept through the upgrade', '', '', 'active')"
        )
    engine.dispose()

    opened = open_database(path)
    with opened.db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        titles = connection.exec_driver_sql("SELECT title FROM courses").scalars().all()
    opened.db.close()
    assert titles == ["Kept through the upgrade"]

    saved = [
        b
        for b in backups.list_backups(backups.backups_dir_for(path))
        if b.reason == "pre-migration"
    ]
    assert len(saved) == 1
    assert backups.integrity_problems(saved[0].path) == []
    with sqlite3.connect(saved[0].path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT code FROM courses").fetchall() == [("OLD-1",)]


def test_a_reader_upgrades_an_older_file_instead_of_failing_on_new_columns(tmp_path: Path) -> None:
    # A command that only reads (recommend, similar, export …) on a file an older release
    # wrote would otherwise query columns the file does not have yet.
    path = tmp_path / "old.db"
    engine = make_engine(path)
    upgrade(engine, "0003")
    engine.dispose()
    opened = open_database(path, write=False)
    with opened.db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert (
            connection.exec_driver_sql(
                "SELECT count(hidden_from_recommendations) FROM courses"
            ).scalar_one()
            == 0
        )
    opened.db.close()
    assert [b.reason for b in backups.list_backups(backups.backups_dir_for(path))] == [
        "pre-migration"
    ]


def test_newer_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    open_database(path).db.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(AppError) as refused:
        open_database(path)
    assert refused.value.message.code == "db.too_new"
    assert "newer version" in str(refused.value)
    assert path.read_bytes() == before


def test_foreign_sqlite_and_non_sqlite_files_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER)")
    with pytest.raises(AppError) as refused:
        open_database(foreign)
    assert refused.value.message.code == "db.not_ours"

    text = tmp_path / "notes.db"
    text.write_text("just some text", encoding="utf-8")
    with pytest.raises(AppError) as refused:
        open_database(text)
    assert refused.value.message.code == "db.not_sqlite"


def test_every_connection_has_the_required_pragmas(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "p.db")
    with opened.db.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
    opened.db.close()
