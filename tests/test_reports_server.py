"""Audit reports and action plans on a shared server, tried in psql with each person's own
login (through psycopg, not the program): the database itself lets a Strategic Lead
change only their own action plan items, keeps the reports for those who receive them,
never lets a progress update be rewritten, and keeps a re-audit's answers with the
re-audit."""

# The council fixture is the server tests' own, imported with its name.
# ruff: noqa: F811
from __future__ import annotations

from datetime import date

import psycopg
import pytest

from qaaudit.bootstrap import open_for_use
from qaaudit.domain.audit_report import parse_quarter
from qaaudit.services.audit import audits, earlier_actions
from qaaudit.services.reports import action_plans, reports
from tests.conftest import TODAY
from tests.factories import complete_form
from tests.server_support import plain
from tests.test_server_setup import Council, _count, _try, council, secured_url  # noqa: F401

pytestmark = pytest.mark.postgres


def test_strategic_leads_change_only_their_own_action_plan_items(council: Council) -> None:
    hp_team = council.people["auditor"][1].team_id
    care_team = council.people["other_area"][1].team_id
    hana_url, hana = council.logins.person("Hana Hughes", ("strategic_lead",), hp_team)
    cara_url, cara = council.logins.person("Cara Care", ("strategic_lead",), care_team)
    lead = open_for_use(council.people["qa_lead"][0])
    try:
        with lead.db.writing() as s:
            reports.draft_report(s, lead.actor, parse_quarter("2017Q1"), TODAY)
            ids = [
                action_plans.add_item(
                    s,
                    lead.actor,
                    service_area_id=owner.service_area_id,
                    owner_id=owner.id,
                    action=f"Action for {owner.name}",
                    due_on=date(2017, 6, 30),
                ).id
                for owner in (hana, cara)
            ]
    finally:
        lead.db.dispose()
    hana_item, cara_item = ids

    # Who reads them: not an auditor, nor someone with no role.
    for who, seen in (("auditor", 0), ("no_role", 0), ("service_manager", 2), ("moderator", 2)):
        assert _count(_url(council, who), "SELECT count(*) FROM action_plan_item") == seen, who
        assert _count(_url(council, who), "SELECT count(*) FROM audit_report") == seen // 2, who
    assert _count(hana_url, "SELECT count(*) FROM action_plan_item") == 2

    # Hana changes her own item only, and adds progress only to her own.
    assert _try(hana_url, "UPDATE action_plan_item SET progress = 'amber'") == "ok 1"
    assert (
        _try(cara_url, "UPDATE action_plan_item SET progress = 'green' WHERE id = %s", hana_item)
        == "ok 0"
    )
    assert (
        _try(
            hana_url,
            "INSERT INTO action_plan_update (item_id, at, person_id, progress, note) "
            "VALUES (%s, now(), %s, 'amber', 'Briefed')",
            hana_item,
            hana.id,
        )
        == "ok 1"
    )
    refused = _try(
        hana_url,
        "INSERT INTO action_plan_update (item_id, at, person_id, progress, note) "
        "VALUES (%s, now(), %s, 'green', 'Not mine')",
        cara_item,
        hana.id,
    )
    assert "row-level security" in refused
    # Nobody rewrites a progress update, not even the QA lead.
    assert _try(_url(council, "qa_lead"), "UPDATE action_plan_update SET note = 'x'") == "ok 0"
    assert _try(_url(council, "qa_lead"), "DELETE FROM action_plan_update") == "ok 0"
    # Reports and meeting decisions are the QA lead's and administrators'.
    assert _try(hana_url, "UPDATE audit_report SET title = 'Mine'") == "ok 0"
    assert _try(_url(council, "admin"), "UPDATE audit_report SET title = title") == "ok 1"
    assert "row-level security" in _try(
        hana_url,
        "INSERT INTO qa_meeting (quarter_start, notes, created_at, updated_at, "
        "version_id) VALUES ('2017-07-01', '', now(), now(), 1)",
    )
    # A Strategic Lead adds an item only for themself, in their own service area.
    add = (
        "INSERT INTO action_plan_item (service_area_id, owner_id, action, due_on, progress, "
        "status, created_at, updated_at, version_id) "
        "VALUES (%s, %s, 'x', '2017-09-30', 'red', 'open', now(), now(), 1)"
    )
    assert _try(hana_url, add, hana.service_area_id, hana.id) == "ok 1"
    assert "row-level security" in _try(hana_url, add, cara.service_area_id, hana.id)
    assert "row-level security" in _try(hana_url, add, hana.service_area_id, cara.id)


def test_a_reaudits_answers_are_its_auditors_while_it_is_a_draft(council: Council) -> None:
    url, auditor = council.people["auditor"]
    team = auditor.team_id
    assert team is not None
    opened = open_for_use(url)
    try:
        with opened.db.writing() as s:
            earlier = audits.create_audit(s, opened.actor, complete_form(team, "RE100"), TODAY)
            audits.complete_audit(
                s, opened.actor, earlier.id, earlier.version, complete_form(team, "RE100"), TODAY
            )
            later = audits.create_audit(
                s, opened.actor, complete_form(team, "RE100", month=date(2017, 9, 1)), TODAY
            )
            view = earlier_actions.side_by_side(s, later.id)
            assert view is not None
            earlier_actions.record_answers(
                s, opened.actor, later.id, {view.actions[0].id: ("done", "")}
            )
    finally:
        opened.db.dispose()
    change = "UPDATE earlier_action_check SET answer = 'not_done'"
    assert _try(_url(council, "colleague"), change) == "ok 0"
    assert _try(url, change) == "ok 1"
    assert _count(_url(council, "other_area"), "SELECT count(*) FROM earlier_action_check") == 0
    assert _count(_url(council, "qa_lead"), "SELECT count(*) FROM earlier_action_check") == 1
    with psycopg.connect(plain(url)) as connection:
        row = connection.execute("SELECT answer FROM earlier_action_check").fetchone()
    assert row == ("not_done",)


def _url(council: Council, who: str) -> str:
    return council.people[who][0]
