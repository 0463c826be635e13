"""The professional challenge rows are pre-filled with what the audits say, for a known
set of audits, and every figure says where it came from."""

from __future__ import annotations

import sys
import types
from dataclasses import dataclass
from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit import AuditForm
from qaaudit.domain.review_period import Period
from qaaudit.services.audit import audits
from qaaudit.services.review import reviews
from qaaudit.services.review.figures import audit_figures, prefill_texts
from tests.factories import make_person
from tests.review_factories import TODAY, Cast, cast, completed_audit

JAN_JUN = Period(date(2017, 1, 1), date(2017, 6, 30))


def known_audits(opened: Opened) -> tuple[int, Cast]:
    """Help and Protection, January to June 2017:
    - 10 completed audits: 6 good (5 meets, 1 exceeds), 4 not yet good; 3 of them
      re-audit 2016 cases: one improved to good, one stayed the same, one declined;
      "plans" is good in 3 of them; "permanence" is not applicable in 7;
    - the previous six months: 4 audits, 1 good;
    and what must not count: a draft, an audit in July, Early Help's audits."""
    with opened.db.writing() as s:
        people = cast(s)
        auditor = make_person(s, "tm1", "Team Manager One", ("auditor",), people.team)
        team, other = people.team, people.other_team
        completed_audit(s, auditor, team, "RE-1", date(2016, 8, 1), "does_not_meet_good")
        completed_audit(s, auditor, team, "RE-2", date(2016, 9, 1), "exceeds_good")
        completed_audit(s, auditor, team, "RE-3", date(2016, 10, 1), "does_not_meet_good")
        completed_audit(s, auditor, team, "OLD-4", date(2016, 11, 1), "does_not_meet_good")
        grades = ["meets_good"] * 3 + ["exceeds_good"] + ["does_not_meet_good"] * 3
        for index, grade in enumerate(grades):
            areas = {"permanence": "not_applicable"}
            if index in (0, 3):
                areas["plans"] = "does_not_meet_good"
            month = date(2017, 1 + index % 6, 1)
            completed_audit(s, auditor, team, f"H-{index}", month, grade, areas)
        completed_audit(s, auditor, team, "RE-1", date(2017, 5, 1), "meets_good")
        completed_audit(s, auditor, team, "RE-2", date(2017, 6, 1), "meets_good")
        completed_audit(s, auditor, team, "RE-3", date(2017, 6, 1), "does_not_meet_good")
        # Not counted: a draft, July, another service area.
        blank = AuditForm(case_number="DRAFT-1", audit_month=date(2017, 2, 1), team_id=team.id)
        audits.create_audit(s, auditor, blank, TODAY)
        completed_audit(s, auditor, team, "JULY", date(2017, 7, 1), "does_not_meet_good")
        early_help = make_person(s, "eh1", "Early Help One", ("auditor",), other)
        completed_audit(s, early_help, other, "EH-1", date(2017, 3, 1), "does_not_meet_good")
        return team.service_area_id, people


def test_audit_figures_equal_what_the_audits_say(opened: Opened) -> None:
    known_audits(opened)
    with opened.db.reading() as s:
        figures = audit_figures(s, "Help and Protection", JAN_JUN)
    assert (figures.audits, figures.good, figures.not_yet_good) == (10, 6, 4)
    assert (figures.previous_audits, figures.previous_good) == (4, 1)
    assert figures.change_points == 60 - 25
    # plans: not good in the 2 marked audits and the 4 not yet good ones
    weakest = figures.weakest[0]
    assert (weakest.key, weakest.judged, weakest.good) == ("plans", 10, 4)
    # permanence: judged only in the 3 re-audits (2 good); not applicable left out
    assert [(r.judged, r.good) for r in figures.weakest[1:]] == [(10, 6), (10, 6)]
    again = figures.reaudits
    assert (again.cases, again.improved, again.same, again.declined, again.now_good) == (
        3,
        1,
        1,
        1,
        1,
    )


def test_prefilled_text_says_where_each_figure_came_from(opened: Opened) -> None:
    known_audits(opened)
    with opened.db.reading() as s:
        text = prefill_texts(s, "Help and Protection", JAN_JUN)["case_file_audits"]
    assert text.startswith(
        "From 10 case file audits completed Jan-Jun 2017 in Help and Protection: "
        "6 good (60%) and 4 not yet good (40%)."
    )
    assert (
        "Against the previous 6 months (Jul-Dec 2016: 4 audits, 25% good): up 35 percentage "
        "points." in text
    )
    assert "Weakest practice areas" in text and "Plans 40% (4 of 10)" in text
    assert (
        "Re-audits: 3 cases re-audited Jan-Jun 2017; against their earlier audit 1 improved, "
        "1 stayed the same and 1 declined; 1 moved from not yet good to good." in text
    )


def test_a_new_review_is_prefilled_and_the_author_can_edit_it(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    area_id, people = known_audits(opened)
    # Without the schedule part, the rows say so plainly instead of failing.
    monkeypatch.setitem(sys.modules, "qaaudit.services.schedule.compliance", None)
    with opened.db.writing() as s:
        record = reviews.create_review(s, people.manager, area_id, JAN_JUN, TODAY)
    rows = record.form.rows
    assert rows["case_file_audits"].evidence.startswith("From 10 case file audits")
    assert rows["other_audit_activity"].evidence.startswith("No schedule figures available")
    assert rows["observed_practice"].evidence.startswith("No schedule figures available")
    assert rows["workloads"].evidence == ""

    form = record.form
    form.rows["case_file_audits"].evidence += "\nThe two exceeds-good audits were in Team 1."
    with opened.db.writing() as s:
        saved = reviews.save_review(s, people.manager, record.id, record.version, form)
    assert saved.form.rows["case_file_audits"].evidence.endswith("were in Team 1.")


@dataclass(frozen=True)
class ActivityFigure:
    kind: str
    label: str
    due: int
    done: int


def test_schedule_figures_fill_other_activity_observation_and_compliance(
    opened: Opened, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The QAF schedule part answers through one function (its published contract); a
    module standing in for it returns known figures, and compliance is their total."""
    known_audits(opened)
    asked: list[tuple[str, date, date]] = []

    def activity_figures(session, service_area, start, end):  # type: ignore[no-untyped-def]
        asked.append((service_area, start, end))
        return [
            ActivityFigure("case_file_audit", "Case file audit", 12, 10),
            ActivityFigure("observation", "Observation of practice", 8, 5),
            ActivityFigure("dip_sample", "Dip sample", 4, 4),
            ActivityFigure("external_audit", "External case file audit", 0, 0),
        ]

    contract = types.ModuleType("qaaudit.services.schedule.compliance")
    contract.activity_figures = activity_figures  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "qaaudit.services.schedule.compliance", contract)
    with opened.db.reading() as s:
        texts = prefill_texts(s, "Help and Protection", JAN_JUN)
    assert asked == [("Help and Protection", date(2017, 1, 1), date(2017, 6, 30))]
    source = "From the QAF schedule for Help and Protection, Jan-Jun 2017"
    assert (
        f"{source}, case file audits:\n- Case file audit: 10 done of 12 due (83%)"
        in (texts["case_file_audits"])
    )
    assert texts["observed_practice"] == (
        f"{source}, observations of practice recorded:\n"
        "- Observation of practice: 5 done of 8 due (63%)"
    )
    assert texts["other_audit_activity"] == (
        f"{source}, other audit activity recorded:\n- Dip sample: 4 done of 4 due (100%)\n"
        f"{source}, schedule compliance: 19 of 24 QA activities due were done (79%)."
    )
