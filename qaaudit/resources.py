"""Where the program's bundled files live: next to the package when installed from a
wheel, at the top of the source tree when run from a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The program's resources folder is missing; reinstall qaaudit.")


@cache
def forms_dir() -> Path:
    for candidate in (_PACKAGE / "forms", _PACKAGE.parent / "forms"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The program's forms folder is missing; reinstall qaaudit.")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
