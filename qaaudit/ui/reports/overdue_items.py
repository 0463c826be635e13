"""On a Strategic Lead's My month: their own action plan items past their due date and
still open, so that progress is recorded before the quarterly QA meeting asks."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QLabel, QTableView, QVBoxLayout, QWidget

from qaaudit.services.reports import action_plans
from qaaudit.services.reports.action_plans import ActionPlanRow
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, show_rows
from qaaudit.ui.common.theme import colour, ink_on


def _columns(context: AppContext) -> list[Column[ActionPlanRow]]:
    def rag(row: ActionPlanRow) -> str:
        return colour(f"rag_{row.progress}")

    return [
        Column("Action", lambda r: r.action),
        Column("Service area", lambda r: r.service_area),
        Column("Due", lambda r: f"{r.due_on:%d %b %Y}", lambda r: r.due_on.isoformat()),
        Column(
            "Progress", lambda r: r.progress_label, background=rag, colour=lambda r: ink_on(rag(r))
        ),
        Column("State", lambda r: r.state(context.today())),
    ]


class OverdueItemsBox(QGroupBox):
    def __init__(
        self, context: AppContext, rows: list[ActionPlanRow], parent: QWidget | None = None
    ) -> None:
        super().__init__("Your action plan items past their due date", parent)
        self.setObjectName("overdueActionPlanItems")
        layout = QVBoxLayout(self)
        words = QLabel(
            f"{len(rows)} of your action plan items {'is' if len(rows) == 1 else 'are'} past "
            "the due date. Record their progress on the Action plans page before the "
            "quarterly QA meeting."
        )
        words.setWordWrap(True)
        layout.addWidget(words)
        self.view = QTableView(self)
        self.view.setObjectName("overdueItemsView")
        self.view.setAccessibleName("Your overdue action plan items")
        self.model = show_rows(self.view, _columns(context), self)
        self.model.set_rows(rows)
        self.view.setMaximumHeight(40 + 28 * min(len(rows), 4))
        layout.addWidget(self.view)


def overdue_items_box(context: AppContext) -> OverdueItemsBox | None:
    """The box for My month, or None when the person has nothing overdue."""
    with context.db.reading() as session:
        rows = action_plans.overdue_for(session, context.actor, context.today())
    return OverdueItemsBox(context, rows) if rows else None
