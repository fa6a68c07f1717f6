"""Title-case headlines parsed again in sentence case (kroniek.nlp.headlines), Dutch and English."""

from __future__ import annotations

import pytest
from test_nlp import STAGES, shipped

from kroniek.model import Document, Sentence, Token
from kroniek.nlp.headlines import sentence_cased, title_lines
from kroniek.pipeline import build_pipeline, new_document


@pytest.fixture(scope="module")
def nlp_pipeline():  # type: ignore[no-untyped-def]
    shipped("nl")
    shipped("en")
    return build_pipeline(names=STAGES)


def tokens_of(doc: Document, words: str) -> list[Token]:
    found = [t for t in doc.tokens if t.text in words.split()]
    assert found, words
    return found


@pytest.mark.parametrize(("lang", "text", "verb", "not_names"), [
    ("en", "Guinea: Protesters Shot Dead, Activists Detained\n\nPolice shot dead four people in Conakry.",
     "Shot", "Dead Activists"),
    ("en", "Kenya: Two Journalists Beaten By Police In Nairobi\n\nThe protest was peaceful.", "Beaten", "Journalists"),
    ("nl", "Boeren Blokkeren Snelweg Bij Zwolle\n\nHet protest was vreedzaam.", "Blokkeren", "Boeren Snelweg"),
    ("nl", "Politie Verjaagt Betogers Bij Het Malieveld\n\nHet protest was vreedzaam.", "Verjaagt", "Betogers"),
])
def test_a_title_case_line_is_tagged_as_in_sentence_case(nlp_pipeline, lang, text, verb,
                                                         not_names):  # type: ignore[no-untyped-def]
    doc = nlp_pipeline(new_document(text, language=lang))
    assert tokens_of(doc, verb)[0].pos in ("VERB", "AUX"), [(t.text, t.pos) for t in doc.tokens]
    assert all(t.pos != "PROPN" for t in tokens_of(doc, not_names)), [(t.text, t.pos) for t in doc.tokens]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)


@pytest.mark.parametrize(("lang", "text", "word", "lemma"), [
    ("en", "TWO SOLDIERS KILLED IN AMBUSH NEAR GAO\n\nThe soldiers were on patrol.", "SOLDIERS", "soldier"),
    ("nl", "TWEE SOLDATEN GEDOOD BIJ AANVAL IN GAO\n\nDe soldaten waren op patrouille.", "SOLDATEN", "soldaat"),
])
def test_a_line_in_capitals_in_a_cased_text_is_read_in_sentence_case(nlp_pipeline, lang, text, word,
                                                                      lemma):  # type: ignore[no-untyped-def]
    doc = nlp_pipeline(new_document(text, language=lang))
    assert tokens_of(doc, word)[0].lemma == lemma


def doc_of(text: str, ents: dict[str, str] | None = None) -> Document:
    """A Document with one token per whitespace-separated word and one sentence per line."""
    tokens, sentences, pos = [], [], 0
    for line in text.split("\n"):
        start = pos
        for w in line.split():
            a = text.index(w, pos)
            tokens.append(Token(i=len(tokens), start=a, end=a + len(w), text=w, lemma=w, pos="X", tag="X", morph="",
                                dep="dep", head=len(tokens), sentence=len(sentences),
                                ent=(ents or {}).get(w, "O")))
            pos = a + len(w)
        if line.strip():
            sentences.append(Sentence(i=len(sentences), start=start + len(line) - len(line.lstrip()),
                                      end=start + len(line.rstrip())))
        pos = start + len(line) + 1
    return Document(text=text, sentences=tuple(sentences), tokens=tuple(tokens))


@pytest.mark.parametrize(("text", "lines"), [
    ("Protesters Shot Dead In Conakry\nThe police said so.", [(0, 5)]),
    ("The police said so.\nDemonstranten Opgepakt Bij Blokkade Stroe", [(4, 9)]),
    ("Piet Zwolle sprak gisteren met de pers.", []),  # prose with a name
    ("By Hannah Brereton", []),  # too few long words
])
def test_title_lines_are_whole_lines_in_title_case(text: str, lines: list[tuple[int, int]]) -> None:
    assert title_lines(doc_of(text)) == lines


@pytest.mark.parametrize(("text", "ents", "expected"), [
    ("Guinea: Protesters Shot Dead", {"Guinea:": "B-LOC"}, "Guinea: protesters shot dead"),
    ("Police Fire On ECOWAS Convoy", {}, "Police fire on ECOWAS convoy"),
    ("POLICE FIRE ON LAGOS CROWD", {"LAGOS": "B-LOC"}, "POLICE fire on LAGOS crowd"),
    ("Boeren Blokkeren Snelweg Bij Kootwijkerbroek", {"Kootwijkerbroek": "B-LOC"},
     "Boeren blokkeren snelweg bij Kootwijkerbroek"),
])
def test_sentence_case_keeps_the_first_word_names_and_acronyms(text: str, ents: dict[str, str], expected: str) -> None:
    doc = doc_of(text, ents)
    lowered = sentence_cased(doc, 0, len(doc.tokens))
    assert lowered == expected
    assert len(lowered) == len(text)
