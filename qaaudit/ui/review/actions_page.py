"""Actions from service performance reviews, tracked to completion: the overdue list for
the service manager (their area) and the QA lead (every area), marking done, reopening."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from qaaudit.domain.permissions import REVIEW_ACTIONS
from qaaudit.domain.review import ACTION_CARRIED, ACTION_DONE, ACTION_OPEN, ACTION_OVERDUE
from qaaudit.services.common import refusals
from qaaudit.services.common.permissions import may
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review.actions import TrackedAction
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.placement import place
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.forms.ui_review_action_done import Ui_ReviewActionDone
from qaaudit.ui.forms.ui_review_actions import Ui_ReviewActions
from qaaudit.ui.review._tables import warning

SHOW_OVERDUE, SHOW_OPEN, SHOW_ALL = "overdue", "open", "all"


def _columns(today: date) -> list[Column[TrackedAction]]:
    def progress(a: TrackedAction) -> str:
        state = a.state(today)
        if state == ACTION_DONE:
            return f"Done {a.done_on:%d/%m/%Y}" + (f": {a.done_note}" if a.done_note else "")
        if state == ACTION_OVERDUE:
            days = a.days_overdue(today)
            return f"Overdue by {days} day{'s' if days != 1 else ''}"
        if state == ACTION_CARRIED:
            return "Carried over into the next review"
        return "Open"

    def urgency(a: TrackedAction) -> int:
        """Most overdue first, then open, carried over, done."""
        state = a.state(today)
        order = {ACTION_OVERDUE: 0, ACTION_CARRIED: 2, ACTION_DONE: 3}
        return -a.days_overdue(today) if state == ACTION_OVERDUE else order.get(state, 1)

    return [
        Column("Service area", lambda a: a.service_area),
        Column("Review", lambda a: a.period.label, lambda a: a.period.start.toordinal()),
        Column("From", lambda a: a.source),
        Column("Action", lambda a: a.action + (" [priority]" if a.priority else "")),
        Column("Owner", lambda a: a.owner),
        Column(
            "Due",
            lambda a: f"{a.due_on:%d/%m/%Y}" if a.due_on else "",
            lambda a: a.due_on.isoformat() if a.due_on else "9999",
        ),
        Column(
            "Progress",
            progress,
            urgency,
            colour=warning(lambda a: a.state(today) == ACTION_OVERDUE),
        ),
    ]


class ActionDoneDialog(QDialog):
    def __init__(self, action: TrackedAction, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ReviewActionDone()
        self.ui.setupUi(self)
        self.ui.actionLabel.setText(
            f"{action.action}\nOwner: {action.owner or 'not given'} · from {action.source}, "
            f"{action.service_area} review {action.period.label}"
        )
        self.ui.doneOnEdit.setMaximumDate(QDate(today))
        self.ui.doneOnEdit.setDate(QDate(today))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def done_on(self) -> date:
        return self.ui.doneOnEdit.date().toPython()  # type: ignore[no-any-return]

    def note(self) -> str:
        return self.ui.noteEdit.toPlainText()


class ReviewActionsPage(QWidget):
    """A page of the main window: review actions the person at the screen may see."""

    openReview = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewActions()
        self.ui.setupUi(self)
        self.context = context
        self.today = context.today()
        actor = context.actor
        if actor.sees_everything:
            whose = "every service area's review actions"
        elif actor.has("service_manager"):
            whose = "the review actions of your service area, and those you own"
        else:
            whose = "the review actions you own"
        self.ui.introLabel.setText(
            f"Actions identified in service performance reviews, once the review has gone to "
            f"the panel. You see {whose}."
        )
        self.model: RowsModel[TrackedAction] = RowsModel(_columns(self.today), self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.actionsTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.ui.showFilter.addItem("Overdue", SHOW_OVERDUE)
        self.ui.showFilter.addItem("Not yet done", SHOW_OPEN)
        self.ui.showFilter.addItem("All, done too", SHOW_ALL)
        self.ui.areaFilter.addItem("All service areas", None)
        self.ui.showFilter.currentIndexChanged.connect(self._filter)
        self.ui.areaFilter.currentIndexChanged.connect(self._filter)
        self.ui.findEdit.textChanged.connect(self.proxy.set_search)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged):
            signal.connect(self._count)
        table.selectionModel().currentRowChanged.connect(self._selection)
        table.activated.connect(lambda _index: self.mark_done())
        self.ui.doneButton.clicked.connect(self.mark_done)
        self.ui.reopenButton.clicked.connect(self.reopen)
        self.ui.openReviewButton.clicked.connect(self._open_review)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.openReview.connect(self._show_review)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.refresh()
        self._filter()

    def refresh(self) -> None:
        with self.context.db.reading() as session:
            rows = review_actions.tracked_actions(session, self.context.actor)
        self.model.set_rows(rows)
        chosen = self.ui.areaFilter.currentData()
        self.ui.areaFilter.blockSignals(True)
        self.ui.areaFilter.clear()
        self.ui.areaFilter.addItem("All service areas", None)
        for area in sorted({a.service_area for a in rows}):
            self.ui.areaFilter.addItem(area, area)
        self.ui.areaFilter.setCurrentIndex(max(0, self.ui.areaFilter.findData(chosen)))
        self.ui.areaFilter.blockSignals(False)
        self._count()
        self._selection()

    def _filter(self) -> None:
        show = self.ui.showFilter.currentData()
        area = self.ui.areaFilter.currentData()
        today = self.today

        def accept(a: TrackedAction) -> bool:
            state = a.state(today)
            wanted = (
                show == SHOW_ALL
                or (show == SHOW_OPEN and state in (ACTION_OPEN, ACTION_OVERDUE))
                or (show == SHOW_OVERDUE and state == ACTION_OVERDUE)
            )
            return wanted and (area is None or a.service_area == area)

        self.proxy.set_accept(accept)
        self._count()

    def _count(self, *_: object) -> None:
        shown = self.proxy.rowCount()
        overdue = sum(1 for a in self.model.rows if a.state(self.today) == ACTION_OVERDUE)
        self.ui.countLabel.setText(f"{shown} shown · {overdue} overdue in all")

    def current(self) -> TrackedAction | None:
        return self.proxy.row_at(self.ui.actionsTable.currentIndex())

    def _selection(self, *_: object) -> None:
        row = self.current()
        writable = (
            row is not None
            and not self.context.db.read_only
            and may(self.context.actor, REVIEW_ACTIONS)
        )
        self.ui.doneButton.setEnabled(writable and row is not None and row.done_on is None)
        self.ui.reopenButton.setEnabled(writable and row is not None and row.done_on is not None)
        self.ui.openReviewButton.setEnabled(row is not None)

    def mark_done(self) -> None:
        row = self.current()
        if row is None or row.done_on is not None or self.context.db.read_only:
            return
        dialog = ActionDoneDialog(row, self.today, self)
        if not dialog.exec():
            return
        self._change(
            lambda session: review_actions.mark_done(
                session,
                self.context.actor,
                row.id,
                row.review_version,
                dialog.done_on(),
                dialog.note(),
                self.today,
            )
        )

    def reopen(self) -> None:
        row = self.current()
        if row is None or row.done_on is None:
            return
        self._change(
            lambda session: review_actions.reopen(
                session, self.context.actor, row.id, row.review_version
            )
        )

    def _change(self, change: object) -> None:
        try:
            with self.context.db.writing() as session:
                change(session)  # type: ignore[operator]
        except refusals.ValidationFailed as failure:
            QMessageBox.warning(self, "Review actions", failure.problems[0].message)
        except (refusals.NotAllowed, ConflictError) as refusal:
            QMessageBox.warning(self, "Review actions", str(refusal))
        except StoreError as error:
            QMessageBox.warning(self, "Review actions", error.message)
        self.refresh()

    def _open_review(self) -> None:
        row = self.current()
        if row is not None:
            self.openReview.emit(row.review_id)

    def _show_review(self, review_id: int) -> None:
        from qaaudit.ui.review._editor import ReviewEditor

        editor = ReviewEditor(self.context, review_id)
        editor.setWindowFlag(Qt.WindowType.Window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        place(editor, "review-editor", QSize(1280, 820), centre_on=self.window())
        editor.show()
        self.editor = editor
