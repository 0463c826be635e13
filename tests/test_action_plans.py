"""Action plan items through a quarter: the QA lead turns Q1's recommendations into items
owned by the Strategic Leads; the Strategic Lead for Help and Protection records progress
with a note each time; one item goes past its due date; the quarterly QA meeting in July
goes through every open item by service area and records what it decided; the plans go
out as a workbook and a PDF, both read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit_report import AMBER, GREEN, RED, parse_quarter
from qaaudit.exports.reports.action_plan import (
    write_action_plan_pdf,
    write_action_plan_workbook,
)
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.reports import action_plans, meetings, reports
from qaaudit.services.reports.reports import Recommendation
from tests.factories import make_person, make_team

APRIL = date(2017, 4, 12)
JULY = date(2017, 7, 14)
Q3 = date(2017, 7, 1)


@pytest.fixture
def quarter(any_opened: Opened):
    """Q1's report with two recommendations, and two Strategic Leads."""
    lead = any_opened.actor
    with any_opened.db.writing() as s:
        hp = make_team(s, "Assessment Team 1", "Help and Protection")
        lac = make_team(s, "LAC Team 2", "Looked After Children")
        hana = make_person(s, "hana", "Hana Hughes", ("strategic_lead",), hp)
        leo = make_person(s, "leo", "Leo Lewis", ("strategic_lead",), lac)
        draft = reports.draft_report(s, lead, parse_quarter("2017Q1"), APRIL)
        draft.text.recommendations = [
            Recommendation("Chronologies updated at every supervision", hp.service_area_id),
            Recommendation("Contingency plans for every LAC case", lac.service_area_id),
        ]
        report = reports.save_report(s, lead, draft.id, draft.version, draft.text)
    first, second = report.text.recommendations
    return {
        "lead": lead,
        "hana": hana,
        "leo": leo,
        "hp": hp.service_area_id,
        "lac": lac.service_area_id,
        "recs": (first.id, second.id),
    }


def test_action_plan_items_through_a_quarter(any_opened: Opened, quarter, tmp_path: Path) -> None:
    lead, hana, leo = quarter["lead"], quarter["hana"], quarter["leo"]
    first, second = quarter["recs"]
    with any_opened.db.writing() as s:
        chronology = action_plans.add_item(
            s,
            lead,
            service_area_id=quarter["hp"],
            owner_id=hana.id,
            action="Team managers check chronologies in every supervision",
            due_on=date(2017, 6, 30),
            recommendation_id=first,
        )
        contingency = action_plans.add_item(
            s,
            lead,
            service_area_id=quarter["lac"],
            owner_id=leo.id,
            action="Workshop on contingency planning for LAC teams",
            due_on=date(2017, 9, 30),
            recommendation_id=second,
        )
    assert chronology.progress == RED and chronology.report.startswith("Case file audit report")
    assert chronology.recommendation == "Chronologies updated at every supervision"

    # Hana updates her own item in May, then June; Leo may not touch hers.
    with any_opened.db.writing() as s:
        amber = action_plans.record_progress(
            s, hana, chronology.id, chronology.version, AMBER, "Briefed all team managers."
        )
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="owns this item"):
        action_plans.record_progress(s, leo, amber.id, amber.version, GREEN, "Not mine")
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="note"):
        action_plans.record_progress(s, hana, amber.id, amber.version, GREEN, "  ")
    with any_opened.db.writing() as s:
        action_plans.record_progress(
            s, hana, amber.id, amber.version, GREEN, "Dip sample: 9 of 10 up to date."
        )
        action_plans.record_progress(
            s, leo, contingency.id, contingency.version, AMBER, "Workshop booked for August."
        )
    with any_opened.db.reading() as s:
        chronology = action_plans.load_item(s, chronology.id)
        # The chronology item is past 30 June and still open: overdue on Hana's My month.
        assert [i.id for i in action_plans.overdue_for(s, hana, JULY)] == [chronology.id]
        assert action_plans.overdue_for(s, leo, JULY) == []
    assert [(h.label, h.person, h.note) for h in chronology.history] == [
        ("Red", lead.name, "Added to the action plan."),
        ("Amber", "Hana Hughes", "Briefed all team managers."),
        ("Green", "Hana Hughes", "Dip sample: 9 of 10 up to date."),
    ]
    assert chronology.state(JULY) == "Overdue by 14 days"

    # July's meeting: every open item, by service area.
    with any_opened.db.reading() as s:
        agenda = meetings.agenda(s, Q3)
    assert agenda.meeting.label == "Q3 2017 (July to September)"
    assert [(area, [i.owner for i in items]) for area, items in agenda.by_service_area()] == [
        ("Help and Protection", ["Hana Hughes"]),
        ("Looked After Children", ["Leo Lewis"]),
    ]
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="QA lead"):
        meetings.record_decision(s, hana, Q3, chronology.id, "Close it", close=True, today=JULY)
    with any_opened.db.writing() as s:
        meetings.save_meeting(s, lead, Q3, None, JULY, "Attended by both Strategic Leads.")
        meetings.record_decision(
            s, lead, Q3, chronology.id, "Done: dip sample evidence seen.", close=True, today=JULY
        )
        meetings.record_decision(
            s,
            lead,
            Q3,
            contingency.id,
            "Carry on; report the workshop's evaluation.",
            new_due_on=date(2017, 10, 31),
            today=JULY,
        )
    with any_opened.db.reading() as s:
        agenda = meetings.agenda(s, Q3)
        open_now = action_plans.list_items(s)
        assert action_plans.overdue_for(s, hana, JULY) == []
    assert [i.action for i in open_now] == ["Workshop on contingency planning for LAC teams"]
    assert open_now[0].due_on == date(2017, 10, 31)
    # The closed item stays on this meeting's record, with what was decided.
    assert [i.status for i in agenda.items] == ["closed", "open"]
    assert agenda.meeting.held_on == JULY
    assert [d.decision for d in agenda.meeting.decisions_for(contingency.id)] == [
        "Carry on; report the workshop's evaluation. New due date: 31 October 2017."
    ]

    book_path = write_action_plan_workbook(agenda, tmp_path / "plans.xlsx", JULY)
    book = load_workbook(book_path)
    rows = list(book["Action plans"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Service area", "Action", "Recommendation")
    assert rows[1][0] == "Help and Protection" and rows[1][6] == "Green"
    assert rows[1][7] == "Closed 14 Jul 2017"
    assert rows[1][9] == "Done: dip sample evidence seen."
    assert rows[2][5].date() == date(2017, 10, 31) and rows[2][6] == "Amber"
    history = list(book["Progress history"].iter_rows(values_only=True))
    assert [r[6] for r in history[1:4]] == [
        "Added to the action plan.",
        "Briefed all team managers.",
        "Dip sample: 9 of 10 up to date.",
    ]
    assert book["Meeting"]["A3"].value == "Attended by both Strategic Leads."

    pdf = write_action_plan_pdf(agenda, tmp_path / "plans.pdf", JULY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    assert "Action plans for the quarterly QA meeting: Q3 2017 (July to September)" in text
    assert "Held 14 July 2017" in text
    for words in (
        "Help and Protection",
        "Looked After Children",
        "Briefed all team managers.",
        "Meeting decided: Done: dip sample evidence seen.",
    ):
        assert words in text


def test_a_strategic_lead_adds_items_only_for_themself_in_their_own_area(
    any_opened: Opened, quarter
) -> None:
    hana, leo = quarter["hana"], quarter["leo"]
    with any_opened.db.writing() as s:
        own = action_plans.add_item(
            s,
            hana,
            service_area_id=quarter["hp"],
            owner_id=hana.id,
            action="Audit supervision records",
            due_on=date(2017, 9, 30),
        )
    assert own.owner == "Hana Hughes"
    for owner, area in ((leo.id, quarter["hp"]), (hana.id, quarter["lac"])):
        with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="only for themself"):
            action_plans.add_item(
                s, hana, service_area_id=area, owner_id=owner, action="x", due_on=APRIL
            )
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="Strategic Lead"):
        action_plans.add_item(
            s,
            quarter["lead"],
            service_area_id=quarter["hp"],
            owner_id=quarter["lead"].id + 1000,
            action="Somebody",
            due_on=APRIL,
        )


def test_each_recommendation_becomes_an_item_for_its_service_areas_strategic_lead(
    any_opened: Opened, quarter
) -> None:
    """Q1's report: one recommendation for Help and Protection, one for Looked After
    Children, and one for every service area, where Early Help has no Strategic Lead."""
    lead = quarter["lead"]
    with any_opened.db.writing() as s:
        make_team(s, "Children's Centre North", "Early Help and Prevention")
        report = reports.list_reports(s)[0]
        record = reports.load_report(s, report.id)
        record.text.recommendations.append(Recommendation("Supervision records reflect practice"))
        reports.save_report(s, lead, record.id, record.version, record.text)
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="QA lead"):
        action_plans.items_from_report(s, quarter["hana"], report.id, date(2017, 9, 30))
    with any_opened.db.writing() as s:
        made, left_out = action_plans.items_from_report(s, lead, report.id, date(2017, 9, 30))
    assert sorted((i.owner, i.action) for i in made) == [
        ("Hana Hughes", "Chronologies updated at every supervision"),
        ("Hana Hughes", "Supervision records reflect practice"),
        ("Leo Lewis", "Contingency plans for every LAC case"),
        ("Leo Lewis", "Supervision records reflect practice"),
    ]
    assert left_out == ["Early Help and Prevention"]
    assert {i.due_on for i in made} == {date(2017, 9, 30)}
    # Asked again, nothing is made twice.
    with any_opened.db.writing() as s:
        again, _ = action_plans.items_from_report(s, lead, report.id, date(2017, 9, 30))
    assert again == []
