"""The demo council's service managers have confirmed most corrective actions."""

from __future__ import annotations

import random
from datetime import date, datetime

from qaaudit.bootstrap import Opened
from qaaudit.demo.corrective import NOTES, populate
from qaaudit.services.common.history import changes_for
from qaaudit.services.corrective import actions as corrective
from qaaudit.store.models import CaseFileAudit
from tests.factories import make_person, make_team

TODAY = date(2017, 11, 20)


def test_demo_opens_and_confirms_most_corrective_actions(opened: Opened) -> None:
    with opened.db.writing() as s:
        hp = make_team(s, "Assessment Team 1", "Help and Protection")
        lac = make_team(s, "LAC Team 2", "Looked After Children")
        auditor = make_person(s, "tm", "Tara Manager", team=hp)
        make_person(s, "sm1", "Sam Service", ("service_manager",), hp)
        make_person(s, "sm2", "Sal Service", ("service_manager",), lac)
        for n in range(40):
            month = date(2017, 1 + n % 11, 1)
            s.add(
                CaseFileAudit(
                    case_number=f"D{n}",
                    auditor_id=auditor.id,
                    team_id=(hp if n % 2 else lac).id,
                    audit_month=month,
                    overall="does_not_meet_good",
                    headline="not_yet_good",
                    status="completed",
                    template_version="2017.1",
                    completed_at=datetime(month.year, month.month, 15),
                )
            )
    with opened.db.writing() as s:
        populate(s, TODAY, random.Random(7))
    with opened.db.reading() as s:
        rows = corrective.list_corrective(
            s, opened.actor, corrective.CorrectiveFilter(show=corrective.EVERY), TODAY
        )
        history = changes_for(s, "corrective_action", rows[0].id)
    assert len(rows) == 40
    past_due = [r for r in rows if r.due_on < TODAY]
    confirmed = [r for r in past_due if r.status == "confirmed"]
    assert 0.6 * len(past_due) <= len(confirmed) < len(past_due)  # most, not all
    assert any(r.state(TODAY) == "confirmed late" for r in confirmed)
    for row in confirmed:
        assert row.audit_month <= row.confirmed_on <= TODAY
        assert row.note in NOTES
        # Each by the service manager for the team's own service area.
        expected = "Sam Service" if row.team == "Assessment Team 1" else "Sal Service"
        assert row.confirmed_by == expected
    assert history[0].field == "opened"
