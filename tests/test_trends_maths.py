"""The arithmetic behind the trend dashboard and moderation, checked against figures
worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.domain.trends import (
    DECLINING,
    IMPROVING,
    NO_CLEAR_CHANGE,
    TOO_FEW,
    Share,
    agreement,
    direction,
    months_between,
    parse_month,
    share_words,
    split_halves,
    weighted_kappa,
    wilson_interval,
)

SCALE = ("does_not_meet_good", "meets_good", "exceeds_good")
D, M, E, NA = "does_not_meet_good", "meets_good", "exceeds_good", "not_applicable"


def test_three_good_of_five_is_sixty_percent_but_could_be_23_to_88() -> None:
    # p = 0.6, z = 1.96: centre (0.6 + 3.8415/10) / 1.76831 = 0.5566,
    # half-width 1.96 * sqrt(0.048 + 0.0384) / 1.76831 = 0.3258.
    low, high = wilson_interval(3, 5)
    assert low == pytest.approx(0.2307, abs=1e-3)
    assert high == pytest.approx(0.8824, abs=1e-3)
    share = Share(3, 5)
    assert share.small
    assert share_words(share) == "3 of 5 good (60%), few audits"


def test_a_bigger_month_has_a_narrower_interval_and_is_not_small() -> None:
    low, high = wilson_interval(30, 50)
    assert (low, high) == (pytest.approx(0.4618, abs=1e-3), pytest.approx(0.7239, abs=1e-3))
    assert not Share(30, 50).small
    assert Share(9, 9).small and not Share(10, 10).small


def test_all_good_still_has_an_interval_below_one_hundred_percent() -> None:
    low, high = wilson_interval(4, 4)
    assert high == pytest.approx(1.0)
    assert low == pytest.approx(0.5101, abs=1e-3)
    assert wilson_interval(0, 0) is None
    assert Share(0, 0).share is None


def test_weighted_kappa_worked_example() -> None:
    # Ten pairs (auditor, moderator): MM x4, EE x2, DD x1, EM x2, MD x1.
    # Auditor totals D .1 M .5 E .4; moderator totals D .2 M .6 E .2.
    # Linear weights: 1 same, 0.5 one step apart, 0 two steps.
    # Observed = 0.7 + 0.5 * 0.3 = 0.85.
    # Chance = (.02 + .30 + .08) + 0.5 * (.06 + .10 + .10 + .24) = 0.40 + 0.25 = 0.65.
    # Kappa = (0.85 - 0.65) / (1 - 0.65) = 0.5714.
    pairs = {(M, M): 4, (E, E): 2, (D, D): 1, (E, M): 2, (M, D): 1}
    assert weighted_kappa(pairs, SCALE) == pytest.approx(0.2 / 0.35)


def test_kappa_needs_ten_pairs_and_ignores_not_applicable() -> None:
    nine = {(M, M): 5, (D, D): 4}
    assert weighted_kappa(nine, SCALE) is None
    # Not applicable pairs do not count towards the ten, nor into the sum.
    assert weighted_kappa({**nine, (NA, NA): 5, (NA, M): 1}, SCALE) is None
    assert weighted_kappa({(M, M): 5, (D, D): 5}, SCALE) == pytest.approx(1.0)


def test_a_moderator_who_reverses_every_judgement_scores_below_zero() -> None:
    # D<->E swapped on every pair: observed weighted agreement 0 (two steps apart),
    # chance: rows D .5 E .5, columns D .5 E .5 -> 0.25 + 0.25 = 0.5; kappa = -1.
    assert weighted_kappa({(D, E): 5, (E, D): 5}, SCALE) == pytest.approx(-1.0)


def test_an_auditor_who_gives_every_area_the_same_grade_adds_nothing_beyond_chance() -> None:
    # Auditor: all meets good (11 graded areas); moderator lowers one, raises one.
    # Observed = 9/11 + 0.5 * 2/11 = 10/11; chance = 1 * (9/11 + 0.5 * 2/11) = 10/11.
    found = agreement({(M, M): 9, (M, D): 1, (M, E): 1, (NA, NA): 1}, SCALE)
    assert found.kappa == pytest.approx(0.0)
    assert (found.agreed, found.compared, found.pairs) == (10, 12, 11)
    assert found.kappa_words == "0.00 (no better than chance)"


def test_improving_only_when_the_change_is_more_than_chance() -> None:
    # 20 of 50 (40%) to 35 of 50 (70%): pooled 0.55, spread sqrt(.55 * .45 * .04) = 0.0995,
    # difference 0.30 is 3.0 spreads: improving.
    rising = direction(Share(20, 50), Share(35, 50))
    assert rising.verdict == IMPROVING
    assert rising.words == "improving (+30 points)"
    # 20 of 50 to 25 of 50: 1.0 spreads, could be chance.
    assert direction(Share(20, 50), Share(25, 50)).verdict == NO_CLEAR_CHANGE
    assert direction(Share(35, 50), Share(20, 50)).verdict == DECLINING
    assert direction(Share(2, 5), Share(5, 5)).verdict == TOO_FEW


def test_months_and_halves() -> None:
    months = months_between(date(2016, 11, 15), date(2017, 3, 1))
    assert months == [
        date(2016, 11, 1),
        date(2016, 12, 1),
        date(2017, 1, 1),
        date(2017, 2, 1),
        date(2017, 3, 1),
    ]
    earlier, later = split_halves(months)
    assert earlier == months[:2] and later == months[3:]
    assert parse_month("2017-03") == date(2017, 3, 1)
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse_month("March")
