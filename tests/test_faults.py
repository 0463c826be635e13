"""A fault in the program is recorded for IT without anything anyone typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from qaaudit import cli
from qaaudit.faults import record_fault

SECRET = "Narrative about Jayden Smith, case CN999111"


def test_the_fault_log_names_where_not_what(private_home: Path) -> None:
    try:
        raise ValueError(SECRET)
    except ValueError as exc:
        log = record_fault(type(exc), exc, exc.__traceback__)
    text = log.read_text()
    assert "builtins.ValueError" in text
    assert "test_faults.py" in text and "test_the_fault_log_names_where_not_what" in text
    assert "Jayden" not in text and "CN999111" not in text
    assert (log.stat().st_mode & 0o777) == 0o600


def test_a_command_that_fails_says_so_plainly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError(SECRET)

    monkeypatch.setattr("qaaudit.commands.core.run_backup", broken)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("core",))
    assert cli.main(["backup"]) == 3
    err = capsys.readouterr().err
    assert "something went wrong inside the program (RuntimeError)" in err
    assert "Jayden" not in err and "CN999111" not in err


def test_a_server_gone_while_a_page_reads_is_told_in_words_not_as_a_fault(
    qtbot,
    private_home: Path,  # type: ignore[no-untyped-def]
) -> None:
    """A page reading when the server went away: the person is told the server cannot be
    reached, the window stays usable, and nothing goes to the fault log (it is no fault)."""
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
    from sqlalchemy.exc import OperationalError

    from qaaudit.store.errors import UNREACHABLE
    from qaaudit.ui.app import _report_fault

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    lost = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))
    _report_fault(OperationalError, lost, None)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [box.text() for box in boxes] == [UNREACHABLE]
    assert not (private_home / "logs" / "faults.log").exists()
    for box in boxes:
        box.close()
