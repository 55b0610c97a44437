"""What every web request shares: the server's context, who is asking, and JSON in and out.

``WebContext`` is built once per server process (database URL, signing secret, the live hub, the login
limiter). ``JsonHandler`` is the base of every JSON endpoint: it finds the company from the session cookie or
a Bearer token, runs database work off the event loop on a tenant connection, and turns known errors into
JSON with the right status code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any, TypeVar
from urllib.parse import urlsplit

import psycopg
from tornado.ioloop import IOLoop
from tornado.web import HTTPError, RequestHandler

from dashboards.auth import COOKIE_NAME, Identity, LoginRateLimiter, bearer_token, read_session
from dashboards.displays import DisplayNotFound
from dashboards.live import LiveHub
from dashboards.templates import TemplateNotFound
from project88.errors import P88Error
from project88.settings import Settings
from warehouse import tenancy
from warehouse.database import connect, tenant_connection

T = TypeVar("T")
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class ApiError(HTTPError):
    """An error answered as ``{"success": false, "error": message}`` with its status code."""

    def __init__(self, status_code: int, message: str) -> None:
        super().__init__(status_code)
        self.message = message


@dataclass
class WebContext:
    owner_url: str
    secret: bytes = field(repr=False)
    hub: LiveHub
    limiter: LoginRateLimiter
    settings: Settings | None = None     # home (the archive) and the language model, for questions

    def identity_from_cookie(self, value: str | None) -> Identity | None:
        return read_session(self.secret, value)

    def identity_from_token(self, token: str) -> Identity | None:
        with connect(self.owner_url) as conn:
            partner_id = tenancy.partner_for_token(conn, token)
        return Identity(partner_id, None, None) if partner_id is not None else None

    def as_tenant(self, partner_id: int, work: Callable[[psycopg.Connection], T]) -> T:
        with tenant_connection(partner_id, self.owner_url, autocommit=True) as conn:
            return work(conn)


def to_json(value: Any) -> str:
    return json.dumps(value, default=_jsonable, separators=(",", ":"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        return value.__dict__
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class JsonHandler(RequestHandler):
    """A JSON endpoint for one company: ``self.identity`` is set before any method runs, or the answer is 401."""

    public = False

    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx
        self.identity: Identity | None = None

    async def prepare(self) -> None:
        if self.public:
            return
        token = bearer_token(self.request.headers.get("Authorization"))
        if token:  # a header another site cannot make a browser send: no cross-site check needed
            self.identity = await IOLoop.current().run_in_executor(None, self.ctx.identity_from_token, token)
        else:
            self.identity = self.ctx.identity_from_cookie(self.get_cookie(COOKIE_NAME))
            if self.identity is not None and self.request.method in UNSAFE_METHODS and not self._same_origin():
                raise ApiError(403, "a cross-site request was refused: use this site's pages, or an API token "
                                    "(Authorization: Bearer ...) from scripts")
        if self.identity is None:
            raise ApiError(401, "log in or send an API token (Authorization: Bearer ...)")

    def _same_origin(self) -> bool:
        """Whether a cookie-carrying change comes from this site: browsers send Origin (or at least Referer)
        with every POST, so a missing or foreign one is a forged request (CSRF), whatever SameSite did."""
        source = self.request.headers.get("Origin") or self.request.headers.get("Referer")
        return bool(source) and urlsplit(source).netloc == self.request.host

    async def tenant(self, work: Callable[[psycopg.Connection], T]) -> T:
        """Run ``work(conn)`` on a tenant connection of the caller's company, off the event loop."""
        assert self.identity is not None
        try:
            return await IOLoop.current().run_in_executor(None, self.ctx.as_tenant, self.identity.partner_id, work)
        except (TemplateNotFound, DisplayNotFound) as error:
            raise ApiError(404, str(error)) from None
        except P88Error as error:
            raise ApiError(400, str(error)) from None

    def body_json(self) -> dict[str, Any]:
        try:
            body = json.loads(self.request.body or b"{}")
        except ValueError:
            raise ApiError(400, "the request body is not valid JSON") from None
        if not isinstance(body, dict):
            raise ApiError(400, "the request body must be a JSON object")
        return body

    def int_argument(self, name: str, default: int | None = None) -> int | None:
        value = self.get_argument(name, None)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError:
            raise ApiError(400, f"{name} must be a whole number") from None

    def reply(self, payload: Any, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(to_json(payload))

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        error = kwargs.get("exc_info", (None, None))[1]
        message = error.message if isinstance(error, ApiError) else self._reason
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(to_json({"success": False, "error": message, "status": status_code}))
