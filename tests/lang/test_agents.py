"""kroniek.lang.agents: which head nouns name a group that acts (from the agent table of each language)."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lang.agents import names_acting_group


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
