"""Tokens, tags, lemmas, dependencies and named entities from a spaCy pipeline.

Each registered language names its shipped model (:attr:`kroniek.lang.Language.model`, for nl and
en ``kroniek/models/<lang>``); the setting ``model_<lang>`` (``KRONIEK_MODEL_NL``/``_EN``) names any
installed spaCy package or path instead. A language without a model gets spaCy's blank tokenizer.
Sentence boundaries come from kroniek's own segmenter and are imposed on spaCy, so that
every stage agrees on sentence indices.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ResourceError
from ..lang import get_language
from ..model import Document, Entity, EntityLabel, Token
from ..registry import Services, StageSpec
from ..settings import Settings

log = logging.getLogger(__name__)


def shipped_model_path(lang: str) -> Path:
    """Where the registered language ``lang`` keeps its shipped spaCy pipeline (it may not exist)."""
    model = get_language(lang).model
    return Path(str(model if model is not None else resources.files("kroniek") / "models" / lang))


def load_model(lang: str, settings: Settings, name: str | None = None) -> Any:
    """The spaCy Language for ``lang``: ``name`` or the setting ``model_<lang>`` if set, else the language's
    shipped model, else a blank tokenizer for its ``spacy_code`` (a language without a model still runs)."""
    import spacy

    from . import namelists  # noqa: F401  (registers the architecture the shipped NER uses)

    language = get_language(lang)
    name = name or str(settings.get(f"model_{lang}") or "")
    if name:
        try:
            return spacy.load(name)
        except OSError as exc:
            raise ResourceError(
                f"cannot load spaCy model {name!r} for {lang}: {exc}. Install it (python -m spacy download "
                f"{name}) or unset KRONIEK_MODEL_{lang.upper()} to use the shipped model"
            ) from None
    if language.model is not None and (language.model / "meta.json").is_file():
        return spacy.load(Path(str(language.model)))
    log.warning("no shipped %s model%s; using a blank tokenizer (no tags, parse or entities)", lang,
                f" at {language.model}" if language.model is not None else "")
    return spacy.blank(language.spacy_code or lang)


class NlpStage:
    def __init__(self, settings: Settings, services: Services) -> None:
        self.settings = settings
        self.services = services
        self.batch_size = int(settings.get("batch_size", 32))

    def model(self, lang: str) -> Any:
        return self.services.get(f"spacy:{lang}", lambda: load_model(lang, self.settings))

    def _prepare(self, doc: Document) -> Any:
        nlp = self.model(doc.language)
        sdoc = nlp.make_doc(doc.text)
        starts = {s.start for s in doc.sentences}
        if starts:
            for tok in sdoc:
                tok.is_sent_start = tok.idx in starts or tok.i == 0
        return sdoc

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        # Group consecutive documents per language so that nlp.pipe can batch them.
        batch: list[Document] = []
        for doc in docs:
            if batch and (batch[0].language != doc.language or len(batch) >= self.batch_size):
                yield from self._run(batch)
                batch = []
            batch.append(doc)
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Document]) -> Iterator[Document]:
        nlp = self.model(batch[0].language)
        sdocs = nlp.pipe((self._prepare(d) for d in batch), batch_size=self.batch_size)
        for doc, sdoc in zip(batch, sdocs, strict=True):
            yield convert(doc, sdoc)


def convert(doc: Document, sdoc: Any) -> Document:
    """Copy a spaCy Doc's analysis into kroniek tokens and entities."""
    sent_of = _sentence_index(doc)
    keep = [t for t in sdoc if not t.is_space]
    index = {t.i: n for n, t in enumerate(keep)}
    tokens = []
    for n, t in enumerate(keep):
        tokens.append(Token(
            i=n, start=t.idx, end=t.idx + len(t.text), text=t.text, lemma=t.lemma_ or t.text.lower(),
            pos=t.pos_, tag=t.tag_, morph=str(t.morph), dep=t.dep_, head=index.get(t.head.i, n),
            sentence=sent_of(t.idx), ent=f"{t.ent_iob_}-{LABEL_MAP[t.ent_type_]}" if t.ent_type_ in LABEL_MAP else "O",
        ))
    raw = [(ent.start_char, ent.end_char, LABEL_MAP[ent.label_]) for ent in sdoc.ents if ent.label_ in LABEL_MAP]
    names = canonical_names([(doc.text[a:b], lab) for a, b, lab in raw])
    entities = tuple(
        Entity(id=f"e{k}", text=doc.text[a:b], start=a, end=b, label=lab, canonical=name, wikidata=None)
        for k, ((a, b, lab), name) in enumerate(zip(raw, names, strict=True), 1)
    )
    return doc.replace(tokens=tuple(tokens), entities=entities)


LABELS = ("PER", "ORG", "LOC", "MISC")
# CoNLL's four labels from other label sets (OntoNotes-style spaCy packages such as nl_core_news_lg or
# en_core_web_sm, Frog's EVE/PRO); numeric and temporal types (DATE, CARDINAL, MONEY...) are dropped.
LABEL_MAP: dict[str, EntityLabel] = {
    "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "PERSON": "PER", "GPE": "LOC", "FAC": "LOC",
    "NORP": "MISC", "EVENT": "MISC", "EVE": "MISC", "PRODUCT": "MISC", "PRO": "MISC", "WORK_OF_ART": "MISC",
    "LAW": "MISC", "LANGUAGE": "MISC",
}
_QUOTES = "\"'“”‘’„‚«»`´"


def normalize_name(text: str) -> str:
    """An entity's name as written, with whitespace collapsed and enclosing quotes removed."""
    name = " ".join(text.split())
    while len(name) > 1 and name[0] in _QUOTES and name[-1] in _QUOTES:
        name = name[1:-1].strip()
    return name


def canonical_names(mentions: list[tuple[str, str]]) -> list[str]:
    """Within-document canonical names: a person mention whose words end (or begin) a longer person
    mention in the same document gets that longer name ("Poetin" -> "Vladimir Poetin"); other
    mentions take the longest same-label mention that equals them ignoring case."""
    norm = [normalize_name(t) for t, _ in mentions]
    words = [tuple(n.split()) for n in norm]
    out: list[str] = []
    for i, (_, label) in enumerate(mentions):
        best = norm[i]
        for j, (_, other) in enumerate(mentions):
            if j == i or other != label or len(norm[j]) <= len(best):
                continue
            w, v = words[i], words[j]
            same = norm[j].lower() == norm[i].lower()
            part = (label == "PER" and len(v) > len(w) and (v[-len(w):] == w or v[: len(w)] == w)
                    and (len(w) > 1 or w[0][:1].isupper()))
            if same or part:
                best = norm[j]
        out.append(best)
    return out


def _sentence_index(doc: Document) -> Any:
    import bisect

    starts = [s.start for s in doc.sentences]

    def find(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    return find


def make_stage(settings: Settings, services: Services) -> NlpStage:
    return NlpStage(settings, services)


STAGE = StageSpec(
    name="kroniek.nlp.v1",
    factory=make_stage,
    requires=("language", "sentences"),
    assigns=("tokens", "entities"),
    help="spaCy tokens, tags, lemmas, dependencies and PER/ORG/LOC/MISC entities.",
)
