"""``p88 serve``: one Panel server with the login form, the builder, display URLs and the JSON APIs.

Panel apps are guarded by a Bokeh auth provider: ``/display/<id>`` needs no login but answers 404/410 for an
unknown, expired or revoked id before any session is made; every other page needs a current session cookie
and redirects to ``/login`` without one. With PostgreSQL away, pages answer a plain 503 page (a display's
reloads itself, so a kiosk comes back with the database). Request bodies are capped per route
(``dashboards.bodies``); everything that does not stream gets ``SERVER_MAX_BODY``.
"""

from __future__ import annotations

import errno
import logging
import math
from collections.abc import Callable

import panel as pn
from bokeh.server.auth_provider import AuthProvider
from tornado.ioloop import IOLoop
from tornado.web import RedirectHandler, RequestHandler

from dashboards.api import api_routes
from dashboards.ask_page import ask_app
from dashboards.questions_api import question_routes
from dashboards.auth import COOKIE_NAME, load_secret
from dashboards.bodies import SERVER_MAX_BODY
from dashboards.builder import builder_app
from dashboards.display_page import display_app, gone_page, lookup
from dashboards.live import LiveHub
from dashboards.login import LoginHandler, LogoutHandler
from dashboards.offline import serve_locally
from dashboards.results_page import results_routes
from dashboards.throttle import AddressBuckets
from dashboards.web import WebContext, answer_database_down, database_down, database_down_page, plain_page
from project88.ports import PortInUse, claim_port
from project88.settings import Settings, get_settings
from project88.welcome import addresses
from warehouse.database import owner_url

log = logging.getLogger("dashboards")

DISPLAY_PREFIX = "/display/"


class SessionAuth(AuthProvider):
    """Who may open a Panel page: anyone for a live display id, a logged-in user for everything else."""

    def __init__(self, ctx: WebContext) -> None:
        self.ctx = ctx
        super().__init__()

    @property
    def get_user_async(self) -> Callable:
        return self._user

    @property
    def login_url(self) -> str:
        return "/login"

    async def _user(self, handler: RequestHandler) -> str | None:
        try:
            return await self._check(handler)
        except Exception as error:
            if not database_down(error):
                raise
            answer_database_down(handler, error)
            handler.finish(database_down_page(refresh=handler.request.path.startswith(DISPLAY_PREFIX)))
            return None

    async def _check(self, handler: RequestHandler) -> str | None:
        path = handler.request.path
        run = IOLoop.current().run_in_executor
        if path.startswith(DISPLAY_PREFIX):
            display_id = path[len(DISPLAY_PREFIX):].split("/", 1)[0]
            page_load = handler.request.method == "GET" and path.rstrip("/") == DISPLAY_PREFIX + display_id
            if page_load and self.ctx.display_loads is not None:
                wait = self.ctx.display_loads.take(handler.request.remote_ip or "")
                if wait:  # answered before any database work or Panel session: a flood costs nothing
                    too_many(handler, wait)
                    return None
            found = await run(None, lookup, self.ctx, display_id)
            if found is not None and found.status == "live":
                return f"display:{display_id}"
            if page_load:
                status, page = gone_page(found.status if found else None)
                handler.set_status(status)
                handler.set_header("Cache-Control", "no-store")
                handler.finish(page)
            return None
        identity = await run(None, self.ctx.identity_from_cookie, handler.get_cookie(COOKIE_NAME))
        return f"user:{identity.user_id}" if identity else None


def too_many(handler: RequestHandler, wait_s: float) -> None:
    """429 for an address loading display pages faster than screens do; the page reloads itself when it may."""
    retry = max(1, math.ceil(wait_s))
    handler.set_status(429)
    handler.set_header("Retry-After", str(retry))
    handler.set_header("Cache-Control", "no-store")
    handler.finish(plain_page("Too many requests", "This address is loading display pages too often; "
                              "it reloads on its own in a moment.", retry))


def build_server(settings: Settings, port: int, *, address: str = "127.0.0.1", unused_session_ms: int = 15_000):
    """A started live hub and an unstarted Panel server bound to ``port``."""
    owner = owner_url(settings)
    ctx = WebContext(owner_url=owner, secret=load_secret(settings.home), hub=LiveHub(owner), settings=settings,
                     screen_origin=screen_origin(settings, address, port),
                     display_loads=AddressBuckets.per_minute(settings.display_loads_per_minute))
    routes = [(r"/", RedirectHandler, {"url": "/builder"}), (r"/login", LoginHandler, {"ctx": ctx}),
              (r"/logout", LogoutHandler, {"ctx": ctx})] + api_routes(ctx) + question_routes(ctx) + serve_locally()
    routes += results_routes(ctx)      # public live results, no login (like /display/<id>)
    apps = {  # plain functions: Panel calls them once per page session
        "/builder": lambda: builder_app(ctx),
        "/display/{display_id}": lambda: display_app(ctx),
        "/ask": lambda: ask_app(ctx),
    }
    try:
        server = pn.serve(
            apps, port=port, address=address, show=False, start=False, title="Project88",
            websocket_origin=_origins(address, port),
            extra_patterns=routes, auth_provider=SessionAuth(ctx),
            check_unused_sessions_milliseconds=min(unused_session_ms, 17_000),
            unused_session_lifetime_milliseconds=unused_session_ms,
            http_server_kwargs={"max_body_size": SERVER_MAX_BODY},
        )
    except OSError as error:
        if error.errno == errno.EADDRINUSE:
            raise PortInUse(f"the web server cannot listen on {address}:{port}: the port is already in use; "
                            "stop the other program or set P88_WEB_PORT") from None
        raise
    ctx.hub.start()
    return server, ctx


def screen_origin(settings: Settings, address: str, port: int) -> str:
    """Where a TV on the finish-line network opens this server (the origin of the builder's display links):
    this machine's LAN address when listening on every interface, the listening address when it is a LAN
    one, 127.0.0.1 only when listening on loopback."""
    where = addresses(settings.model_copy(update={"web_host": address, "web_port": port}))
    return where.lan_web or where.web


def _origins(address: str, port: int) -> list[str]:
    """Pages may open their websocket from the server's own address; on a LAN address, from any host name
    the screens use (kiosks reach the server by IP or by name)."""
    if address in ("127.0.0.1", "localhost", "::1"):
        return [f"127.0.0.1:{port}", f"localhost:{port}"]
    return ["*"]


def serve(port: int | None = None, address: str | None = None, unused_session_ms: int = 15_000) -> None:
    """Run the web server until Ctrl-C."""
    settings = get_settings()
    address = address or settings.web_host
    port = settings.web_port if port is None else port
    # the one clear "port in use" message, before Panel binds the same address itself
    claim_port(address, port, "the web server", "P88_WEB_PORT").close()
    server, ctx = build_server(settings, port, address=address, unused_session_ms=unused_session_ms)
    log.info("web server on http://%s:%d (builder /builder, displays /display/<id>)", address, port)
    server.start()
    try:
        server.io_loop.start()
    finally:
        ctx.hub.stop()
