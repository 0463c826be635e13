"""What can be done with an audit chosen in a table, shared by the pages that list
audits: open it, start a re-audit of its case, write it to PDF."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QTableView, QWidget

from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.audit.listing import AuditRow
from qaaudit.ui.audit.table import ROW
from qaaudit.ui.common.context import AppContext


def selected_row(view: QTableView) -> AuditRow | None:
    index = view.currentIndex()
    if not index.isValid():
        return None
    row = index.siblingAtColumn(0).data(ROW)
    return row if isinstance(row, AuditRow) else None


def open_selected(context: AppContext, view: QTableView) -> None:
    row = selected_row(view)
    if row is not None and context.opener is not None:
        context.opener.open_audit(row.id)


def reaudit_selected(context: AppContext, view: QTableView, parent: QWidget) -> None:
    row = selected_row(view)
    if row is None or context.opener is None:
        return
    if row.status != "completed":
        QMessageBox.information(
            parent,
            "Not completed yet",
            "A re-audit follows a completed audit. This audit is still a draft: open it "
            "and complete it first.",
        )
        return
    if context.read_only:
        QMessageBox.information(parent, "Read-only", "This database is read-only.")
        return
    context.opener.new_audit(row.case_number, None)


def export_selected(context: AppContext, view: QTableView, parent: QWidget) -> None:
    from qaaudit.ui.audit.pdf_export import export_audit_pdf

    row = selected_row(view)
    if row is not None:
        export_audit_pdf(parent, context, row.id, row.case_number)


def context_menu(context: AppContext, view: QTableView, parent: QWidget, position: QPoint) -> None:
    row = selected_row(view)
    if row is None:
        return
    menu = QMenu(parent)
    menu.addAction("&Open", lambda: open_selected(context, view))
    reaudit = menu.addAction("R&e-audit this case", lambda: reaudit_selected(context, view, parent))
    reaudit.setEnabled(row.status == "completed" and context.can(AUDIT_DRAFT))
    menu.addAction("&Export to PDF…", lambda: export_selected(context, view, parent))
    menu.addSeparator()
    menu.addAction(
        "&Copy the case number", lambda: QApplication.clipboard().setText(row.case_number)
    )
    menu.exec(view.viewport().mapToGlobal(position))
