"""Storage: SQLAlchemy models, the engine and its sessions, migrations. No Qt."""
