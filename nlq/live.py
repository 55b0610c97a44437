"""Questions about live timing ("current timing data for session 12", "reads at the finish in the last 10
minutes") answered from PostgreSQL, where the collector lands reads, behind the same guard plus RLS; questions
about the race's results so far ("who is leading the 5K right now", "how many have finished so far") from the
live results scored from those reads (``live_results``).

The SQL is built with sqlglot (postgres dialect), scoped by the guard, and run on a tenant connection in a
read-only transaction with a statement timeout — the database's row-level security is the second wall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlglot import exp

from nlq import rx
from nlq.entities import find_sex
from nlq.guard import guard
from nlq.sqlbuild import col, lit, table
from project88.errors import P88Error

DIALECT = "postgres"
RECENT_DEFAULT = 20
# ("runners who live outside Texas" is where they live, never live timing)
# ("… when the finish line has to be live", "before the clock goes live": a line made ready, said of the archive's
# planning questions, never the live reads)
# ("what did the clock read": the time shown, never reads)
_LIVE = re.compile(r"\bsessions?\b|\btiming data\b|(?<!clock )(?<!watch )(?<!timer )(?<!display )\breads?\b|(?<!who )(?<!that )(?<!they )(?<!be )(?<!go )(?<!goes )(?<!going )(?<!gone )\blive\b(?! (?:in|outside|out of|near|within|elsewhere|close to|around)\b)|\bright now\b|\bcurrently\b|"
                   # ("lost two minutes between the gun and crossing the start mat": the gun−chip gap, an archive question)
                   r"(?<!\bstart )\bmats?\b|"
                   r"\bchip reads\b|\btiming points?\b|\bcollector\b|\bleading\b|\bin the lead\b|\bfinished so far\b|"
                   r"\blive results\b|\bcurrent (?:results|standings|leaders?)\b|\bleaderboard\b")
# within a live question, these ask about the results so far rather than about reads or sessions
_LEADING = re.compile(r"\bleading\b|\bin the lead\b|\bwinning\b|\bleaders?\b")
_RESULTS = re.compile(_LEADING.pattern + r"|\bleaderboard\b|\bfinish(?:ed|ers)\b|\bresults\b|\bstandings\b")
_RACE = re.compile(r"\b(half marathon|marathon|\d+(?:\.\d+)? ?(?:k|km|mi|miles?|miler))\b")
_EVENT = re.compile(r"\bevent (?:#|id |number )?([A-Za-z0-9_-]{1,40})\b", re.IGNORECASE)
_UNITS = {"s": "second", "m": "minute", "h": "hour"}


class LiveQueryFailed(P88Error):
    """PostgreSQL refused or timed out a live-timing question."""


@dataclass(frozen=True)
class LivePlan:
    intent: str
    sql: str                        # postgres dialect, not yet scoped
    explanation: str


def is_live(question: str) -> bool:
    """Whether the question is about the collector's live reads rather than the archive."""
    # ("where does Henry Smith live": where a runner lives, an archive question)
    said = rx.sub(r"\bwhere (?:does|do|did) [^?]{1,40}? live\b", " ", question.lower())
    # ("how many finishers at X 2024? let me know if anything looks off with the timing mats": a remark after the question
    # never makes it a live one)
    said = rx.sub(r"\?.*$", "?", said, flags=re.DOTALL)
    if rx.search(r"\brecords?\b", said):   # ("which course records does she currently hold": records standing now)
        said = rx.sub(r"\bright now\b|\bcurrently\b", " ", said)
    return bool(_LIVE.search(said))


def plan_live(question: str) -> LivePlan:
    """The query for a live-timing question: a session's summary, read counts, recent reads, sessions, or the
    results so far."""
    text = question.lower()
    if _RESULTS.search(text):
        return _plan_results(question)
    session = rx.search(r"\bsession (?:#|id |number |no\.? )?(\d{1,12})\b", text)
    location = rx.search(r"\b(?:at|on|from) the ([a-z0-9 ]+?) (?:mat|line|point|location)?\b(?=\s|$|\?|,)", text)
    window = rx.search(r"\b(?:last|past) (\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b", text)
    where: list[exp.Expression] = []
    said: list[str] = []
    if session:
        where.append(col("session_id", "r").eq(lit(int(session.group(1)))))
        said.append(f"in session {session.group(1)}")
    if location and location.group(1).strip() not in ("last", "past"):
        name = location.group(1).strip()
        where.append(exp.ILike(this=col("location_name", "r"), expression=lit(f"{name}%")))
        said.append(f"at locations named {name}…")
    if window:
        amount, unit = int(window.group(1)), _UNITS[window.group(2)[0]]
        interval = exp.Interval(this=lit(str(amount)), unit=exp.var(unit.upper()))
        where.append(col("received_at", "r") >= exp.Sub(this=exp.CurrentTimestamp(), expression=interval))
        said.append(f"received in the last {amount} {unit}{'s' * (amount != 1)}")
    reads = table("timing_reads", "r")
    if rx.search(r"\bhow many\b|\bnumber of\b|\bcount\b|\btotal\b", text):
        select = exp.select(exp.alias_(exp.Count(this=exp.Star()), "reads"),
                            exp.alias_(exp.Count(this=exp.Distinct(expressions=[col("bib", "r")])), "unique_bibs")
                            ).from_(reads)
        return _plan("count", select, where, "Counted reads and distinct bibs " + " ".join(said))
    if rx.search(r"\b(?:latest|recent|last) (?:\d+ )?reads\b|\bshow (?:me )?(?:the )?reads\b", text):
        limit = rx.search(r"\b(?:latest|recent|last) (\d+) reads\b", text)
        select = (exp.select(col("id", "r"), col("session_id", "r"), col("location_name", "r"), col("bib", "r"),
                             col("read_time", "r"), col("read_timestamp", "r"), col("received_at", "r"))
                  .from_(reads).order_by(exp.Ordered(this=col("id", "r"), desc=True))
                  .limit(int(limit.group(1)) if limit else RECENT_DEFAULT))
        return _plan("list", select, where, "Listed the most recent reads " + " ".join(said))
    if session or rx.search(r"\btiming data\b|\bby location\b|\bper location\b", text):
        select = (exp.select(col("location_name", "r"),
                             exp.alias_(exp.Count(this=exp.Star()), "reads"),
                             exp.alias_(exp.Count(this=exp.Distinct(expressions=[col("bib", "r")])), "unique_bibs"),
                             exp.alias_(exp.func("min", col("read_timestamp", "r")), "first_read"),
                             exp.alias_(exp.func("max", col("read_timestamp", "r")), "last_read"))
                  .from_(reads).group_by(col("location_name", "r")).order_by(col("location_name", "r")))
        return _plan("analyze", select, where, "Summarised reads per timing location " + " ".join(said))
    sessions = table("timing_sessions", "s")
    select = (exp.select(col("id", "s"), col("session_name", "s"), col("event_name", "s"), col("timing_point", "s"),
                         col("status", "s"), col("created_at", "s"),
                         exp.alias_(exp.Count(this=col("id", "r")), "reads"))
              .from_(sessions).join(reads, on=col("session_id", "r").eq(col("id", "s")), join_type="left")
              .group_by(col("id", "s"), col("session_name", "s"), col("event_name", "s"), col("timing_point", "s"),
                        col("status", "s"), col("created_at", "s"))
              .order_by(exp.Ordered(this=col("created_at", "s"), desc=True)))
    if rx.search(r"\b(?:active|open|current|running)\b", text):
        where.append(col("status", "s").eq(lit("active")))
        said.append("still active")
    return _plan("list", select, [w for w in where if "r" not in {c.table for c in w.find_all(exp.Column)}],
                 "Listed timing sessions with their read counts " + " ".join(said))


def _plan_results(question: str) -> LivePlan:
    """The live results of one event (the one named, else the most recently scored): who leads, how many have
    finished, or the standings — per race, optionally one race and one sex."""
    text = question.lower()
    results = table("live_results", "l")
    if event := _EVENT.search(question):
        where: list[exp.Expression] = [col("event_id", "l").eq(lit(event.group(1)))]
        said = [f"of event {event.group(1)}"]
    else:
        latest = (exp.select("event_id").from_("live_results")
                  .order_by(exp.Ordered(this=exp.column("scored_at"), desc=True)).limit(1))
        where, said = [col("event_id", "l").eq(exp.Subquery(this=latest))], ["of the most recently scored event"]
    if race := _RACE.search(text):
        name = race.group(1)
        spellings = sorted({name, rx.sub(r"(?<=\d) (?=[a-z])", "", name)})       # "5 k" is also "5k"
        where.append(exp.or_(*(exp.ILike(this=col("race", "l"), expression=lit(n)) for n in spellings)))
        said.append(f"in the {name}")
    sex = find_sex(text)
    if sex:
        where.append(col("sex", "l").eq(lit(sex)))
        said.append({"F": "women only", "M": "men only", "X": "non-binary runners only"}[sex])
    if rx.search(r"\bhow many\b|\bnumber of\b|\bcount\b", text):
        select = exp.select(exp.alias_(exp.Count(this=exp.Star()), "finishers")).from_(results)
        return _plan("count", select, where, "Counted the finishers so far " + ", ".join(said))
    columns = [col(name, "l") for name in ("event_id", "race", "place", "sex_place", "age_group_place", "bib",
                                           "first_name", "last_name", "sex", "age_group", "chip_time_s",
                                           "gun_time_s", "pace_s_per_km")]
    select = exp.select(*columns).from_(results).order_by(col("race", "l"), col("chip_time_s", "l"), col("bib", "l"))
    if _LEADING.search(text):
        where.append(col("sex_place" if sex else "place", "l").eq(lit(1)))
        return _plan("find", select, where, "Listed who leads each race so far " + ", ".join(said))
    if top := rx.search(r"\btop (\d{1,4})\b", text):
        select = select.limit(int(top.group(1)))
    return _plan("list", select, where, "Listed the results so far, fastest chip time first, " + ", ".join(said))


def _plan(intent: str, select: exp.Select, where: list[exp.Expression], explanation: str) -> LivePlan:
    if where:
        select = select.where(exp.and_(*where))
    return LivePlan(intent, select.sql(dialect=DIALECT), explanation.strip() + ".")


def run_live(sql: str, partner_id: int, database_url: str, *, timeout_s: float = 10.0,
             row_cap: int = 1000) -> tuple[list[str], list[tuple], bool, str]:
    """(columns, rows, truncated, the scoped SQL) — read-only, under the company's RLS wall."""
    import psycopg  # here, not at the top: archive questions (most) never load the PostgreSQL driver

    from warehouse.database import tenant_connection

    scoped = guard(sql, partner_id, dialect=DIALECT)
    try:
        with tenant_connection(partner_id, database_url) as conn, conn.transaction():
            conn.execute("SET TRANSACTION READ ONLY")
            conn.execute(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}")
            cursor = conn.execute(scoped)
            rows = cursor.fetchmany(row_cap + 1)
            columns = [d.name for d in cursor.description or []]
    except psycopg.errors.QueryCanceled:
        raise LiveQueryFailed(f"the live query ran longer than {timeout_s:g} s and was stopped") from None
    except psycopg.Error as error:
        raise LiveQueryFailed(f"the live query failed: {str(error).splitlines()[0]}") from None
    return columns, rows[:row_cap], len(rows) > row_cap, scoped
