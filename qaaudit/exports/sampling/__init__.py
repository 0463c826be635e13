"""Which cases to audit: the month's case list read from a CSV or Excel file without
trusting it, and the allocation workbook (every auditor's cases, the record of the draw
and the coverage heat map)."""
