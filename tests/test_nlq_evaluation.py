"""The evaluation's comparison of an answer with the gold result (pure)."""

from __future__ import annotations

from nlq.evaluation import Case, each_template_asked_by, load_cases, same_result


def test_columns_match_by_values_whatever_their_names_and_order() -> None:
    assert same_result(2, [("F", 12), ("M", 10)], [[10, "M", 1.5], [12, "F", 2.5]], ordered=False)
    assert not same_result(2, [("F", 12), ("M", 10)], [[10, "M"], [12, "F"]], ordered=True)


def test_ordered_rows_tied_on_every_number_may_come_in_either_order() -> None:
    gold = [("X40-44", 2363.2), ("F25-29", 1878.0), ("F60-64", 1878.0), ("F45-49", 1848.2)]
    assert same_result(2, gold, [["X40-44", 2363.2], ["F60-64", 1878.0], ["F25-29", 1878.0], ["F45-49", 1848.2]],
                       ordered=True)
    assert not same_result(2, gold, [["F25-29", 1878.0], ["X40-44", 2363.2], ["F60-64", 1878.0], ["F45-49", 1848.2]],
                           ordered=True)
    # tied on the time alone (the year beside it differs): either order
    fastest = [("Paul", 2021, 1085.1), ("Luis", 2025, 1087.4), ("Alexander", 2023, 1087.4), ("Anthony", 2021, 1090.9)]
    assert same_result(3, fastest, [["Paul", 2021, 1085.1], ["Alexander", 2023, 1087.4], ["Luis", 2025, 1087.4],
                                    ["Anthony", 2021, 1090.9]], ordered=True)
    assert not same_result(3, fastest, [["Luis", 2025, 1087.4], ["Paul", 2021, 1085.1], ["Alexander", 2023, 1087.4],
                                        ["Anthony", 2021, 1090.9]], ordered=True)
    # a gold of names alone is ordered by them: no ties to forgive
    assert not same_result(1, [("a",), ("b",)], [["b"], ["a"]], ordered=True)


def test_a_percent_column_matches_the_rate_given_as_a_fraction() -> None:
    assert same_result(1, [(0.033783,)], [[3.3783, 25, 740]], ordered=False, columns=["dnf_rate_percent", "dnf",
                                                                                      "starters"])
    # only a column named as a percent is read that way: a count of 3 is not a rate of 0.03
    assert not same_result(1, [(0.03,)], [[3]], ordered=False, columns=["finishers"])


def test_a_column_of_month_names_matches_the_months_as_numbers() -> None:
    assert same_result(2, [(6, 9), (3, 8)], [["June", 9], ["March", 8]], ordered=False, columns=["month", "events"])
    assert not same_result(1, [(7,)], [["June"]], ordered=False)


def test_a_full_name_matches_the_first_and_last_name_columns() -> None:
    answer = [["Debra", "Bullock", 21]]
    assert same_result(2, [("Debra Bullock", 21)], answer, ordered=False, columns=["first_name", "last_name", "wins"])
    assert not same_result(2, [("Debra Bullock", 21)], answer, ordered=False, columns=["given", "family", "wins"])
    assert not same_result(1, [("Bullock Debra",)], answer, ordered=False, columns=["first_name", "last_name", "wins"])
    # (a prefix says whose: the faster of two runners, a race's winner)
    assert same_result(2, [("Debra Bullock", 21)], answer, ordered=False,
                       columns=["faster_first_name", "faster_last_name", "wins"])
    assert not same_result(2, [("Debra Bullock", 21)], answer, ordered=False,
                           columns=["faster_first_name", "slower_last_name", "wins"])


def test_fractions_are_compared_to_four_places() -> None:
    assert not same_result(1, [(0.0338,)], [[0.0412]], ordered=False)
    assert same_result(1, [(0.03378,)], [[0.033781]], ordered=False)
    assert same_result(1, [(8110.12,)], [[8110.14]], ordered=False)


def test_a_number_is_the_gold_within_the_gold_s_own_rounding() -> None:
    # (a gold of round(avg, 1) = 465.3 is an answer's 465.25, and round(rate, 2) = 4.55 is 4.5454: rounding the two apart
    # had put them on two sides of a tenth)
    assert same_result(1, [(465.3,)], [[465.25]], ordered=False)
    assert same_result(2, [("a", 4.55), ("b", 2.88)], [["a", 4.5454], ["b", 2.8846]], ordered=True)
    assert same_result(1, [(-2.3,)], [[-2.25]], ordered=False)
    assert not same_result(1, [(465.3,)], [[465.24]], ordered=False)


def test_a_fraction_is_compared_to_the_places_its_gold_column_gives() -> None:
    # (writers round a rate to 0.1: 0.4 % is an answer's 0.3788 %; a gold of 0.0 says no places, 0.04 is no 0)
    assert same_result(2, [(2021, 0.4), (2018, 1.2)], [[2021, 0.3788], [2018, 1.1658]], ordered=False)
    assert not same_result(1, [(0.0,)], [[0.04]], ordered=False)
    assert not same_result(1, [(0.03,)], [[0.04]], ordered=False)


def test_templates_are_asked_by_companies_taking_turns() -> None:
    """Three templates, three companies: each template by two of them, every company's names used twice."""
    cases = [Case(company, "count", f"{company} q{t}", "SELECT 1", False, t) for company in "abc" for t in range(3)]
    asked = [case.question for case in each_template_asked_by(cases, askers=2)]
    assert asked == ["a q0", "b q0", "b q1", "c q1", "c q2", "a q2"]
    assert [case.question for case in each_template_asked_by(cases)] == ["a q0", "b q1", "c q2"]
    assert len(each_template_asked_by(cases, askers=5)) == 9              # never more than every company


def test_a_set_of_cases_each_naming_its_company_is_asked_whole() -> None:
    # (two companies with the same number of cases look like templates by count alone: the held-out sets are not)
    held_out = [Case(company, "count", f"{company} {n}", "SELECT 1") for company in "ab" for n in range(3)]
    assert each_template_asked_by(held_out, askers=2) == held_out


def test_the_development_set_is_read_as_templates_and_a_held_out_set_as_cases(tmp_path) -> None:
    dev = tmp_path / "dev.toml"
    dev.write_text('today = 2026-11-23\n[companies.a]\ne = "A"\n[companies.b]\ne = "B"\n'
                   '[[case]]\ncategory = "count"\nquestion = "{e}?"\nsql = "SELECT 1"\n')
    held = tmp_path / "held.toml"
    held.write_text('today = 2026-11-23\n[[case]]\ncompany = "a"\ncategory = "count"\nquestion = "q"\nsql = "SELECT 1"\n')
    assert [(c.question, c.template) for c in load_cases(dev)[0]] == [("A?", 0), ("B?", 0)]
    assert [c.template for c in load_cases(held)[0]] == [None]


def test_one_gold_row_of_counts_is_held_by_a_row_per_count() -> None:
    # ("how many under 8:00/mile, 8:00-9:59, 10:00-11:59 and 12:00 or slower": a column per band, or a row per band)
    gold = [(43, 65, 24, 14)]
    by_band = [["under 8:00", 43, 29.5], ["8:00 to 10:00", 65, 44.5], ["10:00 to 12:00", 24, 16.4], ["12:00 or slower", 14, 9.6]]
    assert same_result(4, gold, by_band, ordered=False)
    assert not same_result(4, gold, by_band[:3], ordered=False)                       # (a band missing)
    assert not same_result(4, gold, [["a", 43], ["b", 65], ["c", 24], ["d", 15]], ordered=False)   # (a count off)


def test_time_bands_labelled_in_other_words_match_band_for_band() -> None:
    # ("under 3:00, 3:00-3:59, …" answered "under 3 hours", "3 hours to 4 hours", …: the same bands, each its count)
    gold = [("under 3:00", 11), ("3:00-3:59", 233), ("4:00 and over", 644)]
    answer = [["under 3 hours", 11, 1.2], ["3 hours to 4 hours", 233, 26.2], ["4 hours or slower", 644, 72.5]]
    assert same_result(2, gold, answer, ordered=False, columns=["time_band", "finishers", "percent"])
    # (each band's count in its own place: counts swapped between bands are another answer)
    swapped = [["under 3 hours", 233, 1.2], ["3 hours to 4 hours", 11, 26.2], ["4 hours or slower", 644, 72.5]]
    assert not same_result(2, gold, swapped, ordered=False, columns=["time_band", "finishers", "percent"])
    # (as many bands on both sides, or no match)
    assert not same_result(2, gold, answer[:2] + [["4 hours to 5 hours", 600, 1.0], ["5 hours or slower", 44, 1.0]],
                           ordered=False, columns=["time_band", "finishers", "percent"])


def test_an_age_bracket_matches_in_any_spelling() -> None:
    # ("DNF rate by age band: under 30, 30s, …" answered "30-39" failed a gold labelled "30s")
    gold = [("under 30", 4.3), ("30s", 3.1), ("60+", 2.6)]
    answer = [["under 30", 4.3], ["30-39", 3.1], ["60 and over", 2.6]]
    assert same_result(2, gold, answer, ordered=False, columns=["age_band", "dnf_rate_percent"])
    assert not same_result(2, gold, [["under 30", 4.3], ["40-49", 3.1], ["60 and over", 2.6]], ordered=False,
                           columns=["age_band", "dnf_rate_percent"])


def test_the_group_of_everyone_else_matches_in_any_spelling() -> None:
    # ("from Colorado, from Wyoming, and from everywhere else": gold "elsewhere", answer "everywhere else")
    gold = [("Colorado", 133), ("Wyoming", 17), ("elsewhere", 41)]
    assert same_result(2, gold, [["Colorado", 133], ["Wyoming", 17], ["everywhere else", 41]], ordered=False)
    assert same_result(2, gold, [["Colorado", 133], ["Wyoming", 17], ["other states", 41]], ordered=False)
    assert not same_result(2, gold, [["Colorado", 133], ["Wyoming", 17], ["Utah", 41]], ordered=False)


def test_band_labels_in_hours_and_clock_times_start_where_they_say() -> None:
    # (our labels mix "1:30:00" and "2 hours": "2 hours to 2:30:00" starts at 7200 s, after "1:30:00 to 2 hours")
    gold = [("under 1:30", 24), ("1:30-1:59", 320), ("2:00-2:29", 500), ("2:30+", 328)]
    answer = [["under 1:30:00", 24], ["1:30:00 to 2 hours", 320], ["2 hours to 2:30:00", 500], ["2:30:00 or slower", 328]]
    assert same_result(2, gold, answer, ordered=False, columns=["time_band", "finishers"])
    assert not same_result(2, gold, [answer[0], ["1:30:00 to 2 hours", 500], ["2 hours to 2:30:00", 320], answer[3]],
                           ordered=False, columns=["time_band", "finishers"])


def test_a_row_per_year_and_sex_holds_a_gold_row_per_year_with_a_column_per_sex() -> None:
    # ("men vs women finishers for each year": (year, sex, finishers) holds (year, men, women), whichever order)
    long = [[2015, "F", 115, 7939.8], [2015, "M", 95, 7544.9], [2016, "F", 191, 8098.1], [2016, "M", 175, 7362.0]]
    assert same_result(3, [(2015, 95, 115), (2016, 175, 191)], long, True)
    assert same_result(2, [(2015, 95), (2016, 175)], long[1::2], False)
    # (a wrong count for one sex, or a year missing, still fails)
    assert not same_result(3, [(2015, 95, 116), (2016, 175, 191)], long, False)
    assert not same_result(3, [(2015, 95, 115), (2016, 175, 191), (2017, 1, 2)], long, False)
    # (the split needs the same labels in every key: one year with only women is no pivot)
    assert not same_result(3, [(2015, 95, 115), (2016, 175, 191)], [*long[:3], [2017, "F", 1, 1.0]], False)


def test_a_row_per_event_and_year_holds_a_gold_row_per_event_with_a_column_per_year() -> None:
    # ("each event's finishers in 2024 and in 2025": (event, year, finishers) holds (event, 2024's, 2025's))
    long = [["Atlanta", 2024, 2552], ["Atlanta", 2025, 1176], ["Greenville", 2024, 703], ["Greenville", 2025, 168]]
    assert same_result(3, [("Greenville", 703, 168), ("Atlanta", 2552, 1176)], long, False)
    assert not same_result(3, [("Greenville", 168, 703), ("Atlanta", 2552, 1176)], long, False)
