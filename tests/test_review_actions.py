"""Actions identified in a review are tracked to completion; overdue ones are listed for
the service manager and the QA lead; a review set beside the previous one shows how
judgements moved and what became of the earlier actions."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.review import ReviewAction
from qaaudit.domain.review_period import Period
from qaaudit.services.common import refusals
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.review.compare import compare_with_previous
from qaaudit.services.review.listing import list_reviews
from qaaudit.store.errors import ConflictError
from tests.factories import make_person
from tests.review_factories import TODAY, Cast, cast, filled_in

JUL_DEC_2016 = Period(date(2016, 7, 1), date(2016, 12, 31))
JAN_JUN_2017 = Period(date(2017, 1, 1), date(2017, 6, 30))


def final_review(opened: Opened, people: Cast, period: Period, grade: str, panel: date) -> int:
    with opened.db.writing() as s:
        area_id = people.team.service_area_id
        record = reviews.create_review(s, people.manager, area_id, period, TODAY)
        form = filled_in(record.form, grade)
        form.actions[0].due_on = panel.replace(day=1).replace(month=panel.month + 2)
        sent = reviews.send_to_panel(s, people.manager, record.id, record.version, form)
        form = sent.form
        form.panel_date = panel
        form.panel_input = "Panel input."
        form.summary_points = "Summary."
        form.actions += [
            ReviewAction("Audit ten CIN cases", "Rhian Pritchard", panel.replace(day=28), None),
            ReviewAction("Survey families", "Hannah Mensah", date(2018, 3, 31), "surveys"),
        ]
        return reviews.finalise(s, people.qa_lead, record.id, sent.version, form, TODAY).id


def test_overdue_actions_are_listed_for_the_service_manager_and_the_qa_lead(
    any_opened: Opened,
) -> None:
    with any_opened.db.writing() as s:
        people = cast(s)
        worker = make_person(s, "sw1", "Sam Okafor", ("auditor",), people.team)
    review_id = final_review(any_opened, people, JAN_JUN_2017, "RI", date(2017, 7, 20))
    with any_opened.db.reading() as s:
        for viewer in (people.manager, people.qa_lead):
            overdue = review_actions.overdue_actions(s, viewer, TODAY)
            assert [(a.action, a.due_on) for a in overdue] == [
                ("Audit ten CIN cases", date(2017, 7, 28)),
                ("Reduce caseloads to 18 a worker", date(2017, 9, 1)),
            ]
        assert overdue[0].source == "6. Panel"
        assert overdue[1].source == "1. Workloads / staffing / caseloads"
        assert overdue[0].days_overdue(TODAY) == (TODAY - date(2017, 7, 28)).days
        # Early Help's service manager sees none of Help and Protection's actions; a
        # worker sees only what they own (nothing here).
        assert review_actions.overdue_actions(s, people.outsider, TODAY) == []
        assert review_actions.tracked_actions(s, worker) == []
        mine = review_actions.tracked_actions(s, people.qa_lead)
        assert len(mine) == 3
        first = overdue[0]

    # The owner marks it done; it leaves the overdue list, and the history says so.
    with any_opened.db.writing() as s:
        done = review_actions.mark_done(
            s, people.qa_lead, first.id, first.review_version, date(2017, 8, 2), "Done at QA group"
        )
    assert done.done_on == date(2017, 8, 2) and done.state(TODAY) == "done"
    with any_opened.db.reading() as s:
        assert [a.action for a in review_actions.overdue_actions(s, people.manager, TODAY)] == [
            "Reduce caseloads to 18 a worker"
        ]
        summary = list_reviews(s, TODAY)[0]
    assert (summary.actions_open, summary.actions_overdue) == (2, 1)

    # A stale list cannot overwrite a newer change.
    with any_opened.db.writing() as s, pytest.raises(ConflictError):
        review_actions.reopen(s, people.qa_lead, first.id, first.review_version)
    with any_opened.db.writing() as s:
        again = review_actions.reopen(s, people.qa_lead, first.id, done.review_version)
    assert again.done_on is None
    with any_opened.db.writing() as s, pytest.raises(refusals.ValidationFailed):
        review_actions.mark_done(
            s, people.manager, first.id, again.review_version, date(2017, 12, 1), today=TODAY
        )
    assert review_id


def test_actions_in_a_draft_are_proposals_not_yet_tracked(opened: Opened) -> None:
    with opened.db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN_2017, TODAY
        )
        reviews.save_review(s, people.manager, record.id, record.version, filled_in(record.form))
    with opened.db.reading() as s:
        assert review_actions.tracked_actions(s, people.qa_lead) == []


def test_a_review_beside_the_previous_one(opened: Opened) -> None:
    with opened.db.writing() as s:
        people = cast(s)
    earlier_id = final_review(opened, people, JUL_DEC_2016, "RI", date(2017, 1, 25))
    with opened.db.reading() as s:
        earlier = reviews.load_review(s, earlier_id)
    caseloads, cin_audit, survey = earlier.form.actions
    with opened.db.writing() as s:
        review_actions.mark_done(
            s, people.manager, cin_audit.id or 0, earlier.version, date(2017, 2, 20)
        )
        later = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN_2017, TODAY
        )
    assert later.previous_id == earlier_id
    with opened.db.reading() as s:
        to_carry = review_actions.actions_to_carry(s, later.id)
    assert [a.action for a in to_carry] == [caseloads.action, survey.action]

    # The survey is carried into the new review; the caseload action is not.
    form = filled_in(later.form, "G")
    form.rows["surveys"].judgement = "RI"
    form.rows["complaints"].judgement = "I"
    form.actions.append(to_carry[1])
    with opened.db.writing() as s:
        saved = reviews.save_review(s, people.manager, later.id, later.version, form)
    with opened.db.reading() as s:
        comparison = compare_with_previous(s, saved.id, TODAY)
        assert review_actions.actions_to_carry(s, later.id) == [to_carry[0]]
    assert comparison.previous is not None
    assert comparison.previous.period.label == "Jul-Dec 2016"
    moves = {c.area_key: (c.text, c.movement) for c in comparison.changes}
    assert moves["workloads"] == ("RI → G", "better")
    assert moves["surveys"] == ("RI → RI", "same")
    assert moves["complaints"] == ("RI → I", "worse")
    assert comparison.count("better") == 20 and comparison.count("worse") == 1
    outcomes = {o.action.action: (o.outcome, o.detail) for o in comparison.actions}
    assert outcomes == {
        "Reduce caseloads to 18 a worker": ("overdue", "Overdue: was due 01/03/2017"),
        "Audit ten CIN cases": ("done", "Done 20/02/2017"),
        "Survey families": ("carried over", "Carried over into Jan-Jun 2017"),
    }
    carried = [a for a in saved.form.actions if a.carried_from_id]
    assert [(a.action, a.area_key) for a in carried] == [("Survey families", "surveys")]


def test_the_first_review_of_an_area_has_nothing_to_compare(opened: Opened) -> None:
    with opened.db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN_2017, TODAY
        )
    with opened.db.reading() as s:
        comparison = compare_with_previous(s, record.id, TODAY)
        assert review_actions.actions_to_carry(s, record.id) == []
    assert comparison.previous is None and comparison.changes == []
