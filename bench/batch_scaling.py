"""Scaling of ``kroniek batch``: documents/s and words/s with 1 and 2 Dask workers on the same input.

    python bench/batch_scaling.py [--repeat N] [--partition-size N] [--workers 1,2] [--json FILE]

The corpus is built at run time (nothing from ../shared is copied into the repository): the 240
MEANTIME news articles (120 English Wikinews articles and their Dutch translations) rebuilt from
``../shared/data/meantime-derived/{en,nl}/meantime.conll`` as one JSONL file, repeated ``--repeat``
times with a varying suffix; without ../shared the demo articles in examples/ are used instead.

For every worker count a fresh LocalCluster (one thread per worker process) runs the corpus into a
fresh output directory. Throughput is counted from the first partition submitted to the last one
done: cluster start-up and model loading (once per worker) are reported separately. Scaling
efficiency = throughput(N workers) / (N x throughput(1 worker)). On a shared machine wall-clock numbers
measure the neighbours as much as kroniek, so the CPU time of the partition tasks is reported too
(documents per CPU-second, and how busy the workers were). The per-core baseline is the
single-process pipeline (``Pipeline.pipe`` in this process) and, when it exists, single-process
``kroniek ingest`` into a temporary SQLite store (which also writes the database).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KRONIEK_SHARED", ROOT.parent / "shared"))

def _detok(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = re.sub(r" ([.,;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$]) ", r"\1", text)
    return re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", text)


def _date(line: str) -> str | None:
    for fmt in ("%d-%b-%y", "%B %d, %Y", "%d %B %Y"):
        try:
            return datetime.strptime(line.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def meantime_articles(lang: str) -> list[dict[str, Any]]:
    """MEANTIME documents of one language as JSON records (title, published, text)."""
    path = SHARED / "data" / "meantime-derived" / lang / "meantime.conll"
    docs: list[dict[str, Any]] = []
    sentences: dict[int, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin"):
            sentences = {}
        elif line.startswith("#end"):
            ordered = [_detok(sentences[k]) for k in sorted(sentences)]
            if len(ordered) >= 3:
                published = _date(ordered[1])
                docs.append({"title": ordered[0], "published": published, "language": lang,
                             "text": "\n\n".join([ordered[0], *ordered[2:]])})
        elif line.strip():
            cols = line.split("\t")
            sentences.setdefault(int(cols[1]), []).append(cols[3])
    return docs


def example_articles() -> list[dict[str, Any]]:
    out = []
    for txt in sorted((ROOT / "examples").glob("*.txt")):
        meta_path = txt.with_name(txt.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        out.append({"text": txt.read_text(encoding="utf-8"), "published": meta.get("published"),
                    "language": meta.get("language")})
    return out


def build_corpus(path: Path, repeat: int) -> tuple[int, int, str]:
    if (SHARED / "data" / "meantime-derived").is_dir():
        base, origin = meantime_articles("en") + meantime_articles("nl"), "MEANTIME en+nl (../shared)"
    else:
        base, origin = example_articles(), "examples/"
    words = 0
    with path.open("w", encoding="utf-8") as f:
        for k in range(repeat):
            for rec in base:
                suffix = (" Bericht" if rec.get("language") == "nl" else " Report") + f" {k}."
                text = rec["text"] + suffix
                words += len(text.split())
                f.write(json.dumps({**rec, "text": text}, ensure_ascii=False) + "\n")
    return repeat * len(base), words, origin


def single_process(path: Path) -> dict[str, float]:
    """The pipeline over the corpus in this process, no Dask and no Parquet (models loaded first).

    Documents go through ``Pipeline.pipe`` in batches of ``batch_size`` exactly as in a batch worker
    (``kroniek.sources.isolation.analyse_articles``: a document that raises is set aside, not fatal).
    """
    from kroniek.pipeline import build_pipeline, new_document
    from kroniek.sources.article import RawArticle
    from kroniek.sources.isolation import analyse_articles as analyse

    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pipeline = build_pipeline()
    for r in records[:2]:
        pipeline(new_document(r["text"], published=r["published"], language=r["language"]))
    articles = [RawArticle(name=str(k), text=r["text"], published=r["published"], language=r["language"],
                           title=r.get("title")) for k, r in enumerate(records)]
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(1 for d in analyse(pipeline, articles) if not isinstance(d, Exception))
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    words = sum(len(r["text"].split()) for r in records)
    return {"documents": n, "seconds": secs, "cpu_seconds": cpu, "docs_per_s": n / secs, "words_per_s": words / secs,
            "docs_per_cpu_s": n / cpu}


def single_ingest(path: Path, tmp: Path) -> dict[str, float] | None:
    """``kroniek ingest`` with one process into a temporary SQLite store, if ingest exists."""
    try:
        from kroniek.ingest import ingest
        from kroniek.store import Store
    except ImportError:
        return None
    store = Store.open(f"sqlite:///{tmp / 'ingest.db'}")
    try:
        report = ingest([str(path)], store, workers=1)
    finally:
        store.close()
    secs = report.seconds
    words = sum(len(json.loads(line)["text"].split()) for line in path.read_text(encoding="utf-8").splitlines())
    return {"documents": report.stored, "seconds": secs, "docs_per_s": report.stored / secs,
            "words_per_s": words / secs}


def batch(path: Path, out: Path, workers: int, partition_size: int) -> dict[str, float]:
    from distributed import Client, LocalCluster

    from kroniek.scale.run import run_batch
    from kroniek.scale.worker import warm_up
    from kroniek.settings import load_settings

    logging.getLogger("distributed").setLevel(logging.WARNING)

    t0 = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        client.run(warm_up, dict(load_settings().values))  # load the models before the clock starts
        summary = run_batch([str(path)], str(out), client=client, partition_size=partition_size, dashboard=False)
    finally:
        client.close()
        cluster.close()
    total = time.perf_counter() - t0
    if summary.failures or summary.errors:
        logging.warning("batch with %d workers: %d failed partitions, %d bad records", workers,
                        len(summary.failures), summary.errors)
    cpu = sum(r.cpu_seconds for r in summary.results)
    return {"workers": workers, "documents": summary.documents, "seconds": summary.seconds, "cpu_seconds": cpu,
            "startup_s": total - summary.seconds, "docs_per_s": summary.docs_per_second,
            "words_per_s": summary.words_per_second, "docs_per_cpu_s": summary.documents / cpu if cpu else 0.0,
            "busy": cpu / (workers * summary.seconds) if summary.seconds else 0.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="Copies of the corpus (default 1: 240 documents).")
    parser.add_argument("--partition-size", type=int, default=10)
    parser.add_argument("--workers", default="1,2", help="Comma-separated worker counts to run.")
    parser.add_argument("--no-baseline", action="store_true", help="Skip the single-process runs.")
    parser.add_argument("--json", type=Path, help="Also write the numbers here.")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)

    with tempfile.TemporaryDirectory(prefix="kroniek-bench-") as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "corpus.jsonl"
        n_docs, n_words, origin = build_corpus(corpus, args.repeat)
        print(f"corpus: {n_docs} documents, {n_words:,} words ({origin}); partition size {args.partition_size}; "
              f"{os.cpu_count()} CPU cores; load average {os.getloadavg()[0]:.1f}")
        results: dict[str, Any] = {"documents": n_docs, "words": n_words, "cores": os.cpu_count()}
        if not args.no_baseline:
            results["single_process"] = single = single_process(corpus)
            print(f"single process, Pipeline.pipe:  {single['docs_per_s']:6.1f} docs/s  "
                  f"{single['words_per_s']:8,.0f} words/s  ({single['docs_per_cpu_s']:.1f} docs per CPU-second)")
            ingest_numbers = single_ingest(corpus, tmp)
            if ingest_numbers:
                results["single_ingest"] = ingest_numbers
                print(f"single process, kroniek ingest: {ingest_numbers['docs_per_s']:6.1f} docs/s  "
                      f"{ingest_numbers['words_per_s']:8,.0f} words/s (includes SQLite writes)")
        runs = []
        for n in (int(x) for x in args.workers.split(",")):
            r = batch(corpus, tmp / f"out-{n}", n, args.partition_size)
            runs.append(r)
            print(f"batch, {n} worker(s):           {r['docs_per_s']:6.1f} docs/s  {r['words_per_s']:8,.0f} words/s"
                  f"  ({r['documents']} docs in {r['seconds']:.1f} s; {r['docs_per_cpu_s']:.1f} docs per CPU-second; "
                  f"workers busy {100 * r['busy']:.0f} % of the wall time; start-up + model load {r['startup_s']:.1f} s)")
        results["batch"] = runs
        base = next((r for r in runs if r["workers"] == 1), None)
        if base:
            for r in runs:
                if r["workers"] > 1:
                    eff = r["docs_per_s"] / (r["workers"] * base["docs_per_s"])
                    cpu_eff = r["docs_per_cpu_s"] / base["docs_per_cpu_s"] if base["docs_per_cpu_s"] else 0.0
                    r["efficiency"], r["cpu_efficiency"] = eff, cpu_eff
                    print(f"scaling efficiency 1 -> {r['workers']} workers: {100 * eff:.0f} % wall-clock "
                          f"(target >= 80 %); {100 * cpu_eff:.0f} % per CPU-second")
            if not args.no_baseline:
                single = results["single_process"]
                print(f"per-core throughput, batch (1 worker) vs single-process pipeline: "
                      f"{100 * base['docs_per_s'] / single['docs_per_s']:.0f} % wall-clock, "
                      f"{100 * base['docs_per_cpu_s'] / single['docs_per_cpu_s']:.0f} % per CPU-second")
                if "single_ingest" in results:
                    print(f"per-core throughput, batch (1 worker) vs single-process ingest: "
                          f"{100 * base['docs_per_s'] / results['single_ingest']['docs_per_s']:.0f} %")
        if args.json:
            args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
