"""kroniek.lang.ages: the one rule for an age after a number, asked by the time and the quantity taggers."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lang.ages import age_after, is_age


@pytest.mark.parametrize(("lang", "text", "phrase", "age"), [
    ("en", "a 22-year-old man", "22-year", True),
    ("en", "he is 22 years old", "22 years", True),
    ("en", "two years ago", "two years", False),
    ("en", "for three years, old men waited", "three years", False),
    ("nl", "hij is twee jaar oud", "twee jaar", True),
    ("nl", "twee jaar geleden", "twee jaar", False),
    ("nl", "drie jaar lang", "drie jaar", False),
])
def test_is_age(lang: str, text: str, phrase: str, age: bool) -> None:
    start = text.index(phrase)
    assert is_age(text, start, start + len(phrase), get_language(lang)) is age


@pytest.mark.parametrize(("lang", "after", "matched"), [
    ("en", "-year-old man", "-year-old"),
    ("en", " years old", " years old"),
    ("nl", "-jarige man", "-jarige"),
    ("nl", " jaar oud", " jaar oud"),
    ("nl", " jaar geleden", None),
])
def test_age_after_a_number(lang: str, after: str, matched: str | None) -> None:
    m = age_after(get_language(lang)).match(after)
    assert (m.group(0) if m else None) == matched
