"""What an audit report says, worked out once for both the PDF and the Word document, so
the two never differ: the sections of text in order, and the tables of figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qaaudit.domain.audit_report import ISSUED
from qaaudit.domain.trends import percent
from qaaudit.services.reports.reports import ReportFigures, ReportRecord, period_words

SENT_TO = "The Strategic Leads and the Principal Social Worker"


@dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    note: str = ""


@dataclass(frozen=True)
class ReportContent:
    title: str
    status_line: str
    sections: list[tuple[str, str]]
    recommendations: list[tuple[str, str]]
    tables: list[Table]


def status_line(record: ReportRecord, today: date) -> str:
    if record.status == ISSUED and record.issued_on:
        state = f"Issued {record.issued_on:%d %B %Y}"
    else:
        state = f"Draft, {today:%d %B %Y}"
    return f"{state} · prepared by {record.prepared_by} · for {SENT_TO[0].lower()}{SENT_TO[1:]}"


def content(record: ReportRecord, figures: ReportFigures, today: date) -> ReportContent:
    text = record.text
    summary = figures.summary
    sections = [
        ("Introduction", text.introduction),
        ("Strengths", text.strengths),
        ("Areas for improvement", text.improvements),
        ("Recurring findings", text.recurring),
    ]
    recommendations = [
        (r.text, r.service_area or "Every service area") for r in text.recommendations
    ]
    areas = Table(
        "Practice areas",
        ("Practice area", "Judged", "Good", "Share good", "Not applicable"),
        [
            (a.title, str(a.judged), str(a.good), percent(a.share_good), str(a.not_applicable))
            for a in summary.areas
            if a.judged or a.not_applicable
        ],
        "Judgements of completed audits in "
        + period_words(record.period)
        + "; “not applicable” is left out of each share.",
    )
    groups = Table(
        f"By {summary.groups_by.lower()}",
        (summary.groups_by, "Audits", "Good", "Share good"),
        [
            (g.name, str(g.share.count), str(g.share.good), percent(g.share.share_good))
            for g in summary.groups
        ],
    )
    reaudits = Table(
        "Re-audits: did the cases improve where the earlier actions were done?",
        ("Earlier agreed actions", "Re-audits", "Improved", "Same", "Declined", "Share improved"),
        [
            (
                g.label,
                str(g.count),
                str(g.improved),
                str(g.same),
                str(g.declined),
                percent(g.share_improved),
            )
            for g in figures.reaudits_by_actions
        ],
        "Improved: the overall judgement moved up the scale since the earlier audit of the "
        "case. Whether each earlier action was done is the re-auditor's answer.",
    )
    return ReportContent(
        title=text.title,
        status_line=status_line(record, today),
        sections=sections,
        recommendations=recommendations,
        tables=[t for t in (areas, groups, reaudits) if t.rows],
    )
