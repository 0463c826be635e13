"""Alembic migrations, shipped inside the package and applied at start.

``HEAD`` names the newest revision without importing Alembic, so that an up-to-date
database opens without loading it; a test checks it against the scripts.
"""

KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0014",
    "0008",
    "0013",
    "0010",
    "0009",
    "0007",
    "0011",
)
HEAD = KNOWN_REVISIONS[-1]
