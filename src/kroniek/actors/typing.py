"""Who a participant is: ACLED category, sector and country from its words, its name and its places.

Order of evidence: a named actor of the tables (Phoenix or the language's own names; its role on the
document's date), else the head noun (the longest table entry that ends the phrase at its head; a
compound's last part when the language builds compounds); the country from an adjective or demonym in
the phrase ("de Russische politie", "Israeli forces"), else the named actor's, else a country the phrase
is (a place of country precision: "Rusland" acting is its state). What nothing says stays None.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..model import Place, Token
from .codes import read_code
from .tables import Tables, key, role_at

STATE = ("state forces", "government")  # a country acting is its state


@dataclass(frozen=True, slots=True)
class Typing:
    type: str | None = None
    sector: str | None = None
    country: str | None = None

    def or_(self, other: Typing) -> Typing:
        """Each field from self, else from ``other``."""
        return Typing(self.type or other.type, self.sector or other.sector, self.country or other.country)


def by_noun(t: Tables, words: list[str]) -> Typing:
    """The category and sector of a phrase ending at its head: ``words`` as :func:`~.tables.key` makes them,
    head last."""
    for n in range(min(t.longest_agent, len(words)), 0, -1):
        hit = t.agents.get(" ".join(words[-n:]))
        if hit is not None:
            return Typing(hit[0], hit[1])
    if t.compound and words:
        head = words[-1]
        for k in range(3, len(head) - 3):  # "oproerpolitie" -> politie; parts of three letters or more
            hit = t.agents.get(head[k:])
            if hit is not None:
                return Typing(hit[0], hit[1])
    return Typing()


def by_name(t: Tables, names: list[str], published: str | None) -> Typing:
    """A named actor's category, sector and country on the date (the first name the tables know)."""
    for name in names:
        named = t.named.get(name.lower())
        if named is None:
            continue
        code = role_at(named, published)
        if code is None:
            continue
        r = read_code(code)
        return Typing(named.type or r.type, r.sector, r.country)
    return Typing()


def is_person(t: Tables, word: str) -> bool:
    """Whether a head word names people without affiliation ("mensen", "buurtbewoners" by its last part)."""
    if word in t.persons:
        return True
    return t.compound and any(word[k:] in t.persons for k in range(3, len(word) - 3))


def country_in(t: Tables, words: list[str]) -> str | None:
    """The country an adjective or demonym of the phrase names (two-word forms first)."""
    for n in (2, 1):
        for k in range(len(words) - n + 1):
            hit = t.countries.get(" ".join(words[k:k + n]))
            if hit is not None:
                return hit
    return None


def as_country(countries: list[Place], start: int, end: int) -> Place | None:
    """The country the phrase is, when it is one ("Rusland", "Israel"): of ``countries`` (the document's places
    of country precision, sorted by start) the first inside the phrase."""
    k = bisect.bisect_left(countries, start, key=lambda p: p.start)
    for p in countries[k:k + 3]:
        if p.end <= end and p.country:
            return p
    return None


def words_to_head(tokens: list[Token], head: Token | None) -> list[str]:
    """The words of a phrase up to its head as the tables look them up (:func:`~.tables.key`); what follows the
    head modifies it."""
    last = head.i if head is not None else (tokens[-1].i if tokens else -1)
    return [key(t.text) for t in tokens if t.i <= last and t.text[:1].isalnum()]


__all__ = ["STATE", "Typing", "as_country", "by_name", "by_noun", "country_in", "is_person", "words_to_head"]
