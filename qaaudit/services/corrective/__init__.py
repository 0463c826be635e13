"""Corrective action: an audit completed as not yet good must be put right by the end of the
next month; who sees and confirms which, and what is overdue."""
