"""Which cases to audit this month: the QA lead's page (import the case list, draw,
target, swap, export, coverage) and each auditor's "Cases to audit this month" on My
month, from which an audit starts already filled in."""
