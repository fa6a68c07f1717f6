"""Who did it to whom: the words that fill an event mention's actor and target roles, with exact offsets.

With a dependency parse (UD labels):

* **verbs**: the subject (``nsubj``) is the actor and the object (``obj``/``iobj``) the target; in the
  passive the subject (``nsubj:pass``) is the target and the agent ("door X", "by X": ``obl:agent`` or an
  ``obl`` with an agent preposition) the actor. A relative pronoun subject ("jongeren die ... gooiden",
  "men who ...") stands for the noun its clause belongs to. An ``obl`` with a preposition the event type
  aims with (the language's ``events_arguments.json``: ASSAULT "naar"/"at", PROTEST "tegen"/"against",
  SANCTION "on" ...) is the target when the verb has no object or only a thing as object ("gooiden stenen
  naar de ME", "fired tear gas at protesters"); a preposition that also places things ("op", "at") counts
  only before people. A verb without a parsed object whose dependent is still a bare noun phrase (the
  Dutch parser reads "drie demonstranten" in "hield ... drie demonstranten aan" as a verb) takes that
  phrase as target. An infinitive of purpose ("deployed boats to evacuate villages") and a conjoined or
  controlled verb take the subject of the verb they hang from.
* **nouns** ("de aanslag van de verzetsgroep", "the attack by the militia", "the group's attack"): the
  possessor and the "door/by" phrase are the actor, "op/tegen/on/against" the target; "van/of" is the actor
  when it names an organised group or a name and the type is not one whose noun takes its patient there
  ("de arrestatie van de demonstranten"), else the target. Without such words a support verb's subject
  ("hielden een demonstratie") is the actor, unless it is a place ("Menaka has seen repeated attacks").

A phrase is its head with determiners, modifiers, numbers and flat name parts (10 tokens at most),
widened over hyphenated name parts ("Jean-Paul", "Wafula-Otieno"). A quantity head is not a participant:
"a total of 30 protesters" gives "30 protesters", "het aantal betogers" gives "betogers"; a collective
or number head keeps its counted noun ("Thousands of teachers", "een groep actievoerders").

Never a participant: words of the trigger expression, dates, expletive subjects ("het", "there"; "it" stays
as the subject of a verbal trigger), places in a locative phrase or a dateline ("in Den Haag", "BAMAKO -"),
the speaker or reporter of the sentence ("volgens de politie", "according to officials", "zei de politie").
Pronouns and descriptions ("hij", "ze", "de verdachte", "the suspect") stay as the words of the text; what
they refer to is the business of a later stage.

Without a parse, named entities before the trigger in its clause are actors and those after it targets
("door"/"by" turns one round), or, where the language says so, subject-verb-object order.

:func:`inherit_agents` gives an event that names no actor the actors of the nearest earlier event of a
fitting type in the same paragraph (at most two sentences back): "Er volgde een reeks aanslagen." after
the sentence naming the group. The participants keep the offsets of the words that name them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from functools import cache

from ..lang import Language, get_language
from ..model import Document, Entity, Event, Participant, Token
from .candidate import Candidate
from .cues import event_cues
from .text import CLAUSE_PUNCT, SentenceView, entity_overlapping

_HYPHENS = "-‐‑"
_NAME_TAIL = re.compile(r"[-‐‑]\w+")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
#: PLOVER types whose actors an event of the other may take over (the same type always fits)
_FAMILIES = (frozenset({"ASSAULT", "THREATEN"}),)
#: the rules (kroniek.events.rules) that make a speech act of what a quote says: its speaker acts
_SPEECH_RULES = ("deontic(", "violence-in-quote", "weapons+modal-in-quote")
#: types whose verbs take an object: a participle with a passive auxiliary is a passive
_TRANSITIVE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
#: types whose actor a group named as the subject of the sentence before may be
_AGENT_TYPES = frozenset({"ASSAULT", "THREATEN", "PROTEST"})


@dataclass(frozen=True)
class RoleWords:
    """One language's words for argument roles (``events_arguments.json`` and shared word lists)."""

    quantity_heads: frozenset[str]
    collective_heads: frozenset[str]
    of_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    type_targets: Mapping[str, frozenset[str]]
    patient_of_types: frozenset[str]
    agentive: tuple[str, ...]
    reporting: frozenset[str]
    place_support: frozenset[str]
    dateline_marks: frozenset[str]
    according: frozenset[str]
    relative: frozenset[str]
    locative: frozenset[str]
    people: tuple[str, ...]
    existential: frozenset[str]
    participle_suffixes: tuple[str, ...]
    joining: frozenset[str]
    between: frozenset[str]


@cache
def role_words(language: Language) -> RoleWords:
    data = language.json("events_arguments")
    cues = event_cues(language)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data[key])

    return RoleWords(
        quantity_heads=words("quantity_heads"), collective_heads=words("collective_heads"),
        of_prepositions=words("of_prepositions"),
        agent_prepositions=words("agent_prepositions") | cues.word_set("agent_prepositions"),
        type_targets={t: frozenset(w.lower() for w in ws) for t, ws in data["type_target_prepositions"].items()},
        patient_of_types=frozenset(data["patient_of_types"]), agentive=tuple(sorted(words("agentive_heads"))),
        reporting=words("reporting_verbs"), place_support=words("place_support_verbs"),
        dateline_marks=frozenset(data["dateline_marks"]),
        according=frozenset(m.split()[0].lower() for m in language.words("according_markers")) | frozenset(
            language.words("attribution_adverbs")),
        relative=cues.word_set("events_relative_pronouns") | language.words("relative_pronouns"),
        locative=cues.word_set("events_locative_prepositions") | cues.word_set("events_setting_prepositions"),
        people=tuple(sorted(language.words("events_people_words") | cues.word_set("events_people_heads"))),
        existential=language.words("events_existential"),
        participle_suffixes=tuple(data["participle_suffixes"]), joining=words("joining_verbs"), between=words("between_prepositions"),
    )


def _words(doc: Document) -> RoleWords:
    return role_words(get_language(doc.language))


# --------------------------------------------------------------------------- spans
def _participant(doc: Document, a: int, b: int) -> Participant:
    text = doc.text[a:b]
    junk = event_cues(get_language(doc.language)).pattern("leading_junk").match(text)
    if junk and junk.end() < len(text):  # "dat Rusland" -> "Rusland"
        a += junk.end()
        text = doc.text[a:b]
    dash = list(_SPACED_DASH.finditer(text))
    if dash and dash[-1].end() < len(text):  # "16:00 - Thousands of ...": a live blog's time stamp before it
        a += dash[-1].end()
        text = doc.text[a:b]
    stripped = text.strip(" ,.;:\"'“”")
    a += text.index(stripped) if stripped else 0
    b = a + len(stripped)
    a, b = _whole_name(doc.text, a, b)
    ent = entity_overlapping(doc.entities, a, b)
    if ent is not None and ent.label in ("PER", "ORG") and a <= ent.start < b < ent.end and \
            "\n" not in doc.text[b:ent.end]:
        b = ent.end  # "Burgemeester Femke" of the name "Femke Halsema": the whole name
    return Participant(text=doc.text[a:b], entity=ent.id if ent else None, start=a, end=b)


def _whole_name(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen [a, b) over hyphenated parts glued to it ("Jean" -> "Jean-Paul", "Wafula" -> "Wafula-Otieno")."""
    while b < len(text) and (m := _NAME_TAIL.match(text, b)) is not None:
        b = m.end()
    while a >= 2 and text[a - 1] in _HYPHENS and text[a - 2].isalnum():
        k = a - 1
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        a = k
    return a, b


class _Tree:
    """The parse of one sentence as children lists (sentence token indices)."""

    def __init__(self, view: SentenceView) -> None:
        self.view = view
        self.base = view.tokens[0].i
        self.n = len(view.tokens)
        self.kids: list[list[int]] = [[] for _ in range(self.n)]
        for j, t in enumerate(view.tokens):
            h = t.head - self.base
            if 0 <= h < self.n and h != j:
                self.kids[h].append(j)

    def head(self, j: int) -> int | None:
        h = self.view.tokens[j].head - self.base
        return h if 0 <= h < self.n and h != j else None

    def case(self, j: int) -> set[str]:
        return {self.view.lowers[i] for i in self.kids[j] if self.view.tokens[i].dep in ("case", "mark")}

    def span(self, k: int, words: RoleWords) -> tuple[int, int]:
        """Characters of token k's phrase; a quantity head gives its counted noun, a collective head keeps it."""
        view = self.view
        low = view.lowers[k]
        counted = next((i for i in self.kids[k] if view.tokens[i].dep.split(":")[0] in ("nmod", "appos", "flat", "obl")
                        and view.tokens[i].pos in ("NOUN", "PROPN", "PRON", "VERB", "ADJ") and i > k
                        and self.case(i) <= words.of_prepositions), None)
        if counted is not None and low in words.quantity_heads:
            return self.span(counted, words)  # "a total of 30 protesters", "het aantal betogers"
        lo, hi = self._phrase(k)
        group = low in words.collective_heads or view.tokens[k].pos == "NUM"
        if counted is None and group and hi == k:  # the parse did not hang the counted noun here: the next noun
            nxt = k + 2 if k + 2 < self.n and view.lowers[k + 1] in words.of_prepositions else k + 1
            if nxt < self.n and view.tokens[nxt].pos in ("NOUN", "PROPN", "ADJ") and view.lowers[nxt].isalpha():
                counted = nxt
        if counted is not None and group:
            return view.tokens[lo].start, view.tokens[max(hi, self._phrase(counted)[1])].end  # "Thousands of teachers"
        while hi + 1 < self.n and view.tokens[hi].pos == "NOUN" and view.tokens[hi + 1].pos == "NOUN" and \
                self.head(hi + 1) not in (None, k) and hi + 1 not in self.kids[k]:
            hi += 1  # "a police post" where the parse made "police" the head
        return view.tokens[lo].start, view.tokens[hi].end

    def _phrase(self, k: int) -> tuple[int, int]:
        view = self.view
        members = {k}
        todo = [k]
        while todo:
            j = todo.pop()
            for i in self.kids[j]:
                if i not in members and view.tokens[i].dep != "compound:prt" and view.tokens[i].dep.split(":")[0] in (
                        "det", "amod", "nummod", "compound", "flat", "fixed", "goeswith") or (
                        i not in members and view.tokens[i].dep == "nmod:poss"):
                    members.add(i)
                    todo.append(i)
        lo, hi = min(members), max(members)
        opener = next((j for j in range(k + 1, hi + 1) if view.tokens[j].pos in ("DET", "NUM")
                       and view.tokens[j].dep.split(":")[0] not in ("flat", "fixed")), None)
        if opener is not None:
            hi = opener - 1  # "de verdachte twee vrouwen": a second determiner opens another phrase
            close = [j for j in members if abs(j - k) <= 3]
            lo, hi = min(close), max(close)
        text = view.doc.text
        cut = [j for j in range(lo, k) if view.tokens[j].pos == "PUNCT" and (
            view.lowers[j] not in _HYPHENS + "'’" or text[view.tokens[j].start - 1:view.tokens[j].start].isspace())
            or any(x.start <= view.tokens[j].start < x.end for x in view.times)]
        lo = max([lo] + [j + 1 for j in cut])  # "16:00 - Thousands of ..." starts at "Thousands"
        while lo < hi and view.tokens[lo].pos in ("ADP", "PUNCT", "CCONJ"):
            lo += 1
        return lo, hi


# --------------------------------------------------------------------------- judgements about phrases
def _personish(view: SentenceView, k: int, words: RoleWords) -> bool:
    """Does token k head a phrase naming people, a group or a named party (not a thing or a place)?"""
    t = view.tokens[k]
    low = view.lowers[k]
    ent = entity_overlapping(view.doc.entities, t.start, t.end)
    if ent is not None and ent.label in ("PER", "ORG", "NORP") and not _is_place(view, t.start, t.end):
        return True
    return t.pos == "PRON" or low.startswith(words.people) or low.endswith(words.agentive)


def _is_place(view: SentenceView, a: int, b: int) -> bool:
    return any(p.start < b and a < p.end for p in view.places)


def _agentive(view: SentenceView, k: int, words: RoleWords) -> bool:
    """A "van/of" phrase that names who acted: a name or an organised group ("de verzetsgroep")."""
    t = view.tokens[k]
    ent = entity_overlapping(view.doc.entities, t.start, t.end)
    if ent is not None and ent.label in ("PER", "ORG") and not _is_place(view, t.start, t.end):
        return True
    return view.lowers[k].endswith(words.agentive)


def _before(view: SentenceView, start: int, skip: frozenset[str]) -> list[int]:
    """The two sentence tokens before character ``start``, nearest first, skipping determiners and ``skip``."""
    k = next((j for j, t in enumerate(view.tokens) if t.start >= start), len(view.tokens)) - 1
    out: list[int] = []
    while k >= 0 and len(out) < 2:
        if not (view.tokens[k].pos == "DET" or view.lowers[k] in skip):
            out.append(k)
        k -= 1
    return out


def _top(view: SentenceView, p: Participant) -> int | None:
    """The sentence token heading the participant's words (its head lies outside them)."""
    if p.start is None or p.end is None or not view.tokens:
        return None
    base, n = view.tokens[0].i, len(view.tokens)
    return next((j for j, t in enumerate(view.tokens) if p.start <= t.start < p.end
                 and not (0 <= t.head - base < n and p.start <= view.tokens[t.head - base].start < p.end)), None)


def _cases_above(view: SentenceView, top: int | None) -> set[str]:
    """The prepositions of the phrase headed by ``top``, also over a name's flat/appos/nmod/compound links up
    ("bij de snelweg A12")."""
    if top is None or not view.parsed:
        return set()
    base, n = view.tokens[0].i, len(view.tokens)
    chain = [top]
    while len(chain) < 3 and view.tokens[chain[-1]].dep.split(":")[0] in ("flat", "appos", "nmod", "compound") \
            and 0 <= view.tokens[chain[-1]].head - base < n:
        chain.append(view.tokens[chain[-1]].head - base)
    return {view.lowers[i] for i, t in enumerate(view.tokens) if t.dep == "case" and t.head - base in chain}


def _allowed(view: SentenceView, c: Candidate, words: RoleWords) -> frozenset[str]:
    """The prepositions that introduce a participant of ``c``: agents, and the targets of its type (or noun)."""
    nominal = view.cues.word_set("events_target_prepositions") if c.nominal else frozenset()
    return words.agent_prepositions | words.type_targets.get(c.type, frozenset()) | nominal


def _dropped(view: SentenceView, c: Candidate, p: Participant, words: RoleWords) -> bool:
    """A place in a locative phrase or a dateline, or the speaker or reporter of the sentence (the subject of a
    reporting verb that is not the trigger)."""
    allowed = _allowed(view, c, words)
    if p.start is None or p.end is None:
        return False
    before = _before(view, p.start, view.cues.word_set("events_determiners"))
    low = view.lowers[before[0]] if before else ""
    base = view.tokens[0].i if view.tokens else 0
    n = len(view.tokens)
    top = _top(view, p)
    if _is_place(view, p.start, p.end) and low not in allowed:
        if low in words.locative or (view.parsed and before and view.tokens[before[0]].pos == "ADP"):
            return True  # "in Den Haag", "across Kenya"
        cases = _cases_above(view, top)
        if cases and not cases & allowed:
            return True  # "bij de snelweg A12"
        if not before and view.doc.text[p.end:view.end].lstrip()[:1] in words.dateline_marks:
            return True  # "BAMAKO - ..."
    if low in words.according or (len(before) > 1 and view.lowers[before[1]] in words.according
                                   and view.tokens[before[0]].pos in ("ADP", "PART")):
        return True  # "volgens de politie", "according to officials", "aldus de NOS"
    if view.parsed:  # the subject of a reporting verb that is not the trigger: "zei de politie", "police said"
        if top is None or not view.tokens[top].dep.startswith("nsubj"):
            return False
        h = view.tokens[top].head - base
        return 0 <= h < n and h != c.head and h not in c.tokens and (
            view.lowers[h] in words.reporting or view.tokens[h].lemma.lower() in words.reporting)
    return bool(before) and low in words.reporting  # "zei de politie" without a parse


# --------------------------------------------------------------------------- participants
def participants(view: SentenceView, c: Candidate) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """(actors, targets) of candidate ``c``."""
    doc = view.doc
    if c.target_span is not None:  # a coordinated copy: its actors are the original's (set by the stage)
        return (), (_participant(doc, *c.target_span),)
    words = _words(doc)
    actors, targets = _from_parse(view, c, words) if view.parsed else _from_entities(view, c)
    own = {view.tokens[k].start for k in c.tokens} | {c.start}
    times = [(t.start, t.end) for t in view.times]

    def keep(p: Participant, actor: bool) -> bool:
        """Not a word of the trigger expression ("de straat" in "de straat op"), not a date, and a noun phrase."""
        low = p.text.lower()
        if low in view.cues.word_set("events_expletives"):
            k = next((j for j, t in enumerate(view.tokens) if t.start == p.start), None)
            if not (actor and view.parsed and not c.nominal and low not in words.existential and k is not None
                    and view.tokens[k].dep == "nsubj" and view.tokens[c.head].pos == "VERB"):
                return False  # expletive subjects ("het was onrustig"); "it had attacked a base" keeps "it"
        if p.start is None or p.end is None:
            return True
        if any(p.start <= s < p.end for s in own) or any(a < p.end and p.start < b for a, b in times):
            return False
        if _dropped(view, c, p, words):
            return False
        inside = [j for j, t in enumerate(view.tokens) if t.start < p.end and p.start < t.end]  # "ME." for "de ME"
        return not view.parsed or any(view.tokens[j].pos in ("NOUN", "PROPN", "PRON", "X", "") or view.lowers[j].endswith(
            words.agentive) or (view.tokens[j].pos in ("VERB", "ADJ") and j > 0 and view.tokens[j - 1].pos in ("DET", "NUM"))
            for j in inside)

    if _headline_passive(view, c, words) and not targets:  # "Veertien klimaatactivisten opgepakt", "Man jailed"
        actors, targets = (), actors
    kept_actors, kept_targets = _unique(p for p in actors if keep(p, True)), _unique(p for p in targets if keep(p, False))
    if not kept_targets and view.parsed and c.type != "ASSAULT":  # an attack's "on"/"upon" is too often a date or a place
        against = _against(view, c, words)
        kept_targets = [against] if against is not None and keep(against, False) else []
    speaker = _speaker_of(doc, c) if c.rule.startswith(_SPEECH_RULES) else None
    if speaker is not None:  # "Rusland moet dienstplichtigen verbieden", zei X: X asks, Rusland is asked;
        asked = c.rule.startswith(_SPEECH_RULES[0])  # a threat in a quote threatens its object
        return (speaker,), tuple((kept_actors or kept_targets) if asked else (kept_targets or kept_actors))
    return tuple(kept_actors), tuple(kept_targets)


def _participle_passive(view: SentenceView, c: Candidate, tree: _Tree, verb: int) -> bool:
    """A participle with a passive auxiliary in its clause and no object, for the types whose verbs take one
    ("zijn twee mensen gedood"), where the language marks its participles ("ge-") and the parse did not."""
    starts = view.cues.participle_starts
    low = view.lowers[c.head]
    if not starts or c.nominal or c.type not in _TRANSITIVE_TYPES or not low.startswith(starts):
        return False
    clause = view.clause_of(c.head)
    return any(view.lowers[j] in view.cues.word_set("passive_auxiliaries") for j in range(clause.start, clause.end))


def _against(view: SentenceView, c: Candidate, words: RoleWords) -> Participant | None:
    """What the event is against when the sentence says so later ("gingen de straat op om te laten zien dat ze
    tegen de oorlog zijn", "marched ... to protest against cheap imports"): the first phrase after the trigger
    opened by one of its type's prepositions that place nothing."""
    aims = words.type_targets.get(c.type, frozenset()) - words.locative - words.agent_prepositions
    last = max(c.tokens or (c.head,))
    tree = _Tree(view)
    for k in range(last + 1, len(view.tokens) - 1):
        if view.lowers[k] in aims and view.tokens[k].pos == "ADP":
            j = k + 1
            while j < len(view.tokens) - 1 and view.tokens[j].pos in ("DET", "ADJ", "NUM") and not _nounish(view, tree, j):
                j += 1
            if _nounish(view, tree, j) or view.tokens[j].pos == "PRON":
                return _participant(view.doc, *tree.span(j, words))
            return None
    return None


def _speaker_of(doc: Document, c: Candidate) -> Participant | None:
    """The speaker of the quote that holds the trigger, as the words that name them."""
    for q in doc.quotes:
        if q.start <= c.start < q.end and q.speaker_start is not None and q.speaker_end is not None:
            return _participant(doc, q.speaker_start, q.speaker_end)
    return None


def _headline_passive(view: SentenceView, c: Candidate, words: RoleWords) -> bool:
    """A headline's bare participle is a passive: its subject is who it happened to."""
    if not view.headline or c.nominal:
        return False
    clause = view.clause_of(c.head)
    aux = view.cues.word_set("events_svo_auxiliaries") | view.cues.word_set("passive_auxiliaries")
    if any(view.lowers[j] in aux or view.tokens[j].dep.startswith(("aux", "cop")) for j in range(clause.start, c.head)) \
            or _relative_antecedent(view, _Tree(view), c, words) is not None:
        return False  # an auxiliary, or the verb of a relative clause ("Protester who punched officer")
    low = view.lowers[c.head]
    starts = view.cues.participle_starts
    if starts and not low.startswith(starts):
        return False
    return low.endswith(words.participle_suffixes) or "VerbForm=Part" in view.tokens[c.head].morph


def _unique(found: object) -> list[Participant]:
    out: list[Participant] = []
    for p in found:  # type: ignore[attr-defined]
        if not any(q.start == p.start and q.end == p.end for q in out):
            out.append(p)
    return out[:3]


def _from_parse(view: SentenceView, c: Candidate,
                words: RoleWords) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    tree = _Tree(view)
    doc = view.doc
    cues = view.cues
    head = view.tokens[c.head]

    def part(j: int) -> Participant:
        t = view.tokens[j]
        if any(x.start <= t.start < x.end for x in view.times):  # "16:00 - Thousands of ...": the time stamp
            j = next((i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] in ("appos", "flat", "nmod")
                      and _nounish(view, tree, i)), j)  # of a live blog read as the subject
        if view.lowers[j] in words.relative and view.tokens[j].pos in ("PRON", "DET") and j > 0:
            k = j - 1  # "De twee mannen, die ... werden aangehouden": the noun the relative pronoun stands for
            while k > 0 and view.tokens[k].pos in ("PUNCT", "ADP"):
                k -= 1
            if _nounish(view, tree, k):
                j = k
        return _participant(doc, *tree.span(j, words))

    actors: list[Participant] = []
    targets: list[Participant] = []
    verb = c.head
    support = False
    if c.nominal:
        actors, targets = _nominal_roles(view, tree, c, words)
        up = tree.head(c.head)
        light = cues.word_set("events_light_verbs") | cues.word_set("events_occurrence_verbs") | words.joining
        if up is not None and head.dep in ("obj", "nsubj") and view.tokens[up].pos in ("VERB", "AUX") and (
                (view.lemmas[up] | {view.tokens[up].lemma.lower(), view.lowers[up]}) & light):
            verb, support = up, True  # a support verb ("hielden een demonstratie", "braken rellen uit"), not any
            # verb the noun is an argument of ("verbood de demonstratie": the mayor did not demonstrate)
        elif actors or targets:
            return tuple(actors[:3]), tuple(targets[:3])
        elif head.dep in ("obj", "nsubj", "nsubj:pass") and up is not None:
            return (), ()  # the argument of a verb that says nothing of who did it ("verbood de demonstratie")
        elif not (head.dep in ("amod", "compound") and up is not None):
            return _from_entities(view, c)
    elif head.dep in ("amod", "compound") and tree.head(c.head) is not None:
        verb = tree.head(c.head)  # type: ignore[assignment]
    kids = [(j, view.tokens[j]) for j in tree.kids[verb] if j != c.head or not c.nominal]
    passive = any(t.dep in ("aux:pass", "nsubj:pass") for _, t in kids)
    if not passive and _participle_passive(view, c, tree, verb):  # the parse missed the passive: its subject
        passive = True
        kids = [(j, _with_dep(t, "nsubj:pass") if t.dep == "nsubj" else t) for j, t in kids]
    for j, t in list(kids):  # coordinated subjects and objects: "Rusland en Oekraïne hebben ... gesloten"
        if t.dep in ("nsubj", "nsubj:pass", "obj"):
            kids += [(i, _with_dep(view.tokens[i], t.dep)) for i in tree.kids[j]
                     if view.tokens[i].dep == "conj" and view.tokens[i].pos in ("NOUN", "PROPN", "PRON")]
    kids.sort(key=lambda x: x[0])
    aims = words.type_targets.get(c.type, frozenset())
    aimed: list[int] = []
    for j, t in kids:
        case = tree.case(j)
        if t.dep == "nsubj" or (t.dep.split(":")[0] in ("obl", "nmod") and case & words.agent_prepositions) \
                or t.dep == "obl:agent":
            said = {view.lowers[verb], view.tokens[verb].lemma.lower()}
            if support and (actors or said & words.reporting or (
                    said & words.place_support and _is_place(view, t.start, t.end))):
                continue  # the noun's own actor first; "Menaka has seen repeated attacks": the place where, not who
            if t.dep == "nsubj" and view.lowers[j] in words.relative and view.tokens[verb].dep.startswith("acl"):
                j = _or(tree.head(verb), j)  # "jongeren die ... gooiden"
            actors.append(part(j))
        elif t.dep == "nsubj:pass" or (t.dep in ("obj", "iobj") and j != c.head) or (
                c.nominal and t.dep == "nmod" and case & cues.word_set("events_target_prepositions")):
            targets.append(part(j))
        elif c.nominal and t.dep in ("nmod:poss",) and not actors:
            actors.append(part(j))
        elif t.dep.split(":")[0] in ("obl", "nmod") and case & words.between:  # "clashed between X and Y"
            actors += [part(j)] + [part(i) for i in tree.kids[j] if view.tokens[i].dep == "conj"]
        elif t.dep.split(":")[0] in ("obl", "nmod") and case & aims:
            aimed.append(j)
    for j, t in kids:  # the aim of a thrown or fired thing: "vuurwerk naar agenten", "tear gas at protesters"
        if t.dep in ("obj", "xcomp"):
            aimed += [i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] == "nmod" and tree.case(i) & aims]
    inside = any(view.tokens[j].dep == "obj" and j in c.tokens for j in tree.kids[verb])  # "set fire to"
    aimed = [j for j in aimed if inside or not (tree.case(j) & words.locative) or _personish(view, j, words)]
    if aimed and (support or not c.nominal):
        objects = [j for j, t in kids if t.dep in ("obj", "iobj", "nsubj:pass") and j != c.head]
        if not any(_personish(view, j, words) for j in objects):  # a thrown or fired thing is no target
            targets = [part(j) for j in aimed]
    if cues.facts["verb_second"] and not passive and len(actors) > 1:  # a second "subject" after the verb: its object
        first = [a for a in actors if a.end is not None and a.end <= view.tokens[verb].start]
        if first and len(first) < len(actors) and not targets:
            targets = [a for a in actors if a not in first]
            actors = first
    if not actors and not passive and not c.nominal:
        bare = _bare_subject(view, tree, c, verb, words)
        if bare is not None:  # "Honderden jongeren gooiden ..." read as an oblique
            actors = [part(bare)]
    objects = [j for j in tree.kids[verb] if view.tokens[j].dep == "obj" and j > verb and j != c.head]
    own_object = any(j in c.tokens for j in objects)  # "gingen ... de straat op": the expression has its object
    objects = [j for j in objects if j not in c.tokens]
    if cues.facts["verb_second"] and not passive and not actors and (len(objects) > 1 or (own_object and objects)) \
            and all(view.tokens[i].pos in ("DET", "PRON", "ADJ", "NUM", "ADV") or any(
                x.start <= view.tokens[i].start < x.end for x in view.times) for i in range(verb + 1, objects[0])):
        actors, targets = [part(objects[0])], [part(j) for j in objects[1:]]  # "ontvoerden haar strijders elf ..."
    if not targets and not passive and not c.nominal:
        bare = _bare_object(view, tree, c, verb, words, {a.start for a in actors})
        if bare is not None:
            targets = [part(bare)]
        else:  # a name or a count of people after the verb that the parse hung elsewhere
            named = _named_object(view, c, {a.start for a in actors}) or _counted_object(view, c)
            targets = [named] if named is not None else []
    if not actors and not passive and not c.nominal:
        found = _relative_antecedent(view, tree, c, words)
        if found is not None:  # "jongeren die vuurwerk naar agenten gooiden" however the parse hangs it
            actors = [part(found)]
    if not actors and not passive and view.tokens[verb].dep in ("xcomp", "conj", "advcl") and (
            view.tokens[verb].dep != "advcl" or tree.case(verb) & cues.word_set("events_infinitive_markers")
            or any(view.lowers[i] in cues.word_set("events_infinitive_markers") for i in tree.kids[verb])):
        up = tree.head(verb)
        if up is not None:
            actors += [part(j) for j in tree.kids[up] if view.tokens[j].dep == "nsubj"]
    ram = cues.word_set("events_ram_prepositions")
    if "ram" in c.flags:  # "reed in op een groep actievoerders", "rammed his car into protesters": the people hit
        hit = [j for j, t in kids if t.dep.split(":")[0] in ("obl", "nmod") and tree.case(j) & ram]
        if not hit:  # a misparsed object ("reed in op demonstranten" read as a verb): the words after the preposition
            prep = next((i for i in sorted(c.tokens) if i != c.head and view.lowers[i] in ram), None)
            if prep is None:  # "ramde zijn auto in een menigte"
                prep = next((i for i in range(c.head + 1, min(c.head + 6, len(view.tokens)))
                             if view.lowers[i] in ram), None)
            after = [] if prep is None else list(range(prep + 1, min(prep + 5, len(view.tokens))))
            hit = [next(i for i in after if view.tokens[i].pos not in ("DET", "ADJ", "NUM"))] if after and any(
                view.tokens[i].pos not in ("DET", "ADJ", "NUM") for i in after) else []
            hit = [i for i in hit if view.tokens[i].text[:1].isalpha()]
        if hit:
            targets = [part(j) for j in hit]
    if not (targets if passive else actors) and not c.nominal:
        found = _positional_subject(view, c, words, {p.start for p in (*actors, *targets)})
        if found is not None:  # "De verdachte stak een bewaker neer" parsed as a noun phrase; the passive's
            if passive:  # subject the parse missed ("werden boven de regio 18 drones neergehaald")
                targets = [part(found)]
            else:
                actors = [part(found)]
    if not actors and not targets:
        return _from_entities(view, c)
    return tuple(actors[:3]), tuple(targets[:3])


def _relative_antecedent(view: SentenceView, tree: _Tree, c: Candidate, words: RoleWords) -> int | None:
    """The noun a relative clause hangs from when its relative pronoun is the trigger's subject: the nearest
    relative pronoun before the trigger with no other verb between, and the noun before it (a particle skipped)."""
    first = min(c.tokens or (c.head,))
    for r in range(first - 1, 0, -1):
        if view.tokens[r].pos in ("VERB", "AUX") or view.lowers[r] in CLAUSE_PUNCT:
            return None
        if view.lowers[r] in words.relative and view.tokens[r].pos in ("PRON", "DET"):
            k = r - 1
            while k > 0 and view.tokens[k].pos in ("ADP", "PUNCT"):
                k -= 1
            return k if _nounish(view, tree, k) or view.tokens[k].pos == "PRON" else None
    return None


def _named_object(view: SentenceView, c: Candidate, taken: set[int | None]) -> Participant | None:
    """The first person or organisation named after the trigger in its clause, no preposition before it."""
    clause = view.clause_of(c.head)
    end = view.tokens[clause.end - 1].end
    last = max(c.tokens or (c.head,))
    for e in view.entities:
        if e.label not in ("PER", "ORG") or e.start < view.tokens[last].end or e.end > end or e.start in taken \
                or _is_place(view, e.start, e.end):
            continue
        k = next((j for j, t in enumerate(view.tokens) if t.start >= e.start), None)
        if k is None or (k > 0 and view.tokens[k - 1].pos == "ADP"):
            continue
        return _participant(view.doc, e.start, e.end)
    return None


def _counted_object(view: SentenceView, c: Candidate) -> Participant | None:
    """A count of people after the trigger in its clause, no preposition before it ("arresteerde ... volgens een
    woordvoerder vijftien betogers"): the number and the noun it counts."""
    clause = view.clause_of(c.head)
    end = view.tokens[clause.end - 1].end
    last = view.tokens[max(c.tokens or (c.head,))].end
    cues = view.cues
    for q in view.quantities:
        counted = (q.counted or "").lower()
        if not (last <= q.start and q.end <= end) or not counted or q.unit not in (None, "", "persons", "people") \
                or counted.startswith(cues.things):
            continue
        k = next((j for j, t in enumerate(view.tokens) if t.start >= q.start), None)
        if k is None or (k > 0 and view.tokens[k - 1].pos == "ADP"):
            continue
        noun = next((t for t in view.tokens[k:k + 4] if t.text.lower() == counted), None)
        if noun is not None:
            return _participant(view.doc, q.start, noun.end)
    return None


def _positional_subject(view: SentenceView, c: Candidate, words: RoleWords, taken: set[int | None]) -> int | None:
    """The first bare noun phrase of the trigger's clause before the trigger (no preposition opens it; no time,
    no place), or, verb-second, right after the verb: the subject by position where the parse gave the verb none."""
    clause = view.clause_of(c.head)
    first = min(c.tokens or (c.head,))
    last = max(c.tokens or (c.head,))
    tree = _Tree(view)
    nominal = ("DET", "NUM", "ADJ", "NOUN", "PROPN")

    def usable(j: int) -> bool:
        t = view.tokens[j]
        return _nounish(view, tree, j) and t.start not in taken and not _is_place(view, t.start, t.end) \
            and not any(x.start <= t.start < x.end for x in view.times) and view.lowers[j][:1].isalpha()

    in_phrase = False  # inside a prepositional phrase: its noun is no subject ("Bij de snelweg A12")
    for j in range(clause.start, first):
        pos = view.tokens[j].pos
        if pos == "ADP":
            in_phrase = True
        elif in_phrase and pos in nominal and not (pos in ("DET", "NUM") and view.tokens[j - 1].pos not in (
                "DET", "ADP", "NUM")):
            continue  # a determiner or number after the phrase's noun opens the next phrase ("boven de regio 18 drones")
        else:
            in_phrase = False
            if usable(j):
                return j
    if view.cues.facts["verb_second"] and first > clause.start:
        j = last + 1
        while j < clause.end and view.tokens[j].pos in ("DET", "NUM", "ADJ") and not _nounish(view, tree, j):
            j += 1
        if j < clause.end and j not in c.tokens and usable(j):
            return j  # "Bij de snelweg blokkeerden tientallen tractoren ..."
    return None


def _nominal_roles(view: SentenceView, tree: _Tree, c: Candidate,
                   words: RoleWords) -> tuple[list[Participant], list[Participant]]:
    """The noun's own actor and target: "de aanslag van de verzetsgroep", "the attack by the militia" (see module)."""
    actors: list[Participant] = []
    targets: list[Participant] = []
    aims = view.cues.word_set("events_target_prepositions") | (
        words.type_targets.get(c.type, frozenset()) - words.locative)
    for j in tree.kids[c.head]:
        t = view.tokens[j]
        if j not in c.tokens and t.dep.split(":")[0] in ("amod", "compound") and t.dep != "compound:prt" \
                and view.lowers[j].endswith(words.agentive):
            actors.append(_participant(view.doc, t.start, t.end))  # "a military airstrike", "een politie-inval"
            continue
        if j in c.tokens or t.dep.split(":")[0] not in ("nmod", "obl", "acl") and t.dep != "nmod:poss":
            continue
        case = tree.case(j)
        span = tree.span(j, words)
        if t.dep == "nmod:poss" or case & (words.agent_prepositions | words.between):  # "clashes between X and Y"
            actors.append(_participant(view.doc, *span))
            if case & words.between:
                actors += [_participant(view.doc, *tree.span(i, words)) for i in tree.kids[j]
                           if view.tokens[i].dep == "conj"]
        elif case & words.of_prepositions:
            if c.type not in words.patient_of_types and _agentive(view, j, words):
                actors.append(_participant(view.doc, *span))
            else:
                targets.append(_participant(view.doc, *span))
        elif case & aims:
            targets.append(_participant(view.doc, *span))
    return actors, targets


def _nounish(view: SentenceView, tree: _Tree, j: int) -> bool:
    """A noun, or a word the parse mistook for something else that a determiner or number opens."""
    t = view.tokens[j]
    if t.pos in ("NOUN", "PROPN") or (t.pos == "NUM" and any(view.tokens[i].pos == "NOUN" for i in tree.kids[j])):
        return True
    return t.pos in ("VERB", "ADJ") and j > 0 and (view.tokens[j - 1].pos in ("DET", "NUM") or any(
        view.tokens[i].dep in ("det", "nummod") for i in tree.kids[j]))


def _bare_subject(view: SentenceView, tree: _Tree, c: Candidate, verb: int, words: RoleWords) -> int | None:
    """A verb without a subject: the first bare noun phrase before it (or, verb-second, right after it) that is
    no time, place or word of the trigger."""
    if any(view.tokens[j].dep.startswith("nsubj") for j in tree.kids[verb]):
        return None
    clause = view.clause_of(verb)
    order = [j for j in tree.kids[verb] if j < verb and j >= clause.start]
    if view.cues.facts["verb_second"]:
        order += [j for j in tree.kids[verb] if j > verb]
    for j in order:
        t = view.tokens[j]
        if j in c.tokens or tree.case(j) or t.dep in ("obj", "iobj", "punct", "cc", "compound:prt", "mark") or \
                _is_place(view, t.start, t.end) or any(x.start <= t.start < x.end for x in view.times):
            continue
        if _nounish(view, tree, j) and view.lowers[j][:1].isalpha():
            return j
    return None


def _bare_object(view: SentenceView, tree: _Tree, c: Candidate, verb: int, words: RoleWords,
                 taken: set[int | None]) -> int | None:
    """A bare noun phrase among the verb's dependents that the parse gave no object role (see module docstring)."""
    for j in tree.kids[verb]:
        t = view.tokens[j]
        if j in c.tokens or j == c.head or t.start in taken or t.dep in ("nsubj", "nsubj:pass", "punct", "case", "cc") \
                or tree.case(j) or _is_place(view, t.start, t.end) or any(
                x.start <= t.start < x.end for x in view.times):
            continue
        if t.dep.split(":")[0] not in ("xcomp", "obl", "dep", "compound", "advmod", "obj"):
            continue
        if _nounish(view, tree, j) and view.lowers[j].isalpha() and j > verb:
            return j
    return None


def _or(k: int | None, default: int) -> int:
    return default if k is None else k


def _with_dep(t: Token, dep: str) -> Token:
    return dc_replace(t, dep=dep)


def _from_entities(view: SentenceView, c: Candidate) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    doc = view.doc
    clause = view.clause_of(c.head)
    a = view.tokens[clause.start].start
    b = view.tokens[clause.end - 1].end
    ents = [e for e in view.entities if a <= e.start and e.end <= b and not (e.start < c.end and e.end > c.start)]
    actors = [e for e in ents if e.end <= c.start]
    targets = [e for e in ents if e.start >= c.end]
    agent = view.cues.pattern("agent").search(doc.text[c.end:b])
    out_a: list[Participant] = []
    out_t: list[Participant] = []
    if agent:
        pos = c.end + agent.end()
        hit = next((e for e in targets if e.start >= pos), None)
        if hit is not None:
            out_a.append(_participant(doc, hit.start, hit.end))
            targets = [e for e in targets if e is not hit]
    words = _words(doc)
    allowed = _allowed(view, c, words)

    def fits(e: Entity) -> bool:  # not in a locative phrase ("IN AMBUSH"), not a place or reporter dropped
        before = _before(view, e.start, view.cues.word_set("events_determiners"))
        if before and view.lowers[before[0]] in words.locative and view.lowers[before[0]] not in allowed:
            return False
        p = _participant(doc, e.start, e.end)
        if view.parsed and _is_place(view, e.start, e.end):
            return False  # the parse gave the trigger no such argument: a place named near it is where, not who
        cases = _cases_above(view, _top(view, p))
        return not (cases and not cases & allowed) and not _dropped(view, c, p, words)

    actors = [e for e in actors if fits(e)]
    targets = [e for e in targets if fits(e)]
    if actors and not out_a:
        out_a.append(_participant(doc, actors[-1].start, actors[-1].end))
    if targets:
        out_t.append(_participant(doc, targets[0].start, targets[0].end))
    if view.cues.facts["svo_without_parse"] and not c.nominal:  # also where the parse gave the verb no arguments
        return _svo(view, c, tuple(out_a), tuple(out_t))
    return tuple(out_a), tuple(out_t)


def _svo(view: SentenceView, c: Candidate, actors: tuple[Participant, ...],
         targets: tuple[Participant, ...]) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """Without a parse, subject-verb-object order: the words before the verb (auxiliaries skipped) are its subject,
    the words after it (to the first preposition) its object; "was arrested by X" turns them round."""
    aux, stop = view.cues.word_set("events_svo_auxiliaries"), view.cues.word_set("events_svo_stops")
    agents = view.cues.word_set("agent_prepositions")
    clause = view.clause_of(c.head)
    k = min(c.tokens or (c.head,))
    j = k - 1
    passive = False
    while j >= clause.start and view.lowers[j] in aux:
        passive = passive or view.lowers[j] in view.cues.word_set("events_passive_auxiliaries")
        j -= 1
    subj_end = j
    while j >= clause.start and view.lowers[j] not in stop and subj_end - j < 5:
        j -= 1
    subject = (j + 1, subj_end) if subj_end >= j + 1 else None
    after = max(c.tokens or (c.head,)) + 1
    m = after
    while m < clause.end and view.lowers[m] not in stop and m - after < 6:
        m += 1
    obj = (after, m - 1) if m - 1 >= after else None
    by_agent = None
    if passive and after < clause.end and view.lowers[after] in agents:
        m = after + 1
        while m < clause.end and view.lowers[m] not in stop and m - after < 6:
            m += 1
        by_agent = (after + 1, m - 1) if m - 1 >= after + 1 else None
    doc = view.doc

    def part(span: tuple[int, int] | None) -> tuple[Participant, ...]:
        if span is None:
            return ()
        return (_participant(doc, view.tokens[span[0]].start, view.tokens[span[1]].end),)

    if passive:
        return actors or part(by_agent), targets or part(subject)
    return actors or part(subject), targets or part(obj)


# --------------------------------------------------------------------------- the agent named before
def _fits(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def inherit_agents(doc: Document, events: Sequence[Event]) -> list[Event]:
    """Events without actors take those of the nearest earlier event of a fitting type in the same paragraph
    (at most two sentences back), keeping their offsets: "Er volgde een reeks aanslagen." after the group's
    threat. Coordinated copies and the events of one sentence already share their subject elsewhere."""
    out = list(events)
    per_sentence: dict[int, list[Token]] = {}
    for i, e in enumerate(out):
        if e.actors:
            continue
        for p in reversed(out[:i]):
            if e.sentence - p.sentence > 2 or not _same_paragraph(doc, p.sentence, e.sentence):
                break
            if p.actors and _fits(p.type, e.type) and p.sentence < e.sentence:
                out[i] = dc_replace(e, actors=p.actors)
                break
        if not out[i].actors and e.type in _AGENT_TYPES and e.sentence > 0 and \
                _same_paragraph(doc, e.sentence - 1, e.sentence):
            if not per_sentence:  # built once, on the first event that needs it
                for t in doc.tokens:
                    per_sentence.setdefault(t.sentence, []).append(t)
            named = _group_subject(doc, e.sentence - 1, tuple(per_sentence.get(e.sentence - 1, ())))
            if named is not None:
                out[i] = dc_replace(e, actors=(named,))
    return out


def _group_subject(doc: Document, i: int, tokens: tuple[Token, ...]) -> Participant | None:
    """The subject of sentence i (its ``tokens``) when it names an organised group or a name ("De verzetsgroep
    postte ..."), for a next sentence's event that names no actor."""
    if not tokens or not any(t.dep for t in tokens):
        return None
    view = SentenceView(doc, i, tokens)
    words = _words(doc)
    tree = _Tree(view)
    base = tokens[0].i
    subjects = [j for j, t in enumerate(tokens) if t.dep == "nsubj" and 0 <= t.head - base < len(tokens)
                and tokens[t.head - base].dep == "ROOT"]
    first = next((j for j, t in enumerate(tokens) if t.pos not in ("DET", "ADJ", "NUM")), None)
    if first is not None and tokens[first].pos in ("NOUN", "PROPN"):
        subjects.append(first)  # the sentence opens with a noun phrase: its subject by position
    for j in subjects:
        if _agentive(view, j, words) and not _is_place(view, tokens[j].start, tokens[j].end):
            return _participant(doc, *tree.span(j, words))
    return None


def _same_paragraph(doc: Document, a: int, b: int) -> bool:
    """Do sentences a and b lie in one paragraph (the segmenter's, else no line break between them)?"""
    if a == b:
        return True
    first, last = doc.sentences[a], doc.sentences[b]
    if doc.paragraphs:
        return any(s <= first.start and last.end <= e for s, e in doc.paragraphs)
    return "\n" not in doc.text[first.end:last.start]
