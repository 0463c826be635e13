"""Compliance with the QAF plan, for the QA lead: due versus done by month, service
area, role, team or person, with every overdue item listed; filter and sort."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from qaaudit.domain.due import OVERDUE
from qaaudit.domain.permissions import SCHEDULE_WORKBOOK
from qaaudit.domain.schedule import MONTH_NAMES, month_title
from qaaudit.services.common.permissions import may
from qaaudit.services.schedule.compliance import (
    BY_AREA,
    GROUPINGS,
    ComplianceFilter,
    ComplianceLine,
    compliance_items,
    overdue_items,
    summarise,
)
from qaaudit.services.schedule.due import DueItem
from qaaudit.services.schedule.plan import plan_years
from qaaudit.ui.common.background import NewestRead, say_read, say_reading, say_unread
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.rows_model import Column, RowsModel, RowsProxy
from qaaudit.ui.forms.ui_compliance import Ui_Compliance
from qaaudit.ui.schedule._tables import done_colour, overdue_colour
from qaaudit.ui.schedule._workbooks import export_plan


def _percent(line: ComplianceLine) -> str:
    return "—" if line.percent is None else f"{line.percent:.0f}%"


SUMMARY: list[Column[ComplianceLine]] = [
    Column("Group", lambda c: c.group, sort=lambda c: c.sort_key),
    Column("Due", lambda c: str(c.due), sort=lambda c: c.due, right=True),
    Column("Done", lambda c: str(c.done), sort=lambda c: c.done, right=True),
    Column(
        "Overdue",
        lambda c: str(c.overdue),
        sort=lambda c: c.overdue,
        right=True,
        colour=lambda c: overdue_colour() if c.overdue else None,
    ),
    Column(
        "Done of due",
        _percent,
        sort=lambda c: -1.0 if c.percent is None else c.percent,
        right=True,
        colour=lambda c: done_colour() if c.percent is not None and c.percent >= 100 else None,
        bold=lambda c: c.percent is not None and c.percent < 50,
    ),
]
OVERDUE_COLUMNS: list[Column[DueItem]] = [
    Column("Person", lambda i: i.person),
    Column("Team", lambda i: i.team),
    Column("Service area", lambda i: i.service_area),
    Column("Role", lambda i: i.role),
    Column("Task", lambda i: i.task),
    Column("Month", lambda i: month_title(i.month), sort=lambda i: i.month.toordinal()),
    Column("Outstanding", lambda i: str(i.outstanding), sort=lambda i: i.outstanding, right=True),
]


class CompliancePage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_Compliance()
        self.ui.setupUi(self)
        self.ui.totalLabel.setWordWrap(True)  # figures that could not be read say why
        self.items: list[DueItem] = []
        self.items_year: int | None = None  # the year of the items on screen
        self._reader = NewestRead("The plan's figures could not be read.", self)
        self._unread = ""  # why the year asked for could not be read, until it is
        self._reader.failed.connect(self._show_unread)
        self._sorted_once = False
        self.summary: RowsModel[ComplianceLine] = RowsModel(SUMMARY, self)
        self.summary_proxy = RowsProxy(self)
        self.summary_proxy.setSourceModel(self.summary)
        self.overdue: RowsModel[DueItem] = RowsModel(OVERDUE_COLUMNS, self)
        self.overdue_proxy = RowsProxy(self)
        self.overdue_proxy.setSourceModel(self.overdue)
        for view, proxy, widths, stretch_first in (
            (self.ui.summaryView, self.summary_proxy, (380, 80, 80, 80, 100), True),
            (self.ui.overdueView, self.overdue_proxy, (190, 190, 230, 260, 230, 120, 90), False),
        ):
            self._setup(view, proxy, widths, stretch_first)
        for number, name in enumerate(MONTH_NAMES, start=1):
            self.ui.fromCombo.addItem(name, number)
            self.ui.toCombo.addItem(name, number)
        for key, label in GROUPINGS.items():
            self.ui.byCombo.addItem(label, key)
        self.ui.byCombo.setCurrentIndex(self.ui.byCombo.findData(BY_AREA))
        today = context.today()
        with context.db.reading() as session:
            years = plan_years(session)
        for year in years:
            self.ui.yearCombo.addItem(str(year), year)
        if today.year in years:
            self.ui.yearCombo.setCurrentIndex(years.index(today.year))
        elif years:
            self.ui.yearCombo.setCurrentIndex(len(years) - 1)
        self.ui.toCombo.setCurrentIndex(11)
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.fromCombo.currentIndexChanged.connect(lambda _i: self.regroup())
        self.ui.toCombo.currentIndexChanged.connect(lambda _i: self.regroup())
        self.ui.byCombo.currentIndexChanged.connect(lambda _i: self.regroup())
        self.ui.filterEdit.textChanged.connect(self._search)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.exportButton.setEnabled(may(context.actor, SCHEDULE_WORKBOOK))
        self.reload()

    @staticmethod
    def _setup(
        view: QTableView, proxy: RowsProxy, widths: tuple[int, ...], stretch_first: bool
    ) -> None:
        view.setModel(proxy)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        if stretch_first:  # the group's name takes the room left
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        else:  # wider than a laptop's page: stretching would squeeze the person's name away
            view.horizontalHeader().setStretchLastSection(True)

    def year(self) -> int | None:
        value = self.ui.yearCombo.currentData()
        return int(value) if value is not None else None

    @property
    def reading(self) -> bool:
        return self._reader.reading

    def reload(self) -> None:
        """Read the year's due and done off the window's thread (a council's year takes
        most of a second); the figures on screen stay until the new ones arrive."""
        year = self.year()
        if year is None:
            self._show_items([], None)
            return
        db, today = self.context.db, self.context.today()

        def read() -> list[DueItem]:
            with db.reading() as session:
                return compliance_items(session, year, today)

        say_reading(
            self.ui.totalLabel, self.ui.summaryView, f"Reading {year}'s plan and what was done…"
        )
        self._reader.ask(read, lambda items: self._show_items(items, year))

    def _show_items(self, items: list[DueItem], year: int | None) -> None:
        self.items, self.items_year, self._unread = items, year, ""
        self.regroup()

    def _show_unread(self, message: str) -> None:
        self._unread = message  # kept as the figures before are searched and grouped
        say_unread(self.ui.totalLabel, self.ui.summaryView, message)

    def chosen(self) -> ComplianceFilter:
        first = int(self.ui.fromCombo.currentData() or 1)
        last = int(self.ui.toCombo.currentData() or 12)
        return ComplianceFilter(first_month=min(first, last), last_month=max(first, last))

    def regroup(self) -> None:
        chosen = self.chosen()
        words = self.ui.filterEdit.text().casefold().split()

        def wanted(item: DueItem) -> bool:
            if not chosen.accepts(item):
                return False
            text = (
                f"{item.person} {item.team} {item.role} {item.service_area} {item.task}".casefold()
            )
            return all(word in text for word in words)

        items = [i for i in self.items if wanted(i)]
        by = str(self.ui.byCombo.currentData())
        self.summary.set_rows(summarise(items, by))
        self.overdue.set_rows(overdue_items(items))
        due = sum(i.counted_due for i in items)
        done = sum(min(i.done, i.counted_due) for i in items)
        overdue = sum(i.outstanding for i in items if i.status == OVERDUE)
        share = f" ({100 * done / due:.0f}%)" if due else ""
        year = self.items_year
        # While a year is on its way, or could not be read, the line says so.
        if not self.reading and not self._unread:
            say_read(
                self.ui.totalLabel,
                self.ui.summaryView,
                f"{year}: {done} of {due} done{share}; {overdue} overdue."
                if year
                else "There is no QAF plan yet.",
            )
        self.ui.overdueLabel.setText(f"Overdue ({len(self.overdue.rows)} items)")
        if not self._sorted_once:
            self.ui.summaryView.sortByColumn(0, Qt.SortOrder.AscendingOrder)
            self.ui.overdueView.sortByColumn(5, Qt.SortOrder.AscendingOrder)
            self._sorted_once = True

    def _search(self, _text: str) -> None:
        self.regroup()

    def export(self) -> None:
        year = self.year()
        if year is not None:
            export_plan(self, self.context, year)
