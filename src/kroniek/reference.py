"""The floor: what a phrase of a document refers to within that document.

Stages meet here to read reference the same way: a name variant or genitive ("Poetins", "Putin's",
"president Poetin") to the fullest name the document gives ("Vladimir Poetin"); a pronoun ("hij", "ze",
"they") to the person or group named before it, agreeing in kind and number (the pronoun's table row,
else the number of its verb in the parse) and preferring the subject of the nearest sentence that names
one; a relative pronoun ("die") to the noun its clause hangs from; a definite description ("de president",
"the group", "de verzetsgroep") to an entity it titles or describes before, or to an organisation when its
head is a group noun. Nothing found is None: a reference is never guessed.

Language facts are data (``actors.json``, ``actors_pronouns.tsv``, ``definite_articles.txt``); callers may
add mentions that are no entity ("de politie", "the protesters") so pronouns can point back to them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from .lang import Language, get_language
from .lang.lemmas import infinitive_ending
from .lang.titles import name_openers
from .model import Document, Entity, Token

Kind = Literal["person", "group", "other"]
_NAMED = ("PER", "ORG", "MISC")
_RELATIVE_DEPS = ("acl:relcl", "relcl", "acl")
#: Dependents that belong to a noun phrase left of its head ("de Russische politie", "the riot police").
NP_DEPS = ("det", "amod", "compound", "nummod", "flat", "nmod:poss")
_NP_DEPS = NP_DEPS
#: characters between a speaker's name and the organisation named beside it ("..., woordvoerder van de actiegroep X")
_BESIDE = 40


def _plural_noun(token: Token | None, e: Entity) -> bool:
    """An entity that is one plural common noun ("Detectives" tagged PER at the start of a sentence): plural, so
    no "he" or "him" points to it."""
    return token is not None and token.end == e.end and token.pos == "NOUN" and "Number=Plur" in token.morph


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase that can be pointed back to: an entity or a caller's noun phrase."""

    start: int
    end: int
    text: str
    kind: Kind
    plural: bool
    entity: Entity | None = None


@dataclass(frozen=True, slots=True)
class Referent:
    """What a phrase refers to: the entity (None for an unnamed group), the fullest name and the mention."""

    entity: Entity | None
    canonical: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Facts:
    pronouns: dict[str, tuple[str, str]]
    definite: frozenset[str]
    genitives: tuple[str, ...]
    group_nouns: frozenset[str]
    window: int
    plural_tag: re.Pattern[str]
    singular_tag: re.Pattern[str]
    infinitive: str  # a verb's lemma ending ("en"); a finite verb so ending is plural ("toen ze ... uitrolden")


@lru_cache(maxsize=16)
def facts(language: Language) -> Facts:
    """A language's reference facts, read once."""
    data = language.json("actors")
    return Facts(
        pronouns={row[0].lower(): (row[1], row[2]) for row in language.table("actors_pronouns") if len(row) >= 3},
        definite=language.words("definite_articles"),
        genitives=tuple(sorted(data["genitive_suffixes"], key=len, reverse=True)),
        group_nouns=frozenset(data["group_nouns"]),
        window=int(data["description_window"]),
        plural_tag=re.compile(data["plural_tag"]),
        singular_tag=re.compile(data["singular_tag"]),
        infinitive=infinitive_ending(language),
    )


def token_number(token: Token, known: Facts) -> bool | None:
    """Is ``token`` plural: its Number feature, else its fine tag (a parse without the feature still tags it:
    "jongeren", ADJ|nom|...|mv-n); None when neither tells."""
    feature = token.feature("Number")
    if feature:
        return feature == "Plur"
    if known.plural_tag.search(token.tag):
        return True
    if known.singular_tag.search(token.tag):
        return False
    return None


def strip_genitive(name: str, suffixes: Iterable[str]) -> str:
    """``Poetins`` -> ``Poetin``, ``Putin's`` -> ``Putin`` (the caller checks the bare form is a name)."""
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 3:
            return name[: -len(suffix)]
    return name


class References:
    """Reference within one document (built once per document)."""

    def __init__(self, doc: Document, extra: Iterable[Mention] = (),
                 agent: Callable[[str], bool] | None = None) -> None:
        """``extra``: mentions that are no entity; ``agent``: whether a lower-case noun names an actor (the
        caller's tables), besides the language's titles, role and organisation nouns."""
        self.doc = doc
        language = get_language(doc.language)
        self.facts = facts(language)
        self._agent = agent
        self._org_nouns = language.words("organisation_nouns")
        self._connectors = language.words("name_connectors") | self.facts.definite
        self._roles = name_openers(language)
        self.named = sorted((e for e in doc.entities if e.label in _NAMED), key=lambda e: e.start)
        self._starts = [e.start for e in self.named]
        self.names = self._canonical_names()
        kinds: dict[str, Kind] = {"PER": "person", "ORG": "group"}  # "Russische" (MISC) is no antecedent
        by_start = {t.start: t for t in doc.tokens}
        mentions = [Mention(e.start, e.end, e.text, kinds.get(e.label, "other"), _plural_noun(by_start.get(e.start), e),
                            e) for e in self.named]
        mentions += list(extra)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._token_starts = [t.start for t in doc.tokens]
        # entities but MISC by start, for the one a token lies in (the first in document order where they overlap)
        self._acting = sorted(((e.start, k, e) for k, e in enumerate(doc.entities) if e.label != "MISC"),
                              key=lambda x: x[0])
        self._acting_starts = [x[0] for x in self._acting]
        self._acting_span = max((e.end - e.start for _, _, e in self._acting), default=0)
        self._titles: dict[str, list[int]] | None = None  # word -> indices of the entity mentions it may title
        self._surnames: dict[str, tuple[list[int], list[Entity]]] | None = None  # last name word -> starts, entities
        self._quotes = sorted((q for q in doc.quotes if q.kind == "direct"), key=lambda q: q.start)
        self._quote_starts = [q.start for q in self._quotes]
        self._orgs = [e for e in self.named if e.label == "ORG"]  # by start, as ``named``
        self._org_starts = [e.start for e in self._orgs]
        self._by_id = {e.id: e for e in self.named}
        self._affiliations = frozenset(language.json("quotes")["affiliation_prepositions"].split())

    # -- names ---------------------------------------------------------------------------------
    def _canonical_names(self) -> dict[str, tuple[str, Entity]]:
        """Entity id -> (fullest name, the entity that gives it): the nlp stage's canonical name, genitives
        read as their bare name, and a name whose words run inside a longer name of the same label
        ("Basjkiers Verzet" in "Comité van het Basjkiers Verzet")."""
        gen = self.facts.genitives
        by_key: dict[tuple[str, tuple[str, ...]], Entity] = {}  # (label, words) -> first of the longest
        for e in self.named:
            words = tuple(e.canonical.lower().split())
            for n in range(1, min(len(words), 5) + 1):
                for k in range(len(words) - n + 1):
                    key = (e.label, words[k:k + n])
                    best = by_key.get(key)
                    if best is None or len(best.canonical) < len(e.canonical):
                        by_key[key] = e
        out: dict[str, tuple[str, Entity]] = {}
        for e in self.named:
            words = tuple(e.canonical.lower().split())
            bare = (*words[:-1], strip_genitive(words[-1], gen)) if words else words
            best = e
            for key in dict.fromkeys(((e.label, words), (e.label, bare))):
                hit = by_key.get(key)
                if hit is not None and hit is not e and len(hit.canonical) >= len(best.canonical) - 2 \
                        and (len(key[1]) > 1 or e.text[:1].isupper()):
                    # the first of the fullest mentions stands for the name (ties too: "Dupont" -> "Jean Dupont")
                    best = hit if len(hit.canonical) >= len(best.canonical) or key[1] == bare != words else best
            out[e.id] = (self._body_name(best.canonical) if best.label == "ORG" else best.canonical, best)
        return out

    def _body_name(self, name: str) -> str:
        """An organisation's name without what the recognizer took along before it: a body's name starts at its
        organisation noun after a connector ("Telegram-kanaal van het Comité van het Basjkiers Verzet" ->
        "Comité van het Basjkiers Verzet")."""
        words = name.split()
        for k in range(1, len(words)):
            if words[k][:1].isupper() and words[k].lower() in self._org_nouns and words[k - 1].lower() in self._connectors:
                return " ".join(words[k:])
        return name

    def name_of(self, entity: Entity) -> tuple[str, Entity]:
        """The fullest name of ``entity`` in the document and the entity that gives it."""
        return self.names.get(entity.id, (entity.canonical, entity))

    # -- lookups -------------------------------------------------------------------------------
    def entity_in(self, start: int, end: int) -> Entity | None:
        """The named entity overlapping [start, end) (the first)."""
        k = bisect.bisect_left(self._starts, start)
        for e in self.named[max(0, k - 1):k + 4]:
            if e.start < end and start < e.end:
                return e
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return list(self.doc.tokens[lo:hi])

    def head_of(self, tokens: list[Token]) -> Token | None:
        """The token of a phrase whose syntactic head lies outside it (the last such), else the last word."""
        if not tokens:
            return None
        inside = {t.i for t in tokens}
        roots = [t for t in tokens if t.head not in inside or t.head == t.i]
        governed = {t.head for t in tokens if t.dep == "case"}  # "from Ukraine" is no head, whatever the parse
        roots = [t for t in roots if t.i not in governed] or roots
        words = [t for t in roots if t.text[:1].isalnum()] or [t for t in tokens if t.text[:1].isalnum()]
        if words and words[-1].pos == "DET":  # a parse that hangs a name from its article ("De Mobiele Eenheid")
            words = [t for t in tokens if t.text[:1].isalnum()]
        return words[-1] if words else None

    # -- resolution ----------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> Referent | None:
        """What the phrase at [start, end) refers to, or None when the document does not say."""
        tokens = [t for t in self.tokens_in(start, end) if t.text[:1].isalnum()]
        head = self.head_of(tokens)
        e = self.entity_in(head.start, head.end) if head is not None else self.entity_in(start, end)
        if e is None and head is not None and tokens[-1] is not head:
            # a title before the name ("Burgemeester Theo Weterings"): the name that follows the head to the end
            after = self.entity_in(tokens[-1].start, tokens[-1].end)
            following = next((t for t in tokens if t.i == head.i + 1), None)
            if after is not None and after.label in ("PER", "ORG") and following is not None \
                    and after.start == following.start:
                e = after
        if e is not None:  # the phrase's head is a name, not a word inside it ("de Russische politie")
            name, best = self.name_of(e)
            return Referent(best, name, best.start, best.end)
        if not tokens:
            return None
        if head is not None and (named := self._untagged_variant(head)) is not None:
            name, best = self.name_of(named)  # "Putin's" the tagger left out, after "Vladimir Putin"
            return Referent(best, name, best.start, best.end)
        if len(tokens) == 1 and tokens[0].text.lower() in self.facts.pronouns:
            return self._pronoun(tokens[0])
        if tokens[0].text.lower() in self.facts.definite and len(tokens) >= 2:
            return self._description(tokens, start)
        return None

    def _untagged_variant(self, head: Token) -> Entity | None:
        """The person or organisation named before whose last name word ``head`` is, genitive aside, when the
        entity tagger did not tag it here ("Critics call Putin's policy a disaster" after "Vladimir Putin")."""
        if not head.text[:1].isupper() or head.text.isupper() or head.text.lower() in self.facts.pronouns:
            return None
        if self._surnames is None:
            self._surnames = {}
            for e in self.named:  # in text order
                words = self.name_of(e)[0].split()
                if e.label in ("PER", "ORG") and len(words) > 1:
                    starts, entities = self._surnames.setdefault(words[-1].lower(), ([], []))
                    starts.append(e.start)
                    entities.append(e)
        starts, entities = self._surnames.get(strip_genitive(head.text, self.facts.genitives).lower(), ([], []))
        k = bisect.bisect_left(starts, head.start) - 1
        while k >= 0 and entities[k].end > head.start:
            k -= 1
        return entities[k] if k >= 0 else None

    def _referent(self, m: Mention) -> Referent:
        if m.entity is not None:
            name, best = self.name_of(m.entity)
            return Referent(best, name, m.start, m.end)
        return Referent(None, self.bare(m.start, m.end), m.start, m.end)

    def bare(self, start: int, end: int) -> str:
        """A group's phrase without its article and number, as its name: "twee agenten" -> "agenten"."""
        tokens = self.tokens_in(start, end)
        k = 0
        while k < len(tokens) - 1 and (tokens[k].pos in ("DET", "NUM") or tokens[k].text.lower() in self.facts.definite):
            k += 1
        return self.doc.text[tokens[k].start:end] if tokens else self.doc.text[start:end]

    def _window(self, pos: int) -> list[Mention]:
        """The mentions ending before ``pos``, from ``window`` sentences back, nearest first."""
        sentence = self.doc.sentence_at(pos)
        first = max(0, (sentence.i if sentence else 0) - self.facts.window)
        lo_pos = self.doc.sentences[first].start if self.doc.sentences else 0
        lo = bisect.bisect_left(self._mention_starts, lo_pos)
        hi = bisect.bisect_left(self._mention_starts, pos)
        return [m for m in reversed(self.mentions[lo:hi]) if m.end <= pos]

    def _plural(self, token: Token, number: str) -> bool | None:
        if number in ("sing", "plur"):
            return number == "plur"
        words = [token]
        if token.dep.startswith("nsubj") and 0 <= token.head < len(self.doc.tokens):
            verb = self.doc.tokens[token.head]
            if self.facts.infinitive and verb.pos in ("VERB", "AUX") and verb.text.lower().endswith(
                    self.facts.infinitive) and verb.i > token.i:
                return True  # "toen ze alleen een spandoek uitrolden": a verb with a subject before it, in "-en", is
                # a plural, whatever number a tagger gave the pronoun ("ze" is "she" or "they")
            words.append(verb)  # "ze blokkeerden": the verb's number
        for t in words:
            plural = token_number(t, self.facts)
            if plural is not None:
                return plural
        return None

    def _pronoun(self, token: Token) -> Referent | None:
        kind, number = self.facts.pronouns[token.text.lower()]
        if kind == "speaker":
            return self._speaking(token, number == "plur")
        tokens = self.doc.tokens
        verb = tokens[token.head] if 0 <= token.head < len(tokens) else token
        if verb.dep in _RELATIVE_DEPS and verb.head != verb.i and tokens[verb.head].i < token.i:
            return self._noun_phrase(tokens[verb.head])  # "de mannen die ...": the noun the clause hangs from
        plural = self._plural(token, number)
        reporter = self._reporter(token, verb, kind, plural)
        if reporter is not None:  # "Thailand said it would send ...": who says what it will do
            return reporter
        sentence_of = self.doc.sentence_at
        best: Mention | None = None
        best_score = -1
        best_sentence = -1
        for m in self._window(token.start):
            here = sentence_of(m.start)
            if best is not None and (here is None or here.i != best_sentence):
                break  # the nearest sentence that names a candidate decides
            if not self._agrees(m, kind, plural) or self._own_subject(m, token):
                continue
            # a plural phrase before a collective singular ("de politie hield activisten aan. Zij blokkeerden"),
            # then the subject before a nearer object; else the nearest
            score = 2 * (plural is True and m.plural) + self._is_subject(m)
            if score > best_score:
                best, best_score, best_sentence = m, score, here.i if here else -1
        return self._referent(best) if best is not None else None

    def _own_subject(self, m: Mention, token: Token) -> bool:
        """Is ``m`` the subject of the verb the (object) pronoun ``token`` belongs to? "gangs demand payments from
        them": a pronoun is not its own clause's subject (that would be "themselves")."""
        if token.dep.startswith("nsubj") or m.end <= token.start - 300:
            return False
        head = self.head_of(self.tokens_in(m.start, m.end))
        return head is not None and head.dep.startswith("nsubj") and head.head == token.head

    def _speaking(self, token: Token, plural: bool) -> Referent | None:
        """"ik"/"I" inside a direct quote: its speaker; "wij"/"we": the organisation named right beside the
        speaker ("zei woordvoerder X van de actiegroep Y", "Y spokesman X said"), else the speaker, who speaks for
        the "we" ("'Wij veroordelen het geweld', zegt ABVV-voorzitter Goossens"). Outside a quote, or without a
        speaker, the document does not say."""
        k = bisect.bisect_right(self._quote_starts, token.start) - 1
        quote = self._quotes[k] if k >= 0 and token.end <= self._quotes[k].end else None
        if quote is None or quote.speaker_start is None or quote.speaker_end is None:
            return None
        if plural:
            a, b = quote.speaker_start, quote.speaker_end
            sentence = self.doc.sentence_at(a)
            lo, hi = (sentence.start, sentence.end) if sentence is not None else (a, b)
            near = self._orgs[bisect.bisect_left(self._org_starts, max(lo, a - 2 * _BESIDE)):
                              bisect.bisect_right(self._org_starts, min(hi, b + _BESIDE))]
            beside = [e for e in near if lo <= e.start and e.end <= hi and (0 <= e.start - b <= _BESIDE
                                                                                  or 0 <= a - e.end <= _BESIDE)]
            if not beside:
                found = self._affiliation(quote.speaker_description, a, hi)
                if found is not None:
                    return found
            else:
                org = min(beside, key=lambda e: (e.start < a, abs(e.start - b) if e.start >= b else a - e.end))
                return self._referent(Mention(org.start, org.end, org.text, "group", False, org))
        entity = self._by_id.get(quote.speaker or "")
        if entity is not None:
            return self._referent(Mention(entity.start, entity.end, entity.text, "person", False, entity))
        return Referent(None, self.bare(quote.speaker_start, quote.speaker_end), quote.speaker_start, quote.speaker_end)

    def _affiliation(self, description: str | None, start: int, end: int) -> Referent | None:
        """The name a speaker's description ends in after an affiliation preposition ("a spokeswoman for
        Extinction Rebellion", "woordvoerder van Greenpeace"), found in the text between ``start`` and
        ``end``, when the entity tagger did not name it. Its words must all be capitalised."""
        words = (description or "").split()
        k = max((i for i, w in enumerate(words) if w.lower() in self._affiliations), default=-1)
        name = words[k + 1:] if k >= 0 else []
        while name and name[0].lower() in self.facts.definite:
            name = name[1:]
        if not name or not all(w[:1].isupper() for w in name):
            return None
        text = " ".join(name)
        at = self.doc.text.find(text, start, end)
        return Referent(None, text, at, at + len(text)) if at >= 0 else None

    def _reporter(self, token: Token, verb: Token, kind: str, plural: bool | None) -> Referent | None:
        """The subject of the verb whose clause complement the pronoun is the subject of ("Thailand said it
        would ...", "de actiegroep kondigde aan dat zij ..."), also over a conjoined verb ("denied ... and said
        it had ..."), when it is a name (a country acting too) or a caller's mention that agrees."""
        tokens = self.doc.tokens
        if not token.dep.startswith("nsubj") or verb.dep != "ccomp" or not 0 <= verb.head < len(tokens):
            return None
        gov = tokens[verb.head]
        sentence = self.doc.sentence_at(token.start)
        lo = bisect.bisect_left(self._token_starts, sentence.start) if sentence is not None else 0
        subject: Token | None = None
        for _ in range(2):
            subject = next((t for t in tokens[lo:token.i] if t.head == gov.i and t.dep == "nsubj"), None)
            if subject is not None:
                break
            if gov.dep != "conj" or not 0 <= gov.head < len(tokens):
                return None
            gov = tokens[gov.head]
        if subject is None or subject.text.lower() in self.facts.pronouns:
            return None
        name = [subject, *(t for t in tokens[subject.i + 1:token.i] if t.head == subject.i and t.dep == "flat")]
        e = next((x for x in (self._acting_at(t.start) for t in name) if x is not None), None)  # "De Verenigde
        if e is not None:  # Staten" with the article as the name's head
            m = Mention(e.start, e.end, e.text, "person" if e.label == "PER" else "group", False, e)
        elif (phrase := self._phrase_of(subject))[0].text.lower() in self.facts.definite and len(phrase) > 1 \
                and (described := self._description(phrase, phrase[0].start)) is not None \
                and described.entity is not None:  # "de actiegroep ... dat zij": the group the description names
            m = Mention(described.start, described.end, described.canonical, "group", False, described.entity)
        else:
            k = bisect.bisect_right(self._mention_starts, subject.start)
            m = next((x for x in self.mentions[max(0, k - 3):k] if x.start <= subject.start < x.end), None)  # type: ignore[assignment]
        return self._referent(m) if m is not None and self._agrees(m, kind, plural) else None

    def _acting_at(self, pos: int) -> Entity | None:
        """The first entity in document order, MISC aside, that contains character ``pos`` (bisect, not a scan:
        one per pronoun would make the stage quadratic in the document's length)."""
        hi = bisect.bisect_right(self._acting_starts, pos)
        lo = bisect.bisect_left(self._acting_starts, pos - self._acting_span)
        inside = [(k, e) for _, k, e in self._acting[lo:hi] if pos < e.end]
        return min(inside, key=lambda x: x[0])[1] if inside else None

    def _phrase_of(self, noun: Token) -> list[Token]:
        """The words of the noun phrase left of its head and the head ("de actiegroep")."""
        tokens = self.doc.tokens
        left = noun.i
        while left > 0 and tokens[left - 1].head == noun.i and tokens[left - 1].dep in _NP_DEPS:
            left -= 1
        return list(tokens[left:noun.i + 1])

    def _agrees(self, m: Mention, kind: str, plural: bool | None) -> bool:
        if kind == "person":
            return m.kind == "person" and not m.plural
        if plural is True:
            return m.kind == "group" or m.plural
        if plural is False and kind == "group":
            return m.kind == "group" and not m.plural
        if plural is False:
            return not m.plural
        return m.kind in ("person", "group") if kind == "any" else m.kind == "group"

    def _is_subject(self, m: Mention) -> bool:
        toks = self.tokens_in(m.start, m.end)
        head = self.head_of(toks)
        return head is not None and head.dep.startswith("nsubj")

    def _noun_phrase(self, noun: Token) -> Referent | None:
        e = self.entity_in(noun.start, noun.end)
        if e is not None:
            name, best = self.name_of(e)
            return Referent(best, name, best.start, best.end)
        k = bisect.bisect_right(self._mention_starts, noun.start)
        for m in self.mentions[max(0, k - 3):k]:
            if m.start <= noun.start < m.end:
                return self._referent(m)
        tokens = self.doc.tokens
        left = noun.i
        while left > 0 and tokens[left - 1].head == noun.i and tokens[left - 1].dep in _NP_DEPS:
            left -= 1
        return Referent(None, self.bare(tokens[left].start, noun.end), tokens[left].start, noun.end)

    def _description(self, tokens: list[Token], start: int) -> Referent | None:
        head = self.head_of(tokens) or tokens[-1]
        words = {head.text.lower(), head.lemma.lower()}
        several = head.feature("Number") == "Plur"  # "de vakbonden" are not the one union named before
        group = not several and any(w.endswith(g) for w in words for g in self.facts.group_nouns)
        fallback: Mention | None = None
        nearest_org: Mention | None = None
        for m in self._window(start):
            if m.entity is not None and m.kind != "other" and not several and self.describes(head) \
                    and self._titled(m, words, start):
                return self._referent(m)
            if m.entity is None and m.kind != "other" and words & {w.lower() for w in m.text.split()[-1:]} \
                    and len(m.text.split()) > len(tokens) and fallback is None:
                fallback = m  # "de Russische politie" before "de politie"
            if group and m.entity is not None and m.entity.label == "ORG" and nearest_org is None:
                nearest_org = m
        if fallback is None and not several and (group or self.describes(head)):
            # "de actiegroep Grond Onder Je Voeten" far before "De actiegroep": a title is no guess at any distance,
            # and it beats a nearer organisation the group noun never titled
            k = bisect.bisect_left(self._mention_starts, start)
            fallback = next((m for m in self._titled_before(words, k) if m.end <= start
                             and self._titled(m, words, start)), None)
        fallback = fallback or nearest_org
        return self._referent(fallback) if fallback is not None else None

    def describes(self, head: Token) -> bool:
        """Whether a description's head can name a person or body ("president", "groep", "police")."""
        words = (head.text.lower(), head.lemma.lower())
        return any(w in self._roles or w in self.facts.group_nouns or (self._agent is not None and self._agent(w))
                   for w in words)

    def _titled(self, m: Mention, words: set[str], limit: int | None = None) -> bool:
        """Whether an entity mention carries the description's head as its title or apposition
        ("president Poetin", "Poetin, de Russische president")."""
        return any(t.text.lower() in words or t.lemma.lower() in words for t in self._near(m, limit))

    def _titled_before(self, words: set[str], k: int) -> Iterable[Mention]:
        """The entity mentions before ``self.mentions[k]`` that one of ``words`` may title, nearest first: an
        index built once per document (word -> mentions whose title or apposition holds it, with no limit,
        so a superset of what :meth:`_titled` accepts), not a walk back over every mention per description."""
        if self._titles is None:
            self._titles = {}
            for j, m in enumerate(self.mentions):
                if m.entity is not None and m.kind != "other":
                    for w in {x for t in self._near(m) for x in (t.text.lower(), t.lemma.lower())}:
                        self._titles.setdefault(w, []).append(j)
        runs = [(self._titles.get(w) or []) for w in words]
        ends = [bisect.bisect_left(r, k) for r in runs]
        while True:
            best = max(range(len(runs)), key=lambda x: runs[x][ends[x] - 1] if ends[x] else -1, default=None)
            if best is None or not ends[best]:
                return
            j = runs[best][ends[best] - 1]
            for x, r in enumerate(runs):  # one word may title the mention twice (text and lemma)
                if ends[x] and r[ends[x] - 1] == j:
                    ends[x] -= 1
            yield self.mentions[j]

    def _near(self, m: Mention, limit: int | None = None) -> list[Token]:
        """The two tokens before a mention and, when it opens with a comma, its apposition up to ``limit``."""
        k = bisect.bisect_left(self._token_starts, m.start)
        tokens = self.doc.tokens
        before = [tokens[j] for j in range(max(0, k - 2), k)]
        after: list[Token] = []
        j = bisect.bisect_left(self._token_starts, m.end)
        while j < len(tokens) and len(after) < 6 and tokens[j].sentence == tokens[max(0, k)].sentence \
                and (limit is None or tokens[j].start < limit):  # the description itself is no apposition
            after.append(tokens[j])
            if tokens[j].text in (".", ";", ")") or (len(after) > 1 and tokens[j].text == ","):
                break
            j += 1
        apposition = bool(after) and after[0].text == ","
        return before + (after if apposition else [])


__all__ = ["NP_DEPS", "Facts", "Mention", "Referent", "References", "facts", "strip_genitive"]
