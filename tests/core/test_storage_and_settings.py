"""Settings round trip and validation; warnings for network and cloud-synced folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from core.changes import perform
from core.database import open_database, settings_of
from core.errors import AppError
from core.settings import AppSettings, save_settings
from core.storage_location import _mount_type, location_warning
from db.models import AuditEntry

MOUNTS = """\
/dev/vda1 / ext4 rw 0 0
server:/export /mnt/team nfs4 rw 0 0
//nas/share /mnt/nas\\040drive cifs rw 0 0
"""


def test_settings_round_trip_through_the_audited_door(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "s.db")
    wanted = AppSettings(
        company_name="华为培训部",
        base_currency="CNY",
        exchange_rates={"USD": 7.1, "EUR": 7.8},
        page_size="Letter",
        backup_keep_daily=3,
    )
    perform(opened.db, "Save settings", lambda s: save_settings(s, wanted))
    assert settings_of(opened.db) == wanted
    with opened.db.reading() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.table_name == "settings"))
        changed = {e.record_key: json.loads(e.changes) for e in entries}
    assert changed["company_name"]["value"] == [None, json.dumps("华为培训部", ensure_ascii=False)]
    opened.db.close()


def test_invalid_settings_are_refused_with_every_problem_named(tmp_path: Path) -> None:
    opened = open_database(tmp_path / "bad.db")
    bad = AppSettings(
        company_name=" ", base_currency="dollars", exchange_rates={"EUR": 0.0}, page_size="A5"
    )
    with pytest.raises(AppError) as refused:
        perform(opened.db, "Save settings", lambda s: save_settings(s, bad))
    text = str(refused.value)
    for field in ("company name", "page size", "base currency", "exchange rate EUR"):
        assert field in text
    assert settings_of(opened.db) == AppSettings()
    opened.db.close()


def test_amounts_convert_to_the_base_currency() -> None:
    settings = AppSettings(base_currency="EUR", exchange_rates={"USD": 0.9})
    assert settings.to_base(100.0, "USD") == pytest.approx(90.0)
    assert settings.to_base(100.0, None) == 100.0
    assert settings.to_base(100.0, "EUR") == 100.0
    with pytest.raises(AppError, match="no exchange rate"):
        settings.to_base(1.0, "JPY")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/ann/Dropbox/training.db", "Dropbox"),
        ("/Users/ann/OneDrive - Contoso/training.db", "OneDrive"),
        ("/home/ann/Google Drive/training.db", "Google Drive"),
        ("/home/ann/我的坚果云/training.db", "坚果云 Nutstore"),
    ],
)
def test_cloud_synced_folders_get_a_warning(path: str, kind: str) -> None:
    warning = location_warning(Path(path))
    assert warning is not None and warning.values["kind"] == kind
    assert "local disk" in warning.text("en")


def test_a_local_folder_gets_no_warning(tmp_path: Path) -> None:
    assert location_warning(tmp_path / "training.db") is None


def test_network_mounts_are_recognised_by_filesystem_type() -> None:
    assert _mount_type(Path("/mnt/team/hr/training.db"), MOUNTS) == "nfs4"
    assert _mount_type(Path("/mnt/nas drive/training.db"), MOUNTS) == "cifs"
    assert _mount_type(Path("/home/ann/training.db"), MOUNTS) == "ext4"
