"""The pages of the main window, in the order of the navigation list.

Each part of the program adds one line here: its title, its icon (an SVG in
resources/icons), a factory that builds the page, and the roles that may see it (None:
everyone). Factories import their module only when the page is first shown, so start-up
stays light.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from qaaudit.ui.common.context import AppContext

Factory = Callable[[AppContext], QWidget]


@dataclass(frozen=True)
class Page:
    title: str
    icon: str
    factory: Factory
    roles: frozenset[str] | None = None

    def allowed(self, roles: frozenset[str]) -> bool:
        return self.roles is None or bool(self.roles & roles)


def lazy(module: str, name: str) -> Factory:
    """A factory that imports ``qaaudit.ui.<module>`` only when the page is built."""

    def build(context: AppContext) -> QWidget:
        page_class = getattr(importlib.import_module(f"qaaudit.ui.{module}"), name)
        widget: QWidget = page_class(context)
        return widget

    return build


LEADS = frozenset({"qa_lead", "admin"})
OVERSIGHT = frozenset({"qa_lead", "admin", "service_manager", "moderator"})

MANAGERS = frozenset({"service_manager", "qa_lead", "admin"})
MODERATORS = frozenset({"moderator", "qa_lead"})
REPORT_READERS = OVERSIGHT | {"strategic_lead"}

PAGES: list[Page] = [
    Page("My month", "my-month", lazy("month.page", "MyMonthPage")),
    Page("Audits", "audits", lazy("audit.list_page", "AuditListPage")),
    Page(
        "Corrective action",
        "corrective",
        lazy("corrective.page", "CorrectiveActionsPage"),
        MANAGERS,
    ),
    Page("Service reviews", "reviews", lazy("review.list_page", "ReviewListPage")),
    Page(
        "Review actions", "compliance", lazy("review.actions_page", "ReviewActionsPage"), OVERSIGHT
    ),
    Page("Trends", "trends", lazy("trends.dashboard", "TrendDashboard"), OVERSIGHT),
    Page("Moderation", "moderation", lazy("moderation.page", "ModerationPage"), MODERATORS),
    Page("Compliance", "compliance", lazy("schedule.compliance_page", "CompliancePage"), MANAGERS),
    Page("QAF plan", "plan", lazy("schedule.plan_editor", "PlanEditorPage"), LEADS),
    Page("Cases to audit", "audits", lazy("sampling.page", "CaseSamplingPage"), LEADS),
    Page("People in roles", "people", lazy("schedule.role_holders", "RoleHoldersPage"), LEADS),
    Page("People and teams", "people", lazy("people.page", "PeoplePage"), LEADS),
    Page("Instruments", "plan", lazy("instruments.page", "InstrumentsPage"), LEADS),
    Page("Summaries and data", "summary", lazy("summaries.page", "AuditDataPage"), OVERSIGHT),
    Page(
        "Audit reports", "summary", lazy("reports.report_page", "AuditReportsPage"), REPORT_READERS
    ),
    Page(
        "Action plans", "plan", lazy("reports.action_plans_page", "ActionPlansPage"), REPORT_READERS
    ),
]


def pages_for(roles: frozenset[str]) -> list[Page]:
    return [page for page in PAGES if page.allowed(roles)]
