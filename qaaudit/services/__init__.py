"""Use cases, one package per feature, with ``common`` for who is acting, history and
refusals. Each takes a SQLAlchemy session and an actor, checks what the person may do, and
returns plain dataclasses. No Qt."""
