"""A person's QA activity for a month: what is due, what is done, what is overdue from
earlier months. Audits tick themselves off when completed; anything else is recorded here
as done, with a date and a note. Built to sit on the "My month" page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from qaaudit.domain.due import DONE, OVERDUE, WHEN_NEEDED
from qaaudit.domain.permissions import OTHERS_ACTIVITY, OWN_ACTIVITY
from qaaudit.domain.schedule import MONTH_NAMES, month_title
from qaaudit.services.common.permissions import may
from qaaudit.services.schedule.due import DueItem, DueList, due_list
from qaaudit.services.schedule.plan import PlanProblem
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.forms.ui_due_list import Ui_DueList
from qaaudit.ui.schedule._tables import Column, RowsModel, SearchProxy, done_colour, overdue_colour


def _when(item: DueItem) -> str:
    return month_title(item.month)


def _how(item: DueItem) -> str:
    if item.when_needed:
        return "Only when needed: record it if it was; never overdue"
    if item.automatic:
        return "Counts when you complete the audit"
    return "Record it when done"


def _status_colour(item: DueItem):  # type: ignore[no-untyped-def]
    if item.status == OVERDUE:
        return overdue_colour()
    if item.status == DONE:
        return done_colour()
    return None


COLUMNS: list[Column[DueItem]] = [
    Column("Task", lambda i: i.task),
    Column("Role", lambda i: i.role),
    Column("Activity", lambda i: i.kind_label),
    Column("Month", _when, sort=lambda i: i.month.toordinal()),
    Column("Expected", lambda i: str(i.expected), sort=lambda i: i.expected, right=True),
    Column("Done", lambda i: str(i.done), sort=lambda i: i.done, right=True),
    Column(
        "Status",
        lambda i: i.status_label,
        sort=lambda i: {OVERDUE: 0, "due": 1, "coming": 2, WHEN_NEEDED: 3, DONE: 4}[i.status],
        colour=_status_colour,
        bold=lambda i: i.status == OVERDUE,
    ),
    Column("How it counts", _how),
]


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class RecordActivityDialog(QDialog):
    def __init__(self, context: AppContext, item: DueItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.item = item
        # Imported when first used: the due list is on the first page, recording is not.
        from qaaudit.ui.forms.ui_record_activity_dialog import Ui_RecordActivityDialog

        self.ui = Ui_RecordActivityDialog()
        self.ui.setupUi(self)
        self.ui.taskLabel.setText(f"{item.task} ({item.role}), due in {month_title(item.month)}")
        today = context.today()
        self.ui.dateEdit.setMaximumDate(_qdate(today))
        self.ui.dateEdit.setDate(
            _qdate(min(today, item.month.replace(day=28)) if item.month <= today else today)
        )
        self.ui.countSpin.setValue(max(item.outstanding, 1))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)

    def _save(self) -> None:
        from qaaudit.services.schedule.activities import record_activity

        day = self.ui.dateEdit.date()
        try:
            with self.context.db.writing() as session:
                record_activity(
                    session,
                    self.context.actor,
                    self.item.person_id,
                    self.item.task_key,
                    date(day.year(), day.month(), day.day()),
                    self.ui.noteEdit.toPlainText(),
                    count=self.ui.countSpin.value(),
                    today=self.context.today(),
                )
        except PlanProblem as exc:
            self.ui.problemLabel.setText(str(exc))
            return
        except StoreError as exc:
            self.ui.problemLabel.setText(exc.message)
            return
        self.accept()


class DueListWidget(QWidget):
    """The due list of the person at the screen (or, for the QA lead, anyone's)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_DueList()
        self.ui.setupUi(self)
        self.month = context.today().replace(day=1)
        self.person_id = context.actor.id
        self.current: DueList | None = None
        self.model: RowsModel[DueItem] = RowsModel(COLUMNS, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        view = self.ui.itemsView
        view.setModel(self.proxy)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 200, 170, 110, 70, 50, 110)):
            view.setColumnWidth(column, width)
        view.selectionModel().currentChanged.connect(lambda *_: self._buttons())
        view.doubleClicked.connect(lambda _i: self.record())
        self.ui.previousButton.clicked.connect(lambda: self.step(-1))
        self.ui.nextButton.clicked.connect(lambda: self.step(1))
        self.ui.recordButton.clicked.connect(self.record)
        self.ui.personCombo.setVisible(context.actor.sees_everything)
        if context.actor.sees_everything:
            from qaaudit.services.schedule.roles import people_choices

            with context.db.reading() as session:
                for person_id, name in people_choices(session):
                    self.ui.personCombo.addItem(name, person_id)
            self.ui.personCombo.setCurrentIndex(
                max(self.ui.personCombo.findData(self.person_id), 0)
            )
            self.ui.personCombo.currentIndexChanged.connect(self._person_chosen)
        self.reload()

    def _person_chosen(self) -> None:
        self.person_id = int(self.ui.personCombo.currentData())
        self.reload()

    def step(self, months: int) -> None:
        index = self.month.year * 12 + self.month.month - 1 + months
        self.month = date(index // 12, index % 12 + 1, 1)
        self.reload()

    def reload(self) -> None:
        with self.context.db.reading() as session:
            self.current = due_list(session, self.person_id, self.month, self.context.today())
        listed = self.current
        self.model.set_rows([*listed.overdue, *listed.due])
        self.ui.itemsView.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        self.ui.monthLabel.setText(f"{MONTH_NAMES[self.month.month - 1]} {self.month.year}")
        whose = "You" if self.person_id == self.context.actor.id else listed.person
        due_now = sum(i.outstanding for i in listed.due)
        done_now = sum(min(i.done, i.counted_due) for i in listed.due)
        overdue = sum(i.outstanding for i in listed.overdue)
        needed = sum(1 for i in listed.due if i.status == WHEN_NEEDED)
        if listed.is_empty:
            summary = f"{whose}: nothing from the QAF plan is due in {month_title(self.month)}."
        else:
            summary = (
                f"{whose}: {done_now + due_now} due in {month_title(self.month)}, {done_now} done"
                + (f"; {overdue} overdue from earlier months." if overdue else ".")
                + (f" {needed} only when needed." if needed else "")
            )
        self.ui.summaryLabel.setText(summary)
        self.ui.doneLabel.setText(
            "Done this month: " + "; ".join(listed.done_this_month)
            if listed.done_this_month
            else ""
        )
        self._buttons()

    def selected(self) -> DueItem | None:
        index = self.ui.itemsView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _buttons(self) -> None:
        item = self.selected()
        can = (
            item is not None
            and not item.automatic
            and (item.status != DONE or item.when_needed)
            and not self.context.db.read_only
            and may(
                self.context.actor,
                OWN_ACTIVITY if self.person_id == self.context.actor.id else OTHERS_ACTIVITY,
            )
        )
        self.ui.recordButton.setEnabled(can)
        tip = ""
        if item is not None and item.automatic:
            tip = "Audits count by themselves when you complete them."
        self.ui.recordButton.setToolTip(tip)

    def record(self) -> None:
        item = self.selected()
        if item is None or not self.ui.recordButton.isEnabled():
            return
        if RecordActivityDialog(self.context, item, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
