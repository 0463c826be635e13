"""The template's hints and tips, and the editor's keyboard shortcuts, as text for the
side panel and the help dialogs."""

from __future__ import annotations

from html import escape

from qaaudit.domain.instrument import AuditInstrument

AREA_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=")

EDITOR_SHORTCUTS = (
    ("E, M, D, N or 1-4", "Judge the practice area whose judgement has focus"),
    ("Left / Right", "Move the judgement up or down the scale"),
    ("Delete", "Clear the judgement"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Ctrl+Tab", "Type a tab inside a narrative"),
    ("Alt+1 … Alt+9, Alt+0, Alt+-, Alt+=", "Go to practice area 1 … 12"),
    ("Ctrl+PgDown / Ctrl+PgUp", "Next / previous practice area"),
    ("Alt+J, Alt+V, Alt+I", "Judgement, evidence, impact of the current practice area"),
    ("F1", "Show or hide the prompts of the current practice area"),
    ("F2", "Show or hide the hints and tips"),
    ("Ctrl+S", "Save the draft"),
    ("Ctrl+Return", "Complete the audit (checks every field, then locks it)"),
    ("Ctrl+P", "Export the audit to PDF"),
    ("Esc", "Close (asks first if something is not saved)"),
)

MAIN_SHORTCUTS = (
    ("Ctrl+N", "New audit"),
    ("Ctrl+O", "Open an audit"),
    ("Enter", "Open the audit selected in a list"),
    ("Ctrl+F", "Find by case number (in the audit list)"),
    ("Ctrl+Q", "Quit"),
)


def hints_html(instrument: AuditInstrument) -> str:
    hints = instrument.hints
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in hints.introduction.split("\n\n"))
    tips = "".join(f"<li style='margin-bottom:6px'>{escape(t)}</li>" for t in hints.tips)
    return (
        f"{paragraphs}<p><b>So what are things we can do to make this audit process "
        f"effective?</b></p><ul>{tips}</ul><p>{escape(hints.closing)}</p>"
    )
