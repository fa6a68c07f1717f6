"""Stage registry: versioned names -> stage specs, filled from the ``kroniek.stages`` entry points.

A stage is a callable ``Document -> Document``. It is made by a factory that receives the
resolved :class:`~kroniek.settings.Settings` and a :class:`Services` cache, so that heavy
resources (spaCy models, the gazetteer) are loaded once per process and passed in; the
stage itself does no I/O. Built-in stages are registered exactly as a third-party plugin
would be: an entry point in the group ``kroniek.stages`` whose value is a :class:`StageSpec`.

A plugin package declares, in its ``pyproject.toml``::

    [project.entry-points."kroniek.stages"]
    "acme.sentiment.v1" = "acme_kroniek:SENTIMENT"
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any, Protocol, TypeVar, runtime_checkable

from .errors import ConfigError
from .model import Document
from .plugins import PluginRegistry
from .settings import Settings

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "kroniek.stages"
T = TypeVar("T")

#: What ``requires``/``assigns`` may name: the fields of :class:`~kroniek.model.Document`.
DOCUMENT_ATTRIBUTES = frozenset(f.name for f in fields(Document))
#: Document attributes that exist before any stage runs (set by ``new_document``).
BASE_ATTRIBUTES = frozenset({"text", "id", "url", "source", "title", "published"})
assert BASE_ATTRIBUTES <= DOCUMENT_ATTRIBUTES, BASE_ATTRIBUTES - DOCUMENT_ATTRIBUTES


@runtime_checkable
class Stage(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that is faster over many documents at once (e.g. ``nlp.pipe``)."""

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]: ...


class Services:
    """A per-process cache of loaded resources, shared by every stage and pipeline."""

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}
        self._lock = threading.Lock()

    def get(self, key: str, load: Callable[[], T]) -> T:
        """The resource under ``key``, calling ``load()`` the first time it is asked for."""
        with self._lock:
            if key not in self._items:
                log.debug("loading service %s", key)
                self._items[key] = load()
            return self._items[key]  # type: ignore[no-any-return]

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._items[key] = value


StageFactory = Callable[[Settings, Services], Stage]


@dataclass(frozen=True)
class StageSpec:
    """What a stage is called, what it needs and what it fills in."""

    name: str  # versioned: "kroniek.quotes.v1"
    factory: StageFactory
    requires: tuple[str, ...] = ()  # Document attributes that must be assigned earlier
    assigns: tuple[str, ...] = ()  # Document attributes this stage sets
    help: str = ""


def check_spec(spec: StageSpec) -> None:
    """ConfigError unless the name is versioned and requires/assigns name :class:`Document` fields."""
    if spec.name.count(".") < 2 or not spec.name.rsplit(".", 1)[-1].startswith("v"):
        raise ConfigError(f"stage name {spec.name!r} must be versioned like 'package.stage.v1'")
    for role, attributes in (("requires", spec.requires), ("assigns", spec.assigns)):
        if isinstance(attributes, str):  # ("sentences") is a string, not a one-element tuple
            raise ConfigError(f"stage {spec.name}: {role} must be a tuple of Document attributes, "
                              f"got the string {attributes!r}")
        unknown = [a for a in attributes if a not in DOCUMENT_ATTRIBUTES]
        if unknown:
            raise ConfigError(f"stage {spec.name} {role} {', '.join(map(repr, unknown))}, which "
                              f"{'is' if len(unknown) == 1 else 'are'} not Document attributes "
                              f"(known: {', '.join(sorted(DOCUMENT_ATTRIBUTES))})")


def register(spec: StageSpec) -> StageSpec:
    """Register ``spec`` in this process; entry points go through here too, built-ins included."""
    return _STAGES.register(spec)


def field_stage(name: str, compute: Callable[[Document], Any], *, requires: tuple[str, ...], assigns: str,
                help: str) -> StageSpec:
    """A stage that needs no service and sets one attribute: ``doc.replace(<assigns>=compute(doc))``."""

    def factory(settings: Settings, services: Services) -> Stage:
        def stage(doc: Document) -> Document:
            value = compute(doc)
            log.debug("%s: %d %s in %s", name, len(value), assigns, doc.id[:12])
            return doc.replace(**{assigns: value})

        return stage

    return StageSpec(name=name, factory=factory, requires=requires, assigns=(assigns,), help=help)


_STAGES: PluginRegistry[StageSpec] = PluginRegistry(ENTRY_POINT_GROUP, "stage", StageSpec, lambda s: s.name,
                                                     check_spec)


def get_stage(name: str) -> StageSpec:
    return _STAGES.require(name, f"unknown stage {name!r}; registered stages: {', '.join(_STAGES.names()) or 'none'} "
                                 "(is the package that provides it installed?)")


def stage_names() -> list[str]:
    return _STAGES.names()
