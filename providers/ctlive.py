"""ChronoTrack Live (api.chronotrack.com): events, entries (the roster) and results of a timer's events.

Authentication is by query parameters: ``client_id``, ``user_id`` and ``user_pass`` (the SHA-1 hex digest of
the password), with ``format=json``. Lists are paged with ``page``/``size`` and the total comes back in the
``X-Ctlive-Page-Count`` and ``X-Ctlive-Row-Count`` headers. Endpoints: ``GET /api/event`` (the account's
events), ``GET /api/event/{id}``, ``GET /api/event/{id}/entry``, ``GET /api/event/{id}/results``.
The API has no modified-since filter, so incremental roster syncs compare entry modification times here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, datetime, timezone
from typing import Any

from providers.base import ProviderEvent, ProviderParticipant, ProviderResult, clock_seconds, normal_sex
from providers.http import Http

BASE_URL = "https://api.chronotrack.com"
PAGE_SIZE = 250


def epoch(value: Any) -> datetime | None:
    return datetime.fromtimestamp(int(value), timezone.utc) if value not in (None, "", 0, "0") else None


def event_from(row: dict[str, Any]) -> ProviderEvent:
    start = epoch(row.get("event_start_time"))
    return ProviderEvent(str(row["event_id"]), row["event_name"], start.date() if start else None,
                         row.get("location_city") or row.get("event_city"),
                         row.get("location_region") or row.get("event_state"), epoch(row.get("event_modify_time")))


def participant_from(row: dict[str, Any]) -> ProviderParticipant:
    birth = row.get("athlete_birthdate")
    return ProviderParticipant(
        str(row["entry_id"]), row.get("athlete_first_name") or "", row.get("athlete_last_name") or "",
        bib=str(row["entry_bib"]) if row.get("entry_bib") not in (None, "") else None,
        sex=normal_sex(row.get("athlete_sex")), birth_date=date.fromisoformat(birth) if birth else None,
        age=int(row["entry_age"]) if row.get("entry_age") else None, city=row.get("location_city"),
        state=row.get("location_region"), email=row.get("athlete_email"), race_name=row.get("race_name"),
        modified_at=epoch(row.get("entry_modify_time")))


def result_from(row: dict[str, Any]) -> ProviderResult:
    chip = clock_seconds(row.get("results_time"))
    status = {"DNF": "DNF", "DNS": "DNS", "DQ": "DQ"}.get(str(row.get("results_status") or "").upper(),
                                                          "FIN" if chip is not None else "DNF")
    return ProviderResult(
        str(row["results_id"]), status, bib=str(row.get("results_bib") or "") or None,
        first_name=row.get("results_first_name"), last_name=row.get("results_last_name"),
        sex=normal_sex(row.get("results_sex")), age=int(row["results_age"]) if row.get("results_age") else None,
        race_name=row.get("race_name"), chip_time_s=chip if status == "FIN" else None,
        gun_time_s=clock_seconds(row.get("results_gun_time")),
        overall_place=int(row["results_rank"]) if row.get("results_rank") else None)


class ChronoTrackLive:
    name = "ctlive"

    def __init__(self, http: Http, client_id: str, user_id: str, password: str) -> None:
        self.http = http
        self.auth = {"client_id": client_id, "user_id": user_id, "format": "json",
                     "user_pass": hashlib.sha1(password.encode()).hexdigest()}

    def _pages(self, path: str, key: str) -> Iterator[dict[str, Any]]:
        """Every row of every page; the page count comes from X-Ctlive-Page-Count."""
        page, pages = 1, 1
        while page <= pages:
            body, response = self.http.get_json(path, params={**self.auth, "page": page, "size": PAGE_SIZE})
            pages = int(response.headers.get("X-Ctlive-Page-Count") or 1)
            yield from body.get(key) or []
            page += 1

    def list_events(self, modified_since: datetime | None = None) -> Iterator[ProviderEvent]:
        for row in self._pages("/api/event", "event"):
            event = event_from(row)
            if modified_since is None or event.modified_at is None or event.modified_at > modified_since:
                yield event

    def get_event(self, provider_event_id: str) -> ProviderEvent:
        body, _ = self.http.get_json(f"/api/event/{provider_event_id}", params=self.auth)
        return event_from(body["event"])

    def get_participants(self, provider_event_id: str,
                         modified_since: datetime | None = None) -> Iterator[ProviderParticipant]:
        for row in self._pages(f"/api/event/{provider_event_id}/entry", "event_entry"):
            entry = participant_from(row)
            if modified_since is None or entry.modified_at is None or entry.modified_at > modified_since:
                yield entry

    def get_results(self, provider_event_id: str) -> Iterator[ProviderResult]:
        yield from (result_from(row) for row in self._pages(f"/api/event/{provider_event_id}/results",
                                                             "event_results"))
