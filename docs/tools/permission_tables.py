"""Write the user guide's "Who may do what" tables from the program's own table
(qaaudit/domain/permissions.py), so the guide says what the program does.

    python docs/tools/permission_tables.py docs/user-guide.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from qaaudit.domain.permissions import PERMISSIONS
from qaaudit.domain.roles import ROLE_KEYS, short_label


def table(heading: str, changes_data: bool) -> str:
    labels = [short_label(key) for key in ROLE_KEYS]
    lines = [
        "| " + " | ".join([heading, *labels]) + " |",
        "| --- |" + " :-: |" * len(labels),
    ]
    for permission in PERMISSIONS:
        if permission.changes_data != changes_data:
            continue
        marks = ["✓" if key in permission.roles else "" for key in ROLE_KEYS]
        lines.append("| " + " | ".join([permission.what, *marks]) + " |")
    return "\n".join(lines) + "\n"


def main(guide: str) -> None:
    path = Path(guide)
    text = path.read_text(encoding="utf-8")
    for heading, changes in (("Changing things", True), ("Reports and exports", False)):
        pattern = re.compile(rf"^\| {re.escape(heading)} \|.*?\n(?:\|.*\n)*", re.M)
        written = table(heading, changes)
        text, count = pattern.subn(lambda _m, written=written: written, text, count=1)
        if count != 1:
            raise SystemExit(f"no table headed {heading!r} in {guide}")
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
