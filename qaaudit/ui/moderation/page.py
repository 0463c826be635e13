"""The moderator's page: pick a completed audit, read it, agree or record another
judgement for the overall and each practice area, judge the quality of the audit, and
see how consistent auditors are."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from qaaudit.domain.instrument import AuditInstrument
from qaaudit.domain.permissions import MODERATE, permission
from qaaudit.domain.trends import KAPPA_EXPLANATION, Agreement, percent
from qaaudit.services.audit.audits import AuditRecord, instrument_for, load_audit, team_name
from qaaudit.services.common.permissions import may
from qaaudit.services.common.refusals import NotAllowed, ValidationFailed
from qaaudit.services.moderation import records as moderation
from qaaudit.services.moderation.records import (
    BY_AREA,
    BY_AUDITOR,
    BY_TEAM,
    QUALITY_LEVELS,
    QUALITY_QUESTIONS,
    AgreementRow,
    ModerationForm,
    ModerationRecord,
    QueueFilter,
)
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.background import NewestRead, say_read, say_reading, say_unread
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, show_rows
from qaaudit.ui.forms.ui_moderation import Ui_ModerationPage

QUEUE_PAGE = 500
AGREES = "Agrees with the auditor"
DIFFERS = "Differs from the auditor"


def _rate(a: Agreement) -> str:
    if not a.compared:
        return "–"
    return f"{a.agreed} of {a.compared} ({percent(a.rate)})"


QUEUE_COLUMNS = [
    Column("Month", lambda r: r.audit_month.strftime("%b %Y"), lambda r: r.audit_month.toordinal()),
    Column("Case", lambda r: r.case_number),
    Column("Team", lambda r: r.team),
    Column("Auditor", lambda r: r.auditor),
    Column("Type", lambda r: "re-audit" if r.re_audit else "audit"),
]
AGREEMENT_COLUMNS = [
    Column("", lambda r: r.name),
    Column("Audits moderated", lambda r: str(r.moderated), lambda r: r.moderated, True),
    Column("Overall agreed", lambda r: _rate(r.overall), lambda r: r.overall.rate, True),
    Column("Area judgements agreed", lambda r: _rate(r.areas), lambda r: r.areas.rate, True),
    Column("Kappa (area judgements)", lambda r: r.areas.kappa_words, lambda r: r.areas.kappa),
    Column(
        "Impact on the child at the centre",
        lambda r: f"{r.impact_yes} of {r.moderated}" if r.moderated else "–",
        lambda r: r.impact_yes / r.moderated if r.moderated else None,
        True,
    ),
    Column(
        "Evaluative narrative",
        lambda r: f"{r.narrative_yes} of {r.moderated}" if r.moderated else "–",
        lambda r: r.narrative_yes / r.moderated if r.moderated else None,
        True,
    ),
]


def fill_grades(
    combo: QComboBox, instrument: AuditInstrument, auditor: str | None, allow_na: bool
) -> QComboBox:
    """Every grade, the auditor's marked, starting on the auditor's."""
    combo.blockSignals(True)
    combo.clear()
    for grade in instrument.grades:
        if grade.not_applicable and not allow_na:
            continue
        label = grade.label + ("  (auditor's judgement)" if grade.key == auditor else "")
        combo.addItem(label, grade.key)
    combo.setCurrentIndex(max(0, combo.findData(auditor)))
    combo.blockSignals(False)
    return combo


class AreaRow(QFrame):
    """One practice area: the auditor's judgement and narrative, and the moderator's."""

    def __init__(self, instrument: AuditInstrument, key: str, record: AuditRecord) -> None:
        super().__init__()
        area = instrument.area(key)
        entry = record.form.areas[key]
        self.key = key
        self.auditor = entry.judgement
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        title = QLabel(f"<b>{_escape(area.short)}</b>: {_escape(area.title)}")
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, 3)
        judged = instrument.grade(entry.judgement).label if entry.judgement else "Not judged"
        grid.addWidget(QLabel(f"Auditor: {judged}"), 1, 0)
        self.combo = fill_grades(
            QComboBox(), instrument, entry.judgement, area.may_be_not_applicable
        )
        self.combo.setAccessibleName(f"Moderated judgement: {area.short}")
        grid.addWidget(self.combo, 1, 1)
        self.agree = QLabel()
        grid.addWidget(self.agree, 1, 2)
        for row, (heading, text) in enumerate(
            (
                (instrument.evidence_heading, entry.evidence),
                (instrument.impact_heading, entry.impact),
            ),
            start=2,
        ):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            body = _escape(text.strip() or "—").replace("\n", "<br>")
            label.setText(f"<b>{_escape(heading)}</b><br>{body}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        self.combo.currentIndexChanged.connect(self._show_agreement)
        self._show_agreement()

    def judgement(self) -> str | None:
        return self.combo.currentData()

    def set_judgement(self, key: str | None) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(key)))

    def _show_agreement(self) -> None:
        same = self.judgement() == self.auditor
        self.agree.setText(AGREES if same else f"<b>{DIFFERS}</b>")


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


class ModerationPage(QWidget):
    """Standalone page: give it the open database and the person at the screen."""

    moderationSaved = Signal(int)  # noqa: N815 (Qt style)
    agreementShown = Signal()  # noqa: N815

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ModerationPage()
        self.ui.setupUi(self)
        self.record: AuditRecord | None = None
        self.existing: ModerationRecord | None = None
        self.area_rows: list[AreaRow] = []
        self._queue_reader = NewestRead("The audits could not be read.", self)
        self._queue_reader.failed.connect(
            lambda message: say_unread(self.ui.countLabel, self.ui.queueTable, message)
        )
        self._agreement_reader = NewestRead("The agreement figures could not be read.", self)
        self._agreement_reader.failed.connect(self.ui.kappaLabel.setText)
        self.queue_model = show_rows(self.ui.queueTable, QUEUE_COLUMNS, self)
        self.agreement_model = show_rows(self.ui.agreementTable, AGREEMENT_COLUMNS, self)
        self.ui.moderationSplitter.setSizes([430, 720])
        self.ui.impactQuestion.setText(QUALITY_QUESTIONS["impact_at_centre"])
        self.ui.narrativeQuestion.setText(QUALITY_QUESTIONS["evaluative_narrative"])
        for combo in (self.ui.impactCombo, self.ui.narrativeCombo):
            combo.addItem("Choose…", "")
            for key, label in QUALITY_LEVELS.items():
                combo.addItem(label, key)
        self.ui.kappaLabel.setText(KAPPA_EXPLANATION)
        self.ui.showCombo.currentIndexChanged.connect(self.load_queue)
        self.ui.queueTable.selectionModel().selectionChanged.connect(self._chosen)
        self.ui.overallCombo.currentIndexChanged.connect(self._show_overall_agreement)
        self.ui.saveButton.clicked.connect(self.save)
        save = QShortcut(QKeySequence.StandardKey.Save, self, activated=self.ui.saveButton.click)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ui.groupCombo.currentIndexChanged.connect(self.load_agreement)
        self._set_reader_enabled(False)
        if not may(context.actor, MODERATE):
            self.ui.statusLabel.setText("You can read audits here. " + permission(MODERATE).refusal)
        self.load_queue()
        self.load_agreement()

    # -- the queue -------------------------------------------------------------------

    def queue_filter(self) -> QueueFilter:
        return QueueFilter(moderated=self.ui.showCombo.currentIndex() == 1)

    @property
    def reading(self) -> bool:
        return self._queue_reader.reading or self._agreement_reader.reading

    def load_queue(self) -> None:
        """The queue is read off the window's thread; the list on screen, and the audit
        being read, stay until it arrives."""
        flt = self.queue_filter()
        db = self.context.db

        def read() -> tuple[list[Any], int]:
            with db.reading() as session:
                rows = moderation.moderation_queue(session, flt, limit=QUEUE_PAGE)
                return rows, moderation.count_queue(session, flt)

        say_reading(self.ui.countLabel, self.ui.queueTable, "Reading the audits…")
        self._queue_reader.ask(read, lambda result: self._show_queue(result[0], result[1], flt))

    def _show_queue(self, rows: list[Any], total: int, flt: QueueFilter) -> None:
        self.queue_model.set_rows(rows)
        shown = f"the newest {len(rows)} of {total}" if total > len(rows) else f"{total}"
        what = "moderated" if flt.moderated else "waiting for moderation"
        say_read(self.ui.countLabel, self.ui.queueTable, f"Showing {shown} audits {what}.")

    def _chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        proxy = self.ui.queueTable.model()
        source = proxy.mapToSource(indexes[0])  # type: ignore[attr-defined]
        self.open_audit(self.queue_model.row_at(source.row()).audit_id)

    def select_audit(self, audit_id: int) -> None:
        proxy = self.ui.queueTable.model()
        for row in range(proxy.rowCount()):
            source = proxy.mapToSource(proxy.index(row, 0))  # type: ignore[attr-defined]
            if self.queue_model.row_at(source.row()).audit_id == audit_id:
                self.ui.queueTable.selectRow(row)
                return
        raise LookupError(audit_id)

    # -- reading and moderating one audit ----------------------------------------------

    def open_audit(self, audit_id: int) -> None:
        with self.context.db.reading() as session:
            record = load_audit(session, audit_id)
            existing = moderation.load_moderation(session, audit_id)
            team = team_name(session, record.form.team_id)
        self.record, self.existing = record, existing
        instrument = instrument_for(record)
        form = record.form
        kind = "Re-audit" if record.previous else "Audit"
        self.ui.auditHeading.setText(
            f"<b>{kind} of case {_escape(form.case_number)}</b>, "
            f"{form.audit_month.strftime('%B %Y') if form.audit_month else ''}"
        )
        details = [
            f"Auditor: {record.auditor}",
            f"Team: {team or '—'}",
            f"Case holder: {form.case_holder or '—'}",
            f"Strand: {form.strand or '—'}",
            "Discussed with the case holder: "
            + (form.discussed_on.strftime("%d %B %Y") if form.discussed_on else "not recorded"),
        ]
        if record.previous:
            details.append(
                f"Audited before in {record.previous.audit_month.strftime('%B %Y')}: "
                + (
                    instrument.grade(record.previous.overall).label
                    if record.previous.overall
                    else "not judged"
                )
            )
        self.ui.auditDetails.setText("\n".join(details))
        self.ui.auditDetails.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.auditorOverallLabel.setText(
            instrument.grade(form.overall).label if form.overall else "Not judged"
        )
        fill_grades(self.ui.overallCombo, instrument, form.overall, allow_na=False)
        self._build_areas(instrument, record)
        start = existing.form if existing else moderation.form_agreeing_with(record)
        self._show_form(start)
        if existing:
            self.ui.statusLabel.setText(
                f"Moderated by {existing.moderator} on {existing.moderated_at:%d %B %Y}. "
                "Changes you save are added to the change history."
            )
        elif may(self.context.actor, MODERATE):
            self.ui.statusLabel.setText(
                "Every judgement starts as the auditor's. Change only those you disagree with."
            )
        self._set_reader_enabled(True)

    def _build_areas(self, instrument: AuditInstrument, record: AuditRecord) -> None:
        holder = self.ui.areasHolder
        layout = holder.layout()
        if layout is None:
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
        for row in self.area_rows:
            layout.removeWidget(row)
            row.deleteLater()
        self.area_rows = [AreaRow(instrument, area.key, record) for area in instrument.areas]
        for row in self.area_rows:
            layout.addWidget(row)

    def _show_form(self, form: ModerationForm) -> None:
        self.ui.overallCombo.setCurrentIndex(max(0, self.ui.overallCombo.findData(form.overall)))
        for row in self.area_rows:
            row.set_judgement(form.areas.get(row.key))
        self.ui.impactCombo.setCurrentIndex(
            max(0, self.ui.impactCombo.findData(form.impact_at_centre))
        )
        self.ui.narrativeCombo.setCurrentIndex(
            max(0, self.ui.narrativeCombo.findData(form.evaluative_narrative))
        )
        self.ui.commentEdit.setPlainText(form.comment)
        self._show_overall_agreement()

    def _show_overall_agreement(self) -> None:
        if self.record is None:
            return
        same = self.ui.overallCombo.currentData() == self.record.form.overall
        self.ui.overallAgreeLabel.setText(AGREES if same else f"<b>{DIFFERS}</b>")

    def current_form(self) -> ModerationForm:
        return ModerationForm(
            overall=self.ui.overallCombo.currentData(),
            areas={row.key: row.judgement() for row in self.area_rows},
            comment=self.ui.commentEdit.toPlainText(),
            impact_at_centre=self.ui.impactCombo.currentData() or "",
            evaluative_narrative=self.ui.narrativeCombo.currentData() or "",
        )

    def _set_reader_enabled(self, enabled: bool) -> None:
        for box in (self.ui.overallBox, self.ui.areasBox, self.ui.qualityBox, self.ui.commentEdit):
            box.setEnabled(enabled)
        self.ui.saveButton.setEnabled(enabled and may(self.context.actor, MODERATE))

    def save(self) -> None:
        if self.record is None:
            return
        audit_id = self.record.id
        version = self.existing.version if self.existing else None
        try:
            with self.context.db.writing() as session:
                saved = moderation.save_moderation(
                    session, self.context.actor, audit_id, self.current_form(), version
                )
        except ValidationFailed as exc:
            self.ui.statusLabel.setText("Not saved: " + " ".join(p.message for p in exc.problems))
            return
        except (NotAllowed, ConflictError, StoreError) as exc:
            self.ui.statusLabel.setText("Not saved: " + str(exc))
            return
        self.existing = saved
        verdict = "agrees with" if saved.overall_agrees else "differs from"
        changed = sum(1 for agrees in saved.area_agrees.values() if not agrees)
        self.ui.statusLabel.setText(
            f"Saved. Your overall judgement {verdict} the auditor's; you recorded a different "
            f"judgement for {changed} practice area{'s' if changed != 1 else ''}."
        )
        self.load_queue()
        self.load_agreement()
        self.moderationSaved.emit(audit_id)

    # -- agreement -------------------------------------------------------------------

    def load_agreement(self) -> None:
        """Agreement over every moderation (a few hundred milliseconds with years of
        them) is read off the window's thread."""
        by = (BY_AUDITOR, BY_TEAM, BY_AREA)[self.ui.groupCombo.currentIndex()]
        db = self.context.db

        def read() -> list[AgreementRow]:
            with db.reading() as session:
                return moderation.agreement_rows(session, by)

        self._agreement_reader.ask(read, lambda rows: self._show_agreement(rows, by))

    def _show_agreement(self, rows: list[AgreementRow], by: str) -> None:
        self.ui.kappaLabel.setText(KAPPA_EXPLANATION)  # in place of a failure said before
        self.agreement_model.set_rows(rows)
        self.agreement_model.set_title(0, self.ui.groupCombo.currentText())
        self.ui.agreementTable.setColumnHidden(5, by == BY_AREA)
        self.ui.agreementTable.setColumnHidden(6, by == BY_AREA)
        self.ui.agreementTable.setColumnHidden(2, by == BY_AREA)
        self.agreementShown.emit()

    def rows_shown(self) -> list[Any]:
        return [self.agreement_model.row_at(r) for r in range(self.agreement_model.rowCount())]
