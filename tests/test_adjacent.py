"""kroniek.adjacent: the word or token next to an offset, as timex and quantities read it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.adjacent import token_after, token_before, word_after, word_before


@pytest.mark.parametrize(("text", "word"), [
    ("nr. 3", "nr."), ("Bij nummer 3", "nummer"), ("op 3", "op"), ("maart: 3", ""), ("in 2024 3", ""),
    ("no. 3", "no."), ("at number 3", "number"), ("March, 3", ""), ("\u00a0about\u00a03", "about"),
])
def test_word_before_is_the_word_a_number_is_written_against(text: str, word: str) -> None:
    assert word_before(text, len(text) - 1) == word


def test_word_before_stops_at_the_floor() -> None:
    text = "Het waren er veel. 3 doden"
    assert word_before(text, 19) == "veel."
    assert word_before(text, 19, floor=19) == ""


@pytest.mark.parametrize(("text", "word"), [
    ("3 maart", "maart"), ("3-jarige", "jarige"), ("3, dan", ""), ("3 March", "march"), ("3-year-old", "year"),
    ("3 %", ""),
])
def test_word_after_is_the_word_a_number_is_written_against(text: str, word: str) -> None:
    assert word_after(text, 1) == word


@pytest.mark.parametrize(("text", "token"), [
    ("sinds (|december)", "sinds"), ("in '|22", "in"), ("since (|December)", "since"), ("€5 in |2024", "in"),
    ("vanaf 2023-|2024", "2023"), ("|2024", ""), ("Anna’s |", "anna’s"),
])
def test_token_before_looks_past_punctuation(text: str, token: str) -> None:
    assert token_before(text.replace("|", ""), text.index("|")) == token


@pytest.mark.parametrize(("text", "token"), [
    ("2024%", "%"), ("2024 Uur.", "Uur."), ("2024, then", ","), ("2024", ""),
])
def test_token_after_is_the_token_as_written(text: str, token: str) -> None:
    assert token_after(text, 4) == token


TEXT = st.text(alphabet="ab1. ,:-'€\u00a0\nAé", max_size=90)


@given(TEXT, st.integers(0, 100), st.integers(0, 100))
def test_the_readers_equal_a_regex_on_the_window(text: str, pos: int, floor: int) -> None:
    """Reading in place (no copy of the text per call) gives what the same regex gives on a copied window."""
    pos = min(pos, len(text))
    m = re.search(r"([^\W\d_]+\.?)[\s\u00a0]*$", text[max(floor, pos - 30):pos])
    assert word_before(text, pos, floor) == (m.group(1).lower() if m else "")
    m = re.match(r"[\s\u00a0]*-?([^\W\d_]+)", text[pos:pos + 30])
    assert word_after(text, pos) == (m.group(1).lower() if m else "")
    m = re.search(r"([\w'’€$£]+)[^\w]*$", text[max(0, pos - 40):pos])
    assert token_before(text, pos) == (m.group(1).lower() if m else "")
    m = re.match(r"\s*([^\s]+)", text[pos:pos + 40])
    assert token_after(text, pos) == (m.group(1) if m else "")
