"""The service performance review as a PDF and as a workbook, whole or as a summary."""
