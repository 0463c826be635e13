"""Help > Keyboard shortcuts lists the keys of every part of the program, and every key
the window, its pages and the editors respond to is in that list."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.domain.review_period import Period
from qaaudit.services.audit import audits
from qaaudit.services.review import reviews
from qaaudit.ui.audit.editor import editor_for_audit
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.help.text_dialog import shortcuts_html
from qaaudit.ui.main_window import MainWindow
from qaaudit.ui.review._editor import ReviewEditor
from tests.factories import complete_form, make_person, make_team
from tests.ui_support import answer_next_dialog

TODAY = date(2017, 11, 20)
HEADINGS = (
    "In the main window",
    "In the lists",
    "In an audit",
    "In a service review",
    "On the QAF plan page",
    "On the Moderation page",
)


def plain(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", " ", html))


def bound_keys(widget: QWidget) -> set[str]:
    """Every key sequence of the actions and shortcuts inside ``widget``."""
    sequences: list[QKeySequence] = []
    for action in [*widget.actions(), *widget.findChildren(QAction)]:
        sequences += action.shortcuts()
    sequences += [shortcut.key() for shortcut in widget.findChildren(QShortcut)]
    return {
        s.toString(QKeySequence.SequenceFormat.PortableText) for s in sequences if not s.isEmpty()
    }


def listed(key: str, text: str) -> bool:
    """Whether the dialog mentions ``key``: as written, or inside a range it gives
    (Alt+3 is in "Alt+1 … Alt+9", Ctrl+3 in "Ctrl+1 … Ctrl+9")."""
    if re.search(rf"(?<![\w+]){re.escape(key)}(?![\w])", text):
        return True
    numbered = re.fullmatch(r"(Alt|Ctrl)\+(\d)", key)
    return bool(numbered) and any(
        int(numbered.group(2)) <= int(last)  # type: ignore[union-attr]
        for last in re.findall(rf"{numbered.group(1)}\+1 … {numbered.group(1)}\+(\d)", text)  # type: ignore[union-attr]
    )


def test_the_dialog_lists_every_part_and_every_key_that_is_bound(
    qtbot: QtBot, opened: Opened
) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        roles = ("qa_lead", "moderator", "service_manager", "auditor")
        lead = make_person(s, "lead", "Lee Lead", roles=roles, team=team)
        form = complete_form(team.id)
        audit = audits.create_audit(s, lead, form, TODAY)
        review = reviews.create_review(
            s, lead, team.service_area_id, Period(date(2017, 1, 1), date(2017, 6, 30)), TODAY
        )
    context = AppContext(opened.db, lead)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    for row in range(len(window.pages)):
        window.show_page(row)
    editor = editor_for_audit(context, audit.id)
    qtbot.addWidget(editor)
    review_editor = ReviewEditor(context, review.id)
    qtbot.addWidget(review_editor)

    shown: list[str] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        shown.append(dialog.ui.textBrowser.toPlainText())  # type: ignore[attr-defined]
        dialog.accept()

    answer_next_dialog(read_and_close)
    window.ui.actionShortcuts.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    text = shown[0]
    for heading in HEADINGS:
        assert heading in text
    missing = sorted(
        key
        for widget in (window, editor, review_editor)
        for key in bound_keys(widget)
        if not listed(key, text)
    )
    assert missing == []
    QApplication.processEvents()


def test_each_part_is_listed_once_in_its_place_whatever_the_window_asks_for() -> None:
    text = plain(
        shortcuts_html([("In an audit", (("Ctrl+S", "Save the draft"),)), ("Elsewhere", ())])
    )
    assert [text.count(heading) for heading in HEADINGS] == [1] * len(HEADINGS)
    assert [text.index(h) for h in HEADINGS] == sorted(text.index(h) for h in HEADINGS)
    audit_part = text[text.index("In an audit") : text.index("In a service review")]
    assert audit_part.split() == ["In", "an", "audit", "Ctrl+S", "Save", "the", "draft"]
    assert text.rstrip().endswith("Elsewhere")
