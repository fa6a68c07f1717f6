"""The kroniek/1 contract: schema validity, JSON round trip and exact evidence offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kroniek
from kroniek.model import Document, spans_of

from conftest import ROOT, shared_path

OWN_EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def analyse(path: Path, pipeline) -> Document:  # type: ignore[no-untyped-def]
    meta_path = path.with_name(path.stem + ".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return kroniek.extract(path.read_text(encoding="utf-8"), published=meta.get("published"),
                           language=meta.get("language"), source=meta.get("source"), pipeline=pipeline)


@pytest.fixture(scope="module")
def all_docs(pipeline) -> list[Document]:  # type: ignore[no-untyped-def]
    docs = [analyse(p, pipeline) for p in OWN_EXAMPLES]
    shared = shared_path("examples") if (ROOT.parent / "shared" / "examples").exists() else None
    if shared:
        docs += [analyse(p, pipeline) for p in sorted(shared.glob("*.txt"))]
    return docs


@pytest.fixture(scope="module")
def validator():  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(shared_path("schema", "kroniek-1.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_own_examples_exist() -> None:
    assert len(OWN_EXAMPLES) >= 4
    langs = {json.loads(p.with_name(p.stem + ".meta.json").read_text())["language"] for p in OWN_EXAMPLES}
    assert langs == {"nl", "en"}


def test_every_output_validates_against_the_schema(all_docs: list[Document], validator) -> None:  # type: ignore[no-untyped-def]
    for doc in all_docs:
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc.to_dict())]
        assert errors == [], errors[:5]


def test_schema_examples_read_back(validator) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(shared_path("schema", "kroniek-1.schema.json").read_text(encoding="utf-8"))
    for example in schema["examples"]:
        doc = Document.from_dict(example)
        assert_contains(doc.to_dict(), example)


def assert_contains(actual: object, expected: object, path: str = "") -> None:
    """``actual`` has everything ``expected`` has (kroniek may add extra fields)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            assert_contains(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        for k, (a, e) in enumerate(zip(actual, expected, strict=True)):
            assert_contains(a, e, f"{path}[{k}]")
    else:
        assert actual == expected, path


def test_every_item_quotes_its_text_exactly(all_docs: list[Document]) -> None:
    checked = 0
    for doc in all_docs:
        for kind, start, end, text in spans_of(doc):
            assert doc.text[start:end] == text, f"{kind} {start}:{end} {text!r}"
            checked += 1
        for s in doc.sentences:
            assert 0 <= s.start < s.end <= len(doc.text)
    assert checked > 0


def test_json_round_trip(all_docs: list[Document]) -> None:
    for doc in all_docs:
        assert Document.from_json(doc.to_json(tokens=True)) == doc.replace(paragraphs=())


def test_document_id_is_sha256_of_text() -> None:
    import hashlib

    doc = Document(text="Één test.")
    assert doc.id == hashlib.sha256("Één test.".encode()).hexdigest()


WORDS = ["De", "politie", "arresteerde", "zondag", "in", "Moskou", "745", "demonstranten", "Police", "arrested",
         "protesters", "in", "Leeds", "on", "Monday", ".", ",", '"', "'", "\n", "\n\n", "ruim", "300.000", "Oekraïne",
         "zei", "said", "tientallen", "gisteren", "last", "week", "Rusland", "fled", "vluchtten"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=6, max_size=60), st.sampled_from(["nl", "en"]))
def test_offsets_hold_for_arbitrary_text(pipeline, words: list[str], lang: str) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words) + " en dat is het einde van dit bericht."
    doc = kroniek.extract(text, published="2023-05-01", language=lang, pipeline=pipeline)
    for kind, start, end, item_text in spans_of(doc):
        assert text[start:end] == item_text, kind
