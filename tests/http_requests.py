"""Single HTTP requests made with ``http.client``: from a chosen source address, no redirects followed, no
cookies kept (for tests about headers, source addresses and bodies; ``web_fixtures.Client`` is the browser-like
client)."""

from __future__ import annotations

import http.client
import json
from dataclasses import dataclass


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    text: str

    @property
    def json(self) -> dict:
        return json.loads(self.text)


def request(port: int, method: str, path: str, body: object = None, headers: dict[str, str] | None = None,
            source: str = "127.0.0.1") -> Answer:
    """One HTTP request from ``source`` (any 127.x address reaches the server), no redirects followed."""
    data = body if body is None or isinstance(body, bytes) else json.dumps(body).encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    try:
        conn.request(method, path, body=data, headers=headers or {})
        response = conn.getresponse()
        return Answer(response.status, response.headers, response.read().decode())
    finally:
        conn.close()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}
