"""``kroniek ingest``: articles from files, directories, globs, JSONL, RSS/Atom feeds and WARC into the store.

Every record is identified by the sha256 of its text: one already stored is skipped
before any analysis, so running an ingest again (after an interruption, or over a feed
that has grown) only analyses what is new. Each document is stored in its own
transaction, so a killed run loses at most the documents in flight and never leaves a
partial one. A bad record is reported and the run goes on.

Analysis runs in ``workers`` processes (each builds its pipeline once); reading,
fetching feed pages and writing to the store happen in the calling process.
"""

from __future__ import annotations

import concurrent.futures as cf
import glob
import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, TypeVar

from .errors import InputError, KroniekError
from .model import Document, document_id
from .readers import RawArticle, decode, html_to_article, read
from .settings import Settings, load_settings

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
SIDECAR_SUFFIXES = (".meta.json", ".gold.json")
USER_AGENT = "kroniek/0.1 (news event extraction)"
FETCH_TIMEOUT = 30.0
FETCH_THREADS = 8
BATCH = 8  # documents per pipeline.pipe call (small, so the progress bar moves and a kill loses little)

Status = Literal["stored", "skipped", "failed"]
T = TypeVar("T")


# --------------------------------------------------------------------------- records
@dataclass(frozen=True)
class HtmlRecord:
    """A web page still to be extracted (from a feed or a WARC); metadata from the feed/WARC fills gaps."""

    name: str
    html: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    fallback_published: str | None = None  # e.g. the WARC crawl date, used only if the page has none


Record = RawArticle | HtmlRecord | InputError


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


# --------------------------------------------------------------------------- finding records
def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def _is_warc(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _is_feed_file(path: str) -> bool:
    return path.lower().endswith(FEED_SUFFIXES)


def expand(inputs: Iterable[str]) -> Iterator[str]:
    """Paths and URLs to read: directories walked recursively, globs expanded (``**`` too), sorted."""
    for value in inputs:
        if value == "-" or is_url(value):
            yield value
            continue
        if any(ch in value for ch in "*?[") and not Path(value).exists():
            matches = sorted(glob.glob(value, recursive=True))
            if not matches:
                yield value  # reported as "no such file" by the reader
            for m in matches:
                yield from expand([m]) if Path(m).is_dir() else [m]
            continue
        path = Path(value)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                name = f.name.lower()
                if not f.is_file() or name.endswith(SIDECAR_SUFFIXES) or name.startswith("."):
                    continue
                ours = name.endswith(ARTICLE_SUFFIXES + WARC_SUFFIXES + (".rss", ".atom"))
                if ours or (name.endswith(".xml") and _sniff_feed(f)):  # other XML in a folder is not ours
                    yield str(f)
            continue
        yield value


def _sniff_feed(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return looks_like_feed(fh.read(1000), "")
    except OSError:
        return False


class Fetcher:
    """HTTP(S) client for feeds and the pages they link (httpx; redirects followed; timeouts)."""

    def __init__(self, timeout: float = FETCH_TIMEOUT) -> None:
        import httpx

        self._httpx = httpx
        self.client = httpx.Client(follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT})

    def get(self, url: str, max_bytes: int) -> tuple[bytes, str]:
        """(body, content type); InputError naming the URL for any network or HTTP failure."""
        try:
            with self.client.stream("GET", url) as resp:
                if resp.status_code >= 400:
                    raise InputError(f"HTTP {resp.status_code} {resp.reason_phrase} (expected 200)", source=url)
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        raise InputError(f"response is over the limit of {max_bytes:,} bytes", source=url)
                    chunks.append(chunk)
                return b"".join(chunks), resp.headers.get("content-type", "")
        except self._httpx.HTTPError as exc:
            raise InputError(f"cannot fetch: {type(exc).__name__}: {exc}".rstrip(": "), source=url) from None

    def close(self) -> None:
        self.client.close()


def looks_like_feed(data: bytes, content_type: str) -> bool:
    ct = content_type.lower()
    if any(k in ct for k in ("rss", "atom", "/xml", "+xml")) and "xhtml" not in ct:
        return True
    head = data.lstrip()[:500].lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or \
        head.startswith((b"<rss", b"<feed"))


def _struct_iso(value: Any) -> str | None:
    if not value:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", value)
    except (TypeError, ValueError):
        return None


def feed_records(data: bytes, name: str, *, fetcher: Fetcher, max_bytes: int,
                 known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """The articles of an RSS/Atom feed: each entry's linked page fetched and extracted.

    An entry without a link (or whose page cannot be fetched) falls back to the entry's own
    content when it has any. Links already stored (``known_url``) are not fetched again.
    """
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield InputError(f"not an RSS/Atom feed with entries{reason}".strip(), source=name)
        return
    feed_title = (parsed.get("feed") or {}).get("title") or None

    def one(k_entry: tuple[int, Any]) -> Record | None:
        k, entry = k_entry
        link = entry.get("link") or None
        entry_name = link or f"{name}#{k + 1}"
        published = _struct_iso(entry.get("published_parsed") or entry.get("updated_parsed"))
        meta = {"title": entry.get("title") or None, "published": published, "source": feed_title}
        if link and known_url is not None and known_url(link):
            return None
        error: InputError | None = None
        if link:
            try:
                body, _ctype = fetcher.get(link, max_bytes)
                return HtmlRecord(name=link, html=decode(body, link), url=link, **meta)
            except InputError as exc:
                error = exc
        content = entry.get("content") or []
        html = (content[0].get("value") if content else None) or entry.get("summary") or ""
        if html.strip():
            return HtmlRecord(name=entry_name, html=f"<html><body><article>{html}</article></body></html>",
                              url=link, **meta)
        return error or InputError("feed entry has neither a link nor any content", source=entry_name)

    with cf.ThreadPoolExecutor(FETCH_THREADS) as pool:
        for rec in pool.map(one, enumerate(entries)):
            if rec is not None:
                yield rec


def warc_records(path: str, *, max_bytes: int, known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """HTML (and plain-text) responses of a WARC / WARC.gz file (CC-NEWS style)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror}", source=path)
        return
    n = 0
    with stream:
        try:
            for record in ArchiveIterator(stream):
                if record.format.startswith("arc"):  # warcio reads anything without a WARC header as ARC
                    uri = record.rec_headers.get_header("uri") or ""
                    if not uri.startswith(("http://", "https://")):
                        yield InputError(f"not a WARC file: record {n + 1} has no WARC/1.x header", source=path)
                        return
                elif record.rec_type not in ("response", "resource"):
                    continue
                else:
                    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                n += 1
                name = f"{path}#{uri or n}"
                uri = uri or None
                ctype = ""
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not str(status).startswith("2"):
                        continue
                    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                else:
                    ctype = (record.rec_headers.get_header("Content-Type") or "").lower()
                if ctype and not any(k in ctype for k in ("html", "text/plain")):
                    continue
                if uri and known_url is not None and known_url(uri):
                    continue
                body = record.content_stream().read(max_bytes + 1)
                if len(body) > max_bytes:
                    yield InputError(f"record is over the limit of {max_bytes:,} bytes", source=name)
                    continue
                try:
                    text = decode(body, name)
                except InputError as exc:
                    yield exc
                    continue
                crawled = record.rec_headers.get_header("WARC-Date") or None
                if "text/plain" in ctype:
                    yield RawArticle(name=name, text=text, url=uri, published=crawled)
                else:
                    yield HtmlRecord(name=name, html=text, url=uri, fallback_published=crawled)
        except ArchiveLoadFailed as exc:
            msg = str(exc).strip().splitlines()[0] if str(exc).strip() else "unreadable record"
            yield InputError(f"not a readable WARC file after {n} records: {msg}", source=path)
        except (OSError, EOFError, ValueError) as exc:
            yield InputError(f"WARC file is truncated or corrupt after {n} records: {exc}", source=path)


def _url_records(url: str, body: bytes, content_type: str) -> Iterator[Record]:
    """A fetched page (HTML), or text / JSON / JSONL served over HTTP."""
    from urllib.parse import urlsplit

    from .readers import looks_like_html, parse_bytes

    try:
        text = decode(body, url)
        if "html" in content_type.lower() or looks_like_html(text):
            yield HtmlRecord(name=url, html=text, url=url)
            return
        suffix = Path(urlsplit(url).path).suffix
        for item in parse_bytes(body, url, suffix):
            error = getattr(item, "error", None)  # a bad line of JSONL
            if isinstance(error, InputError):
                yield error
            elif isinstance(item, RawArticle):
                yield item if item.url else replace(item, url=url)
    except InputError as exc:
        yield exc


def records(inputs: Iterable[str], *, max_bytes: int, fetcher: Fetcher | None = None,
            known_url: Callable[[str], bool] | None = None) -> Iterator[Record]:
    """Every record of ``inputs`` (see :func:`expand`), errors included, in input order."""
    own = fetcher is None
    fetch: Fetcher | None = fetcher
    try:
        for item in expand(inputs):
            if is_url(item):
                if fetch is None:
                    fetch = Fetcher()
                try:
                    body, ctype = fetch.get(item, max_bytes)
                except InputError as exc:
                    yield exc
                    continue
                if looks_like_feed(body, ctype):
                    yield from feed_records(body, item, fetcher=fetch, max_bytes=max_bytes, known_url=known_url)
                else:
                    yield from _url_records(item, body, ctype)
            elif _is_warc(item):
                yield from warc_records(item, max_bytes=max_bytes, known_url=known_url)
            elif _is_feed_file(item):
                try:
                    data = Path(item).read_bytes()
                except OSError as exc:
                    yield InputError(f"cannot read: {exc.strerror}", source=item)
                    continue
                if fetch is None:
                    fetch = Fetcher()
                yield from feed_records(data, item, fetcher=fetch, max_bytes=max_bytes, known_url=known_url)
            else:
                yield from read(item, max_bytes=max_bytes)
    finally:
        if own and fetch is not None:
            fetch.close()


# --------------------------------------------------------------------------- analysis (in workers)
_STATE: dict[str, Any] = {}


def _init_worker(settings: Settings | dict[str, Any], db_url: str | None, configure_logging: bool = True) -> None:
    from .pipeline import build_pipeline

    if not isinstance(settings, Settings):  # sent to worker processes as a plain dict
        settings = Settings(settings)

    if configure_logging:
        level = getattr(logging, str(settings.get("log_level", "WARNING")).upper(), logging.WARNING)
        logging.basicConfig(level=level, format="kroniek: %(levelname)s: %(name)s: %(message)s")
    _STATE["pipeline"] = build_pipeline(settings)
    _STATE["db_url"] = db_url
    _STATE["store"] = None


def _worker_store() -> Any:
    if _STATE.get("store") is None and _STATE.get("db_url"):
        from .store import Store

        _STATE["store"] = Store.open(_STATE["db_url"], migrate=False)
    return _STATE.get("store")


@dataclass(frozen=True)
class _Outcome:
    name: str
    doc: Document | None = None
    error: str | None = None
    skipped: bool = False


def to_article(rec: RawArticle | HtmlRecord) -> RawArticle:
    """The article text of a record (HTML extracted with trafilatura)."""
    if isinstance(rec, RawArticle):
        return rec
    art = html_to_article(rec.html, rec.name, rec.url)
    return replace(art, name=rec.name, url=rec.url or art.url, title=rec.title or art.title,
                   published=rec.published or art.published or rec.fallback_published,
                   source=art.source or rec.source)


def _internal(name: str, exc: Exception) -> _Outcome:
    log.exception("internal error on %s", name)
    return _Outcome(name, error=f"internal error ({type(exc).__name__}: {exc}); please report this")


def _prepare(rec: RawArticle | HtmlRecord) -> _Outcome:
    """The new document of a record, ready for the pipeline (or why there is none)."""
    from .pipeline import new_document

    try:
        art = to_article(rec)
        if isinstance(rec, HtmlRecord):  # its text is known only now: check the store again
            store = _worker_store()
            if store is not None and store.has(document_id(art.text)):
                return _Outcome(rec.name, skipped=True)
        min_chars = int(_STATE["pipeline"].settings.get("min_chars", 1))
        if len(art.text.strip()) < min_chars:
            raise InputError(f"text has {len(art.text.strip())} characters; at least {min_chars} are needed "
                             "for an article")
        doc = new_document(art.text, published=art.published, language=art.language, url=art.url,
                           title=art.title, source=art.source)
        return _Outcome(rec.name, doc=doc)
    except KroniekError as exc:
        return _Outcome(rec.name, error=exc.message)
    except Exception as exc:  # one bad record must not end the batch
        return _internal(rec.name, exc)


def analyse(recs: list[RawArticle | HtmlRecord]) -> list[_Outcome]:
    """Extract (if HTML), skip if stored, run the pipeline over a batch. Runs in a worker process.

    The batch goes through ``pipeline.pipe`` (spaCy batches); if any document of it fails,
    the batch is run again one document at a time so that only that document fails.
    """
    outcomes = [_prepare(rec) for rec in recs]
    todo = [k for k, out in enumerate(outcomes) if out.doc is not None]
    pipeline = _STATE["pipeline"]
    if len(todo) > 1:
        try:
            done = list(pipeline.pipe(outcomes[k].doc for k in todo))
            if len(done) == len(todo):
                for k, doc in zip(todo, done, strict=True):
                    outcomes[k] = _Outcome(outcomes[k].name, doc=doc)
                return outcomes
        except Exception:  # noqa: S110 - retried one by one below, which reports the culprit
            log.debug("batch of %d failed; analysing its documents one by one", len(todo))
    for k in todo:
        name, doc = outcomes[k].name, outcomes[k].doc
        assert doc is not None
        try:
            outcomes[k] = _Outcome(name, doc=pipeline(doc))
        except KroniekError as exc:
            outcomes[k] = _Outcome(name, error=exc.message)
        except Exception as exc:
            outcomes[k] = _internal(name, exc)
    return outcomes


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

    def finish(out: _Outcome) -> None:
        if out.error is not None:
            note(RecordResult(out.name, "failed", out.error))
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
                for out in analyse(batch):
                    finish(out)
        finally:
            _STATE.clear()
    else:
        _run_pool(_batches(todo(), size), finish, settings, store.url, workers)
    report.seconds = time.monotonic() - started
    return report


def _run_pool(batches: Iterator[list[RawArticle | HtmlRecord]], finish: Callable[[_Outcome], None],
              settings: Settings, db_url: str, workers: int) -> None:
    """Analyse ``batches`` in ``workers`` processes, keeping a bounded number in flight."""
    ctx = multiprocessing.get_context("spawn")

    def new_pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                      initargs=(dict(settings.values), db_url))

    died = "the worker process analysing it died (out of memory?)"
    pool = new_pool()
    window = workers * 2
    pending: dict[cf.Future[list[_Outcome]], list[str]] = {}
    try:
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                batch = next(batches, None)
                if batch is None:
                    exhausted = True
                    break
                pending[pool.submit(analyse, batch)] = [rec.name for rec in batch]
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
                    outcomes = [_Outcome(name, error=died) for name in names]
                for out in outcomes:
                    finish(out)
            if broken:
                for names in list(pending.values()):
                    for name in names:
                        finish(_Outcome(name, error=died))
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = new_pool()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
