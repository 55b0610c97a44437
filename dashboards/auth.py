"""Who is asking: signed session cookies for people, Bearer tokens for scripts, and a login rate limit.

The cookie carries (user, company, expiry) signed with HMAC-SHA256 under a secret kept in
``$P88_HOME/web-secret`` (made once, mode 0600), so sessions survive a server restart and cannot be forged
or moved to another company. Every request re-checks the signature; nothing is trusted from the body.
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
from collections import defaultdict, deque
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
    payload = {"p": identity.partner_id, "u": identity.user_id, "e": identity.email,
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
    return Identity(partner_id=int(payload["p"]), user_id=payload.get("u"), email=payload.get("e"))


def bearer_token(authorization: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip() or None
    return None


def _mac(secret: bytes, body: str) -> str:
    return hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()


class LoginRateLimiter:
    """At most ``limit`` failed logins per ``window_s`` for one e-mail, ``address_limit`` for one client address.

    Counting both stops many addresses guessing one account and one address guessing many accounts; the
    address allows more because a whole finish-line crew may share one venue Wi-Fi address.
    """

    def __init__(self, limit: int = 5, window_s: float = 300.0, address_limit: int = 25,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.address_limit, self.window_s, self._clock = limit, address_limit, window_s, clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def retry_after(self, address: str, email: str) -> float:
        """Seconds until another attempt is allowed (0: allowed now)."""
        now = self._clock()
        with self._lock:
            waits = [self._wait(key, now) for key in self._keys(address, email)]
        return max(waits)

    def failed(self, address: str, email: str) -> None:
        now = self._clock()
        with self._lock:
            for key in self._keys(address, email):
                self._failures[key].append(now)

    def succeeded(self, address: str, email: str) -> None:
        with self._lock:
            self._failures.pop(f"email:{email.strip().lower()}", None)

    def _wait(self, key: str, now: float) -> float:
        failures = self._failures.get(key)
        if not failures:
            return 0.0
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        if not failures:
            del self._failures[key]
            return 0.0
        limit = self.address_limit if key.startswith("addr:") else self.limit
        return failures[-limit] + self.window_s - now if len(failures) >= limit else 0.0

    @staticmethod
    def _keys(address: str, email: str) -> tuple[str, str]:
        return f"addr:{address}", f"email:{email.strip().lower()}"
