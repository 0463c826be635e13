"""The QA lead imports March's case list, draws the cases the QAF plan says are owed,
adds a themed audit's case and swaps one; the auditors see theirs, and the counts of
allocated, started and completed follow their audits. Told through the services and the
command line, against a real database."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from qaaudit.bootstrap import Opened
from qaaudit.cli import main
from qaaudit.domain.sampling import months_before
from qaaudit.exports.sampling.allocation_workbook import write_allocation
from qaaudit.exports.sampling.case_list_file import (
    CaseListRejected,
    import_case_list,
    prepare,
)
from qaaudit.services.audit import audits
from qaaudit.services.common.history import changes_for
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.services.sampling.allocations import (
    BY_STRAND,
    allocation_counts,
    coverage,
    month_allocation,
    my_cases,
)
from qaaudit.services.sampling.draws import (
    DrawProblem,
    add_targeted,
    draw_for,
    draw_month,
    repeat_draw,
    swap_case,
)
from qaaudit.store.sampling import CaseListEntry, SampleDraw
from tests.factories import complete_form
from tests.sampling_world import MARCH, TODAY, build_council, case_rows, write_case_list

LATER = date(2017, 3, 31)  # audits are written through the month


def imported(opened: Opened, path: Path, month: date = MARCH) -> int:
    listed = prepare(opened.db, opened.actor, path)
    return import_case_list(opened.db, opened.actor, listed, month, TODAY).cases


def test_the_qa_lead_draws_march_and_each_auditor_sees_their_case(
    any_opened: Opened, tmp_path: Path
) -> None:
    db, lead = any_opened.db, any_opened.actor
    council = build_council(db, lead)
    assert imported(any_opened, write_case_list(tmp_path / "march.csv", case_rows(120))) == 120
    with db.writing() as s:
        summary = draw_month(s, lead, MARCH, TODAY, seed=1703)
    assert summary.asked == 6 and summary.drawn == 6 and summary.shortfall == 0
    assert "seed 1703" in summary.message
    with db.reading() as s:
        everyone = month_allocation(s, lead, MARCH)
        assert repeat_draw(s, MARCH)
        stored = s.scalar(select(SampleDraw))
        record = json.loads(stored.rules)
        # No child's name is kept: only what the draw needs.
        columns = {c.name for c in CaseListEntry.__table__.columns}
        assert not any("name" in c for c in columns)
    assert record["own_team_excluded"] is True and len(record["owed"]) == 6
    assert {c.auditor for c in everyone} == {f"Team Manager {n}" for n in range(1, 7)}
    assert all(
        c.team_id != council.auditors[f"tm{n}"].team_id
        for n in range(1, 7)
        for c in everyone
        if c.auditor_id == council.auditors[f"tm{n}"].id
    )

    tm1 = council.auditors["tm1"]
    with db.reading() as s:
        mine = my_cases(s, tm1, MARCH)
    assert len(mine) == 1 and mine[0].state_label == "To do"
    assert mine[0].strand and mine[0].case_holder.startswith("Worker")
    # An auditor cannot see everyone's, nor draw.
    with db.reading() as s, pytest.raises(NotAllowed):
        month_allocation(s, tm1, MARCH)
    with db.writing() as s, pytest.raises(NotAllowed):
        add_targeted(s, tm1, MARCH, mine[0].case_number, tm1.id, "mine")

    # tm1 starts the audit of the case, then completes it: the counts follow.
    form = complete_form(mine[0].team_id, case_number=mine[0].case_number, month=MARCH)
    with db.writing() as s:
        record_ = audits.create_audit(s, tm1, form, LATER)
    with db.reading() as s:
        counts = allocation_counts(s, lead, MARCH)
    assert (counts.allocated, counts.started, counts.completed) == (6, 1, 0)
    with db.writing() as s:
        audits.complete_audit(s, tm1, record_.id, record_.version, form, LATER)
    with db.reading() as s:
        counts = allocation_counts(s, lead, MARCH)
        assert my_cases(s, tm1, MARCH)[0].state_label == "Completed"
    assert (counts.allocated, counts.started, counts.completed) == (6, 1, 1)

    # A month is drawn once.
    with db.writing() as s, pytest.raises(DrawProblem, match="already drawn"):
        draw_month(s, lead, MARCH, TODAY, seed=1)


def test_a_targeted_case_and_a_swap_keep_their_reasons(any_opened: Opened, tmp_path: Path) -> None:
    db, lead = any_opened.db, any_opened.actor
    council = build_council(db, lead)
    imported(any_opened, write_case_list(tmp_path / "march.csv", case_rows(60)))
    with db.writing() as s:
        draw_month(s, lead, MARCH, TODAY, seed=5)
    tm2 = council.auditors["tm2"]
    with db.reading() as s:
        given = {c.case_number for c in month_allocation(s, lead, MARCH)}
    target = next(f"CN{n:06d}" for n in range(1, 61) if f"CN{n:06d}" not in given)
    with db.writing() as s:
        targeted = add_targeted(s, lead, MARCH, target.lower(), tm2.id, "Neglect theme: March")
    with db.writing() as s, pytest.raises(DrawProblem, match="already given"):
        add_targeted(s, lead, MARCH, target, tm2.id, "again")
    with db.writing() as s, pytest.raises(DrawProblem, match="Say why"):
        add_targeted(s, lead, MARCH, "CN000001", tm2.id, "   ")
    with db.writing() as s, pytest.raises(DrawProblem, match="not on the case list"):
        add_targeted(s, lead, MARCH, "ZZ999", tm2.id, "theme")

    with db.reading() as s:
        drawn = next(c for c in my_cases(s, tm2, MARCH) if c.kind == "drawn")
    with db.writing() as s:
        swapped = swap_case(s, lead, drawn.id, "Case closed last week")
    with db.reading() as s:
        everyone = month_allocation(s, lead, MARCH)
        history = changes_for(s, "sample_allocation", drawn.id)
        theirs = my_cases(s, tm2, MARCH)
        # The recorded draw still repeats: swaps and targets are kept beside it.
        assert repeat_draw(s, MARCH)
    old = next(c for c in everyone if c.id == drawn.id)
    new = next(c for c in everyone if c.id == swapped)
    assert old.withdrawn and old.withdrawn_reason == "Case closed last week"
    assert new.kind_label == "Swapped in" and new.reason == "Case closed last week"
    assert new.legal_status == old.legal_status  # the same legal status where there is one
    assert new.team_id != tm2.team_id
    assert any(c.id == targeted and c.reason == "Neglect theme: March" for c in everyone)
    assert {c.id for c in theirs} == {targeted, swapped}
    assert [h.new_value for h in history] == ["Case closed last week"]


def test_cases_audited_or_sampled_in_the_last_year_are_not_drawn(
    opened: Opened, tmp_path: Path
) -> None:
    db, lead = opened.db, opened.actor
    council = build_council(db, lead, managers=6)
    tm1 = council.auditors["tm1"]
    # CN000001..CN000004 were audited last spring and summer; CN000005 two years ago.
    for n, month in (
        (1, date(2016, 3, 1)),
        (2, date(2016, 8, 1)),
        (3, date(2017, 2, 1)),
        (4, MARCH),
        (5, date(2015, 3, 1)),
    ):
        with db.writing() as s:
            audits.create_audit(
                s,
                tm1,
                complete_form(council.teams["Assessment Team 1"], f"CN{n:06d}", month),
                LATER,
            )
    # January's draw gave out CN000006 and CN000007 (an earlier list, drawn then).
    imported(opened, write_case_list(tmp_path / "jan.csv", case_rows(2, start=6)), date(2017, 1, 1))
    with db.writing() as s:
        january = draw_month(
            s, lead, date(2017, 1, 1), date(2017, 1, 2), seed=9, own_team_excluded=False
        )
    assert january.drawn == 2
    # March's list holds just these eight cases, and the six managers owe six.
    imported(opened, write_case_list(tmp_path / "march.csv", case_rows(8)))
    with db.writing() as s:
        march = draw_month(s, lead, MARCH, TODAY, seed=9, own_team_excluded=False)
    with db.reading() as s:
        drawn = {c.case_number for c in month_allocation(s, lead, MARCH)}
    assert months_before(MARCH, 12) == date(2016, 3, 1)
    assert drawn == {"CN000005", "CN000008"}
    assert (march.excluded, march.eligible, march.shortfall) == (6, 2, 4)
    assert "could give only 2" in march.message


def test_the_allocation_workbook_shows_the_draw_and_where_nothing_was_audited(
    opened: Opened, tmp_path: Path
) -> None:
    db, lead = opened.db, opened.actor
    council = build_council(db, lead)
    tm1 = council.auditors["tm1"]
    team = council.teams["Looked After Team"]
    with db.writing() as s:
        record = audits.create_audit(s, tm1, complete_form(team, "OLD-1", date(2016, 11, 1)), TODAY)
        audits.complete_audit(
            s,
            tm1,
            record.id,
            record.version,
            complete_form(team, "OLD-1", date(2016, 11, 1)),
            TODAY,
        )
    imported(opened, write_case_list(tmp_path / "march.csv", case_rows(40)))
    with db.writing() as s:
        draw_month(s, lead, MARCH, TODAY, seed=77)
    with db.reading() as s:
        heat = coverage(s, MARCH)
        by_strand = coverage(s, MARCH, BY_STRAND)
        written = write_allocation(s, lead, MARCH, tmp_path / "allocation")
        with pytest.raises(NotAllowed):
            write_allocation(s, tm1, MARCH, tmp_path / "theirs.xlsx")
    assert heat.cell("Looked After Team", "risk").judged == 1
    assert heat.cell("Assessment Team 1", "risk").judged == 0
    assert heat.empty_cells == (len(heat.rows) - 1) * len(heat.areas)
    assert by_strand.audits == {"Help and protection": 1}
    book = load_workbook(written.path)
    assert book.sheetnames == [
        "Allocation",
        "Compliance",
        "The draw",
        "Coverage by team",
        "Coverage by strand",
    ]
    allocation = list(book["Allocation"].values)
    assert allocation[0][:4] == ("Auditor", "Case number", "Team", "Legal status")
    assert len(allocation) == 7
    record_sheet = {r[0]: r[1] for r in book["The draw"].values}
    assert record_sheet["Seed"] == 77
    assert len(record_sheet["Case list SHA-256"]) == 64
    assert record_sheet["Owed in all (QAF plan due lists)"] == 6
    team_map = list(book["Coverage by team"].values)
    looked_after = next(r for r in team_map if r[0] == "Looked After Team")
    assessment = next(r for r in team_map if r[0] == "Assessment Team 1")
    assert looked_after[1] == 1 and looked_after[2] == 1
    assert assessment[1] == 0 and set(assessment[2:]) == {"none"}
    compliance = list(book["Compliance"].values)
    assert compliance[-1] == ("All auditors", 6, 6, 0, 0)


def test_the_command_line_draws_the_same_cases_as_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from qaaudit.bootstrap import open_for_use

    results = []
    for copy in ("a", "b"):
        url = f"sqlite:///{tmp_path / copy}.sqlite3"
        opened = open_for_use(url, backup_dir=tmp_path / f"backups-{copy}")
        build_council(opened.db, opened.actor)
        cases = write_case_list(tmp_path / f"cases-{copy}.csv", case_rows(90))
        if copy == "a":
            imported(opened, cases)
            with opened.db.writing() as s:
                draw_month(s, opened.actor, MARCH, TODAY, seed=424242)
            with opened.db.reading() as s:
                results.append(
                    sorted(
                        (c.auditor, c.case_number) for c in month_allocation(s, opened.actor, MARCH)
                    )
                )
            opened.db.dispose()
            continue
        opened.db.dispose()
        out = tmp_path / "allocation.xlsx"
        code = main(
            [
                "sample",
                "--db",
                url,
                "--month",
                "2017-03",
                "--cases",
                str(cases),
                "--seed",
                "424242",
                "-o",
                str(out),
            ]
        )
        assert code == 0, capsys.readouterr().err
        assert "seed 424242" in capsys.readouterr().out
        rows = list(load_workbook(out)["Allocation"].values)[1:]
        results.append(sorted((r[0], r[1]) for r in rows))
        # Run again with the same list: nothing imported or drawn twice.
        assert (
            main(
                [
                    "sample",
                    "--db",
                    url,
                    "--month",
                    "2017-03",
                    "--cases",
                    str(cases),
                    "--seed",
                    "424242",
                ]
            )
            == 0
        )
        assert "Imported" not in capsys.readouterr().out
        assert (
            main(
                ["sample", "--db", url, "--month", "2017-03", "--cases", str(cases), "--seed", "1"]
            )
            == 2
        )
        assert "already drawn, with seed 424242" in capsys.readouterr().err
        assert main(["sample", "--db", url, "--month", "2017-03", "--show"]) == 0
        shown = capsys.readouterr().out
        assert "Allocated 6, started 0, completed 0." in shown
        assert all(number in shown for _auditor, number in results[0])
        assert main(["sample", "--db", url, "--month", "2017-04", "--show"]) == 2
        assert "have not been drawn" in capsys.readouterr().err
    assert results[0] == results[1]
    with open_for_use(
        f"sqlite:///{tmp_path / 'b'}.sqlite3", backup_dir=tmp_path / "x"
    ).db.reading() as s:
        assert s.scalar(select(func.count()).select_from(CaseListEntry)) == 90
        assert draw_for(s, MARCH).seed == 424242  # type: ignore[union-attr]


def test_a_list_already_drawn_from_is_kept(opened: Opened, tmp_path: Path) -> None:
    build_council(opened.db, opened.actor)
    imported(opened, write_case_list(tmp_path / "march.csv", case_rows(30)))
    imported(
        opened, write_case_list(tmp_path / "march2.csv", case_rows(40))
    )  # replaced: not drawn yet
    with opened.db.writing() as s:
        draw_month(s, opened.actor, MARCH, TODAY, seed=1)
    with pytest.raises(CaseListRejected, match="already drawn"):
        imported(opened, write_case_list(tmp_path / "march3.csv", case_rows(50)))
    with opened.db.reading() as s:
        assert s.scalar(select(func.count()).select_from(CaseListEntry)) == 40
