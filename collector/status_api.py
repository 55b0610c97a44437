"""The collector's HTTP status API (default port 61612): ``GET /status`` and ``GET /health``."""

from __future__ import annotations

import json

import tornado.web

from collector.server import Collector


class _StatusHandler(tornado.web.RequestHandler):
    def initialize(self, collector: Collector) -> None:
        self.collector = collector

    def get(self) -> None:
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(self.collector.status()))


class _HealthHandler(_StatusHandler):
    """200 while reads are being accepted; the body says whether PostgreSQL is keeping up."""

    def get(self) -> None:
        self.set_header("Content-Type", "application/json")
        ok = self.collector.database_connected
        self.finish(json.dumps({"status": "ok" if ok else "degraded", "database_connected": ok,
                                "spool_backlog": self.collector.spool.backlog()}))


def status_app(collector: Collector) -> tornado.web.Application:
    return tornado.web.Application([
        (r"/status", _StatusHandler, {"collector": collector}),
        (r"/api/timing/status", _StatusHandler, {"collector": collector}),
        (r"/health", _HealthHandler, {"collector": collector}),
    ])
