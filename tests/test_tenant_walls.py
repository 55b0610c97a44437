"""Row Level Security: a timing company sees and writes only its own rows, whatever SQL it runs."""

from __future__ import annotations

import psycopg
import pytest

from warehouse.database import tenant_connection

# Rows of these belong to no company (yet): see the comments in their migrations.
SYSTEM_TABLES = {"schema_migrations", "connection_log", "unassigned_reads", "quarantined_lines"}


def tenant_tables(owner: psycopg.Connection) -> list[str]:
    rows = owner.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1"""
    ).fetchall()
    return [name for (name,) in rows if name not in SYSTEM_TABLES]


def test_every_table_but_the_system_ones_has_a_not_null_partner_id_and_rls(owner):
    tables = tenant_tables(owner)
    assert {"timing_partners", "results", "timing_reads", "display_urls", "users"} <= set(tables)
    for table in tables:
        nullable = owner.execute(
            "SELECT is_nullable FROM information_schema.columns WHERE table_name = %s AND column_name = 'partner_id'",
            (table,),
        ).fetchone()
        assert nullable == ("NO",), f"{table}.partner_id must exist and be NOT NULL"
        rls = owner.execute("SELECT relrowsecurity FROM pg_class WHERE oid = %s::regclass", (table,)).fetchone()
        assert rls == (True,), f"{table} must have row level security enabled"


def test_a_company_selects_only_its_own_rows_from_every_table(db_url, owner, two_companies):
    alpha, bravo = two_companies
    for table in tenant_tables(owner):
        assert owner.execute(f"SELECT count(DISTINCT partner_id) FROM {table}").fetchone() == (2,), table
    with tenant_connection(alpha, db_url) as conn:
        for table in tenant_tables(owner):
            seen = conn.execute(f"SELECT DISTINCT partner_id FROM {table}").fetchall()
            assert seen == [(alpha,)], f"{table}: company {alpha} saw {seen}"


def test_the_application_role_is_not_privileged(db_url, two_companies):
    with tenant_connection(1, db_url) as conn:
        role = conn.execute(
            "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert role == (False, False)
        owned = conn.execute(
            "SELECT count(*) FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        ).fetchone()
        assert owned == (0,)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO results (result_id, race_id, event_id, partner_id, participant_id, status)"
        " VALUES (99, 2, 2, 2, 2, 'DNF')",
        "INSERT INTO timing_reads (partner_id, session_id, location_name, sequence_number, bib, read_time, raw_line)"
        " VALUES (2, 2, 'finish', 9, '1', '08:00', 'x')",
        "INSERT INTO display_templates (partner_id, name) VALUES (2, 'sneaky')",
        "UPDATE results SET partner_id = 2 WHERE partner_id = 1",
    ],
)
def test_writing_a_row_for_another_company_is_refused(db_url, two_companies, statement):
    with tenant_connection(1, db_url) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(statement)


def test_updates_and_deletes_of_another_companys_rows_touch_nothing(db_url, owner, two_companies):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        assert conn.execute("UPDATE results SET bib = 'x' WHERE partner_id = 2").rowcount == 0
        assert conn.execute("DELETE FROM timing_reads WHERE partner_id = 2").rowcount == 0
    assert owner.execute("SELECT bib FROM results WHERE partner_id = 2").fetchone() == ("100",)


def test_a_forged_partner_setting_sees_nothing(db_url, two_companies):
    with tenant_connection(1, db_url) as conn:
        conn.execute("SELECT set_config('p88.partner_id', '2', false)")
        assert conn.execute("SELECT count(*) FROM results").fetchone() == (0,)
        assert conn.execute("SELECT p88_partner_id()").fetchone() == (None,)


def test_an_unscoped_application_connection_sees_nothing(db_url, two_companies):
    with tenant_connection(1, db_url) as conn:
        conn.execute("RESET ALL")
        assert conn.execute("SELECT count(*) FROM results").fetchone() == (0,)


def test_the_application_role_cannot_escalate_or_read_secrets(db_url, two_companies):
    with tenant_connection(1, db_url, autocommit=True) as conn:
        for statement in (
            "SET ROLE postgres",
            "SELECT secret FROM p88_private.tenant_key",
            "SELECT password_hash FROM users",
            "SELECT token_hash FROM api_tokens",
            "SELECT * FROM connection_log",
            "ALTER TABLE results DISABLE ROW LEVEL SECURITY",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_a_rows_company_must_match_its_parents(owner, two_companies):
    """Composite foreign keys: a result cannot belong to company 1 while its race belongs to company 2."""
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        owner.execute(
            "INSERT INTO results (result_id, race_id, event_id, partner_id, participant_id, status)"
            " VALUES (50, 2, 1, 1, 1, 'DNS')"
        )
