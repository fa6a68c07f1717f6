"""The time tagger's share of the pipeline's time (issue 4: at most 10%).

Usage: ``python bench/timex_speed.py [--repeat 20]``

Runs the default pipeline stage by stage over the demo articles in ``examples/`` and the
``../shared/examples`` articles (when present), each repeated ``--repeat`` times, and prints the
CPU seconds (process time, steadier than wall time on a shared machine) spent in every stage and the timex stage's share of the total.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KRONIEK_SHARED", ROOT.parent / "shared"))
TARGET = 0.10


def articles() -> list[tuple[str, dict[str, str]]]:
    out = []
    for folder in (ROOT / "examples", SHARED / "examples"):
        for txt in sorted(folder.glob("*.txt")):
            meta_path = txt.with_name(txt.stem + ".meta.json")
            meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
            out.append((txt.read_text(encoding="utf-8"), meta))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help="times each article is run")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import kroniek
    from kroniek.pipeline import new_document

    pipe = kroniek.default_pipeline()
    docs = articles()
    if not docs:
        print("no articles found in examples/ or ../shared/examples")
        return 1
    spent: dict[str, float] = defaultdict(float)
    times = 0
    for _ in range(args.repeat):
        for text, meta in docs:
            doc = new_document(text, published=meta.get("published"), language=meta.get("language"))
            for spec, stage in zip(pipe.specs, pipe.stages, strict=True):
                t0 = time.process_time()
                doc = stage(doc)
                spent[spec.name] += time.process_time() - t0
            times += len(doc.times)
    total = sum(spent.values())
    print(f"{len(docs)} articles x {args.repeat} runs, {times} time expressions tagged")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:26} {seconds:8.3f} s  {100 * seconds / total:5.1f}%")
    share = spent.get("kroniek.timex.v1", 0.0) / total if total else 0.0
    verdict = "ok" if share <= TARGET else "OVER TARGET"
    print(f"timex share of pipeline time: {100 * share:.1f}% (target <= {100 * TARGET:.0f}%): {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
