"""The QA lead prints March 2017's learning for QA Matters and reads it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.exports.summaries.learning_pdf import write_summary_pdf
from qaaudit.services.audit import audits
from qaaudit.services.summaries.learning import learning_summary
from tests.factories import complete_form, make_person, make_team
from tests.loop_data import CREATED_ON, MARCH, build_march

REAL_TODAY = date.today()


def flat(text: str) -> str:
    """Extracted text with line breaks and runs of spaces made single spaces."""
    return " ".join(text.split())


def text_of(path: Path) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


def test_the_summary_reads_as_the_newsletter_needs_it(opened: Opened, tmp_path: Path) -> None:
    build_march(opened.db, REAL_TODAY)
    with opened.db.reading() as s:
        summary = learning_summary(s, MARCH, today=REAL_TODAY)
    target = write_summary_pdf(summary, tmp_path / "qa-matters.pdf")

    reader = PdfReader(target)
    first = flat(reader.pages[0].extract_text())
    assert "March 2017" in first
    assert "judged good (3 of 5)" in first
    assert "60% of the cases audited were judged good (3 of 5); 2 were not yet good." in first
    assert "Up from 0% in February 2017 (0 of 1)." in first
    assert "1 case was re-audited: 1 moved from not yet good to good" in first
    assert "What is working well" in first and "Where practice is not yet good" in first
    assert "Quality of plans — 3 of 5 judged good (60%)." in first
    assert "“update the chronology” (3 audits)" in first
    everything = text_of(target)
    for heading in (
        "Actions opened and closed",
        "Practice areas",
        "Audit themes",
        "By service area",
    ):
        assert heading in everything
    assert "6 agreed in this period's audits" in everything
    assert "1 confirmed by the service manager (1 by the end of the following month)" in everything
    assert "This summary rests on 5 audits" in everything
    # Names and case numbers stay out of the newsletter.
    for private in ("Sam Okafor", "Ann Smith", "Ben Jones", "Tess Turner", "C2", "L4"):
        assert private not in everything
    assert reader.metadata.title == "Learning from case file audits: March 2017"


def test_names_print_literally_in_any_script(opened: Opened, tmp_path: Path) -> None:
    with opened.db.writing() as s:
        team = make_team(s, "Tîm <b>Gogledd</b> & Łódź", "Gwasanaethau <i>Plant</i> & Teuluoedd")
        who = make_person(s, "cy", "Siân ap Rhys", team=team)
        form = complete_form(team.id, case_number="W1", month=MARCH)
        record = audits.create_audit(s, who, form, CREATED_ON)
        audits.complete_audit(s, who, record.id, record.version, form, CREATED_ON)
    with opened.db.reading() as s:
        summary = learning_summary(s, MARCH, today=REAL_TODAY)
    text = text_of(write_summary_pdf(summary, tmp_path / "s.pdf"))
    assert "Gwasanaethau <i>Plant</i> & Teuluoedd" in text
    assert "100% of the cases audited were judged good (1 of 1)" in text


def test_a_month_without_audits_says_so(opened: Opened, tmp_path: Path) -> None:
    with opened.db.reading() as s:
        summary = learning_summary(s, date(2017, 6, 1), today=REAL_TODAY)
    text = text_of(write_summary_pdf(summary, tmp_path / "june.pdf"))
    assert "June 2017" in text
    assert "No case file audits were completed for this period" in text


def test_export_summary_from_the_command_line(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_march(opened.db, REAL_TODAY)
    url = str(opened.db.url)
    target = tmp_path / "march.pdf"
    assert main(["export", "summary", "--month", "2017-03", "--db", url, "-o", str(target)]) == 0
    assert "March 2017, 5 audits, 3 good" in capsys.readouterr().out
    assert "judged good (3 of 5)" in PdfReader(target).pages[0].extract_text()

    quarter = tmp_path / "q1.pdf"
    args = ["export", "summary", "--from", "2017-01", "--to", "2017-03", "--db", url]
    assert main([*args, "--service", "help and protection", "-o", str(quarter)]) == 0
    first = flat(PdfReader(quarter).pages[0].extract_text())
    assert "January to March 2017 · Help and Protection" in first

    assert main([*args, "--service", "Nowhere", "-o", str(quarter)]) == 2
    assert "there is no service area called “Nowhere”" in capsys.readouterr().err
    assert main(["export", "summary", "--db", url, "-o", str(quarter)]) == 2
    with pytest.raises(SystemExit):
        main(["export", "summary", "--month", "March", "--db", url, "-o", str(quarter)])
    assert "is not a month; write it as YYYY-MM" in capsys.readouterr().err
