"""Build the name lists behind ``kroniek.NameListEmbed.v1`` (src/kroniek/nlp/namelists.py).

Sources, all offline:

* person names: the first-name and surname lists of Faker's Latin-script locales (MIT license;
  Faker is a training-time dependency, ``pip install faker``);
* places: GeoNames cities15000 names, ASCII names and Latin-script alternate names (CC BY 4.0),
  Faker's city lists;
* countries and regions: CLDR territory names in Dutch and English (Unicode license), Natural Earth
  admin-1 names (public domain), GeoNames countryInfo;
* common words: wordfreq's frequency list of the language (Apache-2.0 code, CC BY-SA 4.0 data;
  a training-time dependency): the capitalized and upper-case forms of its words get a frequency band;
* with ``phoenix=True`` (English experiments, configs/ner-namelists-en.cfg): the named people and
  organisations of the Phoenix/PETRARCH2 actor dictionaries (MIT license, ../shared/data/
  phoenix-dictionaries), each word with its own bit (PHOENIX_PERSON, PHOENIX_ORG).

Only capitalized words of two or more characters are kept, and never a word whose lower-case form
is a spaCy stop word of the language (``De``, ``Van``, ``The``), so the lists speak only about
name-like tokens. The result is a ``{word: bits}`` table stored in the pipeline's vocab lookups:
keyed by the words as written (capitalized and upper-case forms; ``kroniek.NameListEmbed.v1``) or,
with ``lower=True``, by their lower-case forms (``kroniek.NameListEmbed.v2``, case-independent: every
word of the frequency list gets its band, and a name's bits are those of all its spellings).

Used by ``spacy train --code training/callbacks.py`` through the ``[initialize.before_init]``
callback ``kroniek.add_name_lists.v1``.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import spacy

from kroniek.nlp.caseless_names import FAKER_GIVEN_NAMES, FAKER_SURNAMES, faker_names
from kroniek.nlp.namelists import COMMON, FIRST_NAME, KNOWN, PLACE, PLACE_PART, REGION, SURNAME, TABLE

log = logging.getLogger("kroniek.training.namelists")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def latin(word: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in word)


def faker_lists() -> tuple[set[str], set[str], set[str]]:
    """First names, surnames and city names from every Latin-script Faker locale."""
    import faker.providers.address as address
    import faker.providers.person as person

    first = set(faker_names(person, FAKER_GIVEN_NAMES))
    last = set(faker_names(person, FAKER_SURNAMES))
    cities = set(faker_names(address, ("cities", "city_names")))
    return ({n for n in first if latin(n)}, {n for n in last if latin(n)}, {n for n in cities if latin(n)})


def geonames_places(data: Path) -> set[str]:
    out: set[str] = set()
    with zipfile.ZipFile(data / "geonames" / "cities15000.zip") as z:
        member = next(n for n in z.namelist() if n.endswith(".txt"))
        for line in io.TextIOWrapper(z.open(member), encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            out.update([cols[1], cols[2], *cols[3].split(",")])
    return {n for n in out if n and latin(n)}


def regions(data: Path) -> set[str]:
    out: set[str] = set()
    with (data / "geo-names-nl" / "babel_cldr_territories_nl_en.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.update([row["name_nl"], row["name_en"]])
    with (data / "naturalearth" / "admin1_names.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.update([row["name"], row.get("name_nl") or "", row.get("name_en") or ""])
    with (data / "geonames" / "countryInfo.txt").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t")
            if not line.startswith("#") and len(cols) > 4:
                out.add(cols[4])
    return {n for n in out if n and latin(n)}


def common_words(lang: str, n: int = 60_000) -> dict[str, int]:
    """Lower-case words of the language with their frequency band (COMMON or KNOWN)."""
    import wordfreq

    out: dict[str, int] = {}
    for word in wordfreq.top_n_list(lang, n):
        zipf = wordfreq.zipf_frequency(word, lang)
        if zipf >= 3 and word.isalpha():
            out[word] = COMMON if zipf >= 4 else KNOWN
    return out


# Bits of the Phoenix name lists, above those of kroniek.nlp.namelists (the list table hashes the
# value, so any integer is a valid feature). Only the English experiment tables carry them.
PHOENIX_PERSON = 128
PHOENIX_ORG = 256
# A Phoenix entry holding one of these words names a body, not a person ("MINISTRY_OF_DEFENSE_").
ORG_WORDS = frozenset("""ministry ministries party army council front movement committee union association
    organization organisation organizations brigade brigades group court police forces force government
    commission agency bank league federation institute company corporation parliament assembly office
    department bureau service services church alliance coalition congress network foundation fund
    university society authority tribunal guard militia battalion""".split())
PHOENIX_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")


def phoenix_actors(data: Path) -> tuple[set[str], set[str]]:
    """Person names and organisation names (words joined by spaces) of the Phoenix actor dictionaries.

    An entry whose code stands on its own line with a date range is an office holder (a person); an
    entry with its code on the same line is a body (an IGO, an armed group) or, in the countries file,
    a country, which the place lists already cover. A leading '+' marks a synonym of the entry above;
    the agents file's common nouns ("PRESIDENT", "MINISTER") are dropped from person names.
    """
    folder = data / "phoenix-dictionaries"
    agents = set()
    for line in (folder / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        head = line.split("#", 1)[0].split("[", 1)[0].strip()
        if head and not head.startswith("!"):
            agents.update(w.lower() for w in re.split(r"[_!\s]+", head) if w)
    persons: set[str] = set()
    orgs: set[str] = set()
    for name in PHOENIX_FILES:
        block: list[str] = []
        inline = False

        def flush(block: list[str], inline: bool, name: str = name) -> None:
            if not block or (inline and name == "Phoenix.Countries.actors.txt"):
                return
            for entry in block:
                words = [w for w in re.split(r"[_\s]+", re.sub(r"\(.*?\)", " ", entry)) if w]
                if any(w.lower() in ORG_WORDS for w in words) or inline or name == "Phoenix.MilNonState.actors.txt":
                    orgs.add(" ".join(words))
                else:
                    persons.add(" ".join(w for w in words if w.lower() not in agents))

        for raw in (folder / name).read_text(encoding="utf-8", errors="replace").splitlines():
            line = raw.split("#", 1)[0]
            text = line.strip()
            if not text or text.startswith("["):
                continue
            if text.startswith("+"):
                block.append(text[1:].split("[", 1)[0])
                continue
            flush(block, inline)
            block = [text.split("[", 1)[0]]
            inline = "[" in text
        flush(block, inline)
    return {p for p in persons if p}, {o for o in orgs if o}


def build(lang: str, data: Path, lower: bool = False, phoenix: bool = False) -> dict[str, int]:
    try:
        import faker  # noqa: F401
        import wordfreq  # noqa: F401
    except ImportError as exc:
        raise SystemExit(f"training/namelists.py: the name lists need {exc.name}, a training-time dependency; "
                         "install it with: pip install -e '.[train]'") from None
    stop = spacy.blank(lang).Defaults.stop_words
    table: dict[str, int] = {}

    def add(name: str, whole: int, part: int) -> None:
        words = name.replace("-", " ").split() if " " in name else [name]
        bits = whole if len(words) == 1 else part
        for w in words:
            w = w.strip(".,()'\"")
            if len(w) >= 2 and w[0].isupper() and w.lower() not in stop:
                key = w.lower() if lower else w
                table[key] = table.get(key, 0) | bits

    first, last, cities = faker_lists()
    for n in first:
        add(n, FIRST_NAME, FIRST_NAME)
    for n in last:
        add(n, SURNAME, SURNAME)
    for n in geonames_places(data) | cities:
        add(n, PLACE, PLACE_PART)
    for n in regions(data):
        add(n, REGION | PLACE, REGION | PLACE_PART)
    if phoenix:
        persons, orgs = phoenix_actors(data)
        for n in persons:
            add(n, PHOENIX_PERSON, PHOENIX_PERSON)
        for n in orgs:
            add(n, PHOENIX_ORG, PHOENIX_ORG)
        log.info("Phoenix actors: %d person names, %d organisation names", len(persons), len(orgs))
    for word, band in common_words(lang).items():
        for form in (word,) if lower else (word[:1].upper() + word[1:], word.upper()):
            if lower or form != word:
                table[form] = table.get(form, 0) | band
    log.info("%s name lists (%s): %d words (%d first names, %d surnames, %d places)", lang, "lower-case keys" if lower else "as written", len(table),
             len(first), len(last), sum(1 for b in table.values() if b & (PLACE | PLACE_PART)))
    return table


def add_to(nlp: Any, table: dict[str, int]) -> None:
    lookups = nlp.vocab.lookups
    if lookups.has_table(TABLE):
        lookups.remove_table(TABLE)
    lookups.add_table(TABLE, table)


if __name__ == "__main__":
    import sys

    # python training/namelists.py nl [WORD ...]: build the lists, print the bits of the given words.
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    t = build(sys.argv[1] if len(sys.argv) > 1 else "nl", DEFAULT_DATA)
    for w in sys.argv[2:]:
        print(w, t.get(w, 0))
