"""The language registry: shipped languages, their resources, and a third language registered from data.

The third-language test is the proof that no stage hard-codes nl/en: a language registered under a
code no stage has ever seen, carrying English's data and model, must give exactly the analysis English
gives. Any ``if lang == "en"`` left in a stage makes the two differ.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kroniek
from kroniek.errors import ResourceError, UnsupportedLanguageError
from kroniek.lang import Language, get_language, language_codes, register_language, unregister_language
from kroniek.settings import load_settings

THIRD = "zz"

# Dense in what differs between languages: thousands separators, number words, month-day order,
# relative dates, durations with "and a half", speech verbs, passives, negation and modality.
ENGLISH_TEXT = (
    "Police arrested 40 protesters in Leeds on Saturday.\n\n"
    "About 1,500 people marched through the city centre on March 3, organisers said. "
    '"We will not stop," said spokeswoman Maria Jones. Twenty-five officers were injured when the crowd '
    "threw stones, according to the police, who estimated the crowd at 2,000. The march lasted three and a "
    "half hours and was the third this month. Last week a car was set on fire in Bradford. Unions will "
    "strike next Monday unless wages rise by 4.5 percent, and they did not rule out a blockade."
)


@pytest.mark.parametrize("code", ["nl", "en"])
def test_shipped_languages_are_registered_through_entry_points(code: str) -> None:
    assert code in language_codes()
    assert get_language(code).code == code


def test_unknown_language_is_one_clear_error() -> None:
    with pytest.raises(UnsupportedLanguageError, match="language xq is not supported.*reads en, nl"):
        get_language("xq")


def test_nl_and_en_provide_the_same_resources() -> None:
    nl, en = set(get_language("nl").resource_names()), set(get_language("en").resource_names())
    assert nl, "the Dutch package ships no resource files"
    assert nl == en, f"only nl: {sorted(nl - en)}; only en: {sorted(en - nl)}"


def test_nl_and_en_json_resources_have_the_same_keys() -> None:
    # A fact one language lacks is a KeyError in a stage only when a text of that language needs it.
    nl, en = get_language("nl"), get_language("en")
    for name in nl.resource_names():
        if (nl.data / f"{name}.json").is_file() and isinstance(nl.json(name), dict):
            keys_nl = {k for k in nl.json(name) if not k.startswith("_")}  # "_..." keys are notes
            keys_en = {k for k in en.json(name) if not k.startswith("_")}
            assert keys_nl == keys_en, f"{name}.json: only nl {sorted(keys_nl - keys_en)}, only en {sorted(keys_en - keys_nl)}"


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_resource_file_parses(code: str) -> None:
    # A list may be empty for one language (English has no separable-verb particles), but every
    # file must read in the format its extension promises.
    lang = get_language(code)
    for name in lang.resource_names():
        if (lang.data / f"{name}.json").is_file():
            assert lang.json(name) is not None, f"{code}/{name}.json is null"
        elif (lang.data / f"{name}.tsv").is_file():
            assert all(row and row[0] for row in lang.table(name)), f"{code}/{name}.tsv has an empty first cell"
        else:
            assert all(lang.sequence(name)), f"{code}/{name}.txt has an empty entry"


def test_a_missing_resource_names_the_expected_file(tmp_path: Path) -> None:
    lang = Language("qq", "Empty", data=tmp_path)
    with pytest.raises(ResourceError, match=r"no resource 'negations'.*negations\.txt"):
        lang.words("negations")


def test_resource_files_read_as_words_tables_and_json(tmp_path: Path) -> None:
    (tmp_path / "cues.txt").write_text("# speech verbs\nzegt\n\nin plaats van\n", encoding="utf-8")
    (tmp_path / "months.tsv").write_text("# name\tnumber\njanuari\t1\nfebruari\t2\n", encoding="utf-8")
    (tmp_path / "facts.json").write_text('{"date_order": "dmy"}', encoding="utf-8")
    lang = Language("qq", "Test", data=tmp_path)
    assert lang.sequence("cues") == ("zegt", "in plaats van")
    assert lang.words("cues") == frozenset({"zegt", "in plaats van"})
    assert lang.mapping("months") == {"januari": "1", "februari": "2"}
    assert lang.json("facts") == {"date_order": "dmy"}
    assert lang.resource_names() == ["cues", "facts", "months"]


@pytest.fixture()
def third_language(tmp_path: Path) -> Iterator[Language]:
    """English's data and model registered under a code no stage knows."""
    en = get_language("en")
    data = tmp_path / THIRD
    shutil.copytree(str(en.data), data)
    lang = register_language(Language(THIRD, "Test English", data=data, spacy_code=en.spacy_code, model=en.model))
    try:
        yield lang
    finally:
        unregister_language(THIRD)


def _comparable(doc: kroniek.Document) -> dict:  # type: ignore[type-arg]
    out = doc.to_dict()
    out["document"]["language"] = "en"
    return out


def test_a_third_language_runs_the_whole_pipeline_like_the_one_it_copies(third_language: Language) -> None:
    pipe = kroniek.build_pipeline(load_settings(None))
    english = kroniek.extract(ENGLISH_TEXT, published="2025-03-01", language="en", pipeline=pipe)
    third = kroniek.extract(ENGLISH_TEXT, published="2025-03-01", language=THIRD, pipeline=pipe)
    assert third.language == THIRD
    assert english.events and english.quotes and english.quantities and english.times and english.places
    assert _comparable(third) == _comparable(english)
