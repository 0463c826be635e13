"""Documents and workbooks: one exporter per document, fed by services. No Qt."""
