"""Someone trying the program fills a database with the fictional council and finds two
years and more of audits that look like a real service's: re-audits linked to the first
audit, the share of good rising, narratives that say evidence and impact, and themselves
as a QA lead with drafts to finish."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened
from qaaudit.demo import council as demo
from qaaudit.domain.audit import completion_problems
from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.services.audit import audits
from qaaudit.services.audit.listing import AuditFilter, count_audits
from qaaudit.services.common.actor import actor_for_login
from qaaudit.store.models import (
    AuditArea,
    CaseFileAudit,
    ChangeRecord,
    Person,
    ServiceArea,
    Team,
)
from tests.factories import complete_form, make_person, make_team

TODAY = date(2017, 11, 20)


def test_the_demo_council_looks_like_a_real_service(any_opened: Opened) -> None:
    db = any_opened.db
    with db.writing() as s:
        summary = demo.populate(s, TODAY, runner_login="tester")

    assert summary.first_month <= date(2015, 11, 1) and summary.last_month == date(2017, 10, 1)
    assert summary.good_share_first_year + 0.08 < summary.good_share_last_year
    with db.reading() as s:
        areas = set(s.scalars(select(ServiceArea.name)))
        assert {"Help and Protection", "Looked After Children", "Youth Offending Services"} <= areas
        teams = set(s.scalars(select(Team.name)))
        assert {"Assessment Team 1", "Route 21", "Children's Disability Team", "Fostering"} <= teams
        names = set(s.scalars(select(Person.name).where(Person.login.startswith("demo."))))
        assert len(names) >= 40
        assert {"Agnieszka Wiśniewska", "Dafydd ap Gruffydd", "مريم الحسن", "יעל כהן"} <= names

        rows = s.execute(
            select(
                CaseFileAudit.id,
                CaseFileAudit.case_number,
                CaseFileAudit.audit_month,
                CaseFileAudit.previous_audit_id,
                CaseFileAudit.status,
                CaseFileAudit.headline,
                CaseFileAudit.auditor_id,
            )
        ).all()
        by_id = {r.id: r for r in rows}
        completed = [r for r in rows if r.status == "completed"]
        assert len(completed) == summary.audits >= 24 * 35
        assert all(r.case_number.startswith("DEMO-") for r in rows)
        per_month = Counter(r.audit_month for r in completed)
        assert len(per_month) >= 24 and min(per_month.values()) >= 30
        re_audits = [r for r in completed if r.previous_audit_id is not None]
        assert 0.10 <= len(re_audits) / len(completed) <= 0.20
        for r in re_audits:
            earlier = by_id[r.previous_audit_id]
            assert earlier.case_number == r.case_number
            assert earlier.audit_month < r.audit_month
        # Most managers audit once a month.
        per_manager_month = Counter((r.auditor_id, r.audit_month) for r in completed)
        assert max(per_manager_month.values()) == 1

        instrument = current_audit_instrument()
        for audit_id in random.Random(1).sample([r.id for r in completed], 40):
            record = audits.load_audit(s, audit_id)
            assert completion_problems(instrument, record.form, TODAY) == []
            for entry in record.form.areas.values():
                if entry.judgement not in (None, "not_applicable"):
                    assert len(entry.evidence) > 40 and len(entry.impact) > 20
            if record.form.overall == "does_not_meet_good":
                assert record.form.actions
        history = s.scalar(
            select(func.count(ChangeRecord.id)).where(ChangeRecord.entity == "case_file_audit")
        )
        assert history == len(rows) + len(completed)
        # Every judgement carries its audit's month and status, which the trends read.
        judgements = s.execute(
            select(AuditArea.audit_id, AuditArea.audit_month, AuditArea.status)
        ).all()
        assert len(judgements) >= 12 * len(rows)
        for j in judgements:
            assert (j.audit_month, j.status) == (
                by_id[j.audit_id].audit_month,
                by_id[j.audit_id].status,
            )

        runner = actor_for_login(s, "tester", create=False)
        assert {"qa_lead", "auditor"} <= runner.roles and runner.team_id is not None
        assert count_audits(s, runner, AuditFilter()) == len(rows)  # a QA lead sees all
        mine = count_audits(s, runner, AuditFilter(auditor_id=runner.id, status="draft"))
        assert mine == 2


def test_demo_data_is_never_added_twice(opened: Opened) -> None:
    with opened.db.writing() as s:
        first = demo.populate(s, TODAY, runner_login="tester")
    with opened.db.writing() as s, pytest.raises(demo.DemoRefused, match="already holds demo"):
        demo.populate(s, TODAY, runner_login="tester")
    with opened.db.reading() as s:
        total = s.scalar(select(func.count(CaseFileAudit.id)))
    assert total == first.audits + first.drafts


def test_demo_data_is_not_mixed_into_real_audits(opened: Opened) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m1", "Manager One", team=team)
        audits.create_audit(s, manager, complete_form(team.id), TODAY)
    with opened.db.writing() as s, pytest.raises(demo.DemoRefused, match="real audits"):
        demo.populate(s, TODAY)


def test_the_demo_also_fills_the_plan_people_in_roles_and_moderation(opened: Opened) -> None:
    from qaaudit.store.quality import Moderation
    from qaaudit.store.schedule import QafPlan, RoleAssignment, ScheduleActivity

    with opened.db.writing() as s:
        demo.populate(s, TODAY, runner_login="tester")
    with opened.db.reading() as s:
        years = set(s.scalars(select(QafPlan.year)))
        assert 2017 in years
        assert (s.scalar(select(func.count(RoleAssignment.id))) or 0) >= 20
        assert (s.scalar(select(func.count(ScheduleActivity.id))) or 0) > 0
        moderated = s.scalar(select(func.count(Moderation.id))) or 0
        completed = s.scalar(
            select(func.count(CaseFileAudit.id)).where(CaseFileAudit.status == "completed")
        )
    assert 0 < moderated < (completed or 0)
