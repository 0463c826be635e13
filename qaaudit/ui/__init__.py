"""The PySide6 window: the application and main window here, one package per feature
below (audit, review, schedule, people, trends, moderation, corrective, month, summaries,
help) and ``common`` for what pages share. Pages call services; nothing here holds SQL."""
