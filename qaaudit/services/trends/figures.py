"""The trend of good versus not yet good: by month, by practice area, and for cases
audited more than once. Every figure is an aggregate query (GROUP BY month), so a view
of ten years and sixty thousand audits costs a few milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, func, select
from sqlalchemy.orm import Session

from qaaudit.domain.audit import COMPLETED, GOOD
from qaaudit.domain.instrument import (
    CASE_FILE_AUDIT,
    AuditInstrument,
    all_instruments,
    catalogue_generation,
    current_audit_instrument,
    current_instrument,
    instrument_keys,
    instrument_versions,
)
from qaaudit.domain.spc import MONTH, PERIODS, period_label, period_start
from qaaudit.domain.trends import (
    Direction,
    Share,
    direction,
    month_label,
    months_between,
    split_halves,
)
from qaaudit.services.common.instruments import refresh_catalogue
from qaaudit.services.trends.process import ProcessView, process_view
from qaaudit.services.trends.rebases import rebases
from qaaudit.store.models import AuditArea, AuditTheme, CaseFileAudit, Person, ServiceArea, Team
from qaaudit.store.quality import Moderation, ModerationArea

AUDIT = "audit"
RE_AUDIT = "re-audit"
AUDIT_TYPES = {AUDIT: "Audits (first audit of a case)", RE_AUDIT: "Re-audits"}

AUDITORS_OWN = "The auditors' own judgements."


@dataclass
class TrendFilter:
    """What the QA lead chose to look at. None means 'all'."""

    month_from: date
    month_to: date
    service_area_id: int | None = None
    team_id: int | None = None
    auditor_id: int | None = None
    strand: str | None = None
    area_key: str | None = None
    theme_key: str | None = None
    audit_type: str | None = None
    moderated: bool = False
    # The period of the process-control chart: month, quarter or year.
    by: str = MONTH
    # Which form's records: the case file audit unless another is chosen.
    instrument_key: str = CASE_FILE_AUDIT

    def __post_init__(self) -> None:
        self.month_from = self.month_from.replace(day=1)
        self.month_to = self.month_to.replace(day=1)
        if self.month_to < self.month_from:
            raise ValueError("The period ends before it starts.")
        if self.audit_type not in (None, AUDIT, RE_AUDIT):
            raise ValueError(f"“{self.audit_type}” is not an audit type.")
        if self.by not in PERIODS:
            raise ValueError(f"“{self.by}” is not a period; choose month, quarter or year.")


@dataclass(frozen=True)
class MonthPoint:
    month: date
    share: Share
    # Template versions first used in this month: the chart marks them.
    new_templates: tuple[str, ...] = ()
    # A month, or the quarter or year starting at ``month``.
    by: str = MONTH

    @property
    def label(self) -> str:
        return period_label(self.month, self.by)


@dataclass(frozen=True)
class AreaTrend:
    key: str
    title: str
    share: Share
    direction: Direction
    by_month: tuple[Share, ...]


@dataclass(frozen=True)
class ReauditSummary:
    """Cases audited again: the earlier judgement against the later one."""

    total: int
    improved: int
    same: int
    worse: int
    # (earlier headline, later headline) -> count
    headlines: dict[tuple[str, str], int]

    def moved(self, earlier: str, later: str) -> int:
        return self.headlines.get((earlier, later), 0)


@dataclass
class TrendReport:
    filter: TrendFilter
    described: list[tuple[str, str]]
    judgements_used: str
    months: list[MonthPoint]
    total: Share
    areas: list[AreaTrend]
    reaudits: ReauditSummary
    template_changes: list[tuple[date, str]] = field(default_factory=list)
    process: ProcessView | None = None

    @property
    def periods(self) -> list[MonthPoint]:
        """The months gathered into the periods chosen (month, quarter or year)."""
        by = self.filter.by
        if by == MONTH:
            return self.months
        shares: dict[date, Share] = {}
        templates: dict[date, tuple[str, ...]] = {}
        for point in self.months:
            start = period_start(point.month, by)
            shares[start] = shares.get(start, Share(0, 0)) + point.share
            templates[start] = templates.get(start, ()) + point.new_templates
        return [MonthPoint(start, shares[start], templates[start], by) for start in shares]

    @property
    def small_periods(self) -> list[MonthPoint]:
        return [p for p in self.periods if p.share.small]


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    parent_id: int | None = None


@dataclass(frozen=True)
class TrendChoices:
    service_areas: list[Choice]
    teams: list[Choice]
    auditors: list[Choice]
    strands: list[str]
    areas: list[tuple[str, str]]
    themes: list[tuple[str, str]]
    first_month: date | None
    last_month: date | None
    instruments: list[tuple[str, str]] = field(default_factory=list)


# -- grades ------------------------------------------------------------------------------


# "Good" is each version's own: every grade of every version says whether it counts as
# good, and a grade key means the same in every version of every form (a version that
# would change that is refused when it is imported or saved), so one list serves all.


def good_grades() -> tuple[str, ...]:
    return _good_grades(catalogue_generation())


@cache
def _good_grades(_generation: int) -> tuple[str, ...]:
    return tuple(sorted({g.key for i in all_instruments().values() for g in i.grades if g.good}))


def graded_grades() -> tuple[str, ...]:
    """Every grade that is a judgement of quality (not 'not applicable')."""
    return _graded_grades(catalogue_generation())


@cache
def _graded_grades(_generation: int) -> tuple[str, ...]:
    return tuple(
        sorted(
            {g.key for i in all_instruments().values() for g in i.grades if not g.not_applicable}
        )
    )


def grade_ranks() -> dict[str, int]:
    return _grade_ranks(catalogue_generation())


@cache
def _grade_ranks(_generation: int) -> dict[str, int]:
    return {g.key: g.rank for i in all_instruments().values() for g in i.grades}


def ordered_scale() -> tuple[str, ...]:
    """The graded scale from worst to best, for kappa (the case file audit's scales)."""
    ranks = grade_ranks()
    keys = {
        g.key
        for i in instrument_versions(CASE_FILE_AUDIT).values()
        for g in i.grades
        if not g.not_applicable
    }
    return tuple(sorted(keys, key=lambda key: ranks[key]))


# -- queries -------------------------------------------------------------------------------

_audit = CaseFileAudit.__table__
_area = AuditArea.__table__
_theme = AuditTheme.__table__
_team = Team.__table__
_moderation = Moderation.__table__
_moderation_area = ModerationArea.__table__


@dataclass(frozen=True)
class _Shape:
    """Which filters are in use: queries are built (and compiled) once per shape, and
    the chosen values are bound when they run."""

    team: bool
    service: bool
    auditor: bool
    strand: bool
    theme: bool
    audit_type: str | None
    moderated: bool
    # The known versions when the query was built: their grades are written into it.
    generation: int = 0


def _shape(flt: TrendFilter) -> _Shape:
    return _Shape(
        team=flt.team_id is not None,
        service=flt.team_id is None and flt.service_area_id is not None,
        auditor=flt.auditor_id is not None,
        strand=bool(flt.strand),
        theme=bool(flt.theme_key),
        audit_type=flt.audit_type,
        moderated=flt.moderated,
        generation=catalogue_generation(),
    )


def _params(flt: TrendFilter) -> dict[str, Any]:
    return {
        "status": COMPLETED,
        "month_from": flt.month_from,
        "month_to": flt.month_to,
        "team_id": flt.team_id,
        "service_area_id": flt.service_area_id,
        "auditor_id": flt.auditor_id,
        "strand": flt.strand,
        "theme_key": flt.theme_key,
        "area_key": flt.area_key,
        "area_keys": area_keys(flt.instrument_key),
        "instrument_key": flt.instrument_key,
    }


def _rows(session: Session, statement: Any, flt: TrendFilter) -> Any:
    """Run a prepared statement with the filter's values, on the session's connection."""
    return session.connection().execute(statement, _params(flt))


def _conditions(shape: _Shape, audit: Any = _audit) -> list[ColumnElement[bool]]:
    return _period(audit) + _audit_filters(shape, audit)


def _period(table: Any) -> list[ColumnElement[bool]]:
    """Completed audits of the period (of audits, or of judgements by their copies)."""
    return [
        table.c.status == bindparam("status"),
        table.c.audit_month >= bindparam("month_from"),
        table.c.audit_month <= bindparam("month_to"),
    ]


def _filters_audits(shape: _Shape) -> bool:
    return bool(
        shape.team
        or shape.service
        or shape.auditor
        or shape.strand
        or shape.theme
        or shape.audit_type is not None
    )


def _audit_filters(shape: _Shape, audit: Any = _audit) -> list[ColumnElement[bool]]:
    # Always one form's records. (Judgements read alone need no such condition: each
    # area key belongs to one form.)
    conditions: list[ColumnElement[bool]] = [audit.c.instrument_key == bindparam("instrument_key")]
    if shape.team:
        conditions.append(audit.c.team_id == bindparam("team_id"))
    elif shape.service:
        conditions.append(
            audit.c.team_id.in_(
                select(_team.c.id).where(_team.c.service_area_id == bindparam("service_area_id"))
            )
        )
    if shape.auditor:
        conditions.append(audit.c.auditor_id == bindparam("auditor_id"))
    if shape.strand:
        conditions.append(audit.c.strand == bindparam("strand"))
    if shape.theme:
        conditions.append(
            audit.c.id.in_(
                select(_theme.c.audit_id).where(_theme.c.theme_key == bindparam("theme_key"))
            )
        )
    if shape.audit_type == AUDIT:
        conditions.append(audit.c.previous_audit_id.is_(None))
    elif shape.audit_type == RE_AUDIT:
        conditions.append(audit.c.previous_audit_id.is_not(None))
    return conditions


def _good_count(judgement: ColumnElement[Any]) -> ColumnElement[Any]:
    return func.sum(case((judgement.in_(good_grades()), 1), else_=0))


@cache
def _overall_query(shape: _Shape) -> Select[Any]:
    """Overall judgements (auditor's, or moderated where there is one), by month."""
    group = [_audit.c.audit_month]
    if shape.moderated:
        moderation = _moderation.alias("m")
        headline: ColumnElement[Any] = func.coalesce(
            moderation.c.moderated_headline, _audit.c.headline
        )
        source: Any = _audit.outerjoin(moderation, moderation.c.audit_id == _audit.c.id)
    else:
        headline = _audit.c.headline
        source = _audit
    good = func.sum(case((headline == GOOD, 1), else_=0))
    return (
        select(*group, good, func.count())
        .select_from(source)
        .where(*_conditions(shape))
        .group_by(*group)
    )


@cache
def _area_query(shape: _Shape, one_area: bool) -> Select[Any]:
    """Practice area judgements (not applicable left out) by month: of one area, or of
    every area."""
    if not (_filters_audits(shape) or shape.moderated):
        return _plain_area_query(one_area)
    group: list[Any] = (
        [_audit.c.audit_month] if one_area else [_area.c.area_key, _audit.c.audit_month]
    )
    source: Any = _audit.join(_area, _area.c.audit_id == _audit.c.id)
    judgement: ColumnElement[Any] = _area.c.judgement
    if shape.moderated:
        moderation = _moderation.alias("m")
        moderated = _moderation_area.alias("ma")
        source = source.outerjoin(moderation, moderation.c.audit_id == _audit.c.id).outerjoin(
            moderated,
            and_(
                moderated.c.moderation_id == moderation.c.id,
                moderated.c.area_key == _area.c.area_key,
            ),
        )
        judgement = func.coalesce(moderated.c.moderated_judgement, _area.c.judgement)
    conditions = _conditions(shape)
    if one_area:
        conditions.append(_area.c.area_key == bindparam("area_key"))
    graded = func.sum(case((judgement.in_(graded_grades()), 1), else_=0))
    return (
        select(*group, _good_count(judgement), graded)
        .select_from(source)
        .where(*conditions)
        .group_by(*group)
    )


def _plain_area_query(one_area: bool) -> Select[Any]:
    """Every audit's own judgements: a judgement carries its audit's month and status
    (copied by the database), so this reads audit_area alone, along ix_audit_area_month;
    every area at once is read as one range of it per area. (With a filter on the audits,
    the audits are read first, and their judgements by ix_audit_area_trend.)"""
    group: list[Any] = (
        [_area.c.audit_month] if one_area else [_area.c.area_key, _area.c.audit_month]
    )
    conditions = _period(_area)
    if one_area:
        conditions.append(_area.c.area_key == bindparam("area_key"))
    else:
        conditions.append(_area.c.area_key.in_(bindparam("area_keys", expanding=True)))
    graded = func.sum(case((_area.c.judgement.in_(graded_grades()), 1), else_=0))
    return (
        select(*group, _good_count(_area.c.judgement), graded).where(*conditions).group_by(*group)
    )


def area_keys(instrument_key: str = CASE_FILE_AUDIT) -> tuple[str, ...]:
    """Every area of every version of one form."""
    return tuple(
        sorted({a.key for i in instrument_versions(instrument_key).values() for a in i.areas})
    )


def areas_across_versions(instrument_key: str) -> list[tuple[str, str]]:
    """Each area of a form once, by its stable key, with the words of the newest version
    that has it: the newest version's areas in its order, then areas earlier versions had
    and it no longer has (their lines end where they were removed)."""
    found: dict[str, str] = {}
    for instrument in reversed(list(instrument_versions(instrument_key).values())):
        for area in instrument.areas:
            found.setdefault(area.key, area.short)
    return list(found.items())


def month_shares(session: Session, flt: TrendFilter) -> dict[date, Share]:
    """Good against all, by month; of one practice area's judgements if one is chosen."""
    shape = _shape(flt)
    query = _area_query(shape, True) if flt.area_key else _overall_query(shape)
    return {row[0]: Share(int(row[1] or 0), int(row[2] or 0)) for row in _rows(session, query, flt)}


def month_trend(session: Session, flt: TrendFilter) -> list[MonthPoint]:
    """Every month of the period, empty months included, with template changes marked."""
    shares = month_shares(session, flt)
    changes: dict[date, list[str]] = {}
    for first, version in template_changes(session, flt.instrument_key):
        changes.setdefault(first, []).append(version)
    return [
        MonthPoint(m, shares.get(m, Share(0, 0)), tuple(changes.get(m, ())))
        for m in months_between(flt.month_from, flt.month_to)
    ]


def area_month_shares(session: Session, flt: TrendFilter) -> dict[tuple[str, date], Share]:
    """Each practice area's judgements, good against all, by month."""
    query = _area_query(_shape(flt), False)
    return {
        (key, row_month): Share(int(good or 0), int(graded or 0))
        for key, row_month, good, graded in _rows(session, query, flt)
    }


def area_trends(
    session: Session, flt: TrendFilter, cells: dict[tuple[str, date], Share] | None = None
) -> list[AreaTrend]:
    """Each practice area over the period, weakest first, with whether it is improving
    (earlier half of the period against the later half)."""
    if cells is None:
        cells = area_month_shares(session, flt)
    months = months_between(flt.month_from, flt.month_to)
    earlier, later = split_halves(months)
    result = []
    current_keys = {a.key for a in current_instrument(flt.instrument_key).areas}
    for key, short in areas_across_versions(flt.instrument_key):
        by_month = tuple(cells.get((key, m), Share(0, 0)) for m in months)
        total = sum(by_month, Share(0, 0))
        if key not in current_keys and not total.total:
            continue  # an area of an earlier version with nothing in this period
        first = sum((cells.get((key, m), Share(0, 0)) for m in earlier), Share(0, 0))
        second = sum((cells.get((key, m), Share(0, 0)) for m in later), Share(0, 0))
        result.append(AreaTrend(key, short, total, direction(first, second), by_month))
    result.sort(key=lambda a: (a.share.share if a.share.share is not None else 2.0, a.title))
    return result


def reaudit_summary(session: Session, flt: TrendFilter) -> ReauditSummary:
    """Re-audits completed in the period, against the audit of the same case before."""
    query = _reaudit_query(_shape(replace(flt, audit_type=None)))
    ranks = grade_ranks()
    good = set(good_grades())
    total = improved = same = worse = 0
    headlines: dict[tuple[str, str], int] = {}
    for before, after, count in _rows(session, query, flt):
        if before not in ranks or after not in ranks:
            continue
        total += count
        step = ranks[after] - ranks[before]
        if step > 0:
            improved += count
        elif step < 0:
            worse += count
        else:
            same += count
        key = (_headline(before, good), _headline(after, good))
        headlines[key] = headlines.get(key, 0) + count
    return ReauditSummary(total, improved, same, worse, headlines)


@cache
def _reaudit_query(shape: _Shape) -> Select[Any]:
    earlier = _audit.alias("earlier")
    later_overall: ColumnElement[Any] = _audit.c.overall
    earlier_overall: ColumnElement[Any] = earlier.c.overall
    source: Any = _audit.join(earlier, earlier.c.id == _audit.c.previous_audit_id)
    if shape.moderated:
        later_mod = _moderation.alias("later_m")
        earlier_mod = _moderation.alias("earlier_m")
        source = source.outerjoin(later_mod, later_mod.c.audit_id == _audit.c.id).outerjoin(
            earlier_mod, earlier_mod.c.audit_id == earlier.c.id
        )
        later_overall = func.coalesce(later_mod.c.moderated_overall, _audit.c.overall)
        earlier_overall = func.coalesce(earlier_mod.c.moderated_overall, earlier.c.overall)
    return (
        select(earlier_overall, later_overall, func.count())
        .select_from(source)
        .where(*_conditions(shape), earlier.c.status == COMPLETED)
        .group_by(earlier_overall, later_overall)
    )


def _headline(grade: str, good: set[str]) -> str:
    return GOOD if grade in good else "not_yet_good"


def template_changes(
    session: Session, instrument_key: str = CASE_FILE_AUDIT
) -> list[tuple[date, str]]:
    """The month each later version of a form was first used for a completed record."""
    rows = session.execute(
        select(func.min(_audit.c.audit_month), _audit.c.template_version)
        .where(_audit.c.status == COMPLETED, _audit.c.instrument_key == instrument_key)
        .group_by(_audit.c.template_version)
    ).all()
    firsts = sorted((first, version) for first, version in rows if first is not None)
    return firsts[1:]


def moderated_count(session: Session, flt: TrendFilter) -> tuple[int, int]:
    """How many audits in view have been moderated, of how many."""
    query = (
        select(func.count(_moderation.c.id), func.count())
        .select_from(_audit.outerjoin(_moderation, _moderation.c.audit_id == _audit.c.id))
        .where(*_conditions(_shape(flt)))
    )
    moderated, total = _rows(session, query, flt).one()
    return int(moderated or 0), int(total or 0)


def judgements_used(session: Session, flt: TrendFilter) -> str:
    if not flt.moderated:
        return AUDITORS_OWN
    moderated, total = moderated_count(session, flt)
    return (
        "Moderated judgements where the audit has been moderated "
        f"({moderated} of {total} audits in this view), the auditor's own otherwise."
    )


def trend_report(session: Session, flt: TrendFilter) -> TrendReport:
    refresh_catalogue(session)
    months = month_trend(session, flt)
    total = sum((m.share for m in months), Share(0, 0))
    changes = [
        (m, v)
        for m, v in template_changes(session, flt.instrument_key)
        if flt.month_from <= m <= flt.month_to
    ]
    used = judgements_used(session, flt)
    described = [(k, used if k == "Judgements" else v) for k, v in describe(session, flt)]
    cells = area_month_shares(session, flt)
    return TrendReport(
        filter=flt,
        described=described,
        judgements_used=used,
        months=months,
        total=total,
        areas=area_trends(session, flt, cells),
        reaudits=reaudit_summary(session, flt),
        template_changes=changes,
        process=process_of(session, flt, months, cells),
    )


def process_of(
    session: Session,
    flt: TrendFilter,
    months: list[MonthPoint],
    cells: dict[tuple[str, date], Share],
) -> ProcessView:
    """The process-control charts of the view, restarting at each rebase and template
    change."""
    breaks = [(r.starts_on, r.words) for r in rebases(session)]
    breaks += [(m.month, f"template {v}") for m in months for v in m.new_templates]
    areas = [(a.key, a.short) for a in current_audit_instrument().areas]
    shares = {m.month: m.share for m in months}
    return process_view(flt.by, flt.month_from, flt.month_to, shares, cells, areas, breaks)


# -- choices and words ---------------------------------------------------------------------


def trend_choices(session: Session, instrument_key: str = CASE_FILE_AUDIT) -> TrendChoices:
    refresh_catalogue(session)
    instrument = current_instrument(instrument_key)
    first, last = session.execute(
        select(func.min(_audit.c.audit_month), func.max(_audit.c.audit_month)).where(
            _audit.c.status == COMPLETED
        )
    ).one()
    return TrendChoices(
        service_areas=[
            Choice(i, n)
            for i, n in session.execute(
                select(ServiceArea.id, ServiceArea.name).order_by(
                    ServiceArea.position, ServiceArea.name
                )
            )
        ],
        teams=[
            Choice(i, n, a)
            for i, n, a in session.execute(
                select(Team.id, Team.name, Team.service_area_id).order_by(Team.name)
            )
        ],
        auditors=[
            Choice(i, n)
            for i, n in session.execute(
                select(Person.id, Person.name)
                .where(Person.id.in_(select(_audit.c.auditor_id).distinct()))
                .order_by(Person.name)
            )
        ],
        strands=list(instrument.strands),
        areas=areas_across_versions(instrument_key),
        themes=[(t.key, t.label) for t in instrument.themes],
        first_month=first,
        last_month=last,
        instruments=[(key, current_instrument(key).title) for key in instrument_keys()],
    )


def service_area_by_name(session: Session, name: str) -> int:
    found = session.scalar(
        select(ServiceArea.id).where(func.lower(ServiceArea.name) == name.lower())
    )
    if found is None:
        raise LookupError(f"There is no service area called “{name}”.")
    return found


def team_by_name(session: Session, name: str, service_area_id: int | None = None) -> int:
    query = select(Team.id).where(func.lower(Team.name) == name.lower())
    if service_area_id is not None:
        query = query.where(Team.service_area_id == service_area_id)
    found = session.scalars(query).all()
    if not found:
        raise LookupError(f"There is no team called “{name}”.")
    if len(found) > 1:
        raise LookupError(
            f"More than one service area has a team called “{name}”; name the service too."
        )
    return found[0]


def describe(session: Session, flt: TrendFilter) -> list[tuple[str, str]]:
    """The filters in words, for the top of the dashboard and the first page of reports."""
    instrument: AuditInstrument = current_instrument(flt.instrument_key)
    areas = dict(areas_across_versions(flt.instrument_key))

    def name_of(model: Any, key: int | None) -> str:
        if key is None:
            return "All"
        return str(session.scalar(select(model.name).where(model.id == key)) or "(removed)")

    period = f"{month_label(flt.month_from)} to {month_label(flt.month_to)}"
    # The case file audit's reports read as they always have; another form is named.
    form = [] if flt.instrument_key == CASE_FILE_AUDIT else [("Form", instrument.title)]
    return [
        *form,
        ("Period", period),
        ("Process control by", flt.by),
        ("Service area", name_of(ServiceArea, flt.service_area_id)),
        ("Team", name_of(Team, flt.team_id)),
        ("Auditor", name_of(Person, flt.auditor_id)),
        ("Strand", flt.strand or "All"),
        (
            "Practice area",
            areas.get(flt.area_key, flt.area_key) if flt.area_key else "All (overall judgement)",
        ),
        ("Theme", instrument.theme_label(flt.theme_key) if flt.theme_key else "All"),
        ("Audit type", AUDIT_TYPES.get(flt.audit_type or "", "Audits and re-audits")),
        ("Judgements", "Moderated where moderated" if flt.moderated else "Auditors' own"),
    ]
