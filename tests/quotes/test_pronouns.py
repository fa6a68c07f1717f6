"""Pronoun speakers in a long text: only the persons that can be the antecedent are looked at."""

from __future__ import annotations

import re

import pytest

from kroniek.model import Document, Entity
from kroniek.quotes import extract
from kroniek.quotes.pronouns import PronounResolver
from kroniek.segment import segment

NAMES = [f"Name{chr(65 + i // 26)}{chr(97 + i % 26)} Smith" for i in range(40)]
INTRO = {"nl": "{} kwam aan in de stad.", "en": "{} arrived in the city."}
QUOTE = {"nl": '"Het is voorbij", zegt hij.', "en": '"It is over," he said.'}


def long_document(lang: str) -> Document:
    """Forty paragraphs that each name a person, then one with only a quote told by "he"."""
    text = "\n\n".join([INTRO[lang].format(n) for n in NAMES] + [QUOTE[lang]])
    sentences, paragraphs = segment(text)
    ents = [Entity(f"e{i + 1}", n, m.start(), m.end(), "PER", n)
            for i, n in enumerate(NAMES) for m in re.finditer(n, text)]
    return Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                    entities=tuple(ents))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_looks_back_only_to_the_last_person_before_its_paragraph(lang: str) -> None:
    doc = long_document(lang)
    persons = PronounResolver(doc)._named_before(len(doc.text), lambda e: e.label == "PER")
    assert [e.text for e in persons] == [NAMES[-1]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_after_many_persons_is_the_last_one_named(lang: str) -> None:
    direct = [q for q in extract(long_document(lang)) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_text) for q in direct] == [(f"e{len(NAMES)}", NAMES[-1])]


SAID = {"nl": "{} zegt dat de oorlog verloren is.", "en": "{} said that the war was lost."}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_after_many_speakers_the_tagger_missed_is_the_last_of_them(lang: str) -> None:
    """Forty paragraphs of reported speech by names without an entity, a quote told by "he" last."""
    speakers = [n.split()[0] for n in NAMES]
    text = "\n\n".join([INTRO[lang].format(NAMES[0])] + [SAID[lang].format(n) for n in speakers[1:]]
                       + [SAID[lang].format("Jones") + " " + QUOTE[lang]])
    sentences, paragraphs = segment(text)
    doc = Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                   entities=(Entity("e1", NAMES[0], 0, len(NAMES[0]), "PER", NAMES[0]),))
    direct = [q for q in extract(doc) if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Jones"]
