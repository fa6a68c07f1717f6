"""The context words the geo stage reads, from every registered language.

The gazetteer holds place names of every language kroniek reads, and news in one language
quotes names and titles of another ("Kiev Oblast", "Mr. Jordan" in a Dutch article); so the
recognizer and the resolver use the words of all registered languages together, each language
providing its own in ``lang/<code>/data/geo_*``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..lang import Language, get_language, language_codes
from ..lang.patterns import alternation


@dataclass(frozen=True)
class ContextWords:
    org_heads: frozenset[str]  # "<head> of/van <place>" is an organization
    sited_heads: frozenset[str]  # of those, the heads of bodies sited in the place ("University of Utah")
    org_links: frozenset[str]  # the "of"/"van" between such a head and the place
    articles: frozenset[str]  # definite articles ("the", "de", "het"), which may stand after of/van
    facility_heads: frozenset[str]  # after a town's name: a facility of the town ("town hall", "airport")
    body_heads: frozenset[str]  # in an organization's name after its town: a body of the town ("police", "court")
    named_after_heads: frozenset[str]  # after a name: a street or station named after it ("Trafalgar Square")
    resident_heads: frozenset[str]  # after a name: the people who live there ("Kamsar residents")
    place_suffixes: frozenset[str]  # after a name and a hyphen: the name is a place ("an Osh-based group")
    compass: frozenset[str]  # may stand before a place without making it another name
    admin_after: frozenset[str]  # after a place: its administrative kind ("Oblast")
    titles: frozenset[str]  # a name right after one is a person's
    name_kinds: frozenset[str]  # a name right after one is a title, vessel, firm or building ("the newspaper El Sur")
    name_kind_endings: tuple[str, ...]  # the one-word kinds of five letters or more, which end compounds of them
    actor_verbs: frozenset[str]  # a city right before one is an actor
    list_prepositions: frozenset[str]  # govern a list of names after them
    list_glue: frozenset[str]  # may stand between the names of such a list
    land_adjectives: frozenset[str]  # look like a genitive of a country ("Nederlands")
    compass_parts: Mapping[str, str]  # compound prefix ("Oost") -> English name of the part ("Eastern")
    compass_compound: re.Pattern[str]  # "Oost-Oekraïne": (prefix, name)
    region_cue: re.Pattern[str]  # before a name: asks for the region
    city_cue: re.Pattern[str]  # before a name: asks for the city
    locality_cue: re.Pattern[str]  # before a name: a part of a town or a hamlet ("de wijk"), never a region
    district_endings: tuple[str, ...]  # end a one-word name of a part of a town ("Zuiderzeewijk", "Transvaalbuurt")
    place_preposition: re.Pattern[str]  # right before a name: a place is likely
    region_after: re.Pattern[str]  # right after a name: asks for the region
    region_suffix: re.Pattern[str]  # ending a mention: asks for the region
    coordination: re.Pattern[str]  # the whole gap between two names of one list (", ", " en ", " and ")
    distance: re.Pattern[str]  # between an anchor place and a mention: "80 kilometer ten zuiden van"; group 1 the number
    count_before: re.Pattern[str]  # right before a name: a count ("31 Polen", "drie Zweden": people, not the country)


@functools.lru_cache(maxsize=8)
def _build(languages: tuple[Language, ...]) -> ContextWords:
    def union(name: str) -> frozenset[str]:
        return frozenset().union(*(lang.words(name) for lang in languages))

    parts: dict[str, str] = {}
    for lang in languages:
        parts.update(lang.mapping("geo_compass_prefixes"))
    links = alternation(union("geo_cue_links"))
    articles = "|".join(rf"{re.escape(a)}\s+" for a in sorted(union("definite_articles")))
    suffixes = alternation(union("geo_region_suffixes"))
    distance = [lang.json("geo_distance_words") for lang in languages]

    def listed(key: str) -> str:
        return alternation(frozenset(w for d in distance for w in d[key]))

    conjunctions = alternation(union("geo_list_conjunctions"))
    fillers = listed("fillers")
    distance_pattern = (rf"^\s*,?\s*(?:(?:{listed('approximators')})\s+)?(\d+(?:[.,]\d+)?)\s*(?:{listed('units')})\s+"
                        + (rf"(?:(?:{fillers})\s+)?" if fillers else "") + rf"(?:\w+\s+){{0,2}}(?:{listed('links')})\s*$")
    counts = frozenset(w for lang in languages for w, v in lang.mapping("number_words").items() if v.isdigit() and int(v) >= 2)
    # A pattern that never matches stands in for an empty word list.
    compound = rf"^({alternation(frozenset(parts))})-(.+)$" if parts else r"(?!x)x"
    return ContextWords(
        org_heads=union("geo_org_heads"),
        sited_heads=union("geo_sited_heads"),
        org_links=union("geo_org_links"),
        articles=union("definite_articles"),
        facility_heads=union("geo_facility_heads"),
        body_heads=union("geo_body_heads"),
        named_after_heads=union("geo_named_after_heads"),
        resident_heads=union("geo_resident_heads"),
        place_suffixes=union("geo_place_suffixes"),
        compass=union("geo_compass_words"),
        admin_after=union("geo_admin_words"),
        titles=union("titles"),  # not the role nouns: "Inwoners van Zwolle" are people of a place
        name_kinds=union("geo_name_kinds"),
        name_kind_endings=tuple(sorted(k for k in union("geo_name_kinds") if " " not in k and len(k) >= 5)),
        actor_verbs=union("geo_actor_verbs"),
        list_prepositions=union("geo_list_prepositions"),
        list_glue=union("geo_list_glue"),
        land_adjectives=union("geo_land_adjectives"),
        compass_parts=parts,
        compass_compound=re.compile(compound),
        region_cue=re.compile(rf"(?:{alternation(union('geo_region_cues'))})(?:\s+(?:{links}))?\s*$",
                              re.IGNORECASE),
        city_cue=re.compile(rf"(?:{alternation(union('geo_city_cues'))})(?:\s+(?:{links}))?\s*$", re.IGNORECASE),
        locality_cue=re.compile(rf"(?:^|\W)(?:{alternation(union('geo_locality_cues'))})(?:\s+(?:{links}))?\s*$",
                                re.IGNORECASE),
        district_endings=tuple(sorted(union("geo_district_endings"))),
        place_preposition=re.compile(
            rf"(?:^|\s)(?:{alternation(union('geo_place_prepositions'))})\s+(?:{articles})?$", re.IGNORECASE),
        region_after=re.compile(rf"^\s*(?:{suffixes})\b", re.IGNORECASE),
        region_suffix=re.compile(rf"\s(?:{suffixes})$", re.IGNORECASE),
        coordination=re.compile(rf"^\s*(?:,|{conjunctions}|&|,\s*(?:{conjunctions}))\s*$", re.IGNORECASE),
        distance=re.compile(distance_pattern, re.IGNORECASE),
        # a count of two or more (not a year: "In 2024 Poland hosted ...")
        count_before=re.compile(rf"(?:^|\s)(?:\d{{1,3}}(?:[.,]\d{{3}})*|{alternation(counts)})\s+$", re.IGNORECASE),
    )


def context_words() -> ContextWords:
    """The geo context words of every registered language (built once per set of languages)."""
    return _build(tuple(get_language(code) for code in language_codes()))
