"""Helpers of the NER scoring tests (tests/nlp/test_casing.py, tests/nlp/test_evaluate.py)."""

from __future__ import annotations

from typing import Any


def ruler(lang: str, pattern: str, label: str = "LOC") -> Any:
    """A real spaCy pipeline that finds one name by its exact spelling, under ``label``."""
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("entity_ruler").add_patterns([{"label": label, "pattern": pattern}])  # type: ignore[attr-defined]
    return nlp
