"""CSV and Excel rosters, the universal fallback: columns found by their headers, every row checked, and a
report with spreadsheet row numbers before anything is written.

Nothing is written while any row has a problem, unless the user chooses to skip the bad rows; the good rows
then go in through the same all-or-nothing roster write as the API providers.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

from project88.errors import P88Error
from providers.base import ProviderEvent, ProviderParticipant, normal_sex
from providers.store import SyncReport, save_roster
from warehouse.tenancy import slugify

PROVIDER = "csv"
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "registration id", "entry id", "participant id", "reg id"),
    "bib": ("bib", "bib number", "bib #", "bib no", "bib num", "race number", "number"),
    "first_name": ("first name", "first", "firstname", "given name", "forename"),
    "last_name": ("last name", "last", "lastname", "surname", "family name"),
    "name": ("name", "full name", "participant", "runner", "athlete"),
    "sex": ("sex", "gender", "m/f"),
    "birth_date": ("birth date", "date of birth", "dob", "birthdate", "birthday"),
    "age": ("age", "age on race day"),
    "city": ("city", "town", "hometown"),
    "state": ("state", "province", "region", "st"),
    "email": ("email", "e-mail", "email address"),
    "race_name": ("race", "event", "distance", "division", "category", "race name"),
}
HEADER_MATCH_MIN = 85
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d")


class RosterInvalid(P88Error):
    """The file has rows that cannot be imported; ``preview.problems`` lists them, nothing was written."""

    def __init__(self, preview: Preview) -> None:
        self.preview = preview
        first = preview.problems[0]
        super().__init__(f"{len(preview.problems)} problem(s) in the roster, nothing imported; first: row "
                         f"{first.row}, {first.column}: {first.message}")


@dataclass(frozen=True)
class Problem:
    row: int                        # as a spreadsheet numbers it: the header is row 1
    column: str
    message: str


@dataclass
class Preview:
    mapping: dict[str, str]         # our field -> the file's header
    participants: list[ProviderParticipant] = field(default_factory=list)   # the rows without problems
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0


def read_table(path: Path) -> tuple[list[str], list[list[object]]]:
    """Headers and rows of a .csv (any common delimiter, UTF-8 with or without BOM) or .xlsx file."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook
        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        table = [list(row) for row in sheet.iter_rows(values_only=True)]
    else:
        text = path.read_text(encoding="utf-8-sig")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
        except csv.Error:
            dialect = csv.excel
        table = list(csv.reader(text.splitlines(), dialect))
    table = [row for row in table if any(cell not in (None, "") for cell in row)]
    if not table:
        raise P88Error(f"{path.name} has no rows")
    return [str(h or "").strip() for h in table[0]], table[1:]


def detect_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Our field -> header: exact synonyms first, then close ones (typos, "Bib#"); ``overrides`` win."""
    mapping: dict[str, str] = {}
    normalized = {re.sub(r"[^a-z0-9#/ ]", " ", h.lower()).strip(): h for h in headers if h}
    normalized = {" ".join(k.split()): v for k, v in normalized.items()}
    for name, synonyms in SYNONYMS.items():
        exact = next((normalized[s] for s in synonyms if s in normalized), None)
        if exact is None:
            best = process.extractOne(synonyms[0], list(normalized), scorer=fuzz.ratio)
            exact = normalized[best[0]] if best and best[1] >= HEADER_MATCH_MIN else None
        if exact is not None and exact not in mapping.values():
            mapping[name] = exact
    for name, header in (overrides or {}).items():
        if name not in SYNONYMS:
            raise P88Error(f"unknown roster field {name!r}; fields: {', '.join(SYNONYMS)}")
        if header not in headers:
            raise P88Error(f"the file has no column {header!r}; its columns: {', '.join(headers)}")
        mapping[name] = header
    if "first_name" not in mapping and "last_name" not in mapping and "name" not in mapping:
        raise P88Error(f"no name column found among {', '.join(headers)}; map one, e.g. --map first_name=Given")
    return mapping


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(str(value).strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not a date (e.g. 1985-04-30 or 04/30/1985)")


def check(headers: list[str], rows: list[list[object]], mapping: dict[str, str]) -> Preview:
    """Every row normalized or reported: missing names, bad dates, ages and sexes, duplicate bibs."""
    index = {name: headers.index(header) for name, header in mapping.items()}
    preview = Preview(mapping, rows=len(rows))
    bibs: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):
        def cell(name: str) -> str:
            i = index.get(name)
            value = row[i] if i is not None and i < len(row) else None
            return "" if value is None else str(value).strip()

        problems: list[Problem] = []
        first, last = cell("first_name"), cell("last_name")
        if not (first and last) and cell("name"):
            parts = cell("name").rsplit(" ", 1)
            first, last = (parts[0], parts[1]) if len(parts) == 2 else (first, last or parts[0])
        if not first or not last:
            problems.append(Problem(number, mapping.get("last_name") or mapping.get("name", "name"),
                                    "first and last name are both needed"))
        birth = None
        if cell("birth_date"):
            try:
                birth = _date(row[index["birth_date"]])
            except ValueError as error:
                problems.append(Problem(number, mapping["birth_date"], str(error)))
        age = None
        if cell("age"):
            age = int(cell("age")) if cell("age").isdigit() else None
            if age is None or not 1 <= age <= 120:
                problems.append(Problem(number, mapping["age"], f"{cell('age')!r} is not an age"))
        sex = normal_sex(cell("sex"))
        if cell("sex") and sex is None:
            problems.append(Problem(number, mapping["sex"], f"{cell('sex')!r} is not M, F or X"))
        bib = cell("bib") or None
        if bib and bib in bibs:
            problems.append(Problem(number, mapping["bib"], f"bib {bib} is also on row {bibs[bib]}"))
        elif bib:
            bibs[bib] = number
        if problems:
            preview.problems.extend(problems)
            continue
        key = cell("id") or bib or f"{first}|{last}|{birth or ''}".lower()
        preview.participants.append(ProviderParticipant(
            key, first, last, bib=bib, sex=sex, birth_date=birth, age=age, city=cell("city") or None,
            state=cell("state") or None, email=cell("email") or None, race_name=cell("race_name") or None))
    return preview


def import_roster(partner_id: int, url: str, path: Path, event_name: str, event_date: date, *,
                  city: str | None = None, state: str | None = None, overrides: dict[str, str] | None = None,
                  skip_bad_rows: bool = False, dry_run: bool = False) -> tuple[Preview, SyncReport | None]:
    """Check ``path`` and, unless ``dry_run``, import its roster as one event; RosterInvalid writes nothing."""
    headers, rows = read_table(path)
    preview = check(headers, rows, detect_mapping(headers, overrides))
    if preview.problems and not skip_bad_rows:
        raise RosterInvalid(preview)
    if dry_run:
        return preview, None
    event = ProviderEvent(f"{slugify(event_name)}-{event_date.isoformat()}", event_name, event_date, city, state,
                          None, {"file": path.name})
    return preview, save_roster(partner_id, url, PROVIDER, event, preview.participants, record=True)
