"""A race played as a ChronoTrack controller would: the library behind ``p88 simulate``, the demo and tests.

``plan_race`` is pure (seeded): runners, their crossing times at each location, gun times first.
``run_controller`` speaks CTP01 to a collector: greeting, answers to geteventinfo/getlocations/ping, and
streams reads after ``start`` — or from the asked sequence after ``start~<location>~<next>``.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from collector.protocol import GUN_TIME_BIB

MARATHON_KM = 42.195
_DISTANCE = re.compile(r"^(\d+(?:\.\d+)?)\s*(k|km|mi|mile)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PlannedRead:
    location: str
    sequence: int
    bib: str
    clock: time

    def line(self, reader_id: str = "0F2A38", lap: int = 0, gator: int = 1) -> str:
        stamp = f"{self.clock:%H:%M:%S}.{self.clock.microsecond // 10_000:02d}"
        return f"CT01_33~{self.sequence}~{self.location}~{self.bib}~{stamp}~{lap}~{reader_id}~{gator}"


@dataclass(frozen=True)
class RacePlan:
    """Every read of a race, per location in sequence order (sequence 1 is the location's gun time)."""

    reads: dict[str, list[PlannedRead]]

    @property
    def locations(self) -> list[str]:
        return list(self.reads)

    def total(self) -> int:
        return sum(len(r) for r in self.reads.values())


def location_km(name: str, race_km: float) -> float:
    """Where a location sits on the course: 'start' 0, 'finish' the race, '10k' 10, 'half' 21.1, '5mi' 8.05."""
    lowered = name.lower()
    if lowered == "start":
        return 0.0
    if lowered == "finish":
        return race_km
    if lowered == "half":
        return MARATHON_KM / 2
    match = _DISTANCE.match(lowered)
    if not match:
        raise ValueError(f"cannot place location {name!r} on the course (use start, finish, half, 10k, 5mi...)")
    value = float(match.group(1))
    return value * 1.609344 if match.group(2) in ("mi", "mile") else value


def plan_race(runners: int, locations: list[str], *, distance_km: float = MARATHON_KM, seed: int = 88,
              gun: time = time(7, 0), bibs: list[str] | None = None,
              finish_times_s: list[float] | None = None) -> RacePlan:
    """Crossing times from a pace per runner (or the given finish times), a gun read first at each location."""
    rng = random.Random(seed)
    bibs = bibs or [str(1000 + i) for i in range(runners)]
    gun_at = datetime.combine(datetime(2000, 1, 1), gun)
    if finish_times_s is None:
        # minutes per km: most runners 4:30-7:00, a fast front and a long walking tail
        finish_times_s = [distance_km * 60 * max(2.9, rng.lognormvariate(1.72, 0.18)) for _ in bibs]
    starts = [rng.uniform(0, 240) for _ in bibs]  # time to reach the start mat
    reads: dict[str, list[PlannedRead]] = {}
    for location in locations:
        share = location_km(location, distance_km) / distance_km
        crossings = sorted(
            (start + (finish - start) * share if share else start, bib)
            for bib, finish, start in zip(bibs, finish_times_s, starts)
        )
        planned = [PlannedRead(location, 1, GUN_TIME_BIB, gun)]
        planned += [
            PlannedRead(location, i, bib, (gun_at + timedelta(seconds=at)).time())
            for i, (at, bib) in enumerate(crossings, start=2)
        ]
        reads[location] = planned
    return RacePlan(reads)


def plan_from_archive(database_url: str, race_id: int, locations: list[str]) -> RacePlan:
    """Replay an archive race: its finishers' bibs and chip times, so displays find real names for bibs."""
    from warehouse.database import connect

    with connect(database_url) as conn:
        race = conn.execute("SELECT distance_km FROM races WHERE race_id = %s", (race_id,)).fetchone()
        if race is None:
            raise ValueError(f"no race {race_id} in the archive")
        rows = conn.execute(
            """SELECT bib, chip_time_s FROM results WHERE race_id = %s AND status = 'FIN'
               AND chip_time_s IS NOT NULL ORDER BY chip_time_s""",
            (race_id,),
        ).fetchall()
    if not rows:
        raise ValueError(f"race {race_id} has no finishers to replay")
    return plan_race(len(rows), locations, distance_km=race[0], bibs=[b for b, _ in rows],
                     finish_times_s=[t for _, t in rows])


@dataclass
class ControllerReport:
    sent: int = 0
    starts: list[str] = field(default_factory=list)
    server_greeting: list[str] = field(default_factory=list)
    pings_answered: int = 0


async def run_controller(host: str, port: int, plan: RacePlan, *, event_id: str = "12345",
                         event_name: str = "Project88 Demo Marathon", description: str = "Finish line",
                         speed: float = 0.0, stop_after: int | None = None, linger_s: float = 0.5,
                         client: str = "SimpleClient", version: str = "1.2.3") -> ControllerReport:
    """Play the plan to a collector; ``speed`` 60 = a minute of race per second, 0 = as fast as possible.

    ``stop_after`` drops the connection after that many reads (a cable pulled mid-race), for resume tests.
    """
    reader, writer = await asyncio.open_connection(host, port)
    report = ControllerReport()
    writer.write(f"{client}~{version}~CTP01\r\n".encode())
    streams: list[asyncio.Task] = []
    finisher = asyncio.create_task(_close_when_streamed(writer, streams, linger_s))
    try:
        header = (await reader.readline()).decode().strip()
        report.server_greeting.append(header)
        for _ in range(int(header.rsplit("~", 1)[1])):
            report.server_greeting.append((await reader.readline()).decode().strip())
        while not reader.at_eof():
            line = (await reader.readline()).decode().strip()
            if not line:
                continue
            if line == "geteventinfo":
                writer.write(f"ack~geteventinfo~{event_name}~{event_id}~{description}\r\n".encode())
            elif line == "getlocations":
                writer.write(("~".join(["ack~getlocations", *plan.locations]) + "\r\n").encode())
            elif line == "ping":
                writer.write(b"ack~ping\r\n")
                report.pings_answered += 1
            elif line.startswith("start"):
                report.starts.append(line)
                streams.append(asyncio.create_task(_stream(writer, plan, line, speed, stop_after, report)))
            await writer.drain()
    except ConnectionError:
        pass  # the cable pulled by stop_after, or the collector went away
    finally:
        finisher.cancel()
        for task in streams:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionError):
            await asyncio.gather(*streams)
        writer.close()
        with contextlib.suppress(ConnectionError):
            await writer.wait_closed()
    return report


async def _close_when_streamed(writer: asyncio.StreamWriter, streams: list[asyncio.Task], linger_s: float) -> None:
    """Hang up once every started stream has sent its last read (and the collector had time to read it)."""
    while not streams or not all(task.done() for task in streams):
        await asyncio.sleep(0.05)
    await asyncio.sleep(linger_s)
    writer.close()


async def _stream(writer: asyncio.StreamWriter, plan: RacePlan, command: str, speed: float,
                  stop_after: int | None, report: ControllerReport) -> None:
    fields = command.split("~")
    if len(fields) == 3:
        reads = [r for r in plan.reads.get(fields[1], []) if r.sequence >= int(fields[2])]
    else:
        reads = sorted((r for rs in plan.reads.values() for r in rs), key=lambda r: (r.clock, r.location))
    loop = asyncio.get_running_loop()
    began = loop.time()
    first = _seconds(reads[0].clock) if reads else 0.0
    chunk: list[bytes] = []
    for read in reads:
        if stop_after is not None and report.sent >= stop_after:
            break
        if speed > 0:
            delay = (_seconds(read.clock) - first) / speed - (loop.time() - began)
            if delay > 0:
                writer.write(b"".join(chunk))
                chunk.clear()
                await writer.drain()
                await asyncio.sleep(delay)
        chunk.append((read.line() + "\r\n").encode())
        report.sent += 1
        if len(chunk) >= 512:
            writer.write(b"".join(chunk))
            chunk.clear()
            await writer.drain()
    writer.write(b"".join(chunk))
    await writer.drain()
    if stop_after is not None and report.sent >= stop_after:
        writer.transport.abort()


def _seconds(clock: time) -> float:
    return clock.hour * 3600 + clock.minute * 60 + clock.second + clock.microsecond / 1e6
