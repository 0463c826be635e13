"""Which cases to audit this month: the month's case list stored (only what the draw
needs), the seeded draw and its record, targeted cases and swaps, each auditor's cases,
and how many were started and completed; the coverage of the last twelve months."""
