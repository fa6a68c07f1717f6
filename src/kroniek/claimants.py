"""Who claims a number, as an entity: a source the text names only by a phrase gets an entity of its own.

The claims stage fills ``Quantity.claimed_by`` with an entity id where a named entity gives the number ("Novaja
Gazeta schatte ..."), and ``claimed_by_text`` with the phrase where the source is a common noun ("Volgens de
politie rijden ongeveer 450 vrachtwagens mee", "an Osh-based rights group counts at least 30", "police put the
crowd at about 400"). "Who said so" is half of a figure's meaning, and a reader of the output (or an export's
``claimed_by`` column) should not find it empty because the police have no proper name. So this stage, the last
of the pipeline, turns each such phrase into an entity over its words in the number's sentence:

* the phrase is cut before a relative clause, a bracket, a comma, a colon or a line's end ("A local staff member
  who watched the clearance (protect)" -> "A local staff member");
* a phrase that is only a pronoun or an article ("het", "they") names nobody and gets none;
* its occurrence is the one nearest the number in the number's sentence (before it, else after it); a phrase
  that is not there gets none (no offsets, no evidence);
* an entity the tagger already put on the phrase's last word (also on part of the phrase: "de Heffing" of "Stop
  de Heffing") is the source, and no second entity is made, unless it is a place's ("Hampshire and Isle of Wight
  Constabulary": the force, not the county);
* the label is ``PER`` when the phrase's last word is a person's role noun ("een woordvoerder", "the
  spokesman"), else ``ORG`` (a body or a collective source: "de politie", "organisers", "a rights group"); the
  canonical name is the phrase without its article.

It runs after the conflicts, which compare such sources by their phrases, so it changes no conflict; it fills in
the ``claimed_by`` of a conflict's values whose number now has a source entity.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re

from . import attribution
from .lang import Language, get_language
from .model import Conflict, Document, Entity, EntityLabel, Quantity
from .registry import Services, Stage, StageSpec
from .settings import Settings

log = logging.getLogger(__name__)

_CUT = re.compile(r"\s*[(,;:\n]")


@functools.cache
def _articles(lang: Language) -> frozenset[str]:
    return lang.words("definite_articles") | frozenset(lang.sequence("indefinite_articles"))


@functools.cache
def _function_words(lang: Language) -> frozenset[str]:
    """The words that name nobody on their own: articles, determiners, pronouns."""
    return _articles(lang) | lang.words("personal_pronouns") | lang.words("group_pronouns") \
        | lang.words("determiners") | lang.words("relative_pronouns")


def _trimmed(phrase: str, lang: Language) -> str:
    """The phrase before a bracket, a comma, a colon or a relative pronoun that opens a clause on it."""
    phrase = _CUT.split(phrase, maxsplit=1)[0].strip()
    relatives = lang.words("relative_pronouns")
    words = phrase.split(" ")
    for k, w in enumerate(words[1:], 1):
        if w.casefold() in relatives:
            return " ".join(words[:k]).strip()
    return phrase


def _names_somebody(phrase: str, lang: Language) -> bool:
    """Whether the phrase holds a word that is no article, determiner or pronoun."""
    function = _function_words(lang)
    return any(re.search(r"[^\W\d_]", w) and w.casefold() not in function for w in phrase.split())


def _canonical(phrase: str, lang: Language) -> str:
    """The phrase without its opening article ("de politie" -> "politie")."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.casefold() in _articles(lang) else phrase


def _occurrence(doc: Document, q: Quantity, phrase: str) -> tuple[int, int] | None:
    """The span of ``phrase`` in the number's sentence nearest the number: the last before it, else the first after."""
    s = doc.sentence_at(q.start)
    lo, hi = (s.start, s.end) if s is not None else (q.start, q.end)
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", doc.text[lo:hi])]
    spans = [(lo + a, lo + b) for a, b in spans if not (lo + a < q.end and q.start < lo + b)]
    before = [sp for sp in spans if sp[1] <= q.start]
    if before:
        return before[-1]
    after = [sp for sp in spans if sp[0] >= q.end]
    return after[0] if after else None


def _next_id(entities: list[Entity]) -> str:
    numbers = [int(e.id[1:]) for e in entities if re.fullmatch(r"e\d+", e.id)]
    return f"e{max(numbers, default=0) + 1}"


def add_claimants(doc: Document) -> Document:
    """``doc`` with an entity for every source of a number that the text names only by a phrase, and the number's
    ``claimed_by`` (and its conflict values') pointing to it."""
    lang = get_language(doc.language)
    cues = attribution.cues(lang)
    persons = cues.role_nouns - cues.organisation_nouns - cues.unnamed_sources  # ("politie" is listed as both)
    entities = list(doc.entities)
    made: dict[tuple[int, int], str] = {}  # a phrase's span -> its entity
    claimed: dict[str, str] = {}  # quantity id -> entity id
    quantities = []
    for q in doc.quantities:
        if q.claimed_by or not q.claimed_by_text:
            quantities.append(q)
            continue
        phrase = _trimmed(q.claimed_by_text, lang)
        span = _occurrence(doc, q, phrase) if phrase and _names_somebody(phrase, lang) else None
        if span is None:
            quantities.append(q)
            continue
        if span not in made:
            head = span[1] - len(phrase.split()[-1])
            tagged = next((e for e in entities if e.label != "LOC" and e.start < span[1] and head < e.end), None)
            if tagged is not None:
                made[span] = tagged.id
            else:
                label: EntityLabel = "PER" if phrase.split()[-1].casefold() in persons else "ORG"
                entity = Entity(id=_next_id(entities), text=phrase, start=span[0], end=span[1], label=label,
                                canonical=_canonical(phrase, lang))
                entities.append(entity)
                made[span] = entity.id
        claimed[q.id] = made[span]
        quantities.append(dataclasses.replace(q, claimed_by=made[span]))
    if not claimed:
        return doc
    conflicts = tuple(
        Conflict(what=c.what, values=tuple(
            dataclasses.replace(v, claimed_by=claimed[v.quantity]) if v.claimed_by is None and v.quantity in claimed
            else v for v in c.values))
        for c in doc.conflicts)
    log.debug("%d claimants for %d numbers in %s", len(set(claimed.values())), len(claimed), doc.id[:12])
    return doc.replace(entities=tuple(sorted(entities, key=lambda e: (e.start, e.end))), quantities=tuple(quantities),
                       conflicts=conflicts)


def make_stage(settings: Settings, services: Services) -> Stage:
    return add_claimants


STAGE = StageSpec(
    name="kroniek.claimants.v1",
    factory=make_stage,
    requires=("quantities", "entities", "conflicts"),
    assigns=("entities", "quantities", "conflicts"),
    help="A number's source that the text names only by a phrase ('de politie') becomes an entity it points to.",
)
