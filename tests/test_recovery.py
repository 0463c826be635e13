"""Work on screen survives a crash: the program is killed mid-typing, and at the next
start the draft is offered back with all but the last few seconds."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.services.audit import audits
from qaaudit.ui.audit.editor import editor_for_new
from qaaudit.ui.audit.recovery import RecoveryOffer, offer_recoveries, pending_recoveries
from qaaudit.ui.main_window import MainWindow
from tests.ui_support import answer_next_dialog, context_of, show_window, type_text

ROOT = Path(__file__).resolve().parent.parent


def test_unsaved_work_is_offered_back_after_a_restart(
    qtbot: QtBot, opened: Opened, sqlite_url: str, tmp_path: Path
) -> None:
    editor = show_window(qtbot, editor_for_new(context_of(opened), "CN100234"))
    editor.panels["risk"].evidence.setFocus()
    type_text("The child was seen alone at school")
    qtbot.waitUntil(lambda: bool(pending_recoveries(context_of(opened))), timeout=4000)
    editor.autosave.stop()

    # The program starts again (a new connection, a new window).
    again = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        context = context_of(again)
        [snapshot] = pending_recoveries(context)
        offer = RecoveryOffer(snapshot)
        assert re.fullmatch(
            r"You have unsaved work from \d\d:\d\d on audit CN100234\.", offer.text()
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        answer_next_dialog(lambda box: box.restore_button.click())
        assert offer_recoveries(context, window) == 1
        [restored] = [e for e in window.editors.values()]
        assert restored.panels["risk"].evidence.toPlainText() == (
            "The child was seen alone at school"
        )
        assert restored.dirty
        assert restored.save_draft()
        assert pending_recoveries(context) == []  # saved: no copy is needed any more
        with again.db.reading() as s:
            stored = audits.load_audit(s, restored.audit_id)
        assert stored.form.areas["risk"].evidence == "The child was seen alone at school"
        restored.close()
    finally:
        again.db.dispose()


def test_discarding_deliberately_removes_the_copy(qtbot: QtBot, opened: Opened) -> None:
    context = context_of(opened)
    editor = show_window(qtbot, editor_for_new(context, "CN7"))
    editor.panels["risk"].impact.setFocus()
    type_text("draft words")
    qtbot.waitUntil(lambda: bool(pending_recoveries(context)), timeout=4000)
    answer_next_dialog(lambda box: box.button(box.StandardButton.Discard).click())
    editor.close()
    assert pending_recoveries(context) == []


def test_the_draft_survives_the_program_being_killed_while_typing(
    qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    first = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    first.db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "crash_typing.py"), sqlite_url, "CN-CRASH"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    typed_at: dict[int, float] = {}
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("typed "):
                _, number, when = line.split()
                typed_at[int(number)] = float(when)
                if int(number) == 36:  # about 9 seconds of typing
                    break
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=20)
    assert child.returncode == -signal.SIGKILL
    assert len(typed_at) == 36

    database = Path(sqlite_url.removeprefix("sqlite:///"))
    connection = sqlite3.connect(database)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()

    again = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        context = context_of(again)
        [snapshot] = pending_recoveries(context)
        assert "on audit CN-CRASH" in RecoveryOffer(snapshot).text()
        window = MainWindow(context)
        qtbot.addWidget(window)
        answer_next_dialog(lambda box: box.restore_button.click())
        offer_recoveries(context, window)
        [editor] = list(window.editors.values())
        text = editor.panels["risk"].evidence.toPlainText()
        words = text.split()
        assert words == [f"word{n}" for n in range(1, len(words) + 1)]
        last_kept = typed_at[len(words)]
        assert killed_at - last_kept < 6.5, "more than a few seconds of typing was lost"
        editor.dirty = False
        editor.close()
    finally:
        again.db.dispose()


def test_a_copy_of_an_audit_completed_since_is_shown_but_not_saved_into_it(
    qtbot: QtBot, opened: Opened
) -> None:
    from datetime import date

    from tests.factories import complete_form, make_team

    context = context_of(opened)
    with opened.db.writing() as s:
        team = make_team(s)
        record = audits.create_audit(s, opened.actor, complete_form(team.id), date(2017, 11, 20))
    from qaaudit.ui.audit.editor import editor_for_audit

    first = show_window(qtbot, editor_for_audit(context, record.id))
    first.panels["risk"].evidence.setFocus()
    type_text(" Typed before the crash.")
    qtbot.waitUntil(lambda: bool(pending_recoveries(context)), timeout=4000)
    first.autosave.stop()
    form = complete_form(team.id)
    with opened.db.writing() as s:
        current = audits.load_audit(s, record.id)
        audits.complete_audit(s, opened.actor, record.id, current.version, form, date(2017, 11, 20))

    window = MainWindow(context)
    qtbot.addWidget(window)
    answer_next_dialog(lambda box: box.restore_button.click())
    offer_recoveries(context, window)
    restored = window.editors[record.id]
    assert "Typed before the crash." in restored.panels["risk"].evidence.toPlainText()
    assert not restored.editable
    assert "your unsaved copy" in restored.ui.bannerLabel.text()
    restored.close()
    assert pending_recoveries(context) == []
    with opened.db.reading() as s:
        stored = audits.load_audit(s, record.id)
    assert "Typed before the crash." not in stored.form.areas["risk"].evidence
