"""Tokens, tags, lemmas, dependencies and named entities from a spaCy pipeline.

Each registered language names its shipped model (:attr:`kroniek.lang.Language.model`, for nl and
en ``kroniek/models/<lang>``); the setting ``model_<lang>`` (``KRONIEK_MODEL_NL``/``_EN``) names any
installed spaCy package or path instead. A language without a model gets spaCy's blank tokenizer.
A language may also declare a NER for text without letter case (:mod:`kroniek.nlp.caseless_ner`): a
document that :func:`kroniek.lettercase.caseless` calls lower-cased or ALL CAPS takes its entities from it,
loaded the first time such a document arrives; cased documents never touch it.
Sentence boundaries come from kroniek's own segmenter and are imposed on spaCy, so that
every stage agrees on sentence indices.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from sys import intern
from typing import Any

from ..errors import ResourceError
from ..footnotes import footnotes
from ..lang import get_language
from ..lettercase import LetterCase, letter_case
from ..lines import BULLET, TITLE_TAG
from ..model import Document, Entity, EntityLabel, Token
from ..registry import Services, StageSpec
from ..settings import Settings
from .caseless_names import with_caseless_names
from .caseless_ner import caseless_model_source, load_caseless_model, recognize
from .casing import plain_apostrophes, recase
from .datelines import reparse_datelines
from .function_words import without_function_words
from .headlines import reparse_title_lines
from .hyphenated_names import joined_at_hyphens
from .label_consistency import consistent
from .spelling import learned_spelling
from .titled_names import untitled

log = logging.getLogger(__name__)

#: Longer texts are given to spaCy in pieces of at most this many characters (and below the model's
#: ``max_length``): a parse's memory grows with the length of the Doc, a news article fits in one piece.
CHUNK_CHARS = 50_000
#: ... and go through spaCy at most this many characters at a time.
BATCH_CHARS = 100_000


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
        return whole_words(words_end_sentences(spacy.load(Path(str(language.model))), lang), lang)
    log.warning("no shipped %s model%s; using a blank tokenizer (no tags, parse or entities)", lang,
                f" at {language.model}" if language.model is not None else "")
    return whole_words(words_end_sentences(spacy.blank(language.spacy_code or lang), lang), lang)


def words_end_sentences(nlp: Any, lang: str) -> Any:
    """spaCy's tokenizer exceptions keep the period on abbreviations that are also words ("hand." for "handelingen",
    "ME." for "Middeleeuws"): "Het liep uit de hand. Daarna ..." would be one sentence with a word "hand.". The
    language's ``tokenizer_words`` list those words; their period is a sentence's end again."""
    language = get_language(lang)
    if not language.has("tokenizer_words"):
        return nlp
    words = language.words("tokenizer_words")
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (k.endswith(".") and k[:-1].lower() in words)}
    return nlp


def whole_words(nlp: Any, lang: str) -> Any:
    """spaCy's infix rules split a hyphenated word at its hyphen: "sit-in" becomes "sit", "-", "in", and the parser
    reads the "in" as a preposition. The language's ``tokenizer_wholes`` stay one token (as written, capitalised
    and in capitals)."""
    language = get_language(lang)
    if not language.has("tokenizer_wholes"):
        return nlp
    for word in language.words("tokenizer_wholes"):
        for form in {word, word.capitalize(), word.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    return nlp


class NlpStage:
    def __init__(self, settings: Settings, services: Services) -> None:
        self.settings = settings
        self.services = services
        self.batch_size = int(settings.get("batch_size", 32))
        self._routes: dict[str, bool] = {}

    def model(self, lang: str) -> Any:
        return self.services.get(f"spacy:{lang}", lambda: load_model(lang, self.settings))

    def caseless_model(self, lang: str) -> Any:
        """The language's NER for text without letter case, or None (loaded on first use, like the main model)."""
        return self.services.get(f"spacy-caseless:{lang}", lambda: load_caseless_model(lang, self.settings))

    def routed(self, doc: Document, case: LetterCase) -> bool:
        """Whether ``doc``, written in ``case``, takes its entities from the caseless NER: its language has one and
        its text has lost its letter case. Known without loading the caseless NER."""
        lang = str(doc.language)
        if lang not in self._routes:
            self._routes[lang] = caseless_model_source(lang, self.settings) is not None
        return self._routes[lang] and case != "cased"

    def chunk_chars(self, nlp: Any) -> int:
        """The longest piece of text given to spaCy at once: below its ``max_length`` (E088) and short
        enough that a long document's parse stays small in memory."""
        return max(1, min(CHUNK_CHARS, int(nlp.max_length)))

    def _prepare(self, nlp: Any, doc: Document, span: tuple[int, int], lower: bool = False) -> Any:
        import numpy
        from spacy.attrs import SENT_START

        a, b = span
        # ALL CAPS text is tagged and parsed lower-cased: the models learned their words in their usual case,
        # and a text in capitals tells nothing a lower-cased one does not (recase keeps every offset)
        text = _without_markers(learned_spelling(plain_apostrophes(doc.text[a:b]), get_language(doc.language)),
                                footnotes(doc.text).markers, a)
        sdoc = nlp.make_doc(recase(text, "lower") if lower else text)
        sentences = doc.sentences
        first = bisect.bisect_left(sentences, a, key=lambda s: s.start)
        last = bisect.bisect_left(sentences, b, lo=first, key=lambda s: s.start)
        starts = {s.start - a for s in sentences[first:last]}
        # a list item's bullet ("• We vragen ...") or a title's tag ("[NWS] Rellen bij ...") stands apart: read as
        # a word of the sentence it would take the subject's place in the parse
        starts |= {m.end() - a for x in sentences[first:last]
                   if (m := BULLET.match(doc.text, x.start) or TITLE_TAG.match(doc.text, x.start)) is not None
                   and m.end() < b}
        if sentences and len(sdoc):  # a piece inside one long sentence still gets kroniek's boundaries
            # One array for the whole piece: setting Token.is_sent_start one by one rescans the Doc each time.
            flags = numpy.array([[1 if t.idx in starts or t.i == 0 else -1] for t in sdoc], dtype="int64")
            sdoc.from_array([SENT_START], flags.astype("uint64"))
        return sdoc

    def __call__(self, doc: Document) -> Document:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        # Group consecutive documents per language, and cased apart from caseless, so that nlp.pipe can batch them.
        batch: list[Document] = []
        cases: list[LetterCase] = []
        routed = False
        for doc in docs:
            case = letter_case(doc.text)  # one reading of the whole text, for the routing and for the parse
            kind = self.routed(doc, case)
            if batch and (batch[0].language != doc.language or kind != routed or len(batch) >= self.batch_size):
                yield from self._run(batch, cases, routed)
                batch, cases = [], []
            batch.append(doc)
            cases.append(case)
            routed = kind
        if batch:
            yield from self._run(batch, cases, routed)

    def _run(self, batch: list[Document], cases: list[LetterCase], routed: bool = False) -> Iterator[Document]:
        nlp = self.model(batch[0].language)
        limit = self.chunk_chars(nlp)
        pieces = [chunks(d, limit) for d in batch]
        # spaCy's memory grows with the text of a batch: the pieces of a long text go a few at a time
        size = self.batch_size if all(len(p) == 1 for p in pieces) else max(1, BATCH_CHARS // limit)
        ner = self.caseless_model(batch[0].language) if routed else None
        # a routed batch skips the main NER (nothing else reads its output) and takes the caseless NER's entities
        skip = ["ner"] if ner is not None and "ner" in nlp.pipe_names else []
        parsed = nlp.pipe((self._prepare(nlp, d, span, case == "upper") for d, spans, case in zip(
            batch, pieces, cases, strict=True) for span in spans), batch_size=size, disable=skip)
        sdocs = iter(recognize(ner, parsed, size) if ner is not None else parsed)
        for doc, spans in zip(batch, pieces, strict=True):
            # a generator: each spaCy Doc is converted and let go before the next piece is parsed
            converted = convert(doc, ((span[0], next(sdocs)) for span in spans))
            yield converted if routed else reparse_datelines(nlp, reparse_title_lines(nlp, converted))


def _without_markers(text: str, markers: tuple[tuple[int, int], ...], offset: int) -> str:
    """``text`` (which starts at ``offset``) with its footnote markers blanked, so that "leden.63" is read as
    "leden." and its number joins no word (one character for one: every offset holds)."""
    for a, b in markers:
        if offset <= a and b <= offset + len(text):
            text = text[:a - offset] + " " * (b - a) + text[b - offset:]
    return text


def chunks(doc: Document, limit: int) -> list[tuple[int, int]]:
    """``doc.text`` cut into consecutive pieces of at most ``limit`` characters that cover it all.

    A piece ends at a paragraph break where one falls in its second half, else at a sentence break,
    else (one sentence longer than ``limit``) at whitespace, else anywhere. Text that fits is one piece.
    """
    text = doc.text
    if len(text) <= limit:
        return [(0, len(text))]
    paragraph_starts = [p[0] for p in doc.paragraphs]
    sentence_starts = [s.start for s in doc.sentences]
    out: list[tuple[int, int]] = []
    a = 0
    while len(text) - a > limit:
        end = a + limit
        cut = _last_before(paragraph_starts, a + limit // 2, end) or _last_before(sentence_starts, a, end)
        if cut is None:
            space = max(text.rfind(c, a, end) for c in " \n\t")
            cut = space + 1 if space >= a else end
        out.append((a, cut))
        a = cut
    out.append((a, len(text)))
    return out


def _last_before(starts: list[int], low: int, high: int) -> int | None:
    """The last of the sorted ``starts`` in (low, high], if any."""
    k = bisect.bisect_right(starts, high) - 1
    return starts[k] if k >= 0 and starts[k] > low else None


def convert(doc: Document, pieces: Iterable[tuple[int, Any]]) -> Document:
    """Copy the analysis of spaCy Docs into kroniek tokens and entities: ``pieces`` are (offset, spaCy Doc)
    of consecutive pieces of ``doc.text`` (one for a short text), shifted into the document's offsets and
    token indices. Token strings are interned: a long text repeats its words, tags and lemmas millions of
    times, and one string object each keeps its tokens small."""
    sent_of = _sentence_index(doc)
    tokens: list[Token] = []
    raw: list[tuple[int, int, EntityLabel]] = []
    for offset, sdoc in pieces:
        base = len(tokens)
        keep = [t for t in sdoc if not t.is_space]
        index = {t.i: base + n for n, t in enumerate(keep)}
        for n, t in enumerate(keep, base):
            start = offset + t.idx
            tokens.append(Token(
                i=n, start=start, end=start + len(t.text), text=intern(doc.text[start:start + len(t.text)]),
                lemma=intern(t.lemma_ or t.text.lower()), pos=intern(t.pos_), tag=intern(t.tag_),
                morph=intern(str(t.morph)), dep=intern(t.dep_), head=index.get(t.head.i, n),
                sentence=sent_of(start),
                ent=intern(f"{t.ent_iob_}-{LABEL_MAP[t.ent_type_]}") if t.ent_type_ in LABEL_MAP else "O",
            ))
        raw.extend((offset + ent.start_char, offset + ent.end_char, LABEL_MAP[ent.label_])
                   for ent in sdoc.ents if ent.label_ in LABEL_MAP)
    raw = without_function_words(raw, tokens)  # "Rond" (PER) opening "Rond 7.30 uur probeerden …"
    raw = joined_at_hyphens(doc.text, raw, tokens)  # "Huang Yu" and "chen" (PER) of "Huang Yu-chen"
    raw = untitled(doc.text, raw, tokens, get_language(doc.language))  # "Councillor Martin Fairhurst" (ORG)
    raw = consistent(doc.text, raw, tokens, get_language(doc.language))  # "Vladimir Putin" PER ... "Putin" ORG
    # Text without letter case: known person names the NER, reading capitals, missed (kroniek.lettercase).
    raw, restored = with_caseless_names(doc, tokens, raw, get_language(doc.language))
    canonical = canonical_names([(doc.text[a:b], lab) for a, b, lab in raw])
    # a later mention ("de vries") linked to a name whose capitals were restored ("Anja de Vries") shares them
    capitals = {name: restored[r] for r, name in zip(raw, canonical, strict=True) if r in restored}
    names = [restored.get(r, capitals.get(name, name)) for r, name in zip(raw, canonical, strict=True)]
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
    mentions take the longest same-label mention that equals them ignoring case. Of equally long
    names the first in the document wins."""
    norm = [normalize_name(t) for t, _ in mentions]
    words = [tuple(n.split()) for n in norm]
    # Each mention is looked up by its name and by its words, not compared with every other mention:
    # a long document has thousands. Per key: the first of the longest mentions filed under it.
    longest: dict[tuple[str, Any], int] = {}

    def file(key: tuple[str, Any], j: int) -> None:
        k = longest.get(key)
        if k is None or len(norm[j]) > len(norm[k]):
            longest[key] = j

    for j, (_, label) in enumerate(mentions):
        file((label, norm[j].lower()), j)
        if label == "PER":
            v = words[j]
            for n in range(1, len(v)):  # the words a shorter mention of the same person may be
                file(("PER-part", v[:n]), j)
                file(("PER-part", v[-n:]), j)
    out: list[str] = []
    for i, (_, label) in enumerate(mentions):
        keys: list[tuple[str, Any]] = [(label, norm[i].lower())]
        w = words[i]
        if label == "PER" and w and (len(w) > 1 or w[0][:1].isupper()):
            keys.append(("PER-part", w))
        best = i
        for key in keys:
            j = longest.get(key, i)
            if len(norm[j]) > len(norm[best]) or (j < best and len(norm[j]) == len(norm[best]) and best != i):
                best = j
        out.append(norm[best])
    return out


def _sentence_index(doc: Document) -> Any:
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
