"""Trends: good versus not yet good by month, area and re-audit, as a chart and a table of
the same numbers."""
