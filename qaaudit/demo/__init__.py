"""The fictional council behind `qaaudit demo`: teams, people, two years of audits, the QAF plan,
moderation, corrective action and service reviews, all written through the services as
a person would write them. Not a use case; nothing in the program depends on it."""
