"""The CTP01 line protocol, pure: parse what timing software sends, format what the collector answers.

Nothing here does I/O, so every rule of the protocol is tested without a socket. A line that cannot be
understood raises ``MalformedLine`` with a reason short enough to store beside the raw line in quarantine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone

GUN_TIME_BIB = "guntime"
NEW_LOCATION_BIB = "newlocation"
MAX_FIELD_CHARS = 64
MAX_INTEGER, MAX_BIGINT = 2**31 - 1, 2**63 - 1  # PostgreSQL's integer and bigint: lap/gator, sequence

_NUMBER = re.compile(r"^\d{1,12}(?:\.\d{1,6})?$")
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,6}))?$")


class MalformedLine(ValueError):
    """A line the protocol does not allow; the message says why, for the quarantine table."""


@dataclass(frozen=True, slots=True)
class Read:
    """One tag read (or gun time) as the mat reported it."""

    location: str
    sequence: int
    bib: str
    read_time: time
    read_timestamp: datetime | None  # only when the hardware sent a full ISO timestamp
    lap: int
    reader_id: str
    gator: int
    is_gun_time: bool
    raw: str


@dataclass(frozen=True, slots=True)
class Greeting:
    """The first line timing software sends: ``SimpleClient~1.2.3~CTP01``."""

    client: str
    version: str
    raw: str


@dataclass(frozen=True, slots=True)
class Reply:
    """``ack~<command>~<fields...>`` or ``err~<command>~<message>``."""

    ok: bool
    command: str
    fields: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Ping:
    """The peer's keepalive; we answer ``ack~ping``."""


@dataclass(frozen=True, slots=True)
class NewLocation:
    """A ``newlocation`` read: the controller announces a location we have not started yet."""

    location: str


Message = Read | Greeting | Reply | Ping | NewLocation


def parse_greeting(line: str) -> Greeting:
    """The connection's first line; anything else means the peer does not speak CTP01."""
    fields = line.split("~")
    if len(fields) != 3 or not fields[2].startswith("CTP") or not fields[0] or not line.isprintable():
        raise MalformedLine(f"expected a greeting like 'SimpleClient~1.2.3~CTP01', got {_excerpt(line)}")
    if len(fields[0]) > MAX_FIELD_CHARS or len(fields[1]) > MAX_FIELD_CHARS:
        raise MalformedLine(f"the client's name and version must be at most {MAX_FIELD_CHARS} characters")
    return Greeting(client=fields[0], version=fields[1], raw=line)


def parse_message(line: str) -> Message:
    """A line after the greeting: a read, a reply to one of our commands, or a ping."""
    fields = line.split("~")
    if line.startswith("CT01_13,"):  # described comma-separated too (timing-domain.md): accept both
        fields = line.split(",")
    kind = fields[0]
    if kind in _READ_FIELDS:
        return _parse_read(fields, line)
    if kind in ("ack", "err") and len(fields) >= 2:
        # reply fields name the route of every later read (event, timing point): printable and short, or
        # the reply is quarantined like any other bad line
        return Reply(ok=kind == "ack", command=_short(fields[1], "command"),
                     fields=tuple(_short(field, "reply field") if field else field for field in fields[2:]))
    if line == "ping":
        return Ping()
    raise MalformedLine(f"unknown message {_excerpt(line)}")


# Both read formats carry the same eight fields in the same order; only their names differ.
_READ_FIELDS = {
    # CT01_33~seq~location~bib~time~lap~reader id~gator
    "CT01_33": ("sequence", "location", "bib", "lap", "reader id", "gator"),
    # CT01_13~line#~point~tag~time of day~read occurrence~reader MAC~antenna
    "CT01_13": ("line number", "point", "tag", "read occurrence", "reader MAC", "antenna"),
}


def _parse_read(fields: list[str], line: str) -> Read | NewLocation:
    kind = fields[0]
    names = _READ_FIELDS[kind]
    if len(fields) != 8:
        raise MalformedLine(f"{kind} needs 8 fields, got {len(fields)}")
    _, seq, location, bib, clock, lap, reader_id, gator = fields
    location = _name(location, names[1])
    if kind == "CT01_33" and bib == NEW_LOCATION_BIB:
        return NewLocation(location)
    read_time, stamp = parse_time(clock)
    return Read(
        location=location,
        sequence=_count(seq, names[0], MAX_BIGINT),
        bib=_name(bib, names[2]),
        read_time=read_time,
        read_timestamp=stamp,
        lap=_count(lap, names[3], MAX_INTEGER),
        reader_id=_short(reader_id, names[4]),
        gator=_count(gator, names[5], MAX_INTEGER),
        is_gun_time=kind == "CT01_33" and bib == GUN_TIME_BIB,
        raw=line,
    )


def parse_time(text: str) -> tuple[time, datetime | None]:
    """A read's time in any of CTP01's formats: ``HH:MM:SS.ss`` (normal), ISO 8601 (iso, usually without an
    offset), unix seconds (unix, UTC) or milliseconds since midnight (msecs). Returns the time of day and,
    when the line carries a date, the datetime (naive unless the device sent an offset or unix seconds)."""
    if _NUMBER.match(text):
        return _numeric_time(text)
    match = _CLOCK.match(text)
    if match:
        hours, minutes, seconds, fraction = match.groups()
        try:
            return time(int(hours), int(minutes), int(seconds), int((fraction or "0").ljust(6, "0"))), None
        except ValueError:
            raise MalformedLine(f"time out of range: {_excerpt(text)}") from None
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        raise MalformedLine(f"unreadable time {_excerpt(text)}") from None
    if "T" not in text and " " not in text:
        raise MalformedLine(f"unreadable time {_excerpt(text)}")
    return stamp.timetz().replace(tzinfo=None), stamp


def _numeric_time(text: str) -> tuple[time, datetime | None]:
    # 86,400,000 ms is the longest day; anything with more digits is unix seconds (after 1973).
    if "." not in text and len(text) <= 8:
        milliseconds = int(text)
        if milliseconds >= 86_400_000:
            raise MalformedLine(f"milliseconds since midnight out of range: {_excerpt(text)}")
        return (datetime.min + timedelta(milliseconds=milliseconds)).time(), None
    try:
        stamp = datetime.fromtimestamp(float(text), timezone.utc)
    except (OverflowError, OSError, ValueError):
        raise MalformedLine(f"unix time out of range: {_excerpt(text)}") from None
    return stamp.time(), stamp


def _count(text: str, what: str, largest: int) -> int:
    """A non-negative integer that fits its column: a read PostgreSQL would refuse is quarantined here, alone."""
    if not text.isascii() or not text.isdigit() or len(text) > 19 or int(text) > largest:
        raise MalformedLine(f"{what} must be a non-negative integer up to {largest}, got {_excerpt(text)}")
    return int(text)


def _name(text: str, what: str) -> str:
    text = text.strip()
    if not text:
        raise MalformedLine(f"{what} is empty")
    return _short(text, what)


def _short(text: str, what: str) -> str:
    if len(text) > MAX_FIELD_CHARS or not text.isprintable():
        raise MalformedLine(f"{what} is not a short printable value: {_excerpt(text)}")
    return text


def _excerpt(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:40] + "...")


# What the collector says. Settings lines follow the server greeting, exactly as many as announced.
DEFAULT_SETTINGS: tuple[str, ...] = (
    "stream-mode=push",
    "time-format=normal",
    "guntimes=true",
    "newlocations=true",
    "location=multi",
)


def server_greeting(name: str, version: str, settings: tuple[str, ...] = DEFAULT_SETTINGS) -> list[str]:
    """``<ServerName>~<version>~<N>`` and the N settings lines."""
    return [f"{name}~{version}~{len(settings)}", *settings]


def start_command(location: str | None = None, next_sequence: int | None = None) -> str:
    """``start`` for everything, or ``start~<location>~<sequence>`` for one location from that sequence on."""
    if location is None:
        return "start"
    return f"start~{location}~{next_sequence if next_sequence is not None else 1}"


def frame(line: str) -> bytes:
    """A protocol line on the wire, UTF-8 as lines are read: a location is named back as the device spelled it
    (``start~Arrivée~1``), or the device would not know it."""
    return (line + "\r\n").encode()
