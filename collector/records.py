"""What goes into the spool, and how it is read back. Pure functions.

A read is spooled as one line of PostgreSQL COPY text (``R`` + tab-separated columns), so the loader hands
the bytes to COPY untouched; everything else (connections, quarantined lines, locations) is a JSON line
(``J`` + object). A read carries its routing key (company if known, event id, event name, timing point)
instead of a session id: the loader resolves the session, so reads are accepted while PostgreSQL is away.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from collector.instants import read_instant
from collector.protocol import Read

READ_TAG, JSON_TAG = b"R", b"J"

# Columns of a spooled read, in COPY order. partner_key 0 = the event binding decides the company.
STAGED_COLUMNS = (
    "partner_key", "event_id", "event_name", "timing_point", "connection_key", "location_name",
    "sequence_number", "bib", "reader_id", "read_time", "read_timestamp", "lap_count", "gator", "is_gun_time",
    "raw_line", "received_at", "device",
)
READ_COLUMNS = STAGED_COLUMNS[5:]  # what timing_reads and unassigned_reads store of a read
_LEGACY_TABS = len(STAGED_COLUMNS) - 1  # "R" and the 16 columns spooled before devices existed (no device)


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
        return cls(*values)

    def copy_prefix(self, connection: str) -> str:
        """The first five COPY columns, the same for every read of a connection."""
        return "\t".join((str(self.partner_id or 0), *map(_copy_text, (
            self.event_id, self.event_name, self.timing_point, connection))))


def read_line(read: Read, prefix: str, device: str, tz: ZoneInfo, received: datetime | None = None) -> bytes:
    """One spool line for a read: COPY text with the read's instant (see collector.instants) in ``tz``;
    ``received`` is now unless given."""
    received = received or datetime.now(timezone.utc)
    instant = read_instant(read.read_time, read.read_timestamp, received, tz)
    clock = instant.time() if read.read_timestamp is not None and read.read_timestamp.tzinfo else read.read_time
    fields = (
        prefix, _copy_text(read.location), str(read.sequence), _copy_text(read.bib), _copy_text(read.reader_id),
        clock.isoformat(), instant.isoformat(), str(read.lap), str(read.gator), "t" if read.is_gun_time else "f",
        _copy_text(read.raw), received.isoformat(), _copy_text(device),
    )
    return b"R\t" + "\t".join(fields).encode() + b"\n"


def json_line(record: dict) -> bytes:
    return b"J" + json.dumps(record, separators=(",", ":")).encode() + b"\n"


def split_segment(data: bytes) -> tuple[list[bytes], list[dict]]:
    """A segment's reads as COPY rows (each ending in a newline), and its other records."""
    reads, others = [], []
    for line in data.split(b"\n")[:-1]:  # only a newline ends a record (a CR inside one is data)
        line += b"\n"
        if line.startswith(b"R\t"):
            reads.append(line[2:] if line.count(b"\t") > _LEGACY_TABS else line[2:-1] + b"\t\n")
        elif line.startswith(JSON_TAG):
            others.append(json.loads(line[1:]))
    return reads, others


def spooled_read_key(copy_row: bytes) -> tuple[tuple, str, str]:
    """(route key, device, location) of a spooled read, to remember where devices delivered after a restart."""
    f = [_copy_unescape(v) for v in copy_row.rstrip(b"\n").split(b"\t")]
    partner = int(f[0]) or None
    return (partner, f[1], f[2], f[3]), f[-1], f[5]


def _copy_text(value: str) -> str:
    # Protocol fields are printable, but the COPY format's separators are escaped anyway: a route field that
    # slipped through with a tab or newline must never shift a read's columns.
    if "\\" in value:
        value = value.replace("\\", "\\\\")
    if not value.isprintable():
        value = value.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r").replace("\x00", "")
    return value


def _copy_unescape(value: bytes) -> str:
    return value.decode().replace("\\\\", "\\")


def quarantine_record(raw: bytes, reason: str, connection: str, client_ip: str | None,
                      event_id: str | None) -> dict:
    return {"type": "quarantine", "conn": connection, "ip": client_ip, "event": event_id,
            "raw": base64.b64encode(raw).decode(), "reason": reason,
            "at": datetime.now(timezone.utc).isoformat()}


def location_record(key: RouteKey, location: str) -> dict:
    return {"type": "location", "key": key.as_list(), "loc": location}


def connection_record(connection: str, client_ip: str | None, client_name: str | None, key: RouteKey | None,
                      connected_at: datetime, closed_at: datetime | None = None, reason: str | None = None,
                      messages: int = 0, quarantined: int = 0) -> dict:
    return {
        "type": "connection", "conn": connection, "ip": client_ip, "client": client_name,
        "key": key.as_list() if key else None, "connected_at": connected_at.isoformat(),
        "closed_at": closed_at.isoformat() if closed_at else None, "reason": reason,
        "messages": messages, "quarantined": quarantined,
    }
