"""Head nouns of groups that act: the agent nouns of ``actors_agents.tsv`` whose ACLED type is a force or a
movement (state forces, rebels, militias, outside forces, protesters, rioters), not civilians or an open type.

The actors stage types participants with the whole table (``kroniek.actors.tables``); the events stage asks this
subset whether a "van X" / "of X" phrase names who acted ("luchtaanvallen van de Soedanese luchtmacht op markten").
One table, read here for that one question.
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


def names_acting_group(language: Language, word: str) -> bool:
    """Is ``word`` (lower case) the head noun of an acting group: "luchtmacht", "oproerpolitie", "militias"?"""
    whole, endings = acting_nouns(language)
    return word in whole or (bool(endings) and word.endswith(endings))
