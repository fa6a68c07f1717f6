"""The phrases that fill argument roles: one language's role words, a sentence's parse as a tree, and the
characters of a participant.

A phrase is its head with determiners, modifiers, numbers and flat name parts (10 tokens at most),
widened over hyphenated name parts ("Jean-Paul", "Wafula-Otieno") and over the rest of a name the entity
recognizer found ("Burgemeester Femke" -> "Burgemeester Femke Halsema"). A quantity head is not a
participant: "a total of 30 protesters" gives "30 protesters", "het aantal betogers" gives "betogers"; a
collective or number head keeps its counted noun ("Thousands of teachers", "een groep actievoerders"). A live
blog's time stamp ("16:00 - ") and a separable particle are no part of a phrase; a second determiner or number
after a content word opens another phrase ("de verdachte | twee vrouwen").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..lang import Language, get_language
from ..lang.agents import names_party
from ..lang.titles import name_openers
from ..lettercase import capitalised
from ..model import Document, Entity, Participant
from .cues import event_cues
from .text import HYPHENS, SentenceView, entity_overlapping

_NAME_TAIL = re.compile(f"[{HYPHENS}]\\w+")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
#: marks after which any word may be capitalised: an opening quote, a colon, a dash, a bracket
_OPENERS = frozenset({'"', "'", "“", "‘", "„", "«", ":", "(", "-", "–", "—"})


@dataclass(frozen=True)
class RoleWords:
    """One language's words for argument roles (``events_arguments.json`` and shared word lists)."""

    quantity_heads: frozenset[str]
    collective_heads: frozenset[str]
    of_prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    type_targets: Mapping[str, frozenset[str]]
    patient_of_types: frozenset[str]
    complement_target_types: frozenset[str]  # "threatened to ban PTI": the target is what the act complement acts on
    undergoing: frozenset[str]  # "would face charges": the subject of such a complement undergoes the threat
    agentive: tuple[str, ...]
    reporting: frozenset[str]
    place_support: frozenset[str]
    dateline_marks: frozenset[str]
    according: frozenset[str]
    relative: frozenset[str]
    relative_disagreement: Mapping[str, frozenset[str]]  # pronoun -> the features of nouns it never stands for
    locative: frozenset[str]
    people: tuple[str, ...]
    existential: frozenset[str]
    participle_suffixes: tuple[str, ...]
    headline_past_is_passive: bool  # a headline's bare past form is a passive ("Protesters Shot Dead"): English
    # headlines write actives in the present ("Police Shoot Protesters"); Dutch ones may write either
    joining: frozenset[str]
    support: frozenset[str]  # verbs whose subject does what the event noun they govern names (light, occurrence,
    # joining and planning verbs: "hielden een demonstratie", "joined the march", "overweegt een verbod"; not the
    # causative ones, whose subject sets the event off: "a similar drive had sparked protests")
    receiving: frozenset[str]  # "ontving dreigbrieven", "received threats": the subject is on the receiving end
    receiving_sources: frozenset[str]  # "drew condemnation from Amnesty": who gives what is received
    causative: frozenset[str]  # "sparked protests", "veroorzaakte rellen": the subject set the event off
    between: frozenset[str]
    state_acts: frozenset[str]  # types only a state performs: the country it happens in is who acts
    postpositions: frozenset[str]  # "de grens over", "de straat op": the noun before them is a direction
    provoked: frozenset[str]  # types aimed at whoever did what set them off ("protests after the government ...")
    provocation: frozenset[str]  # the conjunctions that open what set them off ("after", "toen")
    instrument: frozenset[str]  # "met de mobilisatie bracht Poetin ...": the clause's subject did it
    predicate: frozenset[str]  # "tot veiligheidsrisicogebied aangewezen", "declared as": the noun says what it became
    state: frozenset[str]  # "are on strike", "staat in staking": the noun is a state its subject is in
    partner: frozenset[str]  # "de samenwerking met het land opgeschort": the party is the one a tie is with
    ties: frozenset[str]  # ... the nouns of such ties (not "bestookten een brandweerwagen met vuurwerk")
    claiming: frozenset[str]  # "eisten de aanslag op", "claimed responsibility for the attack": who did it
    responsibility: frozenset[str]
    reciprocals: tuple[str, ...]  # "geven elkaar de schuld", "blamed each other": each side is the other's target
    intransitive: frozenset[str]  # "zijn ... gevlucht": verbs that have no passive, whatever the parse says
    intransitive_modes: frozenset[str]  # "zijn op de vlucht geslagen": modes whose acts have no passive
    given: frozenset[str]  # types whose object is a thing given ("distributed food to ..."): no target
    routes: tuple[str, ...]  # endings of nouns of the ground a march covers ("door de binnenstad")
    area_modes: frozenset[str]  # COERCE modes that restrict an area ("noodbevel voor het centrum"): its target
    area_prepositions: frozenset[str]
    area_nouns: tuple[str, ...]


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
        patient_of_types=frozenset(data["patient_of_types"]),
        complement_target_types=frozenset(data["complement_target_types"]), undergoing=words("undergoing_verbs"),
        agentive=tuple(sorted(words("agentive_heads"))),
        reporting=words("reporting_verbs"), place_support=words("place_support_verbs"),
        dateline_marks=frozenset(data["dateline_marks"]),
        according=frozenset(m.split()[0].lower() for m in language.words("according_markers")) | frozenset(
            language.words("attribution_adverbs")),
        relative=cues.word_set("events_relative_pronouns") | language.words("relative_pronouns"),
        relative_disagreement={w: frozenset(fs) for w, fs in data["relative_disagreement"].items()},
        locative=cues.word_set("events_locative_prepositions") | cues.word_set("events_setting_prepositions"),
        people=tuple(sorted(language.words("events_people_words") | cues.word_set("events_people_heads"))),
        existential=language.words("events_existential"),
        participle_suffixes=tuple(data["participle_suffixes"]),
        headline_past_is_passive=bool(data["headline_past_is_passive"]), joining=words("joining_verbs"),
        support=(cues.word_set("events_light_verbs") | cues.word_set("events_occurrence_verbs") | words("joining_verbs")
        | cues.word_set("events_planning_verbs") | words("receiving_verbs")) - words("causative_verbs"),
        receiving=words("receiving_verbs"), receiving_sources=words("receiving_sources"),
        causative=words("causative_verbs"), between=words("between_prepositions"),
        state_acts=frozenset(data["state_act_types"]), postpositions=words("postpositions"),
        provoked=frozenset(data["provoked_types"]), provocation=words("provocation_marks"),
        instrument=words("instrument_prepositions"), predicate=words("predicate_prepositions"),
        state=words("state_prepositions"),
        partner=words("partner_prepositions"), ties=words("tie_nouns"), claiming=words("claim_verbs"),
        responsibility=words("responsibility_nouns"), reciprocals=tuple(sorted(words("reciprocals"))),
        intransitive=words("intransitive_verbs"), area_modes=frozenset(data["area_modes"]),
        intransitive_modes=frozenset(data["intransitive_modes"]), given=frozenset(data["given_types"]),
        routes=tuple(sorted(language.words("events_route_nouns"))),
        area_prepositions=words("area_prepositions"), area_nouns=tuple(sorted(words("area_nouns"))),
    )


def words_of(doc: Document) -> RoleWords:
    return role_words(get_language(doc.language))


def participant_at(doc: Document, a: int, b: int) -> Participant:
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
        a, b = _whole_name(doc.text, a, ent.end)  # "Burgemeester Femke" of the name "Femke Halsema": the whole name
    elif ent is None and (named := _named_after(doc, a, b)) is not None:
        ent = named  # "premier Miloš Vučević", "de actiegroep Grond Onder Je Voeten": the title and the name
        a, b = _whole_name(doc.text, a, named.end)
    return Participant(text=doc.text[a:b], entity=ent.id if ent else None, start=a, end=b)


def _named_after(doc: Document, a: int, b: int) -> Entity | None:
    """The name right after a phrase that ends in a title, role or organisation noun ("premier" Miloš Vučević),
    which the parse often leaves outside the phrase."""
    words = doc.text[a:b].split()
    if not words or words[-1].lower() not in name_openers(get_language(doc.language)):
        return None
    after = doc.text[b:b + 3]  # a bounded slice: one per participant must not copy the rest of a long text
    gap = len(after) - len(after.lstrip(" "))
    if not 1 <= gap <= 2:
        return None
    ent = entity_overlapping(doc.entities, b + gap, b + gap + 1)
    return ent if ent is not None and ent.start == b + gap and ent.label in ("PER", "ORG") else None


def _whole_name(text: str, a: int, b: int) -> tuple[int, int]:
    """Widen [a, b) over hyphenated parts glued to it ("Jean" -> "Jean-Paul", "Wafula" -> "Wafula-Otieno")."""
    while b < len(text) and (m := _NAME_TAIL.match(text, b)) is not None:
        b = m.end()
    while a >= 2 and text[a - 1] in HYPHENS and text[a - 2].isalnum():
        k = a - 1
        while k > 0 and text[k - 1].isalnum():
            k -= 1
        a = k
    return a, b


class Tree:
    """The parse of one sentence as children lists (sentence token indices)."""

    def __init__(self, view: SentenceView) -> None:
        self.view = view
        self.base = view.tokens[0].i
        self.n = len(view.tokens)
        self.kids: list[list[int]] = [list(view.dependents(j)) for j in range(self.n)]

    def head(self, j: int) -> int | None:
        h = self.view.tokens[j].head - self.base
        return h if 0 <= h < self.n and h != j else None

    def auxiliary_subjects(self, verb: int) -> list[int]:
        """Subjects the parse hung from the verb's auxiliary instead of the verb ("Wij hebben de weg geblokkeerd")."""
        tokens = self.view.tokens
        return [i for j in self.kids[verb] if tokens[j].dep.startswith("aux") for i in self.kids[j]
                if tokens[i].dep.startswith("nsubj")]

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
        lo, hi = self.phrase(k)
        group = low in words.collective_heads or view.tokens[k].pos == "NUM"
        if counted is None and group and hi == k:  # the parse did not hang the counted noun here: the next noun
            nxt = k + 2 if k + 2 < self.n and view.lowers[k + 1] in words.of_prepositions else k + 1
            if nxt < self.n and view.tokens[nxt].pos in ("NOUN", "PROPN", "ADJ") and view.lowers[nxt].isalpha():
                counted = nxt
        if counted is not None and group:
            return view.tokens[lo].start, view.tokens[max(hi, self.phrase(counted)[1])].end  # "Thousands of teachers"
        while view.cues.facts["open_compounds"] and hi + 1 < self.n and view.tokens[hi].pos == "NOUN" and \
                view.tokens[hi + 1].pos == "NOUN" and \
                self.head(hi + 1) not in (None, k) and hi + 1 not in self.kids[k]:
            hi += 1  # "a police post" where the parse made "police" the head
        return view.tokens[lo].start, view.tokens[hi].end

    def phrase(self, k: int) -> tuple[int, int]:
        view = self.view
        members = {k}
        todo = [k]
        while todo:
            j = todo.pop()
            for i in self.kids[j]:
                if i not in members and view.tokens[i].dep != "compound:prt" and view.tokens[i].dep.split(":")[0] in (
                        "det", "amod", "nummod", "compound", "flat", "fixed", "goeswith") or (
                        i not in members and view.tokens[i].dep == "nmod:poss") or (
                        i == j + 1 and view.tokens[i].dep == "appos" and view.tokens[i].pos == "PROPN"):
                    # (a close apposition, no comma between: "VVD-Kamerlid Mark Jansen", "minister Brouwer")
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
            view.lowers[j] not in HYPHENS + "'’" or text[view.tokens[j].start - 1:view.tokens[j].start].isspace())
            or view.in_time(view.tokens[j].start)]
        lo = max([lo] + [j + 1 for j in cut])  # "16:00 - Thousands of ..." starts at "Thousands"
        while lo < hi and view.tokens[lo].pos in ("ADP", "PUNCT", "CCONJ"):
            lo += 1
        return lo, hi


def personish(view: SentenceView, k: int, words: RoleWords) -> bool:
    """Does token k head a phrase naming people, a group or a named party (not a thing or a place)?"""
    t = view.tokens[k]
    low = view.lowers[k]
    ent = entity_overlapping(view.doc.entities, t.start, t.end)
    if ent is not None and ent.label in ("PER", "ORG", "NORP") and not is_place(view, t.start, t.end):
        return True
    return t.pos == "PRON" or low.startswith(words.people) or low.endswith(words.agentive) or (
        t.pos in ("NOUN", "PROPN") and names_party(view.lang, low))  # the language's party nouns ("strikers")


def is_place(view: SentenceView, a: int, b: int) -> bool:
    return any(p.start < b and a < p.end for p in view.places)


def is_country(view: SentenceView, a: int, b: int) -> bool:
    return any(p.start < b and a < p.end and p.precision == "country" for p in view.places)


def agentive(view: SentenceView, k: int, words: RoleWords) -> bool:
    """A "van/of" phrase that names who acted: a name or an organised group ("de verzetsgroep")."""
    t = view.tokens[k]
    ent = entity_overlapping(view.doc.entities, t.start, t.end)
    if ent is not None and ent.label in ("PER", "ORG") and not is_place(view, t.start, t.end):
        return True
    if ent is not None and ent.label == "MISC" and "Number=Plur" in t.morph and t.pos in ("NOUN", "PROPN"):
        return True  # a people named by the tagger as MISC: "Bashkirs stood up", "Koerden demonstreerden"
    return view.lowers[k].endswith(words.agentive) or unlabelled_name(view, k)


def unlabelled_name(view: SentenceView, k: int) -> bool:
    """A capitalised word inside a sentence of ordinarily cased text that the entity tagger left unlabelled and
    that is no place: a name or a people ("kwamen Basjkieren op", "Kurds marched"). Not the first word of the
    sentence or after an opening quote or colon, nor in a headline, where any word may be capitalised."""
    t = view.tokens[k]
    if k == 0 or not capitalised(t.text) or view.headline:
        return False
    if view.tokens[k - 1].text in _OPENERS or t.pos not in ("NOUN", "PROPN", "VERB", "X"):
        return False
    return entity_overlapping(view.doc.entities, t.start, t.end) is None and not is_place(view, t.start, t.end)


def postpositional(view: SentenceView, tree: Tree, j: int, words: RoleWords, verb: int | None = None) -> bool:
    """Token j's phrase is the object of a postposition ("mannen zijn de grens over gevlucht", "om de straat op te
    gaan"): a word of the language's ``postpositions`` follows it, right before a verb (or ``verb``, the trigger,
    however the parse tagged it). Parsers often read such a noun as the subject or object; it says where, not
    who. A separated verb particle ("pakte de demonstranten op.") ends its clause instead, and a particle before
    its verb would be written as one word with it."""
    if not words.postpositions:
        return False
    end = tree.span(j, words)[1]
    k = next((i for i in range(j + 1, len(view.tokens)) if view.tokens[i].start >= end), None)
    if k is None or k + 1 >= len(view.tokens) or view.lowers[k] not in words.postpositions:
        return False
    nxt = k + 1
    while nxt < len(view.tokens) - 1 and view.lowers[nxt] in view.cues.word_set("events_infinitive_markers"):
        nxt += 1
    return nxt == verb or (view.tokens[nxt].pos in ("VERB", "AUX") and view.tokens[nxt].dep != "amod")
    # (a participle that modifies a noun is no verb: "militairen op ongewapende betogers")


def adjective_as_noun(view: SentenceView, tree: Tree, j: int) -> bool:
    """An adjective that is an argument of its own, no preposition before it: used as a noun ("bestookten
    jongeren een brandweerwagen" with "jongeren" tagged an adjective)."""
    t = view.tokens[j]
    return t.pos == "ADJ" and t.dep.split(":")[0] in ("nsubj", "obj", "obl") and not tree.case(j)


def nounish(view: SentenceView, tree: Tree, j: int) -> bool:
    """A noun, or a word the parse mistook for something else that a determiner or number opens."""
    t = view.tokens[j]
    if t.pos in ("NOUN", "PROPN") or (t.pos == "NUM" and any(view.tokens[i].pos == "NOUN" for i in tree.kids[j])):
        return True
    if t.pos == "NUM" and any(view.tokens[i].dep == "det" for i in tree.kids[j]):
        return True  # "The three were arrested", "De vier werden opgepakt": a definite numeral stands for the people
    up = tree.head(j)
    if t.pos == "ADJ" and t.dep == "amod" and up is not None and up > j and view.tokens[up].pos in ("NOUN", "PROPN"):
        return False  # "een nieuwe pensioenregeling": the adjective of the noun after it
    return t.pos in ("VERB", "ADJ") and (j > 0 and (view.tokens[j - 1].pos in ("DET", "NUM") or any(
        view.tokens[i].dep in ("det", "nummod") for i in tree.kids[j])) or (
        t.dep in ("obj", "nsubj", "nsubj:pass", "iobj") and not any(  # an argument without a verb's own
            view.tokens[i].dep in ("obj", "xcomp", "ccomp", "aux", "case") for i in tree.kids[j])))  # ("burgerdoelen")
