"""The nightly export inside ``p88 up``: sleep until P88_EXPORT_TIME (local time), export, repeat."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from project88.errors import P88Error
from project88.settings import Settings

log = logging.getLogger("exporter")


def next_run(now: datetime, at: str) -> datetime:
    """The next moment the clock shows ``at`` (HH:MM) after ``now``."""
    hour, minute = (int(part) for part in at.split(":"))
    candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return candidate if candidate > now else candidate + timedelta(days=1)


def run_nightly(settings: Settings, job: Callable[[], None]) -> None:
    """Run ``job`` every day at settings.export_time until SIGINT/SIGTERM; a failed night is logged, not fatal."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.is_set():
        due = next_run(datetime.now(), settings.export_time)
        log.info("next export at %s", due.isoformat(timespec="minutes"))
        if stop.wait((due - datetime.now()).total_seconds()):
            break
        try:
            job()
        except P88Error as error:
            log.error("%s", error)
