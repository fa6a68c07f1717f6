"""Whether a text has lost its letter case (kroniek.lettercase): lower-cased, ALL CAPS or cased."""

from __future__ import annotations

import pytest

from kroniek.lettercase import capitalised, caseless, lower_cased, upper_cased

CASED = [
    "Police in Leeds arrested 30 protesters on Saturday after clashes near the town hall.",
    "De politie in Zwolle heeft zaterdag dertig betogers aangehouden.",
    "Police Arrest Dozens After Clashes At Leeds Rally",
    "Rutte zei dat het kabinet de NAVO steunt.",
]


@pytest.mark.parametrize("text", CASED)
def test_cased_text_is_not_caseless(text: str) -> None:
    assert not caseless(text)


@pytest.mark.parametrize("text", CASED)
def test_lower_cased_text_is_lower_cased(text: str) -> None:
    assert lower_cased(text.lower()) and not upper_cased(text.lower()) and caseless(text.lower())


@pytest.mark.parametrize("text", CASED)
def test_upper_cased_text_is_upper_cased(text: str) -> None:
    assert upper_cased(text.upper()) and not lower_cased(text.upper()) and caseless(text.upper())


@pytest.mark.parametrize("text", ["i said so, and NATO agreed with me about it all along the way", "ja", "NAVO", ""])
def test_a_stray_capital_or_a_fragment(text: str) -> None:
    # a lower-cased text keeps a stray acronym; one or two words decide nothing
    assert lower_cased(text) == (len(text.split()) >= 3)
    assert not upper_cased(text)


@pytest.mark.parametrize(("word", "expected"), [
    ("Basjkieren", True), ("Martin", True), ("Jean-Paul", True), ("NATO", False), ("ME", False), ("leeds", False),
    ("A", False), ("", False), ("'s", False),
])
def test_capitalised_is_a_capital_then_lower_case(word: str, expected: bool) -> None:
    assert capitalised(word) is expected
