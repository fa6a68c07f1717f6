"""The compiled gazetteer: name normalization and candidate lookup.

The gazetteer is one SQLite file (built by :mod:`kroniek.geo.build`) with

* ``place``: one row per location (country, first-level region, city, natural or
  informal region from the curated table) with GeoNames id, coordinates and precision;
* ``name``: normalized name keys -> place, with a quality (3 preferred Dutch/English
  name, 2 official or alternative name, 1 GeoNames alternate name of unknown language);
* ``phon``: transliteration-insensitive keys of the better names, used only when the
  exact key finds nothing (Basjkortostan / Basjkirostan / Bashkortostan);
* ``common``: words common in lower case (a capitalized one opening a sentence is no name);
* ``meta``: build information.

Opening it reads no tables into memory; lookups are indexed queries, cached.

It ships compressed (``kroniek/data/gazetteer.sqlite.xz``, about a third of its size: the GeoNames
villages make it some 50 MB) and is unpacked once, on first use, into the user's cache
(``$XDG_CACHE_HOME/kroniek``, else ``~/.cache/kroniek``), under a name that changes with the archive;
copies of other archives are removed after a week.
"""

from __future__ import annotations

import hashlib
import logging
import lzma
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ResourceError

log = logging.getLogger(__name__)

GAZETTEER_ARCHIVE = "gazetteer.sqlite.xz"
#: A town below this population whose name is an everyday word is read as the word unless vouched for: with
#: COMMON_TOWN_LETTERS letters ("Geel", "Goes", "Sale") the resolver wants a village's evidence for it, and with
#: fewer ("Can", "Bar") the gazetteer leaves the name out.
COMMON_TOWN_POPULATION = 100_000
COMMON_TOWN_LETTERS = 4

_APOSTROPHES = re.compile(r"[’'`ʼ‘]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/()]+")
_SAINTS = {"saint": "st", "sankt": "st", "sint": "st", "ste": "st", "sainte": "st", "santo": "st"}


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """The lookup key of a name: no accents, case-folded, hyphens and dots as spaces.

    ``"Sint-Petersburg"``, ``"St. Petersburg"`` and ``"Saint Petersburg"`` share ``"st petersburg"``;
    ``"Jakoetië"`` and ``"Jakoetie"`` share ``"jakoetie"``.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.casefold()).replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    words = [w for w in _SEPARATORS.split(text) if w]
    return " ".join(_SAINTS.get(w, w) for w in words)


_PHON_RULES: tuple[tuple[str, str], ...] = (
    ("tsj", "ch"), ("dzj", "j"), ("sj", "sh"), ("zj", "zh"), ("oe", "u"), ("ou", "u"),
    ("ij", "y"), ("j", "y"), ("w", "v"), ("ck", "k"), ("ph", "f"), ("sch", "sh"), ("c", "k"),
    ("y", "i"),
)
_SILENT_H = re.compile(r"(?<=[bcdfgjklmnpqrstvwxz])h")  # sh/kh/zh/gh: the h of a digraph
_PHON_END = re.compile(r"(?:iya|ija|ia|ie|ii|iy)$")  # Dutch -ië, English -ia, Russian -iya


@lru_cache(maxsize=100_000)
def phonetic(name: str) -> str:
    """A transliteration-insensitive key (Dutch ``sj``/``oe``/``j`` vs English ``sh``/``u``/``y``).

    Used only as a fallback when the exact key is unknown, so it may merge a little too much.
    """
    key = normalize(name).replace(" ", "")
    for old, new in _PHON_RULES:
        key = key.replace(old, new)
    key = re.sub(r"(.)\1+", r"\1", _SILENT_H.sub("", key))
    return _PHON_END.sub("ia", key) if len(key) > 5 else key


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer location."""

    pid: int
    geonames_id: int | None
    name: str
    feature_code: str
    country: str | None
    admin1: str | None
    admin1_code: str | None
    lat: float
    lon: float
    precision: str  # point | city | admin2 | admin1 | country | region
    population: int
    kind: str  # country | admin1 | city | feature


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: Entry
    quality: int  # 3 preferred name, 2 official/alternative, 1 alternate; phonetic matches lose one


_PLACE_COLUMNS = ("pid, geonames_id, name, feature_code, country, admin1, admin1_code, lat, lon, precision, "
                  "population, kind")


class Gazetteer:
    """Read access to a compiled gazetteer file (thread-safe)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ResourceError(
                f"gazetteer {self.path} does not exist; run `kroniek gazetteer build` or set KRONIEK_GAZETTEER")
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            meta = dict(self._db.execute("SELECT k, v FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"gazetteer {self.path} is not a kroniek gazetteer ({exc}); rebuild it with "
                                "`kroniek gazetteer build`") from None
        self.meta: dict[str, str] = meta
        self.max_words = int(meta.get("max_words", "6"))
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._phon_cache: dict[str, tuple[Candidate, ...]] = {}
        self._common: frozenset[str] = frozenset(r[0] for r in self._db.execute("SELECT key FROM common"))
        self._countries: dict[str, Entry] = {}
        for row in self._db.execute(f"SELECT {_PLACE_COLUMNS} FROM place WHERE kind = 'country'"):
            e = _entry(row)
            if e.country:
                self._countries[e.country] = e

    def __getstate__(self) -> dict[str, str]:
        """Pickled as its path (for worker processes); the connection is reopened there."""
        return {"path": str(self.path)}

    def __setstate__(self, state: dict[str, str]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]

    def is_common_word(self, key: str) -> bool:
        return key in self._common

    def country(self, code: str) -> Entry | None:
        return self._countries.get(code)

    def known(self, keys: Iterable[str], phonetic_keys: Iterable[str] = ()) -> set[str]:
        """The keys among ``keys`` that name something exactly, and those among ``phonetic_keys``
        that do phonetically (two queries)."""
        keys = {k for k in keys if k}
        found = self._present("name", keys)
        phon = {phonetic(k): k for k in set(phonetic_keys) - found if len(k.replace(" ", "")) >= 6}
        found.update(phon[p] for p in self._present("phon", set(phon)))
        return found

    def _present(self, table: str, keys: set[str]) -> set[str]:
        todo = sorted(keys)
        found: set[str] = set()
        with self._lock:
            for i in range(0, len(todo), 500):
                chunk = todo[i:i + 500]
                rows = self._db.execute(
                    f"SELECT DISTINCT key FROM {table} WHERE key IN ({','.join('?' * len(chunk))})", chunk).fetchall()
                found.update(r[0] for r in rows)
        return found

    def lookup(self, name: str, *, phonetic_fallback: bool = True) -> tuple[Candidate, ...]:
        """Every location ``name`` may refer to: exact key matches, then phonetic ones (one quality less)."""
        key = normalize(name)
        if not key:
            return ()
        cands = self._exact(key)
        if not phonetic_fallback or len(key.replace(" ", "")) < 6:
            return cands
        seen = {c.entry.pid for c in cands}
        return cands + tuple(c for c in self._phonetic(phonetic(name)) if c.entry.pid not in seen)

    def _exact(self, key: str) -> tuple[Candidate, ...]:
        if key in self._cache:
            return self._cache[key]
        with self._lock:
            rows = self._db.execute(
                f"SELECT n.quality, {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))} "
                "FROM name n JOIN place p ON p.pid = n.pid WHERE n.key = ?", (key,)).fetchall()
        out = _best_per_place(rows)
        self._cache[key] = out
        return out

    def _phonetic(self, key: str) -> tuple[Candidate, ...]:
        if key in self._phon_cache:
            return self._phon_cache[key]
        with self._lock:
            rows = self._db.execute(
                f"SELECT n.quality - 1, {', '.join('p.' + c.strip() for c in _PLACE_COLUMNS.split(','))} "
                "FROM phon n JOIN place p ON p.pid = n.pid WHERE n.key = ?", (key,)).fetchall()
        out = _best_per_place(rows)
        self._phon_cache[key] = out
        return out

    def close(self) -> None:
        self._db.close()


def _entry(row: tuple) -> Entry:  # type: ignore[type-arg]
    return Entry(pid=row[0], geonames_id=row[1], name=row[2], feature_code=row[3], country=row[4], admin1=row[5],
                 admin1_code=row[6], lat=row[7], lon=row[8], precision=row[9], population=row[10] or 0,
                 kind=row[11])


def _best_per_place(rows: list[tuple]) -> tuple[Candidate, ...]:  # type: ignore[type-arg]
    best: dict[int, Candidate] = {}
    for row in rows:
        cand = Candidate(entry=_entry(row[1:]), quality=int(row[0]))
        old = best.get(cand.entry.pid)
        if old is None or cand.quality > old.quality:
            best[cand.entry.pid] = cand
    return tuple(sorted(best.values(), key=lambda c: c.entry.pid))


def shipped_archive() -> Path:
    """The package's compiled gazetteer, xz-compressed."""
    return Path(str(resources.files("kroniek") / "data" / GAZETTEER_ARCHIVE))


def cache_dir() -> Path:
    """Where the shipped gazetteer is unpacked."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kroniek"


@lru_cache(maxsize=4)
def shipped_path() -> Path:
    """The shipped gazetteer, unpacked from its archive into the cache on first use."""
    archive = shipped_archive()
    try:
        st = archive.stat()
    except OSError:
        raise ResourceError(f"the shipped gazetteer {archive} is missing; reinstall kroniek or run "
                            "`kroniek gazetteer build`") from None
    # Size and modification time stand for the content (hashing 17 MB would cost every process 50 ms).
    tag = hashlib.sha256(f"{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()[:16]
    target = cache_dir() / f"gazetteer-{tag}.sqlite"
    if target.is_file():
        return target
    t0 = time.monotonic()
    log.info("unpacking the gazetteer %s (%.0f MB) into %s; this happens once", archive, st.st_size / 1e6, target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out, lzma.open(archive) as src:
                shutil.copyfileobj(src, out, 1 << 20)
            os.replace(tmp, target)  # atomic: a concurrent process sees the whole file or none
        finally:
            Path(tmp).unlink(missing_ok=True)
    except (OSError, lzma.LZMAError) as exc:
        raise ResourceError(f"cannot unpack the gazetteer {archive} into {target.parent}: {exc}; set XDG_CACHE_HOME "
                            "to a writable directory") from None
    for old in target.parent.glob("gazetteer-*.sqlite"):
        # Another installation may still use its copy: only week-old copies go.
        if old != target and time.time() - old.stat().st_mtime > 7 * 86400:
            old.unlink(missing_ok=True)
    log.info("gazetteer unpacked in %.1fs", time.monotonic() - t0)
    return target


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Open ``path`` (empty/None: the shipped gazetteer)."""
    return Gazetteer(Path(path) if path else shipped_path())
