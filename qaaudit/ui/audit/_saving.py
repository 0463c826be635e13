"""Saving what is in the audit editor: creating the draft, saving it, completing it,
recovery copies, conflicts with someone else's save, closing and deleting.

A part of ``AuditEditor`` kept in its own module so that each stays readable. It names,
below, what it needs of the editor that hosts it, and imports nothing of the editor's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from qaaudit.domain.audit import (
    AuditForm,
    Problem,
    completion_problems,
    consistency_warnings,
    draft_problems,
)
from qaaudit.domain.audit_codec import form_to_dict
from qaaudit.domain.field_labels import form_as_text
from qaaudit.services.audit import audits
from qaaudit.services.audit.audits import AuditRecord
from qaaudit.services.common import drafts
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.placement import remember

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from qaaudit.domain.instrument import AuditInstrument
    from qaaudit.ui.audit._autosave import Autosave
    from qaaudit.ui.audit._problems import ProblemDisplay
    from qaaudit.ui.common.context import AppContext
    from qaaudit.ui.forms.ui_audit_editor import Ui_AuditEditor


def slot_for(audit_id: int | None) -> str:
    """The name a recovery copy is kept under: the audit's number once it has one."""
    import uuid

    if audit_id is None:
        return f"{SLOT_PREFIX}:new:{uuid.uuid4().hex[:12]}"
    return f"{SLOT_PREFIX}:{audit_id}"


SLOT_PREFIX = "case_file_audit"


class EditorSaving:
    # What the hosting editor provides.
    ui: Ui_AuditEditor
    context: AppContext
    instrument: AuditInstrument
    problems: ProblemDisplay
    autosave: Autosave
    audit_id: int | None
    version: int | None
    dirty: bool
    _editable: bool
    _loading: bool
    _saved_at: datetime | None

    def ensure_created(self) -> bool:
        """A new audit gets its number as soon as it has a valid case number."""
        if self.audit_id is not None or not self._editable:
            return self.audit_id is not None
        if not self.ui.caseNumberEdit.text().strip():
            return False
        form, local = self.collect()
        if local:
            form.discussed_on = None
        wrong_number = self._case_number_problems(form)
        if wrong_number:
            self.problems.show(wrong_number, take_focus=False)
            return False
        try:
            with self.context.db.writing() as session:
                record = audits.create_audit(
                    session, self.context.actor, form, instrument_key=self.instrument.key
                )
                drafts.discard(session, self.context.actor, self.autosave.slot)
        except ValidationFailed as failure:
            # Said at the field while the manager carries on typing elsewhere.
            self.problems.show(
                [p for p in failure.problems if p.field == "case_number"], take_focus=False
            )
            return False
        except StoreError as error:
            self._store_error(error)
            return False
        self._took(record, keep_screen=True)
        self._loading = True
        self.ui.caseNumberEdit.setText(record.form.case_number)
        self._loading = False
        self.autosave.move_to(slot_for(record.id), record.id)
        if self.dirty:
            self.autosave.touched()
        self._show_previous(record.previous)
        return True

    def _case_number_problems(self, form: AuditForm) -> list[Problem]:
        """The service starts a draft without checking the form of the case number (a
        save checks it), so it is checked here before the draft is made."""
        return [
            p
            for p in draft_problems(self.instrument, form, self.context.today())
            if p.field == "case_number"
        ]

    def save_draft(self) -> bool:
        if not self._editable:
            return False
        form, local = self.collect()
        if self.audit_id is None:
            local += self._case_number_problems(form)
        if local:
            self.problems.show(local)
            return False

        def write(session: Session) -> AuditRecord:
            if self.audit_id is None:
                return audits.create_audit(session, self.context.actor, form)
            assert self.version is not None
            return audits.save_draft(session, self.context.actor, self.audit_id, self.version, form)

        record = self._store(form, write)
        if record is None:
            return False
        self._saved(record)
        return True

    def complete(self) -> bool:
        if not self._editable:
            return False
        form, local = self.collect()
        if local:
            self.problems.show(local)
            return False
        # Every rule is checked before asking, so the question is asked once and only of
        # an audit that can be completed.
        problems = completion_problems(self.instrument, form, self.context.today())
        if problems:
            self.problems.show(problems, completing=True)
            return False
        if not self._confirm_completion(consistency_warnings(self.instrument, form)):
            return False
        if self.audit_id is None and not self.save_draft():
            return False
        audit_id, version = self.audit_id, self.version
        assert audit_id is not None and version is not None
        record = self._store(
            form,
            lambda session: audits.complete_audit(
                session, self.context.actor, audit_id, version, form
            ),
            completing=True,
        )
        if record is None:
            return False
        self._saved(record)
        self.statusBar().showMessage("Completed and locked.", 8000)
        return True

    def _store(
        self,
        form: AuditForm,
        write: Callable[[Session], AuditRecord],
        completing: bool = False,
    ) -> AuditRecord | None:
        """Write in one unit of work, with the recovery copy let go; a refusal is shown
        where the manager can act on it, and nothing typed is lost."""
        try:
            with self.context.db.writing() as session:
                record = write(session)
                drafts.discard(session, self.context.actor, self.autosave.slot)
        except ValidationFailed as failure:
            self.problems.show(failure.problems, completing=completing)
            return None
        except ConflictError as conflict:
            self._conflict(conflict, form)
            return None
        except NotAllowed as refusal:
            QMessageBox.warning(self, "This audit cannot be changed", str(refusal))
            return None
        except StoreError as error:
            self._store_error(error)
            return None
        return record

    def _confirm_completion(self, warnings: list[Problem]) -> bool:
        """Completing locks the audit, so the manager is asked once, with anything that
        looks inconsistent said in the same question."""
        said = "".join(f"{w.message}\n\n" for w in warnings)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Complete this audit?",
            f"{said}Completing locks the audit: after that it changes only through "
            "moderation. Complete and lock it now?",
            parent=self,
        )
        lock = box.addButton("Complete and lock", QMessageBox.ButtonRole.AcceptRole)
        wait = box.addButton("Not yet", QMessageBox.ButtonRole.RejectRole)
        # Enter completes, unless something looked wrong; Esc never does.
        box.setDefaultButton(wait if warnings else lock)
        box.setEscapeButton(wait)
        box.exec()
        return box.clickedButton() is lock

    def _took(self, record: AuditRecord, keep_screen: bool) -> None:
        self.record = record
        self.audit_id, self.version = record.id, record.version
        if not keep_screen:
            self.show_form(record.form)
        self._apply_lock()

    def _saved(self, record: AuditRecord) -> None:
        first = self.audit_id is None
        self.autosave.stop()
        self.dirty = False
        self.setWindowModified(False)
        self._took(record, keep_screen=not record.locked)
        if first:
            self.autosave.move_to(slot_for(record.id), record.id)
            self._show_previous(record.previous)
        self.problems.clear()
        self._saved_at = datetime.now()
        self._show_saved_state()
        self.saved.emit(record.id)

    def _store_error(self, error: StoreError) -> None:
        QMessageBox.warning(self, "Not saved", error.message)

    def _conflict(self, conflict: ConflictError, form: AuditForm) -> None:
        from qaaudit.ui.common.conflict_dialog import RELOAD, ConflictDialog

        assert self.audit_id is not None
        try:
            with self.context.db.reading() as session:
                differences = audits.conflict_differences(session, self.audit_id, form)
        except StoreError as error:
            self._store_error(error)
            return
        team = self._teams.get(form.team_id or -1, "")
        dialog = ConflictDialog(
            self.instrument,
            conflict.message,
            differences,
            form_as_text(self.instrument, form, team),
            self,
        )
        if dialog.exec() == RELOAD:
            self.reload()

    def reload(self) -> None:
        """Show the stored audit in place of what is on screen."""
        assert self.audit_id is not None
        with self.context.db.reading() as session:
            record = audits.load_audit(session, self.audit_id)
        self.autosave.discard()
        self.dirty = False
        self.setWindowModified(False)
        self._took(record, keep_screen=False)
        self.problems.clear()
        self._show_saved_state()

    # recovery copies

    def _snapshot_payload(self) -> dict[str, object]:
        form, _ = self.collect()
        return {
            "audit_id": self.audit_id,
            "version": self.version,
            "template_version": self.instrument.version,
            "instrument_key": self.instrument.key,
            "form": form_to_dict(form),
        }

    def _copy_kept(self, when: datetime) -> None:
        self._kept_at = when
        self._show_saved_state()

    def _copy_failed(self, message: str) -> None:
        self.ui.saveStateLabel.setText(f"A recovery copy could not be kept: {message}")

    def _show_saved_state(self) -> None:
        self._refresh_title()
        label = self.ui.saveStateLabel
        if not self._editable:
            label.setText("")
        elif self.dirty:
            kept = getattr(self, "_kept_at", None)
            suffix = f" · recovery copy kept at {kept:%H:%M:%S}" if kept else ""
            label.setText(f"Not saved yet{suffix}")
        elif getattr(self, "_saved_at", None):
            label.setText(f"Draft saved at {self._saved_at:%H:%M}")
        elif self.audit_id is None:
            label.setText("New audit: type the tracked case number to start")
        else:
            label.setText("No changes")

    # closing and other commands

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.dirty and self._editable:
            answer = QMessageBox.question(
                self,
                "Save this audit?",
                "You have changes that are not saved. Save them as a draft?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save_draft()
            ):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.autosave.discard()
        if getattr(self, "discard_copy_on_close", False):
            try:
                with self.context.db.writing() as session:
                    drafts.discard(session, self.context.actor, self.autosave.slot)
            except StoreError as error:
                self._store_error(error)
        self.autosave.stop()
        remember(self, "audit-editor")  # type: ignore[arg-type]
        event.accept()

    def delete_draft(self) -> None:
        if self.audit_id is None or self.version is None or not self._editable:
            return
        answer = QMessageBox.question(
            self,
            "Delete this draft?",
            "Delete this draft audit and everything typed in it? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.writing() as session:
                audits.delete_draft(session, self.context.actor, self.audit_id, self.version)
                drafts.discard(session, self.context.actor, self.autosave.slot)
        except (StoreError, NotAllowed) as error:
            QMessageBox.warning(self, "Not deleted", getattr(error, "message", str(error)))
            return
        self.dirty = False
        self.autosave.stop()
        self.saved.emit(self.audit_id)
        self.close()

    def export_pdf(self) -> None:
        from qaaudit.ui.audit.pdf_export import export_audit_pdf

        if self.audit_id is None:
            return
        if self.dirty and self._editable:
            answer = QMessageBox.question(
                self,
                "Save before exporting?",
                "The PDF shows the saved audit. Save your changes first?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not self.save_draft():
                return
        export_audit_pdf(self, self.context, self.audit_id, self._title_text())
