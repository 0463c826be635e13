"""The Instruments page: every form the program knows and its versions (shipped with the
program, published by the council, drafts); the QA lead starts a new version, changes a
draft, previews, publishes, and shares a form as a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qaaudit.domain.instrument_file import InstrumentFileError
from qaaudit.domain.permissions import INSTRUMENT_EDIT
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.instruments import versions
from qaaudit.services.instruments.versions import VersionRow
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.common.theme import set_flag

TOML_FILES = "Form definition (*.toml)"
MAX_FILE = 2_000_000

COLUMNS: list[Column[VersionRow]] = [
    Column("Form", lambda r: r.title),
    Column("Version", lambda r: r.version),
    Column("Status", lambda r: r.status_words),
    Column("New records use it", lambda r: "Yes" if r.current else ""),
    Column("Records", lambda r: str(r.records), sort=lambda r: r.records, right=True),
    Column("Key", lambda r: r.key),
]


class InstrumentsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.can = context.can(INSTRUMENT_EDIT)
        layout = QVBoxLayout(self)
        title = QLabel("The council's forms")
        set_flag(title, "role", "pageTitle")
        layout.addWidget(title)
        subtitle = QLabel(
            "Each QA activity is completed on a form. A published version never changes: "
            "start a new version to change a form, preview it, then publish it. Records "
            "keep the version they were started on."
        )
        subtitle.setWordWrap(True)
        set_flag(subtitle, "role", "pageSubtitle")
        layout.addWidget(subtitle)
        self.model: RowsModel[VersionRow] = RowsModel(COLUMNS, self)
        self.proxy = RowsProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("instrumentsView")
        self.view.setAccessibleName("Forms and their versions")
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(lambda _i: self.change_draft())
        layout.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.newButton = QPushButton("&New version")
        self.changeButton = QPushButton("&Change draft…")
        self.previewButton = QPushButton("P&review")
        self.publishButton = QPushButton("&Publish…")
        self.removeButton = QPushButton("Re&move draft")
        self.exportButton = QPushButton("E&xport…")
        self.importButton = QPushButton("&Import…")
        for button in (
            self.newButton,
            self.changeButton,
            self.previewButton,
            self.publishButton,
            self.removeButton,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.exportButton)
        row.addWidget(self.importButton)
        layout.addLayout(row)
        self.newButton.clicked.connect(self.new_version)
        self.changeButton.clicked.connect(self.change_draft)
        self.previewButton.clicked.connect(self.preview)
        self.publishButton.clicked.connect(self.publish)
        self.removeButton.clicked.connect(self.remove_draft)
        self.exportButton.clicked.connect(lambda: self.export())
        self.importButton.clicked.connect(lambda: self.import_file())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._enable())
        self.refresh()

    # the list --------------------------------------------------------------------------

    def refresh(self, select: tuple[str, str] | None = None) -> None:
        with self.context.db.reading() as session:
            rows = versions.list_versions(session)
        current = self.selected()
        chosen = select or ((current.key, current.version) if current else None)
        self.model.set_rows(rows)
        if chosen:
            for index, row in enumerate(self.model.rows):  # in the order chosen on screen
                if (row.key, row.version) == chosen:
                    self.view.selectRow(self.proxy.mapFromSource(self.model.index(index, 0)).row())
                    break
        elif rows:
            self.view.selectRow(0)
        self._enable()

    def selected(self) -> VersionRow | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        row: VersionRow = self.proxy.row_at(index)
        return row

    def _enable(self) -> None:
        row = self.selected()
        draft = row is not None and row.status == versions.DRAFT
        editable = self.can and not self.context.read_only
        self.newButton.setEnabled(editable and row is not None)
        self.changeButton.setEnabled(editable and draft)
        self.publishButton.setEnabled(editable and draft)
        self.removeButton.setEnabled(editable and draft)
        self.importButton.setEnabled(editable)
        self.previewButton.setEnabled(row is not None)
        self.exportButton.setEnabled(row is not None)

    # what the QA lead does -------------------------------------------------------------

    def _refused(self, error: Exception, title: str) -> None:
        if isinstance(error, ValidationFailed):
            text = "\n".join(p.message for p in error.problems)
        else:
            text = getattr(error, "message", None) or str(error).strip("'\"")
        QMessageBox.warning(self, title, text)

    def new_version(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            with self.context.db.writing() as session:
                made = versions.start_version(session, self.context.actor, row.key)
        except (NotAllowed, StoreError, LookupError) as error:
            self._refused(error, "No new version")
            return
        self.refresh((made.key, made.version))
        self.change_draft()

    def _draft(self, row: VersionRow) -> versions.Draft:
        with self.context.db.reading() as session:
            return versions.load_draft(session, row.key, row.version)

    def change_draft(self) -> None:
        from qaaudit.ui.instruments.designer import InstrumentDesigner

        row = self.selected()
        if row is None or row.status != versions.DRAFT or not self.can:
            return
        designer = InstrumentDesigner(self.context, self._draft(row), self)
        designer.saved.connect(lambda k, v: self.refresh((k, v)))
        designer.published.connect(lambda k, v: self.refresh((k, v)))
        self.designer = designer
        designer.open()

    def preview(self) -> None:
        from qaaudit.domain.instrument import instrument_version
        from qaaudit.ui.audit.editor import AuditEditor

        row = self.selected()
        if row is None:
            return
        instrument = (
            self._draft(row).instrument
            if row.status == versions.DRAFT
            else instrument_version(row.key, row.version)
        )
        editor = AuditEditor(self.context, preview=instrument, parent=self)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.resize(1366, 720)
        self.preview_window = editor
        editor.show()

    def publish(self) -> None:
        row = self.selected()
        if row is None or row.status != versions.DRAFT:
            return
        answer = QMessageBox.question(
            self,
            "Publish this version?",
            f"Publish {row.title}, version {row.version}? New records are started on it from "
            "now on; records already started keep their version. A published version can no "
            "longer be changed, only replaced by a newer one.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                versions.publish(session, self.context.actor, row.key, row.version)
        except (NotAllowed, ValidationFailed, StoreError, LookupError, InstrumentFileError) as e:
            self._refused(e, "Not published")
            return
        self.refresh((row.key, row.version))

    def remove_draft(self) -> None:
        row = self.selected()
        if row is None or row.status != versions.DRAFT:
            return
        answer = QMessageBox.question(
            self,
            "Remove this draft?",
            f"Remove the draft version {row.version} of {row.title}? Published versions "
            "are not touched.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                versions.delete_draft(session, self.context.actor, row.key, row.version)
        except (NotAllowed, StoreError) as error:
            self._refused(error, "Not removed")
            return
        self.refresh()

    def export(self, target: Path | None = None) -> Path | None:
        from qaaudit.exports.common.files import ExportNotWritten, replace_atomically

        row = self.selected()
        if row is None:
            return None
        if target is None:
            suggested = Path.home() / f"{row.key}-{row.version}.toml"
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export the form", str(suggested), TOML_FILES
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.suffix.lower() != ".toml":
            target = target.with_name(target.name + ".toml")
        with self.context.db.reading() as session:
            text = versions.definition_text(session, row.key, row.version)
        try:
            with replace_atomically(target) as temporary:
                temporary.write_text(text, encoding="utf-8")
        except ExportNotWritten as failed:
            QMessageBox.warning(self, "Not written", failed.message)
            return None
        QMessageBox.information(self, "Form written", f"The form was written to {target}.")
        return target

    def import_file(self, source: Path | None = None) -> VersionRow | None:
        if source is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, "Import a form", str(Path.home()), TOML_FILES
            )
            if not chosen:
                return None
            source = Path(chosen)
        try:
            if source.stat().st_size > MAX_FILE:
                raise ValueError(f"{source.name} is too large to be a form's definition.")
            text = source.read_text(encoding="utf-8")
            with self.context.db.writing() as session:
                made = versions.import_definition(session, self.context.actor, text, source.name)
        except UnicodeDecodeError:
            QMessageBox.warning(
                self, "Not imported", f"{source.name} is not a text file (TOML, as UTF-8)."
            )
            return None
        except (OSError, ValueError, NotAllowed, ValidationFailed, StoreError) as error:
            self._refused(error, "Not imported")
            return None
        self.refresh((made.key, made.version))
        QMessageBox.information(
            self,
            "Imported as a draft",
            f"{made.title}, version {made.version}, is a draft: check it with Preview, "
            "then publish it.",
        )
        return made
