"""Documents and workbooks, one package per feature, with ``common`` for safe files and
text: one exporter per document, fed by services. No Qt."""
