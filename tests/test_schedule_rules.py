"""The month rules read from the council's comments, and the seeded 2017 plan holding every
service area, role and task of the printed plan."""

from __future__ import annotations

import pytest

from qaaudit.domain.due import Owed, Work, holds_in_month, settle
from qaaudit.domain.plan import load_seed
from qaaudit.domain.schedule import (
    AUDIT,
    REAUDIT,
    MonthReading,
    audit_clashes,
    fit_role,
    months_label,
    read_months,
    six_weekly_months,
)

JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP, OCT, NOV, DEC = range(1, 13)


EVERY = set(range(1, 13))

# One rule per kind of comment, each on the seed's own wording: (comment, purpose, months,
# number each month, assumed rather than read, due only when needed).
RULES = [
    # quarters: the last month of each quarter
    (
        "Each manager to audit 1 case on a quarterly basis",
        "",
        {MAR, JUN, SEP, DEC},
        1,
        False,
        False,
    ),
    (
        "",
        "Quarterly visit to all Coventry Hexagon block provision",
        {MAR, JUN, SEP, DEC},
        1,
        False,
        False,
    ),
    # "3 per year", however worded: the last month of each third of the year
    (
        "Each manager to complete an observation of practice, 3 times per year",
        "",
        {APR, AUG, DEC},
        1,
        False,
        False,
    ),
    (
        "Each manager to review 3 plans per year (1 per quarter)",
        "",
        {APR, AUG, DEC},
        1,
        False,
        False,
    ),
    ("To review 3 plans per year as per schedule", "", {APR, AUG, DEC}, 1, False, False),
    ("To complete 2 x Reviews; 3 times per year", "", {APR, AUG, DEC}, 2, False, False),
    (
        "To dip sample minutes of at least 2 cases; 3 times per year",
        "",
        {APR, AUG, DEC},
        2,
        False,
        False,
    ),
    # twice a year: the last month of each half
    ("Each manager to review 1 plan, twice yearly", "", {JUN, DEC}, 1, False, False),
    ("To complete 2 x observations at least twice yearly", "", {JUN, DEC}, 2, False, False),
    ("To complete 2 visits per year", "", {JUN, DEC}, 1, False, False),
    # "commence in": the first in the month named, the rest at the stated pace
    (
        "Each manager to observe Supervision, 3 times per year. To commence in June",
        "",
        {JUN, SEP, DEC},
        1,
        False,
        False,
    ),
    (
        "Each co-ordinator to complete audit as per schedule commencing in June",
        "",
        {JUN, JUL, AUG, SEP, OCT, NOV, DEC},
        1,
        True,
        False,
    ),
    # ... and with no pace given, once, in that month
    ("Each manager to audit 1 case. To commence in July", "", {JUL}, 1, False, False),
    # months named
    ("Each manager to re-audit 1 case in October", "", {OCT}, 1, False, False),
    ("Re-audit: February and August", "", {FEB, AUG}, 1, False, False),
    (
        "150 x Case file audits to be conducted in January/February 150 x Case file "
        "audits to be conducted in September/October",
        "",
        {JAN, FEB, SEP, OCT},
        75,
        False,
        False,
    ),
    # "as per schedule": the schedule was the lost shading, so monthly is an assumption
    ("Each manager to audit 1 case as per schedule", "", EVERY, 1, True, False),
    # a number shared by the people named in brackets
    ("To audit 4 x cases as per schedule (2 IRO & 2 CP Chairs)", "", EVERY, 1, True, False),
    (
        "To 'dip sample' 4 x cases (themes tbc) twice yearly (2 IRO & 2 CP Chairs)",
        "",
        {JUN, DEC},
        1,
        False,
        False,
    ),
    # due only when needed
    (
        "Each manager to monitor support provided to families as per schedule (number tba)",
        "",
        EVERY,
        1,
        True,
        True,
    ),
    (
        "",
        "Quarterly visits to block and spot providers where concerns are identified during "
        "the quarter e.g. complaints, placement breakdowns.",
        {MAR, JUN, SEP, DEC},
        1,
        False,
        True,
    ),
    ("", "As required responses to complaints and issues", EVERY, 1, False, True),
    ("", "Ad-hoc visits to Out of City spot provision", EVERY, 1, False, True),
    # someone else's timetable, or none agreed
    ("Process and timescale to be agreed", "", set(), 1, False, False),
    ("To be aligned with existing programme", "", set(), 1, False, False),
    (
        "",
        "To participate in Safeguarding Board Audits, in line with their audit timetable",
        set(),
        1,
        False,
        False,
    ),
    ("", "To audit cases of CIN as per Ofsted schedule", set(), 1, False, False),
    ("", "SARP panel to review cases of young people at risk of eviction", set(), 1, False, False),
    # from the purpose, when no comment is printed
    (
        "",
        "Monthly review of Reg 44 reports to identify issues and concerns.",
        EVERY,
        1,
        False,
        False,
    ),
    (
        "",
        "Bi-Monthly audit of placements to review identification of risk",
        {FEB, APR, JUN, AUG, OCT, DEC},
        1,
        False,
        False,
    ),
    ("", "6 weekly contract meetings with Hexagon", {1, 2, 3, 5, 6, 7, 9, 10, 12}, 1, False, False),
    (
        "",
        "Six weekly market management meeting with placements and social care to review all quality issues during the quarter",
        {1, 2, 3, 5, 6, 7, 9, 10, 12},
        1,
        False,
        False,
    ),
    ("", "Annual self -assessment", {DEC}, 1, False, False),
]


@pytest.mark.parametrize(
    ("comment", "purpose", "months", "expected", "assumed", "when_needed"), RULES
)
def test_each_kind_of_comment_gives_its_months(
    comment: str,
    purpose: str,
    months: set[int],
    expected: int,
    assumed: bool,
    when_needed: bool,
) -> None:
    reading = read_months(comment, purpose, 2017)
    assert reading.months == frozenset(months), reading.rule
    assert reading.expected == expected
    assert (reading.assumed, reading.when_needed) == (assumed, when_needed), reading.rule


def test_three_a_year_reads_the_same_however_it_is_worded() -> None:
    wordings = [
        "Each manager to complete an observation of practice, 3 times per year",
        "Each manager to review 3 plans per year (1 per quarter)",
        "To review 3 plans per year as per schedule",
    ]
    readings = {read_months(w).months for w in wordings}
    assert readings == {frozenset({APR, AUG, DEC})}
    # "1 per quarter": never two in one quarter
    (months,) = readings
    assert len({(m - 1) // 3 for m in months}) == 3


def test_six_weekly_meetings_fall_every_six_weeks_from_the_first_monday() -> None:
    assert six_weekly_months(2017) == frozenset({1, 2, 3, 5, 6, 7, 9, 10, 12})
    assert len(six_weekly_months(2018)) in (8, 9)


def test_a_role_with_re_audits_audits_one_case_a_month() -> None:
    fitted = fit_role(
        [
            ("case_file_audit", read_months("Each manager to audit 1 case as per schedule")),
            ("re_audit", read_months("Each manager to re-audit 1 case twice yearly")),
        ]
    )
    assert fitted[1].months == frozenset({FEB, AUG})
    assert fitted[0].months == frozenset(range(1, 13)) - {FEB, AUG}
    alone = fit_role(
        [("case_file_audit", MonthReading("as per schedule", frozenset(range(1, 13))))]
    )
    assert alone[0].months == frozenset(range(1, 13))


# What the printed plan holds, role by role (seed 003, lines 892-1100), after repairs.
EXPECTED_PLAN = {
    "Help and Protection": {
        "Service Manager": [
            "Case File Audit",
            "Observation of Practice",
            "Supervision Assessments Plans",
        ],
        "Team Manager - Social Care": [
            "Case File",
            "Re-Audit Case File",
            "Supervision Assessments Plans",
        ],
    },
    "Early Help and Prevention": {
        "Service Manager - Early Help & C&FF": [
            "Supervision Observation",
            "Reflective",
            "Re-Audit",
        ],
        "Team Manager - C&FF": ["Case File", "Re-Audit Case File"],
        "Children's Centre Managers": ["Practice Case Audit", "Practice Observation"],
        "CAF Co-ordinators": ["Reflective Practice Case Audit"],
    },
    "Safeguarding, Early Help and Prevention": {
        "Senior Leadership Team": ["Social Care Case File", "Early Help Reflective (CAF)"],
        "Visit LAC in Placement": [f"SLT member {n}" for n in range(1, 6)],
        "Quality Assurance": [
            "Strategic Lead for Quality Assurance - Quality Assure Audit Process"
        ],
    },
    "Quality and Performance": {
        "IROs and CP Chairs": ["Case File", "Re-Audit", "Dip Sample"],
        "IRO Manager": ["LAC Review", "Dip Sample", "Observation of Practice"],
        "CP Chair Manager": ["CP Review", "Dip Sample", "Observation of Practice"],
        "Designated Officers": ["LADO Case Progression"],
    },
    "Quality and Performance - Commissioning": {
        "Residential": [
            "Hexagon Block Provision Visit",
            "Hexagon Contract Meeting",
            "Verve and Progress Visit",
            "Out of City Spot Provision Visits",
            "Annual Self-Assessment",
            "Provider Action Plans",
            "Ofsted Ratings Report",
            "Reg 44 Reports Review",
            "Complaints and Issues",
        ],
        "Fostering": [
            "Placement Review - Top 5 Providers",
            "Feedback on Top 5 Providers",
            "Top 5 Providers Contract Meeting",
            "Provider Action Plans",
            "Annual Self-Assessment",
            "Complaints and Issues",
        ],
        "Supported Accommodation": [
            "SARP Panel",
            "Provider Monitoring Returns",
            "Provider Visits Where Concerns",
            "Annual Self-Assessment",
            "Complaints and Issues",
        ],
        "All Provision": ["Audit of Placements", "Market Management Meeting"],
    },
    "Youth Offending Services": {
        "Service Manager": ["YJB National Standards"],
        "Case Managers": ["Case File", "Case File", "National Standard Contact"],
    },
    "Looked After Children": {
        "Route 21 Service Manager": [
            "Case File",
            "Observation of Practice",
            "Supervision Assessments Plans",
        ],
        "Route 21 - Team Managers": [
            "Case File",
            "Re-Audit Case File",
            "Supervision Assessments Plans",
        ],
        "Children's Disability - Service Manager": [
            "Case File",
            "Observation of Practice",
            "Supervision Assessments Plans",
        ],
        "Children's Disability - Team Managers": [
            "Case File",
            "Re-Audit Case File",
            "Supervision Assessments Plans",
        ],
        "Fostering and Adoption - Service Managers": [
            "Supervision of Visits",
            "Observation of Practice",
        ],
        "Fostering and Adoption - Team Managers": ["Case File", "Fostering and Adoption"],
        "Looked After Children - Service Manager": [
            "Case File",
            "Observation of Practice",
            "Supervision Assessments Plans",
        ],
        "Long Term Looked After Children - Team Managers": [
            "Case File",
            "Re-Audit Case File",
            "Supervision Assessments Plans",
        ],
    },
    "External Audit": {"External Auditors": ["External Case File Audit"]},
}
EXPECTED_THEMES = [
    "Full Case File Audit",
    "CP Plans over 18 Months",
    "Emerging Themes from External Audits",
    "Re-referrals (within 12 months of previous referral)",
    "CIN",
    "Young Carers",
    "Emerging themes from Performance Report",
    "Private Fostering",
    "Children with disabilities",
    "Adoption",
    "Domestic Violence",
    "FDAC",
    "Neglect",
    "Young people age 13-16 coming into Care",
    "Young people in Care",
    "Children seen and impact",
]


def test_the_seeded_2017_plan_holds_every_area_role_and_task_of_the_print() -> None:
    plan, year, notes = load_seed()
    assert year == 2017
    assert plan.title == "COVENTRY CHILDREN'S QAF PLAN"
    found = {a.name: {r.name: [t.name for t in r.tasks] for r in a.roles} for a in plan.areas}
    assert found == EXPECTED_PLAN
    assert [t.theme for t in plan.themes] == EXPECTED_THEMES
    # Repairs and hand-set months are explained, and no personal name from the print is kept.
    assert any("Dudit" in n.note for n in notes)
    text = repr(plan)
    for printed_name in ("Macdonald", "Brooks", "Pardy"):
        assert printed_name not in text


def test_the_seeded_months_follow_the_rules() -> None:
    plan, _year, _notes = load_seed()
    tasks = {
        (a.name, r.name, t.name, t.kind): t for a in plan.areas for r in a.roles for t in r.tasks
    }
    tm = tasks[
        ("Help and Protection", "Team Manager - Social Care", "Case File", "case_file_audit")
    ]
    assert months_label(tm.months) == "Jan, Mar, Apr, May, Jun, Jul, Sep, Oct, Nov, Dec"
    reaudit = tasks[
        ("Help and Protection", "Team Manager - Social Care", "Re-Audit Case File", "re_audit")
    ]
    assert reaudit.months == frozenset({FEB, AUG})
    sm = tasks[("Help and Protection", "Service Manager", "Case File Audit", "case_file_audit")]
    assert sm.months == frozenset({MAR, JUN, SEP, DEC})
    iro = tasks[("Quality and Performance", "IRO Manager", "LAC Review", "lac_review")]
    assert (iro.months, iro.expected) == (frozenset({APR, AUG, DEC}), 2)
    # The same role's quarterly audit and "3 plans per year (1 per quarter)" read alike.
    plans = tasks[
        ("Help and Protection", "Service Manager", "Supervision Assessments Plans", "plans_review")
    ]
    assert plans.months == frozenset({APR, AUG, DEC})
    # Early Help service managers: one reflective audit in July, re-audited in October.
    eh = "Service Manager - Early Help & C&FF"
    assert tasks[("Early Help and Prevention", eh, "Reflective", "reflective_audit")].months == {
        JUL
    }
    assert tasks[("Early Help and Prevention", eh, "Re-Audit", "re_audit")].months == {OCT}
    # The IRO/CP count is the comment's, as printed; each of the four owes one.
    iro_case = tasks[
        ("Quality and Performance", "IROs and CP Chairs", "Case File", "case_file_audit")
    ]
    assert iro_case.comment == "To audit 4 x cases as per schedule (2 IRO & 2 CP Chairs)"
    assert "2 IRO" not in iro_case.purpose
    assert iro_case.expected == 1
    rota = [
        t.months for (area, role, _n, _k), t in tasks.items() if role == "Visit LAC in Placement"
    ]
    # never two visits in one month: five members, two visits each, six months apart
    assert sorted(m for months in rota for m in months) == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11]
    external = tasks[
        ("External Audit", "External Auditors", "External Case File Audit", "external_audit")
    ]
    # The "1" printed in the DEC column is kept: one in December, 75 in the other months.
    assert external.months == frozenset({JAN, FEB, SEP, OCT, DEC})
    assert [external.expected_in(m) for m in (JAN, FEB, SEP, OCT, DEC)] == [75, 75, 75, 75, 1]
    themes = {t.theme: t for t in plan.themes}
    assert themes["Full Case File Audit"].months == frozenset({FEB, AUG})
    assert themes["CIN"].months == frozenset()
    # Months set by us, not read, are marked as assumed; months read are not.
    assert themes["Full Case File Audit"].assumed == frozenset({FEB, AUG})
    assert themes["Neglect"].assumed == frozenset({SEP})
    assert sm.assumed == frozenset()
    assert rota and all(
        t.assumed == t.months
        for (_a, role, _n, _k), t in tasks.items()
        if role == "Visit LAC in Placement"
    )
    when_needed = sorted((role, name) for (_a, role, name, _k), t in tasks.items() if t.when_needed)
    assert when_needed == [
        ("Fostering", "Complaints and Issues"),
        ("Fostering and Adoption - Team Managers", "Fostering and Adoption"),
        ("Residential", "Complaints and Issues"),
        ("Residential", "Out of City Spot Provision Visits"),
        ("Supported Accommodation", "Complaints and Issues"),
        ("Supported Accommodation", "Provider Visits Where Concerns"),
    ]


def test_no_role_of_the_seeded_plan_owes_two_audits_in_one_month() -> None:
    plan, _year, _notes = load_seed()
    for area in plan.areas:
        for role in area.roles:
            clashes = audit_clashes([(t.kind, t.months, t.when_needed) for t in role.tasks])
            assert clashes == frozenset(), (area.name, role.name, clashes)
    # The check itself finds a clash when there is one.
    assert audit_clashes(
        [("reflective_audit", frozenset({JUL, OCT}), False), ("re_audit", frozenset({OCT}), False)]
    ) == frozenset({OCT})


def test_joiners_and_leavers_owe_a_month_they_hold_for_most_of() -> None:
    assert holds_in_month(__import__("datetime").date(2017, 3, 10), None, 2017, 3)
    assert not holds_in_month(__import__("datetime").date(2017, 3, 20), None, 2017, 3)
    d = __import__("datetime").date
    assert holds_in_month(d(2017, 1, 1), d(2017, 3, 15), 2017, 3)
    assert not holds_in_month(d(2017, 1, 1), d(2017, 3, 14), 2017, 3)


def test_work_pays_off_the_oldest_thing_owed_first() -> None:
    d = __import__("datetime").date
    owed = [
        Owed("cf", "case_file_audit", 1, 1),
        Owed("cf", "case_file_audit", 3, 1),
        Owed("re", "re_audit", 2, 1),
        Owed("obs", "practice_observation", 4, 2),
    ]
    ledger = settle(
        owed,
        [
            Work(d(2017, 3, 1), 1, counted_from=AUDIT),  # late January audit, done in March
            Work(d(2017, 3, 1), 2, counted_from=REAUDIT),  # one pays February, one as audit
            Work(d(2017, 4, 9), 1, "practice_observation", "obs"),
            Work(d(2017, 4, 20), 5, "practice_observation", "obs"),
        ],
    )
    done = {(s.owed.task_key, s.owed.month): s.done for s in ledger.settled}
    assert done == {("cf", 1): 1, ("cf", 3): 1, ("re", 2): 1, ("obs", 4): 2}
    assert [left for _work, left in ledger.unmatched] == [4]
