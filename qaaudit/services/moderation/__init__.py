"""Moderation: the Head of Safeguarding and the Principal Social Worker read returned audits,
agree or not with each judgement, judge the quality of the audit itself, and see from
those readings how consistent auditors are."""
