"""Conflicting figures: different sources giving different numbers for the same thing.

Two kinds of conflict are listed, each with every disputed value and its source
(``claimed_by``, null for the article's own voice):

* ``events[<id>].size.<slot>``: events of the same type whose size slot (participants, killed,
  injured, arrested, displaced) is filled from quantities of different sources with values that
  cannot both be true (their [low, high] intervals are disjoint). Events whose own sentences name
  places that share nothing are not the same event and are not compared (a place an event took from
  the rest of the article does not set it apart).
* ``quantities.<key>``: quantities in the article that count the same thing, from different sources,
  with disjoint values. The key is the size slot the quantity reads as (from its counted noun and
  the words of its own clause, between the breaks around it: "het aantal vluchtelingen … op 261.000" and
  "200.000 tot 250.000 mannen de grens over gevlucht" are both ``displaced``; what befell the people a
  participants noun counts wins, "three protesters were killed" is ``killed``), else its counted lemma. Both sources must be named: an
  entity (``claimed_by``) or the subject of a claim cue in the number's clause ("de organisatoren
  spraken van 8000 …, maar de gemeente hield het op 5000"), except that the article's own figure for a happening
  it tells (one that sizes an event) disputes a named source's when the source names no particular people ("at
  least nine people were killed ... The Government has acknowledged three deaths").

Sources that are only phrases ("de organisatie", "police") stay ``claimed_by`` null, but count as different
sources: a source right after the number ("the 10,000 claimed by organisers"), the quote the number stands in ("volgens de organisatie …", "de politie schat het aantal op …") or the
subject of its claim cue names them. Open-ended values dispute each other when their ranges cannot meet:
"ruim 2000" (2000..) against "hooguit 800" (..800); two floors dispute when one is at least one and a half
times the other ("at least 40" against "more than 100"), each being its source's own count. A figure that
refers back ("the number", "het aantal", "the crowd", "hield het op"), and a figure without a noun of its own after a claim cue ("De politie telde er
18.000", "Police said 18,000 attended"), counts what was just counted, up to two sentences back; a generic count
("2000 mensen", "people") takes the more telling key of the figure that disputes it ("the crowd" is
``participants``), and so do clauses like "op de been", "liepen mee", "joined the march", "attended".

Disputed figures stay within a factor of five of each other: 14 arrests do not dispute 8000
participants even when both read as the same slot, and disputed figures whose sizes part by more than
that are two conflicts (1.3 million against 436,000, 12,000 against 30,000). Figures whose nouns name
different people ("four officers hurt", "19 protesters injured") do not dispute each other; a bare
figure or one of a slot's own word ("one death") may count either. A part of a count ("onder wie negen
journalisten", "nine of them", ``partitive_before``/``partitive_after``) is no rival count.

When one of the disputed figures sizes an event, the conflict is named after that event's slot
(``events[ev-13].size.displaced``, the slot the event gives it even when the key was a lemma), else
``quantities.<key>``.

Vague quantities ("duizenden") and measurements (a unit) are not compared: "thousands fled" does not
dispute "261,000 fled". A pair already listed for an event is not listed again for the article.
"""

from __future__ import annotations

import bisect
import functools
import logging
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import attribution
from .figures import comparable
from .lang import Language, get_language
from .lang.partitives import partitive_after, partitive_before
from .model import SIZE_SLOTS, Conflict, ConflictValue, Document, Event, Quantity
from .registry import Services, Stage, StageSpec
from .settings import Settings
from .spans import Spans

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _ConflictWords:
    """The conflicts stage's rules of one language (``data/conflicts.json``, ``conflicts_slot_words.tsv``)."""

    word_slot: dict[str, str]  # a word that says which size slot a figure fills
    slot_phrases: dict[str, re.Pattern[str]]  # clause phrases that do ("op de been", "took part")
    projection: re.Pattern[str]  # "the death toll could rise to": a projection, not a rival count
    claim_cue: re.Pattern[str]  # a verb with which a source gives a figure
    gapped: re.Pattern[str]  # ", de politie van 20.000": a claim with its verb left out
    refers_back: re.Pattern[str]  # "the number", "het aantal", "hield het op": what was just counted
    generic: frozenset[str]  # counted lemmas that say only that people are counted
    clause_break: re.Pattern[str]  # where a figure's own clause ends: a comma, a semicolon, a coordinator


def _items(value: str | list[str]) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, list) else tuple(value.split())


@functools.cache
def _conflict_words(lang: Language) -> _ConflictWords:
    facts = lang.json("conflicts")
    alt = attribution.alternation

    def items(name: str) -> tuple[str, ...]:
        return _items(facts[name])

    return _ConflictWords(
        word_slot=dict(lang.mapping("conflicts_slot_words")),
        slot_phrases={slot: re.compile("|".join(patterns)) for slot, patterns in facts["slot_phrases"].items()},
        projection=re.compile(r"\b(" + alt(items("projection_modals")) + r")\b[^.;]{0,30}\b("
                              + alt(items("projection_verbs")) + r")\b[^.;]{0,20}$", re.IGNORECASE),
        claim_cue=re.compile(r"\b(" + alt(attribution.cues(lang).voice_verbs) + r")\b", re.IGNORECASE),
        gapped=re.compile(r",\s*((?:" + alt(attribution.cues(lang).definite_articles) + r")\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)"
                          r"\s+(?:" + alt(items("gapped_prepositions")) + r")\s+(?:(?:"
                          + "|".join(re.escape(w) + r"\s+" for w in items("gapped_approximators")) + r"))?$",
                          re.IGNORECASE),
        refers_back=re.compile(r"\b(" + alt(items("refers_back") + items("refers_back_phrases")) + r")\b",
                               re.IGNORECASE),
        generic=frozenset(items("generic_people")),
        clause_break=re.compile(r"[,;:]|\b(?:" + alt(lang.words("events_coordinators")) + r")\b", re.IGNORECASE),
    )


def _interval(low: float | None, high: float | None) -> tuple[float, float]:
    lo = -math.inf if low is None else low
    hi = math.inf if high is None else high
    return lo, hi


def disjoint(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Whether two [low, high] values cannot both be true (null = open-ended on that side)."""
    (alo, ahi), (blo, bhi) = _interval(*a), _interval(*b)
    if alo > ahi:
        alo, ahi = ahi, alo
    if blo > bhi:
        blo, bhi = bhi, blo
    return ahi < blo or bhi < alo


def _comparable(q: Quantity, doc: Document | None = None) -> bool:
    if doc is not None and _conflict_words(get_language(doc.language)).projection.search(
            doc.text[max(0, q.start - 80):q.start]):
        return False  # "the death toll could rise to 60" is a projection, not a rival count
    if doc is not None and (partitive_before(lang := get_language(doc.language)).search(
            doc.text[max(0, q.start - 30):q.start]) or partitive_after(lang).match(doc.text, q.end)):
        return False  # "212 aangehouden, onder wie negen journalisten", "nine of them": a part, not a rival count
    vague = q.approximate and not any(ch.isdigit() for ch in q.text) and q.low is not None and q.high is not None \
        and q.high >= 4 * q.low
    return q.unit is None and not vague and (q.low is not None or q.high is not None)


class _Index:
    """Lookups into one document that the conflicts stage makes per quantity (and per pair of events): built
    once, so that a long document costs about linearly, not the number of quantities times its items."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.rules = _conflict_words(get_language(doc.language))
        self.quantity_starts = sorted(q.start for q in doc.quantities)
        self.quantity_ends = sorted(q.end for q in doc.quantities)
        self.entity_at: dict[int, str] = {}
        for e in doc.entities:
            self.entity_at.setdefault(e.start, e.id)  # the first entity starting there, as a scan finds it
        self.entities = {e.id: e for e in reversed(doc.entities)}  # reversed: the first of a repeated id wins
        spoken = [k for k, qt in enumerate(doc.quotes) if qt.speaker or qt.speaker_text]  # quotes with a speaker
        self.spoken = Spans([(doc.quotes[k].start, doc.quotes[k].end) for k in spoken], spoken)
        self._source: dict[str, str | None] = {}
        self._comparable: dict[str, bool] = {}
        # sets of distinct (low, high, source) found to hold no conflict: the next event of a repetitive text
        # brings the same set again, and whether it disputes depends only on that set
        self.undisputed: set[tuple[frozenset[tuple[float | None, float | None, str | None]], bool]] = set()

    @functools.cached_property
    def token_starts(self) -> list[int]:
        return [t.start for t in self.doc.tokens]

    def names_someone(self, a: int, b: int) -> bool:
        """Does a noun or pronoun outside any time expression stand between characters a and b?"""
        tokens, times = self.doc.tokens, self.doc.times
        k = bisect.bisect_left(self.token_starts, a)
        while k < len(tokens) and tokens[k].start < b:
            t = tokens[k]
            if t.pos in ("NOUN", "PROPN", "PRON") and not any(x.start <= t.start < x.end for x in times):
                return True
            k += 1
        return False

    @functools.cached_property
    def quantities_by_sentence(self) -> dict[int, list[tuple[int, Quantity]]]:
        """The document's quantities by the index of the sentence holding them, with their place in the document's
        list: an event's further mentions look up their own sentences, not every quantity."""
        out: dict[int, list[tuple[int, Quantity]]] = {}
        for k, q in enumerate(self.doc.quantities):
            sentence = self.doc.sentence_at(q.start)
            if sentence is not None:
                out.setdefault(sentence.i, []).append((k, q))
        return out

    def quote_around(self, q: Quantity) -> int | None:
        """The narrowest quote of ``doc.quotes`` (with a speaker) that holds ``q``."""
        return self.spoken.holding(q.start, q.end)

    def source(self, q: Quantity) -> str | None:
        if q.id not in self._source:
            self._source[q.id] = _source_of(self, q)
        return self._source[q.id]

    def comparable(self, q: Quantity) -> bool:
        if q.id not in self._comparable:
            self._comparable[q.id] = _comparable(q, self.doc)
        return self._comparable[q.id]


def slot_of(doc: Document, q: Quantity) -> str | None:
    """The size slot a quantity reads as, from its counted noun and the words of its clause."""
    return _slot_of(_Index(doc), q)


def _slot_of(index: _Index, q: Quantity) -> str | None:
    doc, rules = index.doc, index.rules
    noun = next((rules.word_slot[w.lower()] for w in (q.counted_lemma, q.counted) if w and w.lower() in rules.word_slot),
                None)
    s = doc.sentence_at(q.start)
    if s is None:
        return noun
    # the clause runs from the end of the figure before (in the sentence) to the start of the next one
    k = bisect.bisect_right(index.quantity_starts, q.start)
    clause_end = min(s.end, index.quantity_starts[k]) if k < len(index.quantity_starts) else s.end
    k = bisect.bisect_right(index.quantity_ends, q.start) - 1
    clause_start = max(s.start, index.quantity_ends[k]) if k >= 0 else s.start
    # the figure's own words count: from the last break before it to the first one after it ("One protester was
    # killed and 23 people were injured, nine of them ..."; "killed 3 and injured 5")
    text = doc.text
    before = list(rules.clause_break.finditer(text, clause_start, q.start))
    after = rules.clause_break.search(text, q.end, clause_end)
    told = _slots_in(rules, text[before[-1].end() if before else clause_start:after.start() if after else clause_end])
    if noun == "participants" and len(told - {noun}) == 1:
        return (told - {noun}).pop()  # "three protesters were killed": what befell them is what is counted
    if noun is not None:
        return noun
    return told.pop() if len(told) == 1 else None


def _slots_in(rules: _ConflictWords, text: str) -> set[str]:
    """The size slots the words and phrases of ``text`` name."""
    window = text.lower()
    found = {rules.word_slot[w] for w in re.findall(r"[^\W\d_]+", window) if w in rules.word_slot}
    return found | {slot for slot, pattern in rules.slot_phrases.items() if pattern.search(window)}


def source_of(doc: Document, q: Quantity) -> str | None:
    """Who gives the number: its ``claimed_by`` entity, else the speaker of the quote it stands in, else the
    subject phrase of a claim cue in its clause ("De organisatoren spraken van 8000", "maar de gemeente hield het op 5000"), else None."""
    return _source_of(_Index(doc), q)


def _source_of(index: _Index, q: Quantity) -> str | None:
    if q.claimed_by:
        return q.claimed_by
    doc = index.doc
    lang = get_language(doc.language)
    by = attribution.claimed_by(lang).match(doc.text, q.end)
    if by and by.group("name"):  # "the 10,000 claimed by organisers", "de 10.000 die door de organisatie werden genoemd"
        named = index.entity_at.get(by.start(1))
        return named or "phrase:" + by.group(1).lower()
    k = index.quote_around(q)
    if k is not None:
        qt = doc.quotes[k]
        told = _cue_source(index, q) if attribution.is_turn(doc.text, qt) else None  # a turn of a record or a
        return told or qt.speaker or "phrase:" + (qt.speaker_text or "").lower()  # transcript: "human rights groups
        # put the toll at 26"
    return _cue_source(index, q)


def _cue_source(index: _Index, q: Quantity) -> str | None:
    """The subject phrase of a claim cue in the figure's clause ("De organisatoren spraken van 8000", "maar de gemeente
    hield het op 5000"), or the source of a clause that leaves the verb out."""
    doc = index.doc
    lang = get_language(doc.language)
    s = doc.sentence_at(q.start)
    if s is None:
        return None
    text = doc.text
    start, _ = attribution.clause_around(text, lang, (s.start, s.end), (q.start, q.end))
    clause = text[start:q.start]
    rules = index.rules
    gapped = rules.gapped.search(clause)
    if gapped:  # "De organisatie spreekt van 50.000, de politie van 20.000": the verb is left out
        return "phrase:" + gapped.group(1).lower()
    cue = None
    for m in rules.claim_cue.finditer(clause):
        cue = m
    if cue is None:
        return None
    subject = re.split(r"[,;:]", clause[:cue.start()])[-1].strip().lower()  # "…, de werkgevers houden het op"
    words = subject.split()
    if not 1 <= len(words) <= 6:
        return None
    end = start + len(clause[:cue.start()].rstrip())
    begin = end - len(subject)
    if doc.tokens and not index.names_someone(begin, end):
        return None  # "Rond 17.40 uur kwamen vier mannen ...": a time before the verb names nobody
    return "phrase:" + text[begin:attribution.before_auxiliaries(doc.tokens, begin, end)].lower()


def _clause_before(doc: Document, q: Quantity) -> str:
    s = doc.sentence_at(q.start)
    return doc.text[s.start:q.start] if s else ""


def _source_name(index: _Index, q: Quantity) -> str | None:
    """The source of ``q`` as a reader would name it: the entity's text or the source phrase."""
    source = index.source(q)
    if source is None:
        return None
    if source.startswith("phrase:"):
        return source[len("phrase:"):]
    entity = index.entities.get(source)
    return entity.text if entity else None


def _values(index: _Index, qs: Iterable[Quantity]) -> tuple[ConflictValue, ...]:
    return tuple(ConflictValue(low=q.low, high=q.high, claimed_by=q.claimed_by, quantity=q.id,
                               source=_source_name(index, q)) for q in qs)


def _disputes(index: _Index, qs: list[Quantity], named_sources: bool) -> list[list[Quantity]]:
    """The conflicts among ``qs``: figures that count the same people (two nouns that name different people, "four
    officers hurt" and "19 protesters injured", count two groups; a bare figure or one of a slot's own word, "one
    death", may count either), each set of disputed figures split where their sizes part by more than the factor
    of five (1.3 million against 436,000 is one conflict, 12,000 against 30,000 another)."""
    groups = sorted({g for q in qs if (g := _people(index, q)) is not None})
    parts = [[q for q in qs if _people(index, q) in (None, g)] for g in groups] if len(groups) > 1 else [qs]
    out: list[list[Quantity]] = []
    for part in parts:
        disputed = _disputed(index, part, named_sources)
        for cluster in _by_size(disputed or []):
            sources = {index.source(q) for q in cluster} - ({None} if named_sources else set())
            if len(sources) >= 2 and not any({q.id for q in cluster} <= {q.id for q in c} for c in out):
                out.append(cluster)
    return out


def _people(index: _Index, q: Quantity) -> str | None:
    """The people a figure's noun names ("agent", "protester"), or None for a bare figure, a generic noun ("people",
    "mensen") or a slot's own word ("deaths"), which may count anyone."""
    rules = index.rules
    forms = {w.lower() for w in (q.counted_lemma, q.counted) if w}
    neutral = not forms or forms & rules.generic or any(rules.word_slot.get(w, "participants") != "participants"
                                                         for w in forms)
    return None if neutral else (q.counted_lemma or q.counted or "").lower()


def _by_size(qs: list[Quantity]) -> list[list[Quantity]]:
    """``qs`` in runs of sizes each within the factor of five of the next smaller one (in the given order within a
    run): a gap of more than that factor between sizes parts two counts."""
    ranked = sorted((m, k) for k, q in enumerate(qs) if (m := _mid(q)) is not None)
    runs: list[list[int]] = []
    for m, k in ranked:
        if runs and comparable(_mid(qs[runs[-1][-1]]), m):
            runs[-1].append(k)
        else:
            runs.append([k])
    return [[qs[k] for k in sorted(run)] for run in runs]


def _disputed(index: _Index, qs: list[Quantity], named_sources: bool) -> list[Quantity] | None:
    """The quantities of ``qs`` in a conflict: >= 2 sources, some values disjoint; else None."""
    picked: list[Quantity] = []
    seen: set[tuple[float | None, float | None, str | None]] = set()  # a figure repeated by its source counts once
    source = {q.id: index.source(q) for q in qs}
    for q in qs:
        key = (q.low, q.high, source[q.id])
        if key not in seen:
            seen.add(key)
            picked.append(q)
    known = (frozenset(seen), named_sources)
    if known in index.undisputed:
        return None
    sources = {source[q.id] for q in picked}
    if named_sources:
        sources.discard(None)
    if len(sources) < 2:
        index.undisputed.add(known)
        return None
    involved = _involved(picked, source, named_sources)
    if not involved:
        index.undisputed.add(known)
        return None
    return [q for q in picked if q.id in involved]


_Best = list[tuple[float, str | None]]  # the two smallest values of a range that come from different sources


def _merge(x: _Best, y: _Best) -> _Best:
    out: _Best = []
    for value, src in sorted(x + y, key=lambda vs: vs[0]):
        if not out or (len(out) == 1 and src != out[0][1]):
            out.append((value, src))
    return out


class _RangeBest:
    """The smallest values from two different sources in any range of a list (a sparse table: n log n)."""

    def __init__(self, items: list[tuple[float, str | None]]) -> None:
        self.levels = [[[item] for item in items]]
        width = 1
        while 2 * width <= len(items):
            prev = self.levels[-1]
            self.levels.append([_merge(prev[i], prev[i + width]) for i in range(len(items) - 2 * width + 1)])
            width *= 2

    def smallest_not_from(self, lo: int, hi: int, src: str | None) -> float:
        """The smallest value in [lo, hi) whose source is not ``src`` (inf if none)."""
        if hi <= lo:
            return math.inf
        k = (hi - lo).bit_length() - 1
        best = _merge(self.levels[k][lo], self.levels[k][hi - (1 << k)])
        return next((value for value, s in best if s != src), math.inf)


def _not_below(m: float, x: float) -> bool:
    """Whether a figure with middle ``x`` is not so far below one with middle ``m`` that they count two things."""
    return x >= m or comparable(m, x)


def _above(m: float, x: float) -> bool:
    """Whether a figure with middle ``x`` is so far above one with middle ``m`` that they count two things."""
    return x > m and not comparable(m, x)


#: how far apart two floors ("at least 40", "more than 100") of different sources must be to dispute
_FLOOR_GAP = 1.5


def _involved(picked: list[Quantity], source: dict[str, str | None], named_sources: bool) -> set[str]:
    """The figures that a figure of another source disputes: disjoint and within a factor of five (only those
    count, so each looks at the figures whose middle is within that factor: ranges, not every pair)."""
    rows = []
    for q in picked:
        m = _mid(q)
        if m is None or m <= 0 or (named_sources and source[q.id] is None):
            continue
        lo, hi = _interval(q.low, q.high)
        rows.append((m, min(lo, hi), max(lo, hi), q))
    rows.sort(key=lambda r: r[0])
    mids = [r[0] for r in rows]
    highs = _RangeBest([(r[2], source[r[3].id]) for r in rows])  # figures wholly below a figure
    lows = _RangeBest([(-r[1], source[r[3].id]) for r in rows])  # and wholly above it
    involved: set[str] = set()
    for m, lo, hi, q in rows:
        a = bisect.bisect_left(mids, True, key=functools.partial(_not_below, m))
        b = bisect.bisect_left(mids, True, key=functools.partial(_above, m))
        src = source[q.id]
        if highs.smallest_not_from(a, b, src) < lo or -lows.smallest_not_from(a, b, src) > hi:
            involved.add(q.id)
    # "at least 40 people, according to police; the committee claims more than 100": two floors can both hold, but
    # each is its source's own count, and counts that far apart dispute each other
    floors = sorted((lo, q.id) for _, lo, hi, q in rows if hi == math.inf and lo > 0)
    for k, (lo, qid) in enumerate(floors):
        for lo2, qid2 in floors[k + 1:]:
            if not comparable(lo, lo2):
                break
            if lo2 >= _FLOOR_GAP * lo and source[qid] != source[qid2]:
                involved.update((qid, qid2))
    return involved



def _mid(q: Quantity) -> float | None:
    vals = [v for v in (q.low, q.high) if v is not None]
    return sum(vals) / len(vals) if vals else None


def _close(a: Quantity, b: Quantity) -> bool:
    """Figures for the same count stay within a factor of five of each other (14 is not 8000)."""
    return comparable(_mid(a), _mid(b))


_DAY = re.compile(r"\d{4}-\d\d-\d\d")

# What _same_facts compares: type, the year and day the text tells (None: published date or none), places.
_EventFacts = tuple[str, "str | None", "str | None", frozenset[str]]


def _facts(e: Event, doc: Document) -> _EventFacts:
    told = e.when is not None and e.when.source != "published"
    value = e.when.value if e.when is not None and told else None
    return (e.type, value[:4] if value is not None else None,
            value if value is not None and _DAY.fullmatch(value) else None,
            _told_places(e, doc))


def _told_places(e: Event, doc: Document) -> frozenset[str]:
    """The event's places that its own sentences name. A place it took from elsewhere in the article (its
    focus, a dateline) is a guess, and two guesses that differ do not make two events."""
    sentences = {e.sentence, *(m.sentence for m in e.mentions)}
    places = {p.id: p for p in doc.places}
    out = set()
    for w in e.where:
        place = places.get(w.place) if w.place else None
        if place is None:
            if w.place:
                out.add(w.place)  # not among the document's places: nothing says where it was told
            continue
        sentence = doc.sentence_at(place.start)
        if sentence is None or sentence.i in sentences:
            out.add(place.id)
    return frozenset(out)


def _same_facts(a: _EventFacts, b: _EventFacts) -> bool:
    if a[0] != b[0]:
        return False
    if a[1] is not None and b[1] is not None and (a[1] != b[1] or (a[2] and b[2] and a[2] != b[2])):
        return False  # told for other days (or years): not the same event
    return not (a[3] and b[3] and not a[3] & b[3])


def _apart(a: Event, b: Event, doc: Document) -> bool:
    """Whether two events the same figures size are told for other days or places: whatever their types (one
    happening may be read as an attack and as the accusation about it), two happenings."""
    fa, fb = _facts(a, doc), _facts(b, doc)
    return not _same_facts(fa, (fa[0], *fb[1:]))


def _mention_counts(index: _Index, e: Event, slot: str) -> list[Quantity]:
    """The figures for ``slot`` in the sentences of the event's further mentions: another source's count of the
    same arrests ("Organizers said 11 were detained") joins the event, and its figure stays in the dispute."""
    told = {m.sentence for m in e.mentions} - {e.sentence}
    found = sorted(kq for i in told for kq in index.quantities_by_sentence.get(i, ()))
    return [q for _, q in found if index.comparable(q) and _slot_of(index, q) == slot]


def find_conflicts(doc: Document) -> tuple[Conflict, ...]:
    """Conflicts in ``doc`` (see the module docstring)."""
    index = _Index(doc)
    by_id = {q.id: q for q in doc.quantities}
    out: list[Conflict] = []
    covered: list[set[str]] = []
    # 1. event size slots
    for slot in SIZE_SLOTS:
        filled = [(e, s) for e in doc.events if (s := e.size_of(slot)) is not None and s.quantity in by_id]
        seen: set[str] = set()
        facts = [_facts(e, doc) for e, _ in filled]
        of_type: dict[str, list[int]] = {}  # only events of one type can be the same event
        for i, (e, _) in enumerate(filled):
            of_type.setdefault(e.type, []).append(i)
        for i, (ev, _) in enumerate(filled):
            if ev.id in seen:
                continue
            same = of_type[ev.type]
            group = [filled[j] for j in same[bisect.bisect_left(same, i):]
                     if filled[j][0].id not in seen and _same_facts(facts[i], facts[j])]
            qs = [by_id[s.quantity] for _, s in group if s.quantity]
            qs += [q for e, _ in group for q in _mention_counts(index, e, slot) if q not in qs]
            for disputed in _disputes(index, [q for q in qs if index.comparable(q)], named_sources=False):
                seen.update(e.id for e, _ in group)
                out.append(Conflict(what=f"events[{ev.id}].size.{slot}", values=_values(index, disputed)))
                covered.append({q.id for q in disputed})
    # 2. the same thing counted in the article
    rules = index.rules
    groups: dict[tuple[str, bool], list[Quantity]] = {}
    last: tuple[str, int] | None = None  # the key of the last grouped quantity and its sentence
    keys_by_noun: dict[int, str] = {}  # counted-noun offset -> the key of the first number that counted it
    for q in doc.quantities:
        if not index.comparable(q):
            continue
        shared = keys_by_noun.get(q.counted_start) if q.counted_start is not None else None
        key = shared or _slot_of(index, q) or (q.counted_lemma.lower() if q.counted_lemma else None)
        if key is not None and q.counted_start is not None:
            keys_by_noun.setdefault(q.counted_start, key)  # "2000 boeren …, maar … op 800" share "boeren"
        sentence = doc.sentence_at(q.start)
        here = sentence.i if sentence else -1
        own_noun = q.counted_start is not None and shared is None
        refers = rules.refers_back.search(_clause_before(doc, q)) or (not own_noun and rules.claim_cue.search(
            _clause_before(doc, q)))  # "De politie telde er 18.000", "Police said 18,000 attended"
        if last is not None and key != last[0] and here - last[1] <= 2 and (key is None or key in rules.generic
                                                                          or last[0] in rules.generic) and refers:
            # "Police put the figure at about 10,000", "De politie schat het aantal mensen op 800": the number
            # of what was just counted; the more telling key names both ("crowd" is participants, "people" is not)
            if key is not None and key not in rules.generic and last[0] in rules.generic:
                groups.setdefault((key, True), []).extend(groups.pop((last[0], True), []))
            else:
                key = last[0]
        if key is not None:
            groups.setdefault((key, True), []).append(q)
            last = (key, here)
    sizing = {s.quantity for e in doc.events for s in e.size if s.quantity}
    for (what, named), qs in groups.items():
        # the article's own figure for a happening it tells (one that sizes an event) against a named source's
        # ("at least nine people were killed ... The Government has acknowledged three deaths", "the 47 students
        # arrested ... The Command has put the number of those in custody at 19"): the article's voice is the other
        # side, when the named source names no particular people ("twee agenten" among "negen mensen" is a part of
        # the toll)
        told = any(q.id in sizing and index.source(q) is None for q in qs) and all(
            _people(index, q) is None for q in qs if index.source(q) is not None)
        for disputed in _disputes(index, qs, named_sources=named and not told):
            if any({q.id for q in disputed} <= c for c in covered):
                continue
            ids = {q.id for q in disputed}
            sized = [e for e in doc.events if (sz := e.size_of(what)) is not None and sz.quantity in ids]
            if any(_apart(a, b, doc) for a in sized for b in sized):
                continue  # figures of two different events (other places) do not dispute each other
            # a disputed figure that sizes an event names that event's slot (whatever the article-level key)
            event, slot = (sized[0], what) if sized else next(
                ((e, sz.slot) for e in doc.events for sz in e.size if sz.quantity in ids), (None, what))
            path = f"events[{event.id}].size.{slot}" if event is not None else f"quantities.{what}"
            out.append(Conflict(what=path, values=_values(index, disputed)))
    return tuple(out)


def make_stage(settings: Settings, services: Services) -> Stage:
    def stage(doc: Document) -> Document:
        conflicts = find_conflicts(doc)
        if conflicts:
            log.debug("%d conflicts in %s", len(conflicts), doc.id[:12])
        return doc.replace(conflicts=conflicts)

    return stage


STAGE = StageSpec(
    name="kroniek.conflicts.v1",
    factory=make_stage,
    requires=("events", "quantities"),
    assigns=("conflicts",),
    help="Conflicting figures from different sources for the same slot.",
)
