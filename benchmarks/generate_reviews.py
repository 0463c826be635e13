"""The large council's six-monthly service performance reviews: one for every service
area and half year of the data set, each through the panel to final, with a judgement
and a short comment in every judgement area and a few actions, most of them done.

Rows go in through the driver's executemany; the text is short and fictional.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from qaaudit.domain.review_instrument import current_review_instrument
from qaaudit.domain.review_period import Period

COMMENT = "What the figures show this half year, and what the service is doing about it."
EVIDENCE = "Performance compendium; audit returns; observation records; feedback."
ACTIONS = (
    ("Recruit to the vacant posts in the team", "Head of Service", "workloads"),
    ("Re-audit the cases judged not yet good", "Team managers", "case_file_audits"),
    ("Observe two core groups in each team", "Service manager", "observed_practice"),
    ("Report complaint themes each quarter", "Service manager", "complaints"),
)


def write_reviews(
    cursor: Any,
    rng: random.Random,
    authors: dict[int, int],
    chair_id: int,
    first: date,
    halves: int,
) -> tuple[int, int]:
    """``halves`` consecutive half years from ``first`` for each service area (id ->
    author). Returns how many reviews and judgement rows."""
    instrument = current_review_instrument()
    scale = [j.key for j in instrument.judgements]
    reviews = []
    rows = []
    actions = []
    review_id = 0
    for area_id, author_id in sorted(authors.items()):
        period = Period.of_months(first, date(first.year, first.month + 5, 1))
        for half in range(halves):
            review_id += 1
            panel = period.end + timedelta(days=24)
            created = datetime.combine(period.end + timedelta(days=3), time(9, 30))
            final_at = datetime.combine(panel + timedelta(days=2), time(11, 45))
            reviews.append(
                (
                    review_id,
                    area_id,
                    period.start,
                    period.end,
                    panel,
                    "Children are safe, seen and heard; plans make a difference.",
                    f"{rng.randint(300, 1600)} children open to the service.",
                    "1. Our audits.\n2. What the panel recognised.\n3. Our priority.",
                    "The panel recognised progress and challenged the evidence of impact.",
                    "final",
                    instrument.version,
                    author_id,
                    created,
                    final_at,
                    datetime.combine(panel - timedelta(days=7), time(16, 10)),
                    author_id,
                    final_at,
                    chair_id,
                    1,
                )
            )
            # Services get a little better over the years, as the audits do.
            level = 1.6 + 1.4 * half / max(halves - 1, 1)
            for lens in instrument.lenses:
                for entry in lens.areas:
                    score = min(max(level + rng.uniform(-1.0, 1.0), 0), len(scale) - 0.01)
                    rows.append(
                        (review_id, lens.key, entry.key, COMMENT, EVIDENCE, scale[int(score)])
                    )
            for position, (words, owner, key) in enumerate(rng.sample(ACTIONS, 3)):
                due = panel + timedelta(days=rng.choice((45, 60, 90, 120)))
                done = due - timedelta(days=rng.randint(0, 20)) if rng.random() < 0.8 else None
                actions.append(
                    (review_id, key, position, words, owner, due, rng.random() < 0.5, done, "")
                )
            period = period.following()
    cursor.executemany(
        "INSERT INTO service_review (id, service_area_id, period_start, period_end, "
        "panel_date, key_outcomes, population, summary_points, panel_input, status, "
        "template_version, author_id, created_at, updated_at, panel_at, panel_by_id, "
        "final_at, final_by_id, version_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reviews,
    )
    cursor.executemany(
        "INSERT INTO service_review_row (review_id, lens_key, area_key, comments, evidence, "
        "judgement) VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    cursor.executemany(
        "INSERT INTO service_review_action (review_id, area_key, position, action, owner, "
        "due_on, priority, done_on, done_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        actions,
    )
    return len(reviews), len(rows)
