"""The demo step: the 2017 plan, a plan per demo year, the demo's people in roles, and
activities recorded, so that every manager sees a due list."""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy import func, select

from qaaudit.bootstrap import Opened
from qaaudit.demo import schedule as demo_schedule
from qaaudit.services.audit import audits
from qaaudit.services.schedule.compliance import compliance_totals
from qaaudit.services.schedule.due import due_list
from qaaudit.services.schedule.plan import plan_years
from qaaudit.services.schedule.roles import list_assignments
from qaaudit.store.schedule import ScheduleActivity
from tests.factories import complete_form, make_person, make_team

TODAY = date(2018, 5, 14)


def test_demo_step_plans_assigns_and_records(opened: Opened) -> None:
    db = opened.db
    with db.writing() as s:
        hp = make_team(s, "Assessment Team 1", "Help and Protection")
        r21 = make_team(s, "Route 21", "Looked After Children")
        make_person(s, "demo.lead", "Demo Lead", ("qa_lead", "auditor", "moderator"), hp)
        tm = make_person(s, "demo.tm", "Tess Manager", ("auditor",), hp)
        make_person(s, "demo.sm", "Sian Manager", ("auditor", "service_manager"), hp)
        make_person(s, "demo.r21", "Rhys Route", ("auditor",), r21)
        record = audits.create_audit(s, tm, complete_form(hp.id, "DEMO-1", date(2018, 4, 1)), TODAY)
        audits.complete_audit(
            s,
            tm,
            record.id,
            record.version,
            complete_form(hp.id, "DEMO-1", date(2018, 4, 1)),
            TODAY,
        )
        demo_schedule.populate(s, TODAY, random.Random(7))
    with db.reading() as s:
        assert plan_years(s) == [2017, 2018]
        held = {(a.person, a.role, a.line) for a in list_assignments(s)}
        activities = s.scalar(select(func.count(ScheduleActivity.id)))
        january = due_list(s, tm.id, date(2018, 1, 1), TODAY)
        april = due_list(s, tm.id, date(2018, 4, 1), TODAY)
        due, done = compliance_totals(s, "Help and Protection", date(2018, 1, 1), date(2018, 4, 30))
    assert ("Tess Manager", "Team Manager - Social Care", "") in held
    assert ("Sian Manager", "Service Manager", "") in held
    assert ("Rhys Route", "Route 21 - Team Managers", "") in held
    assert ("Demo Lead", "Visit LAC in Placement", "SLT member 1") in held
    assert ("Demo Lead", "Quality Assurance", "") in held
    assert activities > 0
    # Her one audit, completed in April, pays off the oldest audit owed: January's.
    assert [(i.task, i.status, i.done_on) for i in january.due] == [
        ("Case File", "done", (date(2018, 4, 1),))
    ]
    assert [(i.task, i.status) for i in april.due] == [("Case File", "overdue")]
    assert 0 < done < due

    with db.writing() as s:  # a second run adds no one twice
        demo_schedule.populate(s, TODAY, random.Random(7))
    with db.reading() as s:
        assert len(list_assignments(s)) == len(held)
