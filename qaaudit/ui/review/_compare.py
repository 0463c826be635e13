"""A review beside the previous review of the same service area: judgement changes per
area, and what became of the earlier review's actions."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from qaaudit.services.review.compare import (
    BETTER,
    WORSE,
    ActionOutcome,
    JudgementChange,
    compare_with_previous,
)
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, show_rows
from qaaudit.ui.forms.ui_review_compare import Ui_ReviewCompare
from qaaudit.ui.review._tables import judgement_fill, judgement_ink, warning

MOVEMENT_ORDER = {WORSE: 0, "not judged now": 1, "same": 2, "newly judged": 3, BETTER: 4}

CHANGE_COLUMNS: list[Column[JudgementChange]] = [
    Column("Lens", lambda c: f"{c.lens_number}. {c.lens_title}", lambda c: c.lens_number),
    Column("Judgement area", lambda c: c.title),
    Column(
        "Before",
        lambda c: c.before or "-",
        colour=judgement_ink(lambda c: c.before),
        background=judgement_fill(lambda c: c.before),
    ),
    Column(
        "Now",
        lambda c: c.after or "-",
        colour=judgement_ink(lambda c: c.after),
        background=judgement_fill(lambda c: c.after),
    ),
    Column(
        "Movement",
        lambda c: c.movement,
        lambda c: MOVEMENT_ORDER.get(c.movement, 2),
        colour=warning(lambda c: c.movement == WORSE),
    ),
]

ACTION_COLUMNS: list[Column[ActionOutcome]] = [
    Column("From", lambda a: a.source),
    Column("Action", lambda a: a.action.action),
    Column("Owner", lambda a: a.action.owner),
    Column(
        "Due",
        lambda a: f"{a.action.due_on:%d/%m/%Y}" if a.action.due_on else "",
        lambda a: a.action.due_on.isoformat() if a.action.due_on else "",
    ),
    Column(
        "What became of it", lambda a: a.detail, colour=warning(lambda a: a.outcome == "overdue")
    ),
]


class ReviewCompareView(QWidget):
    def __init__(self, context: AppContext, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReviewCompare()
        self.ui.setupUi(self)
        with context.db.reading() as session:
            comparison = compare_with_previous(session, review_id, context.today())
        self.comparison = comparison
        current, previous = comparison.current, comparison.previous
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)
        self.changes: RowsModel[JudgementChange] = show_rows(
            self.ui.changesTable, CHANGE_COLUMNS, self
        )
        self.outcomes: RowsModel[ActionOutcome] = show_rows(
            self.ui.actionsTable, ACTION_COLUMNS, self
        )
        if previous is None:
            self.ui.titleLabel.setText(f"{current.title}: nothing to compare with")
            self.ui.summaryLabel.setText(
                f"This is the first review of {current.service_area} in qaaudit."
            )
            self.setWindowTitle(f"Compare: {current.title}")
            return
        self.setWindowTitle(f"Compare: {current.title} with {previous.period.label}")
        self.ui.titleLabel.setText(
            f"{current.service_area}: {current.period.label} beside {previous.period.label}"
        )
        self.ui.summaryLabel.setText(
            f"Judgements: {comparison.count(BETTER)} areas better, {comparison.count('same')} "
            f"the same, {comparison.count(WORSE)} worse. Previous review's actions: "
            f"{comparison.outcomes('done')} done, {comparison.outcomes('carried over')} carried "
            f"over, {comparison.outcomes('overdue')} overdue, {comparison.outcomes('open')} "
            "still open."
        )
        self.changes.set_rows(comparison.changes)
        self.outcomes.set_rows(comparison.actions)
