"""Estimates: "de politie schat het aantal op hooguit 800", "police put the number at 800", "the number was
estimated at 8,000 by police". An estimate is no quote (the number's ``claimed_by``/``claimed_by_text`` record who gives
it), but its estimator is a voice: the indirect-speech scan skips the estimate and keeps its source."""

from __future__ import annotations

import re

from ..marks import OPENING_QUOTES
from .clauses import clause_end
from .lexicon import simple_np
from .records import Attr, Found, Speaker, Word
from .speakers import Analysis


def estimate_quote(an: Analysis, words: list[Word], i: int, content_end: int) -> Found | None:
    """"De politie schat het aantal op hooguit 800" / "police put the number at 800": the span of an estimate by a
    common-noun phrase and its estimator, for the indirect-speech scan to skip (it is no quote). A named estimator
    ("Novaja Gazeta schatte het aantal vluchtelingen op 261.000") is found by the claims stage."""
    w = words[i]
    if w.low not in an.w.estimate_verbs or an.negated(words, i):
        return None
    text = an.text
    if w.low in an.w.put_verbs and not an.w.put_object.match(text, w.end):
        return None
    m = an.w.estimate_object.match(text, w.end)
    if m is None or m.end() > content_end + 1:
        return None
    if i > 0 and words[i - 1].low in an.w.dets:
        return None  # "the estimate", "de schat"
    floor = max((k + 1 for k in range(i) if words[k].text in (",", ";") or words[k].low in an.w.voice_conjunctions),
                default=0)
    if any(x.low in an.w.passive_aux for x in words[max(floor, i - 6):i]):
        return passive_estimate(an, words, i, floor, content_end)
    if w.low in an.w.estimate_participles:
        return None
    span = an.np_before(words, i, floor)
    content = i + 1
    if span is None and i > floor and an.w.verb_second:
        # Dutch verb-second: "Bij de blokkade schat de politie het aantal op …": the subject follows the verb
        k = simple_np(an.w, words, i + 1, depth=2)
        if k > i + 1 and words[i + 1].low in an.w.dets | an.w.roles:
            span, content = (words[i + 1].start, words[k - 1].end), k
    if span is None:
        return None
    speaker = an.speaker_in(span[0], span[1], at=span[0], bare=True)
    if speaker is None or speaker.entity is not None or not common_phrase(an, speaker):
        return None
    cs = words[content].start if content < len(words) else None
    if cs is None:
        return None
    ce = clause_end(an, words, i, content_end)
    if ce <= cs or len(re.findall(r"\w+", text[cs:ce])) < 3 or an.in_direct(cs):
        return None
    an.spoken.append(speaker)
    return Found(cs, ce, "indirect", Attr(w.start, w, speaker), w.start)




def bare_source(an: Analysis, a: int, b: int) -> Speaker | None:
    """"volgens hulporganisaties", "according to aid agencies": a bare plural (or role) as the source."""
    ws = an.words(a, b)
    if not 1 <= len(ws) <= 4 or not all(w.text.replace("-", "").isalpha() and w.text[:1].islower() for w in ws):
        return None
    last = ws[-1].low
    if any(w.low in an.w.not_sources | an.w.stops | an.w.pronouns | an.w.generic for w in ws):
        return None
    if an.w.is_role(last) or re.search(r"(?:[^s]s|en|ers)$", last):
        return Speaker(None, an.text[ws[0].start:ws[-1].end], ws[0].start, ws[-1].end, None)
    return None


def passive_estimate(an: Analysis, words: list[Word], i: int, floor: int, content_end: int) -> Found | None:
    """"The number was estimated at 8,000 by police", "Het aantal werd door de politie geschat op 8000": the
    estimator is the agent after "by"/"door"; the whole clause is what it reports."""
    ce = clause_end(an, words, i, content_end)
    agent = next((k for k in range(floor, len(words)) if words[k].low in an.w.cues.agent_prepositions
                  and words[k].start < ce), None)
    if agent is None:
        return None
    k = simple_np(an.w, words, agent + 1, depth=2)
    if k <= agent + 1:
        return None
    speaker = an.speaker_in(words[agent + 1].start, words[k - 1].end, at=words[agent + 1].start, bare=True)
    if speaker is None or speaker.entity is not None or not common_phrase(an, speaker):
        return None
    cs = words[floor].start
    if len(re.findall(r"\w+", an.text[cs:ce])) < 4 or an.in_direct(cs):
        return None
    an.spoken.append(speaker)
    w = words[i]
    return Found(cs, ce, "indirect", Attr(w.start, w, speaker), w.start)


def common_phrase(an: Analysis, sp: Speaker) -> bool:
    """Whether a speaker is a common-noun phrase ("de politie", "Police", "the organisers"), not a name."""
    if sp.start is None or sp.end is None or not sp.text:
        return False
    ws = an.words(sp.start, sp.end)
    if not ws:
        return False
    sentence_start = an.sentence_span(sp.start)[0]
    for k, w in enumerate(ws):
        if not w.text[:1].isupper():
            continue
        first = k == 0 and not an.text[sentence_start:w.start].strip(" ,;" + OPENING_QUOTES)
        tok = an.tokens_at.get(w.start)
        if not first:
            return False
        if w.low in an.w.dets or an.w.is_role(w.low) or w.low in an.w.orgs:
            continue
        if not (an.has_pos and tok is not None and tok.pos == "NOUN"):
            return False
    return True
