"""`re`'s matching functions over a larger cache of compiled patterns.

The question layer uses about 800 distinct patterns, more than `re`'s own cache holds (512 in Python 3.11), so
with `re` alone every question recompiled dozens of them (about 40% of a parse). Each function takes the same
arguments as its namesake in `re` and returns the same thing.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

# bounded: a few patterns embed names from the archive (an event's, a runner's), so the set is not fixed
_CACHE_SIZE = 4096


@lru_cache(maxsize=_CACHE_SIZE)
def compiled(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, remembered."""
    return re.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    return compiled(pattern, flags).fullmatch(string)


def findall(pattern: str, string: str, flags: int = 0) -> list:
    return compiled(pattern, flags).findall(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return compiled(pattern, flags).finditer(string)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list:
    return compiled(pattern, flags).split(string, maxsplit)


def sub(pattern: str, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0, flags: int = 0) -> str:
    return compiled(pattern, flags).sub(repl, string, count)
