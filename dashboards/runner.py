"""What a display shows for one read: the values of every template field, from the read and the roster.

Pure functions. A bib the roster does not know yields its bib and read time only, never invented data;
pre-race mode (check-in at the start) shows who the runner is and the read's clock time, never times or
places. Times and places come from live scoring (``live_fields``), never from an archive result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from typing import Any

from collector.scoring import Result

RESULT_FIELDS = ("chip_time", "gun_time", "pace", "overall_place", "gender_place", "age_group_place")


@dataclass(frozen=True, slots=True)
class Read:
    """A timing read as the display needs it."""

    read_id: int
    session_id: int
    location: str
    bib: str
    read_time: time


def format_duration(seconds: float | None) -> str:
    """H:MM:SS (or M:SS under an hour), the way race results print times."""
    if seconds is None:
        return ""
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_pace(seconds: float | None, distance_km: float | None) -> str:
    """Minutes per mile, as US race results show it."""
    if not seconds or not distance_km:
        return ""
    per_mile = seconds / (distance_km / 1.609344)
    return f"{format_duration(per_mile)}/mi"


def field_values(read: Read, runner: dict[str, Any] | None, mode: str) -> dict[str, str]:
    """Every template field's text for this read; empty strings where nothing is known."""
    values = {"bib": read.bib, "time": read.read_time.strftime("%H:%M:%S")}
    if runner is None:
        return values
    first, last = runner.get("first_name") or "", runner.get("last_name") or ""
    values.update(
        name=f"{first} {last}".strip(), first_name=first, last_name=last,
        age=_text(runner.get("age")), sex=_text(runner.get("sex")), age_group=_text(runner.get("age_group")),
        city=_text(runner.get("city")), state=_text(runner.get("state")),
    )
    if mode == "results":
        chip = runner.get("chip_time_s")
        values.update(
            chip_time=format_duration(chip), gun_time=format_duration(runner.get("gun_time_s")),
            pace=format_pace(chip, runner.get("distance_km")),
            overall_place=_text(runner.get("overall_place")), gender_place=_text(runner.get("gender_place")),
            age_group_place=_text(runner.get("age_group_place")),
        )
    return values


def live_fields(result: Result | None, distance_km: float | None) -> dict[str, Any]:
    """The runner-dict keys ``field_values`` reads for times and places, from a live result (seconds, places
    among those finished so far); empty when the runner has no result yet."""
    if result is None:
        return {}
    return {"chip_time_s": result.chip_time_s, "gun_time_s": result.gun_time_s, "distance_km": distance_km,
            "overall_place": result.place, "gender_place": result.sex_place,
            "age_group_place": result.age_group_place, "age_group": result.age_group}


def sample_values() -> dict[str, str]:
    """Values for the builder's preview before any live read exists."""
    runner = {"first_name": "Jordan", "last_name": "Rivera", "age": 34, "sex": "F", "age_group": "F30-34",
              "city": "Hartford", "state": "CT", "chip_time_s": 12_645.0, "gun_time_s": 12_702.0,
              "distance_km": 42.195, "overall_place": 112, "gender_place": 31, "age_group_place": 6}
    return field_values(Read(0, 0, "finish", "1234", time(10, 30, 45)), runner, "results")


def _text(value: Any) -> str:
    return "" if value is None else str(value)
