"""The case file audit on paper and in workbooks: one audit as a PDF, and the audit data
workbook every audit a person may see, written out and read back in."""
