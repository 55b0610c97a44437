"""Who is asking: signed session cookies for people, Bearer tokens for scripts, and a login throttle.

The cookie carries (user, company, session generation, expiry) signed with HMAC-SHA256 under a secret kept in
``$P88_HOME/web-secret`` (made once, mode 0600), so sessions survive a server restart and cannot be forged
or moved to another company. Every request re-checks the signature here, then the generation against the
user's row in PostgreSQL (``warehouse.tenancy.current_role``, which also gives the role), so logout, a
password change and ``p88 users disable`` end every cookie at once; nothing is trusted from the body.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

COOKIE_NAME = "p88_session"
SESSION_LIFETIME_S = 12 * 3600


@dataclass(frozen=True)
class Identity:
    """A logged-in user (or a token, with user_id None) acting for one company."""

    partner_id: int
    user_id: int | None
    email: str | None
    generation: int = 0          # the user's session generation when the cookie was issued
    role: str = "viewer"         # read from PostgreSQL per request (never from the cookie); least by default


def load_secret(home: Path) -> bytes:
    """The server's signing secret, created on first use and kept so restarts do not log everyone out."""
    path = home / "web-secret"
    if not path.exists():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def sign_session(secret: bytes, identity: Identity, now: float | None = None,
                 lifetime_s: int = SESSION_LIFETIME_S) -> str:
    payload = {"p": identity.partner_id, "u": identity.user_id, "e": identity.email, "g": identity.generation,
               "x": int((now or time.time()) + lifetime_s)}
    body = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{body}.{_mac(secret, body)}"


def read_session(secret: bytes, value: str | None, now: float | None = None) -> Identity | None:
    """The identity in a cookie value, or None when it is missing, tampered with or expired."""
    if not value or "." not in value:
        return None
    body, mac = value.rsplit(".", 1)
    if not hmac.compare_digest(mac, _mac(secret, body)):
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return None
    if payload.get("x", 0) < (now or time.time()):
        return None
    return Identity(partner_id=int(payload["p"]), user_id=payload.get("u"), email=payload.get("e"),
                    generation=int(payload.get("g", -1)))


def bearer_token(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return None


def _mac(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()


class LoginRateLimiter:
    """Failed logins slow down the source that fails; they never lock an account for everyone else.

    Failures are counted per (address, account) pair and per address across accounts (a guesser moving from
    account to account). After ``free`` failures of a counter, every further failure doubles the wait before
    the next try from that source (5 s, 10 s, 20 s, ... up to ``max_wait_s``); a success clears the pair.
    There is deliberately no per-account counter: that is what let anyone who knew an e-mail lock its owner
    out. The real user, from an address that has not been failing, always gets in; the address counter
    allows more because a whole finish-line crew may share one venue Wi-Fi address.
    """

    def __init__(self, free: int = 3, address_free: int = 20, base_wait_s: float = 5.0, max_wait_s: float = 900.0,
                 forget_after_s: float = 3600.0, max_sources: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.free, self.address_free = free, address_free
        self.base_wait_s, self.max_wait_s, self.forget_after_s = base_wait_s, max_wait_s, forget_after_s
        self.max_sources, self._clock = max_sources, clock
        self._failures: dict[tuple[str, ...], tuple[int, float]] = {}   # key -> (failures, time of the last)
        self._lock = threading.Lock()

    def retry_after(self, address: str, email: str) -> float:
        """Seconds until this source may try this account again (0: now)."""
        now = self._clock()
        with self._lock:
            return max(self._wait(key, now) for key in self._keys(address, email))

    def failed(self, address: str, email: str) -> None:
        now = self._clock()
        with self._lock:
            if len(self._failures) >= self.max_sources:
                self._forget_idle(now)
            for key in self._keys(address, email):
                self._failures[key] = (self._count(key, now) + 1, now)

    def succeeded(self, address: str, email: str) -> None:
        with self._lock:
            self._failures.pop(self._keys(address, email)[1], None)

    def _count(self, key: tuple[str, ...], now: float) -> int:
        """Failures of a counter, forgetting it once idle for ``forget_after_s``."""
        count, last = self._failures.get(key, (0, now))
        if now - last >= self.forget_after_s:
            del self._failures[key]
            return 0
        return count

    def _wait(self, key: tuple[str, ...], now: float) -> float:
        excess = self._count(key, now) - (self.address_free if len(key) == 1 else self.free)
        if excess < 0:
            return 0.0
        last = self._failures[key][1]
        return max(0.0, last + min(self.max_wait_s, self.base_wait_s * 2 ** min(excess, 32)) - now)

    def _forget_idle(self, now: float) -> None:
        """Bound the memory a guesser inventing addresses or e-mails can take: drop idle counters, then the
        oldest half if that was not enough."""
        self._failures = {k: v for k, v in self._failures.items() if now - v[1] < self.forget_after_s}
        if len(self._failures) >= self.max_sources:
            newest = sorted(self._failures.items(), key=lambda item: item[1][1])[len(self._failures) // 2:]
            self._failures = dict(newest)

    @staticmethod
    def _keys(address: str, email: str) -> tuple[tuple[str], tuple[str, str]]:
        return (address,), (address, email.strip().lower())
