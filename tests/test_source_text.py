"""The project's Python sources hold no control characters: a regex written with an unescaped ``\\b`` inside a plain
string becomes a backspace (U+0008), a pattern that silently never matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(path for package in ("collector", "warehouse", "dashboards", "nlq", "providers", "project88", "tests", "bench")
                 for path in (ROOT / package).rglob("*.py"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(ROOT)) for p in SOURCES])
def test_a_source_file_holds_no_control_characters(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = [(number, line) for number, line in enumerate(text.splitlines(), 1) if _CONTROL.search(line)]
    assert not found, f"control characters in {path.name}, lines {[number for number, _ in found]}"
