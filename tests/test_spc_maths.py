"""The process-control chart of the share judged good, checked against series worked out
by hand: the limits of a p-chart and of Laney's p′, every special-cause rule, gaps,
rebasing, and the sentence the QA lead reads."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.domain.spc import (
    COMMON,
    CONCERN,
    IMPROVEMENT,
    MONTH,
    OUTSIDE,
    QUARTER,
    RUN,
    TOO_FEW,
    TREND,
    TWO_OF_THREE,
    YEAR,
    Period,
    p_chart,
    period_label,
    period_name,
    period_start,
    periods_between,
)
from qaaudit.domain.trends import add_months

JAN_2017 = date(2017, 1, 1)


def months(goods: list[int | None], n: int = 20, first: date = JAN_2017) -> list[Period]:
    """One period a month from ``first``: ``good`` of ``n`` judged good, or no audits."""
    return [
        Period(add_months(first, i), good or 0, 0 if good is None else n)
        for i, good in enumerate(goods)
    ]


def test_p_chart_limits_vary_with_each_months_number_of_audits() -> None:
    # 12/20, 15/25, 28/40, 9/15: centre 64/100 = 0.64; p(1-p) = 0.2304.
    # n 20: sigma sqrt(0.2304/20) = 0.107331, limits 0.64 -/+ 0.321994 = 0.318006, 0.961994
    # n 25: sigma 0.096 exactly, limits 0.352, 0.928
    # n 40: sigma 0.075895, limits 0.412316, 0.867684
    # n 15: sigma 0.123935, limits 0.268194 and 1.011806, which is cut to 100%
    periods = [
        Period(date(2017, 1, 1), 12, 20),
        Period(date(2017, 2, 1), 15, 25),
        Period(date(2017, 3, 1), 28, 40),
        Period(date(2017, 4, 1), 9, 15),
    ]
    chart = p_chart(periods)
    [segment] = chart.segments
    assert segment.centre == pytest.approx(0.64)
    lows = [p.lower for p in chart.points]
    highs = [p.upper for p in chart.points]
    assert lows == pytest.approx([0.318006, 0.352, 0.412316, 0.268194], abs=1e-6)
    assert highs == pytest.approx([0.961994, 0.928, 0.867684, 1.0], abs=1e-6)
    assert chart.points[1].lower_2 == pytest.approx(0.64 - 2 * 0.096)
    # z-scores -0.372678, -0.416667, 0.790569, -0.322749; moving ranges 0.043989,
    # 1.207236, 1.113318; mean 0.788181 / 1.128 = 0.698742: no over-dispersion.
    assert segment.sigma_z == pytest.approx(0.698742, abs=1e-5)
    assert not segment.laney and segment.method == "p-chart"


def test_laney_p_prime_widens_the_limits_of_over_dispersed_months() -> None:
    # Twelve months of 100 audits, alternately 55 and 65 good: centre 0.6, sigma
    # sqrt(0.24/100) = 0.0489898. z = -/+ 0.05 / 0.0489898 = 1.020621, every moving range
    # 2.041241, sigma_z = 2.041241 / 1.128 = 1.809611 > 1, so the limits are
    # 0.6 -/+ 3 * 0.0489898 * 1.809611 (= 3 * 0.1 / 1.128, the sigma cancels)
    # = 0.6 -/+ 0.265957 = 0.334043, 0.865957.
    chart = p_chart(months([55, 65] * 6, n=100))
    [segment] = chart.segments
    assert segment.sigma_z == pytest.approx(1.809611, abs=1e-5)
    assert segment.laney and segment.method == "Laney p′ (sigma_z 1.81)"
    assert chart.points[0].lower == pytest.approx(0.334043, abs=1e-6)
    assert chart.points[0].upper == pytest.approx(0.865957, abs=1e-6)
    assert chart.points[0].upper_2 == pytest.approx(0.6 + 2 * 0.0489898 * 1.809611, abs=1e-6)
    # Without p′, 55 and 65 would be read as wild swings; with it they are common cause.
    assert chart.variation == COMMON


def test_ten_months_are_too_few_to_estimate_sigma_z_so_the_plain_p_chart_is_used() -> None:
    # The same swings over 10 months: sigma_z is the same 1.809611 but rests on nine
    # moving ranges, so the limits stay 0.6 -/+ 3 * 0.0489898 = 0.453031, 0.746969.
    chart = p_chart(months([55, 65] * 5, n=100))
    [segment] = chart.segments
    assert segment.sigma_z == pytest.approx(1.809611, abs=1e-5)
    assert not segment.laney
    assert (chart.points[0].lower, chart.points[0].upper) == (
        pytest.approx(0.453031, abs=1e-6),
        pytest.approx(0.746969, abs=1e-6),
    )


def test_a_month_below_the_lower_limit_is_a_concern() -> None:
    # 14, 9 (70%, 45%) four times, then 2 of 20 (10%): centre 94/180 = 0.522222,
    # sigma sqrt(0.522222 * 0.477778 / 20) = 0.111693, lower limit 0.187144.
    # Two sigma: 0.298836 to 0.745608, which only the last month passes: no 2 of 3;
    # the months alternate either side of the centre: no run, no trend.
    chart = p_chart(months([14, 9, 14, 9, 14, 9, 14, 9, 2]))
    last = chart.points[-1]
    assert last.lower == pytest.approx(0.187144, abs=1e-6)
    assert last.rules == (OUTSIDE,) and last.variation == CONCERN
    assert [p.variation for p in chart.points[:-1]] == [COMMON] * 8
    assert chart.status == "Getting worse"
    assert chart.headline == (
        "Getting worse: September 2017 was below the lower process limit "
        "(10% good against at least 19% expected by chance)."
    )


def test_seven_months_above_the_centre_line_across_a_month_with_no_audits() -> None:
    # 10 11 10 | 14 13 14 13 | no audits | 14 13 14, each of 20: centre 126/200 = 0.63.
    # 65% and 70% are above it, 50% and 55% below. The empty August neither breaks the
    # run nor counts in it: April to November holds 7 months above the line.
    # sigma 0.107958: limits 0.306127 to 0.953873, two sigma 0.414083 to 0.845917,
    # which no month passes.
    chart = p_chart(months([10, 11, 10, 14, 13, 14, 13, None, 14, 13, 14]))
    assert chart.segments[0].centre == pytest.approx(0.63)
    assert [p.rules for p in chart.points] == [()] * 3 + [(RUN,)] * 4 + [()] + [(RUN,)] * 3
    assert chart.points[7].variation == "" and chart.points[7].signal_words == "no audits"
    assert chart.points[-1].variation == IMPROVEMENT
    assert chart.headline == (
        "Improving: 7 months in a row above the centre line since April 2017."
    )
    assert chart.points[3].signal_words == (
        "special cause improvement: run of 7 or more on one side of the centre line"
    )
    assert chart.points[3].signal_short == "improvement: run"
    assert chart.points[0].signal_short == "common cause"


def test_six_months_above_the_line_are_not_yet_a_run() -> None:
    # As above without November: 112/180 = 0.622222; six months above, no signal.
    chart = p_chart(months([10, 11, 10, 14, 13, 14, 13, None, 14, 13]))
    assert chart.signals == []
    assert chart.status == "Stable"
    assert chart.headline == (
        "Stable: the share judged good varies by chance (common cause) around 62% since "
        "January 2017; no special cause."
    )


def test_a_month_below_the_line_breaks_the_run_where_an_empty_month_does_not() -> None:
    chart = p_chart(months([10, 11, 10, 14, 13, 14, 13, 10, 14, 13, 14]))
    assert all(RUN not in p.rules for p in chart.points)


def test_a_month_exactly_on_the_centre_line_neither_breaks_nor_counts_in_a_run() -> None:
    # 6, 7, 6, 7 of 20, then 12, 12, 12, 12, 10, 12, 12, 12: 120 of 240, centre exactly
    # 50%. 60% is above it; 10 of 20 is on it. Two sigma (0.276393 to 0.723607) and
    # three sigma (0.164590 to 0.835410) are passed by no month.
    chart = p_chart(months([6, 7, 6, 7, 12, 12, 12, 12, 10, 12, 12, 12]))
    assert chart.segments[0].centre == pytest.approx(0.5)
    assert [RUN in p.rules for p in chart.points] == [False] * 4 + [True] * 4 + [False] + [True] * 3
    assert chart.headline == ("Improving: 7 months in a row above the centre line since May 2017.")
    # 9 of 20 in its place is below the line (119/240 = 49.6%) and breaks the run.
    chart = p_chart(months([6, 7, 6, 7, 12, 12, 12, 12, 9, 12, 12, 12]))
    assert chart.signals == []


def test_seven_months_rising_is_an_improving_trend() -> None:
    # 8, 9, ... 14 of 20 (40% to 70%): centre 77/140 = 0.55; sigma 0.111243, two sigma
    # 0.327513 to 0.772487, no point beyond; three below, one on and three above the
    # line: no run. Every month higher than the one before: a trend of 7.
    chart = p_chart(months([8, 9, 10, 11, 12, 13, 14]))
    assert [p.rules for p in chart.points] == [(TREND,)] * 7
    assert chart.status == "Improving"
    assert chart.headline == "Improving: rising for 7 months in a row since January 2017."


def test_seven_months_falling_is_a_worsening_trend() -> None:
    chart = p_chart(months([14, 13, 12, 11, 10, 9, 8]))
    assert {p.variation for p in chart.points} == {CONCERN}
    assert chart.headline == "Getting worse: falling for 7 months in a row since January 2017."


def test_a_month_level_with_the_one_before_neither_breaks_nor_counts_in_a_trend() -> None:
    # 8, 9, 9, 10 ... 14: the second 9 is skipped, the other seven rise.
    chart = p_chart(months([8, 9, 9, 10, 11, 12, 13, 14]))
    assert [TREND in p.rules for p in chart.points] == [True, True, False] + [True] * 5
    # Six rising with one level is not a trend.
    chart = p_chart(months([9, 9, 10, 11, 12, 13, 14]))
    assert chart.signals == []


def test_two_of_three_months_beyond_two_sigma_above_the_centre() -> None:
    # 11, 10, 11, 10, 11, 10, 17, 10, 17 of 20: centre 107/180 = 0.594444, sigma
    # 0.109791: two sigma above is 0.814026, three sigma 0.923818. 85% passes the first,
    # not the second, in September and November of three months: both flagged. Six months
    # below the line (55%, 50%) are not yet a run.
    chart = p_chart(months([11, 10, 11, 10, 11, 10, 17, 10, 17]))
    assert chart.points[-1].upper_2 == pytest.approx(0.814026, abs=1e-6)
    assert [p.rules for p in chart.points] == [()] * 6 + [(TWO_OF_THREE,), (), (TWO_OF_THREE,)]
    assert chart.headline == (
        "Improving: 2 of the last 3 months beyond two sigma above the centre line."
    )


def test_two_beyond_two_sigma_on_opposite_sides_are_no_signal() -> None:
    # 18 and 3 of 20 either side of alternating months: one above, one below.
    chart = p_chart(months([11, 10, 11, 10, 11, 10, 18, 3, 11]))
    assert all(TWO_OF_THREE not in p.rules for p in chart.points)


def test_stable_months_give_common_cause() -> None:
    # 14, 10 of 20 alternating: centre 96/160 = 60%; nothing special.
    chart = p_chart(months([14, 10] * 4))
    assert chart.variation == COMMON and chart.status == "Stable"
    assert chart.headline == (
        "Stable: the share judged good varies by chance (common cause) around 60% since "
        "January 2017; no special cause."
    )


def test_a_rebase_starts_a_new_centre_and_limits() -> None:
    # January to June about 50% (9, 11 of 20), then a training programme: July to January
    # about 75% (14, 16 of 20).
    goods = [9, 11] * 3 + [14, 16, 14, 16, 14, 16, 15]
    # Without a rebase the centre is 165/260 = 63.5%: the seven months from July are
    # all above it.
    plain = p_chart(months(goods))
    assert plain.segments[0].centre == pytest.approx(165 / 260)
    assert plain.status == "Improving"
    assert plain.headline == "Improving: 7 months in a row above the centre line since July 2017."
    rebased = p_chart(months(goods), MONTH, [(date(2017, 7, 1), "Training programme began")])
    first, second = rebased.segments
    assert first.centre == pytest.approx(0.5) and second.centre == pytest.approx(105 / 140)
    assert second.reason == "Training programme began"
    # Each segment's limits come from its own centre: 75% of 20, sigma 0.096825, lower
    # limit 0.459526; 50% of 20, sigma 0.111803, upper limit 0.835410.
    assert rebased.points[6].lower == pytest.approx(0.459526, abs=1e-6)
    assert rebased.points[0].upper == pytest.approx(0.835410, abs=1e-6)
    assert rebased.signals == []
    assert rebased.headline == (
        "Stable: the share judged good varies by chance (common cause) around 75% since "
        "July 2017; no special cause."
    )


def test_too_few_months_since_a_rebase_to_tell() -> None:
    chart = p_chart(months([9, 11] * 4 + [15, 15, 15]), MONTH, [(date(2017, 9, 1), "")])
    assert chart.variation == TOO_FEW
    assert chart.headline == (
        "Too few to tell: 3 months with audits since the chart was rebased in September "
        "2017; at least 7 are needed before a run or a trend can show."
    )


def test_quarters_and_years_as_periods() -> None:
    assert period_start(date(2017, 5, 9), QUARTER) == date(2017, 4, 1)
    assert period_start(date(2017, 12, 31), YEAR) == date(2017, 1, 1)
    assert period_label(date(2017, 4, 1), QUARTER) == "2017 Q2"
    assert period_name(date(2017, 4, 1), QUARTER) == "Apr to Jun 2017"
    assert period_label(date(2017, 3, 1), MONTH) == "Mar 2017"
    assert periods_between(date(2016, 11, 1), date(2017, 5, 1), QUARTER) == [
        date(2016, 10, 1),
        date(2017, 1, 1),
        date(2017, 4, 1),
    ]
    assert periods_between(date(2016, 11, 1), date(2018, 2, 1), YEAR) == [
        date(2016, 1, 1),
        date(2017, 1, 1),
        date(2018, 1, 1),
    ]
    with pytest.raises(ValueError, match="not a period"):
        period_start(date(2017, 1, 1), "fortnight")


def test_the_headline_names_quarters_and_years_in_words() -> None:
    # Seven quarters of 30 audits, 9 to 15 good: centre 40%, limits 13.2% to 66.8%;
    # rising throughout from Jan to Mar 2016.
    quarters = [Period(date(2016 + i // 4, 3 * (i % 4) + 1, 1), 9 + i, 30) for i in range(7)]
    chart = p_chart(quarters, QUARTER)
    assert chart.headline == (
        "Improving: rising for 7 quarters in a row since the quarter Jan to Mar 2016."
    )
    # 110, 108, ... 98 of 300 a year: centre 104/300, limits 26.4% to 42.9%, none passed.
    years = [Period(date(2010 + i, 1, 1), 110 - 2 * i, 300) for i in range(7)]
    assert p_chart(years, YEAR).headline == (
        "Getting worse: falling for 7 years in a row since 2010."
    )
