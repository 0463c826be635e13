"""The QA lead gathers March 2017's learning for "QA Matters": every figure below is worked
out by hand from the five audits in tests/loop_data.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.corrective import end_of_month, month_after
from qaaudit.services.summaries.learning import learning_summary, period_label
from tests.loop_data import MARCH, build_march

REAL_TODAY = date.today()
# Corrective actions opened today are due at the end of next month; the day after, the
# one still open is overdue.
LATER = end_of_month(month_after(REAL_TODAY)) + timedelta(days=1)


@pytest.fixture
def march(any_opened: Opened):
    return build_march(any_opened.db, REAL_TODAY)


def test_march_in_figures(any_opened: Opened, march) -> None:
    with any_opened.db.reading() as s:
        summary = learning_summary(s, MARCH, today=LATER)

    assert summary.period_label == "March 2017"
    # a1, a3, a5 good; a2, a4 not yet good; the draft is not counted.
    assert (summary.headline.count, summary.headline.good) == (5, 3)
    assert summary.headline.share_good == pytest.approx(0.6)
    assert (summary.previous.count, summary.previous.good) == (1, 0)
    assert summary.previous_from == date(2017, 2, 1)
    assert summary.overall_grades == [
        ("Exceeds good", 1),
        ("Meets good", 2),
        ("Does not meet good", 2),
    ]
    assert summary.discussed == 4
    assert (summary.re_audits.count, summary.re_audits.improved) == (1, 1)

    areas = {a.key: a for a in summary.areas}
    assert (areas["risk"].judged, areas["risk"].good) == (5, 4)
    assert (areas["involvement"].judged, areas["involvement"].good) == (5, 5)
    assert (areas["plans"].judged, areas["plans"].good) == (5, 3)
    assert (areas["assessments"].judged, areas["assessments"].good) == (5, 3)
    assert (areas["permanence"].judged, areas["permanence"].not_applicable) == (4, 1)
    assert [a.key for a in summary.areas][:2] == ["risk", "involvement"]  # template order

    # Permanence (4 judgements) is too few to rank; the rest tie at 80% behind involvement.
    assert [a.key for a in summary.strongest] == ["involvement", "risk", "decision_making"]
    assert [a.key for a in summary.weakest] == ["plans", "assessments", "outcomes"]
    assert [a.key for a in summary.most_often_not_good] == ["assessments", "plans", "risk"]

    themes = {t.name: (t.share.count, t.share.good) for t in summary.themes}
    assert themes == {
        "Neglect": (2, 1),
        "Domestic violence": (1, 0),
        "Young people in care": (1, 1),
    }
    assert [(g.name, g.share.count, g.share.good) for g in summary.groups] == [
        ("Help and Protection", 3, 2),
        ("Looked After Children", 2, 1),
    ]
    assert summary.groups_by == "Service area"

    # "update" and "chronology" only ever appear together, so the phrase stands for both.
    assert [(w.words, w.audits) for w in summary.wordings] == [
        ("update the chronology", 3),
        ("contingency plan", 2),
    ]

    actions = summary.agreed_actions
    assert (actions.recorded, actions.done, actions.overdue) == (6, 1, 5)
    assert actions.done_during_period == 1

    fix = summary.corrective
    assert (fix.needed, fix.confirmed, fix.confirmed_on_time) == (2, 1, 1)
    assert (fix.still_open, fix.overdue, fix.confirmed_during_period) == (1, 1, 0)


def test_one_service_area_is_broken_down_by_team(any_opened: Opened, march) -> None:
    with any_opened.db.reading() as s:
        summary = learning_summary(s, MARCH, service_area_id=march.hp_area_id, today=LATER)
    assert summary.service_area == "Help and Protection"
    assert (summary.headline.count, summary.headline.good) == (3, 2)
    assert summary.groups_by == "Team"
    assert [(g.name, g.share.count) for g in summary.groups] == [("Assessment Team 1", 3)]
    assert (summary.corrective.needed, summary.corrective.still_open) == (1, 0)


def test_a_period_and_an_empty_month(any_opened: Opened, march) -> None:
    with any_opened.db.reading() as s:
        quarter = learning_summary(s, date(2017, 1, 1), date(2017, 3, 1), today=LATER)
        empty = learning_summary(s, date(2017, 6, 1), today=LATER)
    assert quarter.period_label == "January to March 2017"
    assert (quarter.headline.count, quarter.headline.good) == (6, 3)
    assert quarter.previous_from == date(2016, 10, 1)
    assert empty.headline.count == 0 and empty.headline.share_good is None
    assert empty.strongest == [] and empty.weakest == [] and empty.wordings == []
    assert period_label(date(2016, 11, 1), date(2017, 2, 1)) == "November 2016 to February 2017"
