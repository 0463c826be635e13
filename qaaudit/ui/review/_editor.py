"""The service performance review editor: the template's header, the four lenses as cards
(judgement, comments, evidence, actions identified), section 5 and the panel's section 6.

The cards are built from the template definition inside the form's ``lensArea``. What is
typed is kept as a recovery copy a moment after the last keystroke; saving, sending to
the panel and making final go through the review services.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from qaaudit.domain.audit import Problem
from qaaudit.domain.permissions import RECOVERY_COPY, REVIEW_EXPORT, REVIEW_PANEL, permission
from qaaudit.domain.review import DRAFT, FINAL, PANEL, ReviewAction, ReviewForm, overall_position
from qaaudit.domain.review_codec import differences, form_from_dict, form_to_dict
from qaaudit.services.common import drafts, refusals
from qaaudit.services.common.permissions import may
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.review.reviews import ReviewRecord
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.access import install_access_rules
from qaaudit.ui.common.background import alive, run_in_background
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.fields import format_date, parse_date
from qaaudit.ui.common.placement import place, remember
from qaaudit.ui.common.theme import colour
from qaaudit.ui.forms.ui_review_editor import Ui_ReviewEditor
from qaaudit.ui.review._cards import (
    ActionsEditor,
    JudgementAreaCard,
    lens_guidance,
    lens_heading,
)
from qaaudit.ui.review._export import REVIEW_PDF, SUMMARY_PDF, WORKBOOK, start_export

AUTOSAVE_QUIET_MS = 1500
AUTOSAVE_MAX_MS = 5000


class ScreenProblem(Exception):
    """Something typed that cannot even be read (a date that is not a date)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class ReviewEditor(QWidget):
    saved = Signal(int)

    def __init__(self, context: AppContext, review_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        install_access_rules()
        self.ui = Ui_ReviewEditor()
        self.ui.setupUi(self)
        self.context = context
        self.review_id = review_id
        self.runner: object | None = None
        self._dirty = False
        self._filling = False
        self._action_places: list[tuple[ActionsEditor, int]] = []
        with context.db.reading() as session:
            record = reviews.load_review(session, review_id)
            previous = (
                reviews.load_review(session, record.previous_id) if record.previous_id else None
            )
            waiting = [
                p
                for p in drafts.pending(session, context.actor.id, kind=reviews.DRAFT_KIND)
                if p.slot == reviews.draft_slot(review_id)
            ]
        self.record = record
        self.version = record.version
        self.instrument = record.instrument
        self.cards: dict[str, JudgementAreaCard] = {}
        self._build(previous)
        self._show(record)
        self._quiet = QTimer(self, singleShot=True, interval=AUTOSAVE_QUIET_MS)
        self._longest = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_MS)
        self._quiet.timeout.connect(self.keep_recovery_copy)
        self._longest.timeout.connect(self.keep_recovery_copy)
        self.ui.recoveryBar.hide()
        if waiting:
            self._offer_recovery(waiting[0])

    # -- building ---------------------------------------------------------------
    def _build(self, previous: ReviewRecord | None) -> None:
        ui, instrument = self.ui, self.instrument
        today = self.context.today()
        title_font = ui.titleLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        ui.titleLabel.setFont(title_font)
        self.setWindowTitle(f"{instrument.title}: {self.record.title}")
        ui.serviceAreaLabel.setText(instrument.header_label("service_area"))
        ui.periodLabel.setText(instrument.header_label("period"))
        ui.panelDateLabel.setText(_mnemonic(instrument.header_label("panel_date"), "n"))
        ui.keyOutcomesLabel.setText(_mnemonic(instrument.header_label("key_outcomes"), "K"))
        ui.populationLabel.setText(_mnemonic(instrument.header_label("population"), "o"))
        self._nav_targets: list[QWidget] = [ui.headerGroup]
        ui.navList.addItem("Header")
        layout = ui.lensLayout
        self.guidance_labels = []
        for lens in instrument.lenses:
            heading = lens_heading(lens, ui.lensArea)
            guidance = lens_guidance(instrument, lens, ui.lensArea)
            guidance.setVisible(False)
            self.guidance_labels.append(guidance)
            layout.addWidget(heading)
            layout.addWidget(guidance)
            self._nav_targets.append(heading)
            ui.navList.addItem(f"{lens.number}. {lens.title}")
            for area in lens.areas:
                card = JudgementAreaCard(instrument, lens, area, today, ui.lensArea)
                before = previous.form.rows.get(area.key) if previous else None
                if previous is not None:
                    card.set_earlier(
                        f"{previous.period.label}: {before.judgement}"
                        if before and before.judgement
                        else f"{previous.period.label}: not judged"
                    )
                card.edited.connect(self._edited)
                layout.addWidget(card)
                self.cards[area.key] = card
        summary, panel = instrument.summary, instrument.panel
        ui.summaryGroup.setTitle(f"{summary.number}. {summary.title}")
        ui.summaryGuidance.setText(summary.guidance)
        ui.summaryEdit.setAccessibleName(summary.title)
        ui.panelGroup.setTitle(f"{panel.number}. {panel.title}")
        ui.panelInputGuidance.setText(panel.input_guidance)
        ui.panelActionsGuidance.setText(panel.actions_guidance)
        ui.panelInputEdit.setAccessibleName("Input from the panel")
        self.panel_actions = ActionsEditor(None, today, "Actions taken away", ui.panelActionsArea)
        self.panel_actions.edited.connect(self._edited)
        ui.panelActionsLayout.addWidget(self.panel_actions)
        self._nav_targets += [ui.summaryGroup, ui.panelGroup]
        ui.navList.addItems([f"{summary.number}. Key summary points", f"{panel.number}. Panel"])
        ui.navList.currentRowChanged.connect(self.go_to_section)
        for edit in (ui.keyOutcomesEdit, ui.populationEdit, ui.summaryEdit, ui.panelInputEdit):
            edit.textChanged.connect(self._edited)
        ui.panelDateEdit.textChanged.connect(self._edited)
        self._connect_buttons()
        self._tab_order()

    def _connect_buttons(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.sendButton.clicked.connect(self.send_to_panel)
        ui.returnButton.clicked.connect(self.return_to_service)
        ui.finalButton.clicked.connect(self.make_final)
        ui.figuresButton.clicked.connect(self.refresh_figures)
        ui.carryButton.clicked.connect(self.carry_over)
        ui.compareButton.clicked.connect(self.compare)
        ui.guidanceButton.toggled.connect(self.show_guidance)
        ui.restoreButton.clicked.connect(self._restore)
        ui.discardButton.clicked.connect(self._discard_recovery)
        ui.problemsList.itemActivated.connect(lambda item: self.go_to_field(item.data(256)))
        ui.problemsList.itemClicked.connect(lambda item: self.go_to_field(item.data(256)))
        menu = QMenu(ui.exportButton)
        menu.addAction("The review as PDF…", lambda: self.export(REVIEW_PDF))
        menu.addAction("One-page summary for the team (PDF)…", lambda: self.export(SUMMARY_PDF))
        menu.addAction("Rows and actions to Excel…", lambda: self.export(WORKBOOK))
        ui.exportButton.setMenu(menu)
        shortcuts: list[tuple[str, Callable[[], object]]] = [
            ("Ctrl+S", self.save),
            ("Ctrl+Return", self.next_step),
            ("Ctrl+Enter", self.next_step),
            ("F1", ui.guidanceButton.toggle),
            ("Ctrl+PgDown", lambda: self.move_card(1)),
            ("Ctrl+PgUp", lambda: self.move_card(-1)),
            ("Esc", self.close),  # asks first if something is not saved
        ]
        shortcuts += [
            (f"Alt+{n + 1}", lambda n=n: self.go_to_section(n + 1))
            for n in range(len(self._nav_targets) - 1)
        ]
        for keys, slot in shortcuts:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _tab_order(self) -> None:
        ui = self.ui
        chain: list[QWidget] = [ui.panelDateEdit, ui.keyOutcomesEdit, ui.populationEdit]
        for card in self.cards.values():
            chain += [
                card.picker,
                card.comments,
                card.evidence,
                card.actions.view,
                card.actions.add_button,
                card.actions.remove_button,
            ]
        chain += [
            ui.summaryEdit,
            ui.panelInputEdit,
            self.panel_actions.view,
            self.panel_actions.add_button,
            self.panel_actions.remove_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- showing a record -----------------------------------------------------------
    def _show(self, record: ReviewRecord, form: ReviewForm | None = None) -> None:
        self.record = record
        form = form or record.form
        self._filling = True
        ui = self.ui
        ui.titleLabel.setText(f"{self.instrument.title}: {record.title}")
        ui.serviceAreaValue.setText(record.service_area)
        ui.periodValue.setText(
            f"{record.period.label} ({record.period.start:%d/%m/%Y} to "
            f"{record.period.end:%d/%m/%Y})"
        )
        ui.panelDateEdit.setText(format_date(form.panel_date))
        ui.keyOutcomesEdit.setPlainText(form.key_outcomes)
        ui.populationEdit.setPlainText(form.population)
        for key, card in self.cards.items():
            card.set_row(form.row(key))
            card.actions.set_actions(form.actions_for(key))
        ui.summaryEdit.setPlainText(form.summary_points)
        ui.panelInputEdit.setPlainText(form.panel_input)
        self.panel_actions.set_actions(form.actions_for(None))
        self._filling = False
        self._dirty = False
        self._apply_status()
        self.show_problems([])

    def _apply_status(self) -> None:
        ui, record, actor = self.ui, self.record, self.context.actor
        status = record.status
        can_write = (
            status != FINAL
            and reviews.may_author(actor, record.service_area_id)
            and not self.context.db.read_only
        )
        for card in self.cards.values():
            card.set_read_only(not can_write)
        for edit in (ui.keyOutcomesEdit, ui.populationEdit, ui.summaryEdit):
            edit.setReadOnly(not can_write)
        ui.panelDateEdit.setReadOnly(not can_write)
        panel_open = can_write and status == PANEL
        ui.panelInputEdit.setReadOnly(not panel_open)
        self.panel_actions.set_read_only(not panel_open)
        ui.panelNote.setVisible(status == DRAFT)
        ui.panelNote.setText("The panel writes here once the self-assessment has been sent to it.")
        ui.saveButton.setVisible(can_write)
        ui.sendButton.setVisible(can_write and status == DRAFT)
        ui.returnButton.setVisible(can_write and status == PANEL)
        ui.finalButton.setVisible(can_write and status == PANEL)
        for button in (ui.returnButton, ui.finalButton):
            button.setEnabled(reviews.may_finalise(actor))
            if not reviews.may_finalise(actor):
                button.setToolTip(permission(REVIEW_PANEL).refusal)
        ui.exportButton.setEnabled(may(actor, REVIEW_EXPORT))
        ui.figuresButton.setVisible(can_write)
        ui.carryButton.setVisible(can_write and record.previous_id is not None)
        ui.compareButton.setEnabled(record.previous_id is not None)
        steps = [
            f"{record.status_label}",
            f"started by {record.author} on {record.created_at:%d/%m/%Y}",
        ]
        if record.panel_at:
            steps.append(f"sent to the panel by {record.panel_by} on {record.panel_at:%d/%m/%Y}")
        if record.final_at:
            steps.append(f"made final by {record.final_by} on {record.final_at:%d/%m/%Y}")
        position = overall_position(self.instrument, record.form)
        steps.append(f"overall position: {position.text if position else 'not judged yet'}")
        ui.statusLabel.setText(" · ".join(steps))
        banner = ""
        if status == FINAL:
            banner = (
                f"Final on {record.final_at:%d/%m/%Y} and locked. Its actions can still be "
                "marked done on the Review actions page."
                if record.final_at
                else "Final and locked."
            )
        elif self.context.db.read_only:
            banner = "The database is open read-only: nothing can be saved."
        elif not reviews.may_author(actor, record.service_area_id):
            banner = (
                "You can read this review; only its service manager or the QA lead can change it."
            )
        ui.bannerLabel.setText(banner)
        ui.bannerLabel.setVisible(bool(banner))
        ui.bannerLabel.setStyleSheet(
            f"background: {colour('warning_bg')}; color: {colour('warning_ink')};"
            f" border: 1px solid {colour('warning_line')}; padding: 6px; font-weight: bold;"
        )

    # -- reading the screen -------------------------------------------------------
    def collect(self) -> ReviewForm:
        ui = self.ui
        try:
            panel_date = parse_date(ui.panelDateEdit.text())
        except ValueError:
            raise ScreenProblem(
                Problem(
                    "panel_date",
                    f"“{ui.panelDateEdit.text()}” is not a date: type the date of the review "
                    "panel as dd/mm/yyyy, e.g. 20/07/2017.",
                )
            ) from None
        form = ReviewForm(
            panel_date=panel_date,
            key_outcomes=ui.keyOutcomesEdit.toPlainText(),
            population=ui.populationEdit.toPlainText(),
            rows={key: card.row() for key, card in self.cards.items()},
            summary_points=ui.summaryEdit.toPlainText(),
            panel_input=ui.panelInputEdit.toPlainText(),
        )
        self._action_places = []
        for editor in [c.actions for c in self.cards.values()] + [self.panel_actions]:
            for row, action in enumerate(editor.actions()):
                if not action.is_blank():
                    form.actions.append(action)
                    self._action_places.append((editor, row))
        return form

    def collect_without_dates(self) -> ReviewForm:
        """What is on screen even when the panel date cannot be read (for recovery)."""
        typed = self.ui.panelDateEdit.text()
        self.ui.panelDateEdit.blockSignals(True)
        self.ui.panelDateEdit.setText("")
        try:
            return self.collect()
        finally:
            self.ui.panelDateEdit.setText(typed)
            self.ui.panelDateEdit.blockSignals(False)

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        if self._filling:
            return
        self._dirty = True
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    # -- recovery copies ------------------------------------------------------------
    def keep_recovery_copy(self) -> None:
        self._quiet.stop()
        self._longest.stop()
        if not self._dirty or self.context.db.read_only:
            return
        if not may(self.context.actor, RECOVERY_COPY):
            return
        try:
            form = self.collect()
        except ScreenProblem:
            form = self.collect_without_dates()
        payload = {
            "review_id": self.review_id,
            "version": self.version,
            "form": form_to_dict(form),
            "panel_date_text": self.ui.panelDateEdit.text(),
        }
        try:
            with self.context.db.writing() as session:
                drafts.keep(
                    session,
                    self.context.actor,
                    reviews.draft_slot(self.review_id),
                    payload,
                    kind=reviews.DRAFT_KIND,
                    record_id=self.review_id,
                    title=self.record.title,
                )
        except StoreError:
            pass  # the text is still on screen; the next save will say what is wrong

    def _offer_recovery(self, snapshot: drafts.Snapshot) -> None:
        self._snapshot = snapshot
        self.ui.recoveryLabel.setText(
            f"You have unsaved changes to this review from {snapshot.saved_at:%d/%m/%Y %H:%M} "
            "(UTC). Restore them, or discard them and keep what is saved."
        )
        self.ui.recoveryBar.show()

    def _restore(self) -> None:
        payload = self._snapshot.payload
        self._show(self.record, form_from_dict(payload["form"]))
        self.ui.panelDateEdit.setText(payload.get("panel_date_text", self.ui.panelDateEdit.text()))
        # An earlier version means someone saved since: saving will say so, not overwrite.
        self.version = int(payload.get("version", self.version))
        self._dirty = True
        self.ui.recoveryBar.hide()

    def _discard_recovery(self) -> None:
        self._forget_recovery()
        self.ui.recoveryBar.hide()

    def _forget_recovery(self) -> None:
        if self.context.db.read_only or not may(self.context.actor, RECOVERY_COPY):
            return
        try:
            with self.context.db.writing() as session:
                drafts.discard(session, self.context.actor, reviews.draft_slot(self.review_id))
        except StoreError:
            pass

    # -- steps --------------------------------------------------------------------
    def _run(self, step: Callable[..., ReviewRecord], *extra: object) -> bool:
        try:
            form = self.collect()
        except ScreenProblem as unreadable:
            self.show_problems([unreadable.problem])
            return False
        actor = self.context.actor
        try:
            with self.context.db.writing() as session:
                record = step(session, actor, self.review_id, self.version, form, *extra)
        except refusals.ValidationFailed as failure:
            self.show_problems(failure.problems)
            return False
        except ConflictError as conflict:
            self._conflict(conflict, form)
            return False
        except (refusals.NotAllowed, LookupError) as refusal:
            QMessageBox.warning(self, "Service performance review", str(refusal))
            return False
        except StoreError as error:
            QMessageBox.warning(self, "Service performance review", error.message)
            return False
        self.version = record.version
        self._forget_recovery()
        self._show(record)
        self.saved.emit(record.id)
        return True

    def save(self) -> bool:
        return self._run(reviews.save_review)

    def send_to_panel(self) -> bool:
        return self._run(reviews.send_to_panel)

    def return_to_service(self) -> bool:
        return self._run(reviews.return_to_service)

    def make_final(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Make final",
            "Make this review final? It will be locked; its actions can still be marked done.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(reviews.finalise, self.context.today())

    def next_step(self) -> None:
        status = self.record.status
        if status == DRAFT and self.ui.sendButton.isVisible():
            self.send_to_panel()
        elif (
            status == PANEL and self.ui.finalButton.isVisible() and self.ui.finalButton.isEnabled()
        ):
            self.make_final()

    def _conflict(self, conflict: ConflictError, mine: ReviewForm) -> None:
        with self.context.db.reading() as session:
            theirs = reviews.load_review(session, self.review_id)
        changed = differences(mine, theirs.form)
        lines = [f"{name}: now “{new[:120]}”" for name, _old, new in changed[:30]]
        box = QMessageBox(self)
        box.setWindowTitle("Someone else saved this review")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(conflict.message)
        box.setDetailedText("\n".join(lines) or "Only the review's status or actions changed.")
        keep = box.addButton("Keep my text on screen", QMessageBox.ButtonRole.RejectRole)
        reload_button = box.addButton("Load their version", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is reload_button:
            self.version = theirs.version
            self._show(theirs)

    # -- problems -------------------------------------------------------------------
    def show_problems(self, problems: list[Problem]) -> None:
        ui = self.ui
        ui.problemsList.clear()
        for card in self.cards.values():
            card.show_problem(None)
        for widget in self._field_widgets().values():
            widget.setStyleSheet("")
        per_card: dict[str, list[str]] = {}
        for problem in problems:
            ui.problemsList.addItem(problem.message)
            ui.problemsList.item(ui.problemsList.count() - 1).setData(256, problem.field)
            key = self._card_key(problem.field)
            if key:
                per_card.setdefault(key, []).append(problem.message)
            widget = self._field_widgets().get(problem.field)
            if widget is not None:
                widget.setStyleSheet(f"border: 2px solid {colour('problem')};")
                widget.setToolTip(problem.message)
        for key, messages in per_card.items():
            self.cards[key].show_problem("\n".join(messages))
        ui.problemsList.setVisible(bool(problems))
        if problems:
            ui.problemsList.setCurrentRow(0)
            ui.problemsList.setFocus()

    def _field_widgets(self) -> dict[str, QWidget]:
        ui = self.ui
        return {
            "key_outcomes": ui.keyOutcomesEdit,
            "population": ui.populationEdit,
            "panel_date": ui.panelDateEdit,
            "panel_input": ui.panelInputEdit,
            "summary_points": ui.summaryEdit,
            "panel_actions": self.panel_actions.view,
        }

    def _card_key(self, field: str) -> str | None:
        parts = field.split(".")
        if parts[0] == "row" and len(parts) > 1 and parts[1] in self.cards:
            return parts[1]
        if parts[0] == "lens":
            lens = self.instrument.lens(parts[1])
            return lens.areas[-1].key
        if parts[0] == "actions" and len(parts) > 1 and parts[1].isdigit():
            index = int(parts[1])
            if index < len(self._action_places):
                editor, _ = self._action_places[index]
                key = editor.model.area_key
                return key if key in self.cards else None
        return None

    def go_to_field(self, field: str | None) -> None:
        if not field:
            return
        widget = self._field_widgets().get(field)
        key = self._card_key(field)
        if widget is None and key:
            card = self.cards[key]
            part = field.rsplit(".", 1)[-1]
            widget = {"comments": card.comments, "evidence": card.evidence}.get(part, card.picker)
            if field.startswith("actions."):
                editor, row = self._action_places[int(field.split(".")[1])]
                widget = editor.view
                editor.view.setCurrentIndex(editor.model.index(row, 1))
        if widget is not None:
            self.ui.scrollArea.ensureWidgetVisible(widget, 50, 120)
            widget.setFocus()

    # -- navigation -----------------------------------------------------------------
    def go_to_section(self, index: int) -> None:
        if not 0 <= index < len(self._nav_targets):
            return
        target = self._nav_targets[index]
        bar = self.ui.scrollArea.verticalScrollBar()
        bar.setValue(target.mapTo(self.ui.scrollContents, target.rect().topLeft()).y() - 6)
        if 1 <= index <= len(self.instrument.lenses):
            first = self.instrument.lenses[index - 1].areas[0].key
            self.cards[first].picker.setFocus()
        elif target is self.ui.summaryGroup:
            self.ui.summaryEdit.setFocus()
        elif target is self.ui.panelGroup:
            self.ui.panelInputEdit.setFocus()
        elif target is self.ui.headerGroup:
            self.ui.keyOutcomesEdit.setFocus()

    def move_card(self, step: int) -> None:
        keys = list(self.cards)
        focus = self.focusWidget()
        current = next(
            (i for i, k in enumerate(keys) if focus and self.cards[k].isAncestorOf(focus)), -1
        )
        target = self.cards[keys[max(0, min(current + step, len(keys) - 1))]]
        self.ui.scrollArea.ensureWidgetVisible(target, 20, 40)
        target.picker.setFocus()

    def show_guidance(self, shown: bool) -> None:
        for label in self.guidance_labels:
            label.setVisible(shown)

    # -- help from the figures and the previous review ------------------------------------
    def refresh_figures(self) -> None:
        """Today's figures are read off the window's thread (on a council's server they
        take a few dozen queries), with a busy indicator; then the author chooses."""
        db, review_id = self.context.db, self.review_id

        def work(_progress: object) -> dict[str, str]:
            with db.reading() as session:
                return reviews.refreshed_figures(session, review_id)

        button = self.ui.figuresButton
        button.setEnabled(False)
        task = run_in_background(
            self,
            "Refresh figures",
            "Reading today's figures from the audits and the QAF schedule...",
            work,
            "The figures could not be read.",
            self._offer_figures,
        )
        task.ended.connect(lambda: alive(button) and button.setEnabled(True))

    def _offer_figures(self, figures: dict[str, str]) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Refresh figures")
        box.setText(
            "Fill in today's figures from the audits and the QAF schedule in the professional "
            "challenge rows?"
        )
        box.setInformativeText(
            "Replace puts the new figures in place of the evidence in those rows; Add puts "
            "them below what is there."
        )
        replace = box.addButton("Replace", QMessageBox.ButtonRole.DestructiveRole)
        add = box.addButton("Add below", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = box.clickedButton()
        if chosen not in (replace, add):
            return
        for key, text in figures.items():
            edit = self.cards[key].evidence
            before = edit.toPlainText().rstrip()
            edit.setPlainText(text if chosen is replace or not before else f"{before}\n\n{text}")

    def carry_over(self) -> None:
        with self.context.db.reading() as session:
            carried = review_actions.actions_to_carry(session, self.review_id)
        on_screen = {
            a.carried_from_id for a in self.collect_without_dates().actions if a.carried_from_id
        }
        carried = [a for a in carried if a.carried_from_id not in on_screen]
        for action in carried:
            self._editor_for(action).model.append(action)
        QMessageBox.information(
            self,
            "Carry over open actions",
            f"{len(carried)} open action(s) carried over from the previous review. Save to keep them."
            if carried
            else "The previous review has no open actions left to carry over.",
        )

    def _editor_for(self, action: ReviewAction) -> ActionsEditor:
        if action.area_key in self.cards:
            return self.cards[action.area_key].actions
        return self.panel_actions

    def compare(self) -> None:
        from qaaudit.ui.review._compare import ReviewCompareView

        view = ReviewCompareView(self.context, self.review_id)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        place(view, "review-compare", QSize(1100, 700), centre_on=self)
        view.show()
        self.compare_view = view

    def export(self, kind: str, target: object = None) -> None:
        if (
            self._dirty
            and QMessageBox.question(
                self,
                "Export",
                "The export shows what is saved. Save your changes first?",
            )
            == QMessageBox.StandardButton.Yes
            and not self.save()
        ):
            return
        name = f"{self.record.service_area} review {self.record.period.label}".replace("/", "-")
        self.runner = start_export(
            self,
            self.context.db,
            self.review_id,
            kind,
            self.context.today(),
            name,
            target,  # type: ignore[arg-type]
        )

    # -- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self.ui.saveButton.isVisible():
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                "Save your changes to this review before closing?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self._forget_recovery()
        self._quiet.stop()
        self._longest.stop()
        remember(self, "review-editor")
        event.accept()


def _mnemonic(text: str, letter: str) -> str:
    """The template's words as a label, with Alt+``letter`` moving to its field."""
    text = text.replace("&", "&&")
    at = text.find(letter)
    return text if at < 0 else f"{text[:at]}&{text[at:]}"
