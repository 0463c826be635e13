"""A small council's March 2017, built through the services the way managers would build it:
five completed audits (one a re-audit of a February case), a draft, agreed actions and
corrective action. The learning summary and audit workbook tests compute their expectations
from it by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.audit import AgreedAction, AuditForm
from qaaudit.services.audit import audits
from qaaudit.services.common.actor import Actor
from qaaudit.services.corrective import actions as corrective
from qaaudit.store.database import Database
from tests.factories import complete_form, make_person, make_team

CREATED_ON = date(2017, 11, 20)
MARCH = date(2017, 3, 1)
FEBRUARY = date(2017, 2, 1)


@dataclass
class March:
    ids: dict[str, int]
    auditor_hp: Actor
    auditor_lac: Actor
    service_manager_hp: Actor
    hp_area_id: int


def _complete(session: Session, who: Actor, form: AuditForm) -> int:
    record = audits.create_audit(session, who, form, CREATED_ON)
    audits.complete_audit(session, who, record.id, record.version, form, CREATED_ON)
    return record.id


def _form(team_id: int, case: str, month: date, grade: str, **areas: str) -> AuditForm:
    form = complete_form(team_id, case_number=case, month=month, grade=grade)
    for key, judgement in areas.items():
        form.areas[key].judgement = judgement
    return form


def build_march(db: Database, confirmed_on: date) -> March:
    with db.writing() as s:
        hp = make_team(s, "Assessment Team 1", "Help and Protection")
        lac = make_team(s, "LAC Team 2", "Looked After Children")
        tess = make_person(s, "tess", "Tess Turner", team=hp)
        tom = make_person(s, "tom", "Tom Taylor", team=lac)
        sue = make_person(s, "sue", "Sue Singh", ("auditor", "service_manager"), hp)

        ids: dict[str, int] = {}
        a0 = _form(hp.id, "C0", FEBRUARY, "does_not_meet_good")
        ids["a0"] = _complete(s, tess, a0)

        a1 = _form(hp.id, "C1", MARCH, "meets_good")
        a1.themes = ["neglect"]
        a1.actions = [
            AgreedAction(
                "Update the chronology", "Sam Okafor", date(2017, 4, 30), date(2017, 3, 25)
            )
        ]
        ids["a1"] = _complete(s, tess, a1)

        a2 = _form(
            hp.id,
            "C2",
            MARCH,
            "does_not_meet_good",
            involvement="meets_good",
            permanence="not_applicable",
        )
        a2.themes = ["neglect", "domestic_violence"]
        a2.actions = [
            AgreedAction(
                "Update the chronology and share with IRO", "Ann Smith", date(2017, 4, 15)
            ),
            AgreedAction("Contingency plan agreed in supervision", "Ann Smith", date(2017, 4, 30)),
        ]
        ids["a2"] = _complete(s, tess, a2)

        a3 = _form(lac.id, "L3", MARCH, "exceeds_good", plans="meets_good")
        a3.strand = "Children looked after and permanence"
        a3.age_band = "10-15"
        a3.themes = ["young_people_in_care"]
        a3.actions = [AgreedAction("Life story work to start", "Ben Jones", date(2017, 5, 31))]
        ids["a3"] = _complete(s, tom, a3)

        a4 = _form(
            lac.id,
            "L4",
            MARCH,
            "meets_good",
            plans="does_not_meet_good",
            assessments="does_not_meet_good",
        )
        a4.overall = "does_not_meet_good"
        a4.strand = "Children looked after and permanence"
        a4.themes = []
        a4.discussed_on = None
        a4.actions = [AgreedAction("Contingency plan written", "Ben Jones", date(2017, 4, 10))]
        ids["a4"] = _complete(s, tom, a4)

        # A re-audit of February's case C0, now good.
        a5 = _form(hp.id, "C0", MARCH, "meets_good")
        a5.themes = []
        ids["a5"] = _complete(s, tess, a5)

        draft = audits.create_audit(s, tess, _form(hp.id, "D1", MARCH, "meets_good"), CREATED_ON)
        ids["draft"] = draft.id

    with db.writing() as s:
        action = corrective.for_audit(s, sue, ids["a2"])
        assert action is not None
        corrective.confirm(
            s,
            sue,
            action.id,
            action.version,
            "Chronology completed and contingency plan agreed at the review.",
            confirmed_on,
            confirmed_on,
        )
    return March(ids, tess, tom, sue, hp.service_area_id)
