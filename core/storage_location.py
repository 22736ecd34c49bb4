"""Warn about databases kept where SQLite's locking is unreliable (network, cloud sync)."""

from __future__ import annotations

import sys
from pathlib import Path

from core.messages import Message, msg

# Folder names the common sync clients create; matched case-insensitively on any component.
SYNC_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "icloud drive": "iCloud",
    "icloud~com~apple~clouddocs": "iCloud",
    "mobile documents": "iCloud",
    "box": "Box",
    "nutstore": "坚果云 Nutstore",
    "我的坚果云": "坚果云 Nutstore",
    "baidunetdisk": "百度网盘",
}
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "afs", "9p", "davfs"}


def _sync_folder_kind(path: Path) -> str | None:
    for part in path.parts:
        lowered = part.lower()
        for name, kind in SYNC_FOLDERS.items():
            # "OneDrive - Contoso", "Dropbox (Personal)": business and team variants.
            if lowered == name or lowered.startswith((name + " (", name + " - ")):
                return kind
    return None


def _mount_type(path: Path, mounts_text: str) -> str | None:
    """The filesystem type of the longest mount point containing ``path`` (Linux)."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = str(path).startswith(mount_point.rstrip("/") + "/") or str(path) == mount_point
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _network_kind(path: Path) -> str | None:
    if sys.platform == "win32":
        return "network" if str(path).startswith("\\\\") else None
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return None
    fs_type = _mount_type(path, mounts.read_text(encoding="utf-8", errors="replace"))
    return "network" if fs_type in NETWORK_FILESYSTEMS else None


def location_warning(path: Path) -> Message | None:
    resolved = path.expanduser().resolve()
    kind = _sync_folder_kind(resolved) or _network_kind(resolved)
    return msg("db.network_folder", path=str(path), kind=kind) if kind else None
