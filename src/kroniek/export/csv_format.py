"""``csv``: one row per event in the flat :data:`~kroniek.export.columns.COLUMNS`."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from typing import IO, Any

from ..store import EventRow
from . import Exporter, ExportOptions
from .columns import CSV_COLUMNS, event_record


def write_records(out: IO[str], columns: Sequence[str], records: Iterable[dict[str, Any]]) -> int:
    """CSV with a header of ``columns``; None is written as an empty field. Returns the rows written."""
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for rec in records:
        writer.writerow({k: "" if v is None else v for k, v in rec.items()})
        n += 1
    return n


def write(rows: Iterable[EventRow], out: IO[Any], options: ExportOptions) -> int:
    return write_records(out, CSV_COLUMNS, (event_record(row) for row in rows))


EXPORTER = Exporter(name="csv", write=write, suffix=".csv",
                    help="one row per event: its primary place, other places listed, counts, evidence sentence")
