"""`qaaudit demo` also makes, for each service area, two consecutive six-monthly reviews,
the later one final, with figures from the demo's own audits."""

from __future__ import annotations

import random
from datetime import date

from qaaudit.bootstrap import Opened
from qaaudit.demo import reviews as demo_reviews
from qaaudit.services.review.actions import overdue_actions, tracked_actions
from qaaudit.services.review.compare import compare_with_previous
from qaaudit.services.review.listing import list_reviews
from qaaudit.services.review.reviews import load_review
from tests.factories import make_person, make_team
from tests.review_factories import TODAY, cast, completed_audit


def test_demo_makes_two_consecutive_reviews_per_service_area(opened: Opened) -> None:
    with opened.db.writing() as s:
        people = cast(s)
        make_team(s, "Youth Offending Team", "Youth Offending Services")
        auditor = make_person(s, "tm", "Bogdan Nowak", ("auditor",), people.team)
        for month in range(1, 7):
            grade = "meets_good" if month % 2 else "does_not_meet_good"
            completed_audit(s, auditor, people.team, f"DEMO-{month}", date(2017, month, 1), grade)
        demo_reviews.populate(s, TODAY, random.Random(2017))
        demo_reviews.populate(s, TODAY, random.Random(2017))  # a second run adds nothing
    with opened.db.reading() as s:
        listed = list_reviews(s, TODAY)
        by_area: dict[str, list[str]] = {}
        for summary in listed:
            by_area.setdefault(summary.service_area, []).append(
                f"{summary.period.label} {summary.status}"
            )
        later = next(
            r
            for r in listed
            if r.service_area == "Help and Protection" and r.period.start.year == 2017
        )
        record = load_review(s, later.id)
        comparison = compare_with_previous(s, later.id, TODAY)
        tracked = tracked_actions(s, people.qa_lead)
        overdue = overdue_actions(s, people.qa_lead, TODAY)
    assert by_area == {
        "Help and Protection": ["Jan-Jun 2017 final", "Jul-Dec 2016 final"],
        "Early Help and Prevention": ["Jan-Jun 2017 final", "Jul-Dec 2016 final"],
        "Youth Offending Services": ["Jan-Jun 2017 final", "Jul-Dec 2016 final"],
    }
    assert record.form.rows["case_file_audits"].evidence.startswith(
        "From 6 case file audits completed Jan-Jun 2017 in Help and Protection: 3 good (50%)"
    )
    assert record.author == "Hannah Mensah" and record.final_by == "tester"  # the first QA lead
    assert record.form.panel_date is not None and record.form.panel_date <= TODAY
    assert record.final_at is not None and record.final_at.date() >= record.form.panel_date
    assert "50% of case file audits judged good in Jan-Jun 2017" in record.form.summary_points
    assert comparison.previous is not None and len(comparison.changes) == 22
    outcomes = [a.outcome for a in comparison.actions]
    assert {"done", "carried over"} <= set(outcomes) <= {"done", "carried over", "overdue", "open"}
    carried = [a for a in record.form.actions if a.carried_from_id]
    assert outcomes.count("carried over") == len(carried)
    assert any(a.done_on for a in tracked) and overdue
