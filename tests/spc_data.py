"""A team whose share judged good rises after a training programme, worked out by hand.

Team "Assessment 1" (Help and Protection) completes 10 audits a month, January 2017 to
February 2018; the number judged good (meets good) each month is

    Jan 3  Feb 4  Mar 3  Apr 4  May 3  Jun 4  Jul 3 | Aug 7  Sep 8  Oct 7  Nov 8  Dec 7
    Jan 8  Feb 7  (2018)

76 good of 140: centre 0.542857. With 10 audits a month sigma is
sqrt(0.542857 * 0.457143 / 10) = 0.157532, so the limits are 0.070261 and 1.015453 (cut
to 100%), and two sigma 0.227793 to 0.857921: no month passes them. The z-scores are
-1.541637, -0.906845, 0.997530 and 1.632322 for 30%, 40%, 70% and 80%; their moving ranges
average (12 * 0.634792 + 2.539167) / 13 = 0.781282, so sigma_z = 0.692626: no
over-dispersion, the plain p-chart. January to July are seven months below the centre
line (special cause concern), August to February seven above (improvement).

Team "LAC 1" (Looked After Children) has no audits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from qaaudit.domain.trends import add_months
from tests.factories import make_person, make_team
from tests.trend_data import D, M, add_completed

JAN_2017 = date(2017, 1, 1)
GOOD_BY_MONTH = [3, 4, 3, 4, 3, 4, 3, 7, 8, 7, 8, 7, 8, 7]
CENTRE = 76 / 140


@dataclass
class RisingTeam:
    team_id: int
    other_team_id: int


def rising_team(session: Session, template_from: date | None = None) -> RisingTeam:
    """The team above; audits from ``template_from`` on use a newer template."""
    team = make_team(session, "Assessment 1", "Help and Protection")
    other = make_team(session, "LAC 1", "Looked After Children")
    auditor = make_person(session, "tm1", "Team Manager One", team=team)
    for index, good in enumerate(GOOD_BY_MONTH):
        month = add_months(JAN_2017, index)
        version = "2018.1" if template_from and month >= template_from else "2017.1"
        for case in range(10):
            overall = M if case < good else D
            add_completed(
                session,
                auditor,
                team.id,
                month,
                f"R{index}-{case}",
                overall,
                template_version=version,
            )
    return RisingTeam(team.id, other.id)
