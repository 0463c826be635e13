"""The list of service performance reviews: by service area and period, with overall
position, status and how their actions stand; filter, sort, open, compare, export."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget

from qaaudit.domain.permissions import REVIEW_EXPORT, REVIEW_WRITE
from qaaudit.domain.review import DRAFT, STATUS_LABELS
from qaaudit.services.common import drafts, refusals
from qaaudit.services.common.actor import service_area_names
from qaaudit.services.common.permissions import may
from qaaudit.services.review import reviews
from qaaudit.services.review.listing import ReviewSummary, list_reviews
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.placement import place
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.forms.ui_review_list import Ui_ReviewList
from qaaudit.ui.review._export import REVIEW_PDF, SUMMARY_PDF, WORKBOOK, start_export
from qaaudit.ui.review._tables import judgement_fill, judgement_ink, warning

COLUMNS: list[Column[ReviewSummary]] = [
    Column("No.", lambda r: str(r.id), lambda r: r.id, right=True),
    Column("Service area", lambda r: r.service_area),
    Column("Period", lambda r: r.period.label, lambda r: r.period.start.toordinal()),
    Column(
        "Panel",
        lambda r: f"{r.panel_date:%d/%m/%Y}" if r.panel_date else "",
        lambda r: r.panel_date.isoformat() if r.panel_date else "",
    ),
    Column(
        "Overall position",
        lambda r: r.overall_text,
        lambda r: r.overall_rank,
        colour=judgement_ink(lambda r: r.overall),
        background=judgement_fill(lambda r: r.overall),
    ),
    Column("Judgements", lambda r: r.profile_text),
    Column(
        "Status", lambda r: r.status_label, lambda r: ("draft", "panel", "final").index(r.status)
    ),
    Column("Open actions", lambda r: str(r.actions_open), lambda r: r.actions_open, right=True),
    Column(
        "Overdue",
        lambda r: str(r.actions_overdue),
        lambda r: r.actions_overdue,
        right=True,
        colour=warning(lambda r: r.actions_overdue > 0),
    ),
    Column("Written by", lambda r: r.author),
]
PERIOD_COLUMN = 2


class ReviewListPage(QWidget):
    """A page of the main window; opens each review in its own editor window."""

    openRequested = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewList()
        self.ui.setupUi(self)
        self.context = context
        self.editors: dict[int, QWidget] = {}
        self.runner: object | None = None
        self.model: RowsModel[ReviewSummary] = RowsModel(COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.reviewTable
        table.setModel(self.proxy)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.sortByColumn(PERIOD_COLUMN, Qt.SortOrder.DescendingOrder)
        self.ui.areaFilter.addItem("All service areas", None)
        with context.db.reading() as session:
            for name in service_area_names(session):
                self.ui.areaFilter.addItem(name, name)
        self.ui.statusFilter.addItem("Any status", None)
        for key, label in STATUS_LABELS.items():
            self.ui.statusFilter.addItem(label, key)
        self.ui.areaFilter.currentIndexChanged.connect(self._filter)
        self.ui.statusFilter.currentIndexChanged.connect(self._filter)
        self.ui.findEdit.textChanged.connect(self.proxy.set_search)
        self.proxy.rowsInserted.connect(self._count)
        self.proxy.rowsRemoved.connect(self._count)
        self.proxy.modelReset.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        table.activated.connect(self._activated)
        table.selectionModel().currentRowChanged.connect(self._selection)
        self.ui.newButton.clicked.connect(self.new_review)
        self.ui.openButton.clicked.connect(lambda: self._with_current(self.open_review))
        self.ui.compareButton.clicked.connect(lambda: self._with_current(self.compare))
        self.ui.deleteButton.clicked.connect(lambda: self._with_current(self.delete_draft))
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.pendingButton.clicked.connect(self._open_pending)
        menu = QMenu(self.ui.exportButton)
        menu.addAction("The review as PDF…", lambda: self._export(REVIEW_PDF))
        menu.addAction("One-page summary for the team (PDF)…", lambda: self._export(SUMMARY_PDF))
        menu.addAction("Rows and actions to Excel…", lambda: self._export(WORKBOOK))
        self.ui.exportButton.setMenu(menu)
        QShortcut(QKeySequence("F5"), self, activated=self.refresh)
        self.ui.newButton.setEnabled(not context.db.read_only and may(context.actor, REVIEW_WRITE))
        self.openRequested.connect(self.open_review)
        self.refresh()

    # -- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.context.db.reading() as session:
            rows = list_reviews(session, self.context.today())
            pending = drafts.pending(session, self.context.actor.id, kind=reviews.DRAFT_KIND)
        self.model.set_rows(rows)
        self._pending = [p for p in pending if p.record_id is not None]
        if self._pending:
            first = self._pending[0]
            self.ui.pendingLabel.setText(
                f"You have unsaved changes to the review “{first.title}” from "
                f"{first.saved_at:%d/%m/%Y %H:%M} (UTC)."
            )
        self.ui.pendingBar.setVisible(bool(self._pending))
        self._count()
        self._selection()

    def _filter(self) -> None:
        area = self.ui.areaFilter.currentData()
        status = self.ui.statusFilter.currentData()
        self.proxy.set_accept(
            lambda r: (
                (area is None or r.service_area == area) and (status is None or r.status == status)
            )
        )

    def _count(self, *_: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        noun = "review" if total == 1 else "reviews"
        self.ui.countLabel.setText(
            f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"
        )

    def current(self) -> ReviewSummary | None:
        return self.proxy.row_at(self.ui.reviewTable.currentIndex())

    def _selection(self, *_: object) -> None:
        row = self.current()
        self.ui.openButton.setEnabled(row is not None)
        self.ui.exportButton.setEnabled(row is not None and may(self.context.actor, REVIEW_EXPORT))
        self.ui.compareButton.setEnabled(row is not None)
        self.ui.deleteButton.setEnabled(
            row is not None
            and row.status == DRAFT
            and reviews.may_author(self.context.actor, row.service_area_id)
            and not self.context.db.read_only
        )

    def _with_current(self, act: object) -> None:
        row = self.current()
        if row is not None:
            act(row.id)  # type: ignore[operator]

    def _activated(self, index: QModelIndex) -> None:
        row = self.proxy.row_at(index)
        if row is not None:
            self.openRequested.emit(row.id)

    # -- acts -------------------------------------------------------------------------
    def new_review(self) -> None:
        from qaaudit.ui.review._new_review import NewReviewDialog

        dialog = NewReviewDialog(self.context, self)
        if dialog.exec() and dialog.review_id is not None:
            self.refresh()
            self.open_review(dialog.review_id)

    def open_review(self, review_id: int) -> QWidget:
        from qaaudit.ui.review._editor import ReviewEditor

        editor = self.editors.get(review_id)
        if editor is None or not editor.isVisible():
            editor = ReviewEditor(self.context, review_id)
            editor.setWindowFlag(Qt.WindowType.Window)
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            place(editor, "review-editor", QSize(1280, 820), centre_on=self.window())
            editor.saved.connect(lambda _id: self.refresh())
            editor.destroyed.connect(lambda *_: self.editors.pop(review_id, None))
            self.editors[review_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def compare(self, review_id: int) -> None:
        from qaaudit.ui.review._compare import ReviewCompareView

        view = ReviewCompareView(self.context, review_id)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        place(view, "review-compare", QSize(1100, 700), centre_on=self.window())
        view.show()
        self.compare_view = view

    def delete_draft(self, review_id: int) -> None:
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete draft",
            f"Delete the draft review of {row.service_area}, {row.period.label}?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                reviews.delete_draft(session, self.context.actor, review_id, row.version)
        except (refusals.NotAllowed, ConflictError) as refusal:
            QMessageBox.warning(self, "Delete draft", str(refusal))
        except StoreError as error:
            QMessageBox.warning(self, "Delete draft", error.message)
        self.refresh()

    def _export(self, kind: str) -> None:
        row = self.current()
        if row is not None:
            name = f"{row.service_area} review {row.period.label}"
            self.runner = start_export(
                self, self.context.db, row.id, kind, self.context.today(), name
            )

    def _open_pending(self) -> None:
        if self._pending and self._pending[0].record_id is not None:
            self.open_review(self._pending[0].record_id)
