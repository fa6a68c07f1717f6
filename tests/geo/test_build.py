"""geo.build: the curated places and each language's names of them (lang/<code>/data/geo_exonyms.tsv)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroniek.geo.build import CURATED, Builder, read_tsv
from kroniek.geo.gazetteer import normalize
from kroniek.lang import Language, get_language, register_language, unregister_language

HEADER = "names\tfeature_code\tprecision\tcountry\tadmin1\tlat\tlon\tgeonames_id\tiso\n"


def curated_table(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "curated.tsv"
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_language_name_belongs_to_a_curated_place(code: str) -> None:
    displays = {row["names"].split(";")[0] for row in read_tsv(CURATED) if row["feature_code"] != "-"}
    rows = get_language(code).table("geo_exonyms")
    assert rows
    assert [r[0] for r in rows if r[0] not in displays or len(r) < 2] == []


@pytest.mark.parametrize(("code", "name"), [("nl", "Oeral"), ("nl", "Kaukasusgebergte"), ("en", "Urals"),
                                            ("en", "Caucasus Mountains")])
def test_a_languages_names_are_added_to_the_curated_place(tmp_path: Path, code: str, name: str) -> None:
    builder = Builder(tmp_path)
    builder.curated_(curated_table(tmp_path, "Ural Mountains;Ural\tMTS\tregion\tRU\t\t60.0\t59.0\t\t",
                                   "Caucasus\tMTS\tregion\t\t\t42.5\t44.5\t\t"))
    assert any(normalize(name) in place.names for place in builder.places)


@pytest.mark.parametrize(("code", "word"), [("nl", "Engels"), ("nl", "Duitsers"), ("en", "English"),
                                            ("en", "March")])
def test_a_languages_words_that_never_name_a_place_are_stop_words(tmp_path: Path, code: str, word: str) -> None:
    builder = Builder(tmp_path)
    builder.curated_(curated_table(tmp_path))
    assert normalize(word) in builder.stop


@pytest.fixture()
def plugin_language(tmp_path: Path) -> Iterator[Language]:
    data = tmp_path / "af"
    data.mkdir()
    (data / "geo_exonyms.tsv").write_text("# place\tnames\nUral Mountains\tOeralgebergte-af;Oerale\n"
                                          "Atlantis\tAtlantis-af\n", encoding="utf-8")
    lang = register_language(Language("af", "Afrikaans", data=data))
    try:
        yield lang
    finally:
        unregister_language("af")


def test_a_plugin_language_adds_its_names_and_an_unknown_place_is_named(
        tmp_path: Path, plugin_language: Language, caplog: pytest.LogCaptureFixture) -> None:
    builder = Builder(tmp_path)
    with caplog.at_level(logging.WARNING, logger="kroniek.geo.build"):
        builder.curated_(curated_table(tmp_path, "Ural Mountains;Ural\tMTS\tregion\tRU\t\t60.0\t59.0\t\t"))
    assert normalize("Oerale") in builder.places[0].names
    assert "'Atlantis' is no display name" in caplog.text
