"""Per-document error isolation: one bad record costs only itself, in ``extract``, ``ingest`` and ``batch``.

:func:`prepare` turns a record a source yielded into a document ready for the pipeline, or the
error that names that record; :func:`analyse` runs ready documents through a pipeline so that
a document that raises is set aside (its exception in its place) and the others go on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, KroniekError
from ..model import Document, document_id
from ..pipeline import Pipeline, new_document
from ..registry import BatchStage
from ..settings import Settings
from .article import HtmlRecord, RawArticle, Record, check_length
from .text import page_to_article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """What became of one record: its document (ready or analysed), its error, or skipped (already stored)."""

    name: str
    doc: Document | None = None
    error: Exception | None = None
    skipped: bool = False


def describe(exc: Exception) -> str:
    """A one-record failure as a message: the error's own for kroniek's errors, else a bug report request."""
    if isinstance(exc, KroniekError):
        return exc.message
    return f"internal error ({type(exc).__name__}: {exc}); please report this"


def to_document(article: RawArticle, settings: Settings) -> Document:
    """The document of an article, after the one minimum-length rule; InputError naming the article."""
    try:
        doc = new_document(article.text, published=article.published, language=article.language,
                           url=article.url, title=article.title, source=article.source)
        check_length(article.text, settings)
        return doc
    except KroniekError as exc:
        raise exc.with_source(article.name) from None


def prepare(record: Record, settings: Settings, *, known: Callable[[str], bool] | None = None) -> Outcome:
    """The ready document of one record (HTML extracted here), or why there is none. Never raises.

    ``known(doc_id)``: documents already stored; a page's text is known only after extraction,
    so a page whose document is known comes back skipped.
    """
    if isinstance(record, InputError):
        return Outcome(record.source or "?", error=record)
    try:
        article = page_to_article(record) if isinstance(record, HtmlRecord) else record
        if isinstance(record, HtmlRecord) and known is not None and known(document_id(article.text)):
            return Outcome(record.name, skipped=True)
        return Outcome(record.name, doc=to_document(article, settings))
    except KroniekError as exc:
        return Outcome(record.name, error=exc.with_source(record.name))
    except Exception as exc:  # one bad record must not end the batch
        log.exception("internal error on %s", record.name)
        return Outcome(record.name, error=exc)


def analyse(pipeline: Pipeline, outcomes: Sequence[Outcome]) -> list[Outcome]:
    """Each ready document of ``outcomes`` analysed, or the exception that stopped it (in its place).

    Stages before the first batch stage (language, segmentation) run per document, so that a bad
    record drops out early; the rest runs per batch of ``batch_size`` documents, the batch stages
    seeing the batch at once; when a batch raises, the document it stopped at is run alone and the
    batch goes on after it.
    """
    results = list(outcomes)
    stages = list(pipeline.stages)
    first_batch = next((k for k, s in enumerate(stages) if isinstance(s, BatchStage)), len(stages))
    for k, out in enumerate(results):
        if out.doc is not None:
            results[k] = _outcome(out.name, _run_each(stages[:first_batch], out.doc))
    rest = stages[first_batch:]
    if not rest:
        return results
    size = max(1, int(pipeline.settings.get("batch_size", 32)))
    pending = [k for k, out in enumerate(results) if out.doc is not None]
    for b in range(0, len(pending), size):
        batch = pending[b:b + size]
        docs = [d for d in (results[k].doc for k in batch) if d is not None]
        for k, value in zip(batch, _pipe_isolating(rest, docs), strict=True):
            results[k] = _outcome(results[k].name, value)
    return results


def analyse_articles(pipeline: Pipeline, records: Iterable[Record]) -> list[Document | Exception]:
    """Each record prepared and analysed: its document, or the exception that stopped it."""
    outcomes = analyse(pipeline, [prepare(r, pipeline.settings) for r in records])
    return [out.doc if out.doc is not None else out.error or InputError("unreadable record") for out in outcomes]


def _outcome(name: str, value: Document | Exception) -> Outcome:
    if isinstance(value, Document):
        return Outcome(name, doc=value)
    if isinstance(value, KroniekError):
        value.with_source(name)
    else:
        log.warning("%s: %s: %s", name, type(value).__name__, value)
    return Outcome(name, error=value)


def _pipe_isolating(stages: list[Any], docs: list[Document]) -> list[Document | Exception]:
    """``docs`` piped through ``stages``; when the stream raises, the first unfinished document is
    run alone (its result or exception kept) and the stream goes on after it."""
    out: list[Document | Exception] = []
    start = 0
    while start < len(docs):
        try:
            for doc in _pipe(stages, docs[start:]):
                out.append(doc)
            break
        except Exception as exc:
            k = len(out)
            log.info("batch stopped at document %d (%s: %s); running it alone", k, type(exc).__name__, exc)
            out.append(_run_each(stages, docs[k]))
            start = k + 1
    return out


def _run_each(stages: Iterable[Any], doc: Document) -> Document | Exception:
    try:
        for stage in stages:
            doc = stage(doc)
        return doc
    except Exception as exc:
        return exc


def _pipe(stages: list[Any], docs: list[Document]) -> Iterable[Document]:
    stream: Iterable[Document] = docs
    for stage in stages:
        stream = stage.pipe(stream) if isinstance(stage, BatchStage) else map(stage, stream)
    return stream
