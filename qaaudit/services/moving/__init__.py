"""Moving in: a team that started on its own SQLite file brings everything in it onto the
council's shared server (``qaaudit server import-sqlite``), once, whatever the number of
times it is run."""
