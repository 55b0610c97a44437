"""The one guard every question's SQL passes, whichever path wrote it: a tenant never sees another's rows.

Pure sqlglot, no I/O. Accepts exactly one read-only query (CTEs, UNION, subqueries allowed) over the archive's
contract tables, refuses everything else with a reason, and rewrites every table reference into that table
filtered to the asking company — so even a query that "forgets" its WHERE clause, or asks for another
company by name, can only ever read the asking company's rows.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError, TokenError

from project88.errors import P88Error

ALLOWED_TABLES = frozenset({
    "timing_partners", "events", "races", "participants", "results", "timing_sessions", "timing_reads",
    "live_results",                     # PostgreSQL only: a race's results so far (nlq.live)
})
# Statement and expression types that read or change anything but the allowed tables.
FORBIDDEN_NODES = (exp.DML, exp.DDL, exp.Command, exp.Copy, exp.Attach, exp.Detach, exp.Pragma, exp.Set,
                   exp.Use, exp.Describe, exp.Show, exp.Transaction, exp.Commit, exp.Rollback, exp.Into)
# Functions that reach outside the query's tables (files, the catalog, settings, other databases).
FORBIDDEN_FUNCTION_PREFIXES = ("read_", "parquet_", "glob", "query", "sniff_", "iceberg", "delta", "getenv",
                               "duckdb_", "pragma_", "current_setting", "postgres_", "sqlite_", "mysql_",
                               "httpfs", "load_", "install_", "export_", "import_", "checkpoint", "pg_")
# Functions sqlglot does not know (exp.Anonymous) run only from this list: DuckDB has functions that run
# SQL or read files under names no prefix list can foresee (json_execute_serialized_sql, ...).
ALLOWED_UNKNOWN_FUNCTIONS = frozenset("""
jaro_winkler_similarity jaro_similarity levenshtein damerau_levenshtein quantile_cont quantile_disc mode
string_agg list arg_max arg_min max_by min_by strftime date_part datepart date_diff datediff epoch
regexp_matches contains starts_with ends_with bool_or bool_and count_if nullif ifnull coalesce greatest
least abs floor ceil ceiling trunc dayname monthname isodow dayofweek dayofyear week weekofyear quarter
make_date age concat_ws lpad rpad split_part strlen length initcap median round year month day
""".split())
DIALECT = "duckdb"
PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CATALOG_PREFIXES = ("sqlite_", "information_schema", "duckdb_", "pg_", "pragma_", "temp", "system")


class GuardError(P88Error):
    """SQL the guard will not run; the message says why in words a race director can read."""


def guard(sql: str, partner_id: int, dialect: str = DIALECT) -> str:
    """The query, rewritten to read only ``partner_id``'s rows; GuardError when it is not a single safe SELECT.

    ``dialect`` is the SQL's own: "duckdb" for the archive, "postgres" for live timing questions. The rewrite is a
    pure function of its three arguments, so the last few thousand are kept (a question's own checks repeat).
    """
    if not isinstance(partner_id, int) or isinstance(partner_id, bool):
        raise GuardError("the company must be an integer id")
    return _guarded(sql, partner_id, dialect)


@lru_cache(maxsize=4096)
def _guarded(sql: str, partner_id: int, dialect: str) -> str:
    tree = _single_query(sql, dialect)
    _refuse_forbidden_nodes(tree)
    cte_references = _resolve_names(tree, frozenset())
    _refuse_forbidden_functions(tree)
    return _scope(tree, partner_id, cte_references).sql(dialect=dialect, copy=False)   # the tree is ours alone


def _single_query(sql: str, dialect: str) -> exp.Expression:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except (ParseError, TokenError) as error:
        raise GuardError(f"not valid SQL: {str(error).splitlines()[0]}") from None
    except RecursionError:
        raise GuardError("the query is nested too deeply") from None
    if len(statements) != 1:
        raise GuardError(f"exactly one statement is allowed, got {len(statements)}")
    tree = statements[0]
    if not isinstance(tree, exp.Query):
        raise GuardError(f"only SELECT queries are allowed, not {tree.key.upper()}")
    return tree


def _refuse_forbidden_nodes(tree: exp.Expression) -> None:
    for node in tree.walk():
        if isinstance(node, FORBIDDEN_NODES):
            raise GuardError(f"{node.key.upper()} is not allowed in a question")


def _refuse_forbidden_functions(tree: exp.Expression) -> None:
    for node in tree.walk():
        if isinstance(node, exp.Func):
            name = (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()
            if name.startswith(FORBIDDEN_FUNCTION_PREFIXES) or (
                    isinstance(node, exp.Anonymous) and name not in ALLOWED_UNKNOWN_FUNCTIONS):
                raise GuardError(f"the function {name} is not allowed")


def _resolve_names(node: exp.Expression, visible: frozenset[str]) -> set[int]:
    """Resolve every table reference by scope, as SQL does: a WITH name is visible only inside the query
    that defines it (its body, later CTEs, itself when RECURSIVE) and the subqueries below. Returns the ids
    of references to a CTE; every other reference must name a contract table (GuardError otherwise)."""
    cte_references: set[int] = set()
    with_ = node.args.get("with_") if isinstance(node, exp.Query) else None
    if with_ is not None:
        for cte in with_.expressions:
            name = _plain_name(cte.alias_or_name, "a WITH name")
            if name in ALLOWED_TABLES:
                raise GuardError(f"a WITH clause may not redefine the table {name}")
            cte_references |= _resolve_names(cte.this, visible | {name} if with_.args.get("recursive") else visible)
            visible = visible | {name}
    for child in node.iter_expressions():
        if child is with_:
            continue
        if isinstance(child, exp.Table):
            if _check_table(child, visible):
                cte_references.add(id(child))
            _resolve_children(child, visible, cte_references)
        else:
            cte_references |= _resolve_names(child, visible)
    return cte_references


def _resolve_children(table: exp.Table, visible: frozenset[str], found: set[int]) -> None:
    """Subqueries hanging off a table node (a join's ON, a pivot) resolve in the same scope."""
    for child in table.iter_expressions():
        if not isinstance(child, exp.Identifier):
            found |= _resolve_names(child, visible)


def _check_table(table: exp.Table, visible: frozenset[str]) -> bool:
    """Whether ``table`` refers to a CTE in scope; a contract table passes; anything else is refused."""
    if not isinstance(table.this, exp.Identifier):
        raise GuardError("table functions are not allowed (read_parquet, read_csv, glob, ...)")
    if table.args.get("db") or table.args.get("catalog"):
        raise GuardError(f"qualified table names are not allowed ({table.sql(dialect=DIALECT)})")
    name = _plain_name(table.name, "a table name")
    if name in visible:
        return True
    if name not in ALLOWED_TABLES:
        raise GuardError(f"unknown table {table.name!r}; the archive has {', '.join(sorted(ALLOWED_TABLES))}")
    return False


def _plain_name(name: str, what: str) -> str:
    """Table and WITH names are plain words: a quoted path, a file name or a catalog table never is one."""
    lowered = name.lower()
    if not PLAIN_NAME.match(name):
        raise GuardError(f"unknown table {name!r}: {what} must be a plain word (files and paths are not tables)")
    if lowered.startswith(CATALOG_PREFIXES):
        raise GuardError(f"unknown table {name!r}: the database's own catalog is not part of the archive")
    return lowered


def _scope(tree: exp.Expression, partner_id: int, cte_references: set[int]) -> exp.Expression:
    """Every base-table reference becomes ``(SELECT * FROM t WHERE partner_id = <id>) AS <its alias>``."""

    def rewrite(node: exp.Expression) -> exp.Expression:
        if not isinstance(node, exp.Table) or id(node) in cte_references or node.meta.get("scoped"):
            return node
        inner = exp.to_table(node.name)
        inner.meta["scoped"] = True
        walled = exp.select("*").from_(inner, copy=False).where(
            exp.column("partner_id").eq(exp.Literal.number(partner_id)), copy=False)
        return walled.subquery(node.alias_or_name, copy=False)

    return tree.transform(rewrite, copy=False)
