"""The review as the panel reads it (PDF), the one-page summary for the team, and the
workbook of rows and actions, read back as a person would read them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.review import ReviewAction
from qaaudit.domain.review_period import Period
from qaaudit.exports.review.excel import write_review_workbook
from qaaudit.exports.review.pdf import write_review_pdf, write_review_summary_pdf
from qaaudit.services.review import reviews
from tests.review_factories import TODAY, cast, filled_in

HOSTILE = '<b>unclosed & <img src="x"/>'
JAN_JUN = Period(date(2017, 1, 1), date(2017, 6, 30))


def a_final_review(
    opened: Opened, *, evidence: str = "", comments: str = "", actions: int = 0
) -> int:
    with opened.db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN, TODAY
        )
        form = filled_in(record.form, "G")
        form.rows["workloads"].judgement = "RI"
        form.rows["complaints"].judgement = "I"
        form.rows["surveys"].judgement = "O"
        form.rows["workloads"].comments = f"Caseloads {HOSTILE} are falling."
        form.rows["complaints"].evidence = '=HYPERLINK("http://x")\x07 from the complaints log'
        if evidence:
            form.rows["serious_case_reviews"].evidence = evidence
        if comments:
            form.rows["serious_case_reviews"].comments = comments
        for number in range(actions):
            form.actions.append(
                ReviewAction("A" * 20_000 + f" {number}", "Owner", date(2017, 9, 1), "surveys")
            )
        sent = reviews.send_to_panel(s, people.manager, record.id, record.version, form)
        form = sent.form
        form.panel_date = date(2017, 7, 20)
        form.panel_input = "The panel asked for Zofia Wiśniewska's team to share its approach."
        form.summary_points = "Our audits show more good practice.\nCaseloads are falling."
        form.actions += [
            ReviewAction("Run two focus groups with parents", "Head of Service", date(2017, 9, 30)),
            ReviewAction("Report caseloads monthly", "Service manager", date(2017, 12, 31)),
        ]
        return reviews.finalise(s, people.qa_lead, record.id, sent.version, form, TODAY).id


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_review_pdf_reads_as_the_template_with_judgements_in_words(
    opened: Opened, tmp_path: Path
) -> None:
    review_id = a_final_review(opened)
    target = write_review_pdf(opened.db, review_id, tmp_path / "review.pdf", TODAY)
    pages, text = pdf_text(target)
    flat = " ".join(text.split())
    assert pages >= 4
    assert "SERVICE PERFORMANCE REVIEW: Help and Protection" in flat
    for heading in (
        "1. Independent challenge - What is our Performance Data and Analysis telling us?",
        "2. Provider challenge",
        "3. Professional Challenge",
        "4. Citizen Challenge",
        "5. Key summary points for communication to all members of service being reviewed",
        "6. Input from panel, actions to be taken away",
        "Actions identified and their progress",
    ):
        assert heading in flat
    assert "Date of review panel 20 July 2017" in flat
    assert "Requires improvement to be good" in flat and "Inadequate" in flat
    assert "Outstanding" in flat
    assert HOSTILE in flat  # printed literally, never as markup
    assert "Wiśniewska" in flat
    assert "From 0 case file audits" not in flat and "no case file audits were completed" in flat
    assert "Run two focus groups with parents" in flat
    assert "Reduce caseloads to 18 a worker · Owner: Head of Help and Protection" in flat
    assert "made final by Rhian Pritchard" in flat
    assert "NOT YET FINAL" not in flat


def test_a_draft_review_pdf_says_it_is_not_final(opened: Opened, tmp_path: Path) -> None:
    with opened.db.writing() as s:
        people = cast(s)
        record = reviews.create_review(
            s, people.manager, people.team.service_area_id, JAN_JUN, TODAY
        )
    _, text = pdf_text(write_review_pdf(opened.db, record.id, tmp_path / "d.pdf", TODAY))
    assert "DRAFT: SELF-ASSESSMENT: NOT YET FINAL" in text
    assert "Overall position: not judged yet" in " ".join(text.split())


def test_very_long_evidence_runs_across_pages_and_is_never_cut(
    opened: Opened, tmp_path: Path
) -> None:
    evidence = " ".join(f"word{n}" for n in range(3300)) + " THE-END"
    # The widest letters, with no space to break at, and lines of Welsh.
    comments = "W" * 12_000 + "\n" + "Ŵyr Gwenllïan ŵyr\n" * 400 + "LAST-LINE"
    review_id = a_final_review(opened, evidence=evidence, comments=comments)
    pages, text = pdf_text(write_review_pdf(opened.db, review_id, tmp_path / "long.pdf", TODAY))
    assert pages > 6
    assert "word2500" in text and "THE-END" in text
    assert "LAST-LINE" in text and text.count("Gwenllïan") == 400
    assert text.count("W") > 12_000


def test_the_summary_is_one_page_with_section_5_and_priority_actions(
    opened: Opened, tmp_path: Path
) -> None:
    review_id = a_final_review(opened)
    target = write_review_summary_pdf(opened.db, review_id, tmp_path / "summary.pdf", TODAY)
    pages, text = pdf_text(target)
    flat = " ".join(text.split())
    assert pages == 1
    assert "Help and Protection: our service performance review" in flat
    assert "Our audits show more good practice." in flat
    assert "Priority actions" in flat
    assert "Reduce caseloads to 18 a worker" in flat  # marked priority
    assert "Report caseloads monthly" not in flat  # not a priority


def test_a_summary_too_long_for_one_page_says_it_was_shortened(
    opened: Opened, tmp_path: Path
) -> None:
    review_id = a_final_review(opened)
    with opened.db.writing() as s:
        record = reviews.load_review(s, review_id)
        from qaaudit.store.reviews import ServiceReview

        s.get(ServiceReview, review_id).summary_points = "Point. " * 2000  # type: ignore[union-attr]
    assert record.locked
    pages, text = pdf_text(
        write_review_summary_pdf(opened.db, review_id, tmp_path / "s.pdf", TODAY)
    )
    assert pages == 1
    assert "shortened here: the full summary points are in the review" in " ".join(text.split())


def test_the_workbook_holds_rows_and_actions_as_text(opened: Opened, tmp_path: Path) -> None:
    review_id = a_final_review(opened, actions=2)
    written = write_review_workbook(opened.db, review_id, tmp_path / "review.xlsx", TODAY)
    assert written.shortened == ("Judgement areas!G22",)
    book = load_workbook(written.path)
    assert book.sheetnames == ["Notes", "Review", "Judgement areas", "Actions"]
    assert "Judgement areas!G22" in book["Notes"]["A2"].value

    rows = book["Judgement areas"]
    assert rows.freeze_panes == "C2" and rows.auto_filter.ref == "A1:G23"
    body = list(rows.iter_rows(min_row=2, values_only=True))
    assert len(body) == 22
    workloads = next(r for r in body if r[1] == "Workloads / staffing / caseloads")
    assert workloads[4:6] == ("RI", "Requires improvement to be good")
    assert workloads[2] == f"Caseloads {HOSTILE} are falling."
    complaints = next(r for r in rows.iter_rows(min_row=2) if r[1].value.startswith("Compl"))
    assert complaints[3].data_type == "s"
    assert complaints[3].value == '=HYPERLINK("http://x")\ufffd from the complaints log'
    assert complaints[4].fill.fgColor.rgb.endswith("D55E00")

    actions = list(book["Actions"].iter_rows(min_row=2, values_only=True))
    assert [(a[0], a[2], a[4], a[5]) for a in actions[:1]] == [
        ("1. Workloads / staffing / caseloads", "Head of Help and Protection", "Yes", "Overdue")
    ]
    assert actions[-1][:3] == ("6. Panel", "Report caseloads monthly", "Service manager")
    assert actions[-1][3].date() == date(2017, 12, 31) and actions[-1][5] == "Open"
    review = {r[0]: r[1] for r in book["Review"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert review["Service Area"] == "Help and Protection"
    assert review["Performance period being considered"] == "Jan-Jun 2017"


def test_export_review_on_the_command_line_chooses_by_suffix(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    review_id = a_final_review(opened)
    url = str(opened.db.url)
    for name, extra in (("r.pdf", []), ("r.xlsx", []), ("s.pdf", ["--summary"])):
        assert (
            main(
                [
                    "export",
                    "review",
                    "--db",
                    url,
                    "--id",
                    str(review_id),
                    "-o",
                    str(tmp_path / name),
                    *extra,
                ]
            )
            == 0
        )
    assert PdfReader(str(tmp_path / "r.pdf")).pages
    assert len(PdfReader(str(tmp_path / "s.pdf")).pages) == 1
    assert load_workbook(tmp_path / "r.xlsx")["Actions"]["A1"].value == "From"
    assert main(["export", "review", "--db", url, "--id", "1", "-o", str(tmp_path / "r.doc")]) == 2
    assert main(["export", "review", "--db", url, "--id", "99", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "must end in .pdf or .xlsx" in err and "There is no service review number 99" in err
