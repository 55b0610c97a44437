"""The guard: one read-only query over the archive, always scoped to the asking company — or a clear refusal."""

from __future__ import annotations

import pytest

import sqlglot
from sqlglot import exp

from nlq.execute import QueryFailed, run
from nlq.guard import ALLOWED_TABLES, GuardError, guard

HOSTILE = [
    # more than one statement, or not a query
    ("SELECT 1; SELECT 2", "exactly one statement"),
    ("SELECT * FROM results; DROP TABLE results", "exactly one statement"),
    ("DROP TABLE results", "only SELECT"),
    ("DELETE FROM results", "only SELECT"),
    ("UPDATE results SET bib = 'x'", "only SELECT"),
    ("INSERT INTO results SELECT * FROM results", "only SELECT"),
    ("CREATE TABLE x AS SELECT * FROM results", "only SELECT"),
    ("CREATE VIEW v AS SELECT 1", "only SELECT"),
    ("ALTER TABLE results ADD COLUMN x INT", "only SELECT"),
    ("TRUNCATE results", "only SELECT"),
    ("ATTACH 'other.duckdb' AS other", "only SELECT"),
    ("DETACH other", "only SELECT"),
    ("COPY results TO '/tmp/out.csv'", "only SELECT"),
    ("COPY (SELECT * FROM results) TO '/tmp/out.csv'", "only SELECT"),
    ("PRAGMA database_list", "only SELECT"),
    ("SET enable_external_access = true", "only SELECT"),
    ("RESET lock_configuration", None),
    ("INSTALL httpfs", None),
    ("LOAD httpfs", None),
    ("DESCRIBE results", "only SELECT"),
    ("SHOW TABLES", "only SELECT"),
    ("EXPORT DATABASE '/tmp/x'", None),
    ("CALL pragma_version()", None),
    ("BEGIN TRANSACTION", "only SELECT"),
    ("", "exactly one statement"),
    ("SELEC * FROM results", None),
    # table functions and files
    ("SELECT * FROM read_parquet('/etc/passwd')", "table functions"),
    ("SELECT * FROM read_csv('/etc/passwd')", "table functions"),
    ("SELECT * FROM read_csv_auto('x.csv')", "table functions"),
    ("SELECT * FROM read_json('x.json')", "table functions"),
    ("SELECT * FROM read_text('/etc/passwd')", "table functions"),
    ("SELECT * FROM glob('/*')", "table functions"),
    ("SELECT * FROM 'results.parquet'", "unknown table"),
    ("SELECT * FROM '/etc/passwd'", "unknown table"),
    ("SELECT * FROM parquet_scan('x')", "table functions"),
    ("SELECT * FROM query('SELECT * FROM results')", "table functions"),
    ("SELECT * FROM query_table('results')", "table functions"),
    ("SELECT * FROM duckdb_settings()", "table functions"),
    ("SELECT * FROM duckdb_tables()", "table functions"),
    ("SELECT read_text('/etc/passwd')", "not allowed"),
    ("SELECT getenv('HOME')", "not allowed"),
    ("SELECT current_setting('allowed_directories')", "not allowed"),
    ("SELECT (SELECT count(*) FROM read_parquet('x'))", "table functions"),
    ("SELECT * FROM results WHERE bib IN (SELECT * FROM read_csv('x'))", "table functions"),
    # other catalogs, schemas, tables
    ("SELECT * FROM main.results", "qualified table names"),
    ("SELECT * FROM archive.main.results", "qualified table names"),
    ("SELECT * FROM information_schema.tables", "qualified table names"),
    ("SELECT * FROM pg_catalog.pg_tables", "qualified table names"),
    ("SELECT * FROM users", "unknown table"),
    ("SELECT * FROM api_tokens", "unknown table"),
    ("SELECT * FROM timing_reads_archive", "unknown table"),
    ("SELECT * FROM duckdb_views", "unknown table"),
    ("SELECT * FROM sqlite_master", "unknown table"),
    # CTEs that pretend to be base tables
    ("WITH results AS (SELECT * FROM results) SELECT * FROM results", "may not redefine"),
    ("WITH events AS (SELECT 1 AS event_id) SELECT * FROM events", "may not redefine"),
    ("WITH x AS (SELECT 1), RESULTS AS (SELECT 2) SELECT * FROM x", "may not redefine"),
    # writes hidden in a query
    ("SELECT * INTO newtable FROM results", "not allowed"),
]


@pytest.mark.parametrize("sql, reason", HOSTILE)
def test_hostile_sql_is_refused_with_a_reason(sql, reason):
    with pytest.raises(GuardError) as refused:
        guard(sql, 1)
    if reason:
        assert reason in str(refused.value)


def test_the_corpus_is_large_enough():
    assert len(HOSTILE) >= 50


@pytest.mark.parametrize("sql", [
    "SELECT count(*) FROM results",
    "SELECT r.name, count(*) FROM results x JOIN races r USING (race_id) GROUP BY 1",
    "WITH fin AS (SELECT * FROM results WHERE status = 'FIN') SELECT count(*) FROM fin",
    "SELECT * FROM events UNION ALL SELECT * FROM events",
    "SELECT * FROM (SELECT * FROM participants) p WHERE p.state = 'CT'",
    "SELECT e.name FROM events e WHERE EXISTS (SELECT 1 FROM races r WHERE r.event_id = e.event_id)",
    "SELECT results.bib FROM results ORDER BY results.chip_time_s LIMIT 3",
])
def test_every_table_reference_is_walled_to_the_company(sql):
    scoped = sqlglot.parse_one(guard(sql, 7), read="duckdb")
    base_tables = [t for t in scoped.find_all(exp.Table) if t.name in ALLOWED_TABLES]
    assert base_tables
    for table in base_tables:  # each sits alone in SELECT * FROM t WHERE partner_id = 7
        select = table.find_ancestor(exp.Select)
        assert select.args["where"].sql() == "WHERE partner_id = 7", scoped.sql()
        assert not select.args.get("joins")


def test_the_company_is_an_integer_never_text():
    with pytest.raises(GuardError):
        guard("SELECT 1", "1 OR 1=1")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def two(small_archive):
    (mine, _), (theirs, their_slug) = small_archive.partners[0], small_archive.partners[1]
    return small_archive.home, mine, theirs, their_slug


@pytest.mark.parametrize("sql", [
    "SELECT DISTINCT partner_id FROM results",
    "SELECT DISTINCT partner_id FROM events UNION SELECT DISTINCT partner_id FROM participants",
    "SELECT partner_id FROM timing_partners",
    "SELECT DISTINCT r.partner_id FROM results r JOIN races x ON x.race_id = r.race_id",
    "WITH everyone AS (SELECT partner_id FROM results) SELECT DISTINCT partner_id FROM everyone",
    "SELECT DISTINCT partner_id FROM results WHERE partner_id <> 0 OR 1 = 1",
])
def test_a_company_only_ever_gets_its_own_rows_back(two, sql):
    home, mine, _, _ = two
    assert {row[0] for row in run(sql, mine, home).rows} == {mine}


def test_asking_for_another_company_answers_as_if_it_did_not_exist(two):
    home, mine, theirs, their_slug = two
    assert run(f"SELECT count(*) FROM results WHERE partner_id = {theirs}", mine, home).rows == [(0,)]
    assert run(f"SELECT * FROM timing_partners WHERE slug = '{their_slug}'", mine, home).rows == []


def test_rows_are_capped_and_the_cap_is_reported(two):
    home, mine, _, _ = two
    answer = run("SELECT result_id FROM results", mine, home, row_cap=5)
    assert len(answer.rows) == 5 and answer.truncated and answer.columns == ["result_id"]


def test_a_runaway_query_is_interrupted(two):
    home, mine, _, _ = two
    with pytest.raises(QueryFailed, match="longer than 0.2 s"):
        run("SELECT count(*) FROM results a, results b, results c", mine, home, timeout_s=0.2)


def test_a_query_duckdb_rejects_is_a_clear_error(two):
    home, mine, _, _ = two
    with pytest.raises(QueryFailed, match="the query failed"):
        run("SELECT no_such_column FROM results", mine, home)
