"""Run guarded SQL on the archive: read-only, nothing but the archive readable, a timeout and a row cap."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from nlq.guard import guard
from project88.errors import P88Error
from warehouse.archive import open_company_archive

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_ROW_CAP = 1000


class QueryFailed(P88Error):
    """The query was refused by DuckDB, or ran past its time."""


@dataclass(frozen=True)
class Answer:
    sql: str                 # what actually ran: the guarded, company-scoped SQL
    columns: list[str]
    rows: list[tuple]
    truncated: bool          # more rows existed than the cap


def run(sql: str, partner_id: int, home: Path, *, timeout_s: float = DEFAULT_TIMEOUT_S,
        row_cap: int = DEFAULT_ROW_CAP) -> Answer:
    """Guard ``sql`` for ``partner_id`` and run it on a connection that sees only that company's files (two
    walls: the guard's rewrite, and the files); the query is interrupted after ``timeout_s``. Safe to call
    from many threads at once. Raises GuardError, QueryFailed, ArchiveMissing."""
    scoped = guard(sql, partner_id)
    with open_company_archive(home, partner_id) as conn:
        timer = threading.Timer(timeout_s, conn.interrupt)
        timer.start()
        try:
            cursor = conn.execute(scoped)
            rows = cursor.fetchmany(row_cap + 1)
            columns = [d[0] for d in cursor.description]
        except duckdb.InterruptException:
            raise QueryFailed(f"the query ran longer than {timeout_s:g} s and was stopped") from None
        except duckdb.Error as error:
            raise QueryFailed(f"the query failed: {str(error).splitlines()[0]}") from None
        finally:
            timer.cancel()
    return Answer(scoped, columns, rows[:row_cap], len(rows) > row_cap)
