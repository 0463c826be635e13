"""The main window: pages on the left, the chosen page on the right, and the audit
editor windows it opens."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QIcon,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from qaaudit import __version__
from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.resources import resource
from qaaudit.ui.common.access import follow_access_rules, install_access_rules
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.common.placement import place, remember
from qaaudit.ui.common.preferences import colours_choice, remember_colours
from qaaudit.ui.common.theme import DARK_CHOICE, LIGHT_CHOICE, SYSTEM, apply_style, set_flag
from qaaudit.ui.forms.ui_main_window import Ui_MainWindow
from qaaudit.ui.pages import pages_for

READ_ONLY_BANNER = (
    "This database is read-only: nothing can be saved. You can read and export audits."
)


def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_access_rules()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = context
        context.opener = self
        self.editors: dict[int, QMainWindow] = {}
        self.new_editors: list[QMainWindow] = []
        self.pages = pages_for(context.actor.roles)
        self.built: dict[int, QWidget] = {}
        # Pages built but not on screen when something was saved: read again when shown.
        self.stale: set[int] = set()

        self._banner()
        self._status()
        self.nav = QStandardItemModel(self)
        for page in self.pages:
            item = QStandardItem(icon(page.icon), page.title)
            item.setEditable(False)
            self.nav.appendRow(item)
        self.ui.pageList.setModel(self.nav)
        # Page names never need scrolling sideways; a long list scrolls down on a laptop.
        self.ui.pageList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.pageList.selectionModel().currentChanged.connect(self._page_chosen)
        self.ui.pageList.setCurrentIndex(self.nav.index(0, 0))

        ui = self.ui
        ui.actionNewAudit.triggered.connect(lambda: self.new_audit())
        ui.actionNewAudit.setEnabled(context.can(AUDIT_DRAFT))
        ui.actionOpenAudit.triggered.connect(self.ask_and_open)
        ui.actionExportPdf.triggered.connect(self.export_selected)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionHints.triggered.connect(self.show_hints)
        ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        ui.actionAbout.triggered.connect(self.show_about)
        self.setWindowTitle("qaaudit: case file audits and quality assurance")
        self._page_keys()
        self._colours_menu()
        self._forms_menu()
        # After the first paint, so a long list of overdue actions never delays start-up.
        QTimer.singleShot(0, self._overdue_notice)

    # what is shown around the pages

    def _banner(self) -> None:
        notes = []
        if self.context.read_only:
            notes.append(READ_ONLY_BANNER)
        notes += self.context.db.warnings
        banner = self.ui.bannerLabel
        banner.setText("\n".join(notes))
        banner.setVisible(bool(notes))
        set_flag(banner, "banner", "warning")

    def _overdue_notice(self) -> None:
        """Service managers (and the QA lead) are shown overdue corrective action first."""
        from qaaudit.ui.corrective.overdue_notice import overdue_notice_for

        notice = overdue_notice_for(self.context, self)
        if notice is None:
            return
        layout = self.ui.bannerLabel.parentWidget().layout()
        layout.insertWidget(layout.indexOf(self.ui.bannerLabel) + 1, notice)
        notice.show()
        notice.showRequested.connect(lambda: self.page("Corrective action"))
        self.overdue_notice = notice

    def _status(self) -> None:
        actor = self.context.actor
        where = QLabel(f"Database: {self.context.db.display_name}")
        who = QLabel(f"Signed in as {actor.name} ({actor.login})")
        where.setObjectName("statusDatabase")
        who.setObjectName("statusUser")
        self.ui.statusbar.addWidget(where, 1)
        self.ui.statusbar.addPermanentWidget(who)
        if self.context.read_only:
            self.ui.statusbar.addPermanentWidget(QLabel("Read-only"))

    # pages

    def _forms_menu(self) -> None:
        """File > New record: one entry for each of the council's other forms."""
        from qaaudit.ui.audit.forms_menu import add_forms_menu

        add_forms_menu(self.ui.menuFile, self.ui.actionOpenAudit, self.context, self)

    def _colours_menu(self) -> None:
        """View > Colours: follow the computer's light or dark setting, or choose one."""
        view = QMenu("&View", self)
        view.setObjectName("menuView")
        self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), view)  # Help stays last
        colours = view.addMenu("&Colours")
        group = QActionGroup(self)
        chosen = colours_choice()
        for choice, text in (
            (SYSTEM, "As the &computer is set"),
            (LIGHT_CHOICE, "&Light"),
            (DARK_CHOICE, "&Dark"),
        ):
            action = colours.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice == chosen)
            action.setData(choice)
            group.addAction(action)
        group.triggered.connect(self._colours_chosen)
        self.colours_group = group

    def _colours_chosen(self, action: QAction) -> None:
        choice = str(action.data())
        remember_colours(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, choice)

    def _page_keys(self) -> None:
        """Ctrl+PgDown / Ctrl+PgUp for the next / previous page, Ctrl+1 … Ctrl+9 for the
        page at that place in the list."""
        steps = (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1))
        for keys, step in steps:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.step_page(step))
        for number in range(1, min(9, len(self.pages)) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda row=number - 1: self.show_page(row))

    def step_page(self, step: int) -> None:
        row = self.ui.pageList.currentIndex().row()
        self.show_page((row + step) % len(self.pages))

    def _page_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_page(current.row())

    def show_page(self, row: int) -> QWidget:
        widget = self.built.get(row)
        if widget is None:
            widget = self.pages[row].factory(self.context)
            self.built[row] = widget
            self.ui.pageStack.addWidget(widget)
            follow_access_rules(widget)
        elif row in self.stale:
            self.stale.discard(row)
            _refresh(widget)
        self.ui.pageStack.setCurrentWidget(widget)
        if self.ui.pageList.currentIndex().row() != row:
            self.ui.pageList.selectionModel().setCurrentIndex(
                self.nav.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        return widget

    def page(self, title: str) -> QWidget:
        for row, page in enumerate(self.pages):
            if page.title == title:
                return self.show_page(row)
        raise KeyError(title)

    def page_titles(self) -> list[str]:
        return [p.title for p in self.pages]

    def _refresh_pages(self, audit_id: int | None = None) -> None:
        """After a save: the page on screen is brought up to date (only the saved audit's
        row, where the page can do that); the others when they are next shown."""
        current = self.ui.pageStack.currentWidget()
        for row, widget in self.built.items():
            if widget is not current:
                self.stale.add(row)
                continue
            one_row = getattr(widget, "audit_saved", None)
            if isinstance(audit_id, int) and callable(one_row):
                one_row(audit_id)
            else:
                _refresh(widget)

    # opening audits (the AuditOpener of the context)

    def _track(self, editor: QMainWindow) -> QMainWindow:
        editor.saved.connect(self._refresh_pages)  # type: ignore[attr-defined]
        editor.saved.connect(lambda audit_id, e=editor: self.editors.__setitem__(audit_id, e))  # type: ignore[attr-defined]
        editor.destroyed.connect(lambda *_a, e=editor: self._forget(e))
        place(editor, "audit-editor", QSize(1400, self.height()), centre_on=self)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _forget(self, editor: QMainWindow) -> None:
        self.editors = {k: v for k, v in self.editors.items() if v is not editor}
        self.new_editors = [e for e in self.new_editors if e is not editor]

    def open_audit(self, audit_id: int) -> None:
        from qaaudit.ui.audit.editor import editor_for_audit

        existing = self.editors.get(audit_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return
        try:
            editor = editor_for_audit(self.context, audit_id)
        except LookupError as missing:
            QMessageBox.information(self, "Not found", str(missing).strip("'\""))
            return
        editor.setParent(self, editor.windowFlags())
        self.editors[audit_id] = self._track(editor)

    def new_audit(
        self,
        case_number: str = "",
        team_id: int | None = None,
        instrument_key: str = "case_file_audit",
    ) -> None:
        from qaaudit.ui.audit.editor import editor_for_new

        if self.context.read_only:
            return
        editor = editor_for_new(self.context, case_number, team_id, instrument_key)
        editor.setParent(self, editor.windowFlags())
        self._track(editor)
        if editor.audit_id is not None:
            self.editors[editor.audit_id] = editor
            self._refresh_pages()
        else:
            self.new_editors.append(editor)

    def start_audit(self, form: object) -> None:
        """A new audit already filled in (a case allocated by the month's draw)."""
        from qaaudit.ui.audit.editor import editor_for_prefilled

        if self.context.read_only:
            return
        editor = editor_for_prefilled(self.context, form)  # type: ignore[arg-type]
        editor.setParent(self, editor.windowFlags())
        self._track(editor)
        if editor.audit_id is not None:
            self.editors[editor.audit_id] = editor
            self._refresh_pages()
        else:
            self.new_editors.append(editor)

    def restore(self, snapshot: object) -> QMainWindow:
        from qaaudit.ui.audit.editor import editor_for_snapshot

        editor = editor_for_snapshot(self.context, snapshot)  # type: ignore[arg-type]
        editor.setParent(self, editor.windowFlags())
        self._track(editor)
        if editor.audit_id is not None:
            self.editors[editor.audit_id] = editor
        return editor

    def ask_and_open(self) -> None:
        text, ok = QInputDialog.getText(
            self, "Open an audit", "Audit number, or tracked case number:"
        )
        text = text.strip()
        if not ok or not text:
            return
        if text.isdigit():
            self.open_audit(int(text))
            return
        page = self.page("Audits")
        page.find_case(text)  # type: ignore[attr-defined]

    def export_selected(self) -> None:
        from qaaudit.ui.audit.pdf_export import export_audit_pdf

        widget = self.ui.pageStack.currentWidget()
        chooser = getattr(widget, "selected_audit_id", None)
        audit_id = chooser() if callable(chooser) else None
        if audit_id is None:
            number, ok = QInputDialog.getInt(self, "Export an audit", "Audit number:", 1, 1)
            if not ok:
                return
            audit_id = number
        export_audit_pdf(self, self.context, audit_id, str(audit_id))

    # help

    def show_hints(self) -> None:
        from qaaudit.domain.instrument import current_audit_instrument
        from qaaudit.ui.help.hints import hints_html
        from qaaudit.ui.help.text_dialog import TextDialog

        instrument = current_audit_instrument()
        TextDialog(instrument.hints.title, hints_html(instrument), self).exec()

    def show_shortcuts(self) -> None:
        from qaaudit.ui.help.hints import EDITOR_SHORTCUTS, MAIN_SHORTCUTS
        from qaaudit.ui.help.text_dialog import TextDialog, shortcuts_html

        html = shortcuts_html(
            [("In the main window", MAIN_SHORTCUTS), ("In an audit", EDITOR_SHORTCUTS)]
        )
        TextDialog("Keyboard shortcuts", html, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            "About qaaudit",
            f"<b>qaaudit {__version__}</b><p>Quality assurance for children's services: "
            "case file audits, the QAF schedule, service reviews and the trend of good "
            "practice.</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for editor in list(self.editors.values()) + list(self.new_editors):
            if editor.isVisible() and not editor.close():
                event.ignore()
                return
        remember(self, "main")
        event.accept()


def _refresh(page: QWidget) -> None:
    refresh = getattr(page, "refresh", None)
    if callable(refresh):
        refresh()
