"""My month: what a person owes this month, their drafts and recent audits, on one page."""
