"""The claimants stage: a number's source that the text names only by a phrase becomes an entity it points to."""

from __future__ import annotations

from typing import Any

import pytest

import kroniek


def claimant(pipeline: Any, text: str, lang: str, number: str) -> tuple[str, str] | None:
    doc = kroniek.extract(text, language=lang, published="2026-11-23", pipeline=pipeline)
    q = next(q for q in doc.quantities if q.text == number)
    entity = doc.entity(q.claimed_by)
    if entity is None:
        return None
    assert doc.text[entity.start:entity.end] == entity.text
    return entity.text, entity.label


@pytest.mark.parametrize(("lang", "text", "number", "source"), [
    ("nl", "Nieuws\n\nVolgens de politie rijden ongeveer 450 vrachtwagens mee.", "450", ("de politie", "ORG")),
    ("en", "News\n\nAccording to police, about 450 lorries took part.", "450", ("police", "ORG")),
    ("nl", "Nieuws\n\nDe politie heeft 57 mensen aangehouden, meldt een woordvoerder.", "57",
     ("een woordvoerder", "PER")),
    ("en", "News\n\nPolice detained 57 people, a spokesman said.", "57", ("a spokesman", "PER")),
    # the phrase stops before its relative clause
    ("en", "News\n\nA local staff member who watched the clearance said about 150 officers moved in.", "150",
     ("A local staff member", "PER")),
])
def test_a_source_named_by_a_phrase_is_an_entity(pipeline, lang, text, number, source):  # type: ignore[no-untyped-def]
    assert claimant(pipeline, text, lang, number) == source


@pytest.mark.parametrize(("lang", "text", "number"), [
    ("nl", "Nieuws\n\nHart van Nederland had het over 400.", "400"),
    ("en", "News\n\nThey said 400 people came.", "400"),
])
def test_a_pronoun_names_no_claimant(pipeline, lang, text, number):  # type: ignore[no-untyped-def]
    assert claimant(pipeline, text, lang, number) is None


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nVolgens de organisatie waren er ruim 2000 mensen op de been, de politie schat het aantal op "
           "hooguit 800."),
    ("en", "News\n\nOrganisers said more than 2,000 people took part, but police put the number at no more than 800."),
])
def test_a_conflict_s_values_name_their_claimants(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-23", pipeline=pipeline)
    names = [e.text.lower() if (e := doc.entity(v.claimed_by)) else None for c in doc.conflicts for v in c.values]
    assert len(names) == 2 and None not in names and len(set(names)) == 2
