"""The process-control figures as rows of words and numbers, the same in the PDF, the
Word document and the workbook."""

from __future__ import annotations

from typing import Any

from qaaudit.domain.spc import ChartPoint, period_label
from qaaudit.domain.trends import percent
from qaaudit.services.trends.figures import TrendReport

PERIOD_TITLES = [
    "Period",
    "Audits",
    "Good",
    "Share good",
    "Centre",
    "Lower limit",
    "Upper limit",
    "Signal",
]
AREA_TITLES = ["Practice area", "Variation", "In words"]


def limit_words(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def period_rows(report: TrendReport) -> list[list[Any]]:
    """One row a period: the shares as words (for documents)."""
    if report.process is None:
        return []
    by = report.process.by
    return [
        [
            period_label(p.start, by),
            p.total,
            p.good,
            percent(p.share),
            limit_words(p.centre),
            limit_words(p.lower),
            limit_words(p.upper),
            p.signal_short,
        ]
        for p in report.process.chart.points
    ]


def area_rows(report: TrendReport) -> list[list[str]]:
    if report.process is None:
        return []
    return [
        [a.title, a.chart.variation or "no audits", a.chart.headline] for a in report.process.areas
    ]


def method_words(report: TrendReport) -> str:
    """How the limits were worked out, segment by segment, and why the chart restarts."""
    return report.process.method_words if report.process else ""


def concern_words(report: TrendReport) -> str:
    if report.process is None:
        return ""
    concerns = [a.title for a in report.process.concerns]
    if not concerns:
        return "No practice area shows special-cause concern in the latest period."
    return "Practice areas showing special-cause concern in the latest period: " + (
        ", ".join(concerns) + "."
    )


def points(report: TrendReport) -> list[ChartPoint]:
    return list(report.process.chart.points) if report.process else []
