"""Sentences opened by a dateline, parsed again without it (kroniek.nlp.datelines), Dutch and English."""

from __future__ import annotations

import pytest
from test_nlp import STAGES, shipped

from kroniek.nlp.datelines import dateline_clauses
from kroniek.pipeline import build_pipeline, new_document


@pytest.fixture(scope="module")
def nlp_pipeline():  # type: ignore[no-untyped-def]
    shipped("nl")
    shipped("en")
    return build_pipeline(names=STAGES)


@pytest.mark.parametrize(("lang", "text", "subject", "verb"), [
    ("nl", "BREDA - Twintig boeren blokkeerden dinsdag de snelweg bij Breda.", "boeren", "blokkeerden"),
    ("en", "LAGOS — Police arrested twenty protesters on Monday.", "Police", "arrested"),
])
def test_the_clause_after_a_dateline_is_parsed_as_a_sentence_of_its_own(nlp_pipeline, lang, text, subject,
                                                                        verb):  # type: ignore[no-untyped-def]
    doc = nlp_pipeline(new_document(text, language=lang))
    by_text = {t.text: t for t in doc.tokens}
    s, v = by_text[subject], by_text[verb]
    assert s.dep == "nsubj" and s.head == v.i and v.dep == "ROOT", [(t.text, t.dep, t.head) for t in doc.tokens]
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)


@pytest.mark.parametrize(("lang", "text", "clause"), [
    ("nl", "ROTTERDAM (ANP) - De politie heeft zaterdag drie supporters aangehouden.", "De"),
    ("en", "GUSAU, Nigeria (AP) - Gunmen abducted 40 villagers in Zamfara state.", "Gunmen"),
    ("nl", "De politie heeft zaterdag drie supporters aangehouden.", None),
    ("en", "Police said - without giving figures - that arrests were made.", None),
])
def test_only_a_line_opening_dateline_starts_a_clause_of_its_own(nlp_pipeline, lang, text,
                                                                clause):  # type: ignore[no-untyped-def]
    doc = nlp_pipeline(new_document(text, language=lang))
    assert [doc.tokens[first].text for first, _ in dateline_clauses(doc)] == ([clause] if clause else [])
