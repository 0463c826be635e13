"""A service manager writes the six-monthly review, the panel challenges it and makes it
final; every step is recorded with who and when, and a final review is locked."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.review import ReviewAction
from qaaudit.domain.review_period import Period
from qaaudit.services.common import refusals
from qaaudit.services.common.history import changes_for
from qaaudit.services.review import reviews
from qaaudit.services.review.listing import list_reviews
from qaaudit.store.errors import ConflictError
from tests.review_factories import TODAY, cast, filled_in

JAN_JUN = Period(date(2017, 1, 1), date(2017, 6, 30))


def test_a_review_goes_from_draft_to_panel_to_final_and_is_locked(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        people = cast(s)
        area_id = people.team.service_area_id
        record = reviews.create_review(s, people.manager, area_id, JAN_JUN, TODAY)
    assert record.status == "draft" and record.title == "Help and Protection, Jan-Jun 2017"
    assert record.template_version == "2017.1"

    # Sending an empty self-assessment to the panel is refused, with each problem.
    with db.writing() as s, pytest.raises(refusals.ValidationFailed) as failure:
        reviews.send_to_panel(s, people.manager, record.id, record.version, record.form)
    assert "key_outcomes" in {p.field for p in failure.value.problems}

    form = filled_in(record.form)
    with db.writing() as s:
        sent = reviews.send_to_panel(s, people.manager, record.id, record.version, form)
    assert sent.status == "panel" and sent.panel_by == "Hannah Mensah"
    assert sent.panel_at is not None

    # The panel adds its input and an action; only a panel member may make it final.
    form = sent.form
    form.panel_date = date(2017, 7, 20)
    form.panel_input = "Panel challenged the caseload figures; <b>good</b> use of audits."
    form.summary_points = "Caseloads are falling. Audits show more good practice."
    form.actions.append(
        ReviewAction("Report caseloads monthly to SLT", "Service manager", date(2017, 8, 31))
    )
    with db.writing() as s, pytest.raises(refusals.NotAllowed):
        reviews.finalise(s, people.manager, record.id, sent.version, form, TODAY)
    with db.writing() as s:
        final = reviews.finalise(s, people.qa_lead, record.id, sent.version, form, TODAY)
    assert final.locked and final.final_by == "Rhian Pritchard"
    assert [a.area_key for a in final.form.actions] == ["workloads", None]
    assert final.form.panel_input.startswith("Panel challenged")

    with db.writing() as s, pytest.raises(refusals.NotAllowed):
        reviews.save_review(s, people.qa_lead, record.id, final.version, final.form)

    with db.reading() as s:
        history = changes_for(s, "service_review", record.id)
        listed = list_reviews(s, TODAY)
    steps = [(c.field, c.old_value, c.new_value, c.login) for c in history if c.field == "status"]
    assert steps == [
        ("status", "draft", "panel", "hmensah"),
        ("status", "panel", "final", "qalead"),
    ]
    assert any(c.field == "row.workloads.judgement" and c.new_value == "RI" for c in history)
    assert [(r.service_area, r.period.label, r.status_label, r.overall) for r in listed] == [
        ("Help and Protection", "Jan-Jun 2017", "Final", "RI")
    ]
    assert listed[0].profile_text == "RI 22"


def test_two_people_saving_the_same_review_is_a_conflict_not_an_overwrite(
    any_opened: Opened,
) -> None:
    db = any_opened.db
    with db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN, TODAY
        )
    mine, theirs = record.form, reviews.ReviewForm(**record.form.__dict__)
    theirs.rows = {k: reviews.ReviewRow(**v.__dict__) for k, v in record.form.rows.items()}
    theirs.rows["workloads"].comments = "The QA lead's words"
    with db.writing() as s:
        reviews.save_review(s, people.qa_lead, record.id, record.version, theirs)
    mine.rows["workloads"].comments = "The service manager's words"
    with db.writing() as s, pytest.raises(ConflictError):
        reviews.save_review(s, people.manager, record.id, record.version, mine)
    with db.reading() as s:
        stored = reviews.load_review(s, record.id)
        shown = reviews.conflict_differences(s, record.id, mine)
    assert stored.form.rows["workloads"].comments == "The QA lead's words"
    assert ("row.workloads.comments", "The service manager's words", "The QA lead's words") in (
        shown
    )


def test_only_the_areas_service_manager_or_the_qa_lead_write_its_review(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        people = cast(s)
        area_id = people.team.service_area_id
        with pytest.raises(refusals.NotAllowed):
            reviews.create_review(s, people.outsider, area_id, JAN_JUN, TODAY)
        record = reviews.create_review(s, people.qa_lead, area_id, JAN_JUN, TODAY)
        with pytest.raises(refusals.NotAllowed):
            reviews.save_review(s, people.outsider, record.id, record.version, record.form)
        with pytest.raises(refusals.ValidationFailed) as twice:
            reviews.create_review(s, people.manager, area_id, JAN_JUN, TODAY)
        assert twice.value.problems[0].message == (
            "Help and Protection already has a review for Jan-Jun 2017."
        )
        with pytest.raises(refusals.ValidationFailed):
            reviews.create_review(
                s, people.manager, area_id, Period(date(2018, 1, 1), date(2018, 6, 30)), TODAY
            )


def test_the_panels_part_waits_for_the_panel(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN, TODAY
        )
        form = record.form
        form.panel_input = "Written too early"
        with pytest.raises(refusals.ValidationFailed) as early:
            reviews.save_review(s, people.manager, record.id, record.version, form)
    assert [p.field for p in early.value.problems] == ["panel_input"]


def test_the_panel_can_return_a_review_and_a_draft_can_be_deleted(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        people = cast(s)
        area_id = people.team.service_area_id
        record = reviews.create_review(s, people.manager, area_id, JAN_JUN, TODAY)
        sent = reviews.send_to_panel(
            s, people.manager, record.id, record.version, filled_in(record.form)
        )
        back = reviews.return_to_service(s, people.qa_lead, sent.id, sent.version, sent.form)
        assert back.status == "draft"
        reviews.delete_draft(s, people.manager, back.id, back.version)
    with db.reading() as s:
        assert list_reviews(s, TODAY) == []
        assert [c.field for c in changes_for(s, "service_review", record.id)][-1] == "deleted"
