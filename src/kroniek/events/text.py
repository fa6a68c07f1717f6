"""Views on a document that the event modules share: tokens per sentence, clauses, quotes.

Works with the full analysis (lemmas, POS, dependency parse from the nlp stage) and without it:
when the tokens carry no analysis, clauses come from punctuation and subordinators only, and
quotes from quotation marks when the quotes stage found none.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ..lang import Language, get_language
from ..lang.agents import names_party
from ..lang.lemmas import candidate_lemmas, irregular_lemmas, separable_particles
from ..lines import first_sentence, is_caption, is_label, is_sentence, line_span, title_cry
from ..marks import DOUBLE_QUOTES
from ..model import Document, Entity, Place, Quantity, Quote, TimeExpr, Token
from .candidate import Candidate
from .cues import EventCues, event_cues

#: the dashes that join the parts of a word ("one-day", "Jean-Paul")
HYPHENS = "-‐‑"

_WORD = re.compile(r"\w+(?:[-'’]\w+)*-?|[^\w\s]", re.UNICODE)

CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "\"", "“", "”", "„", "«", "»", "‘", "’"})


#: the most tokens of an intertitle; a title line (the article's first) may run to _TITLE_TOKENS
_INTERTITLE_TOKENS = 12
_TITLE_TOKENS = 25
#: the word classes of a list of things whose commas do not end a clause ("stokken, stenen en flessen")
_LIST_POS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Clause:
    start: int  # index into the sentence's token list
    end: int  # exclusive


class SentenceView:
    """One sentence: its tokens (document order), clauses and lowercased text."""

    def __init__(self, doc: Document, index: int, tokens: tuple[Token, ...]) -> None:
        self.doc = doc
        self.i = index
        self.tokens = tokens
        s = doc.sentences[index]
        self.start, self.end = s.start, s.end
        self.text = doc.text[s.start:s.end]
        self.lower = self.text.lower()
        self.lang: Language = get_language(doc.language)
        # the document's items that start in this sentence (filled by sentence_views)
        self.times: list[TimeExpr] = []
        self.places: list[Place] = []
        self.quantities: list[Quantity] = []
        self.entities: list[Entity] = []

    @cached_property
    def cues(self) -> EventCues:
        return event_cues(self.lang)

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def token_at(self, offset: int) -> int | None:
        """The index of the sentence token that holds the character at ``offset``, if one does."""
        k = bisect.bisect_right(self._token_starts, offset) - 1
        return k if k >= 0 and offset < self.tokens[k].end else None

    def token_from(self, offset: int) -> int | None:
        """The index of the first sentence token that starts at or after ``offset``, if one does."""
        k = bisect.bisect_left(self._token_starts, offset)
        return k if k < len(self.tokens) else None

    def in_time(self, offset: int) -> bool:
        """Whether the character at ``offset`` lies in one of the sentence's time expressions ("on Sunday")."""
        return any(x.start <= offset < x.end for x in self.times)

    @cached_property
    def _coordinators(self) -> dict[int, list[int]]:
        """Sentence token index -> the coordinators ("en", "and") the parse hangs from that token, before it."""
        base = self.tokens[0].i if self.tokens else 0
        out: dict[int, list[int]] = {}
        for j, t in enumerate(self.tokens):
            if t.dep == "cc" and j < t.head - base:
                out.setdefault(t.head - base, []).append(j)
        return out

    def before_own_coordinator(self, x: int, k: int) -> bool:
        """Does token ``x`` stand before the "en"/"and" that conjunct ``k`` opens with ("14 agenten gewond en 30
        relschoppers": "gewond" is said of the conjunct before, not of "relschoppers")?"""
        return any(x < i for i in self._coordinators.get(k, ()))

    def hyphen_modifier(self, k: int) -> int | None:
        """The first token of a lower-case hyphenated modifier that stands right before token ``k`` ("a one-day
        strike", "a pre-dawn raid", "24-hour"), or None. Such a modifier makes ``k`` a noun; a capitalized one may
        be a name that is the subject ("Al-Shabaab attacked")."""
        toks = self.tokens
        j = k - 1
        if j < 2 or toks[j].end == toks[k].start:
            return None
        i = j
        while i > 0 and toks[i - 1].end == toks[i].start and (toks[i].text in HYPHENS or toks[i - 1].text in HYPHENS):
            i -= 1
        if i == j or toks[i].text in HYPHENS or any(
                t.text[:1].isupper() or not (t.text.isalnum() or t.text in HYPHENS) for t in toks[i:k]):
            return None
        return i

    def hyphen_attribute(self, k: int) -> bool:
        """Is token ``k`` the second part of a hyphenated modifier before a noun ("foreign-funded media",
        "state-sponsored attacks")? The verb is then part of an adjective; "re-arrested the leader" has no noun
        after it."""
        toks = self.tokens
        if k < 2 or k + 1 >= len(toks) or toks[k - 1].text not in HYPHENS:
            return False
        glued = toks[k - 2].end == toks[k - 1].start and toks[k - 1].end == toks[k].start
        return glued and toks[k - 2].text[:1].isalpha() and toks[k + 1].pos in ("NOUN", "PROPN", "ADJ")

    @cached_property
    def parsed(self) -> bool:
        return any(t.dep for t in self.tokens)

    @cached_property
    def _dependents(self) -> dict[int, tuple[int, ...]]:
        base = self.tokens[0].i if self.tokens else 0
        out: dict[int, list[int]] = {}
        for j, t in enumerate(self.tokens):
            if t.head != t.i:
                out.setdefault(t.head - base, []).append(j)
        return {k: tuple(v) for k, v in out.items()}

    def dependents(self, k: int) -> tuple[int, ...]:
        """Sentence indices of the tokens the parse hangs on token k (its children), left to right."""
        return self._dependents.get(k, ())

    def subtree(self, k: int) -> tuple[int, ...]:
        """Sentence indices of token k and every token the parse hangs below it, left to right."""
        seen = {k}
        todo = [k]
        while todo:
            for j in self.dependents(todo.pop()):
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
        return tuple(sorted(seen))

    def span_heads(self, start: int, end: int) -> list[int]:
        """Sentence indices of the tokens starting in the characters [start, end) whose head in the parse lies outside
        them (the sentence's root among them): a phrase's head, one when the parse makes the phrase a constituent."""
        base = self.tokens[0].i if self.tokens else 0
        inside = [k for k, t in enumerate(self.tokens) if start <= t.start < end]
        return [k for k in inside if self.tokens[k].head - base not in inside or self.tokens[k].head - base == k]

    def first_conjunct(self, k: int) -> int | None:
        """The conjunct before token k that k is coordinated with ("identified" for "arrested" in "will be identified
        and arrested"), when the parse gives one."""
        first = self.tokens[k].head - self.tokens[0].i
        return first if self.tokens[k].dep == "conj" and 0 <= first < k else None

    def told_as_noun(self, c: Candidate) -> bool:
        """Is the candidate an event noun: a nominal entry, or a verb's entry matched on a word the parse calls a
        noun ("protests", "arrests", "rallies")?"""
        return c.nominal or (self.parsed and self.tokens[c.head].pos in ("NOUN", "PROPN"))

    def tells_casualty(self, c: Candidate) -> bool:
        """Is the candidate a casualty verb told of those it befell: in the passive ("12 militants were killed", "a
        police officer was injured") or with a verb whose subject undergoes it ("Elf agenten raakten gewond")? Beside
        a riot or after an attack it tells their toll."""
        passive = self.cues.word_set("events_passive_auxiliaries")
        if c.type != "ASSAULT" or c.nominal:
            return False
        if "patient" in c.flags and not self.told_as_noun(c):
            words = {self.lowers[c.head]} | {self.lowers[j] for j in self.dependents(c.head)}
            if self.cues.casualty_slot(self.lemmas[c.head], words) is not None:
                return True
        return c.lemma in self.cues.word_set("events_casualty_lemmas") and any(
            self.lowers[j] in passive for j in range(max(0, c.head - 3), c.head))

    def dominates(self, a: int, k: int, within: int | None = None) -> bool:
        """Does token a (sentence index) stand above token k in the parse (k's head, its head's head, ...), at most
        ``within`` steps up when given?"""
        base, seen = self.tokens[0].i, set[int]()
        i = self.tokens[k].i
        while 0 <= i - base < len(self.tokens) and i not in seen and (within is None or len(seen) < within):
            seen.add(i)
            head = self.tokens[i - base].head
            if head == i:
                return False
            if head - base == a:
                return True
            i = head
        return False

    @cached_property
    def lowers(self) -> list[str]:
        return [t.text.lower() for t in self.tokens]

    def forms(self, k: int) -> frozenset[str]:
        """Token k's candidate lemmas, the parser's lemma and the word itself, lower case: what a word list is
        matched against when any reading will do; a separable particle the parse hangs from it joins its lemmas
        ("legde ... op": "opleggen")."""
        own = self.lemmas[k] | {self.tokens[k].lemma.lower(), self.lowers[k]}
        written_in = separable_particles(self.lang)  # English writes no particle into a lemma ("set up")
        return own | {p + w for p in self.particles(k) if p in written_in for w in own}

    def stops_an_event(self, k: int, words: tuple[str, ...] = ()) -> bool:
        """Is the verb at k one that ends or stops the event noun it takes ("broke up a sit-in", "hield de mars
        tegen", "turned back the march"; ``events_stopping_verbs``, English ones written with their particle)?
        ``words``: a trigger's other words, a particle the parse did not label as one ("was turned back")."""
        forms = self.forms(k)
        stopping = self.cues.word_set("events_stopping_verbs")
        return bool(forms & stopping or {f"{w} {p}" for w in forms for p in (*self.particles(k), *words)} & stopping)

    def particles(self, k: int) -> tuple[str, ...]:
        """The separable particles (``compound:prt``) the parse hangs from token k, lower case ("eisten ... op")."""
        return self._particles.get(k, ())

    @cached_property
    def _particles(self) -> dict[int, tuple[str, ...]]:
        base = self.tokens[0].i if self.tokens else 0
        out: dict[int, tuple[str, ...]] = {}
        for j, t in enumerate(self.tokens):
            if t.dep == "compound:prt" and 0 <= t.head - base < len(self.tokens):
                out[t.head - base] = out.get(t.head - base, ()) + (self.lowers[j],)
        return out

    def sanctioned(self, k: int, relative: bool = False) -> int | None:
        """The word before token k that names whom a promised sanction is for: a free-choice word or a free relative
        ("anyone caught mining", "Wie zich misdraagt"), with ``relative`` also the relative pronoun that opens what
        is asked of them ("teachers who did not return by Monday")."""
        words = self.cues.word_set("events_whoever_words")
        if relative:
            words |= self.cues.word_set("events_relative_pronouns")
        return next((j for j in range(k) if self.lowers[j] in words), None)

    def blame_preposition(self, g: int) -> str | None:
        """The preposition naming the party when the verb at g lays an act on one (``events_blame_verbs``: "blamed
        the attack on the rebels", "schreef de aanslag toe aan de NPA"), else None."""
        for lemmas, preposition, particle in self.lang.table("events_blame_verbs"):
            if self.lemmas[g] & set(lemmas.split("/")) and (particle == "-" or self.lowers[g].startswith(particle) or any(
                    self.lowers[j] == particle for j in self.dependents(g))):
                return preposition
        return None

    def names_party(self, k: int) -> bool:
        """Does token k name a person, group or body by any of its lemmas or its form
        (:func:`kroniek.lang.agents.names_party`)?"""
        return any(names_party(self.lang, w) for w in self.lemmas[k] | {self.lowers[k]})

    @cached_property
    def lemmas(self) -> list[frozenset[str]]:
        out = []
        for t in self.tokens:
            cands = set(candidate_lemmas(t.text, self.lang))
            lemma = t.lemma.lower()
            if lemma and _plausible(t.text.lower(), lemma, self.lang):
                cands.add(lemma)
            out.append(frozenset(cands))
        return out

    @cached_property
    def clauses(self) -> list[Clause]:
        subs = self.cues.word_set("events_clause_subordinators")
        cuts = [0]
        glosses = self._gloss_brackets
        for k, low in enumerate(self.lowers):
            if k == 0:
                continue
            if (low in CLAUSE_PUNCT and not self._glued(k) and not self._in_list(k) and k not in glosses) or (
                    low in subs and self.lowers[k - 1] not in CLAUSE_PUNCT and not self._adverb(k)
                    and not self._demonstrative(k)):
                cuts.append(k)
        cuts.append(len(self.tokens))
        out = [Clause(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
        return out or [Clause(0, len(self.tokens))]

    def _demonstrative(self, k: int) -> bool:
        """Is the word at k a pronoun of the verb before it ("wees dat af", "denied that"), by the parse: no
        subordinator opening a clause (a relative "dat" belongs to the verb after it)?"""
        if not self.parsed:
            return False
        t = self.tokens[k]
        return t.pos == "PRON" and t.dep in ("obj", "iobj") and t.head - self.tokens[0].i < k

    @cached_property
    def _gloss_brackets(self) -> frozenset[int]:
        """The brackets around a short gloss of the noun before them, by the parse ("de chauffeurs van de chapa's
        (minibustaxi's) legden het werk neer" is one clause): no clause boundary."""
        out: set[int] = set()
        if not self.parsed:
            return frozenset()
        toks, base = self.tokens, self.tokens[0].i if self.tokens else 0
        for k, low in enumerate(self.lowers):
            close = next((j for j in range(k + 2, min(k + 6, len(toks))) if self.lowers[j] == ")"), None) \
                if low == "(" else None
            if close is None or any(self.lowers[j] in CLAUSE_PUNCT for j in range(k + 1, close)):
                continue
            tops = [toks[j] for j in range(k + 1, close) if not k < toks[j].head - base < close]
            if len(tops) != 1 or tops[0].pos not in ("NOUN", "PROPN") or not 0 <= tops[0].head - base < k:
                continue
            noun = toks[tops[0].head - base]
            # (after a name, one word: "Sanne Vroemen (GroenLinks-PvdA) wil dat ..."; not a name's translation, "Mer
            # Dzayn (Our Voice) blocked streets", whose parse may be read by position)
            if tops[0].dep.split(":")[0] in ("nmod", "appos", "flat", "compound") and (
                    noun.pos == "NOUN" or close == k + 2):
                out |= {k, close}
        return frozenset(out)

    def _in_list(self, k: int) -> bool:
        """Is the comma at k inside a list of nouns ("met stokken, stenen en flessen op elkaar af"): the word after
        it a nominal conjunct of a noun before it, by the parse?"""
        toks = self.tokens
        if toks[k].text != "," or k + 1 >= len(toks) or not self.parsed:
            return False
        nxt, base = toks[k + 1], toks[0].i
        head = nxt.head - base
        return nxt.dep == "conj" and nxt.pos in _LIST_POS and 0 <= head < k and toks[head].pos in _LIST_POS

    def _adverb(self, k: int) -> bool:
        """Is the conjunction-looking word at k an adverb by the parse ("Ze bleven maar schoppen": "maar" is "just"
        there, not "but"; "since" as "ever since")?"""
        t = self.tokens[k]
        return t.pos == "ADV" and t.dep == "advmod" and self.lowers[k] in self.cues.word_set("events_coordinators")

    def _glued(self, k: int) -> bool:
        """Is token k a hyphen inside a word ("one-day", "pro-Russian"), glued to the tokens on both sides? (A dash
        between spaces ends a clause.)"""
        toks = self.tokens
        return toks[k].text in HYPHENS and 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start \
            and toks[k].end == toks[k + 1].start

    def clause_of(self, k: int) -> Clause:
        for c in self.clauses:
            if c.start <= k < c.end:
                return c
        return Clause(0, len(self.tokens))

    def clause_text(self, c: Clause) -> str:
        if c.start >= c.end:
            return ""
        a, b = self.tokens[c.start].start, self.tokens[c.end - 1].end
        return self.doc.text[a:b].lower()

    def local(self, token: Token) -> int:
        """Index of a document token within this sentence."""
        return token.i - self.tokens[0].i if self.tokens else 0

    def span_chars(self, a: int, b: int) -> tuple[int, int]:
        """Character offsets of sentence tokens a..b (inclusive)."""
        return self.tokens[a].start, self.tokens[b].end

    @cached_property
    def headline(self) -> bool:
        """A line of the article's title block (no final punctuation, before its first sentence: the title and a
        standfirst under it): nominal style is normal there. A section label or breadcrumb ("SPORT", "Omroep
        Gelderland | Rivierenland") is none."""
        text = self.doc.text
        if is_label(text[self.start:self.end]) or self._after_first_sentence:
            return False
        # a long title ends its own line: "Zware rellen na Anderlecht-Standard: relschoppers steken wagens in brand, ..."
        return self._unpunctuated and (len(self.tokens) <= _INTERTITLE_TOKENS or (
            len(self.tokens) <= _TITLE_TOKENS and self.doc.text[self.end:self.end + 1] in ("\n", "")))

    @cached_property
    def caption(self) -> bool:
        """A sentence of a photo caption's line (:func:`kroniek.lines.is_caption`)."""
        start, end = line_span(self.doc.text, self.start)
        return is_caption(self.doc.text[start:end], self.cues.word_set("events_caption_markers"))

    @cached_property
    def is_intertitle(self) -> bool:
        return self.is_intertitle_form and not self.headline

    @cached_property
    def _after_first_sentence(self) -> bool:
        return first_sentence(self.doc.text, self.doc.sentences[:self.i]) is not None

    @cached_property
    def is_intertitle_form(self) -> bool:
        """A short line without final punctuation (an intertitle or caption head), not a sentence; or a short
        question on a line of its own ("Why are drivers striking?", "Wat gebeurt er nu?"): a section's heading."""
        return (self._unpunctuated or self._question_line) and len(self.tokens) <= _INTERTITLE_TOKENS

    @cached_property
    def _question_line(self) -> bool:
        text = self.doc.text
        return self.text.rstrip().endswith("?") and text[self.start - 1:self.start] in ("\n", "") \
            and text[self.end:self.end + 1] in ("\n", "") and not any(q in self.text for q in DOUBLE_QUOTES)

    @cached_property
    def sporty(self) -> bool:
        """Does the sentence read as sport? One unambiguous word ("scoorde", "goalkeeper") is enough; words with
        other senses ("strikers" who picket, "de spits" for rush hour, "a wave of attacks", "Awami League", a range
        "10-15") count only two different ones together."""
        if self.cues.pattern("sports").search(self.text):
            return True
        found = {m.group(0).lower() for m in self.cues.pattern("sports_ambiguous").finditer(self.text)}
        return len(found) >= 2

    @cached_property
    def _unpunctuated(self) -> bool:
        return bool(self.text.strip()) and (not is_sentence(self.text) or (
            not self._after_first_sentence and title_cry(self.doc.text, self.start, self.end)))


def sports_page(views: list[SentenceView]) -> bool:
    """A sports report: a section label of the language's ``events_sports_labels`` opens it, or a quarter of its
    sentences (and at least three) read as sport. There war words are metaphors ("de aanval inzetten")."""
    if not views:
        return False
    cues = views[0].cues
    if any(v.text.strip().lower() in cues.word_set("events_sports_labels") for v in views[:2]):
        return True
    sporty = sum(v.sporty for v in views)
    return sporty >= 3 and sporty * 4 >= len(views)


def _plausible(form: str, lemma: str, lang: Language) -> bool:
    """Trust the parser's lemma only when it looks related to the form ("trok" is not "terugtrekken")."""
    common = 0
    for a, b in zip(form, lemma, strict=False):
        if a != b:
            break
        common += 1
    return common >= 2 or lemma in irregular_lemmas(lang)


def document_tokens(doc: Document) -> tuple[Token, ...]:
    """The document's tokens, or a regex tokenization when no tokens were assigned."""
    if doc.tokens:
        return doc.tokens
    out: list[Token] = []
    for s in doc.sentences:
        for m in _WORD.finditer(doc.text, s.start, s.end):
            n = len(out)
            out.append(Token(i=n, start=m.start(), end=m.end(), text=m.group(), lemma="", pos="", tag="", morph="",
                             dep="", head=n, sentence=s.i))
    return tuple(out)


def in_a_body_name(entities: Sequence[Entity], p: Place) -> bool:
    """Whether place ``p`` ends the longer name of an organization ("Human Rights Commission of Pakistan",
    "Woonhaven Antwerpen"): a place the text names, but where the body is from, never where its events are. (A
    body named after its place, "Kenya National Commission on Human Rights", may still place what it tells.)"""
    return any(e.label == "ORG" and e.start < p.start and p.end == e.end for e in entities)


def places_of_events(doc: Document) -> list[Place]:
    """The places an event can be at: those outside an organization's name."""
    return [p for p in doc.places if not in_a_body_name(doc.entities, p)]


def sentence_views(doc: Document) -> list[SentenceView]:
    tokens = document_tokens(doc)
    per: dict[int, list[Token]] = {}
    for t in tokens:
        per.setdefault(t.sentence, []).append(t)
    views = [SentenceView(doc, s.i, tuple(per.get(s.i, ()))) for s in doc.sentences]
    starts = [s.start for s in doc.sentences]
    for attr, items in (("times", doc.times), ("places", places_of_events(doc)), ("quantities", doc.quantities),
                        ("entities", doc.entities)):
        for item in items:
            k = bisect.bisect_right(starts, item.start) - 1  # type: ignore[attr-defined]
            if 0 <= k < len(views) and item.start < views[k].end:  # type: ignore[attr-defined]
                getattr(views[k], attr).append(item)
    return views


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int
    end: int
    speaker: str | None  # entity id
    kind: str
    cue_start: int | None = None


# Spans by start of the most recently used lists of quotes and tuples of entities: a long document has thousands,
# and each candidate asks which of them hold a position. Keyed by id() and checked by identity and length.
_BY_START: dict[int, tuple[object, int, list[int], list[int], int]] = {}
_BY_START_LOCK = threading.Lock()


def _overlapping(spans: list[QuoteSpan] | tuple[Entity, ...], a: int, b: int) -> list[int]:
    """Positions (in their given order) of the spans with start < b and end > a."""
    with _BY_START_LOCK:
        hit = _BY_START.get(id(spans))
        if hit is None or hit[0] is not spans or hit[1] != len(spans):
            if len(_BY_START) >= 64:
                _BY_START.clear()
            order = sorted(range(len(spans)), key=lambda k: spans[k].start)
            longest = max((s.end - s.start for s in spans), default=0)
            hit = _BY_START[id(spans)] = (spans, len(spans), order, [spans[k].start for k in order], longest)
    _, _, order, starts, longest = hit
    lo, hi = bisect.bisect_right(starts, a - longest), bisect.bisect_left(starts, b)  # end > a: start > a - longest
    return sorted(k for k in order[lo:hi] if spans[k].end > a)


def quotes_at(quotes: list[QuoteSpan], pos: int) -> list[QuoteSpan]:
    """The quotes holding ``pos`` (start <= pos < end), in their list order."""
    return [quotes[k] for k in _overlapping(quotes, pos, pos + 1)]


def entity_overlapping(entities: tuple[Entity, ...], a: int, b: int) -> Entity | None:
    """The first entity that overlaps [a, b)."""
    found = _overlapping(entities, a, b)
    return entities[found[0]] if found else None


_QUOTE_PAIRS = re.compile(r"[\"“„«]([^\"“”„«»]{3,}?)[\"”»]|(?<!\w)[‘']([^‘’'\n]{3,}?)[’'](?!\w)")


def quote_spans(doc: Document) -> list[QuoteSpan]:
    """The quotes stage's quotes, or spans between quotation marks when it found none."""
    if doc.quotes:
        return [_from_quote(q, doc) for q in doc.quotes]
    return [QuoteSpan(m.start(), m.end(), None, "direct") for m in _QUOTE_PAIRS.finditer(doc.text)]


def _from_quote(q: Quote, doc: Document) -> QuoteSpan:
    anchor = q.cue_start if q.cue_start is not None else q.speaker_start
    speaker = q.speaker
    if speaker is None and q.speaker_start is not None and q.speaker_end is not None:
        # the speaker phrase names an entity the quotes stage did not link ("het Basjkiers Verzet ...")
        a, b = q.speaker_start, q.speaker_end
        found = entity_overlapping(doc.entities, a, b)
        speaker = found.id if found is not None else None
    return QuoteSpan(q.start, q.end, speaker, q.kind, anchor)
