"""Audit reports (PDF and Word), and the action plans with the quarterly QA meeting's
decisions (workbook and PDF)."""
