"""A collector on its own event loop in a background thread: for tests, benchmarks and embedding."""

from __future__ import annotations

import asyncio
import threading

from collector.server import Collector, CollectorConfig


class BackgroundCollector:
    """``with BackgroundCollector(config) as c:`` listens on ``c.port`` until the block ends (clean stop)."""

    def __init__(self, config: CollectorConfig) -> None:
        self.config = config
        self.loop = asyncio.new_event_loop()
        self.collector: Collector | None = None
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self.loop.run_forever, name="collector-loop", daemon=True)

    def __enter__(self) -> BackgroundCollector:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self.loop).result(timeout=30)
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    async def _start(self) -> None:
        self.collector = Collector(self.config)
        await self.collector.start()
        self.port = self.collector.port

    def status(self) -> dict:
        return asyncio.run_coroutine_threadsafe(self._status(), self.loop).result(timeout=10)

    async def _status(self) -> dict:
        return self.collector.status()

    def stop(self) -> None:
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self.collector.stop(), self.loop).result(timeout=60)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
