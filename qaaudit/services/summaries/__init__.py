"""The monthly learning summary ("QA matters"): what audits found, in numbers and in the
auditors' own words, with corrective action alongside."""
