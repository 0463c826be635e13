"""My month: the first page a manager sees. Their open drafts, their recent audits, and
the place where their due list from the QAF plan goes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.audit.listing import AuditFilter
from qaaudit.ui.audit import list_actions as audit_actions
from qaaudit.ui.audit.table import (
    AREA,
    AUDITOR,
    HEADLINE,
    NUMBER,
    OVERALL,
    STATUS,
    AuditTableModel,
    configure_view,
    service_source,
)
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import set_flag
from qaaudit.ui.forms.ui_my_month import Ui_MyMonthPage


class MyMonthPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_MyMonthPage()
        self.ui.setupUi(self)
        ui = self.ui
        today = context.today()
        ui.titleLabel.setText(f"My month: {today:%B %Y}")
        no_team = (
            " You are not in a team yet. Ask your QA lead to put you in your team."
            if context.actor.team_id is None
            else ""
        )
        ui.subtitleLabel.setText(
            f"{context.actor.name}. Your drafts, the audits you completed, and what is due."
            + no_team
        )
        set_flag(ui.titleLabel, "role", "pageTitle")
        set_flag(ui.subtitleLabel, "role", "pageSubtitle")
        set_flag(ui.duePlaceholder, "role", "placeholder")
        me = context.actor.id
        self.drafts = AuditTableModel(*service_source(context), self)
        self.recent = AuditTableModel(*service_source(context), self)
        configure_view(
            ui.draftsView, self.drafts, hide=(NUMBER, AREA, AUDITOR, OVERALL, HEADLINE, STATUS)
        )
        configure_view(ui.recentView, self.recent, hide=(NUMBER, AREA, AUDITOR, STATUS))
        self.drafts.set_filter(
            AuditFilter(auditor_id=me, status="draft", sort_key="updated_at", descending=True)
        )
        self.recent.set_filter(
            AuditFilter(auditor_id=me, status="completed", sort_key="audit_month", descending=True)
        )
        for view in (ui.draftsView, ui.recentView):
            view.activated.connect(lambda _i, v=view: audit_actions.open_selected(context, v))
            view.doubleClicked.connect(lambda _i, v=view: audit_actions.open_selected(context, v))
        ui.continueButton.clicked.connect(
            lambda: audit_actions.open_selected(context, ui.draftsView)
        )
        ui.openButton.clicked.connect(lambda: audit_actions.open_selected(context, ui.recentView))
        ui.reauditButton.clicked.connect(
            lambda: audit_actions.reaudit_selected(context, ui.recentView, self)
        )
        ui.newButton.clicked.connect(self._new)
        ui.newButton.setEnabled(context.can(AUDIT_DRAFT))
        ui.reauditButton.setEnabled(context.can(AUDIT_DRAFT))
        self._show_counts()
        from qaaudit.ui.schedule.due_list import DueListWidget

        self.due_list = DueListWidget(context)
        self.set_due_list(self.due_list)
        from qaaudit.ui.reports.overdue_items import overdue_items_box

        self.overdue_items = overdue_items_box(context)
        if self.overdue_items is not None:
            self.ui.dueListArea.addWidget(self.overdue_items)

        from qaaudit.ui.sampling.my_cases import MyCasesWidget

        self.my_cases = MyCasesWidget(context)
        self.ui.dueListArea.addWidget(self.my_cases)

    @property
    def due_list_area(self):  # type: ignore[no-untyped-def]
        """The layout the due list goes into."""
        return self.ui.dueListArea

    def set_due_list(self, widget: QWidget) -> None:
        """Put the due list in its place (the QAF plan part of the program does this)."""
        self.ui.dueListArea.addWidget(widget)
        self.ui.duePlaceholder.hide()

    def refresh(self) -> None:
        self.drafts.refresh()
        self.recent.refresh()
        self.my_cases.refresh()
        self._show_counts()

    def audit_saved(self, audit_id: int) -> None:
        """After a save: the saved audit's row alone is read again, once for both lists
        (they differ only in the status they show), and goes where it now belongs."""
        now = self.drafts.row_of(audit_id, any_status=True)
        for model in (self.drafts, self.recent):
            model.audit_changed(audit_id, now if now is not None and model.fits(now) else None)
        self.my_cases.refresh()  # an allocated case may have been started or completed
        self._show_counts()

    def _show_counts(self) -> None:
        drafts, recent = self.drafts.total, self.recent.total
        self.ui.draftsCount.setText(
            f"{drafts:,} draft{'s' if drafts != 1 else ''}" if drafts else "No drafts open."
        )
        self.ui.recentCount.setText(
            f"{recent:,} completed audit{'s' if recent != 1 else ''}"
            if recent
            else "You have not completed an audit yet."
        )
        for view, model in ((self.ui.draftsView, self.drafts), (self.ui.recentView, self.recent)):
            if model.total and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 1))

    def selected_audit_id(self) -> int | None:
        for view in (self.ui.draftsView, self.ui.recentView):
            if view.hasFocus():
                row = audit_actions.selected_row(view)
                return row.id if row else None
        row = audit_actions.selected_row(self.ui.recentView)
        return row.id if row else None

    def _new(self) -> None:
        if self.context.opener is not None:
            self.context.opener.new_audit()
