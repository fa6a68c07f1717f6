"""``parquet``: the flat columns of ``csv``, typed from the model fields they are read from."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from ..store import EventRow
from . import Exporter, ExportOptions
from .columns import COLUMNS, event_record

_BATCH = 1000


def write(rows: Iterable[EventRow], out: IO[Any], options: ExportOptions) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    schema = pa.schema([(c.name, arrow[c.type]) for c in COLUMNS])
    n = 0
    batch: list[dict[str, Any]] = []
    with pq.ParquetWriter(out, schema) as writer:
        for row in rows:
            batch.append(event_record(row))
            if len(batch) >= _BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        if batch or n == 0:  # an empty export still has the schema
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n


EXPORTER = Exporter(name="parquet", write=write, binary=True, suffix=".parquet",
                    help="the csv columns, typed (binary: needs --out FILE.parquet)")
