"""Migrations are forward-only, recorded, idempotent and refuse edited history."""

from __future__ import annotations

import psycopg
import pytest

from warehouse import migrate as migrations
from warehouse.migrate import MigrationError, available, migrate


def schema_snapshot(conn: psycopg.Connection) -> list[tuple]:
    return conn.execute(
        """SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
           WHERE table_schema IN ('public', 'p88_private') ORDER BY 1, 2"""
    ).fetchall()


def test_every_shipped_migration_is_recorded(owner):
    recorded = owner.execute("SELECT version, checksum FROM schema_migrations ORDER BY version").fetchall()
    assert recorded == [(m.version, m.checksum) for m in available()]


def test_migrating_twice_changes_nothing(owner):
    before = schema_snapshot(owner)
    assert migrate(owner) == []
    assert migrate(owner) == []
    assert schema_snapshot(owner) == before


def test_a_fresh_database_migrates_from_nothing(pg_server):
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS p88_fresh WITH (FORCE)")
        admin.execute("CREATE DATABASE p88_fresh")
    from warehouse.database import with_database

    with psycopg.connect(with_database(pg_server, "p88_fresh")) as conn:
        applied = migrate(conn)
        assert [m.version for m in applied] == [m.version for m in available()]
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute("DROP DATABASE p88_fresh WITH (FORCE)")


def test_an_applied_migration_that_was_edited_is_refused(owner, monkeypatch):
    edited = [migrations.Migration(m.version, m.name, m.sql + "\n-- edited") for m in available()]
    monkeypatch.setattr(migrations, "available", lambda: edited)
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(owner)


def test_archive_contract_columns_exist_with_their_types(owner):
    expected = {
        "events": {"event_id": "bigint", "partner_id": "integer", "name": "text", "event_date": "date",
                   "city": "text", "state": "text", "provider": "text", "provider_event_id": "text"},
        "races": {"race_id": "bigint", "event_id": "bigint", "partner_id": "integer", "name": "text",
                  "distance_km": "double precision", "race_date": "date",
                  "start_time": "timestamp without time zone"},
        "participants": {"participant_id": "bigint", "partner_id": "integer", "first_name": "text",
                         "last_name": "text", "sex": "character", "birth_date": "date", "city": "text",
                         "state": "text", "email": "text"},
        "results": {"result_id": "bigint", "race_id": "bigint", "event_id": "bigint", "partner_id": "integer",
                    "participant_id": "bigint", "bib": "character varying", "age": "integer",
                    "age_group": "character varying", "status": "character varying",
                    "chip_time_s": "double precision", "gun_time_s": "double precision",
                    "overall_place": "integer", "gender_place": "integer", "age_group_place": "integer"},
        "timing_partners": {"partner_id": "integer", "name": "text", "slug": "text", "city": "text", "state": "text"},
    }
    for table, columns in expected.items():
        actual = dict(owner.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s", (table,)
        ).fetchall())
        for column, data_type in columns.items():
            assert actual.get(column) == data_type, f"{table}.{column}"


def test_timing_reads_are_unique_per_session_location_and_sequence(owner, two_companies):
    with pytest.raises(psycopg.errors.UniqueViolation):
        owner.execute(
            "INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time, raw_line)"
            " VALUES (1, 1, 'finish', 1, '100', '08:00:00', 'again')"
        )
