"""kroniek: sourced event data from news in the registered languages (Dutch and English built in).

    >>> import kroniek
    >>> doc = kroniek.extract("Zondag gingen in Moskou honderden mensen de straat op.", published="2022-09-26")
    >>> print(doc.to_json())
"""

from __future__ import annotations

import threading

from .errors import ConfigError, InputError, KroniekError, ResourceError, StoreError, UnsupportedLanguageError
from .model import Document
from .pipeline import Pipeline, build_pipeline, new_document
from .sources.article import check_length

__version__ = "0.1.0"

_default: Pipeline | None = None
_lock = threading.Lock()


def default_pipeline() -> Pipeline:
    """The default pipeline of this process, built on first use (models load once)."""
    global _default
    with _lock:
        if _default is None:
            _default = build_pipeline()
        return _default


def extract(
    text: str,
    *,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Analyse one article and return its kroniek/1 :class:`Document`.

    ``published`` (ISO 8601) anchors relative dates; ``language`` (a code from
    :func:`kroniek.lang.language_codes`, e.g. ``nl``) skips detection. Raises :class:`InputError`
    for unusable text, :class:`UnsupportedLanguageError` for a language that is not registered.
    """
    pipe = pipeline or default_pipeline()
    doc = new_document(text, published=published, language=language, url=url, title=title, source=source)
    check_length(text, pipe.settings)
    return pipe(doc)


__all__ = [
    "extract", "default_pipeline", "build_pipeline", "new_document", "Document", "Pipeline", "KroniekError",
    "InputError", "ConfigError", "ResourceError", "StoreError", "UnsupportedLanguageError", "__version__",
]
