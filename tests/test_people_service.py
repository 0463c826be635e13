"""People and their roles, as a QA lead manages them: someone is added before they first
sign in and finds their roles waiting; only QA leads and administrators change people;
the last administrator stays one; two people editing the same person are told apart.
Every story runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from qaaudit.bootstrap import Opened
from qaaudit.domain.roles import ROLE_KEYS
from qaaudit.services.common.actor import Actor, actor_for_login
from qaaudit.services.common.drafts import keep
from qaaudit.services.common.history import changes_for
from qaaudit.services.people.admin import (
    NotAllowed,
    PersonDetails,
    ValidationFailed,
    add_person,
    list_people,
    set_active,
    update_person,
)
from qaaudit.store.errors import ConflictError
from qaaudit.store.models import ROLES
from tests.factories import make_person, make_team


def _team(
    opened: Opened, name: str = "Assessment Team 1", area: str = "Help and Protection"
) -> int:
    with opened.db.writing() as s:
        return make_team(s, name, area).id


def _person(opened: Opened, login: str, name: str, roles: tuple[str, ...]) -> Actor:
    with opened.db.writing() as s:
        return make_person(s, login, name, roles)


def _row(opened: Opened, login: str):  # type: ignore[no-untyped-def]
    with opened.db.reading() as s:
        [row] = [p for p in list_people(s) if p.login == login]
    return row


def test_the_roles_the_window_offers_are_the_roles_the_store_knows() -> None:
    assert ROLE_KEYS == ROLES


def test_qa_lead_adds_a_manager_who_finds_their_team_and_roles_at_first_sign_in(
    any_opened: Opened,
) -> None:
    lead = any_opened.actor  # the first person in the database: every role
    team_id = _team(any_opened)
    with any_opened.db.writing() as s:
        added = add_person(
            s,
            lead,
            PersonDetails(
                "Jo.Bloggs",
                "  Jo   Bloggs ",
                "jo.bloggs@council.gov.uk",
                team_id,
                frozenset({"auditor", "service_manager"}),
            ),
        )
    assert (added.name, added.team, added.service_area) == (
        "Jo Bloggs",
        "Assessment Team 1",
        "Help and Protection",
    )
    assert added.roles == ("auditor", "service_manager")
    assert added.last_seen is None

    # Windows gives the login in whatever case it was typed at sign-in.
    with any_opened.db.writing() as s:
        jo = actor_for_login(s, "jo.bloggs")
    assert jo.id == added.id
    assert jo.roles == {"auditor", "service_manager"}
    assert (jo.team_id, jo.service_area_id) == (team_id, added.service_area_id)

    with any_opened.db.reading() as s:
        history = {(c.field, c.new_value) for c in changes_for(s, "person", added.id)}
        logins = [p.login for p in list_people(s)]
    assert ("created", "Jo.Bloggs") in history
    assert ("roles", "auditor, service_manager") in history
    assert ("team", "Assessment Team 1 (Help and Protection)") in history
    assert sorted(logins) == sorted(["Jo.Bloggs", lead.login])


def test_later_unknown_logins_start_as_auditors_without_a_team(any_opened: Opened) -> None:
    assert any_opened.actor.roles == set(ROLES)
    with any_opened.db.writing() as s:
        newcomer = actor_for_login(s, "sam.new")
    assert newcomer.roles == {"auditor"}
    assert newcomer.team_id is None


def test_a_login_belongs_to_one_person_whatever_its_case(any_opened: Opened) -> None:
    lead = any_opened.actor
    with any_opened.db.writing() as s:
        add_person(s, lead, PersonDetails("jbloggs", "Jo Bloggs"))
    with pytest.raises(ValidationFailed) as refused, any_opened.db.writing() as s:
        add_person(s, lead, PersonDetails("JBloggs", "Joanna Bloggs"))
    [problem] = refused.value.problems
    assert problem.field == "login"
    assert "Someone already has the login “JBloggs”" in problem.message

    other = _row(any_opened, any_opened.actor.login)
    with pytest.raises(ValidationFailed) as again, any_opened.db.writing() as s:
        update_person(s, lead, other.id, other.details, replace(other.details, login="jbloggs"))
    assert again.value.problems[0].field == "login"
    with any_opened.db.reading() as s:
        assert sorted(p.name for p in list_people(s)) == sorted(["Jo Bloggs", lead.name])


def test_blank_names_bad_emails_and_no_roles_are_each_said_at_their_field(
    any_opened: Opened,
) -> None:
    with pytest.raises(ValidationFailed) as refused, any_opened.db.writing() as s:
        add_person(s, any_opened.actor, PersonDetails(" ", "", "not an address", None, frozenset()))
    assert {p.field for p in refused.value.problems} == {"login", "name", "email", "roles"}


def test_only_qa_leads_and_administrators_change_people(any_opened: Opened) -> None:
    auditor = _person(any_opened, "a.auditor", "Ann Auditor", ("auditor", "service_manager"))
    target = _row(any_opened, "a.auditor")
    with pytest.raises(NotAllowed) as refused, any_opened.db.writing() as s:
        add_person(s, auditor, PersonDetails("someone", "Some One"))
    assert "Only a QA lead or an administrator" in str(refused.value)
    with pytest.raises(NotAllowed), any_opened.db.writing() as s:
        update_person(
            s,
            auditor,
            target.id,
            target.details,
            replace(target.details, roles=frozenset({"qa_lead"})),
        )
    assert _row(any_opened, "a.auditor").roles == ("auditor", "service_manager")


def test_a_qa_lead_who_is_not_an_administrator_cannot_make_or_unmake_one(
    any_opened: Opened,
) -> None:
    lead = _person(any_opened, "q.lead", "Quinn Lead", ("qa_lead",))
    admin = _row(any_opened, any_opened.actor.login)
    with pytest.raises(NotAllowed, match="Only an administrator"), any_opened.db.writing() as s:
        add_person(s, lead, PersonDetails("new.admin", "New Admin", roles=frozenset({"admin"})))
    with pytest.raises(NotAllowed, match="Only an administrator"), any_opened.db.writing() as s:
        update_person(
            s, lead, admin.id, admin.details, replace(admin.details, roles=frozenset({"qa_lead"}))
        )
    with pytest.raises(NotAllowed, match="Only an administrator"), any_opened.db.writing() as s:
        set_active(s, lead, admin.id, admin.details, False)

    # Everything else about an administrator the QA lead may change.
    with any_opened.db.writing() as s:
        update_person(
            s, lead, admin.id, admin.details, replace(admin.details, name="Pat Administrator")
        )
    assert _row(any_opened, any_opened.actor.login).name == "Pat Administrator"
    assert "admin" in _row(any_opened, any_opened.actor.login).roles


def test_the_last_active_administrator_keeps_the_role_until_there_is_another(
    any_opened: Opened,
) -> None:
    me = any_opened.actor
    mine = _row(any_opened, any_opened.actor.login)
    only_qa_lead = replace(mine.details, roles=frozenset({"qa_lead"}))
    with pytest.raises(NotAllowed, match="last active administrator"), any_opened.db.writing() as s:
        update_person(s, me, mine.id, mine.details, only_qa_lead)
    assert "admin" in _row(any_opened, any_opened.actor.login).roles

    bea_actor = _person(any_opened, "b.other", "Bea Other", ("qa_lead",))
    bea = _row(any_opened, "b.other")
    with any_opened.db.writing() as s:
        update_person(
            s, me, bea.id, bea.details, replace(bea.details, roles=frozenset({"qa_lead", "admin"}))
        )
    with any_opened.db.writing() as s:
        update_person(s, me, mine.id, mine.details, only_qa_lead)
    assert _row(any_opened, any_opened.actor.login).roles == ("qa_lead",)

    # Now Bea is the only one, and the same rule holds for her (signed in as the
    # administrator she now is).
    bea = _row(any_opened, "b.other")
    bea_actor = replace(bea_actor, roles=frozenset(bea.roles))
    with pytest.raises(NotAllowed, match="last active administrator"), any_opened.db.writing() as s:
        update_person(
            s, bea_actor, bea.id, bea.details, replace(bea.details, roles=frozenset({"qa_lead"}))
        )
    assert "admin" in _row(any_opened, "b.other").roles


def test_nobody_can_deactivate_themselves(any_opened: Opened) -> None:
    _person(any_opened, "b.other", "Bea Other", ("admin",))
    mine = _row(any_opened, any_opened.actor.login)
    with (
        pytest.raises(NotAllowed, match="cannot deactivate yourself"),
        any_opened.db.writing() as s,
    ):
        set_active(s, any_opened.actor, mine.id, mine.details, False)


def test_two_administrators_giving_up_the_role_at_once_leave_one(any_opened: Opened) -> None:
    """Each sees the other still an administrator; the second to save waits for the first
    and is then refused, so there is never no administrator."""
    me = any_opened.actor
    bea_actor = _person(any_opened, "b.other", "Bea Other", ("admin",))
    mine, bea = _row(any_opened, any_opened.actor.login), _row(any_opened, "b.other")
    mine_saving = threading.Event()
    outcome: list[BaseException | None] = []

    def bea_gives_up_admin() -> None:
        mine_saving.wait(10)
        try:
            with any_opened.db.writing() as s:
                update_person(
                    s,
                    bea_actor,
                    bea.id,
                    bea.details,
                    replace(bea.details, roles=frozenset({"qa_lead"})),
                )
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    second = threading.Thread(target=bea_gives_up_admin)
    second.start()
    with any_opened.db.writing() as s:
        update_person(
            s, me, mine.id, mine.details, replace(mine.details, roles=frozenset({"qa_lead"}))
        )
        mine_saving.set()
        second.join(0.5)  # Bea saves while my change is not yet committed
    second.join(30)
    assert not second.is_alive()
    [refusal] = outcome
    assert isinstance(refusal, NotAllowed)
    assert "last active administrator" in str(refusal)
    with any_opened.db.reading() as s:
        admins = [p.login for p in list_people(s) if "admin" in p.roles and p.active]
    assert admins == ["b.other"]


def test_second_editor_is_told_what_changed_and_nothing_is_overwritten(
    any_opened: Opened,
) -> None:
    lead = any_opened.actor
    team_a = _team(any_opened, "Assessment Team 1")
    team_b = _team(any_opened, "Assessment Team 2")
    with any_opened.db.writing() as s:
        added = add_person(s, lead, PersonDetails("sam", "Sam Okafor", team_id=team_a))
    opened_by_both = added.details
    with any_opened.db.writing() as s:
        update_person(s, lead, added.id, opened_by_both, replace(opened_by_both, team_id=team_b))
    with pytest.raises(ConflictError) as told, any_opened.db.writing() as s:
        update_person(
            s,
            lead,
            added.id,
            opened_by_both,
            replace(opened_by_both, email="sam.okafor@council.gov.uk"),
        )
    assert "Someone else changed this person" in told.value.message
    assert told.value.differences == [
        (
            "Team",
            "Assessment Team 1 (Help and Protection)",
            "Assessment Team 2 (Help and Protection)",
        )
    ]
    row = _row(any_opened, "sam")
    assert (row.team, row.email) == ("Assessment Team 2", "")

    # Saving again from what is stored now goes through.
    with any_opened.db.writing() as s:
        update_person(
            s, lead, added.id, row.details, replace(row.details, email="sam.okafor@council.gov.uk")
        )
    assert _row(any_opened, "sam").email == "sam.okafor@council.gov.uk"


def test_a_deactivated_person_keeps_their_history_and_can_come_back(any_opened: Opened) -> None:
    lead = any_opened.actor
    with any_opened.db.writing() as s:
        added = add_person(s, lead, PersonDetails("leaver", "Lee Leaver"))
    with any_opened.db.writing() as s:
        set_active(s, lead, added.id, added.details, False)
    assert _row(any_opened, "leaver").active is False
    with any_opened.db.writing() as s:
        set_active(s, lead, added.id, _row(any_opened, "leaver").details, True)
    with any_opened.db.reading() as s:
        actives = [(c.field, c.old_value, c.new_value) for c in changes_for(s, "person", added.id)]
    assert actives[-2:] == [("active", "yes", "no"), ("active", "no", "yes")]


def test_a_person_cannot_be_put_in_a_team_that_is_no_longer_active(any_opened: Opened) -> None:
    from qaaudit.services.people.teams import set_team_active

    team_id = _team(any_opened, "Closed Team")
    with any_opened.db.writing() as s:
        set_team_active(s, any_opened.actor, team_id, "Closed Team", False)
    with pytest.raises(ValidationFailed) as refused, any_opened.db.writing() as s:
        add_person(s, any_opened.actor, PersonDetails("x", "X Person", team_id=team_id))
    assert refused.value.problems[0].field == "team"
    assert "no longer active" in refused.value.problems[0].message


def test_last_seen_is_when_they_last_saved_a_draft_or_had_the_program_open(
    any_opened: Opened,
) -> None:
    with any_opened.db.writing() as s:
        quiet = make_person(s, "quiet", "Quiet Person")
        busy = make_person(s, "busy", "Busy Person")
        keep(s, busy, "audit:new", {"case_number": ""}, title="New audit")
    assert _row(any_opened, "quiet").last_seen is None
    assert _row(any_opened, "busy").last_seen is not None
    # The person running this test has the database open now.
    assert _row(any_opened, any_opened.actor.login).last_seen is not None
    assert quiet.id != busy.id
