"""Build the actor tables kroniek ships from the Phoenix dictionaries (``make actors-tables``).

``python -m kroniek.actors.build [PHOENIX_DIR] [GEO_NAMES_DIR]`` reads (nothing is copied into the
repository; defaults ``../shared/data/phoenix-dictionaries`` and ``../shared/data/geo-names-nl``):

* ``Phoenix.Countries.actors.txt``, ``Phoenix.MilNonState.actors.txt``, ``Phoenix.International.actors.txt``:
  named people and bodies with their CAMEO codes over time -> ``actors_phoenix_named.tsv.xz`` in every
  language's data folder (names are written alike in Dutch and English news; each language adds its own
  forms by hand in ``actors_names.tsv``). A country's own entry (``ISRAEL_ [ISR] +ISRAELI``) goes to
  ``actors_phoenix_countries.tsv`` instead (English forms: written to ``en``; other languages get the
  header, their forms are in ``actors_countries.tsv``).
* ``Phoenix.agents.txt``: English agent nouns with their CAMEO sector (``POLICE [~COP]``), regular
  plurals added back -> ``en/data/actors_phoenix_agents.tsv`` (other languages: the header).
* ``geo-names-nl/pycountry_iso3166-1_nl.tsv``: ISO alpha-3 -> alpha-2 for the country part of a code.

Source and license (MIT, Open Event Data Alliance, petrarch2 commit 676801c) are written into each
table's header and into the data folders' ``actors_SOURCE.txt``.
"""

from __future__ import annotations

import csv
import logging
import lzma
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .codes import shipped_code

log = logging.getLogger(__name__)

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
LANGUAGES = ("nl", "en")
HEADER = ("# Built by `make actors-tables` (kroniek.actors.build) from the Phoenix/PETRARCH2 dictionaries,\n"
          "# openeventdata/petrarch2 commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, MIT License,\n"
          "# Copyright (c) 2014 Open Event Data Alliance. See actors_SOURCE.txt. Do not edit by hand.\n")
ENGLISH = "en"  # the language the Phoenix nouns and country forms are written in

_CODE = re.compile(r"\[([^\]]*)\]")
_DATED = re.compile(r"^([A-Z~]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")


@dataclass
class Entry:
    """One dictionary entry: its name, synonyms and CAMEO codes (``CODE:from-to``, dates yyyymmdd)."""

    name: str
    synonyms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def phrase(raw: str) -> str:
    """``VLADIMIR_V._PUTIN_`` -> ``vladimir v. putin`` (Phoenix joins words with '_')."""
    raw = re.sub(r"\([^)]*\)", " ", raw)  # "(IAA)" abbreviations in parentheses
    return " ".join(raw.replace("_", " ").split()).lower()


def display(key: str) -> str:
    """A readable canonical name: ``vladimir putin`` -> ``Vladimir Putin``; short acronyms stay upper."""
    if " " not in key and len(key) <= 4 and "-" not in key:
        return key.upper()
    return " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in key.split())


def _date(s: str) -> str:
    """yymmdd (Phoenix's two-digit years: 30 and above are 19xx) or yyyymmdd -> yyyymmdd."""
    if len(s) == 8:
        return s
    return ("19" if int(s[:2]) >= 30 else "20") + s


def role(cell: str) -> str | None:
    """``RUSGOV 991231-080507`` -> ``RUSGOV:19991231-20080507``; ``RUSGOV >080508`` -> ``RUSGOV:20080508-``
    (the code is made ``RU/GOV`` by :func:`~.codes.shipped_code` when written)."""
    m = _DATED.match(cell.strip())
    if not m:
        return None
    code, sign, one, lo, hi = m.groups()
    if sign == ">":
        return f"{code}:{_date(one)}-"
    if sign == "<":
        return f"{code}:-{_date(one)}"
    if lo:
        return f"{code}:{_date(lo)}-{_date(hi)}"
    return code


def entries(path: Path) -> Iterator[Entry]:
    """The entries of a Phoenix actor file (name line, ``+synonym`` lines, ``[CODE dates]`` cells)."""
    current: Entry | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        codes = [r for c in _CODE.findall(body) if (r := role(c))]
        words = _CODE.sub(" ", body).strip()
        if body[:1] in (" ", "\t") and not words:
            if current is not None:
                current.roles.extend(codes)
            continue
        if words.startswith("+"):
            if current is not None and (syn := phrase(words[1:])):
                current.synonyms.append(syn)
                current.roles.extend(codes)
            continue
        if current is not None:
            yield current
        current = Entry(phrase(words), [], list(codes)) if phrase(words) else None
    if current is not None:
        yield current


def alpha2_table(geo_names: Path) -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> alpha-2."""
    with (geo_names / "pycountry_iso3166-1_nl.tsv").open(encoding="utf-8") as f:
        return {row["alpha_3"]: row["alpha_2"] for row in csv.DictReader(f, delimiter="\t")}


_SUBST = re.compile(r"!([A-Z]+)!")


def agents(path: Path) -> Iterator[tuple[str, str]]:
    """(noun phrase, CAMEO agent code) from Phoenix.agents.txt, with its substitution sets expanded and
    regular plurals added (the file leaves them to the coder)."""
    sets: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        if body.startswith("!") and "=" in body:
            name, _, values = body.partition("=")
            sets[name.strip().strip("!")] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        m = _CODE.search(body)
        if not m or not m.group(1).startswith("~"):
            continue
        code = m.group(1).split()[0]
        head = body[:m.start()]
        irregular = re.findall(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head).strip()
        forms = [head]
        for sub in _SUBST.findall(head):
            forms = [f.replace(f"!{sub}!", v) for f in forms for v in sets.get(sub, [])]
        for f in forms + [x for x in irregular if x.strip()]:
            key = phrase(f)
            if key and not key.startswith("!"):
                yield key, code
                if not irregular and not key.endswith(("s", "men")):
                    yield plural(key), code


def plural(key: str) -> str:
    """The regular English plural of a phrase's last word (``police officer`` -> ``police officers``)."""
    if key.endswith("man"):
        return key[:-3] + "men"
    if re.search(r"[^aeiou]y$", key):
        return key[:-1] + "ies"
    if key.endswith(("s", "x", "ch", "sh")):
        return key + "es"
    return key + "s"


def build(phoenix: Path, geo_names: Path, out: Path = LANG_DIR) -> dict[str, int]:
    """Write every table; returns the number of rows of each (for the log and the tests)."""
    alpha2 = alpha2_table(geo_names)
    named: list[str] = []
    countries: list[str] = []
    for name in ("Phoenix.Countries.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt"):
        for e in entries(phoenix / name):
            if not e.roles or len(e.name) < 2:
                continue
            bare = [r for r in e.roles if ":" not in r]
            if len(e.roles) == 1 and bare and bare[0] in alpha2:  # a country's own entry: its names are forms
                countries.extend(f"{form}\t{alpha2[bare[0]]}" for form in dict.fromkeys([e.name, *e.synonyms]))
                continue
            synonyms = [s for s in dict.fromkeys(e.synonyms) if s != e.name and len(s) > 1]
            roles = [shipped_code(c, alpha2) + (":" + d if d else "") for r in e.roles for c, _, d in [r.partition(":")]]
            named.append("\t".join((display(e.name), ";".join(dict.fromkeys(roles)), "|".join(synonyms))))
    agent_rows = [f"{k}\t{shipped_code(c, alpha2)}" for k, c in dict.fromkeys(agents(phoenix / "Phoenix.agents.txt"))]
    named_text = HEADER + "# canonical\tCAMEO codes (country/roles, :from-to in yyyymmdd when dated)\tother names (lower case, |)\n" \
        + "\n".join(named) + "\n"
    for lang in LANGUAGES:
        data = out / lang / "data"
        with lzma.open(data / "actors_phoenix_named.tsv.xz", "wt", encoding="utf-8", preset=9) as f:
            f.write(named_text)
        english = lang == ENGLISH
        (data / "actors_phoenix_agents.tsv").write_text(
            HEADER + "# English agent noun (lower case)\tCAMEO agent code (/roles)\n"
            + ("\n".join(agent_rows) + "\n" if english else "# (English nouns only: see actors_agents.tsv)\n"),
            encoding="utf-8")
        (data / "actors_phoenix_countries.tsv").write_text(
            HEADER + "# English country name or demonym (lower case)\tISO 3166-1 alpha-2\n"
            + ("\n".join(dict.fromkeys(countries)) + "\n" if english
               else "# (English forms only: see actors_countries.tsv)\n"),
            encoding="utf-8")
    counts = {"named": len(named), "agents": len(agent_rows), "countries": len(countries)}
    log.info("actor tables: %s", counts)
    return counts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    phoenix = Path(args[0]) if args else root / "phoenix-dictionaries"
    geo_names = Path(args[1]) if len(args) > 1 else root / "geo-names-nl"
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build(phoenix, geo_names)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
