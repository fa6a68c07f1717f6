"""The NER for text without letter case: a second, NER-only spaCy pipeline a language may declare.

A NER that reads capitals finds almost nothing in a lower-cased archive and little in ALL-CAPS wire copy
(Dutch ned.testa F1 0.002 lower-cased, 0.17 upper-cased), and one NER trained for both costs cased text
more than the budget allows. So a language may name, as data, a second NER trained on recased text
(:attr:`kroniek.lang.Language.caseless_model`; Dutch ships ``kroniek/models/nl-caseless``, English none:
its one NER was trained case-robust). The setting ``caseless_model_<lang>``
(``KRONIEK_CASELESS_MODEL_NL``) names another spaCy package or path instead, or ``none`` to switch it off.

A document that :func:`kroniek.lettercase.caseless` calls caseless (lower-cased, or ALL CAPS) takes its
entities from that NER and the main pipeline gives the rest (tokens, tags, parse): :func:`recognize` builds
a Doc in the caseless pipeline's vocab from the main Doc's words, spaces and sentence starts, runs it, and
copies the entity spans back by token index, so every offset stays that of the main Doc. The nlp stage and
``kroniek eval ner`` route alike.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..lang import get_language
from ..settings import Settings

#: Values of ``caseless_model_<lang>`` that switch routing off.
OFF = frozenset({"none", "off"})


def caseless_model_source(lang: str, settings: Settings) -> str | Path | None:
    """What :func:`load_caseless_model` would load for ``lang`` (a package name or path), without loading it:
    the setting ``caseless_model_<lang>`` if set, else the language's shipped caseless NER if it is there,
    else None (no routing)."""
    name = str(settings.get(f"caseless_model_{lang}") or "").strip()
    if name.lower() in OFF:
        return None
    if name:
        return name
    model = get_language(lang).caseless_model
    if model is not None and (model / "meta.json").is_file():
        return Path(str(model))
    return None


def load_caseless_model(lang: str, settings: Settings) -> Any | None:
    """The caseless NER of ``lang`` (a spaCy Language), or None where the language routes nothing."""
    source = caseless_model_source(lang, settings)
    if source is None:
        return None
    import spacy

    from . import namelists  # noqa: F401  (registers the architecture the shipped NER uses)

    try:
        return spacy.load(source)
    except OSError as exc:
        env = f"KRONIEK_{f'caseless_model_{lang}'.upper()}"  # the setting caseless_model_<lang>
        raise ResourceError(
            f"cannot load the caseless NER {str(source)!r} for {lang}: {exc}. Install it, or set {env} to another "
            f"spaCy package or path, or to 'none' to switch it off"
        ) from None


def recognize(caseless: Any, docs: Iterable[Any], batch_size: int = 32) -> Iterator[Any]:
    """``docs`` (spaCy Docs of any pipeline), each with its entities replaced by those ``caseless`` finds in
    the same words; the Docs keep their tokens, so entity offsets are theirs. Lazy: a batch at a time."""
    from spacy.tokens import Doc, Span

    waiting: deque[Any] = deque()

    def copies() -> Iterator[Any]:
        for doc in docs:
            waiting.append(doc)
            yield Doc(caseless.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                      sent_starts=[t.is_sent_start for t in doc] if len(doc) else None)

    for found in caseless.pipe(copies(), batch_size=batch_size):
        doc = waiting.popleft()
        doc.set_ents([Span(doc, e.start, e.end, label=e.label_) for e in found.ents], default="outside")
        yield doc
