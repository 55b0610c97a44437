"""RunSignUp (https://runsignup.com/API): a RunSignUp *race* is our event, its *events* are our races.

Endpoints used, all with ``format=json`` and the company's ``api_key``/``api_secret``:
``GET /Rest/races`` (page, results_per_page), ``GET /Rest/race/{race_id}``,
``GET /Rest/race/{race_id}/participants`` (event_id, page, results_per_page, modified_after_timestamp) and
``GET /Rest/race/{race_id}/results/get-results`` (event_id, page, results_per_page).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any

from providers.base import ProviderEvent, ProviderParticipant, ProviderResult, clock_seconds, normal_sex
from providers.http import Http, ProviderError

BASE_URL = "https://runsignup.com"
PAGE_SIZE = 100


def us_date(value: str | None) -> date | None:
    """RunSignUp writes dates as MM/DD/YYYY."""
    if not value:
        return None
    month, day, year = (int(part) for part in value.split(" ")[0].split("/"))
    return date(year, month, day)


def parse_timestamp(value: Any) -> datetime | None:
    """``last_modified`` is a Unix timestamp (or a "MM/DD/YYYY HH:MM" string on older races)."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) or str(value).isdigit():
        return datetime.fromtimestamp(int(value), timezone.utc)
    day = us_date(str(value))
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc) if day else None


def event_from(race: dict[str, Any]) -> ProviderEvent:
    address = race.get("address") or {}
    races = [{"event_id": str(e.get("event_id")), "name": e.get("name"), "distance": e.get("distance")}
             for e in race.get("events") or []]
    return ProviderEvent(str(race["race_id"]), race["name"], us_date(race.get("next_date") or race.get("last_date")),
                         address.get("city"), address.get("state"), parse_timestamp(race.get("last_modified")),
                         {"races": races} if races else {})


def participant_from(entry: dict[str, Any], race_name: str | None) -> ProviderParticipant:
    user = entry.get("user") or {}
    address = user.get("address") or {}
    dob = user.get("dob")
    return ProviderParticipant(
        str(entry["registration_id"]), user.get("first_name") or "", user.get("last_name") or "",
        bib=str(entry["bib_num"]) if entry.get("bib_num") not in (None, "") else None,
        sex=normal_sex(user.get("gender")), birth_date=date.fromisoformat(dob) if dob else None,
        age=entry.get("age"), city=address.get("city"), state=address.get("state"), email=user.get("email"),
        race_name=race_name, modified_at=parse_timestamp(entry.get("last_modified")))


def result_from(row: dict[str, Any], race_name: str | None) -> ProviderResult:
    chip = clock_seconds(row.get("chip_time"))
    place = row.get("place")
    return ProviderResult(
        str(row["result_id"]), "FIN" if chip is not None or place else "DNF", bib=str(row.get("bib") or "") or None,
        first_name=row.get("first_name"), last_name=row.get("last_name"), sex=normal_sex(row.get("gender")),
        age=row.get("age"), race_name=race_name, chip_time_s=chip, gun_time_s=clock_seconds(row.get("clock_time")),
        overall_place=int(place) if place else None)


class RunSignUp:
    name = "runsignup"

    def __init__(self, http: Http, api_key: str, api_secret: str) -> None:
        self.http, self.auth = http, {"api_key": api_key, "api_secret": api_secret, "format": "json"}

    def _get(self, path: str, **params: Any) -> Any:
        body, _ = self.http.get_json(path, params={**self.auth, **params})
        if isinstance(body, dict) and "error" in body:
            raise ProviderError(f"runsignup: {body['error'].get('error_msg', body['error'])}")
        return body

    def list_events(self, modified_since: datetime | None = None) -> Iterator[ProviderEvent]:
        for item in self._paged("/Rest/races", lambda body: body.get("races") or [], events="T"):
            event = event_from(item["race"])
            if modified_since is None or event.modified_at is None or event.modified_at > modified_since:
                yield event

    def get_event(self, provider_event_id: str) -> ProviderEvent:
        return event_from(self._get(f"/Rest/race/{provider_event_id}")["race"])

    def _races(self, provider_event_id: str) -> list[dict[str, Any]]:
        return self.get_event(provider_event_id).data.get("races", [])

    def _paged(self, path: str, rows_of, **params: Any) -> Iterator[dict[str, Any]]:
        """Rows of every page until a short one (RunSignUp sends no page count)."""
        page = 1
        while True:
            rows = rows_of(self._get(path, page=page, results_per_page=PAGE_SIZE, **params))
            yield from rows
            if len(rows) < PAGE_SIZE:
                return
            page += 1

    def get_participants(self, provider_event_id: str,
                         modified_since: datetime | None = None) -> Iterator[ProviderParticipant]:
        since = {"modified_after_timestamp": int(modified_since.timestamp())} if modified_since else {}
        for race in self._races(provider_event_id):
            entries = self._paged(f"/Rest/race/{provider_event_id}/participants",
                                  lambda body: [p for group in body for p in group.get("participants") or []],
                                  event_id=race["event_id"], **since)
            yield from (participant_from(entry, race["name"]) for entry in entries)

    def get_results(self, provider_event_id: str) -> Iterator[ProviderResult]:
        for race in self._races(provider_event_id):
            rows = self._paged(f"/Rest/race/{provider_event_id}/results/get-results",
                               lambda body: [r for s in body.get("individual_results_sets") or []
                                             for r in s.get("results") or []],
                               event_id=race["event_id"])
            yield from (result_from(row, race["name"]) for row in rows)
