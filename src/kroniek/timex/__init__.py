"""Time expressions (TIMEX3), normalized against the publication date.

A rule-based tagger in the spirit of HeidelTime: :mod:`.tagger` finds DATE, TIME, DURATION and
SET expressions (absolute, relative, vague, written-out numbers, abbreviations) with the rules and
word lists of the document's language (``kroniek.lang``: month, weekday and number words, the
``timex_*`` tables and ``timex.json``; the code names no language), :mod:`.tense`
reads the tense of the clause around each, and :mod:`.normalize` anchors them to the document's
``published`` date (no published date: relative expressions get a non-calendar value such as
``PAST_REF`` and anchor ``none``, never a guess against today).

How an event's ``when`` is derived from ``doc.times`` (rule for the events stage, which cannot
import this package):

1. Candidates: times with ``type`` DATE or TIME whose ``value`` starts with four digits (a calendar
   value, whatever its ``anchor``: ``published``, ``none`` or another time's id). Never DURATION
   or SET, nor PAST_REF / PRESENT_REF / FUTURE_REF, ``XXXX-..`` values, decades (``199``) or
   centuries (``20``): these do not count as dating the event.
2. The governing time: the candidate inside the event's clause (the stretch of its sentence
   between commas, semicolons, colons, dashes and quote marks around the trigger), else inside its
   sentence; among several, the one nearest to the trigger (in characters). None: step 4.
3. ``when`` from the governing time ``t``: ``source`` "text", ``time`` = ``t.id``, by
   ``t.granularity``:
   day -> precision "day", value ``t.value[:10]`` (``2022-09-25TEV``/``2022-09-25T14:30`` ->
   ``2022-09-25``); week -> "week", value ``t.value`` (``2022-W38``, a weekend ``2022-W38-WE``
   kept as is); month -> "month", ``t.value``; quarter (``2022-Q3``, season ``2022-SU``, half
   ``2022-H1``) -> "year", value ``t.value[:4]`` (no quarter precision exists, and a month would
   be invented); year -> "year", ``t.value``. ``t.approximate`` changes nothing.
4. No governing time: the published date, ``value`` ``doc.published[:10]``, precision "day",
   ``time`` null, ``source`` "published" (never finer than the article's day). No published date
   either: ``when`` is None.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from datetime import date, timedelta
from functools import cache

from ..lang import Language, get_language
from ..lines import day_headers, heading_lines, is_caption, is_sentence, line_span
from ..model import Document, TimeExpr, Token
from ..periods import clock_of
from ..registry import Services, StageSpec
from ..settings import Settings
from ..syntax import head_chain, participle_clause
from .lexicon import alternation, holiday_night, lexicon
from .normalize import Reference, Resolved, add_months, first_day, is_evening, resolve
from .reading import prev_word
from .spec import Parsed, Tense
from .tagger import Mention, find
from .tense import clause_tense, pluperfect, present_perfect_over, reacts_to, said_to_have, tense_cues

log = logging.getLogger(__name__)

#: rules of a stamp that says when a story or a post was written: nothing leans on it
_STAMPS = frozenset({"stamp_clock", "line_clock", "clock_update"})


def published_date(published: str | None) -> date | None:
    """The calendar date of an ISO 8601 ``published`` value, or None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        log.warning("published %r is not an ISO date; relative times stay unanchored", published)
        return None


@cache
def _deadline_frame(lang: Language) -> tuple[re.Pattern[str], re.Pattern[str]]:
    frame = lexicon(lang).fact("deadline_frame")
    return re.compile(frame["before"], re.IGNORECASE), re.compile(frame["after"], re.IGNORECASE)


def _deadline(text: str, lang: Language, mention: Mention, s_start: int, s_end: int) -> bool:
    """Whether ``mention`` is the limit of a term given in its clause ("until Monday to", "tot maandag de tijd")."""
    return _until(text, lang, mention, s_start) and _deadline_frame(lang)[1].match(text, mention.end, s_end) is not None


def _until(text: str, lang: Language, mention: Mention, s_start: int) -> bool:
    """Whether ``mention`` ends a span ("tot zondag", "until Sunday")."""
    return _deadline_frame(lang)[0].search(text, max(s_start, mention.start - 16), mention.start) is not None


def _past_by_its_words(parsed: Parsed, day: date, anchor: date | None) -> bool:
    """Is ``parsed`` a day its own words put before the publication date ``anchor``: a date with its day, month and
    year, or a day counted back from the publication ("yesterday", "eergisteren")?"""
    if anchor is None or day >= anchor:
        return False
    return (parsed.kind == "calendar" and parsed.year is not None and parsed.day is not None) or (
        parsed.kind == "relative" and parsed.unit == "day" and (parsed.amount or 0) < 0)


def _first_token(tokens: list[Token], mention: Mention) -> int | None:
    """The position in ``tokens`` of the first token that starts inside ``mention``, if any."""
    return next((n for n, t in enumerate(tokens) if mention.start <= t.start < mention.end), None)


def _in_noun_clause(tokens: list[Token], mention: Mention) -> bool:
    """Does the parse hang ``mention`` inside a past participle's clause on a noun ("... assembled on 20/10 in
    violation of the order issued by the magistrate on 18/10")? After another day of its own sentence, such a day
    tells the noun's background, not the day the story goes on on (a relative clause may tell the story: "a man
    who was pumping gas at a station just after 10 p.m. on Sept. 9")."""
    k = _first_token(tokens, mention)
    return k is not None and participle_clause(tokens, k, tokens[0].i) is not None


def _in_place_clause(tokens: list[Token], mention: Mention, lang: Language) -> bool:
    """Does the parse hang ``mention`` inside a relative clause a relative adverb opens ("where", "waar")?"""
    k = _first_token(tokens, mention)
    if k is None:
        return False
    chain = head_chain(tokens, k, tokens[0].i, limit=len(tokens))  # (up to the root, as the walk it replaced)
    clause = next((tokens[h] for h in chain if tokens[h].dep in ("acl:relcl", "relcl")), None)
    adverbs = lang.words("events_relative_adverbs")
    return clause is not None and any(t.head == clause.i and t.text.lower() in adverbs for t in tokens)


def tag(doc: Document) -> tuple[TimeExpr, ...]:
    """The time expressions of ``doc`` (needs its sentences; uses token morphology when present)."""
    text = doc.text
    lang = get_language(doc.language)
    anchor = published_date(doc.published)
    spans = _join_abbreviation_splits(text, [(s.start, s.end) for s in doc.sentences] or [(0, len(text))], lang)
    tokens = sorted(doc.tokens, key=lambda t: t.start)  # by offset: robust to another sentence numbering
    token_starts = [t.start for t in tokens]
    out: list[TimeExpr] = []
    ref: Reference | None = None
    told: Reference | None = None  # the latest day read in a past clause
    night: Reference | None = None  # the latest day that names an evening or a night
    years: dict[tuple[int, int | None], int] = {}  # (month, day) -> the year it was resolved to
    heading = heading_lines(text, doc.sentences) | _captions(text, doc, lang) \
        if tense_cues(lang).heading_present_is_past else frozenset()
    headings = [(s.start, s.end) for s in doc.sentences if s.i in heading]
    found = [(s_start, s_end, find(text, lang, s_start, s_end)) for s_start, s_end in spans]
    headers = frozenset(day_headers(text, ((m.start, m.end) for _, _, mentions in found for m in mentions
                                           if m.parsed.kind in ("calendar", "weekday"))))
    section: tuple[date, str] | None = None  # the day header the text stands under, and its id
    for s_start, s_end, mentions in found:
        sentence_ref: Reference | None = None
        previous: tuple[Mention, Resolved] | None = None
        sentence_tokens: list[Token] = (
            tokens[bisect.bisect_left(token_starts, s_start):bisect.bisect_left(token_starts, s_end)]
            if mentions else [])
        for mention in mentions:
            tense = clause_tense(text, lang, s_start, s_end, mention.start, mention.end, sentence_tokens)
            if tense == "present" and (any(a <= mention.start < b for a, b in headings) or (
                    mention.parsed.kind == "weekday" and reacts_to(sentence_tokens, mention.start, lang))):
                tense = "past"  # (a weekday only: "rejects the plan to cut wages from 1 July" is ahead)
            if _deadline(text, lang, mention, s_start, s_end):
                tense = "future"  # "gave the cabinet until Monday to withdraw": the deadline follows the giving
            elif tense == "past" and _perfect_day_ahead(text, lang, mention, sentence_tokens):
                tense = "future"  # "Leftist groups have called a rally ... on Friday": the rally's Friday
            parsed = mention.parsed
            if parsed.kind == "calendar" and parsed.year is None and parsed.year_offset is None and \
                    parsed.direction is None and parsed.month is not None:
                known = years.get((parsed.month, parsed.day))
                if known is not None:  # "November 16" told again: the same year as before
                    parsed = dataclasses.replace(parsed, year=known)
            if section is not None and anchor is not None:
                parsed = _weekday_near(parsed, section[0], anchor)
            parsed = _month_of_a_day(parsed, told or ref, section[0] if section else anchor)
            if section is not None and mention.rule in _STAMPS:  # a post's stamp: the day it stands under
                r = resolve(parsed, section[0], tense, None, None, None, None)
            elif parsed.kind == "weekday" and sentence_ref is not None and sentence_ref.granularity == "day" and \
                    _until(text, lang, mention, s_start):
                # "vaardigde woensdagochtend een verbod uit tot zondag": a state's end after its sentence's day
                r = dataclasses.replace(resolve(parsed, sentence_ref.day, "future", None, None, None, None),
                                        anchor=sentence_ref.id)
            else:
                r = resolve(parsed, section[0] if section else anchor, tense, ref, sentence_ref, told, night)
            if parsed is not mention.parsed:
                r = dataclasses.replace(r, anchor="published" if anchor else "none")
            if section is not None and r.anchor == "published":
                r = dataclasses.replace(r, anchor=section[1])  # "gisteren" under "17 oktober": the 16th
            if previous is not None:
                r, earlier = _weekday_pair(text, lang, previous, (mention, r), tense)
                if earlier is not None:
                    out[-1] = dataclasses.replace(out[-1], value=earlier)
            previous = (mention, r) if mention.parsed.kind == "weekday" else None
            if parsed.kind == "calendar" and parsed.month is not None and r.value[:4].isdigit():
                years.setdefault((parsed.month, parsed.day), int(r.value[:4]))
            tid = f"t{len(out) + 1}"
            if (mention.start, mention.end) in headers and r.granularity == "day" and (day := first_day(r.value)):
                section = (day, tid)
            out.append(TimeExpr(id=tid, text=mention.text, start=mention.start, end=mention.end, type=r.type,
                                value=r.value, granularity=r.granularity, anchor=r.anchor,
                                approximate=r.approximate))
            # (a byline's or a wire's stamp, "12-03-26, 18:45", says when the story was written: nothing leans on it)
            first = first_day(r.value) if r.type in ("DATE", "TIME") and mention.rule not in _STAMPS else None
            if first is not None and not _flashback(parsed, text, lang, s_start, s_end, sentence_tokens) and not (
                    sentence_ref is not None and sentence_ref.day != first and _in_noun_clause(sentence_tokens, mention)):
                names = holiday_night(parsed.holiday) if parsed.holiday else None
                dark = is_evening(r.value)
                ref = Reference(tid, first, r.granularity,
                                dark or names == "evening" or (night is not None and r.anchor == night.id),
                                parsed.overnight, clock_of(r.value))
                if r.granularity == "day" and (names or dark):
                    night = ref
                if r.granularity == "day":
                    sentence_ref = ref
                    # a month told in passing ("stemden vorige maand in") names no day of the story, nor does a
                    # day in a relative clause on a place ("in Westchester, where workers walked off the job July 10")
                    # nor a day of what is only said to have happened ("een politieauto zou vrijdagmiddag een
                    # scooterrijder hebben aangereden": the rumour behind the story, not its day)
                    # (a full date before the publication, or yesterday, is a day told whatever its clause's tense:
                    # "I beg to report that on 20/10/2026 ... supporters assembled", "This covers the blockade of
                    # the refinery gates yesterday. ... From about 5.30am ..."); a day header is the day of what
                    # is told under it ("Za 07/11 | Kortrijk" over "Rond 23 uur bekogelde ...")
                    if (tense == "past" or _past_by_its_words(parsed, first, anchor)
                            or (mention.start, mention.end) in headers) \
                            and not _in_place_clause(sentence_tokens, mention, lang) \
                            and not _reported_past(sentence_tokens, lang):
                        told = ref
        _date_clock_times(out, len(out) - len(mentions), mentions, text)
        _overnight_ranges(out, len(out) - len(mentions), mentions, text, lang)
        if ref is not None and mentions and ref.id == out[-1].id and first_day(out[-1].value) != ref.day:
            ref = dataclasses.replace(ref, day=first_day(out[-1].value) or ref.day)  # a clock time moved to its day
            told = ref if told is not None and told.id == ref.id else told
        if ref is not None and not ref.clock and mentions and ref.granularity == "day":
            # "at 11am on Sunday. Half an hour later": the day closes the sentence, its clock time came first
            clocks = [c for x in out[len(out) - len(mentions):] if (c := clock_of(x.value)) and x.value[:10] ==
                      ref.day.isoformat()]
            if clocks and any(x.id == ref.id for x in out[len(out) - len(mentions):]):
                ref = dataclasses.replace(ref, clock=clocks[-1])
                told = ref if told is not None and told.id == ref.id else told
                night = ref if night is not None and night.id == ref.id else night
    _timeline_days(out, text)
    return tuple(out)


def _month_of_a_day(parsed: Parsed, ref: Reference | None, published: date | None) -> Parsed:
    """"On the 27th": a day of the month the story is in, the month of the day it told last (the 27th after "October
    14" is 27 October; the 3rd after it, 3 November), else of publication, never after publication."""
    if parsed.kind != "calendar" or parsed.day is None or parsed.month is not None or parsed.year is not None \
            or published is None:
        return parsed
    base = ref.day if ref is not None and ref.day <= published else published
    month = base.replace(day=1)
    if ref is not None and parsed.day < base.day:
        month = add_months(month, 1)
    for _ in range(2):
        try:
            found: date | None = month.replace(day=parsed.day)
        except ValueError:
            found = None
        if found is not None and found <= published:
            return dataclasses.replace(parsed, year=month.year, month=month.month)
        month = add_months(month, -1)
    return parsed


def _weekday_near(parsed: Parsed, day: date, published: date) -> Parsed:
    """A bare weekday under a day header is the one nearest the header's day, not after publication: "Vrijdagvoormiddag"
    under "Wo 04/11 - vr 06/11" is the 6th, not the Friday before (a weekly overview's items span their days)."""
    if parsed.kind != "weekday" or parsed.weekday is None or parsed.direction is not None or parsed.amount is not None:
        return parsed
    ahead = (parsed.weekday - day.isoweekday()) % 7
    if 0 < ahead < 7 - ahead and day + timedelta(days=ahead) <= published:
        return dataclasses.replace(parsed, direction=1)
    return parsed


def _flashback(parsed: Parsed, text: str, lang: Language, start: int, end: int, tokens: list[Token]) -> bool:
    """"De burgemeester had de blokkade een dag eerder verboden", "had banned it the day before": a day counted back
    in a pluperfect steps out of the story for a moment; what is told next goes on on the story's day."""
    return parsed.kind == "anaphor" and parsed.direction == -1 and pluperfect(text, lang, start, end, tokens)


def _captions(text: str, doc: Document, lang: Language) -> frozenset[int]:
    """The sentences of photo captions, which tell in the present what happened as titles do ("Bajaj drivers block the
    road at Atote on Tuesday morning. Photo: Social media")."""
    markers = lang.words("events_caption_markers")
    return frozenset(s.i for s in doc.sentences if is_caption(text[slice(*line_span(text, s.start))], markers))


def _perfect_day_ahead(text: str, lang: Language, mention: Mention, tokens: list[Token]) -> bool:
    """A bare day of the week under a present perfect in a language whose perfect takes no such day (English): the
    day is what the perfect announced, to come ("have called a rally outside police headquarters on Friday")."""
    cues = tense_cues(lang)
    return not cues.perfect_takes_a_day and mention.parsed.kind == "weekday" and mention.parsed.direction is None \
        and prev_word(text, mention.start).lower() not in cues.perfect_span_words \
        and present_perfect_over(tokens, mention.start, mention.end, lang)


def _reported_past(tokens: list[Token], lang: Language) -> bool:
    """Does the sentence tell a past as said to have happened: a past of the future auxiliary before a perfect's
    auxiliary ("zou ... hebben aangereden")?"""
    cues = tense_cues(lang)
    return any(said_to_have(tokens, k, cues) for k in range(len(tokens)))


_STAMP_END = re.compile(r"\s*[-–—|]\s")


def _overnight_ranges(out: list[TimeExpr], first: int, mentions: list[Mention], text: str, lang: Language) -> None:
    """A range of clock times whose end is earlier than its start runs overnight: "een avondklok van 20.00 tot 05.00
    uur" ends the next morning."""
    words = lexicon(lang).fact_words("clock_range_words")
    for k in range(first + 1, len(out)):
        a, b = out[k - 1], out[k]
        if mentions[k - 1 - first].parsed.kind != "clock" or mentions[k - first].parsed.kind != "clock" \
                or len(a.value) < 16 or len(b.value) < 16 or a.value[:10] != b.value[:10] or b.value[11:] >= a.value[11:]:
            continue
        if text[a.end:b.start].strip().lower() in words:
            day = date.fromisoformat(b.value[:10]) + timedelta(days=1)
            out[k] = dataclasses.replace(b, value=day.isoformat() + b.value[10:])


def _date_clock_times(out: list[TimeExpr], first: int, mentions: list[Mention], text: str) -> None:
    """A clock time read before its day ("om 15.00 uur op zondag") takes that day, not the published one or the
    story's; one that leans on such a clock time moves with it ("between 3 p.m. and 4 p.m. on September 25"); a live
    blog's time stamp at the start of a line ("15:30 - ... march on Thursday") is when the entry was written."""
    sentence = out[first:]
    here = {x.id for x in sentence}
    moved: set[str] = set()
    for k, (t, mention) in enumerate(zip(sentence, mentions, strict=True)):
        if mention.parsed.kind != "clock" or "T" not in t.value:
            continue
        if t.anchor in moved:  # "between 3 p.m. and 4 p.m.": the second leans on the first, which moved
            lead = next(x for x in out[first:first + k] if x.id == t.anchor)
            out[first + k] = dataclasses.replace(t, value=lead.value[:10] + t.value[t.value.index("T"):])
            moved.add(t.id)
            continue
        if t.anchor in here:  # on a day of its own sentence
            continue
        if (mention.start == 0 or text[mention.start - 1] == "\n") and _STAMP_END.match(text, mention.end):
            continue
        days = [d for d in sentence[k + 1:] if d.granularity == "day" and d.type == "DATE" and d.value[:4].isdigit()]
        if days:
            day = days[0]
            out[first + k] = dataclasses.replace(t, value=day.value[:10] + t.value[t.value.index("T"):],
                                                 anchor=day.id)
            moved.add(t.id)


def _timeline_days(out: list[TimeExpr], text: str) -> None:
    """A timeline under a heading that names its day ("Tijdlijn: zo verliep zaterdag", "Timeline: how Saturday
    unfolded", then lines "20.40 uur – ..."): each stamp is on that day, and on the next once the clock passes
    midnight. Without such a heading a line's stamp stays a live blog's (when the entry was written)."""
    at_line_start = {t.start: k for k, t in enumerate(out)}
    for t in list(out):
        if t.type != "DATE" or t.granularity != "day" or not t.value[:4].isdigit():
            continue
        start, end = line_span(text, t.start)
        heading = text[start:end].strip()
        if is_sentence(heading) and not heading.endswith(":"):
            continue
        day, last, pos = date.fromisoformat(t.value[:10]), "", end + 1
        while pos < len(text):
            start, end = line_span(text, pos)
            if not text[start:end].strip():
                pos = end + 1
                continue
            k = at_line_start.get(start)
            if k is None or "T" not in out[k].value or not _STAMP_END.match(text, out[k].end):
                break
            clock = out[k].value[out[k].value.index("T"):]
            if clock < last:
                day += timedelta(days=1)
            last = clock
            out[k] = dataclasses.replace(out[k], value=day.isoformat() + clock, anchor=t.id)
            pos = end + 1


@cache
def _abbreviated_end(lang: Language) -> re.Pattern[str]:
    lx = lexicon(lang)
    return re.compile(rf"\b(?:{alternation([*lx.month_abbreviations, *lx.weekday_abbreviations])})\.$", re.IGNORECASE)


def _join_abbreviation_splits(text: str, spans: list[tuple[int, int]], lang: Language) -> list[tuple[int, int]]:
    """Sentences split after "12 mrt." before "2019" are joined again, so the date is read whole."""
    abbreviated_end = _abbreviated_end(lang)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and abbreviated_end.search(text, max(0, out[-1][1] - 6), out[-1][1]) and text[a:a + 1].isdigit():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


@cache
def _pair(lang: Language) -> re.Pattern[str]:
    connectors = lexicon(lang).fact("weekday_pair_connectors")
    return re.compile(rf"\s*(?:,\s*)?(?:{connectors}|-|–)\s*$", re.IGNORECASE)


def _weekday_pair(text: str, lang: Language, first: tuple[Mention, Resolved], second: tuple[Mention, Resolved],
                  tense: Tense | None) -> tuple[Resolved, str | None]:
    """Two weekdays joined ("de nacht van zaterdag op zondag", "Saturday and Sunday") are one stretch.

    Resolved one by one, a past "zaterdag en zondag" told on a Saturday would split over two weeks;
    instead the later day is placed by the tense and the earlier one counted back from it (or, in a
    future clause, the earlier one placed and the later one counted on). Returns the second's
    resolution and the first's new value (None: unchanged).
    """
    (m1, r1), (m2, r2) = first, second
    p1, p2 = m1.parsed, m2.parsed
    if (p2.kind != "weekday" or p1.direction is not None or p2.direction is not None or p1.amount is not None
            or p2.amount is not None or p1.weekday is None or p2.weekday is None
            or not _pair(lang).fullmatch(text[m1.end:m2.start]) or not r1.value[:4].isdigit()
            or not r2.value[:4].isdigit()):
        return r2, None
    gap = (p2.weekday - p1.weekday) % 7
    if gap == 0:
        return r2, None
    d1, d2 = date.fromisoformat(r1.value[:10]), date.fromisoformat(r2.value[:10])
    if tense in ("future", "present"):
        d2 = d1 + timedelta(days=gap)
    else:
        d1 = d2 - timedelta(days=gap)
    return (dataclasses.replace(r2, value=d2.isoformat() + r2.value[10:]),
            d1.isoformat() + r1.value[10:])


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        return doc.replace(times=tag(doc))

    return stage


STAGE = StageSpec(
    name="kroniek.timex.v1",
    factory=make_stage,
    requires=("sentences",),  # tokens are used when present (morphology for tense), not required
    assigns=("times",),
    help="Time expressions (TIMEX3) normalized against the publication date.",
)
