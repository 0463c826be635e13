"""The QA lead's trend dashboard: is good rising, which practice areas hold it back, and
what happened to cases audited again. Charts beside tables of the same numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from qaaudit.domain.instrument import CASE_FILE_AUDIT
from qaaudit.domain.permissions import TREND_REBASE, TREND_REPORT
from qaaudit.domain.spc import EXPLANATION as SPC_EXPLANATION
from qaaudit.domain.spc import (
    MONTH,
    PERIOD_WORDS,
    QUARTER,
    TOO_FEW,
    YEAR,
    ChartPoint,
    count_words,
    period_label,
)
from qaaudit.domain.trends import (
    SMALL_SAMPLE_EXPLANATION,
    Share,
    add_months,
    percent,
    share_words,
)
from qaaudit.exports.common.files import Progress
from qaaudit.exports.trends.chart_figure import (
    area_bars,
    area_figure,
    count_figure,
    month_bars,
    month_figure,
    reaudit_rows,
)
from qaaudit.exports.trends.process_figure import process_figure
from qaaudit.services.common.permissions import may
from qaaudit.services.trends import figures as trends
from qaaudit.services.trends.figures import AUDIT_TYPES, TrendFilter, TrendReport
from qaaudit.ui.common.background import BackgroundTask, ProgressDialog, alive
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, show_rows
from qaaudit.ui.common.save_as import EXCEL_FILES, PDF_FILES, WORD_FILES, ask_save_path
from qaaudit.ui.forms.ui_trends import Ui_TrendDashboard
from qaaudit.ui.trends._chart import ChartView, VariationIcon, png_bytes


def _interval(share: Share) -> str:
    interval = share.interval
    return "–" if interval is None else f"{percent(interval[0])} to {percent(interval[1])}"


def _month_note(point: trends.MonthPoint) -> str:
    notes = []
    if point.share.small:
        notes.append("few audits")
    if point.new_templates:
        notes.append("template " + ", ".join(point.new_templates))
    return "; ".join(notes)


def _limit(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _process_columns(by: Callable[[], str]) -> list[Column[ChartPoint]]:
    return [
        Column("Period", lambda p: period_label(p.start, by()), lambda p: p.start.toordinal()),
        Column("Audits", lambda p: str(p.total), lambda p: p.total, True),
        Column("Good", lambda p: str(p.good), lambda p: p.good, True),
        Column("Share good", lambda p: percent(p.share), lambda p: p.share, True),
        Column("Centre", lambda p: _limit(p.centre), lambda p: p.centre, True),
        Column("Lower limit", lambda p: _limit(p.lower), lambda p: p.lower, True),
        Column("Upper limit", lambda p: _limit(p.upper), lambda p: p.upper, True),
        Column("Signal", lambda p: p.signal_words),
    ]


PERIOD_CHOICES = [(MONTH, "Months"), (QUARTER, "Quarters"), (YEAR, "Years")]

MONTH_COLUMNS = [
    Column("Month", lambda p: p.label, lambda p: p.month.toordinal()),
    Column("Audits", lambda p: str(p.share.total), lambda p: p.share.total, True),
    Column("Good", lambda p: str(p.share.good), lambda p: p.share.good, True),
    Column("Not yet good", lambda p: str(p.share.not_good), lambda p: p.share.not_good, True),
    Column("Share good", lambda p: percent(p.share.share), lambda p: p.share.share, True),
    Column("95% interval", lambda p: _interval(p.share), lambda p: (p.share.interval or (0,))[0]),
    Column("Note", _month_note),
]
AREA_COLUMNS = [
    Column("Practice area", lambda a: a.title),
    Column("Judged", lambda a: str(a.share.total), lambda a: a.share.total, True),
    Column("Good", lambda a: str(a.share.good), lambda a: a.share.good, True),
    Column("Share good", lambda a: percent(a.share.share), lambda a: a.share.share, True),
    Column("95% interval", lambda a: _interval(a.share), lambda a: (a.share.interval or (0,))[0]),
    Column(
        "Earlier half",
        lambda a: percent(a.direction.earlier.share),
        lambda a: a.direction.earlier.share,
        True,
    ),
    Column(
        "Later half",
        lambda a: percent(a.direction.later.share),
        lambda a: a.direction.later.share,
        True,
    ),
    Column("Change", lambda a: a.direction.words, lambda a: a.direction.change_points),
    Column("Process control", lambda a: a.process.chart.status if a.process else "–"),
    Column("Why", lambda a: a.process.chart.headline if a.process else ""),
]
REAUDIT_COLUMNS = [
    Column("Cases audited again", lambda r: r[0]),
    Column("Number", lambda r: str(r[1]), lambda r: r[1], True),
]

ALL = "All"


class TrendDashboard(QWidget):
    """Standalone page: give it the open database and the person at the screen."""

    reportShown = Signal()  # noqa: N815 (Qt style)
    exportFinished = Signal(str)  # noqa: N815
    exportFailed = Signal(str)  # noqa: N815

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_TrendDashboard()
        self.ui.setupUi(self)
        self.report: TrendReport | None = None
        self._generation = 0
        self._loading: BackgroundTask | None = None
        self.process_chart = self._chart(
            self.ui.processChartHolder, "Share good: process-control chart"
        )
        self.icon = VariationIcon(self.ui.iconHolder)
        icon_layout = QVBoxLayout(self.ui.iconHolder)
        icon_layout.setContentsMargins(0, 0, 0, 0)
        icon_layout.addWidget(self.icon)
        self.month_chart = self._chart(self.ui.monthChartHolder, "Share good by month")
        self.area_chart = self._chart(self.ui.areaChartHolder, "Share good by practice area")
        self.reaudit_chart = self._chart(self.ui.reauditChartHolder, "Re-audits")
        self._by = MONTH
        self.process_model = show_rows(
            self.ui.processTable, _process_columns(lambda: self._by), self
        )
        self.month_model = show_rows(self.ui.monthTable, MONTH_COLUMNS, self)
        self.area_model = show_rows(self.ui.areaTable, AREA_COLUMNS, self)
        self.reaudit_model = show_rows(self.ui.reauditTable, REAUDIT_COLUMNS, self)
        for splitter in (
            self.ui.processSplitter,
            self.ui.monthSplitter,
            self.ui.areaSplitter,
            self.ui.reauditSplitter,
        ):
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([640, 520])
        self.ui.tabs.currentChanged.connect(self._explain)
        self._explain()
        self._add_form_filter()
        self._fill_choices()
        self._connect()
        self.exportFailed.connect(
            lambda text: self.ui.summaryLabel.setText(f"The trend report was not saved. {text}")
        )
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _chart(self, holder: QWidget, name: str) -> ChartView:
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        chart = ChartView(holder, name)
        layout.addWidget(chart)
        return chart

    def _add_form_filter(self) -> None:
        """Which of the council's forms: the case file audit unless another is chosen."""
        self.formCombo = QComboBox(self.ui.filterBox)
        self.formCombo.setObjectName("formCombo")
        self.formCombo.setAccessibleName("Form")
        label = QLabel("Form of &QA work", self.ui.filterBox)
        label.setBuddy(self.formCombo)
        self.ui.filterGrid.addWidget(label, 3, 0, 1, 1)
        self.ui.filterGrid.addWidget(self.formCombo, 3, 1, 1, 3)

    def _form_changed(self) -> None:
        self._fill_choices()
        self.refresh()

    def _fill_choices(self) -> None:
        chosen = self.formCombo.currentData() or CASE_FILE_AUDIT
        with self.context.db.reading() as session:
            choices = trends.trend_choices(session, chosen)
        self.formCombo.blockSignals(True)
        self.formCombo.clear()
        for key, title in choices.instruments:
            self.formCombo.addItem(title, key)
        self.formCombo.setCurrentIndex(max(0, self.formCombo.findData(chosen)))
        self.formCombo.blockSignals(False)
        self.choices = choices
        last = choices.last_month or self.context.today().replace(day=1)
        first = max(choices.first_month or last, add_months(last, -11))
        self.ui.fromMonth.setDate(QDate(first.year, first.month, 1))
        self.ui.toMonth.setDate(QDate(last.year, last.month, 1))
        self._fill(self.ui.serviceCombo, [(c.id, c.name) for c in choices.service_areas])
        self._fill_teams()
        self._fill(self.ui.auditorCombo, [(c.id, c.name) for c in choices.auditors])
        self._fill(self.ui.strandCombo, [(s, s) for s in choices.strands])
        self._fill(self.ui.areaCombo, choices.areas, ALL + " (overall judgement)")
        self._fill(self.ui.themeCombo, choices.themes)
        self._fill(self.ui.typeCombo, list(AUDIT_TYPES.items()), "Audits and re-audits")
        self.ui.periodCombo.blockSignals(True)
        for key, label in PERIOD_CHOICES:
            self.ui.periodCombo.addItem(label, key)
        self.ui.periodCombo.blockSignals(False)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[Any, str]], everything: str = ALL) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for key, label in items:
            combo.addItem(label, key)
        combo.blockSignals(False)

    def _fill_teams(self) -> None:
        area = self.ui.serviceCombo.currentData()
        chosen = self.ui.teamCombo.currentData()
        teams = [(t.id, t.name) for t in self.choices.teams if area is None or t.parent_id == area]
        self._fill(self.ui.teamCombo, teams)
        index = self.ui.teamCombo.findData(chosen)
        self.ui.teamCombo.setCurrentIndex(max(0, index))

    def _connect(self) -> None:
        self.formCombo.currentIndexChanged.connect(self._form_changed)
        self.ui.serviceCombo.currentIndexChanged.connect(self._service_changed)
        for combo in (
            self.ui.teamCombo,
            self.ui.auditorCombo,
            self.ui.strandCombo,
            self.ui.areaCombo,
            self.ui.themeCombo,
            self.ui.typeCombo,
            self.ui.periodCombo,
        ):
            combo.currentIndexChanged.connect(self.refresh)
        self.ui.fromMonth.dateChanged.connect(self.refresh)
        self.ui.toMonth.dateChanged.connect(self.refresh)
        self.ui.moderatedCheck.toggled.connect(self.refresh)
        self.ui.pdfButton.clicked.connect(lambda: self._ask_and_export(".pdf"))
        self.ui.excelButton.clicked.connect(lambda: self._ask_and_export(".xlsx"))
        self.ui.wordButton.clicked.connect(lambda: self._ask_and_export(".docx"))
        for button in (self.ui.pdfButton, self.ui.excelButton, self.ui.wordButton):
            button.setEnabled(may(self.context.actor, TREND_REPORT))
        self.ui.rebaseButton.clicked.connect(self._rebase)
        self.ui.rebaseButton.setVisible(self.context.can(TREND_REBASE))

    def _explain(self) -> None:
        on_process = self.ui.tabs.currentWidget() is self.ui.processTab
        self.ui.explanationLabel.setText(
            SPC_EXPLANATION if on_process else SMALL_SAMPLE_EXPLANATION
        )

    def _service_changed(self) -> None:
        self._fill_teams()
        self.refresh()

    # -- the figures ---------------------------------------------------------------------

    def current_filter(self) -> TrendFilter:
        def month(edit: Any) -> date:
            value = edit.date()
            return date(value.year(), value.month(), 1)

        first, last = month(self.ui.fromMonth), month(self.ui.toMonth)
        if last < first:
            first, last = last, first
        return TrendFilter(
            first,
            last,
            service_area_id=self.ui.serviceCombo.currentData(),
            team_id=self.ui.teamCombo.currentData(),
            auditor_id=self.ui.auditorCombo.currentData(),
            strand=self.ui.strandCombo.currentData(),
            area_key=self.ui.areaCombo.currentData(),
            theme_key=self.ui.themeCombo.currentData(),
            audit_type=self.ui.typeCombo.currentData(),
            moderated=self.ui.moderatedCheck.isChecked(),
            by=self.ui.periodCombo.currentData() or MONTH,
            instrument_key=self.formCombo.currentData() or CASE_FILE_AUDIT,
        )

    def refresh(self) -> None:
        """Read the figures for the chosen filters off the window's thread; a newer
        request makes an older one's answer be ignored."""
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        db = self.context.db
        self.ui.summaryLabel.setText("Reading the figures…")

        def work(_progress: Progress) -> TrendReport:
            with db.reading() as session:
                return trends.trend_report(session, flt)

        task = BackgroundTask(work, "The figures could not be read.")
        task.done.connect(lambda report: self._show(report, generation))
        task.failed.connect(
            lambda failure: alive(self) and self.ui.summaryLabel.setText(failure.message)
        )
        self._loading = task.start()

    def _show(self, report: TrendReport, generation: int) -> None:
        if not alive(self) or generation != self._generation:
            return
        self.report = report
        self._show_process(report)
        by = report.filter.by
        self.month_model.set_title(0, PERIOD_WORDS[by][0].capitalize())
        self.month_model.set_rows(report.periods)
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.monthTab), f"By {PERIOD_WORDS[by][0]}")
        process = {a.key: a for a in report.process.areas} if report.process else {}
        self.area_model.set_rows([_AreaRow(a, process.get(a.key)) for a in report.areas])
        r = report.reaudits
        self.reaudit_model.set_rows(
            [
                ("All re-audits in the period", r.total),
                ("Better overall judgement", r.improved),
                ("Same overall judgement", r.same),
                ("Worse overall judgement", r.worse),
                ("Good before, good again", r.moved("good", "good")),
                ("Good before, not yet good now", r.moved("good", "not_yet_good")),
                ("Not yet good before, good now", r.moved("not_yet_good", "good")),
                ("Not yet good before and now", r.moved("not_yet_good", "not_yet_good")),
            ]
        )
        bars = month_bars(report)
        self.month_chart.set_figure_maker(
            lambda w, h: month_figure(bars, w, h),
            f"Share good by {PERIOD_WORDS[report.filter.by][0]}: {share_words(report.total)}.",
        )
        areas = area_bars(report)
        self.area_chart.set_figure_maker(lambda w, h: area_figure(areas, w, h))
        rows = reaudit_rows(report)
        self.reaudit_chart.set_figure_maker(
            lambda w, h: count_figure(rows, w, min(h, 40 + 30 * len(rows)))
        )
        self.ui.summaryLabel.setText(self.summary_text(report))
        self.reportShown.emit()

    def _show_process(self, report: TrendReport) -> None:
        view = report.process
        if view is None:
            return
        chart = view.chart
        self.icon.set_variation(chart.variation)
        self.ui.headlineLabel.setText(chart.headline)
        self._by = view.by
        self.process_model.set_rows(list(chart.points))
        self.process_chart.set_figure_maker(
            lambda w, h: process_figure(chart, w, h), f"Process-control chart. {chart.headline}"
        )
        concerns = view.concerns
        if concerns:
            names = ", ".join(a.title for a in concerns)
            text = f"Special-cause concern in the latest period: {names}."
        else:
            text = "No practice area shows special-cause concern in the latest period."
        few = [a.title for a in view.areas if a.chart.variation == TOO_FEW]
        if few:
            text += f" Too few periods to tell (drawn pale): {', '.join(few)}."
        self.ui.concernLabel.setText(text)

    def _rebase(self) -> None:
        from qaaudit.ui.trends._rebase import RebaseDialog

        dialog = RebaseDialog(self.context, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        self.rebase_dialog = dialog

    @staticmethod
    def summary_text(report: TrendReport) -> str:
        total = report.total
        what = "judgements" if report.filter.area_key else "audits"
        if not total.total:
            lead = f"No {what} in this period with these filters."
        else:
            lead = (
                f"{total.good} of {total.total} {what} good ({percent(total.share)}); "
                f"{total.not_good} not yet good."
            )
        small = len(report.small_periods)
        periods = len(report.periods)
        if small:
            lead += (
                f" {small} of {count_words(periods, report.filter.by)} had few audits (drawn pale)."
            )
            if small * 2 > periods and report.filter.by == MONTH:
                lead += (
                    " With so few audits a month, read the process-control chart (its limits "
                    "allow for it) or choose quarters."
                )
        if report.process:
            lead += " " + report.process.method_words
            if report.process.quarter:
                lead += " " + report.process.quarter.words
        for month, version in report.template_changes:
            lead += f" Template {version} from {month.strftime('%b %Y')} (dashed line)."
        return f"{lead} Judgements used: {report.judgements_used}"

    # -- exports -------------------------------------------------------------------------

    def _ask_and_export(self, suffix: str) -> None:
        kind = {".pdf": PDF_FILES, ".docx": WORD_FILES}.get(suffix, EXCEL_FILES)
        path = ask_save_path(self, "Save the trend report", f"trends{suffix}", kind)
        if path is not None:
            self.export_to(path)

    def export_to(self, target: Path) -> BackgroundTask:
        """Write the report for the current filters off the window's thread, with a
        progress dialog and Cancel."""
        from qaaudit.exports.trends.report import export_trends

        flt = self.current_filter()
        db = self.context.db

        def work(progress: Progress) -> Path:
            return export_trends(db, flt, target, progress, png_bytes)

        task = BackgroundTask(work, "The trend report could not be written.")
        title = "Writing the trend report"
        self.progress_dialog = ProgressDialog(task, title, title, self)
        task.done.connect(lambda path: alive(self) and self._exported(Path(path)))
        task.failed.connect(lambda failure: alive(self) and self.exportFailed.emit(failure.message))
        task.cancelled.connect(
            lambda: alive(self) and self.exportFailed.emit("Cancelled; nothing was written.")
        )
        return task.start()

    def _exported(self, path: Path) -> None:
        self.ui.summaryLabel.setText(f"Saved {path.name}.")
        self.exportFinished.emit(str(path))


class _AreaRow:
    """A practice area's figures with its process-control chart, for the table."""

    def __init__(self, trend: trends.AreaTrend, process: Any) -> None:
        self.trend = trend
        self.process = process

    def __getattr__(self, name: str) -> Any:
        return getattr(self.trend, name)
