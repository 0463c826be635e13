"""Private by default: files only their owner can read, no narrative or case number in
an error or a log line, and a change history nobody can rewrite."""

from __future__ import annotations

import logging
import stat
import traceback
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import DBAPIError

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.services.audit import audits
from qaaudit.services.common.history import changes_for
from qaaudit.store.backup import make_backup
from qaaudit.store.errors import DiskFull
from qaaudit.store.models import ChangeRecord
from tests.factories import complete_form, make_person, make_team

NARRATIVE = "Kestrel-Quokka 4471: mother disclosed the uncle's visits"
CASE = "PRIV-99177"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_folder_and_backups_are_readable_by_their_owner_only(
    private_home: Path,
) -> None:
    opened = open_for_use()  # the default database in the person's own data folder
    try:
        with opened.db.writing() as s:
            make_team(s)
        backup = make_backup(opened.db)
        assert opened.db.path is not None
        assert opened.db.path.parent == private_home
        assert mode(private_home) == 0o700
        assert mode(opened.db.path) == 0o600
        for extra in (Path(f"{opened.db.path}-wal"), Path(f"{opened.db.path}-shm")):
            if extra.exists():
                assert mode(extra) == 0o600
        assert mode(backup) == 0o600
        assert mode(backup.parent) == 0o700
    finally:
        opened.db.dispose()


def test_a_failing_save_names_no_case_and_quotes_no_narrative(
    opened: Opened, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    db = opened.db
    try:
        with db.writing() as s:
            team = make_team(s)
            manager = make_person(s, "m1", "Manager One", team=team)
        form = complete_form(team.id, case_number=CASE)
        for entry in form.areas.values():
            entry.evidence = (NARRATIVE + ". ") * 400
        with pytest.raises(DiskFull) as failure, db.writing() as s:
            pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
            s.connection().exec_driver_sql(f"PRAGMA max_page_count = {int(pages or 0) + 1}")
            audits.create_audit(s, manager, form)
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        db.dispose()
    told = "".join(traceback.format_exception(failure.value))
    assert "SQL parameters hidden" in told  # the driver's error came through, but not the text
    assert "sqlalchemy.engine" in caplog.text or caplog.records
    for secret in (NARRATIVE[:20], CASE):
        assert secret not in told
        assert secret not in caplog.text


def test_the_change_history_cannot_be_edited_or_deleted(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m2", "Manager Two", team=team)
        form = complete_form(team.id)
        record = audits.create_audit(s, manager, form)
        audits.complete_audit(s, manager, record.id, record.version, form)
    with db.reading() as s:
        before = changes_for(s, "case_file_audit", record.id)
    assert {"created", "status"} <= {c.field for c in before}

    with pytest.raises(DBAPIError, match="cannot be changed"), db.writing() as s:
        s.execute(update(ChangeRecord).values(new_value="does_not_meet_good"))
    with pytest.raises(DBAPIError, match="cannot be changed"), db.writing() as s:
        s.execute(delete(ChangeRecord).where(ChangeRecord.field == "status"))

    with db.reading() as s:
        assert changes_for(s, "case_file_audit", record.id) == before
        assert s.scalar(select(ChangeRecord.login).limit(1)) == "m2"
