"""The council's own forms: the instruments shipped with the program load and are
complete; a definition written out reads back the same; a malformed or ambiguous file is
refused with its line and the reason; a file imported is a draft, and importing never
changes a published version; a record keeps the version it was started on; and every
case file audit made before reads, and prints, exactly as it did."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from qaaudit.bootstrap import Opened, open_for_use
from qaaudit.cli import main
from qaaudit.domain.audit import AreaEntry, AuditForm, completion_problems
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    current_instrument,
    instrument_version,
    shipped_instruments,
)
from qaaudit.domain.instrument_file import (
    InstrumentFileError,
    instrument_to_toml,
    parse_instrument_text,
)
from qaaudit.exports.audit.pdf import write_audit_pdf
from qaaudit.resources import resource
from qaaudit.services.audit import audits
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.instruments import versions
from qaaudit.store.instruments import InstrumentVersion
from qaaudit.store.migrations import KNOWN_REVISIONS
from qaaudit.store.models import CaseFileAudit
from tests.factories import complete_form, make_person, make_team
from tests.sql_support import statements_sent
from tests.test_store_migrations import AUDIT_BEFORE, database_of_the_previous_version

TODAY = date(2017, 11, 20)
OBSERVATION = "observation_of_practice"
GOLDEN = Path(__file__).parent / "golden"
# The two council templates the program has always shipped, word for word.
UNCHANGED = {
    "case_file_audit-2017.1.toml": "bab77cf6",
    "service_review-2017.1.toml": "05b8f6aa",
}


# -- the shipped instruments -----------------------------------------------------------------


def test_every_shipped_instrument_meets_the_rules_and_says_it_is_a_starting_point() -> None:
    found = shipped_instruments()
    assert set(key for key, _ in found) == {
        CASE_FILE_AUDIT,
        OBSERVATION,
        "dip_sample",
        "supervision_audit",
        "plan_rating",
    }
    for path in sorted(resource("instruments").glob("*.toml")):
        if path.name.startswith("service_review"):
            continue
        checked = parse_instrument_text(path.read_text("utf-8"), path.name)
        assert checked == found[checked.identity], path.name
        assert checked.areas and checked.strands
        assert any(g.good for g in checked.grades)
        assert any(not g.good and not g.not_applicable for g in checked.grades)
        assert {a.key for a in checked.areas} == {
            k for s in checked.shown_sections for k in s.area_keys
        }
        for area in checked.areas:
            assert area.title and area.short
        if checked.key != CASE_FILE_AUDIT:
            assert checked.note.startswith("A starting point for the council to adapt"), path
            assert not checked.corrective_action
    # Worded from the framework where it speaks of them.
    observation = found[(OBSERVATION, "2017.1")]
    assert observation.header_field("case_holder").label == "Worker observed"
    assert observation.header_field("discussed_on").label == "Feedback given to the worker on"
    assert "Home visit" in observation.header_field("setting").choices
    titles = " ".join(a.title for a in observation.areas)
    assert "purpose of the visit" in titles and "relationship with the child" in titles
    assert "voice" in titles
    rating = found[("plan_rating", "2017.1")]
    assert [(g.label, g.good) for g in rating.grades] == [
        ("Green", True),
        ("Amber", False),
        ("Red", False),
    ]
    assert rating.headings_for(rating.areas[0]) == ("The reason for the rating", "")
    supervision = found[("supervision_audit", "2017.1")]
    assert supervision.header_field("supervision_kind").choices[:2] == (
        "Reflective",
        "Task focused",
    )
    assert "followed up" in " ".join(a.title for a in supervision.areas)
    assert found[("dip_sample", "2017.1")].header_field("sample").required


def test_the_case_file_audit_and_the_service_review_are_word_for_word_as_shipped() -> None:
    for name, digest in UNCHANGED.items():
        text = resource("instruments", name).read_bytes()
        assert hashlib.sha256(text).hexdigest()[:8] == digest, name


@pytest.mark.parametrize("identity", sorted(shipped_instruments()))
def test_a_definition_written_out_reads_back_the_same(identity: tuple[str, str]) -> None:
    instrument = shipped_instruments()[identity]
    text = instrument_to_toml(instrument)
    assert parse_instrument_text(text, "written.toml") == instrument


# -- malformed and ambiguous files --------------------------------------------------------

GOOD_FILE = """[instrument]
key = "visit_audit"
version = "1.0"
title = "Visit audit"

[[header]]
key = "case_number"
label = "Case"
[[header]]
key = "strand"
label = "Strand"
choices = ["Help and protection"]

[[grades]]
key = "met"
label = "Met"
shortcut = "Y"
good = true
rank = 2
[[grades]]
key = "not_met"
label = "Not met"
shortcut = "X"
good = false
rank = 1

[[areas]]
key = "visit_seen"
title = "The child was seen"
prompts = ["Alone?"]

[[areas]]
key = "visit_recorded"
title = "The visit is recorded"
"""


def refusal(text: str) -> list[tuple[int, str]]:
    with pytest.raises(InstrumentFileError) as raised:
        parse_instrument_text(text, "shared.toml")
    return [(p.line, p.reason) for p in raised.value.problems]


def test_a_well_formed_file_reads() -> None:
    instrument = parse_instrument_text(GOOD_FILE)
    assert [a.key for a in instrument.areas] == ["visit_seen", "visit_recorded"]
    assert instrument.good_grade_keys == {"met"}


def test_a_file_that_is_not_toml_is_refused_at_its_line() -> None:
    broken = GOOD_FILE.replace('[[areas]]\nkey = "visit_recorded"', '[[areas]\nkey = "x"')
    [(line, reason)] = refusal(broken)
    assert line == 32
    assert reason.startswith("this is not TOML the program can read")


def test_two_areas_with_one_key_are_refused_at_the_second() -> None:
    doubled = GOOD_FILE.replace('key = "visit_recorded"', 'key = "visit_seen"')
    assert refusal(doubled) == [(33, "two areas have the key “visit_seen”")]


def test_a_misspelt_field_is_refused_rather_than_lost() -> None:
    typo = GOOD_FILE.replace('prompts = ["Alone?"]', 'promts = ["Alone?"]')
    [(line, reason)] = refusal(typo)
    assert line == 30
    assert reason.startswith("“promts” is not a field of an area")


def test_a_grade_that_does_not_say_whether_it_is_good_is_refused() -> None:
    vague = GOOD_FILE.replace("good = false\n", "")
    problems = refusal(vague)
    # The grade's table, since the field is missing; the scale, at its first grade.
    assert (
        20,
        "say whether the grade counts as good: good = true or good = false",
    ) in problems
    assert any(
        "at least one grade that counts as good and one that does not" in r for _, r in problems
    )


def test_two_grades_on_one_key_and_areas_in_and_out_of_sections_are_ambiguous() -> None:
    clash = GOOD_FILE.replace('shortcut = "X"', 'shortcut = "y"')
    assert refusal(clash) == [(23, "the shortcut “y” is already the key of “Met”")]
    both = (
        GOOD_FILE + '\n[[sections]]\ntitle = "More"\n[[sections.areas]]\nkey = "a"\ntitle = "A"\n'
    )
    [(line, reason)] = refusal(both)
    assert line == 27 and "both inside sections and outside them" in reason


def test_a_file_without_an_instrument_table_or_a_version_is_refused() -> None:
    assert refusal('title = "x"\n')[0][0] == 1
    no_version = GOOD_FILE.replace('version = "1.0"', "version = 1.0")
    assert (3, 'the version must be numbers with dots, in quotes (for example "2026.1")') in (
        refusal(no_version)
    )


# -- versions in the database --------------------------------------------------------------


def exported(opened: Opened, key: str = OBSERVATION, version: str | None = None) -> str:
    with opened.db.reading() as s:
        return versions.definition_text(s, key, version)


def test_import_is_a_draft_and_never_changes_a_published_version(opened: Opened) -> None:
    text = exported(opened)
    assert text == resource("instruments", "observation_of_practice-2017.1.toml").read_text()
    # The same version again: refused, the shipped version as it was.
    with pytest.raises(NotAllowed, match="already published"), opened.db.writing() as s:
        versions.import_definition(s, opened.actor, text, "obs.toml")

    revised = text.replace('version = "2017.1"', 'version = "2018.1"').replace("Observe", "Observe")
    revised = revised.replace('short = "Purpose"', 'short = "Why we came"')
    with opened.db.writing() as s:
        row = versions.import_definition(s, opened.actor, revised, "obs.toml")
    assert (row.status, row.version) == ("draft", "2018.1")
    assert current_instrument(OBSERVATION).version == "2017.1"  # a draft is not in use

    with opened.db.writing() as s:
        versions.publish(s, opened.actor, OBSERVATION, "2018.1")
    assert current_instrument(OBSERVATION).area("obs_purpose").short == "Why we came"
    # Importing it again, changed, is refused; the published text stays as it was.
    with pytest.raises(NotAllowed, match="already published"), opened.db.writing() as s:
        versions.import_definition(s, opened.actor, revised.replace("Why we came", "X"), "o")
    assert exported(opened, OBSERVATION, "2018.1") == revised
    with opened.db.reading() as s:
        listed = [(r.key, r.version, r.status, r.current) for r in versions.list_versions(s)]
    assert (OBSERVATION, "2018.1", "published", True) in listed
    assert (OBSERVATION, "2017.1", "shipped", False) in listed


def test_the_database_itself_refuses_to_change_a_published_version(opened: Opened) -> None:
    with opened.db.writing() as s:
        draft = versions.start_version(s, opened.actor, OBSERVATION)
        versions.publish(s, opened.actor, OBSERVATION, draft.version)
    path = opened.db.engine.url.database
    raw = sqlite3.connect(str(path))
    try:
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            raw.execute("UPDATE instrument_version SET definition = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            raw.execute("DELETE FROM instrument_version")
    finally:
        raw.close()


def test_an_area_key_of_another_form_or_a_grade_that_changes_meaning_is_refused(
    opened: Opened,
) -> None:
    text = exported(opened, "dip_sample").replace('version = "2017.1"', 'version = "2017.2"')
    stolen = text.replace('key = "dip_oversight"', 'key = "risk"')
    with pytest.raises(ValidationFailed) as raised, opened.db.writing() as s:
        versions.import_definition(s, opened.actor, stolen, "dip.toml")
    assert "the area key “risk” belongs to “Case file audit”" in str(raised.value)
    yes, no = 'label = "Yes"\nshortcut = "Y"\ngood = ', 'label = "No"\nshortcut = "O"\ngood = '
    turned = text.replace(yes + "true", yes + "false").replace(no + "false", no + "true")
    refused = pytest.raises(ValidationFailed, match="“yes” counts as good in another form")
    with refused, opened.db.writing() as s:
        versions.import_definition(s, opened.actor, turned, "dip.toml")


def team_of(opened: Opened) -> int:
    with opened.db.writing() as s:
        return make_team(s, "Assessment Team 1", "Help and Protection").id


def observation_form(team_id: int, case_number: str = "CN700001") -> AuditForm:
    instrument = current_instrument(OBSERVATION)
    return AuditForm(
        case_number=case_number,
        audit_month=date(2017, 10, 1),
        team_id=team_id,
        case_holder="Sam Okafor",
        discussed_on=date(2017, 10, 12),
        strand="Help and protection",
        areas={
            a.key: AreaEntry("meets_good", f"Seen: {a.short}.", f"Impact: {a.short}.")
            for a in instrument.areas
        },
        overall="meets_good",
        fields={"setting": "Home visit"},
    )


def test_a_record_started_before_publishing_keeps_its_version(opened: Opened) -> None:
    team_id = team_of(opened)
    with opened.db.writing() as s:
        started = audits.create_audit(
            s, opened.actor, observation_form(team_id), TODAY, instrument_key=OBSERVATION
        )
        draft = versions.start_version(s, opened.actor, OBSERVATION)
        loaded = versions.load_draft(s, OBSERVATION, draft.version)
        reworded = replace(
            loaded.instrument,
            areas=tuple(
                replace(a, title="Why the visit happened") if a.key == "obs_purpose" else a
                for a in loaded.instrument.areas
            ),
        )
        versions.save_draft(
            s, opened.actor, OBSERVATION, draft.version, loaded.row_version, reworded
        )
        versions.publish(s, opened.actor, OBSERVATION, draft.version)
    with opened.db.writing() as s:
        later = audits.create_audit(
            s, opened.actor, observation_form(team_id, "CN700002"), TODAY, OBSERVATION
        )
        earlier = audits.load_audit(s, started.id)
        form = observation_form(team_id)
        done = audits.complete_audit(s, opened.actor, earlier.id, earlier.version, form, TODAY)
    assert (done.instrument_key, done.template_version) == (OBSERVATION, "2017.1")
    assert later.template_version == draft.version
    assert audits.instrument_for(done).area("obs_purpose").title.startswith("The purpose")
    assert audits.instrument_for(later).area("obs_purpose").title == "Why the visit happened"
    assert done.form.fields == {"setting": "Home visit"}
    # An observation is not a case file audit: no corrective action, no re-audit link.
    assert later.previous is None


ANOTHER_DESKTOP = """
import sys
from datetime import date
from qaaudit.bootstrap import open_for_use
from qaaudit.services.audit import audits
from qaaudit.services.instruments import versions
from tests.test_instruments import OBSERVATION, TODAY, observation_form

opened = open_for_use(sys.argv[1], login=sys.argv[2])
with opened.db.writing() as s:
    draft = versions.start_version(s, opened.actor, OBSERVATION)
    versions.publish(s, opened.actor, OBSERVATION, draft.version)
with opened.db.writing() as s:
    made = audits.create_audit(
        s, opened.actor, observation_form(int(sys.argv[3]), "CN700009"), TODAY, OBSERVATION
    )
print(made.id, made.template_version)
"""


def test_a_version_published_on_another_desktop_is_asked_for_only_when_met(
    opened: Opened,
) -> None:
    """Opening and saving an audit read the published forms only for a version not known
    here yet: one published on another desktop since, with an audit made on it there."""
    team_id = team_of(opened)
    with opened.db.writing() as s:
        mine = audits.create_audit(s, opened.actor, complete_form(team_id, "CN700010"), TODAY)
    other = subprocess.run(
        [sys.executable, "-c", ANOTHER_DESKTOP, str(opened.db.engine.url), opened.actor.login,
         str(team_id)],
        capture_output=True, text=True, timeout=120, check=True,
        cwd=Path(__file__).parent.parent,
    )  # fmt: skip
    made_id, made_version = other.stdout.split()

    def asked(sent: list[str]) -> int:
        return sum("instrument_version" in statement for statement in sent)

    with statements_sent(opened.db.engine) as sent:
        with opened.db.writing() as s:
            saved = audits.save_draft(s, opened.actor, mine.id, mine.version, mine.form, TODAY)
        assert asked(sent) == 0  # this database's versions are known, and the audit's is one
        with opened.db.reading() as s:
            theirs = audits.load_audit(s, int(made_id))
        assert asked(sent) == 1  # a version not known here: asked for once
        with opened.db.reading() as s:
            audits.load_audit(s, int(made_id))
        with opened.db.writing() as s:
            audits.save_draft(s, opened.actor, mine.id, saved.version, mine.form, TODAY)
        assert asked(sent) == 1
    assert theirs.template_version == made_version != "2017.1"
    assert audits.instrument_for(theirs).version == made_version


def test_an_observations_own_fields_are_checked_before_it_completes(opened: Opened) -> None:
    team_id = team_of(opened)
    instrument = current_instrument(OBSERVATION)
    form = observation_form(team_id)
    form.fields = {}
    form.case_holder = ""
    form.areas["obs_feedback"].impact = ""
    messages = [p.message for p in completion_problems(instrument, form, TODAY)]
    assert "Enter “Worker observed”." in messages
    assert "Choose “Setting observed”." in messages
    assert "Write “What could be even better” for “Feedback”." in messages
    rating = current_instrument("plan_rating")
    rated = AuditForm(
        case_number="CN1",
        audit_month=date(2017, 10, 1),
        team_id=team_id,
        case_holder="Sam",
        strand="Help and protection",
        areas={"plan_quality": AreaEntry("amber", "", "")},
        overall="amber",
        fields={"plan_kind": "Care plan (LAC review)"},
    )
    assert [p.message for p in completion_problems(rating, rated, TODAY)] == [
        "Write “The reason for the rating” for “Plan”."
    ]


# -- audits made before --------------------------------------------------------------------


def test_an_audit_from_before_reads_exactly_as_it_did(sqlite_url: str, tmp_path: Path) -> None:
    previous = KNOWN_REVISIONS[KNOWN_REVISIONS.index("0011") - 1]
    audit = {**AUDIT_BEFORE, "case_holder": "Sam Okafor"}
    database_of_the_previous_version(sqlite_url, previous, login="tester", audits=(audit,))
    opened = open_for_use(sqlite_url, backup_dir=tmp_path / "backups")
    try:
        with opened.db.reading() as s:
            audit_id = s.scalar(select(CaseFileAudit.id))
            record = audits.load_audit(s, audit_id)
        assert (record.instrument_key, record.template_version) == (CASE_FILE_AUDIT, "2017.1")
        assert record.form.fields == {}
        assert audits.instrument_for(record) is instrument_version(CASE_FILE_AUDIT, "2017.1")
        assert record.form.case_holder == "Sam Okafor" and record.form.overall == "meets_good"
    finally:
        opened.db.dispose()


def test_a_case_file_audits_pdf_prints_exactly_as_before(opened: Opened, tmp_path: Path) -> None:
    """The text of the PDF the program printed before forms were data (kept beside this
    test, with the day it was printed taken out) is the text it prints now."""
    with opened.db.writing() as s:
        team = make_team(s, "Child Protection Team 2")
        manager = make_person(s, "gap.rhys", "Gwenllian ap Rhys", team=team)
        earlier = complete_form(team.id, grade="does_not_meet_good", month=date(2017, 2, 1))
        first = audits.create_audit(s, manager, earlier, TODAY)
        audits.complete_audit(s, manager, first.id, first.version, earlier, TODAY)
        form = complete_form(team.id, month=date(2017, 9, 1))
        form.areas["plans"].judgement = "does_not_meet_good"
        form.areas["permanence"].judgement = "not_applicable"
        form.areas["permanence"].evidence = form.areas["permanence"].impact = ""
        form.themes = ["neglect", "domestic_violence"]
        record = audits.create_audit(s, manager, form, TODAY)
        audits.complete_audit(s, manager, record.id, record.version, form, TODAY)
    target = write_audit_pdf(opened.db, record.id, tmp_path / "audit.pdf")
    text = "\n".join(
        unicodedata.normalize("NFKC", page.extract_text()) for page in PdfReader(target).pages
    )
    today = date.today()
    for stamp in (f"{today.day} {today:%B %Y}", f"{today:%d %B %Y}", today.isoformat()):
        text = text.replace(stamp, "<today>")
    assert text == (GOLDEN / "case_file_audit_2017.1_pdf.txt").read_text("utf-8")


def test_an_observation_prints_with_its_own_words(opened: Opened, tmp_path: Path) -> None:
    team_id = team_of(opened)
    with opened.db.writing() as s:
        record = audits.create_audit(
            s, opened.actor, observation_form(team_id), TODAY, instrument_key=OBSERVATION
        )
    target = write_audit_pdf(opened.db, record.id, tmp_path / "observation.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    text = " ".join(text.split())
    for words in (
        "Observation of practice CN700001",
        "Worker observed Sam Okafor",
        "Setting observed Home visit",
        "The session observed",
        "After the session",
        "What went well",
        "What could be even better",
        "Overall judgement of the practice observed",
    ):
        assert words in text, words
    assert "Audit themes" not in text


# -- the commands --------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["instrument", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_commands_list_export_import_and_publish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = str(tmp_path / "council.sqlite3")
    monkeypatch.setenv("QAAUDIT_USER", "p.sharma")  # the first login: an administrator
    code, out, _ = run(capsys, "list", "--db", database)
    assert code == 0
    assert "observation_of_practice  2017.1" in out and "Shipped with the program" in out

    shared = tmp_path / "dip.toml"
    code, out, _ = run(capsys, "export", "dip_sample", "-o", str(shared), "--db", database)
    assert code == 0 and shared.read_text("utf-8").startswith("# Dip sample")

    shared.write_text(shared.read_text("utf-8").replace('"2017.1"', '"2018.1"'), "utf-8")
    code, out, _ = run(capsys, "import", str(shared), "--db", database)
    assert code == 0 and "version 2018.1, as a draft" in out
    code, out, err = run(capsys, "import", str(shared), "--db", database)
    assert code == 0  # a draft may be imported again, over itself

    broken = tmp_path / "broken.toml"
    broken.write_text(
        shared.read_text("utf-8").replace('shortcut = "O"', 'shortcut = "Y"'), "utf-8"
    )
    code, _, err = run(capsys, "import", str(broken), "--db", database)
    assert code == 2
    assert "broken.toml is not a usable instrument definition" in err
    assert "the shortcut “Y” is already the key of “Yes”" in err and "line " in err

    code, out, _ = run(capsys, "publish", "dip_sample", "--version", "2018.1", "--db", database)
    assert code == 0 and "Published Dip sample, version 2018.1" in out
    code, _, err = run(capsys, "import", str(shared), "--db", database)
    assert code == 1 and "already published" in err
    code, out, _ = run(
        capsys,
        "export",
        "dip_sample",
        "--version",
        "2017.1",
        "-o",
        str(tmp_path / "old.toml"),
        "--db",
        database,
    )
    assert code == 0
    assert (tmp_path / "old.toml").read_text("utf-8") == resource(
        "instruments", "dip_sample-2017.1.toml"
    ).read_text("utf-8")

    # Someone who is not the QA lead or an administrator is refused, and nothing changes.
    opened = open_for_use(database, login="p.sharma")
    try:
        with opened.db.writing() as s:
            make_person(s, "a.auditor", "Ann Auditor")
    finally:
        opened.db.dispose()
    monkeypatch.setenv("QAAUDIT_USER", "a.auditor")
    other = tmp_path / "other.toml"
    other.write_text(shared.read_text("utf-8").replace('"2018.1"', '"2019.1"'), "utf-8")
    code, _, err = run(capsys, "import", str(other), "--db", database)
    assert code == 1 and "Only the QA lead or an administrator" in err
    opened = open_for_use(database, login="p.sharma")
    try:
        with opened.db.reading() as s:
            stored = s.scalars(select(InstrumentVersion.version)).all()
    finally:
        opened.db.dispose()
    assert stored == ["2018.1"]
