"""Shown when someone else saved the audit first: what the stored audit now says for each
field that differs, with the manager's own text kept on screen."""

from __future__ import annotations

from operator import itemgetter

from PySide6.QtWidgets import QApplication, QDialog, QHeaderView, QWidget

from qaaudit.domain.field_labels import field_label, value_label
from qaaudit.domain.instrument import AuditInstrument
from qaaudit.ui.common.rows_model import Column, RowsModel
from qaaudit.ui.forms.ui_conflict_dialog import Ui_ConflictDialog

RELOAD = 2
PREVIEW_CHARS = 400


def _short(text: str) -> str:
    return text if len(text) <= PREVIEW_CHARS else text[:PREVIEW_CHARS] + " …"


class ConflictDialog(QDialog):
    def __init__(
        self,
        instrument: AuditInstrument,
        message: str,
        differences: list[tuple[str, str, str]],
        my_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(message)
        self._my_text = my_text
        rows = [
            (
                field_label(instrument, name),
                _short(value_label(instrument, name, stored)),
                _short(value_label(instrument, name, mine)),
            )
            for name, mine, stored in differences
        ]
        titles = ("Field", "What is stored now", "What is on your screen")
        self.model: RowsModel[tuple[str, str, str]] = RowsModel(
            [Column(title, itemgetter(n)) for n, title in enumerate(titles)], self
        )
        self.model.set_rows(rows)
        self.ui.differencesView.setModel(self.model)
        header = self.ui.differencesView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.differencesView.verticalHeader().hide()
        self.ui.differencesView.resizeRowsToContents()
        self.ui.copyButton.clicked.connect(self.copy_my_text)
        self.ui.reloadButton.clicked.connect(lambda: self.done(RELOAD))
        self.ui.cancelButton.clicked.connect(self.reject)

    def copy_my_text(self) -> None:
        QApplication.clipboard().setText(self._my_text)
        self.ui.copyButton.setText("Copied: paste it anywhere")
