"""The stage HTML of the list layouts (latest finishers, leaderboard, race clock, announcer) and of the catch-up
list; the announcer's search answer.

Pure functions of live results and a definition: ``dashboards.feeds`` decides when each is shown. Text is
escaped here; the result is trusted stage HTML (``stage.render_board``). Lists use the resting state's font
and colour, so one template's layouts match its messages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape
from typing import Any

from collector.announcer import Passing, RunnerStatus
from collector.scoring import Result
from dashboards import stage
from dashboards.runner import format_duration

MAX_SKIPPED_NAMED = 12      # the catch-up list names at most this many, then "and N more"


@dataclass(frozen=True)
class Division:
    """One page of a leaderboard: a race, and the runners of one sex or age group (``group`` None: overall)."""

    race: str
    kind: str                # "overall", "sex" or "age_group"
    group: str | None

    @property
    def title(self) -> str:
        label = {"overall": "Overall", "sex": {"F": "Women", "M": "Men"}.get(self.group or "", self.group),
                 "age_group": self.group}[self.kind]
        return f"{self.race} · {label}"


def divisions(results: Iterable[Result]) -> list[Division]:
    """Every division with a finisher: per race (name order) overall, then each sex, then each age group."""
    races: dict[str, tuple[set[str], set[str]]] = {}
    for result in results:
        sexes, groups = races.setdefault(result.race, (set(), set()))
        if result.sex:
            sexes.add(result.sex)
        if result.age_group:
            groups.add(result.age_group)
    pages: list[Division] = []
    for race in sorted(races):
        sexes, groups = races[race]
        pages += [Division(race, "overall", None)] + [Division(race, "sex", s) for s in sorted(sexes)]
        pages += [Division(race, "age_group", g) for g in sorted(groups)]
    return pages


def leaders(results: Iterable[Result], division: Division, count: int) -> list[tuple[int, Result]]:
    """The division's top ``count`` (place in the division, result), best first; ties keep bib order."""
    if division.kind == "overall":
        chosen = [(r.place, r) for r in results if r.race == division.race]
    elif division.kind == "sex":
        chosen = [(r.sex_place, r) for r in results if r.race == division.race and r.sex == division.group]
    else:
        chosen = [(r.age_group_place, r) for r in results
                  if r.race == division.race and r.age_group == division.group]
    return sorted(chosen, key=lambda pair: (pair[0], pair[1].bib))[:count]


def leaderboard_html(definition: dict[str, Any], division: Division | None, rows: list[tuple[int, Result]],
                     extra: str = "") -> str:
    """Top N of one division: place, name, bib, chip time. ``extra``: trusted stage HTML (the QR code)."""
    if division is None:
        return _table(definition, "Leaderboard", [], "leaderboard", extra, "Waiting for the first finisher")
    cells = [(str(place), f"{r.first_name} {r.last_name}".strip() or r.bib, r.bib, format_duration(r.chip_time_s))
             for place, r in rows]
    return _table(definition, division.title, cells, "leaderboard", extra, key=division.title)


def latest_html(definition: dict[str, Any], rows: list[dict[str, str]], extra: str = "") -> str:
    """The last crossings, newest on top: place, name (or bib), bib, live time (or clock time) — ``rows`` are
    ``runner.field_values`` of each crossing."""
    cells = [(row.get("overall_place", ""), row.get("name") or f"#{row['bib']}", row["bib"],
              row.get("chip_time") or row.get("time", "")) for row in rows]
    return _table(definition, "Latest finishers", cells, "latest", extra, "Waiting for the first finisher",
                  key=rows[0]["bib"] if rows else "")


ANNOUNCER_COLUMNS = ("Mat", "Bib", "Name", "Race", "Time", "Predicted finish")


def announcer_html(definition: dict[str, Any], passings: list[Passing], extra: str = "") -> str:
    """Who just crossed an upstream mat, newest on top: mat, bib, name, race, elapsed time at the mat, and the
    predicted finish ("—" while nothing predicts it; the chip time once finished)."""
    cells = [(p.mat, p.bib, p.name or f"#{p.bib}", p.race, _or_dash(p.elapsed_s), _finish_text(p))
             for p in passings]
    return _table(definition, "On course", cells, "announcer", extra, "Waiting for the first runner at a split mat",
                  key=f"{passings[0].bib}@{passings[0].mat}" if passings else "", header=ANNOUNCER_COLUMNS)


def search_html(text: str, found: list[RunnerStatus]) -> str:
    """The announcer's search answer (a plain list beside the stage): each matching runner's live status."""
    if not text.strip():
        return ""
    if not found:
        return f'<p class="p88-search-none">No runner matches “{escape(text.strip())}”.</p>'
    lines = "".join(f'<li data-bib="{escape(s.bib)}"><b>#{escape(s.bib)} {escape(s.name)}</b> · {escape(s.race)} — '
                    f"{escape(_status_text(s))}</li>" for s in found)
    return f'<ul class="p88-search-found">{lines}</ul>'


def _status_text(status: RunnerStatus) -> str:
    if status.result is not None:
        return f"finished {format_duration(status.result.chip_time_s)}, place {status.result.place}"
    if status.passing is not None:
        passing = status.passing
        return f"{passing.mat} at {_or_dash(passing.elapsed_s)}, predicted finish {_finish_text(passing)}"
    return "started, no split yet" if status.state == "started" else "registered, not started"


def _finish_text(passing: Passing) -> str:
    if passing.finish_s is not None:
        return f"finished {format_duration(passing.finish_s)}"
    return _or_dash(passing.predicted_finish_s)


def _or_dash(seconds: float | None) -> str:
    return "—" if seconds is None else format_duration(seconds)


def clock_html(definition: dict[str, Any], guns: dict[str, datetime | None], now: datetime,
               countdown_to: datetime | None, extra: str = "") -> str:
    """Each race's elapsed gun time; before any gun, a countdown to ``countdown_to`` (or a waiting line)."""
    started = {race: gun for race, gun in guns.items() if gun is not None and gun <= now}
    if started:
        cells = [(race, format_duration((now - gun).total_seconds())) for race, gun in sorted(started.items())]
        return _table(definition, "Race clock", cells, "clock", extra, fill=True)
    if countdown_to is not None and countdown_to > now:
        left = format_duration((countdown_to - now).total_seconds())
        return _table(definition, "Start in", [(left,)], "clock", extra, fill=True)
    return _table(definition, "Race clock", [], "clock", extra, "Waiting for the start")


def sample_html(definition: dict[str, Any], now: datetime, extra: str = "") -> str | None:
    """A list or clock layout filled with made-up finishers (the builder's preview before a race); None for
    the one-runner layouts (single, slides), which preview with ``runner.sample_values``."""
    if definition["kind"] == "clock":
        return clock_html(definition, {"Marathon": now - timedelta(hours=1, minutes=23, seconds=45)}, now, None, extra)
    sample = [Result(str(1200 + i), first, last, sex, group, "Marathon", chip, chip + 40, chip / 42.195, i + 1,
                     sex_place, 1) for i, (first, last, sex, group, chip, sex_place) in enumerate(_SAMPLE)]
    if definition["kind"] == "latest":
        rows = [{"overall_place": str(r.place), "name": f"{r.first_name} {r.last_name}", "bib": r.bib,
                 "chip_time": format_duration(r.chip_time_s)} for r in reversed(sample)]
        return latest_html(definition, rows, extra)
    if definition["kind"] == "leaderboard":
        overall = divisions(sample)[0]
        return leaderboard_html(definition, overall, leaders(sample, overall, definition["layout"]["rows"]), extra)
    if definition["kind"] == "announcer":
        mats = [Passing(r.bib, f"{r.first_name} {r.last_name}", r.race, "Half", now - timedelta(seconds=i * 40),
                        r.chip_time_s / 2 + i * 30, r.chip_time_s + i * 60 if i else None, None)
                for i, r in enumerate(sample)]
        return announcer_html(definition, mats, extra)
    return None


_SAMPLE = (("Jordan", "Rivera", "F", "F30-34", 9_845.0, 1), ("Sam", "Okafor", "M", "M25-29", 9_910.0, 1),
           ("Lee", "Marsh", "M", "M40-44", 10_102.0, 2), ("Ana", "Lopez", "F", "F40-44", 10_230.0, 2))


def also_finished_html(names: list[str]) -> str:
    """The catch-up line under a runner: who was skipped to keep the screen current, newest first."""
    if not names:
        return ""
    shown = ", ".join(escape(name) for name in names[:MAX_SKIPPED_NAMED])
    more = f" and {len(names) - MAX_SKIPPED_NAMED} more" if len(names) > MAX_SKIPPED_NAMED else ""
    return ('<div class="el p88-also" data-field="also_finished" style="left:50%;top:94%;'
            'transform:translate(-50%,-50%);font-size:3.2cqh;color:#ffffff;opacity:0.85;white-space:normal;'
            f'width:90%;text-align:center">Also finished: {shown}{more}</div>')


def _table(definition: dict[str, Any], title: str, rows: list[tuple[str, ...]], state: str, extra: str,
           empty: str = "", key: str = "", fill: bool = False, header: tuple[str, ...] = ()) -> str:
    """``fill``: the rows grow to fill the stage (a clock read from afar), else N rows share 70% of its height.
    ``header``: column titles, a first row of ``th`` cells."""
    resting = definition["resting"]
    if fill:
        size = min(18.0, 55.0 / max(len(rows), 1))                         # cqh
    else:
        shown = max(len(rows), definition["layout"]["rows"], 1)
        size = min(6.0, 70.0 / shown) * shown / (shown + bool(header))   # a header row takes its share
    style = f"font-family:{resting['font']};color:{resting['color']}"
    heading = (f'<div class="el p88-title" style="left:50%;top:8%;transform:translate(-50%,-50%);'
               f'font-size:7cqh;{style}">{escape(title)}</div>')
    if not rows:
        body = (f'<div class="el p88-empty" style="left:50%;top:50%;transform:translate(-50%,-50%);'
                f'font-size:5cqh;{style}">{escape(empty)}</div>')
    else:
        lines = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
        if header:
            lines = "<tr>" + "".join(f'<th style="text-align:left;opacity:0.7">{escape(column)}</th>'
                                     for column in header) + "</tr>" + lines
        body = (f'<table class="p88-board" style="position:absolute;left:6%;top:17%;width:88%;'
                f'border-collapse:collapse;font-size:{size:.2f}cqh;line-height:1.35;{style}">{lines}</table>')
    return stage.render_board(definition, heading + body + extra, state, key)
