"""The trend of good versus not yet good as a report: the chart as a figure, painted into PDFs,
and the same numbers as a workbook."""
