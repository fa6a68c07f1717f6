"""What a Dask worker does: load the pipeline once, analyse a partition, write its shards atomically.

Output layout under ``out`` (local path or fsspec URL)::

    documents/part-<partition>.parquet   events/... places/... quotes/... quantities/... errors/...
    _done/<partition>.json               written last: the partition is complete (counts inside)
    _plans/<input key>-p<size>.json      the partitions of a stream input (so reruns skip the scan)

Every shard of a partition is written to a temporary name and renamed into place (an object store
PUT is atomic by itself), and ``_done/<partition>.json`` is written only after all of them. A
partition whose worker dies half-way is simply run again: it overwrites the same shard names, so
nothing is lost or doubled, and readers (``kroniek load``) only read partitions that have a
``_done`` marker. Names starting with ``.`` or ``_`` are ignored by Arrow dataset readers.
"""

from __future__ import annotations

import io
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

import fsspec
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from ..errors import KroniekError
from ..lang import get_language, language_codes
from ..model import Document
from ..pipeline import Pipeline, build_pipeline, new_document
from ..registry import Services
from ..settings import SETTINGS, Settings
from ..sources.isolation import analyse_articles
from .inputs import Partition, PartitionRecord, Source, plan_stream, read_partition
from .schema import TABLES, document_row, item_rows, table

log = logging.getLogger(__name__)

DONE_DIR = "_done"
PLANS_DIR = "_plans"


@dataclass(frozen=True)
class PartitionResult:
    """What one partition produced (also the content of its ``_done`` marker)."""

    partition: str
    documents: int = 0
    errors: int = 0
    events: int = 0
    words: int = 0
    chars: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the task thread (comparable on a busy machine)
    skipped: bool = False  # already complete before this run
    worker: str = ""

    @classmethod
    def from_json(cls, text: str, *, skipped: bool = False) -> PartitionResult:
        data = json.loads(text)
        names = set(cls.__dataclass_fields__)
        return cls(**{**{k: v for k, v in data.items() if k in names}, "skipped": skipped})


# --------------------------------------------------------------------------- per-process pipeline
_PIPELINES: dict[tuple[tuple[str, Any], ...], Pipeline] = {}
_SERVICES = Services()
_LOCK = threading.Lock()


def get_pipeline(values: Mapping[str, Any]) -> Pipeline:
    """The pipeline for these settings, built once per process (models and gazetteer load once)."""
    key = tuple(sorted((k, v) for k, v in values.items()))
    with _LOCK:
        if key not in _PIPELINES:
            started = time.perf_counter()
            settings = Settings({**{s.name: s.default for s in SETTINGS}, **values})
            _PIPELINES[key] = build_pipeline(settings, _SERVICES)
            log.info("pipeline built in %.1fs in process %d", time.perf_counter() - started, os.getpid())
        return _PIPELINES[key]


def warmup_texts() -> list[tuple[str, str]]:
    """(sentence, language) for every registered language that ships a ``warmup`` sentence: the language's
    data says what it is, so a plugin language is warmed like a built-in one."""
    texts: list[tuple[str, str]] = []
    for code in language_codes():
        language = get_language(code)
        if language.has("warmup"):
            texts.extend((text, code) for text in language.sequence("warmup"))
    return texts


_WARM_LOCK = threading.Lock()  # held while warming up; a partition waits for it
_WARMED: set[tuple[tuple[str, Any], ...]] = set()


def warm_up(values: Mapping[str, Any]) -> None:
    """Build the pipeline and run one sentence per language through it, so models are loaded."""
    with _WARM_LOCK:
        _warm(values)


def _warm_then_release(values: Mapping[str, Any]) -> None:
    try:
        _warm(values)
    finally:
        _WARM_LOCK.release()


def _warm(values: Mapping[str, Any]) -> None:
    key = tuple(sorted(values.items()))
    if key in _WARMED:
        return
    _WARMED.add(key)
    try:
        pipeline = get_pipeline(values)
    except Exception as exc:  # reported again, per partition, by process_partition
        log.warning("cannot build the pipeline on process %d: %s", os.getpid(), exc)
        return
    for text, lang in warmup_texts():
        try:  # no language given: the detector loads too
            pipeline(new_document(text, published="2024-01-01"))
        except Exception as exc:  # a warm-up failure shows again, per record, when it matters
            log.debug("warm-up (%s) failed: %s", lang, exc)


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - distributed is a dependency
    WorkerPlugin = object  # type: ignore[misc,assignment]


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads kroniek's pipeline when a worker starts (and again on a restarted worker)."""

    name = "kroniek-pipeline"

    def __init__(self, values: Mapping[str, Any]) -> None:
        self.values = dict(values)

    def setup(self, worker: Any) -> None:
        # In the background: the worker's event loop (heartbeats) is not stalled, registering the
        # plugin returns at once, and the first partition waits for the warm-up to finish.
        if _WARM_LOCK.acquire(blocking=False):  # taken here, so no partition can start before the warm-up
            target: Any = _warm_then_release
        else:  # another warm-up is running; this one waits for it
            target = warm_up
        threading.Thread(target=target, args=(self.values,), name="kroniek-warm-up", daemon=True).start()


# --------------------------------------------------------------------------- writing
def shard_path(out: str, table_name: str, partition: str) -> str:
    return f"{out.rstrip('/')}/{table_name}/part-{partition}.parquet"


def done_path(out: str, partition: str) -> str:
    return f"{out.rstrip('/')}/{DONE_DIR}/{partition}.json"


def atomic_write(fs: Any, path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see all of it or nothing."""
    if isinstance(fs, LocalFileSystem):
        directory, name = os.path.split(path)
        os.makedirs(directory, exist_ok=True)
        tmp = os.path.join(directory, f".tmp-{name}-{uuid.uuid4().hex[:8]}")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    else:
        fs.pipe_file(path, data)  # one PUT: atomic on object stores


def _parquet_bytes(name: str, rows: list[dict[str, Any]]) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table(name, rows), buf, compression="zstd")
    return buf.getvalue()


def completed(out: str) -> set[str]:
    """Ids of the partitions that are complete under ``out``."""
    fs, path = fsspec.core.url_to_fs(out)
    directory = f"{path.rstrip('/')}/{DONE_DIR}"
    if not fs.isdir(directory):
        return set()
    return {os.path.basename(p)[:-5] for p in fs.ls(directory, detail=False) if p.endswith(".json")}


def process_partition(part: Partition, out: str, values: Mapping[str, Any]) -> PartitionResult:
    """Analyse one partition and write its shards; a complete partition is skipped."""
    fs, root = fsspec.core.url_to_fs(out)
    marker = done_path(root, part.id)
    if fs.exists(marker):
        return PartitionResult.from_json(fs.cat_file(marker).decode("utf-8"), skipped=True)
    with _WARM_LOCK:  # a warm-up still loading models finishes first (one thread at a time)
        pass
    started, cpu = time.perf_counter(), time.thread_time()
    pipeline = get_pipeline(values)
    records: list[PartitionRecord] = list(read_partition(part, max_bytes=int(values.get("max_bytes", 10_000_000))))
    analysed = analyse_articles(pipeline, [r.item for r in records])
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    words = chars = 0
    for rec, value in zip(records, analysed, strict=True):
        if isinstance(value, Document):
            rows["documents"].append(document_row(value, partition=part.id, input=rec.input, record=rec.index,
                                                  name=rec.name))
            for name, items in item_rows(value, part.id).items():
                rows[name].extend(items)
            words += len(value.text.split())
            chars += len(value.text)
        else:
            exc = value
            message = exc.message if isinstance(exc, KroniekError) else str(exc) or type(exc).__name__
            rows["errors"].append({"partition": part.id, "input": rec.input,
                                   "record": rec.index if rec.index >= 0 else None, "name": rec.name,
                                   "error": type(exc).__name__, "message": message.splitlines()[0] if message else ""})
    for name in TABLES:
        atomic_write(fs, shard_path(root, name, part.id), _parquet_bytes(name, rows[name]))
    result = PartitionResult(partition=part.id, documents=len(rows["documents"]), errors=len(rows["errors"]),
                             events=len(rows["events"]), words=words, chars=chars,
                             seconds=round(time.perf_counter() - started, 3),
                             cpu_seconds=round(time.thread_time() - cpu, 3), worker=f"pid {os.getpid()}")
    atomic_write(fs, marker, json.dumps(asdict(result)).encode("utf-8"))
    log.info("partition %s: %d documents, %d errors in %.1fs", part.id, result.documents, result.errors,
             result.seconds)
    return result


# --------------------------------------------------------------------------- planning
def plan_path(out: str, source: Source, partition_size: int) -> str:
    return f"{out.rstrip('/')}/{PLANS_DIR}/{source.key}-p{partition_size}.json"


def _partition_json(p: Partition) -> dict[str, Any]:
    return {"id": p.id, "kind": p.kind, "inputs": list(p.inputs), "first": p.first, "count": p.count,
            "start": p.start, "end": p.end, "error": p.error, "line": p.line}


def load_plan(out: str, source: Source, partition_size: int) -> list[Partition] | None:
    """The partitions of ``source`` noted by an earlier run, or None."""
    fs, root = fsspec.core.url_to_fs(out)
    path = plan_path(root, source, partition_size)
    if not fs.exists(path):
        return None
    try:
        data = json.loads(fs.cat_file(path))
        return [Partition(id=d["id"], kind=d["kind"], inputs=tuple(d["inputs"]), first=d["first"],
                          count=d["count"], start=d["start"], end=d["end"], error=d.get("error"),
                          line=d.get("line"))
                for d in data["partitions"]]
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable plan %s: %s", path, exc)
        return None


def plan_and_save(source: Source, partition_size: int, out: str) -> list[Partition]:
    """Scan a stream input into partitions and note the plan under ``out/_plans`` (a worker task)."""
    parts = plan_stream(source, partition_size)
    if parts and parts[0].count >= 0:  # an unreadable input is scanned again next time
        fs, root = fsspec.core.url_to_fs(out)
        data = {"source": source.url, "size": source.size, "partition_size": partition_size,
                "partitions": [_partition_json(p) for p in parts]}
        atomic_write(fs, plan_path(root, source, partition_size), json.dumps(data).encode("utf-8"))
    return parts
