"""Head nouns of parties: people, groups and bodies that can act or speak.

* :func:`names_acting_group`: the agent nouns of ``actors_agents.tsv`` whose ACLED type is a force or a movement
  (state forces, rebels, militias, outside forces, protesters, rioters), not civilians or an open type. The events
  stage asks whether a "van X" / "of X" phrase names who acted ("luchtaanvallen van de Soedanese luchtmacht op
  markten").
* :func:`names_party`: any person or group noun of the language's tables (both agent tables, the person, role,
  organisation, message and people words). The events stage asks whether a threat verb's subject could threaten
  at all ("Teachers threatened to strike") or is a thing at risk ("The talks threaten to collapse").

* :func:`country_of_adjective`: the country a nationality adjective or demonym names (``actors_countries.tsv`` and
  ``actors_phoenix_countries.tsv``): "de Israëlische aanvallen", "Russian shelling" say who attacked.

The actors stage types participants with the same tables (``kroniek.actors.tables``); these are the questions other
stages ask of them.
"""

from __future__ import annotations

from functools import cache

from . import Language

#: ACLED types of actors_agents.tsv that are no acting group: people hit or unknown ("-")
_NOT_ACTING = frozenset({"-", "civilians"})
#: an entry this long or longer also ends a compound ("oproerpolitie" -> politie); shorter ones ("mob", "ME")
#: are only whole words
_COMPOUND_MIN = 5


@cache
def acting_nouns(language: Language) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, compound endings): the one-word acting heads of ``language``, lower case."""
    heads = {row[0].lower() for row in language.table("actors_agents")
             if len(row) > 1 and row[1] not in _NOT_ACTING and " " not in row[0]}
    return frozenset(heads), tuple(sorted(h for h in heads if len(h) >= _COMPOUND_MIN))


#: the word lists besides the agent tables whose nouns name people or bodies
_PARTY_LISTS = ("actors_person_nouns", "organisation_nouns", "role_nouns", "message_nouns", "events_people_words",
                "events_people_heads")


@cache
def party_nouns(language: Language) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, word endings): the one-word party heads of ``language``, lower case; the endings are compound
    heads (entries of ``_COMPOUND_MIN`` letters or more, where compounds are written as one word) and the
    language's person suffixes ("-ist")."""
    heads = {row[0].lower() for row in language.table("actors_agents") if " " not in row[0]}
    heads |= {noun.lower() for noun in language.mapping("actors_phoenix_agents") if " " not in noun}
    for name in _PARTY_LISTS:
        heads |= {w.lower() for w in language.words(name) if " " not in w and "_" not in w}
    endings = set(language.json("events_facts").get("person_suffixes", ()))
    if language.json("actors").get("compound_nouns"):
        endings |= {h for h in heads if len(h) >= _COMPOUND_MIN}
    return frozenset(heads), tuple(sorted(endings))


def names_party(language: Language, word: str) -> bool:
    """Is ``word`` (lower case) the head noun of a person, group or body: "teachers", "vakbond", "statement"?"""
    whole, endings = party_nouns(language)
    return word in whole or (bool(endings) and word.endswith(endings))


def names_acting_group(language: Language, word: str) -> bool:
    """Is ``word`` (lower case) the head noun of an acting group: "luchtmacht", "oproerpolitie", "militias"?"""
    whole, endings = acting_nouns(language)
    return word in whole or (bool(endings) and word.endswith(endings))


@cache
def _country_adjectives(language: Language) -> dict[str, str]:
    out = {k.lower(): v for k, v in language.mapping("actors_phoenix_countries").items()}
    out.update({k.lower(): v for k, v in language.mapping("actors_countries").items()})
    return out


def country_of_adjective(language: Language, word: str) -> str | None:
    """The ISO code of the country that the adjective or demonym ``word`` (any case) names, or None."""
    return _country_adjectives(language).get(word.lower())
