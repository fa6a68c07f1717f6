"""The same event told twice in one article becomes one event with several mentions.

A later event is a mention of an earlier one when it is told as known (a definite nominal, "de
mobilisatie", "the attack", or a non-finite verb, "om te mobiliseren") and both have the same type,
triggers of the same word family (the same lemma, or the same
first five letters: "mobilisatie" ~ "mobiliseren", "aanslag" ~ "aanslagen"), and the later one
brings no place or date of its own that contradicts the earlier one. A definite mention with no
place of its own and no earlier event of its word family refers to the latest event of its type
("gingen de straat op ... De protesten duren al weken"). Coordinated copies
("X in brand, net als Y") are separate events by construction and never merged. A verbal mention of the same word family with no place, date or number of its own
("werden kort daarna aangehouden") is also the same event. A headline
("Floods force 12,000 from their homes") is the same event as the body event of its type that tells it: the
first told with its modality and mode. A verbal arrest or sentence of a person named anew ("Barton was jailed"
after "Four men jailed") is another act. A photo caption, an offence a
defendant admits, a verb that goes on telling the event of the sentence before, and a quote that tells a
reported event again in the past (with figures that do not contradict it and no other actor) are mentions too, and so
is another source's count of it ("Organizers said 11 were detained", a figure within a factor of five, whose dispute
the conflicts keep); a mention placed in the province that holds the event's place agrees with its place; an arrest is never
merged with a seizure, nor a reported event with a possible or hypothetical one. The merged
event keeps the first mention as its trigger, lists the others in ``mentions``, and takes
sizes and a text date from later mentions where it had none; an exact count beats a vague one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta
from functools import partial

from ..figures import comparable
from ..model import Event, Mention, Participant, Place, SizeSlot
from ..periods import period
from ..regions import contains


def word_family(lemma: str) -> str:
    """What triggers of one word family share: the first five letters of the lemma ("mobilisatie" ~ "mobiliseren")."""
    return lemma.lower()[:5]


def _modes_agree(a: str | None, b: str | None) -> bool:
    """A headline's "verbod" (ban) is not the body's arrest; an unspecified mode agrees with any."""
    return a is None or b is None or a == b


def _acts_agree(a: Event, b: Event) -> bool:
    """Whether two acts of violence may be one told again: pepper spray is no warning shot told again; a protest's
    modes are more or less said of one happening ("de demonstratie" after "Rellen": the demonstration that turned
    into the riot)."""
    return a.type != "ASSAULT" or _modes_agree(a.mode, b.mode)


def _sizes_agree(a: Event, b: Event) -> bool:
    """No slot whose figures exclude each other ("312" and "ruim driehonderd" agree; 261,000 and
    200,000-250,000 do not)."""
    mine = {s.slot: s for s in a.size}
    for s in b.size:
        o = mine.get(s.slot)
        if o is None:
            continue
        lo_a, hi_a = o.low or 0, o.high if o.high is not None else float("inf")
        lo_b, hi_b = s.low or 0, s.high if s.high is not None else float("inf")
        if hi_a < lo_b or hi_b < lo_a:
            return False
    return True


def _counts_alike(a: Event, b: Event) -> bool:
    """A slot both count, with figures within a factor of five of each other (nine and 11 arrests; not 14 and 800)."""
    mine = {s.slot: s for s in a.size}
    for s in b.size:
        o = mine.get(s.slot)
        x, y = (o.high or o.low) if o is not None else None, s.high or s.low
        if comparable(x, y):
            return True
    return False


def _vague(s: SizeSlot) -> bool:
    """An open or wide count ("honderden", "at least 20"), not one exact figure."""
    return s.low is None or s.high is None or s.low != s.high


def _places(e: Event) -> frozenset[str]:
    return frozenset(w.text.lower() for w in e.where)


def _places_agree(a: Event, b: Event, places: Mapping[str, Place]) -> bool:
    """The two tell a place in common, or one's province holds the other's place ("in Gelderland" ~ "in
    Geldermalsen"). A country holding a town is no agreement: a national protest and one town's are two."""
    if _places(a) & _places(b):
        return True
    pa = [places[w.place] for w in a.where if w.place is not None and w.place in places]
    pb = [places[w.place] for w in b.where if w.place is not None and w.place in places]
    return any(contains(x, y, countries=False) or contains(y, x, countries=False) for x in pa for y in pb)


def _role_words(parts: tuple[Participant, ...]) -> set[str]:
    return {w for p in parts for w in (p.canonical or p.text).lower().split() if len(w) > 2}


def _other_actors(a: Event, b: Event) -> bool:
    """Both name who did it, in words they do not share: a spokesman's "They were attacked by gangs of looters"
    is a counter-claim, not the forces' shooting told again. Unlike :func:`_other_speakers`, a pronoun counts: a
    witness's "Ze schoten op ons" tells the act of whoever the witness means, which the article need not share."""
    return bool(a.actors and b.actors) and not _role_words(a.actors) & _role_words(b.actors)


def _target_words(e: Event, closed_words: frozenset[str]) -> set[str]:
    """The words that name whom ``e`` was done to, figures and partyless words aside; an age noun by its unit ("a
    17-year-old" is a "year-old", "de 17-jarige" a "jarige": someone, not "four officers")."""
    words = {w.lstrip("0123456789-") for w in _role_words(e.targets)}
    return {w for w in words if w.replace("-", "").isalpha()} - closed_words


def _other_targets(a: Event, b: Event, closed_words: frozenset[str] = frozenset()) -> bool:
    """Both name whom it was done to, in words they do not share, figures and partyless words aside: "four members"
    of the forces killed are not "12 of its supporters" shot ("Nine people" and "11", "46 betogers" and "46 mensen"
    may be the same arrests)."""
    wa, wb = _target_words(a, closed_words), _target_words(b, closed_words)
    return bool(wa and wb) and not wa & wb


def _shared_targets(a: Event, b: Event, closed_words: frozenset[str]) -> bool:
    """Both name whom it was done to with a word in common, figures and partyless words aside ("picketers" and "Six
    picketers")."""
    return bool(_target_words(a, closed_words) & _target_words(b, closed_words))


#: how many sentences after a toll told alone the attack it is the toll of may follow
_TOLL_REACH = 8


def _same_people(a: Event, b: Event, closed_words: frozenset[str], police: tuple[bool, bool]) -> bool:
    """Do the two name the same people as targets: a word in common, the police both times (``police``: "Zeven
    agenten" and "de ME"), or a pronoun in the later one ("een agent gewond geraakt ... werd hij ... geschopt")?"""
    pronoun = bool(b.targets) and not _target_words(b, closed_words)
    return _shared_targets(a, b, closed_words) or all(police) or pronoun


def _same_mode(a: Event, b: Event) -> bool:
    """Do the two events share their mode, where both have one (a blockade shown is no march told before)?"""
    return a.mode == b.mode or not a.mode or not b.mode


def _policing(e: Event) -> bool:
    """Crowd control: an act of the police or soldiers."""
    return e.type == "ASSAULT" and e.mode == "crowd-control"


def _apart(police_hurt: list[bool], j: int, a: Event, i: int, b: Event) -> bool:
    """Is one of events j (``a``) and i (``b``) the police hurt and the other the police's crowd control?"""
    return (police_hurt[i] and _policing(a)) or (police_hurt[j] and _policing(b))


def _swapped(a: Event, b: Event) -> bool:
    """Does ``b`` name as its target whom ``a`` names as its actor, or the other way round?"""
    return bool(_role_words(a.actors) & _role_words(b.targets) or _role_words(a.targets) & _role_words(b.actors))


#: types whose act befalls each person apart: "Barton was jailed" after "Four men jailed" is another sentence
_PER_PERSON = frozenset({"COERCE"})


def _new_person(a: Event, b: Event, named_a: frozenset[str], named_b: frozenset[str]) -> bool:
    """Does ``b`` name a person as its target whom ``a`` (an act of a per-person type) does not have?"""
    if a.type not in _PER_PERSON or not named_b or named_a & named_b:
        return False
    said = " ".join((p.canonical or p.text).lower() for p in a.targets)
    return not any(n in said for n in named_b)


#: a reported occurrence and a possible or hypothetical one are never the same event
_UNREAL = frozenset({"possible", "hypothetical"})
#: types whose modes are different acts (an arrest is no seizure), not more or less said of one act
_ACT_MODES = frozenset({"COERCE"})
#: what a quote says or demands is its own act; only material events are told again in quotes
_SPEECH = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE"})


def _other_speakers(a: Event, b: Event, closed_words: frozenset[str]) -> bool:
    """Do the two name different actors, neither of them a pronoun? A demand, an accusation or a threat by another
    party is another speech act ("The teachers are demanding ..." and "The commission ... demanded an inquiry");
    "it blamed" after "Ministry blames" may be the same one."""
    said_a, said_b = _role_words(a.actors) - closed_words, _role_words(b.actors) - closed_words
    return bool(said_a and said_b) and not said_a & said_b


def _same_event(a: Event, b: Event, lemma_a: str, lemma_b: str, own_place_b: bool, family: bool = True,
               dates: bool = True, types: bool = True, places: Mapping[str, Place] | None = None) -> bool:
    if types and a.type != b.type:
        return False
    if a.type in _ACT_MODES and not _modes_agree(a.mode, b.mode):  # "the arrest of four" is not the seizure
        return False
    if (a.modality in _UNREAL) != (b.modality in _UNREAL):
        return False
    if a.modality == "negated" and b.modality != "negated":
        return False  # "niet kan worden uitgezet" is not the deportation announced later ("wordt ... alsnog
        # uitgezet"); a denial told after the act ("denied that any protester had been shot") still joins it
    if family and word_family(lemma_a) != word_family(lemma_b):
        return False
    if own_place_b and _places(b) and _places(a) and not _places_agree(a, b, places or {}):
        return False
    both_dated = dates and a.when and b.when and a.when.source == "text" and b.when.source == "text"
    if dates and a.when and b.when and {a.when.source, b.when.source} == {"text", "published"} \
            and _far_apart(a.when.value, b.when.value):
        return False  # "de opstand van 7 juli 1990" is no mention of the shooting the story tells today
    return not (both_dated and a.when.value != b.when.value)  # type: ignore[union-attr]


#: how far an event dated by its own words may lie from one dated by the publication and still be the same (a court
#: report tells of an offence months before: a year)
_SAME_EVENT_REACH = timedelta(days=366)


def _far_apart(a: str, b: str) -> bool:
    """Do the periods of two date values lie more than a year apart?"""
    pa, pb = period(a[:10]), period(b[:10])
    return pa is not None and pb is not None and (pa[0] - pb[1] > _SAME_EVENT_REACH or pb[0] - pa[1] > _SAME_EVENT_REACH)


def _headline_tellings(events: list[Event], copies: list[bool], headline: list[bool]) -> dict[int, int]:
    """Body event -> the headline event it tells: for each headline event, the first body event of its type told
    with its modality (an asserted title is not told by a threatened arrest in a quote) and its very mode ("steken
    wagens in brand" ~ "werden in brand gestoken", not the "bekogelden" told before it), else the first that comes
    closest."""
    body = [i for i in range(len(events)) if not copies[i] and not headline[i]]
    out: dict[int, int] = {}
    for h in (k for k in range(len(events)) if headline[k] and not copies[k]):
        a = events[h]
        same = [i for i in body if i not in out and events[i].type == a.type and _modes_agree(a.mode, events[i].mode)]
        if same:  # the body's order decides among equals: its own modality first, then its very mode
            best = min(same, key=lambda i: (events[i].modality != a.modality,
                                            a.mode is None or events[i].mode != a.mode, i))
            out[best] = h
    return out


def _a_place(p: Participant, spans: frozenset[tuple[int, int]]) -> bool:
    """Is the party a place's name (a headline's "Banda Abou blokkeert ...": the region for its people)?"""
    return (p.start, p.end) in spans


def merge(events: list[Event], lemmas: list[str], own_place: list[bool], copies: list[bool],
          anaphoric: list[bool], headline: list[bool], bare: list[bool] | None = None,
          caption: list[bool] | None = None, quoted: list[bool] | None = None,
          named: list[frozenset[str]] | None = None, closed_words: frozenset[str] = frozenset(),
          places: Mapping[str, Place] | None = None, claims: list[bool] | None = None,
          police_hurt: list[bool] | None = None, counted: list[bool] | None = None,
          toll: list[bool] | None = None, casualty: list[bool] | None = None) -> list[Event]:
    """Fold repeated mentions into their first event; ids are renumbered ev-1, ev-2, ... A photo caption
    (``caption``) shows the latest event of its type told before it, whatever word it uses. ``named``: the
    lower-case names of the persons each event's targets name; a verbal mention of an arrest or sentence that
    names someone the earlier one did not is another act. ``closed_words``: the language's pronouns and articles,
    which name no party of their own. ``places``: the document's places by id, for whether a province holds a
    town. ``claims``: a count a source gives, told in the past, of no further people ("Organizers said 11 were
    detained"): it tells the event of its type told before with a figure near its own. ``police_hurt``: an act
    whose targets are the police or soldiers; they are no victims of the crowd control they carried out ("14
    officers were injured" after "Pepper spray and batons were used against a group"). ``counted``: a verbal mention
    that adds a count and nothing else ("Six picketers were arrested" after "police arrested picketers"): it tells
    the event of its word family that named the same people without a count. ``toll``: people hurt or killed, told
    without who did it; told before the attack ("Zeven agenten raakten gewond" in the lead, "Groepen supporters
    bekogelden de ME" below), it is that attack's toll, and the attack on the same people tells it. ``casualty``: a
    casualty verb told of those it befell ("raakten gewond"); another sense of its verb ("door een kogel geraakt")
    is no bare mention of it. A caption shows what the article tells, not what another caption showed: in a gallery
    each caption tells its own story."""
    same_event = partial(_same_event, places=places)
    persons = list(named) if named is not None else [frozenset()] * len(events)
    hurt = police_hurt if police_hurt is not None else [False] * len(events)
    spans = frozenset((p.start, p.end) for p in (places or {}).values())
    kept: list[int] = []
    out: dict[int, Event] = {}
    untold: list[int] = []  # kept headline events not yet matched with their first telling in the body
    # Kept events that are no copies, in order, by type and by (type, word family): same_event needs both
    # to agree (a type never changes in a merge), so a long text is not scanned whole per event.
    of_type: dict[str, list[int]] = {}
    of_family: dict[tuple[str, str], list[int]] = {}
    told = _headline_tellings(events, copies, headline)
    for i, e in enumerate(events):
        target = None
        telling = False  # the body's first telling of a headline event
        if i in told and told[i] in untold:
            target = told[i]
            untold.remove(target)
            telling = True
        if target is None and not copies[i] and not anaphoric[i] and bare is not None and bare[i]:
            # a verb told again with nothing new ("werden kort daarna aangehouden"): same word family only
            target = next((j for j in of_family.get((e.type, word_family(lemmas[i])), ())
                           if same_event(out[j], e, lemmas[j], lemmas[i], own_place[i])
                           and (casualty is None or casualty[j] == casualty[i])
                           and not _new_person(out[j], e, persons[j], persons[i])
                           and not _swapped(out[j], e)), None)
            # ("killed two of the assailants" after "Three soldiers killed": the soldiers hit back)
        if target is None and not copies[i] and not anaphoric[i] and counted is not None and counted[i]:
            target = next((j for j in of_family.get((e.type, word_family(lemmas[i])), ())
                           if all(s.quantity is None for s in out[j].size) and _shared_targets(out[j], e, closed_words)
                           and same_event(out[j], e, lemmas[j], lemmas[i], own_place[i])
                           and not _new_person(out[j], e, persons[j], persons[i]) and not _swapped(out[j], e)), None)
        if target is None and toll is not None and e.type == "ASSAULT" and e.actors and not copies[i] \
                and not anaphoric[i] and not _policing(e):
            target = next((j for j in reversed(of_type.get(e.type, ())) if toll[j] and not out[j].actors
                           and e.sentence - out[j].sentence <= _TOLL_REACH
                           and _same_people(out[j], e, closed_words, (hurt[j], hurt[i]))
                           and same_event(out[j], e, lemmas[j], lemmas[i], own_place[i], family=False)), None)
        if target is None and caption is not None and caption[i]:
            target = next((j for j in reversed(of_type.get(e.type, ())) if _same_mode(out[j], e) and not caption[j]
                           and same_event(out[j], e, lemmas[j], lemmas[i], own_place[i], family=False,
                                         dates=False)), None)  # a caption's "zaterdag" reads as the next one
        if target is None and not copies[i] and anaphoric[i]:
            for j in of_family.get((e.type, word_family(lemmas[i])), ()):
                if same_event(out[j], e, lemmas[j], lemmas[i], own_place[i]) and not _apart(hurt, j, out[j], i, e):
                    target = j
                    break
            if target is None and not own_place[i]:  # "de protesten" after "gingen de straat op": the latest one
                target = next((j for j in reversed(of_type.get(e.type, ()))
                               if same_event(out[j], e, lemmas[j], lemmas[i], own_place[i], family=False)
                               and _acts_agree(out[j], e)
                               and not _apart(hurt, j, out[j], i, e)), None)
            if target is None and not own_place[i] and (e.type, e.mode) == ("PROTEST", "riot"):
                # "het onderzoek naar de ongeregeldheden" after "supporters bekogelden de ME": the violence told
                target = next((j for j in reversed(of_type.get("ASSAULT", ()))
                               if same_event(out[j], replace(e, mode=None), lemmas[j], lemmas[i], own_place[i],
                                             family=False, types=False)), None)
        if target is None and quoted is not None and quoted[i] and not copies[i] and e.type not in _SPEECH:
            # a quote that repeats what the article told ("Er zijn ruim driehonderd mensen opgepakt"), with no
            # figure that contradicts it (another estimate is another claim, kept apart for the conflicts)
            target = next((j for j in reversed(of_type.get(e.type, ()))
                           if not quoted[j] and out[j].modality == e.modality and _sizes_agree(out[j], e)
                           and _acts_agree(out[j], e)
                           and not _other_actors(out[j], e)
                           and same_event(out[j], e, lemmas[j], lemmas[i], own_place[i], family=False)), None)
        if target is None and claims is not None and claims[i] and not copies[i] and e.type not in _SPEECH:
            # another source's count of what the article told ("Organizers said 11 were detained" after "Nine people
            # were arrested"): the same event, whose figures the conflicts set side by side; a figure far off is
            # another count
            target = next((j for j in reversed(of_type.get(e.type, ()))
                           if out[j].modality == e.modality and _modes_agree(out[j].mode, e.mode)
                           and (_counts_alike(out[j], e) if e.type != "PROTEST" else (
                               (not out[j].size and out[j].mode == e.mode) or _counts_alike(out[j], e)))  # a
                           # protest's turnout told by a source, of the very kind of protest
                           # ("Volgens de vakbond legden ruim 1500 bagage-afhandelaars het werk neer" after "een
                           # staking van grondpersoneel": strikers have many names, a count of people hit or held
                           # is another act unless the counts agree)
                           and (e.type == "PROTEST" or not _other_actors(out[j], e))
                           and not _other_targets(out[j], e, closed_words)
                           and same_event(out[j], e, lemmas[j], lemmas[i], own_place[i], family=False)), None)
        if target is not None and e.type in _SPEECH and not telling and _other_speakers(out[target], e, closed_words):
            target = None  # another party's demand or accusation
        if target is None:
            kept.append(i)
            out[i] = e
            if headline[i]:
                untold.append(i)
            if not copies[i]:
                of_type.setdefault(e.type, []).append(i)
                of_family.setdefault((e.type, word_family(lemmas[i])), []).append(i)
            continue
        first = out[target]
        persons[target] = persons[target] | persons[i]
        sizes = {s.slot: s for s in first.size}
        for s in e.size:
            had = sizes.get(s.slot)
            if had is not None and not _vague(had) and _vague(s):
                continue  # "312 aangehouden" is not undone by a later "ruim driehonderd"
            if (headline[target] and s.quantity is not None) or (had is not None and _vague(had) and not _vague(s)):
                sizes[s.slot] = s  # the body's exact count beats the headline's "honderden" wherever it is told
            else:
                sizes.setdefault(s.slot, s)
        if headline[target] and first.mode is None and e.mode is not None:  # the body says how
            first = replace(first, mode=e.mode, acled=e.acled)
        if telling and e.modality == first.modality and _swapped(first, e):
            # "agenten bekogeld" read with the officers as the actors: the body's full sentence says who did it to whom
            first = replace(first, actors=e.actors or first.actors, targets=e.targets or first.targets)
        elif e.modality == first.modality:  # who a denial says did not shoot is not who shot
            first = replace(first, actors=first.actors or e.actors, targets=first.targets or e.targets)
        if headline[target]:  # a later mention may name who did it; the body's place beats the headline's
            first = replace(first, where=e.where or first.where)
            if e.actors and first.actors and all(_a_place(a, spans) for a in first.actors):
                first = replace(first, actors=e.actors)  # "Banda Abou blokkeert wegen": the body says who
        when = first.when
        if e.when and e.when.source == "text" and (when is None or when.source == "published"):
            when = e.when
        out[target] = replace(first, mentions=first.mentions + (Mention(sentence=e.sentence, trigger=e.trigger),),
                              size=tuple(sizes.values()), when=when,
                              confidence=round(min(0.99, max(first.confidence, e.confidence) + 0.05), 2))
    return [replace(out[i], id=f"ev-{n}") for n, i in enumerate(kept, 1)]
