"""Throughput of the full extraction pipeline: words/s, documents/s, peak RSS, time per stage.

    python bench/extract_speed.py [--repeat N] [DIR ...]

Reads the articles in examples/ (and ../shared/examples when present), repeats the corpus
N times with a varying suffix (so no cache can help), runs them through the default pipeline
with ``pipeline.pipe`` on one process, and prints the figures. Each stage's share of the
time is measured in a second pass that calls the stages one by one.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

import kroniek
from kroniek.pipeline import build_pipeline, new_document

ROOT = Path(__file__).resolve().parent.parent


def corpus(dirs: list[Path], repeat: int) -> list[tuple[str, str | None, str | None]]:
    base = []
    for d in dirs:
        for txt in sorted(d.glob("*.txt")):
            meta_path = txt.with_name(txt.stem + ".meta.json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
            base.append((txt.read_text(encoding="utf-8"), meta.get("published"), meta.get("language")))
    return [(f"{text}\n\nBericht {k}." if lang == "nl" else f"{text}\n\nReport {k}.", pub, lang)
            for k in range(repeat) for text, pub, lang in base]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    dirs = args.dirs or [p for p in (ROOT / "examples", ROOT.parent / "shared" / "examples") if p.is_dir()]
    docs = corpus(dirs, args.repeat)
    words = sum(len(t.split()) for t, _, _ in docs)

    t0 = time.perf_counter()
    pipeline = build_pipeline()
    pipeline(new_document(docs[0][0], published=docs[0][1], language=docs[0][2]))  # loads every model
    load_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = sum(1 for _ in pipeline.pipe(new_document(t, published=p, language=lang) for t, p, lang in docs))
    elapsed = time.perf_counter() - t0

    per_stage = dict.fromkeys(pipeline.names, 0.0)
    for text, pub, lang in docs[: max(1, len(docs) // 4)]:
        doc = new_document(text, published=pub, language=lang)
        for name, stage in zip(pipeline.names, pipeline.stages, strict=True):
            s0 = time.perf_counter()
            doc = stage(doc)
            per_stage[name] += time.perf_counter() - s0
    total = sum(per_stage.values()) or 1.0

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"kroniek {kroniek.__version__} extract benchmark (one process)")
    print(f"corpus: {n} documents, {words} words from {', '.join(map(str, dirs))}")
    print(f"load (models, gazetteer, first document): {load_s:.2f} s")
    print(f"throughput: {n / elapsed:.1f} documents/s, {words / elapsed:,.0f} words/s")
    print(f"peak RSS: {rss_mb:.0f} MB")
    print("time per stage (share of pipeline time, per-document calls):")
    for name, secs in per_stage.items():
        print(f"  {name:<24} {100 * secs / total:5.1f} %")


if __name__ == "__main__":
    main()
