"""The attribution floor: cue words, clause splitting, "volgens X", claimed-by, common-noun sources."""

from __future__ import annotations

import pytest

from kroniek import attribution
from kroniek.lang import get_language


@pytest.mark.parametrize(("code", "sentence", "number", "clause"), [
    ("nl", "Volgens X deden 2000 boeren mee, maar de politie hield het op 800.", "800", "de politie hield het op 800."),
    ("nl", "Volgens X deden 2000 boeren mee, maar de politie hield het op 800.", "2000",
     "Volgens X deden 2000 boeren mee"),
    ("en", "Organisers said 2,000 took part; police put it at 800.", "800", "police put it at 800."),
    ("en", "Organisers said 2,000 took part, while police counted 800.", "2,000", "Organisers said 2,000 took part"),
])
def test_clause_around_cuts_at_another_voice(code: str, sentence: str, number: str, clause: str) -> None:
    lang = get_language(code)
    at = sentence.index(number)
    a, b = attribution.clause_around(sentence, lang, (0, len(sentence)), (at, at + len(number)))
    assert sentence[a:b] == clause


@pytest.mark.parametrize(("code", "text", "marker"), [
    ("nl", "Volgens de politie waren er 800.", "Volgens "),
    ("nl", "Er waren er 800, aldus de politie.", "aldus "),
    ("en", "According to  police there were 800.", "According to  "),
])
def test_according_to_finds_the_marker(code: str, text: str, marker: str) -> None:
    m = attribution.according_to(get_language(code)).search(text)
    assert m is not None and m.group(0) == marker


@pytest.mark.parametrize(("code", "text"), [
    ("nl", "Er waren er 800, according to de politie."),
    ("en", "There were 800, volgens the police."),
])
def test_according_to_reads_only_the_documents_language(code: str, text: str) -> None:
    assert attribution.according_to(get_language(code)).search(text) is None


@pytest.mark.parametrize(("code", "text", "source", "name"), [
    ("en", "the 10,000 claimed by the Greenpeace Org", "the Greenpeace Org", "Greenpeace Org"),
    ("en", "the 10,000 reported by officials", "officials", "officials"),
    ("nl", "de 10.000 geschat door de politie", "de politie", "politie"),
    ("nl", "de 10.000 zoals opgegeven door het ministerie", "het ministerie", "ministerie"),
])
def test_claimed_by_reads_the_agent_after_the_number(code: str, text: str, source: str, name: str) -> None:
    end = text.index(" ", text.index("0"))
    m = attribution.claimed_by(get_language(code)).match(text, end)
    assert m is not None and (m.group("source"), m.group("name")) == (source, name)


@pytest.mark.parametrize(("code", "text"), [
    ("en", "the 10,000 people in the square"),
    ("nl", "de 10.000 mensen op het plein"),
])
def test_claimed_by_needs_a_participle_and_agent(code: str, text: str) -> None:
    end = text.index(" ", text.index("0"))
    assert attribution.claimed_by(get_language(code)).match(text, end) is None


@pytest.mark.parametrize(("code", "word", "common"), [
    ("nl", "Politie", True), ("nl", "Woordvoerder", True), ("nl", "Ministerie", True), ("nl", "Rutte", False),
    ("nl", "de politie", False),
    ("en", "Organisers", True), ("en", "Police", True), ("en", "Government", True), ("en", "Reuters", False),
])
def test_common_noun_sources_name_nobody(code: str, word: str, common: bool) -> None:
    assert attribution.is_common_noun_source(word, get_language(code)) is common


@pytest.mark.parametrize(("code", "cue", "kind"), [
    ("nl", "zei", "postposed"), ("nl", "vond", "ambiguous"), ("nl", "niet", "negations"),
    ("nl", "niemand", "negative_indefinites"), ("nl", "dat", "complementizers"),
    ("en", "said", "postposed"), ("en", "claims", "ambiguous"), ("en", "n't", "negations"),
    ("en", "nobody", "negative_indefinites"), ("en", "that", "complementizers"),
])
def test_cue_words_per_language(code: str, cue: str, kind: str) -> None:
    assert cue in getattr(attribution.cues(get_language(code)), kind)


@pytest.mark.parametrize(("code", "other"), [("nl", "said"), ("en", "zei")])
def test_speech_verbs_are_the_documents_language(code: str, other: str) -> None:
    assert other not in attribution.cues(get_language(code)).speech_verbs


def test_split_cue_needs_its_particle_verb() -> None:
    assert attribution.cues(get_language("nl")).split["weten"] >= {"liet", "laat"}
    assert attribution.cues(get_language("en")).split == {}
