"""Awkward text is kept, not lost: very long narratives whole, any script, emoji, tabs and
line breaks pasted from Word (its own line and page breaks become new lines); what would do
harm (half a character, NUL, other control characters) is replaced by one rule at the
store, and saving never fails because of it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.exports.audit.pdf import write_audit_pdf
from qaaudit.services.audit import audits
from qaaudit.services.common import drafts
from tests.factories import complete_form, make_person, make_team

LONG = "".join(f"Sentence {n:05d} about the child's week at home. " for n in range(1200))
SCRIPTS = "Łucja Wiśniewska, Siân ap Rhys, مريم الحسن, יעל כהן 👶🏽"
PASTED = "Bullet\u2022 tab\there\x0bvertical\x0cform feed\x07bell"


def test_long_and_unusual_narratives_are_stored_whole(any_opened: Opened, tmp_path: Path) -> None:
    assert len(LONG) > 32_767
    db = any_opened.db
    with db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m1", SCRIPTS.split(",")[2].strip(), team=team)
        form = complete_form(team.id)
        form.areas["risk"].evidence = LONG
        form.areas["risk"].impact = SCRIPTS
        form.areas["plans"].evidence = PASTED
        form.areas["plans"].impact = "Half a character \ud83d and a NUL \x00 here"
        form.case_holder = "Dafydd ap Gruffydd-Kowalczyk"
        record = audits.create_audit(s, manager, form)
    with db.reading() as s:
        stored = audits.load_audit(s, record.id).form
    assert stored.areas["risk"].evidence == LONG
    assert stored.areas["risk"].impact == SCRIPTS
    assert stored.areas["plans"].evidence == (
        "Bullet\u2022 tab\there\nvertical\nform feed\ufffdbell"
    )
    assert stored.areas["plans"].impact == "Half a character \ufffd and a NUL \ufffd here"

    pdf = write_audit_pdf(db, record.id, tmp_path / "audit.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Sentence 01199 about" in " ".join(text.split())


def test_a_recovery_copy_keeps_even_what_the_database_cannot(any_opened: Opened) -> None:
    db, actor = any_opened.db, any_opened.actor
    typed = {"areas": {"risk": {"evidence": "Half \ud83d, NUL \x00, " + SCRIPTS}}}
    with db.writing() as s:
        drafts.keep(s, actor, "new-audit", typed, title="Draft")
    with db.reading() as s:
        (snapshot,) = drafts.pending(s, actor.id)
    assert snapshot.payload == typed
