"""A manager's audit, told through the services: start, save, complete, re-audit."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit import AuditForm
from qaaudit.services.audit import audits
from qaaudit.services.audit.listing import AuditFilter, count_audits, list_audits
from qaaudit.services.common import refusals
from qaaudit.services.common.history import changes_for
from qaaudit.store.errors import ConflictError
from tests.factories import complete_form, make_person, make_team

TODAY = date(2017, 11, 20)


def test_manager_completes_an_audit_and_it_is_stored_locked(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "jbloggs", "Jo Bloggs", team=team)
        form = complete_form(team.id)
        record = audits.create_audit(
            s, manager, AuditForm(case_number=" cn100234 ", audit_month=date(2017, 3, 1)), TODAY
        )
        audit_id, version = record.id, record.version
    assert record.form.case_number == "CN100234"
    assert record.status == "draft"

    with db.writing() as s:
        saved = audits.save_draft(s, manager, audit_id, version, form, TODAY)
    with db.writing() as s:
        done = audits.complete_audit(s, manager, audit_id, saved.version, form, TODAY)
    assert done.locked

    with db.reading() as s:
        again = audits.load_audit(s, audit_id)
        assert again.form.areas["risk"].evidence.startswith("Evidence for risk")
        assert again.form.overall == "meets_good"
        assert again.template_version == "2017.1"
        assert [a.action for a in again.form.actions] == ["Update the chronology"]
        history = changes_for(s, "case_file_audit", audit_id)
    fields = {c.field for c in history}
    assert {"created", "area.risk.judgement", "status"} <= fields
    assert all(c.login == "jbloggs" for c in history)

    with db.writing() as s, pytest.raises(refusals.NotAllowed):
        audits.save_draft(s, manager, audit_id, done.version, form, TODAY)


def test_completion_lists_every_problem_at_its_field(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m1", "Manager One", team=team)
        record = audits.create_audit(
            s, manager, AuditForm(case_number="X1", audit_month=date(2017, 3, 1)), TODAY
        )
        form = record.form
        form.team_id = team.id
        form.areas["risk"].judgement = "meets_good"
        form.areas["permanence"].judgement = "not_applicable"
        with pytest.raises(refusals.ValidationFailed) as failure:
            audits.complete_audit(s, manager, record.id, record.version, form, TODAY)
    fields = {p.field for p in failure.value.problems}
    assert "area.risk.evidence" in fields and "area.risk.impact" in fields
    assert "area.involvement.judgement" in fields
    assert "area.permanence.evidence" not in fields  # not applicable needs no narrative
    assert "overall" in fields and "strand" in fields


def test_second_save_of_the_same_version_is_a_conflict_not_an_overwrite(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m2", "Manager Two", team=team)
        record = audits.create_audit(s, manager, complete_form(team.id), TODAY)
    first = complete_form(team.id)
    first.areas["risk"].evidence = "First copy's words"
    second = complete_form(team.id)
    second.areas["risk"].evidence = "Second copy's words"
    with db.writing() as s:
        audits.save_draft(s, manager, record.id, record.version, first, TODAY)
    with db.writing() as s, pytest.raises(ConflictError):
        audits.save_draft(s, manager, record.id, record.version, second, TODAY)
    with db.reading() as s:
        assert audits.load_audit(s, record.id).form.areas["risk"].evidence == "First copy's words"
        diff = audits.conflict_differences(s, record.id, second)
    assert ("area.risk.evidence", "Second copy's words", "First copy's words") in diff


def test_re_audit_links_to_the_earlier_completed_audit(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m3", "Manager Three", team=team)
        first = audits.create_audit(
            s, manager, complete_form(team.id, grade="does_not_meet_good"), TODAY
        )
        audits.complete_audit(
            s,
            manager,
            first.id,
            first.version,
            complete_form(team.id, grade="does_not_meet_good"),
            TODAY,
        )
        later = audits.create_audit(
            s, manager, AuditForm(case_number="cn100234", audit_month=date(2017, 9, 1)), TODAY
        )
    assert later.previous is not None
    assert later.previous.id == first.id
    assert later.previous.judgements["risk"] == "does_not_meet_good"
    with db.reading() as s:
        rows = list_audits(s, manager, AuditFilter(case_number="CN1002"))
    assert [(r.id, r.audit_type) for r in rows] == [(later.id, "re-audit"), (first.id, "audit")]


def test_blank_and_unknown_values_are_refused_with_words(opened: Opened) -> None:
    with opened.db.writing() as s:
        manager = make_person(s, "m4", "Manager Four")
        with pytest.raises(refusals.ValidationFailed) as blank:
            audits.create_audit(
                s, manager, AuditForm(case_number="   ", audit_month=date(2017, 3, 1)), TODAY
            )
        with pytest.raises(refusals.ValidationFailed) as strand:
            audits.create_audit(
                s,
                manager,
                AuditForm(case_number="A1", audit_month=date(2017, 3, 1), strand="Space travel"),
                TODAY,
            )
    assert blank.value.problems[0].message == "Enter the tracked case number."
    assert "is not one of the strands" in strand.value.problems[0].message


def test_audit_list_filters_sorts_and_respects_who_may_see(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        team_a = make_team(s, "Team A")
        team_b = make_team(s, "Team B", area="Looked After Children")
        alice = make_person(s, "alice", "Alice", team=team_a)
        bob = make_person(s, "bob", "Bob", team=team_b)
        lead = make_person(s, "lead", "Lead", roles=("qa_lead",))
        for n, (who, team) in enumerate([(alice, team_a), (alice, team_a), (bob, team_b)]):
            form = complete_form(team.id, case_number=f"C{n}", month=date(2017, n + 1, 1))
            rec = audits.create_audit(s, who, form, TODAY)
            audits.complete_audit(s, who, rec.id, rec.version, form, TODAY)
    with db.reading() as s:
        assert count_audits(s, lead, AuditFilter()) == 3
        assert count_audits(s, bob, AuditFilter()) == 1
        by_case = list_audits(s, lead, AuditFilter(sort_key="case_number", descending=False))
        assert [r.case_number for r in by_case] == ["C0", "C1", "C2"]
        march_on = list_audits(s, lead, AuditFilter(month_from=date(2017, 2, 1)))
        assert {r.case_number for r in march_on} == {"C1", "C2"}
        assert [r.team for r in list_audits(s, lead, AuditFilter(team_id=team_b.id))] == ["Team B"]
