"""Roster files as timers really export them, read into rows of cells: Excel workbooks, and text in whatever
encoding and delimiter the exporting program chose (Excel on Windows: Windows-1252 "CSV", "CSV UTF-8" with a
BOM, "Unicode text" as UTF-16 with tabs; European Excel: semicolons).

Every problem with the file itself is a ``RosterFileError``: one line naming the file (and the row where
there is one), exit code 2 from the CLI.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from charset_normalizer import CharsetMatch, from_bytes

from project88.errors import ConfigError

EXCEL_SUFFIXES = (".xlsx", ".xlsm")
ZIP_MAGIC = b"PK\x03\x04"                       # .xlsx is a zip archive
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and password-protected workbooks
# The encodings roster exports come in: Unicode, the Windows code pages of the Americas and Europe, and old
# Mac Excel's. Left to all it knows, the detector reads a short Latin roster as Korean or Chinese (johab,
# big5hkscs); --encoding names any other.
ROSTER_ENCODINGS = ["utf_8", "utf_16", "utf_32", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                    "mac_roman"]
# The code page Excel on Windows saves "CSV" in across the US and Western Europe: preferred when the
# detector finds it as plausible as another code page (a few names rarely tell them apart).
EXCEL_CODE_PAGE = "cp1252"
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
SNIFF_RECORDS = 50
ENCODING_NAMES = {"utf_8": "UTF-8", "utf_16": "UTF-16", "utf_32": "UTF-32", "mac_roman": "Mac Roman",
                  **{f"cp125{n}": f"Windows-125{n}" for n in range(9)}}
BOMS = ((codecs.BOM_UTF32_LE, "UTF-32 LE"), (codecs.BOM_UTF32_BE, "UTF-32 BE"), (codecs.BOM_UTF8, "UTF-8"),
        (codecs.BOM_UTF16_LE, "UTF-16 LE"), (codecs.BOM_UTF16_BE, "UTF-16 BE"))


class RosterFileError(ConfigError):
    """The file cannot be read as a roster at all (empty, binary, misnamed, undecodable, no header, ragged)."""


@dataclass(frozen=True)
class Cells:
    """A file's rows as read, blank ones included so that index + 1 is the spreadsheet row number."""

    rows: list[list[object]]
    source: str                     # how it was read: "Windows-1252 text, semicolon-separated"
    delimiter: str | None = None    # None for a workbook


def read_cells(path: Path, encoding: str | None = None) -> Cells:
    """Rows of ``path``: the first sheet of an .xlsx/.xlsm, else delimited text in a detected (or the given)
    encoding and a sniffed delimiter. Raises RosterFileError for an unreadable, empty, binary or misnamed
    file, ConfigError for an unknown ``encoding`` name."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RosterFileError(f"cannot read {path.name}: {error.strerror or error}") from None
    if not data:
        raise RosterFileError(f"{path.name} is empty (0 bytes)")
    if _is_workbook(path, data):
        return _read_workbook(path)
    text, label = decode(data, path.name, encoding)
    delimiter = sniff_delimiter(text)
    return Cells(_parse(text, delimiter, path.name), f"{label} text, {DELIMITERS[delimiter]}-separated", delimiter)


def _is_workbook(path: Path, data: bytes) -> bool:
    """Whether to read ``data`` as a workbook; a file whose name and content disagree is a RosterFileError."""
    excel_name = path.suffix.lower() in EXCEL_SUFFIXES
    if data.startswith(OLE2_MAGIC):
        raise RosterFileError(f"{path.name} is an old-format .xls or a password-protected workbook; in Excel, "
                              "save it as an .xlsx workbook (no password) or as CSV UTF-8")
    if data.startswith(ZIP_MAGIC) and not excel_name:
        raise RosterFileError(f"{path.name} is an Excel workbook (or another zip archive), not text; "
                              "name it .xlsx, or save it from Excel as CSV UTF-8")
    if excel_name and not data.startswith(ZIP_MAGIC):
        raise RosterFileError(f"{path.name} is not an Excel workbook (a CSV or text file renamed .xlsx?); "
                              "name it .csv")
    return excel_name


def _read_workbook(path: Path) -> Cells:
    """The first worksheet's rows; a zip that is not a workbook (a renamed .docx, a damaged file) is an error."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise RosterFileError(f"{path.name} is not a readable Excel workbook ({error})") from None
    try:
        sheet = book.worksheets[0]
        return Cells([list(row) for row in sheet.iter_rows(values_only=True)], f"Excel workbook, sheet {sheet.title!r}")
    finally:
        book.close()


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding label such as "UTF-16 LE with BOM") of ``data``: ``encoding`` if given, else what
    charset-normalizer detects. Raises RosterFileError for binary or undecodable data, ConfigError for an
    unknown ``encoding``."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name.replace("-", "_")
        except LookupError:
            raise ConfigError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1252, cp1250, mac_roman)") from None
    else:
        codec = _detect(data, name)
    try:
        text = data.decode(codec).removeprefix("\ufeff")    # a BOM is not part of the first header
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise RosterFileError(f"{name} line {line} cannot be read as {_label(codec, data)}: byte "
                              f"{data[error.start]:#04x} ({error.reason}); try --encoding") from None
    if "\x00" in text:
        raise RosterFileError(f"{name} is a binary file, not a roster (it contains NUL bytes)")
    return text, _label(codec, data)


def _detect(data: bytes, name: str) -> str:
    """The Python codec charset-normalizer finds for ``data`` among ROSTER_ENCODINGS, Windows-1252 winning
    ties (see EXCEL_CODE_PAGE). Raises RosterFileError when none fits."""
    matches = from_bytes(data, cp_isolation=ROSTER_ENCODINGS)
    best = matches.best()
    if best is None:
        raise RosterFileError(f"{name} is not text in any encoding rosters come in (a binary file?); "
                              "if it is text, name its encoding with --encoding")
    tied: list[CharsetMatch] = [match for match in matches if match.chaos == best.chaos]
    if any(EXCEL_CODE_PAGE in match.could_be_from_charset for match in tied):
        return EXCEL_CODE_PAGE
    return best.encoding


def _label(codec: str, data: bytes) -> str:
    """A reader's name for the encoding, with the byte order and BOM a Unicode file starts with."""
    name = ENCODING_NAMES.get(codec, codec)
    boms = (f"{bom_name} with BOM" for bom, bom_name in BOMS if bom_name.startswith(name) and data.startswith(bom))
    return next(boms, name)


def sniff_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon, tab and bar that splits the most of the first records into the
    same number (at least two) of fields, ties to more fields; a comma when none splits anything.

    Counting whole records (quotes respected) rather than characters keeps a "Smith, John" name in a
    semicolon or tab file from making it look comma-separated: the header has no such comma."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            widths = [len(row) for row in islice(reader, SNIFF_RECORDS) if any(cell.strip() for cell in row)]
        except csv.Error:
            continue                            # _parse reports it with the delimiter that wins
        width, rows = Counter(widths).most_common(1)[0] if widths else (0, 0)
        score = (rows, width) if width > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _parse(text: str, delimiter: str, name: str) -> list[list[object]]:
    """Records of ``text``; newline="" lets the csv module take CRLF, LF and old Mac CR line ends alike and
    keep line breaks inside quoted cells. Strict, so that a quote mark never closed is a RosterFileError with
    the line its record starts on, not the rest of the file silently read into one cell."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[object]] = []
    start = 1
    try:
        for row in reader:
            rows.append(list(row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise RosterFileError(f"{name} line {start}: {error}; check the quote marks on that line") from None
    return rows
