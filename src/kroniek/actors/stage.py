"""The stage: every actor and target of every event resolved within the document and typed."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from functools import cached_property

from ..lang import Language, get_language
from ..lang.lemmas import candidate_lemmas
from ..model import Document, Entity, Event, Participant, Token
from ..reference import NP_DEPS, Facts, Mention, References, Referent, facts, strip_genitive, token_number
from .tables import Tables, key, tables
from .typing import STATE, Typing, as_country, by_name, by_noun, country_in, is_person, words_to_head

#: (event type, role) whose people are victims: civilians unless the text says who they are (ACLED codes
#: unarmed victims of violence and the displaced as civilians).
VICTIMS = frozenset({("ASSAULT", "targets"), ("DISPLACE", "actors"), ("DISPLACE", "targets")})


_NOMINAL_DEPS = ("nsubj", "obj", "iobj", "obl", "nmod", "appos")


def agent_mentions(doc: Document, t: Tables, persons: frozenset[str], known: Facts) -> list[Mention]:
    """Noun phrases headed by an agent noun ("de Russische politie", "the protesters"): what a pronoun or
    description may point back to when no entity names the group (``known``: the language's reference facts, for
    its group nouns and the number a tag shows)."""
    out: list[Mention] = []
    tokens = doc.tokens
    endings = tuple(known.group_nouns)  # one str.endswith over all group nouns, not a generator per noun
    place_spans = sorted((p.start, p.end) for p in doc.places)
    place_starts = [a for a, _ in place_spans]
    for tok in tokens:
        if tok.ent != "O" or not (tok.pos in ("NOUN", "PROPN") or (tok.pos == "ADJ" and tok.dep.startswith(_NOMINAL_DEPS))):
            continue  # (an adjective as a subject or object is used as a noun: "tachtig jongeren", "the injured")
        low = tok.text.lower()
        if low in persons and tok.i + 1 < len(tokens) and tokens[tok.i + 1].ent == "B-PER":
            continue  # "Premier Kobachidze": the title of the name after it, which is the mention
        typed = by_noun(t, [key(tok.text)])
        if typed.type is None and typed.sector is None and not low.endswith(endings) and not is_person(t, low):
            continue  # neither an agent, a group ("de actiegroep ... zij") nor people ("een 41-jarige man ... hem")
        k = bisect.bisect_left(place_starts, tok.end) - 1
        if k >= 0 and place_spans[k][1] > tok.start:
            continue  # "de hoofdstad": a place, which a group pronoun does not point back to
        left = tok.i
        while left > 0 and tokens[left - 1].head == tok.i and tokens[left - 1].dep in NP_DEPS:
            left -= 1
        plural = token_number(tok, known) is True
        person = not plural and (tok.text.lower() in persons or is_person(t, low))
        out.append(Mention(tokens[left].start, tok.end, doc.text[tokens[left].start:tok.end],
                           "person" if person else "group", plural))
    return out


class Typer:
    """Resolves and types the participants of one document."""

    def __init__(self, doc: Document, language: Language) -> None:
        self.doc = doc
        self.t = tables(language)
        self.refs = References(doc, agent_mentions(doc, self.t, language.words("titles"), facts(language)),
                               agent=lambda w: by_noun(self.t, [w]) != Typing())
        self.genitives = self.refs.facts.genitives
        self.by_id = {e.id: e for e in doc.entities}
        self.token_starts = [t.start for t in doc.tokens]
        self.mentions: dict[str, list[Entity]] = {}  # the entity giving a name -> every mention of that name
        for e in self.refs.named:
            self.mentions.setdefault(self.refs.name_of(e)[1].id, []).append(e)
        self.quantities = sorted(doc.quantities, key=lambda q: q.start)
        self.quantity_starts = [q.start for q in self.quantities]
        self.countries = sorted((p for p in doc.places if p.precision == "country"), key=lambda p: p.start)
        self._described: dict[str, Typing] = {}  # per name: its mentions are read once, not once per participant

    def phrase(self, start: int, end: int) -> tuple[list[Token], list[str]]:
        """The phrase's tokens and its words up to its head; a number's head is what it counts
        ("hundreds of residents", "duizenden Russen": residents, Russen)."""
        tokens = self.refs.tokens_in(start, end)
        head = self.refs.head_of(tokens)
        if head is not None:
            k = bisect.bisect_right(self.quantity_starts, head.start) - 1
            q = self.quantities[k] if k >= 0 else None
            if q is not None and q.start <= head.start < q.end and q.counted_end is not None \
                    and head.end <= (q.counted_start or 0) and q.counted_end <= end:
                counted = [t for t in tokens if t.end <= q.counted_end]
                head = counted[-1] if counted else head
            if key(head.text) in self.t.collective or head.lemma.lower() in self.t.collective:
                members = [t for t in tokens if t.i > head.i and t.text[:1].isalnum()]
                head = members[-1] if members else head  # "een groep actievoerders", "a group of protesters"
        return tokens, words_to_head(tokens, head)

    def names(self, start: int, end: int, ref: Referent | None) -> list[str]:
        """The names a participant goes by: its referent's fullest name, the entity's text, genitive-free,
        and the phrase itself when it is written as a name."""
        out: list[str] = []
        if ref is not None and ref.entity is not None:
            out += [ref.canonical, ref.entity.text]
        head = self.refs.head_of(self.refs.tokens_in(start, end))
        entity = self.refs.entity_in(head.start, head.end) if head is not None else None
        if entity is not None:  # the name the phrase is, not one inside it ("a doorman from Ukraine")
            out += [entity.text, entity.canonical]
        text = self.doc.text[start:end]
        if text[:1].isupper():
            out.append(text)
        return list(dict.fromkeys(n for name in out for n in (name, strip_genitive(name, self.genitives))))

    def typing(self, start: int, end: int, ref: Referent | None) -> Typing:
        _, words = self.phrase(start, end)
        found = by_name(self.t, self.names(start, end, ref), self.doc.published)
        found = Typing(found.type, found.sector, country_in(self.t, words) or found.country).or_(by_noun(self.t, words))
        place = as_country(self.countries, start, end)
        if place is not None:  # "Rusland" acting is its state; "bewoners van Oekraïne" only say where from
            head = self.refs.head_of(self.refs.tokens_in(start, end))
            acting = head is not None and place.start <= head.start < place.end
            found = found.or_(Typing(STATE[0], STATE[1], place.country) if acting else Typing(country=place.country))
        if ref is not None and ref.entity is not None and not (found.type and found.country):
            found = found.or_(self.described(ref.entity))
        if ref is not None and (ref.start, ref.end) != (start, end) and not (found.type and found.country):
            found = found.or_(self.typing(ref.start, ref.end, None))  # "hij", "de groep": what it points back to
        return found

    def described(self, entity: Entity) -> Typing:
        """What the document calls a named actor where it names it: a title before a mention ("de Russische
        president Poetin", "minister Yesilgöz") or an apposition after it ("Deen, de woordvoerder van de politie")."""
        name = self.refs.name_of(entity)[1].id
        found = self._described.get(name)
        if found is None:
            found = self._described[name] = self._describe(name)
        return found

    def _describe(self, name: str) -> Typing:
        tokens = self.doc.tokens
        for e in self.mentions.get(name, ()):
            k = bisect.bisect_left(self.token_starts, e.start)
            j = k
            while j > 0 and k - j < 3 and tokens[j - 1].pos in ("NOUN", "ADJ") and tokens[j - 1].sentence == \
                    tokens[k].sentence:
                j -= 1
            words = [key(t.text) for t in tokens[j:k]]
            end = bisect.bisect_left(self.token_starts, e.end)
            if end < len(tokens) and tokens[end].text == ",":
                after = list(itertools.takewhile(lambda t: t.text[:1].isalnum(), tokens[end + 1:end + 6]))
                nouns = [t for t in after if t.pos == "NOUN"]
                if nouns:
                    words_after = [key(t.text) for t in after if t.i <= nouns[0].i]
                    found = by_noun(self.t, words_after)
                    if found != Typing():
                        return Typing(found.type, found.sector, country_in(self.t, words_after))
            if words:
                found = by_noun(self.t, words)
                if found != Typing():
                    return Typing(found.type, found.sector, country_in(self.t, words))
        return Typing()

    def entity(self, p: Participant, ref: Referent | None) -> str | None:
        """The entity a participant refers to: its own name where it is one (its offsets are the participant's),
        else the referent's (a pronoun's or description's antecedent); an adjective inside the phrase is none
        ("Israeli" in "Israeli forces"), a place acting ("Rusland") is kept."""
        own = self.by_id.get(p.entity or "")
        if ref is not None and ref.entity is not None:
            if own is not None and self.refs.name_of(own)[1] is ref.entity:
                return own.id
            return ref.entity.id
        if own is None or own.label != "LOC" or p.start is None or p.end is None:
            return None
        head = self.refs.head_of(self.refs.tokens_in(p.start, p.end))
        return own.id if head is not None and own.start <= head.start < own.end else None

    def participant(self, p: Participant, role: str | None = None) -> Participant:
        """``p`` resolved and typed. ``role`` is what the event makes of people without affiliation (a noun of
        ``actors_person_nouns``, a demonym): ``civilians`` as victims; whoever protests and is no state or armed
        group is ``protesters`` (``rioters`` in a riot), as ACLED codes them."""
        if p.start is None or p.end is None:
            return p
        ref = self.refs.resolve(p.start, p.end)
        typed = self.typing(p.start, p.end, ref)
        if role is not None and typed.type in (None, "civilians") and (
                ref is None or ref.entity is None or ref.entity.label == "MISC"  # "Palestijnen"
                or role != "civilians"):  # an organisation or a person protesting is coded as protesters
            _, words = self.phrase(p.start, p.end)
            people = typed.type == "civilians" or role != "civilians" or bool(words) and (
                is_person(self.t, words[-1]) or words[-1] in self.t.countries)
            if people and (typed.type is None or role != "civilians"):
                typed = Typing(role, typed.sector or role, typed.country)
        entity = self.entity(p, ref)
        if ref is not None and ref.entity is None and (ref.start, ref.end) != (p.start, p.end) \
                and p.text.lower() in self.refs.facts.pronouns:
            # "it" for an unnamed group ("the junta ... it had attacked"): the words that name it, as an agent
            # named in an earlier sentence is given; a named referent keeps the pronoun and links its entity
            p = replace(p, text=self.doc.text[ref.start:ref.end], start=ref.start, end=ref.end)
        return replace(p, entity=entity, canonical=ref.canonical if ref is not None else None,
                       type=typed.type, sector=typed.sector, country=typed.country)


def people_as(event: Event, role: str) -> str | None:
    """What people without affiliation are in this role of this event (ACLED's coding), or None."""
    if event.type == "ASSAULT" and event.mode == "crowd-control" and role == "targets":
        return "protesters"  # tear gas, water cannon, a baton charge: used on a crowd of protesters
    if (event.type, role) in VICTIMS:
        return "civilians"
    if event.type == "PROTEST" and role == "actors":
        return "rioters" if event.mode == "riot" else "protesters"
    return None


def type_events(doc: Document) -> Document:
    """``doc`` with every event's actors and targets resolved and typed. Offsets stay those of the participant's
    words, except a pronoun for an unnamed group, which gives the words that name the group. An arrest that names
    no maker was made by the police the article names (:class:`Custody`)."""
    if not doc.events:
        return doc
    language = get_language(doc.language)
    typer = Typer(doc, language)
    custody = Custody(typer, language)
    events = []
    for ev in doc.events:
        actors = tuple(typer.participant(p, people_as(ev, "actors")) for p in ev.actors)
        targets = tuple(typer.participant(p, people_as(ev, "targets")) for p in ev.targets)
        if not actors:
            maker = custody.maker(ev, targets)
            actors = (typer.participant(maker),) if maker is not None else ()
        events.append(replace(ev, actors=actors, targets=targets))
    return doc.replace(events=tuple(events))


class Custody:
    """Who holds people when the text does not say: "Twee mannen werden aangehouden", "38 people had been
    arrested" were arrested by the police, a prison sentence ("was jailed for four years",
    "veroordeeld tot twee jaar cel") is passed by a court, as ACLED codes them, and a criminal charge ("The five
    were charged with violent disorder") is brought by the police or the prosecutors the article names. The maker is the article's
    mention of that arm of the state nearest before the event, else the first after it, that no other act of its
    sentence befell ("arrested for attacking officers on duty"); an article that names none gives none, never a
    made-up one. The participant keeps the offsets of those words."""

    def __init__(self, typer: Typer, language: Language) -> None:
        self.typer = typer
        self.language = language
        self.sentencing = language.words("actors_sentencing_lemmas")
        self.charging = language.words("actors_charging_lemmas")

    def _lemmas(self, tokens: list[Token]) -> set[str]:
        """The parser's lemmas of ``tokens`` and the lemmatizer's ("aangeklaagd" -> "aanklagen")."""
        return {t.lemma.lower() for t in tokens} | {
            lemma for t in tokens for lemma in candidate_lemmas(t.text, self.language)}

    @cached_property
    def mentions(self) -> dict[str, list[tuple[int, int]]]:
        """(start, end) of every mention of a police or judicial body, per sector, in text order (read on the first
        arrest that needs it)."""
        typer = self.typer
        spans = [(m.start, m.end) for m in typer.refs.mentions]
        spans += [(e.start, e.end) for e in typer.doc.entities if e.label == "ORG"]
        found: dict[str, list[tuple[int, int]]] = {}
        for start, end in sorted(set(spans)):
            sector = typer.typing(start, end, None).sector
            if sector in _CUSTODY_SECTORS:
                found.setdefault(sector, []).append((start, end))
        return found

    def maker(self, ev: Event, targets: tuple[Participant, ...]) -> Participant | None:
        lemmas = self._lemmas(self.typer.refs.tokens_in(ev.trigger.start, ev.trigger.end))
        sectors: tuple[str, ...]
        if ev.type == "ACCUSE" and lemmas & self.charging:
            sectors = ("police", "judiciary")  # "The five were charged with violent disorder": by the police or the
            # prosecutors the article names
        elif (ev.type, ev.mode) == ("COERCE", "arrest"):
            sectors = ("judiciary",) if lemmas & self.sentencing else ("police",)
        else:
            return None
        # (not the officers another act of its sentence befell: "arrested for attacking officers on duty")
        held = [(p.start, p.end) for p in targets if p.start is not None and p.end is not None] + [
            (p.start, p.end) for other in self.typer.doc.events if other.id != ev.id and other.sentence == ev.sentence
            for p in other.targets if p.start is not None and p.end is not None]
        spans = sorted((a, b) for sector in sectors for a, b in self.mentions.get(sector, ())
                       if not any(a < y and x < b for x, y in held))
        if ev.type == "ACCUSE":  # not whom the charge is about ("charged with obstructing officers"): the words after
            # the trigger in its sentence are the charge's, except who says so ("..., the sheriff's office said")
            sentence = self.typer.doc.sentence_at(ev.trigger.start)
            said = [(q.speaker_start, q.speaker_end) for q in self.typer.doc.quotes
                    if q.start <= ev.trigger.start < q.end and q.speaker_start is not None]
            spans = [s for s in spans if sentence is None or not ev.trigger.end <= s[0] < sentence.end or any(
                a <= s[0] and s[1] <= b for a, b in said if a is not None and b is not None)]
        before = [s for s in spans if s[1] <= ev.trigger.start]
        after = [s for s in spans if s[0] >= ev.trigger.end]
        span = before[-1] if before else (after[0] if after else None)
        if span is None:
            return None
        return Participant(text=self.typer.doc.text[span[0]:span[1]], start=span[0], end=span[1])


#: the arms of the state that hold people: the police arrest, a court sentences
_CUSTODY_SECTORS = frozenset({"police", "judiciary"})


__all__ = ["VICTIMS", "Custody", "Typer", "agent_mentions", "people_as", "type_events"]
