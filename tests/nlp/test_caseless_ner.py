"""The NER for text without letter case: which language declares one, when the nlp stage routes a document
to it, and that cased text keeps exactly the entities of the main NER."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.errors import ResourceError
from kroniek.lang import get_language
from kroniek.model import Document
from kroniek.nlp.caseless_ner import caseless_model_source, load_caseless_model, recognize
from kroniek.nlp.casing import recase
from kroniek.pipeline import build_pipeline, new_document
from kroniek.registry import Services
from kroniek.settings import load_settings

STAGES = ["kroniek.language.v1", "kroniek.segment.v1", "kroniek.nlp.v1"]

NEWS = {
    "nl": "In Rotterdam zijn zaterdag twintig supporters van Feyenoord aangehouden, meldt de politie. "
          "Burgemeester Ahmed Aboutaleb noemde het geweld onacceptabel.",
    "en": "Mayor Sadiq Khan of London met police chiefs on Tuesday after the protest in Trafalgar Square. "
          "According to the BBC thousands of people joined. Farmers also marched in Manchester, Reuters reported.",
}


def shipped_caseless(lang: str) -> Path:
    model = get_language(lang).caseless_model
    if model is None or not (Path(str(model)) / "meta.json").is_file():
        pytest.skip(f"no shipped caseless {lang} NER")
    return Path(str(model))


def pipeline(**settings: str):  # type: ignore[no-untyped-def]
    """The stages up to nlp, with ``settings`` and a fresh services cache (which models are loaded is its own)."""
    return build_pipeline(names=STAGES, settings=load_settings().with_(**settings), services=Services())


@pytest.fixture(scope="module")
def routed():  # type: ignore[no-untyped-def]
    return pipeline()


@pytest.fixture(scope="module")
def unrouted():  # type: ignore[no-untyped-def]
    return pipeline(caseless_model_nl="none", caseless_model_en="none")


def entities(doc: Document) -> list[tuple[str, int, int, str]]:
    return [(e.text, e.start, e.end, e.label) for e in doc.entities]


# --------------------------------------------------------------------------- language data and settings
@pytest.mark.parametrize(("lang", "declared"), [("nl", True), ("en", False)])
def test_a_language_declares_its_caseless_ner_as_data(lang: str, declared: bool) -> None:
    assert (get_language(lang).caseless_model is not None) is declared


def test_the_shipped_dutch_caseless_ner_is_an_ner_only_pipeline_within_budget() -> None:
    path = shipped_caseless("nl")
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "kroniek_nl_caseless" and meta["pipeline"] == ["ner"]
    assert sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) <= 25_000_000
    nlp = load_caseless_model("nl", load_settings())
    assert nlp is not None and nlp.pipe_names == ["ner"]
    assert len(nlp.vocab.lookups.get_table("kroniek_name_lists")) > 100_000  # the name lists travel in its vocab


@pytest.mark.parametrize(("lang", "settings", "expected"), [
    ("nl", {}, "shipped"),
    ("nl", {"caseless_model_nl": "none"}, None),
    ("nl", {"caseless_model_nl": "/some/other/ner"}, "/some/other/ner"),
    ("en", {}, None),
    ("en", {"caseless_model_en": "/some/english/ner"}, "/some/english/ner"),
])
def test_the_setting_points_the_caseless_ner_elsewhere_or_switches_it_off(lang: str, settings: dict[str, str],
                                                                          expected: str | None) -> None:
    if expected == "shipped":
        expected = str(shipped_caseless(lang))
    source = caseless_model_source(lang, load_settings().with_(**settings))
    assert (str(source) if source is not None else None) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_unknown_caseless_model_is_a_resource_error_naming_the_setting(lang: str) -> None:
    settings = load_settings().with_(**{f"caseless_model_{lang}": "no_such_spacy_package_xyz"})
    with pytest.raises(ResourceError, match=f"KRONIEK_CASELESS_MODEL_{lang.upper()}"):
        load_caseless_model(lang, settings)


# --------------------------------------------------------------------------- routing in the nlp stage
@pytest.mark.parametrize("case", ["lower", "upper"])
@pytest.mark.parametrize(("text", "expected"), [
    (NEWS["nl"], {("rotterdam", "LOC"), ("feyenoord", "ORG"), ("ahmed aboutaleb", "PER")}),
    ("Medewerkers van Tata Steel in IJmuiden legden maandag het werk neer, zei bestuurder Jan de Boer van de FNV.",
     {("ijmuiden", "LOC"), ("jan de boer", "PER"), ("fnv", "ORG")}),
])
def test_caseless_dutch_news_gets_its_entities(routed, text: str, expected: set[tuple[str, str]],  # type: ignore[no-untyped-def]
                                               case: str) -> None:
    shipped_caseless("nl")
    doc = routed(new_document(recase(text, case), language="nl"))  # type: ignore[arg-type]
    found = {(e.text.lower(), e.label) for e in doc.entities}
    assert expected <= found
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text


@pytest.mark.parametrize("case", ["lower", "upper"])
def test_without_routing_caseless_dutch_loses_its_entities(unrouted, case: str) -> None:  # type: ignore[no-untyped-def]
    shipped_caseless("nl")
    doc = unrouted(new_document(recase(NEWS["nl"], case), language="nl"))  # type: ignore[arg-type]
    assert not {("ahmed aboutaleb", "PER"), ("feyenoord", "ORG")} <= {(e.text.lower(), e.label) for e in doc.entities}


@pytest.mark.parametrize(("lang", "case"), [("nl", "cased"), ("en", "cased"), ("en", "lower"), ("en", "upper")])
def test_what_is_not_routed_keeps_exactly_the_main_ner(routed, unrouted, lang: str, case: str) -> None:  # type: ignore[no-untyped-def]
    text = recase(NEWS[lang], case)  # type: ignore[arg-type]
    with_routing = routed(new_document(text, language=lang))
    without = unrouted(new_document(text, language=lang))
    assert entities(with_routing) == entities(without) and with_routing.entities
    assert with_routing.tokens == without.tokens


def test_the_caseless_ner_is_loaded_only_when_a_caseless_document_arrives() -> None:
    shipped_caseless("nl")
    run = pipeline(caseless_model_nl="/no/such/caseless/ner")
    assert run(new_document(NEWS["nl"], language="nl")).entities  # cased: the caseless NER is never asked for
    with pytest.raises(ResourceError, match="KRONIEK_CASELESS_MODEL_NL"):
        run(new_document(NEWS["nl"].lower(), language="nl"))


def test_a_batch_of_cased_and_caseless_documents_keeps_its_order_and_offsets(routed) -> None:  # type: ignore[no-untyped-def]
    shipped_caseless("nl")
    texts = [NEWS["nl"], NEWS["nl"].lower(), NEWS["en"], NEWS["nl"].upper(), NEWS["nl"]]
    langs = ["nl", "nl", "en", "nl", "nl"]
    docs = list(routed.pipe(new_document(t, language=lang) for t, lang in zip(texts, langs, strict=True)))
    assert [d.text for d in docs] == texts
    one_by_one = [routed(new_document(t, language=lang)) for t, lang in zip(texts, langs, strict=True)]
    assert [entities(d) for d in docs] == [entities(d) for d in one_by_one]
    assert {(e.text, e.label) for e in docs[3].entities} >= {("ROTTERDAM", "LOC"), ("FEYENOORD", "ORG")}


# --------------------------------------------------------------------------- spans copied by token index
@cache
def blank_and_ruler() -> tuple[Any, Any]:
    """A blank Dutch tokenizer (the main pipeline) and, in a vocab of its own, a ruler that finds one city."""
    import spacy

    ruler = spacy.blank("nl")
    ruler.add_pipe("entity_ruler").add_patterns([{"label": "LOC", "pattern": "brussel"}])  # type: ignore[attr-defined]
    return spacy.blank("nl"), ruler


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["brussel", "de", "politie", ",", ".", "'s-hertogenbosch", "brussel."]),
                          st.sampled_from([" ", "", "  ", "\n", "\n\n", " \t "])), max_size=30))
def test_entities_are_copied_back_by_token_index_with_exact_offsets(parts: list[tuple[str, str]]) -> None:
    main, ruler = blank_and_ruler()
    doc = main("".join(word + space for word, space in parts))
    words = [t.text for t in doc]
    (out,) = list(recognize(ruler, [doc]))
    assert out is doc and [t.text for t in out] == words
    assert [e.text for e in out.ents] == ["brussel"] * sum(w == "brussel" for w in words)
    for e in out.ents:
        assert out.text[e.start_char:e.end_char] == e.text and e.label_ == "LOC"
