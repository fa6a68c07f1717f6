"""Arguments of an event: place, size and who claims it (actors and targets: :mod:`.roles`).

**Where** (``where_for``): the places (doc.places) inside a coordinated conjunct's own words,
else in the trigger's clause, else in its sentence, else the article's *focus location*: the
most frequent place of the article (earliest on ties), replaced by its most frequent city,
admin2 or admin1 place in the same country when there is one ("Moskou" over "Rusland"; as often named,
the finer one: "El Fasher" over "North Darfur").

**Size** (``size_for``): quantities (doc.quantities) in the clause, else the sentence, whose counted
noun names a slot (doden/killed -> killed, gewonden/injured -> injured, arrestanten/arrested ->
arrested, vluchtelingen/refugees -> displaced, demonstranten/protesters -> participants) or that
count people for the event's own slot (people fleeing -> displaced; reservists mobilized ->
participants). With a parse, the counted noun's role decides first: the subject/object of a
casualty verb ("zeven agenten raakten gewond", "kwamen om het leven", "were injured", "died") gives
injured/killed to the sentence's events; people who are arguments of another verb than the trigger
("Honderden jongeren gooiden stenen" for an arrest or an injury) fill no slot; the object of an
arrest is arrested. Verbs imply a minimum of one ("neergeschoten" -> injured >= 1, "doodgeschoten" ->
killed >= 1, "gearresteerd" -> arrested >= 1) when no number is given. A sentence that only tells a
toll ("Vier agenten raakten lichtgewond") sizes the violent event of the sentence before
(:func:`casualties`).

**claimed_by**: the speaker of the quote the trigger lies in; else the entity after
"volgens"/"according to"/"aldus", or the reporter named next to a plain reporting cue (zei, meldt,
bevestigde, liet weten, said, reported, confirmed) before ("X zei dat ...") or after the event ("...,
meldt de NOS"). Places inside a longer multiword name ("Verenigd Rusland") are not the event's place.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from ..lang import get_language
from ..lines import opens_dateline
from ..model import Document, Place, Quantity, SizeSlot, Where
from .candidate import Candidate
from .cues import EventCues, event_cues
from .text import QuoteSpan, SentenceView, places_of_events, quotes_at

OWN_SLOT = {"PROTEST": "participants", "MOBILIZE": "participants", "DISPLACE": "displaced", "COERCE": "arrested"}
def _cues(doc: Document) -> EventCues:
    return event_cues(get_language(doc.language))


# --------------------------------------------------------------------------- where
def item_focus(doc: Document, focus: Place | None) -> Callable[[int], Place | None]:
    """The focus for an event at a character offset: in a round-up of datelined items ("BURGUM (ANP) - ...",
    "TBILISI (ANP/AFP) - ...", two datelines or more) the place of the item's own dateline, else the article's."""
    datelines = [p for p in doc.places if opens_dateline(doc.text, p.start, p.end)]
    if len(datelines) < 2:
        return lambda offset: focus
    starts = [p.start for p in datelines]

    def at(offset: int) -> Place | None:
        k = bisect.bisect_right(starts, offset) - 1
        return datelines[k] if k >= 0 else focus

    return at


def focus_place(doc: Document) -> Place | None:
    """The article's focus location (see module docstring)."""
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    # the place inside a body's name ("Sindh Contract Teachers Alliance") says where the body is from, not where
    # the article is
    for p in places_of_events(doc):
        key = str(p.geonames_id) if p.geonames_id else p.name.lower()
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, p)
    if not counts:
        return None
    # as often named, a town or region is the focus before a country ("rally to US Embassy" in the standfirst,
    # "through central Athens" in the lead)
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k].precision not in _FINER, first[k].start))
    top = first[ranked[0]]
    specific = [k for k in ranked if first[k].precision in _FINER
                and (top.country is None or first[k].country == top.country)]
    # as often named, the finer place is the one the events are at ("El Fasher" over "North Darfur")
    specific.sort(key=lambda k: (-counts[k], _FINER.index(first[k].precision), first[k].start))
    return first[specific[0]] if specific else top


#: place precisions an article's focus may have, finest first
_FINER = ("city", "admin2", "admin1")


def _inside_a_name(view: SentenceView, p: Place) -> bool:
    """A place name inside a longer multiword name that is no place ("Verenigd Rusland", "Real Madrid")."""
    for e in view.entities:
        if e.start <= p.start and p.end <= e.end and (e.end - e.start) > (p.end - p.start) and " " in e.text \
                and not any(q.start <= e.start and e.end <= q.end for q in view.places):
            return True
    return False


def _semicolon_part(view: SentenceView, c: Candidate) -> tuple[int, int]:
    """The part of the sentence between semicolons that holds the trigger: "Police Break Up Rustaveli Blockade,
    Detain 19; Reporter Beaten in Batumi" places the beating, not the arrests, in Batumi."""
    text = view.doc.text
    a = text.rfind(";", view.start, c.start)
    b = text.find(";", c.end, view.end)
    return (view.start if a < 0 else a + 1), (view.end if b < 0 else b)


def where_for(view: SentenceView, c: Candidate, focus: Place | None) -> tuple[Where, ...]:
    clause = view.clause_of(c.head)
    scopes = []
    if c.scope is not None:
        scopes.append(c.scope)
    scopes.append((view.tokens[clause.start].start, view.tokens[clause.end - 1].end) if view.tokens else
                  (view.start, view.end))
    part = _semicolon_part(view, c)
    scopes.append(part)
    scopes = [(max(a, part[0]), min(b, part[1])) for a, b in scopes]
    for a, b in scopes:
        found = [p for p in view.places if a <= p.start and p.end <= b
                 and not any(x <= p.start < y for x, y in c.excluded) and not _inside_a_name(view, p)]
        if c.scope is not None and (a, b) != c.scope:
            found = [p for p in found if not (c.scope[0] <= p.start < c.scope[1])]
        if found:
            seen: set[str] = set()
            out = []
            for p in found:
                key = str(p.geonames_id) if p.geonames_id else p.name.lower()
                if key not in seen:
                    seen.add(key)
                    out.append(Where(place=p.id, text=p.text))
            return tuple(out)
    if focus is not None:
        return (Where(place=focus.id, text=focus.text),)
    return ()


# --------------------------------------------------------------------------- size
ARGUMENT_DEPS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "appos")


def _role(view: SentenceView, q: Quantity) -> tuple[int, int, str | None] | None:
    """The verb (sentence token index) that the counted noun of ``q`` is an argument of, and the casualty slot
    that verb names ("zeven agenten raakten gewond" -> injured, "kwamen om het leven" -> killed), or None when
    the parse does not attach the count to a verb."""
    if not view.parsed:
        return None
    base = view.tokens[0].i
    ks = [k for k, t in enumerate(view.tokens) if q.start <= t.start < q.end]
    if not ks:
        return None
    k = ks[-1]
    if view.tokens[k].dep in ("nummod", "det", "amod") and 0 <= view.tokens[k].head - base < len(view.tokens):
        k = view.tokens[k].head - base  # the counted noun
    misread = next((j for j, u in enumerate(view.tokens) if u.start == q.counted_start and u.pos == "VERB"
                    and view.tokens[k].head - base == j), None) if q.counted_start is not None else None
    if misread is not None:  # "hield dertig demonstranten aan" with the noun read as a verb the number hangs from
        k = misread
    t = view.tokens[k]
    if t.dep.split(":")[0] == "nmod" and 0 <= t.head - base < len(view.tokens):  # "hundreds of youths"
        k = t.head - base if view.tokens[t.head - base].dep in ARGUMENT_DEPS else k
        t = view.tokens[k]
    if (t.dep not in ARGUMENT_DEPS and misread is None) or not 0 <= t.head - base < len(view.tokens):
        return None
    v = t.head - base
    if view.tokens[v].pos not in ("VERB", "AUX", "ADJ"):
        return None  # not attached to a verb: the parse is no guide here
    kids = [j for j in sorted({*view.dependents(v), *view.dependents(k)}) if j not in (v, k)
            and not view.before_own_coordinator(j, k)]  # "werden 14 agenten gewond en 30 relschoppers
    # aangehouden": a word before the noun's own "en" is said of the conjunct before it, however the parse hangs it
    kids += [j for i in kids if view.tokens[i].dep in ("compound:prt", "fixed")
             for j in view.dependents(i) if view.tokens[j].dep == "fixed"]  # "kwamen om het leven" with "leven"
    words = {view.lowers[v]} | {view.lowers[j] for j in kids}  # hung in one expression from the particle "om"
    lemmas = set(view.lemmas[v]) | {view.tokens[v].lemma.lower()}
    return k, v, view.cues.casualty_slot(lemmas, words)


def _trigger_heads(view: SentenceView, c: Candidate) -> set[int]:
    base = view.tokens[0].i
    heads = {c.head, *c.tokens, *c.merged}
    for k in list(heads):  # a nominal trigger's support verb ("hielden een demonstratie", "braken rellen uit")
        h = view.tokens[k].head - base
        if c.nominal and 0 <= h < len(view.tokens) and view.tokens[k].dep in ("obj", "nsubj", "nsubj:pass"):
            heads.add(h)
    return heads


def _slot_of(q: Quantity, event_type: str, mode: str | None, sentence_low: str, doc: Document,
             view: SentenceView | None = None, c: Candidate | None = None) -> str | None:
    counted = (q.counted or q.counted_lemma or "").lower()
    cues = _cues(doc)
    role = _role(view, q) if view is not None and c is not None else None
    if role is not None and view is not None and c is not None:
        noun, verb, casualty = role
        if casualty is not None and not cues.is_thing(counted):
            # the counted people are the subject/object of a casualty verb: the toll of violence, not of an arrest
            return casualty if event_type in ("ASSAULT", "PROTEST") else None
        named = any(counted.startswith(w) or w in counted for slot, ws in cues.slot_words for w in ws
                    if slot != "participants" or event_type in ("PROTEST", "MOBILIZE"))
        base = view.tokens[0].i
        trig = view.tokens[c.head]
        attached = verb in _trigger_heads(view, c) or any(
            view.tokens[k].head - base == noun for k in (c.head, *c.tokens)) or (  # "displaced people"
            trig.head - base == verb and trig.dep in ("xcomp", "advcl") and any(  # "trokken ... om te demonstreren"
                view.lowers[j] in cues.word_set("events_infinitive_markers") for j in range(max(0, c.head - 2), c.head))) or (
            trig.head - base == verb and trig.dep == "conj" and not any(  # "wachtten niet af en vluchtten": one subject
                view.tokens[j].dep.startswith("nsubj") for j in view.dependents(c.head)))
        kids = view.dependents(verb)
        passive = any(view.tokens[j].dep in ("aux:pass", "nsubj:pass") or view.lowers[j] in cues.word_set("events_passive_auxiliaries")
                      for j in kids) or "Voice=Pass" in view.tokens[verb].morph
        first_subject = min((j for j in kids if view.tokens[j].dep == "nsubj"), default=None) == noun
        subject = first_subject and not passive and verb in _trigger_heads(view, c)
        if subject:  # who arrests, attacks or riots is no arrest or casualty count ("Thousands ... detained")
            slot = _slot_by_words(q, event_type, mode, doc, counted)
            if slot in ("participants", "displaced"):
                return slot
            return OWN_SLOT.get(event_type) if event_type in ("PROTEST", "MOBILIZE", "DISPLACE") else None
        if attached and event_type == "COERCE" and mode == "arrest" and not cues.is_thing(counted):
            return "arrested"  # the arrest's object, whoever they are ("hield twintig demonstranten aan")
        if not named and not attached:
            # counted people who are arguments of another verb ("Honderden jongeren gooiden stenen") are no
            # casualties or arrests of this event; a crowd may still be its participants or displaced
            slot = _slot_by_words(q, event_type, mode, doc, counted)
            if slot in ("killed", "injured") and q.start > c.end and (
                    cues.pattern("kill_verbs").match(doc.text[c.start:c.end])
                    or cues.pattern("injure_verbs").match(doc.text[c.start:c.end])):
                return slot  # "police kill six robbery suspects": the trigger itself counts its victims
            return slot if slot in ("participants", "displaced") else None
    return _slot_by_words(q, event_type, mode, doc, counted)


def _upto_next_count(cues: EventCues, after: str) -> str:
    """The words after a number up to the next number: "Hundreds clashed, and 12 officers were wounded" gives
    the wounding to the 12, not to the hundreds."""
    m = cues.pattern("next_count").search(after)
    return after[:m.start()] if m else after


def _slot_by_words(q: Quantity, event_type: str, mode: str | None, doc: Document, counted: str) -> str | None:
    """The slot from the counted noun and the casualty verbs around the number (no parse needed).

    The words looked at stay inside the number's sentence: "… zeven agenten gewond geraakt. Honderden
    jongeren gooiden stenen" does not make the hundreds injured."""
    cues = _cues(doc)
    slot_words = cues.slot_words
    sentence = doc.sentence_at(q.start)
    floor = sentence.start if sentence else 0
    ceiling = sentence.end if sentence else len(doc.text)
    nxt = re.match(r"\s*(\w+)", doc.text[q.end:min(ceiling, q.end + 30)])
    if nxt and any(nxt.group(1).lower().startswith(w) for s, ws in slot_words if s != "participants"
                   for w in ws):
        counted = nxt.group(1).lower()  # "twintig doden gevallen": the word after the number
    if not counted and nxt and _plural_noun(cues, nxt.group(1)):
        counted = nxt.group(1).lower()  # "700 demonstranten" when the parser read the noun as a verb
    if not counted:  # "killing 4", "injuring 5": the verb before a bare number names the slot
        return _nearest_verb_slot(cues, doc.text[max(floor, q.start - 25):q.start].lower(), "")
    for slot, words in slot_words:
        if slot != "participants" and any(counted.startswith(w) or w in counted for w in words):
            return slot
    if not cues.is_thing(counted):
        by_verb = _nearest_verb_slot(cues, doc.text[max(floor, q.start - 40):q.start].lower(),
                                     _upto_next_count(cues, doc.text[q.end:min(ceiling, q.end + 60)].lower()))
        if by_verb:
            return by_verb
    if event_type == "COERCE" and mode == "arrest" and not cues.is_thing(counted):
        return "arrested"
    if counted.startswith(cues.slot_stems("participants")):
        return "participants" if event_type in ("PROTEST", "MOBILIZE") else None
    if not cues.is_thing(counted):
        after = _upto_next_count(cues, doc.text[q.end:min(ceiling, q.end + 60)].lower())
        before = doc.text[max(floor, q.start - 40):q.start].lower()
        if cues.pattern("kill_verbs").search(after) or cues.pattern("kill_verbs").search(before):
            return "killed"
        if cues.pattern("injure_verbs").search(after[:30]) or cues.pattern("injure_verbs").search(before):
            return "injured"
        if event_type == "COERCE" and mode != "arrest":
            return None
        return OWN_SLOT.get(event_type)
    return None


def _plural_noun(cues: EventCues, word: str) -> bool:
    low = word.lower()
    return word.isalpha() and len(low) >= 4 and low not in cues.word_set("events_not_nouns") and \
        low.endswith(cues.affix("plural_noun_endings"))


def _nearest_verb_slot(cues: EventCues, before: str, after: str) -> str | None:
    """killed/injured from the closest casualty verb: the last one before the number, else the first after."""
    verbs = ((cues.pattern("kill_verbs"), "killed"), (cues.pattern("injure_verbs"), "injured"))
    last = [(m.start(), slot) for pattern, slot in verbs
            for m in pattern.finditer(before)]
    if last:
        return max(last)[1]
    first = [(m.start(), slot) for pattern, slot in verbs
             for m in pattern.finditer(after[:60])]
    return min(first)[1] if first else None


def casualties(view: SentenceView) -> tuple[SizeSlot, ...]:
    """killed/injured counts of a sentence that tells only the toll ("Vier agenten raakten lichtgewond",
    "Three people died"): the counted people are the subject of a casualty verb, or are "doden"/"gewonden"."""
    out: dict[str, SizeSlot] = {}
    cues = view.cues
    for q in view.quantities:
        if q.unit not in (None, "", "persons", "people"):
            continue
        counted = (q.counted or q.counted_lemma or "").lower()
        if cues.is_thing(counted):
            continue
        slot = next((s for s in ("killed", "injured") if counted.startswith(cues.slot_stems(s))), None)
        if slot is None:
            role = _role(view, q)
            slot = role[2] if role is not None else None
        if slot is not None and slot not in out:
            out[slot] = SizeSlot(slot=slot, low=q.low, high=q.high, quantity=q.id)
    return tuple(out.values())


def size_for(view: SentenceView, c: Candidate) -> tuple[SizeSlot, ...]:
    doc = view.doc
    clause = view.clause_of(c.head)
    scopes = [(view.tokens[clause.start].start, view.tokens[clause.end - 1].end), (view.start, view.end)] \
        if view.tokens else [(view.start, view.end)]
    if c.scope is not None:
        scopes = [c.scope] if "own_scope" in c.flags else [c.scope, *scopes]  # (an act set against another in its
        # sentence, "though students briefly occupied the rectorate", is not sized by the other's count)
    slots: dict[str, SizeSlot] = {}
    for a, b in scopes:
        for q in view.quantities:
            if a <= q.start and q.end <= b and q.unit in (None, "", "persons", "people"):
                slot = _slot_of(q, c.type, c.mode, view.lower, doc, view, c)
                if slot and slot not in slots:
                    slots[slot] = SizeSlot(slot=slot, low=q.low, high=q.high, quantity=q.id)
        if slots:
            break
    if c.type in ("ASSAULT", "PROTEST") and c.scope is None:  # "clashed with police, and 12 officers were wounded"
        for extra in casualties(view):
            slots.setdefault(extra.slot, extra)
    trigger_text = doc.text[max(view.start, c.start - 25):min(view.end, c.end + 40)]
    if c.type in ("ASSAULT", "COERCE"):
        for pattern, slot in view.cues.ordered["implied_sizes"]:
            if slot == "arrested" and c.mode != "arrest":
                continue
            if slot != "arrested" and c.type != "ASSAULT":
                continue
            if pattern.search(trigger_text) and slot not in slots:
                if slot == "injured" and "killed" in slots:
                    continue
                slots[slot] = SizeSlot(slot=slot, low=1, high=None, quantity=None)
                break
    return tuple(slots[s] for s in ("participants", "killed", "injured", "arrested", "displaced") if s in slots)


# --------------------------------------------------------------------------- claimed_by
def claimed_by(view: SentenceView, c: Candidate, quotes: list[QuoteSpan]) -> str | None:
    doc = view.doc
    for q in quotes_at(quotes, c.start):
        if q.speaker:
            return q.speaker
    cues = view.cues
    found = list(cues.pattern("attribution").finditer(view.text))
    if not found:
        return None
    m = found[-1]
    cue_a, cue_b = view.start + m.start(), view.start + m.end()
    if m.group(1).lower() in cues.word_set("according_markers"):
        ent = next((e for e in doc.entities if cue_b <= e.start <= cue_b + 40 and e.label in ("PER", "ORG")), None)
        return ent.id if ent else None
    between = set(re.findall(r"\w+", doc.text[cue_b:c.start]))
    if cue_b <= c.start and not between & cues.word_set("complementizers") and \
            m.group(1).lower() not in cues.word_set("attribution_adverbs"):
        return None
    near = [e for e in view.entities if e.label in ("PER", "ORG") and view.start <= e.start < view.end
            and abs(e.start - cue_a) <= 60 and not (e.start < c.end and e.end > c.start)]
    if not near:
        return None
    return min(near, key=lambda e: abs(e.start - cue_a)).id
