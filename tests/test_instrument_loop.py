"""The loop uses the council's forms: historic audits on Ofsted's four-point scale and
audits on the three-point template chart together, each judged good by its own version's
scale, areas matched by their stable key, the version change marked (worked out by hand
below); an observation of practice counts toward its plan task and is reported in the
service review's row on observed practice."""

from __future__ import annotations

from datetime import date

import tomli_w

from qaaudit.bootstrap import Opened
from qaaudit.domain.audit import COMPLETED, AreaEntry, AuditForm
from qaaudit.domain.instrument import CASE_FILE_AUDIT, current_instrument
from qaaudit.domain.instrument_file import instrument_data
from qaaudit.domain.review_period import Period
from qaaudit.domain.trends import Share
from qaaudit.services.audit import audits
from qaaudit.services.audit.imports import ImportedAudit, store_import
from qaaudit.services.common.actor import Actor
from qaaudit.services.instruments import versions
from qaaudit.services.review import reviews
from qaaudit.services.schedule.due import due_list
from qaaudit.services.schedule.plan import load_council_plan, load_plan
from qaaudit.services.schedule.roles import assign_role
from qaaudit.services.trends import figures as trends
from qaaudit.store.models import ServiceArea
from tests.factories import complete_form, make_person, make_team

OUT, GOOD, RI, INAD, NA = (
    "outstanding",
    "good",
    "requires_improvement",
    "inadequate",
    "not_applicable",
)
E, M, D = "exceeds_good", "meets_good", "does_not_meet_good"
JAN, FEB = date(2017, 1, 1), date(2017, 2, 1)
TODAY = date(2017, 3, 10)
OBSERVATION = "observation_of_practice"


def ofsted_version() -> str:
    """The council's case file audit as it was before 2017: Ofsted's four points, three
    areas (one of them, the child's voice, dropped from the 2017 template)."""
    data = instrument_data(current_instrument(CASE_FILE_AUDIT))
    data["instrument"]["version"] = "2014.1"
    data["grades"] = [
        {"key": OUT, "label": "Outstanding", "shortcut": "O", "good": True, "rank": 4},
        {"key": GOOD, "label": "Good", "shortcut": "G", "good": True, "rank": 3},
        {"key": RI, "label": "Requires improvement", "shortcut": "R", "good": False, "rank": 2},
        {"key": INAD, "label": "Inadequate", "shortcut": "I", "good": False, "rank": 1},
        {
            "key": NA,
            "label": "Not applicable",
            "shortcut": "N",
            "good": False,
            "rank": 0,
            "not_applicable": True,
        },
    ]
    keep = {a["key"]: a for a in data["areas"]}
    data["areas"] = [
        keep["risk"],
        keep["plans"],
        {
            "key": "child_voice_2014",
            "title": "The voice of the child is heard",
            "short": "Child's voice",
            "may_be_not_applicable": True,
            "prompts": [],
        },
    ]
    return tomli_w.dumps(data)


def historic(
    row: int, case: str, overall: str, risk: str, plans: str, voice: str, team: str
) -> ImportedAudit:
    return ImportedAudit(
        row=row,
        ref=row,
        case_number=case,
        audit_month=JAN,
        service_area="Help and Protection",
        team=team,
        auditor="Pat Historic",
        strand="Help and protection",
        status=COMPLETED,
        overall=overall,
        judgements={"risk": risk, "plans": plans, "child_voice_2014": voice},
        completed_on=date(2017, 1, 25),
        template_version="2014.1",
    )


def completed(
    opened: Opened, who: Actor, form: AuditForm, key: str = CASE_FILE_AUDIT, today: date = TODAY
) -> int:
    with opened.db.writing() as s:
        record = audits.create_audit(s, who, form, today, instrument_key=key)
        audits.complete_audit(s, who, record.id, record.version, form, today)
        return record.id


def test_a_four_point_and_a_three_point_version_chart_together(opened: Opened) -> None:
    with opened.db.writing() as s:
        team = make_team(s, "Assessment Team 1", "Help and Protection")
        versions.import_definition(s, opened.actor, ofsted_version(), "ofsted.toml")
        versions.publish(s, opened.actor, CASE_FILE_AUDIT, "2014.1")
    # New audits are still started on the newest version.
    assert current_instrument(CASE_FILE_AUDIT).version == "2017.1"
    with opened.db.writing() as s:
        store_import(
            s,
            opened.actor,
            [
                historic(2, "H1", OUT, risk=OUT, plans=RI, voice=GOOD, team=team.name),
                historic(3, "H2", RI, risk=INAD, plans=GOOD, voice=NA, team=team.name),
                historic(4, "H3", INAD, risk=RI, plans=RI, voice=INAD, team=team.name),
            ],
            "historic.xlsx",
            TODAY,
        )
    # February, on the 2017 template.
    good = complete_form(team.id, "N1", FEB, grade=M)
    good.areas["risk"].judgement = D
    good.areas["plans"].judgement = E
    completed(opened, opened.actor, good)
    poor = complete_form(team.id, "N2", FEB, grade=D)
    poor.areas["plans"].judgement = M
    completed(opened, opened.actor, poor)
    # An observation in February is another form: not in the case file audits' trend.
    completed(opened, opened.actor, observation(team.id, "N3", FEB), OBSERVATION)

    flt = trends.TrendFilter(JAN, FEB)
    with opened.db.reading() as s:
        report = trends.trend_report(s, flt)
        observed = trends.trend_report(s, trends.TrendFilter(JAN, FEB, instrument_key=OBSERVATION))
        choices = trends.trend_choices(s)
    # By hand. January, four-point: H1 outstanding (good), H2 RI, H3 inadequate -> 1 of 3.
    # February, three-point: N1 meets good (good), N2 does not meet good -> 1 of 2.
    assert [(m.month, m.share) for m in report.months] == [(JAN, Share(1, 3)), (FEB, Share(1, 2))]
    assert report.total == Share(2, 5)
    # The version changed in February, when the 2017 template was first used.
    assert [m.new_templates for m in report.months] == [(), ("2017.1",)]
    assert report.template_changes == [(FEB, "2017.1")]
    areas = {a.key: a for a in report.areas}
    # Risk: O, I, RI in January (1 of 3); D, D in February (0 of 2).
    assert areas["risk"].by_month == (Share(1, 3), Share(0, 2))
    # Plans: RI, G, RI (1 of 3); E, M (2 of 2).
    assert areas["plans"].by_month == (Share(1, 3), Share(2, 2))
    # The child's voice, removed in 2017: G, I (not applicable left out) -> 1 of 2; ends.
    assert areas["child_voice_2014"].by_month == (Share(1, 2), Share(0, 0))
    assert areas["child_voice_2014"].title == "Child's voice"
    # Involvement, new in 2017 (for these records): a line that starts in February.
    assert areas["involvement"].by_month == (Share(0, 0), Share(1, 2))
    assert ("child_voice_2014", "Child's voice") in choices.areas
    assert (OBSERVATION, "Observation of practice") in choices.instruments
    # The observation's own trend: one, good.
    assert [m.share for m in observed.months] == [Share(0, 0), Share(1, 1)]
    assert ("Form", "Observation of practice") in observed.described


def observation(team_id: int, case: str, month: date, grade: str = E) -> AuditForm:
    instrument = current_instrument(OBSERVATION)
    return AuditForm(
        case_number=case,
        audit_month=month,
        team_id=team_id,
        case_holder="Priya Shah",
        discussed_on=month.replace(day=12),
        strand="Help and protection",
        areas={a.key: AreaEntry(grade, "Seen.", "Impact.") for a in instrument.areas},
        overall=grade,
        fields={"setting": "Home visit"},
    )


def test_an_observation_counts_toward_its_plan_task_and_reaches_the_review(
    opened: Opened,
) -> None:
    lead = opened.actor
    with opened.db.writing() as s:
        load_council_plan(s, lead)
        team = make_team(s, "Assessment Team 1", "Help and Protection")
        jo = make_person(s, "jo", "Jo Bloggs", team=team)
        plan = load_plan(s, 2017)
        assert plan is not None
        role = next(r for _a, r in plan.roles() if r.key == "help-and-protection/service-manager")
        task = next(t for t in role.tasks if t.kind == "practice_observation")
        assert task.counting_instrument == OBSERVATION
        month = date(2017, min(task.months), 1)
        assign_role(s, lead, jo.id, role.key, date(2016, 12, 1), team_id=team.id)
        area_id = s.query(ServiceArea).filter_by(name="Help and Protection").one().id
    today = date(2017, 12, 20)

    def owed() -> tuple[int, int]:
        with opened.db.reading() as s:
            listed = due_list(s, jo.id, month, today)
        [item] = [i for i in (*listed.due, *listed.overdue) if i.task_key == task.key]
        return item.done, item.expected

    assert owed() == (0, task.expected)
    completed(opened, jo, observation(team.id, "CN300001", month), OBSERVATION, today)
    assert owed() == (1, task.expected)
    # A draft does not count; nor does a case file audit toward the observation.
    with opened.db.writing() as s:
        audits.create_audit(s, jo, observation(team.id, "CN300002", month), today, OBSERVATION)
    completed(opened, jo, complete_form(team.id, "CN300003", month), today=today)
    assert owed() == (1, task.expected)

    period = Period.of_months(date(2017, 1, 1), date(2017, 6, 1))
    with opened.db.writing() as s:
        review = reviews.create_review(s, lead, area_id, period, today)
    observed = review.form.rows["observed_practice"].evidence
    first = observed.splitlines()[0]
    assert first == (
        "From 1 record completed on the form “Observation of practice” (version 2017.1) "
        f"{period.label} in Help and Protection: 1 good (100%) and 0 not yet good (0%)."
    )
    # Case file audits are counted in their own row only.
    audited = review.form.rows["case_file_audits"].evidence
    assert audited.startswith("From 1 case file audit completed")
    assert "Observation of practice" not in review.form.rows["other_audit_activity"].evidence


def test_the_trends_page_shows_one_form_at_a_time(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    from qaaudit.ui.trends.dashboard import TrendDashboard
    from tests.ui_support import context_of, show_window

    page = show_window(qtbot, TrendDashboard(context_of(opened)))
    forms = [page.formCombo.itemData(i) for i in range(page.formCombo.count())]
    assert forms[0] == CASE_FILE_AUDIT and OBSERVATION in forms
    assert page.current_filter().instrument_key == CASE_FILE_AUDIT
    page.formCombo.setCurrentIndex(forms.index(OBSERVATION))
    areas = [page.ui.areaCombo.itemText(i) for i in range(page.ui.areaCombo.count())]
    assert areas[1:] == [a.short for a in current_instrument(OBSERVATION).areas]
    assert page.current_filter().instrument_key == OBSERVATION


def test_the_qa_lead_names_the_form_a_task_is_counted_from(qtbot, opened: Opened) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QInputDialog

    from qaaudit.ui.schedule.plan_editor import PlanEditorPage
    from tests.ui_support import context_of, show_window

    with opened.db.writing() as s:
        load_council_plan(s, opened.actor)
    page = show_window(qtbot, PlanEditorPage(context_of(opened)))
    row = next(n for n, r in enumerate(page.grid.rows) if r.task and r.task.kind == "plans_review")
    page.ui.planView.setCurrentIndex(page.grid.index(row, 0))
    assert page.formButton.isEnabled()

    def choose(tries: int = 500) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue("Supervision audit")
            dialog.accept()
        elif tries:
            QTimer.singleShot(20, lambda: choose(tries - 1))

    from PySide6.QtCore import QTimer

    QTimer.singleShot(20, choose)
    page.formButton.click()
    task_key = page.grid.rows[row].task.key
    with opened.db.reading() as s:
        plan = load_plan(s, 2017)
        assert plan is not None
        [task] = [t for _a, r in plan.roles() for t in r.tasks if t.key == task_key]
    assert (task.instrument_key, task.counting_instrument) == (
        "supervision_audit",
        "supervision_audit",
    )
