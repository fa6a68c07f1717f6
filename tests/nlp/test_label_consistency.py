"""kroniek.nlp.label_consistency: one label per name in a document."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.model import Token
from kroniek.nlp.label_consistency import consistent


def tokens_of(text: str, tags: dict[str, str]) -> list[Token]:
    out, pos = [], 0
    for k, word in enumerate(text.split()):
        start = text.index(word, pos)
        pos = start + len(word)
        out.append(Token(i=k, start=start, end=pos, text=word, lemma=word.lower(), pos="PROPN", tag="", morph="",
                         dep="", head=k, sentence=0, ent=tags.get(word, "O")))
    return out


SURNAMES = [
    ("nl", "Vladimir Poetin sprak in Moskou. Later bekritiseerde Poetin het Westen.", "Poetin", "ORG"),
    ("en", "Vladimir Putin spoke in Moscow. Critics call Putin's policy a disaster.", "Putin's", "MISC"),
]


@pytest.mark.parametrize(("lang", "text", "word", "label"), SURNAMES)
def test_a_persons_surname_alone_is_that_person(lang: str, text: str, word: str, label: str) -> None:
    first = text.index("Vladimir")
    at = text.index(word, first + 10)
    tokens = tokens_of(text, {word: f"B-{label}"})
    found = consistent(text, [(first, first + len(text.split()[0]) + 1 + len(text.split()[1]), "PER"),
                              (at, at + len(word), label)], tokens, get_language(lang))  # type: ignore[list-item]
    assert found[1] == (at, at + len(word), "PER")
    assert [t.ent for t in tokens if t.start == at] == ["B-PER"]


@pytest.mark.parametrize(("lang", "text", "verb", "label"), [
    # a surname the tagger read as a place, right before its verb: the person (a surname ending in "s" is no genitive)
    ("nl", "Burgemeester Karin Lodewijks was er niet. Lodewijks noemde de blokkade onacceptabel.", "noemde", "PER"),
    ("en", "Mayor Karin Lodewijks was absent. Lodewijks called the blockade unacceptable.", "called", "PER"),
    # ... not a place named like her that is no verb's subject
    ("nl", "Burgemeester Karin Lodewijks was er niet. De stoet trok naar Lodewijks en verder.", "trok", "LOC"),
])
def test_a_surname_read_as_a_place_before_a_verb_is_that_person(lang: str, text: str, verb: str, label: str) -> None:
    first, at = text.index("Karin"), text.rindex("Lodewijks")
    tokens = tokens_of(text, {})
    tokens = [t if t.text != verb else Token(i=t.i, start=t.start, end=t.end, text=t.text, lemma=t.lemma, pos="VERB",
                                             tag="", morph="", dep="", head=t.i, sentence=0, ent="O") for t in tokens]
    found = consistent(text, [(first, first + len("Karin Lodewijks"), "PER"), (at, at + len("Lodewijks"), "LOC")],
                       tokens, get_language(lang))
    assert found[1] == (at, at + len("Lodewijks"), label)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Burgemeester Bart de Groot sprak. Yilmaz wil dat De Groot zich verantwoordt.", "De Groot"),
    ("en", "Mayor Ana van der Berg spoke. Critics want Van der Berg to resign.", "Van der Berg"),
])
def test_a_surname_with_its_particle_is_that_person(lang: str, text: str, name: str) -> None:
    person = text.split()[1] + " " + " ".join(text.split()[2:len(name.split()) + 2])
    first, at = text.index(person), text.rindex(name)
    found = consistent(text, [(first, first + len(person), "PER"), (at, at + len(name), "MISC")],
                       tokens_of(text, {}), get_language(lang))  # type: ignore[list-item]
    assert found[1] == (at, at + len(name), "PER")


ORGANISATIONS = [
    ("nl", "De actiegroep Grond Onder blokkeerde de weg.", "Grond Onder"),
    ("en", "The campaign group Extinction Rebellion blocked the road.", "Extinction Rebellion"),
]


@pytest.mark.parametrize(("lang", "text", "name"), ORGANISATIONS)
def test_a_misc_name_after_a_group_noun_is_an_organisation(lang: str, text: str, name: str) -> None:
    at = text.index(name)
    found = consistent(text, [(at, at + len(name), "MISC")], tokens_of(text, {}), get_language(lang))  # type: ignore[list-item]
    assert found == [(at, at + len(name), "ORG")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_other_labels_stay(lang: str) -> None:
    text = "Maria Lopez and Ford met in Detroit."
    ents = [(0, 11, "PER"), (16, 20, "ORG"), (28, 35, "LOC")]
    assert consistent(text, ents, tokens_of(text, {}), get_language(lang)) == ents  # type: ignore[arg-type]
