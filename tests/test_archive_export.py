"""The export: Parquet per company, a DuckDB catalog with the contract names, incremental, atomic."""

from __future__ import annotations

import subprocess
import sys

import duckdb
import psycopg
import pytest

from warehouse import export as export_module
from warehouse.archive import ArchiveMissing, open_archive
from warehouse.export import ExportFailed, adbc_uri, export_archive
from warehouse.generate import generate

CONTRACT = {
    "timing_partners": {"partner_id": "INTEGER", "name": "VARCHAR", "slug": "VARCHAR", "city": "VARCHAR",
                        "state": "VARCHAR"},
    "events": {"event_id": "BIGINT", "partner_id": "INTEGER", "name": "VARCHAR", "event_date": "DATE",
               "city": "VARCHAR", "state": "VARCHAR", "provider": "VARCHAR", "provider_event_id": "VARCHAR"},
    "races": {"race_id": "BIGINT", "event_id": "BIGINT", "partner_id": "INTEGER", "name": "VARCHAR",
              "distance_km": "DOUBLE", "race_date": "DATE", "start_time": "TIMESTAMP"},
    "participants": {"participant_id": "BIGINT", "partner_id": "INTEGER", "first_name": "VARCHAR",
                     "last_name": "VARCHAR", "sex": "VARCHAR", "birth_date": "DATE", "city": "VARCHAR",
                     "state": "VARCHAR", "email": "VARCHAR"},
    "results": {"result_id": "BIGINT", "race_id": "BIGINT", "event_id": "BIGINT", "partner_id": "INTEGER",
                "participant_id": "BIGINT", "bib": "VARCHAR", "age": "INTEGER", "age_group": "VARCHAR",
                "status": "VARCHAR", "chip_time_s": "DOUBLE", "gun_time_s": "DOUBLE", "overall_place": "INTEGER",
                "gender_place": "INTEGER", "age_group_place": "INTEGER"},
    "timing_sessions": {"id": "BIGINT", "partner_id": "INTEGER", "session_name": "VARCHAR", "event_id": "VARCHAR"},
    "timing_reads": {"id": "BIGINT", "partner_id": "INTEGER", "session_id": "BIGINT", "location_name": "VARCHAR",
                     "sequence_number": "BIGINT", "bib": "VARCHAR", "reader_id": "VARCHAR", "read_time": "TIME",
                     "lap_count": "INTEGER", "received_at": "TIMESTAMP WITH TIME ZONE"},
}


def snapshot(home) -> dict[str, list]:
    with open_archive(home) as conn:
        return {t: conn.execute(f"SELECT * EXCLUDE (partner_id), partner_id FROM {t} ORDER BY ALL").fetchall()
                for t in CONTRACT}


def test_the_catalog_has_the_contract_tables_columns_and_types(small_archive):
    with open_archive(small_archive.home) as conn:
        for table, columns in CONTRACT.items():
            actual = {name: kind for name, kind, *_ in conn.execute(f"DESCRIBE {table}").fetchall()}
            assert {c: actual.get(c) for c in columns} == columns, table


def test_every_row_of_postgres_is_in_the_archive_in_its_company_partition(small_archive):
    with psycopg.connect(small_archive.database_url) as pg, open_archive(small_archive.home) as duck:
        for table in ("events", "races", "participants", "results"):
            pg_counts = dict(pg.execute(f"SELECT partner_id, count(*) FROM {table} GROUP BY 1").fetchall())
            duck_counts = dict(duck.execute(f"SELECT partner_id, count(*) FROM {table} GROUP BY 1").fetchall())
            assert duck_counts == pg_counts, table
    layout = small_archive.home / "archive" / "results"
    assert sorted(p.name for p in layout.iterdir()) == sorted(f"partner_id={p}" for p, _ in small_archive.partners)


def test_the_archive_reader_can_read_nothing_else(small_archive):
    with open_archive(small_archive.home) as conn:
        with pytest.raises(duckdb.Error):
            conn.execute("SELECT * FROM read_csv('/etc/passwd')").fetchall()
        with pytest.raises(duckdb.Error):
            conn.execute("SET enable_external_access = true")
        with pytest.raises(duckdb.Error):
            conn.execute("CREATE TABLE x (a int)")


def test_a_missing_archive_names_the_command_that_makes_it(tmp_path):
    with pytest.raises(ArchiveMissing, match="p88 export"):
        open_archive(tmp_path)


@pytest.fixture
def archived(db_url, owner, tmp_path):
    generate(db_url, scale=0.005, seed=3)
    export_archive(db_url, tmp_path)
    return tmp_path


def test_exporting_twice_gives_the_same_archive(archived, db_url):
    before = snapshot(archived)
    export_archive(db_url, archived)
    assert snapshot(archived) == before


def test_an_incremental_export_rewrites_only_the_changed_companies(archived, db_url, owner):
    def age_every_row(to: str) -> None:  # past the touch triggers, as if written long ago
        with owner.transaction():
            owner.execute("SET LOCAL session_replication_role = replica")
            for table in ("events", "races", "participants", "results", "timing_sessions"):
                owner.execute(f"UPDATE {table} SET updated_at = %s", (to,))

    age_every_row("2000-01-01")
    export_archive(db_url, archived, full=True)  # the watermark is now 2000-01-01
    age_every_row("1999-01-01")                  # and every row is older than it, overlap included
    partner = owner.execute("SELECT min(partner_id) FROM results").fetchone()[0]
    owner.execute("UPDATE results SET bib = 'X' || bib WHERE result_id = (SELECT min(result_id) FROM results WHERE partner_id = %s)",
                  (partner,))
    report = export_archive(db_url, archived)
    assert report.partitions["results"] == [partner]
    assert report.partitions["events"] == [] and report.partitions["participants"] == []
    with open_archive(archived) as conn:
        assert conn.execute("SELECT count(*) FROM results WHERE bib LIKE 'X%'").fetchone()[0] == 1
    columns = "result_id, partner_id, participant_id, bib, status, chip_time_s, overall_place"
    with open_archive(archived) as conn:
        exported = conn.execute(f"SELECT {columns} FROM results ORDER BY result_id").fetchall()
    assert exported == owner.execute(f"SELECT {columns} FROM results ORDER BY result_id").fetchall()


def test_a_crash_mid_export_leaves_the_previous_archive_readable(archived, db_url, monkeypatch):
    before = snapshot(archived)
    calls = {"n": 0}
    real_write = export_module._write_table

    def failing_write(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full (injected)")
        return real_write(*args, **kwargs)

    monkeypatch.setattr(export_module, "_write_table", failing_write)
    with pytest.raises(ExportFailed, match="previous archive is unchanged: disk full"):
        export_archive(db_url, archived, full=True)
    assert snapshot(archived) == before
    assert not list((archived / "archive-versions").glob("*.partial"))


def test_a_database_that_is_away_fails_the_export_cleanly(archived):
    before = snapshot(archived)
    with pytest.raises(ExportFailed, match="previous archive is unchanged"):
        export_archive("host=127.0.0.1 port=1 dbname=p88 connect_timeout=1", archived)
    assert snapshot(archived) == before


def test_live_timing_is_exported_with_reads_moved_to_the_30_day_archive(db_url, owner, two_companies, tmp_path):
    owner.execute("""INSERT INTO timing_reads_archive (id, partner_id, session_id, location_name, sequence_number, bib,
                         read_time, raw_line) VALUES (5000, 1, 1, 'finish', 99, '7', '09:00', 'raw')""")
    export_archive(db_url, tmp_path)
    with open_archive(tmp_path) as conn:
        rows = conn.execute("SELECT partner_id, count(*) FROM timing_reads GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [(1, 3), (2, 2)]  # the seeded read, the seeded archived read (+ the one added for company 1)


def test_adbc_uris_carry_sockets_and_passwords():
    assert adbc_uri("user=postgres dbname=p88 host=/tmp/x/pg") == "postgresql://postgres@/p88?host=%2Ftmp%2Fx%2Fpg"
    assert adbc_uri("postgresql://u:p%40ss@db:5433/p88") == "postgresql://u:p%40ss@/p88?host=db&port=5433"


def test_the_cli_reports_an_unreachable_database_in_one_line(tmp_path):
    env = {"P88_HOME": str(tmp_path), "P88_DATABASE_URL": "postgresql://u:secret@127.0.0.1:1/p88", "PATH": "/usr/bin"}
    done = subprocess.run([sys.executable, "-m", "project88", "export"], capture_output=True, text=True, env=env)
    assert done.returncode != 0 and "secret" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "127.0.0.1" in done.stderr


PG_TYPES = {"INTEGER": "integer", "BIGINT": "bigint", "VARCHAR": ("text", "character varying", "character"),
            "DATE": "date", "DOUBLE": "double precision", "TIMESTAMP": "timestamp without time zone",
            "TIMESTAMP WITH TIME ZONE": "timestamp with time zone", "TIME": "time without time zone"}


def test_postgres_has_the_same_contract_columns_and_types(owner):
    for table, columns in CONTRACT.items():
        actual = dict(owner.execute("""SELECT column_name, data_type FROM information_schema.columns
                                       WHERE table_schema = 'public' AND table_name = %s""", (table,)).fetchall())
        for column, duck_type in columns.items():
            expected = PG_TYPES[duck_type]
            assert actual.get(column) in (expected if isinstance(expected, tuple) else (expected,)), (table, column)
