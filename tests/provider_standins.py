"""Local stand-ins for the providers' HTTP APIs, serving data in each provider's documented shape.

Each keeps its data in plain dicts the tests can change between syncs, checks the credentials the way the
provider does (a refused key answers 401), pages like the real API and honours its modified-since filter.
``fail`` lets a test make one path answer an error status (or garbage) a number of times.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import datetime, timezone
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(body), status=status, headers=headers or {}, content_type="application/json")


class StandIn:
    """Routes by regular expression; ``fail(path_regex, status, times, body)`` injects failures first."""

    def __init__(self, server: HTTPServer) -> None:
        self.server, self.requests, self.failures = server, [], []
        server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def fail(self, pattern: str, status: int, times: int = 1, body: str = "{}",
             headers: dict[str, str] | None = None) -> None:
        self.failures.append([re.compile(pattern), status, times, body, headers or {}])

    def _handle(self, request: Request) -> Response:
        self.requests.append(request)
        for failure in self.failures:
            pattern, status, times, body, headers = failure
            if times > 0 and pattern.search(request.path):
                failure[2] -= 1
                return Response(body, status=status, headers=headers, content_type="application/json")
        return self.route(request)

    def route(self, request: Request) -> Response:
        raise NotImplementedError

    @property
    def url(self) -> str:
        return self.server.url_for("").rstrip("/")


class RunSignUpStandIn(StandIn):
    """/Rest/races, /Rest/race/{id}, .../participants (by event_id, paged, modified_after_timestamp), results."""

    def __init__(self, server: HTTPServer, api_key: str = "key-1234567890", api_secret: str = "secret-0987654321"):
        super().__init__(server)
        self.api_key, self.api_secret = api_key, api_secret
        self.races: dict[int, dict[str, Any]] = {}
        self.participants: dict[int, list[dict[str, Any]]] = {}     # by RunSignUp event_id
        self.results: dict[int, list[dict[str, Any]]] = {}

    def add_race(self, race_id: int, name: str, next_date: str, city: str, state: str,
                 events: list[tuple[int, str, str]]) -> None:
        self.races[race_id] = {"race_id": race_id, "name": name, "next_date": next_date, "last_modified": 1700000000,
                               "address": {"street": "1 Main St", "city": city, "state": state, "zipcode": "06103"},
                               "events": [{"event_id": e, "name": n, "distance": d, "start_time": f"{next_date} 08:00"}
                                          for e, n, d in events]}
        for event_id, _, _ in events:
            self.participants.setdefault(event_id, [])
            self.results.setdefault(event_id, [])

    def add_participant(self, event_id: int, registration_id: int, first: str, last: str, bib: int | None,
                        gender: str = "F", modified: int = 1700000000) -> None:
        self.participants[event_id].append({
            "registration_id": registration_id, "bib_num": bib, "chip_num": None, "age": 34,
            "last_modified": modified,
            "user": {"user_id": 9000 + registration_id, "first_name": first, "last_name": last, "gender": gender,
                     "dob": "1990-05-17", "email": f"{first.lower()}@example.com",
                     "address": {"city": "Hartford", "state": "CT", "country_code": "US"}}})

    def route(self, request: Request) -> Response:
        args = request.args
        if args.get("api_key") != self.api_key or args.get("api_secret") != self.api_secret:
            return json_response({"error": {"error_code": 401, "error_msg": "Invalid API key or secret."}}, 401)
        if args.get("format") != "json":
            return Response("<xml/>", content_type="text/xml")
        page, size = int(args.get("page", 1)), int(args.get("results_per_page", 50))
        if request.path == "/Rest/races":
            races = [{"race": r} for r in self.races.values()]
            return json_response({"races": races[(page - 1) * size: page * size]})
        if m := re.fullmatch(r"/Rest/race/(\d+)", request.path):
            return json_response({"race": self.races[int(m.group(1))]})
        if m := re.fullmatch(r"/Rest/race/(\d+)/participants", request.path):
            event_id = int(args["event_id"])
            since = int(args.get("modified_after_timestamp", 0))
            rows = [p for p in self.participants[event_id] if p["last_modified"] > since]
            return json_response([{"event": {"event_id": event_id},
                                   "participants": rows[(page - 1) * size: page * size]}])
        if m := re.fullmatch(r"/Rest/race/(\d+)/results/get-results", request.path):
            rows = self.results[int(args["event_id"])][(page - 1) * size: page * size]
            return json_response({"individual_results_sets": [{"individual_result_set_id": 1,
                                                               "individual_result_set_name": "Overall",
                                                               "results": rows}]})
        return json_response({"error": {"error_msg": "not found"}}, 404)


class CtLiveStandIn(StandIn):
    """/api/event, /api/event/{id}, /entry and /results, paged by page/size with X-Ctlive-* headers."""

    def __init__(self, server: HTTPServer, client_id: str = "client-abc", user_id: str = "timer@example.com",
                 password: str = "pa55word-long") -> None:
        super().__init__(server)
        self.client_id, self.user_id = client_id, user_id
        self.user_pass = hashlib.sha1(password.encode()).hexdigest()
        self.events: dict[int, dict[str, Any]] = {}
        self.entries: dict[int, list[dict[str, Any]]] = {}
        self.results: dict[int, list[dict[str, Any]]] = {}

    def add_event(self, event_id: int, name: str, start: datetime, city: str, region: str) -> None:
        self.events[event_id] = {"event_id": event_id, "event_name": name, "location_city": city,
                                 "location_region": region, "event_start_time": int(start.timestamp()),
                                 "event_modify_time": 1700000000}
        self.entries.setdefault(event_id, [])
        self.results.setdefault(event_id, [])

    def route(self, request: Request) -> Response:
        args = request.args
        if (args.get("client_id"), args.get("user_id"), args.get("user_pass")) != (
                self.client_id, self.user_id, self.user_pass):
            return json_response({"error": "authentication failed"}, 401)
        if request.path == "/api/event":
            return self._page(request, "event", list(self.events.values()))
        if m := re.fullmatch(r"/api/event/(\d+)", request.path):
            return json_response({"event": self.events[int(m.group(1))]})
        if m := re.fullmatch(r"/api/event/(\d+)/entry", request.path):
            return self._page(request, "event_entry", self.entries[int(m.group(1))])
        if m := re.fullmatch(r"/api/event/(\d+)/results", request.path):
            return self._page(request, "event_results", self.results[int(m.group(1))])
        return json_response({"error": "not found"}, 404)

    def _page(self, request: Request, key: str, rows: list[dict[str, Any]]) -> Response:
        page, size = int(request.args.get("page", 1)), int(request.args.get("size", 50))
        headers = {"X-Ctlive-Page-Count": str(max(1, math.ceil(len(rows) / size))),
                   "X-Ctlive-Row-Count": str(len(rows)), "X-Ctlive-Current-Page": str(page),
                   "X-Ctlive-Page-Size": str(size)}
        return json_response({key: rows[(page - 1) * size: page * size]}, headers=headers)


class RaceRosterStandIn(StandIn):
    """OAuth client credentials at /oauth/token, then /api/v1/events... paged with meta.last_page."""

    def __init__(self, server: HTTPServer, client_id: str = "rr-client-123", client_secret: str = "rr-secret-456"):
        super().__init__(server)
        self.client_id, self.client_secret = client_id, client_secret
        self.valid_tokens: set[str] = set()
        self.issued = 0
        self.events: dict[int, dict[str, Any]] = {}
        self.participants: dict[int, list[dict[str, Any]]] = {}

    def expire_tokens(self) -> None:
        self.valid_tokens.clear()

    def route(self, request: Request) -> Response:
        if request.path == "/oauth/token":
            form = request.form
            if (form.get("grant_type"), form.get("client_id"), form.get("client_secret")) != (
                    "client_credentials", self.client_id, self.client_secret):
                return json_response({"error": "invalid_client"}, 401)
            self.issued += 1
            token = f"token-{self.issued}"
            self.valid_tokens.add(token)
            return json_response({"access_token": token, "token_type": "Bearer", "expires_in": 3600})
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if token not in self.valid_tokens:
            return json_response({"error": "token expired"}, 401)
        if request.path == "/api/v1/events":
            return self._page(request, list(self.events.values()))
        if m := re.fullmatch(r"/api/v1/events/(\d+)", request.path):
            return json_response({"data": self.events[int(m.group(1))]})
        if m := re.fullmatch(r"/api/v1/events/(\d+)/participants", request.path):
            rows = self.participants[int(m.group(1))]
            if since := request.args.get("updated_since"):
                rows = [r for r in rows if datetime.fromisoformat(r["updatedAt"].replace("Z", "+00:00"))
                        > datetime.fromisoformat(since)]
            return self._page(request, rows)
        return json_response({"error": "not found"}, 404)

    def _page(self, request: Request, rows: list[dict[str, Any]]) -> Response:
        page, size = int(request.args.get("page", 1)), int(request.args.get("per_page", 25))
        last = max(1, math.ceil(len(rows) / size))
        return json_response({"data": rows[(page - 1) * size: page * size],
                              "meta": {"current_page": page, "last_page": last, "total": len(rows)}})


def iso(ts: int) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat().replace("+00:00", "Z")
