"""kroniek.nlp.hyphenated_names: a name split at its hyphen into two entities is one."""

from __future__ import annotations

import re

import pytest

from kroniek.model import EntityLabel, Token
from kroniek.nlp.hyphenated_names import joined_at_hyphens


def tokens_of(text: str) -> list[Token]:
    """Words and hyphens as tokens, tagged as the NER tags "Huang Yu" + "chen"."""
    out = []
    for k, m in enumerate(re.finditer(r"\w+|-", text)):
        out.append(Token(i=k, start=m.start(), end=m.end(), text=m.group(), lemma=m.group().lower(), pos="PROPN",
                         tag="", morph="", dep="", head=k, sentence=0, ent="O"))
    return out


@pytest.mark.parametrize(("text", "parts", "name"), [
    ("Huang Yu-chen said so", [(0, 8), (9, 13)], "Huang Yu-chen"),
    ("minister Choi Hyun-woo zei dat", [(9, 18), (19, 22)], "Choi Hyun-woo"),
])
def test_two_entities_joined_by_a_hyphen_are_one_name(text: str, parts: list[tuple[int, int]], name: str) -> None:
    tokens = tokens_of(text)
    entities: list[tuple[int, int, EntityLabel]] = [(a, b, "PER") for a, b in parts]
    (a, b, label), = joined_at_hyphens(text, entities, tokens)
    assert (text[a:b], label) == (name, "PER")
    assert [t.ent for t in tokens if parts[0][1] <= t.start < parts[1][1]] == ["I-PER", "I-PER"]


@pytest.mark.parametrize(("text", "entities"), [
    ("Jansen - Pietersen", [(0, 6, "PER"), (9, 18, "PER")]),  # a dash between spaces: two names
    ("Leiden-Den Haag", [(0, 6, "PER"), (7, 15, "ORG")]),  # two labels
    ("de lijn Amsterdam-Rotterdam", [(8, 17, "LOC"), (18, 27, "LOC")]),  # two places
    ("Jan en Piet", [(0, 3, "PER"), (7, 11, "PER")]),
])
def test_entities_apart_stay_apart(text: str, entities: list[tuple[int, int, EntityLabel]]) -> None:
    assert joined_at_hyphens(text, entities, tokens_of(text)) == entities
