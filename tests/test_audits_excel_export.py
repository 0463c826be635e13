"""The QA lead exports every audit to Excel for analysis, and reads it back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.exports.audit.data_excel import (
    ABOUT_SHEET,
    ACTIONS_SHEET,
    AUDITS_SHEET,
    NARRATIVES_SHEET,
    split_for_excel,
    write_audits_workbook,
)
from qaaudit.exports.common.files import Cancelled
from qaaudit.services.audit import audits
from qaaudit.services.audit.data import audit_batches
from qaaudit.services.common.actor import Actor
from tests.factories import complete_form, make_person, make_team
from tests.loop_data import CREATED_ON, build_march

REAL_TODAY = date.today()


def rows_of(path: Path, sheet: str) -> list[dict[str, object]]:
    workbook = load_workbook(path)
    values = list(workbook[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_every_audit_is_one_row_with_its_narratives_and_actions(
    opened: Opened, tmp_path: Path
) -> None:
    march = build_march(opened.db, REAL_TODAY)
    target = tmp_path / "audits.xlsx"
    result = write_audits_workbook(opened.db, opened.actor, target)
    assert (result.audits, result.narratives, result.actions) == (7, 84, 8)

    workbook = load_workbook(target)
    assert workbook.sheetnames == [AUDITS_SHEET, NARRATIVES_SHEET, ACTIONS_SHEET, ABOUT_SHEET]
    sheet = workbook[AUDITS_SHEET]
    assert sheet.freeze_panes == "C2"
    assert sheet.auto_filter.ref == "A1:AI8"
    assert sheet.column_dimensions["B"].width == 16
    assert workbook[NARRATIVES_SHEET].freeze_panes == "B2"
    assert workbook[ACTIONS_SHEET].auto_filter.ref == "A1:E9"

    audits_rows = {row["Audit id"]: row for row in rows_of(target, AUDITS_SHEET)}
    weak = audits_rows[march.ids["a2"]]
    assert weak["Tracked case number"] == "C2"
    assert weak["Audit month"].date() == date(2017, 3, 1)
    assert (weak["Service area"], weak["Team"], weak["Auditor"]) == (
        "Help and Protection",
        "Assessment Team 1",
        "Tess Turner",
    )
    assert (weak["Overall judgement"], weak["Good / not yet good"]) == (
        "Does not meet good",
        "Not yet good",
    )
    assert (weak["Risk"], weak["Involvement"], weak["Permanence"]) == (
        "Does not meet good",
        "Meets good",
        "Not applicable",
    )
    assert weak["Audit themes"] == "Domestic violence; Neglect"
    assert weak["Discussed with case holder"].date() == date(2017, 3, 20)
    assert weak["Corrective action confirmed on"].date() == REAL_TODAY
    assert weak["Corrective action confirmed by"] == "Sue Singh"
    assert weak["Corrective action note"].startswith("Chronology completed")
    re_audit = audits_rows[march.ids["a5"]]
    assert (re_audit["Type"], re_audit["Previous audit id"]) == ("Re-audit", march.ids["a0"])
    assert audits_rows[march.ids["draft"]]["Status"] == "Draft"
    assert audits_rows[march.ids["draft"]]["Completed on"] is None

    narratives = [r for r in rows_of(target, NARRATIVES_SHEET) if r["Audit id"] == march.ids["a2"]]
    assert [r["Practice area"] for r in narratives][:3] == [
        "Risk",
        "Involvement",
        "Decision making",
    ]
    assert narratives[0]["Part"] is None  # numbered only when a narrative is split
    assert narratives[0]["Evidence that supports the judgement"].startswith("Evidence for risk")
    actions = [r for r in rows_of(target, ACTIONS_SHEET) if r["Audit id"] == march.ids["a2"]]
    assert [(a["Action"], a["By whom"], a["By when"].date()) for a in actions] == [
        ("Update the chronology and share with IRO", "Ann Smith", date(2017, 4, 15)),
        ("Contingency plan agreed in supervision", "Ann Smith", date(2017, 4, 30)),
    ]


def _audit_with(opened: Opened, **text: str) -> tuple[Actor, int]:
    with opened.db.writing() as s:
        team = make_team(s)
        manager = make_person(s, "m1", "Manager One", team=team)
        form = complete_form(team.id)
        form.case_holder = text.get("case_holder", form.case_holder)
        form.areas["risk"].evidence = text.get("evidence", form.areas["risk"].evidence)
        form.areas["risk"].impact = text.get("impact", form.areas["risk"].impact)
        form.actions[0].action = text.get("action", form.actions[0].action)
        record = audits.create_audit(s, manager, form, CREATED_ON)
        audits.complete_audit(s, manager, record.id, record.version, form, CREATED_ON)
    return manager, record.id


def test_text_that_looks_like_a_formula_stays_text(opened: Opened, tmp_path: Path) -> None:
    _audit_with(
        opened,
        case_holder='=HYPERLINK("http://evil","x")',
        evidence="@SUM(A1:A9) was quoted\tin the record",
        # The bell is replaced as it is stored; U+FFFF can be stored but not put in a workbook.
        impact="-1 visit missed; bell\x07 and \uffff characters pasted from Word",
        action="+44 7700 900123 to be called",
    )
    target = tmp_path / "audits.xlsx"
    result = write_audits_workbook(opened.db, opened.actor, target)
    workbook = load_workbook(target)
    holder = workbook[AUDITS_SHEET]["G2"]
    assert holder.value == '=HYPERLINK("http://evil","x")' and holder.data_type == "s"
    evidence = workbook[NARRATIVES_SHEET]["D2"]
    assert evidence.value == "@SUM(A1:A9) was quoted\tin the record"
    assert evidence.data_type == "s"
    impact = workbook[NARRATIVES_SHEET]["E2"].value
    assert impact == "-1 visit missed; bell\ufffd and \ufffd characters pasted from Word"
    action = workbook[ACTIONS_SHEET]["B2"]
    assert action.value == "+44 7700 900123 to be called" and action.data_type == "s"
    assert result.replaced_characters == 1
    about = " ".join(str(r[0]) for r in workbook[ABOUT_SHEET].iter_rows(values_only=True))
    assert "1 cells held characters Excel cannot store" in about


def test_a_narrative_longer_than_a_cell_continues_on_the_next_rows(
    opened: Opened, tmp_path: Path
) -> None:
    long_text = ("The child said she feels safe at home now 🙂. " * 2000)[:80_000]
    _audit_with(opened, evidence=long_text)
    target = tmp_path / "audits.xlsx"
    result = write_audits_workbook(opened.db, opened.actor, target)
    assert result.split_narratives == 1
    risk = [r for r in rows_of(target, NARRATIVES_SHEET) if r["Practice area"] == "Risk"]
    assert [r["Part"] for r in risk] == [1, 2, 3]
    pieces = [r["Evidence that supports the judgement"] or "" for r in risk]
    assert "".join(pieces) == long_text
    # Excel counts the emoji as two units: every piece fits a cell.
    assert all(len(p.encode("utf-16-le")) // 2 <= 32767 for p in pieces)
    assert risk[1]["Its impact on the child or young person"] is None
    assert any("continues on the next rows" in note for note in result.notes)


def test_split_for_excel_joins_back_exactly() -> None:
    text = "a" * 10 + "😀" * 10 + "b" * 5
    pieces = split_for_excel(text, limit=8)
    assert "".join(pieces) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= 8 for p in pieces)
    assert split_for_excel("short") == ["short"]


def test_cancelling_leaves_the_earlier_file_as_it_was(opened: Opened, tmp_path: Path) -> None:
    build_march(opened.db, REAL_TODAY)
    target = tmp_path / "audits.xlsx"
    target.write_bytes(b"last month's export")
    seen: list[tuple[int, int]] = []

    def cancel_after_start(done: int, total: int, what: str) -> bool:
        seen.append((done, total))
        return done == 0

    with pytest.raises(Cancelled):
        write_audits_workbook(opened.db, opened.actor, target, cancel_after_start)
    assert seen == [(0, 7), (7, 7)]
    assert target.read_bytes() == b"last month's export"
    assert sorted(p.name for p in tmp_path.iterdir() if "audits" in p.name) == ["audits.xlsx"]


def test_audits_are_read_in_batches_with_their_parts(opened: Opened) -> None:
    march = build_march(opened.db, REAL_TODAY)
    with opened.db.reading() as s:
        batches = list(audit_batches(s, opened.actor, batch=3))
    assert [len(b.audits) for b in batches] == [3, 3, 1]
    first = batches[0].audits[0]
    assert first.id == march.ids["a0"] and first.judgements["risk"] == "does_not_meet_good"
    assert {n.audit_id for n in batches[2].narratives} == {march.ids["draft"]}


def test_a_manager_exports_only_the_audits_they_may_see(opened: Opened, tmp_path: Path) -> None:
    march = build_march(opened.db, REAL_TODAY)
    target = tmp_path / "mine.xlsx"
    result = write_audits_workbook(opened.db, march.auditor_lac, target)
    assert result.audits == 2
    assert {r["Team"] for r in rows_of(target, AUDITS_SHEET)} == {"LAC Team 2"}


def test_export_audits_from_the_command_line(
    opened: Opened, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_march(opened.db, REAL_TODAY)
    target = tmp_path / "out" / "audits.xlsx"
    url = str(opened.db.url)
    assert main(["export", "audits", "--db", url, "-o", str(target)]) == 0
    assert "7 audits" in capsys.readouterr().out
    assert len(rows_of(target, AUDITS_SHEET)) == 7
    assert oct(target.stat().st_mode & 0o777) == "0o600"

    february = tmp_path / "february.xlsx"
    args = ["export", "audits", "--from", "2017-02", "--to", "2017-02", "--db", url]
    assert main([*args, "-o", str(february)]) == 0
    assert [r["Tracked case number"] for r in rows_of(february, AUDITS_SHEET)] == ["C0"]
