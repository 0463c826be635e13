"""A re-audit beside the earlier audit of the same case: the overall judgement and each
practice area's judgement and narrative, then and now; and the actions agreed at the
earlier audit, with the re-auditor's answer about whether each was done.

The answers belong to the re-audit: its auditor records them while it is a draft (they
are part of their own work, as the judgements are), and they are locked with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.audit_report import ANSWER_LABELS, ANSWERS
from qaaudit.domain.instrument import audit_instrument
from qaaudit.domain.permissions import REAUDIT_FOLLOW_UP
from qaaudit.services.audit.audits import ENTITY
from qaaudit.services.common.actor import Actor
from qaaudit.services.common.history import record_changes
from qaaudit.services.common.permissions import require
from qaaudit.services.common.refusals import NotAllowed
from qaaudit.store.models import AuditAction, CaseFileAudit
from qaaudit.store.reports import EarlierActionCheck


@dataclass(frozen=True)
class AreaSideBySide:
    key: str
    title: str
    short: str
    earlier_judgement: str
    earlier_evidence: str
    earlier_impact: str
    judgement: str
    evidence: str
    impact: str
    # +1 better, 0 the same, -1 worse, None when either is not judged or not applicable
    change: int | None


@dataclass(frozen=True)
class EarlierAction:
    id: int
    action: str
    owner: str
    due_on: date | None
    done_on: date | None
    answer: str | None
    note: str

    @property
    def answer_label(self) -> str:
        return ANSWER_LABELS.get(self.answer or "", "Not answered yet")


@dataclass(frozen=True)
class SideBySide:
    audit_id: int
    earlier_id: int
    case_number: str
    earlier_month: date
    month: date
    earlier_auditor: str
    auditor: str
    earlier_overall: str
    overall: str
    overall_change: int | None
    areas: list[AreaSideBySide]
    actions: list[EarlierAction]
    locked: bool
    auditor_id: int

    @property
    def answered(self) -> int:
        return sum(1 for a in self.actions if a.answer)


def _load(session: Session, audit_id: int) -> CaseFileAudit:
    audit = session.get(
        CaseFileAudit,
        audit_id,
        options=[selectinload(CaseFileAudit.areas), selectinload(CaseFileAudit.auditor)],
    )
    if audit is None:
        raise LookupError(f"There is no audit number {audit_id}.")
    return audit


def side_by_side(session: Session, audit_id: int) -> SideBySide | None:
    """The re-audit ``audit_id`` beside its earlier audit; None if it is not a re-audit."""
    audit = _load(session, audit_id)
    if audit.previous_audit_id is None:
        return None
    earlier = _load(session, audit.previous_audit_id)
    now_scale = audit_instrument(audit.template_version)
    then_scale = audit_instrument(earlier.template_version)

    def label(scale: object, key: str | None) -> str:
        if not key:
            return "Not judged"
        try:
            return scale.grade(key).label  # type: ignore[attr-defined]
        except KeyError:
            return key

    def change(before: str | None, after: str | None) -> int | None:
        try:
            old, new = then_scale.grade(before or ""), now_scale.grade(after or "")
        except KeyError:
            return None
        if old.not_applicable or new.not_applicable:
            return None
        return (new.rank > old.rank) - (new.rank < old.rank)

    then = {a.area_key: a for a in earlier.areas}
    now = {a.area_key: a for a in audit.areas}
    areas = []
    for area in now_scale.areas:
        before, after = then.get(area.key), now.get(area.key)
        areas.append(
            AreaSideBySide(
                key=area.key,
                title=area.title,
                short=area.short,
                earlier_judgement=label(then_scale, before.judgement if before else None),
                earlier_evidence=before.evidence if before else "",
                earlier_impact=before.impact if before else "",
                judgement=label(now_scale, after.judgement if after else None),
                evidence=after.evidence if after else "",
                impact=after.impact if after else "",
                change=change(
                    before.judgement if before else None, after.judgement if after else None
                ),
            )
        )
    answers = {
        c.earlier_action_id: c
        for c in session.scalars(
            select(EarlierActionCheck).where(EarlierActionCheck.audit_id == audit.id)
        )
    }
    actions = [
        EarlierAction(
            id=a.id,
            action=a.action,
            owner=a.owner,
            due_on=a.due_on,
            done_on=a.done_on,
            answer=answers[a.id].answer if a.id in answers else None,
            note=answers[a.id].note if a.id in answers else "",
        )
        for a in session.scalars(
            select(AuditAction)
            .where(AuditAction.audit_id == earlier.id)
            .order_by(AuditAction.position, AuditAction.id)
        )
        if a.action.strip()
    ]
    return SideBySide(
        audit_id=audit.id,
        earlier_id=earlier.id,
        case_number=audit.case_number,
        earlier_month=earlier.audit_month,
        month=audit.audit_month,
        earlier_auditor=earlier.auditor.name,
        auditor=audit.auditor.name,
        earlier_overall=label(then_scale, earlier.overall),
        overall=label(now_scale, audit.overall),
        overall_change=change(earlier.overall, audit.overall),
        areas=areas,
        actions=actions,
        locked=audit.status == COMPLETED,
        auditor_id=audit.auditor_id,
    )


def may_answer(actor: Actor, view: SideBySide) -> bool:
    return not view.locked and view.auditor_id == actor.id


def record_answers(
    session: Session,
    actor: Actor,
    audit_id: int,
    answers: dict[int, tuple[str | None, str]],
) -> SideBySide:
    """Store the re-auditor's answer (and note) for each earlier action: ``answers`` maps
    the earlier action's id to (answer or None to clear it, note)."""
    require(actor, REAUDIT_FOLLOW_UP)
    view = side_by_side(session, audit_id)
    if view is None:
        raise NotAllowed("This audit is not a re-audit: there was no earlier audit of the case.")
    if view.locked:
        raise NotAllowed("This re-audit is completed and locked; its answers can no longer change.")
    if view.auditor_id != actor.id:
        raise NotAllowed(
            "Only the auditor of this re-audit can say whether the earlier actions were done."
        )
    known = {a.id: a for a in view.actions}
    changes: list[tuple[str, str | None, str | None]] = []
    for action_id, (answer, note) in answers.items():
        if action_id not in known:
            raise LookupError(f"Action {action_id} was not agreed at the earlier audit.")
        if answer is not None and answer not in ANSWERS:
            raise ValueError(f"“{answer}” is not an answer.")
        before = known[action_id]
        note = note.strip()
        if (before.answer, before.note) == (answer, note):
            continue
        session.execute(
            delete(EarlierActionCheck).where(
                EarlierActionCheck.audit_id == audit_id,
                EarlierActionCheck.earlier_action_id == action_id,
            )
        )
        if answer is not None:
            session.add(
                EarlierActionCheck(
                    audit_id=audit_id, earlier_action_id=action_id, answer=answer, note=note
                )
            )
        changes.append((f"earlier_action.{action_id}", before.answer, answer))
        if before.note != note:
            changes.append((f"earlier_action.{action_id}.note", before.note or None, note or None))
    if changes:
        session.flush()
        record_changes(session, actor, ENTITY, audit_id, changes)
    found = side_by_side(session, audit_id)
    assert found is not None
    return found
