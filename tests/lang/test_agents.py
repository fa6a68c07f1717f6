"""kroniek.lang.agents: which head nouns name a group that acts, and which name a party at all (from the actor tables of each language)."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lang.agents import country_of_adjective, names_acting_group, names_party


@pytest.mark.parametrize(("lang", "word", "acting"), [
    ("nl", "luchtmacht", True),
    ("nl", "oproerpolitie", True),  # a compound ends in an entry
    ("nl", "me", True),  # a short entry as a whole word
    ("nl", "thema", False),  # ... but no ending of a longer one
    ("nl", "burgers", False),  # civilians are hit, they do not act as a group
    ("nl", "markten", False),
    ("en", "militias", True),
    ("en", "navy", True),
    ("en", "civilians", False),
    ("en", "markets", False),
])
def test_names_acting_group(lang: str, word: str, acting: bool) -> None:
    assert names_acting_group(get_language(lang), word) is acting


@pytest.mark.parametrize(("lang", "word", "party"), [
    ("nl", "burgers", True),  # civilians are a party, if not an acting group
    ("nl", "vakbondsleider", True),  # a compound ends in an entry
    ("nl", "activist", True),
    ("nl", "onderhandelingen", False),
    ("nl", "prijzen", False),
    ("en", "teachers", True),  # an occupation of the Phoenix agent table
    ("en", "statement", True),  # a message stands for its sender
    ("en", "talks", False),
    ("en", "prices", False),
    ("en", "fire", False),
])
def test_names_party(lang: str, word: str, party: bool) -> None:
    assert names_party(get_language(lang), word) is party


@pytest.mark.parametrize(("lang", "word", "code"), [
    ("nl", "Israëlische", "IL"),
    ("nl", "Russische", "RU"),
    ("en", "Israeli", "IL"),
    ("en", "Russian", "RU"),
    ("en", "heavy", None),
])
def test_country_of_adjective(lang: str, word: str, code: str | None) -> None:
    assert country_of_adjective(get_language(lang), word) == code
