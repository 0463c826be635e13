"""Row-level security on the server, written to mirror the program's own rules.

Each policy reads who is asking through functions owned by ``qaaudit_owner`` and run as it
(SECURITY DEFINER, with a fixed search_path), keyed on ``session_user``: the person whose
login (compared without regard to case, as Windows logins are) is active in the program's
own table of people, and the roles that table gives them.
A login with no person record, or a person switched off, has no roles and no person id, so
every policy below lets them see and change nothing.

Each function is wrapped in a sub-select in the policies, so the server works it out once
per statement rather than once per row.

What the rules say, table by table:

- Audits (and their practice areas, themes and agreed actions): the QA lead, moderators
  and administrators read all; a service manager reads their service area's; anyone else
  reads their own and their team's. An auditor writes only their own drafts; a completed
  audit changes only through moderation, which has tables of its own. The QA lead and
  administrators may add audits for others (importing a workbook).
- Corrective action: read with the audit; opened by completing one's own audit, or caught
  up (for audits one can read) by service managers, the QA lead and administrators;
  confirmed by service managers.
- Moderation: read with the audit; written by moderators and the QA lead.
- Recovery copies: each person's own, only, once they have a role.
- The change history: one's own entries, and those of audits one can read (all, for the
  QA lead, moderators and administrators); added only in one's own name, or by an
  administrator moving a team's file in, marked as moved in; never changed.
- People, roles, teams and service areas: read by everyone; changed by the QA lead and
  administrators; only an administrator gives or takes away the administrator role.
- The QAF plan and who holds its roles: read by everyone; changed by the QA lead and
  administrators. Activities done: one's own, or anyone's for the QA lead and
  administrators.
- Service reviews: read by everyone; written by the service manager of that service
  area, and by the review panel (QA lead, moderators, administrators).
- Rebases of the trend charts: read by everyone; changed by the QA lead and
  administrators.

- Audit reports, their recommendations, action plans, their progress updates and the
  quarterly QA meetings: read by service managers, Strategic Leads, moderators, the QA
  lead and administrators. Reports and meeting decisions are written by the QA lead and
  administrators; an action plan item also by the Strategic Lead who owns it (added only
  for their own service area); a progress update is added in one's own name, on an item
  one may change, and never changed. A re-audit's answers about the earlier audit's
  agreed actions go with the re-audit, as its practice areas do.

- The month's case list and the draw of cases to audit: read and written by the QA lead
  and administrators; an auditor reads the cases allocated to them (and those cases' rows
  of the list), nothing else.

- Instrument versions: read by everyone; drafted and published by the QA lead and
  administrators; a published version is changed by nobody.
- Copies of the program that are running: read by everyone; each login writes its own,
  and clears others' not seen for ten minutes.
"""

from __future__ import annotations

from collections.abc import Iterator

OWNER = "qaaudit_owner"
MEMBERS = "qaaudit_user"
HISTORY = "change_history"
# Tables a person may only read; the change history is handled on its own.
READ_ONLY_TABLES = ("alembic_version",)

# The roles of the program's permission table (qaaudit/domain/permissions.py), as the
# policies need them; a test keeps the two the same.
ANY_ROLE = "ARRAY['auditor', 'service_manager', 'strategic_lead', 'moderator', 'qa_lead', 'admin']"
SEES_EVERYTHING = "ARRAY['qa_lead', 'moderator', 'admin']"
CHANGES_PEOPLE = "ARRAY['qa_lead', 'admin']"
ADMINS = "ARRAY['admin']"
SERVICE_MANAGERS = "ARRAY['service_manager']"
OWNS_PLAN = "ARRAY['qa_lead', 'admin']"
REVIEW_PANEL = "ARRAY['qa_lead', 'moderator', 'admin']"
MODERATES = "ARRAY['moderator', 'qa_lead']"
OPENS_CORRECTIVE = "ARRAY['service_manager', 'qa_lead', 'admin']"
CONFIRMS_CORRECTIVE = "ARRAY['service_manager']"
IMPORTS_AUDITS = "ARRAY['qa_lead', 'admin']"
OTHERS_ACTIVITY = "ARRAY['qa_lead', 'admin']"
READS_REPORTS = "ARRAY['service_manager', 'strategic_lead', 'moderator', 'qa_lead', 'admin']"
WRITES_REPORTS = "ARRAY['qa_lead', 'admin']"
PLANS_ACTIONS = "ARRAY['strategic_lead', 'qa_lead', 'admin']"
STRATEGIC_LEADS = "ARRAY['strategic_lead']"
# Any action plan item, whoever owns it
ANY_ACTION_PLAN = "ARRAY['qa_lead', 'admin']"
RECORDS_MEETINGS = "ARRAY['qa_lead', 'admin']"

DRAWS_CASES = "ARRAY['qa_lead', 'admin']"
SAMPLING_TABLES = ("case_list_column", "case_list", "sample_draw")

EDITS_INSTRUMENTS = "ARRAY['qa_lead', 'admin']"


def function_sql(schema: str) -> list[str]:
    """The functions the policies call, and the triggers made to run as the owner."""
    header = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {s}, pg_temp AS $$ {body} $$"

    def function(name: str, returns: str, body: str) -> str:
        return f"CREATE OR REPLACE FUNCTION {schema}.{name}() RETURNS {returns} " + header.format(
            s=schema, body=body
        )

    return [
        function(
            "qaaudit_me",
            "integer",
            "SELECT id FROM person WHERE lower(login) = lower(session_user) AND active",
        ),
        function(
            "qaaudit_roles",
            "text[]",
            "SELECT coalesce(array_agg(r.role::text), '{}') FROM person_role r "
            "JOIN person p ON p.id = r.person_id WHERE lower(p.login) = lower(session_user) AND p.active",
        ),
        function(
            "qaaudit_my_area",
            "integer",
            "SELECT t.service_area_id FROM person p JOIN team t ON t.id = p.team_id "
            "WHERE lower(p.login) = lower(session_user) AND p.active",
        ),
        # The teams whose audits a person reads besides their own: a service manager's
        # whole service area, anyone else's own team.
        function(
            "qaaudit_visible_teams",
            "integer[]",
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id "
            "AND r.role = 'service_manager') "
            "THEN (SELECT coalesce(array_agg(t.id), '{}') FROM team t JOIN team mine "
            "ON mine.service_area_id = t.service_area_id WHERE mine.id = p.team_id) "
            "ELSE (CASE WHEN p.team_id IS NULL THEN '{}'::integer[] ELSE ARRAY[p.team_id] END) "
            "END FROM person p WHERE lower(p.login) = lower(session_user) AND p.active",
        ),
        # The copies each practice area keeps of its audit's month and status are kept by
        # triggers; they run as the owner so that a policy never stops the copy.
        f"ALTER FUNCTION {schema}.audit_area_copy_audit() SECURITY DEFINER "
        f"SET search_path = {schema}, pg_temp",
        f"ALTER FUNCTION {schema}.case_file_audit_copy_to_areas() SECURITY DEFINER "
        f"SET search_path = {schema}, pg_temp",
    ]


def policy_sql(schema: str, table: str) -> Iterator[str]:
    s = schema
    my_roles = f"(SELECT {s}.qaaudit_roles())"
    me = f"(SELECT {s}.qaaudit_me())"

    def holds(any_of: str) -> str:
        return f"({my_roles} && {any_of})"

    sees_all = holds(SEES_EVERYTHING)

    # DDL takes no bound parameters: the schema is the server's own name for it, quoted as
    # an identifier; no person's text reaches these statements.
    def mine_or_team(audit: str = "") -> str:
        return (
            f"{audit}auditor_id = {me} OR {audit}team_id = "
            f"ANY (CAST((SELECT {s}.qaaudit_visible_teams()) AS integer[]))"
        )

    # The audits a person reads besides everyone's. The audit's own policy gives the same
    # rows; saying which here lets the server find them by its indexes (a few thousand of
    # a large council's 60,000) instead of reading every audit each time a practice area,
    # theme or action is read or written: 2 ms a statement instead of 20.
    visible_audits = f"(SELECT a.id FROM {s}.case_file_audit a WHERE {mine_or_team('a.')})"  # noqa: S608
    # Written by its own auditor while a draft, or in the transaction that completes it.
    own_open_audits = (
        f"(SELECT a.id FROM {s}.case_file_audit a WHERE a.auditor_id = {me} AND "  # noqa: S608
        f"(a.status = 'draft' OR a.xmin = pg_current_xact_id()::xid))"
    )

    def policy(name: str, command: str, using: str | None, check: str | None = None) -> str:
        text = f"CREATE POLICY {name} ON {s}.{table} FOR {command} TO {MEMBERS}"
        if using is not None:
            text += f" USING ({using})"
        if check is not None:
            text += f" WITH CHECK ({check})"
        return text

    def read_all_write(writers: str) -> Iterator[str]:
        yield policy("reads", "SELECT", "true")
        yield policy("adds", "INSERT", None, writers)
        yield policy("changes", "UPDATE", writers, writers)
        yield policy("removes", "DELETE", writers)

    if table == "case_file_audit":
        yield policy("reads", "SELECT", f"{sees_all} OR {mine_or_team()}")
        yield policy(
            "adds",
            "INSERT",
            None,
            f"(auditor_id = {me} AND status = 'draft' AND {holds(ANY_ROLE)}) "
            f"OR {holds(IMPORTS_AUDITS)}",
        )
        yield policy(
            "changes", "UPDATE", f"auditor_id = {me} AND status = 'draft'", f"auditor_id = {me}"
        )
        yield policy("removes", "DELETE", f"auditor_id = {me} AND status = 'draft'")
    elif table in ("audit_area", "audit_theme", "audit_action", "earlier_action_check"):
        # Importers add the judgements of the audits they bring in; nobody rewrites a
        # completed audit's.
        own_open = f"audit_id IN {own_open_audits}"
        yield policy("reads", "SELECT", f"{sees_all} OR audit_id IN {visible_audits}")
        yield policy("adds", "INSERT", None, f"{holds(IMPORTS_AUDITS)} OR {own_open}")
        yield policy("changes", "UPDATE", own_open, own_open)
        yield policy("removes", "DELETE", own_open)
    elif table == "corrective_action":
        readable = f"{sees_all} OR audit_id IN {visible_audits}"
        yield policy("reads", "SELECT", readable)
        # Opened by completing one's own audit, or caught up by those who confirm them.
        own_audits = f"(SELECT a.id FROM {s}.case_file_audit a WHERE a.auditor_id = {me})"  # noqa: S608
        opens = f"audit_id IN {own_audits} OR ({holds(OPENS_CORRECTIVE)} AND ({readable}))"
        yield policy("adds", "INSERT", None, opens)
        confirms = f"{holds(CONFIRMS_CORRECTIVE)} AND ({readable})"
        yield policy("changes", "UPDATE", confirms, confirms)
    elif table == "moderation":
        yield policy("reads", "SELECT", f"{sees_all} OR audit_id IN {visible_audits}")
        moderates = holds(MODERATES)
        yield policy("adds", "INSERT", None, moderates)
        yield policy("changes", "UPDATE", moderates, moderates)
        yield policy("removes", "DELETE", moderates)
    elif table == "moderation_area":
        yield policy(
            "reads",
            "SELECT",
            f"{sees_all} OR moderation_id IN (SELECT m.id FROM {s}.moderation m)",  # noqa: S608
        )
        moderates = holds(MODERATES)
        yield policy("adds", "INSERT", None, moderates)
        yield policy("changes", "UPDATE", moderates, moderates)
        yield policy("removes", "DELETE", moderates)
    elif table == "draft_snapshot":
        own = f"person_id = {me} AND {holds(ANY_ROLE)}"
        yield policy("own", "ALL", own, own)
    elif table == HISTORY:
        yield policy(
            "reads",
            "SELECT",
            f"{sees_all} OR person_id = {me} OR "
            f"(entity = 'case_file_audit' AND entity_id IN {visible_audits})",
        )
        # Entries moved in from a team's own file keep who made them there, and say so.
        yield policy(
            "adds",
            "INSERT",
            None,
            f"(lower(login) = lower(session_user) AND person_id IS NOT DISTINCT FROM {me} "
            f"AND imported_from IS NULL) OR ({holds(ADMINS)} AND imported_from IS NOT NULL)",
        )
    elif table in ("audit_report", "report_recommendation", "qa_meeting", "qa_meeting_decision"):
        writers = holds(
            WRITES_REPORTS if table.endswith(("report", "recommendation")) else RECORDS_MEETINGS
        )
        yield policy("reads", "SELECT", holds(READS_REPORTS))
        yield policy("adds", "INSERT", None, writers)
        yield policy("changes", "UPDATE", writers, writers)
        yield policy("removes", "DELETE", writers)
    elif table == "action_plan_item":
        own = f"owner_id = {me} AND {holds(STRATEGIC_LEADS)}"
        own_area = f"{own} AND service_area_id = (SELECT {s}.qaaudit_my_area())"
        leads = holds(ANY_ACTION_PLAN)
        yield policy("reads", "SELECT", holds(READS_REPORTS))
        yield policy("adds", "INSERT", None, f"{leads} OR ({own_area})")
        yield policy("changes", "UPDATE", f"{leads} OR ({own})", f"{leads} OR ({own_area})")
        yield policy("removes", "DELETE", leads)
    elif table == "action_plan_update":
        leads = holds(ANY_ACTION_PLAN)
        mine = f"(SELECT i.id FROM {s}.action_plan_item i WHERE i.owner_id = {me})"  # noqa: S608
        yield policy("reads", "SELECT", holds(READS_REPORTS))
        yield policy(
            "adds",
            "INSERT",
            None,
            f"person_id = {me} AND ({leads} OR ({holds(STRATEGIC_LEADS)} AND item_id IN {mine}))",
        )
    elif table in SAMPLING_TABLES:
        draws = holds(DRAWS_CASES)
        yield policy("reads", "SELECT", draws)
        yield policy("adds", "INSERT", None, draws)
        yield policy("changes", "UPDATE", draws, draws)
        yield policy("removes", "DELETE", draws)
    elif table == "sample_allocation":
        draws = holds(DRAWS_CASES)
        yield policy("reads", "SELECT", f"{draws} OR auditor_id = {me}")
        yield policy("adds", "INSERT", None, draws)
        yield policy("changes", "UPDATE", draws, draws)
        yield policy("removes", "DELETE", draws)
    elif table == "case_list_entry":
        draws = holds(DRAWS_CASES)
        mine = f"(SELECT a.entry_id FROM {s}.sample_allocation a WHERE a.auditor_id = {me})"  # noqa: S608
        yield policy("reads", "SELECT", f"{draws} OR id IN {mine}")
        yield policy("adds", "INSERT", None, draws)
        yield policy("changes", "UPDATE", draws, draws)
        yield policy("removes", "DELETE", draws)
    elif table == "running_copy":
        own = "login = session_user"
        stale = "seen_at < (now() AT TIME ZONE 'UTC') - interval '10 minutes'"
        yield policy("reads", "SELECT", "true")
        yield policy("adds", "INSERT", None, own)
        yield policy("changes", "UPDATE", own, own)
        yield policy("removes", "DELETE", f"{own} OR {stale}")
    elif table == "person_role":
        # Only an administrator gives or takes away the administrator role.
        writers = f"{holds(ADMINS)} OR ({holds(CHANGES_PEOPLE)} AND role <> 'admin')"
        yield from read_all_write(writers)
    elif table == "trend_rebase":
        yield from read_all_write(holds(OWNS_PLAN))
    elif table in ("person", "team", "service_area"):
        yield from read_all_write(holds(CHANGES_PEOPLE))
    elif table == "instrument_version":
        # Published versions are kept unchanged by a trigger of migration 0011 as well.
        yield from read_all_write(holds(EDITS_INSTRUMENTS))
    elif table == "schedule_activity":
        yield from read_all_write(
            f"(person_id = {me} AND {holds(ANY_ROLE)}) OR {holds(OTHERS_ACTIVITY)}"
        )
    elif table in ("service_review", "service_review_row", "service_review_action"):
        area = "service_area_id" if table == "service_review" else "r.service_area_id"
        writers = (
            f"{holds(REVIEW_PANEL)} OR ({holds(SERVICE_MANAGERS)} "
            f"AND {area} = (SELECT {s}.qaaudit_my_area()))"
        )
        if table != "service_review":
            writers = f"review_id IN (SELECT r.id FROM {s}.service_review r WHERE {writers})"  # noqa: S608
        yield from read_all_write(writers)
    else:
        # The QAF plan and everything in it, and who holds its roles.
        yield from read_all_write(holds(OWNS_PLAN))
