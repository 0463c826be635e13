"""The QA lead reads whether good is improving, stable or getting worse: the process-control
chart of a team through the service, rebased at a training programme and where the
template changed, by quarter, and on paper, in Word and in Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.spc import CONCERN, IMPROVEMENT, QUARTER, RUN, TOO_FEW, YEAR
from qaaudit.exports.trends.report import export_trends
from qaaudit.services.common.actor import actor_for_login
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.trends.figures import TrendFilter, trend_report
from qaaudit.services.trends.rebases import add_rebase, rebases, remove_rebase
from qaaudit.store.trends import TrendRebase
from tests.spc_data import CENTRE, rising_team

JAN_2017, AUG_2017, FEB_2018 = date(2017, 1, 1), date(2017, 8, 1), date(2018, 2, 1)
IMPROVING = "Improving: 7 months in a row above the centre line since August 2017."


def team_view(team_id: int, by: str = "month") -> TrendFilter:
    return TrendFilter(JAN_2017, FEB_2018, team_id=team_id, by=by)


def test_a_team_whose_good_rose_after_training_reads_as_improving(opened: Opened) -> None:
    with opened.db.writing() as s:
        team = rising_team(s)
    with opened.db.reading() as s:
        report = trend_report(s, team_view(team.team_id))
    assert report.process is not None
    chart = report.process.chart
    [segment] = chart.segments
    assert segment.centre == pytest.approx(CENTRE)
    assert segment.sigma_z == pytest.approx(0.692626, abs=1e-5) and not segment.laney
    first = chart.points[0]
    assert (first.lower, first.upper) == (pytest.approx(0.070261, abs=1e-6), 1.0)
    assert [p.variation for p in chart.points] == [CONCERN] * 7 + [IMPROVEMENT] * 7
    assert all(p.rules == (RUN,) for p in chart.points)
    assert chart.variation == IMPROVEMENT and chart.headline == IMPROVING
    # Every practice area but permanence (not applicable) follows the overall judgement.
    by_area = {a.key: a.chart for a in report.process.areas}
    assert by_area["risk"].headline == IMPROVING
    assert by_area["permanence"].variation == TOO_FEW
    assert report.process.concerns == []
    # A team with no audits has nothing to tell.
    with opened.db.reading() as s:
        empty = trend_report(s, team_view(team.other_team_id))
    assert empty.process is not None
    assert empty.process.chart.headline == (
        "Too few to tell: 0 months with audits; at least 7 are needed before a run or a "
        "trend can show."
    )


def test_the_qa_lead_rebases_at_the_training_programme(any_opened: Opened) -> None:
    with any_opened.db.writing() as s:
        team = rising_team(s)
        auditor = actor_for_login(s, "tm1", create=False)
        assert auditor is not None
    with any_opened.db.writing() as s, pytest.raises(NotAllowed, match="QA lead"):
        add_rebase(s, auditor, AUG_2017, "Training")
    with any_opened.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(TrendRebase)) == 0
    with any_opened.db.writing() as s:
        add_rebase(s, any_opened.actor, date(2017, 8, 15), "  Training programme began  ")
    with any_opened.db.writing() as s, pytest.raises(ValueError, match="already rebased"):
        add_rebase(s, any_opened.actor, AUG_2017, "again")
    with any_opened.db.reading() as s:
        [stored] = rebases(s)
        report = trend_report(s, team_view(team.team_id))
    assert (stored.starts_on, stored.reason) == (AUG_2017, "Training programme began")
    assert report.process is not None
    before, after = report.process.chart.segments
    assert before.centre == pytest.approx(24 / 70) and after.centre == pytest.approx(52 / 70)
    assert after.reason == "rebased: Training programme began"
    assert report.process.method_words == (
        "Limits: p-chart; from Aug 2017 (rebased: Training programme began): p-chart."
    )
    assert report.process.chart.signals == []
    assert report.process.chart.headline == (
        "Stable: the share judged good varies by chance (common cause) around 74% since "
        "August 2017; no special cause."
    )
    with any_opened.db.writing() as s:
        remove_rebase(s, any_opened.actor, stored.id)
    with any_opened.db.reading() as s:
        assert rebases(s) == []
        assert trend_report(s, team_view(team.team_id)).process.chart.headline == IMPROVING  # type: ignore[union-attr]


def test_the_chart_rebases_itself_where_the_template_changed(opened: Opened) -> None:
    with opened.db.writing() as s:
        team = rising_team(s, template_from=AUG_2017)
    with opened.db.reading() as s:
        report = trend_report(s, team_view(team.team_id))
    assert report.process is not None
    assert [seg.reason for seg in report.process.chart.segments] == ["", "template 2018.1"]
    assert report.process.chart.headline.startswith("Stable:")


def test_quarters_and_years_and_this_quarter_so_far(opened: Opened) -> None:
    with opened.db.writing() as s:
        team = rising_team(s)
    with opened.db.reading() as s:
        quarters = trend_report(s, team_view(team.team_id, QUARTER)).process
        years = trend_report(s, team_view(team.team_id, YEAR)).process
    assert quarters is not None and years is not None
    assert [(p.good, p.total) for p in quarters.chart.points] == [
        (10, 30),
        (11, 30),
        (18, 30),
        (22, 30),
        (15, 20),
    ]
    assert quarters.chart.headline == (
        "Too few to tell: 5 quarters with audits; at least 7 are needed before a run or a "
        "trend can show."
    )
    assert [(p.good, p.total) for p in years.chart.points] == [(61, 120), (15, 20)]
    assert quarters.quarter is not None
    assert quarters.quarter.words == (
        "This quarter (Jan to Mar 2018) so far: 15 of 20 good (75%); last quarter (Oct to "
        "Dec 2017): 22 of 30 good (73%). No clear change (+2 points)."
    )


def test_pdf_word_and_workbook_carry_centre_limits_and_signal_for_every_month(
    opened: Opened, tmp_path: Path
) -> None:
    with opened.db.writing() as s:
        team = rising_team(s)
    flt = team_view(team.team_id)
    pdf = export_trends(opened.db, flt, tmp_path / "trend.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert IMPROVING in " ".join(text.split())
    assert "Limits: p-chart." in text
    assert "Upper" in text and "Centre" in text
    assert text.count("concern: run") == 7 and text.count("improvement: run") == 7

    book = load_workbook(export_trends(opened.db, flt, tmp_path / "trend.xlsx"))
    sheet = book["Process control"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0][:13]) == [
        "Period",
        "Starts",
        "Audits",
        "Good",
        "Share good",
        "Centre",
        "Lower limit",
        "Upper limit",
        "Lower two sigma",
        "Upper two sigma",
        "Limits",
        "Variation",
        "Signal",
    ]
    assert len(rows) == 15
    jan = rows[1]
    assert jan[0] == "Jan 2017" and jan[2:4] == (10, 3)
    assert jan[5] == pytest.approx(CENTRE)
    assert (jan[6], jan[7]) == (pytest.approx(0.070261, abs=1e-6), 1.0)
    assert jan[8] == pytest.approx(0.227793, abs=1e-6)
    assert jan[10] == "p-chart" and jan[11] == CONCERN
    assert rows[-1][11] == IMPROVEMENT
    assert rows[-1][12].startswith("special cause improvement: run of 7")
    signals = {r[0]: r[2] for r in book["Practice area signals"].iter_rows(values_only=True)}
    assert signals["Risk"] == "Improving" and signals["Permanence"] == "Too few to tell"
    about = {r[0]: r[1] for r in book["About"].iter_rows(values_only=True) if r[0]}
    assert about["Headline"] == IMPROVING

    word = Document(str(export_trends(opened.db, flt, tmp_path / "trend.docx")))
    paragraphs = [p.text for p in word.paragraphs]
    assert IMPROVING in paragraphs
    assert "Limits: p-chart." in paragraphs
    table = next(t for t in word.tables if t.rows[0].cells[0].text == "Period")
    header = [c.text for c in table.rows[0].cells]
    assert header == [
        "Period",
        "Audits",
        "Good",
        "Share good",
        "Centre",
        "Lower limit",
        "Upper limit",
        "Signal",
    ]
    aug = [c.text for c in table.rows[8].cells]
    assert aug[:7] == ["Aug 2017", "10", "7", "70%", "54.3%", "7.0%", "100.0%"]
    assert aug[7] == "improvement: run"


def test_command_line_export_by_quarter(
    opened: Opened, sqlite_url: str, tmp_path: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        rising_team(s)
    out = tmp_path / "quarters.xlsx"
    arguments = [
        "export",
        "trends",
        "--from",
        "2017-01",
        "--to",
        "2018-02",
        "--team",
        "Assessment 1",
    ]
    code = main([*arguments, "--by", "quarter", "--db", sqlite_url, "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    sheet = load_workbook(out)["Process control"]
    labels = [sheet.cell(row=r, column=1).value for r in range(2, 7)]
    assert labels == ["2017 Q1", "2017 Q2", "2017 Q3", "2017 Q4", "2018 Q1"]
    assert sheet.cell(row=2, column=6).value == pytest.approx(CENTRE)
    assert sheet.cell(row=6, column=12).value == "common cause"
    word = tmp_path / "quarters.docx"
    assert main([*arguments, "--by", "year", "--db", sqlite_url, "-o", str(word)]) == 0
    assert "2017" in [row.cells[0].text for t in Document(str(word)).tables for row in t.rows]
    with pytest.raises(SystemExit) as refused:
        main([*arguments, "--by", "fortnight", "--db", sqlite_url, "-o", str(out)])
    assert refused.value.code == 2
    assert "invalid choice: 'fortnight'" in capsys.readouterr().err
