"""Text pasted from anywhere never breaks a save: half a character, NUL, a terminal's
escape sequence or a bell typed into any field of any page is stored by one rule (replaced
by U+FFFD; Word's line breaks become new lines), and what is read back is what was
stored."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select, text

from qaaudit.bootstrap import Opened
from qaaudit.domain.review_period import Period
from qaaudit.domain.schedule import activity_kind
from qaaudit.services.audit import audits
from qaaudit.services.audit.listing import AuditFilter, list_audits
from qaaudit.services.corrective import actions as corrective
from qaaudit.services.moderation import records as moderation
from qaaudit.services.people import admin, teams
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.schedule import edit
from qaaudit.services.schedule.activities import activities_between, record_activity
from qaaudit.services.schedule.plan import load_council_plan, load_plan
from qaaudit.store.models import ChangeRecord
from qaaudit.store.storable import storable
from tests.factories import complete_form, make_person, make_team
from tests.review_factories import TODAY, cast, filled_in

# Half an emoji, NUL, the start of a terminal escape sequence, a bell, DEL, a C1 control.
HOSTILE = "Bad \ud83d half \x00 nul \x1b[2J esc \x07 bell \x7f del \x9b csi"
STORED = "Bad \ufffd half \ufffd nul \ufffd[2J esc \ufffd bell \ufffd del \ufffd csi"
# Narratives keep their layout: tabs and new lines stay, Word's line break becomes one.
NARRATIVE = "Line one\x0bline two\tafter a tab\r\nWindows line " + HOSTILE
NARRATIVE_STORED = "Line one\nline two\tafter a tab\r\nWindows line " + STORED

_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def test_the_rule() -> None:
    assert storable(HOSTILE) == STORED
    assert storable(NARRATIVE) == NARRATIVE_STORED
    kept = "Łucja Wiśniewska, مريم الحسن, יעל כהן 👶🏽\ttab\nline"
    assert storable(kept) is kept


def test_people_and_teams_with_hostile_names_are_saved(any_opened: Opened) -> None:
    db, me = any_opened.db, any_opened.actor
    with db.writing() as s:
        area = teams.add_service_area(s, me, "Area " + HOSTILE)
        team = teams.add_team(s, me, area.id, "Team " + HOSTILE)
        teams.rename_team(s, me, team.id, team.name, "Renamed " + HOSTILE)
        person = admin.add_person(
            s, me, admin.PersonDetails(login="jo" + HOSTILE, name="Jo " + HOSTILE)
        )
    assert team.name == "Team " + STORED and person.name == "Jo " + STORED
    with db.writing() as s:
        started = admin.PersonDetails(login=person.login, name=person.name)
        admin.update_person(
            s, me, person.id, started, admin.PersonDetails(person.login, "Joanna " + HOSTILE)
        )
    with db.reading() as s:
        assert [a.name for a in teams.list_service_areas(s)] == ["Area " + STORED]
        assert [t.name for t in teams.list_teams(s)] == ["Renamed " + STORED]
        names = {p.login: p.name for p in admin.list_people(s)}
    assert person.login == "jo" + STORED
    assert names[person.login] == "Joanna " + STORED
    _assert_history_storable(any_opened)


def test_the_qaf_plan_text_and_an_activity_note_with_hostile_text_are_saved(
    any_opened: Opened,
) -> None:
    db, me = any_opened.db, any_opened.actor
    with db.writing() as s:
        plan = load_council_plan(s, me)
        task = next(
            t for _a, r in plan.roles() for t in r.tasks if not activity_kind(t.kind).automatic
        )
        version = edit.set_text(s, me, edit.TASK, task.id, task.version, "name", HOSTILE)
        version = edit.set_text(s, me, edit.TASK, task.id, version, "purpose", NARRATIVE)
        edit.set_text(s, me, edit.TASK, task.id, version, "comment", NARRATIVE)
        edit.add_role(s, me, plan.areas[0].id, "Role " + HOSTILE)
        edit.add_theme(s, me, plan.id, "Theme " + HOSTILE)
        record_activity(
            s, me, me.id, task.key, date(2017, 3, 2), NARRATIVE, today=date(2017, 3, 31)
        )
    with db.reading() as s:
        again = load_plan(s, plan.year)
        notes = [a.note for a in activities_between(s, date(2017, 1, 1), date(2017, 12, 31))]
    assert again is not None
    stored = next(t for _a, r in again.roles() for t in r.tasks if t.id == task.id)
    assert stored.name == STORED
    assert stored.purpose == stored.comment == NARRATIVE_STORED.strip()
    assert "Role " + STORED in [r.name for _a, r in again.roles()]
    assert "Theme " + STORED in [t.theme for t in again.themes]
    assert notes == [NARRATIVE_STORED.strip()]
    _assert_history_storable(any_opened)


def test_an_audit_its_corrective_action_and_its_moderation_with_hostile_text(
    any_opened: Opened,
) -> None:
    db = any_opened.db
    today = date.today()
    month = today.replace(day=1)
    with db.writing() as s:
        team = make_team(s)
        auditor = make_person(s, "tm1", "Tess Manager", team=team)
        manager = make_person(s, "sm1", "Sue Service", ("auditor", "service_manager"), team)
        moderator = make_person(s, "psw", "Pat Moderator", ("moderator",))
        form = complete_form(team.id, "CN1", month, "does_not_meet_good")
        form.discussed_on = None
        form.case_holder = "Case holder " + HOSTILE
        form.areas["risk"].evidence = NARRATIVE
        record = audits.create_audit(s, auditor, form, today)
        done = audits.complete_audit(s, auditor, record.id, record.version, form, today)
    assert done.form.areas["risk"].evidence == NARRATIVE_STORED
    assert done.form.case_holder == "Case holder " + STORED
    with db.writing() as s:
        action = corrective.for_audit(s, manager, done.id)
        assert action is not None
        corrective.confirm(s, manager, action.id, action.version, NARRATIVE, today, today)
    with db.writing() as s:
        loaded = audits.load_audit(s, done.id)
        wanted = moderation.form_agreeing_with(loaded)
        wanted.impact_at_centre = wanted.evaluative_narrative = "yes"
        wanted.comment = NARRATIVE
        moderation.save_moderation(s, moderator, done.id, wanted)
    with db.reading() as s:
        confirmed = corrective.for_audit(s, manager, done.id)
        moderated = moderation.load_moderation(s, done.id)
        listed = list_audits(s, auditor, AuditFilter())
    assert confirmed is not None and confirmed.note == NARRATIVE_STORED.strip()
    assert moderated is not None and moderated.form.comment == NARRATIVE_STORED.strip()
    assert [row.id for row in listed] == [done.id]
    _assert_history_storable(any_opened)


def test_a_service_review_with_hostile_text(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s,
            people.manager,
            people.team.service_area_id,
            Period(date(2017, 1, 1), date(2017, 6, 30)),
            TODAY,
        )
    form = filled_in(record.form)
    form.key_outcomes = NARRATIVE
    first = next(iter(form.rows))
    form.rows[first].comments = NARRATIVE
    form.actions[0].action = "Action " + HOSTILE
    with db.writing() as s:
        saved = reviews.save_review(s, people.manager, record.id, record.version, form)
        assert saved.form.key_outcomes == NARRATIVE_STORED
        saved = reviews.send_to_panel(s, people.manager, record.id, saved.version, saved.form)
    with db.writing() as s:
        tracked = review_actions.tracked_actions(s, people.manager)
        review_actions.mark_done(
            s, people.manager, tracked[0].id, saved.version, date(2017, 7, 1), NARRATIVE, TODAY
        )
    with db.reading() as s:
        again = reviews.load_review(s, record.id)
        done = review_actions.load_action(s, tracked[0].id)
    assert again.form.key_outcomes == NARRATIVE_STORED
    assert again.form.rows[first].comments == NARRATIVE_STORED
    assert "Action " + STORED in [a.action for a in again.form.actions]
    assert done.done_note == NARRATIVE_STORED.strip()
    _assert_history_storable(any_opened)


def test_a_search_with_hostile_text_finds_nothing_and_does_not_fail(any_opened: Opened) -> None:
    with any_opened.db.reading() as s:
        found = s.execute(text("SELECT count(*) FROM person WHERE name = :n"), {"n": HOSTILE})
        assert found.scalar() == 0


def _assert_history_storable(opened: Opened) -> None:
    """The change history holds what was stored, never the characters themselves."""
    with opened.db.reading() as s:
        values = s.execute(select(ChangeRecord.old_value, ChangeRecord.new_value)).all()
    assert values
    assert not any(_UNSTORABLE.search(v or "") for pair in values for v in pair)
