"""The QA lead changes a draft version of a form: its title and note, its sections and
areas (added, removed, moved, re-worded, with their prompts and narrative headings), its
grade scale; previews it as an auditor will see it; saves it; publishes it.

A published version is never opened here: the page starts a new draft from it."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qaaudit.domain.instrument import AuditInstrument, instrument_from_data
from qaaudit.domain.instrument_file import KEY_PATTERN, instrument_data, problems_in
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.instruments import versions
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.access import install_access_rules
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.theme import set_flag

KIND = Qt.ItemDataRole.UserRole
SECTION, AREA = "section", "area"
GRADE_COLUMNS = ("Key", "Label", "Shortcut", "Counts as good", "Not applicable")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class InstrumentDesigner(QDialog):
    """One draft version, changed in the window and saved as a whole."""

    published = Signal(str, str)
    saved = Signal(str, str)

    def __init__(
        self,
        context: AppContext,
        draft: versions.Draft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        install_access_rules()
        self.context = context
        self.instrument = draft.instrument
        self.row_version = draft.row_version
        self.data = instrument_data(draft.instrument)
        # Keys of the areas this draft started with: they keep their key (a re-worded area
        # is still the same area in the trends); a new area's key can be chosen.
        self.kept_keys = {a.key for a in draft.instrument.areas}
        self.dirty = False
        self._loading = False
        self._current: QTreeWidgetItem | None = None
        self.setWindowTitle(
            f"Change the form: {self.instrument.title}, version {self.instrument.version}"
        )
        self.resize(1280, 700)
        self._build()
        self._load()

    # building ------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.titleEdit = QLineEdit()
        self.titleEdit.setObjectName("formTitleEdit")
        top.addRow(self._label("Form &title", self.titleEdit), self.titleEdit)
        self.noteEdit = QPlainTextEdit()
        self.noteEdit.setObjectName("formNoteEdit")
        self.noteEdit.setFixedHeight(54)
        self.noteEdit.setTabChangesFocus(True)
        top.addRow(self._label("&Note (where the form came from)", self.noteEdit), self.noteEdit)
        self.overallEdit = QLineEdit()
        self.overallEdit.setObjectName("overallLabelEdit")
        top.addRow(self._label("O&verall judgement", self.overallEdit), self.overallEdit)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("designerTabs")
        self.tabs.addTab(self._areas_tab(), "&Sections and areas")
        self.tabs.addTab(self._scale_tab(), "&Grade scale")
        layout.addWidget(self.tabs, 1)

        self.problemsLabel = QLabel()
        self.problemsLabel.setObjectName("designerProblems")
        self.problemsLabel.setWordWrap(True)
        set_flag(self.problemsLabel, "role", "problem")
        self.problemsLabel.hide()
        layout.addWidget(self.problemsLabel)

        buttons = QHBoxLayout()
        self.stateLabel = QLabel()
        buttons.addWidget(self.stateLabel, 1)
        self.previewButton = QPushButton("P&review (F5)")
        self.saveButton = QPushButton("Save &draft (Ctrl+S)")
        self.publishButton = QPushButton("&Publish…")
        self.closeButton = QPushButton("Close")
        for button in (self.previewButton, self.saveButton, self.publishButton, self.closeButton):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.previewButton.clicked.connect(self.preview)
        self.saveButton.clicked.connect(self.save)
        self.publishButton.clicked.connect(self.publish)
        self.closeButton.clicked.connect(self.close)
        QShortcut(QKeySequence("F5"), self, self.preview)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for edit in (self.titleEdit, self.overallEdit):
            edit.textEdited.connect(self._changed)
        self.noteEdit.textChanged.connect(self._changed)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _areas_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("areasTree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Sections and areas of the form")
        self.tree.currentItemChanged.connect(self._chosen)
        left_layout.addWidget(self.tree, 1)
        actions = QHBoxLayout()
        self.addSectionButton = QPushButton("Add s&ection")
        self.addAreaButton = QPushButton("&Add area")
        self.removeButton = QPushButton("Re&move")
        self.upButton = QPushButton("Move &up")
        self.downButton = QPushButton("Move do&wn")
        for button in (
            self.addSectionButton,
            self.addAreaButton,
            self.removeButton,
            self.upButton,
            self.downButton,
        ):
            button.setAutoDefault(False)
            actions.addWidget(button)
        left_layout.addLayout(actions)
        self.addSectionButton.clicked.connect(self.add_section)
        self.addAreaButton.clicked.connect(self.add_area)
        self.removeButton.clicked.connect(self.remove_item)
        self.upButton.clicked.connect(lambda: self.move_item(-1))
        self.downButton.clicked.connect(lambda: self.move_item(1))
        splitter.addWidget(left)

        self.details = QStackedWidget()
        self.details.addWidget(QLabel("Choose a section or an area to change it."))
        self.details.addWidget(self._section_editor())
        self.details.addWidget(self._area_editor())
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        row.addWidget(splitter)
        return page

    def _section_editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.sectionTitleEdit = QLineEdit()
        self.sectionTitleEdit.setObjectName("sectionTitleEdit")
        form.addRow(self._label("Se&ction title", self.sectionTitleEdit), self.sectionTitleEdit)
        self.sectionGuidanceEdit = QPlainTextEdit()
        self.sectionGuidanceEdit.setObjectName("sectionGuidanceEdit")
        self.sectionGuidanceEdit.setTabChangesFocus(True)
        form.addRow(self._label("Guidance", self.sectionGuidanceEdit), self.sectionGuidanceEdit)
        self.sectionTitleEdit.textEdited.connect(self._section_edited)
        self.sectionGuidanceEdit.textChanged.connect(self._section_edited)
        return box

    def _area_editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.areaKeyEdit = QLineEdit()
        self.areaKeyEdit.setObjectName("areaKeyEdit")
        self.areaKeyEdit.setToolTip(
            "The area's stable key: it matches the area across versions in the trends. An "
            "area kept from the earlier version keeps its key."
        )
        form.addRow(self._label("&Key", self.areaKeyEdit), self.areaKeyEdit)
        self.areaTitleEdit = QLineEdit()
        self.areaTitleEdit.setObjectName("areaTitleEdit")
        form.addRow(self._label("Area t&itle", self.areaTitleEdit), self.areaTitleEdit)
        self.areaShortEdit = QLineEdit()
        self.areaShortEdit.setObjectName("areaShortEdit")
        form.addRow(self._label("S&hort name", self.areaShortEdit), self.areaShortEdit)
        self.promptsEdit = QPlainTextEdit()
        self.promptsEdit.setObjectName("promptsEdit")
        self.promptsEdit.setTabChangesFocus(True)
        form.addRow(
            self._label("Guidance pr&ompts (one a line)", self.promptsEdit), self.promptsEdit
        )
        self.notApplicableCheck = QCheckBox("“Not applicable” allowed for this area")
        form.addRow("", self.notApplicableCheck)
        self.evidenceHeadingEdit = QLineEdit()
        self.evidenceHeadingEdit.setObjectName("evidenceHeadingEdit")
        self.evidenceHeadingEdit.setPlaceholderText(self.data["narrative"]["evidence_heading"])
        form.addRow(
            self._label("&First narrative heading", self.evidenceHeadingEdit),
            self.evidenceHeadingEdit,
        )
        self.impactHeadingEdit = QLineEdit()
        self.impactHeadingEdit.setObjectName("impactHeadingEdit")
        self.impactHeadingEdit.setToolTip("Leave empty for one narrative box")
        form.addRow(
            self._label("Second heading (&blank: one box)", self.impactHeadingEdit),
            self.impactHeadingEdit,
        )
        for edit in (
            self.areaKeyEdit,
            self.areaTitleEdit,
            self.areaShortEdit,
            self.evidenceHeadingEdit,
            self.impactHeadingEdit,
        ):
            edit.textEdited.connect(self._area_edited)
        self.promptsEdit.textChanged.connect(self._area_edited)
        self.notApplicableCheck.toggled.connect(self._area_edited)
        return box

    def _scale_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        help_text = QLabel(
            "Best grade first. Each grade says whether it counts as good; the trends use "
            "each version's own scale."
        )
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        self.gradesTable = QTableWidget(0, len(GRADE_COLUMNS))
        self.gradesTable.setObjectName("gradesTable")
        self.gradesTable.setAccessibleName("Grade scale")
        self.gradesTable.setHorizontalHeaderLabels(GRADE_COLUMNS)
        self.gradesTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gradesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gradesTable.itemChanged.connect(self._changed)
        layout.addWidget(self.gradesTable, 1)
        row = QHBoxLayout()
        self.addGradeButton = QPushButton("Add grade be&low")
        self.removeGradeButton = QPushButton("Remove grade")
        self.gradeUpButton = QPushButton("Grade up")
        self.gradeDownButton = QPushButton("Grade down")
        for button in (
            self.addGradeButton,
            self.removeGradeButton,
            self.gradeUpButton,
            self.gradeDownButton,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.addGradeButton.clicked.connect(self.add_grade)
        self.removeGradeButton.clicked.connect(self.remove_grade)
        self.gradeUpButton.clicked.connect(lambda: self.move_grade(-1))
        self.gradeDownButton.clicked.connect(lambda: self.move_grade(1))
        return page

    # the draft on screen ---------------------------------------------------------------

    def _load(self) -> None:
        self._loading = True
        try:
            meta = self.data["instrument"]
            self.titleEdit.setText(meta["title"])
            self.noteEdit.setPlainText(meta.get("note", ""))
            self.overallEdit.setText(self.data.get("overall", {}).get("label", ""))
            self.tree.clear()
            sections = self.data.get("sections") or [
                {"key": "", "title": "", "areas": self.data.get("areas", [])}
            ]
            for section in sections:
                self._section_item(deepcopy(section))
            self.tree.expandAll()
            self.gradesTable.setRowCount(0)
            for grade in self.data["grades"]:
                self._grade_row(self.gradesTable.rowCount(), grade)
        finally:
            self._loading = False
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self._show_state()

    def _section_item(self, section: dict[str, Any], at: int | None = None) -> QTreeWidgetItem:
        areas = section.pop("areas", [])
        item = QTreeWidgetItem([section.get("title") or "(untitled section)"])
        item.setData(0, KIND, (SECTION, section))
        if at is None:
            self.tree.addTopLevelItem(item)
        else:
            self.tree.insertTopLevelItem(at, item)
        for area in areas:
            self._area_item(item, area)
        return item

    def _area_item(
        self, parent: QTreeWidgetItem, area: dict[str, Any], at: int | None = None
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([area.get("title", "")])
        item.setData(0, KIND, (AREA, area))
        if at is None:
            parent.addChild(item)
        else:
            parent.insertChild(at, item)
        return item

    def _grade_row(self, row: int, grade: dict[str, Any]) -> None:
        self._loading, was = True, self._loading
        self.gradesTable.insertRow(row)
        for column, key in enumerate(("key", "label", "shortcut")):
            self.gradesTable.setItem(row, column, QTableWidgetItem(str(grade.get(key, ""))))
        for column, key in ((3, "good"), (4, "not_applicable")):
            item = QTableWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            checked = bool(grade.get(key, False))
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.gradesTable.setItem(row, column, item)
        self._loading = was

    def _chosen(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        self._current = current
        self._loading = True
        try:
            if current is None:
                self.details.setCurrentIndex(0)
                return
            kind, value = current.data(0, KIND)
            if kind == SECTION:
                self.sectionTitleEdit.setText(value.get("title", ""))
                self.sectionGuidanceEdit.setPlainText(value.get("guidance", ""))
                self.details.setCurrentIndex(1)
            else:
                self.areaKeyEdit.setText(value.get("key", ""))
                self.areaKeyEdit.setReadOnly(value.get("key") in self.kept_keys)
                self.areaTitleEdit.setText(value.get("title", ""))
                self.areaShortEdit.setText(value.get("short", ""))
                self.promptsEdit.setPlainText("\n".join(value.get("prompts", [])))
                self.notApplicableCheck.setChecked(bool(value.get("may_be_not_applicable")))
                self.evidenceHeadingEdit.setText(value.get("evidence_heading", ""))
                self.impactHeadingEdit.setText(
                    value["impact_heading"]
                    if "impact_heading" in value
                    else self.data["narrative"]["impact_heading"]
                )
                self.details.setCurrentIndex(2)
        finally:
            self._loading = False

    def _section_edited(self, *_args: object) -> None:
        if self._loading or self._current is None:
            return
        kind, value = self._current.data(0, KIND)
        if kind != SECTION:
            return
        value["title"] = self.sectionTitleEdit.text()
        value["guidance"] = self.sectionGuidanceEdit.toPlainText().strip()
        self._current.setData(0, KIND, (kind, value))
        self._current.setText(0, value["title"] or "(untitled section)")
        self._changed()

    def _area_edited(self, *_args: object) -> None:
        if self._loading or self._current is None:
            return
        kind, value = self._current.data(0, KIND)
        if kind != AREA:
            return
        value["key"] = self.areaKeyEdit.text().strip()
        value["title"] = self.areaTitleEdit.text()
        value["short"] = self.areaShortEdit.text()
        value["prompts"] = _lines(self.promptsEdit.toPlainText())
        value["may_be_not_applicable"] = self.notApplicableCheck.isChecked()
        heading = self.evidenceHeadingEdit.text().strip()
        if heading:
            value["evidence_heading"] = heading
        else:
            value.pop("evidence_heading", None)
        second = self.impactHeadingEdit.text().strip()
        if second == self.data["narrative"]["impact_heading"]:
            value.pop("impact_heading", None)
        else:
            value["impact_heading"] = second
        self._current.setData(0, KIND, (kind, value))
        self._current.setText(0, value["title"])
        self._changed()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self._show_state()

    def _show_state(self) -> None:
        self.stateLabel.setText("Changes not saved yet" if self.dirty else "Saved")
        self.setWindowModified(self.dirty)

    # changing the structure --------------------------------------------------------------

    def _section_of_current(self) -> QTreeWidgetItem | None:
        item = self.tree.currentItem()
        if item is None:
            return self.tree.topLevelItem(self.tree.topLevelItemCount() - 1)
        return item if item.parent() is None else item.parent()

    def add_section(self) -> None:
        number = self.tree.topLevelItemCount() + 1
        section = self._section_of_current()
        at = self.tree.indexOfTopLevelItem(section) + 1 if section else None
        item = self._section_item({"key": f"section_{number}", "title": "New section"}, at)
        self.tree.setCurrentItem(item)
        self._changed()
        self.sectionTitleEdit.setFocus()
        self.sectionTitleEdit.selectAll()

    def add_area(self) -> None:
        section = self._section_of_current()
        if section is None:
            section = self._section_item({"key": "section_1", "title": ""})
        current = self.tree.currentItem()
        at = section.indexOfChild(current) + 1 if current and current.parent() else None
        area = {
            "key": self._new_key(),
            "title": "New area",
            "short": "New area",
            "may_be_not_applicable": False,
            "prompts": [],
        }
        item = self._area_item(section, area, at)
        section.setExpanded(True)
        self.tree.setCurrentItem(item)
        self._changed()
        self.areaTitleEdit.setFocus()
        self.areaTitleEdit.selectAll()

    def _new_key(self) -> str:
        prefix = "".join(part[0] for part in self.instrument.key.split("_") if part)
        taken = {a["key"] for a in self._areas()}
        number = 1
        while f"{prefix}_area_{number}" in taken:
            number += 1
        return f"{prefix}_area_{number}"

    def remove_item(self) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        kind, value = item.data(0, KIND)
        what = (
            f"the section “{value.get('title')}” and its areas"
            if kind == SECTION
            else (f"the area “{value.get('title')}”")
        )
        answer = QMessageBox.question(
            self,
            "Remove from this version?",
            f"Remove {what} from this version? Records already completed keep it; the "
            "trends end its line where this version starts.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        parent = item.parent()
        if parent is None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
        else:
            parent.removeChild(item)
        self._changed()
        self.tree.setFocus()

    def move_item(self, step: int) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is None:
            index = self.tree.indexOfTopLevelItem(item)
            target = index + step
            if not 0 <= target < self.tree.topLevelItemCount():
                return
            expanded = [item.child(i) for i in range(item.childCount())]
            self.tree.takeTopLevelItem(index)
            self.tree.insertTopLevelItem(target, item)
            item.setExpanded(bool(expanded))
        else:
            index = parent.indexOfChild(item)
            target = index + step
            if 0 <= target < parent.childCount():
                parent.takeChild(index)
                parent.insertChild(target, item)
            else:
                # Past the end of its section: into the next (or previous) section.
                sections = self.tree.topLevelItemCount()
                other_index = self.tree.indexOfTopLevelItem(parent) + step
                if not 0 <= other_index < sections:
                    return
                other = self.tree.topLevelItem(other_index)
                parent.takeChild(index)
                other.insertChild(0 if step > 0 else other.childCount(), item)
                other.setExpanded(True)
        self.tree.setCurrentItem(item)
        self._changed()

    def add_grade(self) -> None:
        row = self.gradesTable.rowCount()
        self._grade_row(row, {"key": f"grade_{row + 1}", "label": "New grade", "shortcut": ""})
        self.gradesTable.setCurrentCell(row, 1)
        self.gradesTable.setFocus()
        self._changed()

    def remove_grade(self) -> None:
        row = self.gradesTable.currentRow()
        if row >= 0:
            self.gradesTable.removeRow(row)
            self._changed()

    def move_grade(self, step: int) -> None:
        row = self.gradesTable.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.gradesTable.rowCount():
            return
        grades = self._grades()
        grades.insert(target, grades.pop(row))
        self._loading = True
        self.gradesTable.setRowCount(0)
        for index, grade in enumerate(grades):
            self._grade_row(index, grade)
        self._loading = False
        self.gradesTable.setCurrentCell(target, 1)
        self._changed()

    # the definition made ---------------------------------------------------------------

    def _areas(self) -> list[dict[str, Any]]:
        found = []
        for index in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(index)
            found += [section.child(i).data(0, KIND)[1] for i in range(section.childCount())]
        return found

    def _grades(self) -> list[dict[str, Any]]:
        table = self.gradesTable
        grades = []
        for row in range(table.rowCount()):
            text = [(table.item(row, c).text() if table.item(row, c) else "") for c in range(3)]
            grades.append(
                {
                    "key": text[0].strip(),
                    "label": text[1].strip(),
                    "shortcut": text[2].strip(),
                    "good": table.item(row, 3).checkState() == Qt.CheckState.Checked,
                    "not_applicable": table.item(row, 4).checkState() == Qt.CheckState.Checked,
                }
            )
        return grades

    def definition(self) -> dict[str, Any]:
        data = deepcopy(self.data)
        data["instrument"]["title"] = self.titleEdit.text().strip()
        note = self.noteEdit.toPlainText().strip()
        if note:
            data["instrument"]["note"] = note
        else:
            data["instrument"].pop("note", None)
        data["overall"] = {"label": self.overallEdit.text().strip() or "Overall judgement"}
        sections = []
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            section = dict(item.data(0, KIND)[1])
            section["areas"] = [
                dict(item.child(i).data(0, KIND)[1]) for i in range(item.childCount())
            ]
            if not section.get("guidance"):
                section.pop("guidance", None)
            sections.append(section)
        data.pop("sections", None)
        data.pop("areas", None)
        if len(sections) == 1 and not sections[0].get("title"):
            data["areas"] = sections[0]["areas"]
        else:
            data["sections"] = sections
        grades = self._grades()
        graded = [g for g in grades if not g["not_applicable"]]
        for position, grade in enumerate(graded):
            grade["rank"] = len(graded) - position
        for grade in grades:
            if grade["not_applicable"]:
                grade["rank"] = 0
            else:
                grade.pop("not_applicable")
        data["grades"] = grades
        return data

    def built(self) -> AuditInstrument | None:
        """The instrument as it stands, or None with what is wrong shown."""
        data = self.definition()
        problems = problems_in(data)
        for area in self._areas():
            key = area.get("key", "")
            if key not in self.kept_keys and not KEY_PATTERN.match(key):
                problems.append(f"the key “{key}” is not lower-case letters, digits and _")
        if problems:
            unique = list(dict.fromkeys(problems))
            self.problemsLabel.setText(
                "This form cannot be used yet:\n" + "\n".join(f"• {p}" for p in unique[:8])
            )
            self.problemsLabel.show()
            return None
        self.problemsLabel.hide()
        return instrument_from_data(data)

    # saving, preview, publishing -------------------------------------------------------

    def save(self) -> bool:
        built = self.built()
        if built is None:
            return False
        key, version = self.instrument.key, self.instrument.version
        try:
            with self.context.db.writing() as session:
                draft = versions.save_draft(
                    session, self.context.actor, key, version, self.row_version, built
                )
        except ValidationFailed as failed:
            self.problemsLabel.setText("\n".join(p.message for p in failed.problems))
            self.problemsLabel.show()
            return False
        except (NotAllowed, StoreError) as refused:
            QMessageBox.warning(self, "Not saved", getattr(refused, "message", str(refused)))
            return False
        self.row_version = draft.row_version
        self.instrument = draft.instrument
        self.dirty = False
        self._show_state()
        self.saved.emit(key, version)
        return True

    def preview(self) -> None:
        from qaaudit.ui.audit.editor import AuditEditor

        built = self.built()
        if built is None:
            return
        editor = AuditEditor(self.context, preview=built, parent=self)
        editor.setWindowModality(Qt.WindowModality.WindowModal)
        editor.resize(1366, 720)
        self.preview_window = editor
        editor.show()

    def publish(self) -> bool:
        if self.dirty and not self.save():
            return False
        if self.built() is None:
            return False
        key, version = self.instrument.key, self.instrument.version
        answer = QMessageBox.question(
            self,
            "Publish this version?",
            f"Publish {self.instrument.title}, version {version}? New records are started on "
            "it from now on; records already started keep their version. A published version "
            "can no longer be changed, only replaced by a newer one.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            with self.context.db.writing() as session:
                versions.publish(session, self.context.actor, key, version)
        except (NotAllowed, ValidationFailed, StoreError) as refused:
            QMessageBox.warning(self, "Not published", getattr(refused, "message", str(refused)))
            return False
        self.published.emit(key, version)
        self.accept()
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt naming
        if self.dirty:
            answer = QMessageBox.question(
                self,
                "Save the changes?",
                "The changes to this form are not saved. Save them in the draft?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def reject(self) -> None:
        self.close()
