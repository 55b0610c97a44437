"""The HTTP every adapter shares: timeouts, retries with backoff on 429 and 5xx honouring Retry-After, clear
errors for bad credentials and malformed JSON, and URLs with their secrets masked in every message."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import httpx

from project88.errors import P88Error

log = logging.getLogger("providers")
SECRET_PARAMS = ("api_key", "api_secret", "user_pass", "client_secret", "client_id", "password", "access_token",
                 "token")
MAX_WAIT_S = 60.0


class ProviderError(P88Error):
    """The provider did not give a usable answer (down, malformed, refused)."""


class ProviderAuthError(ProviderError):
    """The provider refused the credentials: wrong, expired or revoked."""


def masked(url: httpx.URL) -> str:
    """The URL with secret query parameters replaced by ***, for messages and logs."""
    params = [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=params))


def retry_after_s(value: str | None, now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - now()).total_seconds())


class Http:
    """GETs and POSTs to one provider with retries; ``sleep`` is injectable so tests do not wait."""

    def __init__(self, provider: str, base_url: str, *, timeout_s: float = 20.0, attempts: int = 5,
                 backoff_s: float = 1.0, sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.provider, self.attempts, self.backoff_s, self.sleep = provider, attempts, backoff_s, sleep
        self.client = httpx.Client(base_url=base_url, timeout=timeout_s, transport=transport,
                                   headers={"Accept": "application/json", "User-Agent": "Project88"})

    def request(self, method: str, path: str, *, params: Mapping[str, Any] | None = None,
                headers: Mapping[str, str] | None = None, data: Mapping[str, Any] | None = None) -> httpx.Response:
        """The response once it is 2xx; ProviderAuthError on 401/403; ProviderError after the last retry."""
        for attempt in range(1, self.attempts + 1):
            try:
                response = self.client.request(method, path, params=params, headers=headers, data=data)
            except httpx.TransportError as error:
                if attempt == self.attempts:
                    raise ProviderError(f"{self.provider} did not answer ({type(error).__name__}) "
                                        f"after {attempt} attempts") from None
                self._wait(attempt, None)
                continue
            if response.status_code in (401, 403):
                raise ProviderAuthError(f"{self.provider} refused the credentials ({response.status_code}) at "
                                        f"{masked(response.url)}: they are wrong, expired or revoked")
            if response.status_code == 429 or response.status_code >= 500:
                if attempt == self.attempts:
                    raise ProviderError(f"{self.provider} answered {response.status_code} {attempt} times at "
                                        f"{masked(response.url)}")
                self._wait(attempt, retry_after_s(response.headers.get("Retry-After")))
                continue
            if response.status_code >= 400:
                raise ProviderError(f"{self.provider} answered {response.status_code} at {masked(response.url)}: "
                                    f"{response.text[:200]}")
            return response
        raise AssertionError("unreachable")

    def get_json(self, path: str, **kwargs: Any) -> tuple[Any, httpx.Response]:
        response = self.request("GET", path, **kwargs)
        return self.json(response), response

    def json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise ProviderError(f"{self.provider} sent something that is not JSON from {masked(response.url)}: "
                                f"{response.text[:80]!r}") from None

    def _wait(self, attempt: int, asked: float | None) -> None:
        wait = min(MAX_WAIT_S, asked if asked is not None else self.backoff_s * 2 ** (attempt - 1))
        log.info("%s busy or failing; retrying in %.1f s (attempt %d of %d)", self.provider, wait, attempt + 1,
                 self.attempts)
        self.sleep(wait)

    def close(self) -> None:
        self.client.close()
