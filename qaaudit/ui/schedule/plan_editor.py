"""The QA lead's QAF plan editor: the plan grid grouped by service area and role, the
audit themes by month, and the year's plans (new, copied, imported, exported)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from qaaudit.domain.permissions import PLAN_EDIT, SCHEDULE_WORKBOOK
from qaaudit.services.common.permissions import may
from qaaudit.services.schedule import edit
from qaaudit.services.schedule.plan import (
    PlanProblem,
    PlanView,
    copy_plan,
    load_council_plan,
    load_plan,
    plan_years,
)
from qaaudit.store.errors import ConflictError, StoreError
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.forms.ui_plan_editor import Ui_PlanEditor
from qaaudit.ui.schedule._plan_grid import (
    AREA,
    FIRST_MONTH,
    ROLE,
    TASK,
    THEME,
    ActivityDelegate,
    PlanGridModel,
    ThemeGridModel,
)
from qaaudit.ui.schedule._workbooks import export_plan, import_plan

PLAN_WIDTHS = (210, 340, *([42] * 12), 260, 80, 190)
THEME_WIDTHS = (260, 520, *([44] * 12), 220)


class PlanEditorPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_PlanEditor()
        self.ui.setupUi(self)
        self.plan: PlanView | None = None
        self.grid = PlanGridModel(self)
        self.grid.on_edit = self._save_cell
        self.themes = ThemeGridModel(self)
        self.themes.on_edit = self._save_cell
        self._setup_view(self.ui.planView, self.grid, PLAN_WIDTHS)
        self._setup_view(self.ui.themesView, self.themes, THEME_WIDTHS)
        self.ui.planView.setItemDelegateForColumn(PlanGridModel.ACTIVITY, ActivityDelegate(self))
        self.ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload())
        self.ui.tabs.currentChanged.connect(lambda _i: self._update_buttons())
        self.ui.copyButton.clicked.connect(self.copy_to_next_year)
        self.ui.seedButton.clicked.connect(self.load_seed)
        self.ui.exportButton.clicked.connect(self.export)
        self.ui.importButton.clicked.connect(self.import_workbook)
        self.ui.addAreaButton.clicked.connect(self.add_area)
        self.ui.addRoleButton.clicked.connect(self.add_role)
        self.ui.addTaskButton.clicked.connect(self.add_task)
        self.ui.renameButton.clicked.connect(self.rename)
        self.ui.moveUpButton.clicked.connect(lambda: self.move(-1))
        self.ui.moveDownButton.clicked.connect(lambda: self.move(1))
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.confirmButton.clicked.connect(self.confirm_months)
        self.ui.whenNeededButton.clicked.connect(self.set_when_needed)
        self.formButton = QPushButton("For&m counted…", self)
        self.formButton.setObjectName("formButton")
        self.formButton.setToolTip("The form whose completed records count toward the task")
        # What a row of the plan counts (its months confirmed, due only when needed, the form
        # that counts) on a second row of buttons, so the page fits a 1366 x 768 laptop.
        counts_row = QHBoxLayout()
        counts_row.setObjectName("countsRow")
        for button in (self.ui.confirmButton, self.ui.whenNeededButton, self.formButton):
            self.ui.editRow.removeWidget(button)
            counts_row.addWidget(button)
        counts_row.addStretch(1)
        page = self.ui.pageLayout
        page.insertLayout(page.indexOf(self.ui.editRow) + 1, counts_row)
        self.formButton.clicked.connect(self.choose_form)
        self._editable = may(context.actor, PLAN_EDIT) and not context.db.read_only
        self.refresh_years()

    # -- set-up ------------------------------------------------------------------------

    def _setup_view(self, view: QTableView, model: Any, widths: tuple[int, ...]) -> None:
        view.setModel(model)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Rows as tall as the columns on screen need (task and purpose, which wrap): sizing
        # every row from all 17 columns took 450 ms for a council's plan of 900 tasks. A
        # comment wider than its row shows whole in its tip and when edited.
        view.verticalHeader().setResizeContentsPrecision(0)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        view.clicked.connect(lambda index, v=view: self._clicked(v, index))
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and isinstance(watched, QTableView)
        ):
            index = watched.currentIndex()
            if index.isValid() and self._is_month(index):
                self.toggle(watched, index)
                return True
        return super().eventFilter(watched, event)

    def refresh_years(self, select: int | None = None) -> None:
        with self.context.db.reading() as session:
            years = plan_years(session)
        wanted = (
            select
            or self.current_year()
            or (
                self.context.today().year
                if self.context.today().year in years
                else (years[-1] if years else None)
            )
        )
        self.ui.yearCombo.blockSignals(True)
        self.ui.yearCombo.clear()
        for year in years:
            self.ui.yearCombo.addItem(str(year), year)
        if wanted in years:
            self.ui.yearCombo.setCurrentIndex(years.index(wanted))
        self.ui.yearCombo.blockSignals(False)
        self.reload()

    def current_year(self) -> int | None:
        year = self.ui.yearCombo.currentData()
        return int(year) if year is not None else None

    def reload(self, keep: tuple[str, int] | None = None) -> None:
        year = self.current_year()
        if year is None:
            self.plan = None
        else:
            with self.context.db.reading() as session:
                self.plan = load_plan(session, year)
        self.grid.set_plan(self.plan)
        self.themes.set_themes(self.plan.themes if self.plan else ())
        view = self.ui.planView
        view.clearSpans()
        for number, row in enumerate(self.grid.rows):
            if row.task is None:
                view.setSpan(number, 0, 1, self.grid.columnCount())
        self.ui.titleLabel.setText(self.plan.heading if self.plan else "QAF plan: no plan yet")
        if keep is not None:
            self._select(*keep)
        self._update_buttons()

    def _select(self, entity: str, row_id: int) -> None:
        view, model = (
            (self.ui.themesView, self.themes) if entity == THEME else (self.ui.planView, self.grid)
        )
        row = model.row_of(entity, row_id)
        if row is not None:
            column = view.currentIndex().column() if view.currentIndex().isValid() else 0
            view.setCurrentIndex(model.index(row, column))

    def _update_buttons(self) -> None:
        on_plan = self.ui.tabs.currentIndex() == 0
        has_plan = self.plan is not None
        can = self._editable and has_plan
        target = self.current_target()
        self.ui.addAreaButton.setEnabled(can and on_plan)
        self.ui.addRoleButton.setEnabled(can and on_plan and target is not None)
        self.ui.addTaskButton.setText("Add &task…" if on_plan else "Add &theme…")
        self.ui.addTaskButton.setEnabled(
            can and (not on_plan or (target is not None and target[0] != AREA))
        )
        for button in (
            self.ui.renameButton,
            self.ui.moveUpButton,
            self.ui.moveDownButton,
            self.ui.removeButton,
        ):
            button.setEnabled(can and target is not None)
        assumed, task = self._assumed_here()
        self.ui.confirmButton.setEnabled(can and bool(assumed))
        self.ui.whenNeededButton.setEnabled(can and on_plan and task is not None)
        if task is not None and task.when_needed:
            self.ui.whenNeededButton.setText("Due &when shaded")
            self.ui.whenNeededButton.setToolTip(
                "Make the task due in every month shaded again, and overdue when not done"
            )
        else:
            self.ui.whenNeededButton.setText("Only &when needed")
            self.ui.whenNeededButton.setToolTip(
                "Make the task due only when needed (a concern arises, the number is not "
                'agreed): listed as "when needed", never overdue'
            )
        self.formButton.setEnabled(can and on_plan and target is not None and target[0] == TASK)
        self.ui.copyButton.setEnabled(self._editable and has_plan)
        self.ui.importButton.setEnabled(self._editable)
        self.ui.exportButton.setEnabled(has_plan and may(self.context.actor, SCHEDULE_WORKBOOK))
        self.ui.seedButton.setVisible(self._editable and 2017 not in self._years())
        self.ui.planView.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            if can
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.ui.themesView.setEditTriggers(self.ui.planView.editTriggers())

    def _years(self) -> list[int]:
        return [int(self.ui.yearCombo.itemData(i)) for i in range(self.ui.yearCombo.count())]

    # -- what is selected ----------------------------------------------------------------

    def current_target(self) -> tuple[str, int, int] | None:
        """(entity, id, version) of the row with the focus."""
        if self.ui.tabs.currentIndex() == 1:
            index = self.ui.themesView.currentIndex()
            if not index.isValid():
                return None
            theme = self.themes.rows[index.row()]
            return THEME, theme.id, theme.version
        index = self.ui.planView.currentIndex()
        if not index.isValid() or index.row() >= len(self.grid.rows):
            return None
        return self.grid.rows[index.row()].target

    def _current_row(self) -> Any:
        index = self.ui.planView.currentIndex()
        return (
            self.grid.rows[index.row()]
            if index.isValid() and index.row() < len(self.grid.rows)
            else None
        )

    def _assumed_here(self) -> tuple[frozenset[int], Any]:
        """The assumed months of the row with the focus (only the month itself when the
        focus is on a month), and its task (None for a theme or a heading)."""
        view = self.ui.themesView if self.ui.tabs.currentIndex() == 1 else self.ui.planView
        index = view.currentIndex()
        if not index.isValid():
            return frozenset(), None
        if view is self.ui.themesView:
            if index.row() >= len(self.themes.rows):
                return frozenset(), None
            assumed, task = self.themes.rows[index.row()].assumed, None
        else:
            row = self._current_row()
            if row is None or row.task is None:
                return frozenset(), None
            assumed, task = row.task.assumed, row.task
        if self._is_month(index):
            month = index.column() - FIRST_MONTH + 1
            assumed = assumed & {month}
        return assumed, task

    @staticmethod
    def _is_month(index: QModelIndex) -> bool:
        return FIRST_MONTH <= index.column() < FIRST_MONTH + 12

    # -- changes -------------------------------------------------------------------------

    def _change(self, work: Any, keep: tuple[str, int] | None = None) -> Any:
        """Run one change in one unit of work; tell the person plainly when it fails."""
        try:
            with self.context.db.writing() as session:
                result = work(session)
        except ConflictError as exc:
            QMessageBox.warning(self, "Changed by someone else", exc.message)
            self.reload(keep)
            return None
        except PlanProblem as exc:
            QMessageBox.warning(self, "Not changed", str(exc))
            return None
        except StoreError as exc:
            QMessageBox.warning(self, "Not saved", exc.message)
            return None
        self.reload(keep)
        return result if result is not None else True

    def _clicked(self, view: QTableView, index: QModelIndex) -> None:
        if self._is_month(index):
            self.toggle(view, index)

    def toggle(self, view: QTableView, index: QModelIndex) -> None:
        if not self._editable:
            return
        month = index.column() - FIRST_MONTH + 1
        if view is self.ui.themesView:
            theme = self.themes.rows[index.row()]
            target: tuple[str, int, int] = (THEME, theme.id, theme.version)
        else:
            row = self.grid.rows[index.row()]
            if row.task is None:
                return
            target = row.target
        entity, row_id, version = target
        self._change(
            lambda s: edit.toggle_month(s, self.context.actor, entity, row_id, version, month),
            (entity, row_id),
        )
        view.setCurrentIndex(view.model().index(index.row(), index.column()))

    def confirm_months(self) -> None:
        """Confirm the assumed months of the row (or the one month) with the focus."""
        target = self.current_target()
        assumed, _task = self._assumed_here()
        if target is None or not assumed or not self._editable:
            return
        entity, row_id, version = target
        view = self.ui.themesView if entity == THEME else self.ui.planView
        index = view.currentIndex()
        month = index.column() - FIRST_MONTH + 1 if self._is_month(index) else None
        self._change(
            lambda s: edit.confirm_months(s, self.context.actor, entity, row_id, version, month),
            (entity, row_id),
        )

    def set_when_needed(self) -> None:
        target = self.current_target()
        _assumed, task = self._assumed_here()
        if target is None or task is None or not self._editable:
            return
        wanted = not task.when_needed
        self._change(
            lambda s: edit.set_when_needed(s, self.context.actor, task.id, task.version, wanted),
            (TASK, task.id),
        )

    def _save_cell(self, entity: str, row_id: int, version: int, field: str, value: Any) -> bool:
        actor = self.context.actor
        if field == "expected":
            work = lambda s: edit.set_expected(s, actor, row_id, version, int(value))  # noqa: E731
        elif field == "kind":
            work = lambda s: edit.set_kind(s, actor, row_id, version, str(value))  # noqa: E731
        else:
            work = lambda s: edit.set_text(s, actor, entity, row_id, version, field, str(value))  # noqa: E731
        return self._change(work, (entity, row_id)) is not None

    def choose_form(self) -> None:
        """Name the form whose completed records count toward the selected task."""
        from qaaudit.domain.instrument import current_instrument, instrument_keys
        from qaaudit.services.common.instruments import refresh_catalogue

        row = self._current_row()
        task = getattr(row, "task", None)
        if task is None:
            return
        with self.context.db.reading() as session:
            refresh_catalogue(session)
        default = task.counting_instrument if task.instrument_key is None else None
        first = (
            f"As its kind says ({current_instrument(default).title})"
            if default
            else "None (only activities recorded as done count)"
        )
        keys = [None, *instrument_keys()]
        labels = [first, *(current_instrument(k).title for k in instrument_keys())]
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Form counted toward the task")
        dialog.setLabelText(f"Completed records of which form count toward “{task.name}”?")
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        current = keys.index(task.instrument_key) if task.instrument_key in keys else 0
        dialog.setTextValue(labels[current])
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return
        chosen = dialog.textValue()
        key = keys[labels.index(chosen)]
        actor = self.context.actor
        self._change(
            lambda s: edit.set_instrument(s, actor, task.id, task.version, key), (TASK, task.id)
        )

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value.strip() if ok and value.strip() else None

    def add_area(self) -> None:
        if self.plan is None or not (
            name := self._ask("Add a service area", "Name of the service area:")
        ):
            return
        plan_id = self.plan.id
        new = self._change(lambda s: edit.add_area(s, self.context.actor, plan_id, name))
        if isinstance(new, int) and not isinstance(new, bool):
            self._select(AREA, new)

    def add_role(self) -> None:
        row = self._current_row()
        if row is None or not (
            name := self._ask("Add a role", f"Name of the new role in {row.area.name}:")
        ):
            return
        area_id = row.area.id
        new = self._change(lambda s: edit.add_role(s, self.context.actor, area_id, name))
        if isinstance(new, int) and not isinstance(new, bool):
            self._select(ROLE, new)

    def add_task(self) -> None:
        if self.ui.tabs.currentIndex() == 1:
            if self.plan is None or not (theme := self._ask("Add an audit theme", "The theme:")):
                return
            plan_id = self.plan.id
            new = self._change(lambda s: edit.add_theme(s, self.context.actor, plan_id, theme))
            if isinstance(new, int) and not isinstance(new, bool):
                self._select(THEME, new)
            return
        row = self._current_row()
        if row is None or row.role is None:
            return
        if not (name := self._ask("Add a task", f"Name of the new task for {row.role.name}:")):
            return
        role_id = row.role.id
        new = self._change(lambda s: edit.add_task(s, self.context.actor, role_id, name))
        if isinstance(new, int) and not isinstance(new, bool):
            self._select(TASK, new)

    def rename(self) -> None:
        target = self.current_target()
        if target is None:
            return
        entity, row_id, version = target
        current = self._target_name()
        if not (name := self._ask("Rename", "New name:", current)):
            return
        field = "theme" if entity == THEME else "name"
        self._change(
            lambda s: edit.set_text(s, self.context.actor, entity, row_id, version, field, name),
            (entity, row_id),
        )

    def _target_name(self) -> str:
        if self.ui.tabs.currentIndex() == 1:
            index = self.ui.themesView.currentIndex()
            return self.themes.rows[index.row()].theme if index.isValid() else ""
        row = self._current_row()
        return row.name if row else ""

    def move(self, step: int) -> None:
        target = self.current_target()
        if target is None:
            return
        entity, row_id, version = target
        self._change(
            lambda s: edit.move(s, self.context.actor, entity, row_id, version, step),
            (entity, row_id),
        )

    def remove(self) -> None:
        target = self.current_target()
        if target is None:
            return
        entity, row_id, version = target
        what = {
            AREA: "the service area",
            ROLE: "the role",
            TASK: "the task",
            THEME: "the audit theme",
        }[entity]
        inside = {AREA: " and every role and task in it", ROLE: " and all its tasks"}.get(
            entity, ""
        )
        answer = QMessageBox.question(
            self,
            "Remove from the plan",
            f"Remove {what} \u201c{self._target_name()}\u201d{inside} from the {self.current_year()} plan?\n\n"
            "Activities already recorded are kept. The removal is written in the change history.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._change(lambda s: edit.remove(s, self.context.actor, entity, row_id, version))

    # -- whole plans -----------------------------------------------------------------------

    def copy_to_next_year(self) -> None:
        year = self.current_year()
        if year is None:
            return
        target = year + 1
        if target in self._years():
            QMessageBox.information(
                self, "Copy to next year", f"There is already a plan for {target}."
            )
            return
        if self._change(lambda s: copy_plan(s, self.context.actor, year, target)) is not None:
            self.refresh_years(select=target)

    def load_seed(self) -> None:
        if self._change(lambda s: load_council_plan(s, self.context.actor)) is not None:
            self.refresh_years(select=2017)

    def export(self) -> None:
        year = self.current_year()
        if year is not None:
            export_plan(self, self.context, year)

    def import_workbook(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Import a QAF plan", str(Path.home()), "Excel workbook (*.xlsx)"
        )
        if not path:
            return
        default = (self.current_year() or self.context.today().year) + (
            0 if not self._years() else 1
        )
        year, ok = QInputDialog.getInt(
            self, "Import a QAF plan", "Store it as the plan for the year:", default, 2000, 2100
        )
        if not ok:
            return
        replace = False
        if year in self._years():
            answer = QMessageBox.question(
                self,
                "Replace the plan?",
                f"There is already a plan for {year}. Replace it with the workbook's plan?\n\n"
                "People in roles and recorded activities are kept.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        import_plan(
            self, self.context, Path(path), year, replace, lambda: self.refresh_years(select=year)
        )
