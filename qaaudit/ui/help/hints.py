"""The template's hints and tips, and every part's keyboard shortcuts, as text for the
side panel and the help dialogs."""

from __future__ import annotations

from html import escape

from qaaudit.domain.instrument import CASE_FILE_AUDIT, AuditInstrument

AREA_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "-", "=")

Shortcuts = tuple[tuple[str, str], ...]

# Each part's keys, as the Help > Keyboard shortcuts dialog lists them. The keys are bound
# where each part is built (the .ui forms' actions, QShortcut in the page or editor, the
# judgement pickers' own keys); tests/test_shortcuts.py checks that every key bound in the
# window, its pages and the editors is listed here.

MAIN_SHORTCUTS: Shortcuts = (
    ("Ctrl+PgDown / Ctrl+PgUp", "Next / previous page"),
    ("Ctrl+1 … Ctrl+9", "The first … ninth page in the list on the left"),
    (
        "Tab / Shift+Tab (Ctrl+Tab too)",
        "Next / previous control; a table is one stop, arrows move inside it",
    ),
    ("Ctrl+N", "New audit"),
    ("Ctrl+O", "Open an audit by its number, or find it by case number"),
    ("Ctrl+Q", "Quit"),
)

LIST_SHORTCUTS: Shortcuts = (
    ("Enter or double-click", "Open the audit or review chosen in a list"),
    ("Ctrl+F", "Find by case number (Audits)"),
    ("F5", "Read the list again (Audits, Corrective action, Service reviews, Review actions)"),
    ("Enter on Review actions", "Mark the chosen action done"),
    ("Double-click on My month", "Record the chosen activity as done"),
    ("A click on a heading", "Sort by that column; a second click reverses it"),
)

EDITOR_SHORTCUTS: Shortcuts = (
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
    ("Ctrl+Return (or Ctrl+Enter)", "Complete the audit (checks every field, then locks it)"),
    ("Ctrl+P", "Export the audit to PDF"),
    ("Ctrl+Shift+E", "A re-audit beside the earlier audit of the case, and its agreed actions"),
    ("Esc", "Close (asks first if something is not saved)"),
)

REVIEW_SHORTCUTS: Shortcuts = (
    ("I, R, G, O or 1-4", "Judge the area whose judgement has focus"),
    ("Left / Right", "Move the judgement up or down the scale"),
    ("Delete", "Clear the judgement"),
    ("Alt+1 … Alt+6", "Go to lens 1 … 4, the key summary points, the panel"),
    ("Ctrl+PgDown / Ctrl+PgUp", "Next / previous judgement area"),
    ("F1", "Show or hide the guidance"),
    ("Ctrl+S", "Save the review"),
    ("Esc", "Close (asks first if something is not saved)"),
    (
        "Ctrl+Return (or Ctrl+Enter)",
        "The next step: send the self-assessment to the panel, or make the review final",
    ),
    ("F2 in an actions table", "Change the cell; dates as dd/mm/yyyy"),
)

PLAN_SHORTCUTS: Shortcuts = (
    ("Space, or a click", "Shade or clear the month that has focus"),
    ("F2 or double-click", "Change the text of a task, its purpose or its comments"),
    ("Arrow keys", "Move from cell to cell"),
)

MODERATION_SHORTCUTS: Shortcuts = (
    ("Up / Down in the list", "Read the next or previous audit waiting for moderation"),
    ("Ctrl+S", "Save the moderation"),
)

SHORTCUT_GROUPS: tuple[tuple[str, Shortcuts], ...] = (
    ("In the main window", MAIN_SHORTCUTS),
    ("In the lists", LIST_SHORTCUTS),
    ("In an audit", EDITOR_SHORTCUTS),
    ("In a service review", REVIEW_SHORTCUTS),
    ("On the QAF plan page", PLAN_SHORTCUTS),
    ("On the Moderation page", MODERATION_SHORTCUTS),
)


def hints_html(instrument: AuditInstrument) -> str:
    hints = instrument.hints
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in hints.introduction.split("\n\n"))
    tips = "".join(f"<li style='margin-bottom:6px'>{escape(t)}</li>" for t in hints.tips)
    if instrument.key != CASE_FILE_AUDIT:
        # The council's other forms: their own guidance, and where the form came from.
        note = f"<p><i>{escape(instrument.note)}</i></p>" if instrument.note else ""
        closing = f"<p>{escape(hints.closing)}</p>" if hints.closing else ""
        listed = f"<ul>{tips}</ul>" if tips else ""
        return f"{paragraphs}{listed}{closing}{note}"
    return (
        f"{paragraphs}<p><b>So what are things we can do to make this audit process "
        f"effective?</b></p><ul>{tips}</ul><p>{escape(hints.closing)}</p>"
    )
