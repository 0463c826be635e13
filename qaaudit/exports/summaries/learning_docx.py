"""The learning summary ("QA Matters") as a Word document, for the briefing note and the
Practice Improvement Forum's papers: the same sections and figures as the PDF, in Word's
own headings, lists and tables so it can be edited and restyled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qaaudit.domain.corrective import long_date
from qaaudit.exports.common import word
from qaaudit.exports.summaries.learning_pdf import (
    MIN_JUDGEMENTS_TO_RANK,
    audits_word,
    of,
    percent,
    title_of,
)
from qaaudit.services.summaries.learning import AreaResult, LearningSummary, period_label


def _area_line(area: AreaResult) -> str:
    return f"{area.title}: {of(area.good, area.judged)} judged good ({percent(area.share_good)})."


def _comparison(summary: LearningSummary) -> str:
    before = summary.previous
    earlier = period_label(summary.previous_from, summary.previous_to)
    if before.count == 0:
        return f"No audits in {earlier} to compare with."
    return f"In {earlier}: {percent(before.share_good)} ({of(before.good, before.count)})."


def write_summary_docx(summary: LearningSummary, target: Path) -> Path:
    title = title_of(summary)

    def build(document: Any) -> None:
        word.paragraph(document, "QA MATTERS · LEARNING FROM CASE FILE AUDITS")
        document.add_heading(word.text(title), level=0)
        word.paragraph(
            document,
            f"Prepared {long_date(summary.prepared_on)} from "
            f"{audits_word(summary.headline.count)} completed in the period. The judgements "
            "are the auditors' own; “not applicable” is left out of every practice area's "
            "share.",
        )
        head = summary.headline
        if head.count == 0:
            word.paragraph(
                document,
                "No case file audits were completed for this period, so there is no "
                "learning to report yet.",
            )
            return
        word.heading(document, "Good and not yet good", 1)
        word.paragraph(
            document,
            f"{percent(head.share_good)} of the cases audited were judged good "
            f"({of(head.good, head.count)}); {head.not_yet_good:,} were not yet good. "
            + _comparison(summary),
        )
        if summary.re_audits.count:
            r = summary.re_audits
            word.paragraph(
                document,
                f"{r.count:,} re-audited: {r.improved:,} moved from not yet good to good, "
                f"{r.declined:,} from good to not yet good, {r.unchanged:,} stayed the same.",
            )
        word.heading(document, "What is working well", 1)
        too_few = (
            f"No practice area has the {MIN_JUDGEMENTS_TO_RANK} or more judgements needed "
            "to rank it; see the table of practice areas below."
        )
        word.bullets(document, [_area_line(a) for a in summary.strongest] or [too_few])
        word.heading(document, "Where practice is not yet good", 1)
        word.bullets(document, [_area_line(a) for a in summary.weakest] or [too_few])
        word.heading(document, "Recurring findings", 1)
        lines = []
        if summary.most_often_not_good:
            lines.append(
                "Practice areas most often judged as not meeting good: "
                + "; ".join(
                    f"{a.short} ({audits_word(a.not_good)})" for a in summary.most_often_not_good
                )
                + "."
            )
        if summary.wordings:
            lines.append(
                "Agreed actions most often mention: "
                + "; ".join(f"“{w.words}” ({audits_word(w.audits)})" for w in summary.wordings)
                + "."
            )
        word.bullets(document, lines or ["Nothing recurred across audits in this period."])
        word.heading(document, "Actions opened and closed", 1)
        agreed, fix = summary.agreed_actions, summary.corrective
        word.table(
            document,
            ("Agreed actions (with case holders)", "Corrective action (cases not yet good)"),
            [
                (f"{agreed.recorded:,} agreed", f"{fix.needed:,} needed"),
                (f"{agreed.done:,} done", f"{fix.confirmed:,} confirmed"),
                (f"{agreed.overdue:,} past their date", f"{fix.overdue:,} overdue"),
            ],
        )
        word.heading(document, "Practice areas", 1)
        word.table(
            document,
            ("Practice area", "Judged", "Good", "Not yet good", "N/A", "% good"),
            [
                (
                    a.title,
                    f"{a.judged:,}",
                    f"{a.good:,}",
                    f"{a.not_good:,}",
                    f"{a.not_applicable:,}",
                    percent(a.share_good),
                )
                for a in summary.areas
            ],
        )
        word.heading(document, f"By {summary.groups_by.lower()}", 1)
        word.table(
            document,
            (summary.groups_by, "Audits", "Good", "% good"),
            [
                (g.name, f"{g.share.count:,}", f"{g.share.good:,}", percent(g.share.share_good))
                for g in summary.groups
            ],
        )

    return word.write_docx(target, build, title=title, subject="QA Matters")
