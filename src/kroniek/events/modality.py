"""Modality of an event: what the text commits to (asserted, negated, possible, future, hypothetical).

Read from the trigger's clause (a window of a few tokens around the trigger, which catches
Dutch post-verbal "niet" as well as English "did not"):

* negated: niet/geen/nooit, not/no/never/n't, except in "niet alleen", "not only", "niet voor niets";
* negated also: the act a denial reports ("ontkende dat ...", "ontkende ... te hebben beschoten", "denied
  attacking");
* possible: a negated denial before a "dat/that" clause ("ontkende niet dat", "did not rule out"),
  epistemic modals (kunnen, mogelijk, misschien, may, might, could, possibly) and the reportative
  "zou ... hebben" ("zou hebben geroepen");
* future: zal/zullen, gaan + infinitive, will/shall/"going to", "van plan", "plans to";
* hypothetical: conditional zou/zouden/would, "als/indien/if" opening the clause, questions.
Negation wins over future, future over hypothetical, hypothetical over possible.
"""

from __future__ import annotations

import re

from .detect import Candidate
from .text import SentenceView

NEGATORS = frozenset({"niet", "geen", "nooit", "nergens", "niemand", "not", "no", "never", "n't", "nobody", "none"})
NEG_EXCEPTIONS = re.compile(r"(?<!\w)(niet alleen|niet voor niets|niet zonder reden|not only|not just|"
                            r"no doubt|not for nothing|geen toeval|niet minder dan|niet meer dan|niet zelden|"
                            r"not less than|no fewer than|no less than|no more than|not more than)(?!\w)")
DENIAL_NEGATED = re.compile(r"(?<!\w)(ontkende niet|ontkent niet|sloot niet uit|sluit niet uit|niet uitgesloten|"
                            r"niet ontkend|did not deny|does not deny|didn't deny|did not rule out|"
                            r"does not rule out|didn't rule out|not ruled out|could not rule out)(?!\w)")
SPLIT_NOT_RULED_OUT = re.compile(r"(?<!\w)(sluit|sloot|sluiten|sloten)\s+(\w+\s+){1,6}niet\s+(uit|meer uit)(?!\w)"
                                 r"|(?<!\w)(did not|does not|do not|didn't|doesn't|don't|cannot|can't|could not)\s+"
                                 r"rule\s+(\w+\s+){0,3}out(?!\w)")
DENIAL = re.compile(r"(?<!\w)(ontkende|ontkent|ontkennen|ontkenden|denied|denies|deny)(\s+\w+){0,2}\s+(dat|that)(?!\w)")
#: a denied act as the denial's own complement: "denied attacking civilians", "ontkende burgers te hebben beschoten"
DENIED_ACT_EN = re.compile(r"(?<!\w)(denied|denies|deny|denying)\s+(ever\s+|having\s+|ever having\s+)?$")
DENIAL_VERB_NL = re.compile(r"(?<!\w)(ontkende|ontkent|ontkennen|ontkenden)(?!\w)")
POSSIBLE = frozenset({"kunnen", "kan", "kon", "konden", "mogelijk", "misschien", "wellicht", "waarschijnlijk",
                      "vermoedelijk", "mogelijkerwijs", "may", "might", "could", "possibly", "perhaps", "probably",
                      "likely", "possible", "reportedly"})
FUTURE = frozenset({"zal", "zullen", "zult", "zou-", "will", "shall", "'ll", "gaat", "gaan"})
FUTURE_PHRASES = re.compile(r"(?<!\w)(van plan|is going to|are going to|plans to|planned to|plan to|"
                            r"is expected to|are expected to|staat gepland|aangekondigd voor)(?!\w)")
CONDITIONAL = frozenset({"zou", "zouden", "would"})
REPORTATIVE = re.compile(r"(?<!\w)zou(den)? \w+ (hebben|zijn)(?!\w)|(?<!\w)zou(den)? (hebben|zijn)(?!\w)")
ANNOUNCED = re.compile(r"(?<!\w)(aangekondigd|aankondigen|kondigt|kondigde|kondigden|gepland|planned|scheduled|announced|"
                       r"will hold|plannen|organiseren|organize|organise)(?!\w)")
VOLITION = frozenset({"wil", "willen", "wilde", "wilden", "wou", "want", "wants", "wanted", "intend", "intends",
                      "intended", "probeerde", "probeerden", "probeert", "tried", "try", "tries", "attempted"})
COORDINATORS = frozenset({"en", "maar", "of", "and", "but", "or"})
IF_WORDS = frozenset({"als", "indien", "mocht", "if", "unless"})


def modality(view: SentenceView, c: Candidate) -> str:
    """The modality of candidate ``c`` (see module docstring)."""
    if c.forced_modality:
        return c.forced_modality
    clause = view.clause_of(c.head)
    lo = max(clause.start, c.head - 6)
    hi = min(clause.end, c.head + 5)
    for j in range(c.head - 1, lo - 1, -1):  # "wachtten niet af en vluchtten": stop at a coordinator
        if view.lowers[j] in COORDINATORS:
            lo = j + 1
            break
    for j in range(c.head + 1, hi):
        if view.lowers[j] in COORDINATORS:
            hi = j
            break
    words = view.lowers[lo:hi]
    window_text = " ".join(words)
    clause_words = view.lowers[clause.start:clause.end]
    sentence_before = view.doc.text[view.start:c.start].lower()
    negated = bool(set(words) & NEGATORS) and not NEG_EXCEPTIONS.search(" ".join(clause_words))
    if c.nominal:  # "geen aanslagen", "no attacks": the negator must precede the noun closely
        negated = any(view.lowers[j] in ("geen", "no") for j in range(max(clause.start, c.head - 3), c.head))
    if DENIAL_NEGATED.search(sentence_before) or SPLIT_NOT_RULED_OUT.search(view.lower):
        return "possible"  # "sluit een aanslag niet uit", "did not rule out an attack"
    if DENIAL.search(sentence_before) or DENIED_ACT_EN.search(sentence_before) or (
            DENIAL_VERB_NL.search(" ".join(clause_words)) and DENIAL_VERB_NL.search(sentence_before)
            and "te" in view.lowers[max(clause.start, c.head - 3):min(clause.end, c.head + 3)]):
        return "negated"
    if negated:
        return "negated"
    future = set(words) & FUTURE or FUTURE_PHRASES.search(window_text)
    if future and (not (set(words) & {"gaat", "gaan"}) or _gaan_future(view, lo, hi)):
        return "future"
    if REPORTATIVE.search(" ".join(clause_words)):
        return "possible"
    question = view.text.rstrip().endswith("?")
    if set(words) & CONDITIONAL or (clause_words and clause_words[0] in IF_WORDS) or question:
        return "hypothetical"
    if set(words) & POSSIBLE:
        return "possible"
    if set(words) & VOLITION and c.type not in ("REQUEST", "THREATEN", "AGREE", "REJECT"):
        return "hypothetical"  # "wilden hem ontvoeren": intended, not done
    if c.nominal and c.type in ("PROTEST", "CONSULT") and ANNOUNCED.search(" ".join(clause_words)):
        return "future"  # "hebben een nieuwe mars aangekondigd", "talks are scheduled"
    return "asserted"


def _gaan_future(view: SentenceView, lo: int, hi: int) -> bool:
    """"gaat/gaan" + an infinitive later in the clause ("gaat demonstreren"), not motion ("gaan de straat op")."""
    for k in range(lo, hi):
        if view.lowers[k] in ("gaat", "gaan"):
            rest = view.lowers[k + 1:hi]
            return bool(rest) and rest[-1].endswith("en") and "op" not in rest and "straat" not in rest
    return False
