"""Case file audit commands: demo data and the audit PDF."""

from __future__ import annotations

from qaaudit.cli import CommandGroups


def register(groups: CommandGroups) -> None:
    """Filled in with the demo data and the audit PDF."""
