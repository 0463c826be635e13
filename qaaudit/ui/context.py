"""What every window and page is given: the open database and the person at the screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from qaaudit.services.people import Actor
from qaaudit.store.database import Database


@dataclass
class AppContext:
    db: Database
    actor: Actor

    def today(self) -> date:
        return date.today()
