"""Store speed: bulk and single writes, filtered event queries, export reads.

    .venv/bin/python bench/store_speed.py [DB_URL] [N_DOCS]

DB_URL defaults to a fresh SQLite file in a temporary directory (give a PostgreSQL URL of a
database you may fill); N_DOCS (default 2000) synthetic documents with two events each.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kroniek.store import EventFilter, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the synthetic documents of the tests
from samples import sample_document  # noqa: E402


def main() -> None:
    tmp = tempfile.TemporaryDirectory()
    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    store = Store.open(url)
    docs = [sample_document("nl" if k % 2 else "en", k) for k in range(n)]
    t = time.perf_counter()
    store.add_many(docs)
    dt = time.perf_counter() - t
    print(f"add_many: {n} documents in {dt:.2f} s = {n / dt:.0f} docs/s")
    single = [sample_document("nl", n + k) for k in range(200)]
    t = time.perf_counter()
    for doc in single:
        store.add(doc)
    print(f"add (one transaction each): {200 / (time.perf_counter() - t):.0f} docs/s")
    for f in (EventFilter(), EventFilter(type="PROTEST", country="NL"), EventFilter(text="mobilisatie"),
              EventFilter(actor="polit"), EventFilter(date_from="2022-10-01", date_to="2022-10-31")):
        t = time.perf_counter()
        store.events(f, limit=50)
        count = store.count_events(f)
        print(f"events(limit=50) + count_events {f.as_dict() or '{}'}: {count} matches in "
              f"{1000 * (time.perf_counter() - t):.0f} ms")
    t = time.perf_counter()
    store.get_document(docs[n // 2].id)
    print(f"get_document: {1000 * (time.perf_counter() - t):.1f} ms")
    t = time.perf_counter()
    total = sum(1 for _ in store.iter_events())
    dt = time.perf_counter() - t
    print(f"iter_events (exports): {total} events in {dt:.2f} s = {total / dt:.0f} events/s")
    store.close()
    tmp.cleanup()


if __name__ == "__main__":
    main()
