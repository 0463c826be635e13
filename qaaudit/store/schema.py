"""Every table the program has, gathered on one metadata for migrations and tests."""

from qaaudit.store import corrective, instruments, models, quality, reviews, schedule  # noqa: F401
from qaaudit.store.base import Base

metadata = Base.metadata
