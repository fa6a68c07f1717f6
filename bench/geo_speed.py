"""Gazetteer load time and place extraction speed (geo stage alone, no tagger).

Usage: .venv/bin/python bench/geo_speed.py [ARTICLE.txt ...]   (default: ../shared/examples/*.txt)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kroniek.geo import load_gazetteer, places_of
from kroniek.model import Document
from kroniek.segment import segment


def main(paths: list[str]) -> None:
    files = [Path(p) for p in paths] or sorted(Path(__file__).resolve().parents[1].parent.glob("shared/examples/*.txt"))
    t0 = time.perf_counter()
    gaz = load_gazetteer()
    load_s = time.perf_counter() - t0
    docs = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        docs.append(Document(text=text, sentences=tuple(segment(text)[0])))
    t0 = time.perf_counter()
    n_places = sum(len(places_of(d, gaz).places) for d in docs)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        places_of(d, gaz)
    warm = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    print(f"gazetteer load {load_s * 1000:.0f} ms; {len(docs)} documents, {chars} characters, {n_places} places; "
          f"cold {cold * 1000 / max(1, len(docs)):.1f} ms/doc, warm {warm * 1000 / max(1, len(docs)):.1f} ms/doc")


if __name__ == "__main__":
    main(sys.argv[1:])
