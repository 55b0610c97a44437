"""The archive's contract tables as the model sees them: columns, DuckDB types and what each means.

Also an empty in-memory copy of the schema, so SQL a model wrote can be bound (tables and columns checked)
without touching any company's data. ``tests/test_nlq_llm.py`` proves this matches the real export.
"""

from __future__ import annotations

import duckdb

# (column, DuckDB type, meaning); partner_id is in every table but the guard handles it, so it is not shown.
CONTRACT: dict[str, list[tuple[str, str, str]]] = {
    "timing_partners": [
        ("name", "VARCHAR", "the timing company's name"), ("slug", "VARCHAR", "short id"),
        ("city", "VARCHAR", "home city"), ("state", "VARCHAR", "home state, 2 letters"),
        ("created_at", "TIMESTAMP WITH TIME ZONE", ""), ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
    ],
    "events": [
        ("event_id", "BIGINT", "primary key"), ("name", "VARCHAR", "event name, the same every year"),
        ("event_date", "DATE", "day of the event"), ("city", "VARCHAR", "where it is held"),
        ("state", "VARCHAR", "2-letter state"), ("provider", "VARCHAR", "registration provider"),
        ("provider_event_id", "VARCHAR", ""), ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
    ],
    "races": [
        ("race_id", "BIGINT", "primary key"), ("event_id", "BIGINT", "-> events"),
        ("name", "VARCHAR", "Marathon, Half Marathon, 10K, 5K, 1 Mile or 50K"),
        ("distance_km", "DOUBLE", "42.195, 21.0975, 10, 5, 1.609, 50"), ("race_date", "DATE", ""),
        ("start_time", "TIMESTAMP", "gun time"), ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
    ],
    "participants": [
        ("participant_id", "BIGINT", "primary key: one runner across races"), ("first_name", "VARCHAR", ""),
        ("last_name", "VARCHAR", ""), ("sex", "VARCHAR", "M, F or X"), ("birth_date", "DATE", ""),
        ("city", "VARCHAR", "where the runner lives"), ("state", "VARCHAR", ""), ("email", "VARCHAR", ""),
        ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
    ],
    "results": [
        ("result_id", "BIGINT", "primary key: one runner in one race"), ("race_id", "BIGINT", "-> races"),
        ("event_id", "BIGINT", "-> events"), ("participant_id", "BIGINT", "-> participants"),
        ("bib", "VARCHAR", ""), ("age", "INTEGER", "age on race day"), ("age_group", "VARCHAR", "e.g. M35-39"),
        ("status", "VARCHAR", "FIN, DNF, DNS or DQ"), ("chip_time_s", "DOUBLE", "finish time in seconds"),
        ("gun_time_s", "DOUBLE", ""), ("overall_place", "INTEGER", "place in the race among finishers"),
        ("gender_place", "INTEGER", ""), ("age_group_place", "INTEGER", ""),
        ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
    ],
    "timing_sessions": [
        ("id", "BIGINT", ""), ("session_name", "VARCHAR", ""), ("event_name", "VARCHAR", ""),
        ("event_id", "VARCHAR", "the timing software's event id"), ("timing_point", "VARCHAR", ""),
        ("status", "VARCHAR", "active or closed"), ("start_time", "TIMESTAMP WITH TIME ZONE", ""),
        ("end_time", "TIMESTAMP WITH TIME ZONE", ""), ("created_at", "TIMESTAMP WITH TIME ZONE", ""),
        ("updated_at", "TIMESTAMP WITH TIME ZONE", ""),
        ("time_zone", "VARCHAR", "IANA zone of its clock times; NULL = the collector's"),
    ],
    "timing_reads": [
        ("id", "BIGINT", ""), ("session_id", "BIGINT", "-> timing_sessions"), ("location_name", "VARCHAR", ""),
        ("sequence_number", "BIGINT", ""), ("bib", "VARCHAR", ""), ("reader_id", "VARCHAR", ""),
        ("read_time", "TIME", ""), ("read_timestamp", "TIMESTAMP WITH TIME ZONE", ""), ("lap_count", "INTEGER", ""),
        ("gator", "INTEGER", ""), ("is_gun_time", "BOOLEAN", ""), ("raw_line", "VARCHAR", ""),
        ("received_at", "TIMESTAMP WITH TIME ZONE", ""),
        ("device", "VARCHAR", "the device that sent it: '<client name>@<address>'"),
    ],
}


def schema_text() -> str:
    """Compact DDL-like text for a prompt: one line per table, meanings as comments."""
    lines = []
    for table, columns in CONTRACT.items():
        described = ", ".join(f"{name} {kind}" + (f" /* {meaning} */" if meaning else "")
                              for name, kind, meaning in columns)
        lines.append(f"{table}({described})")
    return "\n".join(lines)


def empty_catalog() -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with every contract table created empty (partner_id included), nothing else."""
    conn = duckdb.connect(":memory:")
    for table, columns in CONTRACT.items():
        defined = ", ".join(f"{name} {kind}" for name, kind, _ in columns)
        conn.execute(f"CREATE TABLE {table} ({defined}, partner_id INTEGER)")
    conn.execute("SET enable_external_access = false")
    conn.execute("SET lock_configuration = true")
    return conn
