"""What a person chose for how the window looks and where it was: kept in a file in their
qaaudit data folder (not the registry), beside their other qaaudit files, so tests that use
a data folder of their own leave the person's choices alone."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from qaaudit.store.paths import data_dir

COLOURS = "view/colours"


def settings() -> QSettings:
    return QSettings(str(data_dir() / "window-state.ini"), QSettings.Format.IniFormat)


def colours_choice(default: str = "system") -> str:
    value = settings().value(COLOURS, default)
    return str(value) if value else default


def remember_colours(choice: str) -> None:
    settings().setValue(COLOURS, choice)
