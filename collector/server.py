"""The TCP side: speak CTP01 with each timing controller and hand every read to the spool.

One asyncio task per connection. Nothing on this path touches PostgreSQL except the optional lookup of the
locations a device has delivered reads at when it connects (to ask again with ``start~<location>~1``); reads are
durable once the committer task has fsync'd them to the spool, and the loader thread takes it from there.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
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
from collector.instants import zone
from collector.sequences import FIRST_SEQUENCE, LocationBook
from collector.sessions import delivered_locations, session_time_zone
from collector.spool import Spool, read_segment
from warehouse.database import connect

log = logging.getLogger("collector")

SERVER_NAME = "Project88"
MAX_HELD_READS = 100_000  # reads held while the handshake is unanswered; beyond this we start without it
SERVER_VERSION = "1.0"
SPOOL_RETRY_S = (0.05, 5.0)  # back-off between attempts to write a spool that failed (first, longest)


@dataclass(frozen=True)
class CollectorConfig:
    """How the collector listens and how patient it is with controllers."""

    spool_dir: Path
    database_url: str
    host: str = "0.0.0.0"
    port: int = 61611
    partner_id: int | None = None      # a listener of one company claims every connection itself
    time_zone: str = "UTC"             # for reads of sessions with no zone of their own (P88_TIME_ZONE)
    allow: tuple[str, ...] = ()        # networks controllers may connect from (CIDR); empty = any
    ping_interval_s: float = 10.0
    greeting_timeout_s: float = 10.0   # an idle peer that never greets frees its slot after this
    server_greets_after_s: float = 2.0  # some controllers wait for the server to greet first
    handshake_timeout_s: float = 10.0
    max_line_bytes: int = 4096
    max_connections: int = 1000
    max_connections_per_address: int = 256
    idle_evict_after_s: float = 60.0   # at a cap, a connection with no read or reply for this long gives way
    max_malformed_in_a_row: int = 100

    def allows(self, address: str | None) -> bool:
        """Whether a peer at ``address`` may connect (any address when no networks are listed)."""
        if not self.allow:
            return True
        if address is None:
            return False
        peer = ipaddress.ip_address(address)
        return any(peer in ipaddress.ip_network(network, strict=False) for network in self.allow)


@dataclass
class Stats:
    connections: int = 0
    total_connections: int = 0
    total_reads: int = 0                # durable in the spool
    stored_reads: int = 0               # committed in PostgreSQL (timing_reads or unassigned_reads)
    duplicates: int = 0
    quarantined: int = 0
    refused_connections: int = 0
    refused_reads: int = 0              # refused by PostgreSQL, quarantined alone
    sessions: dict[tuple, dict] = field(default_factory=dict)
    per_address: dict[str, int] = field(default_factory=dict)


class Collector:
    """Listener, committer and loader together; ``serve`` runs until cancelled, then stops cleanly."""

    def __init__(self, config: CollectorConfig) -> None:
        self.config = config
        self.stats = Stats()
        self.spool = Spool(config.spool_dir)
        self.loader = Loader(self.spool, config.database_url, on_commit=self._committed)
        self.book = LocationBook()
        self._pending: list[bytes] = []
        self._origins: list[tuple] = []   # (route key, device, location) of each pending read
        self.spool_error: str | None = None  # why the spool cannot be written right now (reads held meanwhile)
        self._stopping = False
        self._wake_committer = asyncio.Event()
        self._tasks: set[asyncio.Task] = set()
        self.silent: dict[ControllerConnection, str | None] = {}  # connected, not greeted yet: oldest first
        self.open: dict[ControllerConnection, str | None] = {}    # every connection and its address
        self._server: asyncio.Server | None = None
        self.port = config.port
        self._remember_spooled_locations()

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
        self._stopping = True  # the committer writes what is pending, then returns
        self._wake_committer.set()
        await self._committer
        if self._pending:
            log.error("stopping with %d records the spool could not take: %s", len(self._pending), self.spool_error)
        self.spool.close()
        await asyncio.to_thread(self.loader.stop)

    def status(self, partner_id: int | None = None) -> dict:
        """The status API's body (field names from the original platform, plus what the crew needs).

        With ``partner_id`` (a company's token) only that company's sessions and the service's health."""
        sessions = [
            {"session_id": info.get("session_id"), "partner_id": info.get("partner_id"), "event_id": key[1],
             "event_name": key[2], "timing_point": key[3], "connections": info["connections"],
             "reads": info["reads"], "assigned": info.get("session_id") is not None,
             "devices": sorted(info["devices"])}
            for key, info in self.stats.sessions.items()
            if info["connections"] > 0 and (partner_id is None or info.get("partner_id") == partner_id)
        ]
        health = {"service": "timing-collector", "status": "running", "tcp_port": self.port,
                  "current_sessions": sessions, "database_connected": self.database_connected}
        if partner_id is not None:
            return health
        return {
            **health,
            "connections": self.stats.connections,
            "total_reads": self.stats.total_reads,
            "stored_reads": self.stats.stored_reads,
            "duplicates_ignored": self.stats.duplicates,
            "refused_reads": self.stats.refused_reads,
            "database_error": self.loader.last_error,
            "spool_error": self.spool_error,
            "spool_backlog": self.spool.backlog(),
            "spool_rejected": self.loader.rejected,
            "quarantined": self.stats.quarantined,
            "refused_connections": self.stats.refused_connections,
        }

    def health(self) -> dict:
        """``/health``: ``failing`` while the spool cannot be written (reads are held, not yet received),
        ``degraded`` while PostgreSQL is away (reads are spooled), else ``ok``."""
        status = "failing" if self.spool_error else "ok" if self.database_connected else "degraded"
        return {"status": status, "spool_error": self.spool_error, "database_connected": self.database_connected,
                "spool_backlog": self.spool.backlog()}

    # --- the durable path -------------------------------------------------------------------------------

    def submit(self, record: dict) -> None:
        """Spool a record that is not a read (connection, location, quarantined line)."""
        self._pending.append(json_line(record))
        self._wake_committer.set()

    def submit_read(self, line: bytes, origin: tuple) -> None:
        """Spool a read; its ``origin`` (route key, device, location) counts as delivered once it is durable."""
        self._pending.append(line)
        self._origins.append(origin)
        self._wake_committer.set()

    async def _commit_forever(self) -> None:
        """Group commit: everything that arrived while the last fsync ran goes into the next one. A spool that
        cannot be written (a full disk) is retried with back-off, nothing dropped; ``/health`` says why."""
        retry_s = SPOOL_RETRY_S[0]
        while True:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.05):  # not wait_for: on 3.11 it can swallow a cancel
                    await self._wake_committer.wait()
            self._wake_committer.clear()
            try:
                await self._commit_pending()
            except Exception as error:  # whatever it is, storing must not stop for good: log, wait, retry
                reason = f"{error.__class__.__name__}: {error}"
                if reason != self.spool_error:
                    log.error("cannot write the spool, holding %d records and retrying: %s", len(self._pending), reason)
                self.spool_error = reason
                if self._stopping:
                    return
                await asyncio.sleep(retry_s)
                retry_s = min(retry_s * 2, SPOOL_RETRY_S[1])
                continue
            retry_s = SPOOL_RETRY_S[0]
            # records added while that write ran (the disconnects of connections being closed) go in the next one
            if self._stopping and not self._pending:
                return

    async def _commit_pending(self) -> None:
        """fsync what is pending (kept, in order, if that fails), then count it received; seal for the loader."""
        lines, origins = self._pending, self._origins
        self._pending, self._origins = [], []
        try:
            await asyncio.to_thread(self.spool.write, lines)
        except BaseException:
            self._pending[:0], self._origins[:0] = lines, origins
            raise
        self.stats.total_reads += len(origins)
        for origin in origins:
            self.book.remember(*origin)
        if lines and self.spool_error:
            log.warning("the spool is writable again (%s)", self.spool_error)
            self.spool_error = None
        if not self.spool.sealed() and self.spool.seal() is not None:
            self.loader.wake.set()

    def _committed(self, report: LoadReport) -> None:
        self.stats.stored_reads += report.inserted + report.unassigned
        self.stats.duplicates += report.duplicates
        self.stats.refused_reads += report.refused
        for key, session in report.sessions.items():
            info = self.stats.sessions.setdefault(key, _new_session_info())
            info["session_id"], info["partner_id"] = session if session else (None, None)

    def _remember_spooled_locations(self) -> None:
        """After a restart, reads still in the spool count as delivered when a controller reconnects."""
        for path in self.spool.sealed():
            reads, _ = split_segment(read_segment(path))
            for row in reads:
                self.book.remember(*spooled_read_key(row))

    async def delivered(self, key: RouteKey, device: str) -> tuple[set[str], str | None]:
        """The locations a device has delivered reads at (stored in PostgreSQL or spooled, see
        collector.sequences), and the session's time zone if one is set."""
        stored: set[str] = set()
        time_zone = None
        with contextlib.suppress(Exception):  # the database may be away: the spool's memory still counts
            async with asyncio.timeout(3):
                stored, time_zone = await asyncio.to_thread(self._stored, key, device)
        return stored | self.book.locations(tuple(key.as_list()), device), time_zone

    def _stored(self, key: RouteKey, device: str) -> tuple[set[str], str | None]:
        with connect(self.config.database_url) as conn:
            return delivered_locations(conn, key, device), session_time_zone(conn, key)

    # --- connections ----------------------------------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")
        address = peer[0] if peer else None
        refusal = self._make_room(address)
        if refusal:
            self.stats.refused_connections += 1
            log.warning("refusing a connection from %s: %s", address, refusal)
            writer.close()
            return
        task = asyncio.current_task()
        self._tasks.add(task)
        self.stats.connections += 1
        self.stats.total_connections += 1
        self.stats.per_address[address] = self.stats.per_address.get(address, 0) + 1
        connection = ControllerConnection(self, reader, writer)
        self.silent[connection] = self.open[connection] = address
        try:
            await connection.run()
        finally:
            self.silent.pop(connection, None)
            self.open.pop(connection, None)
            self.stats.connections -= 1
            self.stats.per_address[address] -= 1
            if not self.stats.per_address[address]:
                del self.stats.per_address[address]
            self._tasks.discard(task)

    def _make_room(self, address: str | None) -> str | None:
        """Why a new connection is refused, or None. Beyond the per-address or total cap one connection
        (from that address, or from any) is dropped to make room — see ``_drop_one`` — so neither silent nor
        greeted-but-idle connections can lock out a controller that greets; only if none qualifies is the
        new one refused."""
        if not self.config.allows(address):
            return "address not in the listener's allow-list"
        if self.stats.per_address.get(address, 0) >= self.config.max_connections_per_address:
            if not self._drop_one(address):
                return f"already {self.config.max_connections_per_address} connections from this address"
        elif self.stats.connections >= self.config.max_connections and not self._drop_one(None):
            return f"already {self.stats.connections} connections open"
        return None

    def _drop_one(self, address: str | None) -> bool:
        """Drop the oldest connection that has not greeted (from ``address``, or any), else the one idle
        longest beyond ``idle_evict_after_s`` (no read and no reply but to our pings), taken from the address
        holding the most connections: one flooding address gives way before a lone controller does."""
        for connection, where in self.silent.items():
            if address is None or where == address:
                del self.silent[connection]
                connection.drop("made room for a new connection before it greeted")
                return True
        now = monotonic_clock.monotonic()
        idle = [(self.stats.per_address.get(where, 0), now - connection.last_active, connection)
                for connection, where in self.open.items()
                if (address is None or where == address)
                and now - connection.last_active > self.config.idle_evict_after_s]
        if not idle:
            return False
        _, idle_s, connection = max(idle, key=lambda item: item[:2])
        del self.open[connection]        # not chosen again while it closes
        connection.drop(f"made room for a new connection after {idle_s:.0f} s without a read or reply")
        return True


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
        self.device = ""                 # '<client name>@<address>': its own sequence space (collector.sequences)
        self.zone = zone(collector.config.time_zone)
        self.started: set[str] = set()
        self.before_start: list[Read] = []
        self.messages = 0
        self.quarantined = 0
        self.malformed_in_a_row = 0
        self.last_heard = monotonic_clock.monotonic()
        self.last_active = self.last_heard    # last read or reply other than to a ping (eviction at a cap)
        self.silent = False
        self.dropped: str | None = None

    async def run(self) -> None:
        reason = "peer closed the connection"
        pinger = None
        try:
            we_greeted = False
            async with asyncio.timeout(self.config.greeting_timeout_s):
                try:
                    async with asyncio.timeout(self.config.server_greets_after_s):
                        first = await self._next_line()
                except TimeoutError:  # a controller that waits for the server's greeting (either order is CTP01)
                    await self._send(*protocol.server_greeting(SERVER_NAME, SERVER_VERSION))
                    we_greeted = True
                    first = await self._next_line()
            if first is None:
                return
            try:
                self.greeting = protocol.parse_greeting(first.decode("utf-8"))
            except (MalformedLine, UnicodeDecodeError) as error:
                self._quarantine(first, f"no CTP01 greeting: {error}")
                reason = "no CTP01 greeting"
                return
            self.collector.silent.pop(self, None)
            self.device = f"{self.greeting.client}@{self.client_ip}"
            self._log_connection()
            greeting = [] if we_greeted else protocol.server_greeting(SERVER_NAME, SERVER_VERSION)
            await self._send(*greeting, "geteventinfo", "getlocations")
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
            if self.key is None and self.before_start:  # gone before the handshake finished: keep its reads
                with contextlib.suppress(ConnectionError, asyncio.CancelledError):
                    await self._begin(answer=False)
            self._close(self.dropped or ("no answer to ping" if self.silent else reason))

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
        if not isinstance(message, Ping) and not (isinstance(message, Reply) and message.command == "ping"):
            self.last_active = monotonic_clock.monotonic()   # answering pings alone does not hold a slot
        if isinstance(message, Read):
            await self._accept_read(message)
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
            elif self.key is not None and self._route() != self.key:
                await self._reroute()
        elif reply.command == "getlocations":
            self.locations = [loc for loc in reply.fields if loc] if reply.ok else []
            if self.key is not None:
                await self._start_new_locations()
        elif not reply.ok:
            log.warning("%s: %s refused: %s", self.name, reply.command, "~".join(reply.fields))
        if self.key is None and self.event is not None and self.locations is not None:
            await self._begin()

    async def _begin(self, answer: bool = True) -> None:
        """Handshake done (or given up): fix the route key, start each location, release early reads.
        ``answer=False`` when the peer is gone: its held reads are spooled, nothing is sent."""
        self._enter(self._route())
        if answer:
            await self._start_new_locations()
        held, self.before_start = self.before_start, []
        for read in held:
            await self._accept_read(read)

    def _route(self) -> RouteKey:
        """Where this connection's reads belong, from the geteventinfo answer (if any yet)."""
        name, event_id, description = self.event or ("", "", "")
        timing_point = description or (self.greeting.client if self.greeting else "unknown")
        return RouteKey(self.config.partner_id, event_id, name, timing_point)

    def _enter(self, key: RouteKey) -> None:
        """Route this connection's reads to ``key`` from now on."""
        self.key = key
        self.copy_prefix = key.copy_prefix(self.name)
        self._count_session(+1)
        self._log_connection()

    async def _reroute(self) -> None:
        """A geteventinfo answer after we started without it (a slow link): later reads go where it says, and
        the device is asked for everything again, so the reads sent before the answer land there too."""
        log.info("%s: event info arrived late, rerouting %s to %s", self.name, self.key, self._route())
        self._count_session(-1)
        self._enter(self._route())
        self.started.clear()
        await self._start_new_locations()

    async def _start_new_locations(self) -> None:
        """``start`` when the device has delivered nothing yet, else ``start~<location>~1`` for each location:
        everything again, never a skip (collector.sequences says why)."""
        first = not self.started
        locations = [loc for loc in (self.locations or []) if loc not in self.started]
        if not first and not locations:
            return
        delivered, time_zone = await self.collector.delivered(self.key, self.device)
        if time_zone:
            with contextlib.suppress(ValueError):  # a zone this machine does not know: keep the default
                self.zone = zone(time_zone)
        for location in locations:
            self.collector.submit(location_record(self.key, location))
        if first and not delivered:
            await self._send(protocol.start_command())
            self.started.update(locations or ["*"])
            return
        for location in dict.fromkeys(locations + (sorted(delivered) if first else [])):
            await self._send(protocol.start_command(location, FIRST_SEQUENCE))
            self.started.add(location)

    async def _accept_read(self, read: Read) -> None:
        if self.key is None:
            self.before_start.append(read)
            if len(self.before_start) >= MAX_HELD_READS:
                await self._begin()  # the handshake is taking too long to hold more: start without it
            return
        try:
            line = read_line(read, self.copy_prefix, self.device, self.zone)
        except (OverflowError, ValueError) as error:  # an instant no calendar holds, once read in the zone
            self._quarantine(read.raw.encode(), f"time out of range in {self.zone.key}: {error}")
            return
        key = tuple(self.key.as_list())
        self.collector.stats.sessions[key]["reads"] += 1
        self.collector.submit_read(line, (key, self.device, read.location))

    def _quarantine(self, raw: bytes, reason: str) -> None:
        self.quarantined += 1
        self.malformed_in_a_row += 1
        self.collector.stats.quarantined += 1
        log.info("quarantined a line from %s (%s): %s", self.name, self.client_ip, reason)
        event_id = self.key.event_id if self.key else None
        self.collector.submit(quarantine_record(raw[:4096], reason, self.name, self.client_ip, event_id))

    async def _next_line(self) -> bytes | None:
        """The next line without its CR/LF; None at end of stream. Over-long lines are cut and quarantined, and
        so is a last line the disconnect cut off: stored as a read, it would shadow the whole line resent later."""
        while True:
            try:
                line = await self.reader.readuntil(b"\n")
            except asyncio.IncompleteReadError as error:
                if error.partial.strip():
                    self._quarantine(error.partial, "partial line: the connection closed before its end of line")
                return None
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

    def drop(self, reason: str) -> None:
        """Close at once (a slot is needed); ``run`` ends with ``reason`` in the connection log."""
        self.dropped = reason
        self.writer.transport.abort()

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
        info = self.collector.stats.sessions.setdefault(tuple(self.key.as_list()), _new_session_info())
        info["connections"] += delta
        if delta > 0:
            info["devices"].add(self.device)

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


def _new_session_info() -> dict:
    return {"connections": 0, "reads": 0, "devices": set()}
