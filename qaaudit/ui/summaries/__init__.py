"""Summaries and data: the monthly learning summary PDF and the audit data workbook, out
and in."""
