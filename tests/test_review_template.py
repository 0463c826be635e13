"""The service performance review template, as the council printed it (QAF Appendix 2,
"Service Performance Template (draft)"), is what the program shows and stores."""

from __future__ import annotations

from datetime import date

from qaaudit.domain.review import (
    ReviewAction,
    ReviewForm,
    ReviewRow,
    blank_form,
    final_problems,
    overall_position,
    submission_problems,
)
from qaaudit.domain.review_codec import differences, form_from_dict, form_to_dict
from qaaudit.domain.review_instrument import current_review_instrument
from qaaudit.domain.review_period import Period, half_year, last_completed_half_year

# Copied from the seed, table by table, in the printed order.
SEED_LENSES = [
    (
        "1. Independent challenge - What is our Performance Data and Analysis telling us?",
        [
            "Performance on key indicators from dashboards / monthly reports",
            "Workloads / staffing / caseloads",
            "Reports from external agencies (where available)",
            "Capacity to improve",
        ],
    ),
    (
        "2. Provider challenge - How are our providers performing? Are we commissioning the "
        "right things and getting good service outcomes from commissioned services?",
        [
            "Provider performance / issues",
            "Placement sufficiency",
            "Quality / impact / outcomes of commissioned services",
            "Quality of partner contribution to the service being offered by the LA",
            "Capacity to improve",
        ],
    ),
    (
        "3. Professional Challenge - what are we finding from our own reviews / knowledge and "
        "feedback from others?",
        [
            "Results of structured case file audit activity",
            "Results of dip sampling / other audit activity",
            "Results of observed practice",
            "Feedback received from other professionals / multi-agency audits",
            "Relevant learning from serious case reviews",
            "Capacity to improve",
        ],
    ),
    (
        "4. Citizen Challenge - What are those we are working to help telling us?",
        [
            "Engagement of children / young people in service",
            "Engagement of families / parents / carers in service",
            "Direct feedback from children / young people",
            "Direct feedback from parents / families",
            "Complaints / compliments received",
            "Results of any relevant surveys",
            "Capacity to improve",
        ],
    ),
]


def test_the_template_holds_every_lens_and_judgement_area_of_the_seed_in_order() -> None:
    instrument = current_review_instrument()
    shown = [(lens.heading, [a.title for a in lens.areas]) for lens in instrument.lenses]
    assert shown == SEED_LENSES
    for lens in instrument.lenses:
        assert lens.areas[-1].capacity and lens.areas[-1].title == "Capacity to improve"
        assert sum(a.capacity for a in lens.areas) == 1
    assert len({a.key for a in instrument.areas}) == 22


def test_the_header_columns_and_sections_use_the_templates_words() -> None:
    instrument = current_review_instrument()
    assert [h.label for h in instrument.header] == [
        "Service Area",
        "Performance period being considered",
        "Date of review panel",
        "Key outcomes required from this service area",
        "Key population data (size of cohorts, proportion of wider population, relevant "
        "demographic summaries etc)",
    ]
    assert [(j.key, j.label) for j in instrument.judgements] == [
        ("I", "Inadequate"),
        ("RI", "Requires improvement to be good"),
        ("G", "Good"),
        ("O", "Outstanding"),
    ]
    columns = instrument.columns
    assert (columns.area, columns.comments, columns.evidence, columns.judgement) == (
        "Judgement Area",
        "Comments",
        "Evidence",
        "Judgement (I, RI, G, O)",
    )
    assert columns.actions == "Actions identified"
    assert columns.evidence_guidance == (
        "List and provide evidence that supports the comments you are making about your "
        "service area"
    )
    independent, provider, *_ = instrument.lenses
    assert independent.comments_guidance.startswith(
        "Summarise your team's position in relation to the judgement area. Show the key"
    )
    assert "Clearly show the key pressure points in Teams" in provider.comments_guidance
    assert provider.comments_guidance.endswith("share what has worked well")
    assert instrument.summary.number == 5
    assert instrument.summary.title == (
        "Key summary points for communication to all members of service being reviewed"
    )
    assert "priority actions" in instrument.summary.guidance
    assert instrument.panel.number == 6
    assert instrument.panel.title.startswith("Input from panel, actions to be taken away")
    assert instrument.panel.actions_guidance == (
        "Identify clearly any actions to be taken away from the review."
    )
    prefilled = [a.key for a in instrument.areas if a.prefill]
    assert prefilled == ["case_file_audits", "other_audit_activity", "observed_practice"]


def test_periods_are_named_the_way_people_say_them() -> None:
    first_half = half_year(date(2017, 3, 14))
    assert first_half == Period(date(2017, 1, 1), date(2017, 6, 30))
    assert first_half.label == "Jan-Jun 2017"
    assert first_half.previous().label == "Jul-Dec 2016"
    assert first_half.previous() == Period(date(2016, 7, 1), date(2016, 12, 31))
    assert first_half.following().label == "Jul-Dec 2017"
    assert Period.of_months(date(2016, 10, 5), date(2017, 3, 2)).label == "Oct 2016-Mar 2017"
    assert Period.of_months(date(2016, 10, 5), date(2017, 3, 2)).previous().label == (
        "Apr-Sep 2016"
    )
    assert last_completed_half_year(date(2017, 11, 20)).label == "Jan-Jun 2017"


def test_overall_position_is_the_lower_middle_judgement() -> None:
    instrument = current_review_instrument()
    form = blank_form(instrument)
    assert overall_position(instrument, form) is None
    for key, grade in zip(
        ["key_indicators", "workloads", "external_reports", "placement_sufficiency"],
        ["G", "G", "RI", "RI"],
        strict=True,
    ):
        form.rows[key].judgement = grade
    position = overall_position(instrument, form)
    assert position is not None and position.key == "RI"
    form.rows["surveys"].judgement = "O"
    position = overall_position(instrument, form)
    assert position is not None and position.text == "G - Good"


def test_going_to_panel_needs_judgements_behind_text_and_capacity_judged() -> None:
    instrument = current_review_instrument()
    form = blank_form(instrument)
    form.rows["workloads"] = ReviewRow(comments="Caseloads average 22.")
    form.rows["surveys"] = ReviewRow(judgement="G")
    form.actions.append(ReviewAction(action="Recruit two social workers", area_key="workloads"))
    fields = {p.field for p in submission_problems(instrument, form)}
    assert {"key_outcomes", "row.workloads.judgement", "row.surveys.comments"} <= fields
    assert {f"row.{lens}_capacity.judgement" for lens in ("independent", "citizen")} <= fields
    assert {"actions.0.owner", "actions.0.due_on"} <= fields
    assert "lens.provider" in fields

    final = {p.field for p in final_problems(instrument, form, date(2017, 8, 1))}
    assert {"panel_date", "panel_input", "summary_points"} <= final


def test_a_form_survives_its_recovery_copy_and_shows_its_differences() -> None:
    instrument = current_review_instrument()
    form = blank_form(instrument)
    form.key_outcomes = "Children are safe; =SUM(A1) stays text"
    form.rows["workloads"] = ReviewRow("Caseloads high", "Dashboard, June", "RI")
    form.actions = [
        ReviewAction("Recruit", "Head of Service", date(2017, 9, 30), "workloads", True),
        ReviewAction("Report back", "Service manager", date(2017, 10, 31), None),
    ]
    again = form_from_dict(form_to_dict(form))
    assert again == form
    changed = ReviewForm(**{**again.__dict__, "rows": dict(again.rows)})
    changed.rows["workloads"] = ReviewRow("Caseloads high", "Dashboard, June", "G")
    assert differences(form, changed) == [("row.workloads.judgement", "RI", "G")]
