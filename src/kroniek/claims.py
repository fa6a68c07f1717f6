"""Who claims each number: ``Quantity.claimed_by`` from quotes and attribution.

A quantity is claimed by (the first that applies, always an entity id):

1. the speaker of the direct or indirect quote it stands in ("…200.000 tot 250.000 mannen…", zegt Deen);
   a quote whose speaker is only a phrase is looked up among the entities by its text;
2. the subject of an estimate or report cue in its sentence ("Novaja Gazeta schatte het aantal
   vluchtelingen op 261.000", "officials put the number at …", "OVD-Info telde 745 arrestaties"):
   the nearest entity before the cue that is not a modifier of a noun ("Danish analysts estimated" names
   nobody), else the entity after "van"/"of"/"by" ("schattingen van de VN"); a passive cue ("was estimated at
   8,000 by police", "werd door X geschat op") counts only its agent, and an adjectival one ("an estimated
   50,000", "het geschatte aantal") is an approximation, not a source;
3. the entity after "volgens"/"according to" in its sentence, or before the colon of a headline
   ("Unicef: 300 kinderen gedood").

Only the number's own clause counts: in "Volgens X deden 2000 boeren mee, maar de politie hield het op
800" X claims 2000, not 800; likewise without "maar": "Volgens X zijn 300 mensen gearresteerd, de regering
spreekt van 120".

A number in a quote whose speaker is no entity ("De politie heeft 57 mensen aangehouden, meldt een
woordvoerder", "de politie schat het aantal op hooguit 800") is claimed by nobody that can be named:
``claimed_by`` stays null (the quote records the source), and no other entity of the sentence is tried.

An entity that is only a common noun the NER took for a name ("Organisers", "Politie" at a sentence start)
names no source.

Otherwise ``claimed_by`` stays null: the article itself states the number.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
from dataclasses import dataclass

from . import attribution
from .lang import Language, get_language
from .model import Document, Entity, Quantity, Quote
from .registry import field_stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ClaimWords:
    """The claims stage's words of one language (``data/claims.json`` and shared resources)."""

    estimate_cues: re.Pattern[str]  # a verb or noun of estimating, counting or reporting a figure
    estimate_nouns: frozenset[str]  # a noun cue has no subject ("volgens schattingen")
    voice_split: re.Pattern[str]  # a comma and a new subject that gives its own figure
    adverbs: frozenset[str]  # words after an entity that do not make it a modifier ("X earlier estimated")
    adverb_suffix: str
    adjectival: re.Pattern[str]  # "an estimated 50,000", "het geschatte aantal": an approximation, no source
    passive: re.Pattern[str]  # "was estimated at 8,000 by police"
    agent: re.Pattern[str]  # "by"/"door" before an entity
    source_after: re.Pattern[str]  # "schattingen van de VN", "estimates by the UN"


@functools.cache
def _claim_words(lang: Language) -> _ClaimWords:
    facts = lang.json("claims")
    cues = attribution.cues(lang)

    def fact(name: str) -> tuple[str, ...]:
        return tuple(str(facts[name]).split())

    alt = attribution.alternation
    articles = cues.definite_articles | frozenset(lang.sequence("indefinite_articles"))
    weekdays = frozenset(row[0] for row in lang.table("weekday_names") if row[2:3] == ("full",))
    return _ClaimWords(
        estimate_cues=re.compile(r"\b(" + alt(fact("estimate_cues") + tuple(facts["estimate_phrases"])) + r")\b",
                                 re.IGNORECASE),
        estimate_nouns=frozenset(fact("estimate_nouns")),
        #: "Volgens X waren het er 300, de regering spreekt van 120"
        voice_split=re.compile(
            r",\s+(?:(?:" + alt(fact("voice_coordinators")) + r")\s+)?(?:(?:" + alt(articles) + r")\s+)?"
            r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+(?:" + alt(fact("voice_verbs")) + r")\b(?=[^,.;]*\d)",
            re.IGNORECASE),
        adverbs=frozenset(fact("adverbs")) | weekdays,
        adverb_suffix=str(facts["adverb_suffix"]),
        adjectival=re.compile(r"\b(?:" + alt(articles | frozenset(fact("possessive_clitics"))) + r")\s*$|['’]s\s+$",
                              re.IGNORECASE),
        passive=re.compile(r"\b(?:" + alt(frozenset(lang.sequence("passive_auxiliaries"))) + r")\s+(?:\S+\s+)?$",
                           re.IGNORECASE),
        agent=re.compile(r"\b(?:" + alt(cues.agent_prepositions) + r")\s+(?:\S+\s+){0,3}$"),
        source_after=re.compile(r"\s+(?:" + alt(fact("source_prepositions")) + r")\s+(?:(?:"
                                + alt(cues.definite_articles) + r")\s+)?"),
    )


_SPEAKER_LABELS = ("PER", "ORG", "MISC")


def _named(e: Entity, lang: Language) -> bool:
    """An entity that names a source: not a common noun the NER took for a name ("Organisers", "Politie")."""
    return e.label in _SPEAKER_LABELS and not attribution.is_common_noun_source(e.text, lang)


def _entity_by_text(doc: Document, name: str | None, lang: Language) -> Entity | None:
    if not name:
        return None
    low = name.lower()

    def within(a: str, b: str) -> bool:  # word-bounded: "Iran" is not in "Iranian"
        return bool(a) and re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", b) is not None

    for e in doc.entities:
        if _named(e, lang) and (within(e.text.lower(), low) or within(low, e.text.lower())
                          or (e.canonical and within(e.canonical.lower(), low))):
            return e
    return None


#: the number stands in a quote of a speaker that is no entity ("een woordvoerder", "de politie"): nobody to name
_UNNAMED = "unnamed"


def _quote_claim(doc: Document, q: Quantity, lang: Language) -> tuple[str, str | None] | None:
    for qt in doc.quotes:
        if qt.start <= q.start and q.end <= qt.end:
            if qt.speaker:
                return qt.speaker, None
            e = _entity_by_text(doc, qt.speaker_text, lang)
            if e is not None:
                return e.id, None
            return (_UNNAMED, qt.speaker_text) if qt.speaker_text else None
    return None


def _claimed_after(doc: Document, q: Quantity, lang: Language) -> tuple[str, str | None] | None:
    """"the 10,000 claimed by Greenpeace": the source named right after the number (a phrase names nobody)."""
    m = attribution.claimed_by(lang).match(doc.text, q.end)
    if m is None:
        return None
    at = m.start("name") if m.group("name") else m.end()
    named = next((e for e in doc.entities if e.start == at and _named(e, lang)), None)
    return (named.id, None) if named else (_UNNAMED, m.group("source") or None)


def _in_quote(pos: int, quotes: tuple[Quote, ...]) -> bool:
    return any(qt.kind == "direct" and qt.start <= pos < qt.end for qt in quotes)


def _sentence_claim(doc: Document, q: Quantity, lang: Language) -> str | None:
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    text = doc.text
    # the clause of the number: "Volgens X deden 2000 boeren mee, | maar de politie hield het op 800"
    start, end = s.start, s.end
    # (where a boundary starts, where the next clause starts): after "maar", or at the new subject
    words = _claim_words(lang)
    splits = sorted([(m.start(), m.end()) for m in attribution.clause_split(lang).finditer(text, s.start, s.end)]
                    + [(m.start(), m.start() + 1) for m in words.voice_split.finditer(text, s.start, s.end)])
    for b_start, c_start in splits:
        if c_start <= q.start:
            start = max(start, c_start)
        elif b_start >= q.end:
            end = b_start
            break
    ents = [e for e in doc.entities if start <= e.start and e.end <= end and _named(e, lang)
            and not _in_quote(e.start, doc.quotes) and not (e.start <= q.start < e.end)]
    head = re.match(r"\s*([^:\n]{2,60}):\s", text[s.start:q.start])
    if head:  # a headline "Unicef: 300 kinderen gedood"
        named = [e for e in ents if e.start >= s.start and e.end <= s.start + head.end(1)]
        if named and named[-1].end == s.start + head.end(1):
            return named[-1].id
    for m in attribution.according_to(lang).finditer(text, start, end):
        after = [e for e in ents if e.start >= m.end() and e.start - m.end() <= 40]
        if after:
            return after[0].id
    cues = [m for m in words.estimate_cues.finditer(text, start, end) if not _in_quote(m.start(), doc.quotes)
            and not words.adjectival.search(text[max(start, m.start() - 12):m.start()])]
    if not cues:
        return None  # "an estimated 50,000", "het geschatte aantal": an approximation, not a source
    cue = min(cues, key=lambda m: abs(m.start() - q.start))
    if words.passive.search(text, max(start, cue.start() - 16), cue.start()):
        # "was estimated at 8,000 by police": only the agent claims it
        agent = [e for e in ents if words.agent.search(text[max(start, e.start - 30):e.start])]
        return agent[0].id if agent else None
    # the subject just before the cue, not a modifier of it ("Danish analysts estimated": analysts estimate);
    # a noun cue ("volgens schattingen", "schattingen van de VN") has no subject
    noun_cue = cue.group(0).lower() in words.estimate_nouns
    before = [e for e in ents if e.end <= cue.start() and not _modifies_noun(doc, e.end, cue.start(), words)
              and not noun_cue]
    if before:
        return before[-1].id
    # "schattingen van de VN", "estimates by the UN": the source introduced after the cue
    after = [e for e in ents if e.start >= cue.end() and words.source_after.fullmatch(text, cue.end(), e.start)]
    return after[0].id if after else None


def _modifies_noun(doc: Document, end: int, cue_start: int, words: _ClaimWords) -> bool:
    """Whether the entity ending at ``end`` is followed by a common noun it modifies ("Danish analysts")."""
    m = re.match(r"[ \u00a0]+([a-zà-ÿ][\w-]*)", doc.text[end:cue_start])
    if m is None or end + m.end() > cue_start:
        return False
    word = m.group(1)
    tokens = doc.tokens
    k = bisect.bisect_left([t.start for t in tokens], end + m.start(1)) if tokens else 0
    tok = tokens[k] if k < len(tokens) and tokens[k].start == end + m.start(1) else None
    if tok is not None and tok.pos:
        return tok.pos in ("NOUN", "ADJ")
    return word not in words.adverbs and not (words.adverb_suffix and word.endswith(words.adverb_suffix))


def assign_claims(doc: Document) -> tuple[Quantity, ...]:
    """The quantities of ``doc`` with ``claimed_by`` filled in where a source claims them, and
    ``claimed_by_text``: the claimant as the text names it (the entity's text, or the phrase of a source that is
    no entity: "een woordvoerder", "the organisers")."""
    lang = get_language(doc.language)
    entities = {e.id: e for e in doc.entities}
    out = []
    for q in doc.quantities:
        claim: str | None
        phrase: str | None = None
        if q.claimed_by:
            claim = q.claimed_by
        else:
            found = _claimed_after(doc, q, lang) or _quote_claim(doc, q, lang)
            claim, phrase = found if found else (_sentence_claim(doc, q, lang), None)
        if claim == _UNNAMED:
            claim = None  # the quote records its source as a phrase; claimed_by names entities only
        named = entities.get(claim) if claim else None
        text = q.claimed_by_text or (named.text if named else phrase)
        out.append(q if (claim, text) == (q.claimed_by, q.claimed_by_text)
                   else dataclasses.replace(q, claimed_by=claim, claimed_by_text=text))
    return tuple(out)


STAGE = field_stage("kroniek.claims.v1", assign_claims, requires=("quantities", "quotes"), assigns="quantities",
                    help="Who claims each number (claimed_by from quotes and attribution).")
