"""The Principal Social Worker moderates returned audits; the QA lead sees how
consistent auditors are."""

from __future__ import annotations

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.services.audit.audits import load_audit
from qaaudit.services.common.history import changes_for
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.moderation import records as moderation
from qaaudit.services.moderation.records import BY_AREA, BY_AUDITOR, BY_TEAM, QueueFilter
from qaaudit.store.errors import ConflictError
from tests.trend_data import NA, D, E, M, small_council


def moderate(s, council, key: str, overall: str, areas: dict[str, str], quality=("yes", "yes")):  # type: ignore[no-untyped-def]
    record = load_audit(s, council.audits[key])
    form = moderation.form_agreeing_with(record)
    form.overall = overall
    form.areas.update(areas)
    form.impact_at_centre, form.evaluative_narrative = quality
    form.comment = "Checked against the chronology."
    return moderation.save_moderation(s, council.moderator, council.audits[key], form)


def test_moderator_works_through_the_queue_and_every_change_is_recorded(
    any_opened: Opened,
) -> None:
    db = any_opened.db
    with db.writing() as s:
        council = small_council(s)
    with db.reading() as s:
        waiting = moderation.moderation_queue(s, QueueFilter())
        assert moderation.count_queue(s, QueueFilter()) == 11
        assert waiting[0].audit_month.isoformat() == "2017-02-01"
        lac_only = moderation.moderation_queue(s, QueueFilter(team_id=council.lac_id))
        assert {r.team for r in lac_only} == {"LAC 1"}
    with db.writing() as s:
        saved = moderate(s, council, "C4", D, {"risk": D}, ("partly", "no"))
    assert not saved.overall_agrees
    assert saved.area_agrees["risk"] is False and saved.area_agrees["plans"] is True
    assert saved.moderator == "Principal Social Worker"
    with db.reading() as s:
        assert moderation.count_queue(s, QueueFilter()) == 10
        assert moderation.count_queue(s, QueueFilter(moderated=True)) == 1
        again = moderation.load_moderation(s, council.audits["C4"])
        history = changes_for(s, "moderation", council.audits["C4"])
    assert again is not None and again.form.overall == D
    assert again.form.evaluative_narrative == "no"
    fields = {c.field: (c.old_value, c.new_value) for c in history}
    assert fields["moderated"] == (None, "yes")
    assert fields["overall"] == (None, D)
    assert fields["area.risk"] == (None, D)
    assert all(c.login == "psw" for c in history)

    # The moderator changes their mind about risk: only that change is added.
    with db.writing() as s:
        record = load_audit(s, council.audits["C4"])
        form = again.form
        form.areas["risk"] = M
        moderation.save_moderation(s, council.moderator, record.id, form, again.version)
        later = changes_for(s, "moderation", council.audits["C4"])[len(history) :]
    assert [(c.field, c.old_value, c.new_value) for c in later] == [("area.risk", D, M)]


def test_two_moderators_on_the_same_audit_do_not_overwrite_each_other(
    any_opened: Opened,
) -> None:
    db = any_opened.db
    with db.writing() as s:
        council = small_council(s)
        first = moderate(s, council, "C2", M, {})
    with db.writing() as s:
        record = load_audit(s, council.audits["C2"])
        form = moderation.form_agreeing_with(record)
        form.impact_at_centre = form.evaluative_narrative = "yes"
        # Opened before the first moderation was saved: version None.
        with pytest.raises(ConflictError):
            moderation.save_moderation(s, council.moderator, record.id, form, None)
        moderation.save_moderation(s, council.moderator, record.id, form, first.version)
    with db.writing() as s, pytest.raises(ConflictError):
        moderation.save_moderation(s, council.moderator, record.id, form, first.version)


def test_only_a_moderator_moderates_and_never_their_own_audit(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        council = small_council(s)
        record = load_audit(s, council.audits["C2"])
        form = moderation.form_agreeing_with(record)
        form.impact_at_centre = form.evaluative_narrative = "yes"
        with pytest.raises(NotAllowed, match="Only a moderator"):
            moderation.save_moderation(s, council.lac_auditor, record.id, form)
        dual = council.auditor.__class__(
            **{**council.auditor.__dict__, "roles": frozenset({"auditor", "moderator"})}
        )
        with pytest.raises(NotAllowed, match="someone else"):
            moderation.save_moderation(s, dual, record.id, form)


def test_a_moderation_must_be_complete(opened: Opened) -> None:
    with opened.db.writing() as s:
        council = small_council(s)
        record = load_audit(s, council.audits["C2"])
        form = moderation.form_agreeing_with(record)
        form.areas["risk"] = NA
        form.overall = NA
        with pytest.raises(ValidationFailed) as failure:
            moderation.save_moderation(s, council.moderator, record.id, form)
    fields = {p.field for p in failure.value.problems}
    assert fields == {"overall", "area.risk", "impact_at_centre", "evaluative_narrative"}


def test_agreement_rates_and_kappa_per_auditor_team_and_area(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        council = small_council(s)
        # C4 (Team Manager Two, all M, permanence n/a): overall and risk lowered to D.
        moderate(s, council, "C4", D, {"risk": D})
        # C1 (Team Manager One, all E but risk D): every E lowered to M, risk agreed.
        lowered = {key: M for key in load_audit(s, council.audits["C1"]).form.areas}
        lowered.update(risk=D, permanence=NA)
        moderate(s, council, "C1", M, lowered, ("no", "yes"))
    with db.reading() as s:
        by_auditor = {r.name: r for r in moderation.agreement_rows(s, BY_AUDITOR)}
        by_team = {r.name: r for r in moderation.agreement_rows(s, BY_TEAM)}
        by_area = {r.name: r for r in moderation.agreement_rows(s, BY_AREA)}

    one = by_auditor["Team Manager One"]
    assert (one.moderated, one.overall.agreed, one.overall.compared) == (1, 0, 1)
    # Areas: (D,D) x1, (E,M) x10, (n/a,n/a) x1: 2 of 12 agreed.
    # Kappa over the 11 graded pairs: observed 1/11 + 0.5 * 10/11 = 66/121;
    # chance 1/121 + 0.5 * (10 + 100)/121 = 56/121; kappa (66-56)/(121-56) = 10/65.
    assert (one.areas.agreed, one.areas.compared) == (2, 12)
    assert one.areas.kappa == pytest.approx(10 / 65)
    assert (one.impact_yes, one.narrative_yes) == (0, 1)
    two = by_auditor["Team Manager Two"]
    assert (two.areas.agreed, two.areas.compared) == (11, 12)
    assert two.areas.kappa == pytest.approx(0.0)
    everyone = by_auditor["Everyone"]
    assert everyone.moderated == 2
    # 22 graded pairs: (M,M)10 (M,D)1 (D,D)1 (E,M)10. Observed 363/484, chance 343/484:
    # kappa = 20/141.
    assert everyone.areas.kappa == pytest.approx(20 / 141)
    assert everyone.overall.kappa is None  # two pairs: too few
    assert everyone.overall.kappa_words == "too few pairs (2 of at least 10)"
    assert by_team["Assessment 1"].areas.agreed == 2
    assert by_team["LAC 1"].areas.agreed == 11
    risk = by_area["Risk"]
    assert (risk.areas.agreed, risk.areas.compared, risk.areas.kappa) == (1, 2, None)
    assert by_area["Plans"].areas.agreed == 1
    assert list(by_area)[:2] == ["Risk", "Involvement"]
    assert {E, M, D} >= {"meets_good"}


def test_demo_moderation_reads_a_share_of_completed_audits(opened: Opened) -> None:
    import random
    from datetime import date

    from qaaudit.demo import moderation as demo_moderation

    with opened.db.writing() as s:
        small_council(s)
        done = demo_moderation.populate(s, date(2017, 11, 20), random.Random(7))
        again = demo_moderation.populate(s, date(2017, 11, 20), random.Random(7))
    with opened.db.reading() as s:
        moderated = moderation.count_queue(s, QueueFilter(moderated=True))
        waiting = moderation.count_queue(s, QueueFilter())
        everyone = moderation.agreement_rows(s, BY_AUDITOR)[-1]
    assert 0 < done < 11
    assert moderated == done + again and waiting == 11 - moderated  # C9: old template
    assert everyone.moderated == moderated
    assert everyone.areas.rate is not None and everyone.areas.rate > 0.7
