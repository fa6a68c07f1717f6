"""Shared fixtures. Tests that need ../shared (examples, data, scorer) skip when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KRONIEK_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is only beside CI and developer checkouts)")
    return path


@pytest.fixture(scope="session")
def shared_examples() -> Path:
    return shared_path("examples")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    return shared_path("data")


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The default pipeline, built once for the whole session (models load once)."""
    import kroniek

    return kroniek.default_pipeline()


@pytest.fixture(scope="session")
def example_docs(shared_examples: Path, pipeline):  # type: ignore[no-untyped-def]
    """The two ../shared example articles run through the default pipeline: {stem: Document}."""
    import json

    import kroniek

    docs = {}
    for txt in sorted(shared_examples.glob("*.txt")):
        meta = json.loads(txt.with_name(txt.stem + ".meta.json").read_text(encoding="utf-8"))
        docs[txt.stem] = kroniek.extract(txt.read_text(encoding="utf-8"), published=meta.get("published"),
                                         language=meta.get("language"), source=meta.get("source"),
                                         pipeline=pipeline)
    return docs


def entity_document(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    """``text`` segmented, with the given (name, label) entities at every occurrence, as NER would give them
    (ids e1, e2, ... in text order): what the quotes, claims and conflicts tests start from."""
    import re

    from kroniek.model import Document, Entity
    from kroniek.segment import segment

    sentences, paragraphs = segment(text)
    found = sorted((m.start(), m.end(), name, label) for name, label in entities
                   for m in re.finditer(re.escape(name), text))
    return Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                    entities=tuple(Entity(f"e{i + 1}", n, s, e, lab, n)  # type: ignore[arg-type]
                                   for i, (s, e, n, lab) in enumerate(found)))


def claims_document(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    """``text`` with its entities (``entity_document``), run through the quantities, quotes and claims stages:
    what the claims and conflicts tests start from."""
    from kroniek.claims import assign_claims
    from kroniek.quantities import extract as quantities
    from kroniek.quotes import extract as quotes

    doc = entity_document(text, lang, entities)
    doc = doc.replace(quantities=quantities(doc))
    doc = doc.replace(quotes=quotes(doc))
    return doc.replace(quantities=assign_claims(doc))


@pytest.fixture(scope="session")
def dev_predictions(pipeline):  # type: ignore[no-untyped-def]
    """The kroniek/1 JSON of every dev-set article in examples/ (analysed with its meta): {stem: dict}."""
    from kroniek.evaluation import analyse_articles

    return analyse_articles(ROOT / "examples", pipeline)
