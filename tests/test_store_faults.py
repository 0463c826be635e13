"""Faults while saving: the program killed mid-save, the disk full, the database held by
another copy of the program or by another program. Nothing committed is lost, nothing
is half-written, and the message says what happened."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.services.audit import audits
from qaaudit.store.database import open_engine
from qaaudit.store.errors import DatabaseBusy, DiskFull
from qaaudit.store.models import AuditArea, CaseFileAudit, RunningCopy
from tests.factories import complete_form, make_person, make_team

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2017, 11, 20)


def run_python(script: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


SAVE_FOREVER = """
import sys
from datetime import date
from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit import audits
from tests.factories import complete_form, make_team

opened = open_for_use(sys.argv[1] if len(sys.argv) > 1 else None)
with opened.db.writing() as s:
    team_id = make_team(s).id
n = 0
while True:
    form = complete_form(team_id, case_number=f"KILL{n}")
    with opened.db.writing() as s:
        record = audits.create_audit(s, opened.actor, form, date(2017, 11, 20))
        audits.complete_audit(s, opened.actor, record.id, record.version, form, date(2017, 11, 20))
    print(record.id, flush=True)
    n += 1
"""


def test_killed_while_saving_loses_no_committed_audit_and_leaves_none_half_written(
    tmp_path: Path,
) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    saver = run_python(SAVE_FOREVER, QAAUDIT_DB=str(path))
    committed: list[int] = []
    assert saver.stdout is not None
    while len(committed) < 25:
        line = saver.stdout.readline()
        assert line, saver.stderr.read() if saver.stderr else "the saving process stopped"
        committed.append(int(line))
    time.sleep(random.uniform(0, 0.05))  # somewhere in the middle of the next save
    saver.send_signal(signal.SIGKILL)
    saver.wait()

    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        raw.close()
    opened = open_for_use(str(path), backup_dir=tmp_path / "backups")
    try:
        with opened.db.reading() as s:
            stored = {
                audit_id: status
                for audit_id, status in s.execute(select(CaseFileAudit.id, CaseFileAudit.status))
            }
            areas = {
                audit_id: count
                for audit_id, count in s.execute(
                    select(AuditArea.audit_id, func.count()).group_by(AuditArea.audit_id)
                )
            }
            judged = s.scalar(select(func.count()).where(AuditArea.judgement.is_(None)))
    finally:
        opened.db.dispose()
    assert set(committed) <= set(stored)
    assert all(status == "completed" for status in stored.values())
    assert all(areas.get(audit_id) == 12 for audit_id in stored)
    assert judged == 0


def test_a_full_disk_is_reported_and_the_save_rolled_back(opened: Opened, tmp_path: Path) -> None:
    db = opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m1", "Manager One", team=team)
        form = complete_form(team.id, case_number="EARLIER1")
        record = audits.create_audit(s, manager, form, TODAY)
        audits.complete_audit(s, manager, record.id, record.version, form, TODAY)

    big = complete_form(team.id, case_number="TOOBIG1")
    for entry in big.areas.values():
        entry.evidence = "A long account of the family's week. " * 2000
    with pytest.raises(DiskFull) as full, db.writing() as s:
        # The database may grow by two pages only: as good as a full disk.
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
        s.connection().exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 0) + 2}")
        audits.create_audit(s, manager, big, TODAY)
    assert "disk is full" in full.value.message
    assert "Nothing you typed is lost" in full.value.message
    db.dispose()  # the page limit belonged to that connection only

    again = open_for_use(str(db.path), backup_dir=tmp_path / "backups")
    try:
        with again.db.reading() as s:
            numbers = s.scalars(select(CaseFileAudit.case_number)).all()
            assert numbers == ["EARLIER1"]
            assert s.scalar(select(func.count(AuditArea.id))) == 12
        with again.db.writing() as s:  # and saving works again once there is room
            audits.create_audit(s, again.actor, complete_form(team.id, "AFTER1"), TODAY)
    finally:
        again.db.dispose()


HOLD_THE_DATABASE = """
import sys, time
from qaaudit.bootstrap import open_for_use
opened = open_for_use(sys.argv[1] if len(sys.argv) > 1 else None, login="holder")
with opened.db.writing() as s:
    s.connection()  # BEGIN IMMEDIATE: the write lock is ours until we finish
    print("holding", flush=True)
    time.sleep(120)
"""


def test_a_save_waits_for_another_copy_then_says_who_holds_the_database(tmp_path: Path) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    first = open_for_use(str(path), backup_dir=tmp_path / "backups")
    first.db.dispose()
    holder = run_python(HOLD_THE_DATABASE, QAAUDIT_DB=str(path))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        db = open_engine(f"sqlite:///{path}", busy_timeout_ms=300)
        try:
            with pytest.raises(DatabaseBusy) as busy, db.writing() as s:
                make_team(s, "Child Protection Team 2")
        finally:
            db.dispose()
        assert "holder on this computer" in busy.value.message
        assert "Nothing you typed is lost" in busy.value.message
    finally:
        holder.send_signal(signal.SIGKILL)  # a copy that crashes holding the lock
        holder.wait()

    # The crashed copy's lock went with it; its record is taken over by the next copy.
    after = open_for_use(str(path), login="next", backup_dir=tmp_path / "backups")
    try:
        with after.db.writing() as s:
            make_team(s, "Child Protection Team 2")
        # The next copy writes itself in once the check of the file's pages has passed, on
        # the check's own thread: on a busy machine that can be after the save above.
        deadline = time.monotonic() + 10
        while True:
            with after.db.reading() as s:
                logins = s.scalars(select(RunningCopy.login)).all()
            if logins == ["next"] or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert logins == ["next"]
    finally:
        after.db.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM running_copy").fetchone()[0] == 0


def test_a_database_held_by_another_program_says_so(tmp_path: Path) -> None:
    path = tmp_path / "qaaudit.sqlite3"
    open_for_use(str(path), backup_dir=tmp_path / "backups").db.dispose()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    db = open_engine(f"sqlite:///{path}", busy_timeout_ms=200)
    try:
        with pytest.raises(DatabaseBusy) as busy, db.writing() as s:
            make_team(s)
    finally:
        db.dispose()
        other.execute("ROLLBACK")
        other.close()
    assert "another program (not a copy of qaaudit" in busy.value.message


@pytest.mark.postgres
def test_on_a_server_a_record_someone_is_saving_is_waited_for_then_reported(
    postgres_schema_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qaaudit.store import database
    from tests.server_support import server_logins

    monkeypatch.setattr(database, "SERVER_LOCK_TIMEOUT_MS", 300)
    admin = open_for_use(postgres_schema_url, backup_dir=tmp_path / "b")
    with admin.db.writing() as s:
        team_id = make_team(s).id
    admin.db.dispose()
    with server_logins(postgres_schema_url) as logins:
        # One manager with the program open twice (two desktops).
        url, _ = logins.person("Manager Nine", ("auditor",), team_id)
        first = open_for_use(url, backup_dir=tmp_path / "b")
        second = open_for_use(url, backup_dir=tmp_path / "b")
        manager = first.actor
        try:
            with first.db.writing() as s:
                record = audits.create_audit(s, manager, complete_form(team_id), TODAY)
            with first.db.writing() as holding:
                holding.get(CaseFileAudit, record.id, with_for_update=True)  # mid-save
                with pytest.raises(DatabaseBusy) as busy, second.db.writing() as s:
                    audits.save_draft(
                        s, manager, record.id, record.version, complete_form(team_id), TODAY
                    )
            assert f"{manager.login} on this computer" in busy.value.message
            with second.db.writing() as s:  # free again once the first save is done
                audits.save_draft(
                    s, manager, record.id, record.version, complete_form(team_id), TODAY
                )
        finally:
            first.db.dispose()
            second.db.dispose()
