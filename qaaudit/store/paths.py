"""Where the program keeps its files, and keeping them private to their owner."""

from __future__ import annotations

import os
import sys
import tomllib
from pathlib import Path

import platformdirs

APP = "qaaudit"
DATA_ENV = "QAAUDIT_DATA_DIR"
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs"}


def _data_base() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def data_dir() -> Path:
    return make_private_dir(_data_base())


def config_file() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override) / "settings.toml"
    return Path(platformdirs.user_config_dir(APP, appauthor=False)) / "settings.toml"


def default_database_path() -> Path:
    return data_dir() / "qaaudit.sqlite3"


def backups_dir(create: bool = True) -> Path:
    if not create:
        return _data_base() / "backups"
    return make_private_dir(data_dir() / "backups")


def configured_database_url() -> str | None:
    path = config_file()
    if not path.exists():
        return None
    try:
        settings = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    value = settings.get("database_url")
    return str(value) if value else None


def make_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def make_private_file(path: Path) -> None:
    """Readable only by its owner: the database, its journal files, backups, exports."""
    if sys.platform == "win32":
        return  # NTFS permissions come from the user's profile folder
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists() and (candidate.stat().st_mode & 0o077):
                candidate.chmod(0o600)
        except OSError:
            pass


def network_share_warning(path: Path) -> str | None:
    """SQLite's own documentation warns that its locking is unreliable on network file
    systems; a council sharing data should use the server option."""
    if _on_network_share(path):
        return (
            "This database is on a network drive. Several people using one file over the "
            "network can damage it. Ask IT to set up the shared database server instead "
            "(see the admin guide)."
        )
    return None


def _on_network_share(path: Path) -> bool:
    text = str(path)
    if sys.platform == "win32":
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            drive = os.path.splitdrive(text)[0] + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 4)  # type: ignore[attr-defined]
        except Exception:
            return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1]
        if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype in NETWORK_FILESYSTEMS
