"""Schema versions: create and stamp a new file, upgrade an older one, refuse a newer one."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from db.errors import NotATrainingDeskFileError, SchemaTooNewError
from db.models import Base
from db.resources import resource_path


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(resource_path("db", "migrations")))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migration chain has no head"
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def schema_state(engine: Engine, path: Path) -> SchemaState:
    """Classify the file; raise if it is from a newer program or not ours at all."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    if revision is None:
        if tables - {"alembic_version"}:
            raise NotATrainingDeskFileError(path, "it has tables but no schema version")
        return SchemaState.EMPTY
    if revision == head_revision():
        return SchemaState.CURRENT
    if revision not in known_revisions():
        raise SchemaTooNewError(path, revision)
    return SchemaState.OLDER


def create_new(engine: Engine) -> None:
    """A brand-new file: create every table and stamp it at head (Alembic cookbook)."""
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        command.stamp(alembic_config(connection), "head")


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)


def ensure_schema(engine: Engine, path: Path, backup_first: Callable[[str], object]) -> SchemaState:
    """Bring the file to the head schema. ``backup_first(reason)`` runs before any upgrade."""
    state = schema_state(engine, path)
    if state is SchemaState.EMPTY:
        create_new(engine)
    elif state is SchemaState.OLDER:
        backup_first("pre-migration")
        upgrade(engine)
    return state
