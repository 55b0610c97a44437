"""Checking SQL a model wrote before it runs: the guard first, then binding against the empty schema, so an
invented table or column is caught with a message the model can act on."""

from __future__ import annotations

import duckdb

from nlq.guard import GuardError, guard
from nlq.schema import empty_catalog
from project88.errors import P88Error


class InvalidSql(P88Error):
    """SQL that the guard refuses or that does not bind to the archive's schema."""


def validate(sql: str, partner_id: int) -> str:
    """The guarded SQL, once it is known to bind; InvalidSql with the reason otherwise."""
    try:
        scoped = guard(sql, partner_id)
    except GuardError as error:
        raise InvalidSql(str(error)) from None
    with empty_catalog() as conn:
        try:
            conn.execute(f"EXPLAIN {scoped}")
        except duckdb.Error as error:
            lines = [line.strip() for line in str(error).splitlines() if line.strip() and "LINE" not in line]
            raise InvalidSql(" ".join(lines[:2])) from None
    return scoped
