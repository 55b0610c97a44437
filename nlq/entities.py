"""What a question names, read with plain patterns: distances, dates, sex, ages, time limits, places, statuses.

Pure functions over the lower-cased question; nothing here knows the data. Names that must be resolved
against a company's own rows (events, people, cities) are in ``nlq.vocabulary``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from text_to_num import text2num

from nlq import rx

MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"), start=1)}
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_MONTH = rf"({_MONTH_NAME})"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}
# a count said in words beside "fastest"/"slowest"/"oldest" ("the four slowest finishers"), one list for each of them
COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty"


@dataclass(frozen=True)
class Distance:
    label: str                     # as the glossary names it: "Marathon", "Half Marathon", "10K", ...
    km: float | None               # None for "ultra" (anything longer than a marathon)


MARATHON_KM = 42.195
EARLIEST_YEAR = 1900   # no race result is older
# percentiles of the finish time as a measure: "p90", or several at once "p25,p75" (DuckDB quantile_cont)
PERCENTILES = r"p[1-9]\d?(?:,p[1-9]\d?){0,4}"
# both ends of the finish line's morning (the first and the last finisher's clock time), a column each
BOTH_CROSSINGS = "first_crossing,last_crossing"
# several measures of the finish time at once, in the order asked: "median,p95", "average,median"
# (and of the age: "average_age,median_age,youngest_age,oldest_age", "p25_age,p50_age,p75_age")
_ONE_MEASURE = r"(?:average|median|fastest|slowest|stddev|iqr|p[1-9]\d?|(?:average|median|youngest|oldest|stddev|p[1-9]\d?)_age)"
MEASURE_LIST = rf"{_ONE_MEASURE}(?:,(?:{_ONE_MEASURE}|spread)){{1,5}}|" + BOTH_CROSSINGS   # (spread: the last percentile minus the one before)

DISTANCES = {
    "marathon": Distance("Marathon", MARATHON_KM),
    "half": Distance("Half Marathon", 21.0975),
    "10k": Distance("10K", 10.0),
    "5k": Distance("5K", 5.0),
    "mile": Distance("1 Mile", 1.609),
    "50k": Distance("50K", 50.0),
    "ultra": Distance("ultra", None),
}
DISTANCE_LABELS: dict[str, Distance] = {d.label: d for d in DISTANCES.values()}   # "Half Marathon" → its Distance
_DISTANCE_PATTERNS = (
    # ("the first half of 2024" is a date, nlq.entities.find_dates)
    (r"\bhalf[- ]?marathon(?:s|ers?)?\b|\bhalfs?\b(?<!first half)(?<!second half)(?<!1st half)(?<!2nd half)(?! of (?:20\d\d|the "
     r"year)\b)|\bhalves\b|\b13\.1\b|\b21\.1 ?k\b", "half"),
    (r"\bultra(?:s|marathons?)?\b", "ultra"),
    (r"\b50 ?ks?\b", "50k"),
    (r"\bfull[- ]marathon\b|\bmarathon(?:s|ers?)?\b|(?<=   )full\b|\b26\.2\b|\b42\.2 ?k\b|\bfull\b(?=\s*(?:$|[?.,;:)]|(?:or|and|&|vs\.?|versus)\s|(?:\d+|once|twice|two|three|four|five|six|seven|eight|nine|ten)(?:\+|\s+or more\b|\s+times?\b)|(?:only|race|distance|finishers?|runners?|starters|winners?|champions?|results|field|"
     # ("every Springfield full we've timed pooled together")
     r"we|we've|you've|pooled|lumped|combined|editions?|"
     r"by (?:year|sex|gender|age)|20\d\d|in (?:20\d\d|the|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b)|(?:from|at|on|for|was|is|and|or|vs\.?|versus) |(?:last|this|that) year|"
     r"times?|pace|place)\b))|"
     r"\bthe full\b(?!\s+(?:list|results?|field|names?|times?|report|details?|breakdown|finish(?:ing)?|order|standings|"
     r"roster|picture|set|table|20\d\d\b)|\s{3,})", "marathon"),
    (r"\b10 ?k(?:m|s)?\b|\bten ?ks?\b", "10k"),
    (r"\b5 ?k(?:m|s)?\b|\bfive ?ks?\b", "5k"),
    # "10 mile split", "a 5-mile": a number of miles other than one is no distance held here
    # ("houston turkey trot 2024 mile": a year before it is no number of miles)
    (r"\b(?:one|1)[- ]mile(?:rs?)?\b|\bmile (?:run|race)s?\b|\bthe miler\b|(?<!per )(?<!a )(?<!/)(?<!\b\d )(?<!\b\d\d )"
     r"(?<!\b\d\d\d )(?<!\d-)(?<!minute )(?<!min )\bmiles?\b(?! pace)",
     "mile"),
)


def find_distance(text: str) -> Distance | None:
    """The first race distance the question names, half marathon before marathon."""
    found = distance_mention(text)
    return found[0] if found else None


def distance_mention(text: str) -> tuple[Distance, int, int] | None:
    """The distance and where it is said (so a caller can blank it out and look for a second one)."""
    for pattern, key in _DISTANCE_PATTERNS:
        if m := rx.search(pattern, text):
            return DISTANCES[key], m.start(), m.end()
    return None


@dataclass(frozen=True)
class DateRange:
    start: date                    # inclusive
    end: date                      # exclusive
    words: str                     # how the question said it, for the explanation


def find_month_any_year(text: str) -> int | None:
    """A month of every year: "in March, any year", "June events, all years combined", "across all years, … in June"."""
    if m := rx.search(rf"\b{_MONTH}\b(?!,? 20\d\d)[\w ,]*?\b(?:(?:any|all|every|each) years?|all[- ]time|ever)\b|"
                      rf"\b(?:any|every|each) {_MONTH}\b|"
                      rf"\b(?:across|over|in|from) (?:any|all|every)(?: of the| the)? years\b[^?]*?\bin {_MONTH}\b(?!,? 20\d\d)|"
                      rf"\bhow many (?:different |distinct |separate )?years\b[^?]*?\bin {_MONTH}\b(?!,? 20\d\d)|"
                      # ("which of our events are run in May", "what do we hold in October": the habit, every year)
                      rf"\b(?:are|is|were|was|do we|did we|does|do you|do they) (?:\w+ )?(?:run|held|hold|host|hosted|put on|stage|"
                      rf"staged|timed?)"
                      rf" (?:in|during) {_MONTH}\b(?!,? (?:of )?(?:20\d\d|this|last|next)\b)",
                      text):
        return MONTHS[next(month for month in m.groups() if month)]
    return None


def _one_year(text: str) -> str | None:
    """The year ``text`` says, when it says exactly one ("fall 2023 (september through november)")."""
    years = set(rx.findall(r"\b20\d\d\b", text))
    return years.pop() if len(years) == 1 else None


def _day_said(n: int) -> str:
    """A day of a month, month first or day first ("march 1st", "1 march", "3rd of june"), as named groups."""
    return (rf"(?:(?P<m{n}>{_MONTH_NAME}) (?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?|"
            rf"(?P<dd{n}>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<mm{n}>{_MONTH_NAME}))")


def month_end(year: int, month: int) -> date:
    """The first day after ``month`` (1–12) of ``year``: a month range's exclusive end."""
    return date(year + (month == 12), month % 12 + 1, 1)


_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def find_dates(text: str, today: date) -> DateRange | None:
    """Years, months and relative dates: "in 2024", "June 2024", "last year", "since 2019", "2018 to 2020"."""
    # "finishers in 2024 and 2025 combined": both years as one range (two years apart, each said: compared instead)
    together = rx.search(r"\bcombined\b|\btogether\b|\bin total\b|\btotal\b|\baltogether\b|\bboth years\b", text)
    if together and (m := rx.search(r"\b(20\d\d) ?(?:and|&|\+) ?(20\d\d)\b", text)) and \
            abs(int(m.group(1)) - int(m.group(2))) == 1:
        first, last = sorted(int(y) for y in m.groups())
        return DateRange(date(first, 1, 1), date(last + 1, 1, 1), f"{first}–{last}")
    if m := rx.search(r"\b(?:between|from) (20\d\d) (?:and|to|-) (20\d\d)\b|\b(20\d\d) ?(?:-|to|through) ?(20\d\d)\b",
                      text):
        first, last = sorted(int(y) for y in m.groups() if y)
        return DateRange(date(first, 1, 1), date(last + 1, 1, 1), f"{first}–{last}")
    # "q2 2025", "the first quarter of 2025": three months of that year
    if m := rx.search(r"\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?: of)?,? (20\d\d)\b", text):
        quarter = int(m.group(1)) if m.group(1) else _QUARTERS[m.group(2)]
        year, first = int(m.group(3)), 3 * (quarter - 1) + 1
        return DateRange(date(year, first, 1), month_end(year, first + 2), f"Q{quarter} {year}")
    # "between march 1 and june 30 2024", "from 3rd of june to 20 july 2025": a range of days, either order
    if m := rx.search(rf"\b{_day_said(1)}(?:,? (?P<y1>20\d\d))? ?(?:and|to|through|until|till|-) ?{_day_said(2)},? "
                      r"(?P<y2>20\d\d)\b", text):
        first = calendar_day(int(m["y1"] or m["y2"]), MONTHS[m["m1"] or m["mm1"]], int(m["d1"] or m["dd1"]))
        last = calendar_day(int(m["y2"]), MONTHS[m["m2"] or m["mm2"]], int(m["d2"] or m["dd2"]))
        if first and last and first <= last:
            return DateRange(first, last + timedelta(days=1), f"{first:%B} {first.day}, {first.year} to "
                                                               f"{last:%B} {last.day}, {last.year}")
    if m := rx.search(rf"\b{_MONTH} ?(?:through|to|until|till|-) ?{_MONTH}\b(?:,? (20\d\d))?|"
                      rf"(?<=between ){_MONTH} and {_MONTH}\b(?:,? (20\d\d))?", text):   # ("between may and july 2025")
        # "march through may 2025"; "fall 2023 (september through november)": the one year said
        said_first, said_last, said_year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
        year, first, last = int(said_year or _one_year(text) or 0), MONTHS[said_first], MONTHS[said_last]
        if year:
            if first <= last:
                return DateRange(date(year, first, 1), month_end(year, last),
                                 f"{said_first.title()} to {said_last.title()} {year}")
    if relative := _day_or_month_ofrelative_year(text, today):
        return relative
    if (said := numeric_date(text)) and (day := said[1]):   # "on may 17, 2025", "2025-03-15", "the 22nd of June 2024"
        after = text[text.find(said[0]) + len(said[0]):]
        # "between 2023-03-01 and 2023-06-30": both days said (it read the first day alone, at 0.99)
        if rx.match(r"\s*(?:and|to|through|thru|until|till|-|\u2013)\s", after) and (last := numeric_date(after)) and \
                last[1] and last[1] >= day:
            return DateRange(day, last[1] + timedelta(days=1), f"{day:%B} {day.day}, {day.year} to {last[1]:%B} "
                                                                 f"{last[1].day}, {last[1].year}")
        said_day = f"{day:%B} {day.day}, {day.year}"
        # ("since April 25, 2021", "after April 24, 2021", "before May 1, 2024": from or up to that day, never it alone)
        if edge := rx.search(r"\b(since|after|from|starting|on or after|before|until|till|through|up to|on or before)"
                             r"(?: the)?\s*$", text[:text.find(said[0])]):
            # ("in 2021 before November 1 2021": within that year too, never every earlier year)
            within = rx.search(rf"\b(?:in|during) {day.year}\b", text)
            if edge.group(1) in ("since", "after", "from", "starting", "on or after"):
                first = day + timedelta(days=edge.group(1) == "after")
                return DateRange(first, date(day.year + 1 if within else today.year + 1, 1, 1),
                                 f"{day.year}, {edge.group(1)} {day:%B} {day.day}" if within else f"{edge.group(1)} {said_day}")
            last = day + timedelta(days=edge.group(1) != "before")
            return DateRange(date(day.year if within else EARLIEST_YEAR, 1, 1), last,
                             f"{day.year}, {edge.group(1)} {day:%B} {day.day}" if within else f"{edge.group(1)} {said_day}")
        return DateRange(day, day + timedelta(days=1), said_day)
    # ("December 2024 and December 2025" are two months, not the span between them: "and" only after "between")
    if (m := rx.search(rf"(\bbetween )?\b{_MONTH},? (20\d\d) (through|to|until|till|-|and) {_MONTH},? (20\d\d)\b", text)) and \
            (m.group(4) != "and" or m.group(1)):
        start = date(int(m.group(3)), MONTHS[m.group(2)], 1)
        month, year = MONTHS[m.group(5)], int(m.group(6))
        return DateRange(start, month_end(year, month),
                         f"{m.group(2).title()} {start.year} to {m.group(5).title()} {year}")
    # "since the start of 2024", "since January 2024", "from the beginning of March 2025": from then on (it read only
    # that year or month)
    if m := rx.search(rf"\b(?:since|after|(?:from|starting)(?= the (?:start|beginning) of))(?: the (?:start|beginning) of)? "
                      rf"(?:{_MONTH},? )?(20\d\d)\b(?! (?:to|through|until|till|and|-) )", text):
        year, month = int(m.group(2)), MONTHS[m.group(1)] if m.group(1) else 1
        if m.group(0).startswith("after") and m.group(1):   # "after March 2024": from April
            year, month = year + (month == 12), month % 12 + 1
        if m.group(1) or "of" in m.group(0):
            start = date(year, month, 1)
            return DateRange(start, date(today.year + 1, 1, 1), f"since {start:%B %Y}")
    if m := rx.search(rf"\b{_MONTH},? (20\d\d)\b", text):
        month, year = MONTHS[m.group(1)], int(m.group(2))
        return DateRange(date(year, month, 1), month_end(year, month), f"{m.group(1).title()} {year}")
    if m := rx.search(r"\b(first|1st|second|2nd) half of (20\d\d|last year|this year)\b", text):   # January–June or July–December
        said, first = m.group(2), m.group(1) in ("first", "1st")
        year = int(said) if said[0].isdigit() else today.year - (said == "last year")
        return DateRange(date(year, 1 if first else 7, 1), date(year if first else year + 1, 7 if first else 1, 1),
                         f"the {'first' if first else 'second'} half of {year}")
    if season := _seasons_ago(text, today) or _season(text, today):
        return season
    if holiday := _holiday(text, today):
        return holiday
    # "the year after 2022", "the year before 2024": that one year (it read "after 2022" as from 2023 on)
    if m := rx.search(r"\bthe year (after|before) (20\d\d)\b", text):
        year = int(m.group(2)) + (1 if m.group(1) == "after" else -1)
        return DateRange(date(year, 1, 1), date(year + 1, 1, 1), f"{m.group(0)} ({year})")
    if m := rx.search(r"\b(?:since|after|(?:on|in) or after) (20\d\d)\b|\b(?:from |in )?(20\d\d) ?"
                      r"(?:on(?! (?:average|avg|gun|chip|clock|the|a|an|our|their|his|her)\b)|onwards?|forward|and (?:after|later|since|"
                      r"beyond)|(?<=\d)\+(?! ?(?:her|his|their|the|a|an|and|time|times)\b)|or later)(?!\w)", text):
        # "from 2019 on", "2019 onwards", "2019+" (never "… 2024 + her time": what else to show)
        year = int(m.group(1) or m.group(2)) + (m.group(0).startswith("after"))
        return DateRange(date(year, 1, 1), date(today.year + 1, 1, 1), f"since {year}")
    if m := rx.search(r"\b(?:(?:on|in) or before|up to(?: and including)?|through|until|till) (20\d\d)\b", text):   # the year counts
        return DateRange(date(EARLIEST_YEAR, 1, 1), date(int(m.group(1)) + 1, 1, 1), f"through {m.group(1)}")
    if m := rx.search(r"\bbefore (20\d\d)\b", text):
        return DateRange(date(EARLIEST_YEAR, 1, 1), date(int(m.group(1)), 1, 1), f"before {m.group(1)}")
    if m := rx.search(r"\b(?:in |during |for |of )?(20\d\d)\b", text):
        year = int(m.group(1))
        return DateRange(date(year, 1, 1), date(year + 1, 1, 1), str(year))
    if m := rx.search(r"\b(\d+|one|two|three|four|five|ten) years? ago\b", text):
        year = today.year - number(m.group(1))
        if year < EARLIEST_YEAR:   # "99999 years ago": no year the archive or a calendar holds; left unread
            return None
        return DateRange(date(year, 1, 1), date(year + 1, 1, 1), f"{m.group(0)} ({year})")
    if m := rx.search(r"\b(?:(last|past|previous)|this) month\b", text):   # a calendar month, this one or the one before
        first = date(today.year, today.month, 1)
        if m.group(1):
            first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
        return DateRange(first, month_end(first.year, first.month),
                         f"{m.group(0)} ({first:%B %Y})")
    # "year to date", "so far this year": this year, up to today (the archive holds nothing later)
    if rx.search(r"\byear[- ]to[- ]date\b|\bytd\b", text):
        return DateRange(date(today.year, 1, 1), date(today.year + 1, 1, 1), f"this year ({today.year}) to date")
    # "in the past year", "over the past year": the twelve months up to today ("last year" is the calendar year)
    text = rx.sub(r"\b(?:the )?past year\b(?! (?:and|or|to|vs)\b)", "the past 12 months", text)
    if m := rx.search(r"\b(?:past|last|previous) (\d+|two|three|six|twelve) months\b", text):   # up to today
        months = 12 if m.group(1) == "twelve" else number(m.group(1))
        back = max(today.year * 12 + today.month - 1 - months, EARLIEST_YEAR * 12)   # "the past 30000 months"
        first = calendar_day(back // 12, back % 12 + 1, today.day) or date(back // 12, back % 12 + 1, 28)
        return DateRange(first, today + timedelta(days=1), f"the past {months} months ({first:%B %-d, %Y} to today)")
    if rx.search(r"\b(?:the )?year before last\b", text):   # two calendar years before today's
        year = today.year - 2
        return DateRange(date(year, 1, 1), date(year + 1, 1, 1), f"the year before last ({year})")
    if rx.search(r"\blast (?:year|season)\b|\bprevious year\b", text):
        year = today.year - 1
        return DateRange(date(year, 1, 1), date(year + 1, 1, 1), f"last year ({year})")
    # ("how many have we timed so far": up to today, every year; "so far this year" is this year's)
    if rx.search(r"\bthis (?:year|season)\b|\bcurrent season\b|\bfor the year\b(?! (?:20\d\d|before|after)\b)", text):
        return DateRange(date(today.year, 1, 1), date(today.year + 1, 1, 1), f"this year ({today.year})")
    if m := rx.search(r"\b(?:last|past) (\d+|two|three|four|five|ten) years\b", text):
        first = max(today.year - number(m.group(1)), EARLIEST_YEAR)   # "the last 9999 years": every year
        # (the N calendar years before this one, as "last year" is 2025, and this one so far)
        return DateRange(date(first, 1, 1), date(today.year + 1, 1, 1), f"the last {today.year - first} years "
                         f"({first}–{today.year - 1}, and {today.year} so far)")
    # "this past March", "in March": the latest March before this month; "last March": the year before's
    if m := rx.search(rf"\b(?:in|during|last|this past|past|this) {_MONTH}\b", text):
        month = MONTHS[m.group(1)]
        year = today.year if month < today.month and "last" not in m.group(0) else today.year - 1
        return DateRange(date(year, month, 1), month_end(year, month), f"{m.group(1).title()} {year}")
    return None


# a year said relative to today after a day, a month or a holiday: "June 1st last year", "March two years ago"
_RELATIVE_YEAR = (r"(?:of |in )?(?:the year before last|(?:the )?previous year|last year|this year|"
                  r"(?:\d|one|two|three|four|five|ten) years? ago)")


def relative_year(said: str, today: date) -> int:
    """The calendar year of a year said relative to today: "last year", "this year", "the year before last", "N years
    ago", or "… before last" (two years back, as "last March" is last year's March: nlq's glossary)."""
    if m := rx.search(r"\b(\d|one|two|three|four|five|six|seven|eight|nine|ten) years? ago\b", said):
        return today.year - number(m.group(1))
    if "before last" in said:
        return today.year - 2
    return today.year if "this year" in said else today.year - 1


def _day_or_month_ofrelative_year(text: str, today: date) -> DateRange | None:
    """ "June 1st last year", "the 4th of July two years ago", "March of the year before last", "the March before
    last", "last year in May": that day or month of the year said relative to today (the year alone had been read, the day or month
    dropped)."""
    if len(set(rx.findall(rf"\b{_MONTH}\b", text))) > 1:
        return None   # ("finished X in september and Y in november? last year": each month of its own event)
    if not (m := rx.search(rf"\b(?:{_day_said(1)}|(?P<mo1>{_MONTH_NAME})),? (?P<rel>{_RELATIVE_YEAR})\b|"
                           rf"\bthe (?:{_day_said(2)}|(?P<mo2>{_MONTH_NAME})) (?P<rel2>before last)\b|"
                           rf"\b(?P<rel3>{_RELATIVE_YEAR}),? (?:in|during) (?P<mo3>{_MONTH_NAME})\b", text)):
        return None
    year = relative_year(m["rel"] or m["rel2"] or m["rel3"], today)
    if month_said := m["mo1"] or m["mo2"] or m["mo3"]:
        month = MONTHS[month_said]
        return DateRange(date(year, month, 1), month_end(year, month), f"{month_said.title()} {year} ({m.group(0)})")
    day = calendar_day(year, MONTHS[m["m1"] or m["mm1"] or m["m2"] or m["mm2"]], int(m["d1"] or m["dd1"] or m["d2"] or m["dd2"]))
    if day is None:   # "February 30th last year": no day of the calendar
        return None
    return DateRange(day, day + timedelta(days=1), f"{day:%B} {day.day}, {day.year} ({m.group(0)})")


def numeric_date(text: str) -> tuple[str, date | None] | None:
    """A day said with its month and year: day first ("the 22nd of June 2024"), month first ("June 31, 2025"), ISO
    ("2025-03-15") or US order ("3/15/2025"). The words and the date — None for a day no calendar has
    ("2025-02-30")."""
    if m := rx.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH},? (20\d\d)\b", text):   # ("since 4 July 2022")
        return m.group(0), calendar_day(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
    if m := rx.search(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (20\d\d)\b", text):
        return m.group(0), calendar_day(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
    if m := rx.search(r"\b(20\d\d)-(\d{1,2})-(\d{1,2})\b", text):
        return m.group(0), calendar_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := rx.search(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b", text):
        return m.group(0), calendar_day(int(m.group(3)), int(m.group(1)), int(m.group(2)))
    return None


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None for one no calendar has ("february 30")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Meteorological seasons, the usual reading in US race calendars; winter runs December to February.
SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# a season's name, never the verb ("by how much did it fall or rise?")
SEASON_WORD = r"(spring|summer|(?<!did it )(?<!rise or )(?<!will it )fall(?! or rise\b)|autumn|winter)"


# holidays races are run on, each with the days it covers: (pattern, name, month, first day, day after the last)
_HOLIDAYS = (
    # the week of the fourth Thursday of November (22nd–28th), the day turkey trots are run
    (r"thanksgiving(?: day)?", "Thanksgiving", 11, 22, 29),
    # the Fourth of July, with the weekend beside it (a firecracker run on Saturday the 3rd or 5th)
    # ("July 4th 2024", "the 4th of July two years ago": a day, read as dates are; "last 4th of July": the holiday)
    (r"(?<=last )(?:the )?4th of july|(?<=last )july 4(?:th)?",
     "the Fourth of July", 7, 1, 8),
)


# every year at once, said of a day of the year ("on thanksgiving, all years included")
EVERY_YEAR_SAID = r"\b(?:all|every|each|any) (?:years?|editions?)\b|\ball[- ]time\b|\bover the years\b|\bover all years\b"


def _holiday(text: str, today: date) -> DateRange | None:
    """ "last Thanksgiving", "Thanksgiving 2024", "last 4th of July": the days of that holiday (``_HOLIDAYS``); the year
    said, "last" the year before today's, else this year's."""
    for pattern, name, month, first, after in _HOLIDAYS:
        if m := rx.search(rf"(?<!every )(?<!each )\b(last |this )?(?:{pattern})(?:,? (20\d\d)|,? (?P<rel>{_RELATIVE_YEAR})|"
                          rf" (?P<before>before last))?\b", text):
            break
    else:
        return None   # ("I do the Houston Turkey Trot every Thanksgiving": no one year)
    said = m.group(2) or _one_year(text)
    if not (said or m["rel"] or m["before"] or m.group(1)) and (rx.search(EVERY_YEAR_SAID, text) or rx.search(r"\b20\d\d\b", text)):
        # ("finishers on thanksgiving, all years included": every year's, no one year; "Thanksgiving regulars … in 2021 and
        # again in 2022": the years said are the dates)
        return None
    if relative := m["rel"] or m["before"]:   # "Thanksgiving two years ago", "the Thanksgiving before last"
        year = relative_year(relative, today)
        return DateRange(date(year, month, first), date(year, month, after), f"{name} {year} ({m.group(0)})")
    if m.group(1) == "last " or rx.search(r"\blast year\b", text):   # "last Thanksgiving", "Thanksgiving last year"
        year = int(said) if said else today.year - 1
    else:
        year = int(said) if said else today.year
    return DateRange(date(year, month, first), date(year, month, after), f"{name} {year}")


def _seasons_ago(text: str, today: date) -> DateRange | None:
    """ "two summers ago": that season of the year N years back (as "last summer" is last year's)."""
    if not (m := rx.search(r"\b(\d|one|two|three|four|five) (spring|summer|fall|autumn|winter)s? ago\b", text)):
        return None
    start, end = _season_range(m.group(2), today.year - number(m.group(1)))
    return DateRange(start, end, f"{m.group(0)} ({m.group(2)} {start.year})")


# a season as a noun: "our fall events", "in the fall", "spring vs summer" (never "did finishers fall")
_BEFORE_SEASON = r"(?:^|[,(:;/-]\s*|\b(?:in|the|our|during|each|every|vs|or|and|this|of|at|for|from|versus|than|all|compare|" \
                 r"compared|comparing|between|both|per|by)\s)$"
_AFTER_SEASON = r"^ (?:events?|races?|season|series|months?|calendar)\b"


def find_seasons(text: str, dates: DateRange | None) -> tuple[str, ...]:
    """Seasons said without a year of their own, as months of every year (or of the years said elsewhere): "our
    winter events, all years" → ("winter",); "spring events vs summer events in 2024" → ("spring", "summer"). Empty
    when the dates already are one season ("last spring", "fall 2024": nlq.entities.find_dates)."""
    if dates and (dates.end - dates.start).days <= 92:
        return ()
    said = [m.group(1) for m in rx.finditer(rf"\b{SEASON_WORD}\b", text)
            if rx.search(_BEFORE_SEASON, text[:m.start()]) or rx.search(_AFTER_SEASON, text[m.end():])]
    return tuple(dict.fromkeys("fall" if season == "autumn" else season for season in said))


def season_months(season: str) -> tuple[int, int, int]:
    """The three calendar months (1–12) of a meteorological season: winter is December to February."""
    first = SEASONS[season]
    return first, first % 12 + 1, (first + 1) % 12 + 1


def _season_range(season: str, year: int) -> tuple[date, date]:
    """The three months of ``season`` of ``year`` (winter: that December to February)."""
    first_month = SEASONS[season]
    end_month = first_month + 3
    return date(year, first_month, 1), date(year + (end_month > 12), (end_month - 1) % 12 + 1, 1)


def _season(text: str, today: date) -> DateRange | None:
    """ "fall 2024", "the fall of 2024", "this summer", and "last spring" = the spring of last year (as the
    question layer's glossary defines it; winter is the one that begins in that year's December)."""
    m = rx.search(rf"\b(?:(last|this|past) )?{SEASON_WORD}(?:,? (?:of )?(20\d\d|last year|this year))?\b", text)
    # "our summer events in 2023": the one year said elsewhere
    if not m or len({SEASONS[said] for said in rx.findall(r"\b(spring|summer|fall|autumn|winter)\b", text)}) > 1:
        return None   # ("in each season (spring, summer, fall, winter) in 2025": the seasons listed, not one of them)
    # ("spring events since 2020": a range of years, each year's spring — read as seasons of every year)
    ranged = rx.search(r"\b(?:since|after|before|until|through|from) 20\d\d\b", text)
    said = m.group(3) or (None if m.group(1) or ranged else _one_year(text))
    if not (m.group(1) or said):
        return None
    relative = m.group(1) or (said if said and not said[0].isdigit() else None)   # ("the fall of last year")
    year = int(said) if said and said[0].isdigit() else today.year if relative and relative.startswith("this") else \
        today.year - 1
    start, end = _season_range(m.group(2), year)
    return DateRange(start, end, f"{m.group(2)} {year} ({start:%b}–{date(end.year, end.month, 1) - timedelta(days=1):%b})")


_AS_GROUPS = r"(?= age[- ]?groups?\b| divisions?\b| categories\b)"   # "each F age group": a sex's age groups
_CODE = (r"|\b(?:sex|gender) ?(?:=|:|is|of|code|(?:recorded|listed|registered|marked|entered|set) as)? ?['\"]?{0}\b|"
         r"\b{0} (?:gender|sex)\b")   # ("number of X gender entrants")   # "registered as gender X", "sex = 'F'": the code
# a race said by its distance ("the 5k", "the half", "the full", "the mile"), one list for every reader of it: a
# race's start time (nlq.parser), runners of two races (nlq.constructs), races an event had (nlq.spelling)
RACE_SAID = r"(?:(?:1 |one )?mile|5 ?k|10 ?k|50 ?k|half(?: marathon)?|(?:full )?marathon|full)"
# a race said by its distance in a question's own words, hyphens allowed ("the half-marathon", "the full-marathon")
RACE_BY_DISTANCE = r"(?:1 mile|mile|5 ?k|10 ?k|half(?:[- ]marathon)?|full(?:[- ]marathon)?|marathon)"
# the words for each sex, one list for every reader of them: the filter, a difference between the sexes
# (nlq.constructs), the check that a second sex said is kept (nlq.parser), live results (nlq.live)
SEX_WORDS = {"F": ("women", "womens", "woman", "female", "females", "ladies", "lady", "girls", "girl", "gals", "gal"),
             "M": ("men", "mens", "man", "male", "males", "boys", "boy", "gents", "gent", "guys", "guy")}
SEX_OF_WORD = {word: sex for sex, words in SEX_WORDS.items() for word in words}


def sex_said(sex: str) -> str:
    """A pattern for any word of ``sex`` ("F" or "M"), possessive too ("women's"); never inside "non-binary"."""
    return rf"(?<!non-)\b(?:{'|'.join(SEX_WORDS[sex])})(?:'s)?\b"


_NOT_GUYS = tuple(word for word in SEX_WORDS["M"] if not word.startswith("guy"))
# the sex's letter said alone, as on a results sheet: "top 5 F", "M finishers only", "fastest 3 (F)"
_LETTER = (r"|\b(?:top|first|fastest|bottom|last) (?:\d{{1,3}}|three|five|ten|twenty) {0}\b(?![-'])|"
           r"\b{0}(?= (?:finishers?|runners?|winners?|results|only)\b)|\(\s*{0}\s*\)")
_SEXES = ((rf"\b(?:{'|'.join(SEX_WORDS['F'])})\b|\bf{_AS_GROUPS}" + _CODE.format("f") + _LETTER.format("f"), "F"),
          (rf"\b(?:{'|'.join(_NOT_GUYS)})\b|(?<!you )(?<!ya )(?<!hey )(?<!hi )\bguys?\b|\bm{_AS_GROUPS}"
           + _CODE.format("m") + _LETTER.format("m"), "M"),   # ("you guys")
          (r"\bnon[- ]?binary\b" + _CODE.format("x"), "X"))
# "(no-shows excluded)": every result but DNS, the starters
NO_SHOWS_LEFT_OUT = (r"\bno[- ]shows? (?:excluded|removed|left out|not counted|dropped|taken out)\b|\b(?:excluding|without|"
                     r"minus|not counting|ignoring|except(?: for)?|leaving out|not) (?:the |any )?(?:no[- ]shows?|dns(?:'s)?)\b")
# a DNS said in words, one list for the status and the rate (nlq.constructs.find_metric): "no-shows", "not shown up"
NOT_STARTED_SAID = (r"dns|did not start|didn't start|no[- ]shows?|no[- ]showed|(?:did not|didn't|never|not) show(?:ed|n)?(?: up)?"
                    r"(?: (?:at|to|for) the start(?:ing)?(?: line)?)?|(?:did not|didn't|never) (?:make|made) it to the "
                    r"start(?:ing)? line|never started")
# one of the three ways to have no finish, in a list of them: "DNS, DNF or disqualified", "a no-show, a DNF or a DQ"
NO_FINISH_WORD = (r"(?:an? )?(?:no[- ]shows?|dns(?:'d)?|dnf(?:s|'d|ed)?|dq(?:s|'d|ed)?|disqualified|disqualifications?|"
                  r"did not (?:start|finish)|didn'?t (?:start|finish))")
# every entry with no finish: "ended up without a finish (DNS, DNF or DQ)"
UNFINISHED_SAID = (r"\b(?:ended up |wound up )?(?:without|with no) (?:an? )?(?:official )?finish\b|\bunfinished\b|"
                   # ("how many entries ended up as something other than a finish")
                   r"\b(?:something|anything|a status|statuse?s?) other than (?:a |an )?(?:official )?finish(?:ed)?\b|"
                   r"\b(?:did not|didn'?t|never) (?:end up with|get|have|record|earn|receive) (?:an? )?(?:official )?finish\b|"
                   # ("how many entries didn't end up as a finish")
                   r"\b(?:did not|didn'?t|never) (?:end|ended) (?:up )?(?:as|in|with) (?:an? )?(?:official )?finish\b|"
                   rf"\b{NO_FINISH_WORD},\s*{NO_FINISH_WORD},?\s*(?:or|and|&)\s*{NO_FINISH_WORD}\b")
# a DNF said in words, for the status and for the parser's check that a DNF said is kept (nlq.parser)
DNF_SAID = r"\bdnf(?:s|'d|ed|-ed)?\b|\bdid not finish\b|\bdidn't finish\b|\bnon[- ]?finishers?\b"
# "started but didn't make it to an official finish", "started the X but didn't get an official finish": the starters
# with no finish (read before a finish missing is: DNS, DNF or DQ)
# ("how many races did she start but not finish")
_STARTED_BUT_NO_FINISH = (r"\bstart(?:ed)?\b(?:[^.?!]{1,80}?\b| )(?:but|and|yet) (?:did not|didn'?t|never|failed to|not) (?:finish(?:ed)?|"
                          r"(?:make it to|get|end up with|have|record|earn|receive) (?:an? |the )?"
                          # (never "started but didn't finish (DNF)": the status named, a DNF)
                          r"(?:official )?finish(?: line)?)\b(?!\s*\(\s*dnfs?\s*\))|"
                          # ("how many starters failed to get an official time")
                          r"\bstarters?\b[^.?!]{0,40}?\b(?:failed to|did not|didn'?t|never) (?:get|record|earn|receive|post) "
                          r"(?:an? |the )?official (?:finish|time)\b")
# "DNF'd or DQ'd", "DNFs plus DQs": the same (read after a finish missing said with its statuses: "(DNS, DNF or DQ)")
# ("how many DNFs and DQs …, combined?": the same)
# ("combined DNF and DQ count", "disqualified or dropped out")
_DNF_OR_DQ = (r"\bdnfs? (?:and|&) dqs?\b(?=[^?]*\b(?:combined|together|in total|altogether|all told)\b)|"
              r"\b(?:combined|total) (?:number of |count of )?dnfs? (?:and|&|\+|plus) dqs?\b|"
              r"\b(?:dnf(?:s|'d|ed)?|did not finish|dropped out) ?(?:or|/|plus|\+) ?(?:(?:got|were|was|been) )?"
              r"(?:dq(?:s|'d|ed)?|disqualified)\b|"
              r"\b(?:dq(?:s|'d|ed)?|disqualified) ?(?:or|/|plus|\+) ?(?:(?:got|were|was|been) )?(?:dnf(?:s|'d|ed)?|dropped out)\b")
STARTED_UNFINISHED_SAID = f"{_STARTED_BUT_NO_FINISH}|{_DNF_OR_DQ}"
# "how many runners started the X and finished?", "of the runners who started X, how many finished?": the finishers (every
# one of them started; it counted the starters)
_STARTED_AND_FINISHED = (r"\bstarted\b[^.?!]{0,80}?\band (?:also |actually )?finished\b(?! (?:or|and) not\b)|"
                         r"\b(?:who|that) started\b[^?]{0,80}?\bhow many (?:of them )?(?:actually )?finished\b")
# an entry of any status said after who ran it ("(all races, finished or not)", "DNS included")
_ANY_STATUS_AFTER = (r"(?![^?]*\b(?:finished or not|whether (?:or not )?(?:they|she|he) finished|any status|every status|"
                     r"regardless|(?:dns|no-?shows?) included|including (?:the )?(?:dns|no-?shows?))\b)")
_STATUSES = ((_STARTED_AND_FINISHED, "FIN"), (NO_SHOWS_LEFT_OUT, "STARTED"), (_STARTED_BUT_NO_FINISH, "DNF_OR_DQ"),
             (UNFINISHED_SAID, "UNFINISHED"),
             (_DNF_OR_DQ, "DNF_OR_DQ"),
              (DNF_SAID + r"|\bdropped out\b",
               "DNF"),
             (rf"\b(?:{NOT_STARTED_SAID})\b", "DNS"),
             (r"\bdqs?\b|\bdisqualified\b|\bdisqualifications?\b", "DQ"),
             # every result but DNS (the glossary's starters): "starters", "how many people started the half"
             # ("how many people showed up to X": no-shows by definition did not)
             # ("how many runners have started both A and B", "… have started X at least 3 times": starts)
             # ("how many men started the 5K", "non-masters women started": the runners said by who they are)
             # ("how many Buffalo residents ran (started) X": the word in brackets says which)
             (r"\bstarters?\b|\b(?:people|runners|who|that|actually|really|many|men|women|girls|boys|kids|masters|"
              r"athletes|participants|entrants|residents|locals|folks|teens|juniors|seniors) started\b(?! timing)|"
              r"\(\s*(?:started|starters|starts)(?: only)?\s*\)|"
              # ("… in both 2024 and 2025 (started in both years)": starts)
              r"\bstarted (?:in |at )?(?:both|each|all|every)\b|"
              r"\b(?:have|has|had) started (?:both|each|all (?:three|four|of)|the|at least|more than|\d+)\b|"
              # ("how many times has Jessica Clark started X", "how many races has he started": her starts)
              r"\bhow many (?:times|races|events)\b[^?]{0,60}?\b(?:has|have|had|did)\b[^?]{0,40}?\bstart(?:ed)?\b(?! timing)|"
              r"(?<!not )(?<!n't )(?<!never )\b(?:showed|show|shown|turned|turn) up\b(?! in (?:the |our |its )?(?:[\w' ]+ )?"
              r"(?:results|records|data|archive|database|list))|\btoed (?:the|a) (?:start(?:ing)? )?line\b|"
              # ("how many people ran the 5K at X", "how many runners took part", "how many races did she run in 2025":
              # who ran it started it — a no-show ran nothing; break runs 63, 65 and 68 counted so, where every entry
              # had been counted)
              # (never an entry said whatever its status, "took part (all races, finished or not)"; nor runners of two
              # events, "ran A in 2019 and also ran B", a history of finishes as the glossary reads it)
              rf"\b(?:took|take|taking) part\b{_ANY_STATUS_AFTER}|\bparticipated\b{_ANY_STATUS_AFTER}|"
              r"\bhow many (?:(?:different|distinct|unique|individual) )?(?:people|runners|folks|athletes|participants|women|men|"
              r"girls|boys|kids|masters)(?: actually| really)? "
              rf"(?:(?:have|has) )?(?:ran|raced|run)\b(?! (?:both|all|every|each|it|at least|more than|\d))"
              rf"(?![^?]*\b(?:also|again|then)\b){_ANY_STATUS_AFTER}|"
              r"\bhow many (?:races|events)\b[^?]{0,60}\b(?:did|has|have)\b[^?]{0,40}\b(?:run|race)\b(?! (?:both|all|every|each))|"
              r"\b(?:who|which (?:runners?|people|person))(?: has| have)? (?:ran|run|raced) the most (?:races|events)\b", "STARTED"),
             (r"\bfinish(?:ed|ers?|es|ing)?\b|\bcompleted\b|\b(?:crossed|cross|crossing) the line\b", "FIN"))


def _first(text: str, table: tuple[tuple[str, str], ...]) -> str | None:
    return next((value for pattern, value in table if rx.search(pattern, text)), None)


def find_sex(text: str) -> str | None:
    """'M', 'F' or 'X' when the question is about one sex ("men and women together" is about neither)."""
    return _first(rx.sub(r"\b(?:both )?(?:men and women|women and men|males? and females?|females? and males?)"
                         r"(?: (?:together|combined|alike))?\b", " ", text) if _BOTH_SEXES.search(text) else text, _SEXES)


_BOTH_SEXES = re.compile(r"\bboth (?:men and women|women and men)\b|\b(?:men and women|women and men|males? and females?)"
                         r" (?:together|combined|alike)\b")


@dataclass(frozen=True)
class AgeRange:
    low: int                       # inclusive
    high: int                      # inclusive
    words: str


@dataclass(frozen=True)
class BirthYears:
    first: int                     # inclusive
    last: int                      # inclusive
    words: str


# "born in the 1980s", "born in '85", "born before 1970", "born 1990 or later": the runner's birth year
BORN = (r"\bborn (?:in |during )?(?:the )?(?:(19\d|20[0-2])0s|'?(\d)0s)\b|\bborn (?:in )?(?:the )?(?:year )?(19\d\d|20[0-2]\d)"
        r"(?: or (earlier|before|later|after))?\b|\bborn (before|after|since|prior to) (19\d\d|20[0-2]\d)\b")


def find_born(text: str, today: date) -> BirthYears | None:
    """The birth years a question keeps ("born in the 1980s": 1980–1989), from participants.birth_date."""
    m = rx.search(BORN, text)
    if not m:
        return None
    if m.group(1) or m.group(2):   # a decade: "the 1980s", "the 80s" (of the last century unless that is to come)
        decade = int(m.group(1)) * 10 if m.group(1) else 1900 + int(m.group(2)) * 10
        decade += 100 if not m.group(1) and decade + 100 <= today.year - 10 else 0
        return BirthYears(decade, decade + 9, f"born in the {decade}s")
    if m.group(3):
        year = int(m.group(3))
        if m.group(4) in ("earlier", "before"):
            return BirthYears(1900, year, f"born in {year} or earlier")
        if m.group(4):
            return BirthYears(year, today.year, f"born in {year} or later")
        return BirthYears(year, year, f"born in {year}")
    year = int(m.group(6))
    if m.group(5) in ("before", "prior to"):
        return BirthYears(1900, year - 1, f"born before {year}")
    return BirthYears(year + 1 if m.group(5) == "after" else year, today.year, f"born {m.group(5)} {year}")


# "excluding runners under 20", "not counting anyone over 70": the ages said are the ones left out
AGE_EXCLUDED = (r"\b(?:excluding|except(?: for)?|not counting|without|leaving out|minus|ignoring|other than)(?: (?:the |any )?"
                r"(?:runners|finishers|people|anyone|those|kids|athletes|participants|entrants))?(?= (?:under|below|younger than|"
                r"over|older than|above|aged) \d{1,2}\b)")


AGE_RANGE_SAID = re.compile(r"\b(?:aged? )?(at least|over|older than) (\d{1,2}),? (?:but|and) (?:still )?(?:under|below|"
                            r"younger than|less than) (\d{1,2})\b(?! ?(?:hours?|hrs?|h\b|minutes?|mins?|seconds?|secs?|:|k\b|"
                            r"km|miles?))")


def find_age(text: str) -> AgeRange | None:
    """"aged 35", "35-year-olds", "in their 40s", "over 50", "under 20", "masters" (40 and over); the other ages when
    those said are left out ("excluding runners under 20": 20 and over)."""
    said = _find_age(text)
    if said is None or not rx.search(AGE_EXCLUDED, text) or said.low > 1 and said.high < 120:
        return said
    return AgeRange(said.high + 1, 120, f"aged {said.high + 1} and over") if said.low <= 1 else \
        AgeRange(1, said.low - 1, f"aged {said.low - 1} and under")


def _find_age(text: str) -> AgeRange | None:
    # "age>=60", "age < 20": a bound typed as a comparison
    if m := rx.search(r"\bages? ?(>=|=>|>|<=|=<|<|=) ?(\d{1,2})\b", text):
        op, age = m.group(1), int(m.group(2))
        low, high = {">=": (age, 120), "=>": (age, 120), ">": (age + 1, 120), "<=": (1, age), "=<": (1, age),
                     "<": (1, age - 1), "=": (age, age)}[op]
        return AgeRange(low, high, f"aged {age}" if op == "=" else f"aged {low} and over" if high == 120 else
                        f"aged {high} and under")
    # "non-masters", "not masters": under 40 (it read them as masters)
    if rx.search(r"\b(?:non|not)[- ]?masters?\b", text):
        return AgeRange(1, 39, "under 40 (not masters)")
    # "no older than 25", "no younger than 60": inclusive bounds (it read the opposite)
    if m := rx.search(r"\bno (older|younger) than (\d{1,2})\b", text):
        age = int(m.group(2))
        return AgeRange(1, age, f"aged {age} and under") if m.group(1) == "older" else \
            AgeRange(age, 120, f"aged {age} and over")
    # "at least 40 but under 50", "older than 29 and younger than 40": the two bounds of one range (never hours)
    if m := rx.search(AGE_RANGE_SAID, text):
        low, high = int(m.group(2)) + (m.group(1) != "at least"), int(m.group(3)) - 1
        if low <= high:
            return AgeRange(low, high, f"aged {low}–{high}")
    # "at most 25 years old", "at least 60 years of age", "aged at least 70": an inclusive bound said with the unit
    if m := rx.search(r"\b(at most|at least) (\d{1,2}) ?(?:years? old|yo|years? of age)\b|"
                      r"\baged? (at most|at least) (\d{1,2})\b", text):
        said, age = (m.group(1), int(m.group(2))) if m.group(1) else (m.group(3), int(m.group(4)))
        return AgeRange(1, age, f"aged {age} and under") if said == "at most" else \
            AgeRange(age, 120, f"aged {age} and over")
    # ("50-59 year old men", "the women in the 30-39 bracket", "between 30 and 39 years old")
    if m := rx.search(r"\b(?:aged?|ages) (\d{1,2}) ?(?:-|to|and) ?(\d{1,2})\b|\b(\d{1,2})(?: ?[-\u2013] ?|-? to |-to-)(\d{1,2})[- ]"   # ("30- to 39-year-olds", "30-to-39", "30–39")
                      r"(?:years?[- ]olds?|age group|(?:age )?(?:range|bracket|band))\b|"
                      r"\bbetween (\d{1,2}) and (\d{1,2}) (?:years?[- ]old|yo|years? of age)\b", text):
        low, high = sorted(int(v) for v in m.groups() if v)   # "aged 50-40" is 40 to 50
        return AgeRange(low, high, f"aged {low}–{high}")
    # "over the age of 60", "under the age of 18", "aged under 18", "younger than 18": ages said with "the age of"
    if m := rx.search(r"\b(over|older than|above|under|younger than|below) (?:the )?age(?: of)? (\d{1,2})\b|"
                      r"\bage[ds]? (under|below|younger than|over|older than|above) (\d{1,2})\b|"
                      r"\b(younger|older) than (\d{1,2})\b(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|secs?)\b)", text):
        word, age = next((m.group(i), int(m.group(i + 1))) for i in (1, 3, 5) if m.group(i))
        if word.startswith(("over", "older", "above")):
            return AgeRange(age + 1, 120, f"older than {age}")
        return AgeRange(1, age - 1, f"younger than {age}")
    if m := rx.search(r"\bfrom (\d{1,2}) (?:on )?(?:up|upwards?)\b", text):   # "the age groups from 50 up"
        age = int(m.group(1))
        return AgeRange(age, 120, f"aged {age} and over")
    if m := rx.search(r"\b(?:aged? )?(\d{1,2}) (?:or|and) (?:younger|under|below)\b", text):   # "aged 18 or younger"
        age = int(m.group(1))
        return AgeRange(1, age, f"aged {age} and under")
    # "states with 10+ runners" is a group's size (nlq.constructs.find_ranking), not an age
    if m := rx.search(r"(?<!with )(?<!having )(?<!had )\b(\d{1,2}) ?(?:\+|(?:and|or) (?:over|older|up|above)\b)"
                      # ("raced 3+ of our different events": a count of events, no age)
                      r"(?! ?(?:of (?:our|the|your|its|their) )?(?:different |distinct |separate )?(?:finishes|times|races|events|"
                      r"editions|years(?! old| of age)|different|distinct|calendar|hours?|hrs?|minutes?|mins?)\b)", text):
        age = int(m.group(1))
        return AgeRange(age, 120, f"aged {age} and over")
    if m := rx.search(r"\baged? (\d{1,2}) or more\b", text):   # "aged 60 or more"
        age = int(m.group(1))
        return AgeRange(age, 120, f"aged {age} and over")
    # ("under 20 years old" is a bound, read below)
    if m := rx.search(r"\b(?:aged?|age of) (\d{1,2})\b|(?<!under )(?<!below )(?<!over )(?<!above )(?<!than )"
                      r"\b(\d{1,2})[- ]years?[- ]olds?\b", text):
        age = int(next(v for v in m.groups() if v))
        return AgeRange(age, age, f"aged {age}")
    if m := rx.search(r"\bover[- ]?(\d{2})s\b", text):   # "the over 70s": that age and older
        age = int(m.group(1))
        return AgeRange(age, 120, f"aged {age} and over")
    if m := rx.search(r"\bin (?:their|the|his|her|its) (\d)0s\b|\b(\d)0-somethings?\b|\bin (?:their|the|his|her|its) (twenties|thirties|forties|"
                      r"fifties|sixties|seventies|eighties)\b", text):
        said = next(v for v in m.groups() if v)
        decade = _DECADES[said] if said in _DECADES else int(said) * 10
        return AgeRange(decade, decade + 9, f"in their {decade}s")
    if m := rx.search(r"\b(?:over|older than|above) (\d{1,2})\b(?! ?(?:hours?|hrs?|h|minutes?|mins?|m)\b)(?!:)|"
                      r"\bover-(\d{1,2})\b(?! ?(?:hours?|hrs?|h|minutes?|mins?|m)\b)(?!:)", text):   # ("over-60 finishers")
        age = int(m.group(1) or m.group(2))
        return AgeRange(age + 1, 120, f"older than {age}")
    if m := rx.search(r"\b(?:aged |age )?(?:under|younger than|below) (\d{1,2}) ?(?:years?|yo)\b|"
                      # "how many under 20 finished", "finishers under 20 at …": no unit, said of people — an age
                      r"\b(?:how many|finishers?|runners?|people|person|participants?|athletes?|entrants?|kids?|men|women|man|"
                      r"woman|males?|females?|guys?|girls?|boys?) (?:under|younger than|"
                      r"below) (\d{1,2})\b(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|secs?|k|km|miles?)\b)(?![:.]\d)|"
                      r"\b(?:were|was|are|is|being) (?:under|younger than|below) (\d{1,2})\b(?! ?(?:min|minutes?|mins|hours?|"
                      r"hrs?|h|seconds?|secs?)\b)(?!:)", text):   # "what percent of finishers were under 20"
        age = int(next(v for v in m.groups() if v))
        return AgeRange(1, age - 1, f"younger than {age}")
    if m := rx.search(r"\b(?:(?:women|men|runners|finishers|people|males?|females?)(?: aged| ages)? |(?:were|was|are|is) "
                      r"(?:aged )?)between (\d{1,2}) and "
                      r"(\d{1,2})\b(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|secs?|s)\b)(?!:)", text):
        low, high = sorted((int(m.group(1)), int(m.group(2))))   # "women between 30 and 39" (no unit after: an age)
        return AgeRange(low, high, f"aged {low}–{high}")
    if m := rx.search(r"\b(?:women|men|runners|finishers|people|males?|females?) (\d{2}) ?- ?(\d{2})\b", text):
        low, high = sorted((int(m.group(1)), int(m.group(2))))
        return AgeRange(low, high, f"aged {low}–{high}")
    if m := rx.search(r"\b(?:kids?|child(?:ren)?|juniors?|youths?|girls?|boys?) \(?\s*(?:aged )?(?:under|younger than|below) (\d{1,2})\b|"
                      r"\bunder[- ](\d{1,2})s\b|\bu(\d{1,2})s?\b|\bunder-(\d{1,2})\b(?! ?(?:min|minutes?|hours?|h)\b)",
                      text):  # "kids under 15", "under-18s", "u18", "under-20 finishers"
        age = int(next(v for v in m.groups() if v))
        return AgeRange(1, age - 1, f"younger than {age}")
    if rx.search(_AGE_SAID, text) and (m := rx.search(rf"\b(?:under|younger than|below) (\d{{1,2}})\b{_NO_UNIT}", text)):
        age = int(m.group(1))   # "teenagers or younger, i.e. under 20": ages are what the question is about
        return AgeRange(1, age - 1, f"younger than {age}")
    if rx.search(r"\bminors?\b", text):   # "minors": not yet 18, as US law and race waivers have it
        return AgeRange(1, 17, "minors (under 18)")
    if rx.search(r"\bteen(?:ager|age)?s?\b|\bin (?:their|his|her) teens\b", text):   # ("a teenager", "teen finishers")
        return AgeRange(13, 19, "teenagers (13–19)")
    if rx.search(r"\bgrand ?masters?\b", text):
        return AgeRange(50, 120, "grand masters (50 and over)")
    if rx.search(r"\bmasters?\b", text):
        return AgeRange(40, 120, "masters (40 and over)")
    return None


AGE_NOUNS = r"\b(?:teen(?:ager|age)?s?|minors?)\b"   # people named by their age: an age range of their own (find_age)
_AGE_SAID = rf"{AGE_NOUNS}|\b(?:younger|older|aged?|years? old)\b"   # an age word: a bare number beside it is an age
_NO_UNIT = r"(?! ?(?:min|minutes?|mins|hours?|hrs?|h|seconds?|secs?|k|km|miles?)\b)(?![:.]\d)"
_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80}


_AGE_GROUP_SAID = r"\b([mfx]) ?(\d{2})-(\d{2})\b"


def _age_band(m: re.Match) -> bool:
    """Whether a label said ("M35-39") is one of the results' age groups: five years from 20 to 79, 01-19, 80-99."""
    low, high = int(m.group(2)), int(m.group(3))
    return (low, high) in ((1, 19), (80, 99)) or (high - low == 4 and low % 5 == 0 and 20 <= low <= 75)


def find_age_groups(text: str) -> tuple[str, ...]:
    """Every age group named as the results name them ("M35-39", "F 40-44"), in the order said ("who won F30-34
    and M30-34": both)."""
    return tuple(dict.fromkeys(f"{m.group(1).upper()}{m.group(2)}-{m.group(3)}"
                               for m in rx.finditer(_AGE_GROUP_SAID, text) if _age_band(m)))


def age_spans_said(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Labels said like an age group that no result holds ("the M 30-39 age group": two groups): (the sex, where its
    letter is) — read as that sex and the ages between (``find_age``), never a group of none."""
    return [(m.group(1).upper(), m.span(1)) for m in rx.finditer(_AGE_GROUP_SAID, text) if not _age_band(m)]


@dataclass(frozen=True)
class TimeLimit:
    op: str                        # "<", ">" or "between"
    seconds: float
    upper: float | None = None     # for "between"
    words: str = ""
    # "between 2:00:00 and 2:29:59": the upper edge's whole second is in (a 2:29:59.4 counts), so the range is
    # [seconds, upper) with upper = 2:30:00
    upper_open: bool = False

    @property
    def pace_words(self) -> str:
        """This limit said as a pace in seconds per km ("pace faster than 261 s/km")."""
        return f"pace between {self.seconds:.0f} and {self.upper:.0f} s/km" if self.op == "between" else \
            f"pace {'faster' if self.op == '<' else 'slower'} than {self.seconds:.0f} s/km"


def whole_second(high: float, said_seconds: str | None) -> tuple[float, bool]:
    """An upper edge said to the second as :59 ("2:29:59", "8:59"): the end of that second, open."""
    return (high + 1, True) if said_seconds is not None and high % 60 == 59 else (high, False)


_CLOCK = r"(\d{1,2}):(\d{2})(?::(\d{2}))?"


def _clock_seconds(m: re.Match, first: int) -> float:
    a, b, c = m.group(first), m.group(first + 1), m.group(first + 2)
    if c is not None:
        return int(a) * 3600 + int(b) * 60 + int(c)
    return int(a) * 3600 + int(b) * 60 if int(a) < 10 else int(a) * 60 + int(b)


def _amount_seconds(amount: str, unit: str | None, distance: Distance | None) -> float:
    value = float(amount) if rx.fullmatch(r"\d+\.\d+", amount) else float(number(amount))   # "2.5 hours": not 2
    if unit and unit.startswith("s"):   # "under 1200 seconds"
        return value
    if unit and unit.startswith(("h", "hr")):
        return value * 3600
    if unit and unit.startswith("m"):
        return value * 60
    # "sub-3" on a marathon means hours, "sub-20" on a 5K means minutes.
    long_race = distance is None or distance.km is None or distance.km > 15
    return value * 3600 if value < 10 and long_race else value * 60


def find_time_limit(text: str, distance: Distance | None) -> TimeLimit | None:
    """"under 3 hours", "sub-20", "faster than 1:45", "over 5 hours", "between 3 and 4 hours"; never the bounds of
    an age range ("at least 40 but under 50")."""
    # ("crossed the line between 8:55 and 9:05 am": a time of day, no finish time)
    text = rx.sub(rf"(?:{_CLOCK}|\b\d{{1,2}})(?:\s*(?:and|to|-|\u2013)\s*(?:{_CLOCK}|\d{{1,2}}))?\s*(?:[ap]\.?m\b\.?|o'?clock\b)",
                  lambda said: " " * len(said.group(0)), text, flags=re.IGNORECASE)
    text = rx.sub(AGE_RANGE_SAID, lambda said: " " * len(said.group(0)), text)
    # ("how many women broke an hour", "under half an hour": the amount said in words)
    text = rx.sub(r"\b(?:half an|a half) hour\b", "30 minutes", text, flags=re.IGNORECASE)
    text = rx.sub(r"\b(?:an|one) hour\b", "1 hour", text, flags=re.IGNORECASE)
    unit = r"(hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?)?"
    amount = r"(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)"
    # ("finished 4:30-5:00": two clock times joined by a dash are the same range)
    # ("from 1:30:00 to 1:44:59": the same range, said with "from")
    text = rx.sub(rf"\bfrom (?={_CLOCK} (?:to|until|till|through|thru) \d)", "between ", text)
    text = rx.sub(rf"(?<=\bbetween )({_CLOCK}) (?:to|until|till|through|thru) (?=\d)", r"\1 and ", text)
    if clocks := rx.search(rf"\bbetween {_CLOCK} and (?:{_CLOCK}|{amount} ?(hours?|hrs?|h|minutes?|mins?|m)\b)|"
                           rf"(?<![\d:]){_CLOCK} ?[-\u2013] ?{_CLOCK}(?![\d:])", text):
        if clocks.group(9):   # the dashed form's groups, shifted past the first alternative's
            low, high, said = _clock_seconds(clocks, 9), _clock_seconds(clocks, 12), clocks.group(14)
        else:   # "between 3:30:00 and 4 hours", "between 1:45 and 2:00"
            low, said = _clock_seconds(clocks, 1), clocks.group(6)
            high = _clock_seconds(clocks, 4) if clocks.group(4) else _amount_seconds(clocks.group(7), clocks.group(8), distance)
        low, high = sorted((low, high))
        words = f"between {duration_words(low)} and {duration_words(high)}"
        high, upper_open = whole_second(high, said)
        return TimeLimit("between", low, high, words, upper_open)
    # "at least 3:30:00 but under 4:00:00", "under 4:00:00 but over 3:30:00": the two edges of one range
    if m := rx.search(rf"\b(?:at least|over|more than|slower than|above|no faster than) {_CLOCK},? (?:but|and|yet) (?:still )?"
                      rf"(?:under|below|less than|faster than|quicker than|sub|within) {_CLOCK}|"
                      rf"\b(?:under|below|less than|faster than|quicker than|sub) {_CLOCK},? (?:but|and|yet) (?:still )?"
                      rf"(?:at least|over|more than|slower than|above|no faster than) {_CLOCK}", text):
        low, high = sorted(_clock_seconds(m, group) for group in ((1, 4) if m.group(1) else (7, 10)))
        return TimeLimit("between", low, high, f"between {duration_words(low)} and {duration_words(high)}")
    # ("came in at 2:00:00 or slower but under 2:30:00": the two edges of one range, the first said before "or slower")
    if m := rx.search(rf"(?<![\d:]){_CLOCK} or (?:slower|more|longer|over),? (?:but|and|yet) (?:still )?(?:under|below|less than|"
                      rf"faster than|quicker than|sub) {_CLOCK}", text):
        low, high = sorted((_clock_seconds(m, 1), _clock_seconds(m, 4)))
        return TimeLimit("between", low, high, f"between {duration_words(low)} and {duration_words(high)}")
    if m := rx.search(rf"\bbetween {amount} ?(hours?|hrs?|h|minutes?|mins?|m)?\s+and {_CLOCK}", text):
        # "between 2 and 2.5 hours" (written "between 2 and 2:30:00"): the bare number in the clock's largest unit
        high = _clock_seconds(m, 3)
        low = _amount_seconds(m.group(1), m.group(2) or ("hours" if high >= 3600 else "minutes"), distance)
        low, high = sorted((low, high))
        return TimeLimit("between", low, high, f"between {duration_words(low)} and {duration_words(high)}")
    # ("finished in 25 to 30 minutes": a range said with its unit, never an age)
    m = rx.search(rf"\bbetween {amount} ?{unit} and {amount} ?{unit}", text) or rx.search(
        rf"\b(?:in|within|took|taking) {amount} ?{unit} ?(?:to|-|\u2013) ?{amount} ?(hours?|hrs?|minutes?|mins?)\b", text)
    if m and not (m.group(2) or m.group(4)) and (rx.fullmatch(r"(?:19|20)\d\d", m.group(1)) or rx.search(
            r"\b(?:were|was|are|is|aged?|ages|women|men|males?|females?|runners|finishers|people|participants) $",
            text[:m.start()])):
        m = None  # "between 2021 and 2023" are years; "finishers were between 30 and 39", "women between 50 and 59" ages
    if m:
        high_unit = m.group(4) or m.group(2)
        low, high = sorted((_amount_seconds(m.group(1), m.group(2) or high_unit, distance),
                            _amount_seconds(m.group(3), high_unit, distance)))   # "between 5 and 3 hours"
        return TimeLimit("between", low, high, f"between {duration_words(low)} and {duration_words(high)}")
    # "took 3 hours or longer", "45 minutes or more", "4:00:00 or slower" (and "… or faster"): one edge, said after
    longer, shorter = r"(?:longer|more|slower|over|above)", r"(?:faster|quicker|less|under|shorter)"
    # (never "2:00:00 or slower but under 2:30:00": both edges, read below)
    if ((m := rx.search(rf"(?<![\d:]){_CLOCK}\s*or ({longer}|{shorter})\b", text)) or
            (said := rx.search(rf"\b{amount} ?(hours?|hrs?|minutes?|mins?)\s*or ({longer}|{shorter})\b", text))) and \
            not rx.match(r",?\s*(?:but|and|yet)\s+(?:still\s+)?(?:under|below|less than|faster than|quicker than|sub|over|more than|"
                         r"slower than|above|at least)\b", text[(m or said).end():]):
        # (the edge said, then the other: "2:00:00 or slower but under 2:30:00" is read as the range, below)
        seconds = _clock_seconds(m, 1) if m else _amount_seconds(said.group(1), said.group(2), distance)
        op = "<" if rx.fullmatch(shorter, (m or said).group((m or said).lastindex)) else ">"
        return TimeLimit(op, seconds, None, f"{'under' if op == '<' else 'over'} {duration_words(seconds)}")
    for words, op in ((r"under|sub|below|faster than|less than|quicker than|within|in under|beat|breaking|broken|broke|"
                       r"break", "<"),
                      (r"over|slower than|more than|longer than|above", ">")):
        if m := rx.search(rf"\b(?:{words})[- ]?{_CLOCK}", text):
            seconds = _clock_seconds(m, 1)
            return TimeLimit(op, seconds, None, f"{'under' if op == '<' else 'over'} {duration_words(seconds)}")
        # "under 20 finishers" may count people; "sub-4 finishers" is always a time
        m = rx.search(rf"\b(?:{words})[- ]?{amount} ?{unit}\b(?! ?(?:years?|yo|runners|people|finishers))", text)
        if m is None and op == "<":
            m = rx.search(rf"\bsub[- ]?{amount} ?{unit}\b(?! ?(?:years?|yo))", text)
        if m:
            if op == ">" and not m.group(2):
                continue  # "over 50" is an age, not a time, unless a unit says otherwise
            said_of_people = rx.search(r"\b(?:were|was|are|is|being|aged?|ages|kids?|child(?:ren)?|juniors?|youths?|girls?|boys?|"
                                       r"how many|finishers?|runners?|people|person|participants?|athletes?|entrants?|men|"
                                       r"women|man|woman|males?|females?|guys?) $|\b(?:kids?|child(?:ren)?|juniors?|youths?|girls?|boys?) \(\s*$",
                                       text[:m.start()]) or rx.match(r"\s*(?:were|was|are|is)\b", text[m.end():])
            # ("the gap between under-40 and masters median times": an age class, hyphenated, with no unit)
            if not m.group(2) and not m.group(0).startswith("sub") and (said_of_people or rx.search(_AGE_SAID, text) or
                                                                        rx.match(r"under-\d\d\s*$", m.group(0))):
                continue  # "finishers were under 20", "aged under 18": an age; a time is run ("ran under 20")
            seconds = _amount_seconds(m.group(1), m.group(2), distance)
            return TimeLimit(op, seconds, None, f"{'under' if op == '<' else 'over'} {duration_words(seconds)}")
    return None


_N = r"\d{1,3}(?:\.\d)?"
_BAND_UNIT = r"(?:hours?|hrs?|h|minutes?|mins?|min|m)\b"
# bands said in plain numbers with a unit somewhere in the list ("under 20, 20-25, 25-30, 40+ minutes", "sub-3, 3 to 4
# hours, 4 to 5 hours, and 5 hours or more", a pace's "under 8, 8 to under 10, 10 to under 12, 12 and slower")
_PLAIN_BANDS = re.compile(
    rf"\b(?:under|sub|below|less than|faster than)[- ]?(?P<first>{_N})(?:\s*(?P<u1>{_BAND_UNIT}))?"
    # ("under 20, 20-25 and 30-40 minutes": a band said after "and" with no comma)
    rf"(?P<ranges>(?:(?:\s*(?:,|;)\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+){_N}\s*(?:{_BAND_UNIT})?\s*(?:-|\u2013|to(?: under)?|up to)\s*{_N}"
    rf"(?:\s*{_BAND_UNIT})?)+)(?:\s*(?:,|;)?\s*(?:(?:and|or)\s+)?(?:(?P<last>{_N})\s*(?P<u2>{_BAND_UNIT})?\s*(?:\+|plus\b|"
    rf"(?:or|and) (?:more|over|slower|longer|above|up)\b)(?:\s*(?P<u3>{_BAND_UNIT}))?|"
    # ("… and over 4 hours")
    rf"(?:over|above|more than|slower than|longer than)\s*(?P<over>{_N})\s*(?P<u4>{_BAND_UNIT})?))?")
_PLAIN_RANGE = re.compile(rf"({_N})\s*({_BAND_UNIT})?\s*(?:-|\u2013|to(?: under)?|up to)\s*({_N})\s*({_BAND_UNIT})?")


def _plain_bands(text: str) -> Banded | None:
    """Bands said in plain numbers (``_PLAIN_BANDS``): the edges in seconds (of a pace, seconds per mile or km), the
    bands between them not asked (``bands_said``) and where the list was said; None without a unit said (ages are bands
    too)."""
    if not (m := _PLAIN_BANDS.search(text)):
        return None
    ranges = [(float(low), float(high), unit or unit_after) for low, unit, high, unit_after in _PLAIN_RANGE.findall(m["ranges"])]
    units = [u for u in (m["u1"], *(unit for *_, unit in ranges), m["u2"], m["u3"], m["u4"]) if u]
    last = m["last"] or m["over"]
    if not units and not pace_said(text):
        return None
    scale = 3600 if units and units[0].startswith("h") else 60
    # (the list may end on a band: "under 20, 20-25, and 30-40 min" asks nothing of 40 and over)
    edges = [float(m["first"]), *(edge for low, high, _ in ranges for edge in (low, high)), float(last or ranges[-1][1])]
    if (banded := bands_said(edges, open_top=last is not None)) is None:
        return None
    return tuple(edge * scale for edge in banded[0]), banded[1], [m.span(), *(said.span() for said in rx.finditer(
        r"\bhow many\b|\b(?:(?:finish[- ]?)?time |pace )?(?:bands?|buckets?|brackets?|bins?)\b|\b(?:in|for|per) each\b|"
        r"\b(?:fell|fall|falls|landed|land|lands) (?:in|into|within)\b", text))]


# age brackets said side by side: "under 30, 30s, 40s, 50s, 60 and over", "under 30, 30-39, 40-49, 50-59, 60+"
_AGE_BAND = r"(?:\d{2}s|\d{1,2}\s*(?:-|\u2013|to)\s*\d{1,2})"
_AGE_BANDS = re.compile(rf"(?:\b(?:under|below|younger than|less than)\s+(?P<first>\d{{1,2}})(?=\s*[,;]\s*(?:and\s+)?{_AGE_BAND})|"
                        # (or from a bracket of its own: "40s, 50s and 60+", nobody under 40 asked)
                        # (three brackets or more: "40-49 and 50+" are two ages compared)
                        rf"(?<![\d:.-])(?P<from>{_AGE_BAND})(?=\s*[,;]\s*(?:and\s+)?{_AGE_BAND}))"
                        rf"(?P<items>(?:\s*[,;]\s*(?:and\s+)?{_AGE_BAND})*)"
                        rf"\s*[,;]?\s*(?:and\s+)?(?P<last>\d{{1,2}})\s*(?:\+|(?:and|or) (?:over|older|up|above)\b|plus\b)")


def find_age_bands(text: str) -> Banded | None:
    """Age brackets counted side by side ("how many finishers in each age bracket: under 30, 30s, 40s, 50s, 60 and
    over"): the edges (years of age on race day), the brackets between them not asked (``bands_said``: "under 30,
    30-39, 50-59, 60+" leaves out 40-49) and where the brackets were said (30-39 is 30 up to 40); None unless said of
    ages: an age word, or a bracket said by its decade ("30-39", "30s": a time band is said "30-40")."""
    if not (m := _AGE_BANDS.search(text)) or not rx.search(r"\bages?\b|\baged\b|\b(?:age[- ])?(?:brackets?|bands?|groups?)\b|"
                                                            r"\b\d0\s*(?:-|\u2013|to)\s*\d9\b|\b\d0s\b", text):
        return None
    said = ([m["from"]] if m["from"] else []) + rx.findall(_AGE_BAND, m["items"])
    first = int(m["first"]) if m["first"] else _bracket_edges(m["from"])[0]
    edges = [first, *(edge for bracket in said for edge in _bracket_edges(bracket)), int(m["last"])]
    if (banded := bands_said(edges)) is None:
        return None
    # (no one under the first bracket asked, when the list starts on a bracket)
    left_out = banded[1] if m["first"] else tuple(sorted({0, *banded[1]}))
    return tuple(int(edge) for edge in banded[0]), left_out, [m.span(), *(said.span() for said in rx.finditer(
        r"\b(?:in|for|per) each\b|\b(?:age[- ])?(?:brackets?|bands?)\b", text))]


def _bracket_edges(said: str) -> tuple[int, int]:
    """One bracket said, as its lower edge and the next one's: "30s" and "30-39" are (30, 40)."""
    if said.endswith("s"):
        return int(said[:2]), int(said[:2]) + 10
    low, high = rx.split(r"\s*(?:-|\u2013|to)\s*", said)
    return int(low), int(high) + 1


# bands asked side by side: the edges, the bands between them not asked (their indexes, "under the first edge" being
# 0) and where they were said
Banded = tuple[tuple[float, ...], tuple[int, ...], list[tuple[int, int]]]


def bands_said(edges: list[float] | list[int], *, open_top: bool = True) -> tuple[tuple[float, ...], tuple[int, ...]] | None:
    """Bands said as [first edge, (low, high) of each band said…, last edge] — under the first, each said, the last
    and over (unless not ``open_top``: the list ended on a band) — as the edges between them and the indexes of the
    bands no one asked: "under 30, 30-39, 50-59, 60+" is edges (30, 40, 50, 60) with 40-49 (index 2) not asked. None
    when bands overlap or run backwards ("30-40, 35-45")."""
    if any(later < earlier for earlier, later in zip(edges, edges[1:])):
        return None
    between = sorted(set(edges))
    asked = {(float(low), float(high)) for low, high in zip(edges[1:-1:2], edges[2:-1:2])}
    return tuple(between), tuple(i + 1 for i, (low, high) in enumerate(zip(between, between[1:]))
                                 if (float(low), float(high)) not in asked) + (() if open_top else (len(between),))


def age_band_names(edges: tuple[int, ...]) -> list[str]:
    """The brackets ``edges`` make, in words: "under 30", "30-39", …, "60 and over"."""
    return [f"under {edges[0]}", *(f"{low}-{high - 1}" for low, high in zip(edges, edges[1:])), f"{edges[-1]} and over"]


def find_time_bands(text: str) -> Banded | None:
    """Bands of the finish time (or pace) asked side by side, said as clock times (``_clock_bands``) or as plain numbers
    with a unit (``_plain_bands``): the edges in seconds, the bands between them not asked and where they were said.
    A band said by its whole minutes (or hours) among clock times ("under 20:00, 20-24:59, …, 40+") is read as that
    clock time."""
    if found := _clock_bands(text):
        return found
    clocked, origin = _bare_as_clocks(text)
    if clocked != text and (found := _clock_bands(clocked)):
        return found[0], found[1], [(origin[start], origin[end - 1] + 1) for start, end in found[2]]
    return _plain_bands(text)


# a band's edge said as a whole number among clock times: "under 8, 8-9:59, …, 14+ min per mile", "20-24:59"
_BARE_EDGE = re.compile(r"(?:(?<=\bunder )|(?<=\bbelow )|(?<=\bover )|(?<=\bsub )|(?<=\bsub-)|(?<=, )|(?<=,)|(?<=; )|(?<=\band )|"
                        r"(?<=[-\u2013])|(?<=\bto ))(\d{1,2})(?![\d:.]|\s*(?:k|km|kms|mi|miles?|%|th|st|nd|rd|years?|yrs?)\b)"
                        r"(?=\s*(?:\+|[-\u2013]|to\b|,|;|min(?:ute)?s?\b|(?:or|and) (?:slower|more|over|up)\b|$))")


def _bare_as_clocks(text: str) -> tuple[str, list[int]]:
    """``text`` with each band edge said as a whole number written as a clock time ("20" → "20:00", of the notation the
    clock times beside it use: "3" among "2:30-2:59" is 3:00, three hours), and where each character came from in
    ``text``; ``text`` itself unless two clock times or more are said, or a band from a whole number to one ("under 9,
    9-10:59, 11+")."""
    if not (len(rx.findall(rf"(?<![\d:]){_CLOCK}(?![\d:])", text)) >= 2 or rx.search(
            rf"\b(?:under|below|sub)[- ]?\d{{1,2}}\b(?!:)[^?]*(?<![\d:])\d{{1,2}}\s*[-\u2013]\s*{_CLOCK}", text)):
        return text, list(range(len(text)))
    said, origin, at = [], [], 0
    for m in _BARE_EDGE.finditer(text):
        said.append(text[at:m.end()] + ":00")
        origin.extend([*range(at, m.end()), *[m.end() - 1] * 3])
        at = m.end()
    said.append(text[at:])
    origin.extend(range(at, len(text)))
    return "".join(said), origin


def _clock_bands(text: str) -> Banded | None:
    """Finish-time bands asked side by side: "how many under 25:00, how many 25:00 up to 35:00, and how many 35:00
    or slower" → the edges (25:00, 35:00) in seconds, and where they were said; the bands are under the first edge,
    each edge up to the next, and the last edge or slower. A band's last minute said ("3:30-3:59, 4:00-4:29") is up
    to the next edge. Paces ("under 8:00 per mile, 8:00 to 9:59, …": ``pace_said``) are minutes and seconds. None
    unless two or more clock times are each asked of."""
    clocks = list(rx.finditer(rf"(?<![\d:]){_CLOCK}(?![\d:])", text))
    pace = pace_said(text)
    seconds = {m.group(0): float(int(m.group(1)) * 60 + int(m.group(2)) if pace and m.group(3) is None else
                                 _clock_seconds(m, 1)) for m in clocks}
    # "3:30-3:59, 4:00-4:29": 3:59 is the band's last minute, up to 4:00 (a pace's 9:59, its last second, up to 10:00)
    step = {m.group(0): 60 if not pace and m.group(3) is None and int(m.group(1)) < 10 else 1 for m in clocks}
    for said, value in list(seconds.items()):
        if value + step[said] in seconds.values():
            seconds[said] = value + step[said]
    edges = tuple(sorted(set(seconds.values())))
    # (three edges or more, each band said: "how many averaged under 5:00 per km, 5:00-5:59, 6:00-6:59, and 7:00 or
    # slower" lists the bands it asks for)
    unit = r"(?:\s*(?:per|a|/)\s*(?:km|kilomet(?:er|re)|mile|mi))?"
    below = rx.search(rf"\b(?:under|below|faster than|less than|sub)[- ]?{_CLOCK}", text)
    above = rx.search(rf"{_CLOCK}{unit}\s*(?:(?:or|and) (?:slower|more|over|above|longer)\b|\+)|\b(?:over|slower than|more than){_CLOCK}", text)
    # (both ends said: "how many ran under 9:00 per mile, 9:00-10:59, and 11:00 or slower" lists its bands)
    asked = len(rx.findall(r"\bhow many\b", text)) >= 2 or len(edges) >= 3 or below and above or rx.search(
        r"\b(?:bands?|buckets?|brackets?|bins?|spread|breakdown|break (?:it |them )?down|split)\b", text)
    open_ended = below or above
    if len(edges) < 2 or not asked or not open_ended:
        return None
    # every band between two edges said as such ("25:00 up to 35:00"): "under 25:00 and over 35:00" asks no band
    # between them, and none is made up
    def between(low: float, high: float) -> bool:
        return any(rx.search(rf"(?<![\d:]){re.escape(a)}\s*(?:up to|to(?: under)?|through|[-\u2013]|and)\s*{re.escape(b)}(?![\d:])",
                             text) for a, x in seconds.items() if x == low for b, y in seconds.items() if y == high)
    if not all(between(low, high) for low, high in zip(edges, edges[1:])):
        return None
    band = rf"(?:\b(?:under|below|faster than|less than|between|from|over|slower than|more than)\s*)?(?<![\d:]){_CLOCK}" \
           rf"(?:\s*\+)?(?:\s*min(?:ute)?s?\b)?{unit}" \
           rf"(?:\s*(?:or|and) (?:slower|more|over|above|longer)\b|\s*(?:up to|to(?: under)?|through|[-\u2013]|and)(?=\s*\d))?"
    words = rf"{band}|\bhow many\b|\b(?:bands?|buckets?|brackets?|bins?|spread|breakdown|break(?:ing)? (?:it |them )?down|distribution|" \
            r"split)\b(?:(?: \w+){0,2} into\b)?|\binto (?:(?:finish[- ]?)?time )?(?:bands|buckets|brackets|bins|groups)\b|" \
            r"\b(?:in|for) each (?:band|bucket|bracket|bin|group)\b"
    return edges, (), [m.span() for m in rx.finditer(words, text)]


_BAND_WIDTH = re.compile(
    r"\b(?:(?:fell|fall|falls|landed|land|lands) )?(?:(?:in|into|by|per|for) (?:each |every )?|each |every )?(?:an? )?(?P<n>\d{1,2}|one|two|five|ten|twenty)[- ]"
    r"(?P<unit>minute|min|second|sec)s?[- ](?:wide[- ])?(?:(?:(?:finish|chip|gun)[- ]?)?time[- ]|pace[- ](?:per[- ](?:mile|km)[- ])?)?"
    r"(?:bands?|buckets?|bins?|brackets?|increments?|intervals?|blocks?)\b(?:[- ](?:of )?(?:finish time|chip time|pace))?")
# "(e.g. 8:00-8:59, 9:00-9:59)": examples of the bands, said again
_BANDS_SHOWN = re.compile(r"\(\s*(?:e\.?g\.?,?|like|such as|i\.?e\.?,?|for example,?)[^()]*\d:\d\d[^()]*\)|"
                          # "label each bin by its lower edge in seconds", "(bucket start in seconds)": how bands are named
                          r"\b(?:label(?:led)?|identify|name|key)(?: each| the)? (?:bins?|buckets?|bands?) by (?:its|their|the) "
                          r"(?:lower|low|start(?:ing)?) (?:edges?|bounds?|values?|points?|seconds?)(?: in seconds)?|"
                          r"\(\s*(?:bins?|buckets?|bands?) (?:start|lower edge|low end)s?(?: in seconds)?(?: per (?:mile|km))?\s*\)|"
                          # "and count each band": what bands give
                          r"\b(?:count(?:ed)? )?(?:each|every|per) (?:bins?|buckets?|bands?)\b|"
                          # "a histogram of", "the distribution of": what bands give
                          r"\b(?:an? |the )?(?:histogram|distribution|spread) of\b")


def find_band_width(text: str) -> tuple[float, list[tuple[int, int]]] | None:
    """Bands of one width the data fills ("in each 1-minute pace-per-mile band", "5-minute finish-time buckets"): the
    width in seconds (of a pace when one is said: ``pace_said``), and where it was said with any examples of the bands;
    None when no width is said."""
    if not (m := _BAND_WIDTH.search(text)):
        return None
    width = number(m.group("n")) * (60 if m.group("unit").startswith("min") else 1)
    return (float(width), [m.span(), *(shown.span() for shown in _BANDS_SHOWN.finditer(text))]) if width else None


def pace_said(text: str) -> str | None:
    """The unit of a pace said beside clock times ("under 5:00 per km", "8:00 to 9:59 min/mile", "pace per mile"):
    "km" or "mile", None when no pace is said."""
    if not rx.search(r"\bpaces?\b|\bper (?:mile|km|kilomet(?:er|re))\b|/ ?(?:mi|mile|km)\b|\bmin(?:ute)?s? (?:a|per) (?:mile|km)\b|"
                     r"\b(?:minute|min) (?:miles?|kms?)\b", text):
        return None
    return "mile" if rx.search(r"\bmiles?\b|/ ?mi\b", text) else "km"


def band_names(edges: tuple[float, ...], pace: str | None = None) -> list[str]:
    """The bands ``edges`` (seconds; of a pace, seconds per ``pace``, "km" or "mile") make, in words: "under 25
    minutes", "25 minutes to 35 minutes", "35 minutes or slower"; "under 8:00 per mile", …"""
    said = [f"{int(edge) // 60}:{int(edge) % 60:02d} per {pace}" for edge in edges] if pace else \
        [duration_words(edge) for edge in edges]
    return [f"under {said[0]}", *(f"{low} to {high}" for low, high in zip(said, said[1:])), f"{said[-1]} or slower"]


_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SAID_NUMBER = (rf"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:{_ONES}))?|"
                rf"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_ONES}|an?)")
_HOURS, _MINUTES, _SECONDS = r"(?:hours?|hrs?)", r"(?:minutes?|mins?)", r"(?:seconds?|secs?)"
# each duration said in words, its parts named (the biggest first): "an hour and forty minutes", "a minute and a half",
# "twenty-two and a half minutes", "half an hour", "twenty five minutes"
_DURATION_SAID = rx.compiled(
    rf"\b(?:(?P<h>{_SAID_NUMBER}) {_HOURS}(?:,? and|,)? (?P<hm>{_SAID_NUMBER}) {_MINUTES}|"
    rf"(?P<m>{_SAID_NUMBER}) {_MINUTES}(?:,? and|,)? (?P<ms>{_SAID_NUMBER}) {_SECONDS}|"
    rf"(?P<nh>{_SAID_NUMBER}) and a half {_HOURS}|(?P<nm>{_SAID_NUMBER}) and a half {_MINUTES}|"
    rf"(?:an|one) (?P<ah>hour) and a half|(?:a|one) (?P<am>minute) and a half|(?P<half>half an hour)|"
    rf"(?P<n>{_SAID_NUMBER}) (?P<unit>{_HOURS}|{_MINUTES}|{_SECONDS}))\b", re.IGNORECASE)


def _said_value(said: str) -> float:
    """ "twenty-five" → 25, "an" → 1, "7.5" → 7.5 (text2num reads the words)."""
    if said[0].isdigit():
        return float(said)
    return 1.0 if said.lower() in ("a", "an") else float(text2num(said.lower().replace("-", " "), "en"))


def durations_in_digits(question: str) -> str:
    """``question`` with each duration said in words written in digits, as the time filters read them: "under an
    hour and forty minutes" → "under 1:40:00", "within a minute and a half" → "within 90 seconds", "twenty-two and a
    half minutes" → "1350 seconds", "twenty five minutes" → "25 minutes". A duration already in digits ("25 minutes")
    and one amount in a word ("an hour", "two hours") are kept as said."""
    def written(said: re.Match) -> str:
        parts = {name: value for name, value in said.groupdict().items() if value}
        if all(value[0].isdigit() for name, value in parts.items() if name in ("h", "hm", "m", "ms")) and \
                not {"n", "nh", "nm", "ah", "am", "half"} & parts.keys():
            return said.group(0)   # ("2 hours and 5 minutes": digits, read as they are)
        if "n" in parts:
            if not rx.search(r"[a-z]{3}", parts["n"], re.IGNORECASE) or parts["n"].lower() in _ONES.split("|") + ["ten"]:
                return said.group(0)   # ("25 minutes", "an hour", "two hours": read as they are)
            return f"{_said_value(parts['n']):g} {parts['unit']}"
        seconds = (3600 * _said_value(parts["h"]) + 60 * _said_value(parts["hm"]) if "h" in parts else
                   60 * _said_value(parts["m"]) + _said_value(parts["ms"]) if "m" in parts else
                   3600 * (_said_value(parts["nh"]) + 0.5) if "nh" in parts else
                   60 * (_said_value(parts["nm"]) + 0.5) if "nm" in parts else
                   5400 if "ah" in parts else 90 if "am" in parts else 1800)
        if seconds >= 3600:
            return f"{int(seconds // 3600)}:{int(seconds % 3600 // 60):02d}:{int(seconds % 60):02d}"
        if rx.match(r"\s*(?:per|a|/)\s*(?:mile|mi|km|kilomet)|[- ]?(?:mile |km )?pace", question[said.end():], re.IGNORECASE):
            return f"{int(seconds // 60)}:{int(seconds % 60):02d}"   # ("eight and a half minutes per mile": a pace)
        return f"{seconds / 60:g} minutes" if seconds % 60 == 0 else f"{seconds:g} seconds"
    return _DURATION_SAID.sub(written, question)


def duration_words(seconds: float) -> str:
    """ "3 hours", "25 minutes", "1:45:00", "24:30": a time limit as people say it."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours and not minutes and not secs:
        return f"{hours} hour{'s' * (hours != 1)}"
    if not hours and not secs:
        return f"{minutes} minutes"
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


# ("how many people finished last year's X": a date, no place)
LAST_PLACE = r"\bfinished last\b(?!'?s? (?:year|month|week|weekend|spring|summer|fall|autumn|winter|season|edition|time|" \
             rf"thanksgiving|(?:the )?(?:4th|fourth) of july|{_MONTH_NAME})\b)|" \
             r"\bcame (?:in )?last\b|\blast place\b|\b(?:dead|very|absolute) last\b|\blast (?:(?:5k|10k|half(?: marathon)?|marathon|mile|1 mile|half-marathon) )?finisher\b|\bslowest (?:finisher|runner|person)\b|" \
             r"\bbottom (?:\d+|three|five|ten)\b(?!\s+(?:[\w']+\s+){0,4}?(?:editions?|years?|events?|races?|states?|cities|age groups?|months?)\b)|(?<![\d'])\b(?:\d{1,3}|" + COUNT_WORDS + r") slowest\b|" \
             r"\bslowest (?:\d+|" + COUNT_WORDS + r")\b(?! (?:years?|editions?)\b)|" \
             r"\b(?:the )?last (?:woman|man|female|male|runner|person|one|finisher) (?:to finish|across the line|home)\b|" \
             r"\blast (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:finishers|runners|people|women|" \
             r"men|(?:to finish|across the line|home))\b"   # "the last 3 finishers"


_FIRST_PLACES = re.compile(
    r"\b(?:winners?|first|1st)(?: place)?(?:,|,? and|,? &)\s*(?:the )?(?:runners?[- ]up|second|2nd)(?: place)?"
    r"(?P<third>(?:,|,? and|,? &)\s*(?:the )?(?:third|3rd)(?: place)?)?\b")


def find_first_places(text: str) -> int | None:
    """ "the winner and the runner-up", "first, second and third": the first N places, listed together (N = 2 or
    3); None when the question lists no such places."""
    if not (m := _FIRST_PLACES.search(text)):
        return None
    return 3 if m.group("third") else 2


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}


def find_bib(text: str) -> tuple[str, tuple[int, int]] | None:
    """The bib number a question names ("who was bib 110", "bib #2045's time") and where: a finish-line lookup."""
    # ("found a bib from Buffalo 2023 — number 470": its number said after)
    # ("his bib was 24": said as what it was)
    if m := rx.search(r"\bbib(?: number| no\.?| num)?(?: (?:was|is|had been))?\s*#?\s*(\d+)\b|#(\d+)\b(?=[^?]*\bbib\b)|"
                      r"(?<=\bbib\b)[^?]{0,90}?(?P<said>\b(?:number|no\.?|#)\s*#?\s*(\d+)\b)(?! ?(?:k|km|mi|miles?|finishers|"
                      r"runners)\b)", text):
        return m.group(1) or m.group(2) or m.group(4), m.span("said") if m.group("said") else m.span()
    return None


def find_place(text: str) -> int | None:
    """The one place a question asks who took: "who was 3rd overall", "2nd woman", "the first masters woman"."""
    if overall := rx.search(r"\b(?:(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth))[- ](?:place[- ])?overall\b", text):
        return int(overall.group(1)) if overall.group(1) else _ORDINALS[overall.group(2)]   # "a woman ever 1st overall"
    # ("2nd man at the pittsburgh solstice 10k 2024?", "third woman tacoma half 2025": the place asked, no verb)
    if terse := rx.match(r"\W*(?:the )?(?:(\d{1,3})(?:st|nd|rd|th)|(second|third|fourth|fifth))[- ](?:place[- ])?(?:man|woman|male|"
                         r"female|masters? (?:man|woman|male|female))\b", text):
        return int(terse.group(1)) if terse.group(1) else _ORDINALS[terse.group(2)]
    # (a runner's name, blanked out, may stand between the verb and the place: "was <Christine Miller> second")
    # ("who do we have in 100th": the runner at that place)
    m = rx.search(r"\b(?:who (?:was|finished|came(?: in)?|placed|took|(?:do|did) (?:we|you) have(?: in)?|is in|was in) |the |"
                  r"(?:finished|finish|placed|place|been|was|were|"
                  r"came|come|finishing|placing)\s+(?:in\s+)?)(?:the )?"
                  r"(\d{1,3})(?:st|nd|rd|th)\b(?!(?:(?:,| and|,? &| minus| to) (?:the )?\d{1,2}(?:st|nd|rd|th)?)*[- ]percentiles?\b)"
                  rf"(?! of (?:{_MONTH_NAME})\b)(?! (?:half|quarter|time|year|edition|race|event)s?\b)|"   # ("on the 22nd of June":
                  # a day; "in the 2nd half of 2023": a part of the year)
                  r"\b(?:who (?:was|finished|came(?: in)?|placed|took) |the |(?:placed|place|been|was|were|came|come|finished|finish|"
                  r"finishing|placing)\s+(?:in\s+)?)(first|second|"
                  r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?![- ]ever\b| (?:time|year|edition|race|event|half|quarter)s?\b)"
                  r"(?![- ]tim(?:e|ers?)\b)(?!\s{3,})"
                  # ("the first runner from Connecticut": the fastest of them, not the overall winner if from there)
                  r"(?!(?<=first) (?:" + _AGE_BEFORE + r")?(?:runner|finisher|local|athlete)\b)"
                  # ("the first 5 finishers": a top 5; "the first 40+ finisher" is an age)
                  r"(?! (?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty)\b(?!\+| and (?:over|up|older)|-and-))|"
                  # "3rd place woman at …", "<the event, blanked out> - 3rd place time in F35-39"
                  r"(?:^|^\s*[-:\u2013\u2014]\s*)(\d{1,3})(?:st|nd|rd|th) place\b|"
                  # "the runner in 2nd place", "how many times has she taken first place in her age group"
                  r"\b(?:in|took|taking|taken|take|takes|got|get|gets|gotten|earned|earn|won|win|wins) (?:the )?"
                  r"(?:(?P<place>\d{1,3})(?:st|nd|rd|th)|(?P<pword>first|second|third|fourth|fifth)) place\b|"
                  # "how many 2nd place age group finishes", "his 3rd-place finishes": results at that place
                  r"\b(?:(?P<finishes>\d{1,3})(?:st|nd|rd|th)|(?P<fword>first|second|third|fourth|fifth))[- ]place "
                  r"(?:(?:age[- ]?group|overall|gender|sex) )?(?:finish(?:es)?|results?|showings?|placings?)\b|"
                  # "first place masters man at …": the place said before who took it
                  r"\b(?P<word>first|second|third|fourth|fifth)[- ]place (?=(?:overall |masters? |grand ?masters? )?(?:man|woman|"
                  r"men|women|finisher|runner|female|male|masters?|time|pace)\b)|"   # ("third place overall time": its time)
                  # "the top masters woman": the first of those ages (never the overall winner, if she is younger)
                  r"\btop (?P<top>(?:grand ?)?masters?) (?:woman|man|female|male|runner|finisher)\b", text)
    if m and rx.search(r"\bpercentiles?\b[^.?]{0,25}$", text[:m.start()]):
        m = None   # ("the 75th percentile minus the 25th": a percentile said short, no place)
    if not m:
        return 2 if rx.search(r"\brunners?[- ]up\b|\bsecond[- ]placed?\b", text) else None   # "the runner-up"
    if m.group(3):
        return int(m.group(3))
    if m.group("top"):
        return 1
    if m.group("place") or m.group("finishes"):
        return int(m.group("place") or m.group("finishes"))
    if m.group("fword") or m.group("pword"):
        return _ORDINALS[m.group("fword") or m.group("pword")]
    if m.group("word"):
        return _ORDINALS[m.group("word")]
    return int(m.group(1)) if m.group(1) else _ORDINALS[m.group(2)]


# "who was the top finisher from Hartford": the fastest one
# ("the first finisher over 60": the fastest of them; "the first runner to finish all five" is no ranking)
# an age said before who it is of: "the first 40+ finisher", "the first 60-and-over runner"
# (an event's name, blanked out, between: "the first <San Jose 5K> finisher" is its fastest)
_AGE_BEFORE = r"(?:\d{1,2}\+|\d{1,2}(?: and|-and-| &) ?(?:over|up|older)) "
TOP_FINISHER = r"\btop (?:finisher|runner|placer|performer|local|athlete)\b(?!s)|" \
               rf"\bfirst +(?:{_AGE_BEFORE})?(?:finisher|runner|local|athlete)\b(?!s)(?! (?:to|who|that|ever|time|event|race|edition)\b)"


def find_limit(text: str) -> int | None:
    """How many rows a "top N" / "first N" / "N fastest" question wants; 1 for "winner" / "fastest"."""
    # "fastest 3" before "3 fastest", whose number is never a year ("2024 fastest 3 women")
    if m := (rx.search(r"\b(?:top|first|best|fastest|quickest|slowest|bottom|last) (\d+|one|two|three|five|ten|twenty|fifty|"
                       r"hundred)\b(?![ -](?:years?|months?|editions?|seasons?|times?|miles?|mi|k|km)\b)(?!k\b)"
                       # ("the fastest 60-and-over finisher", "fastest 40+ woman": an age, not a count)
                       r"(?![- ](?:and|&)[- ](?:over|up|older)\b|\+|[- ]plus\b| or (?:over|older)\b|[- ]?-[- ]?\d|[- ]years?[- ]old)",
                       text)
             # "the best ten times", "top 3 times": that many finish times (never "the first 3 times she ran it")
             or rx.search(r"\b(?:top|best|fastest|quickest|slowest) (\d{1,3}|" + COUNT_WORDS + r")(?=[ -](?:finish(?:ing)? |chip |"
                          r"gun )?times\b)", text)
             or rx.search(r"(?<![\d'])\b(\d{1,3}|" + COUNT_WORDS + r") (?:fastest|quickest|best|slowest|oldest|"
                          r"youngest)\b", text)
             or rx.search(r"\b(?:oldest|youngest) (\d{1,3}|" + COUNT_WORDS + r")\b", text)
             # ("the 5 lowest total chip times": a sum of times, ranked)
             or rx.search(r"(?<![\d'])\b(\d{1,3}|" + COUNT_WORDS + r") lowest (?:total |combined |summed )(?:finish(?:ing)? |chip |"
                          r"gun )?times\b", text)
             # "the 3 most common home states"
             or rx.search(r"\b(\d{1,3}|three|five|ten) most (?:common|popular|frequent)\b", text)
             # "which 3 age groups had the most finishers"
             or rx.search(r"\b(?:which|what) (\d{1,2}|three|five|ten)(?= [a-z])(?! (?:years?|months?|weeks?|days?|times?|miles?|"
                          r"mi|k|km|hours?|hrs?|minutes?|mins?|seconds?|secs?|editions?|seasons?)\b)", text)):
        return number(m.group(1))
    if rx.search(r"\bpodiums?\b", text):  # the first three
        return 3
    if rx.search(r"\b(?:which|what) (?:runner|person|athlete)\b|\bwho(?: has| had| have|'s|\u2019s)(?= )[^?]*\bthe most\b", text):
        return 1      # "which runner has finished the most …": one (ties kept)
    if rx.search(r"\bwin(?:s|ning|ners?)?\b|\bwon\b|\bcourse record\b|" + LAST_PLACE, text):
        return 1
    if rx.search(TOP_FINISHER, text):
        return 1
    # "the fastest woman", "fastest 5K by a woman over 50", "her best 10K": one; "fastest times": a list
    # ("who ran the fastest Tacoma half each year": an event's name, blanked, after it)
    if m := rx.search(r"\b(?:the )?(?:fastest|quickest|best)(?! first\b| to\b)((?:\s+[\w']+){1,4})", text):
        # "women's" is a possessive ("the fastest women's half"), not the plural "women"
        plural = rx.search(r"\b(?:men|women|runners|finishers|times|people|athletes|girls|boys)\b(?!')", m.group(1))
        return None if plural else 1
    return None


def find_status(text: str) -> str | None:
    """Which finishing status the question is about; "finished"/"finishers" is FIN."""
    return _first(text, _STATUSES)


HUGE = 10**9   # beyond any count, place, age or time the archive holds: a longer number is read as this


def number(word: str) -> int:
    """A count said in digits or words ("3", "three"); at most HUGE (a 400-digit number is no overflow)."""
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    value = int(word) if word.isdigit() else float(word)
    return int(min(value, HUGE))
