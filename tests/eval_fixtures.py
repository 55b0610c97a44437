"""The question evaluation's answers, computed in the background while the rest of the suite runs.

The evaluation (tests/test_nlq_eval.py) asks about 20,000 questions: five minutes of both cores. Most other tests
wait on browsers, servers, sockets and sleeps and leave the cores idle, so the evaluation's two worker processes
start with the session's first test, at the lowest CPU priority (nice 19: they take only what the foreground
leaves), and the evaluation's tests run last and collect what the workers computed. A worker's error is raised by
the test of the set it was working on."""

from __future__ import annotations

import multiprocessing
import os
import tomllib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import pytest

import eval_workers   # (tests/eval_workers.py: the work each worker process does)
from nlq.evaluation import Case, each_template_asked_by, load_cases

EVAL_MODULE = "test_nlq_eval.py"


@dataclass
class SetUnderWay:
    cases: list[Case]
    pairs: Iterator   # (gold, answer) of each case in order, as the workers finish them


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # the evaluation last, so its background work overlaps every other test (a stable sort: other orders are kept)
    items.sort(key=lambda item: item.path.name == EVAL_MODULE)


@pytest.fixture(scope="session", autouse=True)
def evaluation(request: pytest.FixtureRequest) -> Iterator[dict[str, SetUnderWay]]:
    """Each selected evaluation set's cases with their answers under way, by the set file's stem ({} when no
    evaluation test is selected: nothing is started then)."""
    paths = [item.callspec.params["path"] for item in request.session.items if item.path.name == EVAL_MODULE]
    if not paths:
        yield {}
        return
    archives = request.getfixturevalue("archives")
    # processes, not threads: parsing and guarding hold the GIL; "spawn": the test process has threads and servers
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("spawn"),
                             initializer=os.nice, initargs=(19,)) as pool:
        under_way = {}
        for path in paths:   # in the tests' order: the first test's answers come first
            asked, today = load_cases(path)
            # the development set's templates each by two of its four companies, taking turns: every template and
            # every company's names still asked, in half the time
            cases = each_template_asked_by(asked, askers=2)
            made = tomllib.loads(path.read_text()).get("archive", {"scale": 0.01, "seed": 42})
            archive = archives(made["scale"], made["seed"])
            ids = {slug: partner_id for partner_id, slug in archive.partners}
            work = [(case, ids[case.company], archive.home, today) for case in cases]
            under_way[path.stem] = SetUnderWay(cases, pool.map(eval_workers.both, work, chunksize=4))
        yield under_way
        pool.shutdown(cancel_futures=True)
