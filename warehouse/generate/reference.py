"""The fixed facts the generator draws from: the 13 timing companies, their cities, race kinds and series.

Production counts are those of the original Project88 platform; everything else here is chosen to look
like US road racing (real cities, events held on the same weekend every year, the usual race distances).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PRODUCTION_COUNTS = {
    "timing_partners": 13,
    "events": 12_882,
    "races": 16_931,
    "participants": 1_765_021,
    "results": 8_151_553,
}
YEARS = range(2015, 2026)
MIN_EVENT_SIZE, MAX_EVENT_SIZE = 50, 30_000


@dataclass(frozen=True)
class Company:
    name: str
    slug: str
    city: str
    state: str
    cities: tuple[tuple[str, str], ...]  # where its events and runners are
    weight: float                        # share of all events


COMPANIES: tuple[Company, ...] = (
    Company("Big River Race Management", "big-river", "Hartford", "CT", (
        ("Hartford", "CT"), ("New Haven", "CT"), ("Mystic", "CT"), ("Stamford", "CT"), ("Springfield", "MA"),
        ("Worcester", "MA"), ("Providence", "RI"), ("Newport", "RI"), ("Northampton", "MA")), 1.6),
    Company("Granite State Timing", "granite-state", "Manchester", "NH", (
        ("Manchester", "NH"), ("Concord", "NH"), ("Portsmouth", "NH"), ("Nashua", "NH"), ("Portland", "ME"),
        ("Burlington", "VT"), ("Lowell", "MA")), 0.9),
    Company("Lone Star Race Timing", "lone-star", "Austin", "TX", (
        ("Austin", "TX"), ("San Antonio", "TX"), ("Houston", "TX"), ("Dallas", "TX"), ("Fort Worth", "TX"),
        ("El Paso", "TX"), ("Waco", "TX"), ("Galveston", "TX")), 1.5),
    Company("Peachtree Endurance Timing", "peachtree", "Atlanta", "GA", (
        ("Atlanta", "GA"), ("Savannah", "GA"), ("Athens", "GA"), ("Chattanooga", "TN"), ("Greenville", "SC"),
        ("Charleston", "SC"), ("Birmingham", "AL")), 1.2),
    Company("Rocky Mountain Chip Timing", "rocky-mountain", "Denver", "CO", (
        ("Denver", "CO"), ("Boulder", "CO"), ("Colorado Springs", "CO"), ("Fort Collins", "CO"),
        ("Salt Lake City", "UT"), ("Park City", "UT"), ("Cheyenne", "WY")), 1.0),
    Company("Golden Gate Race Services", "golden-gate", "San Francisco", "CA", (
        ("San Francisco", "CA"), ("Oakland", "CA"), ("San Jose", "CA"), ("Sacramento", "CA"),
        ("Santa Cruz", "CA"), ("Napa", "CA"), ("Berkeley", "CA")), 1.3),
    Company("Lakeshore Timing Co.", "lakeshore", "Chicago", "IL", (
        ("Chicago", "IL"), ("Evanston", "IL"), ("Naperville", "IL"), ("Milwaukee", "WI"), ("Madison", "WI"),
        ("Indianapolis", "IN"), ("Grand Rapids", "MI")), 1.4),
    Company("Cascade Race Timing", "cascade", "Portland", "OR", (
        ("Portland", "OR"), ("Eugene", "OR"), ("Bend", "OR"), ("Seattle", "WA"), ("Tacoma", "WA"),
        ("Spokane", "WA"), ("Boise", "ID")), 0.9),
    Company("Sunshine Sports Timing", "sunshine", "Orlando", "FL", (
        ("Orlando", "FL"), ("Tampa", "FL"), ("Miami", "FL"), ("Jacksonville", "FL"), ("St. Petersburg", "FL"),
        ("Sarasota", "FL"), ("Tallahassee", "FL")), 1.1),
    Company("Keystone Race Results", "keystone", "Pittsburgh", "PA", (
        ("Pittsburgh", "PA"), ("Philadelphia", "PA"), ("Harrisburg", "PA"), ("Erie", "PA"), ("Lancaster", "PA"),
        ("Wilmington", "DE"), ("Cleveland", "OH")), 1.0),
    Company("Bluegrass Timing Systems", "bluegrass", "Louisville", "KY", (
        ("Louisville", "KY"), ("Lexington", "KY"), ("Bowling Green", "KY"), ("Cincinnati", "OH"),
        ("Nashville", "TN"), ("Knoxville", "TN")), 0.6),
    Company("Desert Sun Timing", "desert-sun", "Phoenix", "AZ", (
        ("Phoenix", "AZ"), ("Tucson", "AZ"), ("Scottsdale", "AZ"), ("Flagstaff", "AZ"), ("Las Vegas", "NV"),
        ("Albuquerque", "NM"), ("Santa Fe", "NM")), 0.8),
    Company("Empire Endurance Timing", "empire", "Albany", "NY", (
        ("Albany", "NY"), ("Buffalo", "NY"), ("Rochester", "NY"), ("Syracuse", "NY"), ("Saratoga Springs", "NY"),
        ("Lake Placid", "NY"), ("Ithaca", "NY")), 0.7),
)

# Race names and distances are a contract with the question layer's glossary.
RACE_KM = {"Marathon": 42.195, "Half Marathon": 21.0975, "10K": 10.0, "5K": 5.0, "1 Mile": 1.609, "50K": 50.0}


@dataclass(frozen=True)
class Series:
    """A kind of event a company holds every year: its name pattern, month, races and relative size."""

    pattern: str
    month: int
    day: int                           # roughly; moved to the nearest weekend day
    races: tuple[tuple[str, float], ...]  # (race name, probability the event has it); the first is the main one
    size: float                        # typical field relative to others
    weight: float                      # how common the series is


SERIES: tuple[Series, ...] = (
    Series("{city} Marathon", 10, 15, (("Marathon", 1.0), ("Half Marathon", 0.6), ("5K", 0.4)), 6.0, 0.6),
    Series("{city} Spring Marathon", 4, 20, (("Marathon", 1.0), ("Half Marathon", 0.7)), 4.0, 0.3),
    Series("{city} Half Marathon", 5, 10, (("Half Marathon", 1.0), ("10K", 0.3), ("5K", 0.3)), 2.5, 1.0),
    Series("{city} Fall Half Marathon", 9, 25, (("Half Marathon", 1.0), ("5K", 0.3)), 2.0, 0.6),
    Series("{city} Turkey Trot", 11, 26, (("5K", 1.0), ("1 Mile", 0.4), ("10K", 0.2)), 2.5, 1.2),
    Series("{city} Firecracker 5K", 7, 4, (("5K", 1.0), ("1 Mile", 0.2)), 1.0, 0.9),
    Series("{city} Jingle Bell Run", 12, 12, (("5K", 1.0),), 0.8, 0.8),
    Series("{city} Shamrock 5K", 3, 15, (("5K", 1.0), ("1 Mile", 0.2)), 1.0, 0.8),
    Series("{city} Labor Day 10K", 9, 5, (("10K", 1.0), ("5K", 0.4)), 1.0, 0.7),
    Series("{city} Summer Solstice 10K", 6, 20, (("10K", 1.0), ("5K", 0.3)), 0.9, 0.6),
    Series("{city} Memorial Day 5K", 5, 27, (("5K", 1.0),), 0.7, 0.8),
    Series("{city} Run for the Schools", 4, 28, (("5K", 1.0), ("1 Mile", 0.5)), 0.6, 1.0),
    Series("{city} Trail 50K", 8, 15, (("50K", 1.0), ("Half Marathon", 0.5)), 0.5, 0.3),
    Series("{city} Harvest 10K", 10, 20, (("10K", 1.0), ("5K", 0.5)), 0.8, 0.7),
    Series("{city} Mother's Day 5K", 5, 11, (("5K", 1.0),), 0.7, 0.6),
)

AGE_BANDS = ((1, 19), (20, 24), (25, 29), (30, 34), (35, 39), (40, 44), (45, 49), (50, 54), (55, 59), (60, 64),
             (65, 69), (70, 74), (75, 79), (80, 99))


_UNIT_KM = {"k": 1.0, "km": 1.0, "mi": 1.609344, "mile": 1.609344, "miles": 1.609344}


def race_distance(name: str) -> float | None:
    """Kilometres from a race's name: the glossary's names ("Half Marathon") or "10 K", "26.2 Miles", "5km"."""
    known = {key.lower(): km for key, km in RACE_KM.items()} | {"mile": RACE_KM["1 Mile"],
                                                                "half": RACE_KM["Half Marathon"]}
    if name.strip().lower() in known:
        return known[name.strip().lower()]
    if m := re.search(r"(\d+(?:\.\d+)?)\s*(km|k|miles?|mi)\b", name.lower()):
        return round(float(m.group(1)) * _UNIT_KM[m.group(2)], 4)
    return None


def age_group(sex: str, age: int | None) -> str | None:
    """The glossary's 5-year band for a sex and an age, e.g. "F35-39"."""
    if age is None:
        return None
    low, high = next(((lo, hi) for lo, hi in AGE_BANDS if lo <= age <= hi), AGE_BANDS[-1])
    return f"{sex}{low:02d}-{high:02d}"
