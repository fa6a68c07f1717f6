"""Time and peak memory of the whole pipeline on one document of 10 KB, 100 KB, 1 MB and 10 MB.

    python bench/doc_size.py [--sizes 10k,100k,1M,10M] [--lang en] [--timeout 1800] [--json FILE] [--versus REV]

The document is the MEANTIME news articles of ``--lang`` (rebuilt from ``../shared`` as in
bench/batch_scaling.py; the demo articles in examples/ without it) joined by blank lines and repeated
until it has the size asked for, so the long ones are also repetitive (the same names, figures and
claims over and over), which is what made quadratic steps show. Each size runs in a fresh subprocess,
so that its peak RSS is its own: the models are loaded and warmed on a short text first, then the
document goes through the stages one by one. Printed per size: seconds in all and per stage, KB/s,
peak RSS and its growth over the loaded models. Cost should grow about linearly with size.
``--versus REV`` puts an older revision beside this working tree: each size runs on REV (checked out
by bench/versus.py's ``old_tree``) and then here, before the next size, so both see the same load;
one line per size gives old and new seconds, peak MB and the speed-up.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"k": 1_000, "m": 1_000_000}


def parse_size(text: str) -> int:
    text = text.strip().lower().rstrip("b")
    if text[-1:] in UNITS:
        return int(float(text[:-1]) * UNITS[text[-1]])
    return int(text)


def articles(lang: str) -> list[str]:
    sys.path.insert(0, str(ROOT / "bench"))
    from batch_scaling import SHARED, example_articles, meantime_articles

    if (SHARED / "data" / "meantime-derived" / lang / "meantime.conll").is_file():
        return [a["text"] for a in meantime_articles(lang)]
    return [a["text"] for a in example_articles() if a.get("language") in (lang, None)]


def document_text(size: int, lang: str) -> str:
    parts, n, texts = [], 0, articles(lang)
    while n < size:
        for text in texts:
            parts.append(text)
            n += len(text) + 2
            if n >= size:
                break
    return "\n\n".join(parts)[:size].rstrip()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(size: int, lang: str) -> dict[str, object]:
    """Run one document of ``size`` characters (in this process) and return the measurements."""
    try:
        import kroniek  # noqa: F401  (bench/versus.py points PYTHONPATH at the revision to measure)
    except ImportError:
        sys.path.insert(0, str(ROOT / "src"))
    from kroniek.pipeline import build_pipeline, new_document

    text = document_text(size, lang)
    pipeline = build_pipeline()
    pipeline(new_document(document_text(2_000, lang), language=lang, published="2024-05-01"))  # load and warm
    loaded = peak_mb()
    doc = new_document(text, language=lang, published="2024-05-01")
    stages: dict[str, float] = {}
    peaks: dict[str, int] = {}  # the peak RSS once each stage is done: which stage raised it
    t0 = time.perf_counter()
    for spec, stage in zip(pipeline.specs, pipeline.stages, strict=True):
        t = time.perf_counter()
        doc = stage(doc)
        name = spec.name.removeprefix("kroniek.").removesuffix(".v1")
        stages[name] = round(time.perf_counter() - t, 2)
        peaks[name] = round(peak_mb())
    seconds = time.perf_counter() - t0
    return {"size": size, "chars": len(text), "words": len(text.split()), "seconds": round(seconds, 2),
            "kb_per_s": round(len(text) / 1000 / seconds, 1), "peak_mb": round(peak_mb()),
            "growth_mb": round(peak_mb() - loaded), "events": len(doc.events), "stages": stages,
            "stage_peak_mb": peaks}


def measure(size: int, lang: str, timeout: float, src: Path | None = None) -> dict[str, object]:
    """One size in a fresh subprocess (importing kroniek from ``src`` when given): its measurements, or
    ``timeout``/``error``."""
    cmd = [sys.executable, __file__, "--one", str(size), "--lang", lang]
    env = {**os.environ, "PYTHONPATH": str(src)} if src is not None else None
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"size": size, "timeout": timeout}
    if done.returncode != 0:
        return {"size": size, "error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cell(r: dict[str, object]) -> str:
    if "timeout" in r:
        return f"{'>' + str(int(r['timeout'])):>8} {'?':>8}"  # type: ignore[call-overload]
    if "error" in r:
        return f"{'failed':>8} {'':>8}"
    return f"{r['seconds']:>8} {r['peak_mb']:>8}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1M,10M")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds per size before giving up on it")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--versus", metavar="REV", help="run each size on revision REV too, side by side")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size in this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.lang)))
        return 0
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    results: list[dict[str, object]] = []
    if args.versus:
        sys.path.insert(0, str(ROOT / "bench"))
        from versus import old_tree

        print(f"{'size':>8} | {'old s':>8} {'old MB':>8} | {'new s':>8} {'new MB':>8} | {'old/new':>7}  "
              f"slowest new stages (s)  [old: {args.versus}]")
        with old_tree(args.versus) as old_src:
            for size in sizes:
                old = measure(size, args.lang, args.timeout, old_src)
                new = measure(size, args.lang, args.timeout, ROOT / "src")
                results.append({"size": size, "old": old, "new": new})
                ratio = (f"{float(old['seconds']) / float(new['seconds']):>7.1f}"  # type: ignore[arg-type]
                         if "seconds" in old and "seconds" in new else f"{'?':>7}")
                slow = sorted(dict(new.get("stages") or {}).items(), key=lambda kv: -kv[1])[:3]  # type: ignore[call-overload]
                print(f"{size:>8} | {cell(old)} | {cell(new)} | {ratio}  " + " ".join(f"{k}={v}" for k, v in slow),
                      flush=True)
    else:
        print(f"{'size':>8} {'seconds':>8} {'KB/s':>6} {'peak MB':>8} {'+MB':>6}  per stage (s)")
        for size in sizes:
            r = measure(size, args.lang, args.timeout)
            results.append(r)
            if "timeout" in r:
                print(f"{size:>8} {'>' + str(int(args.timeout)):>8}  (gave up)", flush=True)
                continue
            if "error" in r:
                print(f"{size:>8} failed: {r['error']}", flush=True)
                continue
            slow = sorted(dict(r["stages"]).items(), key=lambda kv: -kv[1])[:4]  # type: ignore[call-overload]
            print(f"{size:>8} {r['seconds']:>8} {r['kb_per_s']:>6} {r['peak_mb']:>8} {r['growth_mb']:>6}  "
                  + " ".join(f"{k}={v}" for k, v in slow), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
