"""How answers look to people: finish times as clocks, dates as ISO, everything JSON-safe."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any


def clock(seconds: float) -> str:
    """3725.4 → "1:02:05" (finish times are shown to the second)."""
    hours, rest = divmod(int(round(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def is_duration(column: str) -> bool:
    """Columns holding seconds of running time end in ``_s`` (chip_time_s, median_s, personal_best_s)."""
    return column.endswith("_s")


def cell(column: str, value: Any) -> str:
    """A value as a results table shows it."""
    if value is None:
        return ""
    if is_duration(column) and isinstance(value, (int, float, Decimal)):
        return clock(float(value))
    if isinstance(value, float):
        return f"{value:,.1f}"
    if isinstance(value, (datetime, date, time)):
        return value.isoformat(sep=" ", timespec="seconds") if isinstance(value, datetime) else value.isoformat()
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def to_json(value: Any, indent: int | None = None) -> str:
    return json.dumps(value, default=_jsonable, indent=indent, ensure_ascii=False)
