"""Who may do what: one table of the operations that change data (and of the reads that
are not for everyone), the roles that may do each, and the sentence a person is told when
refused. Every service that changes data checks this table before it writes anything; the
window uses it to leave out what the person may not do; the command line refuses the
restricted exports with the same sentence; the user guide prints it for managers.

The table says which roles may try an operation at all. Finer rules that depend on the
record (only your own draft, only your own service area, never your own audit, always one
administrator) stay with the services that know the record. Someone with no role yet may
read what everyone reads and change nothing until the QA lead gives them a role.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from qaaudit.domain.roles import ROLE_KEYS

AUDITOR = "auditor"
SERVICE_MANAGER = "service_manager"
STRATEGIC_LEAD = "strategic_lead"
MODERATOR = "moderator"
QA_LEAD = "qa_lead"
ADMIN = "admin"

EVERY_ROLE = frozenset(ROLE_KEYS)
# The QA lead and administrators own the plan, the people and the teams.
LEADS = frozenset({QA_LEAD, ADMIN})
# Service managers and those who see every service: the pages of trends and summaries.
OVERSIGHT = frozenset({SERVICE_MANAGER, MODERATOR, QA_LEAD, ADMIN})
# The review panel is drawn from the leadership team.
PANEL = frozenset({MODERATOR, QA_LEAD, ADMIN})
# Service managers, with the QA lead and administrators: corrective action and compliance.
MANAGERS = frozenset({SERVICE_MANAGER, QA_LEAD, ADMIN})

# Those who receive the audit reports and action plans: oversight and the Strategic Leads.
REPORT_READERS = OVERSIGHT | {STRATEGIC_LEAD}
# Who owns action plan items: the Strategic Leads, with the QA lead and administrators.
ACTION_PLANNERS = LEADS | {STRATEGIC_LEAD}

ASK_FOR_A_ROLE = "Ask the QA lead to give you your role in qaaudit."

# Operations that change data
AUDIT_DRAFT = "audit.own_draft"
AUDIT_IMPORT = "audit.import"
CORRECTIVE_OPEN = "corrective.open"
CORRECTIVE_CONFIRM = "corrective.confirm"
CORRECTIVE_START = "corrective.start"
MODERATE = "moderation.save"
REVIEW_WRITE = "review.write"
REVIEW_PANEL = "review.panel"
REVIEW_ACTIONS = "review.actions"
PLAN_EDIT = "plan.edit"
ROLE_HOLDERS = "plan.role_holders"
OWN_ACTIVITY = "activity.own"
OTHERS_ACTIVITY = "activity.others"
PEOPLE = "people.change"
ADMINISTRATORS = "people.administrators"
TEAMS = "teams.change"
RECOVERY_COPY = "recovery.own"
TREND_REBASE = "trends.rebase"
AUDIT_REPORT_WRITE = "report.write"
ACTION_PLAN_WRITE = "action_plan.write"
ACTION_PLAN_PROGRESS = "action_plan.progress"
QA_MEETING = "action_plan.meeting"
REAUDIT_FOLLOW_UP = "audit.earlier_actions"
SAMPLE_DRAW = "sampling.draw"
INSTRUMENT_EDIT = "instrument.edit"

# Reads and exports that are not for everyone
LEARNING_SUMMARY = "summary.learning"
TREND_REPORT = "trends.report"
AUDIT_WORKBOOK = "audit.workbook"
REVIEW_EXPORT = "review.export"
SCHEDULE_WORKBOOK = "schedule.workbook"
AUDIT_REPORT_READ = "report.read"
SAMPLE_WORKBOOK = "sampling.workbook"


@dataclass(frozen=True)
class Permission:
    """One operation: what it is in the council's words, who may do it, and what a person
    who may not is told."""

    key: str
    what: str
    roles: frozenset[str]
    refusal: str
    changes_data: bool = True

    def allows(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)


PERMISSIONS: tuple[Permission, ...] = (
    Permission(
        AUDIT_DRAFT,
        "Start, save, complete or delete your own case file audit",
        EVERY_ROLE,
        "Only someone with a role in qaaudit can work on case file audits. " + ASK_FOR_A_ROLE,
    ),
    Permission(
        AUDIT_IMPORT,
        "Import audits from a workbook",
        LEADS,
        "Only the QA lead or an administrator can import audits.",
    ),
    Permission(
        CORRECTIVE_OPEN,
        "Open corrective action for not-yet-good audits completed since its start day that have "
        "none",
        MANAGERS,
        "Only a service manager, the QA lead or an administrator can open corrective action "
        "for audits that have none.",
    ),
    Permission(
        CORRECTIVE_START,
        "Set the day from which not-yet-good audits open corrective action",
        LEADS,
        "Only the QA lead or an administrator can set the day from which corrective action opens.",
    ),
    Permission(
        CORRECTIVE_CONFIRM,
        "Confirm corrective action (for your own service area)",
        frozenset({SERVICE_MANAGER}),
        "Only a service manager can confirm corrective action.",
    ),
    Permission(
        MODERATE,
        "Moderate a completed audit (never your own)",
        frozenset({MODERATOR, QA_LEAD}),
        "Only a moderator (the Head of Safeguarding or the Principal Social Worker) or the "
        "QA lead can moderate audits.",
    ),
    Permission(
        REVIEW_WRITE,
        "Start, save, send to the panel or delete a service review (a service manager for "
        "their own service area)",
        OVERSIGHT,
        "Only the service manager, the QA lead or a member of the review panel can write a "
        "service review.",
    ),
    Permission(
        REVIEW_PANEL,
        "Return a service review to the service, or make it final",
        PANEL,
        "Only a member of the review panel (a moderator, the QA lead or an administrator) can "
        "return a service review or make it final.",
    ),
    Permission(
        REVIEW_ACTIONS,
        "Mark a review action done, or reopen it",
        OVERSIGHT,
        "Only a service manager, a moderator, the QA lead or an administrator can record "
        "progress on review actions.",
    ),
    Permission(
        PLAN_EDIT,
        "Change the QAF plan: months, text, expected numbers, rows; copy, import or replace "
        "a year's plan",
        LEADS,
        "Only the QA lead or an administrator can change the QAF plan.",
    ),
    Permission(
        ROLE_HOLDERS,
        "Give out, end or remove a role in the QAF plan (people in roles)",
        LEADS,
        "Only the QA lead or an administrator can say who holds the roles in the QAF plan.",
    ),
    Permission(
        OWN_ACTIVITY,
        "Record or remove your own QA activity as done",
        EVERY_ROLE,
        "Only someone with a role in qaaudit can record QA activity. " + ASK_FOR_A_ROLE,
    ),
    Permission(
        OTHERS_ACTIVITY,
        "Record or remove someone else's QA activity",
        LEADS,
        "Only the QA lead or an administrator can record or remove QA activity for someone else.",
    ),
    Permission(
        PEOPLE,
        "Add people and change their name, team, roles or whether they use qaaudit",
        LEADS,
        "Only a QA lead or an administrator can add or change people and teams.",
    ),
    Permission(
        ADMINISTRATORS,
        "Make someone an administrator or stop them being one; deactivate or bring back an "
        "administrator",
        frozenset({ADMIN}),
        "Only an administrator can make someone an administrator, stop them being one, or "
        "deactivate or bring back an administrator.",
    ),
    Permission(
        TEAMS,
        "Add, rename or deactivate teams and service areas",
        LEADS,
        "Only a QA lead or an administrator can add or change people and teams.",
    ),
    Permission(
        RECOVERY_COPY,
        "Keep or discard your own recovery copy of unsaved work (nobody can discard "
        "someone else's)",
        EVERY_ROLE,
        "Only someone with a role in qaaudit has recovery copies of their work. " + ASK_FOR_A_ROLE,
    ),
    Permission(
        TREND_REBASE,
        "Rebase the trend charts at a month, or remove a rebase",
        LEADS,
        "Only the QA lead or an administrator can rebase the trend charts.",
    ),
    Permission(
        AUDIT_REPORT_WRITE,
        "Draw up, change, issue or delete an audit report and its recommendations",
        LEADS,
        "Only the QA lead or an administrator can write audit reports.",
    ),
    Permission(
        ACTION_PLAN_WRITE,
        "Add or change action plan items (a Strategic Lead only their own, for their service area)",
        ACTION_PLANNERS,
        "Only a Strategic Lead, the QA lead or an administrator can write action plans.",
    ),
    Permission(
        ACTION_PLAN_PROGRESS,
        "Record progress (red, amber or green) on an action plan item (a Strategic Lead on "
        "their own items)",
        ACTION_PLANNERS,
        "Only the Strategic Lead who owns the item, the QA lead or an administrator can "
        "record its progress.",
    ),
    Permission(
        QA_MEETING,
        "Record what the quarterly QA meeting decided",
        LEADS,
        "Only the QA lead or an administrator can record the quarterly QA meeting's decisions.",
    ),
    Permission(
        REAUDIT_FOLLOW_UP,
        "Record whether the earlier audit's agreed actions were done (in your own re-audit)",
        EVERY_ROLE,
        "Only someone with a role in qaaudit can work on case file audits. " + ASK_FOR_A_ROLE,
    ),
    Permission(
        SAMPLE_DRAW,
        "Import the month's case list, draw the cases to audit, add a targeted case or swap one",
        LEADS,
        "Only the QA lead or an administrator can import the case list or draw and change "
        "the cases to audit.",
    ),
    Permission(
        INSTRUMENT_EDIT,
        "Change the council's forms: draft, import or publish a version of an instrument",
        LEADS,
        "Only the QA lead or an administrator can change or publish the council's forms.",
    ),
    Permission(
        LEARNING_SUMMARY,
        "The learning summary (QA Matters), on screen, as a PDF or as a Word document",
        OVERSIGHT,
        "Only a service manager, a moderator, the QA lead or an administrator can see the "
        "learning summary.",
        changes_data=False,
    ),
    Permission(
        TREND_REPORT,
        "The trend report, as a PDF or a workbook",
        OVERSIGHT,
        "Only a service manager, a moderator, the QA lead or an administrator can export the "
        "trend report.",
        changes_data=False,
    ),
    Permission(
        AUDIT_WORKBOOK,
        "The audit data workbook (every audit you may see, for analysis)",
        OVERSIGHT,
        "Only a service manager, a moderator, the QA lead or an administrator can export "
        "audit data.",
        changes_data=False,
    ),
    Permission(
        REVIEW_EXPORT,
        "A service review as a PDF, summary or workbook",
        OVERSIGHT,
        "Only a service manager, a moderator, the QA lead or an administrator can export a "
        "service review.",
        changes_data=False,
    ),
    Permission(
        SCHEDULE_WORKBOOK,
        "The QAF plan workbook, with everyone's due lists and compliance",
        MANAGERS,
        "Only a service manager, the QA lead or an administrator can export the QAF plan "
        "with everyone's due lists.",
        changes_data=False,
    ),
    Permission(
        AUDIT_REPORT_READ,
        "Audit reports and action plans, on screen or as PDF, Word or a workbook",
        REPORT_READERS,
        "Only a service manager, a Strategic Lead, a moderator, the QA lead or an "
        "administrator can see audit reports and action plans.",
        changes_data=False,
    ),
    Permission(
        SAMPLE_WORKBOOK,
        "The month's allocation workbook (every auditor's cases, the draw's record, coverage)",
        LEADS,
        "Only the QA lead or an administrator can see every auditor's cases to audit.",
        changes_data=False,
    ),
)
_BY_KEY = {p.key: p for p in PERMISSIONS}


def permission(key: str) -> Permission:
    """The table's row for ``key``; an unknown key is a mistake in the program."""
    return _BY_KEY[key]


def allowed(roles: Iterable[str], key: str) -> bool:
    return permission(key).allows(roles)
