"""The collector's HTTP status API (default port 61612): ``GET /status`` and ``GET /health``.

``/status`` names live events, timing points and read counts, which is enough to aim a forged controller at
a company's race, so it answers in full only on this machine (loopback); from elsewhere it needs a
company's API token (``Authorization: Bearer p88_…``) and then shows that company's sessions only.
``/health`` (spool writable, database connected, spool backlog) stays open for monitoring.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json

import psycopg
import tornado.web

from collector.server import Collector
from dashboards.auth import bearer_token
from warehouse import tenancy
from warehouse.database import DatabaseUnavailable, connect


class _JsonHandler(tornado.web.RequestHandler):
    def initialize(self, collector: Collector) -> None:
        self.collector = collector

    def answer(self, body: dict, status: int = 200) -> None:
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(body))


class _StatusHandler(_JsonHandler):
    async def get(self) -> None:
        if ipaddress.ip_address(self.request.remote_ip).is_loopback:
            self.answer(self.collector.status())
            return
        token = bearer_token(self.request.headers.get("Authorization"))
        if token is None:
            self.answer({"error": "the status API answers other machines only with a company's API token "
                                  "(Authorization: Bearer …)"}, 401)
            return
        try:  # off the collector's event loop: controllers must not wait for a status request
            partner_id = await asyncio.to_thread(_partner_for_token, self.collector.config.database_url, token)
        except (psycopg.OperationalError, DatabaseUnavailable):
            self.answer({"error": "the database is unavailable, so the token cannot be checked"}, 503)
            return
        if partner_id is None:
            self.answer({"error": "unknown, expired or revoked API token"}, 401)
            return
        self.answer(self.collector.status(partner_id))


def _partner_for_token(database_url: str, token: str) -> int | None:
    with connect(database_url) as conn:
        return tenancy.partner_for_token(conn, token)


class _HealthHandler(_JsonHandler):
    """200 while reads are being received (the body says whether PostgreSQL is keeping up); 503 while the
    spool cannot be written, with the reason."""

    def get(self) -> None:
        body = self.collector.health()
        self.answer(body, 503 if body["status"] == "failing" else 200)


def status_app(collector: Collector) -> tornado.web.Application:
    return tornado.web.Application([
        (r"/status", _StatusHandler, {"collector": collector}),
        (r"/api/timing/status", _StatusHandler, {"collector": collector}),
        (r"/health", _HealthHandler, {"collector": collector}),
    ])
