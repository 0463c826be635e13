"""Where the program keeps its files, and keeping them private to their owner."""

from __future__ import annotations

import json
import os
import sys
import tomllib
from dataclasses import dataclass
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
    """The person's own ``database_url`` (their settings file), if they set one."""
    return user_settings().database_url


# Tests only: another file to read in place of the computer's own machine-wide settings,
# so that they never depend on (or are locked by) what is installed on the machine.
MACHINE_SETTINGS_ENV = "QAAUDIT_MACHINE_SETTINGS"


def machine_config_file() -> Path:
    """Settings for everyone on this computer, written by IT (the installer, or by hand):
    ``/etc/qaaudit/settings.toml``; ``%ProgramData%\\qaaudit\\settings.toml`` on Windows."""
    override = os.environ.get(MACHINE_SETTINGS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("PROGRAMDATA") or r"C:\ProgramData") / APP / "settings.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP / "settings.toml"
    return Path("/etc") / APP / "settings.toml"


@dataclass(frozen=True)
class Settings:
    """What one settings file says about the database."""

    path: Path
    database_url: str | None = None
    # Only the machine-wide file can fix the address for everyone on the computer.
    lock_database: bool = False


class SettingsUnreadable(Exception):
    """The machine-wide settings file is there but cannot be read: IT's to put right."""

    def __init__(self, path: Path, reason: str) -> None:
        self.message = (
            f"This computer's qaaudit settings ({path}) cannot be read: {reason}. "
            "Ask IT to correct the file."
        )
        super().__init__(self.message)


def _read_settings(path: Path) -> dict[str, object] | None:
    if not path.is_file():
        return None
    return tomllib.loads(path.read_text(encoding="utf-8"))


def user_settings() -> Settings:
    """The person's own settings file; one that cannot be read counts as not set."""
    path = config_file()
    try:
        values = _read_settings(path) or {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        values = {}
    value = values.get("database_url")
    return Settings(path, str(value) if value else None)


def machine_settings() -> Settings:
    """The machine-wide file. Unlike a person's own file, one that is there but cannot be
    read is refused, not passed over: it may be what fixes the database for everyone."""
    path = machine_config_file()
    try:
        values = _read_settings(path)
    except UnicodeDecodeError as exc:
        raise SettingsUnreadable(path, "it is not UTF-8 text") from exc
    except OSError as exc:
        raise SettingsUnreadable(path, exc.strerror or type(exc).__name__) from exc
    except tomllib.TOMLDecodeError as exc:
        raise SettingsUnreadable(path, f"it is not valid TOML ({exc})") from exc
    if values is None:
        return Settings(path)
    value = values.get("database_url")
    lock = values.get("lock_database", False)
    if not isinstance(lock, bool):
        raise SettingsUnreadable(path, "lock_database must be true or false")
    if lock and not value:
        raise SettingsUnreadable(path, "lock_database is set but database_url is not")
    return Settings(path, str(value) if value else None, lock)


def machine_settings_text(database_url: str, lock_database: bool) -> str:
    """The machine-wide file as the installer writes it."""
    if not database_url.strip() or any(c in database_url for c in "\r\n"):
        raise ValueError("the database address must be one line of text")
    return (
        "# qaaudit: settings for everyone on this computer (see the admin guide).\n"
        "# A person's own settings file, QAAUDIT_DB and --db come before this file,\n"
        "# unless lock_database is true.\n"
        f"database_url = {json.dumps(database_url, ensure_ascii=False)}\n"
        f"lock_database = {'true' if lock_database else 'false'}\n"
    )


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
