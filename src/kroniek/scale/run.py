"""Run the pipeline over a corpus on a Dask cluster: plan, submit, follow, summarise.

Without a scheduler address :func:`run_batch` starts a :class:`distributed.LocalCluster` of
``workers`` processes (one thread each: spaCy holds the GIL); with one it connects to that cluster.
Every worker loads the pipeline once (:class:`~kroniek.scale.worker.PipelinePlugin`, also run on
workers that join or restart later). Stream inputs are planned on the workers, partitions are
submitted as their plans arrive, and partitions already complete under ``out`` are not submitted
again. A worker that dies takes its running partition with it; the scheduler runs it again
elsewhere (up to ``distributed.scheduler.allowed-failures`` times) and, since shards are written
atomically under fixed names, nothing is lost or written twice.

The library does not print: progress goes to a :class:`Reporter` (the CLI draws a Rich bar).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import fsspec
from fsspec.implementations.local import LocalFileSystem

from ..errors import ConfigError, InputError, ResourceError
from ..settings import Settings, load_settings
from .inputs import Partition, Source, expand, plan_files
from .schema import TABLES
from .worker import PartitionResult, PipelinePlugin, completed, load_plan, plan_and_save, process_partition

log = logging.getLogger(__name__)


class Reporter(Protocol):
    def started(self, dashboard: str | None, workers: int) -> None: ...

    def planned(self, partitions: int, skipped: int) -> None: ...

    def finished(self, result: PartitionResult) -> None: ...

    def failed(self, partition: str, reason: str) -> None: ...


class NullReporter:
    def started(self, dashboard: str | None, workers: int) -> None:
        log.info("cluster with %d workers; dashboard %s", workers, dashboard)

    def planned(self, partitions: int, skipped: int) -> None:
        log.info("%d more partitions planned (%d already complete)", partitions, skipped)

    def finished(self, result: PartitionResult) -> None:
        log.debug("partition %s done", result.partition)

    def failed(self, partition: str, reason: str) -> None:
        log.error("partition %s failed: %s", partition, reason)


@dataclass(frozen=True)
class PartitionFailure:
    partition: str
    reason: str


@dataclass(frozen=True)
class BatchSummary:
    """What a run did. Counts are for the partitions processed in this run (not the skipped ones)."""

    out: str
    partitions: int
    processed: int
    skipped: int
    failures: tuple[PartitionFailure, ...]
    documents: int
    errors: int  # records that could not be read or analysed (rows of the errors shard)
    events: int
    words: int
    chars: int
    seconds: float
    workers: int
    dashboard: str | None = None
    results: tuple[PartitionResult, ...] = field(default=(), repr=False)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def start_client(scheduler: str | None, workers: int, *, dashboard: bool = True) -> tuple[Any, Any]:
    """A Dask client on ``scheduler``, or on a new LocalCluster of ``workers`` processes (client, cluster)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc} (is dask-scheduler "
                              "running there?)") from None
        if workers:
            client.wait_for_workers(workers, timeout=300)
        return client, None
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, got {workers}")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=":0" if dashboard else None)
    return Client(cluster), cluster


def _dashboard(client: Any) -> str | None:
    try:
        import bokeh  # noqa: F401  (the dashboard needs it)
    except ImportError:
        log.info("no Dask dashboard: install bokeh to get one")
        return None
    try:
        return str(client.dashboard_link)
    except Exception:  # no dashboard configured
        return None


def run_batch(
    inputs: Sequence[str],
    out: str,
    *,
    settings: Settings | None = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int | None = None,
    reporter: Reporter | None = None,
    retries: int = 1,
    dashboard: bool = True,
) -> BatchSummary:
    """Analyse every record of ``inputs`` on Dask and write Parquet shards to ``out``.

    Raises InputError when an input does not exist (before any cluster starts), ConfigError /
    ResourceError when the pipeline cannot be built on the workers. Bad records and failed
    partitions do not raise: they are in the summary (and bad records in the errors shard).
    """
    settings = settings or load_settings()
    reporter = reporter or NullReporter()
    size = int(partition_size or settings.get("partition_size", 500))
    if size < 1:
        raise ConfigError(f"--partition-size must be at least 1, got {size}")
    sources = expand(inputs, exclude=out)
    if not sources:
        raise InputError(f"no WARC, JSONL or article files found in {', '.join(inputs)}")
    fs, root = fsspec.core.url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    if isinstance(fs, LocalFileSystem):
        out = root  # absolute: workers may run in another directory
    done = completed(out)
    values = dict(settings.values)

    own_client = client is None
    own_cluster = None
    if client is None:
        client, own_cluster = start_client(scheduler, int(workers or 0) if scheduler else
                                           int(workers or settings.get("workers", 1)), dashboard=dashboard)
    try:
        client.register_plugin(PipelinePlugin(values), name=PipelinePlugin.name)
        n_workers = len(client.scheduler_info().get("workers", {}))
        link = _dashboard(client) if dashboard else None
        reporter.started(link, n_workers)
        return _follow(client, sources, out, size, values, done, reporter, retries, n_workers, link)
    finally:
        if own_client:
            client.close()
        if own_cluster is not None:
            own_cluster.close()


def _follow(client: Any, sources: list[Source], out: str, size: int, values: Mapping[str, Any], done: set[str],
            reporter: Reporter, retries: int, n_workers: int, link: str | None) -> BatchSummary:
    from distributed import as_completed

    started = time.perf_counter()
    token = uuid.uuid4().hex[:8]
    plans: dict[str, Source] = {}
    parts: dict[str, Partition] = {}
    seen: set[str] = set()
    ac = as_completed()
    total = skipped = 0
    results: list[PartitionResult] = []
    failures: list[PartitionFailure] = []

    def submit(partitions: list[Partition]) -> None:
        nonlocal total, skipped
        new = 0
        for p in partitions:
            if p.id in seen:
                continue
            seen.add(p.id)
            total += 1
            if p.id in done:
                skipped += 1
                continue
            fut = client.submit(process_partition, p, out, values, key=f"kroniek-partition-{p.id}-{token}",
                                retries=retries)
            parts[fut.key] = p
            ac.add(fut)
            new += 1
        reporter.planned(new, sum(1 for p in partitions if p.id in done))

    loose = [s for s in sources if s.kind == "file"]
    if loose:
        submit(plan_files(loose, size))
    for s in sources:
        if s.kind == "file":
            continue
        cached = load_plan(out, s, size)
        if cached is not None:
            submit(cached)
            continue
        fut = client.submit(plan_and_save, s, size, out, key=f"kroniek-plan-{s.key}-{token}", retries=retries)
        plans[fut.key] = s
        ac.add(fut)

    try:
        for fut in ac:
            key = fut.key
            if fut.status != "finished":
                exc = fut.exception() if fut.status == "error" else None
                if isinstance(exc, (ConfigError, ResourceError)):
                    raise exc
                what = plans[key].url if key in plans else parts[key].id
                reason = f"{type(exc).__name__}: {exc}".splitlines()[0] if exc else fut.status
                failures.append(PartitionFailure(what, reason))
                reporter.failed(what, reason)
            elif key in plans:
                submit(fut.result())
            else:
                result = fut.result()
                results.append(result)
                reporter.finished(result)
            fut.release()
    except BaseException:
        client.cancel(list(ac.futures))
        raise
    seconds = time.perf_counter() - started
    _clean_temporaries(out)
    return BatchSummary(
        out=out, partitions=total, processed=len(results), skipped=skipped, failures=tuple(failures),
        documents=sum(r.documents for r in results), errors=sum(r.errors for r in results),
        events=sum(r.events for r in results), words=sum(r.words for r in results),
        chars=sum(r.chars for r in results), seconds=round(seconds, 3), workers=n_workers, dashboard=link,
        results=tuple(results))


def _clean_temporaries(out: str) -> None:
    """Remove half-written shards left by workers that died while writing (local output only)."""
    fs, root = fsspec.core.url_to_fs(out)
    if not isinstance(fs, LocalFileSystem):
        return
    for name in (*TABLES, "_done", "_plans"):
        directory = os.path.join(root, name)
        if not os.path.isdir(directory):
            continue
        for entry in os.scandir(directory):
            if entry.name.startswith(".tmp-"):
                with contextlib.suppress(OSError):
                    os.remove(entry.path)
