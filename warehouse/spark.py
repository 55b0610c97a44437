"""The Parquet archive in Apache Spark: the hive layout DuckDB reads, registered for one company at a time.

Spark is for machines bigger than DuckDB's (the optional ``scaleout`` extra: ``pyspark`` and a Java
runtime). Nothing here imports pyspark: the caller brings its own ``SparkSession``, local or a cluster's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlglot
from sqlglot import exp

from warehouse.archive import TABLES, ArchiveMissing, archive_dir


def register_company(spark: Any, home: Path, partner_id: int) -> None:
    """Temporary views named as the contract tables over one company's partition of the current export
    version, as ``open_company_archive`` gives DuckDB: ``partner_id`` discovered from the hive path,
    ``timing_partners`` reduced to the company's row, a table with nothing of the company empty with the same
    columns, a table with no file at all left unknown."""
    if not archive_dir(home).exists():
        raise ArchiveMissing(f"no archive under {home} yet: run `p88 export` (after `p88 generate` for demo data)")
    version = archive_dir(home).resolve()
    for table, partitioned in TABLES.items():
        root = version / table
        if next(root.rglob("*.parquet"), None) is None:
            spark.catalog.dropTempView(table)  # not another archive's or company's view of the same name
            continue
        partition = root / f"partner_id={int(partner_id)}"
        if partitioned and partition.is_dir():
            # basePath keeps partner_id as a column, as reading the table root would
            frame = spark.read.option("basePath", str(root)).parquet(str(partition))
        else:
            keep = f"partner_id = {int(partner_id)}" if not partitioned else "false"
            frame = spark.read.parquet(str(root)).where(keep)
        frame.createOrReplaceTempView(table)


def spark_sql(duckdb_sql: str) -> str:
    """A query written for the archive's DuckDB (the question layer's dialect) in Spark SQL.

    DuckDB's ``quantile_cont(x, q)`` becomes Spark's ``percentile(x, q)`` (both the exact percentile with
    linear interpolation): Spark's own ``percentile_cont`` takes only ``WITHIN GROUP (ORDER BY x)``."""
    tree = sqlglot.parse_one(duckdb_sql, read="duckdb").transform(
        lambda node: exp.Anonymous(this="percentile", expressions=[node.this, node.expression])
        if isinstance(node, exp.PercentileCont) and node.expression is not None else node)
    return tree.sql(dialect="spark")
