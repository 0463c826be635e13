"""The QAF schedule: the year's plan per role and month, who holds each role, what each person
has done, their due lists and the compliance the QA lead reports."""
