"""A council's shared PostgreSQL server, set up so that the database itself enforces who may
do what.

- ``qaaudit_owner`` (NOLOGIN) owns the schema and everything in it. No person's login is a
  member of it, so nobody can ALTER, DROP, DISABLE TRIGGER or ``SET ROLE`` to it.
- ``qaaudit_user`` (NOLOGIN) is the group every person's login joins. It holds the least
  privilege each table needs; nothing is granted to anyone else.
- Row-level security mirrors the program's own rules. The policies read the program's
  tables of people and roles through SECURITY DEFINER functions keyed on
  ``session_user``, so giving someone a role on the People page is enough.
- The change history takes INSERT and SELECT only: no UPDATE, DELETE or TRUNCATE for
  anyone but a superuser, and its triggers refuse those too.

Only ``qaaudit server setup`` and ``qaaudit server upgrade``, run by a database
administrator, change the schema; a desktop never runs DDL on a server.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from qaaudit.store.database import (
    SERVER_LOCK_TIMEOUT_MS,
    SERVER_STATEMENT_TIMEOUT_MS,
    Database,
)
from qaaudit.store.errors import StoreError, newer_database
from qaaudit.store.migrate import upgrade_on
from qaaudit.store.migrations import HEAD, KNOWN_REVISIONS
from qaaudit.store.models import ROLES
from qaaudit.store.server_policies import (
    HISTORY,
    MEMBERS,
    OWNER,
    READ_ONLY_TABLES,
    function_sql,
    policy_sql,
)
from qaaudit.store.watchdog import lift_limit

# One number for every copy of the program: setups and upgrades on one server take turns.
UPGRADE_LOCK = 0x71A0D17
# A transaction a vanished desktop left open is ended after this long.
IDLE_IN_TRANSACTION_MS = 60000


class ServerNotReady(StoreError):
    """The server's database is not set up for qaaudit, or is older than this program."""


class ServerSetupRefused(StoreError):
    """The login running a server command may not do it."""


@dataclass(frozen=True)
class SetupResult:
    schema: str
    before: str | None
    after: str
    moved_logins: tuple[str, ...]
    admin: str | None
    left_to_owner: tuple[str, ...] = ()


def server_login(db: Database) -> str:
    """The person on a server: the login the server authenticated, whatever the client
    or its environment says."""
    with db.read_engine.connect() as connection:
        return str(connection.execute(text("SELECT session_user")).scalar_one())


def require_current(db: Database) -> str:
    """A desktop opening a server checks the schema and never changes it."""
    with db.read_engine.connect() as connection:
        revision = _revision(connection)
    if revision == HEAD:
        return revision
    if revision is None:
        raise ServerNotReady(
            "This database on the server has not been set up for qaaudit. Ask IT to run "
            "`qaaudit server setup` (see the admin guide)."
        )
    if revision not in KNOWN_REVISIONS:
        raise newer_database(revision)
    raise ServerNotReady(
        "The database on the server is from an older version of qaaudit. Ask IT to run "
        "`qaaudit server upgrade` before anyone uses this version (see the admin guide)."
    )


def setup(db: Database, admin_login: str | None = None, admin_name: str = "") -> SetupResult:
    """Create the two roles, hand the schema to the owner, bring it up to date, grant and
    protect every table, move logins of the old set-up (members of the owner) into the
    group, and make ``admin_login`` the first administrator. Safe to run again."""
    with db.engine.begin() as connection:
        _serialise(connection)
        _check_administrator(connection)
        schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
        before = _revision(connection)
        if before is not None and before not in KNOWN_REVISIONS:
            raise newer_database(before)
        _create_roles(connection)
        quoted = _ident(schema)
        connection.execute(text(f"ALTER SCHEMA {quoted} OWNER TO {OWNER}"))
        connection.execute(text(f"REVOKE ALL ON SCHEMA {quoted} FROM PUBLIC"))
        connection.execute(text(f"GRANT USAGE ON SCHEMA {quoted} TO {MEMBERS}"))
        _hand_to_owner(connection, schema)
        _migrate(connection)
        moved = _move_old_logins(connection)
        _protect(connection, schema)
        left_to_owner = _desktop_defaults(connection)
        if admin_login:
            _add_login(connection, admin_login)
            connection.execute(text(f"SET LOCAL ROLE {OWNER}"))
            _first_administrator(connection, admin_login, admin_name or admin_login)
            connection.execute(text("RESET ROLE"))
    return SetupResult(schema, before, HEAD, moved, admin_login, tuple(left_to_owner))


def upgrade(db: Database) -> tuple[str | None, str]:
    """Apply the migrations in one transaction, one server-wide upgrade at a time, then
    grant and protect what they added."""
    with db.engine.begin() as connection:
        _serialise(connection)
        _check_administrator(connection)
        before = _revision(connection)
        if before is None:
            raise ServerNotReady(
                "This database has not been set up for qaaudit yet: run `qaaudit server setup`."
            )
        if before not in KNOWN_REVISIONS:
            raise newer_database(before)
        schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
        owner = connection.execute(
            text("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = :schema"),
            {"schema": schema},
        ).scalar_one()
        if owner != OWNER:
            raise ServerNotReady(
                "This database was set up by an earlier version of qaaudit. Run "
                "`qaaudit server setup` once: it upgrades it and moves it to the new roles."
            )
        if before != HEAD:
            _migrate(connection)
        _protect(connection, schema)
    return before, HEAD


def add_login(db: Database, login: str) -> bool:
    """Let a server login use qaaudit: create it if it does not exist (no password: the
    server's own authentication, such as Kerberos or a certificate, or a password set by
    the database administrator), and make it a member of the group. Returns whether the
    login was created."""
    with db.engine.begin() as connection:
        _check_administrator(connection)
        _create_roles(connection)
        return _add_login(connection, login)


# -- the pieces -------------------------------------------------------------------------


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _serialise(connection: Connection) -> None:
    # Migrations may take longer than a desktop's statement limit, and another
    # administrator's set-up may hold the lock longer than a desktop waits for a row.
    connection.execute(text("SET LOCAL statement_timeout = 0"))
    connection.execute(text("SET LOCAL lock_timeout = 0"))
    lift_limit(connection)
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def _revision(connection: Connection) -> str | None:
    exists = connection.execute(
        text("SELECT to_regclass('alembic_version') IS NOT NULL")
    ).scalar_one()
    if not exists:
        return None
    value = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None if value is None else str(value)


def _check_administrator(connection: Connection) -> None:
    superuser, createrole = connection.execute(
        text("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).one()
    if not (superuser or createrole):
        raise ServerSetupRefused(
            "Only a database administrator (a superuser, or a login with CREATEROLE) can set "
            "up or upgrade qaaudit on the server, or add logins. Ask whoever looks after the "
            "server."
        )


def _role_exists(connection: Connection, name: str) -> bool:
    return bool(
        connection.execute(
            text("SELECT count(*) FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).scalar_one()
    )


def _create_roles(connection: Connection) -> None:
    for role in (OWNER, MEMBERS):
        if _role_exists(connection, role):
            continue
        # Roles belong to the whole server, and the set-up lock only to one database: a
        # set-up in another database on the same server may create the role meanwhile.
        try:
            with connection.begin_nested():
                connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
        except DBAPIError:
            if not _role_exists(connection, role):
                raise
    superuser = connection.execute(
        text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    ).scalar_one()
    if not superuser:
        # A CREATEROLE administrator works through the owner; a person's login never does.
        connection.execute(text(f"GRANT {OWNER} TO current_user"))


def _hand_to_owner(connection: Connection, schema: str) -> None:
    """Everything already in the schema (tables made by an earlier set-up) becomes the
    owner's."""
    rows = connection.execute(
        text(
            "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = :schema "
            "AND c.relkind IN ('r', 'S', 'v') AND pg_get_userbyid(c.relowner) <> :owner"
        ),
        {"schema": schema, "owner": OWNER},
    ).all()
    kinds = {"r": "TABLE", "S": "SEQUENCE", "v": "VIEW"}
    for name, kind in rows:
        if kind == "S" and _owned_by_column(connection, schema, name):
            continue  # follows its table
        connection.execute(
            text(f"ALTER {kinds[kind]} {_ident(schema)}.{_ident(name)} OWNER TO {OWNER}")
        )
    functions = connection.execute(
        text(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname = :schema "
            "AND pg_get_userbyid(p.proowner) <> :owner"
        ),
        {"schema": schema, "owner": OWNER},
    ).scalars()
    for signature in list(functions):
        connection.execute(text(f"ALTER FUNCTION {signature} OWNER TO {OWNER}"))


def _owned_by_column(connection: Connection, schema: str, sequence: str) -> bool:
    return bool(
        connection.execute(
            text(
                "SELECT count(*) FROM pg_depend d JOIN pg_class s ON s.oid = d.objid "
                "JOIN pg_namespace n ON n.oid = s.relnamespace "
                "WHERE s.relname = :name AND n.nspname = :schema AND d.deptype IN ('a', 'i')"
            ),
            {"name": sequence, "schema": schema},
        ).scalar_one()
    )


def _migrate(connection: Connection) -> None:
    """The migrations run as the owner, so what they create is the owner's."""
    # SET LOCAL ends with the transaction, so a failed migration leaves nothing behind.
    connection.execute(text(f"SET LOCAL ROLE {OWNER}"))
    upgrade_on(connection, HEAD)
    connection.execute(text("RESET ROLE"))


def _move_old_logins(connection: Connection) -> tuple[str, ...]:
    """The earlier set-up made every person's login a member of the owner, switching to it
    at log-in. Those logins join the group instead and lose the owner."""
    logins = connection.execute(
        text(
            "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles o ON o.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member WHERE o.rolname = :owner AND m.rolcanlogin "
            "AND m.rolname <> current_user ORDER BY m.rolname"
        ),
        {"owner": OWNER},
    ).scalars()
    moved = tuple(str(login) for login in logins)
    for login in moved:
        quoted = _ident(login)
        connection.execute(text(f"REVOKE {OWNER} FROM {quoted}"))
        connection.execute(text(f"GRANT {MEMBERS} TO {quoted}"))
        connection.execute(text(f"ALTER ROLE {quoted} RESET role"))
    return moved


def _add_login(connection: Connection, login: str) -> bool:
    quoted = _ident(login)
    created = not _role_exists(connection, login)
    if created:
        connection.execute(text(f"CREATE ROLE {quoted} LOGIN"))
    member_of_owner = connection.execute(
        text("SELECT pg_has_role(:login, :owner, 'MEMBER')"), {"login": login, "owner": OWNER}
    ).scalar_one()
    if member_of_owner and login != _current_user(connection):
        connection.execute(text(f"REVOKE {OWNER} FROM {quoted}"))
        connection.execute(text(f"ALTER ROLE {quoted} RESET role"))
    connection.execute(text(f"GRANT {MEMBERS} TO {quoted}"))
    return created


def _current_user(connection: Connection) -> str:
    return str(connection.execute(text("SELECT current_user")).scalar_one())


def _first_administrator(connection: Connection, login: str, name: str) -> None:
    person_id = connection.execute(
        text("SELECT id FROM person WHERE login = :login"), {"login": login}
    ).scalar()
    if person_id is None:
        person_id = connection.execute(
            text(
                "INSERT INTO person (login, name, email, active, created_at) "
                "VALUES (:login, :name, '', true, now() AT TIME ZONE 'UTC') RETURNING id"
            ),
            {"login": login, "name": name},
        ).scalar_one()
    held = set(
        connection.execute(
            text("SELECT role FROM person_role WHERE person_id = :id"), {"id": person_id}
        ).scalars()
    )
    for role in ROLES:
        if role not in held:
            connection.execute(
                text("INSERT INTO person_role (person_id, role) VALUES (:id, :role)"),
                {"id": person_id, "role": role},
            )
    connection.execute(text("UPDATE person SET active = true WHERE id = :id"), {"id": person_id})


def _desktop_defaults(connection: Connection) -> list[str]:
    """Limits for every session on this database, also those a connection pooler hands
    from one desktop to another: a row being saved is waited for 5 seconds, a statement
    30, and a transaction left open by a desktop that vanished is ended after a minute."""
    database = _ident(str(connection.execute(text("SELECT current_database()")).scalar_one()))
    statements = [
        f"ALTER DATABASE {database} SET {setting} = {int(value)}"
        for setting, value in (
            ("lock_timeout", SERVER_LOCK_TIMEOUT_MS),
            ("statement_timeout", SERVER_STATEMENT_TIMEOUT_MS),
            ("idle_in_transaction_session_timeout", IDLE_IN_TRANSACTION_MS),
        )
    ]
    may = connection.execute(
        text(
            "SELECT pg_has_role(current_user, d.datdba, 'MEMBER') OR r.rolsuper "
            "FROM pg_database d, pg_roles r WHERE d.datname = current_database() "
            "AND r.rolname = current_user"
        )
    ).scalar_one()
    if not may:
        return statements  # for the database's owner to run
    for statement in statements:
        connection.execute(text(statement))
    return []


def _protect(connection: Connection, schema: str) -> None:
    """Grants, the functions the policies read, and row-level security on every table."""
    quoted = _ident(schema)
    tables = [
        str(name)
        for name in connection.execute(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = :schema AND c.relkind = 'r' ORDER BY c.relname"
            ),
            {"schema": schema},
        ).scalars()
    ]
    connection.execute(text(f"SET LOCAL ROLE {OWNER}"))
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {quoted} FROM PUBLIC"))
    connection.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA {quoted} FROM {MEMBERS}"))
    for table in tables:
        target = f"{quoted}.{_ident(table)}"
        if table in READ_ONLY_TABLES:
            connection.execute(text(f"GRANT SELECT ON {target} TO {MEMBERS}"))
        elif table == HISTORY:
            connection.execute(text(f"GRANT SELECT, INSERT ON {target} TO {MEMBERS}"))
        else:
            connection.execute(
                text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {target} TO {MEMBERS}")
            )
    connection.execute(
        text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {quoted} TO {MEMBERS}")
    )
    for statement in function_sql(quoted):
        connection.execute(text(statement))
    connection.execute(text(f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {quoted} FROM PUBLIC"))
    connection.execute(text(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {quoted} TO {MEMBERS}"))
    for table in tables:
        if table in READ_ONLY_TABLES:
            continue
        target = f"{quoted}.{_ident(table)}"
        existing = connection.execute(
            text(
                "SELECT policyname FROM pg_policies WHERE schemaname = :schema "
                "AND tablename = :table"
            ),
            {"schema": schema, "table": table},
        ).scalars()
        for policy in list(existing):
            connection.execute(text(f"DROP POLICY {_ident(policy)} ON {target}"))
        connection.execute(text(f"ALTER TABLE {target} ENABLE ROW LEVEL SECURITY"))
        for statement in policy_sql(quoted, table):
            connection.execute(text(statement))
    connection.execute(text("RESET ROLE"))
