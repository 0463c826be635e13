"""Demo data: for each service area, two consecutive six-monthly performance reviews, both
taken through the panel to final, written by the area's service manager through the
same services a person uses.

The professional challenge rows carry the real figures from the demo's audits; the other
rows are made from phrase banks. The earlier review's actions are mostly done, some are
carried into the later review and some are left overdue; the later review's actions are
spread around today, so the overdue list and the comparison have something to show.
Everything is fictional.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qaaudit.domain.review import ReviewAction
from qaaudit.domain.review_instrument import current_review_instrument
from qaaudit.domain.review_period import Period, last_completed_half_year
from qaaudit.services.common.actor import Actor, to_actor
from qaaudit.services.review import actions as review_actions
from qaaudit.services.review import reviews
from qaaudit.services.review.figures import audit_figures
from qaaudit.store.models import Person, PersonRole, ServiceArea, Team
from qaaudit.store.reviews import ServiceReview

PANEL_AFTER = timedelta(days=24)

# What a service manager might write for each judgement area (fictional).
COMMENTS = {
    "key_indicators": "Timeliness of assessments rose from {b}% to {a}% over the period; the "
    "dashboard shows the biggest gains in {team}.",
    "workloads": "Caseloads averaged {n} per worker, down from {m}; agency use fell after the "
    "recruitment campaign. What worked well: protected caseloads for newly qualified staff.",
    "external_reports": "The Ofsted monitoring visit found leaders know the service well and "
    "that management oversight is more consistent.",
    "provider_performance": "Most placements made were in provision rated good or outstanding; "
    "two providers were under an action plan after inspection.",
    "placement_sufficiency": "Local foster placements for teenagers remain the main pressure; "
    "{n} young people were placed more than 20 miles away.",
    "commissioned_quality": "Contract meetings took place as scheduled; outcome reporting from "
    "the family support contract is still about activity rather than impact.",
    "partner_contribution": "Health and education partners attended most strategy meetings; "
    "police attendance out of hours is inconsistent.",
    "case_file_audits": "Audits show more practice judged good than six months ago; plans and "
    "the recording of the child's voice remain the weakest areas.",
    "other_audit_activity": "Dip samples of supervision records found decisions recorded on "
    "file in most cases, but the child's voice is often missing from the reflection.",
    "observed_practice": "Observations showed confident, child-focused home visits; core "
    "groups were less well chaired.",
    "professional_feedback": "The multi-agency audit of neglect cases found good information "
    "sharing and weaker use of chronologies.",
    "serious_case_reviews": "Learning from the local serious case review on adolescent neglect "
    "was shared at the Practice Improvement Forum and in QA Matters.",
    "child_engagement": "{a}% of children took part in their conference or review, up from {b}%.",
    "family_engagement": "Parents told us they value a consistent worker; fathers are still "
    "too often absent from assessments.",
    "child_feedback": "The Voices of Care Council ran a session with managers on what makes a "
    "good visit.",
    "family_feedback": "Families said they understood their plan but wanted fewer changes of "
    "worker.",
    "complaints": "{n} complaints and {m} compliments were received; most complaints were "
    "resolved at the first stage.",
    "surveys": "The annual survey had a response rate of {a}%; most young people said they "
    "knew their plan.",
}
EVIDENCE = {
    "independent": "Monthly performance compendium; team dashboards; {team} caseload report.",
    "provider": "Contract monitoring notes; placement tracker; provider inspection reports.",
    "professional": "Dip sample returns; observation records; QA Matters issue; SCR briefing.",
    "citizen": "Participation figures; complaints officer's report; survey results.",
}
CAPACITY = [
    "Leaders know the service well and the improvement plan is owned by team managers; "
    "stability of the workforce is the main risk.",
    "Audit findings are acted on and re-audits show improvement; pace is slowed by "
    "vacancies in {team}.",
    "A stable management team with a clear plan; the impact on children is beginning to show.",
]
ACTIONS = [
    ("Recruit to the vacant posts in {team}", "Head of Service", "workloads"),
    (
        "Review out-of-area placements for teenagers with commissioning",
        "Service manager",
        "placement_sufficiency",
    ),
    (
        "Re-audit the cases judged not yet good and report to the QA group",
        "Team managers",
        "case_file_audits",
    ),
    ("Observe two core groups in each team", "Service manager", "observed_practice"),
    (
        "Introduce the child's voice section in supervision records",
        "Principal Social Worker",
        "other_audit_activity",
    ),
    (
        "Ask the Voices of Care Council to test the new leaflet",
        "Participation officer",
        "child_feedback",
    ),
    (
        "Report complaint themes to the service management meeting each quarter",
        "Service manager",
        "complaints",
    ),
]
PANEL_ACTIONS = [
    "Bring the next review's audit figures with examples of impact on children",
    "Agree a trajectory for caseloads with the Director",
    "Share the learning on chronologies with partner agencies through the LSCB",
    "Set out how feedback from families will be gathered beyond complaints",
]
PANEL_INPUT = (
    "The panel recognised progress in {area} on {strength}. It challenged the service on "
    "{challenge} and asked what difference the work has made for children. Areas for "
    "improvement: {improve}."
)
STRENGTHS = ["timeliness of assessments", "the stability of management", "audit follow-up"]
CHALLENGES = ["the evidence of impact", "caseloads in one team", "use of chronologies"]
IMPROVEMENTS = ["recording the child's voice", "sufficiency of local placements", "supervision"]


def populate(session: Session, today: date, rng: random.Random) -> None:
    """Two consecutive reviews, both final, for every service area that has teams."""
    later = last_completed_half_year(today)
    if _panel_date(later, rng) > today:
        later = later.previous()
    earlier = later.previous()
    chair = _panel_chair(session)
    areas = session.scalars(select(ServiceArea).order_by(ServiceArea.position, ServiceArea.name))
    for area in list(areas):
        author = _service_manager(session, area.id) or chair
        teams = list(session.scalars(select(Team.name).where(Team.service_area_id == area.id))) or [
            area.name
        ]
        if reviews.find_review(session, area.id, earlier.start) is not None:
            continue
        first = _write(session, area, earlier, author, chair, teams, rng, today, step=0)
        _track_earlier_actions(session, author, first, later, rng, today)
        second = _write(session, area, later, author, chair, teams, rng, today, step=1)
        _track_later_actions(session, author, second, rng, today)


def _panel_date(period: Period, rng: random.Random) -> date:
    day = period.end + PANEL_AFTER + timedelta(days=rng.randint(0, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _panel_chair(session: Session) -> Actor:
    for role in ("qa_lead", "moderator", "admin"):
        person = session.scalar(
            select(Person).join(PersonRole).where(PersonRole.role == role).order_by(Person.id)
        )
        if person is not None:
            return to_actor(session, person)
    person = Person(login="demo.panelchair", name="Review Panel Chair (demo)")
    person.roles = [PersonRole(role="qa_lead")]
    session.add(person)
    session.flush()
    return to_actor(session, person)


def _service_manager(session: Session, area_id: int) -> Actor | None:
    """The area's service manager; the person who set the database up (who holds every
    role) only if nobody else does."""
    people = session.scalars(
        select(Person)
        .join(PersonRole)
        .join(Team, Team.id == Person.team_id)
        .where(PersonRole.role == "service_manager", Team.service_area_id == area_id)
        .order_by(Person.id)
    ).all()
    chosen = next((p for p in people if "admin" not in p.role_names), None)
    chosen = chosen or (people[0] if people else None)
    return to_actor(session, chosen) if chosen is not None else None


def _judgement(level: float, rng: random.Random) -> str:
    score = level + rng.uniform(-0.9, 0.9)
    return "I" if score < 1.4 else "RI" if score < 2.5 else "G" if score < 3.5 else "O"


def _fill(text: str, rng: random.Random, team: str) -> str:
    a = rng.randint(55, 90)
    return text.format(
        a=a,
        b=max(30, a - rng.randint(3, 15)),
        n=rng.randint(14, 24),
        m=rng.randint(18, 28),
        team=team,
    )


def _write(
    session: Session,
    area: ServiceArea,
    period: Period,
    author: Actor,
    chair: Actor,
    teams: list[str],
    rng: random.Random,
    today: date,
    step: int,
) -> int:
    instrument = current_review_instrument()
    record = reviews.create_review(session, author, area.id, period, today)
    form = record.form
    # Half the previous review's open actions are carried into this one.
    carried = review_actions.actions_to_carry(session, record.id)
    form.actions += carried[: (len(carried) + 1) // 2]
    share = audit_figures(session, area.name, period).share_good
    # Services get a little better between reviews, as the audits in the demo do.
    level = 1.9 + step * 0.5 + ((share or 0.5) - 0.5) * 1.5
    team = rng.choice(teams)
    form.key_outcomes = (
        f"Children and young people in {area.name} are safe, seen and heard; plans are "
        "timely and make a difference; fewer children need us again."
    )
    form.population = (
        f"{rng.randint(300, 1600):,} children open to the service; "
        f"{rng.randint(20, 45)}% aged 10-17; {rng.randint(18, 40)}% from black and minority "
        "ethnic communities."
    )
    for lens in instrument.lenses:
        for entry in lens.areas:
            row = form.rows[entry.key]
            row.judgement = _judgement(level, rng)
            if entry.capacity:
                row.comments = _fill(rng.choice(CAPACITY), rng, team)
                continue
            row.comments = _fill(COMMENTS[entry.key], rng, team)
            if not row.evidence:
                row.evidence = _fill(EVIDENCE[lens.key], rng, team)
    panel = _panel_date(period, rng)
    taken = {a.action for a in form.actions}
    fresh = [a for a in ACTIONS if a[0].format(team=team) not in taken]
    for words, owner, key in rng.sample(fresh, 3):
        form.actions.append(
            ReviewAction(
                _fill(words, rng, team),
                owner,
                panel + timedelta(days=rng.choice([45, 60, 90, 120])),
                key,
                priority=rng.random() < 0.5,
            )
        )
    sent = reviews.send_to_panel(session, author, record.id, record.version, form)
    form = sent.form
    form.panel_date = panel
    form.panel_input = PANEL_INPUT.format(
        area=area.name,
        strength=rng.choice(STRENGTHS),
        challenge=rng.choice(CHALLENGES),
        improve=rng.choice(IMPROVEMENTS),
    )
    form.summary_points = "\n".join(
        [
            f"1. Our audits: {_share_text(share)} of case file audits judged good in "
            f"{period.label}.",
            "2. What the panel recognised: " + rng.choice(STRENGTHS) + ".",
            "3. Our priority for the next six months: " + rng.choice(IMPROVEMENTS) + ".",
        ]
    )
    for words in rng.sample([w for w in PANEL_ACTIONS if w not in taken], 2):
        form.actions.append(
            ReviewAction(
                words, chair.name, panel + timedelta(days=rng.choice([60, 90])), None, True
            )
        )
    final = reviews.finalise(session, chair, sent.id, sent.version, form, today)
    _backdate(session, final.id, period, panel)
    return final.id


def _share_text(share: float | None) -> str:
    return "no figure (no audits)" if share is None else f"{round(share * 100)}%"


def _backdate(session: Session, review_id: int, period: Period, panel: date) -> None:
    """Give the demo review plausible dates of its own rather than the moment it was made."""
    review = session.get(ServiceReview, review_id)
    assert review is not None
    review.created_at = datetime.combine(period.end + timedelta(days=3), time(9, 30))
    review.panel_at = datetime.combine(panel - timedelta(days=7), time(16, 10))
    review.final_at = datetime.combine(panel + timedelta(days=2), time(11, 45))
    review.updated_at = review.final_at
    session.flush()


def _track_earlier_actions(
    session: Session,
    author: Actor,
    review_id: int,
    later: Period,
    rng: random.Random,
    today: date,
) -> None:
    """Most of the earlier review's actions done before the next review; the rest open."""
    record = reviews.load_review(session, review_id)
    version = record.version
    for action in record.form.actions:
        if action.id is None or rng.random() > 0.6:
            continue
        assert action.due_on is not None
        done = min(action.due_on or later.end, later.end, today) - timedelta(
            days=rng.randint(0, 20)
        )
        tracked = review_actions.mark_done(
            session,
            author,
            action.id,
            version,
            done,
            "Completed and reported to the QA group.",
            today,
        )
        version = tracked.review_version


def _track_later_actions(
    session: Session, author: Actor, review_id: int, rng: random.Random, today: date
) -> None:
    """Some of the later review's actions done, so some are done, some open, some overdue."""
    record = reviews.load_review(session, review_id)
    version = record.version
    for action in record.form.actions:
        due = action.due_on
        if action.id is None or due is None or due > today or rng.random() < 0.5:
            continue
        done = min(due, today) - timedelta(days=rng.randint(0, 10))
        version = review_actions.mark_done(
            session, author, action.id, version, done, "", today
        ).review_version
