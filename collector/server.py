"""The TCP side: speak CTP01 with each timing controller and hand every read to the spool.

One asyncio task per connection. Nothing on this path touches PostgreSQL except the optional lookup of the
last stored sequences when a controller connects (to resume with ``start~<location>~<next>``); reads are
durable once the committer task has fsync'd them to the spool, and the loader thread takes it from there.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import secrets
import time as monotonic_clock
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from collector import protocol
from collector.loader import LoadReport, Loader
from collector.protocol import Greeting, MalformedLine, NewLocation, Ping, Read, Reply
from collector.records import (
    RouteKey, connection_record, json_line, location_record, quarantine_record, read_line, split_segment,
    spooled_read_key,
)
from collector.sessions import last_sequences
from collector.spool import Spool, read_segment
from warehouse.database import connect

log = logging.getLogger("collector")

SERVER_NAME = "Project88"
SERVER_VERSION = "1.0"


@dataclass(frozen=True)
class CollectorConfig:
    """How the collector listens and how patient it is with controllers."""

    spool_dir: Path
    database_url: str
    host: str = "0.0.0.0"
    port: int = 61611
    partner_id: int | None = None      # a listener of one company claims every connection itself
    ping_interval_s: float = 10.0
    greeting_timeout_s: float = 30.0
    handshake_timeout_s: float = 10.0
    max_line_bytes: int = 4096
    max_connections: int = 1000
    max_malformed_in_a_row: int = 100


@dataclass
class Stats:
    connections: int = 0
    total_connections: int = 0
    total_reads: int = 0                # durable in the spool
    stored_reads: int = 0               # committed in PostgreSQL (timing_reads or unassigned_reads)
    duplicates: int = 0
    quarantined: int = 0
    refused_connections: int = 0
    sessions: dict[tuple, dict] = field(default_factory=dict)


class Collector:
    """Listener, committer and loader together; ``serve`` runs until cancelled, then stops cleanly."""

    def __init__(self, config: CollectorConfig) -> None:
        self.config = config
        self.stats = Stats()
        self.spool = Spool(config.spool_dir)
        self.loader = Loader(self.spool, config.database_url, on_commit=self._committed)
        self.sequences: dict[tuple, dict[str, int]] = {}
        self._pending: list[bytes] = []
        self._pending_reads = 0
        self._wake_committer = asyncio.Event()
        self._tasks: set[asyncio.Task] = set()
        self._server: asyncio.Server | None = None
        self.port = config.port
        self._remember_spooled_sequences()

    @property
    def database_connected(self) -> bool:
        return self.loader.database_connected

    async def start(self, sock=None) -> asyncio.Server:
        """Start the loader, the committer and the listener (on ``sock`` if given, else host:port)."""
        self.loader.start()
        self._committer = asyncio.create_task(self._commit_forever(), name="collector-committer")
        kwargs = {"sock": sock} if sock is not None else {"host": self.config.host, "port": self.config.port}
        self._server = await asyncio.start_server(self._accept, limit=self.config.max_line_bytes, **kwargs)
        self.port = self._server.sockets[0].getsockname()[1]
        return self._server

    async def stop(self) -> None:
        """Close connections, make pending reads durable, let the loader drain what it can, stop."""
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._committer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._committer
        await asyncio.to_thread(self._flush_pending)
        self.spool.close()
        await asyncio.to_thread(self.loader.stop)

    def status(self) -> dict:
        """The status API's body (field names from the original platform, plus what the crew needs)."""
        return {
            "service": "timing-collector",
            "status": "running",
            "tcp_port": self.port,
            "connections": self.stats.connections,
            "total_reads": self.stats.total_reads,
            "stored_reads": self.stats.stored_reads,
            "duplicates_ignored": self.stats.duplicates,
            "current_sessions": [
                {"session_id": info.get("session_id"), "partner_id": info.get("partner_id"), "event_id": key[1],
                 "event_name": key[2], "timing_point": key[3], "connections": info["connections"],
                 "reads": info["reads"], "assigned": info.get("session_id") is not None}
                for key, info in self.stats.sessions.items() if info["connections"] > 0
            ],
            "database_connected": self.database_connected,
            "database_error": self.loader.last_error,
            "spool_backlog": self.spool.backlog(),
            "spool_rejected": self.loader.rejected,
            "quarantined": self.stats.quarantined,
            "refused_connections": self.stats.refused_connections,
        }

    # --- the durable path -------------------------------------------------------------------------------

    def submit(self, record: dict) -> None:
        """Spool a record that is not a read (connection, location, quarantined line)."""
        self._pending.append(json_line(record))
        self._wake_committer.set()

    def submit_read(self, line: bytes) -> None:
        self._pending.append(line)
        self._pending_reads += 1
        self._wake_committer.set()

    async def _commit_forever(self) -> None:
        """Group commit: everything that arrived while the last fsync ran goes into the next one."""
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.05):  # not wait_for: on 3.11 it can swallow a cancel
                    await self._wake_committer.wait()
            self._wake_committer.clear()
            if self._pending:
                await asyncio.to_thread(self._flush_pending)
            if not self.spool.sealed() and self.spool.seal() is not None:
                self.loader.wake.set()

    def _flush_pending(self) -> None:
        batch, reads = self._pending, self._pending_reads
        self._pending, self._pending_reads = [], 0
        self.spool.write(batch)
        self.stats.total_reads += reads

    def _committed(self, report: LoadReport) -> None:
        self.stats.stored_reads += report.inserted + report.unassigned
        self.stats.duplicates += report.duplicates
        for key, session in report.sessions.items():
            info = self.stats.sessions.setdefault(key, {"connections": 0, "reads": 0})
            info["session_id"], info["partner_id"] = session if session else (None, None)

    def _remember_spooled_sequences(self) -> None:
        """After a restart, reads still in the spool count as received when a controller asks to resume."""
        for path in self.spool.sealed():
            reads, _ = split_segment(read_segment(path))
            for row in reads.splitlines():
                self.remember(*spooled_read_key(row))

    def remember(self, key: tuple, location: str, sequence: int) -> None:
        """Note the highest sequence received per (route, location), for resuming controllers."""
        book = self.sequences.setdefault(key, {})
        if sequence > book.get(location, -1):
            book[location] = sequence

    async def resume_points(self, key: RouteKey) -> dict[str, int]:
        """Last received sequence per location: what is stored in PostgreSQL merged with what is spooled."""
        stored: dict[str, int] = {}
        with contextlib.suppress(Exception):  # the database may be away: resume from the spool's memory
            async with asyncio.timeout(3):
                stored = await asyncio.to_thread(self._stored_sequences, key)
        merged = dict(stored)
        for location, sequence in self.sequences.get(tuple(key.as_list()), {}).items():
            merged[location] = max(sequence, merged.get(location, -1))
        return merged

    def _stored_sequences(self, key: RouteKey) -> dict[str, int]:
        with connect(self.config.database_url) as conn:
            return last_sequences(conn, key)

    # --- connections ----------------------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.stats.connections >= self.config.max_connections:
            self.stats.refused_connections += 1
            log.warning("refusing a connection: already %d open", self.stats.connections)
            writer.close()
            return
        task = asyncio.current_task()
        self._tasks.add(task)
        self.stats.connections += 1
        self.stats.total_connections += 1
        try:
            await ControllerConnection(self, reader, writer).run()
        finally:
            self.stats.connections -= 1
            self._tasks.discard(task)


class ControllerConnection:
    """One timing controller: greeting, handshake, then reads, pings and replies until it goes away."""

    _ids = itertools.count(1)

    def __init__(self, collector: Collector, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.collector = collector
        self.config = collector.config
        self.reader = reader
        self.writer = writer
        peer = writer.get_extra_info("peername")
        self.client_ip = peer[0] if peer else None
        self.name = f"{os.getpid()}-{secrets.token_hex(3)}-{next(self._ids)}"
        self.connected_at = datetime.now(timezone.utc)
        self.greeting: Greeting | None = None
        self.event: tuple[str, str, str] | None = None   # (event name, event id, description)
        self.locations: list[str] | None = None
        self.key: RouteKey | None = None
        self.started: set[str] = set()
        self.before_start: list[Read] = []
        self.messages = 0
        self.quarantined = 0
        self.malformed_in_a_row = 0
        self.last_heard = monotonic_clock.monotonic()
        self.silent = False

    async def run(self) -> None:
        reason = "peer closed the connection"
        pinger = None
        try:
            async with asyncio.timeout(self.config.greeting_timeout_s):
                first = await self._next_line()
            if first is None:
                return
            try:
                self.greeting = protocol.parse_greeting(first.decode("utf-8"))
            except (MalformedLine, UnicodeDecodeError) as error:
                self._quarantine(first, f"no CTP01 greeting: {error}")
                reason = "no CTP01 greeting"
                return
            self._log_connection()
            await self._send(*protocol.server_greeting(SERVER_NAME, SERVER_VERSION), "geteventinfo", "getlocations")
            pinger = asyncio.create_task(self._keepalive())
            handshake_deadline = monotonic_clock.monotonic() + self.config.handshake_timeout_s
            while True:
                timeout = None if self.key else max(0.0, handshake_deadline - monotonic_clock.monotonic())
                try:
                    async with asyncio.timeout(timeout):
                        line = await self._next_line()
                except TimeoutError:
                    await self._begin()   # the controller never answered the handshake: start anyway
                    continue
                if line is None:
                    break
                await self._handle(line)
                if self.malformed_in_a_row >= self.config.max_malformed_in_a_row:
                    reason = f"{self.malformed_in_a_row} malformed lines in a row"
                    log.warning("closing %s (%s): %s", self.name, self.client_ip, reason)
                    break
        except TimeoutError:
            reason = "no greeting"
            log.info("closing %s (%s): no greeting within %ss", self.name, self.client_ip,
                     self.config.greeting_timeout_s)
        except ConnectionError as error:
            reason = f"connection lost: {error}"
        except asyncio.CancelledError:
            reason = "collector stopping"  # and end quietly: the collector is waiting for this task
        finally:
            if pinger:
                pinger.cancel()
            self._close("no answer to ping" if self.silent else reason)

    async def _handle(self, line: bytes) -> None:
        self.messages += 1
        try:
            message = protocol.parse_message(line.decode("utf-8"))
        except UnicodeDecodeError:
            self._quarantine(line, "not valid UTF-8")
            return
        except MalformedLine as error:
            self._quarantine(line, str(error))
            return
        self.malformed_in_a_row = 0
        if isinstance(message, Read):
            self._accept_read(message)
        elif isinstance(message, Ping):
            await self._send("ack~ping")
        elif isinstance(message, NewLocation):
            log.info("%s announces new location %s", self.name, message.location)
            await self._send("getlocations")
        elif isinstance(message, Reply):
            await self._reply(message)

    async def _reply(self, reply: Reply) -> None:
        if reply.command == "geteventinfo":
            name, event_id, description = (list(reply.fields) + ["", "", ""])[:3] if reply.ok else ("", "", "")
            self.event = (name, event_id, description)
            if not reply.ok:
                log.warning("%s: geteventinfo refused: %s", self.name, "~".join(reply.fields))
        elif reply.command == "getlocations":
            self.locations = [loc for loc in reply.fields if loc] if reply.ok else []
            if self.key is not None:
                await self._start_new_locations()
        elif not reply.ok:
            log.warning("%s: %s refused: %s", self.name, reply.command, "~".join(reply.fields))
        if self.key is None and self.event is not None and self.locations is not None:
            await self._begin()

    async def _begin(self) -> None:
        """Handshake done (or given up): fix the route key, resume each location, release early reads."""
        name, event_id, description = self.event or ("", "", "")
        timing_point = description or (self.greeting.client if self.greeting else "unknown")
        self.key = RouteKey(self.config.partner_id, event_id, name, timing_point)
        self.copy_prefix = self.key.copy_prefix(self.name)
        self._count_session(+1)
        self._log_connection()
        await self._start_new_locations()
        for read in self.before_start:
            self._accept_read(read)
        self.before_start.clear()

    async def _start_new_locations(self) -> None:
        """``start`` when nothing is stored yet, else ``start~<location>~<next>`` for each location to resume."""
        first = not self.started
        locations = [loc for loc in (self.locations or []) if loc not in self.started]
        if not first and not locations:
            return
        resume = await self.collector.resume_points(self.key)
        for location in locations:
            self.collector.submit(location_record(self.key, location))
        if first and not resume:
            await self._send(protocol.start_command())
            self.started.update(locations or ["*"])
            return
        for location in dict.fromkeys(locations + (list(resume) if first else [])):
            await self._send(protocol.start_command(location, resume.get(location, 0) + 1))
            self.started.add(location)

    def _accept_read(self, read: Read) -> None:
        if self.key is None:
            if len(self.before_start) < 100_000:
                self.before_start.append(read)
            return
        key = tuple(self.key.as_list())
        self.collector.remember(key, read.location, read.sequence)
        self.collector.stats.sessions[key]["reads"] += 1
        self.collector.submit_read(read_line(read, self.copy_prefix))

    def _quarantine(self, raw: bytes, reason: str) -> None:
        self.quarantined += 1
        self.malformed_in_a_row += 1
        self.collector.stats.quarantined += 1
        log.info("quarantined a line from %s (%s): %s", self.name, self.client_ip, reason)
        event_id = self.key.event_id if self.key else None
        self.collector.submit(quarantine_record(raw[:4096], reason, self.name, self.client_ip, event_id))

    async def _next_line(self) -> bytes | None:
        """The next line without its CR/LF; None at end of stream. Over-long lines are cut and quarantined."""
        while True:
            try:
                line = await self.reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as error:
                return error.partial.rstrip(b"\r\n") or None
            except asyncio.LimitOverrunError as error:
                head = await self.reader.read(error.consumed)
                await self._skip_rest_of_line()
                self._quarantine(head[:256], f"line longer than {self.config.max_line_bytes} bytes")
                self.last_heard = monotonic_clock.monotonic()
                if self.malformed_in_a_row >= self.config.max_malformed_in_a_row:
                    return None
                continue
            self.last_heard = monotonic_clock.monotonic()
            line = line.rstrip(b"\r\n")
            if line:
                return line

    async def _skip_rest_of_line(self) -> None:
        while True:
            try:
                await self.reader.readuntil(b"\n")
                return
            except asyncio.LimitOverrunError as error:
                await self.reader.read(error.consumed)
            except asyncio.IncompleteReadError:
                return

    async def _keepalive(self) -> None:
        interval = self.config.ping_interval_s
        while True:
            await asyncio.sleep(interval)
            if monotonic_clock.monotonic() - self.last_heard > 3 * interval:
                self.silent = True
                log.info("closing %s (%s): no answer to ping", self.name, self.client_ip)
                self.writer.transport.abort()
                return
            await self._send("ping")

    async def _send(self, *lines: str) -> None:
        self.writer.write(b"".join(protocol.frame(line) for line in lines))
        await self.writer.drain()

    def _count_session(self, delta: int) -> None:
        info = self.collector.stats.sessions.setdefault(tuple(self.key.as_list()), {"connections": 0, "reads": 0})
        info["connections"] += delta

    def _log_connection(self, closed_at: datetime | None = None, reason: str | None = None) -> None:
        self.collector.submit(connection_record(
            self.name, self.client_ip, self.greeting.raw if self.greeting else None, self.key,
            self.connected_at, closed_at, reason, self.messages, self.quarantined,
        ))

    def _close(self, reason: str) -> None:
        if self.key is not None:
            self._count_session(-1)
        if self.greeting is not None or self.quarantined:
            self._log_connection(datetime.now(timezone.utc), reason)
        self.writer.close()
