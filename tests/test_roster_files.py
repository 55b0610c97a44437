"""Roster files as timers really export them (issue 14, item 6): every file is written here as bytes in its
real encoding, read the way ``p88 providers import-csv`` reads it, and checked for the values a timer expects;
every file problem is one line with its row and exit code 2, never a traceback."""

from __future__ import annotations

import codecs
import io
import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from project88.errors import ConfigError
from providers.csv_import import Preview, check, detect_mapping, import_roster, read_table, split_name
from providers.roster_files import RosterFileError, sniff_delimiter
from warehouse.database import tenant_connection

HEADER = "Bib,First Name,Last Name,Sex,Age\r\n"


def roster(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def preview_of(path: Path, encoding: str | None = None) -> Preview:
    table = read_table(path, encoding=encoding)
    return check(table, detect_mapping(table.headers))


def people(preview: Preview) -> list[tuple[str | None, str, str]]:
    return [(p.bib, p.first_name, p.last_name) for p in preview.participants]


def workbook_bytes(*rows: list[object]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# --------------------------------------------------------------------------- encodings and delimiters

@pytest.mark.parametrize(("name", "data", "source"), [
    ("excel-windows.csv", (HEADER + "201,José,Peña,M,41\r\n").encode("cp1252"),
     "Windows-1252 text, comma-separated"),
    ("excel-utf8.csv", (HEADER + "201,José,Peña,M,41\r\n").encode("utf-8-sig"),
     "UTF-8 with BOM text, comma-separated"),
    ("google-sheets.csv", (HEADER + "201,José,Peña,M,41\n").encode("utf-8"), "UTF-8 text, comma-separated"),
    ("excel-unicode.txt", (HEADER.replace(",", "\t") + "201\tJosé\tPeña\tM\t41\r\n").encode("utf-16"),
     "UTF-16 LE with BOM text, tab-separated"),
    ("big-endian.txt", codecs.BOM_UTF16_BE + (HEADER.replace(",", "\t") + "201\tJosé\tPeña\tM\t41\r\n")
     .encode("utf-16-be"), "UTF-16 BE with BOM text, tab-separated"),
    ("european.csv", (HEADER.replace(",", ";") + "201;José;Peña;M;41\r\n").encode("cp1252"),
     "Windows-1252 text, semicolon-separated"),
    ("old-mac.csv", (HEADER + "201,José,Peña,M,41\r").replace("\r\n", "\r").encode("utf-8"),
     "UTF-8 text, comma-separated"),
])
def test_each_export_reads_jose_pena(tmp_path: Path, name: str, data: bytes, source: str) -> None:
    preview = preview_of(roster(tmp_path, name, data))
    assert people(preview) == [("201", "José", "Peña")] and preview.participants[0].age == 41
    assert preview.mapping["bib"] == "Bib"                      # no BOM left in the first header
    assert preview.notes() == [f"read as {source}, header on row 1"]


def test_windows_1252_keeps_excels_curly_apostrophe_and_accents(tmp_path: Path) -> None:
    data = (HEADER + "1,Mary,O’Neil,F,30\r\n2,Zoë,Müller,F,28\r\n3,François,Lefèvre,M,52\r\n").encode("cp1252")
    assert people(preview_of(roster(tmp_path, "r.csv", data))) == [
        ("1", "Mary", "O’Neil"), ("2", "Zoë", "Müller"), ("3", "François", "Lefèvre")]


def test_a_european_roster_with_day_first_dates_and_german_sexes(tmp_path: Path) -> None:
    data = ("Bib;First Name;Last Name;Gender;DOB\r\n7;Jürgen;Weiß;M;01.02.1980\r\n8;Anna;Groß;W;30.04.1991\r\n"
            ).encode("cp1252")
    preview = preview_of(roster(tmp_path, "r.csv", data))
    assert [(p.last_name, p.sex, p.birth_date) for p in preview.participants] == [
        ("Weiß", "M", date(1980, 2, 1)), ("Groß", "F", date(1991, 4, 30))]


def test_an_unquoted_last_first_name_does_not_make_a_semicolon_file_look_comma_separated(tmp_path: Path) -> None:
    data = b"Bib;Name;Sex\r\n1;Smith, John;M\r\n2;Lee, Ann;F\r\n3;Kim, Bo;M\r\n"
    preview = preview_of(roster(tmp_path, "r.csv", data))
    assert people(preview) == [("1", "John", "Smith"), ("2", "Ann", "Lee"), ("3", "Bo", "Kim")]
    assert sniff_delimiter("Bib\tName\n1\tSmith, John\n2\tLee, Ann\n") == "\t"


def test_quoted_cells_may_hold_delimiters_quotes_and_line_breaks(tmp_path: Path) -> None:
    data = b'Bib,Name,City\r\n1,"Smith, John","Hartford\r\nCT"\r\n2,"O\'Neil ""Mo"", Mary",Mystic\r\n'
    preview = preview_of(roster(tmp_path, "r.csv", data))
    assert people(preview) == [("1", "John", "Smith"), ("2", "Mary", 'O\'Neil "Mo"')]
    assert preview.participants[0].city == "Hartford\r\nCT"


def test_a_title_above_the_header_and_blank_rows_keep_spreadsheet_row_numbers(tmp_path: Path) -> None:
    data = b"Hartford Spring 10K - entrants\r\nExported 2027-04-01\r\n\r\nBib,Name,Sex\r\n1,Ann Lee,F\r\n\r\n" \
           b"2,Bo Kim,Q\r\n"
    preview = preview_of(roster(tmp_path, "r.csv", data))
    assert preview.rows == 2 and people(preview) == [("1", "Ann", "Lee")]
    assert [(p.row, p.column) for p in preview.problems] == [(7, "Sex")]
    assert preview.notes()[0] == "read as UTF-8 text, comma-separated, header on row 4"


def test_a_workbook_with_a_title_row_reads_from_its_header(tmp_path: Path) -> None:
    data = workbook_bytes(["Spring 10K"], [], ["Bib", "Name", "Gender"], [7, "Cruz, Maria de la", "F"])
    preview = preview_of(roster(tmp_path, "r.xlsx", data))
    assert people(preview) == [("7", "Maria de la", "Cruz")]
    assert preview.notes()[0] == "read as Excel workbook, sheet 'Sheet', header on row 3"


def test_encoding_can_be_named_when_detection_cannot_tell(tmp_path: Path) -> None:
    path = roster(tmp_path, "polish.csv", (HEADER + "9,Łukasz,Świątek,M,33\r\n").encode("cp1250"))
    preview = preview_of(path, encoding="cp1250")
    assert people(preview) == [("9", "Łukasz", "Świątek")]
    assert preview.notes()[0] == "read as Windows-1250 text, comma-separated, header on row 1"
    with pytest.raises(ConfigError, match="unknown encoding 'klingon'") as unknown:
        preview_of(path, encoding="klingon")
    assert unknown.value.exit_code == 2


# --------------------------------------------------------------------------- single name columns

@pytest.mark.parametrize(("cell", "first", "last"), [
    ("Smith, John", "John", "Smith"),
    ("Van der Berg, Anna", "Anna", "Van der Berg"),
    ("O'Neil, Mary Kate", "Mary Kate", "O'Neil"),
    ("  Peña ,  José  ", "José", "Peña"),
    ("Anna van der Berg", "Anna", "van der Berg"),
    ("Maria de la Cruz", "Maria", "de la Cruz"),
    ("Ludwig van Beethoven", "Ludwig", "van Beethoven"),
    ("Mary Van Buren", "Mary", "Van Buren"),
    ("Mary Kate Smith", "Mary Kate", "Smith"),
    ("Maria do Carmo Silva", "Maria do Carmo", "Silva"),     # a particle inside the first name stays there
    ("Van Morrison", "Van", "Morrison"),                     # the first word is always a first name
    ("John Smith, Jr.", "John", "Smith Jr."),
    ("Smith, John, Jr.", "John", "Smith Jr."),
    ("Madonna", "", "Madonna"),
    ("Smith,", "", "Smith"),
])
def test_a_single_name_cell_is_split_by_its_convention(cell: str, first: str, last: str) -> None:
    assert split_name(cell)[:2] == (first, last)


def test_the_report_says_how_the_name_column_was_read(tmp_path: Path) -> None:
    data = b'Bib,Name\r\n1,"Smith, John"\r\n2,"Van der Berg, Anna"\r\n3,"O\'Neil, Mary Kate"\r\n'
    preview = preview_of(roster(tmp_path, "r.csv", data))
    assert people(preview) == [("1", "John", "Smith"), ("2", "Anna", "Van der Berg"), ("3", "Mary Kate", "O'Neil")]
    assert preview.notes()[1] == "'Name' column read as 'Last, First' in 3 of 3 rows"
    mixed = preview_of(roster(tmp_path, "m.csv", b'Full Name\r\n"Lee, Ann"\r\n"Lee, Bo"\r\nCy Park\r\nCher\r\n'))
    assert mixed.notes()[1] == ("'Full Name' column read as 'Last, First' in 2 of 4 rows, 'First Last' in 1, "
                                "one word (not split) in 1")
    assert [(p.row, p.message) for p in mixed.problems] == [(5, "first and last name are both needed ('Cher')")]


def test_separate_name_columns_win_over_a_name_column(tmp_path: Path) -> None:
    preview = preview_of(roster(tmp_path, "r.csv", b"Name,First Name,Last Name\r\n\"Smith, J\",John,Smith\r\n"))
    assert people(preview) == [(None, "John", "Smith")] and preview.notes() == [
        "read as UTF-8 text, comma-separated, header on row 1"]


def test_a_last_first_cp1252_roster_is_stored_with_the_right_names(two_companies, db_url: str,
                                                                  tmp_path: Path) -> None:
    data = 'Bib,Name,Gender\r\n201,"Peña, José",M\r\n202,"Van der Berg, Anna",F\r\n'.encode("cp1252")
    preview, report = import_roster(1, db_url, roster(tmp_path, "r.csv", data), "Spring 10K", date(2027, 4, 18))
    assert report is not None and report.inserted == 2
    with tenant_connection(1, db_url) as conn:
        stored = conn.execute("SELECT bib, first_name, last_name FROM normalized_participants "
                              "WHERE bib IN ('201', '202') ORDER BY bib").fetchall()
    assert stored == [("201", "José", "Peña"), ("202", "Anna", "Van der Berg")]


# --------------------------------------------------------------------------- file problems: one line each

ZIP = io.BytesIO()
with zipfile.ZipFile(ZIP, "w") as _archive:
    _archive.writestr("word/document.xml", "<w:document/>")
FILE_PROBLEMS = [
    ("empty.csv", b"", "empty.csv is empty (0 bytes)"),
    ("blank.csv", b"\r\n,,\r\n \r\n", "blank.csv has no rows"),
    ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
     "photo.csv is not text in any encoding rosters come in (a binary file?); if it is text, name its "
     "encoding with --encoding"),
    ("nul.csv", b"Bib,Name\r\n1,Ann\x00Lee\r\n", "nul.csv is a binary file, not a roster (it contains NUL bytes)"),
    ("roster.xlsx", b"Bib,Name\r\n1,Ann Lee\r\n",
     "roster.xlsx is not an Excel workbook (a CSV or text file renamed .xlsx?); name it .csv"),
    ("roster.csv", workbook_bytes(["Bib", "Name"], [1, "Ann Lee"]),
     "roster.csv is an Excel workbook (or another zip archive), not text; name it .xlsx, or save it from Excel "
     "as CSV UTF-8"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512),
     "old.xls is an old-format .xls or a password-protected workbook; in Excel, save it as an .xlsx workbook "
     "(no password) or as CSV UTF-8"),
    ("letter.xlsx", ZIP.getvalue(), "letter.xlsx is not a readable Excel workbook"),
    ("ragged.csv", b"Bib,Name,Sex\r\n1,Ann Lee,F\r\n2,Smith, John,M\r\n3,Lee, Bo,M\r\n",
     "ragged.csv row 3 has 4 values but the header has 3 columns (2 such row(s)): a comma inside an unquoted "
     "value, like a 'Last, First' name? Quote it, or save the file again from Excel"),
    ("numbers.csv", b"1,2,3\r\n4,5,6\r\n",
     "numbers.csv: no header row with a name column (Name, First Name, Last Name, Surname, ...) in its first 10 "
     "rows; row 1 reads '1, 2, 3'"),
    ("quote.csv", b'Bib,Name\r\n1,Ann Lee\r\n2,"Bo Kim\r\n3,Cy Park\r\n',
     "quote.csv line 3: unexpected end of data; check the quote marks on that line"),
]


@pytest.mark.parametrize(("name", "data", "message"), FILE_PROBLEMS, ids=[p[0] for p in FILE_PROBLEMS])
def test_a_file_problem_is_one_line_and_exit_code_2(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(RosterFileError) as problem:
        preview_of(roster(tmp_path, name, data))
    assert str(problem.value).startswith(message) and "\n" not in str(problem.value)
    assert problem.value.exit_code == 2


def test_a_named_encoding_that_does_not_fit_names_the_line(tmp_path: Path) -> None:
    path = roster(tmp_path, "r.csv", (HEADER + "1,Ann,Lee,F,30\r\n201,José,Peña,M,41\r\n").encode("cp1252"))
    with pytest.raises(RosterFileError, match=r"^r.csv line 3 cannot be read as UTF-8: byte 0xe9 \(invalid "):
        preview_of(path, encoding="utf-8")


# --------------------------------------------------------------------------- the command itself

def p88(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "project88", "providers", "import-csv", *args, "--partner",
                           "alpha", "--event-name", "Spring 10K", "--date", "2027-04-18"],
                          capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}, timeout=120)


def test_cli_imports_a_windows_1252_roster_and_says_how_it_read_it(two_companies, db_url: str,
                                                                  tmp_path: Path) -> None:
    data = 'Bib,Name,Gender\r\n201,"Peña, José",M\r\n202,"Smith, John",M\r\n'.encode("cp1252")
    result = p88(str(roster(tmp_path, "r.csv", data)))
    assert result.returncode == 0, result.stderr
    assert "read as Windows-1252 text, comma-separated, header on row 1" in result.stdout
    assert "'Name' column read as 'Last, First' in 2 of 2 rows" in result.stdout
    assert "José" in result.stdout and "2 new, 0 changed, 0 unchanged" in result.stdout


@pytest.mark.parametrize("case", ["empty.csv", "photo.csv", "roster.xlsx", "ragged.csv", "numbers.csv"])
def test_cli_file_problems_exit_2_with_one_line_and_no_traceback(two_companies, db_url: str, tmp_path: Path,
                                                                 case: str) -> None:
    name, data, message = next(problem for problem in FILE_PROBLEMS if problem[0] == case)
    result = p88(str(roster(tmp_path, name, data)), "--dry-run")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [f"p88: {message}"]
