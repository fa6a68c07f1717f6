"""When an event happened: the governing calendar time expression, else the publication date.

Rule: among ``doc.times`` of type DATE whose value starts with four digits (calendar times), and of
type TIME whose value starts with a calendar day ("zaterdagavond" -> ``2021-01-23TEV``: its day,
``value[:10]``, at day precision), take
the one in the trigger's clause (a coordinated conjunct's own words first), else the nearest one
in the trigger's sentence; for a trigger inside a quote whose attribution ("zo luidde ...",
"zegt X") sits in another sentence, that sentence is searched too. Granularity maps day -> day,
week -> week, month -> month, year -> year; quarter, season and half -> year precision with the
finer value kept ("2022-Q3"); decades, centuries and non-calendar values (PAST_REF, durations,
sets) are not used, nor is an end bound ("tot woensdag", "until Friday": when a state ends, not when
the event happened). A bare weekday that the time stage resolved to the week after publication is
moved one week back when the trigger's clause is in the past tense ("voerden dinsdag actie": the
tagger may call such a weak past present). With none: the published date (its YYYY-MM-DD part) at day precision,
``source: "published"``; with no published date ``when`` is null. The stage then gives an asserted event told in
the past with no date of its own, and a headline in the present, the date of the story they tell
(:func:`kroniek.events.narrative_dates`: the paragraph's dated event, the article's first, the lead's), with
``source: "text"`` and that time expression's id.

A future or planned event is never dated before publication (:func:`not_in_the_past`): a date without a written
year ("21 June", "zaterdag") that the time stage put in the past moves on by a year (a week for a weekday) when
the event lies ahead: its modality is future, or it is the object of a planning verb ("called a national
march", ``events_planning_verbs``). The reverse holds for an event told in the past tense.
"""

from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass
from dataclasses import replace as dc_replace
from datetime import date, timedelta

from .. import attribution
from ..lang import get_language
from ..lang.lemmas import past_forms, separable_particles, sure_past_forms
from ..model import Document, Event, TimeExpr, When
from ..syntax import head_chain, participle_clause
from .cues import EventCues, event_cues
from .detect import Candidate
from .lexicon import load_lexicon
from .modality import CONDITIONAL_THREAT
from .phrases import words_of
from .text import QuoteSpan, SentenceView, quotes_at

_CALENDAR = re.compile(r"^\d{4}")
_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "quarter": "year"}


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def usable_precision(t: TimeExpr) -> str | None:
    """The precision at which ``t`` dates an event (None: it dates none: a duration, a set, PAST_REF, a decade)."""
    if t.type == "TIME":
        return "day" if _DAY.match(t.value) else None
    if t.type != "DATE" or not _CALENDAR.match(t.value):
        return None
    if t.granularity in _PRECISION:
        return _PRECISION[t.granularity]
    if t.granularity == "none" and re.match(r"^\d{4}-(SP|SU|FA|WI|H[12])$", t.value):
        return "year"
    return None


# Time expressions by start of the most recently used documents: a candidate looks only at the times of its
# clause and sentence, not at every time of a long document. Keyed by id() and checked by identity.
_TIMES: dict[int, tuple[tuple[TimeExpr, ...], list[int], list[int]]] = {}
_TIMES_LOCK = threading.Lock()


def _times_within(times: tuple[TimeExpr, ...], a: int, b: int) -> list[TimeExpr]:
    """The times with a <= start and end <= b, in their document order."""
    with _TIMES_LOCK:
        hit = _TIMES.get(id(times))
        if hit is None or hit[0] is not times:
            if len(_TIMES) >= 64:
                _TIMES.clear()
            order = sorted(range(len(times)), key=lambda k: times[k].start)
            hit = _TIMES[id(times)] = (times, order, [times[k].start for k in order])
    _, order, starts = hit
    ks = sorted(order[bisect.bisect_left(starts, a):bisect.bisect_right(starts, b)])
    return [times[k] for k in ks if times[k].end <= b]


def _nearest(times: list[TimeExpr], pos: int) -> TimeExpr | None:
    return min(times, key=lambda t: min(abs(t.start - pos), abs(t.end - pos))) if times else None


def _weak_past(view: SentenceView, low: str, lemma: str) -> bool:
    """"voerden" of "voeren", "werkte" of "werken": a weak past form of ``lemma`` (the language's
    ``weak_past_suffixes`` on the stem of its infinitive)."""
    suffixes = view.cues.facts["weak_past_suffixes"]
    ending = view.cues.infinitive
    return bool(suffixes) and low != lemma and lemma.endswith(ending) and any(
        low == lemma[:len(lemma) - len(ending)] + suffix for suffix in suffixes)


def _past_form(view: SentenceView, k: int, own: bool = False) -> bool:
    """Is token k a past verb form? ``own``: k is the trigger, and a participle that modifies a noun tells its own act
    as done ("the 47 students arrested at Mokola"), though not the tense of the clause it stands in ("called a rally
    on Friday to demand the release of those arrested")."""
    t = view.tokens[k]
    if t.pos not in ("VERB", "AUX"):
        return False
    if "Tense=Past" in t.morph and ("VerbForm=Part" not in t.morph or ((
            t.dep.lower() == "root" or (own and t.dep.startswith("acl"))) and not any(
            view.tokens[j].dep.startswith("aux") for j in view.dependents(k)))):
        return True  # (also "Hundreds of people gathered outside ...", tagged a participle: with no auxiliary, a past)
    low = view.lowers[k]
    # an irregular past the tagger called present ("beval"; "staken" is the trigger's lemma's to decide: past_tense)
    return low in sure_past_forms(view.lang) or _weak_past(view, low, t.lemma.lower()) \
        or t.tag in view.cues.facts["past_tags"]


def past_tense(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's clause told in the past ("plunderden", "voerden actie", "looted")? The trigger's own
    lexicon lemma decides for its surface form even when the tagger says present."""
    if not view.tokens:
        return False
    # the lemma, and the verb's own lemma without its separable particle ("ketenden ... zich vast": "vastketenen")
    lemmas = {c.lemma} | {c.lemma[len(p):] for p in separable_particles(view.lang) if c.lemma.startswith(p)}
    if c.lemma and not c.nominal and any(  # (the verb of a coordinated object's event is not its head)
            _weak_past(view, low, lemma) or past_forms(view.lang).get(low) == lemma
            for low in view.lowers for lemma in lemmas):
        return True
    clause = view.clause_of(c.head)
    return any(_past_form(view, k, own=k == c.head) for k in range(clause.start, clause.end))


def perfect_tense(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's clause told in the perfect ("de Mobiele Eenheid heeft traangas ingezet", "police have
    detained 23 people"): a participle with a perfect auxiliary of its own?"""
    if not view.parsed:
        return False
    auxiliaries = view.cues.word_set("events_perfect_auxiliaries")
    clause = view.clause_of(c.head)
    return any("VerbForm=Part" in view.tokens[k].morph and any(
        view.tokens[j].dep in ("aux", "aux:pass") and view.tokens[j].lemma.lower() in auxiliaries
        for j in view.dependents(k))  # ("zijn aangehouden": Dutch's perfect passive)
        for k in range(clause.start, clause.end))


def _tense_fixed(view: SentenceView, c: Candidate, t: TimeExpr, value: str) -> str:
    """A bare weekday resolved to the days after publication in a past-tense clause ("voerden dinsdag actie",
    published on Friday) is last week's weekday, and so is a clock time the sentence's weekday placed ("Rond het
    middaguur staken boeren woensdag ..."; the tagger that calls "staken" present misled both)."""
    doc = view.doc
    weekday = view.cues.pattern("weekday_time")
    if not (doc.published and re.match(r"^\d{4}-\d{2}-\d{2}$", value)) or not (weekday.match(t.text.strip()) or (
            t.type == "TIME" and any(w.value == value and weekday.match(w.text.strip()) for w in view.times))):
        return value
    pub = date.fromisoformat(doc.published[:10])
    day = date.fromisoformat(value)
    if pub < day <= pub + timedelta(days=7) and past_tense(view, c) and not _told_ahead(view, c):
        return (day - timedelta(days=7)).isoformat()
    return value


def _told_ahead(view: SentenceView, c: Candidate) -> bool:
    """Does a future or conditional auxiliary go with the trigger ("said teachers would strike on Monday", "zei dat ze
    maandag zouden staken")? What was said to come lies ahead of the telling, past though the telling is. Not with a
    participle: "zouden maandag hebben gestaakt", "would have struck" tell a past."""
    if c.nominal or "VerbForm=Part" in view.tokens[c.head].morph:
        return False
    modals = view.cues.word_set("events_future_words") | view.cues.word_set("events_conditional_modals")
    return any(view.lowers[j] in modals and view.tokens[j].dep.startswith("aux") for j in view.dependents(c.head))


def when_for(view: SentenceView, c: Candidate, quotes: list[QuoteSpan],
             sentence_of: dict[int, SentenceView]) -> When | None:
    doc: Document = view.doc
    scopes: list[tuple[int, int]] = []
    if c.scope is not None:
        scopes.append(c.scope)
    if view.tokens:
        clause = view.clause_of(c.head)
        scopes.append((view.tokens[clause.start].start, view.tokens[clause.end - 1].end))
    scopes.append((view.start, view.end))
    quote = next(iter(quotes_at(quotes, c.start)), None)
    if quote is not None and quote.cue_start is not None:
        other = doc.sentence_at(quote.cue_start)
        if other is not None and other.i != view.i:
            scopes.append((other.start, other.end))
    elif quote is not None and quote.end < view.end + 3:  # attribution right after the quote's end
        nxt = sentence_of.get(view.i + 1)
        if nxt is not None and nxt.start - quote.end <= 3:
            scopes.append((nxt.start, nxt.end))
    label_end = update_label_end(view.cues, doc.text[view.start:view.end]) + view.start
    # what a later act is about has happened already: "maandagavond praat de raad over de rellen" (not a report "over
    # een vechtpartij" at the time it came in)
    ahead = doc.published[:10] if doc.published and _topic_of_another_act(view, c) else None
    for a, b in scopes:
        inside = [t for t in _times_within(doc.times, a, b) if usable_precision(t)
                  and not (ahead is not None and t.value[:10] > ahead)
                  and not any(x <= t.start < y for x, y in c.excluded) and not _dates_another_noun(view, c, t)
                  and not ends_a_span(view.cues, doc.text, t) and not _starts_another_state(view, c, t)
                  and not t.end <= label_end
                  and not _in_another_relative(view, c, t) and not _across_a_contrast(view, c, t)
                  and not _dates_the_act_threatened(view, c, t) and not _dates_the_act_promised(view, c, t)
                  and not _in_the_terms(view, c, t)
                  and not _dates_what_it_drew(view, c, t)
                  and not _dates_what_is_remembered(view, c, t) and not _dates_what_will_come(view, c, t)
                  and not _dates_what_lies_ahead(view, c, t) and not _dates_what_it_reacts_to(view, c, t)]
        # a day in a past participle's clause on another noun only where the scope gives no other ("assembled on
        # 20/10 in violation of the order issued by the magistrate on 18/10")
        inside = [t for t in inside if not _in_a_participle_clause(view, c, t)] or inside
        # the day a source told of it only where the scope gives no other ("Zaterdag meldde het ministerie dat 46
        # mensen waren opgepakt": by then)
        inside = [t for t in inside if not _dates_the_telling(view, c, t)] or inside
        # a date of the act a clause tells as earlier or later only where the scope gives no other, and a day only
        # ("arrested after protesters walked onto the line on Saturday": that day or after; not "last week")
        inside = [t for t in inside if not _in_a_clause_in_sequence(view, c, t)] or [
            t for t in inside if usable_precision(t) == "day"]
        best = _nearest(inside, c.start)
        # "in de nacht van vrijdag op zaterdag ontplofte rond 3 uur": the clock time placed on that night tells the day
        best = next((t for t in inside if best is not None and t.anchor == best.id and t.type == "TIME"
                     and t.value[10:11] == "T" and t.value[11:12].isdigit()), best)
        if best is not None:
            value = _tense_fixed(view, c, best, best.value[:10] if best.type == "TIME" else best.value)
            return When(value=value, precision=usable_precision(best), time=best.id, source="text")  # type: ignore[arg-type]
    if doc.published and re.match(r"^\d{4}-\d{2}-\d{2}", doc.published):
        return When(value=doc.published[:10], precision="day", time=None, source="published")
    return None


def _topic_of_another_act(view: SentenceView, c: Candidate) -> bool:
    """"Maandagavond praat de gemeenteraad over de rellen", "an inquiry into the clashes": an event noun that is what
    another act is about."""
    if not c.nominal or not view.parsed:
        return False
    head = view.tokens[c.head]
    if head.dep.split(":")[0] not in ("obl", "nmod"):
        return False
    case = {view.lowers[k] for k in view.dependents(c.head) if view.tokens[k].dep == "case"}
    return bool(case & view.cues.word_set("events_topic_prepositions"))


def _across_a_contrast(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"noemde de rellen onaanvaardbaar, maar beloofde dinsdag een overleg": a contrastive conjunction between the
    trigger and the date opens the clause of another act, which the date belongs to."""
    lo, hi = sorted((view.tokens[c.head].start, t.start))
    contrast = attribution.cues(view.lang).contrast_conjunctions
    # (a coordinating one: "while"/"terwijl" also tie two acts to one time)
    return any(lo < tok.start < hi and low in contrast and tok.pos == "CCONJ"
               for tok, low in zip(view.tokens, view.lowers, strict=True))


def _in_another_relative(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"enforced the hartal, demanding that the government reopen the quarries, which were shut in March": a date
    inside a relative clause that does not hold the trigger dates that clause's verb; so does a date inside a clause
    that modifies a noun with an infinitive ("protesteren tegen het plan om de salarissen per 1 juli te verlagen"), not a
    participle, to which a parse may hang what dates the sentence ("attacked students blocking a road late on Sunday")."""
    toks = view.tokens
    k = view.token_at(t.start)
    if k is None:
        return False
    base = toks[0].i

    def chain(j: int) -> list[int]:
        return head_chain(toks, j, base, limit=len(toks))

    markers = view.cues.word_set("events_infinitive_markers")
    relative = next((j for j in chain(k) if toks[j].dep == "acl:relcl" or toks[j].dep == "acl" and any(
        toks[i].dep == "mark" and view.lowers[i] in markers for i in view.dependents(j))), None)
    if relative is None or relative in chain(c.head):
        return False
    noun = toks[relative].head - base
    if 0 <= noun < len(toks) and toks[noun].head - base == c.head and toks[noun].dep.split(":")[0] == "obl" \
            and load_lexicon(view.lang).nominal_entries(view.lemmas[noun] | {view.lowers[noun]}):
        return False  # "killed ... in clashes that erupted late Monday": the happening it was part of dates it
    # a relative clause on a nominal trigger's phrase tells its date ("een staakt-het-vuren tussen Congo en Rwanda,
    # dat in juli 2024 was gesloten", however the parse hangs it in the phrase)
    return not (c.nominal and c.head in chain(toks[relative].head - base))


def _in_a_participle_clause(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"the prohibitory order issued by the District Magistrate on 18/10/2026": a date inside a past participle's
    clause on a noun, which neither holds the trigger nor tells of it, dates what the participle tells. (Not on the
    sentence's first word: "Thousands marched through Temuco on Monday" parsed as a participle on "Thousands".)"""
    toks = view.tokens
    k = view.token_at(t.start)
    if k is None or not view.parsed:
        return False
    base = toks[0].i
    clause = participle_clause(toks, k, base)
    return clause is not None and clause != k and clause not in head_chain(toks, c.head, base, limit=len(toks)) \
        and clause not in c.tokens and toks[clause].head - base not in (*c.tokens, 0)


def _in_a_clause_in_sequence(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"organised the march after bakeries raised the price of a bread roll last week", "nadat agenten vorige week
    een jongen hadden aangehouden": a date inside a clause that a word ordering two acts opens
    (``events_sequence_words``) dates that clause's act, told as earlier or later than the trigger's, unless the
    clause holds the trigger."""
    toks = view.tokens
    k = view.token_at(t.start)
    if k is None or not view.parsed:
        return False
    base = toks[0].i
    order = view.cues.word_set("events_sequence_words")
    opened = next((j for j in head_chain(toks, k, base, limit=len(toks)) if j != k and toks[j].pos in ("VERB", "AUX")
                   and any(toks[i].dep == "mark" and view.lowers[i] in order for i in view.dependents(j))), None)
    if opened is not None:
        return opened not in head_chain(toks, c.head, base, limit=len(toks)) and c.head not in view.dependents(opened)
    # the parse may hang the clause from a noun ("after bakeries raised ..." read as a phrase): the word after the
    # trigger with a verb between it and the date
    word = next((j for j in range(c.head + 1, k) if view.lowers[j] in order), None)
    return word is not None and any(toks[j].pos == "VERB" and j not in c.tokens for j in range(word + 1, k))


def update_label_end(cues: EventCues, sentence: str) -> int:
    """Where the label of an update ("Update 10.40 uur: ", "UPDATE 3:45 p.m.: ") that opens ``sentence`` ends, else 0:
    the label's clock time says when the line was written, not when anything happened."""
    m = cues.pattern("update_label").match(sentence)
    return m.end() if m else 0


def ends_a_span(cues: EventCues, text: str, t: TimeExpr) -> bool:
    """"gesloten tot zaterdag", "shut until Saturday": the end of a span, not the day anything happened."""
    return cues.pattern("end_bound").search(text, max(0, t.start - 40), t.start) is not None


def _starts_another_state(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"marched ... over pay owed since July", "betoogden tegen de lonen die sinds juli uitblijven": a start bound
    after the trigger that another verb governs tells since when that verb's state holds, not when the trigger's act
    happened: a verb between them (read from the words: the parse often hangs such a participle anywhere), or the
    verb of a clause that modifies a noun, which the parse hangs the time on."""
    if not view.tokens or not view.start <= t.start < view.end:
        return False
    rel = t.start - view.start
    bound = view.cues.pattern("start_bound").search(view.text, max(0, rel - 12), rel)
    if bound is None or c.end > bound.start() + view.start:
        return False
    first, last = view.token_from(c.end), view.token_at(bound.start() + view.start)
    if first is None or last is None:
        return False
    own = {c.head, *c.tokens}
    base = view.tokens[0].i
    # (a verb whose clause tells of the trigger's noun tells its state: "the protests that have shaken Lomé since")
    if any(view.tokens[k].pos == "VERB" and k not in own and view.tokens[k].head - base not in own
           for k in range(first, last)):
        return True
    heads = view.span_heads(t.start, t.end)
    verb = view.tokens[heads[0]].head - base if len(heads) == 1 else -1
    return 0 <= verb < len(view.tokens) and verb not in own and view.tokens[verb].pos == "VERB" and \
        view.tokens[verb].dep.startswith("acl") and view.tokens[verb].head - base not in own


def _dates_another_noun(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"against the result of Saturday's election", "het vredesakkoord van 2016": a possessive time, or a year
    that modifies a noun, belongs to its noun, and dates the event only when that noun is the trigger ("Tuesday night's
    protests"), names an event of its type ("were gathering for Saturday's protest"), or names an event that is the
    subject of a verb above the trigger ("Wednesday's clashes broke out when police tried to clear the road")."""
    if not view.parsed or not view.start <= t.start < view.end:
        return False
    base = view.tokens[0].i
    heads = view.span_heads(t.start, t.end)
    if len(heads) != 1 or not (view.tokens[heads[0]].dep == "nmod:poss" or (
            view.tokens[heads[0]].dep == "nmod" and t.granularity == "year")):
        return False
    noun = view.tokens[heads[0]].head - base
    if noun in {c.head, *c.tokens, *c.merged} or not 0 <= noun < len(view.tokens) or \
            view.tokens[noun].pos not in ("NOUN", "PROPN"):
        return False
    lexicon = load_lexicon(view.lang)  # "gathering ... for Saturday's protest": an event noun of the same type
    events = lexicon.nominal_entries(view.lemmas[noun] | {view.lowers[noun]})
    if any(e.type == c.type for e in events):
        return False
    # "Wednesday's clashes broke out ... when riot police tried to remove ...": an event the sentence is about, as
    # the subject of the verb that holds the trigger, dates what the sentence tells of it
    verb = view.tokens[noun].head - base
    return not (events and view.tokens[noun].dep.startswith("nsubj") and 0 <= verb < len(view.tokens) and (
        verb == c.head or view.dominates(verb, c.head)))


def _above(view: SentenceView, t: TimeExpr) -> list[int]:
    """The tokens above the date's one head in the parse, nearest first ([] unparsed, outside the sentence, or with
    more heads than one)."""
    if not view.parsed or not view.start <= t.start < view.end:
        return []
    heads = view.span_heads(t.start, t.end)
    return head_chain(view.tokens, heads[0], view.tokens[0].i)[1:] if len(heads) == 1 else []


def _dates_what_it_reacts_to(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"MVV veroordeelt de ongeregeldheden rond de thuiswedstrijd van zaterdagavond", "rejected a government offer to
    pay the aid by the end of February": a date inside a phrase below a verb that reacts to what happened
    (``reaction_verbs``) dates that, not the reaction; the verb's own date ("wees het vrijdag af") is its, except in
    the present, which tells the reaction as it is made ("rejects the decision of the management on Friday to shut
    the campus", however the parse hangs the date)."""
    if c.nominal or t.start < c.end or not view.lemmas[c.head] & view.cues.word_set("reaction_verbs"):
        return False
    above = _above(view, t)
    return c.head in above and (above[0] != c.head or not past_tense(view, c))


def _dates_what_is_remembered(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"marched ... to mark the 53rd anniversary of the 1973 student uprising": a date below a noun of remembrance
    (``events_commemoration_nouns``) dates what is remembered, unless the trigger is below that noun too."""
    nouns = view.cues.word_set("events_commemoration_nouns")
    for j in _above(view, t):
        if c.head == j or view.dominates(j, c.head):
            return False
        # the noun itself, or inside a complex preposition that opens its phrase ("ter herdenking van de opstand")
        case = [k for k in view.dependents(j) if view.tokens[k].dep == "case"]
        if any(view.lowers[k] in nouns for k in [j, *case, *(f for k in case for f in view.dependents(k))]):
            return True
    return False


#: the relations of a clause below the trigger's verb that may hold an act of its own ("and will appear ...", "van
#: wie er 14 ... zullen worden voorgeleid"), unlike its complements
_CLAUSES_OF_THEIR_OWN = frozenset({"conj", "parataxis", "acl:relcl", "acl", "advcl"})


def _dates_what_will_come(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"46 people were detained, 14 of whom were later arrested and will appear before a prosecutor on Thursday": a
    date whose verb has a future auxiliary dates that verb, not an act of another verb (the trigger's own, or one that
    governs it, and a conjunct of it, may be dated so) that has none."""
    verb = next((j for j in _above(view, t) if view.tokens[j].pos in ("VERB", "AUX")), None)
    if verb is None or verb == c.head or view.dominates(verb, c.head) or (
            view.dominates(c.head, verb) and view.tokens[verb].dep not in _CLAUSES_OF_THEIR_OWN):
        return False
    future = view.cues.word_set("events_future_words")

    def ahead(k: int) -> bool:
        return any(view.lowers[x] in future and view.tokens[x].dep.startswith("aux") for x in view.dependents(k))

    return ahead(verb) and not ahead(c.head)


def _dates_what_lies_ahead(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"beschuldigt de burgemeester ... en kondigt voor 21 november een nieuwe demonstratie aan", "calls it 'pure
    intimidation' and threatens to shut down the port on Tuesday": a day after the publication in a later conjunct
    of the trigger's verb dates that conjunct's act (announced, threatened), not the trigger's."""
    published = view.doc.published[:10] if view.doc.published else ""
    if not published or not t.value[:4].isdigit() or t.value[:10] <= published:
        return False
    verb = None
    for j in _above(view, t):  # (the conjunct's verb, through the infinitive it governs: "dreigt ... plat te leggen")
        if j == c.head or j in c.tokens or view.dominates(j, c.head):
            return False
        if view.tokens[j].dep == "conj" and view.tokens[j].pos in ("VERB", "AUX"):
            verb = j
            break
    if verb is None:
        return False
    first = view.tokens[verb].head - view.tokens[0].i
    return first == c.head or (0 <= first < len(view.tokens) and view.dominates(first, c.head))


#: the types of a happening, which a source tells of (a statement's own day is the telling's)
_HAPPENINGS = frozenset({"PROTEST", "ASSAULT", "COERCE", "DISPLACE", "MOBILIZE"})


def _dates_the_telling(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"One protester was killed ... in clashes that erupted late Monday, a security source told Shafaq News on
    Tuesday": a date whose verb is a verb of saying (not the trigger) is the day of the telling, not of the happening
    told, which another date of its scope gives if any. Not for an event noun: the verb's object, which the date may
    well be of ("heeft een mars aangekondigd voor 21 juni")."""
    if c.type not in _HAPPENINGS or c.nominal:
        return False
    verb = next((j for j in _above(view, t) if view.tokens[j].pos in ("VERB", "AUX")), None)
    if verb is None or verb == c.head or verb in c.tokens:
        return False
    speech = attribution.cues(view.lang).speech_verbs
    # a verb of saying with what it says ("told ... on Tuesday" after or before the telling; not "was admitted on
    # the evening of September 25"), the date not in the told clause before a trailing attribution ("boycotted
    # classes on Thursday, a union official said")
    says = any(view.tokens[k].dep in _TOLD for k in view.dependents(verb)) or view.tokens[verb].dep == "parataxis"
    return says and bool((view.lemmas[verb] | {view.lowers[verb]}) & speech) \
        and (t.start > view.tokens[verb].start or view.tokens[verb].start < view.tokens[c.head].start)


#: how a verb of saying and what it tells hang together in the parse
_TOLD = frozenset({"ccomp", "parataxis"})


def _dates_what_it_drew(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"The arrest of the 14 protesters drew condemnation on Wednesday", "De ontruiming oogstte woensdag kritiek":
    a date of the verb an event noun is the subject of, when that verb receives (``receiving_verbs``), is the day of
    what it received, not of the event."""
    if not c.nominal or not view.parsed or not view.start <= t.start < view.end:
        return False
    tok = view.tokens[c.head]
    verb = tok.head - view.tokens[0].i
    if not tok.dep.startswith("nsubj") or not 0 <= verb < len(view.tokens) \
            or not ({view.lowers[verb]} | view.lemmas[verb]) & words_of(view.doc).receiving:
        return False
    heads = view.span_heads(t.start, t.end)
    return len(heads) == 1 and verb in head_chain(view.tokens, heads[0], view.tokens[0].i)[1:] \
        and not view.dominates(c.head, heads[0])


def _dates_the_act_threatened(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"dreigen met een langere staking in november", "threatened a strike on Monday": a date below the act a threat
    names is that act's, not the day the threat was made; so is one below the act a call asks for ("oproepen om
    zaterdag opnieuw 'de wijk plat te leggen'")."""
    if c.type not in ("THREATEN", "REQUEST"):
        return False
    lexicon = load_lexicon(view.lang)
    for j in _above(view, t):
        if j == c.head or j in c.tokens:
            return False
        words = view.lemmas[j] | {view.lowers[j]}
        pos = view.tokens[j].pos
        entries = lexicon.nominal_entries(words) if pos == "NOUN" else lexicon.verbal_entries(words) if pos == "VERB" \
            else []
        if any(e.type != c.type for e in entries) or (pos == "VERB" and view.tokens[j].dep in _ACT_COMPLEMENTS):
            return view.dominates(c.head, j)  # ("dreigt de acties maandag uit te breiden": the act, an event or not)
    return False


def _dates_the_act_promised(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"said members would strike from Monday if salaries are not paid", "will extend the blockade unless the
    governor meets them by Friday": an act promised on a condition is the threat; a date below that act, its
    condition's among them, is the act's or the deadline's, not the day the threat was made."""
    if not c.rule.startswith(CONDITIONAL_THREAT):
        return False
    act = {c.head}
    if c.nominal and view.parsed:  # "will extend the blockade unless ...": the noun's verb tells the act
        act.add(view.tokens[c.head].head - view.tokens[0].i)
    return bool(act & set(_above(view, t)))


def _in_the_terms(view: SentenceView, c: Candidate, t: TimeExpr) -> bool:
    """"Het CRIC stelt een ultimatum: komt de minister tegen donderdag niet, dan ...", "issued an ultimatum: if the
    minister does not come by Thursday, ...": a date after the colon that follows a threat or a demand is its terms'
    (the deadline, the act threatened), not the day it was made."""
    if c.type not in ("THREATEN", "REQUEST") or t.start < c.end:
        return False
    return ":" in view.doc.text[c.end:t.start]


#: the relations of a verb that is the act a threat or call names ("dreigt ... uit te breiden", "urged ... to release")
_ACT_COMPLEMENTS = frozenset({"xcomp", "ccomp"})


def _names_a_month(view: SentenceView, text: str) -> bool:
    """Does the time name its month ("28 December", "in maart")? Only such a date lacks a year that the tense may
    choose; "volgende week zaterdag" was placed by its own words."""
    months = view.cues.language.mapping("month_names")
    return any(w in months for w in re.findall(r"[^\W\d_]+\.?", text.lower())) or bool(re.search(r"\d+[-/.]\d+", text))


_CALENDAR_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_YEAR_WRITTEN = re.compile(r"\d{4}|'\d{2}")


def planned(view: SentenceView, c: Candidate) -> bool:
    """A nominal event that a planning verb before it in its clause names ("have called a national march")."""
    if not c.nominal or not view.tokens:
        return False
    clause = view.clause_of(c.head)
    verbs = view.cues.word_set("events_planning_verbs")
    return any(_plans(view, j, verbs) for j in range(clause.start, c.head))


def _plans(view: SentenceView, j: int, verbs: frozenset[str]) -> bool:
    """Is token j a planning verb? With a separable particle the parse hangs from it, the verb with that particle
    must be one ("kondigde een staking aan" plans; "kondigde een noodverordening af" imposes it)."""
    if not view.particles(j):
        return bool(view.lemmas[j] & verbs)
    own = view.lemmas[j] | {view.tokens[j].lemma.lower()}
    return any(p + w in verbs for p in view.particles(j) for w in own)


def not_in_the_past(view: SentenceView, when: When | None, ahead: bool = True) -> When | None:
    """An event that lies ahead keeps its date ahead of publication (see the module docstring); with
    ``ahead=False`` the reverse: a past-tense event is not dated after publication ("clashed on 28 December",
    published in January, is last December)."""
    doc = view.doc
    if when is None or when.source != "text" or not doc.published or not _CALENDAR_DAY_OR_MONTH.match(when.value):
        return when  # weeks, quarters and seasons do not compare with a day
    pub = doc.published[:10][:len(when.value[:10])]
    if (when.value[:10] >= pub) if ahead else (when.value[:10] <= pub):
        return when
    t = next((x for x in doc.times if x.id == when.time), None)
    if t is None or _YEAR_WRITTEN.search(t.text):
        return when
    step = 1 if ahead else -1
    if view.cues.pattern("weekday_time").match(t.text.strip()) and _DAY.match(when.value):
        moved = (date.fromisoformat(when.value[:10]) + timedelta(days=7 * step)).isoformat()
        return When(value=moved, precision=when.precision, time=when.time, source=when.source)
    if re.match(r"^\d{4}(-|$)", when.value) and when.precision != "year" and _names_a_month(view, t.text):
        return When(value=str(int(when.value[:4]) + step) + when.value[4:], precision=when.precision, time=when.time,
                    source=when.source)
    return when


_OFFSET = re.compile(r"^P(\d+)([DW])$")


def sequence_dates(doc: Document, events: list[Event]) -> list[Event]:
    """"declared a state of emergency on Thursday, a day after police clashed with protesters", "The airstrike came
    a day after fighters ambushed a convoy", "twee dagen na de aanval": a duration of days or weeks right before a
    word that orders two acts (``events_sequence_words``) dates the acts told after that word, up to the next
    coordinated clause (", and ..."), that far before (or after) the act told before it in the sentence, once that
    one has a day. What a relative clause there tells is not dated so ("protesters who had been blocking the road
    for a week"), nor an act with a date of its own; a duration that a preposition governs ("blocked roads for two
    days after a raid") is how long something lasted, not how far apart two acts were."""
    if not doc.tokens or not events:
        return events
    lang = get_language(doc.language)
    order = lang.mapping("events_sequence_words")
    cues = event_cues(lang)
    lasting, coordinators = cues.word_set("events_duration_prepositions"), cues.word_set("events_coordinators")
    out = list(events)
    for t in doc.times:
        m = _OFFSET.match(t.value) if t.type == "DURATION" and not t.approximate else None
        sentence = doc.sentence_at(t.start) if m is not None else None
        if m is None or sentence is None:
            continue
        view = SentenceView(doc, sentence.i, doc.sentence_tokens(sentence.i))
        tokens, lowers = view.tokens, view.lowers
        j = next((j for j, x in enumerate(tokens) if x.start >= t.start), 0)  # the duration's first token
        k = next((j for j, x in enumerate(tokens) if x.start >= t.end), None)  # the word after it
        if k is None or lowers[k] not in order or (j > 0 and lowers[j - 1] in lasting):
            continue
        stop = next((x.start for x, y in zip(tokens[k:], lowers[k + 1:], strict=False)
                     if x.text == ";" or (x.text == "," and y in coordinators)), sentence.end)
        relative = tuple((tokens[below[0]].start, tokens[below[-1]].end)
                         for r, x in enumerate(tokens) if x.dep == "acl:relcl" and (below := view.subtree(r)))
        opened = _Span(tokens[k].end, stop, relative)
        told = [(max(before), e) for e in out if e.when is not None and e.when.precision == "day"
                and (before := [s for s in _starts(e) if sentence.start <= s < t.start])]
        if not told:
            continue
        anchor = max(told, key=lambda x: x[0])[1]
        assert anchor.when is not None
        sign = -1 if order[lowers[k]] == "earlier" else 1
        day = date.fromisoformat(anchor.when.value[:10]) + timedelta(
            days=sign * int(m.group(1)) * (7 if m.group(2) == "W" else 1))
        dated = When(value=day.isoformat(), precision="day", time=anchor.when.time, source=anchor.when.source)
        own = {x.id for x in doc.times if opened.holds(x.start)}
        for i, e in enumerate(out):
            if e is not anchor and any(opened.holds(s) for s in _starts(e)) and (e.when is None or e.when.time not in own):
                out[i] = dc_replace(e, when=dated)
    return out


@dataclass(frozen=True, slots=True)
class _Span:
    """What a word that orders two acts opens: from it to ``end``, without the relative clauses there."""

    start: int
    end: int
    holes: tuple[tuple[int, int], ...]

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end and not any(a <= offset < b for a, b in self.holes)


def _starts(e: Event) -> list[int]:
    return [e.trigger.start, *(x.trigger.start for x in e.mentions)]

