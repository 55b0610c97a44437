"""CSV and Excel rosters, the universal fallback: columns found by their headers, every row checked, and a
report with spreadsheet row numbers before anything is written.

Files are read by ``roster_files`` (encodings, delimiters, workbooks); a header may sit below a title or
notes, and a single name column may be written "Last, First" or "First Last". Nothing is written while any
row has a problem, unless the user chooses to skip the bad rows; the good rows then go in through the same
all-or-nothing roster write as the API providers.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process

from project88.errors import ConfigError, P88Error
from providers.base import ProviderEvent, ProviderParticipant, normal_sex
from providers.roster_files import DELIMITERS, RosterFileError, read_cells
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
HEADER_SEARCH_ROWS = 10             # titles, dates and notes some exports put above the header
DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y", "%d.%m.%Y", "%Y/%m/%d")
# Words that belong to the last name when they stand right before it: "Anna van der Berg", "Maria de la Cruz".
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "des", "la", "le",
                       "dos", "das", "ter", "ten", "vom", "zu", "zum"})
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
LAST_FIRST, FIRST_LAST, ONE_WORD = "'Last, First'", "'First Last'", "one word (not split)"


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
    rows: int = 0                   # non-blank rows below the header
    source: str = ""                # how the file was read: "Windows-1252 text, semicolon-separated, header on row 1"
    name_forms: Counter[str] = field(default_factory=Counter)   # LAST_FIRST/FIRST_LAST/ONE_WORD -> rows

    def notes(self) -> list[str]:
        """What the report says besides columns and problems: how the file and the name column were read."""
        notes = [f"read as {self.source}"] if self.source else []
        if self.name_forms:
            used = sum(self.name_forms.values())
            forms = [f"{form} in {count}" for form, count in self.name_forms.most_common()]
            notes.append(f"{self.mapping['name']!r} column read as {forms[0]} of {used} rows"
                         + "".join(f", {form}" for form in forms[1:]))
        return notes


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[object]]        # every row below the header, blank ones included so numbering holds
    first_row: int                  # spreadsheet row number of rows[0]
    source: str


def read_table(path: Path, overrides: dict[str, str] | None = None, encoding: str | None = None) -> Table:
    """The header row (the first of the top HEADER_SEARCH_ROWS with a name column, or with every ``overrides``
    header) and the rows below it. Raises RosterFileError for an unreadable file, a missing header or, in text,
    a row with more values than the header has columns (a delimiter inside an unquoted value)."""
    cells = read_cells(path, encoding)
    filled = [i for i, row in enumerate(cells.rows) if not _blank(row)]
    if not filled:
        raise RosterFileError(f"{path.name} has no rows")
    for i in filled[:HEADER_SEARCH_ROWS]:
        headers = [str(h or "").strip() for h in cells.rows[i]]
        try:
            detect_mapping(headers, overrides)
        except RosterFileError:
            continue
        table = Table(headers, cells.rows[i + 1:], i + 2, f"{cells.source}, header on row {i + 1}")
        if cells.delimiter:
            _refuse_ragged(table, path.name, cells.delimiter)
        return table
    first = ", ".join(str(c).strip() for c in cells.rows[filled[0]] if c not in (None, ""))
    wanted = (f"the column(s) {', '.join(map(repr, overrides.values()))} named by --map" if overrides else
              "a name column (Name, First Name, Last Name, Surname, ...)")
    raise RosterFileError(f"{path.name}: no header row with {wanted} in its first {HEADER_SEARCH_ROWS} rows; "
                          f"row {filled[0] + 1} reads {first[:80]!r}")


def _blank(row: list[object]) -> bool:
    return all(cell is None or str(cell).strip() == "" for cell in row)


def _refuse_ragged(table: Table, name: str, delimiter: str) -> None:
    """Raises RosterFileError naming the first row with values past the header's last column: its cells would
    land under the wrong headers. Shorter rows and empty trailing cells are fine (tools drop or add them)."""
    width = len(table.headers)
    ragged = [number for number, row in enumerate(table.rows, start=table.first_row)
              if not _blank(row[width:])]
    if ragged:
        row = table.rows[ragged[0] - table.first_row]
        raise RosterFileError(f"{name} row {ragged[0]} has {len(row)} values but the header has {width} columns "
                              f"({len(ragged)} such row(s)): a {DELIMITERS[delimiter]} inside an unquoted "
                              "value, like a 'Last, First' name? Quote it, or save the file again from Excel")


def detect_mapping(headers: list[str], overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Our field -> header: exact synonyms first, then close ones (typos, "Bib#"); ``overrides`` win.
    Raises ConfigError for an unknown field in ``overrides``, RosterFileError when a header named there is
    missing or no name column is found."""
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
            raise ConfigError(f"unknown roster field {name!r}; fields: {', '.join(SYNONYMS)}")
        if header not in headers:
            raise RosterFileError(f"the file has no column {header!r}; its columns: {', '.join(headers)}")
        mapping[name] = header
    if "first_name" not in mapping and "last_name" not in mapping and "name" not in mapping:
        raise RosterFileError(f"no name column found among {', '.join(headers)}; map one, e.g. --map first_name=Given")
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


def split_name(value: str) -> tuple[str, str, str]:
    """(first, last, form) of a single name cell; a part that is not there comes back "".

    "Smith, John" -> ("John", "Smith", LAST_FIRST); "Van der Berg, Anna" -> ("Anna", "Van der Berg", ...);
    "Anna van der Berg" -> ("Anna", "van der Berg", FIRST_LAST); "John Smith, Jr." -> ("John", "Smith Jr.", ...);
    "Madonna" -> ("", "Madonna", ONE_WORD)."""
    parts = [" ".join(part.split()) for part in value.split(",")]
    suffix = parts.pop() if len(parts) > 1 and parts[-1].rstrip(".").lower() in SUFFIXES else ""
    if len(parts) > 1:
        first, last, form = ", ".join(parts[1:]), parts[0], LAST_FIRST
    else:
        words = parts[0].split()
        start = len(words) - 1
        while start > 1 and words[start - 1].lower() in PARTICLES:
            start -= 1
        first, last = " ".join(words[:start]), " ".join(words[start:])
        form = FIRST_LAST if len(words) > 1 else ONE_WORD
    return first, f"{last} {suffix}".strip() if last else last, form


def check(table: Table, mapping: dict[str, str]) -> Preview:
    """Every non-blank row normalized or reported by its spreadsheet row number: missing names, bad dates, ages
    and sexes, duplicate bibs. A name column is split only for rows without both first and last names."""
    index = {name: table.headers.index(header) for name, header in mapping.items()}
    preview = Preview(mapping, source=table.source)
    bibs: dict[str, int] = {}
    for number, row in enumerate(table.rows, start=table.first_row):
        if _blank(row):
            continue
        preview.rows += 1

        def cell(name: str) -> str:
            i = index.get(name)
            value = row[i] if i is not None and i < len(row) else None
            return "" if value is None else str(value).strip()

        problems: list[Problem] = []
        first, last = cell("first_name"), cell("last_name")
        whole = cell("name") if not (first and last) else ""
        if whole:
            first, last, form = split_name(whole)
            preview.name_forms[form] += 1
        if not first or not last:
            problems.append(Problem(number, mapping.get("last_name") or mapping.get("name", "name"),
                                    f"first and last name are both needed{f' ({whole!r})' if whole else ''}"))
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
                  skip_bad_rows: bool = False, dry_run: bool = False,
                  encoding: str | None = None) -> tuple[Preview, SyncReport | None]:
    """Check ``path`` (read in ``encoding`` if given, else the detected one) and, unless ``dry_run``, import its
    roster as one event. Raises RosterFileError for a file that cannot be read as a roster, RosterInvalid
    (nothing written) for bad rows unless ``skip_bad_rows``."""
    table = read_table(path, overrides, encoding)
    preview = check(table, detect_mapping(table.headers, overrides))
    if preview.problems and not skip_bad_rows:
        raise RosterInvalid(preview)
    if dry_run:
        return preview, None
    event = ProviderEvent(f"{slugify(event_name)}-{event_date.isoformat()}", event_name, event_date, city, state,
                          None, {"file": path.name})
    return preview, save_roster(partner_id, url, PROVIDER, event, preview.participants, record=True)
