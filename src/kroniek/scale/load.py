"""Read the shards of a ``kroniek batch`` output back: documents for the store, tables for analysis.

Only complete partitions (those with a ``_done`` marker) are read, so the output of a run that
is still going, or was stopped, can be loaded safely; loading is idempotent (the store keys
documents by the sha256 of their text), so loading again after a resumed run adds only the rest.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import dataclass

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq

from ..errors import InputError
from ..model import Document
from .schema import SCHEMAS
from .worker import completed, shard_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LoadSummary:
    partitions: int
    documents: int  # documents read from the shards
    stored: int  # of which new to the database


def _read_shard(fs: object, path: str, columns: list[str] | None = None) -> pa.Table:
    data = fs.cat_file(path)  # type: ignore[attr-defined]
    return pq.read_table(io.BytesIO(data), columns=columns)


def read_table(out: str, name: str) -> pa.Table:
    """One table (documents, events, places, quotes, quantities, errors) of the complete partitions."""
    if name not in SCHEMAS:
        raise InputError(f"no table {name!r} in a batch output (tables: {', '.join(SCHEMAS)})", source=out)
    fs, root = fsspec.core.url_to_fs(out)
    shards = [_read_shard(fs, shard_path(root, name, pid)) for pid in sorted(completed(out))]
    return pa.concat_tables(shards) if shards else SCHEMAS[name].empty_table()


def partition_documents(out: str, partition: str) -> list[tuple[Document, str]]:
    """(document, record name) of one partition's documents shard."""
    fs, root = fsspec.core.url_to_fs(out)
    tbl = _read_shard(fs, shard_path(root, "documents", partition), ["kroniek_json", "name"])
    return [(Document.from_json(text), name) for text, name in
            zip(tbl.column("kroniek_json").to_pylist(), tbl.column("name").to_pylist(), strict=True)]


def iter_documents(out: str) -> Iterator[tuple[Document, str]]:
    """(document, record name) of every complete partition under ``out``, partition by partition."""
    for pid in _partitions(out):
        yield from partition_documents(out, pid)


def _partitions(out: str) -> list[str]:
    fs, root = fsspec.core.url_to_fs(out)
    if not fs.isdir(root):
        raise InputError("no such batch output directory (run `kroniek batch ... --out DIR` first)", source=out)
    return sorted(completed(out))


def load(out: str, db: str) -> LoadSummary:
    """Store every document of the complete partitions under ``out`` in the database ``db``."""
    from ..store import Store

    partitions = _partitions(out)
    count = stored = 0
    store = Store.open(db)
    try:
        for pid in partitions:
            pairs = partition_documents(out, pid)
            count += len(pairs)
            stored += store.add_many((d for d, _ in pairs), names=(n for _, n in pairs))
    finally:
        store.close()
    log.info("loaded %d documents (%d new) from %d partitions of %s", count, stored, len(partitions), out)
    return LoadSummary(partitions=len(partitions), documents=count, stored=stored)
