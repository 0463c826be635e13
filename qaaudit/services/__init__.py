"""Use cases. Each takes a SQLAlchemy session and returns plain dataclasses. No Qt."""
