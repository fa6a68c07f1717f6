"""``kroniek ingest``: articles from files, directories, globs, JSONL, RSS/Atom feeds and WARC into the store.

Inputs are read by :mod:`kroniek.sources` (the same readers and rules as ``extract`` and ``batch``).

Every record is identified by the sha256 of its text: one already stored is skipped
before any analysis, so running an ingest again (after an interruption, or over a feed
that has grown) only analyses what is new. Each document is stored in its own
transaction, so a killed run loses at most the documents in flight and never leaves a
partial one. A bad record is reported and the run goes on.

Analysis runs in ``workers`` processes (each builds its pipeline once); reading,
fetching feed pages and writing to the store happen in the calling process.

Workers die with their parent. When the run ends by an exception (Ctrl-C, or SIGTERM turned
into one by the command line), the pool is stopped: queued batches are cancelled and running
workers terminated, not waited for. When the parent is killed outright (SIGKILL, OOM killer) it
cannot stop anything, so each worker watches it: a daemon thread polls ``os.getppid()`` and ends
the worker once its parent is gone. Polling was chosen over ``prctl(PR_SET_PDEATHSIG)``, which is
Linux-only and fires when the *thread* that started the worker exits (the pool may start workers
from any thread), and over a pipe whose EOF signals the death, which needs a file descriptor
handed to every spawned worker next to the pool's own; one ``getppid()`` a second costs nothing.
Workers ignore SIGINT: a Ctrl-C reaches the whole process group, and the parent stops them.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from .errors import InputError, KroniekError
from .model import document_id
from .settings import Settings, load_settings
from .sources.article import HtmlRecord, RawArticle
from .sources.isolation import Outcome, analyse, describe, prepare
from .sources.records import records

log = logging.getLogger(__name__)

BATCH = 8  # documents per pipeline.pipe call (small, so the progress bar moves and a kill loses little)
PARENT_POLL_S = 1.0  # how often a worker checks that its parent is alive

Status = Literal["stored", "skipped", "failed"]
T = TypeVar("T")


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class RecordResult:
    """What happened to one record."""

    name: str
    status: Status
    message: str = ""
    doc_id: str | None = None
    events: int = 0


@dataclass
class IngestReport:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    errors: list[RecordResult] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def rate(self) -> float:
        return (self.stored + self.skipped) / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"{self.records} records: {self.stored} stored ({self.events} events), {self.skipped} already stored, "
                f"{self.failed} failed in {self.seconds:.1f} s ({self.rate:.1f} docs/s)")


# --------------------------------------------------------------------------- analysis (in workers)
_STATE: dict[str, Any] = {}


def _init_worker(settings: Settings | dict[str, Any], db_url: str | None, configure_logging: bool = True,
                 parent: int | None = None) -> None:
    """Build the pipeline of this process; ``parent``: the pid of the ingest (in a worker process)."""
    from .pipeline import build_pipeline

    if parent is not None:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        watch_parent(parent)
    if not isinstance(settings, Settings):  # sent to worker processes as a plain dict
        settings = Settings(settings)

    if configure_logging:
        level = getattr(logging, str(settings.get("log_level", "WARNING")).upper(), logging.WARNING)
        logging.basicConfig(level=level, format="kroniek: %(levelname)s: %(name)s: %(message)s")
    _STATE["pipeline"] = build_pipeline(settings)
    _STATE["db_url"] = db_url
    _STATE["store"] = None


def watch_parent(parent: int, interval: float = PARENT_POLL_S) -> threading.Thread:
    """End this process as soon as ``parent`` is no longer its parent (it died; the process was re-parented).

    ``parent`` is passed in, not read here: a parent that died before this ran would go unnoticed.
    """
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        log.warning("the ingest process %d is gone; worker %d exits", parent, os.getpid())
        os._exit(1)  # no cleanup to wait for: the worker only reads, the parent did all writing

    thread = threading.Thread(target=watch, name="kroniek-watch-parent", daemon=True)
    thread.start()
    return thread


def _worker_store() -> Any:
    if _STATE.get("store") is None and _STATE.get("db_url"):
        from .store import Store

        _STATE["store"] = Store.open(_STATE["db_url"], migrate=False)
    return _STATE.get("store")


def analyse_batch(recs: list[RawArticle | HtmlRecord]) -> list[Outcome]:
    """Extract (if HTML), skip if stored, run the pipeline over a batch. Runs in a worker process."""
    pipeline = _STATE["pipeline"]
    store = _worker_store()
    known = store.has if store is not None else None
    return analyse(pipeline, [prepare(rec, pipeline.settings, known=known) for rec in recs])


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --------------------------------------------------------------------------- the ingest loop
def ingest(inputs: Iterable[str], store: Any, *, settings: Settings | None = None, workers: int | None = None,
           on_result: Callable[[RecordResult], None] | None = None) -> IngestReport:
    """Read ``inputs`` into ``store`` (a :class:`kroniek.store.Store`); see the module docstring.

    ``on_result`` is called in this process for every record (for progress bars and error lines).
    """
    settings = settings or load_settings()
    workers = max(1, int(workers if workers is not None else settings.get("workers", 1)))
    report = IngestReport()
    size = max(1, min(int(settings.get("batch_size", BATCH)), BATCH))
    started = time.monotonic()
    seen: set[str] = set()

    def note(res: RecordResult) -> None:
        if res.status == "stored":
            report.stored += 1
            report.events += res.events
        elif res.status == "skipped":
            report.skipped += 1
        else:
            report.failed += 1
            report.errors.append(res)
        if on_result is not None:
            on_result(res)

    def finish(out: Outcome) -> None:
        if out.error is not None:
            note(RecordResult(out.name, "failed", describe(out.error)))
        elif out.skipped or out.doc is None:
            note(RecordResult(out.name, "skipped", "already stored"))
        else:
            try:
                added = store.add(out.doc, name=out.name)
            except KroniekError as exc:
                note(RecordResult(out.name, "failed", exc.message, out.doc.id))
                return
            note(RecordResult(out.name, "stored" if added else "skipped", "" if added else "already stored",
                              out.doc.id, len(out.doc.events) if added else 0))

    def todo() -> Iterator[RawArticle | HtmlRecord]:
        for rec in records(inputs, max_bytes=settings.max_bytes, known_url=store.has_url):
            if isinstance(rec, InputError):
                note(RecordResult(rec.source or "?", "failed", rec.message))
                continue
            if isinstance(rec, RawArticle):
                doc_id = document_id(rec.text)
                if doc_id in seen or store.has(doc_id):
                    note(RecordResult(rec.name, "skipped", "already stored", doc_id))
                    continue
                seen.add(doc_id)
            yield rec

    if workers == 1:
        _init_worker(settings, None, configure_logging=False)
        _STATE["store"] = store
        try:
            for batch in _batches(todo(), size):
                for out in analyse_batch(batch):
                    finish(out)
        finally:
            _STATE.clear()
    else:
        _run_pool(_batches(todo(), size), finish, settings, store.url, workers)
    report.seconds = time.monotonic() - started
    return report


def _run_pool(batches: Iterator[list[RawArticle | HtmlRecord]], finish: Callable[[Outcome], None],
              settings: Settings, db_url: str, workers: int) -> None:
    """Analyse ``batches`` in ``workers`` processes, keeping a bounded number in flight."""
    ctx = multiprocessing.get_context("spawn")

    def new_pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                      initargs=(dict(settings.values), db_url, True, os.getpid()))

    died = "the worker process analysing it died (out of memory?)"
    pool = new_pool()
    window = workers * 2
    pending: dict[cf.Future[list[Outcome]], list[str]] = {}
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                pending[pool.submit(analyse_batch, batch)] = [rec.name for rec in batch]
            if not pending:
                break
            done, _ = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
            broken = False
            for fut in done:
                names = pending.pop(fut)
                try:
                    outcomes = fut.result()
                except cf.process.BrokenProcessPool:
                    broken = True
                    outcomes = [Outcome(name, error=InputError(died)) for name in names]
                for out in outcomes:
                    finish(out)
            if broken:
                for names in list(pending.values()):
                    for name in names:
                        finish(Outcome(name, error=InputError(died)))
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    except BaseException:  # Ctrl-C, SIGTERM, an error storing: stop now, leave no worker behind
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def stop_pool(pool: cf.ProcessPoolExecutor, grace: float = 5.0) -> None:
    """Cancel what is queued and end the workers without waiting for their batches (SIGTERM, then SIGKILL)."""
    # ProcessPoolExecutor has no public way to end running workers before Python 3.14 (terminate_workers)
    procs = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    deadline = time.monotonic() + grace
    for proc in procs:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join()
