"""kroniek.nlp.titled_names: a capitalised title before a name is not part of the person's entity."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.model import Token
from kroniek.nlp.titled_names import untitled

CASES = [
    ("nl", "Wethouder Karin de Graaf zei dat.", "ORG", "Karin de Graaf"),
    ("nl", "Burgemeester Femke Halsema zei dat.", "PER", "Femke Halsema"),
    ("en", "Councillor Martin Fairhurst said so.", "ORG", "Martin Fairhurst"),
    ("en", "Superintendent Mark Howell said so.", "MISC", "Mark Howell"),
]


def tokens_of(text: str) -> list[Token]:
    out, pos = [], 0
    for k, word in enumerate(text.split()):
        start = text.index(word, pos)
        pos = start + len(word)
        out.append(Token(i=k, start=start, end=pos, text=word, lemma=word.lower(), pos="PROPN", tag="", morph="",
                         dep="", head=k, sentence=0, ent="O"))
    return out


@pytest.mark.parametrize(("lang", "text", "label", "name"), CASES)
def test_a_titled_name_becomes_the_persons_name(lang: str, text: str, label: str, name: str) -> None:
    end = text.index(name) + len(name)
    tokens = tokens_of(text)
    (a, b, got), = untitled(text, [(0, end, label)], tokens, get_language(lang))  # type: ignore[list-item]
    assert (text[a:b], got) == (name, "PER")
    assert tokens[0].ent == "O" and tokens[1].ent == "B-PER" and tokens[2].ent == "I-PER"


UNTOUCHED = [
    ("nl", "Gemeente Amsterdam", "ORG"),  # not a title
    ("en", "Mayor Adams", "PER"),  # one name word: could be a surname only, kept as written
    ("en", "Minister of Defence", "ORG"),  # lower-case word after the title: no name
]


@pytest.mark.parametrize(("lang", "text", "label"), UNTOUCHED)
def test_other_entities_stay_as_tagged(lang: str, text: str, label: str) -> None:
    assert untitled(text, [(0, len(text), label)], tokens_of(text), get_language(lang)) == [(0, len(text), label)]  # type: ignore[list-item]


ROLES_ALONE = [
    ("nl", "POLITIEWOORDVOERDER PETER JANSSEN ZEI DAT.", "POLITIEWOORDVOERDER"),  # a compound role, caseless
    ("nl", "Woordvoerder Jansen zei dat.", "Woordvoerder"),
    ("en", "Spokeswoman Ellie Narayan said so.", "Spokeswoman"),
    ("en", "the superintendent said so.", "superintendent"),
]


@pytest.mark.parametrize(("lang", "text", "role"), ROLES_ALONE)
def test_a_role_tagged_as_a_person_by_itself_names_no_one(lang: str, text: str, role: str) -> None:
    """A caseless NER may tag the role before a name as a person of its own; the speaker would then be the role."""
    a = text.index(role)
    tokens = tokens_of(text)
    k = next(t.i for t in tokens if t.start == a)
    tokens[k] = Token(**{**{f: getattr(tokens[k], f) for f in Token.__dataclass_fields__}, "ent": "B-PER"})
    assert untitled(text, [(a, a + len(role), "PER")], tokens, get_language(lang)) == []
    assert tokens[k].ent == "O"


@pytest.mark.parametrize(("lang", "text"), [("nl", "Jansen"), ("en", "Marshall"), ("nl", "Peter Janssen")])
def test_a_person_that_is_no_role_stays(lang: str, text: str) -> None:
    """The controls: a surname alone, or a name, stays a person."""
    assert untitled(text, [(0, len(text), "PER")], tokens_of(text), get_language(lang)) == [(0, len(text), "PER")]
