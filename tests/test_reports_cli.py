"""The QA lead sends reports from the command line: the quarter's report as PDF or Word
(the one written in the window, or the findings drawn up from the audits), a month's and
a theme's, the action plans for the quarterly meeting, and the learning summary in Word.
Someone who does not receive reports is refused in the permission table's words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.audit_report import parse_quarter
from qaaudit.services.reports import reports
from qaaudit.services.reports.reports import Recommendation
from tests.loop_data import build_march


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def words_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def test_the_quarters_report_from_the_command_line(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_march(opened.db, date(2017, 4, 3))
    url = str(opened.db.url)
    # No report written yet: the findings as drawn up from the audits.
    code, out, _err = run(
        capsys,
        "export",
        "report",
        "--quarter",
        "2017Q1",
        "-o",
        str(tmp_path / "q1.pdf"),
        "--db",
        url,
    )
    assert code == 0
    assert "Q1 2017 (January to March), 6 audits, the findings drawn up from the audits" in out
    assert "findings of 6 case file audits" in words_of(tmp_path / "q1.pdf")

    with opened.db.writing() as s:
        draft = reports.draft_report(s, opened.actor, parse_quarter("2017Q1"), date(2017, 4, 12))
        draft.text.recommendations = [Recommendation("Contingency plans in every plan")]
        reports.save_report(s, opened.actor, draft.id, draft.version, draft.text)
    for name in ("q1.docx", "q1-again.pdf"):
        code, out, _err = run(
            capsys,
            "export",
            "report",
            "--quarter",
            "2017q1",
            "-o",
            str(tmp_path / name),
            "--db",
            url,
        )
        assert code == 0 and "the report as written, 1 recommendations" in out
        assert "Contingency plans in every plan" in words_of(tmp_path / name)

    code, out, _err = run(
        capsys,
        "export",
        "report",
        "--month",
        "2017-03",
        "-o",
        str(tmp_path / "m.docx"),
        "--db",
        url,
    )
    assert code == 0 and "March 2017, 5 audits" in out
    code, out, _err = run(
        capsys,
        *("export", "report", "--theme", "neglect", "--from", "2017-01", "--to", "2017-03"),
        *("-o", str(tmp_path / "neglect.pdf"), "--db", url),
    )
    assert code == 0 and "January to March 2017, 3 audits" in out
    assert "the theme “Neglect”" in words_of(tmp_path / "neglect.pdf")

    code, out, _err = run(
        capsys,
        "export",
        "summary",
        "--month",
        "2017-03",
        "-o",
        str(tmp_path / "s.docx"),
        "--db",
        url,
    )
    assert code == 0
    assert "Learning from case file audits: March 2017" in words_of(tmp_path / "s.docx")

    code, out, _err = run(
        capsys,
        "export",
        "action-plans",
        "--quarter",
        "2017Q2",
        "-o",
        str(tmp_path / "p.xlsx"),
        "--db",
        url,
    )
    assert code == 0 and "Q2 2017 (April to June), 0 items" in out
    assert load_workbook(tmp_path / "p.xlsx")["Action plans"]["A1"].value == "Service area"


@pytest.mark.parametrize(
    ("args", "told"),
    [
        (("--quarter", "2017Q5"), "is not a quarter; write it as 2017Q1"),
        (("--quarter", "2017Q1", "--month", "2017-03"), "give one of --quarter"),
        (("--theme", "weather", "--from", "2017-01"), "is not an audit theme"),
        (("--theme", "neglect"), "a theme report needs --from"),
    ],
)
def test_a_period_the_command_cannot_read_is_said_plainly(
    opened: Opened,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    told: str,
) -> None:
    target = tmp_path / "r.pdf"
    code, _out, err = run(
        capsys, "export", "report", *args, "-o", str(target), "--db", str(opened.db.url)
    )
    assert code == 2 and told in err
    assert not target.exists()


def test_an_auditor_is_refused_the_reports(
    opened: Opened,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = str(opened.db.url)
    assert main(["people", "add", "ann", "--name", "Ann Auditor", "--db", url]) == 0
    monkeypatch.setenv("QAAUDIT_USER", "ann")
    for command in (
        ("report", "--quarter", "2017Q1", "-o", str(tmp_path / "r.pdf")),
        ("action-plans", "-o", str(tmp_path / "p.xlsx")),
    ):
        code, _out, err = run(capsys, "export", *command, "--db", url)
        assert code == 2
        assert "can see audit reports and action plans" in err
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.xlsx")) == []
