"""What every provider adapter yields: events, roster entries and results in one normalized shape.

Adapters only read and translate (pure translation functions per provider, HTTP at the edge); writing is
``providers.store``'s job, so an adapter can never leave half a roster in the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class ProviderEvent:
    provider_event_id: str
    name: str
    event_date: date | None = None
    city: str | None = None
    state: str | None = None
    modified_at: datetime | None = None
    data: dict[str, Any] = field(default_factory=dict)     # races/distances and anything else worth keeping


@dataclass(frozen=True)
class ProviderParticipant:
    provider_participant_id: str
    first_name: str
    last_name: str
    bib: str | None = None
    sex: str | None = None                                  # M, F or X
    birth_date: date | None = None
    age: int | None = None
    city: str | None = None
    state: str | None = None
    email: str | None = None
    race_name: str | None = None
    modified_at: datetime | None = None


@dataclass(frozen=True)
class ProviderResult:
    provider_result_id: str
    status: str                                             # FIN, DNF, DNS or DQ
    bib: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None
    age: int | None = None
    race_name: str | None = None
    chip_time_s: float | None = None
    gun_time_s: float | None = None
    overall_place: int | None = None


class Provider(Protocol):
    """One provider's API for one timing company's credentials."""

    name: str

    def list_events(self, modified_since: datetime | None = None) -> Iterator[ProviderEvent]: ...

    def get_event(self, provider_event_id: str) -> ProviderEvent: ...

    def get_participants(self, provider_event_id: str,
                         modified_since: datetime | None = None) -> Iterator[ProviderParticipant]: ...

    def get_results(self, provider_event_id: str) -> Iterator[ProviderResult]: ...


def normal_sex(value: object) -> str | None:
    """'M'/'F'/'X' from the many ways providers write it; None when absent or unknown."""
    text = str(value or "").strip().upper()
    if text in ("M", "MALE", "MAN", "MEN"):
        return "M"
    if text in ("F", "FEMALE", "WOMAN", "WOMEN", "W"):
        return "F"
    if text in ("X", "NB", "NON-BINARY", "NONBINARY", "NON BINARY", "U"):
        return "X"
    return None


def clock_seconds(value: object) -> float | None:
    """'1:23:45', '23:45.6' or seconds → seconds; None when empty."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    parts = str(value).strip().split(":")
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    seconds = 0.0
    for number in numbers:
        seconds = seconds * 60 + number
    return seconds
