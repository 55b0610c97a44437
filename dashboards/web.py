"""What every web request shares: the server's context, who is asking, JSON in and out, and database outages.

``WebContext`` is built once per server process (database URL, signing secret, the live hub, the login
throttle). ``JsonHandler`` is the base of every JSON endpoint: it refuses an over-size body before reading it,
finds the company from the session cookie (checked against PostgreSQL, so ended sessions stay ended) or a
Bearer token, runs database work off the event loop on a tenant connection, and turns known errors into
JSON with the right status code — 503 naming the database when PostgreSQL cannot be reached.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from html import escape
from typing import Any, TypeVar
from urllib.parse import urlsplit

import psycopg
from tornado.httputil import HTTPServerRequest
from tornado.ioloop import IOLoop
from tornado.web import HTTPError, RequestHandler

from dashboards.auth import COOKIE_NAME, Identity, LoginRateLimiter, bearer_token, read_session
from dashboards.bodies import LimitedBody
from dashboards.displays import DisplayNotFound
from dashboards.live import LiveHub
from dashboards.throttle import AddressBuckets
from dashboards.templates import TemplateNotFound
from project88.errors import P88Error
from project88.settings import Settings
from warehouse import tenancy
from warehouse.database import DatabaseUnavailable, connect, tenant_connection

T = TypeVar("T")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Said to anyone, logged in or not, so it names the database but not where it runs (the log has that).
DATABASE_DOWN = "the database (PostgreSQL) is unavailable; try again in a moment"
RETRY_AFTER_S = 10
MAX_JSON_DEPTH = 64              # no body of ours nests deeper than a handful of levels
BIGINT = (-2**63, 2**63 - 1)     # every id column is a PostgreSQL bigint (or narrower)

log = logging.getLogger("dashboards.web")


class ApiError(HTTPError):
    """An error answered as ``{"success": false, "error": message}`` with its status code."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(status_code)
        self.message = message


def database_down(error: BaseException | None) -> bool:
    """Whether an error means PostgreSQL cannot be reached (not a bad query): such requests answer 503."""
    if isinstance(error, psycopg.errors.QueryCanceled):
        return False
    return isinstance(error, (DatabaseUnavailable, psycopg.OperationalError, psycopg.InterfaceError))


def answer_database_down(handler: RequestHandler, error: BaseException) -> None:
    """Log the outage once per request, with where the database is; the client gets 503 and Retry-After."""
    log.warning("%s %s: %s", handler.request.method, handler.request.path, error)
    handler.set_status(503)
    handler.set_header("Retry-After", str(RETRY_AFTER_S))
    handler.set_header("Cache-Control", "no-store")


def plain_page(title: str, detail: str, refresh_s: int | None = None) -> str:
    """A short standalone page (no data, no script): gone displays, database outages."""
    refresh = f'<meta http-equiv="refresh" content="{refresh_s}">' if refresh_s else ""
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title>{refresh}<style>body{{font-family:system-ui,sans-serif;background:#111;"
            "color:#eee;display:grid;place-items:center;min-height:100vh;margin:0;text-align:center}</style></head>"
            f"<body><main><h1>{escape(title)}</h1><p>{escape(detail)}</p></main></body></html>")


def database_down_page(refresh: bool = False) -> str:
    """The plain 503 page; ``refresh`` makes it reload itself (a kiosk display comes back on its own)."""
    return plain_page("Database unavailable", DATABASE_DOWN[0].upper() + DATABASE_DOWN[1:] + ".",
                      RETRY_AFTER_S if refresh else None)


def same_origin(request: HTTPServerRequest) -> bool:
    """Whether a cookie-carrying change comes from this site: browsers send Origin (or at least Referer)
    with every POST, so a missing or foreign one is a forged request (CSRF), whatever SameSite did."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    return bool(source) and urlsplit(source).netloc == request.host


class OutageAware(RequestHandler):
    """Base of the project's own handlers: a database outage is one log line and a 503 page, never a
    traceback and a bare 500."""

    def log_exception(self, typ: Any, value: BaseException | None, tb: Any) -> None:
        if not database_down(value):
            super().log_exception(typ, value, tb)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        error = kwargs.get("exc_info", (None, None))[1]
        if not database_down(error):
            super().write_error(status_code, **kwargs)
            return
        answer_database_down(self, error)
        self.finish(database_down_page())


@dataclass
class WebContext:
    owner_url: str
    secret: bytes = field(repr=False)
    hub: LiveHub
    limiter: LoginRateLimiter = field(default_factory=LoginRateLimiter)
    display_loads: AddressBuckets | None = None   # public display page loads per address (None: no limit)
    settings: Settings | None = None     # home (the archive) and the language model, for questions
    screen_origin: str = ""              # "http://<LAN address>:<port>": display links a TV can open

    def identity_from_cookie(self, value: str | None) -> Identity | None:
        """The signed identity in a session cookie while its session is current (blocking: asks PostgreSQL)."""
        identity = read_session(self.secret, value)
        return self.current(identity) if identity is not None else None

    def current(self, identity: Identity) -> Identity | None:
        """``identity`` with its user's role now, while its session is current; else None (asks PostgreSQL)."""
        if identity.user_id is None:
            return None
        with connect(self.owner_url) as conn:
            role = tenancy.current_role(conn, identity.user_id, identity.generation)
        return replace(identity, role=role) if role else None

    def end_sessions(self, user_id: int) -> None:
        with connect(self.owner_url) as conn:
            tenancy.end_sessions(conn, user_id)

    def identity_from_token(self, token: str) -> Identity | None:
        with connect(self.owner_url) as conn:
            partner_id = tenancy.partner_for_token(conn, token)
        return Identity(partner_id, None, None, role=tenancy.TOKEN_ROLE) if partner_id is not None else None

    def as_tenant(self, partner_id: int, work: Callable[[psycopg.Connection], T]) -> T:
        with tenant_connection(partner_id, self.owner_url, autocommit=True) as conn:
            return work(conn)


def whole_number(name: str, value: int) -> int:
    """``value`` when PostgreSQL can hold it, else a 400 (a bigint out of range is no server error)."""
    if not BIGINT[0] <= value <= BIGINT[1]:
        raise ApiError(400, f"{name} is out of range")
    return value


def nesting(value: Any) -> int:
    """How deep lists and objects nest in a parsed JSON value (iteratively: no recursion limit to hit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def to_json(value: Any) -> str:
    return json.dumps(value, default=_jsonable, separators=(",", ":"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return value.__dict__
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class JsonHandler(LimitedBody, OutageAware):
    """A JSON endpoint for one company: ``self.identity`` is set before any method runs, or the answer is 401.

    The order matters: the body's declared size (413), then who is asking (401/403), all before the body is
    read, so a client with no login cannot make the server buffer anything.
    """

    public = False
    write_action = "change"     # what a POST/PUT/DELETE here needs of the caller's role (tenancy.PERMISSIONS)

    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx
        self.identity: Identity | None = None

    async def prepare(self) -> None:
        super().prepare()
        if self.public:
            return
        run = IOLoop.current().run_in_executor
        token = bearer_token(self.request.headers.get("Authorization"))
        if token:  # a header another site cannot make a browser send: no cross-site check needed
            self.identity = await run(None, self.ctx.identity_from_token, token)
        else:
            identity = read_session(self.ctx.secret, self.get_cookie(COOKIE_NAME))
            if identity is not None and self.request.method in UNSAFE_METHODS and not same_origin(self.request):
                raise ApiError(403, "a cross-site request was refused: use this site's pages, or an API token "
                                    "(Authorization: Bearer ...) from scripts")
            if identity is not None:
                self.identity = await run(None, self.ctx.current, identity)
        if self.identity is None:
            raise ApiError(401, "log in or send an API token (Authorization: Bearer ...)")
        if self.request.method in UNSAFE_METHODS:
            try:
                tenancy.require_role(self.identity.role, self.write_action)
            except tenancy.RoleError as error:
                raise ApiError(403, str(error)) from None

    async def tenant(self, work: Callable[[psycopg.Connection], T]) -> T:
        """Run ``work(conn)`` on a tenant connection of the caller's company, off the event loop."""
        assert self.identity is not None
        try:
            return await IOLoop.current().run_in_executor(None, self.ctx.as_tenant, self.identity.partner_id, work)
        except (TemplateNotFound, DisplayNotFound) as error:
            raise ApiError(404, str(error)) from None
        except DatabaseUnavailable:
            raise                         # a 503 from write_error, not the 400 of a refused request
        except P88Error as error:
            raise ApiError(400, str(error)) from None

    def body_json(self) -> dict[str, Any]:
        try:
            body = json.loads(self.body() or b"{}")
        except ValueError:
            raise ApiError(400, "the request body is not valid JSON") from None
        except RecursionError:
            body = None                   # nested deeper than the parser goes: refused below as too deep
        if body is None or nesting(body) > MAX_JSON_DEPTH:
            raise ApiError(400, f"the request body is too deeply nested (at most {MAX_JSON_DEPTH} levels)")
        if not isinstance(body, dict):
            raise ApiError(400, "the request body must be a JSON object")
        return body

    def int_argument(self, name: str, default: int | None = None) -> int | None:
        value = self.get_argument(name, None)
        if value is None or value == "":
            return default
        try:
            return whole_number(name, int(value))
        except ValueError:
            raise ApiError(400, f"{name} must be a whole number") from None

    def reply(self, payload: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(to_json(payload))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        error = kwargs.get("exc_info", (None, None))[1]
        message = getattr(error, "message", None) or self._reason     # ApiError and BodyTooLarge carry one
        if database_down(error):
            answer_database_down(self, error)
            status_code, message = 503, DATABASE_DOWN
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(to_json({"success": False, "error": message, "status": status_code}))
