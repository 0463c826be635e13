"""The trend report on paper and in Excel, and from the command line; the charts in
colour and in grey."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.trends import Share
from qaaudit.exports.common.files import Cancelled
from qaaudit.exports.trends.chart_figure import (
    GOOD,
    NOT_GOOD,
    Bar,
    Box,
    Line,
    month_figure,
)
from qaaudit.exports.trends.report import export_trends
from qaaudit.services.trends.figures import TrendFilter
from qaaudit.store.models import Team
from tests.trend_data import small_council

JAN, FEB = date(2017, 1, 1), date(2017, 2, 1)


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_states_the_filters_on_page_one_and_has_every_table(
    opened: Opened, tmp_path: Path
) -> None:
    with opened.db.writing() as s:
        council = small_council(s)
        s.get(Team, council.assessment_id).name = "Assessment <1> & Co"  # type: ignore[union-attr]
    target = tmp_path / "trends.pdf"
    flt = TrendFilter(date(2016, 12, 1), FEB, team_id=council.assessment_id)
    export_trends(opened.db, flt, target)
    first = PdfReader(target).pages[0].extract_text()
    assert "Dec 2016 to Feb 2017" in first
    assert "Assessment <1> & Co" in first  # printed literally
    assert "Of 6 audits in the period, 3 were good (50%) and 3 not yet good." in first
    assert "template changed to version 2017.1 in Jan 2017" in first
    assert "fewer than 10 audits" in first
    text = pdf_text(target)
    assert "By practice area, weakest first" in text
    assert "Cases audited again" in text
    assert "Whole period" in text


def test_workbook_holds_the_numbers_behind_every_chart(opened: Opened, tmp_path: Path) -> None:
    with opened.db.writing() as s:
        small_council(s)
    target = tmp_path / "trends.xlsx"
    export_trends(opened.db, TrendFilter(JAN, FEB), target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "About",
        "Process control",
        "By month",
        "By practice area",
        "Practice area signals",
        "Practice area by month",
        "Re-audits",
    ]
    months = [
        [c.value for c in row][:5] for row in book["By month"].iter_rows(min_row=2, max_row=3)
    ]
    assert months[0][1:4] == [4, 3, 1]
    assert months[1][1:4] == [6, 3, 3]
    assert months[0][4] == pytest.approx(0.75)
    areas = {row[0].value: row for row in book["By practice area"].iter_rows(min_row=2)}
    assert areas["Risk"][1].value == 10 and areas["Risk"][2].value == 5
    assert areas["Risk"][12].value == "too few audits to tell"
    reaudits = {r[0].value: r[1].value for r in book["Re-audits"].iter_rows(min_row=2)}
    assert reaudits["Worse overall judgement"] == 1
    about = {r[0].value: r[1].value for r in book["About"].iter_rows(min_row=3, max_row=12)}
    assert about["Period"] == "Jan 2017 to Feb 2017"
    assert about["Judgements"] == "The auditors' own judgements."
    assert book["By month"].freeze_panes == "B2"


def test_a_cancelled_export_leaves_the_previous_file_alone(opened: Opened, tmp_path: Path) -> None:
    with opened.db.writing() as s:
        small_council(s)
    target = tmp_path / "trends.pdf"
    target.write_bytes(b"last month's report")
    for stop_at in range(0, 5):
        with pytest.raises(Cancelled):
            export_trends(
                opened.db, TrendFilter(JAN, FEB), target, lambda done, *_, stop=stop_at: done < stop
            )
        assert target.read_bytes() == b"last month's report"
    assert list(tmp_path.glob("*.partial")) == []


def test_command_line_export(opened: Opened, sqlite_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    with opened.db.writing() as s:
        small_council(s)
    out = tmp_path / "lac.xlsx"
    code = main(
        [
            "export",
            "trends",
            "--from",
            "2017-01",
            "--to",
            "2017-02",
            "--service",
            "looked after children",
            "--team",
            "LAC 1",
            "--db",
            sqlite_url,
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    sheet = load_workbook(out)["By month"]
    assert [sheet.cell(row=r, column=2).value for r in (2, 3)] == [1, 4]
    pdf = tmp_path / "all.pdf"
    assert (
        main(
            [
                "export",
                "trends",
                "--from",
                "2017-01",
                "--to",
                "2017-12",
                "--db",
                sqlite_url,
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    assert "Jan 2017 to Dec 2017" in PdfReader(pdf).pages[0].extract_text()

    assert (
        main(
            [
                "export",
                "trends",
                "--from",
                "2017-01",
                "--to",
                "2017-02",
                "--team",
                "Nowhere",
                "--db",
                sqlite_url,
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "no team called “Nowhere”" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "trends",
                "--from",
                "March",
                "--to",
                "2017-02",
                "--db",
                sqlite_url,
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert "YYYY-MM" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "trends",
                "--from",
                "2017-01",
                "--to",
                "2017-02",
                "--db",
                sqlite_url,
                "-o",
                str(tmp_path / "x.doc"),
            ]
        )
        == 2
    )


def _grey(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def test_chart_colours_are_told_apart_in_grey_and_small_months_are_marked() -> None:
    bars = [
        Bar("Jan", Share(3, 5)),
        Bar("Feb", Share(30, 50), mark="Template 2017.1"),
        Bar("Mar", Share(0, 0)),
    ]
    figure = month_figure(bars, 400, 240)
    fills = [s.fill for s in figure.shapes if isinstance(s, Box) and s.fill]
    assert GOOD in fills and NOT_GOOD in fills  # the large month in full colour
    # Different lightness in grey, and not yet good is also hatched with white lines.
    assert abs(_grey(GOOD) - _grey(NOT_GOOD)) > 25
    assert any(isinstance(s, Line) and s.colour == "#FFFFFF" for s in figure.shapes)
    texts = figure.texts()
    assert "Template 2017.1" in texts
    assert "Pale: fewer than 10 audits" in texts
    assert [t for t in texts if t in {"5", "50", "0"}] == ["5", "50", "0"]
    assert "–" in texts  # the month with no audits
