"""The guard is a wall by construction: the two bypasses found by the attack run, a grammar-based fuzz of
nestings (CTEs, subqueries, set operations, lateral joins, quoting), each checked on execution, and the
second wall — a company's connection that cannot read another company's files even without the guard."""

from __future__ import annotations

import random
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor

import duckdb
import pytest

from nlq.execute import QueryFailed, run
from nlq.guard import GuardError, guard
from nlq.service import Context, ask
import warehouse.archive
from warehouse.archive import archive_dir, open_archive, open_company_archive


@pytest.fixture(scope="module")
def archive(small_archive):
    (mine, _), (theirs, _) = small_archive.partners[0], small_archive.partners[1]
    return small_archive.home, mine, theirs, archive_dir(small_archive.home).resolve()


def test_a_cte_name_does_not_exempt_an_outer_reference_to_a_parquet_path(archive):
    home, mine, _, version = archive
    path = f"{version}/results/*/*.parquet"
    sql = f'SELECT count(*) FROM (WITH "{path}" AS (SELECT 1) SELECT 1) x, "{path}"'
    with pytest.raises(GuardError, match="plain word"):
        guard(sql, mine)
    with pytest.raises(GuardError):
        run(sql, mine, home)


def test_a_cte_name_does_not_exempt_an_outer_reference_to_the_catalog(archive):
    home, mine, _, _ = archive
    with pytest.raises(GuardError, match="catalog"):
        guard("SELECT * FROM (WITH sqlite_master AS (SELECT 1) SELECT 1) x, sqlite_master", mine)
    with pytest.raises(GuardError, match="unknown table 'fin'"):
        guard("SELECT * FROM (WITH fin AS (SELECT 1) SELECT 1) x, fin", mine)  # out of scope, not a base table


@pytest.mark.parametrize("name", ["information_schema", "duckdb_tables", "pg_class", "sqlite_schema",
                                  '"results.parquet"', '"/etc/passwd"', '"~/x"', '"a b"'])
def test_catalog_tables_and_path_like_identifiers_are_refused_wherever_they_stand(name):
    for sql in (f"SELECT * FROM {name}", f"WITH {name} AS (SELECT 1) SELECT * FROM {name}",
                f"SELECT * FROM results WHERE bib IN (SELECT bib FROM {name})"):
        with pytest.raises(GuardError):
            guard(sql, 1)


def test_ctes_resolve_by_scope_as_sql_does():
    walled = guard("WITH a AS (SELECT * FROM results), b AS (SELECT * FROM a) SELECT * FROM b", 3)
    assert walled.count("partner_id = 3") == 1
    guard("WITH RECURSIVE t(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM t WHERE n < 3) SELECT * FROM t", 3)
    guard("WITH x AS (SELECT 1) SELECT * FROM (SELECT * FROM x) y", 3)  # visible in subqueries below
    with pytest.raises(GuardError, match="unknown table 'a'"):
        guard("WITH b AS (SELECT * FROM a), a AS (SELECT 1) SELECT * FROM b", 3)  # not yet defined


# ---- grammar-based fuzz ------------------------------------------------------------------------------
TABLES = ["results", "events", "races", "participants", "timing_partners"]


class Grammar:
    """Random queries whose single output column is ``partner_id``, mixing legitimate and hostile pieces."""

    def __init__(self, rng: random.Random, path: str) -> None:
        self.rng = rng
        self.hostile_names = [f'"{path}"', "sqlite_master", "duckdb_tables", "information_schema",
                              '"results"', "Results", "RESULTS", "pg_tables", '"x.parquet"']
        self.hostile_sources = [f"read_parquet('{path}')", f"'{path}'", "glob('/*')", "main.results",
                                "duckdb_views()"]

    def name(self) -> str:
        return self.rng.choice(["fin", "everyone", "x1", "t", '"Q"', *self.hostile_names, *TABLES])

    def source(self, ctes: list[str]) -> str:
        roll = self.rng.random()
        if roll < 0.1:
            return self.rng.choice(self.hostile_sources)
        if roll < 0.45 and ctes:
            return self.rng.choice(ctes)
        if roll < 0.55:
            return self.rng.choice(self.hostile_names)
        return self.rng.choice(TABLES)

    def query(self, depth: int, ctes: list[str]) -> str:
        if depth <= 0:
            return f"SELECT partner_id FROM {self.source(ctes)}"
        shape = self.rng.randrange(8)
        inner = lambda: self.query(depth - 1, ctes)  # noqa: E731
        if shape == 0:
            names = [self.name() for _ in range(self.rng.randint(1, 2))]
            defined = [f"{n} AS ({self.query(depth - 1, ctes)})" for n in names]
            recursive = "RECURSIVE " if self.rng.random() < 0.1 else ""
            return (f"WITH {recursive}{', '.join(defined)} "
                    f"SELECT partner_id FROM {self.source(ctes + names)}")
        if shape == 1:
            op = self.rng.choice(["UNION", "UNION ALL", "EXCEPT", "INTERSECT"])
            return f"{inner()} {op} {inner()}"
        if shape == 2:
            return f"SELECT s.partner_id FROM ({inner()}) AS s"
        if shape == 3:
            return (f"SELECT a.partner_id FROM ({inner()}) AS a, "
                    f"LATERAL (SELECT partner_id FROM {self.source(ctes)} WHERE partner_id = a.partner_id) AS b")
        if shape == 4:
            return f"SELECT partner_id FROM {self.source(ctes)} WHERE EXISTS ({inner()})"
        if shape == 5:  # the attack's shape: a WITH inside a subquery, its name used outside
            name = self.name()
            return (f"SELECT y.partner_id FROM (WITH {name} AS ({inner()}) SELECT 1 AS one) AS x, "
                    f"{name} AS y")
        if shape == 6:
            return f"SELECT partner_id FROM ({inner()}) AS s WHERE partner_id IN ({inner()}) OR 1 = 1"
        return f"SELECT (SELECT partner_id FROM ({inner()}) AS q LIMIT 1) AS partner_id"


def test_fuzzed_nestings_never_return_another_companys_rows_or_another_file(archive):
    home, mine, _, version = archive
    grammar = Grammar(random.Random(20261130), f"{version}/results/*/*.parquet")
    everything = open_archive(home)  # the guard alone, with every company's files readable
    outcomes = {"refused": 0, "failed": 0, "answered": 0}
    try:
        for _ in range(600):
            sql = grammar.query(grammar.rng.randint(1, 4), [])
            try:
                walled = guard(sql, mine)
            except GuardError:
                outcomes["refused"] += 1
                continue
            try:
                alone = {row[0] for row in everything.execute(walled).fetchall()}
            except duckdb.Error:
                outcomes["failed"] += 1  # e.g. a set operation DuckDB will not bind; nothing came back
                continue
            assert alone <= {mine, None}, f"the guard alone let other rows through: {sql}"
            both = {row[0] for row in run(sql, mine, home, row_cap=100_000).rows}
            assert both <= {mine, None}, sql
            outcomes["answered"] += 1
    finally:
        everything.close()
    assert outcomes["answered"] >= 100 and outcomes["refused"] >= 100, outcomes  # the fuzz reaches both sides


@pytest.fixture(params=["in memory", "read from Parquet"])
def company_kept(request, monkeypatch) -> str:
    """A company's connection either way it is opened: its rows read into memory (a small company), or read from its
    own Parquet files per query (a big one: here every company, the bound set to 0)."""
    monkeypatch.setattr(warehouse.archive, "_databases", OrderedDict())   # (connections are cached per company)
    if request.param == "read from Parquet":
        monkeypatch.setattr(warehouse.archive, "IN_MEMORY_MAX_BYTES", 0)
    return request.param


def test_a_company_read_into_memory_or_from_parquet_answers_alike(archive, monkeypatch):
    home, mine, _, _ = archive
    sql = ("SELECT e.name, ra.name, count(*), median(r.chip_time_s) FROM results r JOIN events e ON e.event_id = "
           "r.event_id JOIN races ra ON ra.race_id = r.race_id WHERE r.status = 'FIN' GROUP BY ALL ORDER BY ALL")
    answers = {}
    for bound in (warehouse.archive.IN_MEMORY_MAX_BYTES, 0):
        monkeypatch.setattr(warehouse.archive, "_databases", OrderedDict())
        monkeypatch.setattr(warehouse.archive, "IN_MEMORY_MAX_BYTES", bound)
        with open_company_archive(home, mine) as conn:
            readable = conn.execute("SELECT current_setting('allowed_directories')").fetchone()[0]
        answers[bound] = (run(sql, mine, home, row_cap=100_000).rows, readable)
    (in_memory, nothing_readable), (from_parquet, its_folders) = answers.values()
    assert in_memory == from_parquet and len(in_memory) >= 3
    assert nothing_readable == [] and its_folders and all(f"partner_id={mine}/" in folder for folder in its_folders)


def test_a_companys_connection_cannot_read_another_companys_files_even_without_the_guard(archive, company_kept):
    home, mine, theirs, version = archive
    with open_company_archive(home, mine) as conn:
        assert {r[0] for r in conn.execute("SELECT DISTINCT partner_id FROM results").fetchall()} == {mine}
        assert conn.execute("SELECT count(*) FROM timing_partners").fetchone()[0] == 1
        for escape in (f"SELECT count(*) FROM read_parquet('{version}/results/*/*.parquet')",
                       f"SELECT count(*) FROM '{version}/results/partner_id={theirs}/data.parquet'",
                       "SELECT * FROM read_text('/etc/passwd')",
                       "SET enable_external_access = true"):
            with pytest.raises(duckdb.Error):
                conn.execute(escape).fetchall()


def test_thirty_two_questions_from_four_companies_at_once_all_answer_walled(small_archive):
    companies = small_archive.partners[:4]
    questions = ["How many events did we time in 2019?", "How many unique runners have we timed?",
                 "How many races were held in 2022?", "SELECT DISTINCT partner_id FROM results"]

    def one(i: int):
        partner_id, slug = companies[i % 4]
        question = questions[i // 4 % 4]
        if question.startswith("SELECT"):
            return partner_id, {r[0] for r in run(question, partner_id, small_archive.home).rows}
        reply = ask(question, Context(partner_id, slug, small_archive.home, None, None, None))
        return partner_id, reply

    with ThreadPoolExecutor(32) as pool:
        results = list(pool.map(one, range(32)))
    for partner_id, outcome in results:
        if isinstance(outcome, set):
            assert outcome == {partner_id}
        else:
            assert outcome.path == "parser" and outcome.rows, outcome
    assert len(results) == 32


def test_a_runaway_query_of_one_company_does_not_stop_another_companys(archive):
    home, mine, theirs, _ = archive
    with ThreadPoolExecutor(2) as pool:
        slow = pool.submit(run, "SELECT count(*) FROM results a, results b, results c", mine, home, timeout_s=1.0)
        quick = pool.submit(run, "SELECT count(*) FROM events", theirs, home)
        assert quick.result().rows[0][0] > 0
        with pytest.raises(QueryFailed, match="longer than"):
            slow.result()


# ---- from the second attack run ------------------------------------------------------------------------
@pytest.mark.parametrize("sql", [
    "SELECT j.* FROM timing_partners, LATERAL json_execute_serialized_sql(json_serialize_sql('SELECT 1')) j",
    "SELECT json_execute_serialized_sql('x')",
    "SELECT * FROM results WHERE bib IN (SELECT unnest(read_blob('x')))",
    "SELECT some_function_nobody_listed(bib) FROM results",
])
def test_functions_sqlglot_does_not_know_run_only_from_an_allow_list(sql):
    with pytest.raises(GuardError, match="not allowed"):
        guard(sql, 1)


def test_sql_that_does_not_even_tokenize_or_nests_too_deep_is_a_refusal_not_a_crash():
    with pytest.raises(GuardError, match="not valid SQL"):
        guard("SELECT 'abc", 1)
    for depth in (5_000, 200_000):   # (sqlglot's compiled parser, sqlglotc, reads a few hundred levels)
        with pytest.raises(GuardError, match="nested too deeply"):
            guard("SELECT " + "(" * depth + "1" + ")" * depth, 1)


def test_duckdbs_temp_directory_is_not_readable_from_a_question(archive, company_kept, tmp_path, monkeypatch):
    home, mine, _, _ = archive
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".tmp").mkdir()
    (tmp_path / ".tmp" / "spill.txt").write_text("another company's spill")
    with open_company_archive(home, mine) as conn:
        assert conn.execute("SELECT current_setting('temp_directory')").fetchone()[0] == ""
        with pytest.raises(duckdb.Error):
            conn.execute("SELECT * FROM read_text('.tmp/spill.txt')").fetchall()
