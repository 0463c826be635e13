"""Every table the program has, gathered on one metadata for migrations and tests."""

from qaaudit.store import (  # noqa: F401
    corrective,
    council,
    instruments,
    models,
    quality,
    reports,
    reviews,
    sampling,
    schedule,
    trends,
)
from qaaudit.store.base import Base

metadata = Base.metadata
