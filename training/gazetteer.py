"""LOC gazetteer patterns for an ``entity_ruler`` that runs after the statistical NER and only fills
gaps (it never overrides a predicted entity).

Built from ``../shared/data``: CLDR country/region names (geo-names-nl/babel_cldr_territories_nl_en.tsv,
Unicode license), Natural Earth admin-1 names (public domain) and GeoNames cities15000 names with at
least ``--min-pop`` inhabitants (CC BY 4.0). Lower-case names and names that are also common
capitalized words of the language are left out. ``kroniek train`` adds the ruler only when it raises
the NER F1 on the development set (see assemble.py).

Usage: ``python training/gazetteer.py nl|en [--data DIR] [--out FILE.jsonl]``
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
# Capitalized function words / frequent sentence starters that are also place names somewhere.
STOP = {
    "nl": {"De", "Het", "Een", "En", "Of", "Maar", "Dat", "Die", "Dit", "Deze", "Als", "Zo", "Na", "Om", "Op",
           "In", "Aan", "Bij", "Voor", "Tot", "Van", "Met", "Ook", "Nog", "Al", "Er", "Wel", "Goed", "Zeer",
           "Nieuw", "Oost", "West", "Noord", "Zuid", "Midden", "Centrum", "Hoorn", "Best", "Lelystad"} - {"Lelystad"},
    "en": {"The", "A", "An", "And", "Or", "But", "Of", "In", "On", "At", "To", "For", "By", "With", "As", "So",
           "Mission", "Reading", "Split", "Mobile", "Nice", "Bath", "Best", "Deal", "Orange", "Victoria", "Florence",
           "Jackson", "Lincoln", "Washington", "Hamilton", "Wellington", "Kingston", "Independence", "Pride",
           "Union", "Liberty", "Hope", "Bradford", "Stanley", "Leon", "Marion", "Douglas", "Wolf", "Young"},
}


def names(lang: str, data: Path, min_pop: int) -> set[str]:
    out: set[str] = set()
    col = "name_nl" if lang == "nl" else "name_en"
    with (data / "geo-names-nl" / "babel_cldr_territories_nl_en.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.add(row[col])
    with (data / "naturalearth" / "admin1_names.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out.add(row[col] or row["name"])
    with zipfile.ZipFile(data / "geonames" / "cities15000.zip") as z:
        member = next(n for n in z.namelist() if n.endswith(".txt"))
        for line in io.TextIOWrapper(z.open(member), encoding="utf-8"):
            cols = line.rstrip("\n").split("\t")
            if int(cols[14] or 0) >= min_pop:
                out.add(cols[1])
    return {n.strip() for n in out if n and n.strip()[:1].isupper() and n.strip() not in STOP[lang] and len(n) > 2}


def patterns(lang: str, data: Path, min_pop: int = 100_000) -> list[dict[str, object]]:
    """Phrase patterns (matched on exact token text by spaCy's PhraseMatcher)."""
    return [{"label": "LOC", "pattern": name, "id": "gazetteer"} for name in sorted(names(lang, data, min_pop))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["nl", "en"])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--min-pop", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    out = args.out or ROOT / "training" / "corpus" / args.lang / "gazetteer.jsonl"
    pats = patterns(args.lang, args.data, args.min_pop)
    out.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pats), encoding="utf-8")
    print(f"{len(pats)} LOC patterns -> {out}")


if __name__ == "__main__":
    main()
