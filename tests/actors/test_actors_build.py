"""kroniek.actors.build and the tables it ships: Phoenix entries, codes, roles over time."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from kroniek.actors.build import build
from kroniek.actors.codes import read_code, shipped_code
from kroniek.actors.tables import Named, role_at, tables
from kroniek.lang import get_language
from kroniek.model import ACTOR_SECTORS, ACTOR_TYPES

PHOENIX_NAMED = """VLADIMIR_PUTIN_  # CountryInfo.txt
+PUTIN_
\t[RUSELI 700101-990809]
\t[RUSGOV >080508]
\t[RUSELI]
RUSSIA_  [RUS]
+RUSSIAN
"""
PHOENIX_AGENTS = """!PERSON! = MAN, MEN
POLICE {} [~COP]
SOLDIER [~MIL]
MILITIA!PERSON! [~UAF]
"""


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    src, geo, out = tmp_path / "phoenix", tmp_path / "geo", tmp_path / "lang"
    src.mkdir(), geo.mkdir()
    (src / "Phoenix.Countries.actors.txt").write_text(PHOENIX_NAMED, encoding="utf-8")
    (src / "Phoenix.MilNonState.actors.txt").write_text("HAMAS_ [PSEREB]\n", encoding="utf-8")
    (src / "Phoenix.International.actors.txt").write_text("NATO_\t[IGOWSTNAT]\n", encoding="utf-8")
    (src / "Phoenix.agents.txt").write_text(PHOENIX_AGENTS, encoding="utf-8")
    (geo / "pycountry_iso3166-1_nl.tsv").write_text(
        "alpha_2\talpha_3\tnumeric\tname\n" "RU\tRUS\t643\tRussia\n" "PS\tPSE\t275\tPalestine\n", encoding="utf-8")
    for lang in ("nl", "en"):
        (out / lang / "data").mkdir(parents=True)
    build(src, geo, out)
    return out


def test_build_writes_named_actors_with_roles_over_time(built: Path) -> None:
    rows = lzma.decompress((built / "nl" / "data" / "actors_phoenix_named.tsv.xz").read_bytes()).decode("utf-8")
    assert "Vladimir Putin\tRU/ELI:19700101-19990809;RU/GOV:20080508-;RU/ELI\tputin" in rows
    assert "Hamas\tPS/REB\t" in rows and "NATO\t/IGOWSTNAT\t" in rows


def test_build_writes_english_agents_with_plurals_and_substitutions(built: Path) -> None:
    agents = (built / "en" / "data" / "actors_phoenix_agents.tsv").read_text(encoding="utf-8")
    assert {"police\t/COP", "soldiers\t/MIL", "militiamen\t/UAF"} <= set(agents.splitlines())


def test_build_writes_a_country_entry_as_country_forms(built: Path) -> None:
    countries = (built / "en" / "data" / "actors_phoenix_countries.tsv").read_text(encoding="utf-8")
    assert "russian\tRU" in countries.splitlines()


@pytest.mark.parametrize(("code", "reading"), [
    ("RUSGOV", ("RU", "government", "state forces")), ("~COP", (None, "police", "state forces")),
    ("SOMREB", (None, "rebels", "rebel group")), ("IGOUNO", (None, "igo", "external/other forces")),
    ("WAFMED", (None, "media", None)),
])
def test_cameo_code_reads_as_country_sector_and_category(code: str, reading: tuple) -> None:  # type: ignore[type-arg]
    r = read_code(shipped_code(code, {"RUS": "RU"}))
    assert (r.country, r.sector, r.type) == reading


PUTIN = Named("Vladimir Putin", (("RU/ELI", "19700101", "19990809"), ("RU/GOV", "20080508", ""), ("RU/ELI", "", "")))


@pytest.mark.parametrize(("date", "code"), [("1995-06-01", "RU/ELI"), ("2022-11-05", "RU/GOV"), (None, "RU/GOV"),
                                            ("2003-01-01", "RU/GOV")])
def test_role_is_the_one_valid_on_the_date_else_the_latest(date: str | None, code: str) -> None:
    assert role_at(PUTIN, date) == code


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_tables_load_and_name_only_known_categories_and_sectors(lang: str) -> None:
    t = tables(get_language(lang))
    assert len(t.named) > 10000 and "poetin" in t.named or "putin" in t.named
    assert all(ty in (None, *ACTOR_TYPES) and se in (None, *ACTOR_SECTORS) for ty, se in t.agents.values())


def test_every_language_ships_the_compressed_named_table() -> None:
    for lang in ("nl", "en"):
        assert (get_language(lang).data / "actors_phoenix_named.tsv.xz").is_file()
