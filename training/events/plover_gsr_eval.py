"""Event typing on the PLOVER gold-standard records (322 English sentences coded in PLOVER 0.5b1).

    .venv/bin/python training/events/plover_gsr_eval.py [--shared ../shared] [--errors N]

Reads ``data/plover-gsr/PLOVER_GSR_CAMEO.txt`` from ../shared (never copied into the repo),
maps the older PLOVER labels to kroniek's (DEMAND -> REQUEST, DISAPPROVE/INVESTIGATE -> ACCUSE,
FIGHT -> ASSAULT) and reports, over the sentences, how often the gold type is among the
predicted events (recall), how many predicted events carry the gold type (precision), and
how often the first predicted event has it (top-1 accuracy), with a per-type breakdown.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import kroniek

MAP = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2].parent / "shared"))
    ap.add_argument("--errors", type=int, default=0, help="print this many missed sentences")
    args = ap.parse_args()
    records = json.loads((Path(args.shared) / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt").read_text("utf-8"))
    pipe = kroniek.default_pipeline()
    hit = top1 = n = pred_total = pred_right = 0
    per: Counter[str] = Counter()
    per_hit: Counter[str] = Counter()
    errors = []
    for r in records:
        if r.get("event") in (None, "DOCUMENT") or not r.get("text"):
            continue
        gold = MAP.get(r["event"], r["event"])
        doc = kroniek.extract(r["text"], language="en", published=r.get("date"), pipeline=pipe)
        types = [e.type for e in doc.events]
        n += 1
        per[gold] += 1
        pred_total += len(types)
        pred_right += sum(t == gold for t in types)
        if gold in types:
            hit += 1
            per_hit[gold] += 1
        else:
            errors.append((gold, types, r["text"]))
        top1 += bool(types) and types[0] == gold
    print(f"sentences {n}  recall {hit / n:.3f}  precision {pred_right / max(1, pred_total):.3f}  "
          f"top-1 {top1 / n:.3f}  predicted events {pred_total}")
    for t in sorted(per):
        print(f"  {t:10s} {per_hit[t]:3d}/{per[t]:3d}")
    for gold, types, text in errors[: args.errors]:
        print(f"MISS {gold:9s} pred={types} | {text[:140]}")


if __name__ == "__main__":
    main()
