"""The generated archive: production counts scaled, deterministic, and consistent with the glossary."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import polars as pl
import psycopg
import pytest

from warehouse.database import with_database
from warehouse.generate import ArchiveNotEmpty, generate, scaled_counts
from warehouse.generate.model import build, split_exactly
from warehouse.generate.reference import PRODUCTION_COUNTS

SCALE = 0.005


def digest(frame: pl.DataFrame) -> str:
    return hashlib.sha256(frame.write_csv().encode()).hexdigest()


def test_scale_one_is_exactly_the_production_counts():
    assert scaled_counts(1.0) == PRODUCTION_COUNTS == {
        "timing_partners": 13, "events": 12_882, "races": 16_931, "participants": 1_765_021, "results": 8_151_553}


@pytest.mark.parametrize("scale", [0.01, 0.005])
def test_small_scales_are_proportional_with_thirteen_companies(scale):
    counts = scaled_counts(scale)
    assert counts["timing_partners"] == 13
    for table in ("events", "races", "participants", "results"):
        assert abs(counts[table] - PRODUCTION_COUNTS[table] * scale) <= max(1, 13 if table == "events" else 1)


@pytest.mark.parametrize("scale", [0, -1, 0.001, 11, float("nan")])
def test_a_scale_out_of_range_is_refused(scale):
    with pytest.raises(ValueError, match="scale must be between 0.005 and 10"):
        scaled_counts(scale)


def test_split_exactly_keeps_the_total_and_the_minimum():
    parts = split_exactly(1000, [5, 1, 1, 0.01], minimum=3)
    assert parts.sum() == 1000 and parts.min() >= 3 and parts[0] > parts[1]


def test_the_same_seed_gives_byte_identical_tables_and_another_seed_does_not():
    first, again, other = build(SCALE, 42), build(SCALE, 42), build(SCALE, 7)
    for table in first.tables():
        assert digest(first.tables()[table]) == digest(again.tables()[table]), table
    assert digest(first.results) != digest(other.results)


def test_the_same_seed_gives_the_same_tables_whatever_instructions_numpy_dispatches(monkeypatch):
    """Held-out questions name runners as they were on the machine their writer used: which runner a result
    goes to must not hang on whether NumPy runs AVX2 or AVX-512 code on this one (argpartition's order once
    did). Any order of the runners a race picks gives the same rows (here: reversed), and so does a second
    process with NumPy's dispatched instruction sets turned off (NPY_DISABLE_CPU_FEATURES)."""
    import numpy as np
    from numpy._core._multiarray_umath import __cpu_dispatch__, __cpu_features__
    expected = digest(build(SCALE, 42).results)
    select = np.argpartition

    def reversed_picks(values, kth):
        order = select(values, kth)
        order[:kth + 1] = order[:kth + 1][::-1].copy()
        return order

    with monkeypatch.context() as patched:
        patched.setattr(np, "argpartition", reversed_picks)
        assert digest(build(SCALE, 42).results) == expected
    used = [target for target in __cpu_dispatch__ if __cpu_features__.get(target)]
    code = ("import hashlib; from warehouse.generate.model import build; "
            f"print(hashlib.sha256(build({SCALE}, 42).results.write_csv().encode()).hexdigest())")
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "NPY_DISABLE_CPU_FEATURES": " ".join(used)})
    assert plain.stdout.strip() == expected


@pytest.fixture(scope="module")
def archive():
    return build(0.01, 42)


def test_tables_have_the_scaled_counts(archive):
    assert {t: f.height for t, f in archive.tables().items()} == scaled_counts(0.01)


def test_places_follow_chip_time_among_finishers_only(archive):
    results = archive.results
    finishers = results.filter(pl.col("status") == "FIN")
    assert finishers["chip_time_s"].null_count() == 0
    for group, place in ((["race_id"], "overall_place"), (["race_id", "age_group"], "age_group_place")):
        ranked = finishers.sort(*group, place).with_columns(
            previous=pl.col("chip_time_s").shift(1).over(group),
            expected=pl.int_range(1, pl.len() + 1).over(group))
        assert (ranked[place] == ranked["expected"]).all(), place
        assert ranked.filter(pl.col("previous") > pl.col("chip_time_s")).height == 0, place
    non_finishers = results.filter(pl.col("status") != "FIN")
    columns = ("chip_time_s", "gun_time_s", "overall_place", "gender_place", "age_group_place")
    assert non_finishers.select(pl.all_horizontal(pl.col(columns).is_null())).to_series().all()
    assert set(non_finishers["status"]) == {"DNS", "DNF", "DQ"}


def test_age_is_the_age_on_race_day_and_matches_the_age_group(archive):
    joined = archive.results.join(archive.participants.select("participant_id", "birth_date", "sex"), on="participant_id") \
        .join(archive.races.select("race_id", "race_date"), on="race_id")
    years = joined["race_date"].dt.year() - joined["birth_date"].dt.year()
    before = (joined["race_date"].dt.ordinal_day() < joined["birth_date"].dt.ordinal_day())
    assert ((joined["age"] - (years - before.cast(pl.Int32))).abs() <= 1).all()  # leap-year ordinal slack
    low = joined["age_group"].str.slice(1, 2).cast(pl.Int32)
    high = joined["age_group"].str.slice(4, 2).cast(pl.Int32)
    assert ((joined["age"] >= low) & (joined["age"] <= high)).all()
    assert (joined["age_group"].str.slice(0, 1) == joined["sex"]).all()


def test_nobody_runs_the_same_race_twice_and_bibs_are_unique_per_event(archive):
    assert archive.results.select("race_id", "participant_id").is_duplicated().sum() == 0
    assert archive.results.select("event_id", "bib").is_duplicated().sum() == 0


def test_runners_come_back_across_years_and_distances(archive):
    history = archive.results.join(archive.races.select("race_id", "name", "race_date"), on="race_id") \
        .group_by("participant_id").agg(pl.col("race_date").dt.year().n_unique().alias("years"),
                                       pl.col("name").n_unique().alias("distances"), pl.len().alias("races"))
    assert history.filter(pl.col("years") >= 3).height > 100
    assert history.filter(pl.col("distances") >= 2).height > 100
    assert history["races"].max() >= 10


def test_events_are_series_held_by_the_same_company_over_the_years(archive):
    series = archive.events.group_by("name").agg(pl.col("company").n_unique().alias("companies"),
                                                 pl.col("event_date").dt.year().n_unique().alias("years"))
    assert series["companies"].max() == 1
    assert series["years"].max() >= 3
    assert archive.events["state"].str.contains(r"^[A-Z]{2}$").all()


def test_finish_times_are_realistic_by_distance_and_sex(archive):
    times = archive.results.filter(pl.col("status") == "FIN").join(
        archive.races.select("race_id", "name"), on="race_id").join(
        archive.participants.select("participant_id", "sex"), on="participant_id")
    medians = {(r["name"], r["sex"]): r["chip_time_s"] for r in
               times.group_by("name", "sex").agg(pl.col("chip_time_s").median()).iter_rows(named=True)}
    assert 20 * 60 < medians[("5K", "M")] < medians[("5K", "F")] < 45 * 60
    assert 1.5 * 3600 < medians[("Half Marathon", "M")] < 2.6 * 3600
    assert times.filter(pl.col("name") == "5K")["chip_time_s"].min() > 12 * 60


def test_generate_loads_postgres_and_refuses_a_second_run_unless_replacing(db_url, owner):
    counts = generate(db_url, scale=0.005, seed=1)
    assert counts == scaled_counts(0.005)
    for table in ("events", "races", "participants", "results"):
        assert owner.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == counts[table]
    orphans = owner.execute("""SELECT count(*) FROM results r LEFT JOIN races x USING (race_id)
                               LEFT JOIN participants p USING (participant_id)
                               WHERE x.race_id IS NULL OR p.participant_id IS NULL
                                  OR x.partner_id <> r.partner_id OR p.partner_id <> r.partner_id""").fetchone()[0]
    assert orphans == 0
    with pytest.raises(ArchiveNotEmpty, match="--replace"):
        generate(db_url, scale=0.005, seed=1)
    assert generate(db_url, scale=0.005, seed=2, replace=True)["results"] == counts["results"]
    assert owner.execute("SELECT count(*) FROM timing_partners").fetchone()[0] == 13


def test_the_cli_refuses_a_negative_scale_with_a_usage_error(db_url):
    done = subprocess.run([sys.executable, "-m", "project88", "generate", "--scale", "-1"], capture_output=True, text=True)
    assert done.returncode == 2 and "scale" in done.stderr.lower()


def test_the_cli_generates_into_a_database_never_migrated(pg_server):
    # (a fresh P88_HOME or an empty database: the schema is made first — it was a traceback, "relation events does not
    # exist")
    name = f"p88_unmigrated_{os.getpid()}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    url = with_database(pg_server, name)
    try:
        done = subprocess.run([sys.executable, "-m", "project88", "generate", "--scale", "0.005", "--seed", "1"],
                              capture_output=True, text=True, env={**os.environ, "P88_DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT count(*) FROM results").fetchone()[0] == scaled_counts(0.005)["results"]
    finally:
        with psycopg.connect(pg_server, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
