"""kroniek.nlp.function_words: an entity that is one function word names nothing."""

from __future__ import annotations

import pytest

from kroniek.model import EntityLabel, Token
from kroniek.nlp.function_words import without_function_words


def tokens_of(text: str, pos: list[str]) -> list[Token]:
    out, at = [], 0
    for k, (word, tag) in enumerate(zip(text.split(), pos, strict=True)):
        start = text.index(word, at)
        at = start + len(word)
        out.append(Token(i=k, start=start, end=at, text=word, lemma=word.lower(), pos=tag, tag="", morph="", dep="",
                         head=k, sentence=0, ent="B-PER" if k == 0 else "O"))
    return out


@pytest.mark.parametrize(("text", "pos"), [
    ("Rond zeven uur kwamen ze", ["ADP", "NUM", "NOUN", "VERB", "PRON"]),
    ("Around seven they came", ["ADP", "NUM", "PRON", "VERB"]),
    ("Die avond kwamen ze", ["DET", "NOUN", "VERB", "PRON"]),
])
def test_an_entity_the_tagger_reads_as_a_function_word_is_dropped(text: str, pos: list[str]) -> None:
    tokens = tokens_of(text, pos)
    first = text.split()[0]
    assert without_function_words([(0, len(first), "PER")], tokens) == []
    assert tokens[0].ent == "O"


@pytest.mark.parametrize(("text", "pos", "span", "label"), [
    ("Rond zeven uur kwam Jansen", ["ADP", "NUM", "NOUN", "VERB", "PROPN"], (20, 26), "PER"),
    ("Van Dijk kwam", ["ADP", "PROPN", "VERB"], (0, 8), "PER"),  # more than one token: a name with a particle
    ("Will came", ["PROPN", "VERB"], (0, 4), "PER"),
])
def test_names_the_tagger_reads_as_names_are_kept(text: str, pos: list[str], span: tuple[int, int],
                                                  label: EntityLabel) -> None:
    entities = [(span[0], span[1], label)]
    assert without_function_words(entities, tokens_of(text, pos)) == entities


@pytest.mark.parametrize(("text", "pos"), [
    ("• Politie meldt aanhoudingen", ["PUNCT", "NOUN", "VERB", "NOUN"]),
    ("• Police say arrests", ["PUNCT", "NOUN", "VERB", "NOUN"]),
])
def test_an_entity_with_no_letter_or_digit_is_dropped(text: str, pos: list[str]) -> None:
    tokens = tokens_of(text, pos)
    assert without_function_words([(0, 1, "ORG")], tokens) == []
    assert tokens[0].ent == "O"
