"""Light and dark: every page of the window, and both editors, shown in each scheme, with
every piece of text measured as it is drawn: it must read at 4.5:1 against what is behind
it (WCAG AA; 3:1 for large text), never white on white."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from qaaudit.bootstrap import Opened
from qaaudit.services.audit import audits
from qaaudit.services.schedule.plan import load_council_plan
from qaaudit.ui.audit.editor import editor_for_audit
from qaaudit.ui.common import theme
from qaaudit.ui.common.context import AppContext
from qaaudit.ui.main_window import MainWindow
from tests.factories import complete_form, make_person, make_team
from tests.ui_support import forget_unsaved

TODAY = date(2017, 11, 20)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The program's look in one scheme; the test application is put back as it was, so
    the other tests see the plain style they were written against."""
    style, sheet, palette = qapp.style().name(), qapp.styleSheet(), qapp.palette()
    theme.apply_style(qapp, request.param)
    yield request.param
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
    theme.apply_style.__globals__["_current"] = theme.LIGHT


def _hex(pixel: int) -> str:
    return f"#{pixel & 0xFFFFFF:06X}"


def readability(image: QImage, rect: QRect) -> float:
    """The contrast between what is behind (the commonest colour) and the text (the colour
    that stands out from it most)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return 21.0
    counts: Counter[int] = Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    behind = _hex(counts.most_common(1)[0][0])
    return max(theme.contrast(behind, _hex(pixel)) for pixel in counts)


def _large(label: QLabel) -> bool:
    font = label.font()
    size = font.pointSizeF()
    return size >= 18 or (font.bold() and size >= 14)


def _hard_to_read(window: QWidget, root: QWidget, where: str) -> list[str]:
    image = window.grab().toImage()
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or not label.isEnabled():
            continue
        rect = QRect(label.mapTo(window, QPoint(0, 0)), label.size())
        needed = 3.0 if _large(label) else 4.5
        ratio = readability(image, rect)
        if ratio < needed:
            found.append(f"{where}: {label.objectName() or label.text()[:30]!r} {ratio:.1f}:1")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or not model.rowCount():
            continue
        for row in range(min(model.rowCount(), 4)):
            cell = view.visualRect(model.index(row, 0))
            if not cell.isValid():
                continue
            rect = QRect(
                view.viewport().mapTo(window, QPoint(0, cell.top())),
                QSize(view.viewport().width(), cell.height()),
            )
            ratio = readability(image, rect)
            if ratio < 4.5:
                found.append(f"{where}: row {row} of {view.objectName()!r} {ratio:.1f}:1")
    return found


def test_every_page_reads_in_both_schemes(qtbot: QtBot, opened: Opened, scheme: str) -> None:
    with opened.db.writing() as s:
        team = make_team(s)
        roles = ("qa_lead", "moderator", "service_manager", "auditor", "admin")
        lead = make_person(s, "lead", "Lee Lead", roles=roles, team=team)
        for number, grade in enumerate(("meets_good", "does_not_meet_good")):
            form = complete_form(team.id, f"CN10023{number}", grade=grade)
            record = audits.create_audit(s, lead, form, TODAY)
            audits.complete_audit(s, lead, record.id, record.version, form, TODAY)
        draft = audits.create_audit(s, lead, complete_form(team.id, "CN100299"), TODAY)
        load_council_plan(s, lead)
    context = AppContext(opened.db, lead)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for row, page in enumerate(window.pages):
        widget = window.show_page(row)
        qtbot.wait(30)
        problems += _hard_to_read(window, widget, page.title)
    editor = editor_for_audit(context, draft.id)
    qtbot.addWidget(editor, before_close_func=forget_unsaved)
    editor.resize(1366, 720)
    editor.show()
    qtbot.waitExposed(editor)
    problems += _hard_to_read(editor, editor, "audit editor")
    assert problems == [], f"{scheme}: {problems}"


def test_every_text_colour_of_each_scheme_reads_on_its_backgrounds() -> None:
    pairs = {
        "ink": ("window", "surface", "surface_alt", "header_bg", "prompt_bg", "readonly_bg"),
        "ink_soft": ("window", "surface", "status_bg"),
        "muted": ("window", "surface", "surface_alt"),
        "good_ink": ("surface", "surface_alt", "window"),
        "not_yet_good_ink": ("surface", "surface_alt", "window"),
        "overdue_ink": ("surface", "surface_alt", "window"),
        "problem": ("surface", "window"),
        "problems_ink": ("problems_bg",),
        "locked_ink": ("locked_bg",),
        "warning_ink": ("warning_bg",),
        "on_accent": ("accent",),
        "plan_area_ink": ("plan_area_bg",),
        "plan_role_ink": ("plan_role_bg",),
        "nav_ink": ("nav_bg",),
    }
    weak = [
        (scheme.name, ink, back, round(theme.contrast(scheme[ink], scheme[back]), 2))
        for scheme in (theme.LIGHT, theme.DARK)
        for ink, backs in pairs.items()
        for back in backs
        if theme.contrast(scheme[ink], scheme[back]) < 4.5
    ]
    assert weak == []
    for fill in (theme.GOOD, theme.GOOD_STRONG, theme.NOT_YET_GOOD, theme.NOT_APPLICABLE):
        assert theme.contrast(fill, theme.ink_on(fill)) >= 4.5


def test_every_dialog_reads_in_both_schemes(
    qtbot: QtBot, opened: Opened, scheme: str, tmp_path: Path
) -> None:
    from tests.test_every_dialog import _dialogs, _world

    context, team_id, area_id = _world(opened)
    problems: list[str] = []
    for name, make in _dialogs(context, team_id, area_id, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog, before_close_func=forget_unsaved)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(20)
        problems += _hard_to_read(dialog, dialog, name)
        dialog.reject()
    assert problems == [], f"{scheme}: {problems}"
