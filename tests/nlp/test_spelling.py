"""Spellings the models learned less well are read as the learned ones (kroniek.nlp.spelling), offsets unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import kroniek
from kroniek.lang import get_language
from kroniek.nlp.spelling import learned_spelling


@pytest.mark.parametrize(("text", "read"), [
    ("The rally was organised by students.", "The rally was organized by students."),
    ("ORGANISERS criticised the Organisation.", "ORGANIZERS criticized the Organization."),
    ("Eleven were hospitalised; the defence minister", "Eleven were hospitalized; the defense minister"),
    ("demobilisation and mobilisation", "demobilization and mobilization"),
])
def test_a_british_spelling_is_read_as_the_american_one(text: str, read: str) -> None:
    assert learned_spelling(text, get_language("en")) == read


@pytest.mark.parametrize("text", [
    "criticism, realism, the rise, a promise, exercise, surprise, premises, the organ, organic",
    "Analysts said the organisms were organic.",
])
def test_other_words_keep_their_spelling(text: str) -> None:
    assert learned_spelling(text, get_language("en")) == text


def test_dutch_has_no_variant_spellings() -> None:
    text = "De organisatie organiseerde een mars; de politie analyseerde de beelden."
    assert learned_spelling(text, get_language("nl")) == text


@given(st.text(alphabet="organisedcritlyzhpaOGRNISE .,;'", max_size=80))
def test_every_offset_holds(text: str) -> None:
    assert len(learned_spelling(text, get_language("en"))) == len(text)


def test_the_document_keeps_the_text_that_came_in() -> None:
    text = "News\n\nThe committee organised a march through Atbara on Saturday."
    doc = kroniek.extract(text, language="en", published="2026-10-21")
    assert doc.text == text
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    march = next(e for e in doc.events if e.trigger.text == "march")
    assert [a.text for a in march.actors] == ["The committee"]
