"""The audit editor: the case file audit, or any other of the council's instruments
(observation of practice, dip sample, ...), on screen, built from its definition.

The judgement comes first in every area, then the narrative under its headings. What is
typed is kept in a recovery copy every few seconds; saving never overwrites someone
else's save; a completed record opens locked. The QA lead's preview of a draft form is
the same editor, with nothing saved.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QMainWindow, QMessageBox, QWidget

from qaaudit.domain.audit import AreaEntry, AuditForm, Problem, consistency_warnings, headline
from qaaudit.domain.audit_codec import form_from_dict
from qaaudit.domain.instrument import CASE_FILE_AUDIT, AuditInstrument
from qaaudit.domain.permissions import AUDIT_DRAFT, permission
from qaaudit.services.audit import audits
from qaaudit.services.audit.audits import AuditRecord
from qaaudit.services.common.actor import team_choices
from qaaudit.services.common.drafts import Snapshot
from qaaudit.services.common.permissions import may
from qaaudit.ui.audit._agreed_actions import AgreedActionsModel
from qaaudit.ui.audit._area_panel import PracticeAreaPanel
from qaaudit.ui.audit._autosave import Autosave
from qaaudit.ui.audit._instrument_form import OwnFields, add_section_heading, apply_header_words
from qaaudit.ui.audit._problems import ProblemDisplay
from qaaudit.ui.audit._saving import EditorSaving, slot_for
from qaaudit.ui.audit.earlier_audit import add_to_editor
from qaaudit.ui.audit.recovery import local_time
from qaaudit.ui.common.access import install_access_rules
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.fields import DateFormatError
from qaaudit.ui.common.theme import headline_colour, repolish, set_flag
from qaaudit.ui.forms.ui_audit_editor import Ui_AuditEditor
from qaaudit.ui.help.hints import AREA_KEYS, hints_html


def month_name(day: date | datetime) -> str:
    return day.strftime("%B %Y")


class AuditEditor(EditorSaving, QMainWindow):
    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        record: AuditRecord | None = None,
        *,
        form: AuditForm | None = None,
        slot: str | None = None,
        parent: QWidget | None = None,
        instrument_key: str = CASE_FILE_AUDIT,
        preview: AuditInstrument | None = None,
    ) -> None:
        super().__init__(parent)
        install_access_rules()
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.ui = Ui_AuditEditor()
        self.ui.setupUi(self)
        self.context = context
        self.record = record
        self.preview = preview is not None
        self.instrument = preview or audits.instrument_for(record, instrument_key)
        self.audit_id: int | None = record.id if record else None
        self.version: int | None = record.version if record else None
        self.dirty = False
        self._loading = False
        self._editable = True
        self._teams: dict[int, str] = {}
        self.panels: dict[str, PracticeAreaPanel] = {}
        self.actions_model = AgreedActionsModel(self)

        self._build()
        self.problems = ProblemDisplay(self.ui, self.panels, self.actions_model, self)
        self.problems.fields.update(self.own_fields.problem_fields())
        self.autosave = Autosave(
            context, slot or slot_for(self.audit_id), self._snapshot_payload, self._title_text, self
        )
        self.autosave.record_id = self.audit_id
        self.autosave.kept.connect(self._copy_kept)
        self.autosave.failed.connect(self._copy_failed)

        start = form or (
            record.form
            if record
            else audits.blank_form(context.today(), instrument_key=self.instrument.key)
        )
        if preview is not None and form is None:
            start = AuditForm(
                audit_month=context.today().replace(day=1),
                areas={area.key: AreaEntry() for area in preview.areas},
            )
        if record is None and form is None:
            start.team_id = context.actor.team_id
        self.show_form(start)
        if record is not None:
            self._show_previous(record.previous)
        self._apply_lock()
        self._show_saved_state()
        if preview is not None:
            self.ui.previousValue.setText("No")
            self.ui.saveStateLabel.setText("Preview: nothing is saved")
        self.earlier_audit_action = add_to_editor(self)
        self.ui.caseNumberEdit.setFocus()

    # building the form from the template

    def _build(self) -> None:
        ui = self.ui
        with self.context.db.reading() as session:
            choices = team_choices(session)
        ui.teamCombo.addItem("Choose the team…", None)
        for choice in choices:
            ui.teamCombo.addItem(choice.label, choice.id)
            self._teams[choice.id] = choice.name
        ui.ageBandCombo.addItem("", "")
        for band in self.instrument.age_bands:
            ui.ageBandCombo.addItem(band, band)
        ui.strandCombo.addItem("Choose the strand…", "")
        for strand in self.instrument.strands:
            ui.strandCombo.addItem(strand, strand)
        ui.auditMonthEdit.setMaximumDate(QDate.currentDate())
        ui.auditorValue.setText(self.record.auditor if self.record else self.context.actor.name)

        # Labels as tall as the boxes beside them, so that each reads level with its box
        # even when a message shows under the box.
        height = ui.caseNumberEdit.sizeHint().height()
        for label in (
            ui.caseNumberLabel,
            ui.auditMonthLabel,
            ui.teamLabel,
            ui.caseHolderLabel,
            ui.discussedLabel,
            ui.ageBandLabel,
            ui.strandLabel,
            ui.auditorLabel,
            ui.auditorValue,
            ui.previousLabel,
            ui.previousValue,
            ui.themesLabel,
        ):
            label.setMinimumHeight(height)

        self.themes = QStandardItemModel(self)
        for theme in self.instrument.themes:
            item = QStandardItem(theme.label)
            item.setToolTip(theme.label)
            item.setCheckable(True)
            item.setData(theme.key, Qt.ItemDataRole.UserRole)
            self.themes.appendRow(item)
        ui.themesList.setModel(self.themes)
        ui.themesList.setToolTip("Space ticks or clears the highlighted theme")

        apply_header_words(ui, self.instrument)
        self.own_fields = OwnFields(ui, self.instrument, self._changed, self)
        previous_widget: QWidget = self.own_fields.last_widget() or ui.themesList
        go_menu = ui.menuGo
        starts = {s.area_keys[0]: s for s in self.instrument.sections if s.area_keys}
        for number, area in enumerate(self.instrument.areas, start=1):
            if area.key in starts:
                add_section_heading(ui.areasLayout, starts[area.key], ui.areasHost)
            panel = PracticeAreaPanel(number, area, self.instrument, ui.areasHost)
            ui.areasLayout.addWidget(panel)
            self.panels[area.key] = panel
            panel.changed.connect(self._changed)
            self.setTabOrder(previous_widget, panel.picker)
            self.setTabOrder(panel.picker, panel.evidence)
            self.setTabOrder(panel.evidence, panel.impact)
            previous_widget = panel.impact if panel.impact.isVisibleTo(panel) else panel.evidence
            if number <= len(AREA_KEYS):
                action = QAction(f"{number}. {area.short}", self)
                action.setShortcut(QKeySequence(f"Alt+{AREA_KEYS[number - 1]}"))
                action.triggered.connect(lambda _=False, key=area.key: self.go_to_area(key))
                go_menu.addAction(action)
                self.addAction(action)
        self.setTabOrder(previous_widget, ui.overallPicker)

        overall_grades = [g for g in self.instrument.grades if not g.not_applicable]
        ui.overallPicker.set_grades(overall_grades, subject=self.instrument.overall_label)
        ui.overallPicker.changed.connect(self._changed)

        ui.actionsView.setModel(self.actions_model)
        header = ui.actionsView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.resizeSection(2, 130)
        ui.actionsView.setTabKeyNavigation(False)
        self.actions_model.dataChanged.connect(self._changed)
        self.actions_model.rowsInserted.connect(self._changed)
        self.actions_model.rowsRemoved.connect(self._changed)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.removeActionButton.clicked.connect(self.remove_action)

        ui.hintsTitle.setText(self.instrument.hints.title)
        ui.hintsBrowser.setHtml(hints_html(self.instrument))
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        ui.hintsPanel.hide()

        for widget in (ui.caseNumberEdit, ui.caseHolderEdit):
            widget.textEdited.connect(self._changed)
        ui.caseNumberEdit.editingFinished.connect(self.ensure_created)
        ui.auditMonthEdit.dateChanged.connect(self._changed)
        ui.discussedEdit.changed.connect(self._changed)
        for combo in (ui.teamCombo, ui.ageBandCombo, ui.strandCombo):
            combo.currentIndexChanged.connect(self._changed)
        self.themes.itemChanged.connect(self._changed)

        ui.actionSave.triggered.connect(self.save_draft)
        ui.saveButton.clicked.connect(self.save_draft)
        ui.actionComplete.triggered.connect(self.complete)
        ui.completeButton.clicked.connect(self.complete)
        ui.actionClose.triggered.connect(self.close)
        ui.closeButton.clicked.connect(self.close)
        ui.actionExportPdf.triggered.connect(self.export_pdf)
        ui.exportButton.clicked.connect(self.export_pdf)
        ui.actionDeleteDraft.triggered.connect(self.delete_draft)
        ui.actionHints.toggled.connect(ui.hintsPanel.setVisible)
        ui.actionPrompts.triggered.connect(self.toggle_prompts)
        ui.actionAllPrompts.toggled.connect(
            lambda show: [p.toggle_prompts(show) for p in self.panels.values()]
        )
        ui.actionNextArea.triggered.connect(lambda: self._step_area(1))
        ui.actionPreviousArea.triggered.connect(lambda: self._step_area(-1))
        ui.actionComplete.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])

    # the form on screen

    def show_form(self, form: AuditForm) -> None:
        ui = self.ui
        self._loading = True
        try:
            ui.caseNumberEdit.setText(form.case_number)
            month = form.audit_month or self.context.today().replace(day=1)
            ui.auditMonthEdit.setDate(QDate(month.year, month.month, 1))
            ui.teamCombo.setCurrentIndex(max(0, ui.teamCombo.findData(form.team_id)))
            ui.caseHolderEdit.setText(form.case_holder)
            ui.discussedEdit.set_value(form.discussed_on)
            ui.ageBandCombo.setCurrentIndex(max(0, ui.ageBandCombo.findData(form.age_band)))
            ui.strandCombo.setCurrentIndex(max(0, ui.strandCombo.findData(form.strand)))
            chosen = set(form.themes)
            for row in range(self.themes.rowCount()):
                item = self.themes.item(row)
                key = item.data(Qt.ItemDataRole.UserRole)
                item.setCheckState(
                    Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked
                )
            for key, panel in self.panels.items():
                panel.set_entry(form.area(key))
            ui.overallPicker.set_value(form.overall)
            self.actions_model.set_actions(form.actions)
            self.own_fields.set_values(form.fields)
        finally:
            self._loading = False
        self._show_judgement_state()

    def collect(self) -> tuple[AuditForm, list[Problem]]:
        """What is on screen, and what cannot even be read (a date in the wrong format)."""
        ui = self.ui
        problems: list[Problem] = []
        try:
            discussed = ui.discussedEdit.value()
        except DateFormatError as error:
            discussed = None
            problems.append(Problem("discussed_on", str(error)))
        actions, action_problems = self.actions_model.actions()
        problems += action_problems
        month = ui.auditMonthEdit.date()
        themes = [
            self.themes.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.themes.rowCount())
            if self.themes.item(row).checkState() == Qt.CheckState.Checked
        ]
        form = AuditForm(
            case_number=ui.caseNumberEdit.text(),
            audit_month=date(month.year(), month.month(), 1),
            team_id=ui.teamCombo.currentData(),
            case_holder=ui.caseHolderEdit.text(),
            discussed_on=discussed,
            age_band=ui.ageBandCombo.currentData() or "",
            strand=ui.strandCombo.currentData() or "",
            themes=themes,
            areas={key: panel.entry() for key, panel in self.panels.items()},
            overall=ui.overallPicker.value(),
            actions=actions,
            fields=self.own_fields.values(),
        )
        return form, problems

    def _changed(self, *_args: Any) -> None:
        if self._loading or not self._editable:
            return
        if self.preview:
            self._show_judgement_state()
            return
        if not self.dirty:
            self.dirty = True
            self.setWindowModified(True)
        self.autosave.touched()
        self._show_judgement_state()
        self._show_saved_state()

    def _show_judgement_state(self) -> None:
        """The headline (good / not yet good) and the live consistency warnings."""
        form = AuditForm(
            areas={key: panel.entry() for key, panel in self.panels.items()},
            overall=self.ui.overallPicker.value(),
        )
        result = headline(self.instrument, form.overall)
        if result is None:
            self.ui.headlineLabel.setText("")
        else:
            good = result == "good"
            text = "Good" if good else "Not yet good"
            self.ui.headlineLabel.setText(f"= {text}")
            self.ui.headlineLabel.setStyleSheet(
                f"color: {headline_colour(good)}; font-weight: bold;"
            )
        warnings = consistency_warnings(self.instrument, form)
        self.ui.warningsLabel.setText("\n".join(f"⚠ {w.message}" for w in warnings))
        self.ui.warningsLabel.setVisible(bool(warnings))

    def _title_text(self) -> str:
        number = self.ui.caseNumberEdit.text().strip().upper()
        if self.instrument.key != CASE_FILE_AUDIT:
            return f"{self.instrument.title} {number}".strip()
        return number or "a new audit"

    def _refresh_title(self) -> None:
        number = self.ui.caseNumberEdit.text().strip().upper()
        if self.preview:
            name = f"Preview: {self.instrument.title}, version {self.instrument.version}"
        elif self.instrument.key != CASE_FILE_AUDIT:
            title = self.instrument.title
            name = f"{title} {number}" if number else f"New: {title}"
        else:
            name = f"Case file audit {number}" if number else "New case file audit"
        self.setWindowTitle(f"{name}[*] – qaaudit")

    def _show_previous(self, previous: audits.PreviousAudit | None) -> None:
        if previous is None:
            self.ui.previousValue.setText("No")
            return
        when = month_name(previous.audit_month)
        self.ui.previousValue.setText(f"Yes, audited in {when} by {previous.auditor}")
        for key, panel in self.panels.items():
            if key in previous.judgements:
                panel.set_earlier(previous.judgements[key], when)

    # locking

    def _apply_lock(self) -> None:
        record = self.record
        reason = ""
        if self.context.read_only:
            reason = "This database is read-only: nothing can be saved."
        elif record is not None and record.locked:
            when = local_time(record.completed_at or record.updated_at)
            reason = (
                f"Completed on {when.strftime('%d %B %Y')}, locked. It changes only "
                "through moderation."
            )
        elif record is not None and record.auditor_id != self.context.actor.id:
            reason = f"This draft belongs to {record.auditor}; only they can change it."
        elif not may(self.context.actor, AUDIT_DRAFT):
            reason = permission(AUDIT_DRAFT).refusal
        if self.preview:
            reason = ""
        self._editable = not reason
        ui = self.ui
        ui.bannerLabel.setText(reason)
        ui.bannerLabel.setVisible(bool(reason))
        set_flag(ui.bannerLabel, "banner", "locked" if record and record.locked else "warning")
        for line in (ui.caseNumberEdit, ui.caseHolderEdit):
            line.setReadOnly(not self._editable)
            repolish(line)
        ui.discussedEdit.setReadOnly(not self._editable)
        repolish(ui.discussedEdit.edit)
        for widget in (ui.auditMonthEdit, ui.teamCombo, ui.ageBandCombo, ui.strandCombo):
            widget.setEnabled(self._editable)
        ui.themesList.setEnabled(True)
        for row in range(self.themes.rowCount()):
            item = self.themes.item(row)
            item.setCheckable(self._editable)
            item.setEnabled(self._editable or item.checkState() == Qt.CheckState.Checked)
        for panel in self.panels.values():
            panel.set_read_only(not self._editable)
        ui.overallPicker.setReadOnly(not self._editable)
        self.actions_model.set_read_only(not self._editable)
        for control in (
            ui.addActionButton,
            ui.removeActionButton,
            ui.saveButton,
            ui.completeButton,
            ui.actionSave,
            ui.actionComplete,
        ):
            control.setEnabled(self._editable)
        ui.actionDeleteDraft.setEnabled(self._editable and self.audit_id is not None)
        ui.exportButton.setEnabled(self.audit_id is not None)
        ui.actionExportPdf.setEnabled(self.audit_id is not None)
        self.own_fields.set_read_only(not self._editable)
        self.autosave.enabled = self._editable and not self.preview
        if self.preview:
            self._show_preview_banner()
        self._refresh_title()

    def _show_preview_banner(self) -> None:
        """The form as an auditor will see it: judgements and typing work, nothing is kept."""
        ui = self.ui
        ui.bannerLabel.setText(
            f"Preview of {self.instrument.title}, version {self.instrument.version}: this is "
            "the form as auditors will see it. Try it; nothing you type here is kept."
        )
        ui.bannerLabel.setVisible(True)
        set_flag(ui.bannerLabel, "banner", "warning")
        for control in (
            ui.saveButton,
            ui.completeButton,
            ui.actionSave,
            ui.actionComplete,
            ui.actionDeleteDraft,
        ):
            control.setEnabled(False)

    def ensure_created(self) -> bool:
        return False if self.preview else super().ensure_created()

    @property
    def editable(self) -> bool:
        return self._editable

    def add_action(self) -> None:
        row = self.actions_model.add_row()
        index = self.actions_model.index(row, 0)
        self.ui.actionsView.setCurrentIndex(index)
        self.ui.actionsView.setFocus()
        self.ui.actionsView.edit(index)

    def remove_action(self) -> None:
        index = self.ui.actionsView.currentIndex()
        if not index.isValid():
            return
        row = self.actions_model.row(index.row())
        if row.has_text():
            answer = QMessageBox.question(
                self,
                "Remove this action?",
                f"Remove action {index.row() + 1}: “{row.action[:80]}”?",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.actions_model.remove_row(index.row())

    # moving about

    def area_with_focus(self) -> PracticeAreaPanel | None:
        widget = self.focusWidget()
        while widget is not None:
            if isinstance(widget, PracticeAreaPanel):
                return widget
            widget = widget.parentWidget()
        return None

    def go_to_area(self, key: str) -> None:
        panel = self.panels[key]
        self.ui.formScroll.ensureWidgetVisible(panel.title, 0, 10)
        panel.focus_judgement()
        self.ui.formScroll.ensureWidgetVisible(panel.picker, 50, 120)

    def _step_area(self, step: int) -> None:
        keys = list(self.panels)
        current = self.area_with_focus()
        if current is None:
            position = -1 if step > 0 else len(keys)
        else:
            position = keys.index(current.area.key)
        target = min(max(position + step, 0), len(keys) - 1)
        self.go_to_area(keys[target])

    def toggle_prompts(self) -> None:
        panel = self.area_with_focus()
        if panel is None:
            self.statusBar().showMessage(
                "Move to a practice area first (Alt+1 … Alt+=), then press F1.", 6000
            )
            return
        panel.toggle_prompts()
        self.ui.formScroll.ensureWidgetVisible(panel.prompts, 50, 50)

    def show_hints(self, show: bool = True) -> None:
        self.ui.actionHints.setChecked(show)


def editor_for_new(
    context: AppContext,
    case_number: str = "",
    team_id: int | None = None,
    instrument_key: str = CASE_FILE_AUDIT,
) -> AuditEditor:
    editor = AuditEditor(context, instrument_key=instrument_key)
    if case_number:
        editor.ui.caseNumberEdit.setText(case_number)
        if team_id is not None:
            editor.ui.teamCombo.setCurrentIndex(max(0, editor.ui.teamCombo.findData(team_id)))
        editor.ensure_created()
        editor.ui.teamCombo.setFocus()
    return editor


def editor_for_prefilled(context: AppContext, form: AuditForm) -> AuditEditor:
    """A new audit with its header already filled in, given its number at once."""
    editor = AuditEditor(context, form=form)
    editor.ensure_created()
    # The header is filled in from the case list: the date of the discussion comes next.
    editor.ui.discussedEdit.setFocus()
    return editor


def editor_for_audit(context: AppContext, audit_id: int) -> AuditEditor:
    with context.db.reading() as session:
        record = audits.load_audit(session, audit_id)
    return AuditEditor(context, record)


def editor_for_snapshot(context: AppContext, snapshot: Snapshot) -> AuditEditor:
    """Reopen what was on screen when the program stopped."""
    payload = snapshot.payload
    form = form_from_dict(payload.get("form", {}))
    audit_id = payload.get("audit_id")
    record = None
    if audit_id is not None:
        try:
            with context.db.reading() as session:
                record = audits.load_audit(session, int(audit_id))
        except LookupError:
            record = None
    key = str(payload.get("instrument_key") or CASE_FILE_AUDIT)
    editor = AuditEditor(context, record, form=form, slot=snapshot.slot, instrument_key=key)
    if record is not None and payload.get("version") is not None:
        # Saving checks against the version the text was typed on, so a save made
        # elsewhere since then is shown as a conflict rather than overwritten.
        editor.version = int(payload["version"])
    if editor.editable:
        editor.dirty = True
        editor.setWindowModified(True)
        editor._show_saved_state()
    elif not context.read_only:
        # Completed (or taken over) since the copy was made: show the copy so that the
        # manager can copy what they need; it cannot be saved into a locked audit.
        editor.ui.bannerLabel.setText(
            "This audit cannot be changed any more (it was completed after this copy was "
            "made). What you see is your unsaved copy: select and copy what you need. The "
            "copy is removed when you close this window."
        )
        editor.discard_copy_on_close = True
    return editor
