"""``/login`` and ``/logout``: an e-mail + password form, a signed session cookie, failed logins rate-limited.

Plain HTML (no Panel session) so the form works before any websocket exists and answers with real status
codes: 401 for a wrong password, 429 with Retry-After when an address or an account failed too often.
"""

from __future__ import annotations

import math
from html import escape
from urllib.parse import urlsplit

from tornado.ioloop import IOLoop
from tornado.web import RequestHandler

from dashboards.auth import COOKIE_NAME, SESSION_LIFETIME_S, Identity, sign_session
from dashboards.web import WebContext
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


class LoginHandler(RequestHandler):
    def initialize(self, ctx: WebContext) -> None:
        self.ctx = ctx

    def get(self) -> None:
        self._page("", safe_next(self.get_argument("next", None)), "")

    async def post(self) -> None:
        email = self.get_argument("email", "").strip()
        password = self.get_argument("password", "")
        target = safe_next(self.get_argument("next", None))
        address = self.request.remote_ip or "unknown"
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
        cookie = sign_session(self.ctx.secret, Identity(user.partner_id, user.user_id, user.email))
        self.set_cookie(COOKIE_NAME, cookie, httponly=True, samesite="Lax", max_age=SESSION_LIFETIME_S,
                        secure=self.request.protocol == "https", path="/")
        self.redirect(target)

    def _authenticate(self, email: str, password: str) -> tenancy.User | None:
        with connect(self.ctx.owner_url) as conn:
            return tenancy.authenticate(conn, email, password)

    def _page(self, message: str, target: str, email: str, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Cache-Control", "no-store")
        note = f'<p class="error" role="alert">{escape(message)}</p>' if message else ""
        self.finish(_PAGE.format(message=note, next=escape(target), email=escape(email)))


class LogoutHandler(RequestHandler):
    def get(self) -> None:
        self.clear_cookie(COOKIE_NAME, path="/")
        self.redirect("/login")

    post = get
