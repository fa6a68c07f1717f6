"""The fallback lemmatizer (kroniek.lang.lemmas): one engine, each language's irregular table and suffix rules.

The words are chosen for these tests (not taken from any corpus).
"""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lang.lemmas import (
    candidate_lemmas,
    irregular_lemmas,
    separable_particles,
    singular,
    sure_past_forms,
)


@pytest.mark.parametrize(("lang", "word", "lemma"), [
    ("nl", "vluchtten", "vluchten"),  # weak past
    ("nl", "staken", "steken"),  # irregular table
    ("nl", "gearresteerd", "arresteren"),  # participle, long vowel
    ("nl", "neergeschoten", "neerschieten"),  # particle + irregular participle
    ("nl", "geëvacueerd", "evacueren"),  # participle with a diaeresis
    ("nl", "rellen", "rel"),  # doubled consonant
    ("nl", "leefde", "leven"),  # devoicing
    ("nl", "ongeregeldheden", "ongeregeldheid"),  # replacement rule
    ("en", "fled", "flee"),  # irregular table
    ("en", "bombings", "bombing"),
    ("en", "seized", "seize"),  # stem + e
    ("en", "stopped", "stop"),  # doubled consonant
    ("en", "carried", "carry"),  # replacement rule
])
def test_candidates_include_the_lemma(lang: str, word: str, lemma: str) -> None:
    assert lemma in candidate_lemmas(word, get_language(lang))


@pytest.mark.parametrize(("lang", "word", "wrong"), [
    ("nl", "verband", "verbannen"),  # no consonant doubling after a stripped -d
    ("en", "shots", "shoot"),  # English stems are not looked up in the irregular table
])
def test_candidates_leave_out_what_the_rules_exclude(lang: str, word: str, wrong: str) -> None:
    assert wrong not in candidate_lemmas(word, get_language(lang))


@pytest.mark.parametrize(("lang", "word", "lemma"), [
    ("nl", "reservisten", "reservist"),
    ("nl", "soldaten", "soldaat"),  # open syllable
    ("nl", "rellen", "rel"),
    ("nl", "huizen", "huis"),  # devoicing
    ("nl", "kinderen", "kind"),  # irregular table
    ("nl", "auto's", "auto"),
    ("nl", "plaats", "plaats"),  # singular already
    ("nl", "Agenten", "Agent"),  # keeps the capital
    ("en", "children", "child"),  # irregular table
    ("en", "policemen", "policeman"),
    ("en", "casualties", "casualty"),
    ("en", "churches", "church"),
    ("en", "protesters", "protester"),
    ("en", "status", "status"),
])
def test_singular_of_a_plural(lang: str, word: str, lemma: str) -> None:
    assert singular(word, get_language(lang)) == lemma


@pytest.mark.parametrize(("lang", "lemma"), [("nl", "schieten"), ("nl", "kind"), ("en", "flee"), ("en", "child")])
def test_irregular_lemmas_come_from_the_table(lang: str, lemma: str) -> None:
    assert lemma in irregular_lemmas(get_language(lang))


@pytest.mark.parametrize(("lang", "expected"), [("nl", True), ("en", False)])
def test_separable_particles_are_data(lang: str, expected: bool) -> None:
    assert ("neer" in separable_particles(get_language(lang))) is expected


@pytest.mark.parametrize(("lang", "form", "sure"), [
    ("nl", "grepen", True), ("nl", "vingen", True), ("nl", "stak", True),
    ("nl", "staken", False),  # also the infinitive of "staken": "de leraren staken" may be a present
])
def test_a_past_form_is_sure_unless_it_is_also_an_infinitive(lang: str, form: str, sure: bool) -> None:
    assert (form in sure_past_forms(get_language(lang))) is sure
