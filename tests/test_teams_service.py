"""Service areas and teams, as a QA lead keeps them: a new team is added to its service
area, renamed when the service restructures, and deactivated when it closes; its audits
keep it. On SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit import AuditForm
from qaaudit.services.audit import audits
from qaaudit.services.audit.listing import AuditFilter, list_audits
from qaaudit.services.common.actor import team_choices
from qaaudit.services.common.history import changes_for
from qaaudit.services.people.admin import NotAllowed, ValidationFailed
from qaaudit.services.people.teams import (
    add_service_area,
    add_team,
    list_service_areas,
    list_teams,
    rename_service_area,
    rename_team,
    set_team_active,
)
from qaaudit.store.errors import ConflictError
from tests.factories import complete_form, make_person

TODAY = date(2017, 11, 20)


def test_a_closed_team_keeps_its_audits_and_leaves_the_team_lists(any_opened: Opened) -> None:
    lead, db = any_opened.actor, any_opened.db
    with db.writing() as s:
        area = add_service_area(s, lead, "  Early Help  and Prevention ")
        team = add_team(s, lead, area.id, "Family Support North")
        manager = make_person(s, "fs.manager", "Faye Manager")
        form = complete_form(team.id)
        record = audits.create_audit(
            s, manager, AuditForm(case_number="CN100234", audit_month=date(2017, 3, 1)), TODAY
        )
        saved = audits.save_draft(s, manager, record.id, record.version, form, TODAY)
        audits.complete_audit(s, manager, record.id, saved.version, form, TODAY)
    assert area.name == "Early Help and Prevention"

    with db.writing() as s:
        rename_team(s, lead, team.id, "Family Support North", "Family Support (North)")
    with db.writing() as s:
        set_team_active(s, lead, team.id, "Family Support (North)", False)

    with db.reading() as s:
        [row] = [t for t in list_teams(s) if t.id == team.id]
        listed = list_audits(s, lead, AuditFilter())
        choices = [c.name for c in team_choices(s)]
        history = [(c.field, c.old_value, c.new_value) for c in changes_for(s, "team", team.id)]
        areas = {a.name: a.teams for a in list_service_areas(s)}
    assert (row.name, row.active, row.audits) == ("Family Support (North)", False, 1)
    assert [a.team for a in listed] == ["Family Support (North)"]
    assert "Family Support (North)" not in choices
    assert areas == {"Early Help and Prevention": 1}
    assert history == [
        ("created", None, "Family Support North (Early Help and Prevention)"),
        ("name", "Family Support North", "Family Support (North)"),
        ("active", "yes", "no"),
    ]

    with db.writing() as s:
        set_team_active(s, lead, team.id, "Family Support (North)", True)
    with db.reading() as s:
        assert "Family Support (North)" in [c.name for c in team_choices(s)]


def test_names_are_unique_within_their_place_whatever_their_case(any_opened: Opened) -> None:
    lead, db = any_opened.actor, any_opened.db
    with db.writing() as s:
        help_area = add_service_area(s, lead, "Help and Protection")
        lac = add_service_area(s, lead, "Looked After Children")
        add_team(s, lead, help_area.id, "Assessment Team 1")
        # The same team name in another service area is another team.
        add_team(s, lead, lac.id, "Assessment Team 1")
    with pytest.raises(ValidationFailed) as same_team, db.writing() as s:
        add_team(s, lead, help_area.id, "assessment team 1")
    assert "Help and Protection already has a team called" in str(same_team.value)
    with pytest.raises(ValidationFailed) as same_area, db.writing() as s:
        rename_service_area(s, lead, lac.id, "Looked After Children", "HELP AND PROTECTION")
    assert "There is already a service area called" in str(same_area.value)
    with pytest.raises(ValidationFailed, match="Give the team a name"), db.writing() as s:
        add_team(s, lead, lac.id, "   ")
    with db.reading() as s:
        assert [t.label for t in list_teams(s)] == [
            "Assessment Team 1 (Help and Protection)",
            "Assessment Team 1 (Looked After Children)",
        ]


def test_renaming_what_someone_else_renamed_first_is_refused(any_opened: Opened) -> None:
    lead, db = any_opened.actor, any_opened.db
    with db.writing() as s:
        area = add_service_area(s, lead, "Youth Offending Services")
    with db.writing() as s:
        rename_service_area(s, lead, area.id, "Youth Offending Services", "Youth Justice")
    with pytest.raises(ConflictError) as told, db.writing() as s:
        rename_service_area(s, lead, area.id, "Youth Offending Services", "YOS")
    assert told.value.differences == [("Name", "YOS", "Youth Justice")]
    with db.reading() as s:
        assert [a.name for a in list_service_areas(s)] == ["Youth Justice"]
        renamed = changes_for(s, "service_area", area.id)
    assert [(c.field, c.new_value) for c in renamed] == [
        ("created", "Youth Offending Services"),
        ("name", "Youth Justice"),
    ]


def test_only_qa_leads_and_administrators_change_teams(any_opened: Opened) -> None:
    lead, db = any_opened.actor, any_opened.db
    with db.writing() as s:
        area = add_service_area(s, lead, "Help and Protection")
        team = add_team(s, lead, area.id, "Assessment Team 1")
        manager = make_person(s, "sm", "Sid Manager", ("auditor", "service_manager", "moderator"))
    for attempt in (
        lambda s: add_service_area(s, manager, "Mine"),
        lambda s: add_team(s, manager, area.id, "Mine"),
        lambda s: rename_team(s, manager, team.id, "Assessment Team 1", "Mine"),
        lambda s: set_team_active(s, manager, team.id, "Assessment Team 1", False),
    ):
        with pytest.raises(NotAllowed), db.writing() as s:
            attempt(s)
    with db.reading() as s:
        assert [(t.name, t.active) for t in list_teams(s)] == [("Assessment Team 1", True)]
