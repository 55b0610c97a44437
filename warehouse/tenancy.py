"""Timing companies (tenants), their users, sessions and API tokens: the system-level records behind every login.

These functions run on the owner connection because they act before a tenant is known (a login looks a
user up by e-mail across companies). Everything after login runs on a tenant connection.
"""

from __future__ import annotations

import functools

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from psycopg.rows import class_row

from project88.errors import P88Error

ROLES = ("admin", "director", "viewer")
# What each role may do inside its own company (README, "Tenants, roles and the wall"): a viewer only looks;
# a director also changes what the company shows (templates, images, displays, rosters); an admin also binds
# controller events to the company. The words finish "your role may not ...".
PERMISSIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "read": (ROLES, "read"),
    "change": (("admin", "director"), "change templates, images, displays, rosters or race setups"),
    "bind": (("admin",), "bind controller events to the company"),
}
TOKEN_ROLE = "director"   # API tokens are made by the machine's owner for scripts (p88 tokens create)
MIN_PASSWORD_LENGTH = 8
TOKEN_DAYS = (0.01, 3650.0)    # an API token's lifetime: a quarter of an hour to ten years
TOKEN_PREFIX = "p88_"
_hasher = PasswordHasher()
# Verified against when an e-mail is unknown, so a failed login takes as long whether or not the user exists.
@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the e-mail is unknown (same cost, same answer); made on first use, not
    at import, so commands that never log anyone in do not pay argon2's 0.15 s."""
    return _hasher.hash(secrets.token_hex(16))


class TenancyError(P88Error):
    """A request about partners, users or tokens that cannot be honoured; the message says why."""


class RoleError(TenancyError):
    """The user's role does not allow the action (HTTP 403); the message names the roles that may."""


def require_role(role: str, action: str) -> None:
    """Raise RoleError unless ``role`` may do ``action`` (a key of PERMISSIONS)."""
    allowed, what = PERMISSIONS[action]
    if role not in allowed:
        raise RoleError(f"your role ({role}) may not {what}: only {' and '.join(f'{r}s' for r in allowed)} may")


@dataclass(frozen=True)
class Partner:
    partner_id: int
    name: str
    slug: str
    city: str | None
    state: str | None


@dataclass(frozen=True)
class User:
    user_id: int
    partner_id: int
    email: str
    role: str
    display_name: str | None
    last_login_at: datetime | None
    session_generation: int
    disabled_at: datetime | None


@dataclass(frozen=True)
class ApiToken:
    """A token as listed: never the token itself, which is shown once when it is made."""

    token_id: int
    partner_id: int
    name: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


def hash_password(password: str) -> str:
    """An argon2id hash; refuses passwords too short to be worth hashing."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise TenancyError(f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if not slug:
        raise TenancyError(f"cannot make a slug from {name!r}; pass --slug")
    return slug[:63]


def add_partner(
    conn: psycopg.Connection, name: str, slug: str | None = None, city: str | None = None, state: str | None = None
) -> Partner:
    slug = slug or slugify(name)
    try:
        with conn.transaction(), conn.cursor(row_factory=class_row(Partner)) as cur:
            cur.execute(
                """INSERT INTO timing_partners (name, slug, city, state) VALUES (%s, %s, %s, %s)
                   RETURNING partner_id, name, slug, city, state""",
                (name, slug, city, state),
            )
            return cur.fetchone()
    except psycopg.errors.UniqueViolation as error:
        raise TenancyError(f"a timing partner with slug {slug!r} already exists") from error
    except psycopg.errors.CheckViolation as error:
        raise TenancyError(f"invalid slug {slug!r}: lowercase letters, digits and dashes only") from error


def list_partners(conn: psycopg.Connection) -> list[Partner]:
    with conn.cursor(row_factory=class_row(Partner)) as cur:
        return cur.execute("SELECT partner_id, name, slug, city, state FROM timing_partners ORDER BY partner_id").fetchall()


def get_partner(conn: psycopg.Connection, slug: str) -> Partner:
    """The partner with this slug, or a TenancyError listing the known ones."""
    with conn.cursor(row_factory=class_row(Partner)) as cur:
        found = cur.execute(
            "SELECT partner_id, name, slug, city, state FROM timing_partners WHERE slug = %s", (slug,)
        ).fetchone()
    if found is None:
        known = ", ".join(p.slug for p in list_partners(conn)) or "none yet (p88 partners add)"
        raise TenancyError(f"unknown timing partner {slug!r}; known: {known}")
    return found


_USER_COLUMNS = "user_id, partner_id, email, role, display_name, last_login_at, session_generation, disabled_at"


def add_user(
    conn: psycopg.Connection, email: str, password: str, partner_slug: str, role: str = "director",
    display_name: str | None = None,
) -> User:
    if role not in ROLES:
        raise TenancyError(f"role must be one of {', '.join(ROLES)}")
    partner = get_partner(conn, partner_slug)
    try:
        with conn.transaction(), conn.cursor(row_factory=class_row(User)) as cur:
            cur.execute(
                f"""INSERT INTO users (partner_id, email, password_hash, role, display_name)
                    VALUES (%s, %s, %s, %s, %s) RETURNING {_USER_COLUMNS}""",
                (partner.partner_id, email.strip(), hash_password(password), role, display_name),
            )
            return cur.fetchone()
    except psycopg.errors.UniqueViolation as error:
        raise TenancyError(f"a user with e-mail {email!r} already exists") from error
    except psycopg.errors.CheckViolation as error:
        raise TenancyError(f"invalid e-mail address {email!r}") from error


def list_users(conn: psycopg.Connection, partner_slug: str | None = None) -> list[User]:
    partner_id = get_partner(conn, partner_slug).partner_id if partner_slug else None
    with conn.cursor(row_factory=class_row(User)) as cur:
        return cur.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE %(p)s::int IS NULL OR partner_id = %(p)s ORDER BY user_id",
            {"p": partner_id},
        ).fetchall()


def set_password(conn: psycopg.Connection, email: str, password: str) -> None:
    """Set a user's password and end every session they have (a changed password is often a stolen one)."""
    _update_user(conn, email, "password_hash = %s, session_generation = session_generation + 1",
                 (hash_password(password),))


def set_disabled(conn: psycopg.Connection, email: str, disabled: bool) -> None:
    """Disable a user (no login, every session ended at once) or enable them again."""
    change = "disabled_at = now(), session_generation = session_generation + 1" if disabled else "disabled_at = NULL"
    _update_user(conn, email, change)


def _update_user(conn: psycopg.Connection, email: str, assignments: str, params: tuple = ()) -> None:
    with conn.transaction():
        updated = conn.execute(f"UPDATE users SET {assignments} WHERE lower(email) = lower(%s)",
                               (*params, email.strip())).rowcount
    if updated == 0:
        raise TenancyError(f"no user with e-mail {email!r}")


def authenticate(conn: psycopg.Connection, email: str, password: str) -> User | None:
    """The user when e-mail and password match and the user is enabled, else None (one answer for all three,
    and the password is verified in every case, so neither the answer nor its timing tells them apart)."""
    row = conn.execute(
        f"SELECT password_hash, {_USER_COLUMNS} FROM users WHERE lower(email) = lower(%s)", (email.strip(),)
    ).fetchone()
    if row is None:
        verify_password(_dummy_hash(), password)
        return None
    user = User(*row[1:])
    if not verify_password(row[0], password) or user.disabled_at is not None:
        return None
    with conn.transaction():
        conn.execute("UPDATE users SET last_login_at = now() WHERE user_id = %s", (user.user_id,))
    return user


def current_role(conn: psycopg.Connection, user_id: int, generation: int) -> str | None:
    """The user's role now while a session issued at ``generation`` still counts — the user is enabled and
    has not logged out, changed password or been disabled since — else None (read on every request, so a
    changed role applies at once)."""
    row = conn.execute(
        "SELECT role FROM users WHERE user_id = %s AND session_generation = %s AND disabled_at IS NULL",
        (user_id, generation),
    ).fetchone()
    return row[0] if row else None


def end_sessions(conn: psycopg.Connection, user_id: int) -> None:
    """End every session of the user (logout): cookies issued before now stop counting."""
    with conn.transaction():
        conn.execute("UPDATE users SET session_generation = session_generation + 1 WHERE user_id = %s", (user_id,))


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def token_lifetime(days: float) -> timedelta:
    """A token lifetime of ``days``, refused outside TOKEN_DAYS (a far date would not even load back)."""
    low, high = TOKEN_DAYS
    if not low <= days <= high:     # also refuses NaN
        raise TenancyError(f"a token lifetime must be from {low:g} to {high:g} days, not {days:g}")
    return timedelta(days=days)


def create_api_token(conn: psycopg.Connection, partner_id: int, name: str, user_id: int | None = None,
                     expires_in: timedelta | None = None) -> str:
    """A new token for scripts; only its hash is stored, so this is the one time it can be seen. Raises
    TenancyError for a blank name (a token list must say what each token is for)."""
    name = name.strip()
    if not name:
        raise TenancyError("give the token a name that says what it is for, e.g. 'results scoreboard'")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with conn.transaction():
        conn.execute(
            """INSERT INTO api_tokens (partner_id, user_id, name, token_hash, expires_at)
               VALUES (%s, %s, %s, %s, now() + %s)""",
            (partner_id, user_id, name, _token_digest(token), expires_in),
        )
    return token


# expires_at capped at the last instant Python can hold: tokens made before lifetimes were bounded can lie
# beyond it (year 275817), and one such row would make every listing fail
_TOKEN_COLUMNS = ("token_id, partner_id, name, created_at, CASE WHEN expires_at > '9999-12-31 00:00+00' "
                  "THEN '9999-12-31 00:00+00' ELSE expires_at END AS expires_at, revoked_at, last_used_at")


def list_api_tokens(conn: psycopg.Connection, partner_slug: str | None = None) -> list[ApiToken]:
    """Every token (of one company when a slug is given), newest first; revoked and expired ones included."""
    partner_id = get_partner(conn, partner_slug).partner_id if partner_slug else None
    with conn.cursor(row_factory=class_row(ApiToken)) as cur:
        return cur.execute(
            f"""SELECT {_TOKEN_COLUMNS} FROM api_tokens WHERE %(p)s::int IS NULL OR partner_id = %(p)s
                ORDER BY token_id DESC""", {"p": partner_id}).fetchall()


def revoke_api_token(conn: psycopg.Connection, token_id: int, partner_slug: str) -> ApiToken:
    """Revoke one of the company's tokens (the company is named so a mistyped id cannot hit another's)."""
    partner = get_partner(conn, partner_slug)
    with conn.transaction(), conn.cursor(row_factory=class_row(ApiToken)) as cur:
        revoked = cur.execute(
            f"""UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE token_id = %s AND partner_id = %s
                RETURNING {_TOKEN_COLUMNS}""", (token_id, partner.partner_id)).fetchone()
    if revoked is None:
        raise TenancyError(f"{partner.slug} has no API token {token_id} (p88 tokens list --partner {partner.slug})")
    return revoked


def partner_for_token(conn: psycopg.Connection, token: str) -> int | None:
    """The company a live (not revoked, not expired) token acts for, or None."""
    with conn.transaction():
        row = conn.execute(
            """UPDATE api_tokens SET last_used_at = now()
               WHERE token_hash = %s AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
               RETURNING partner_id""",
            (_token_digest(token),),
        ).fetchone()
    return row[0] if row else None
