"""Re-audits by whether the actions agreed at the earlier audit were done: did the cases
whose actions were carried out improve more often than those whose actions were not?

The re-auditor answers, for each action agreed at the earlier audit of the case, done,
partly done, not done or cannot tell. A re-audit falls in one group:

- every earlier action done;
- some earlier action partly done or not done;
- not known: an earlier action not answered, or answered "cannot tell";
- no actions were agreed at the earlier audit.

Improvement is the overall judgement moving up the scale from the earlier audit to the
re-audit (the auditors' own judgements, completed re-audits whose month is in the
period).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from qaaudit.domain.audit import COMPLETED
from qaaudit.domain.audit_report import DONE, NOT_DONE, PARTLY, improvement_step
from qaaudit.services.trends.figures import grade_ranks
from qaaudit.store.models import AuditAction, AuditTheme, CaseFileAudit, Team
from qaaudit.store.reports import EarlierActionCheck

ALL_DONE = "all done"
NOT_ALL_DONE = "not all done"
NOT_KNOWN = "not known"
NONE_AGREED = "none agreed"
GROUPS = (ALL_DONE, NOT_ALL_DONE, NOT_KNOWN, NONE_AGREED)
GROUP_LABELS = {
    ALL_DONE: "Every earlier action done",
    NOT_ALL_DONE: "Some earlier actions not done",
    NOT_KNOWN: "Not known whether done",
    NONE_AGREED: "No actions agreed at the earlier audit",
}


@dataclass(frozen=True)
class ReauditGroup:
    key: str
    label: str
    count: int
    improved: int
    same: int
    declined: int

    @property
    def share_improved(self) -> float | None:
        return self.improved / self.count if self.count else None


def group_of(answers: list[str | None]) -> str:
    """The group of one re-audit, from its answers (None: not answered) about each of the
    earlier audit's actions."""
    if not answers:
        return NONE_AGREED
    if any(a in (PARTLY, NOT_DONE) for a in answers):
        return NOT_ALL_DONE
    if all(a == DONE for a in answers):
        return ALL_DONE
    return NOT_KNOWN


def improvement_by_earlier_actions(
    session: Session,
    month_from: date,
    month_to: date,
    *,
    service_area_id: int | None = None,
    theme_key: str | None = None,
) -> list[ReauditGroup]:
    """Completed re-audits of the period, improved / the same / declined, in each group."""
    earlier = aliased(CaseFileAudit)
    where = [
        CaseFileAudit.status == COMPLETED,
        CaseFileAudit.audit_month >= month_from.replace(day=1),
        CaseFileAudit.audit_month <= month_to.replace(day=1),
        earlier.status == COMPLETED,
    ]
    if service_area_id is not None:
        where.append(
            CaseFileAudit.team_id.in_(
                select(Team.id).where(Team.service_area_id == service_area_id)
            )
        )
    if theme_key:
        where.append(
            CaseFileAudit.id.in_(
                select(AuditTheme.audit_id).where(AuditTheme.theme_key == theme_key)
            )
        )
    pairs = session.execute(
        select(CaseFileAudit.id, earlier.id, earlier.overall, CaseFileAudit.overall)
        .join(earlier, earlier.id == CaseFileAudit.previous_audit_id)
        .where(*where)
    ).all()
    if not pairs:
        return [ReauditGroup(k, GROUP_LABELS[k], 0, 0, 0, 0) for k in GROUPS]
    later_ids = [p[0] for p in pairs]
    earlier_ids = {p[1] for p in pairs}
    actions: dict[int, list[int]] = defaultdict(list)
    for audit_id, action_id in session.execute(
        select(AuditAction.audit_id, AuditAction.id).where(
            AuditAction.audit_id.in_(earlier_ids), func.trim(AuditAction.action) != ""
        )
    ):
        actions[audit_id].append(action_id)
    answered: dict[tuple[int, int], str] = {
        (audit_id, action_id): answer
        for audit_id, action_id, answer in session.execute(
            select(
                EarlierActionCheck.audit_id,
                EarlierActionCheck.earlier_action_id,
                EarlierActionCheck.answer,
            ).where(EarlierActionCheck.audit_id.in_(later_ids))
        )
    }
    ranks = grade_ranks()
    tally: dict[str, list[int]] = {k: [0, 0, 0, 0] for k in GROUPS}
    for later_id, earlier_id, before, after in pairs:
        if before not in ranks or after not in ranks:
            continue
        key = group_of([answered.get((later_id, a)) for a in actions.get(earlier_id, [])])
        step = improvement_step(ranks[before], ranks[after])
        counts = tally[key]
        counts[0] += 1
        counts[{1: 1, 0: 2, -1: 3}[step]] += 1
    return [ReauditGroup(k, GROUP_LABELS[k], *tally[k]) for k in GROUPS]
