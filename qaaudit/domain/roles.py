"""The roles a person can hold in the program, in the council's words, with a sentence
each saying what the role lets them do. The window and the command line show these."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Role:
    key: str
    label: str
    may: str


ROLE_LIST: tuple[Role, ...] = (
    Role(
        "auditor",
        "Auditor (team or service manager)",
        "Completes the monthly case file audits, discusses them with the case holder and "
        "records the agreed actions; sees their own audits and their team's.",
    ),
    Role(
        "service_manager",
        "Service manager",
        "Confirms corrective action on cases audited as less than good, leads the six-monthly "
        "service performance review, and sees the audits, compliance and trends of their "
        "service area.",
    ),
    Role(
        "strategic_lead",
        "Strategic Lead (head of service)",
        "Receives the audit reports for their service area, owns its action plan items and "
        "records their progress (red, amber or green) for the quarterly QA meeting.",
    ),
    Role(
        "moderator",
        "Moderator (Head of Safeguarding, Principal Social Worker)",
        "Reads every returned audit, records a moderated judgement where grading differs, "
        "picks out themes, and sits on the review panel.",
    ),
    Role(
        "qa_lead",
        "QA lead",
        "Owns the QAF plan and who holds each role in it, sees every audit and trend, "
        "moderates, imports audit data, and adds and changes people and teams.",
    ),
    Role(
        "admin",
        "Administrator",
        "Sees everything and may change people, teams and the QAF plan; only an "
        "administrator may make someone else an administrator. There is always at least one.",
    ),
)
ROLE_KEYS: tuple[str, ...] = tuple(role.key for role in ROLE_LIST)
_BY_KEY = {role.key: role for role in ROLE_LIST}


def role(key: str) -> Role:
    return _BY_KEY[key]


def role_label(key: str) -> str:
    found = _BY_KEY.get(key)
    return found.label if found else key


def short_label(key: str) -> str:
    """The label without its bracketed examples, for lists and tables."""
    return role_label(key).split(" (", 1)[0]


def in_order(keys: Iterable[str]) -> tuple[str, ...]:
    """Role keys in the order of the list above (unknown keys last, alphabetically)."""
    wanted = set(keys)
    known = tuple(k for k in ROLE_KEYS if k in wanted)
    return known + tuple(sorted(wanted - set(ROLE_KEYS)))


def roles_text(keys: Iterable[str]) -> str:
    """``auditor, service_manager`` as it is kept in the change history."""
    return ", ".join(in_order(keys))
