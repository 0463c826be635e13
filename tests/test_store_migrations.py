"""Upgrading a database: an empty one reaches the newest schema; one left by the previous
version keeps its audits and is backed up first; a failed upgrade changes nothing; the
models and the migrations describe the same schema, on SQLite and on PostgreSQL."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text

from qaaudit.bootstrap import open_for_use
from qaaudit.store import migrate
from qaaudit.store.backup import integrity_check
from qaaudit.store.database import open_engine
from qaaudit.store.migrations import HEAD, KNOWN_REVISIONS
from qaaudit.store.models import CaseFileAudit, Person, ServiceArea, Team
from qaaudit.store.schema import metadata

PREVIOUS = KNOWN_REVISIONS[-2]


def test_the_revision_the_program_expects_is_the_newest_script() -> None:
    assert migrate.script_head() == HEAD


def test_an_empty_file_is_brought_up_to_the_newest_schema(sqlite_url: str, tmp_path: Path) -> None:
    # On a server the desktop never does this: see tests/test_server_setup.py.
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        assert opened.migration.before is None
        assert migrate.current_revision(opened.db) == HEAD
        assert opened.migration.backup is None  # nothing to lose yet
    finally:
        opened.db.dispose()


# The audit a council's database holds in the tests of upgrades, as the version before
# wrote it: a completed audit judged good.
AUDIT_BEFORE = {
    "case_number": "CN555001",
    "audit_month": date(2017, 3, 1),
    "status": "completed",
    "overall": "meets_good",
    "headline": "good",
}


def database_of_the_previous_version(
    url: str,
    revision: str = PREVIOUS,
    login: str = "jbloggs",
    audits: tuple[dict[str, object], ...] = (AUDIT_BEFORE,),
) -> None:
    """What a council's database looks like after running an earlier version (by default
    the one before this): a service area, a team, a person and their audits."""
    db = open_engine(url)
    try:
        migrate.upgrade_to(db, revision)
        with db.writing() as s:
            area = ServiceArea(name="Help and Protection")
            team = Team(name="Assessment Team 1", service_area=area)
            person = Person(login=login, name="Jo Bloggs", team=team)
            s.add_all([area, team, person])
            s.flush()
            # Written with the table's columns by name: the model may hold columns a
            # later version added.
            for audit in audits:
                s.execute(
                    insert(CaseFileAudit.__table__).values(
                        auditor_id=person.id,
                        team_id=team.id,
                        template_version="2017.1",
                        version_id=1,
                        **audit,
                    )
                )
    finally:
        db.dispose()


def test_a_file_of_the_previous_version_keeps_its_audits(sqlite_url: str, tmp_path: Path) -> None:
    database_of_the_previous_version(sqlite_url)
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        assert (opened.migration.before, opened.migration.after) == (PREVIOUS, HEAD)
        assert migrate.current_revision(opened.db) == HEAD
        with opened.db.reading() as s:
            assert s.scalars(select(CaseFileAudit.case_number)).all() == ["CN555001"]
            assert s.scalar(select(Person.name).where(Person.login == "jbloggs")) == "Jo Bloggs"
    finally:
        opened.db.dispose()


def test_an_upgrade_is_preceded_by_a_good_backup_of_the_old_file(
    sqlite_url: str, tmp_path: Path
) -> None:
    database_of_the_previous_version(sqlite_url)
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    opened.db.dispose()
    backup = opened.migration.backup
    assert backup is not None and backup.exists()
    assert backup.parent == tmp_path / "backups"
    assert integrity_check(backup) == ["ok"]
    copy = sqlite3.connect(backup)
    try:
        # Made before the upgrade: it is the previous version's database, audits and all.
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == PREVIOUS
        assert copy.execute("SELECT case_number FROM case_file_audit").fetchall() == [("CN555001",)]
    finally:
        copy.close()
    assert backup.stat().st_mode & 0o777 == 0o600


def test_an_upgrade_that_fails_leaves_the_database_as_it_was(
    sqlite_url: str, tmp_path: Path
) -> None:
    # A table in the way stops the first migration part-way through.
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE audit_theme (note TEXT)")
    raw.execute("INSERT INTO audit_theme VALUES ('kept')")
    raw.commit()
    raw.close()
    with pytest.raises(Exception, match="audit_theme"):
        open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    raw = sqlite3.connect(path)
    try:
        tables = {
            row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        assert tables == {"audit_theme"}  # all or nothing: no half-made schema
        assert raw.execute("SELECT note FROM audit_theme").fetchall() == [("kept",)]
    finally:
        raw.close()


def test_the_models_match_the_migrated_schema(any_url: str, tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    opened = open_for_use(any_url, backup_dir=tmp_path / "backups")
    try:
        with opened.db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, metadata)
            assert differences == []
            count = connection.execute(text("SELECT count(*) FROM alembic_version")).scalar()
            assert count == 1
            assert connection.execute(select(func.count(Person.id))).scalar() == 1
    finally:
        opened.db.dispose()
