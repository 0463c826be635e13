"""File > New record: the council's other forms (observation of practice, dip sample,
...), each started in the audit editor on its newest version."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from qaaudit.domain.instrument import CASE_FILE_AUDIT, current_instrument, instrument_keys
from qaaudit.domain.permissions import AUDIT_DRAFT
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.store.errors import StoreError
from qaaudit.ui.common.context import AppContext


def add_forms_menu(menu: QMenu, before: QAction, context: AppContext, parent: QWidget) -> QMenu:
    forms = QMenu("New &record of another form", parent)
    forms.setObjectName("menuNewRecord")
    forms.aboutToShow.connect(lambda: _fill(forms, context))
    _fill(forms, context)
    menu.insertMenu(before, forms)
    return forms


def _fill(forms: QMenu, context: AppContext) -> None:
    forms.clear()
    try:
        with context.db.reading() as session:
            refresh_catalogue(session)
    except StoreError:
        pass  # the versions known already are offered; the pages say what is wrong
    for key in instrument_keys():
        if key == CASE_FILE_AUDIT:
            continue
        title = current_instrument(key).title
        action = QAction(f"{title}…", forms)
        action.setObjectName(f"newRecord_{key}")
        action.setEnabled(context.can(AUDIT_DRAFT))
        action.triggered.connect(
            lambda _=False, k=key: context.opener and context.opener.new_audit(instrument_key=k)
        )
        forms.addAction(action)
