"""Race Roster (REST v1, OAuth 2.0 client credentials): a timing company's events, registrations and results.

The shape implemented here: ``POST /oauth/token`` (grant_type=client_credentials, client_id,
client_secret) → ``{access_token, expires_in}``; then, with ``Authorization: Bearer``,
``GET /api/v1/events``, ``GET /api/v1/events/{id}``, ``GET /api/v1/events/{id}/participants``
(``updated_since``) and ``GET /api/v1/events/{id}/results``, each paged with ``page``/``per_page`` and
answering ``{"data": [...], "meta": {"current_page", "last_page"}}``. Race Roster's partner documentation is
not public; these paths and field names were not checked against the live service (see the README).
An expired token is refreshed once; a second refusal is a credentials error.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from providers.base import ProviderEvent, ProviderParticipant, ProviderResult, clock_seconds, normal_sex
from providers.http import Http, ProviderAuthError

BASE_URL = "https://raceroster.com"
PAGE_SIZE = 100


def iso_datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def event_from(row: dict[str, Any]) -> ProviderEvent:
    location = row.get("location") or {}
    start = row.get("startDate")
    return ProviderEvent(str(row["id"]), row["name"], date.fromisoformat(start[:10]) if start else None,
                         location.get("city"), location.get("region"), iso_datetime(row.get("updatedAt")),
                         {"races": [{"name": s.get("name"), "distance": s.get("distance")}
                                    for s in row.get("subEvents") or []]})


def participant_from(row: dict[str, Any]) -> ProviderParticipant:
    born = row.get("dateOfBirth")
    return ProviderParticipant(
        str(row["registrationId"]), row.get("firstName") or "", row.get("lastName") or "",
        bib=str(row["bib"]) if row.get("bib") not in (None, "") else None, sex=normal_sex(row.get("gender")),
        birth_date=date.fromisoformat(born) if born else None, age=row.get("age"), city=row.get("city"),
        state=row.get("region"), email=row.get("email"), race_name=row.get("subEventName"),
        modified_at=iso_datetime(row.get("updatedAt")))


def result_from(row: dict[str, Any]) -> ProviderResult:
    status = str(row.get("status") or "FIN").upper()
    return ProviderResult(
        str(row["id"]), status if status in ("FIN", "DNF", "DNS", "DQ") else "FIN",
        bib=str(row.get("bib") or "") or None, first_name=row.get("firstName"), last_name=row.get("lastName"),
        sex=normal_sex(row.get("gender")), age=row.get("age"), race_name=row.get("subEventName"),
        chip_time_s=clock_seconds(row.get("chipTime")), gun_time_s=clock_seconds(row.get("gunTime")),
        overall_place=row.get("overallPlace"))


class RaceRoster:
    name = "raceroster"

    def __init__(self, http: Http, client_id: str, client_secret: str) -> None:
        self.http, self.client_id, self.client_secret = http, client_id, client_secret
        self._token: str | None = None
        self._expires = 0.0

    def _bearer(self, renew: bool = False) -> dict[str, str]:
        if renew or self._token is None or time.monotonic() > self._expires:
            response = self.http.request("POST", "/oauth/token", data={
                "grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret})
            body = self.http.json(response)
            self._token = body["access_token"]
            self._expires = time.monotonic() + float(body.get("expires_in", 3600)) - 30
        return {"Authorization": f"Bearer {self._token}"}

    def _get(self, path: str, **params: Any) -> Any:
        try:
            return self.http.get_json(path, params=params, headers=self._bearer())[0]
        except ProviderAuthError:
            return self.http.get_json(path, params=params, headers=self._bearer(renew=True))[0]

    def _pages(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        page, last = 1, 1
        while page <= last:
            body = self._get(path, page=page, per_page=PAGE_SIZE, **params)
            last = int((body.get("meta") or {}).get("last_page") or 1)
            yield from body.get("data") or []
            page += 1

    def list_events(self, modified_since: datetime | None = None) -> Iterator[ProviderEvent]:
        since = {"updated_since": modified_since.isoformat()} if modified_since else {}
        yield from (event_from(row) for row in self._pages("/api/v1/events", **since))

    def get_event(self, provider_event_id: str) -> ProviderEvent:
        return event_from(self._get(f"/api/v1/events/{provider_event_id}")["data"])

    def get_participants(self, provider_event_id: str,
                         modified_since: datetime | None = None) -> Iterator[ProviderParticipant]:
        since = {"updated_since": modified_since.isoformat()} if modified_since else {}
        yield from (participant_from(row) for row in self._pages(f"/api/v1/events/{provider_event_id}/participants",
                                                                 **since))

    def get_results(self, provider_event_id: str) -> Iterator[ProviderResult]:
        yield from (result_from(row) for row in self._pages(f"/api/v1/events/{provider_event_id}/results"))
