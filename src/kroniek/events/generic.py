"""Generic and background mentions of events: words about events that report no occurrence.

A trigger is no event when

* a *frame* ends just before it (``events_generic_frames``): a right, a willingness, a law, a ban or a statistic
  about such events ("het recht om te demonstreren", "willing to strike", "a law on arrests", "het aantal
  arrestaties");
* it acts on a free-choice object in a clause without a past-tense verb (``events_free_choice``): what a rule
  would allow ("would let officers arrest anyone who ...", "mag de politie iedereen oppakken die ..."), or its
  sentence opens with a free relative (``events_free_relatives``: "Wie dynamiet naar agenten gooit, is ...");
* its sentence tells a habit (``events_habitual_words``) with no past-tense verb ("Al Shabaab frequently attacks
  bases", "Elk weekend gaan mensen de straat op");
* it is a bare or indefinite noun that is the subject of a present-tense copula with no participle after it
  ("Protests are common", "Een staking is een laatste redmiddel"; not "Een staking is aangekondigd", nor a predicate
  that says it holds now, ``events_ongoing_predicates``: "A curfew is in force"), or a bare
  plural that a change verb counts ("Arrests at protests rose by a third": a statistic);
* it is the predicate of a copula with a negator ("Dit was geen protest", "This was not a protest"): a name denied;
* it sits in a relative clause on a place that says what the place was meant for (``events_relative_adverbs`` +
  ``events_destined_markers``: "een pand waar asielzoekers zouden worden opgevangen").

Each rule reads the parse when there is one (tense, participles) and the language's word lists, so it holds for
any language that provides them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import Language
from .candidate import Candidate
from .cues import EventCues
from .text import SentenceView


def _phrases(cues: EventCues, name: str) -> re.Pattern[str]:
    return _compiled(cues.language, cues.word_set(name))


@lru_cache(maxsize=64)
def _compiled(_language: Language, words: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in ordered) + r")(?!\w)")


def _past(view: SentenceView, lo: int, hi: int) -> bool:
    """A finite past verb (or a perfect's participle with its auxiliary, not a present passive's) in tokens lo..hi."""
    toks = view.tokens[lo:hi]
    finite = any(t.pos in ("VERB", "AUX") and "Tense=Past" in t.morph and "VerbForm=Part" not in t.morph for t in toks)
    present_passive = view.cues.word_set("events_present_passive_auxiliaries")
    auxiliaries = [t for t in toks if t.pos == "AUX" or t.lemma.lower() in ("zijn", "hebben", "be", "have")]
    perfect = any("VerbForm=Part" in t.morph and t.pos == "VERB" for t in toks) and bool(auxiliaries) and not any(
        t.text.lower() in present_passive for t in toks)
    return finite or perfect


def told_in_the_past(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's clause told in the past or the perfect ("Er zijn ruim driehonderd mensen opgepakt"; not
    "veel meer mensen worden opgeroepen")?"""
    clause = view.clause_of(c.head)
    return view.parsed and _past(view, clause.start, clause.end)


def generic(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger a generic or background mention (see the module docstring)?"""
    if view.headline and not _framed(view, c):
        return False
    return _framed(view, c) or _free_choice(view, c) or _habitual(view, c) or _generic_subject(view, c) \
        or _destined(view, c) or _denied_label(view, c)


def _denied_label(view: SentenceView, c: Candidate) -> bool:
    """"Dit was geen protest, dit was een poging tot staatsgreep", "This was not a protest": a name denied to what
    happened, told of no occurrence of its own."""
    if not view.parsed or not view.told_as_noun(c):
        return False
    kids = view.dependents(c.head)
    negators = view.cues.word_set("events_nominal_negators") | view.cues.word_set("events_negators")
    return any(view.tokens[j].dep == "cop" for j in kids) and any(view.lowers[j] in negators for j in kids)


def _framed(view: SentenceView, c: Candidate) -> bool:
    """"het recht om te demonstreren", "willing to strike", "a law on arrests": a frame ends before the trigger."""
    lo = max(0, c.head - 5)
    before = " ".join(view.lowers[lo:c.head])
    frames = _phrases(view.cues, "events_generic_frames")
    ends = [m.end() for m in frames.finditer(before)]
    # at most three words between the frame and the trigger ("bereid om opnieuw te staken")
    if not ends or len(before[ends[-1]:].split()) > 3:
        return False
    # "defied a ban on protests and marched": a finite verb after a coordinator is an act of its own (not so "het
    # recht om te demonstreren en te staken")
    between = set(before[ends[-1]:].split())
    head = view.tokens[c.head]
    return not (between & view.cues.word_set("events_coordinators") and head.pos == "VERB"
                and "VerbForm=Inf" not in head.morph)


def _free_choice(view: SentenceView, c: Candidate) -> bool:
    clause = view.clause_of(c.head)
    relatives = view.cues.word_set("events_free_relatives")  # opening the sentence, a quote or what follows a colon
    opens = any(view.lowers[j] in relatives and (j == 0 or not view.lowers[j - 1][:1].isalnum())
                for j in range(c.head))
    free = view.cues.word_set("events_free_choice")
    head = view.tokens[c.head]
    base = view.tokens[0].i
    # "Anyone who attacks soldiers will face ...": the relative clause of a free-choice word
    of_free = head.dep.startswith("acl") and 0 <= head.head - base < len(view.tokens) and view.lowers[head.head - base] in free
    if not (opens or of_free or free & set(view.lowers[clause.start:clause.end])):
        return False
    return view.parsed and not _past(view, clause.start, clause.end)


def _habitual(view: SentenceView, c: Candidate) -> bool:
    """A habit word in the sentence and no past in the trigger's clause ("Al Shabaab, which has fought the
    government since 2007, frequently attacks bases")."""
    if not view.parsed or not _phrases(view.cues, "events_habitual_words").search(view.lower):
        return False
    clause = view.clause_of(c.head)
    if _past(view, clause.start, clause.end):
        return False
    in_clause = _phrases(view.cues, "events_habitual_words").search(view.clause_text(clause)) is not None
    return in_clause or not _past(view, 0, len(view.tokens))


def _generic_subject(view: SentenceView, c: Candidate) -> bool:
    if not view.parsed or not view.told_as_noun(c):
        return False
    clause = view.clause_of(c.head)
    cues = view.cues
    # only indefinite articles, adjectives and coordinated nouns before it, from the clause start ("A strike or a
    # sit-in is ..."): no definite article, number or possessive that would point at one occurrence
    for j in range(clause.start, c.head):
        low = view.lowers[j]
        if not (low in cues.word_set("events_indefinite_articles") or view.tokens[j].pos in ("ADJ", "CCONJ", "NOUN")
                or (j == clause.start and view.tokens[j].pos == "PUNCT")):  # (a quote opening it)
            return False
    after = range(c.head + 1, min(len(view.tokens), c.head + 7))
    plural = "Number=Plur" in view.tokens[c.head].morph
    if plural and _opens_clause(view, c.head) and any(view.lowers[j] in cues.word_set("quantities_change_verbs")
                                                      for j in after):
        return True  # "Arrests at protests rose by a third": a statistic
    if _past(view, clause.start, clause.end):  # (not a past tense in the next clause: "Peaceful protest is a right,
        return False  # but what we saw on Saturday was not peaceful")
    copula = next((j for j in after if view.lowers[j] in cues.word_set("events_copulas")), None)
    if copula is None or copula - c.head > 4 or copula + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[copula + 1]
    rest = " ".join(view.lowers[copula + 1:copula + 4])
    if any(rest == p or rest.startswith(p + " ") for p in cues.word_set("events_ongoing_predicates")):
        return False  # "A curfew is in force in the capital", "Een staking is aan de gang": one that holds now
    return "VerbForm=Part" not in nxt.morph and nxt.pos not in ("VERB", "AUX")


def _opens_clause(view: SentenceView, k: int) -> bool:
    """No verb between the clause start and token k: k opens the clause as (part of) its subject."""
    clause = view.clause_of(k)
    return not any(t.pos in ("VERB", "AUX") for t in view.tokens[clause.start:k])


def _destined(view: SentenceView, c: Candidate) -> bool:
    """"een pand waar twintig asielzoekers zouden worden opgevangen": what a place was meant for."""
    cues = view.cues
    opener = next((j for j in range(c.head - 1, max(-1, c.head - 10), -1)
                   if view.lowers[j] in cues.word_set("events_relative_adverbs")), None)
    if opener is None or any(view.lowers[j] in (",", ";", ".") for j in range(opener + 1, c.head)):
        return False
    text = " ".join(view.lowers[opener + 1:c.head + 1])
    return _phrases(cues, "events_destined_markers").search(text) is not None


def destined_span(view: SentenceView, k: int) -> bool:
    """Is token k inside a relative clause that says what a place was meant for (``_destined``)? Its numbers
    count the people the place was meant for, not the victims of an event told in the main clause."""
    cues = view.cues
    stops = (",", ";", ".")
    opener = next((j for j in range(k - 1, max(-1, k - 10), -1)
                   if view.lowers[j] in cues.word_set("events_relative_adverbs")
                   or view.lowers[j] in stops), None)
    if opener is None or view.lowers[opener] in stops:
        return False
    end = next((j for j in range(k, len(view.tokens)) if view.lowers[j] in stops), len(view.tokens))
    return _phrases(cues, "events_destined_markers").search(" ".join(view.lowers[opener + 1:end])) is not None


def offence_name(view: SentenceView, c: Candidate) -> bool:
    """"Hughes admitted wounding with intent", "werd veroordeeld voor brandstichting": the event word names the
    offence of a case (``events_offence_verbs`` just before it), a mention of an act told before."""
    return not view.headline and offence_verb(view, c) is not None


def offence_verb(view: SentenceView, c: Candidate) -> int | None:
    """The sentence token that opens the ``events_offence_verbs`` phrase naming ``c`` as the offence of a case
    ("veroordeeld" in "Drie mannen veroordeeld voor aanslag op moskee", "charged" in "charged with ...
    assaulting"), or None: whoever that verb is about is who is said to have done it."""
    lo = max(0, c.head - 5)
    before = " ".join(view.lowers[lo:c.head])
    found = list(_phrases(view.cues, "events_offence_verbs").finditer(before))
    if not found or len(before[found[-1].end():].split()) > 2:
        return None
    return lo + len(before[:found[-1].start()].split())
