"""``jsonl``: one JSON object per event (the kroniek/1 event, its document, sentence and places)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from ..store import EventRow
from . import Exporter, ExportOptions


def write(rows: Iterable[EventRow], out: IO[Any], options: ExportOptions) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


EXPORTER = Exporter(name="jsonl", write=write, suffix=".jsonl",
                    help="one kroniek/1 event per line with its document, sentence and places")
