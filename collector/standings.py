"""Live results as people ask for them: fastest chip time first, one race / sex / age group, the top N. Pure."""

from __future__ import annotations

from collections.abc import Iterable

from collector.scoring import Result


def standings(results: Iterable[Result], *, race: str | None = None, sex: str | None = None,
              age_group: str | None = None, limit: int | None = None) -> list[Result]:
    """Finishers fastest chip time first (equal times by bib); only those of ``race``, ``sex`` and ``age_group``
    when given (compared without regard to case: "5k" is the "5K"); at most ``limit`` (None: all)."""
    def wanted(value: str | None, given: str | None) -> bool:
        return given is None or (value or "").casefold() == given.casefold()

    chosen = sorted((r for r in results
                     if wanted(r.race, race) and wanted(r.sex, sex) and wanted(r.age_group, age_group)),
                    key=lambda r: (r.chip_time_s, r.bib))
    return chosen if limit is None else chosen[:limit]
