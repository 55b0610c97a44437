"""Which providers exist, what credentials each needs, and how to build one for a company."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from project88.errors import P88Error
from providers import ctlive, raceroster, runsignup
from providers.base import Provider
from providers.http import Http


class UnknownProvider(P88Error):
    """A provider name this build does not implement."""


@dataclass(frozen=True)
class Kind:
    label: str
    base_url: str
    secrets: tuple[str, ...]                       # the credential names it needs, in order
    build: Callable[..., Provider]


PROVIDERS: dict[str, Kind] = {
    "runsignup": Kind("RunSignUp", runsignup.BASE_URL, ("api_key", "api_secret"), runsignup.RunSignUp),
    "raceroster": Kind("Race Roster", raceroster.BASE_URL, ("client_id", "client_secret"), raceroster.RaceRoster),
    "ctlive": Kind("ChronoTrack Live", ctlive.BASE_URL, ("client_id", "user_id", "password"),
                   ctlive.ChronoTrackLive),
}


def kind(name: str) -> Kind:
    if name not in PROVIDERS:
        raise UnknownProvider(f"unknown provider {name!r}; available: {', '.join(PROVIDERS)} "
                              "(CSV and Excel rosters: p88 providers import-csv)")
    return PROVIDERS[name]


def make_provider(name: str, secrets: dict[str, Any], base_url: str | None = None, *,
                  sleep: Callable[[float], None] = time.sleep, transport: httpx.BaseTransport | None = None,
                  timeout_s: float = 20.0) -> Provider:
    """The adapter for ``name`` with a company's secrets (missing ones are named in the error)."""
    spec = kind(name)
    missing = [key for key in spec.secrets if not secrets.get(key)]
    if missing:
        flags = " ".join(f"--secret {key}=..." for key in missing)
        raise P88Error(f"{spec.label} credentials need {', '.join(missing)} "
                       f"(p88 providers credentials --provider {name} {flags})")
    http = Http(name, base_url or spec.base_url, sleep=sleep, transport=transport, timeout_s=timeout_s)
    return spec.build(http, *(str(secrets[key]) for key in spec.secrets))
