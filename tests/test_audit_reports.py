"""The QA lead writes the first quarter's audit report: the program draws up the findings
from March's audits (tests/loop_data.py), the QA lead edits them and adds
recommendations, issues it, and sends it as a PDF and as a Word document; both are read
back. A theme report covers only that theme's audits; re-audits are split by whether the
earlier actions were done."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit_report import DONE, NOT_DONE, THEME, ReportPeriod, parse_quarter
from qaaudit.exports.reports.report import UnknownFormat, write_report
from qaaudit.exports.summaries.learning_docx import write_summary_docx
from qaaudit.services.audit import audits, earlier_actions
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.reports import reports
from qaaudit.services.reports.reports import Recommendation
from qaaudit.services.summaries.learning import learning_summary
from qaaudit.services.trends.reaudit_actions import (
    ALL_DONE,
    NONE_AGREED,
    NOT_ALL_DONE,
    NOT_KNOWN,
    group_of,
    improvement_by_earlier_actions,
)
from qaaudit.store.errors import ConflictError
from tests.factories import complete_form
from tests.loop_data import CREATED_ON, MARCH, build_march

TODAY = date(2017, 4, 12)
Q1 = parse_quarter("2017Q1")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    document = Document(str(path))
    words = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            words.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(words)


@pytest.fixture
def march(any_opened: Opened):
    return build_march(any_opened.db, date(2017, 4, 3))


def test_the_quarter_is_read_as_its_three_months() -> None:
    assert (Q1.month_from, Q1.month_to) == (date(2017, 1, 1), date(2017, 3, 1))
    assert Q1.label == "Q1 2017 (January to March)"
    assert parse_quarter("2017-q4").month_to == date(2017, 12, 1)
    with pytest.raises(ValueError, match="2017Q1"):
        parse_quarter("2017Q5")


def test_a_report_drafted_edited_issued_and_sent_as_pdf_and_word(
    any_opened: Opened, march, tmp_path: Path
) -> None:
    lead = any_opened.actor
    with any_opened.db.writing() as s:
        draft = reports.draft_report(s, lead, Q1, TODAY)
    text = draft.text
    # Drawn up from the audits: February's one and March's five, by hand in loop_data.
    assert text.title == "Case file audit report: Q1 2017 (January to March)"
    assert "findings of 6 case file audits" in text.introduction
    assert "3 of 6 (50%) were judged good" in text.introduction
    # Involvement: good in a1 to a5, not in February's a0.
    assert text.strengths.startswith(
        "- Children, young people and families are appropriately involved: 5 of 6 "
        "judgements good (83%)."
    )
    assert "Quality of plans" in text.improvements
    assert "update the chronology" in text.recurring.lower()

    text.strengths += "\n- Direct work with children is recorded well <b>in every team</b>."
    text.recommendations = [
        Recommendation("Chronologies updated at every supervision", march.hp_area_id),
        Recommendation("Contingency plans written for every LAC case", None),
    ]
    with any_opened.db.writing() as s:
        saved = reports.save_report(s, lead, draft.id, draft.version, text)
    assert [r.text for r in saved.text.recommendations] == [
        "Chronologies updated at every supervision",
        "Contingency plans written for every LAC case",
    ]
    assert saved.text.recommendations[0].service_area == "Help and Protection"
    with any_opened.db.writing() as s, pytest.raises(ConflictError):
        reports.save_report(s, lead, draft.id, draft.version, text)  # opened before the save
    with any_opened.db.writing() as s:
        issued = reports.issue_report(s, lead, saved.id, saved.version, TODAY)
    assert issued.issued and issued.issued_on == TODAY

    with any_opened.db.reading() as s:
        record = reports.load_report(s, issued.id)
        figures = reports.report_figures(s, record.period, TODAY)
    pdf = write_report(record, figures, tmp_path / "q1.pdf", TODAY)
    docx = write_report(record, figures, tmp_path / "q1.docx", TODAY)
    for read in (pdf_text(pdf), docx_text(docx)):
        flat = " ".join(read.split())
        assert "Case file audit report: Q1 2017 (January to March)" in flat
        assert "Issued 12 April 2017" in flat
        assert "Direct work with children is recorded well <b>in every team</b>." in flat
        assert "Chronologies updated at every supervision" in flat
        assert "Help and Protection" in flat and "Every service area" in flat
        assert "Re-audits" in flat
    assert "are appropriately involved | 6 | 5 | 83% | 0" in docx_text(docx)
    with pytest.raises(UnknownFormat):
        write_report(record, figures, tmp_path / "q1.txt", TODAY)
    with any_opened.db.reading() as s:
        assert [r.title for r in reports.list_reports(s)] == [record.text.title]
        assert reports.find_report(s, Q1) is not None


def test_only_the_qa_lead_or_an_administrator_writes_reports(any_opened: Opened, march) -> None:
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="QA lead"):
        reports.draft_report(s, march.service_manager_hp, Q1, TODAY)


def test_a_theme_report_covers_that_themes_audits_only(any_opened: Opened, march) -> None:
    period = ReportPeriod(THEME, date(2017, 1, 1), date(2017, 3, 1), "neglect")
    with any_opened.db.writing() as s:
        draft = reports.draft_report(s, any_opened.actor, period, TODAY)
    # a1 (good) and a2 (not yet good) carry the theme; a0 too (the factory's default).
    assert draft.text.title == "Case file audit report: the theme “Neglect”, January to March 2017"
    assert "findings of 3 case file audits" in draft.text.introduction


def test_reaudits_are_split_by_whether_the_earlier_actions_were_done(
    any_opened: Opened, march
) -> None:
    """Three re-audits of March's cases in April: C1's actions done and the case better;
    L4's not done and no better; C2's partly answered."""
    april = date(2017, 4, 1)
    tess, tom = march.auditor_hp, march.auditor_lac
    with any_opened.db.writing() as s:
        team_hp = audits.load_audit(s, march.ids["a1"]).form.team_id
        team_lac = audits.load_audit(s, march.ids["a4"]).form.team_id
        made = {}
        for who, team, case, grade in (
            (tess, team_hp, "C1", "exceeds_good"),
            (tom, team_lac, "L4", "does_not_meet_good"),
            (tess, team_hp, "C2", "meets_good"),
        ):
            form = complete_form(team, case, april, grade)
            made[case] = (who, form, audits.create_audit(s, who, form, CREATED_ON))
    with any_opened.db.writing() as s:
        for case, answer in (("C1", DONE), ("L4", NOT_DONE)):
            who, _form, record = made[case]
            view = earlier_actions.side_by_side(s, record.id)
            assert view is not None and len(view.actions) == 1
            earlier_actions.record_answers(s, who, record.id, {view.actions[0].id: (answer, "")})
        who, _form, record = made["C2"]
        view = earlier_actions.side_by_side(s, record.id)
        assert view is not None and len(view.actions) == 2
        earlier_actions.record_answers(s, who, record.id, {view.actions[0].id: (DONE, "")})
        for who, form, record in made.values():
            audits.complete_audit(s, who, record.id, record.version, form, CREATED_ON)
    with any_opened.db.reading() as s:
        groups = {g.key: g for g in improvement_by_earlier_actions(s, april, april)}
        march_groups = {g.key: g for g in improvement_by_earlier_actions(s, MARCH, MARCH)}
    assert (groups[ALL_DONE].count, groups[ALL_DONE].improved) == (1, 1)
    assert (groups[NOT_ALL_DONE].count, groups[NOT_ALL_DONE].same) == (1, 1)
    assert (groups[NOT_KNOWN].count, groups[NOT_KNOWN].improved) == (1, 1)
    assert groups[NONE_AGREED].count == 0
    # March's re-audit of C0 was completed before anyone answered: not known.
    assert march_groups[NOT_KNOWN].count == 1


def test_the_group_of_a_reaudit_from_its_answers() -> None:
    assert group_of([]) == NONE_AGREED
    assert group_of([DONE, DONE]) == ALL_DONE
    assert group_of([DONE, None]) == NOT_KNOWN
    assert group_of([DONE, "unknown"]) == NOT_KNOWN
    assert group_of([None, "partly"]) == NOT_ALL_DONE


def test_the_learning_summary_as_a_word_document(any_opened: Opened, march, tmp_path: Path) -> None:
    with any_opened.db.reading() as s:
        summary = learning_summary(s, MARCH, today=TODAY)
    path = write_summary_docx(summary, tmp_path / "qa-matters.docx")
    read = docx_text(path)
    assert "Learning from case file audits: March 2017" in read
    assert "60% of the cases audited were judged good (3 of 5)" in read
    assert "are appropriately involved | 5 | 5 | 0 | 0 | 100%" in read
    assert "Help and Protection | 3 | 2 | 67%" in read
