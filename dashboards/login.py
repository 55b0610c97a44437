"""``/login`` and ``/logout``: an e-mail + password form, a signed session cookie, failed logins throttled.

Plain HTML (no Panel session) so the form works before any websocket exists and answers with real status
codes: 401 for a wrong password, 429 with Retry-After when this source failed too often (by account and
address, never the account alone), 413 for an over-size form, 503 when the database is unavailable.
Logout ends every session of the user, not only this browser's cookie.
"""

from __future__ import annotations

import math
from html import escape
from urllib.parse import urlsplit

from tornado.ioloop import IOLoop

from dashboards.auth import COOKIE_NAME, SESSION_LIFETIME_S, Identity, sign_session
from dashboards.bodies import KB, LimitedBody
from dashboards.web import OutageAware, WebContext, same_origin
from warehouse import tenancy
from warehouse.database import connect

_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Project88 — log in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:system-ui,sans-serif;background:#0b1f3a;color:#fff;display:grid;place-items:center;
min-height:100vh;margin:0}}form{{background:#fff;color:#111;padding:2rem;border-radius:8px;width:20rem}}
label{{display:block;margin:.8rem 0 .2rem}}input{{width:100%;padding:.5rem;box-sizing:border-box}}
button{{margin-top:1.2rem;width:100%;padding:.6rem;background:#0b1f3a;color:#fff;border:0;border-radius:4px}}
.error{{color:#b00020;margin:.5rem 0 0}}</style></head><body>
<form method="post" action="/login"><h1>Project88</h1>{message}
<input type="hidden" name="next" value="{next}">
<label for="email">E-mail</label><input id="email" name="email" type="email" autocomplete="username" required value="{email}">
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit" id="login">Log in</button></form></body></html>"""


def safe_next(value: str | None) -> str:
    """Only a path on this server: an open redirect to another site would help phishing."""
    if not value or not value.startswith("/") or value.startswith("//") or urlsplit(value).netloc:
        return "/builder"
    return value


class LoginHandler(LimitedBody, OutageAware):
    max_body_bytes = 16 * KB          # an e-mail, a password and a path

    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx

    def get(self) -> None:
        self._page("", safe_next(self.get_argument("next", None)), "")

    async def post(self) -> None:
        self.body()
        email = self.get_argument("email", "").strip()
        password = self.get_argument("password", "")
        target = safe_next(self.get_argument("next", None))
        address = self.request.remote_ip or "unknown"
        # checked before the password, and the same for every e-mail typed: says nothing about who exists
        wait = self.ctx.limiter.retry_after(address, email)
        if wait > 0:
            self.set_header("Retry-After", str(math.ceil(wait)))
            self._page(f"Too many failed logins; try again in {math.ceil(wait)} seconds.", target, email, 429)
            return
        user = await IOLoop.current().run_in_executor(None, self._authenticate, email, password)
        if user is None:
            self.ctx.limiter.failed(address, email)
            self._page("Wrong e-mail or password.", target, email, 401)
            return
        self.ctx.limiter.succeeded(address, email)
        identity = Identity(user.partner_id, user.user_id, user.email, user.session_generation)
        self.set_cookie(COOKIE_NAME, sign_session(self.ctx.secret, identity), httponly=True, samesite="Lax",
                        max_age=SESSION_LIFETIME_S, secure=self.request.protocol == "https", path="/")
        self.redirect(target)

    def _authenticate(self, email: str, password: str) -> tenancy.User | None:
        with connect(self.ctx.owner_url) as conn:
            return tenancy.authenticate(conn, email, password)

    def _page(self, message: str, target: str, email: str, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        note = f'<p class="error" role="alert">{escape(message)}</p>' if message else ""
        self.finish(_PAGE.format(message=note, next=escape(target), email=escape(email)))


class LogoutHandler(OutageAware):
    """Ends every session of the user (all browsers), then forgets this browser's cookie.

    Only a logout from this site's own pages ends the other sessions: a link on another site (a GET the
    browser sends with the cookie) must not log a race director out everywhere; it just forgets this cookie.
    """

    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx

    async def get(self) -> None:
        run = IOLoop.current().run_in_executor
        identity = await run(None, self.ctx.identity_from_cookie, self.get_cookie(COOKIE_NAME))
        if identity is not None and same_origin(self.request):
            await run(None, self.ctx.end_sessions, identity.user_id)
        self.clear_cookie(COOKIE_NAME, path="/")
        self.redirect("/login")

    post = get
