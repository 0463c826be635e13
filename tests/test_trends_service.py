"""The QA lead's trend of good versus not yet good, on a small council whose figures are
worked out by hand in tests/trend_data.py."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.trends import TOO_FEW, Share
from qaaudit.services.moderation import records as moderation
from qaaudit.services.trends import figures as trends
from qaaudit.services.trends.figures import RE_AUDIT, TrendFilter
from tests.trend_data import NA, D, E, M, small_council

JAN, FEB, MAR = date(2017, 1, 1), date(2017, 2, 1), date(2017, 3, 1)


def shares(points: list[trends.MonthPoint]) -> list[tuple[int, int]]:
    return [(p.share.good, p.share.total) for p in points]


def test_good_by_month_with_every_filter(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        council = small_council(s)
    with db.reading() as s:
        everyone = trends.month_trend(s, TrendFilter(JAN, MAR))
        assert [p.month for p in everyone] == [JAN, FEB, MAR]
        assert shares(everyone) == [(3, 4), (3, 6), (0, 0)]
        assert all(p.share.small for p in everyone[:2])

        def by(**chosen: object) -> list[tuple[int, int]]:
            return shares(trends.month_trend(s, TrendFilter(JAN, FEB, **chosen)))  # type: ignore[arg-type]

        assert by(team_id=council.assessment_id) == [(2, 3), (0, 2)]
        assert by(service_area_id=council.lac_area_id) == [(1, 1), (3, 4)]
        assert by(auditor_id=council.lac_auditor.id) == [(1, 1), (3, 4)]
        assert by(theme_key="neglect") == [(1, 2), (0, 0)]
        assert by(audit_type=RE_AUDIT) == [(0, 0), (1, 2)]
        assert by(audit_type="audit") == [(3, 4), (2, 4)]
        assert by(strand="Help and protection") == [(3, 4), (3, 6)]
        assert by(strand="Adoption") == [(0, 0), (0, 0)]
        # One practice area: its own judgements. Risk in January: D, M, D, M.
        assert by(area_key="risk") == [(2, 4), (3, 6)]
        # Not applicable is left out, not counted as not good.
        assert by(area_key="permanence") == [(0, 0), (0, 0)]


def test_the_month_the_template_changed_is_marked(opened: Opened) -> None:
    with opened.db.writing() as s:
        small_council(s)
    with opened.db.reading() as s:
        points = trends.month_trend(s, TrendFilter(date(2016, 12, 1), FEB))
        report = trends.trend_report(s, TrendFilter(date(2016, 12, 1), FEB))
    assert [p.new_templates for p in points] == [(), ("2017.1",), ()]
    assert report.template_changes == [(JAN, "2017.1")]


def test_weakest_practice_areas_first_and_whether_they_improve(opened: Opened) -> None:
    with opened.db.writing() as s:
        small_council(s)
    with opened.db.reading() as s:
        areas = trends.area_trends(s, TrendFilter(JAN, FEB))
    assert areas[0].key == "risk"
    assert areas[0].share == Share(5, 10)
    assert areas[0].by_month == (Share(2, 4), Share(3, 6))
    assert areas[0].direction.verdict == TOO_FEW
    others = {a.key: a.share for a in areas[1:]}
    assert others["outcomes"] == Share(6, 10)
    # Never judged (not applicable throughout): last, with no share.
    assert areas[-1].key == "permanence" and areas[-1].share == Share(0, 0)


def test_reaudits_compare_the_earlier_and_later_judgement(any_opened: Opened) -> None:
    with any_opened.db.writing() as s:
        small_council(s)
    with any_opened.db.reading() as s:
        summary = trends.reaudit_summary(s, TrendFilter(JAN, FEB))
        january_only = trends.reaudit_summary(s, TrendFilter(JAN, JAN))
    assert (summary.total, summary.improved, summary.same, summary.worse) == (2, 1, 0, 1)
    assert summary.moved("not_yet_good", "good") == 1
    assert summary.moved("good", "not_yet_good") == 1
    assert january_only.total == 0


def test_trends_can_use_moderated_judgements_and_say_so(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        council = small_council(s)
        record = moderation.load_audit(s, council.audits["C4"])
        form = moderation.form_agreeing_with(record)
        form.overall = D
        form.areas["risk"] = D
        form.impact_at_centre = "yes"
        form.evaluative_narrative = "partly"
        moderation.save_moderation(s, council.moderator, council.audits["C4"], form)
    with db.reading() as s:
        own = TrendFilter(JAN, FEB)
        moderated = TrendFilter(JAN, FEB, moderated=True)
        assert shares(trends.month_trend(s, own)) == [(3, 4), (3, 6)]
        assert shares(trends.month_trend(s, moderated)) == [(2, 4), (3, 6)]
        risk = TrendFilter(JAN, FEB, area_key="risk", moderated=True)
        assert shares(trends.month_trend(s, risk)) == [(1, 4), (3, 6)]
        assert trends.judgements_used(s, own) == "The auditors' own judgements."
        assert "(1 of 10 audits in this view)" in trends.judgements_used(s, moderated)
        report = trends.trend_report(s, moderated)
    assert dict(report.described)["Judgements"].startswith("Moderated judgements where")
    assert report.total == Share(5, 10)


def test_filters_are_described_in_words(opened: Opened) -> None:
    with opened.db.writing() as s:
        council = small_council(s)
    with opened.db.reading() as s:
        words = dict(
            trends.describe(s, TrendFilter(JAN, MAR, team_id=council.lac_id, theme_key="neglect"))
        )
        assert trends.team_by_name(s, "lac 1") == council.lac_id
        assert trends.service_area_by_name(s, "Help and Protection") == council.help_area_id
        with pytest.raises(LookupError, match="no team"):
            trends.team_by_name(s, "Nowhere")
    assert words["Period"] == "Jan 2017 to Mar 2017"
    assert words["Team"] == "LAC 1"
    assert words["Theme"] == "Neglect"
    assert words["Practice area"] == "All (overall judgement)"


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before"):
        TrendFilter(FEB, JAN)


def test_grades_used_by_the_queries() -> None:
    # Every form's grades that count as good: the case file audit's, and the other forms'.
    assert set(trends.good_grades()) == {E, M, "yes", "green"}
    assert trends.ordered_scale() == (D, M, E)
    assert NA not in trends.graded_grades()
