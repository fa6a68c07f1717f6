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

Phrases are read by :mod:`.phrases` (quantity and group heads, whole names); where the parse gives a
trigger no argument, :mod:`.positions` reads the words by position.

Never a participant: words of the trigger expression, dates, expletive subjects ("het", "there"; "it" stays
as the subject of a verbal trigger), places in a locative phrase or a dateline ("in Den Haag", "BAMAKO -"),
the speaker or reporter of the sentence ("volgens de politie", "according to officials", "zei de politie").
Pronouns and descriptions ("hij", "ze", "de verdachte", "the suspect") stay as the words of the text; what
they refer to is the business of a later stage.

Without a parse, named entities before the trigger in its clause are actors and those after it targets
("door"/"by" turns one round), or, where the language says so, subject-verb-object order.

An event that names no actor takes one named just before (:mod:`.agents`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as dc_replace

from ..lang.agents import country_of_adjective, names_acting_group, names_party
from ..lettercase import capitalised
from ..lines import in_title_tag, opens_dateline
from ..model import Entity, Participant, Token
from .agents import inherit_agents
from .candidate import THREATENED_ACT, Candidate
from .generic import offence_verb
from .lexicon import load_lexicon
from .modality import CONDITIONAL_THREAT, conditions
from .phrases import (
    RoleWords,
    Tree,
    adjective_as_noun,
    agentive,
    is_country,
    is_place,
    nounish,
    participant_at,
    personish,
    postpositional,
    words_of,
)
from .positions import (
    against_phrase,
    agrees,
    antecedent,
    bare_object,
    bare_subject,
    conjunct_with_subject,
    counted_object,
    headline_passive,
    inverted_subject,
    named_object,
    objects_read_as_subjects,
    participle_passive,
    positional_object,
    positional_subject,
    reduced_passive,
    relative_antecedent,
    speaker_of,
    split_first_position,
)
from .text import SentenceView

__all__ = ["inherit_agents", "participants"]

#: the rules (kroniek.events.rules) that make a speech act of what a quote says: its speaker acts
_SPEECH_RULES = ("deontic(", "violence-in-quote", "weapons+modal-in-quote")


# --------------------------------------------------------------------------- judgements about phrases
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


def _place_modifies_person(view: SentenceView, p: Participant, words: RoleWords) -> bool:
    """Does a place in the phrase only modify the person noun that ends it ("a 38-year-old Tecumseh man")?"""
    last = next((k for k in range(len(view.tokens) - 1, -1, -1) if view.tokens[k].end <= (p.end or 0)), None)
    return last is not None and view.tokens[last].text[:1].islower() and view.tokens[last].pos == "NOUN" \
        and personish(view, last, words) and not is_place(view, view.tokens[last].start, view.tokens[last].end)


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
    if is_place(view, p.start, p.end) and low not in allowed and not (
            low not in words.locative and _place_modifies_person(view, p, words)) and not (
            c.nominal and c.type in words.state_acts and is_country(view, p.start, p.end)):
        if low in words.locative or (view.parsed and before and view.tokens[before[0]].pos == "ADP"):
            return True  # "in Den Haag", "across Kenya"
        cases = _cases_above(view, top)
        if cases and not cases & allowed:
            return True  # "bij de snelweg A12"
        if _in_dateline(view, p, words):
            return True  # "BAMAKO - ...", "TBILISI, Georgia - ..."
    if low in words.locative and not is_place(view, p.start, p.end) and _unknown_name(view, p):
        return True  # "bij een steekpartij op de Korte Heuvel": a street or place the gazetteer does not know
    if low in view.cues.word_set("events_and") and before and _listed_after_a_place_where(view, before[0], words):
        return True  # "In Al Hoceima en Beni Bouayach hielden jongeren sit-ins": the second place of the phrase
    if low in words.according or (len(before) > 1 and view.lowers[before[1]] in words.according
                                   and view.tokens[before[0]].pos in ("ADP", "PART")):
        return True  # "volgens de politie", "according to officials", "aldus de NOS"
    if view.parsed:  # the subject of a reporting verb that is not the trigger: "zei de politie", "police said"
        if top is None or not view.tokens[top].dep.startswith("nsubj"):
            return False
        h = view.tokens[top].head - base
        return 0 <= h < n and h != c.head and h not in c.tokens and (
            view.lowers[h] in words.reporting or view.tokens[h].lemma.lower() in words.reporting) and not (
            _imposed(c) and c.nominal and view.tokens[c.head].head - base in (
                h, *(k for k in view.dependents(h) if view.tokens[k].dep == "conj"))) and not _made(view, c, h)
        # ("announced a curfew", "noemde het geweld onaanvaardbaar en vaardigde een verbod uit": imposes it; "stelt
        # een ultimatum", "stelt eisen": the verb makes the threat or the demand it reports)
    return bool(before) and low in words.reporting  # "zei de politie" without a parse


def _listed_after_a_place_where(view: SentenceView, k: int, words: RoleWords) -> bool:
    """Does a place in a locative phrase end right before token k (a conjunction): "in Al Hoceima en ..."?"""
    place = next((p for p in view.places if p.end <= view.tokens[k].start
                  and not view.doc.text[p.end:view.tokens[k].start].strip()), None)
    if place is None:
        return False
    ahead = _before(view, place.start, view.cues.word_set("events_determiners"))
    return bool(ahead) and view.lowers[ahead[0]] in words.locative


def _unknown_name(view: SentenceView, p: Participant) -> bool:
    """Capitalised words (after an article) that no entity names as a person, organisation or thing, in ordinarily
    cased text: after a locative preposition, a street or place the gazetteer does not know."""
    words = view.doc.text[p.start or 0:p.end or 0].split()
    while words and words[0].lower() in view.cues.word_set("events_determiners"):
        words = words[1:]
    if not words or view.headline or not all(capitalised(w) for w in words):
        return False
    return not any(e.start < (p.end or 0) and (p.start or 0) < e.end and e.label != "LOC" for e in view.entities)


#: how far into its sentence a dateline runs ("GUSAU, Nigeria -")
_DATELINE = 40


def _in_dateline(view: SentenceView, p: Participant, words: RoleWords) -> bool:
    """Is ``p`` in the dateline that opens its sentence: place names and commas, then a dateline mark?"""
    if p.start is None or p.end is None or p.end - view.start > _DATELINE:
        return False
    text = view.doc.text
    head = text[view.start:p.start]
    if any(ch.isalnum() for ch in head) and not head.rstrip().endswith(","):
        return False  # words before it that are not a place and a comma
    rest = text[p.end:view.start + _DATELINE + 2].lstrip()
    if rest.startswith(","):  # "TBILISI, Georgia -": the country after the town
        rest = rest[1:].lstrip()
        k = next((i for i, ch in enumerate(rest) if ch in words.dateline_marks), -1)
        if k < 0 or not all(w[:1].isupper() for w in rest[:k].split()):
            return False
        rest = rest[k:]
    return rest[:1] in words.dateline_marks


# --------------------------------------------------------------------------- participants
def participants(view: SentenceView, c: Candidate) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """(actors, targets) of candidate ``c``."""
    doc = view.doc
    if c.target_span is not None:  # a coordinated copy: its actors are the original's (set by the stage)
        return (), (participant_at(doc, *c.target_span),)
    found = _participants(view, c)
    if c.nominal and not any(found):  # "Three soldiers were killed when ... hit a roadside bomb": the bomb tells the
        for verbal in (f for f in c.folded if not f.nominal):  # mode, the verb folded into it who was hit
            found = _participants(view, verbal)
            if any(found):
                break
    if c.type == "ASSAULT" and c.mode == "crowd-control" and view.parsed \
            and all(_instrument(view, p) for p in found[1]) \
            and (dispersed := _dispersed(view, Tree(view), c)) is not None:
        found = (found[0], (dispersed,))  # "fired tear gas to disperse the protesters": whom it drove apart, not the gas
    return found


def _label_named(view: SentenceView, tree: Tree, parts: Sequence[Participant],
                 words: RoleWords) -> list[Participant]:
    """A free relative that a naming verb labels ("what he called an 'unprovoked attack'", "wat hij een 'laffe
    aanval' noemde") stands for the label; one that names nothing else is no party."""
    labels = view.cues.word_set("events_label_relatives")
    out: list[Participant] = []
    for p in parts:
        if p.text.lower() not in labels:
            out.append(p)
            continue
        k = next((j for j, t in enumerate(view.tokens) if t.start == p.start), None)
        verbs = [j for j in tree.kids[k] if view.tokens[j].dep == "acl:relcl"] if k is not None else []
        named = [j for v in verbs for j in tree.kids[v] if j != k and view.tokens[j].dep in ("obj", "xcomp", "obl")
                 and view.tokens[j].pos in ("NOUN", "PROPN")]
        if named:
            out.append(participant_at(view.doc, *tree.span(named[0], words)))
    return out


#: the types whose event nouns name a happening, never who acts ("de betoging", "the rally"); an attack's nouns
#: may name its weapon ("a drone struck a car", "Russian drones"), which stands for who used it
_HAPPENING_TYPES = frozenset({"PROTEST", "CONSULT"})


def _happening(view: SentenceView, p: Participant) -> bool:
    """Is the phrase's head an event noun of a happening (its type in :data:`_HAPPENING_TYPES`) or a gathering?"""
    if p.start is None or p.end is None or not view.parsed:
        return False
    heads = view.span_heads(p.start, p.end)
    return len(heads) == 1 and _happening_at(view, heads[0])


def _happening_at(view: SentenceView, k: int, types: frozenset[str] | None = _HAPPENING_TYPES) -> bool:
    """Is the noun at k an event noun of a happening (of ``types``; None: of any type) or a gathering?"""
    if view.tokens[k].pos != "NOUN" or names_party(view.lang, view.lowers[k]):
        return False  # "a mob attacked officers", "Eleven strikers refused food": people, though the word names an act
    lexicon = load_lexicon(view.lang)
    words = view.lemmas[k] | {view.lowers[k]}
    return bool(words & view.cues.word_set("events_gatherings")) or any(
        types is None or e.type in types for e in lexicon.nominal_entries(words))


def _blamed(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> Participant | None:
    """The party an act is laid on: "blamed the attack on the rebels", "schreef de aanslag toe aan de NPA" (the
    object an act, the party after the verb's preposition, however the parse hangs it), for the verb and for the act."""
    base = view.tokens[0].i
    if c.nominal:
        act, verb = c.head, view.tokens[c.head].head - base
        if not 0 <= verb < len(view.tokens) or view.tokens[c.head].dep not in ("obj", "nsubj:pass"):
            return None
    else:
        verb = c.head
        act = next((j for j in tree.kids[c.head] if view.tokens[j].dep in ("obj", "nsubj:pass")), -1)
        if act < 0 or not _happening_at(view, act, None):
            return None
    preposition = view.blame_preposition(verb)
    if preposition is None:
        return None
    clause = view.clause_of(act)
    for i in range(act + 1, clause.end):
        head = view.tokens[i].head - base
        if view.lowers[i] == preposition and view.tokens[i].dep == "case" and 0 <= head < len(view.tokens) and \
                view.tokens[head].pos in ("NOUN", "PROPN", "PRON"):
            return participant_at(view.doc, *tree.span(head, words))
    return None


def _participants(view: SentenceView, c: Candidate) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    doc = view.doc
    words = words_of(doc)
    tree = Tree(view) if view.parsed else None  # one parse tree for every rule below
    if tree is not None and not c.nominal and view.told_as_noun(c) and _object_of_support(view, tree, c, words):
        c = dc_replace(c, nominal=True)  # a verb's entry on a noun ("sparked protests"): its roles are a noun's
    actors, targets = _from_parse(view, c, words, tree) if tree is not None else _from_entities(view, c)
    if tree is not None and (invited := _invitation(view, tree, c, words)) is not None:
        actors, targets = invited
    own = {view.tokens[k].start for k in c.tokens} | {c.start}
    times = [(t.start, t.end) for t in view.times]

    def keep(p: Participant, actor: bool) -> bool:
        """Not a word of the trigger expression ("de straat" in "de straat op"), not a date, and a noun phrase."""
        low = p.text.lower()
        if low in view.cues.word_set("events_expletives"):
            k = next((j for j, t in enumerate(view.tokens) if t.start == p.start), None)
            if not (actor and view.parsed and not c.nominal and low not in words.existential and k is not None
                    and view.tokens[k].dep == "nsubj" and view.tokens[c.head].pos == "VERB" and c.type != "PROTEST"):
                return False  # expletive subjects ("het was onrustig", "liep het uit de hand": no protesters);
                # "it had attacked a base" keeps "it"
        if low in view.cues.word_set("reflexive_pronouns"):
            return False  # "blew himself up": the verb's own subject, no second party
        if actor and next(iter(low.split()), "") in view.cues.word_set("events_negators"):
            return False  # "No group has claimed the attack", "Niemand eiste de aanslag op": nobody is named
        if actor and _happening(view, p):
            return False  # "liep een bijeenkomst uit de hand", "the rally turned violent": what happened, no party
        if not actor and low.rsplit(" ", 1)[-1] in view.cues.word_set("events_body_parts") and all(
                w in view.cues.word_set("events_determiners") for w in re.findall(r"\w+", low)[:-1]):
            return False  # "schopten hem tegen het hoofd": where the blow landed, not whom it hit ("a teenage
            # hawker's arm was broken" names whom)
        if p.start is None or p.end is None:
            return True
        if any(p.start <= s < p.end for s in own) or any(a < p.end and p.start < b for a, b in times):
            return False
        if p.end <= c.start and ":" in view.doc.text[p.end:c.start]:
            return False  # "Rellen na derby: relschoppers steken ...", "Police: ...": a topic or a source, no party
        if in_title_tag(view.doc.text, p.start, p.end):
            return False  # "[NWS] Rellen bij ...": the forum's label
        if _dropped(view, c, p, words):
            return False
        inside = [j for j, t in enumerate(view.tokens) if t.start < p.end and p.start < t.end]  # "ME." for "de ME"
        if not actor and c.type in words.given and not any(
                personish(view, j, words) or is_place(view, view.tokens[j].start, view.tokens[j].end) for j in inside):
            return False  # "distributed food to 60,000 displaced people": what is given is no target, whom it goes to is
        return not view.parsed or any(view.tokens[j].pos in ("NOUN", "PROPN", "PRON", "X", "") or view.lowers[j].endswith(
            words.agentive) or country_of_adjective(view.lang, view.lowers[j]) is not None or (view.tokens[j].pos in ("VERB", "ADJ") and j > 0 and view.tokens[j - 1].pos in ("DET", "NUM"))
            or (tree is not None and (nounish(view, tree, j) or adjective_as_noun(view, tree, j))) for j in inside)

    if "headline" in c.flags and c.head > 0 and tree is not None:  # "..., 16 held", "Twee mannen vast": the count or
        actors, targets = (), (participant_at(doc, *tree.span(c.head - 1, words)),)  # the person right before it
    elif headline_passive(view, c, words) and not targets:  # "Veertien klimaatactivisten opgepakt", "Man jailed"
        actors, targets = (), actors
    if tree is not None:  # "condemned what he called an 'unprovoked attack'": what the free relative names
        actors, targets = tuple(_label_named(view, tree, actors, words)), tuple(_label_named(view, tree, targets, words))
    kept_actors, kept_targets = _unique(p for p in actors if keep(p, True)), _unique(p for p in targets if keep(p, False))
    if actors and not kept_actors and tree is not None and not c.nominal and not any(
            t.dep.endswith(":pass") for t in view.tokens):  # every reading of the parse was dropped ("Volgens getuigen
        found = positional_subject(view, c, words, {p.start for p in (*actors, *kept_targets)})  # schoten militairen",
        if found is not None:  # with "getuigen" read as the subject): the subject by position, without the words
            by_position = participant_at(doc, *_beside_trigger(view, c, found, *tree.span(found, words)))  # the
            # misparse hung on it up to the trigger
            kept_actors = [by_position] if keep(by_position, True) else []
    if view.parsed and c.type != "ASSAULT" and (not kept_targets or (c.type == "PROTEST" and not any(
            _names_party(view, p) for p in kept_targets))):  # (an attack's "on"/"upon" is too often a date or a place)
        against = against_phrase(view, c, words)  # "blocked roads ... to protest against cheap imports": what a
        if against is not None and keep(against, False):  # protest is against, not the road it blocks
            kept_targets = [against]
    if kept_actors and any(p.text.lower().startswith(words.reciprocals) for p in kept_targets):
        kept_targets = list(kept_actors)  # "Het leger en de RSF geven elkaar de schuld", "the two sides accuse each
        # other": each side is the other's target, whether the sides are named apart or as one phrase
    if not kept_actors and tree is not None and (accused := _accused(view, tree, c, words)) is not None \
            and keep(accused, True):
        kept_actors = [accused]  # "Drie mannen veroordeeld voor aanslag op moskee": the convicted did it
    if not kept_targets and c.type == "COERCE" and c.mode in words.area_modes and tree is not None:
        area = _restricted_area(view, tree, c, words)  # "een noodbevel voor het centrum", "a curfew in the city":
        if area is not None:  # the place is what is restricted, not only where
            kept_targets = [area]
    if tree is not None and (blamed := _blamed(view, tree, c, words)) is not None and keep(blamed, False):
        if c.type == "ACCUSE" and not c.nominal:  # "blamed the attack on the rebels": the rebels are accused
            kept_targets = [blamed]
        elif c.nominal:  # ... and did the attack, which they did not suffer
            kept_actors = [blamed]
            kept_targets = [p for p in kept_targets if p.start != blamed.start]
    if not kept_targets and c.type in words.provoked and tree is not None:
        kept_targets = [p for p in _provoker(view, tree, c, words) if keep(p, False)]
    if c.type == "REQUEST" and not c.nominal and tree is not None and not c.rule.startswith(_SPEECH_RULES):
        kept_targets = _addressees(view, tree, c, words, kept_targets)
    if c.rule.startswith(CONDITIONAL_THREAT) and tree is not None:
        return _threat_on_condition(view, tree, c, words, tuple(kept_actors), tuple(kept_targets))
    if c.rule.startswith(THREATENED_ACT) and tree is not None and not kept_targets and (
            act := _act_on_condition(view, c)) is not None:  # "Als KLM niet ... komt, leggen we het werk neer,
        # waarschuwt ze": the party the condition asks something of is threatened
        return tuple(kept_actors), tuple(_asked_by_condition(view, tree, dc_replace(c, head=act), words))
    if "patient" in c.flags and not (kept_targets and tree is not None and any(
            view.tokens[j].dep == "obj" for j in tree.kids[c.head])):  # "sneuvelden ruiten", "windows shattered",
        # "Vier mensen raakten gewond, onder wie de barman": without an object, the verb names no doer; whom it
        # befell is its target
        return (), tuple(kept_actors) + tuple(p for p in kept_targets if not any(_overlap(p, a) for a in kept_actors))
    if "undergo" in c.flags or "warning" in c.flags:  # "Those responsible will face the full force of the law,
        speaker = speaker_of(doc, c)  # the minister said"; "Wie geweld gebruikt, pakken we aan, zei hij"
        sanctioned = (kept_actors or kept_targets) if "undergo" in c.flags else kept_targets
        who = view.sanctioned(c.head) if "warning" in c.flags else None
        if who is not None and not any(p.start is not None and p.end is not None
                                       and p.start <= view.tokens[who].start < p.end for p in sanctioned):
            t = view.tokens[who]  # "warned that anyone caught mining in forest reserves would be arrested": whatever
            sanctioned = [participant_at(doc, t.start, t.end)]  # the parse made of the clause, "anyone" is meant
        doer = (speaker,) if speaker is not None else () if "undergo" in c.flags else tuple(kept_actors)
        return doer, tuple(sanctioned)
    speaker = speaker_of(doc, c) if c.rule.startswith(_SPEECH_RULES) else None
    if speaker is not None:  # "Rusland moet dienstplichtigen verbieden", zei X: X asks, Rusland is asked;
        asked = c.rule.startswith(_SPEECH_RULES[0])  # a threat in a quote threatens its object
        return (speaker,), tuple((kept_actors or kept_targets) if asked else (kept_targets or kept_actors))
    return tuple(kept_actors), tuple(kept_targets)


def _invitation(view: SentenceView, tree: Tree, c: Candidate,
                words: RoleWords) -> tuple[tuple[Participant, ...], tuple[Participant, ...]] | None:
    """Talks one is invited to: who invites holds them, whom it invites takes part ("Hij heeft het NRV-bestuur
    uitgenodigd voor een gesprek op het ministerie"), not the place the talks are held."""
    if c.type != "CONSULT" or not c.nominal:
        return None
    verb = tree.head(c.head)
    while verb is not None and view.tokens[verb].pos not in ("VERB", "AUX") and tree.head(verb) not in (None, verb):
        verb = tree.head(verb)
    if verb is None or not view.lemmas[verb] & view.cues.word_set("events_invitation_verbs"):
        return None
    kids = tree.kids[verb]
    subjects = [j for j in kids if view.tokens[j].dep == "nsubj"]
    objects = [j for j in kids if view.tokens[j].dep in ("obj", "nsubj:pass") and j != c.head]
    if not subjects and not objects:
        return None

    def part(j: int) -> Participant:
        return participant_at(view.doc, *tree.span(j, words))
    return tuple(part(j) for j in subjects), tuple(part(j) for j in objects)


def _addressees(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords,
                targets: list[Participant]) -> list[Participant]:
    """Whom a demand is made of: a party its object names ("riep de regering op"), else the subject of the clause
    that says what is demanded ("eisen dat de regering stopt", "demanding that the government raise ..."). What
    is demanded ("demanded compensation", "the immediate restoration of supply") is no party to it."""
    content = view.cues.word_set("events_content_request_verbs")
    parties = [p for p in targets if _names_party(view, p)]
    if not targets:  # "calling for the president to resign": the noun an infinitive of what is asked hangs on
        markers = view.cues.word_set("events_infinitive_markers")
        asked = [j for j in tree.kids[c.head] if view.tokens[j].dep == "obl" and any(
            view.tokens[v].dep in ("acl", "xcomp") and any(view.lowers[m] in markers for m in tree.kids[v])
            for v in tree.kids[j])]
        phrases = [(j, participant_at(view.doc, *tree.span(j, words))) for j in asked]
        parties = [p for j, p in phrases if _asked_party(view, j, p, words)][:1]
    if not view.forms(c.head) & content:
        return parties or targets  # "riep zijn achterban op", "ordered both groups to withdraw": whom it asks
    said = [i for j in tree.kids[c.head] if view.tokens[j].dep == "ccomp" for i in tree.kids[j]
            if view.tokens[i].dep in ("nsubj", "nsubj:pass")]
    phrases = [(i, participant_at(view.doc, *tree.span(i, words))) for i in said]
    # the subject of what is demanded before any name inside it ("eisen dat de regering een vaste minimumprijs van
    # SRD 3.500 garandeert")
    return [p for i, p in phrases if _asked_party(view, i, p, words)][:1] or parties


def _asked_party(view: SentenceView, i: int, p: Participant, words: RoleWords) -> bool:
    """Can the subject at i (its phrase p) of what is demanded be asked to do it: a party, a person by an agent noun
    ("eist dat de kweker het loon uitbetaalt"), or a place for its government ("eist dat Vlaanderen een winterstop
    invoert")?"""
    t = view.tokens[i]
    return _names_party(view, p) or (t.pos != "PRON" and (personish(view, i, words) or (
        t.pos == "PROPN" and is_place(view, t.start, t.end))))


def _threat_on_condition(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords,
                         actors: tuple[Participant, ...],
                         targets: tuple[Participant, ...]) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """An act promised on a condition ("we leggen het werk neer als de regering niet ...", "it would occupy the beach
    if the Government did not revoke ..."): who says so threatens (the speaker, else the act's doer), and the party
    the condition asks something of is threatened, not what the act would hit."""
    speaker = speaker_of(view.doc, c)
    parties = _asked_by_condition(view, tree, c, words)
    up = tree.head(c.head) if speaker is None and not actors and c.nominal else None
    if up is not None:  # "The council has announced a 72-hour hartal if ...": who announces the act threatens it
        actors = tuple(participant_at(view.doc, *tree.span(j, words)) for j in tree.kids[up]
                       if view.tokens[j].dep == "nsubj")[:1]
    return ((speaker,) if speaker is not None else actors), (tuple(parties) if parties else targets)


def _asked_by_condition(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> list[Participant]:
    """The subjects of the conditions the act at ``c`` is the consequent of, the parties among them first ("als de
    regering niet toegeeft", "als de politiek niet ...": whoever is asked)."""
    base = view.tokens[0].i
    asked = [j for cond in conditions(view, c) if 0 <= cond - base < len(view.tokens)
             for j in tree.kids[cond - base] if view.tokens[j].dep in ("nsubj", "nsubj:pass")]
    named = [participant_at(view.doc, *tree.span(j, words)) for j in asked if view.tokens[j].pos in ("NOUN", "PROPN")]
    return [p for p in named if _names_party(view, p)] or named


def _act_on_condition(view: SentenceView, c: Candidate) -> int | None:
    """The verb of the act a threat verb reports or governs (its reporting clause's verb, "leggen we het werk neer,
    dreigen ze"; its complement, "dreigen ... te bezetten") when that act is the consequent of a condition."""
    if not view.parsed:
        return None
    t = view.tokens[c.head]
    up = t.head - view.tokens[0].i
    verbs = ([up] if t.dep.startswith("parataxis") and 0 <= up < len(view.tokens) else []) + [
        j for j in view.dependents(c.head) if view.tokens[j].dep in ("xcomp", "ccomp")]
    return next((v for v in verbs if conditions(view, dc_replace(c, head=v))), None)


def _names_party(view: SentenceView, p: Participant) -> bool:
    """Does the phrase name a person, group or body (a word of the actor tables, a person or organisation name)?"""
    if any(names_party(view.lang, w) for w in re.findall(r"\w+", p.text.lower())):
        return True
    return p.start is not None and p.end is not None and any(
        e.start < p.end and p.start < e.end and e.label in ("PER", "ORG") for e in view.entities)


def _unique(found: object) -> list[Participant]:
    out: list[Participant] = []
    for p in found:  # type: ignore[attr-defined]
        # (a phrase with no word names no one: a separator "·" the parse gave a role)
        if not any(q.start == p.start and q.end == p.end for q in out) and any(ch.isalnum() for ch in p.text):
            out.append(p)
    return out[:3]


def _from_parse(view: SentenceView, c: Candidate, words: RoleWords,
                tree: Tree) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    doc = view.doc
    cues = view.cues
    head = view.tokens[c.head]

    def part(j: int) -> Participant:
        t = view.tokens[j]
        if view.in_time(t.start):  # "16:00 - Thousands of ...": the time stamp
            j = next((i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] in ("appos", "flat", "nmod")
                      and nounish(view, tree, i)), j)  # of a live blog read as the subject
        if view.lowers[j] in words.relative and view.tokens[j].pos in ("PRON", "DET") and j > 0:
            k = antecedent(view, j, words)  # "De twee mannen, die ... werden aangehouden": the noun it stands for
            if nounish(view, tree, k):
                j = k
        if t.pos == "VERB" and t.dep.startswith("nsubj"):  # "Wie zich misdraagt, wordt opgepakt": a headless
            inside = [i for i in view.subtree(j) if view.tokens[i].pos != "PUNCT"]  # relative clause is the subject
            return participant_at(doc, view.tokens[inside[0]].start, view.tokens[inside[-1]].end)
        a, b = tree.span(j, words)
        if not c.nominal and view.tokens[j].dep.split(":")[0] in ("obj", "iobj", "nsubj"):
            b = _beside_trigger(view, c, j, a, b)[1]  # "set two cars alight": an argument's phrase grown over open
            # compounds stops at the trigger's own word after it (a modifier of the trigger, "knife attack", is none)
        return participant_at(doc, a, b)

    patient = reduced_passive(view, tree, c, words)
    if patient is not None and _throws(view, view.lemmas[c.head]) and not personish(view, patient, words):
        patient = None  # "Petrol bombs thrown at riot police": what was thrown, aimed at whom the phrase names
    if patient is not None:  # "villagers killed in the raid (by gunmen)": the noun it hangs from is its target
        agents = [part(j) for j in tree.kids[c.head] if view.tokens[j].dep == "obl:agent" or (
            view.tokens[j].dep.split(":")[0] in ("obl", "nmod") and tree.case(j) & words.agent_prepositions)]
        whole = part(patient)  # the noun phrase up to the participle, without its own words
        last = max(j for j in range(patient, c.head) if view.tokens[j].end <= min(whole.end or 0, view.tokens[c.head].start))
        return tuple(agents[:3]), (participant_at(doc, whole.start or 0, view.tokens[last].end),)
    if not c.nominal and (h := _verb_read_as_modifier(view, tree, c, words)) is not None:
        # "Army warplanes later bombed RSF positions", "... and blamed army artillery for the deaths": the verb the
        # parse made a modifier of its object; the subject by position, the object from the word after the verb
        end = tree.span(h, words)[1]
        target = participant_at(doc, view.tokens[c.head + 1].start, end)
        subject = positional_subject(view, c, words, {target.start})
        return (() if subject is None else (part(subject),)), (target,)
    actors: list[Participant] = []
    targets: list[Participant] = []
    verb = c.head
    support = False
    if c.nominal:
        actors, targets = _nominal_roles(view, tree, c, words)
        up = tree.head(c.head)
        if c.type == "ASSAULT" and not (actors and targets) and up is not None and tree.case(c.head) and (
                _casualty(view, up) or any(
                _casualty(view, j) for j in tree.kids[up] if view.tokens[j].dep in _PREDICATE_DEPS)):
            victims = [part(j) for j in tree.kids[up] if view.tokens[j].dep.startswith("nsubj")]
            if not victims and view.tokens[up].pos in ("NOUN", "PROPN") and up < c.head and any(
                    j < c.head and _casualty(view, j) for j in tree.kids[up]):
                victims = [participant_at(doc, view.tokens[up].start, view.tokens[up].end)]  # the headline's noun the
                # casualty word hangs from, as a verbless clause: "Man zwaargewond bij steekpartij" read as a phrase
            if victims:  # "Man zwaargewond bij steekpartij", "two men were injured in a stabbing": who was hurt,
                return tuple(actors[:3]), tuple(victims[:3])  # by whom the noun says ("bij Russische beschietingen")
        if not actors and tree.case(c.head) & words.state:
            actors = [part(j) for j in _state_holders(view, tree, c)]
        claimer = _claimer(view, tree, c, words)
        if claimer is not None and not actors:  # "IS eiste de aanslag op", "claimed responsibility for the attack"
            actors = [part(claimer)]
        if up is not None and (head.dep in ("obj", "nsubj", "nsubj:pass", "xcomp") or (
                head.dep.startswith("obl") and tree.case(c.head) & words.predicate)) \
                and view.tokens[up].pos in ("VERB", "AUX") and _support(view, up, words):
            verb, support = up, True  # a support verb ("hielden een demonstratie", "braken rellen uit"), not any
            # verb the noun is an argument of ("verbood de demonstratie": the mayor did not demonstrate)
            if actors and all(_possessive_pronoun(view, p) for p in actors) and any(
                    view.tokens[j].dep == "nsubj" and j != c.head for j in tree.kids[up]):
                actors = []  # "De synode sprak haar steun uit": the support verb's subject names whom "haar" means
        elif not actors and up is not None and head.dep.startswith("obl") and tree.case(c.head) & words.instrument \
                and view.tokens[up].pos == "VERB" and not any(view.tokens[j].dep.endswith(":pass") for j in tree.kids[up]):
            def subjects(verb: int) -> list[Participant]:
                return [part(j) for j in tree.kids[verb] if view.tokens[j].dep == "nsubj"
                        and view.lowers[j] not in words.relative]

            actors = subjects(up)  # "met de mobilisatie bracht Poetin ...", "responded with"
            control = tree.head(up) if view.tokens[up].dep == "xcomp" else None
            if not actors and control is not None:  # "De UNDMO probeert de weg vrij te maken met traangas": the
                actors = subjects(control)  # subject of the verb that controls the infinitive
            noun = tree.head(up)
            pronoun = next((j for j in tree.kids[up] if view.tokens[j].dep == "nsubj" and view.lowers[j] in words.relative),
                           None)
            if not actors and noun is not None and view.tokens[up].dep.startswith("acl") and pronoun is not None:
                # "the officers, who responded with tear gas"; not a noun the pronoun cannot stand for
                actors = [part(noun if agrees(view, pronoun, noun, words) else pronoun)]
            return tuple(actors[:3]), tuple(targets[:3])
        elif actors or targets:
            return tuple(actors[:3]), tuple(targets[:3])
        elif head.dep in ("obj", "nsubj", "nsubj:pass") and up is not None:
            return (), ()  # the argument of a verb that says nothing of who did it ("verbood de demonstratie")
        elif not (head.dep in ("amod", "compound") and up is not None):
            return _from_entities(view, c)
    elif head.dep in ("amod", "compound") and tree.head(c.head) is not None:
        verb = tree.head(c.head)  # type: ignore[assignment]
    kids = [(j, view.tokens[j]) for j in tree.kids[verb] if (j != c.head or not c.nominal)
            and (c.nominal or j not in c.tokens)]  # "gingen ... de straat op": the expression's words play no role
    if not c.nominal:  # ... but the object the parse hung from one of them is the expression's ("namen twintig
        kids += [(i, view.tokens[i]) for k in c.tokens if k != verb for i in tree.kids[k]  # dorpelingen gevangen"
                 if view.tokens[i].dep in ("obj", "iobj", "aux:pass") and i not in c.tokens and i not in tree.kids[verb]]
        if any(t.dep == "aux:pass" and j not in tree.kids[verb] for j, t in kids):
            # its passive auxiliary too ("were set alight", parsed with "alight" as the head): the subject is the patient
            kids = [(j, _with_dep(t, "nsubj:pass") if t.dep == "nsubj" else t) for j, t in kids]
    kids += [(i, view.tokens[i]) for i in tree.auxiliary_subjects(verb)]  # "Wij hebben de weg geblokkeerd"
    first = tree.head(verb)
    if view.tokens[verb].dep == "conj" and first is not None and first < verb and \
            "VerbForm=Part" in view.tokens[verb].morph and not any(
            t.dep.startswith(("nsubj", "aux")) for _, t in kids):  # "was chased and beaten": the conjunct shares
        kids += [(i, view.tokens[i]) for i in tree.kids[first]  # its head's passive subject and auxiliary
                 if view.tokens[i].dep in ("nsubj:pass", "aux:pass") and i < first]
    kids += [(i, view.tokens[i]) for j, t in list(kids) if t.dep == "xcomp" and t.pos == "ADJ" for i in tree.kids[j]
             if view.tokens[i].dep.split(":")[0] in ("obl", "nmod") and tree.case(i) & words.agent_prepositions]
    # ("were shot dead by security forces": the parse hangs the agent from the secondary predicate)
    said_verb = {view.tokens[verb].lemma.lower(), view.lowers[verb]} | ({c.lemma} if verb == c.head else set())
    intransitive = bool(said_verb & words.intransitive) or (c.mode in words.intransitive_modes and len(c.tokens) > 1)
    # (the lexicon's lemma: the parser's may be "fl" for "fled"; an expression's verb, "op de vlucht geslagen", is
    # no beating, while "have been displaced" is a passive)
    if intransitive:  # "zijn mannen gevlucht": no passive
        kids = [(j, _with_dep(t, t.dep.removesuffix(":pass")) if t.dep in ("aux:pass", "nsubj:pass") else t) for j, t in kids]
    clause = view.clause_of(verb)
    if not any(t.dep == "nsubj" for _, t in kids) and not any(
            view.lowers[j] in cues.word_set("passive_auxiliaries") for j in range(clause.start, clause.end)):
        # no passive auxiliary in the clause, only a perfect's ("Toen had het leger president Kaboré afgezet"):
        # the one passive subject the parse gave is the active one
        kids = [(j, _with_dep(t, "nsubj") if t.dep == "nsubj:pass" else t) for j, t in kids]
    passive = any(t.dep in ("aux:pass", "nsubj:pass") for _, t in kids)
    if any(t.dep == "aux:pass" for _, t in kids):  # a subject hung from the passive auxiliary ("werd hij ...
        of_aux = set(tree.auxiliary_subjects(verb))  # geslagen") is the patient, and so is any subject of a
        if any(t.dep == "obl:agent" for _, t in kids):  # passive that names its agent ("Vijf mannen zijn door de
            of_aux |= {j for j, t in kids if t.dep == "nsubj"}  # rechtbank veroordeeld")
        kids = [(j, _with_dep(t, "nsubj:pass") if j in of_aux and t.dep == "nsubj" else t) for j, t in kids]
    if not passive and participle_passive(view, c, tree, verb):  # the parse missed the passive: its subject
        passive = True
        kids = [(j, _with_dep(t, "nsubj:pass") if t.dep == "nsubj" else t) for j, t in kids]
    if not passive:  # a second "subject" is the verb's object
        read = objects_read_as_subjects(view, tree, verb)
        kids = [(j, _with_dep(t, "obj") if j in read else t) for j, t in kids]
    for j, t in list(kids):  # coordinated subjects and objects: "Rusland en Oekraïne hebben ... gesloten"
        if t.dep in ("nsubj", "nsubj:pass", "obj"):
            kids += [(i, _with_dep(view.tokens[i], t.dep)) for i in tree.kids[j]
                     if view.tokens[i].dep == "conj" and view.tokens[i].pos in ("NOUN", "PROPN", "PRON")]
    kids = [(j, _with_dep(t, "obj") if t.dep == "nsubj" and _reciprocal(view, j, words) else t) for j, t in kids]
    cut = split_first_position(view, tree, verb) | _said_of_the_conjunct_before(view, kids)
    # the phrase after the trigger's own preposition hangs from a word of the trigger ("afstand van de gooiers")
    kids += [(i, view.tokens[i]) for k in c.tokens if k != verb and 0 <= k < len(view.tokens) for i in tree.kids[k]
             if view.tokens[i].dep.split(":")[0] == "nmod" and (i, view.tokens[i]) not in kids
             and _after_own_preposition(view, tree, c, i)]
    kids.sort(key=lambda x: x[0])
    kids = [(j, t) for j, t in kids if j not in cut]
    kids = [(j, t) for j, t in kids if not (t.dep in ("nsubj", "nsubj:pass", "obj") and postpositional(
        view, tree, j, words, None if c.nominal else c.head))]  # "de grens over gevlucht": where, not who
    aims = words.type_targets.get(c.type, frozenset())
    aimed: list[int] = []
    # (an active verb with an object takes no agent phrase: "dragging a woman by her arms" is how, not who)
    # ("spreekt van buitensporig geweld door de politie": the "door" phrase is the blamed act's, not the speaker's)
    agent_phrases = passive or c.nominal or not any(x.dep in ("obj", "obl:arg") for _, x in kids)
    for j, t in kids:
        case = tree.case(j)
        way = _the_way(view, c, j, case, words)  # "trokken door Nouméa", "door de binnenstad getrokken"
        by_phrase = agent_phrases and t.dep.split(":")[0] in ("obl", "nmod") and bool(case & words.agent_prepositions)
        if t.dep == "nsubj" or ((t.dep == "obl:agent" or by_phrase) and not _means(view, tree, j) and not way) or (t.dep == "nmod:poss" and not c.nominal and t.pos == "PRON" and j < verb):
            # (a verb has no possessor: "Zij eisen dat ..." read as "their demands" gives the verb's subject)
            if support and (actors or (said_verb & words.reporting and not _imposed(c) and not _made(view, c, verb))
                            or (  # (a support verb is
                    said_verb & words.place_support and is_place(view, t.start, t.end))):  # not the trigger)
                continue  # the noun's own actor first; "Menaka has seen repeated attacks": the place where, not who
            if t.dep == "nsubj" and view.lowers[j] in words.relative and view.tokens[verb].dep.startswith("acl"):
                noun = tree.head(verb)  # "jongeren die ... gooiden" (a noun the pronoun cannot stand for, none)
                j = _or(noun if noun is not None and agrees(view, j, noun, words) else None, j)
            if t.dep == "nsubj" and _in_dateline(view, part(j), words):  # "TBILISI, Georgia - Thousands of people
                actors += [part(i) for i in tree.kids[j] if view.tokens[i].dep == "appos"]  # took to the streets"
                continue
            if t.dep == "nsubj" and opens_dateline(doc.text, t.start, t.end):
                continue  # "KYIV, Feb 15 (Reuters) - Russia launched ...": the dateline's place, read as a subject
            if support and t.dep == "nsubj" and said_verb & words.receiving:
                targets.append(part(j))  # "Predikant Bosman ontving dreigberichten", "the mayor received threats"
                continue
            actors.append(part(j))
        elif support and said_verb & words.receiving and t.dep.split(":")[0] in ("obl", "nmod") and \
                case & words.receiving_sources and not actors:
            actors.append(part(j))  # "drew condemnation from Amnesty", "oogstte kritiek van de oppositie"
        elif t.dep == "nsubj:pass" or (t.dep in ("obj", "iobj") and j != c.head) or (
                c.nominal and t.dep == "nmod" and case & cues.word_set("events_target_prepositions")):
            targets.append(part(j))
        elif c.nominal and t.dep in ("nmod:poss",) and not actors:
            actors.append(part(j))
        elif c.type == "ACCUSE" and not passive and not c.nominal and t.dep.split(":")[0] in ("obl", "nmod") \
                and case & words.agent_prepositions and not _means(view, tree, j):
            targets.append(part(j))  # the doer of the act an accusation names ("geweld door de politie")
        elif t.dep.split(":")[0] in ("obl", "nmod") and case & words.between:  # "clashed between X and Y"
            actors += [part(j)] + [part(i) for i in tree.kids[j] if view.tokens[i].dep == "conj"]
        elif t.dep.split(":")[0] in ("obl", "nmod") and _after_own_preposition(view, tree, c, j):
            targets.append(part(j))  # "distanced itself from the throwers"
        elif t.dep.split(":")[0] in ("obl", "nmod") and case & aims:
            aimed.append(j)
    projectile = _throws(view, said_verb)  # "gooide mest naar een politiebus"
    # protest nouns the verb acts on ("broke up a sit-in against a tripling of fees"): what the protest is against,
    # hung from the noun or (right after it) from the verb, is no aim of the force used on it
    happenings = {j: t.dep for j, t in kids if t.dep in ("obj", "xcomp") and j != c.head and j not in c.tokens
                  and _happening_at(view, j)}
    for j, t in kids:  # the aim of a thrown or fired thing: "vuurwerk naar agenten", "tear gas at protesters", also
        # past a measure of it: "a bucket of red paint at the officers"; whom a demand is made of ("eisten meer
        # bescherming van de regering"); of another act only its own noun's ("diende een klacht in tegen de
        # politie"): "veroordeelt het geweld tegen de agent" condemns the violence
        if t.dep in ("obj", "xcomp") and (c.type in ("ASSAULT", "REQUEST") or projectile or j == c.head or j in c.tokens) \
                and j not in happenings:
            things = [j] + [i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] == "nmod" and not tree.case(i) & aims]
            aimed += [i for x in things for i in tree.kids[x]
                      if view.tokens[i].dep.split(":")[0] == "nmod" and tree.case(i) & aims]
    ends = [tree.phrase(o)[1] for o, dep in happenings.items() if dep == "obj"]
    if ends:  # "sloeg een betoging tegen de nieuwe wet uiteen", the phrase hung from the verb
        aimed = [j for j in aimed if not any(end < (lo := tree.phrase(j)[0]) and all(
            view.tokens[i].pos == "ADP" for i in range(end + 1, lo)) for end in ends)]
    inside = any(view.tokens[j].dep == "obj" and j in c.tokens for j in tree.kids[verb])  # "set fire to"
    aimed = [j for j in aimed if (inside or projectile or not (tree.case(j) & words.locative) or personish(view, j, words))
             and not view.in_time(view.tokens[j].start)  # "on Sunday" aims at nobody, "tegen het hoofd" at a body
             and view.lowers[j] not in cues.word_set("events_body_parts")]  # part of whom the object names
    if aimed and (support or not c.nominal):
        objects = [j for j, t in kids if t.dep in ("obj", "iobj", "nsubj:pass") and j != c.head]
        if (c.type == "REQUEST" or not any(personish(view, j, words) for j in objects)) \
                and (c.mode != "destroy" or inside) \
                and (c.type in ("ASSAULT", "REQUEST", "AID") or projectile or not objects):  # a thrown or fired thing
            targets = [part(j) for j in aimed]  # is no target, nor a thing demanded (people too: "eist van de regering
            # honderd extra speurders") or given ("distributed food to 60,000 displaced people"); a thing destroyed
            # is ("op de N33 een hooibaal in brand gestoken", but not what "set fire to" names); a thing condemned is
    if not actors and not passive and not c.nominal:
        bare = bare_subject(view, tree, c, verb, words)
        if bare is not None:  # "Honderden jongeren gooiden ..." read as an oblique
            actors = [part(bare)]
    if not passive and not c.nominal and all(view.in_time(a.start or 0) for a in actors):
        inverted = inverted_subject(view, tree, c, verb)
        if inverted is not None:  # "Zondag betoogden duizenden mensen", the subject read as an object
            actors = [part(inverted)]
            targets = [p for p in targets if p.start != actors[0].start]
    objects = [j for j in tree.kids[verb] if view.tokens[j].dep == "obj" and j > verb]
    # "gingen ... de straat op": the expression has its object; so has a support verb whose object is the trigger
    # ("zette de politie traangas in")
    own_object = any(j in c.tokens or (support and j == c.head) for j in objects)
    objects = [j for j in objects if j not in c.tokens and j != c.head]
    timed = [a for a in actors if view.in_time(a.start or 0)]
    if cues.facts["verb_second"] and not passive and len(timed) == len(actors) and objects and (own_object or (
            len(objects) > 1 and all(view.tokens[i].pos in ("DET", "PRON", "ADJ", "NUM", "ADV")
                                     or view.in_time(view.tokens[i].start) for i in range(verb + 1, objects[0])))):
        # "ontvoerden haar strijders elf ...": the first of two objects is the subject; an expression that has its
        # own object ("gingen in Tbilisi duizenden mensen de straat op") takes no other: that one is the subject
        actors = [part(objects[0])]
        targets = [part(j) for j in objects[1:]] + [p for p in targets if support and p.start != actors[0].start]
    if not targets and not passive and not c.nominal and c.type in words.complement_target_types:
        # "threatened to ban PTI", "warned that anyone who joined would be prosecuted": whom the act is aimed at
        targets = [part(i) for j in tree.kids[verb] for i in tree.kids[j]
                   if (view.tokens[j].dep, view.tokens[i].dep) in (("xcomp", "obj"), ("ccomp", "nsubj:pass")) or (
                       # (the parse's other reading), and the subject of a verb that undergoes ("anyone ... would
                       # face charges")
                       view.tokens[j].dep == "ccomp" and view.tokens[i].dep == "nsubj" and (
                           any(view.tokens[x].dep == "aux:pass" for x in tree.kids[j])
                           or view.tokens[j].lemma.lower() in words.undergoing))][:1]
        if not targets:  # "anyone taking part ... would face charges": the subject of the clause that is the subject
            targets = [part(x) for j in tree.kids[verb] if view.tokens[j].dep == "ccomp"
                       and view.tokens[j].lemma.lower() in words.undergoing
                       for i in tree.kids[j] if view.tokens[i].dep == "csubj"
                       for x in tree.kids[i] if view.tokens[x].dep == "nsubj"][:1]
    if not targets and not passive and not c.nominal:
        bare = bare_object(view, tree, c, verb, words, {a.start for a in actors})
        if bare is not None:
            targets = [part(bare)]
        else:  # a name or a count of people after the verb that the parse hung elsewhere
            named = named_object(view, c, {a.start for a in actors}) or counted_object(view, c)
            targets = [named] if named is not None else []
    if not actors and not passive and not c.nominal:
        found = relative_antecedent(view, tree, c, words)
        if found is not None:  # "jongeren die vuurwerk naar agenten gooiden" however the parse hangs it
            actors = [part(found)]
    if not actors and not passive and view.tokens[verb].dep in ("xcomp", "conj", "advcl") and (
            view.tokens[verb].dep != "advcl" or tree.case(verb) & cues.word_set("events_infinitive_markers")
            or any(view.lowers[i] in cues.word_set("events_infinitive_markers") for i in tree.kids[verb])
            or (not tree.case(verb) and ("VerbForm=Ger" in view.tokens[verb].morph or (
                view.cues.facts["participial_toll"] and view.lowers[verb].endswith(cues.facts["participial_suffix"]))))):
        # (also a participle adjunct: "a mob attacked embassies, accusing foreign governments of ...")
        up = tree.head(verb)
        controller = [j for j in tree.kids[up] if view.tokens[j].dep == "obj" and j < verb] \
            if up is not None and view.tokens[verb].dep == "xcomp" and view.lowers[up] in words.causative else []
        if controller:  # "prompting the forces to use tear gas": the object of what set the act off does it, and
            # force used is used on those whose act set it off ("demonstrators set fire to the gate, prompting ...")
            actors, cause = [part(controller[0])], tree.head(up) if up is not None else None
            if not targets and c.type in ("ASSAULT", "COERCE") and cause is not None:
                targets = [part(j) for j in tree.kids[cause] if view.tokens[j].dep == "nsubj"][:1]
            up = None
        up = conjunct_with_subject(view, tree, verb) if view.tokens[verb].dep == "conj" else up
        for _ in range(3):  # "Police launched an operation to clear ..., firing tear gas": up to the clause with one
            if up is None or any(view.tokens[j].dep == "nsubj" for j in tree.kids[up]) or \
                    view.tokens[up].dep not in ("acl", "xcomp", "advcl", "obj"):
                break
            up = tree.head(up)
        if up is not None and view.tokens[verb].dep == "conj" and "VerbForm=Fin" in view.tokens[verb].morph \
                and up == tree.head(verb) and up < verb \
                and view.tokens[up].pos in _NOMINAL and not any(view.tokens[j].dep == "nsubj" for j in tree.kids[up]):
            # a finite verb read as a conjunct of its own subject: "Verbeek en De Groot beschuldigden elkaar" with
            # the verb as a third conjunct of "Verbeek" (not a gerund beside a noun: "carjacking and shooting")
            actors += [part(up)] + [part(j) for j in tree.kids[up] if view.tokens[j].dep == "conj" and j < verb
                                    and view.tokens[j].pos in _NOMINAL]
        elif up is not None and view.tokens[verb].dep == "xcomp" and (view.tokens[verb].pos == "ADJ" or (
                "VerbForm=Part" in view.tokens[verb].morph and "Tense=Pres" not in view.tokens[verb].morph)):
            targets += [part(j) for j in tree.kids[up] if view.tokens[j].dep == "nsubj"]  # a state: "Schools will
            # stay shut", "het station bleef gesloten": what is shut, not who shut it
        elif up is not None:
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
            # "reed met zijn SUV door een stakingspost": the people driven through, not an agent of a passive
            actors = [a for a in actors if all(a.start != t.start for t in targets)]
    participle = "VerbForm=Ger" in view.tokens[verb].morph or "Tense=Pres|VerbForm=Part" in view.tokens[verb].morph
    reported = _reported_clause(view, tree, verb, words)
    active = intransitive or participle or reported
    # the noun a present participle modifies does it ("with both sides accusing each other", "supporters protesting
    # against the result"), and so does that of an intransitive verb read as a reduced relative ("thousands of
    # people protested"); a noun that names no party ("a motion demanding a review") only when nothing else does
    # (also a support verb's: "people staging a sit-in")
    modified = tree.head(verb) if not actors and (not c.nominal or support) and active \
        and view.tokens[verb].dep == "acl" else None
    if modified is not None and not (modified < verb and nounish(view, tree, modified)):
        modified = None
    if modified is not None and (view.names_party(modified) and participle or reported):
        actors = [part(modified)]
    if not (targets if passive else actors) and not c.nominal:
        found = positional_subject(view, c, words, {p.start for p in (*actors, *targets)})
        if found is not None:  # "De verdachte stak een bewaker neer" parsed as a noun phrase; the passive's
            if passive:  # subject the parse missed ("werden boven de regio 18 drones neergehaald")
                targets = [part(found)]
            else:
                actors = [part(found)]
    if modified is not None and not actors:
        actors = [part(modified)]
    if not targets and not passive and not c.nominal and any((a.start or 0) < c.start for a in actors) and \
            (behind := positional_object(view, tree, c, {a.start for a in actors})) is not None:
        targets = [part(behind)]  # a verb tagged as a noun, or one the parse gave no object, its subject before it:
        # the phrase right after it
    if not targets and not passive and not c.nominal and (shared := _shared_object(view, tree, verb)) is not None:
        targets = [part(shared)]  # "Gunmen abducted and killed three villagers": the object both verbs share
    reflexive = view.cues.word_set("reflexive_pronouns")
    if not any(p.text.lower() not in reflexive for p in targets) and not passive and not c.nominal and \
            (toll := _participial_toll(view, tree, verb)) is not None:
        targets = [part(toll)]  # "opened fire on Friday, killing three people", "blew himself up, wounding eleven"
    for j, t in kids:  # "hebben hun samenwerking met het land opgeschort", "cut ties with Kyiv": the tie's other party
        partner = [i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] == "nmod" and tree.case(i) & words.partner]
        if t.dep == "obj" and partner and (view.lemmas[j] | {view.lowers[j]}) & words.ties:
            tie = part(j)
            targets = [part(partner[0]) if p == tie else p for p in targets]
    if not actors and not targets:
        return _from_entities(view, c)
    # a phrase is who acted or who it was done to, not both (a reader of the object may find the subject the parse
    # called one, with or without its first word: "ruim tweeduizend mensen")
    targets = [t for t in targets if not any(_overlap(t, a) for a in actors)]
    if not c.nominal and projectile:  # "firing tear gas and rubber
        # bullets"; "Petrol bombs thrown at riot police": the thing in the passive, or the one the participle modifies
        held = [j for j, t in kids if t.dep in ("obj", "nsubj:pass")]
        if view.tokens[verb].dep == "acl" and (up := tree.head(verb)) is not None and up < verb:
            held.append(up)
        thrown = {part(j).start for j in held if not personish(view, j, words)}
        targets = [t for t in targets if t.start not in thrown]  # with nobody it was fired at: no target
        actors = [a for a in actors if a.start not in thrown]  # (nor does a thing throw)
    return tuple(actors[:3]), tuple(targets[:3])


def _reported_clause(view: SentenceView, tree: Tree, verb: int, words: RoleWords) -> bool:
    """Is the verb a reported clause the parse read as a reduced relative on the reporting verb's object ("The
    source said demonstrators hurled stones")? A verb with an object of its own right after that noun tells what
    the noun did, not what was done to it."""
    up = tree.head(verb)
    if view.tokens[verb].dep != "acl" or up is None or up + 1 != verb or view.tokens[up].dep != "obj":
        return False
    said = tree.head(up)
    return said is not None and bool({view.lowers[said], view.tokens[said].lemma.lower()} & words.reporting) and \
        any(view.tokens[j].dep == "obj" for j in tree.kids[verb])


def _throws(view: SentenceView, words: set[str] | frozenset[str]) -> bool:
    """Is a verb with these forms one of throwing or firing (``events_projectile_verbs``): what it holds is a thing,
    and whom it was aimed at its phrase names."""
    return bool(words & view.cues.word_set("events_projectile_verbs"))


def _nominal_roles(view: SentenceView, tree: Tree, c: Candidate,
                   words: RoleWords) -> tuple[list[Participant], list[Participant]]:
    """The noun's own actor and target: "de aanslag van de verzetsgroep", "the attack by the militia" (see module)."""
    actors: list[Participant] = []
    targets: list[Participant] = []
    aims = view.cues.word_set("events_target_prepositions") | (
        words.type_targets.get(c.type, frozenset()) - words.locative)
    for j in tree.kids[c.head] + _extraposed(view, tree, c) + _stranded(view, tree, c, words, aims):
        t = view.tokens[j]
        if j not in c.tokens and t.dep.split(":")[0] in ("amod", "compound") and t.dep != "compound:prt" \
                and view.lowers[j].endswith(words.agentive):
            actors.append(participant_at(view.doc, t.start, t.end))  # "a military airstrike", "een politie-inval"
            continue
        if j in c.tokens or t.dep.split(":")[0] not in ("nmod", "obl", "acl") and t.dep != "nmod:poss":
            continue
        case = tree.case(j)
        span = tree.span(j, words)
        if _the_way(view, c, j, case, words):
            continue  # "een mars door Atbara", "door de binnenstad": the way it went, not who marched
        if (t.dep == "nmod:poss" or case & (words.agent_prepositions | words.between)) and not _means(view, tree, j):
            # ("clashes between X and Y"; not "by force")
            actors.append(participant_at(view.doc, *span))
            if case & words.between:
                actors += [participant_at(view.doc, *tree.span(i, words)) for i in tree.kids[j]
                           if view.tokens[i].dep == "conj"]
        elif case & words.of_prepositions:
            aimed = [i for i in tree.kids[j] if view.tokens[i].dep.split(":")[0] == "nmod" and tree.case(i) & aims]
            if c.type not in words.patient_of_types and (agentive(view, j, words) or (
                    aimed and names_acting_group(view.lang, view.lowers[j])) or _marchers(view, c, span, words)):
                # "aanvallen van de luchtmacht op markten": with an "op" phrase after it, an armed force of the agent
                # table acted ("de mishandeling van de agent" alone: the officer may be the one beaten), and the
                # "op" phrase the parse hung from it is the attack's target
                actors.append(participant_at(view.doc, *span))
                targets += [participant_at(view.doc, *tree.span(i, words)) for i in aimed]
            else:
                targets.append(participant_at(view.doc, *span))
        elif c.type in words.state_acts and case & words.locative and is_country(view, t.start, t.end):
            actors.append(participant_at(view.doc, *span))  # "de mobilisatie in Rusland": Russia mobilises
        elif case & aims:
            targets.append(participant_at(view.doc, *span))
    if not actors:  # "de Israëlische aanvallen op Gaza", "Russian shelling": the country a nationality adjective names
        actors = [participant_at(view.doc, view.tokens[j].start, view.tokens[j].end) for j in tree.kids[c.head]
                  if j < c.head and view.tokens[j].dep.split(":")[0] == "amod"
                  and country_of_adjective(view.lang, view.lowers[j]) is not None][:1]
    return actors, targets


def _the_way(view: SentenceView, c: Candidate, j: int, case: set[str], words: RoleWords) -> bool:
    """Does token j, after an agent preposition of a protest ("door", "by"), name the ground the march covered, not
    who marched ("trokken door Nouméa", "door de binnenstad": a place or an ``events_route_nouns`` noun)?"""
    t = view.tokens[j]
    return c.type == "PROTEST" and bool(case & words.agent_prepositions) and (
        is_place(view, t.start, t.end) or view.lowers[j].endswith(words.routes))


def _marchers(view: SentenceView, c: Candidate, span: tuple[int, int], words: RoleWords) -> bool:
    """Does the "of" phrase of a protest noun name people ("een betoging van honderden boeren", "a rally of around
    3,000 drivers")? Then they protest; it is nobody's target."""
    return c.type == "PROTEST" and any(span[0] <= t.start < span[1] and t.pos in ("NOUN", "PROPN")
                                       and personish(view, k, words) for k, t in enumerate(view.tokens))


def _state_holders(view: SentenceView, tree: Tree, c: Candidate) -> list[int]:
    """Who is in the state an event noun after a state preposition names ("The renters are on strike", "Het
    personeel staat in staking"): the subject of the noun as a predicate, of its copula (the Dutch parse may hang the
    subject there) or of the verb the phrase is a complement of ("remain on strike")."""
    up = tree.head(c.head)
    holders = [c.head, *(j for j in tree.kids[c.head] if view.tokens[j].dep == "cop")]
    if up is not None and view.tokens[c.head].dep.split(":")[0] in ("obl", "xcomp") \
            and view.tokens[up].pos in ("VERB", "AUX") and not _attack_verb(view, up, c):
        holders.append(up)  # (not "Police fired on a student march": the march is what was fired on)
    subjects = [j for k in holders for j in tree.kids[k] if view.tokens[j].dep == "nsubj"]
    if not subjects:  # "a complex where renters are on strike" parsed without a subject: the word before the copula
        subjects = [j - 1 for j in holders[1:] if j > 0]  # (or before the verb), when it is a noun
    return [j for j in subjects if view.tokens[j].pos in ("NOUN", "PROPN", "PRON")][:1]


def _attack_verb(view: SentenceView, k: int, c: Candidate) -> bool:
    """Is the verb at k one the lexicon reads as an attack ("fired", "opened fire"), the candidate no attack?"""
    entries = load_lexicon(view.lang).verbal_entries(view.lemmas[k] | {view.lowers[k]})
    return c.type != "ASSAULT" and any(e.type == "ASSAULT" for e in entries)


def _beside_trigger(view: SentenceView, c: Candidate, j: int, a: int, b: int) -> tuple[int, int]:
    """The characters a..b of token j's phrase without the trigger's own words: a phrase the parse grew over the
    trigger keeps only its part on j's side of it."""
    own = [k for k in (*c.tokens, c.head) if a <= view.tokens[k].start < b and k != j]
    before, after = [k for k in own if k < j], [k for k in own if k > j]
    if before:
        a = view.tokens[max(before) + 1].start
    if after:
        b = view.tokens[min(after) - 1].end
    return a, b


_NOMINAL = ("NOUN", "PROPN", "PRON")
#: how a casualty word may hang from what it says was hurt: a secondary predicate, an adverb or adjective, a verb
#: particle, or a word of a fixed expression ("Man zwaargewond bij ...", parsed with "zwaargewond" as "fixed")
_PREDICATE_DEPS = ("xcomp", "advmod", "amod", "compound:prt", "fixed")


def _said_of_the_conjunct_before(view: SentenceView, kids: list[tuple[int, Token]]) -> set[int]:
    """"werden 14 agenten gewond en 30 relschoppers aangehouden" with every word hung from the last verb: an argument
    before a casualty word that comes before another argument's own "en" belongs to the clause of that casualty
    word (the officers were hurt), not to this verb."""
    args = [j for j, t in kids if t.dep in ("obj", "nsubj", "nsubj:pass")]
    hurt = [w for w, _ in kids if _casualty(view, w) and view.tokens[w].pos != "VERB"]
    return {j for j in args for w in hurt if j < w and any(view.before_own_coordinator(w, k) for k in args)}


def _claimer(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> int | None:
    """Who claims the event noun ("Islamitische Staat eiste de aanslag op", "Houthi rebels claimed responsibility for
    the attack"): the subject of a claiming verb whose object is the noun, or the responsibility for it; it did it."""
    up = tree.head(c.head)
    if up is not None and (view.lemmas[up] | {view.lowers[up]}) & words.responsibility:
        up = tree.head(up)
    if up is None or not view.forms(up) & words.claiming:
        return None
    return next((j for j in tree.kids[up] if view.tokens[j].dep == "nsubj"), None)


def _shared_object(view: SentenceView, tree: Tree, verb: int) -> int | None:
    """The object of the verb's next conjunct, when the verb has none and only "and"/"en" stands between them:
    the object the two verbs share ("kicked and punched a steward", "schopten en sloegen een steward")."""
    if any(view.tokens[j].dep in ("obj", "iobj") for j in tree.kids[verb]):
        return None
    base = view.tokens[0].i
    for j in tree.kids[verb]:
        t = view.tokens[j]
        between = range(verb + 1, j)
        if j > verb and t.dep == "conj" and t.pos == "VERB" and between and all(
                view.tokens[i].dep == "cc" and i in tree.kids[j] for i in between) and \
                view.tokens[j].head - base == verb:
            objects = [i for i in tree.kids[j] if view.tokens[i].dep == "obj" and i > j]
            if objects:
                return objects[0]
    return None


def _participial_toll(view: SentenceView, tree: Tree, verb: int) -> int | None:
    """The object of a participle of killing or wounding that follows the verb as its adjunct (", killing three
    people", ", wounding eleven"), in a language that tells tolls so (``participial_toll``), or None."""
    facts = view.cues.facts
    if not facts["participial_toll"]:
        return None
    for j in tree.kids[verb]:
        t = view.tokens[j]
        if j > verb and t.dep in ("advcl", "xcomp", "conj") and view.lowers[j].endswith(facts["participial_suffix"]) \
                and _casualty(view, j):
            objects = [i for i in tree.kids[j] if view.tokens[i].dep == "obj"]
            if objects:
                return objects[0]
    return None


def _casualty(view: SentenceView, k: int) -> bool:
    """Does token k say that people were hurt or died ("gewond", "zwaargewond", "omgekomen", "injured", "dead")?"""
    return view.cues.casualty_slot(view.lemmas[k] | {view.tokens[k].lemma.lower()}, {view.lowers[k]}) is not None


def _accused(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> Participant | None:
    """Who a case is about, for the offence it names: the subject of "charged with", "veroordeeld voor",
    "admitted", or the object of an active "convicted X of" ("Man jailed for knife attack", "two men have been
    charged with ... assaulting an emergency worker")."""
    k = offence_verb(view, c)
    if k is None:
        return None
    verb = k
    while view.tokens[verb].pos not in ("VERB", "AUX") and tree.head(verb) is not None and verb > 0:
        verb = tree.head(verb)  # type: ignore[assignment]
    kids = tree.kids[verb]  # the one held to account: a passive's subject, an active's object ("De rechtbank heeft
    # vijf mannen veroordeeld voor de rellen": the men, not the court), else an active's subject ("He admitted")
    found = [j for j in kids if view.tokens[j].dep == "nsubj:pass"] or \
        [j for j in kids if view.tokens[j].dep == "obj" and j < c.head] or \
        [j for j in kids if view.tokens[j].dep.startswith("nsubj")]
    if not found and view.headline:  # "Man jailed for knife attack": the words before the participle
        found = [j for j in range(k) if nounish(view, tree, j)][-1:]
    return participant_at(view.doc, *tree.span(found[0], words)) if found else None


def _restricted_area(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> Participant | None:
    """The area a restriction covers: the first phrase after the trigger, hung from it or from the verb it is the
    object of ("kondigde een noodbevel af voor het centrum", "imposed a curfew in the city"), whose preposition is
    one of ``area_prepositions`` and that names a place or an area noun ("wijk", "stationsgebied", "district")."""
    holders = [c.head]
    up = tree.head(c.head)
    if c.nominal and up is not None and view.tokens[up].pos in ("VERB", "AUX"):
        holders.append(up)
    clause = view.clause_of(c.head)
    hung = sorted(j for h in holders for j in tree.kids[h] if j > c.head)
    later = range(c.head + 1, clause.end)  # (a phrase the parse hung from a verb further on: "afgekondigd voor de
    for j in [*hung, *later]:  # wijk en de ME ingezet")
        t = view.tokens[j]
        if t.dep.split(":")[0] not in ("obl", "nmod") or not tree.case(j) & words.area_prepositions:
            continue
        if is_place(view, t.start, t.end) or view.lowers[j].endswith(words.area_nouns):
            return participant_at(view.doc, *tree.span(j, words))
    return None


#: how many words after a crowd-control act its purpose clause's verb may stand ("fired teargas to disperse")
_PURPOSE_REACH = 6


def _instrument(view: SentenceView, p: Participant) -> bool:
    """Does the phrase name a means of crowd control ("teargas canisters", "het waterkanon": a nominal trigger of one
    among its words)?"""
    if p.start is None or p.end is None:
        return False
    lexicon = load_lexicon(view.lang)
    return any(p.start <= t.start < p.end and any(e.type == "ASSAULT" and e.mode == "crowd-control"
                                                  for e in lexicon.nominal_entries(view.lemmas[j] | {view.lowers[j]}))
               for j, t in enumerate(view.tokens))


def _dispersed(view: SentenceView, tree: Tree, c: Candidate) -> Participant | None:
    """The object of a verb of driving a crowd apart (``events_dispersal_verbs``) in the purpose clause under the act
    or the verb that holds it ("fired tear gas to disperse the protesters", "zette traangas in om de betogers uiteen
    te drijven")."""
    holders = [c.head] if not c.nominal or (up := tree.head(c.head)) is None else [c.head, up]
    dispersal = view.cues.word_set("events_dispersal_verbs")
    hung = {k for h in holders for k in tree.kids[h]}
    # (or hung from the means right after the act, however the parse reads the act: "fired" as teargas's modifier)
    near = {j for j in range(c.head + 1, min(len(view.tokens), c.head + _PURPOSE_REACH))
            if (h := tree.head(j)) is not None and c.head < h < j and view.tokens[h].pos in ("NOUN", "PROPN")}
    for j in sorted(hung | near):
        if view.tokens[j].dep.split(":")[0] not in ("xcomp", "advcl", "acl") or j < c.head:
            continue
        # the particle as the parse hangs it, or the word before the verb ("uiteen te jagen", however it is tagged)
        before = [view.lowers[k] for k in (j - 1, j - 2) if k > c.head and view.lowers[k] not in ("te", "to")][:1]
        parts = [*view.particles(j), *before]
        if not any(lemma in dispersal or any(p + lemma in dispersal or f"{lemma} {p}" in dispersal for p in parts)
                   for lemma in view.lemmas[j]):
            continue
        opens = min((k for k in tree.kids[j] if view.tokens[k].dep == "mark"), default=j)  # "to", "om"
        obj = next((k for k in tree.kids[j] if view.tokens[k].dep == "obj" and k > opens), None)
        if obj is not None:  # the noun and the words before it that belong to it ("minibus drivers", "them")
            first = obj
            while first - 1 > opens and tree.head(first - 1) in (obj, first) and view.tokens[first - 1].dep.split(":")[0] \
                    in ("det", "amod", "compound", "nummod", "nmod"):
                first -= 1
            return participant_at(view.doc, view.tokens[first].start, view.tokens[obj].end)
    return None


def _provoker(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> tuple[Participant, ...]:
    """Whom a protest is aimed at when the sentence says what set it off: the subject of its "toen/after/when"
    clause ("kwam het tot rellen toen de overheid een vergunning afgaf", "protests erupted after the government
    raised fuel prices"), when that names people, a group or a name (not a pronoun: "after they ...")."""
    up = tree.head(c.head)  # a nominal's verb ("kwam het tot rellen toen ...")
    for k in tree.kids[c.head] + (tree.kids[up] if up is not None else []):
        if not tree.case(k) & words.provocation:
            continue
        if view.tokens[k].dep.startswith("advcl"):
            found = [j for j in tree.kids[k] if view.tokens[j].dep == "nsubj"]
        else:  # "after the government cut ...", parsed as "after the government" and a clause without subject
            verb = tree.head(k)
            found = [k] if verb is not None and view.tokens[k].dep.startswith("obl") and any(
                view.tokens[j].dep.startswith("advcl") and j > k and not tree.case(j)
                and not any(view.tokens[i].dep.startswith("nsubj") for i in tree.kids[j])
                for j in tree.kids[verb]) else []
        for j in found:
            if view.tokens[j].pos != "PRON" and personish(view, j, words):
                return (participant_at(view.doc, *tree.span(j, words)),)
    return ()


def _verb_read_as_modifier(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> int | None:
    """The noun after a verb that the parse read as its participle modifier, where a noun, an adverb or "and" stands
    before the verb (no article, adjective, number, preposition or other verb): "warplanes later bombed RSF
    positions" (not "the bombed houses", "found burned cars")."""
    k = c.head
    t = view.tokens[k]
    h = tree.head(k)
    headline_present = view.headline and t.pos in ("VERB", "ADJ") and not c.nominal  # "Police in riot gear clear
    # pro-Palestinian encampment": a title's present verb the parse read as an adjective of its object
    if t.dep != "amod" or not (t.pos == "VERB" or headline_present) or h is None or h <= k or k == 0 \
            or not (view.lowers[k].endswith(words.participle_suffixes) or headline_present):
        return None
    before = view.tokens[k - 1]
    return h if before.pos in ("NOUN", "PROPN", "ADV", "CCONJ") and view.tokens[h].pos in ("NOUN", "PROPN") else None


def _object_of_support(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> bool:
    """Is the trigger the object of a support, receiving or causative verb ("staged protests", "received threats",
    "sparked protests")? A verb's entry matched on such a noun takes a noun's roles."""
    up = tree.head(c.head)
    if up is None or view.tokens[c.head].dep != "obj" or view.tokens[up].pos != "VERB":
        return False
    forms = view.forms(up)
    return bool(forms & words.support or forms & words.causative)


def _possessive_pronoun(view: SentenceView, p: Participant) -> bool:
    """Is the participant a possessive pronoun ("haar steun", "their protest")?"""
    return any(t.start == p.start and t.end == p.end and t.dep == "nmod:poss" and t.pos in ("PRON", "DET")
               for t in view.tokens)


def _support(view: SentenceView, k: int, words: RoleWords) -> bool:
    """Is the verb at k one that an event noun's parties are the parties of ("hielden een demonstratie", "launched an
    attack", "joined the march", "overweegt een samenscholingsverbod": who plans it, does it)?"""
    return not view.stops_an_event(k) and bool(view.forms(k) & words.support)  # not "broke up a sit-in"


def _means(view: SentenceView, tree: Tree, j: int) -> bool:
    """Is the "by"/"door" phrase at j a means, not an agent: a weapon, or a bare singular common noun that names no
    party ("by force", "by hand", "door geweld")? ("by police", "by jihadists", "by Hamas" are agents.)"""
    t = view.tokens[j]
    weapon = view.cues.pattern("weapons")
    if t.pos == "NOUN" and any(weapon.fullmatch(w) for w in view.lemmas[j] | {view.lowers[j]}):
        return True  # "door een kogel geraakt", "hit by a rubber bullet": what hit, not who
    return t.pos == "NOUN" and "Number=Plur" not in t.morph and not any(
        view.tokens[i].dep.split(":")[0] in ("det", "nmod", "nummod", "amod") for i in tree.kids[j]) \
        and not view.names_party(j)


def _stranded(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords, aims: frozenset[str]) -> list[int]:
    """Phrases right after an event noun that is a verb's object, which the parse hung from the verb ("repelled an
    attack by jihadists on a base"): a "by" phrase (when the verb is active, whose agent is its subject) and a
    target phrase ("on") are the noun's own, one after the other without a gap. A support verb ("launched an attack
    on") reads its phrases itself."""
    up = tree.head(c.head)
    if up is None or view.tokens[c.head].dep != "obj" or up > c.head or _support(view, up, words):
        return []
    passive = any(view.tokens[j].dep.endswith(":pass") for j in tree.kids[up])
    wanted = aims | (frozenset() if passive else words.agent_prepositions)
    after = tree.phrase(c.head)[1] + 1
    out: list[int] = []
    for j in sorted(j for j in tree.kids[up] if j > c.head):
        lo, hi = tree.phrase(j)
        first = min([lo] + [i for i in tree.kids[j] if view.tokens[i].dep == "case"])
        if first != after or view.tokens[j].dep.split(":")[0] not in ("obl", "nmod") or not tree.case(j) & wanted \
                or view.in_time(view.tokens[j].start):
            break
        out.append(j)
        after = hi + 1
    return out


def _extraposed(view: SentenceView, tree: Tree, c: Candidate) -> list[int]:
    """Prepositional phrases the parse hung from the verb after the event noun, where the language puts a noun's
    phrase after the clause-final verb ("dat het om een gedeeltelijke mobilisatie ging van 300.000 reservisten"):
    the first phrase right after the verb group that closes the noun's clause, when the noun has none of its own."""
    up = tree.head(c.head)
    if not view.cues.facts.get("extraposed_phrases") or up is None or up < c.head or any(
            tree.case(j) for j in tree.kids[c.head]):
        return []
    k = up + 1
    while k < len(view.tokens) and view.tokens[k].pos in ("VERB", "AUX"):
        k += 1  # the rest of the verb group ("aangevallen had")
    if k >= len(view.tokens) or view.tokens[k].pos != "ADP":
        return []
    j = view.tokens[k].head - view.tokens[0].i
    return [j] if j in tree.kids[up] and view.tokens[j].dep.split(":")[0] in ("obl", "nmod") else []


def _overlap(p: Participant, q: Participant) -> bool:
    return None not in (p.start, p.end, q.start, q.end) and p.start < q.end and q.start < p.end  # type: ignore[operator]


def _after_own_preposition(view: SentenceView, tree: Tree, c: Candidate, j: int) -> bool:
    """Does the phrase at j follow a preposition that is one of the trigger's own words ("neemt afstand van de
    gooiers", "distanced itself from the throwers")? What the act is taken against is its target."""
    return any(view.tokens[i].dep == "case" and i in c.tokens for i in tree.kids[j])


def _made(view: SentenceView, c: Candidate, verb: int) -> bool:
    """Is the trigger a threat or a demand that a reporting verb makes as its object ("stelt een ultimatum", "stelt
    eisen")? Its subject makes it, where "meldde dertig arrestaties" only reports them."""
    return c.type in ("THREATEN", "REQUEST") and c.nominal and view.tokens[c.head].dep == "obj" \
        and view.tokens[c.head].head - view.tokens[0].i == verb


def _imposed(c: Candidate) -> bool:
    """Is the trigger a measure that is in force once announced ("announced a curfew", "announced a ban on
    rallies")? Its announcer imposes it, where "announced 30 arrests" only reports them."""
    return c.type == "SANCTION" or (c.type == "COERCE" and c.mode in ("restrict", "ban", "censor"))


def _reciprocal(view: SentenceView, j: int, words: RoleWords) -> bool:
    """"elkaar", "each other": never who acts (the parse may read it as the subject), each side's target."""
    return view.lowers[j] in words.reciprocals or (j > 0 and f"{view.lowers[j - 1]} {view.lowers[j]}" in words.reciprocals)


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
            out_a.append(participant_at(doc, hit.start, hit.end))
            targets = [e for e in targets if e is not hit]
    words = words_of(doc)
    allowed = _allowed(view, c, words)

    def fits(e: Entity) -> bool:  # not in a locative phrase ("IN AMBUSH"), not a place or reporter dropped
        before = _before(view, e.start, view.cues.word_set("events_determiners"))
        if before and view.lowers[before[0]] in words.locative and view.lowers[before[0]] not in allowed:
            return False
        p = participant_at(doc, e.start, e.end)
        if view.parsed and is_place(view, e.start, e.end):
            return False  # the parse gave the trigger no such argument: a place named near it is where, not who
        cases = _cases_above(view, _top(view, p))
        return not (cases and not cases & allowed) and not _dropped(view, c, p, words)

    actors = [e for e in actors if fits(e)]
    targets = [e for e in targets if fits(e)]
    if actors and not out_a:
        out_a.append(participant_at(doc, actors[-1].start, actors[-1].end))
    if targets:
        out_t.append(participant_at(doc, targets[0].start, targets[0].end))
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
        return (participant_at(doc, view.tokens[span[0]].start, view.tokens[span[1]].end),)

    if passive:
        return actors or part(by_agent), targets or part(subject)
    return actors or part(subject), targets or part(obj)
