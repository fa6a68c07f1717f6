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
woordvoerder") is claimed by nobody that can be named: ``claimed_by`` stays null, ``claimed_by_text`` is the
quote's speaker, and no other entity of the sentence is tried. So is a number a common-noun phrase estimates ("de
politie schat het aantal op hooguit 800", "was estimated at 8,000 by police", "Bij de blokkade schat de politie
..."): an estimate is no quote, so ``claimed_by_text`` is the estimator's phrase.

An entity that is only a common noun the NER took for a name ("Organisers", "Politie" at a sentence start)
names no source.

Otherwise ``claimed_by`` stays null: the article itself states the number.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from . import attribution
from .lang import Language, get_language
from .model import Document, Entity, Quantity
from .registry import field_stage
from .spans import Spans


@dataclass(frozen=True)
class _ClaimWords:
    """The claims stage's words of one language (``data/claims.json`` and shared resources)."""

    estimate_cues: re.Pattern[str]  # a verb or noun of estimating, counting or reporting a figure
    estimate_nouns: frozenset[str]  # a noun cue has no subject ("volgens schattingen")
    voice_split: re.Pattern[str]  # a comma and a new subject with a verb of giving an account
    adverbs: frozenset[str]  # words after an entity that do not make it a modifier ("X earlier estimated")
    adverb_suffix: str
    adjectival: re.Pattern[str]  # "an estimated 50,000", "het geschatte aantal": an approximation, no source
    passive: re.Pattern[str]  # "was estimated at 8,000 by police"
    agent: re.Pattern[str]  # "by"/"door" before an entity
    agent_phrase: re.Pattern[str]  # "by police": the agent of a passive estimate, an entity or not
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
        voice_split=re.compile(attribution.another_voice(cues, articles), re.IGNORECASE),
        adverbs=frozenset(fact("adverbs")) | weekdays,
        adverb_suffix=str(facts["adverb_suffix"]),
        adjectival=re.compile(r"\b(?:" + alt(articles | frozenset(fact("possessive_clitics"))) + r")\s*$|['’]s\s+$",
                              re.IGNORECASE),
        passive=re.compile(r"\b(?:" + alt(frozenset(lang.sequence("passive_auxiliaries"))) + r")\s+(?:\S+\s+)?$",
                           re.IGNORECASE),
        agent=re.compile(r"\b(?:" + alt(cues.agent_prepositions) + r")\s+(?:\S+\s+){0,3}$"),
        agent_phrase=re.compile(r"\b(?:" + alt(cues.agent_prepositions) + r")\s+([^\W\d_][^,;.:\n]*)"),
        source_after=re.compile(r"\s+(?:" + alt(fact("source_prepositions")) + r")\s+(?:(?:"
                                + alt(cues.definite_articles) + r")\s+)?"),
    )


_SPEAKER_LABELS = ("PER", "ORG", "MISC")


def _named(e: Entity, lang: Language) -> bool:
    """An entity that names a source: not a common noun the NER took for a name ("Organisers", "Politie")."""
    return e.label in _SPEAKER_LABELS and not attribution.is_common_noun_source(e.text, lang)


def _word_bounded_pieces(text: str) -> set[str]:
    """Every non-empty piece of ``text`` that starts and ends at a word boundary: the strings ``a`` for which
    ``(?<!\\w)a(?!\\w)`` is found in ``text`` (word-bounded: "Iran" is not in "Iranian")."""
    def word(c: str) -> bool:
        return c.isalnum() or c == "_"  # what \\w matches in a str pattern

    starts = [i for i in range(len(text)) if i == 0 or not word(text[i - 1])]
    ends = [j for j in range(1, len(text) + 1) if j == len(text) or not word(text[j])]
    return {text[i:j] for i in starts for j in ends if j > i}


class _Lookups:
    """What the stage looks up per quantity in one document, built once: scans of every entity, quote and token
    per quantity made a long document cost quadratically."""

    def __init__(self, doc: Document, lang: Language) -> None:
        self.doc = doc
        self.named = [_named(e, lang) for e in doc.entities]
        self.at: dict[int, list[int]] = {}  # entity start -> entity positions
        for k, e in enumerate(doc.entities):
            self.at.setdefault(e.start, []).append(k)
        self.entity_starts = [e.start for e in doc.entities]
        self.in_order = all(a <= b for a, b in zip(self.entity_starts, self.entity_starts[1:], strict=False))
        self.token_starts = [t.start for t in doc.tokens]
        self.quantity_starts = sorted(q.start for q in doc.quantities)
        self.quotes = Spans([(qt.start, qt.end) for qt in doc.quotes])
        # (a turn of a transcript is its speaker's words, inside which they tell who said what)
        self.directs = Spans([(qt.start, qt.end) for qt in doc.quotes if qt.kind == "direct"
                              and not attribution.is_turn(doc.text, qt)])
        self._by_text: dict[str, Entity | None] = {}
        self._first: tuple[dict[str, int], dict[str, int], dict[str, int]] | None = None

    def figure_follows(self, pos: int, end: int) -> bool:
        """Whether a quantity of the document starts after ``pos`` (before ``end``) in the same clause: "…, HLN heeft
        het over vijf" (no comma, full stop or semicolon between)."""
        k = bisect.bisect_left(self.quantity_starts, pos)
        return k < len(self.quantity_starts) and self.quantity_starts[k] < end \
            and not re.search(r"[,.;]", self.doc.text[pos:self.quantity_starts[k]])

    def in_direct_quote(self, pos: int) -> bool:
        return self.directs.holding(pos, pos + 1) is not None

    def entities_within(self, start: int, end: int) -> list[int]:
        """Positions of the entities that may lie in [start, end), in document order."""
        if not self.in_order:
            return list(range(len(self.entity_starts)))
        return list(range(bisect.bisect_left(self.entity_starts, start), bisect.bisect_right(self.entity_starts, end)))

    def entity_by_text(self, name: str | None) -> Entity | None:
        """The first named entity whose text is in ``name`` (word-bounded), or holds it, or whose canonical
        name is in it."""
        if not name:
            return None
        if name not in self._by_text:
            if self._first is None:
                by_text: dict[str, int] = {}
                by_canonical: dict[str, int] = {}
                by_piece: dict[str, int] = {}
                for k, e in enumerate(self.doc.entities):
                    if self.named[k]:
                        by_text.setdefault(e.text.lower(), k)
                        if e.canonical:
                            by_canonical.setdefault(e.canonical.lower(), k)
                        for piece in _word_bounded_pieces(e.text.lower()):
                            by_piece.setdefault(piece, k)
                self._first = (by_text, by_canonical, by_piece)
            by_text, by_canonical, by_piece = self._first
            low = name.lower()
            found = [k for piece in _word_bounded_pieces(low) for k in (by_text.get(piece), by_canonical.get(piece))
                     if k is not None]
            if low in by_piece:
                found.append(by_piece[low])
            # a MISC name inside the phrase is an adjective of its noun ("de Peruaanse ombudsman"), not who speaks
            found = [k for k in found if self.doc.entities[k].label != "MISC"
                     or low.endswith(self.doc.entities[k].text.lower()) or low in by_piece]
            self._by_text[name] = self.doc.entities[min(found)] if found else None
        return self._by_text[name]


#: the number stands in a quote of a speaker that is no entity ("een woordvoerder", "de politie"): nobody to name
_UNNAMED = "unnamed"


def _quote_claim(look: _Lookups, q: Quantity) -> tuple[str, str | None] | None:
    k = look.quotes.holding(q.start, q.end)
    if k is None:
        return None
    qt = look.doc.quotes[k]
    if qt.speaker:
        return qt.speaker, None
    e = look.entity_by_text(qt.speaker_text)
    if e is not None:
        return e.id, None
    return (_UNNAMED, qt.speaker_text) if qt.speaker_text else None


def _in_turn(look: _Lookups, q: Quantity) -> bool:
    """Does the figure stand in a quote told with no cue, a turn of a record or a transcript ("Helen Marwood (Lab):
    ...")? A source its own sentence names claims it before the speaker ("human rights groups put the toll at 26")."""
    k = look.quotes.holding(q.start, q.end)
    return k is not None and attribution.is_turn(look.doc.text, look.doc.quotes[k])


def _claimed_after(look: _Lookups, q: Quantity, lang: Language) -> tuple[str, str | None] | None:
    """"the 10,000 claimed by Greenpeace": the source named right after the number (a phrase names nobody)."""
    m = attribution.claimed_by(lang).match(look.doc.text, q.end)
    if m is None:
        return None
    at = m.start("name") if m.group("name") else m.end()
    named = next((look.doc.entities[k] for k in look.at.get(at, ()) if look.named[k]), None)
    return (named.id, None) if named else (_UNNAMED, m.group("source") or None)


def _clause_of(look: _Lookups, q: Quantity, lang: Language) -> tuple[int, int] | None:
    """The clause of the number: "Volgens X deden 2000 boeren mee, | maar de politie hield het op 800"."""
    doc = look.doc
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    text = doc.text
    start, end = s.start, s.end
    # (where a boundary starts, where the next clause starts): after "maar", or at the new subject
    words = _claim_words(lang)
    splits = sorted([(m.start(), m.end()) for m in attribution.clause_split(lang).finditer(text, s.start, s.end)]
                    + [(m.start(), m.start() + 1) for m in words.voice_split.finditer(text, s.start, s.end)
                       if look.figure_follows(m.end(), s.end)])  # a new voice that gives its own figure
    for b_start, c_start in splits:
        if c_start <= q.start:
            start = max(start, c_start)
        elif b_start >= q.end:
            end = b_start
            break
    return start, end


def _estimate_cue(look: _Lookups, start: int, end: int, q: Quantity, words: _ClaimWords) -> re.Match[str] | None:
    """The estimate cue of the number's clause nearest to it ("schat", "put", "counted"), if any: not one in a direct
    quote, nor an adjectival one ("an estimated 50,000", "het geschatte aantal": an approximation, not a source)."""
    text = look.doc.text
    cues = [m for m in words.estimate_cues.finditer(text, start, end) if not look.in_direct_quote(m.start())
            and not words.adjectival.search(text[max(start, m.start() - 12):m.start()])]
    return min(cues, key=lambda m: abs(m.start() - q.start)) if cues else None


#: the most words a phrase before an estimate verb may have to be read as its subject ("the state health services")
_ESTIMATOR_WORDS = 5


def _estimator_phrase(look: _Lookups, q: Quantity, lang: Language, clause: tuple[int, int] | None) -> str | None:
    """The phrase that gives the number when it names no entity ("police put the number at around 40", "de
    politie schat het aantal op 800"): the few words of its clause before an estimate verb, or after the agent
    preposition of a passive one ("was estimated at 8,000 by police")."""
    if clause is None:
        return None
    words = _claim_words(lang)
    text = look.doc.text
    cue = _estimate_cue(look, clause[0], clause[1], q, words)
    if cue is None or cue.group(0).lower() in words.estimate_nouns:
        return None
    if words.passive.search(text, max(clause[0], cue.start() - 16), cue.start()):
        # "was estimated at 8,000 by police", "werd door de politie geschat op 8000"
        m = words.agent_phrase.search(text, cue.end(), clause[1]) or words.agent_phrase.search(
            text, clause[0], cue.start())
        phrase = m.group(1).strip() if m else ""
    elif (subject := _subject_after(look, cue.start())) is not None:
        phrase = text[subject[0]:subject[1]]  # "Bij de blokkade schat de politie het aantal op 800"
    elif cue.start() < q.start:
        raw = text[clause[0]:cue.start()]
        begin = clause[0] + len(raw) - len(raw.lstrip(" ,;:"))
        end = clause[0] + len(raw.rstrip(" ,;:"))
        phrase = text[begin:attribution.before_auxiliaries(look.doc.tokens, begin, end)] if begin < end else ""
    else:
        return None
    return phrase if phrase and 1 <= len(phrase.split()) <= _ESTIMATOR_WORDS and phrase[:1].isalpha() else None


def _sentence_claim(look: _Lookups, q: Quantity, lang: Language, clause: tuple[int, int] | None) -> str | None:
    """The entity the number's ``clause`` names as its source (see the module docstring, 2 and 3), if any."""
    if clause is None:
        return None
    doc, text, words = look.doc, look.doc.text, _claim_words(lang)
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    start, end = clause
    ents = [e for e in (doc.entities[k] for k in look.entities_within(start, end) if look.named[k])
            if start <= e.start and e.end <= end and not look.in_direct_quote(e.start) and not (e.start <= q.start < e.end)]
    head = re.match(r"\s*([^:\n]{2,60}):\s", text[s.start:q.start])
    if head:  # a headline "Unicef: 300 kinderen gedood"
        named = [e for e in ents if e.start >= s.start and e.end <= s.start + head.end(1)]
        if named and named[-1].end == s.start + head.end(1):
            return named[-1].id
    for m in attribution.according_to(lang).finditer(text, start, end):
        after = [e for e in ents if e.start >= m.end() and e.start - m.end() <= 40
                 and not _modifies_noun(look, e.end, end, words)]  # "volgens de Peruaanse ombudsman": the
        # ombudsman says it, not the adjective the NER took for a name
        if after:
            return after[0].id
    cue = _estimate_cue(look, start, end, q, words)
    if cue is None:
        return None
    if words.passive.search(text, max(start, cue.start() - 16), cue.start()):
        # "was estimated at 8,000 by police": only the agent claims it
        agent = [e for e in ents if words.agent.search(text[max(start, e.start - 30):e.start])]
        return agent[0].id if agent else None
    # the subject just before the cue, not a modifier of it ("Danish analysts estimated": analysts estimate);
    # a noun cue ("volgens schattingen", "schattingen van de VN") has no subject
    noun_cue = cue.group(0).lower() in words.estimate_nouns
    subject = _subject_after(look, cue.start())
    if subject is not None and not noun_cue:  # "Bij de blokkade door X schat de politie het aantal op 800": the
        # subject the parse puts after the verb estimates, an entity or nobody named
        return next((e.id for e in ents if e.start < subject[1] and subject[0] < e.end), None)
    before = [e for e in ents if e.end <= cue.start() and not _modifies_noun(look, e.end, cue.start(), words)
              and not noun_cue]
    if before:
        return before[-1].id
    # "schattingen van de VN", "estimates by the UN": the source introduced after the cue
    after = [e for e in ents if e.start >= cue.end() and words.source_after.fullmatch(text, cue.end(), e.start)]
    return after[0].id if after else None


def _subject_after(look: _Lookups, cue_start: int) -> tuple[int, int] | None:
    """The span of the subject the parse hangs after the verb at ``cue_start`` (a verb-second inversion), if any."""
    tokens = look.doc.tokens
    k = bisect.bisect_left(look.token_starts, cue_start)
    if k >= len(tokens) or tokens[k].start != cue_start:
        return None
    verb = tokens[k].i
    near = tokens[k:k + 8]  # (the subject of an inversion follows the verb closely)
    subject = next((t for t in near if t.head == verb and t.dep == "nsubj"), None)
    if subject is None:
        return None
    span = [t for t in near if t.i == subject.i or t.head == subject.i]
    return min(t.start for t in span), max(t.end for t in span)


def _modifies_noun(look: _Lookups, end: int, cue_start: int, words: _ClaimWords) -> bool:
    """Whether the entity ending at ``end`` is followed by a common noun it modifies ("Danish analysts")."""
    doc = look.doc
    m = re.match(r"[ \u00a0]+([a-zà-ÿ][\w-]*)", doc.text[end:cue_start])
    if m is None or end + m.end() > cue_start:
        return False
    word = m.group(1)
    tokens = doc.tokens
    k = bisect.bisect_left(look.token_starts, end + m.start(1)) if tokens else 0
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
    look = _Lookups(doc, lang)
    out = []
    for q in doc.quantities:
        claim: str | None
        phrase: str | None = None
        if q.claimed_by:
            claim = q.claimed_by
        else:
            found = _claimed_after(look, q, lang)
            turn = found is None and _in_turn(look, q)
            if found is None and not turn:
                found = _quote_claim(look, q)
            clause = _clause_of(look, q, lang) if not found else None  # (read once for both readings below)
            claim, phrase = found if found else (_sentence_claim(look, q, lang, clause), None)
            if claim is None and phrase is None:  # "police put the number at 800": a source that is no entity
                phrase = _estimator_phrase(look, q, lang, clause)
            if turn and claim is None and phrase is None:  # a figure the turn's speaker gives of their own
                claim, phrase = _quote_claim(look, q) or (None, None)
        if claim == _UNNAMED:
            claim = None  # the quote records its source as a phrase; claimed_by names entities only
        named = entities.get(claim) if claim else None
        text = q.claimed_by_text or (named.text if named else phrase)
        out.append(q if (claim, text) == (q.claimed_by, q.claimed_by_text)
                   else dataclasses.replace(q, claimed_by=claim, claimed_by_text=text))
    return tuple(out)


STAGE = field_stage("kroniek.claims.v1", assign_claims, requires=("quantities", "quotes"), assigns="quantities",
                    help="Who claims each number (claimed_by from quotes and attribution).")
