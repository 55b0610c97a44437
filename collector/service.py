"""``p88 collector``: the TCP listener, the status API and the hourly 30-day archiving, until Ctrl-C."""

from __future__ import annotations

import asyncio
import logging
import signal

import tornado.httpserver

from collector.retention import archive_old_reads
from collector.server import Collector, CollectorConfig
from collector.status_api import status_app
from project88.ports import claim_port
from warehouse.database import connect

log = logging.getLogger("collector")

ARCHIVE_EVERY_S = 3600


async def serve(config: CollectorConfig, status_port: int) -> None:
    """Run until SIGINT/SIGTERM; on the way out pending reads are made durable and drained if possible."""
    tcp = claim_port(config.host, config.port, "the collector", "P88_COLLECTOR_PORT")
    http = claim_port(config.host, status_port, "the collector status API", "P88_STATUS_PORT")
    collector = Collector(config)
    await collector.start(sock=tcp)
    status_server = tornado.httpserver.HTTPServer(status_app(collector))
    status_server.add_sockets([http])
    log.info("collector listening on %s:%d, status on :%d, spool %s", config.host, config.port, status_port,
             config.spool_dir)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    archiver = asyncio.create_task(_archive_hourly(config.database_url))
    await stopping.wait()
    log.info("collector stopping")
    archiver.cancel()
    status_server.stop()
    await collector.stop()


async def _archive_hourly(database_url: str) -> None:
    while True:
        try:
            moved = await asyncio.to_thread(_archive_once, database_url)
        except Exception as error:  # the database may be away; the next hour tries again
            log.warning("archiving reads older than 30 days failed: %s", error)
        else:
            if moved:
                log.info("moved %d reads older than 30 days to timing_reads_archive", moved)
        await asyncio.sleep(ARCHIVE_EVERY_S)


def _archive_once(database_url: str) -> int:
    with connect(database_url, autocommit=True) as conn:
        return archive_old_reads(conn)
