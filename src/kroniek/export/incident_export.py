"""``kroniek export --level incident``: incidents in every built-in format (rows: :mod:`.incident_rows`).

jsonl writes one incident per line with its ``members``; csv and parquet the flat
:data:`~.incident_rows.INCIDENT_COLUMNS`; geojson one feature per incident at its place;
acled-csv one ACLED row per incident with all sources in ``source`` and the number of reports
(incidents the reports do not assert are left out unless ``include_unreal``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigError, StoreError
from . import ExportOptions, _opened, get_exporter
from .csv_format import write_records
from .geojson_format import write_features
from .incident_rows import (
    ACLED_INCIDENT_COLUMNS,
    INCIDENT_COLUMNS,
    INCIDENT_CSV_COLUMNS,
    acled_incident_record,
    incident_feature,
    incident_json,
    incident_record,
    is_unreal,
)

if TYPE_CHECKING:
    from ..store import EventFilter, Store
    from ..store.incidents import IncidentRow

IncidentWriter = Callable[[Iterable["IncidentRow"], IO[Any], ExportOptions], int]


def _jsonl(rows: Iterable[IncidentRow], out: IO[Any], options: ExportOptions) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(incident_json(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv(rows: Iterable[IncidentRow], out: IO[Any], options: ExportOptions) -> int:
    return write_records(out, INCIDENT_CSV_COLUMNS, (incident_record(r) for r in rows))


def _acled_csv(rows: Iterable[IncidentRow], out: IO[Any], options: ExportOptions) -> int:
    kept = (r for r in rows if options.include_unreal or not is_unreal(r))
    return write_records(out, ACLED_INCIDENT_COLUMNS, (acled_incident_record(r) for r in kept))


def _geojson(rows: Iterable[IncidentRow], out: IO[Any], options: ExportOptions) -> int:
    return write_features((incident_feature(row) for row in rows), out)


def _parquet(rows: Iterable[IncidentRow], out: IO[Any], options: ExportOptions) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}
    schema = pa.schema([(name, arrow[kind]) for name, kind in INCIDENT_COLUMNS])
    records = [incident_record(r) for r in rows]
    with pq.ParquetWriter(out, schema) as writer:
        writer.write_table(pa.Table.from_pylist(records, schema=schema))
    return len(records)


#: The incident writer of each built-in format.
INCIDENT_WRITERS: dict[str, IncidentWriter] = {
    "jsonl": _jsonl, "csv": _csv, "acled-csv": _acled_csv, "geojson": _geojson, "parquet": _parquet,
}


def export_incidents(store: Store, fmt: str, out: Path | str | IO[Any] | None = None, f: EventFilter | None = None,
                     *, include_unreal: bool = False) -> int:
    """Write the incidents with a report matching ``f`` in ``fmt``; the number of rows written."""
    from ..store.incidents import Incidents

    exporter = get_exporter(fmt)
    writer = INCIDENT_WRITERS.get(fmt)
    if writer is None:
        raise ConfigError(f"export format {fmt!r} has no incident level; --level incident writes "
                          f"{', '.join(sorted(INCIDENT_WRITERS))}")
    with _opened(out, exporter) as fh:
        try:
            return writer(Incidents(store).iter_all(f), fh, ExportOptions(include_unreal=include_unreal))
        except BrokenPipeError:
            raise  # the reader of stdout went away (`| head`): click stops quietly
        except OSError as exc:
            raise StoreError(f"cannot write {out or 'stdout'}: {exc}") from None
