"""Person names in text without letter case (kroniek.nlp.caseless_names), through the nlp stage."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.model import Document
from kroniek.nlp import shipped_model_path
from kroniek.nlp.caseless_names import caseless_names
from kroniek.nlp.casing import recase
from kroniek.pipeline import build_pipeline, new_document

STAGES = ["kroniek.language.v1", "kroniek.segment.v1", "kroniek.nlp.v1"]


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    for lang in ("nl", "en"):
        if not (shipped_model_path(lang) / "meta.json").is_file():
            pytest.skip(f"no shipped {lang} model")
    return build_pipeline(names=STAGES)


def persons(pipeline, text: str, lang: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc: Document = pipeline(new_document(text, language=lang))
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)
    return [(e.text, e.canonical) for e in doc.entities if e.label == "PER"]


NAMED = [
    ("nl", "Volgens woordvoerder Anja de Vries gingen er zaterdag duizenden boeren de straat op. De Vries zei dat "
           "de actie vreedzaam verliep.", "Anja de Vries"),
    ("nl", "Havenarbeiders legden maandag het werk neer. Vakbondsman Karel Peeters noemde de staking onvermijdelijk.",
     "Karel Peeters"),
    ("en", "Shop owner Priya Patel said the violence had frightened her customers on Saturday afternoon.",
     "Priya Patel"),
    ("en", "Union leader Collins Jansen told reporters on Monday that the strike would go on until the talks resumed.",
     "Collins Jansen"),
]


@pytest.mark.parametrize("lang,text,name", NAMED)
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_known_names_are_persons_without_letter_case(pipeline, lang: str, text: str, name: str,  # type: ignore[no-untyped-def]
                                                     case: str) -> None:
    found = persons(pipeline, recase(text, case), lang)  # type: ignore[arg-type]
    assert recase(name, case) in [t for t, _ in found]  # type: ignore[arg-type]
    assert name in [c for _, c in found]  # the canonical name has its capitals back


def test_a_surname_after_the_full_name_is_the_same_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = persons(pipeline, NAMED[0][1].lower(), "nl")
    assert ("de vries", "Anja de Vries") in found or ("vries", "Anja de Vries") in found


def fallback(pipeline, text: str, lang: str) -> list[tuple[int, int, str, str, bool]]:  # type: ignore[no-untyped-def]
    """The names the fallback alone finds in ``text`` (the NER's entities not taken into account)."""
    doc = pipeline(new_document(text, language=lang))
    return caseless_names(doc, doc.tokens, get_language(lang))


@pytest.mark.parametrize("lang,text", [
    ("en", "we will young people help? mark my words, said the king, as the white house and the brown river rose."),
    ("en", "the grant was paid in may; bill and rose will carry on with the hall, the police said on friday."),
    ("nl", "de bakker en de visser zeiden dat de jonge koning in mei naar de markt kwam, aldus de politie."),
])
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_common_words_never_become_names(pipeline, lang: str, text: str, case: str) -> None:  # type: ignore[no-untyped-def]
    assert fallback(pipeline, recase(text, case), lang) == []  # type: ignore[arg-type]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police said priya patel, a shop owner, had been hurt in the clashes near the town hall on Saturday."),
    ("nl", "De politie zei dat anja de vries, een woordvoerder, zaterdag bij de rellen gewond raakte."),
])
def test_cased_text_takes_no_lower_case_words_for_a_name(pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert fallback(pipeline, text, lang) == []
