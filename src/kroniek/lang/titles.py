"""Words that stand before a name and say what it names: one union that every stage asks.

A person's title or role ("minister", "woordvoerder", "Mr", "spokesman": ``titles.txt`` and ``role_nouns.txt``)
makes the name after it a person's, not a place's; with the organisation nouns ("partij", "ministry":
``organisation_nouns.txt``) they open a name of a party to an event.
"""

from __future__ import annotations

from functools import cache

from . import Language


@cache
def person_titles(language: Language) -> frozenset[str]:
    """Titles and role nouns of ``language``: a name right after one is a person's."""
    return language.words("titles") | language.words("role_nouns")


@cache
def name_openers(language: Language) -> frozenset[str]:
    """Person titles and organisation nouns: the words that may open the name of a participant."""
    return person_titles(language) | language.words("organisation_nouns")


@cache
def role_suffixes(language: Language) -> tuple[str, ...]:
    """Endings of compound role nouns ("politiewoordvoerder", "spokeswoman")."""
    return tuple(sorted(language.words("role_suffixes")))


def is_role_word(language: Language, word: str) -> bool:
    """Whether ``word`` (any case) is a title or role noun, or a compound ending in one ("POLITIEWOORDVOERDER")."""
    low = word.lower()
    return low in person_titles(language) or low.endswith(role_suffixes(language))
