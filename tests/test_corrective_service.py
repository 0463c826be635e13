"""A case audited as not yet good gets corrective action, which the service manager for the
team's service area confirms in the month after the audit."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.corrective import due_by, end_of_month, month_after
from qaaudit.services.audit import audits, follow_up
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import changes_for
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.corrective import actions as corrective
from qaaudit.store.corrective import CorrectiveAction
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import CaseFileAudit, Team
from tests.factories import complete_form, make_person, make_team

REAL_TODAY = date.today()
THIS_MONTH = REAL_TODAY.replace(day=1)
DUE = end_of_month(month_after(THIS_MONTH))


def completed_audit(
    session, who: Actor, team: Team, case: str, grade: str, month: date = THIS_MONTH
) -> int:
    form = complete_form(team.id, case_number=case, month=month, grade=grade)
    form.discussed_on = None
    record = audits.create_audit(session, who, form, REAL_TODAY)
    audits.complete_audit(session, who, record.id, record.version, form, REAL_TODAY)
    return record.id


@pytest.fixture
def council(any_opened: Opened) -> dict:
    """Two service areas, a manager auditing in each, a service manager for each, a QA lead."""
    with any_opened.db.writing() as s:
        hp = make_team(s, "Assessment Team 1", "Help and Protection")
        lac = make_team(s, "LAC Team 2", "Looked After Children")
        people = {
            "hp": hp,
            "lac": lac,
            "auditor_hp": make_person(s, "tm1", "Tess Manager", team=hp),
            "auditor_lac": make_person(s, "tm2", "Tom Manager", team=lac),
            "sm_hp": make_person(s, "sm1", "Sue Service", ("auditor", "service_manager"), hp),
            "sm_lac": make_person(s, "sm2", "Sid Service", ("auditor", "service_manager"), lac),
            "lead": make_person(s, "lead", "Lee Lead", ("qa_lead",)),
        }
    people["db"] = any_opened.db
    return people


def test_an_audit_completed_as_not_yet_good_opens_corrective_action(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        weak = completed_audit(s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good")
        good = completed_audit(s, council["auditor_hp"], council["hp"], "C2", "meets_good")
    with db.reading() as s:
        action = corrective.for_audit(s, council["sm_hp"], weak)
        assert corrective.for_audit(s, council["sm_hp"], good) is None
        history = changes_for(s, "corrective_action", action.id)
    assert action.due_on == DUE
    assert action.opened_on == REAL_TODAY or action.opened_on == REAL_TODAY + timedelta(days=1)
    assert action.status == "open" and action.confirmed_on is None
    assert action.overall == "Does not meet good"
    assert action.team == "Assessment Team 1" and action.service_area == "Help and Protection"
    assert action.state(REAL_TODAY) == "open"
    assert action.state(DUE + timedelta(days=1)) == "overdue"
    assert [(c.field, c.new_value, c.login) for c in history] == [
        ("opened", DUE.isoformat(), "tm1")
    ]


def test_service_manager_confirms_with_a_note_and_a_date(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        audit_id = completed_audit(
            s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good"
        )
    with db.reading() as s:
        action = corrective.for_audit(s, council["sm_hp"], audit_id)
    with db.writing() as s:
        done = corrective.confirm(
            s,
            council["sm_hp"],
            action.id,
            action.version,
            "  Strategy meeting held; plan updated with contingency.  ",
            REAL_TODAY,
            REAL_TODAY,
        )
    assert done.status == "confirmed"
    assert done.note == "Strategy meeting held; plan updated with contingency."
    assert done.confirmed_by == "Sue Service"
    assert done.state(REAL_TODAY) == "confirmed"
    with db.reading() as s:
        stored = s.get(CorrectiveAction, action.id)
        assert stored.version_id == action.version + 1
        fields = {
            c.field: (c.old_value, c.new_value)
            for c in changes_for(s, "corrective_action", action.id)
        }
        assert corrective.overdue_for(s, council["sm_hp"], DUE + timedelta(days=5)) == []
    assert fields["status"] == ("open", "confirmed")
    assert fields["confirmed_on"] == (None, REAL_TODAY.isoformat())
    assert fields["note"][1].startswith("Strategy meeting held")


def test_only_the_service_manager_for_the_area_may_confirm(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        audit_id = completed_audit(
            s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good"
        )
    with db.reading() as s:
        action = corrective.for_audit(s, council["lead"], audit_id)
    for who in ("sm_lac", "auditor_hp", "lead"):
        with db.writing() as s, pytest.raises(NotAllowed):
            corrective.confirm(
                s, council[who], action.id, action.version, "Done", REAL_TODAY, REAL_TODAY
            )
    with db.reading() as s:
        assert corrective.for_audit(s, council["lead"], audit_id).status == "open"
        # The other area's service manager cannot even see it; the auditor sees their own.
        assert corrective.for_audit(s, council["sm_lac"], audit_id) is None
        assert corrective.for_audit(s, council["auditor_hp"], audit_id) is not None


def test_a_stale_confirmation_is_refused_and_shows_what_was_recorded(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        audit_id = completed_audit(
            s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good"
        )
        # A second service manager for the same area.
        deputy = make_person(
            s, "sm3", "Dee Deputy", ("service_manager",), s.get(Team, council["hp"].id)
        )
    with db.reading() as s:
        seen = corrective.for_audit(s, council["sm_hp"], audit_id)
    with db.writing() as s:
        corrective.confirm(s, deputy, seen.id, seen.version, "Visit made", REAL_TODAY, REAL_TODAY)
    with db.writing() as s, pytest.raises(ConflictError) as conflict:
        corrective.confirm(
            s, council["sm_hp"], seen.id, seen.version, "Plan revised", REAL_TODAY, REAL_TODAY
        )
    assert ("note", "Plan revised", "Visit made") in conflict.value.differences
    with db.reading() as s:
        assert corrective.for_audit(s, council["sm_hp"], audit_id).note == "Visit made"


def test_a_confirmation_without_a_note_is_refused_and_nothing_is_stored(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        audit_id = completed_audit(
            s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good"
        )
    with db.reading() as s:
        action = corrective.for_audit(s, council["sm_hp"], audit_id)
    with db.writing() as s, pytest.raises(ValidationFailed) as refused:
        corrective.confirm(
            s,
            council["sm_hp"],
            action.id,
            action.version,
            " ",
            REAL_TODAY + timedelta(days=3),
            REAL_TODAY,
        )
    assert [p.field for p in refused.value.problems] == ["note", "confirmed_on"]
    with db.reading() as s:
        assert corrective.for_audit(s, council["sm_hp"], audit_id).status == "open"


def test_overdue_actions_are_shown_to_the_service_manager_of_the_area_and_the_qa_lead(
    council: dict,
) -> None:
    db = council["db"]
    with db.writing() as s:
        in_hp = completed_audit(s, council["auditor_hp"], council["hp"], "C1", "does_not_meet_good")
        in_lac = completed_audit(
            s, council["auditor_lac"], council["lac"], "C2", "does_not_meet_good"
        )
    after_due = DUE + timedelta(days=1)
    with db.reading() as s:
        assert corrective.overdue_for(s, council["sm_hp"], DUE) == []
        assert [a.audit_id for a in corrective.overdue_for(s, council["sm_hp"], after_due)] == [
            in_hp
        ]
        assert [a.audit_id for a in corrective.overdue_for(s, council["sm_lac"], after_due)] == [
            in_lac
        ]
        assert {a.audit_id for a in corrective.overdue_for(s, council["lead"], after_due)} == {
            in_hp,
            in_lac,
        }
        assert corrective.overdue_for(s, council["auditor_hp"], after_due) == []
        listed = corrective.list_corrective(
            s, council["lead"], corrective.CorrectiveFilter(show=corrective.OVERDUE), after_due
        )
    assert listed[0].describe(after_due).startswith("Overdue by 1 day")


def test_historic_audits_without_corrective_action_are_given_one(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        team = make_team(s)
        auditor = make_person(s, "old", "Olive Old", team=team)
        for n, (month, completed) in enumerate(
            [
                (date(2016, 12, 1), datetime(2016, 12, 14, 10)),
                (date(2016, 12, 1), datetime(2017, 1, 9, 10)),  # completed late
                (date(2016, 11, 1), None),  # completion date unknown
            ]
        ):
            s.add(
                CaseFileAudit(
                    case_number=f"H{n}",
                    auditor_id=auditor.id,
                    team_id=team.id,
                    audit_month=month,
                    overall="does_not_meet_good",
                    headline="not_yet_good",
                    status="completed",
                    template_version="2017.1",
                    completed_at=completed,
                )
            )
        s.add(
            CaseFileAudit(
                case_number="G1",
                auditor_id=auditor.id,
                team_id=team.id,
                audit_month=date(2016, 12, 1),
                overall="meets_good",
                headline="good",
                status="completed",
                template_version="2017.1",
            )
        )
    with db.reading() as s:
        assert follow_up.missing_count(s) == 3
    with db.writing() as s:
        assert follow_up.backfill(s, any_opened.actor, date(2017, 11, 20)) == 3
    with db.writing() as s:
        assert follow_up.backfill(s, any_opened.actor, date(2017, 11, 20)) == 0
    with db.reading() as s:
        rows = corrective.list_corrective(s, any_opened.actor, today=date(2017, 11, 20))
        history = changes_for(s, "corrective_action", rows[0].id)
    assert sorted((r.case_number, r.due_on, r.opened_on) for r in rows) == [
        ("H0", date(2017, 1, 31), date(2016, 12, 14)),
        ("H1", date(2017, 2, 28), date(2017, 1, 9)),
        ("H2", date(2016, 12, 31), date(2017, 11, 20)),
    ]
    assert all(r.is_overdue(date(2017, 11, 20)) for r in rows)
    assert history[0].field == "opened"


def test_counts_for_a_period(council: dict) -> None:
    db = council["db"]
    with db.writing() as s:
        ids = [
            completed_audit(s, council["auditor_hp"], council["hp"], f"C{n}", "does_not_meet_good")
            for n in range(3)
        ]
        completed_audit(s, council["auditor_lac"], council["lac"], "L1", "does_not_meet_good")
        completed_audit(s, council["auditor_hp"], council["hp"], "G1", "meets_good")
    with db.writing() as s:
        first = corrective.for_audit(s, council["sm_hp"], ids[0])
        corrective.confirm(
            s, council["sm_hp"], first.id, first.version, "Done", REAL_TODAY, REAL_TODAY
        )
    area = council["hp"].service_area_id
    with db.reading() as s:
        counts = corrective.counts_for_period(s, THIS_MONTH, THIS_MONTH, DUE + timedelta(1), area)
        everyone = corrective.counts_for_period(s, THIS_MONTH, THIS_MONTH, REAL_TODAY)
    assert (counts.needed, counts.confirmed, counts.confirmed_on_time) == (3, 1, 1)
    assert (counts.still_open, counts.overdue, counts.confirmed_during_period) == (2, 2, 1)
    assert (everyone.needed, everyone.still_open, everyone.overdue) == (4, 3, 0)
    assert due_by(THIS_MONTH) == DUE
