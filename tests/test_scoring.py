"""Live scoring's timing rules (collector.scoring), without a socket or a database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

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


def test_a_finish_mat_read_before_the_gun_is_a_runner_walking_over_it_not_the_finish():
    scorer = Scorer([runner("1"), runner("2")])
    scorer.add([Crossing("1", "finish", at(-600)), gun(), Crossing("1", "start", at(5)), Crossing("2", "start", at(6)),
                Crossing("1", "finish", at(1500)), Crossing("2", "finish", at(1600))])
    assert [(r.bib, r.chip_time_s, r.gun_time_s, r.place) for r in scorer.results()] == \
        [("1", 1495, 1500, 1), ("2", 1594, 1600, 2)]


def test_the_first_finish_read_after_the_runners_own_start_counts_whatever_order_the_reads_arrive_in():
    # walking to a back corral over the finish mat after the gun, then starting 5 minutes late
    scorer = Scorer([runner("1"), runner("2")])
    scorer.add([gun(), Crossing("1", "finish", at(60)), Crossing("2", "start", at(10)),
                Crossing("2", "finish", at(1700))])
    assert scorer.flagged() == ["1"]  # no start read of 1 yet: a 60 s "finish" is implausible, never shown
    assert scorer.add([Crossing("1", "finish", at(1800)), Crossing("1", "start", at(300))]) == {"5K"}
    assert [(r.bib, r.chip_time_s, r.gun_time_s) for r in scorer.results()] == [("1", 1500, 1800), ("2", 1690, 1700)]
    assert scorer.flagged() == []


def test_mats_match_in_any_case_and_spacing_and_an_unread_mat_is_explained():
    scorer = Scorer([runner("1")])
    scorer.add([Crossing("guntime", "Start", at(0), is_gun=True), Crossing("1", " Start", at(5)),
                Crossing("1", "FINISH ", at(1505))])
    assert scorer.results()[0].chip_time_s == 1500
    other = Scorer([runner("1")])
    other.add([gun(), Crossing("1", "Start line", at(5)), Crossing("1", "Finish line", at(1505))])
    assert other.results() == []
    assert other.notes() == ["no read at the start mat 'start' or the finish mat 'finish'; reads were at "
                             "'Finish line' (1), 'Start line' (1)"]
    named = Scorer([runner("1")], RaceSetup(start_location="start LINE", finish_location="finish line"))
    named.add([gun(), Crossing("1", "Start line", at(5)), Crossing("1", "Finish line", at(1505))])
    assert named.results()[0].chip_time_s == 1500 and named.notes() == []


def test_without_a_gun_chip_times_are_scored_gun_time_is_unknown_and_places_go_by_chip_time():
    scorer = Scorer([runner("1"), runner("2")], RaceSetup(rank_by="gun"))
    scorer.add([Crossing("1", "start", at(5)), Crossing("2", "start", at(6)), Crossing("1", "finish", at(1500)),
                Crossing("2", "finish", at(1400))])
    assert [(r.bib, r.chip_time_s, r.gun_time_s, r.place) for r in scorer.results()] == \
        [("2", 1394, None, 1), ("1", 1495, None, 2)]
    assert scorer.notes() == ["no gun for 5K: gun times unknown, places by chip time"]
    finish_only = Scorer([runner("1")])
    finish_only.add([Crossing("1", "finish", at(1500))])
    assert finish_only.results() == []
    assert finish_only.notes()[-1] == "no gun for 5K: no start-mat reads either, so nobody can be timed"


def test_of_several_gun_reads_a_race_takes_the_last_before_its_runners_cross():
    # a gun test an hour early, then the real gun; a warm-up over the start mat before either is ignored
    scorer = Scorer([runner("1"), runner("2")])
    scorer.add([Crossing("1", "start", at(-4000)), gun(-3600), gun(0), Crossing("1", "start", at(5)),
                Crossing("2", "start", at(6)), Crossing("1", "finish", at(1500)), Crossing("2", "finish", at(1600))])
    assert [(r.bib, r.gun_time_s) for r in scorer.results()] == [("1", 1500), ("2", 1600)]
    # the same reads arriving in another order, the real gun last, give the same results
    late = Scorer([runner("1"), runner("2")])
    late.add([gun(-3600), Crossing("1", "start", at(5)), Crossing("2", "start", at(6)),
              Crossing("1", "finish", at(1500)), Crossing("2", "finish", at(1600))])
    assert late.add([gun(0)]) == {"5K"}
    assert late.results() == scorer.results()
    # wave starts read as gun times: each race's runners cross after their own gun
    waves = Scorer([runner("1", race="10K", km=10), runner("2", race="5K")])
    waves.add([gun(0), gun(1800), Crossing("1", "start", at(4)), Crossing("2", "start", at(1805)),
               Crossing("1", "finish", at(3000)), Crossing("2", "finish", at(3300))])
    assert {r.race: r.gun_time_s for r in waves.results()} == {"10K": 3000, "5K": 1500}


def test_a_gun_set_by_hand_names_its_race_in_any_case_and_one_for_no_such_race_is_noted():
    scorer = Scorer([runner("1", race="Half Marathon", km=21.0975)],
                    RaceSetup(guns={"half marathon": at(600), "Marathon": at(0)}))
    scorer.add([gun(0), Crossing("1", "finish", at(600 + 5400))])
    assert scorer.results()[0].gun_time_s == 5400
    assert scorer.notes() == ["a gun is set for 'Marathon', a race the roster does not have (races: Half Marathon)"]


def test_instants_of_one_zone_are_compared_as_instants_across_a_fall_back_hour():
    new_york = ZoneInfo("America/New_York")
    gun_at = datetime(2026, 11, 1, 1, 40, tzinfo=new_york)                  # 01:40 EDT
    finish = datetime(2026, 11, 1, 1, 10, fold=1, tzinfo=new_york)          # 01:10 EST, 30 minutes later
    scorer = Scorer([runner("1", race="10K", km=10)])
    scorer.add([Crossing("guntime", "start", gun_at, is_gun=True), Crossing("1", "finish", finish)])
    assert scorer.results()[0].gun_time_s == 1800
