"""What goes into the spool, as plain JSON-able dicts, and the table rows they become. Pure functions.

A read carries its routing key (company if known, event id, event name, timing point) instead of a session
id: the session is resolved by the loader, so the collector accepts reads even when PostgreSQL is away.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, time

from collector.protocol import Read


@dataclass(frozen=True, slots=True)
class RouteKey:
    """Where a connection's reads belong: a timing session per (company, event, timing point)."""

    partner_id: int | None  # set when the listener belongs to one company; else decided by the event binding
    event_id: str
    event_name: str
    timing_point: str

    def as_list(self) -> list:
        return [self.partner_id, self.event_id, self.event_name, self.timing_point]

    @classmethod
    def from_list(cls, values: list) -> RouteKey:
        return cls(values[0], values[1], values[2], values[3])


def read_record(read: Read, key: RouteKey, connection: str, received_at: datetime) -> dict:
    return {
        "type": "read",
        "key": key.as_list(),
        "conn": connection,
        "loc": read.location,
        "seq": read.sequence,
        "bib": read.bib,
        "time": read.read_time.isoformat(),
        "ts": read.read_timestamp.isoformat() if read.read_timestamp else None,
        "lap": read.lap,
        "reader": read.reader_id,
        "gator": read.gator,
        "gun": read.is_gun_time,
        "raw": read.raw,
        "at": received_at.isoformat(),
    }


def quarantine_record(raw: bytes, reason: str, connection: str, client_ip: str | None, event_id: str | None,
                      received_at: datetime) -> dict:
    return {
        "type": "quarantine",
        "conn": connection,
        "ip": client_ip,
        "event": event_id,
        "raw": base64.b64encode(raw).decode(),
        "reason": reason,
        "at": received_at.isoformat(),
    }


def location_record(key: RouteKey, location: str) -> dict:
    return {"type": "location", "key": key.as_list(), "loc": location}


def connection_record(connection: str, client_ip: str | None, client_name: str | None, key: RouteKey | None,
                      connected_at: datetime, closed_at: datetime | None = None, reason: str | None = None,
                      messages: int = 0, quarantined: int = 0) -> dict:
    return {
        "type": "connection",
        "conn": connection,
        "ip": client_ip,
        "client": client_name,
        "key": key.as_list() if key else None,
        "connected_at": connected_at.isoformat(),
        "closed_at": closed_at.isoformat() if closed_at else None,
        "reason": reason,
        "messages": messages,
        "quarantined": quarantined,
    }


READ_COLUMNS = (
    "location_name", "sequence_number", "bib", "reader_id", "read_time", "read_timestamp", "lap_count",
    "gator", "is_gun_time", "raw_line", "received_at",
)


def read_row(record: dict) -> tuple:
    """The timing_reads columns of a read record (READ_COLUMNS order).

    A clock-only time becomes a timestamp on the day it was received, in the collector's time zone, so
    reads sort and window by instant ("the last 10 minutes") without knowing the event's date.
    """
    received = datetime.fromisoformat(record["at"])
    clock = time.fromisoformat(record["time"])
    stamp = record["ts"] or datetime.combine(received.date(), clock, received.tzinfo).isoformat()
    return (
        record["loc"], record["seq"], record["bib"], record["reader"], clock, stamp, record["lap"],
        record["gator"], record["gun"], record["raw"], received,
    )
