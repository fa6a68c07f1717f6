"""A plural noun the tagger misread as a verb right after a number is still what the number counts
("twintig demonstranten" tagged as an infinitive, or as a finite verb before "werden")."""

from __future__ import annotations

import pytest

import kroniek

CASES = [
    ("nl", "De politie arresteerde zaterdag twintig demonstranten.", 20, "demonstranten"),
    ("nl", "Twintig demonstranten werden zaterdag in Utrecht gearresteerd.", 20, "demonstranten"),
    ("nl", "De politie hield zaterdag dertig demonstranten aan.", 30, "demonstranten"),
    ("en", "Police arrested twenty protesters in Leeds on Saturday.", 20, "protesters"),
]


@pytest.mark.parametrize(("lang", "text", "value", "counted"), CASES)
def test_the_number_counts_the_misread_noun(lang: str, text: str, value: int, counted: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    assert [(q.low, q.counted) for q in doc.quantities] == [(value, counted)]
    assert [s.low for e in doc.events for s in e.size if s.slot == "arrested"] == [value]


@pytest.mark.parametrize(("lang", "text", "value", "counted"), [
    ("nl", "Het parket meldt drie lichtgewonde agenten.", 3, "agenten"),
    ("en", "Firefighters found three burning cars near the station.", 3, "cars"),
])
def test_a_participle_the_tagger_calls_present_is_skipped_before_the_noun(lang: str, text: str, value: int,
                                                                         counted: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    assert [(q.low, q.counted) for q in doc.quantities] == [(value, counted)]
