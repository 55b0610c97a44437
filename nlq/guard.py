"""The one guard every question's SQL passes, whichever path wrote it: a tenant never sees another's rows.

Pure sqlglot, no I/O. Accepts exactly one read-only query (CTEs, UNION, subqueries allowed) over the archive's
contract tables, refuses everything else with a reason, and rewrites every table reference into that table
filtered to the asking company — so even a query that "forgets" its WHERE clause, or asks for another
company by name, can only ever read the asking company's rows.
"""

from __future__ import annotations

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from project88.errors import P88Error

ALLOWED_TABLES = frozenset({
    "timing_partners", "events", "races", "participants", "results", "timing_sessions", "timing_reads",
})
# Statement and expression types that read or change anything but the allowed tables.
FORBIDDEN_NODES = (exp.DML, exp.DDL, exp.Command, exp.Copy, exp.Attach, exp.Detach, exp.Pragma, exp.Set,
                   exp.Use, exp.Describe, exp.Show, exp.Transaction, exp.Commit, exp.Rollback, exp.Into)
# Functions that reach outside the query's tables (files, the catalog, settings, other databases).
FORBIDDEN_FUNCTION_PREFIXES = ("read_", "parquet_", "glob", "query", "sniff_", "iceberg", "delta", "getenv",
                               "duckdb_", "pragma_", "current_setting", "postgres_", "sqlite_", "mysql_",
                               "httpfs", "load_", "install_", "export_", "import_", "checkpoint", "pg_")
DIALECT = "duckdb"


class GuardError(P88Error):
    """SQL the guard will not run; the message says why in words a race director can read."""


def guard(sql: str, partner_id: int, dialect: str = DIALECT) -> str:
    """The query, rewritten to read only ``partner_id``'s rows; GuardError when it is not a single safe SELECT.

    ``dialect`` is the SQL's own: "duckdb" for the archive, "postgres" for live timing questions.
    """
    if not isinstance(partner_id, int) or isinstance(partner_id, bool):
        raise GuardError("the company must be an integer id")
    tree = _single_query(sql, dialect)
    _refuse_forbidden_nodes(tree)
    ctes = _cte_names(tree)
    for table in tree.find_all(exp.Table):
        _check_table(table, ctes)
    _refuse_forbidden_functions(tree)
    return _scope(tree, partner_id, ctes).sql(dialect=dialect)


def _single_query(sql: str, dialect: str) -> exp.Expression:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except ParseError as error:
        raise GuardError(f"not valid SQL: {str(error).splitlines()[0]}") from None
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
            if name.startswith(FORBIDDEN_FUNCTION_PREFIXES):
                raise GuardError(f"the function {name} is not allowed")


def _cte_names(tree: exp.Expression) -> set[str]:
    names = set()
    for cte in tree.find_all(exp.CTE):
        name = cte.alias_or_name.lower()
        if name in ALLOWED_TABLES:
            raise GuardError(f"a WITH clause may not redefine the table {name}")
        names.add(name)
    return names


def _check_table(table: exp.Table, ctes: set[str]) -> None:
    if not isinstance(table.this, exp.Identifier):
        raise GuardError("table functions are not allowed (read_parquet, read_csv, glob, ...)")
    if table.args.get("db") or table.args.get("catalog"):
        raise GuardError(f"qualified table names are not allowed ({table.sql(dialect=DIALECT)})")
    name = table.name.lower()
    if name not in ALLOWED_TABLES and name not in ctes:
        raise GuardError(f"unknown table {table.name!r}; the archive has {', '.join(sorted(ALLOWED_TABLES))}")


def _scope(tree: exp.Expression, partner_id: int, ctes: set[str]) -> exp.Expression:
    """Every base-table reference becomes ``(SELECT * FROM t WHERE partner_id = <id>) AS <its alias>``."""

    def rewrite(node: exp.Expression) -> exp.Expression:
        if not isinstance(node, exp.Table) or node.name.lower() in ctes or node.meta.get("scoped"):
            return node
        inner = exp.to_table(node.name)
        inner.meta["scoped"] = True
        walled = exp.select("*").from_(inner).where(
            exp.column("partner_id").eq(exp.Literal.number(partner_id)))
        return walled.subquery(node.alias_or_name, copy=False)

    return tree.transform(rewrite, copy=True)
