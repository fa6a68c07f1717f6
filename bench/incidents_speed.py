"""Incident linking at scale: time and peak memory of linking N event mentions, for growing N.

    .venv/bin/python bench/incidents_speed.py [--sizes 10000,30000,100000] [--seed 1]

The mentions are made from real outputs: the articles of examples/incidents/ (and blind/) are
analysed once, and their event mentions are copied into synthetic happenings, each with its own
day (two years per 10,000 mentions: an archive growing by time; ``--dense`` keeps two years for
every size, so that each day holds more news) and its own city (about 2,000 cities, coordinates spread over Europe,
countries cycling), told by one to four reports (copies with their own document ids, dated by
their text or by a publication up to a day later). Each size runs in a subprocess of its own, so
that its peak memory (ru_maxrss) is its own; linking is :func:`kroniek.incidents.link_all`
(blocking, scoring, average linkage), the work ``kroniek incidents relink`` does in memory.
Cost should grow about linearly: the per-mention time should stay flat.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def base_records() -> list:  # type: ignore[type-arg]
    from kroniek import default_pipeline
    from kroniek.evaluation.incidents import read_documents
    from kroniek.incidents import mentions_of

    pipe = default_pipeline()
    out = []
    for folder in (ROOT / "examples" / "incidents", ROOT / "examples" / "incidents" / "blind"):
        for doc in read_documents(folder, pipe).values():
            out.extend(m for m in mentions_of(doc) if m.modality == "asserted")
    return out


def synthetic(base: list, n: int, seed: int, constant_density: bool = True) -> list:  # type: ignore[type-arg]
    from kroniek.incidents.records import PlaceRef

    rng = random.Random(seed)
    cities = [PlaceRef(name=f"City {k}", geonames_id=10_000_000 + k, country=("NL", "BE", "DE", "FR", "GB")[k % 5],
                       admin1=f"R{k % 40}", lat=43 + rng.random() * 12, lon=-4 + rng.random() * 20, precision="city")
              for k in range(2000)]
    start = dt.date(2023, 1, 1)
    # An archive that grows by time: the same news per day, over more days (two years per 10,000 mentions).
    span_days = max(1, round(730 * n / 10_000)) if constant_density else 730
    out = []
    happening = 0
    while len(out) < n:
        happening += 1
        proto, city = rng.choice(base), rng.choice(cities)
        day = start + dt.timedelta(days=rng.randrange(span_days))
        for r in range(rng.choice((1, 1, 2, 3, 4))):
            src = rng.choice(base) if r and rng.random() < 0.5 else proto
            late = rng.random() < 0.3
            first = day if not late else day
            last = day + dt.timedelta(days=1) if late else day
            out.append(dataclasses.replace(
                src, doc_id=f"{happening:08d}{r}", type=proto.type, mode=proto.mode, place=city,
                day_start=first.isoformat(), day_end=last.isoformat(), when_source="published" if late else "text",
                published=last.isoformat()))
    return out[:n]


def run_one(n: int, seed: int, base_file: str, dense: bool) -> dict:  # type: ignore[type-arg]
    from kroniek.incidents import link_all

    base = pickle.loads(Path(base_file).read_bytes())
    records = synthetic(base, n, seed, constant_density=not dense)
    t = time.perf_counter()
    linked = link_all(records)
    seconds = time.perf_counter() - t
    return {"mentions": n, "incidents": len(linked), "seconds": round(seconds, 2),
            "us_per_mention": round(seconds / n * 1e6, 1),
            "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,30000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dense", action="store_true",
                        help="keep the two years for every size (more news per day as the size grows)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--base", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, args.base, args.dense)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        base_file = str(Path(tmp) / "base.pkl")
        base = base_records()
        Path(base_file).write_bytes(pickle.dumps(base))
        print(f"{len(base)} real event mentions as the base")
        for n in (int(x) for x in args.sizes.split(",")):
            out = subprocess.run([sys.executable, __file__, "--one", str(n), "--seed", str(args.seed),
                                  "--base", base_file, *(["--dense"] if args.dense else [])],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{r['mentions']:>8} mentions -> {r['incidents']:>7} incidents: {r['seconds']:>7.2f} s "
                  f"({r['us_per_mention']} us/mention), peak {r['peak_mb']} MB")


if __name__ == "__main__":
    main()
