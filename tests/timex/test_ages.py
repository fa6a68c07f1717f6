"""An age ("a 22-year-old man", "22 jaar oud") is no duration; "22 jaar lang" still is."""

from __future__ import annotations

import pytest

import kroniek

AGES = [
    ("nl", "Een 22-jarige man en een vrouw van 40 jaar oud raakten gewond."),
    ("en", "A 22-year-old man and a woman who is 40 years old were injured."),
]


@pytest.mark.parametrize(("lang", "text"), AGES)
def test_an_age_is_no_duration(lang: str, text: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    assert [t.text for t in doc.times if t.type == "DURATION"] == []


DURATIONS = [
    ("nl", "De oorlog duurde 22 jaar.", "22 jaar"),
    ("en", "The war lasted 22 years.", "22 years"),
]


@pytest.mark.parametrize(("lang", "text", "duration"), DURATIONS)
def test_a_duration_stays_one(lang: str, text: str, duration: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    assert [t.text for t in doc.times if t.type == "DURATION"] == [duration]
