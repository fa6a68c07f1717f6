"""PLOVER events with actors, targets, place, date, size and modality (SPEC §2-3).

The stage ``kroniek.events.v1`` runs, per document:

1. detection and typing (:mod:`.detect`): the language's trigger lexicon (:mod:`.lexicon`,
   ``events_triggers.tsv``: lemmas and multiword expressions per PLOVER type and mode), disambiguated
   by the clause, the parse and the arguments (a :class:`~.candidate.Candidate` per trigger), plus
   sentence-level rules (:mod:`.rules`: deontic modals -> REQUEST, violence promised inside quotes ->
   THREATEN) and coordination (:mod:`.coordination`: coordinated objects -> separate events);
2. arguments: actors/targets (:mod:`.roles`: parse roles, word positions, the agent named before), place (clause,
   sentence, else the article's focus location), size (quantities and implied counts),
   claimed_by (quotes and attributions);
3. date (:mod:`.dating`): the governing calendar time, else the publication date;
4. modality (:mod:`.modality`), ACLED classification (:mod:`.acled`), contexts
   (:mod:`.contexts`), confidence;
5. coreference (:mod:`.coref`): the same event told twice becomes one event with ``mentions``.

The code is language-neutral: what the stage knows about a language (trigger lexicon, closed-class
words, cue patterns, grammar facts) is data in ``kroniek/lang/<code>/data``, read once per language by
:mod:`.cues` and :mod:`.lexicon` on the first document in it; sentences are read through :mod:`.text`
(:class:`~.text.SentenceView`). A language the registry does not know is an ``UnsupportedLanguageError``.
Intertitles (short lines without final punctuation) are not read for events; they repeat the body.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace as dc_replace

from ..lang import get_language
from ..lines import day_headers, in_list_item, in_one_list, is_sentence
from ..model import Document, Event, Participant, Place, SizeSlot, TimeExpr, When
from ..periods import clock_of, period
from ..registry import Services, StageSpec
from ..settings import Settings
from ..syntax import head_chain
from .acled import acled_for
from .agents import paragraph_test, told_before
from .arguments import casualties, claimed_by, focus_place, item_focus, size_for, where_for
from .candidate import Candidate
from .contexts import contexts_for
from .coordination import coordinated
from .coref import merge
from .cues import event_cues
from .dating import (
    ends_a_span,
    not_in_the_past,
    past_tense,
    perfect_tense,
    planned,
    sequence_dates,
    update_label_end,
    usable_precision,
    when_for,
)
from .detect import match_sentence
from .generic import destined_span, offence_name, told_in_the_past
from .lexicon import load_lexicon
from .modality import in_condition, modality
from .roles import inherit_agents, participants
from .rules import refine, retype_by_modality
from .text import QuoteSpan, SentenceView, quote_spans, quotes_at, sentence_views, sports_page

log = logging.getLogger(__name__)

def detect_events(doc: Document) -> tuple[Event, ...]:
    """The events of an analysed document (sentences, tokens, entities, places, times, quantities)."""
    lexicon = load_lexicon(get_language(doc.language))
    cues = event_cues(get_language(doc.language))
    views = sentence_views(doc)
    by_index = {v.i: v for v in views}
    quotes = quote_spans(doc)
    focus_at = item_focus(doc, focus_place(doc))
    events: list[Event] = []
    lemmas: list[str] = []
    own_place: list[bool] = []
    copies: list[bool] = []
    anaphoric: list[bool] = []
    headline: list[bool] = []
    bare: list[bool] = []
    counted: list[bool] = []  # a verbal mention that adds a count and nothing else
    toll: list[bool] = []  # people hurt or killed, told in a sentence of their own without who did it
    hurt: list[bool] = []  # a casualty verb told of those it befell ("raakten gewond", "were killed")
    caption: list[bool] = []
    quoted: list[bool] = []
    claims: list[bool] = []  # a count a source gives of what may be told before
    past: list[bool] = []  # asserted and told in the past tense
    sports = sports_page(views)
    for view in views:
        if not view.tokens or view.is_intertitle:
            continue
        found = refine(view, match_sentence(view, lexicon), quotes, sports)
        if not found and events:
            _add_toll(view, events)
        for cand in found:
            if in_condition(view, cand) and not cand.nominal:  # "(dreigen met een staking) als de regering haar
                continue  # plannen niet intrekt": a condition of what is said, not a happening
            cand = _violent_protest(view, _mode_from_words(view, _clash_in_protest(view, cand, found, events)))
            copies_of = coordinated(view, cand, tuple(f.head for f in found if f is not cand))
            scopes = tuple(cc.scope for cc in copies_of if cc.scope is not None)
            cand = dc_replace(cand, excluded=cand.excluded + scopes)
            threat_told = any(f.type == "THREATEN" for f in found if f is not cand) or any(
                e.type == "THREATEN" and e.sentence == view.i - 1 for e in events[-3:])
            event = _build(view, cand, quotes, focus_at(view.start), by_index, len(events) + 1, threat_told)
            if not event.actors and not event.targets and cand.nominal and _anaphoric(view, cand):
                actors, targets = told_before([by_index[i] for i in range(max(0, view.i - 12), view.i) if i in by_index],
                                              cand, participants)
                event = dc_replace(event, actors=actors, targets=targets)
            if event.type != cand.type and not copies_of and any(
                    e.sentence == view.i and (e.type, e.mode) == (event.type, event.mode) for e in events[-3:]):
                continue  # "sat down across the boulevard, shutting a main road": a closure by the protesters is
                # their blockade, told already (the sentence's one event of a type, as the collapse would make it)
            if "coordverb" in cand.flags and not event.actors:  # "burned homes and looted shops": one subject
                event = dc_replace(event, actors=next((e.actors for e in reversed(events) if e.sentence == view.i
                                                       and e.type == event.type), ()))
            events.append(event)
            # (a perfect tells a fact of a bulleted list of them, "overwegende dat: – ... heeft traangas ingezet";
            # elsewhere it tells news of the day, "has called for the release")
            past.append(event.modality == "asserted" and (past_tense(view, cand) or _goes_on_telling(view) or (
                perfect_tense(view, cand) and in_list_item(doc.text, view.start))))
            lemmas.append(cand.lemma)
            own_place.append(_has_own_place(view, cand))
            copies.append(False)
            hurt.append(view.tells_casualty(cand))
            report = len(found) == 1 and _casualty_report(view, cand)
            toll.append(report and not event.actors)
            anaphoric.append(_anaphoric(view, cand) or report
                             or _continues(view, cand, events[:-1], by_index) or offence_name(view, cand))
            headline.append(view.headline)
            adds = _only_a_count(view, cand, event)
            bare.append(adds is False)
            counted.append(adds is True and bool(event.targets))
            caption.append(view.caption)
            spans = quotes_at(quotes, cand.start)
            retold = bool(spans) and told_in_the_past(view, cand)  # said by someone, in the past
            quoted.append(retold and any(q.kind == "direct" for q in spans))
            claims.append(retold and bool(event.size)
                          and not view.cues.word_set("events_further_words") & set(view.lowers))
            for copy in copies_of:
                copy = dc_replace(copy, excluded=tuple(s for s in scopes if s != copy.scope))
                ev = _build(view, copy, quotes, focus_at(view.start), by_index, len(events) + 1, threat_told)
                events.append(dc_replace(ev, actors=event.actors))
                past.append(False)
                lemmas.append(copy.lemma)
                own_place.append(True)
                copies.append(True)
                anaphoric.append(False)
                toll.append(False)
                hurt.append(False)
                headline.append(False)
                bare.append(False)
                counted.append(False)
                caption.append(False)
                quoted.append(False)
                claims.append(False)
    events = section_dates(doc, inherit_agents(doc, events), past)
    told_past = {e.trigger.start for e, p in zip(events, past, strict=True) if p}  # a merged event keeps its first trigger
    defiance = cues.word_set("events_defiance_lemmas")
    said = {e.trigger.start for e, lemma in zip(events, lemmas, strict=True)
            if e.type in _STATEMENTS and not (e.type == "REJECT" and lemma in defiance)}
    in_headline = {e.trigger.start for e, h in zip(events, headline, strict=True) if h}
    merged = merge(events, lemmas, own_place, copies, anaphoric, headline, bare, caption, quoted,
                   [_named_persons(by_index[e.sentence], e) for e in events],
                   closed_words=cues.word_set("partyless_words"),
                   places={p.id: p for p in doc.places}, claims=claims,
                   police_hurt=[cues.all_police(e.targets) for e in events], counted=counted, toll=toll, casualty=hurt)
    # dated after the merge, which compares the dates the events' own sentences give
    dated = narrative_dates(doc, merged, [e.trigger.start in told_past and e.trigger.start not in said for e in merged],
                            [e.trigger.start in in_headline for e in merged])
    return tuple(sequence_dates(doc, dated))  # after the dates of the acts they are told against


def section_dates(doc: Document, events: list[Event], past: list[bool]) -> list[Event]:
    """An event with no date of its own under a day header ("17 oktober" on a line of its own, in a channel or a
    live page that has two at least) happened on that day, not on the day of publication; one told in the past
    happened on a day the section names a sentence or two before it, if any."""
    days = {(t.start, t.end): t for t in doc.times if t.type in ("DATE", "TIME") and _DAY.fullmatch(t.value)
            and not (doc.published and t.value[:10] > doc.published[:10])}  # (a day part is its day: "Vrijdagvoormiddag")
    headers = [days[span] for span in day_headers(doc.text, days)]
    if not headers:
        return events
    starts = [t.start for t in headers]
    same_paragraph = paragraph_test(doc)
    # the sentence each day stands in (a day stands in one)
    sentence_of = {t.id: s.i for t in days.values() if (s := doc.sentence_at(t.start)) is not None}
    out = []
    for e, told_past in zip(events, past, strict=True):
        k = bisect.bisect_right(starts, e.trigger.start) - 1
        if k >= 0 and (e.when is None or e.when.source == "published"):
            # a day the entry names a sentence or two before the act goes on being told ("15 november – Mars ...
            # Zaterdag liepen ... Bij het stadhuis bekogelden ..."), else the header's ("Wij nemen afstand ...")
            # (not the end of a range the header gives: "Wo 04/11 - vr 06/11 | Kuurne")
            h = max((t for t in days.values() if told_past and headers[k].end <= t.start < e.trigger.start
                     and t.id in sentence_of and sentence_of[t.id] != sentence_of.get(headers[k].id)
                     and 0 <= e.sentence - sentence_of[t.id] <= _NARRATIVE_REACH
                     and same_paragraph(sentence_of[t.id], e.sentence)),
                    key=lambda t: t.start, default=headers[k])
            e = dc_replace(e, when=When(value=h.value[:10], precision="day", time=h.id, source="text"))
        out.append(e)
    return out


#: a day's value, maybe with a part of it ("2026-11-06", "2026-11-06TMO")
_DAY = re.compile(r"\d{4}-\d\d-\d\d(?:T[A-Z]{2})?")
#: how many sentences back a dated event of the same paragraph gives its date to an undated one
_NARRATIVE_REACH = 2
#: the types of what a party says of what happened (a reproach, a denial): told in the past with no day of its own, it
#: was said by the time of publication, not on the day of the happening it answers ("Police arrested 40 on Sunday.
#: The union condemned the arrests."); a refusal on the spot ("refused to move": ``events_defiance_lemmas``) is an
#: act of the happening. (Measured: demands and warnings too moved more gold sets down than up; orders and demands
#: are often made at the protest itself.)
_STATEMENTS = frozenset({"ACCUSE", "REJECT"})

#: how many sentences after a headline the lead that dates its event runs
_LEAD = 3


def narrative_dates(doc: Document, events: list[Event], past: list[bool], headline: list[bool]) -> list[Event]:
    """An asserted event told in the past tense with no date in its own sentence happened when the story it goes on
    telling did: it takes the nearest earlier date of its paragraph, at most two sentences back: an asserted event's
    text date ("Op zaterdag blokkeerden ... Een omstander werd tijdens de blokkade door een activist geduwd") or a
    day that dates no event ("Op het Kiel is het zaterdagavond urenlang onrustig geweest. Tientallen jongeren
    bekogelden ..."), else the article's first story date (its first dated event, or a day its lead names), not
    the publication date. A clock time with no day of its own ("De wake begint om 20.00 uur", put on the day of
    publication) gives no story date, and an event it dates is dated as one without a date. A headline, told in the
    present ("Militairen grijpen de macht"), takes the date of the first event of its type that the lead dates, else
    the first date the lead names (a day, or another event's date). Updates on top of a story ("Update 13.15 uur:
    ...") are neither its lead nor its first date. A date after publication is no story date."""
    same_paragraph = paragraph_test(doc)
    out = list(events)

    dayless = {t.id for t in doc.times if t.anchor == "published" and clock_of(t.value)}

    def story(p: Event) -> When | None:
        """The story date ``p`` gives, if any."""
        w = p.when
        if p.modality == "asserted" and w is not None and w.source == "text" and w.precision in _STORY_PRECISIONS and (
                not doc.published or _starts_by(w.value, doc.published[:10])) and w.time not in dayless:
            return w
        return None

    updates = _update_sentences(doc, same_paragraph)

    def one_story(a: int, b: int) -> bool:
        """Sentences of one paragraph, or of one bulleted list's items (an ordinance's considerations)."""
        return same_paragraph(a, b) or in_one_list(doc.text, doc.sentences[a].start, doc.sentences[b].start)

    told_in: dict[int, list[int]] = {}  # sentence -> the events told in it, first or again, in order
    for k, p in enumerate(out):
        for x in sorted({p.sentence, *(m.sentence for m in p.mentions)}):
            told_in.setdefault(x, []).append(k)
    days = _story_days(doc, events, dayless)  # (sentence, when) of the days no event took
    lead_end = _lead_end(doc, updates)
    lead_day = next(((k, w) for k, w in days if k <= lead_end and k not in updates), None)
    first: tuple[int, When] | None = lead_day  # the article's first story date so far
    for i, e in enumerate(out):
        if e.when is not None and (e.when.source == "published" or e.when.time in dayless):
            if (headline[i] or e.sentence == 0) and e.modality == "asserted":  # (a title line kept whole)
                lead = next((w for p in out[i + 1:] if e.sentence < p.sentence <= max(lead_end, e.sentence + _LEAD)
                             and p.sentence not in updates and p.type == e.type and (w := story(p)) is not None), None)
                if lead is not None:
                    out[i] = dc_replace(e, when=lead)
                elif (day := _lead_date(e.sentence, lead_day, out, story, lead_end, updates)) is not None:
                    out[i] = dc_replace(e, when=day[1])
            elif past[i]:
                near: tuple[int, When] | None = None
                # the paragraph's date, a sentence or two back, where an earlier event was told (a merged one also
                # where it was told again: "tore down the picket line" after the title's "dispersal")
                for x in range(e.sentence - 1, e.sentence - _NARRATIVE_REACH - 1, -1):
                    dated = [w for k in told_in.get(x, ()) if k < i and (w := story(out[k])) is not None]
                    if dated and one_story(x, e.sentence):
                        near = (x, dated[-1])
                        break
                for k, w in days:
                    if (near is None or k > near[0]) and 0 < e.sentence - k <= _NARRATIVE_REACH \
                            and one_story(k, e.sentence):
                        near = (k, w)
                source = near or (first if first is not None and first[0] < e.sentence else None)
                if source is not None:  # ... else the story's
                    out[i] = dc_replace(e, when=source[1])
        told = story(out[i])
        if told is not None and out[i].sentence not in updates and (first is None or out[i].sentence < first[0]):
            first = (out[i].sentence, told)
    return out


def _starts_by(value: str, day: str) -> bool:
    """Does the period ``value`` names start on or before ``day`` (a week "2026-W06" as much as a date)?"""
    span = period(value)
    return span is not None and span[0].isoformat() <= day


def _lead_date(after: int, lead_day: tuple[int, When] | None, events: list[Event],
               story: Callable[[Event], When | None], lead_end: int, updates: frozenset[int]
               ) -> tuple[int, When] | None:
    """The first date the lead names after sentence ``after`` (a headline's): a day no event took, or an event's
    story date."""
    def in_lead(p: Event) -> int | None:
        """The first sentence of the lead that tells ``p``: an event the headline also tells counts where the lead
        tells it ("... ; 19 arrested" ... "arresting 19")."""
        return next((s for s in (p.sentence, *(m.sentence for m in p.mentions))
                     if after < s <= lead_end and s not in updates), None)

    told = next(((k, w) for p in events if (k := in_lead(p)) is not None and (w := story(p)) is not None), None)
    return min((x for x in (lead_day, told) if x is not None and x[0] > after), key=lambda x: x[0], default=None)


#: the precisions of a date a story goes on telling; a year ("het vredesakkoord van 2016") is background
_STORY_PRECISIONS = frozenset({"day", "week", "month"})


def _update_sentences(doc: Document, same_paragraph: Callable[[int, int], bool]) -> frozenset[int]:
    """The sentences of the paragraphs a label opens as an update ("Update 13.15 uur: ...", "UPDATE: ..."): added
    on top of a story, newest first, they tell what followed it, so neither its lead nor its first date."""
    cues = event_cues(get_language(doc.language))
    out: set[int] = set()
    opener: int | None = None
    for s in doc.sentences:
        if update_label_end(cues, doc.text[s.start:s.end]):
            opener = s.i
        elif opener is None or not same_paragraph(opener, s.i):
            opener = None
            continue
        out.add(s.i)
    return frozenset(out)


def _lead_end(doc: Document, updates: frozenset[int] = frozenset()) -> int:
    """The last sentence of the lead: the first :data:`_LEAD` sentences after the title, not counting the lines
    that are no sentences (a byline, a dateline, a section label: no final punctuation) nor the ``updates``."""
    told = 0
    for s in doc.sentences[1:]:
        if s.i not in updates and is_sentence(doc.text[s.start:s.end]):
            told += 1
            if told == _LEAD:
                return s.i
    return len(doc.sentences) - 1


def _story_days(doc: Document, events: list[Event], dayless: set[str]) -> list[tuple[int, When]]:
    """The days the text names (a date or a time of day: "zaterdagavond", "on Monday night") that date no event,
    up to publication: (sentence index, when) in document order. ``dayless``: the clock times with no day of their
    own ("Rond 15.30 uur", put on the publication date), which name none; nor does the end of a span ("tot
    zaterdag") or the article's dateline."""
    used = {e.when.time for e in events if e.when is not None and e.when.time}
    cues = event_cues(get_language(doc.language))
    starts = [tok.start for tok in doc.tokens]
    out: list[tuple[int, When]] = []
    for t in sorted(doc.times, key=lambda x: x.start):
        if t.id in used or t.id in dayless or usable_precision(t) != "day" or ends_a_span(cues, doc.text, t) or (
                doc.published and t.value[:10] > doc.published[:10]):
            continue
        sentence = doc.sentence_at(t.start)
        if sentence is None or (sentence.i > 0 and doc.published and t.value[:10] == doc.published[:10]
                                and not is_sentence(doc.text[sentence.start:sentence.end])):
            continue  # "vrijdag 14 november 2025 om 03.00 uur" under the byline: when it was published
        if _in_relative_clause(doc, starts, t):
            continue  # "The marchers, who left Sulaimani on Thursday morning, were halted": the people's earlier act
        out.append((sentence.i, When(value=t.value[:10], precision="day", time=t.id, source="text")))
    return out


def _in_relative_clause(doc: Document, starts: list[int], t: TimeExpr) -> bool:
    """Does the parse hang the time expression inside a relative clause ("who left ... on Thursday")? ``starts``:
    the tokens' start offsets."""
    tokens = doc.tokens
    k = bisect.bisect_right(starts, t.start) - 1
    return 0 <= k < len(tokens) and any(tokens[j].dep == "acl:relcl" for j in head_chain(tokens, k))


def _goes_on_telling(view: SentenceView) -> bool:
    """Does the sentence tie its act to the time of the act told before it ("Demonstranten blokkeren sindsdien de
    weg", "Daarbij zijn 40 mensen aangehouden": ``events_story_anaphors``, words or phrases of up to three words)?"""
    anaphors = view.cues.word_set("events_story_anaphors")
    lows = view.lowers
    return any(" ".join(lows[k:k + n]) in anaphors for n in (1, 2, 3) for k in range(len(lows) - n + 1))


def _add_toll(view: SentenceView, events: list[Event]) -> None:
    """A sentence that only tells a toll ("Vier agenten raakten gewond") sizes the violent event just before it."""
    last = events[-1]
    if last.type not in ("ASSAULT", "PROTEST") or view.i - last.sentence > 1 or last.modality != "asserted":
        return
    have = {s.slot for s in last.size}
    extra = tuple(s for s in casualties(view) if s.slot not in have)
    if extra:
        order = ("participants", "killed", "injured", "arrested", "displaced")
        events[-1] = dc_replace(last, size=tuple(sorted(last.size + extra, key=lambda s: order.index(s.slot))))


def _mode_from_words(view: SentenceView, c: Candidate) -> Candidate:
    """MOBILIZE's mode follows who is mobilized (reservists, police, militia); troops otherwise."""
    from dataclasses import replace

    if c.type != "MOBILIZE":
        return c
    clause = view.clause_text(view.clause_of(c.head))
    for pattern, mode in view.cues.ordered["mobilize_modes"]:
        if pattern.search(clause):
            return replace(c, mode=mode)
    return c


def _violent_protest(view: SentenceView, c: Candidate) -> Candidate:
    """"Violent protests", "gewelddadige demonstraties": a riot (ACLED Violent demonstration)."""
    violent = view.cues.word_set("events_violent_words")
    if c.type == "PROTEST" and c.mode == "demo" and any(view.lowers[j] in violent
                                                         for j in range(max(0, c.head - 2), c.head)):
        return dc_replace(c, mode="riot", rule=f"violent {c.rule}")
    return c


def _blockade_by_actor(view: SentenceView, c: Candidate, actors: tuple[Participant, ...]) -> Candidate:
    """Who blocks decides what a blockade is: the police blocking a road restrict movement ("police had blocked the
    road with containers": COERCE), farmers or strikers closing a crossing protest ("farmers shut the border
    crossing": PROTEST)."""
    if not actors or view.told_as_noun(c):  # a headline's "Police Break Blockade": the parse's subject of a noun
        return c
    texts = [a.text.lower() for a in actors]
    policing = [view.cues.pattern("police").search(t) is not None for t in texts]
    groups = view.cues.word_starts("events_obstructing_groups")
    protesting = [not p and any(w.startswith(groups) for w in t.split()) for t, p in zip(texts, policing, strict=True)]
    if c.type == "PROTEST" and c.mode == "obstruct" and any(policing) and not any(protesting):
        return dc_replace(c, type="COERCE", mode="restrict", rule=f"blocked-by-authorities->COERCE after {c.rule}")
    if c.type == "COERCE" and c.mode == "restrict" and all(protesting):
        return dc_replace(c, type="PROTEST", mode="obstruct", rule=f"closed-by-protesters->PROTEST after {c.rule}")
    return c


#: the rule name of a clash read as a riot
_CLASH_RIOT = "clash-at-protest->PROTEST"


#: how many sentences back a protest makes the violence that breaks out after it a riot
_PROTEST_REACH = 10


def _clash_in_protest(view: SentenceView, c: Candidate, found: Sequence[Candidate] = (),
                      told: Sequence[Event] = ()) -> Candidate:
    """Clashes involving protesters, or unarmed people and the police ("students clash with police"), or told in
    the sentence of a protest ("Clashes broke out at the university, where students had blocked the avenue") or
    a few sentences after one ("Thousands marched to the City Hall ... That night, violence broke out in Joza"), or
    brawls of sports fans with no armed group in the sentence ("raakten AZ-fans en Servische hooligans slaags") are
    PROTEST (riot), not battles; the police against gunmen or a gang is a battle."""
    from dataclasses import replace

    if c.type != "ASSAULT":
        return c
    pattern = view.cues.pattern
    if c.nominal and c.lemma in view.cues.word_set("events_unrest_nouns") and not pattern("armed").search(view.text) \
            and any(e.type == "PROTEST" and e.mode in ("demo", "obstruct") and e.modality == "asserted"
                    and 0 < view.i - e.sentence <= _PROTEST_REACH for e in told[-8:]):
        return replace(c, type="PROTEST", mode="riot", rule=f"{_CLASH_RIOT} after {c.rule}")
    if "clash" not in c.flags:
        return c
    protest = any(f.type == "PROTEST" and f.mode in ("demo", "obstruct") and not f.nominal for f in found if f is not c)
    if pattern("protesters").search(view.text) or protest or (
            pattern("fans").search(view.text) and not pattern("armed").search(view.text)
            and not pattern("non_state").search(view.text)) or _with_police(view, c):
        return replace(c, type="PROTEST", mode="riot", rule=f"{_CLASH_RIOT} after {c.rule}")
    return c


def _with_police(view: SentenceView, c: Candidate) -> bool:
    """A clash of people with the police ("clash with police", "raakten slaags met de politie"): the police named
    right after the trigger, no armed group in the sentence, and no object of the verb ("bespuugden twee agenten"
    is an act on them, no clash)."""
    pattern = view.cues.pattern
    end = max(c.tokens or (c.head,))
    after = " ".join(view.lowers[end + 1:end + 5])
    transitive = not c.nominal and any(view.tokens[j].dep == "obj" for j in view.dependents(c.head))
    found = pattern("police").search(after)
    first = min(c.tokens or (c.head,))
    pair = view.lowers[max(0, first - 4):first]
    if found is None and not transitive and set(pair) & view.cues.word_set("events_and"):
        found = pattern("police").search(" ".join(pair))  # "Hawkers and city police clash", "Boeren en
        # politie raakten slaags": the police one side of the pair the clash is told of
        if found is not None and pattern("armed").search(found.group(0)):
            return False
    if found is None or transitive:
        return False
    if not pattern("armed").search(found.group(0)):  # the police: no armed group anywhere in the sentence
        return not pattern("armed").search(view.text) and not pattern("non_state").search(view.text)
    # soldiers or troops: a clash with people who are none ("Youth clash with soldiers", not "Indian troops clashed
    # with Chinese soldiers", nor "gevechten tussen het leger en de RSF", with no subject before it)
    start = view.tokens[min(c.tokens or (c.head,))].start - view.start
    before = view.text[:start]
    subject = not c.nominal and any(view.tokens[j].dep == "nsubj" and j < c.head for j in view.dependents(c.head))
    return subject and not pattern("armed").search(before) and not pattern("police").search(before) \
        and not pattern("non_state").search(view.text)


def _casualty_report(view: SentenceView, c: Candidate) -> bool:
    """"12 militants were killed" after an attack: its toll, told in a sentence of its own, in the passive or with a
    verb whose subject undergoes it ("Elf agenten raakten gewond")."""
    return view.tells_casualty(c) and not any(view.start <= p.start < view.end for p in view.places)


def _named_persons(view: SentenceView, event: Event) -> frozenset[str]:
    """The lower-case names of the persons the event's targets name, and the noun of a target that is one unnamed
    person ("the driver", "een man"): "Police arrested the driver" is not the "38 people" arrested before."""
    doc = view.doc
    spans = [(p.start, p.end) for p in event.targets if p.start is not None and p.end is not None]
    names = {e.canonical.lower() for e in doc.entities if e.label == "PER" and any(a <= e.start < b for a, b in spans)}
    people = view.lang.words("actors_person_nouns")
    for a, b in spans:
        heads = [view.tokens[k] for k in view.span_heads(a, b)]
        if len(heads) == 1 and heads[0].pos == "NOUN" and heads[0].feature("Number") == "Sing" and \
                heads[0].text.lower() in people:
            names.add(heads[0].text.lower())
    return frozenset(names)


def _only_a_count(view: SentenceView, c: Candidate, event: Event) -> bool | None:
    """What a verbal mention adds: None when a place or a date of its own (or it is a noun), else whether a number
    ("werden kort daarna aangehouden" adds nothing, False; "Six picketers were arrested" only a count, True)."""
    if c.nominal or (event.when is not None and event.when.source == "text") or _has_own_place(view, c):
        return None
    clause = view.clause_of(c.head)
    a, b = view.tokens[clause.start].start, view.tokens[clause.end - 1].end
    return any(a <= q.start < b for q in view.quantities)


#: word classes that end a noun phrase on its left: a determiner beyond them is another phrase's
_OUTSIDE_NOUN_PHRASE = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ"})


def _anaphoric(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger told as already known: a definite nominal or a non-finite verb?"""
    cues = view.cues
    if c.nominal and any(p.fullmatch(view.doc.text[c.start:c.end].lower()) for p, _ in cues.ordered["assault_modes"]):
        return False  # "zette het waterkanon in": the force's instrument, not an event told before
    if c.nominal:
        for j in range(c.head - 1, max(-1, c.head - 4), -1):
            low = view.lowers[j]
            if low in cues.word_set("events_definite_words"):
                return True
            if low in cues.word_set("events_indefinite_articles") or not low.isalpha() or \
                    view.tokens and view.tokens[j].pos in _OUTSIDE_NOUN_PHRASE:
                return False  # "De ME voerde charges uit": the article is the subject's
        return False
    return c.head > 0 and view.lowers[c.head - 1] in cues.word_set("events_infinitive_markers")


def _continues(view: SentenceView, c: Candidate, before: list[Event], by_index: dict[int, SentenceView]) -> bool:
    """A verb that goes on telling the event of the sentence before: no date of its own, and a definite object
    whose noun that sentence named ("an attack ... on a military base. The militants opened fire on the base")."""
    if c.nominal or not view.parsed:
        return False
    recent = [by_index.get(e.sentence) for e in before[-3:] if e.type == c.type and 0 < view.i - e.sentence <= 3]
    if not recent or before[-1].type != c.type:
        return False
    clause = view.clause_of(c.head)
    day = before[-1].when.value[:10] if before[-1].when is not None else None
    if any(view.tokens[clause.start].start <= t.start < view.tokens[clause.end - 1].end and t.value[:1].isdigit()
           and not (len(t.value) > 10 and t.value[:10] == day) for t in view.times):
        return False  # a date of its own: another telling, maybe another event (not the hour of the day told)
    if c.type == "PROTEST" and view.i - before[-1].sentence <= 2 and any(
            view.tokens[j].dep == "nsubj" and "PronType=Prs" in view.tokens[j].morph for j in view.dependents(c.head)):
        return True  # "... hebben vissers de haven geblokkeerd. Ze protesteren tegen ...": why they did it (a
        # sentence on their number may stand between: "De politie hield het op tweeduizend.")
    definite = view.cues.word_set("events_definite_words")
    told = {w for prev in recent if prev is not None
            for w, t in zip(prev.lowers, prev.tokens, strict=False) if t.pos == "NOUN"}
    # "de basis" after "een legerbasis": a compound's head names the same thing
    if any(view.lowers[j] in definite and view.tokens[j + 1].pos == "NOUN" and len(view.lowers[j + 1]) >= 4
           and any(w.endswith(view.lowers[j + 1]) for w in told) for j in range(c.head + 1, clause.end - 1)):
        return True
    hit = {w for e in before[-3:] if e.type == c.type for p in e.targets for w in p.text.lower().split()}
    if any(view.tokens[j].dep == "nsubj:pass" and view.tokens[j].pos == "NOUN" and len(view.lowers[j]) >= 4
           and any(w.endswith(view.lowers[j]) for w in hit)
           and any(view.lowers[i] in definite for i in view.dependents(j)) for j in view.dependents(c.head)):
        return True  # "... ambushed a military patrol. ... the patrol was attacked with rifles": whom it was done to
    # "na een mishandeling in de binnenstad. ... werd het slachtoffer tegen de grond geslagen en geschopt": the same
    # kind of act (its mode) done to someone already known (a definite phrase or a pronoun) tells it in detail
    known = [j for j in view.dependents(c.head) if view.tokens[j].dep in ("nsubj:pass", "obj")
             and (view.tokens[j].pos == "PRON" or any(view.lowers[i] in definite and clause.start <= i < j
                                                      for i in view.dependents(j)))]
    return c.mode is not None and before[-1].mode == c.mode and bool(known)


def _has_own_place(view: SentenceView, c: Candidate) -> bool:
    """Does the trigger's clause name a place as a location ("in Odesa"), not as an actor ("Rusland reageerde")?"""
    clause = view.clause_of(c.head)
    a, b = view.tokens[clause.start].start, view.tokens[clause.end - 1].end
    for p in view.places:
        if a <= p.start < b:
            k = view.token_from(p.start)
            if k is None or not any(view.lowers[j] in view.cues.word_set("events_locative_prepositions")
                                    for j in range(max(0, k - 3), k)):
                continue
            head = view.tokens[k].head - view.tokens[0].i
            if view.parsed and view.tokens[k].dep == "nmod" and 0 <= head < len(view.tokens) and head != c.head \
                    and head not in c.tokens and view.tokens[head].pos == "NOUN" \
                    and any(view.tokens[j].dep == "case" for j in view.dependents(head)):
                continue  # "tegen de sluiting van visgronden in de Noordzee": where the grounds are, not the act
            return True
    return False


def _build(view: SentenceView, c: Candidate, quotes: list[QuoteSpan], focus: Place | None,
           by_index: dict[int, SentenceView], n: int, threat_told: bool = False) -> Event:
    from ..model import Trigger

    doc = view.doc
    mod = modality(view, c)
    c, mod = retype_by_modality(view, c, mod, threat_told)
    when = when_for(view, c, quotes, by_index)
    if mod == "future" or (mod == "asserted" and planned(view, c)):
        when = not_in_the_past(view, when)
    elif mod == "asserted" and past_tense(view, c):
        when = not_in_the_past(view, when, ahead=False)  # "clashed on 28 December", published in January
    if mod == "asserted" and when is not None and when.source == "text" and doc.published and \
            when.precision == "day" and when.value > doc.published[:10] and not past_tense(view, c):
        mod = "future"  # "leggen donderdag het werk neer", published on Monday (not "plunderden zaterdag")
    actors, targets = participants(view, c)
    if c.rule.startswith(_CLASH_RIOT) and targets and not actors:
        actors, targets = targets, ()  # "raakten AZ-fans en Servische hooligans slaags": a riot's sides riot
    c = _blockade_by_actor(view, c, actors)
    confidence = c.weight
    if c.nominal:
        confidence -= 0.05
    if actors or targets:
        confidence += 0.05
    if mod != "asserted":
        confidence -= 0.05
    return Event(
        id=f"ev-{n}", type=c.type, mode=c.mode, acled=acled_for(view.cues, c.type, c.mode, c.flags, view.text),
        trigger=Trigger(text=doc.text[c.start:c.end], start=c.start, end=c.end), sentence=view.i,
        contexts=contexts_for(view.cues, view.text), actors=actors, targets=targets,
        where=where_for(view, c, focus),
        when=when, size=_own_sizes(view, c, size_for(view, c)), modality=mod,  # type: ignore[arg-type]
        claimed_by=claimed_by(view, c, quotes), confidence=round(max(0.05, min(0.99, confidence)), 2), rule=c.rule,
    )


def _own_sizes(view: SentenceView, c: Candidate, sizes: tuple[SizeSlot, ...]) -> tuple[SizeSlot, ...]:
    """A count inside a relative clause that says what a place was meant for ("een pand waar twintig asielzoekers
    zouden worden opgevangen") is not the size of the event of the main clause."""
    starts = {q.id: q.start for q in view.quantities}
    out = []
    for s in sizes:
        pos = starts.get(s.quantity) if s.quantity else None
        k = view.token_at(pos) if pos is not None else None
        if k is not None and destined_span(view, k) and not destined_span(view, c.head):
            continue
        out.append(s)
    return tuple(out)


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        return doc.replace(events=detect_events(doc))

    return stage


STAGE = StageSpec(
    name="kroniek.events.v1",
    factory=make_stage,
    requires=("sentences", "tokens", "entities", "places", "times", "quantities", "quotes"),
    assigns=("events",),
    help="PLOVER events with actors, targets, place, date, size and modality.",
)
