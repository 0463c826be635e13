"""The corrective action page: cases audited as less than good, and the service manager's
confirmation that corrective action has been completed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QDate,
    QItemSelectionModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from qaaudit.domain.corrective import STATE_CONFIRMED_LATE, STATE_OVERDUE, short_state
from qaaudit.domain.permissions import CORRECTIVE_OPEN
from qaaudit.services.audit import follow_up
from qaaudit.services.common.permissions import may
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.corrective import actions as corrective
from qaaudit.services.corrective.actions import CorrectiveActionRow, CorrectiveFilter
from qaaudit.services.summaries.learning import service_areas
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.background import NewestRead, say_read, say_reading, say_unread
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.common.theme import colour, qcolour
from qaaudit.ui.corrective.start_day import StartDayLine
from qaaudit.ui.forms.ui_corrective_actions import Ui_CorrectiveActionsPage

log = logging.getLogger(__name__)

SHOW_LABELS = (
    (corrective.NEEDING_CONFIRMATION, "Needing confirmation"),
    (corrective.OVERDUE, "Overdue"),
    (corrective.CONFIRMED_ONLY, "Confirmed"),
    (corrective.EVERY, "All"),
)


def _columns(today: Callable[[], date]) -> list[Column[CorrectiveActionRow]]:
    """Corrective actions as rows; sorted by the raw dates, not their text."""

    def overdue(row: CorrectiveActionRow) -> bool:
        return row.state(today()) == STATE_OVERDUE

    def state_tip(row: CorrectiveActionRow) -> str:
        if row.state(today()) == STATE_CONFIRMED_LATE:
            return "Confirmed after the end of the month following the audit."
        return row.describe(today())

    return [
        Column("Audit no.", lambda r: str(r.audit_id), lambda r: r.audit_id),
        Column("Case number", lambda r: r.case_number, lambda r: r.case_number),
        Column(
            "Audit month", lambda r: f"{r.audit_month:%b %Y}", lambda r: r.audit_month.isoformat()
        ),
        Column("Service area", lambda r: r.service_area, lambda r: r.service_area),
        Column("Team", lambda r: r.team, lambda r: r.team),
        Column("Auditor", lambda r: r.auditor, lambda r: r.auditor),
        Column(
            "Due by", lambda r: f"{r.due_on.day} {r.due_on:%b %Y}", lambda r: r.due_on.isoformat()
        ),
        Column(
            "State",
            lambda r: short_state(r.due_on, r.confirmed_on, today()),
            lambda r: f"{r.state(today())} {r.due_on.isoformat()}",
            tip=state_tip,
            colour=lambda r: qcolour("overdue_ink") if overdue(r) else None,
            bold=overdue,
        ),
    ]


class CorrectiveActionsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CorrectiveActionsPage()
        self.ui.setupUi(self)
        self.ui.problemLabel.setStyleSheet(f"color: {colour('overdue_ink')};")
        self.ui.countLabel.setWordWrap(True)  # a list that could not be read says why
        self.ui.filterLayout.setStretchFactor(self.ui.countLabel, 1)
        self.start_day = StartDayLine(context, self)
        self.start_day.changed.connect(self._start_day_changed)
        layout = self.ui.pageLayout
        layout.insertWidget(layout.indexOf(self.ui.introLabel) + 1, self.start_day)
        for place in range(layout.count()):
            layout.setStretch(place, 1 if layout.itemAt(place).widget() is self.ui.splitter else 0)
        self.model: RowsModel[CorrectiveActionRow] = RowsModel(_columns(context.today), self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Columns as wide as the first rows need: measuring ten years of actions took a
        # second.
        header.setResizeContentsPrecision(200)
        for label_key, label in SHOW_LABELS:
            self.ui.showCombo.addItem(label, label_key)
        self._fill_areas()
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        # Only someone who may open corrective action catches up the audits that lack it.
        self._backfilled = not may(context.actor, CORRECTIVE_OPEN)
        self._said = ""
        # The row the note and date boxes were filled from, and whether they were changed
        # since: a list read again must not overwrite a note being written.
        self._base: CorrectiveActionRow | None = None
        self._touched = False
        self._filling = False  # the boxes are being filled from a row, not typed in
        # After a clash: the version the person was shown, which the boxes start from
        # once it is read (a later one, unseen, is a clash again).
        self._rebase_to: int | None = None
        self._reader = NewestRead("The corrective actions could not be read.", self)
        self._reader.failed.connect(
            lambda message: say_unread(self.ui.countLabel, self.ui.table, message)
        )
        self.ui.noteEdit.textChanged.connect(self._changed_by_hand)
        self.ui.dateEdit.dateChanged.connect(self._changed_by_hand)
        self.ui.showCombo.currentIndexChanged.connect(self.refresh)
        self.ui.areaCombo.currentIndexChanged.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.confirmButton.clicked.connect(self.confirm)
        self.ui.table.selectionModel().currentRowChanged.connect(self._show_selected)
        self.refresh()

    def _fill_areas(self) -> None:
        self.ui.areaCombo.addItem("All service areas", None)
        with self.context.db.reading() as session:
            for area_id, name in service_areas(session):
                self.ui.areaCombo.addItem(name, area_id)
        own = self.context.actor.service_area_id
        if own is not None and not self.context.actor.sees_everything:
            self.ui.areaCombo.setCurrentIndex(max(0, self.ui.areaCombo.findData(own)))

    def show_choice(self, key: str) -> None:
        self.ui.showCombo.setCurrentIndex(self.ui.showCombo.findData(key))

    @property
    def reading(self) -> bool:
        return self._reader.reading

    def refresh(self) -> None:
        """Read the list again off the window's thread (ten years of a council's actions
        take half a second, longer from a distant server). The rows on screen, and a note
        being written, stay until it arrives."""
        context = self.context
        actor, db, today = context.actor, context.db, context.today()
        backfill = not self._backfilled and not db.read_only
        flt = CorrectiveFilter(
            show=self.ui.showCombo.currentData() or corrective.NEEDING_CONFIRMATION,
            service_area_id=self.ui.areaCombo.currentData(),
        )

        def read() -> tuple[list[CorrectiveActionRow], bool]:
            caught_up = False
            if backfill:
                # Audits imported or completed before corrective action existed get theirs;
                # if that cannot be written now, the list is still read, and it is tried
                # again next time.
                try:
                    with db.writing() as session:
                        follow_up.backfill(session, actor, today)
                    caught_up = True
                except StoreError as problem:
                    log.warning("corrective action not caught up: %s", type(problem).__name__)
            with db.reading() as session:
                return corrective.list_corrective(session, actor, flt, today), caught_up

        def show(result: tuple[list[CorrectiveActionRow], bool]) -> None:
            rows, caught_up = result
            self._backfilled = self._backfilled or caught_up
            self._show_rows(rows, flt, today)

        say_reading(self.ui.countLabel, self.ui.table, "Reading the cases…")
        self._reader.ask(read, show)

    def _show_rows(
        self, rows: list[CorrectiveActionRow], flt: CorrectiveFilter, today: date
    ) -> None:
        # The case chosen, or the one whose note is being written though it was out of
        # the list: chosen again if it is in the new one.
        chosen = self.selected() or self._note_for()
        self.model.set_rows(rows)
        # One service area chosen: its name on every row says nothing.
        self.ui.table.setColumnHidden(3, flt.service_area_id is not None)
        self.ui.table.resizeColumnsToContents()  # from the first rows: see __init__
        overdue = sum(1 for r in rows if r.is_overdue(today))
        count = "1 case" if len(rows) == 1 else f"{len(rows):,} cases"
        said = f" · {self._said}" if self._said else ""
        self._said = ""
        say_read(
            self.ui.countLabel,
            self.ui.table,
            count + (f", {overdue:,} overdue" if overdue else "") + said,
        )
        if chosen is not None and self.select_action(chosen.id):
            return  # selecting it showed it, as it is now
        if rows and self._note_for() is None:
            self.ui.table.selectRow(0)  # else the note waits for its case, unselected
        self._show_selected()

    def _start_day_changed(self, said: str) -> None:
        self._said = said
        self.refresh()

    def select_action(self, action_id: int) -> bool:
        for source_row, row in enumerate(self.model.rows):
            if row.id == action_id:
                index = self.proxy.mapFromSource(self.model.index(source_row, 0))
                self.ui.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.ui.table.scrollTo(index)
                return True
        return False

    def selected(self) -> CorrectiveActionRow | None:
        index = self.ui.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        if not 0 <= source.row() < len(self.model.rows):
            return None
        return self.model.rows[source.row()]

    def _note_for(self) -> CorrectiveActionRow | None:
        """The case whose note is being written (the boxes changed by hand), if any."""
        return self._base if self._touched else None

    def _set_writable(self, writable: bool) -> None:
        for widget in (self.ui.noteEdit, self.ui.dateEdit, self.ui.confirmButton):
            widget.setEnabled(writable)

    def _changed_by_hand(self, *_: Any) -> None:
        if not self._filling:
            self._touched = True

    def _show_selected(self, *_: Any) -> None:
        row = self.selected()
        ui = self.ui
        base = self._note_for()
        if base is not None and (row is None or row.id == base.id):
            # A note being written for this case stays as typed when the list is read
            # again; a clash recorded meanwhile is found when it is confirmed.
            if row is None:  # not in the list now: the note waits for it to be chosen
                self._set_writable(False)
                ui.caseLabel.setText(
                    f"Case {_escape(base.case_number)} is not in this list now. Choose it "
                    "again to go on with your note, or choose another case."
                )
                return
            if row.version == self._rebase_to:  # what the person was shown: start from it
                self._base, self._rebase_to = row, None
            self._show_case(row)
            return
        ui.problemLabel.clear()
        self._base, self._touched, self._rebase_to = row, False, None
        self._filling = True
        try:
            self._fill(row)
        finally:
            self._filling = False

    def _fill(self, row: CorrectiveActionRow | None) -> None:
        ui = self.ui
        if row is None:
            ui.caseLabel.setText("Choose a case from the list.")
            ui.stateLabel.clear()
            ui.noteEdit.setPlainText("")
            self._set_writable(False)
            ui.permissionLabel.clear()
            return
        today = self.context.today()
        ui.noteEdit.setPlainText(row.note)
        ui.dateEdit.setMinimumDate(QDate(row.audit_month.year, row.audit_month.month, 1))
        ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        shown = row.confirmed_on or today
        ui.dateEdit.setDate(QDate(shown.year, shown.month, shown.day))
        self._show_case(row)

    def _show_case(self, row: CorrectiveActionRow) -> None:
        """What the case is and where its corrective action stands, and who may confirm."""
        ui = self.ui
        ui.caseLabel.setText(
            f"<b>{_escape(row.case_number)}</b> · audit no. {row.audit_id}<br>"
            f"{_escape(row.team) or 'No team recorded'} ({_escape(row.service_area)})<br>"
            f"Audited {row.audit_month:%B %Y} by {_escape(row.auditor)}: {_escape(row.overall)}"
        )
        state = row.describe(self.context.today())
        if row.confirmed_by:
            state += f" by {row.confirmed_by}"
        ui.stateLabel.setText(state)
        allowed = corrective.may_confirm(self.context.actor, row.service_area_id)
        writable = allowed and not self.context.db.read_only
        self._set_writable(writable)
        ui.confirmButton.setText(
            "Correct the confirmation"
            if row.status == "confirmed"
            else "C&onfirm corrective action"
        )
        if self.context.db.read_only:
            ui.permissionLabel.setText("The database is read-only: nothing can be confirmed.")
        elif not allowed:
            ui.permissionLabel.setText(
                "Only the service manager for this team's service area can confirm its "
                "corrective action."
            )
        else:
            ui.permissionLabel.clear()

    def confirm(self) -> None:
        row = self._base  # the case as it was when the note was begun
        if row is None or self.selected() is None:
            return
        picked = self.ui.dateEdit.date()
        on = date(picked.year(), picked.month(), picked.day())
        note = self.ui.noteEdit.toPlainText()
        try:
            with self.context.db.writing() as session:
                done = corrective.confirm(
                    session, self.context.actor, row.id, row.version, note, on, self.context.today()
                )
        except ValidationFailed as refused:
            self.ui.problemLabel.setText("\n".join(p.message for p in refused.problems))
            field = refused.problems[0].field
            (self.ui.noteEdit if field == "note" else self.ui.dateEdit).setFocus()
            return
        except ConflictError as conflict:
            theirs = "\n".join(f"{name}: {stored}" for name, _mine, stored in conflict.differences)
            QMessageBox.warning(
                self, "Corrective action", f"{conflict.message}\n\nWhat is recorded now:\n{theirs}"
            )
            self.ui.problemLabel.setText(
                "Not saved: someone else recorded this first. Your note is still here."
            )
            # Read the case again, keeping the note and date as they are; confirming
            # again then records them over what the message showed.
            self._touched, self._rebase_to = True, conflict.version
            self.refresh()
            return
        except (NotAllowed, StoreError) as refused:
            message = getattr(refused, "message", None) or str(refused)
            QMessageBox.warning(self, "Corrective action", message)
            return
        self._said = f"Corrective action for audit no. {done.audit_id} confirmed."
        # Recorded: the boxes hold what is stored, and a correction made before the list
        # comes back starts from this version.
        self._base, self._touched, self._rebase_to = done, False, None
        self._show_case(done)
        self.refresh()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
