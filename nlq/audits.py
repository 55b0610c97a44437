"""Checks of the results themselves, as a results auditor asks them: "any bib used more than once in the same race?",
"is any runner entered twice in one race?", "any overall places given to more than one finisher?", "how many finishers
share the exact same chip time?", "results whose age group does not match the age", "finishers with no chip time or no
place". Each is counted (how many bibs, pairs, places, results) or listed when asked "which"; the results asked (event,
year, race) are the ones checked.

``find_audit`` reads the check (pure); ``nlq.constructs_sql.audit_query`` is its SQL over the results kept."""

from __future__ import annotations

from dataclasses import dataclass

from nlq import rx

KINDS = ("duplicate_bibs", "entered_twice", "tied_places", "shared_times", "age_group_mismatch", "missing_data")

_MORE_THAN_ONCE = (r"(?:more than once|twice|two times|multiple times|(?:a )?second time|again|(?:used |given |assigned |issued )?"
                   r"(?:to )?(?:more than one|two|multiple|several) (?:runners|people|finishers|entries|results))")
_ONE_RACE = r"(?:(?:with)?in (?:the same|one|a single|a|that|each) race|in (?:the|that) race|per race)"
_PATTERNS = (
    # "any bib number used more than once within the same race", "duplicate bibs", "two kids say they had the same bib"
    ("duplicate_bibs", rf"\b(?:duplicated?|duplicates?|repeated|reused|shared) bibs?(?: numbers?)?\b|\bbibs?(?: numbers?)? "
                       rf"(?:\w+ ){{0,3}}?(?:used|appear(?:s|ing)?|assigned|given|issued|listed|showing up|shows? up|that appear)"
                       rf"(?: \w+){{0,2}}? {_MORE_THAN_ONCE}\b|\b(?:had|have|has|with|wore|got) the same bib(?: numbers?)?\b|"
                       r"\bsame bib(?: numbers?)? (?:used )?(?:twice|more than once|for (?:two|more than one))\b"),
    # "is any runner entered twice in the same race", "the same runner twice in one race", "race/runner pairs more than once"
    ("entered_twice", r"(?=[^?]*\b(?:(?:same|one|single|a|that) race|race[/ -](?:runner|participant)|(?:runner|participant)[/ -]race)\b)"
                      r"(?:\b(?:runners?|participants?|people|persons?|athletes?) (?:\w+ ){0,2}?(?:entered|listed|appear(?:s|ing)?|"
                      r"showing up|shows? up|registered|in the results) (?:twice|more than once|two times|multiple times)\b|"
                      r"\bsame (?:runner|participant|person|athlete) (?:\w+ ){0,3}?(?:twice|more than once|two times)\b|"
                      r"\b(?:race[/ -](?:runner|participant)|(?:runner|participant)[/ -]race) pairs?\b[^?]*\bmore than once\b|"
                      r"\bduplicate (?:entries|entrants|results|runners|registrations)\b)"),
    # "any overall places given to more than one finisher", "tied places", "two runners with the same place"
    ("tied_places", r"\b(?:tied|shared|duplicated?|duplicate) (?:overall |gender |age[- ]group )?plac(?:es|ings)\b|"
                    r"\bplaces? (?:\w+ ){0,2}?(?:given|awarded|assigned|shared) (?:to |by |between |among )?(?:more than one|two|multiple|several) "
                    r"(?:finishers?|runners?|people|persons?|results?)\b|\b(?:with|have|had|share|shared|given) the same (?:overall )?place\b|"
                    r"\bties? (?:in|for|on) (?:overall )?place\b"),
    # "how many finishers have exactly the same chip time as at least one other finisher"
    ("shared_times", r"\b(?:exactly |exact )?(?:the )?same (?:chip |gun |finish(?:ing)? )?times? as (?:at least )?(?:one |any |another )?"
                     r"(?:other )?(?:finisher|runner|person|result)s?\b|\b(?:identical|duplicate|duplicated|tied|shared) "
                     r"(?:chip |gun |finish(?:ing)? )?times\b|\b(?:share|shares|shared|sharing|have|had) (?:an? |the |their )?"
                     r"(?:exact |exactly the |identical |same )+(?:chip |gun |finish(?:ing)? )?times?\b"),
    # "an age group that doesn't match the runner's listed age", "age groups that don't fit the age"
    ("age_group_mismatch", r"\bage[- ]?groups? (?:\w+ ){0,2}?(?:(?:does|do|did)(?: not|n't) (?:match|fit|agree with)|(?:mis)?matching|"
                           r"wrong for|inconsistent with|not matching|mismatch(?:es|ed)? with|outside)\b|"
                           r"\bage[- ]?group (?:mismatch(?:es)?|errors?)\b|\bmismatch(?:ed|es)? (?:between )?(?:the )?age(?: and (?:the )?"
                           r"age[- ]?group)?\b|\bwrong age[- ]?groups?\b|\bages? (?:\w+ ){0,2}?(?:does|do)(?: not|n't) match "
                           r"(?:the |their )?age[- ]?groups?\b|\bages?\b[^?]{0,30}?\boutside (?:of )?(?:the |their |its |his |her )?"
                           r"(?:runner'?s'? )?age[- ]?groups?\b"),
    # "marked finished but missing a chip time or an overall place", "FIN with no chip time"
    # (said of finishers anywhere in the question: a missing time is otherwise a DNF's or a no-show's)
    ("missing_data", r"\b(?:missing|without|lacking|lack|with no|no|null|blank|empty) "
                     r"(?:an? |the |their )?(?:recorded |official )?(?:chip times?|gun times?|finish(?:ing)? times?|times?|"
                     r"(?:overall )?places?|placings?)\b"),
)


@dataclass(frozen=True)
class Audit:
    kind: str                        # one of KINDS
    fields: tuple[str, ...] = ()     # missing_data: the columns looked at ("chip_time_s", "gun_time_s", "overall_place")
    listed: bool = False             # which ones, by name, not how many

    def words(self) -> str:
        """The check said back: "bibs used more than once in one race"."""
        return {"duplicate_bibs": "bibs used more than once in one race",
                "entered_twice": "runners entered more than once in one race",
                "tied_places": "overall places given to more than one finisher of a race",
                "shared_times": "finishers with the same chip time as another finisher of their race",
                "age_group_mismatch": "results whose age is outside their age group",
                "missing_data": f"finishers missing {' or '.join(_FIELD_WORDS[f] for f in self.fields)}"}[self.kind]


_FIELD_WORDS = {"chip_time_s": "a chip time", "gun_time_s": "a gun time", "overall_place": "an overall place"}


def find_audit(text: str) -> tuple[Audit, list[tuple[int, int]]] | None:
    """The check of the results ``text`` (lower-cased) asks for, with the spans that say it; None when it asks none."""
    for kind, pattern in _PATTERNS:
        # (a missing time is a finisher's fault only: a DNF or a no-show has none)
        if (m := rx.search(pattern, text)) and (kind != "missing_data" or rx.search(
                r"\b(?:finishers?|finished|fin|marked (?:as )?(?:finished|fin))\b", text) and not rx.search(
                r"\b(?:dnfs?|dns|no[- ]shows?|dqs?|did not (?:finish|start))\b", text)):
            listed = bool(rx.search(r"\b(?:which|list|show|who|name|names)\b", text)) and not rx.search(r"\bhow many\b|\bcount\b", text)
            fields: tuple[str, ...] = ()
            if kind == "missing_data":
                said = [field for field, words in (("chip_time_s", r"\bchip times?\b|\b(?:finish(?:ing)? )?times?\b(?<!gun time)"),
                                                   ("gun_time_s", r"\bgun times?\b"),
                                                   ("overall_place", r"\bplaces?\b|\bplacings?\b"))
                        if rx.search(words, text)]
                fields = tuple(said) or tuple(_FIELD_WORDS)
            spans = [m.span(), *[s.span() for s in rx.finditer(
                r"\b(?:bibs?|numbers?|duplicat\w*|same|twice|more than once|entered|tied|places?|age[- ]?groups?|ages?|match|"
                r"missing|chip|gun|times?|overall|finishers?|pairs?|any|exactly|other|within|race|anywhere|marked|listed|"
                r"given|used|appear|appears|check|flag\w*|mismatch\w*|errors?|fin|no|null|blank|records?|data|results?|"
                r"tie[- ]?breaks?|tie[- ]?breakers?|one|at least|another|"
                # ("our awards software flagged …": who noticed; "(e.g. age 47 in M50-54)": an example of the check)
                r"(?:awards?|results?|timing|scoring) (?:software|system|app|program|tool))\b|"
                r"\((?:e\.g\.?|eg|for example|for instance|such as|like)\s[^)]*\)", text)]]
            return Audit(kind, fields, listed), spans
    return None
