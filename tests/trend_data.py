"""A small council whose trend is worked out by hand in the tests.

Help and Protection (team "Assessment 1") and Looked After Children (team "LAC 1").
Every audit judges every practice area as its overall judgement, except that
permanence is not applicable throughout and the noted risk judgements differ.

    month     team         case  overall  notes
    Dec 2016  Assessment 1  C9    M        template 2016.1 (the old template)
    Jan 2017  Assessment 1  C1    E        risk D; theme neglect
    Jan 2017  Assessment 1  C2    M
    Jan 2017  Assessment 1  C3    D        theme neglect
    Jan 2017  LAC 1         C4    M
    Feb 2017  Assessment 1  C1    D        re-audit of C1 (E -> D: worse)
    Feb 2017  Assessment 1  C5    D
    Feb 2017  LAC 1         C3    M        re-audit of C3 (D -> M: improved)
    Feb 2017  LAC 1         C6    M
    Feb 2017  LAC 1         C7    M
    Feb 2017  LAC 1         C8    D
    Mar 2017  (none)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.instrument import current_audit_instrument
from qaaudit.services.common.actor import Actor
from qaaudit.store.base import utcnow
from qaaudit.store.models import AuditArea, AuditTheme, CaseFileAudit
from tests.factories import make_person, make_team

D, M, E, NA = "does_not_meet_good", "meets_good", "exceeds_good", "not_applicable"
GOOD = {E, M}


@dataclass
class SmallCouncil:
    assessment_id: int
    lac_id: int
    help_area_id: int
    lac_area_id: int
    auditor: Actor
    lac_auditor: Actor
    moderator: Actor
    audits: dict[str, int]


def add_completed(
    session: Session,
    auditor: Actor,
    team_id: int,
    month: date,
    case_number: str,
    overall: str,
    *,
    risk: str | None = None,
    previous_id: int | None = None,
    themes: tuple[str, ...] = (),
    template_version: str = "2017.1",
) -> int:
    instrument = current_audit_instrument()
    audit = CaseFileAudit(
        case_number=case_number,
        auditor_id=auditor.id,
        team_id=team_id,
        audit_month=month,
        case_holder="Case Holder",
        strand="Help and protection",
        previous_audit_id=previous_id,
        overall=overall,
        headline="good" if overall in GOOD else "not_yet_good",
        status="completed",
        template_version=template_version,
        completed_at=utcnow(),
    )
    for area in instrument.areas:
        judgement = overall
        if area.key == "permanence":
            judgement = NA
        elif area.key == "risk" and risk:
            judgement = risk
        audit.areas.append(
            AuditArea(area_key=area.key, judgement=judgement, evidence="e", impact="i")
        )
    audit.themes = [AuditTheme(theme_key=t) for t in themes]
    session.add(audit)
    session.flush()
    return audit.id


def small_council(session: Session) -> SmallCouncil:
    assessment = make_team(session, "Assessment 1", "Help and Protection")
    lac = make_team(session, "LAC 1", "Looked After Children")
    auditor = make_person(session, "tm1", "Team Manager One", team=assessment)
    lac_auditor = make_person(session, "tm2", "Team Manager Two", team=lac)
    moderator = make_person(session, "psw", "Principal Social Worker", roles=("moderator",))
    a, b = assessment.id, lac.id
    jan, feb = date(2017, 1, 1), date(2017, 2, 1)
    ids: dict[str, int] = {}
    ids["C9"] = add_completed(
        session, auditor, a, date(2016, 12, 1), "C9", M, template_version="2016.1"
    )
    ids["C1"] = add_completed(session, auditor, a, jan, "C1", E, risk=D, themes=("neglect",))
    ids["C2"] = add_completed(session, auditor, a, jan, "C2", M)
    ids["C3"] = add_completed(session, auditor, a, jan, "C3", D, themes=("neglect",))
    ids["C4"] = add_completed(session, lac_auditor, b, jan, "C4", M)
    ids["C1b"] = add_completed(session, auditor, a, feb, "C1", D, previous_id=ids["C1"])
    ids["C5"] = add_completed(session, auditor, a, feb, "C5", D)
    ids["C3b"] = add_completed(session, lac_auditor, b, feb, "C3", M, previous_id=ids["C3"])
    ids["C6"] = add_completed(session, lac_auditor, b, feb, "C6", M)
    ids["C7"] = add_completed(session, lac_auditor, b, feb, "C7", M)
    ids["C8"] = add_completed(session, lac_auditor, b, feb, "C8", D)
    return SmallCouncil(
        a,
        b,
        assessment.service_area_id,
        lac.service_area_id,
        auditor,
        lac_auditor,
        moderator,
        ids,
    )
