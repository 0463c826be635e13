"""The QA lead's plan and the managers' due lists, told through the services, on both
databases the program supports."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import changes_for
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.schedule.activities import record_activity
from qaaudit.services.schedule.compliance import (
    BY_AREA,
    BY_MONTH,
    BY_PERSON,
    BY_TEAM,
    ComplianceFilter,
    activity_figures,
    compliance_items,
    compliance_totals,
    overdue_items,
    summarise,
)
from qaaudit.services.schedule.due import due_list, year_due
from qaaudit.services.schedule.edit import (
    ROLE,
    TASK,
    THEME,
    add_task,
    confirm_months,
    move,
    remove,
    set_text,
    set_when_needed,
    toggle_month,
)
from qaaudit.services.schedule.plan import (
    PlanProblem,
    copy_plan,
    load_council_plan,
    load_plan,
    plan_years,
)
from qaaudit.services.schedule.roles import assign_role, end_assignment, list_assignments
from qaaudit.store.errors import ConflictError
from tests.factories import complete_form, make_person, make_team

TM_SOCIAL_CARE = "help-and-protection/team-manager-social-care"
SM_HELP = "help-and-protection/service-manager"


def complete(db, who: Actor, team_id: int, case: str, month: date, previous: bool = False) -> None:
    today = date(2017, 12, 31)
    with db.writing() as s:
        record = audits.create_audit(
            s, who, complete_form(team_id, case_number=case, month=month), today
        )
        audits.complete_audit(
            s,
            who,
            record.id,
            record.version,
            complete_form(team_id, case_number=case, month=month),
            today,
        )


def test_qa_lead_loads_copies_and_edits_the_plan_with_history(any_opened: Opened) -> None:
    db, lead = any_opened.db, any_opened.actor
    with db.writing() as s:
        plan = load_council_plan(s, lead)
        copy_plan(s, lead, 2017, 2018)
    with db.reading() as s:
        assert plan_years(s) == [2017, 2018]
        copied = load_plan(s, 2018)
    assert copied is not None and copied.to_data().areas == plan.to_data().areas

    area, role = next((a, r) for a, r in copied.roles() if r.key == TM_SOCIAL_CARE)
    case_file = role.tasks[0]
    assert 2 not in case_file.months
    with db.writing() as s:
        version = toggle_month(s, lead, TASK, case_file.id, case_file.version, 2)
        set_text(s, lead, ROLE, role.id, role.version, "name", "Team Manager - Assessment")
        new_id = add_task(s, lead, role.id, "Observation of Practice", "practice_observation")
    with db.writing() as s:
        new_task = next(
            t
            for t in load_plan(s, 2018).roles()[1][1].tasks
            if t.id == new_id  # type: ignore[union-attr]
        )
        assert move(s, lead, TASK, new_task.id, new_task.version, -1)
    with db.reading() as s:
        again = load_plan(s, 2018)
        assert again is not None
        renamed = next(r for _a, r in again.roles() if r.key == TM_SOCIAL_CARE)
        history = changes_for(s, TASK, case_file.id)
        original = load_plan(s, 2017)
    assert renamed.name == "Team Manager - Assessment"  # the key, and so the people, stay
    assert [t.name for t in renamed.tasks] == [
        "Case File",
        "Re-Audit Case File",
        "Observation of Practice",
        "Supervision Assessments Plans",
    ]
    assert 2 in renamed.tasks[0].months
    assert history[-1].field == "months" and history[-1].login == lead.login
    assert original is not None and 2 not in original.roles()[1][1].tasks[0].months

    # A second person working from the plan as it was is refused, not overwritten.
    with db.writing() as s, pytest.raises(ConflictError):
        toggle_month(s, lead, TASK, case_file.id, case_file.version, 3)
    with db.writing() as s:
        remove(s, lead, TASK, case_file.id, version)
    with db.reading() as s:
        after = next(r for _a, r in load_plan(s, 2018).roles() if r.key == TM_SOCIAL_CARE)  # type: ignore[union-attr]
        assert "Case File" not in [t.name for t in after.tasks]
        assert changes_for(s, TASK, case_file.id)[-1].field == "removed"
    with db.writing() as s, pytest.raises(PlanProblem):
        copy_plan(s, lead, 2017, 2018)


def test_due_lists_and_compliance_across_joiners_and_leavers(any_opened: Opened) -> None:
    db, lead = any_opened.db, any_opened.actor
    today = date(2017, 6, 20)
    with db.writing() as s:
        load_council_plan(s, lead)
        team = make_team(s, "Assessment Team 1")
        other = make_team(s, "Child Protection Team 2")
        jo = make_person(s, "jo", "Jo Bloggs", team=team)
        ann = make_person(s, "ann", "Ann Leaver", team=team)
        sam = make_person(s, "sam", "Sam Joiner", team=other)
        # Jo holds two roles at once; Ann leaves on 10 April; Sam joins on 20 March.
        assign_role(s, lead, jo.id, TM_SOCIAL_CARE, date(2016, 9, 1), team_id=team.id)
        assign_role(s, lead, jo.id, SM_HELP, date(2017, 1, 1), team_id=team.id)
        leaver = assign_role(s, lead, ann.id, TM_SOCIAL_CARE, date(2017, 1, 1), team_id=team.id)
        end_assignment(s, lead, leaver.id, leaver.version, date(2017, 4, 10))
        assign_role(s, lead, sam.id, TM_SOCIAL_CARE, date(2017, 3, 20), team_id=other.id)

    # Jo audits in Jan, Mar (two: one pays March's service manager audit), a re-audit in
    # February; Ann audits in January only; Sam has done nothing.
    complete(db, jo, team.id, "JO-1", date(2017, 1, 1))
    complete(db, jo, team.id, "JO-2", date(2017, 3, 1))
    complete(db, jo, team.id, "JO-3", date(2017, 3, 1))
    complete(db, jo, team.id, "JO-1", date(2017, 2, 1))  # the same case again: a re-audit
    complete(db, ann, team.id, "AN-1", date(2017, 1, 1))
    with db.writing() as s:
        record_activity(
            s,
            jo,
            jo.id,
            f"{SM_HELP}/observation-of-practice",
            date(2017, 4, 12),
            "Home visit with a student social worker",
            today=today,
        )

    with db.reading() as s:
        march = due_list(s, jo.id, date(2017, 3, 1), today)
        june = due_list(s, jo.id, date(2017, 6, 1), today)
        sam_april = due_list(s, sam.id, date(2017, 4, 1), today)
        ann_may = due_list(s, ann.id, date(2017, 5, 1), today)
    assert {(i.task, i.status) for i in march.due} == {
        ("Case File", "done"),
        ("Case File Audit", "done"),
    }
    # "3 plans per year (1 per quarter)" reads as every "3 per year": April, August, December.
    assert [(i.task, i.status) for i in june.due if i.role == "Service Manager"] == [
        ("Case File Audit", "due"),
    ]
    assert {(i.task, i.month.month) for i in june.overdue} == {
        ("Case File", 4),
        ("Case File", 5),
        ("Supervision Assessments Plans", 4),
    }
    assert not any(i.task == "Observation of Practice" for i in june.overdue)  # done 12 April
    assert [i.month.month for i in sam_april.overdue] == []  # joined 20 March: owes April on
    assert [(i.task, i.status) for i in sam_april.due] == [("Case File", "overdue")]
    # Ann left on 10 April: nothing more falls due, but what she left undone stays overdue.
    assert ann_may.due == ()
    assert {(i.task, i.month.month) for i in ann_may.overdue} == {
        ("Re-Audit Case File", 2),
        ("Case File", 3),
    }

    with db.reading() as s:
        items = compliance_items(s, 2017, today)
        by_person = {line.group: line for line in summarise(items, BY_PERSON)}
        by_month = {line.group: line for line in summarise(items, BY_MONTH)}
        by_team = {line.group: line for line in summarise(items, BY_TEAM)}
        areas = summarise(items, BY_AREA)
        figures = {
            f.kind: f
            for f in activity_figures(s, "HELP AND PROTECTION", date(2017, 1, 1), date(2017, 6, 30))
        }
        totals = compliance_totals(s, "Help & Protection", date(2017, 1, 1), date(2017, 6, 30))
        only_sam = compliance_items(s, 2017, today, ComplianceFilter(person_id=sam.id))
        nowhere = activity_figures(s, "Nowhere", date(2017, 1, 1), date(2017, 1, 31))
    assert nowhere == []
    # Jo, Jan-Jun: case file Jan, Mar-Jun (5) + re-audit Feb + SM audit Mar, Jun + obs Apr
    # + plans Apr (SM) + plans Jun (TM) = 11; done: Jan, Mar, Feb re-audit, SM Mar, obs Apr.
    assert (by_person["Jo Bloggs"].due, by_person["Jo Bloggs"].done) == (11, 5)
    assert (by_person["Ann Leaver"].due, by_person["Ann Leaver"].done) == (3, 1)  # Jan, Feb, Mar
    assert (by_person["Sam Joiner"].due, by_person["Sam Joiner"].done) == (4, 0)  # Apr-Jun + plan
    assert by_month["January"].due == 2 and by_month["January"].done == 2
    assert by_team["Child Protection Team 2"].overdue == 2  # Sam's April and May
    assert [a.group for a in areas] == ["Help and Protection"]
    assert all(i.person_id == sam.id for i in only_sam)
    assert {
        (i.person, i.month.month) for i in overdue_items(items) if i.task == "Re-Audit Case File"
    } == {("Ann Leaver", 2)}
    # Jo: 5 as team manager + Mar, Jun as service manager; Ann: Jan, Mar; Sam: Apr-Jun.
    assert figures["case_file_audit"].due == 5 + 2 + 2 + 3 and figures["case_file_audit"].done == 4
    assert figures["practice_observation"].due == 1 and figures["practice_observation"].done == 1
    assert figures["re_audit"].label == "Re-audit"
    assert totals == (sum(f.due for f in figures.values()), sum(f.done for f in figures.values()))


def test_an_activity_is_recorded_with_date_and_note_and_audits_are_never_recorded(
    opened: Opened,
) -> None:
    db, lead = opened.db, opened.actor
    with db.writing() as s:
        load_council_plan(s, lead)
        team = make_team(s)
        jo = make_person(s, "jo", "Jo Bloggs", team=team)
        ann = make_person(s, "ann", "Ann Other", team=team)
        assign_role(s, lead, jo.id, SM_HELP, date(2017, 1, 1), team_id=team.id)
    today = date(2017, 4, 30)
    with db.writing() as s:
        entry = record_activity(
            s,
            jo,
            jo.id,
            f"{SM_HELP}/observation-of-practice",
            date(2017, 4, 3),
            '=HYPERLINK("x")',
            today=today,
        )
        assert entry.kind_label == "Observation of practice"
        assert changes_for(s, "schedule_activity", entry.id)[1].new_value == "2017-04-03"
    with db.writing() as s, pytest.raises(PlanProblem, match="count by themselves"):
        record_activity(
            s, jo, jo.id, f"{SM_HELP}/case-file-audit", date(2017, 4, 3), "", today=today
        )
    with db.writing() as s, pytest.raises(PlanProblem, match="still to come"):
        record_activity(
            s, jo, jo.id, f"{SM_HELP}/observation-of-practice", date(2017, 5, 3), "", today=today
        )
    with db.writing() as s, pytest.raises(NotAllowed, match="for someone else"):
        record_activity(
            s, ann, jo.id, f"{SM_HELP}/observation-of-practice", date(2017, 4, 3), "", today=today
        )
    with db.reading() as s:
        april = due_list(s, jo.id, date(2017, 4, 1), today)
        assert [(i.task, i.status) for i in april.due] == [
            ("Observation of Practice", "done"),
            ("Supervision Assessments Plans", "due"),
        ]
        assert list_assignments(s, person_id=jo.id)[0].role == "Service Manager"
        assert year_due(s, 2019, today).items == []  # no plan for 2019: nothing owed


SUPPORTED = "quality-and-performance-commissioning/supported-accommodation"


def test_a_task_due_only_when_needed_is_never_overdue_and_counts_only_when_recorded(
    any_opened: Opened,
) -> None:
    db, lead = any_opened.db, any_opened.actor
    today = date(2017, 7, 10)
    with db.writing() as s:
        load_council_plan(s, lead)
        team = make_team(s, "Commissioning")
        kim = make_person(s, "kim", "Kim Commissioner", team=team)
        assign_role(s, lead, kim.id, SUPPORTED, date(2017, 1, 1), team_id=team.id)
        external = make_person(s, "ext", "External Auditor", team=team)
        assign_role(
            s,
            lead,
            external.id,
            "external-audit/external-auditors",
            date(2017, 1, 1),
            team_id=team.id,
        )
    with db.reading() as s:
        before = compliance_items(s, 2017, today, ComplianceFilter(person_id=kim.id))
        march = due_list(s, kim.id, date(2017, 3, 1), today)
        july = due_list(s, kim.id, date(2017, 7, 1), today)
        december = due_list(s, external.id, date(2017, 12, 1), today)
    visits = [i for i in march.due if i.task == "Provider Visits Where Concerns"]
    assert [(i.status, i.status_label, i.outstanding) for i in visits] == [
        ("when_needed", "When needed", 0)
    ]
    # Months later nothing "where concerns" or "as required" is overdue.
    assert {i.task for i in july.overdue} == {"Provider Monitoring Returns"}
    assert "Complaints and Issues" in {i.task for i in july.due}
    assert not any(i.when_needed for i in before)  # nothing recorded: not counted at all
    # The external audit's December "1", as printed.
    assert [(i.task, i.expected) for i in december.due] == [("External Case File Audit", 1)]

    with db.writing() as s:
        record_activity(
            s,
            kim,
            kim.id,
            f"{SUPPORTED}/provider-visits-where-concerns",
            date(2017, 5, 9),
            "Visited after two placement breakdowns",
            today=today,
        )
        # A routine quarterly return recorded against its own task pays that, not the visit.
        record_activity(
            s,
            kim,
            kim.id,
            f"{SUPPORTED}/provider-monitoring-returns",
            date(2017, 3, 20),
            "Returns in",
            today=today,
        )
    with db.reading() as s:
        after = compliance_items(s, 2017, today, ComplianceFilter(person_id=kim.id))
        june = due_list(s, kim.id, date(2017, 6, 1), today)
    done = [i for i in june.due if i.task == "Provider Visits Where Concerns"]
    assert [(i.status, i.status_label) for i in done] == [("done", "Done when needed (1)")]
    counted = [i for i in after if i.when_needed]
    assert [(i.task, i.month.month) for i in counted] == [("Provider Visits Where Concerns", 6)]
    line = summarise(after, BY_PERSON)[0]
    fixed = [i for i in after if not i.when_needed]
    assert (line.due, line.done) == (len(fixed) + 1, 1 + sum(1 for i in fixed if i.done))
    # The service review's figures follow the same rule.
    with db.reading() as s:
        figures = {
            f.kind: (f.due, f.done)
            for f in activity_figures(
                s, "Quality and Performance - Commissioning", date(2017, 1, 1), date(2017, 12, 31)
            )
        }
    assert figures["provider_visit"] == (1, 1)
    assert figures["complaints"] == (0, 0)
    assert figures["provider_monitoring"] == (4, 1)


def test_confirming_a_themes_assumed_months_clears_them_and_says_who(opened: Opened) -> None:
    db, lead = opened.db, opened.actor
    with db.writing() as s:
        plan = load_council_plan(s, lead)
    neglect = next(t for t in plan.themes if t.theme == "Neglect")
    assert neglect.assumed == frozenset({9})
    with db.writing() as s:
        version = confirm_months(s, lead, THEME, neglect.id, neglect.version, None)
        assert version != neglect.version
    with db.reading() as s:
        again = load_plan(s, 2017)
        history = changes_for(s, THEME, neglect.id)
    assert again is not None
    confirmed = next(t for t in again.themes if t.theme == "Neglect")
    assert (confirmed.months, confirmed.assumed) == (frozenset({9}), frozenset())
    assert [(h.login, h.field, h.new_value) for h in history] == [
        (lead.login, "months confirmed", "Sep"),
        (lead.login, "assumed months", "none"),
    ]
    # Someone working from the plan as it was is refused, not overwritten.
    with db.writing() as s, pytest.raises(ConflictError):
        confirm_months(s, lead, THEME, neglect.id, neglect.version, 9)


def test_a_task_with_no_months_made_due_when_needed_may_be_needed_in_any_month(
    opened: Opened,
) -> None:
    db, lead = opened.db, opened.actor
    with db.writing() as s:
        plan = load_council_plan(s, lead)
    residential = next(r for _a, r in plan.roles() if r.name == "Residential")
    action_plans = next(t for t in residential.tasks if t.name == "Provider Action Plans")
    assert action_plans.months == frozenset() and not action_plans.when_needed
    with db.writing() as s:
        set_when_needed(s, lead, action_plans.id, action_plans.version, True)
    with db.reading() as s:
        again = load_plan(s, 2017)
        history = changes_for(s, TASK, action_plans.id)
    assert again is not None
    task = next(
        t
        for _a, r in again.roles()
        if r.name == "Residential"
        for t in r.tasks
        if t.id == action_plans.id
    )
    assert task.when_needed and task.months == frozenset(range(1, 13))
    assert [(h.field, h.old_value, h.new_value) for h in history] == [
        ("when needed", "no", "yes"),
        ("months", "no fixed months", "every month"),
    ]
