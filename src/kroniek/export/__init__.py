"""``kroniek export``: stored events written by registered exporters (csv, acled-csv, jsonl, geojson, parquet).

Every format takes the same :class:`~kroniek.store.EventFilter` as the API. Rows carry the event key
(``doc_id:event_id``) and the evidence sentence, so each row leads back to its text. No format multiplies
or invents a count: one event is one row, line or feature, placed at its primary place with the others
listed beside it; events the text does not assert (negated, possible, future, hypothetical) are marked
(``modality``, ``unreal``), and acled-csv leaves them out unless ``include_unreal`` is set.

An export format is an :class:`Exporter` registered like a stage: an entry point in the group
``kroniek.exports`` whose value is the Exporter, built-ins included. A plugin package declares::

    [project.entry-points."kroniek.exports"]
    "kml" = "acme_kroniek.kml:EXPORTER"

Modules: :mod:`.columns` (the flat columns and what every format reads from an event), :mod:`.acled`
(ACLED's columns and codes), and one module per built-in format (``csv_format``, ``acled_csv_format``,
``jsonl_format``, ``geojson_format``, ``parquet_format``).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigError, StoreError
from ..plugins import PluginRegistry

if TYPE_CHECKING:  # the command line reads the format names without loading the store
    from ..store import EventFilter, EventRow, Store

ENTRY_POINT_GROUP = "kroniek.exports"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices a writer may honour (a writer ignores the ones that do not concern it)."""

    include_unreal: bool = False  # acled-csv: keep events the text does not assert, flagged


#: ``write(rows, out, options) -> rows written``: ``out`` is a text stream, or a binary one for binary formats.
Writer = Callable[[Iterable["EventRow"], IO[Any], ExportOptions], int]


@dataclass(frozen=True)
class Exporter:
    """An export format: what ``--format`` calls it and the function that writes it."""

    name: str  # "acled-csv"
    write: Writer
    binary: bool = False  # writes bytes, so it needs a file (--out), not the terminal
    help: str = ""
    suffix: str = ""  # the usual file name suffix, ".csv"


def _check(exporter: Exporter) -> None:
    if not exporter.name or exporter.name != exporter.name.strip().lower() or " " in exporter.name:
        raise ConfigError(f"export format name {exporter.name!r} must be a lower-case word like 'acled-csv'")


_EXPORTERS: PluginRegistry[Exporter] = PluginRegistry(ENTRY_POINT_GROUP, "export format", Exporter,
                                                      lambda e: e.name, _check)


def register(exporter: Exporter) -> Exporter:
    """Register ``exporter`` in this process; entry points go through here too, built-ins included."""
    return _EXPORTERS.register(exporter)


def exporter_names() -> list[str]:
    """The registered format names, sorted."""
    return _EXPORTERS.names()


def get_exporter(name: str) -> Exporter:
    return _EXPORTERS.require(name, f"export format must be one of {', '.join(exporter_names()) or 'none'}, "
                                    f"got {name!r}")


@contextmanager
def _opened(out: Path | str | IO[Any] | None, exporter: Exporter) -> Iterator[IO[Any]]:
    """The stream to write to: a file (made with its folder), the given stream, or stdout for text."""
    if out is None or str(out) == "-":
        if exporter.binary:
            raise ConfigError(f"{exporter.name} is binary: give a file with --out FILE{exporter.suffix}")
        yield sys.stdout
    elif isinstance(out, (str, Path)):
        path = Path(out)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = path.open("wb") if exporter.binary else path.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise StoreError(f"cannot write {path}: {exc}") from None
        with fh:
            yield fh
    elif exporter.binary and isinstance(out, io.TextIOBase):
        raise ConfigError(f"{exporter.name} is binary: give a file or a binary stream, not a text stream")
    else:
        yield out


def export(store: Store, fmt: str, out: Path | str | IO[Any] | None = None, f: EventFilter | None = None, *,
           on_row: Callable[[], None] | None = None, include_unreal: bool = False) -> int:
    """Write the events matching ``f`` in ``fmt`` to ``out`` (a path, a stream, or stdout for text formats).

    Returns the number of rows written (events; for acled-csv without ``include_unreal``, the asserted
    ones). ``on_row`` is called once per event read.
    """
    from ..store import EventFilter

    exporter = get_exporter(fmt)
    rows: Iterable[EventRow] = store.iter_events(f or EventFilter())
    if on_row is not None:
        rows = _counted(rows, on_row)
    with _opened(out, exporter) as fh:
        try:
            return exporter.write(rows, fh, ExportOptions(include_unreal=include_unreal))
        except BrokenPipeError:
            raise  # the reader of stdout went away (`| head`): click stops quietly
        except OSError as exc:
            raise StoreError(f"cannot write {out or 'stdout'}: {exc}") from None


def _counted(rows: Iterable[EventRow], on_row: Callable[[], None]) -> Iterator[EventRow]:
    for row in rows:
        yield row
        on_row()


def to_string(store: Store, fmt: str, f: EventFilter | None = None, *, include_unreal: bool = False) -> str:
    """The export as a string (text formats only; for tests and the API)."""
    buf = io.StringIO()
    export(store, fmt, buf, f, include_unreal=include_unreal)
    return buf.getvalue()


__all__ = ["ENTRY_POINT_GROUP", "ExportOptions", "Exporter", "Writer", "export", "exporter_names", "get_exporter",
           "register", "to_string"]
