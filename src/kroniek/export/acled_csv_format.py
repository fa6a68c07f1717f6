"""``acled-csv``: ACLED's columns, one row per event the text asserts (see :mod:`.acled`).

Negated, possible, future and hypothetical events did not happen as far as the text says: they are left
out unless ``include_unreal`` is set, and then flagged in the ``unreal`` column and a ``modality=`` tag.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import IO, Any

from ..store import EventRow
from . import Exporter, ExportOptions
from .acled import ACLED_CSV_COLUMNS, acled_record
from .columns import is_unreal
from .csv_format import write_records

log = logging.getLogger(__name__)


def write(rows: Iterable[EventRow], out: IO[Any], options: ExportOptions) -> int:
    left_out = 0

    def records() -> Iterable[dict[str, Any]]:
        nonlocal left_out
        for row in rows:
            if is_unreal(row.event) and not options.include_unreal:
                left_out += 1
                continue
            yield acled_record(row)

    n = write_records(out, ACLED_CSV_COLUMNS, records())
    if left_out:
        log.info("acled-csv: %d negated, possible, future or hypothetical events left out "
                 "(--include-unreal keeps them, flagged)", left_out)
    return n


EXPORTER = Exporter(name="acled-csv", write=write, suffix=".csv",
                    help="ACLED's columns, one row per asserted event (--include-unreal keeps the others, flagged)")
