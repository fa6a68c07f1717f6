"""Build and run a pipeline: an ordered list of registered stages, checked when built."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from .errors import ConfigError, InputError
from .model import Document
from .registry import BASE_ATTRIBUTES, BatchStage, Services, Stage, StageSpec, get_stage
from .settings import Settings, load_settings
from .stages import DEFAULT_PIPELINE

log = logging.getLogger(__name__)

_PUBLISHED = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?$"
)


@dataclass(frozen=True)
class Pipeline:
    specs: tuple[StageSpec, ...]
    stages: tuple[Stage, ...]
    settings: Settings

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.specs]

    def __call__(self, doc: Document) -> Document:
        for spec, stage in zip(self.specs, self.stages, strict=True):
            doc = stage(doc)
            if not isinstance(doc, Document):
                raise ConfigError(f"stage {spec.name} returned {type(doc).__name__}, not a Document")
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Run every document through every stage; batch stages see the stream at once.

        A document that fails raises out of the iterator; callers that must continue
        past bad records (ingest, batch) call the pipeline per document instead.
        """
        stream: Iterable[Document] = docs
        for stage in self.stages:
            if isinstance(stage, BatchStage):
                stream = stage.pipe(stream)
            else:
                stream = map(stage, stream)
        yield from stream


def build_pipeline(
    settings: Settings | None = None,
    services: Services | None = None,
    names: Sequence[str] | None = None,
) -> Pipeline:
    """Make the stages named (default: the settings' ``pipeline`` or the built-in order).

    Raises ConfigError when a stage needs an attribute that no earlier stage assigns.
    """
    settings = settings or load_settings()
    services = services or Services()
    if names is None:
        names = [n.strip() for n in settings.pipeline.split(",") if n.strip()] or list(DEFAULT_PIPELINE)
    specs = tuple(get_stage(n) for n in names)
    check_order(specs)
    return Pipeline(specs, tuple(spec.factory(settings, services) for spec in specs), settings)


def check_order(specs: Sequence[StageSpec]) -> None:
    """ConfigError unless each stage's requires are base attributes or assigned by an earlier stage."""
    assigned = set(BASE_ATTRIBUTES)
    for spec in specs:
        missing = [r for r in spec.requires if r not in assigned]
        if missing:
            raise ConfigError(
                f"stage {spec.name} requires {', '.join(missing)}, which no earlier stage assigns "
                f"(pipeline: {', '.join(s.name for s in specs)})"
            )
        assigned.update(spec.assigns)


def new_document(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Document:
    """A document ready for the pipeline; checks ``published`` (ISO 8601 date or datetime)."""
    if not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")
    if published is not None:
        published = str(published).strip() or None
    if published is not None:
        published = check_real(published) if _PUBLISHED.match(published) else normalize_published(published)
    return Document(text=text, published=published, language=(language or "").lower(), url=url,
                    title=title, source=source)


def check_real(value: str) -> str:
    """``value`` (ISO 8601 in form) when it names a real date and time; 2024-13-01 and 25:00 are refused."""
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError as exc:
        # Python's own offset message is a paragraph; the others are short ("month must be in 1..12")
        why = "the UTC offset is out of range" if str(exc).startswith("offset") else str(exc)
        raise InputError(f"published must be an ISO 8601 date or datetime like 2022-09-26, got {value!r}: "
                         f"{why}") from None
    return value


def normalize_published(value: str) -> str:
    """An ISO 8601 form of a publication date as feeds and pages write it (RFC 2822, ISO)."""
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    for parse in (datetime.fromisoformat, parsedate_to_datetime):
        try:
            parsed = parse(value)
        except (TypeError, ValueError, IndexError):
            continue
        return parsed.isoformat()
    raise InputError(f"published must be an ISO 8601 date or datetime like 2022-09-26, got {value!r}")
