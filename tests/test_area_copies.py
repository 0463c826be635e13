"""Every practice area judgement carries its audit's month and status, so that the trend
of one practice area over ten years reads one table. Whoever writes (the audit editor,
the demo, an import writing rows straight to the tables, someone with a database tool),
the copies stay the audit's, and the QA lead's trend counts each judgement in its
audit's month, once it is completed. (The demo is checked in test_demo.py.)"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import insert, select, text, update

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.services.trends import figures as trends
from qaaudit.services.trends.figures import TrendFilter
from qaaudit.store.models import AuditArea, CaseFileAudit
from tests.factories import complete_form, make_person, make_team

TODAY = date(2017, 5, 10)
MARCH, APRIL = date(2017, 3, 1), date(2017, 4, 1)


def copies(opened: Opened, audit_id: int) -> set[tuple[date | None, str | None]]:
    with opened.db.reading() as s:
        return set(
            s.execute(
                select(AuditArea.audit_month, AuditArea.status).where(
                    AuditArea.audit_id == audit_id
                )
            ).all()
        )


def plans_by_month(opened: Opened) -> dict[date, tuple[int, int]]:
    with opened.db.reading() as s:
        found = trends.month_shares(s, TrendFilter(MARCH, APRIL, area_key="plans"))
    return {month: (share.good, share.total) for month, share in found.items()}


def test_a_draft_moved_to_another_month_then_completed_counts_in_that_month(
    any_opened: Opened,
) -> None:
    with any_opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "sam", "Sam Okafor", team=team)
    form = complete_form(team.id, month=MARCH)
    with any_opened.db.writing() as s:
        draft = audits.create_audit(s, manager, replace(form, areas={}), TODAY)
    assert copies(any_opened, draft.id) == {(MARCH, "draft")}
    assert plans_by_month(any_opened) == {}  # a draft is not in any trend

    with any_opened.db.writing() as s:
        saved = audits.save_draft(
            s, manager, draft.id, draft.version, replace(form, audit_month=APRIL), TODAY
        )
    assert copies(any_opened, draft.id) == {(APRIL, "draft")}

    with any_opened.db.writing() as s:
        audits.complete_audit(
            s, manager, draft.id, saved.version, replace(form, audit_month=APRIL), TODAY
        )
    assert copies(any_opened, draft.id) == {(APRIL, "completed")}
    assert plans_by_month(any_opened) == {APRIL: (1, 1)}


def test_judgements_written_straight_to_the_tables_take_their_audits_month(
    any_opened: Opened,
) -> None:
    """As an import or a bulk load does: rows with no copies, or wrong ones."""
    with any_opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "sam", "Sam Okafor", team=team)
        audit_id = s.execute(
            insert(CaseFileAudit)
            .values(
                case_number="CN200001",
                auditor_id=manager.id,
                team_id=team.id,
                audit_month=MARCH,
                status="completed",
                headline="good",
                overall="meets_good",
                template_version="2017.1",
                version_id=1,
            )
            .returning(CaseFileAudit.id)
        ).scalar_one()
        s.execute(
            insert(AuditArea),
            [
                {"audit_id": audit_id, "area_key": "plans", "judgement": "meets_good"},
                {
                    "audit_id": audit_id,
                    "area_key": "risk",
                    "judgement": "does_not_meet_good",
                    "audit_month": date(2009, 1, 1),
                    "status": "draft",
                },
            ],
        )
    assert copies(any_opened, audit_id) == {(MARCH, "completed")}
    assert plans_by_month(any_opened) == {MARCH: (1, 1)}

    # Someone with a database tool moves the audit, then edits a copy by hand.
    with any_opened.db.writing() as s:
        s.execute(
            update(CaseFileAudit).where(CaseFileAudit.id == audit_id).values(audit_month=APRIL)
        )
    assert copies(any_opened, audit_id) == {(APRIL, "completed")}
    with any_opened.db.writing() as s:
        s.execute(text("UPDATE audit_area SET status = 'draft', audit_month = '2011-01-01'"))
    assert copies(any_opened, audit_id) == {(APRIL, "completed")}
    assert plans_by_month(any_opened) == {APRIL: (1, 1)}
