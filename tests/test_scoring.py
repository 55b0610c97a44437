"""Live scoring's timing rules (collector.scoring), without a socket or a database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from collector.scoring import Crossing, Entrant, RaceSetup, Scorer

GUN = datetime(2026, 11, 26, 8, 0, tzinfo=timezone.utc)


def at(seconds: float) -> datetime:
    return GUN + timedelta(seconds=seconds)


def runner(bib: str, sex: str = "F", age: int = 34, race: str = "5K", km: float = 5.0) -> Entrant:
    return Entrant(bib, f"First{bib}", f"Last{bib}", sex, age, None, race, km)


def gun(seconds: float = 0) -> Crossing:
    return Crossing("guntime", "start", at(seconds), is_gun=True)


def test_chip_time_runs_from_the_runners_own_start_crossing_and_gun_time_from_the_gun():
    scorer = Scorer([runner("1")])
    scorer.add([gun(), Crossing("1", "start", at(40)), Crossing("1", "finish", at(1240))])
    (result,) = scorer.results()
    assert (result.chip_time_s, result.gun_time_s, result.pace_s_per_km) == (1200, 1240, 240.0)


def test_with_no_start_read_chip_time_is_gun_time():
    scorer = Scorer([runner("1")])
    scorer.add([gun(), Crossing("1", "finish", at(1300))])
    assert scorer.results()[0].chip_time_s == 1300


def test_the_first_finish_read_counts_and_repeats_are_ignored():
    scorer = Scorer([runner("1")])
    scorer.add([gun(), Crossing("1", "finish", at(1300)), Crossing("1", "finish", at(1302)),
                Crossing("1", "finish", at(1900))])
    assert scorer.results()[0].gun_time_s == 1300


def test_reads_at_the_start_before_the_gun_are_warm_ups():
    scorer = Scorer([runner("1")])
    scorer.add([Crossing("1", "start", at(-300)), gun(), Crossing("1", "start", at(20)),
                Crossing("1", "finish", at(1220))])
    assert scorer.results()[0].chip_time_s == 1200


def test_a_gun_read_arriving_after_the_runners_reads_still_scores_them():
    scorer = Scorer([runner("1")])
    scorer.add([Crossing("1", "finish", at(1300))])
    assert scorer.results() == []  # no gun yet: nothing can be timed
    scorer.add([gun()])
    assert scorer.results()[0].gun_time_s == 1300


def test_a_faster_chip_time_arriving_later_moves_everyone_behind_it():
    scorer = Scorer([runner("1"), runner("2"), runner("3", sex="M")])
    scorer.add([gun(), Crossing("1", "finish", at(1300)), Crossing("3", "finish", at(1350))])
    assert [(r.bib, r.place) for r in scorer.results()] == [("1", 1), ("3", 2)]
    # runner 2 started 5 minutes late on the start mat and crosses later, but is faster on chip time
    scorer.add([Crossing("2", "start", at(300)), Crossing("2", "finish", at(1500))])
    places = {r.bib: (r.place, r.sex_place) for r in scorer.results()}
    assert places == {"2": (1, 1), "1": (2, 2), "3": (3, 1)}


def test_equal_times_share_a_place():
    scorer = Scorer([runner("1"), runner("2"), runner("3")])
    scorer.add([gun(), Crossing("1", "finish", at(1300)), Crossing("2", "finish", at(1300)),
                Crossing("3", "finish", at(1400))])
    assert [r.place for r in scorer.results()] == [1, 1, 3]


def test_wave_starts_give_each_race_its_own_gun():
    setup = RaceSetup(guns={"10K": at(0), "5K": at(900)})
    scorer = Scorer([runner("1", race="10K", km=10), runner("2", race="5K")], setup)
    scorer.add([Crossing("1", "finish", at(2700)), Crossing("2", "finish", at(2100))])
    results = {r.bib: r for r in scorer.results()}
    assert (results["1"].gun_time_s, results["2"].gun_time_s) == (2700, 1200)
    assert results["1"].place == results["2"].place == 1  # places are per race


def test_age_group_places_and_groups_from_sex_and_age():
    scorer = Scorer([runner("1", age=41), runner("2", age=44), runner("3", age=29)])
    scorer.add([gun(), Crossing("1", "finish", at(1500)), Crossing("2", "finish", at(1400)),
                Crossing("3", "finish", at(1450))])
    places = {r.bib: (r.age_group, r.age_group_place) for r in scorer.results()}
    assert places == {"2": ("F40-44", 1), "1": ("F40-44", 2), "3": ("F25-29", 1)}


def test_an_implausibly_fast_finish_is_flagged_not_published():
    scorer = Scorer([runner("1", race="Half Marathon", km=21.0975), runner("2", race="Half Marathon", km=21.0975)])
    scorer.add([gun(), Crossing("1", "finish", at(600)), Crossing("2", "finish", at(5400))])
    assert [r.bib for r in scorer.results()] == ["2"]
    assert scorer.flagged() == ["1"]


def test_ranking_by_gun_time_when_the_race_says_so():
    scorer = Scorer([runner("1"), runner("2")], RaceSetup(rank_by="gun"))
    scorer.add([gun(), Crossing("2", "start", at(120)), Crossing("2", "finish", at(1320)),
                Crossing("1", "finish", at(1300))])
    assert [r.bib for r in scorer.results()] == ["1", "2"]  # 2 is faster on chip, slower on gun


def test_bibs_not_on_the_roster_are_noted_not_scored():
    scorer = Scorer([runner("1")])
    scorer.add([gun(), Crossing("999", "finish", at(1300))])
    assert scorer.results() == [] and scorer.unknown_bibs == {"999"}


def test_reads_at_other_locations_do_not_finish_a_runner():
    scorer = Scorer([runner("1")])
    scorer.add([gun(), Crossing("1", "10k", at(900))])
    assert scorer.results() == []


def test_changed_races_are_reported_so_only_they_are_redrawn():
    scorer = Scorer([runner("1", race="10K", km=10), runner("2")])
    assert scorer.add([gun()]) == {"10K", "5K"}
    assert scorer.add([Crossing("2", "finish", at(1300))]) == {"5K"}
