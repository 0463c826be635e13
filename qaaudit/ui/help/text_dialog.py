"""A dialog that shows a page of text: the hints and tips, the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import QDialog, QWidget

from qaaudit.ui.forms.ui_text_dialog import Ui_TextDialog


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TextDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.textBrowser.setHtml(html)
        # Read by the keyboard: Tab moves on to the Close button rather than between links.
        self.ui.textBrowser.setTabChangesFocus(True)
        self.ui.textBrowser.setAccessibleName(title)


def shortcuts_html(groups: Sequence[tuple[str, Sequence[tuple[str, str]]]] = ()) -> str:
    """The keyboard shortcuts of every part of the program
    (``qaaudit.ui.help.hints.SHORTCUT_GROUPS``, in that order); a group given here stands in for
    the part of the same heading, and one of a heading not known is added at the end."""
    from qaaudit.ui.help.hints import SHORTCUT_GROUPS

    given = dict(groups)
    known = {heading for heading, _rows in SHORTCUT_GROUPS}
    every = [(heading, given.get(heading, rows)) for heading, rows in SHORTCUT_GROUPS]
    every += [(heading, rows) for heading, rows in groups if heading not in known]
    parts = []
    for heading, rows in every:
        body = "".join(
            f"<tr><td style='padding:3px 14px 3px 0'><b>{escape(keys)}</b></td>"
            f"<td style='padding:3px 0'>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        parts.append(f"<h3>{escape(heading)}</h3><table>{body}</table>")
    return "".join(parts)
