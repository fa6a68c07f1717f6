"""Language identification: Dutch and English accepted, neighbours refused clearly."""

from __future__ import annotations

import pytest

from kroniek.errors import UnsupportedLanguageError
from kroniek.language import build_detector, detect
from kroniek.pipeline import build_pipeline, new_document


@pytest.fixture(scope="module")
def detector():  # type: ignore[no-untyped-def]
    return build_detector()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("De politie arresteerde zondag tientallen demonstranten in het centrum van de stad.", "nl"),
        ("Het kabinet wil de regels voor asielzoekers volgend jaar aanscherpen, zei de minister.", "nl"),
        ("Police arrested dozens of protesters in the city centre on Sunday.", "en"),
        ("The government plans to tighten the rules for asylum seekers next year, the minister said.", "en"),
        ("Die Polizei nahm am Sonntag Dutzende Demonstranten im Stadtzentrum fest.", "de"),
        ("La police a arrêté dimanche des dizaines de manifestants dans le centre-ville.", "fr"),
        ("Die polisie het Sondag dosyne betogers in die middestad gearresteer.", "af"),
    ],
)
def test_detects_language(detector, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert detect(text, detector) == lang


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Polizei nahm am Sonntag Dutzende Demonstranten im Stadtzentrum fest.", "de"),
        ("La police a arrêté dimanche des dizaines de manifestants dans le centre-ville.", "fr"),
    ],
)
def test_unsupported_language_is_refused(text: str, code: str) -> None:
    pipe = build_pipeline(names=["kroniek.language.v1"])
    with pytest.raises(UnsupportedLanguageError, match=f"language {code} is not supported"):
        pipe(new_document(text))


def test_given_language_skips_detection() -> None:
    pipe = build_pipeline(names=["kroniek.language.v1"])
    assert pipe(new_document("Een korte tekst.", language="en")).language == "en"
