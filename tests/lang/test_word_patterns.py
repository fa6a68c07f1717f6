"""kroniek.lang.patterns: a word list as a regex alternation."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from kroniek.lang.patterns import BLANKS, alternation


def test_empty_list_never_matches() -> None:
    assert re.search(alternation([]), "any text at all") is None


def test_longer_phrase_wins() -> None:
    assert re.match(alternation(["in", "in plaats van"]), "in plaats van").group(0) == "in plaats van"  # type: ignore[union-attr]


def test_blanks_match_any_whitespace_when_asked() -> None:
    assert re.fullmatch(alternation(["according to"], spaces=BLANKS), "according \n to")
    assert not re.fullmatch(alternation(["according to"]), "according \n to")


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=8))
def test_every_word_matches_itself_whole(words: list[str]) -> None:
    pattern = re.compile(alternation(words))
    for w in words:
        m = pattern.match(w)
        assert m is not None and len(m.group(0)) <= len(w)
        assert pattern.fullmatch(w)
