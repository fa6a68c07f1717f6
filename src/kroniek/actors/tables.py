"""A language's actor tables, read once per language (lru_cache on the Language).

* ``actors_agents.tsv`` (by hand) and ``actors_phoenix_agents.tsv`` (built): head noun -> (type, sector);
* ``actors_countries.tsv`` (by hand) and ``actors_phoenix_countries.tsv`` (built): adjective/demonym -> ISO;
* ``actors_phoenix_named.tsv.xz`` (built) and ``actors_names.tsv`` (by hand): a name -> its CAMEO codes
  over time (and an ACLED category where the code does not settle it);
* ``actors_person_nouns.txt``: people without affiliation ("een man", "six women");
* ``actors.json``: ``compound_nouns`` (whether a compound's last part is its head: "oproerpolitie") and
  ``collective_nouns`` ("een groep actievoerders": typed by its members).
"""

from __future__ import annotations

import io
import lzma
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ResourceError
from ..lang import Language
from .codes import TYPE_OF_SECTOR, read_code

NAMED_FILE = "actors_phoenix_named.tsv.xz"


def key(word: str) -> str:
    """How a word is looked up: lower case, but an abbreviation (up to four capitals) keeps them ("ME" is no "me";
    a headline's "SOLDIERS" is soldiers)."""
    return word if 1 < len(word) <= 4 and word.isupper() else word.lower()


@dataclass(frozen=True, slots=True)
class Named:
    """A named actor: its canonical name (Phoenix's), CAMEO codes with their dates, and a fixed category."""

    canonical: str
    roles: tuple[tuple[str, str, str], ...]  # (code, from, to); '' is open
    type: str | None = None


@dataclass(frozen=True, slots=True)
class Tables:
    agents: dict[str, tuple[str | None, str | None]]
    countries: dict[str, str]
    named: dict[str, Named]
    compound: bool
    longest_agent: int
    persons: frozenset[str]  # people without affiliation: civilians as victims
    collective: frozenset[str]  # "groep", "crowd": typed by the members they name


def _roles(cell: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    for part in cell.split(";"):
        code, _, dates = part.partition(":")
        lo, _, hi = dates.partition("-")
        if code:
            out.append((code, lo, hi))
    return tuple(out)


def _read_xz(language: Language, name: str) -> str:
    path = language.data / name
    try:
        with path.open("rb") as f:  # type: ignore[union-attr]
            return lzma.open(io.BytesIO(f.read())).read().decode("utf-8")
    except FileNotFoundError:
        raise ResourceError(f"language {language.code} has no {name}: expected {path}; run `make actors-tables` "
                            f"(kroniek.actors.build) to build it from ../shared/data/phoenix-dictionaries") from None


@lru_cache(maxsize=16)
def tables(language: Language) -> Tables:
    """Every actor table of ``language``, merged (hand-made rows win over built ones)."""
    agents: dict[str, tuple[str | None, str | None]] = {}
    for noun, code in language.mapping("actors_phoenix_agents").items():
        r = read_code(code)
        agents[noun] = (r.type, r.sector)
    for row in language.table("actors_agents"):
        agents[key(row[0])] = (None if row[1] == "-" else row[1], None if row[2] == "-" else row[2])
    countries = dict(language.mapping("actors_phoenix_countries"))
    countries.update({key(k): v for k, v in language.mapping("actors_countries").items()})
    named: dict[str, Named] = {}
    by_canonical: dict[str, Named] = {}
    for line in _read_xz(language, NAMED_FILE).splitlines():
        if not line or line.startswith("#"):
            continue
        canonical, roles, *rest = line.split("\t")
        entry = Named(canonical, _roles(roles))
        by_canonical.setdefault(canonical.lower(), entry)
        for form in (canonical.lower(), *(rest[0].split("|") if rest and rest[0] else ())):
            if form not in agents:  # "senate", "pentagon": a noun the agent tables list is no one's name
                named.setdefault(form, entry)
    for row in language.table("actors_names"):
        form, target = row[0].lower(), row[1]
        fixed = row[2] if len(row) > 2 and row[2] else None
        if target.startswith("="):
            named[form] = Named(form, ((target[1:], "", ""),), fixed)
        elif (hit := by_canonical.get(target.lower())) is not None:
            named[form] = Named(hit.canonical, hit.roles, fixed)
        else:
            raise ResourceError(f"language {language.code}: actors_names.tsv names {target!r}, which is no entry of "
                                f"{NAMED_FILE}; write the Phoenix canonical name or '=' and a CAMEO code")
    facts = language.json("actors")
    return Tables(agents, countries, named, bool(facts.get("compound_nouns")),
                  max((len(k.split()) for k in agents), default=1), language.words("actors_person_nouns"),
                  frozenset(facts.get("collective_nouns", ())))


def role_at(named: Named, date: str | None) -> str | None:
    """The CAMEO code valid on ``date`` (yyyy-mm-dd), else the latest dated one, else the undated one."""
    day = (date or "").replace("-", "")[:8]
    dated = [(lo, hi, code) for code, lo, hi in named.roles if lo or hi]
    if day:
        now = [code for lo, hi, code in dated if (not lo or lo <= day) and (not hi or day <= hi)]
        if now:
            return now[-1]
    if dated:
        return max(dated, key=lambda r: (r[1] or "99999999", r[0]))[2]
    return named.roles[0][0] if named.roles else None


__all__ = ["NAMED_FILE", "key", "Named", "Tables", "TYPE_OF_SECTOR", "role_at", "tables"]
