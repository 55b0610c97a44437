"""Rows as dataclasses: the two ways the display stores read them (one that must exist, or a list)."""

from __future__ import annotations

from typing import TypeVar

import psycopg
from psycopg.rows import class_row

T = TypeVar("T")


def fetch_all(conn: psycopg.Connection, cls: type[T], sql: str, params: tuple = ()) -> list[T]:
    with conn.cursor(row_factory=class_row(cls)) as cur:
        return cur.execute(sql, params).fetchall()


def fetch_one(conn: psycopg.Connection, cls: type[T], sql: str, params: tuple, missing: Exception) -> T:
    """The one row, or ``missing`` raised: for ids that may be unknown, deleted or another company's."""
    with conn.cursor(row_factory=class_row(cls)) as cur:
        found = cur.execute(sql, params).fetchone()
    if found is None:
        raise missing
    return found


def change_one(conn: psycopg.Connection, sql: str, params: tuple, missing: Exception) -> None:
    """Run an UPDATE in its own transaction; ``missing`` raised when it touched no row."""
    with conn.transaction():
        if not conn.execute(sql, params).rowcount:
            raise missing
