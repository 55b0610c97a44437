"""A what-if cut-off said as the count it asks for (nlq.cut_offs, pure): the limit, its clock and who had it read; nothing
changed unless the limit and what it did to the runners beyond it are both said."""

from __future__ import annotations

import pytest

from nlq.cut_offs import said_as_cut_off


@pytest.mark.parametrize("question, plain", [
    ("If we'd enforced a 3 hour cut-off on gun time at last year's Tacoma half, how many of the finishers would have been "
     "over it?", "at last year's Tacoma half, how many of the finishers had a gun time over 3 hours?"),
    # (who had the limit is where it is asked)
    ("If Tampa had a 6:30 course limit on gun time, how many of last year's marathon finishers would have missed it?",
     "at Tampa , how many of last year's marathon finishers had a gun time over 6:30?"),
    # (chip time unless the gun is said; "had there been", a limit in words)
    ("Had there been a 2:45 time limit at the 2024 Springfield marathon, how many finishers would have been cut?",
     "at the 2024 Springfield marathon, how many finishers had a chip time over 2:45?"),
    ("if we set a six-hour cutoff for the 2025 atlanta marathon how many would have missed it",
     "for the 2025 atlanta marathon how many had a chip time over 6 hours"),
])
def test_a_what_if_cut_off_is_a_time_over_the_limit(question: str, plain: str) -> None:
    assert said_as_cut_off(question) == plain


@pytest.mark.parametrize("question", [
    "how many finished under 3 hours?",
    # (a limit told, nothing asked of the runners beyond it; what they would have done, no limit said)
    "If we had a 3 hour cut-off at the Tacoma half, what was the median time?",
    "how many would have missed it?",
])
def test_nothing_is_changed_unless_the_limit_and_the_runners_beyond_it_are_said(question: str) -> None:
    assert said_as_cut_off(question) == question
