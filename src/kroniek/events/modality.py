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
A conditional clause wins over negation ("als de regering haar plannen niet intrekt" withdraws nothing and
refuses nothing), negation over future, future over hypothetical, hypothetical over possible.
"""

from __future__ import annotations

from .detect import Candidate
from .text import SentenceView

#: the rule name's start (kroniek.events.rules.retype_by_modality) of a threat made of an act promised on a condition;
#: kroniek.events.roles gives such a threat the speaker as actor and the condition's subject as target
CONDITIONAL_THREAT = "conditional "


def modality(view: SentenceView, c: Candidate) -> str:
    """The modality of candidate ``c`` (see module docstring)."""
    if c.forced_modality:
        return c.forced_modality
    cues = view.cues
    word_set, pattern = cues.word_set, cues.pattern
    clause = view.clause_of(c.head)
    lo = max(clause.start, c.head - 6)
    hi = min(clause.end, c.head + 5)
    for j in range(c.head - 1, lo - 1, -1):  # "wachtten niet af en vluchtten": stop at a coordinator
        if view.lowers[j] in word_set("events_coordinators"):
            lo = j + 1
            break
    for j in range(c.head + 1, hi):  # "dichtgooien als Dijkstra niet ...": the condition's negation is its own
        if view.lowers[j] in word_set("events_window_ends"):
            hi = j
            break
    words = view.lowers[lo:hi]
    window_text = " ".join(words)
    clause_words = view.lowers[clause.start:clause.end]
    sentence_before = view.doc.text[view.start:c.start].lower()
    own = set(c.tokens)  # a negator the trigger is written with denies nothing ("is geen sprake", "going nowhere")
    negated = any(view.lowers[j] in word_set("events_negators") for j in range(lo, hi) if j not in own) \
        and not pattern("negation_exceptions").search(" ".join(clause_words))
    if view.told_as_noun(c):  # "geen aanslagen", "no attacks", "without charge": the negator must precede the
        # noun closely (a verb's entry read on a noun keeps the verb's negation: "did not make arrests")
        before_noun = any(view.lowers[j] in word_set("events_nominal_negators")
                          for j in range(max(clause.start, c.head - 3), c.head))
        negated = before_noun or (negated and (not c.nominal or _object_of_negated_verb(view, c.head)))
    if pattern("denial_negated").search(sentence_before) or pattern("split_not_ruled_out").search(view.lower):
        return "possible"  # "sluit een aanslag niet uit", "did not rule out an attack"
    near = set(view.lowers[max(clause.start, c.head - 3):min(clause.end, c.head + 3)])
    if pattern("denial").search(sentence_before) or pattern("denied_act").search(sentence_before) or (
            pattern("denial_verb_infinitive").search(" ".join(clause_words))
            and pattern("denial_verb_infinitive").search(sentence_before) and near & word_set("events_infinitive_markers")):
        return "negated"
    if in_condition(view, c) or on_condition(view, c):  # "als de regering haar plannen niet intrekt" (what follows
        return "hypothetical"  # if it is not done is not done either), "dan leggen we het werk neer", "will walk out if"
    opening = view.lowers[max(0, clause.start - 1):clause.start + 1]  # ("zonder" may stand before "dat"'s clause)
    if negated or (not c.nominal and set(opening) & word_set("events_negative_openers")):
        return "negated"  # "zonder dat de politie ingreep", "without police intervening"
    if "undergo" in c.flags:
        return "asserted"  # "will face the force of the law", "kunnen rekenen op": the future is the threatened
        # act's; the threat is made as it is said
    future = set(words) & word_set("events_future_words") or pattern("future_phrases").search(window_text)
    if future and (not (set(words) & word_set("events_motion_future")) or _motion_future(view, lo, hi)):
        return "future"
    if pattern("reportative").search(" ".join(clause_words)):
        return "possible"
    question = view.text.rstrip().endswith("?")
    # (a month that is a modal's twin is no modal: "in May 2024")
    modals = {view.lowers[j] for j in range(lo, hi) if not view.in_time(view.tokens[j].start)}
    if modals & word_set("events_conditional_modals") or question:
        return "hypothetical"
    if modals & word_set("events_possibility_words"):
        return "possible"
    # not the noun ("tegen zijn wil vastgehouden", "against their will") nor a modifier of one ("on suspicion of
    # attempted murder")
    intends = any(view.lowers[j] in word_set("events_intention_verbs") and view.tokens[j].pos not in ("NOUN", "ADJ")
                  and view.tokens[j].dep != "amod" for j in range(lo, hi))
    if intends and c.type not in ("REQUEST", "THREATEN", "AGREE", "REJECT"):
        return "hypothetical"  # "wilden hem ontvoeren": intended, not done
    if c.nominal and c.type in ("PROTEST", "CONSULT") and pattern("announced").search(" ".join(clause_words)):
        return "future"  # "hebben een nieuwe mars aangekondigd", "talks are scheduled"
    if c.type == "CONSULT" and view.lemmas[c.head] & word_set("events_invitation_verbs"):
        return "future"  # "heeft beide partijen uitgenodigd voor een gesprek": the talks are to come
    return "asserted"


def _object_of_negated_verb(view: SentenceView, k: int) -> bool:
    """Is the noun at k the object of a support verb the parse negates ("did not make any arrests", "hield niet de
    aangekondigde staking")? Not of another act's verb: "would not call off the strike" negates the calling off."""
    if not view.parsed:
        return False
    tok = view.tokens[k]
    verb = tok.head - view.tokens[0].i
    if tok.dep != "obj" or not 0 <= verb < len(view.tokens):
        return False
    negators = view.cues.word_set("events_negators")
    return bool(view.lemmas[verb] & view.cues.word_set("events_support_verbs")) and any(
        j != k and view.lowers[j] in negators for j in view.dependents(verb))


def in_condition(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger the verb of a condition ("als de regering haar plannen niet intrekt", "if they block the
    road"): its clause opens with a conditional conjunction, or the parse gives its verb one."""
    if _conditional(view, view.tokens[c.head].i):
        return True
    head = view.tokens[c.head]
    if head.dep == "xcomp" and _conditional(view, head.head):
        return True  # "Als de regering blijft weigeren": the infinitive of the verb the condition opens with
    if view.parsed and on_condition(view, c):
        return False  # "Als de trekkers niet weg zijn, worden de bestuurders aangehouden": the consequent
    clause = view.clause_of(c.head)
    return clause.start < clause.end and view.lowers[clause.start] in view.cues.word_set("events_conditional_openers")


def on_condition(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's verb the consequent of a condition: a clause that a conditional conjunction opens hangs from
    it or from the verb it is a conjunct of ("als de gemeente niet betaalt, leggen we het werk neer", "they will walk
    out if talks fail")?"""
    return bool(conditions(view, c))


def on_negative_condition(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's verb the consequent of a negated condition, an "unless" in other words ("would occupy the
    beach if the Government did not revoke the approval", "blokkeren we de weg als de provincie het plan niet
    intrekt")? Said of one's own act, that is a threat."""
    negators = view.cues.word_set("events_negators")
    base = view.tokens[0].i
    negated = [k for k in range(len(view.tokens)) if view.lowers[k] in negators]
    return any(view.dominates(cond - base, k, within=4) for cond in conditions(view, c) for k in negated)


def own_act_on_condition(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger's verb the consequent of a condition, with the speaker ("ik", "we") as its subject ("dan laat
    ik het kamp ontruimen", "if they come back, we will remove them")? A speaker's own act promised on what another
    does is an ultimatum; a third party's act on a condition ("If talks fail, workers will walk out") is not."""
    conds = conditions(view, c)
    if not conds:
        return False
    base = view.tokens[0].i
    verbs = _consequent_verbs(view, c)
    speaker = view.cues.word_set("speaker_pronouns") | _reporters(view)
    return any(t.head in verbs and t.dep.startswith("nsubj") and view.lowers[t.i - base] in speaker
               for t in view.tokens)


def _reporters(view: SentenceView) -> frozenset[str]:
    """The subjects of the sentence's speech verbs ("..., kondigt ze een nieuwe noodverordening af, zegt ze"): told
    in reported speech, the one who says it is the speaker, whose own act it is."""
    speech = view.cues.pattern("speech")
    base = view.tokens[0].i
    return frozenset(view.lowers[t.i - base] for t in view.tokens if t.dep == "nsubj"
                     and 0 <= t.head - base < len(view.tokens) and speech.fullmatch(view.lowers[t.head - base]))


def _consequent_verbs(view: SentenceView, c: Candidate) -> set[int]:
    """The verbs (document indices) that tell the trigger's act: its own, a noun's verb ("kondigt ze een nieuwe
    noodverordening af"), and the verb a conjunct or complement hangs on ("dan halen we ze weg en worden de
    bestuurders aangehouden", "dan laat ik het kamp ontruimen")."""
    head = view.tokens[c.head]
    verb = head.head if c.nominal and head.dep in ("obj", "nsubj", "nsubj:pass") else head.i
    base = view.tokens[0].i
    verbs = {verb}
    if 0 <= verb - base < len(view.tokens) and view.tokens[verb - base].dep in ("conj", "xcomp"):
        verbs.add(view.tokens[verb - base].head)
    return verbs


def conditions(view: SentenceView, c: Candidate) -> list[int]:
    """The verbs (document indices) of the conditions the trigger's verb is the consequent of."""
    verbs = _consequent_verbs(view, c)
    return [t.i for t in view.tokens if t.head in verbs and t.i not in verbs and (t.dep == "advcl" or t.pos in ("VERB", "AUX"))
            and _a_clause(view, t.i) and (_conditional(view, t.i) or _verb_first_condition(view, t.i, t.head))]


def _a_clause(view: SentenceView, i: int) -> bool:
    """Is token ``i`` (a document index) the head of a clause: a verb, or a predicate with a copula, an auxiliary
    or a subject? ("veroordeelt zij als 'levensgevaarlijk'", "condemned it as reckless": "as", not "if")"""
    k = i - view.tokens[0].i
    return view.tokens[k].pos in ("VERB", "AUX") or any(
        view.tokens[j].dep.split(":")[0] in ("cop", "aux", "nsubj") for j in view.dependents(k))


def _verb_first_condition(view: SentenceView, i: int, consequent: int) -> bool:
    """Is token ``i`` (a document index) the verb that opens the sentence as a condition without a conjunction,
    its consequent opened by "dan"/"then" ("Gebeurt dat niet, dan leggen we de haven plat")?"""
    base = view.tokens[0].i
    k = i - base
    first = next((j for j, t in enumerate(view.tokens) if t.text[:1].isalnum()), None)
    if k != first or view.tokens[k].pos not in ("VERB", "AUX") or not i < consequent:
        return False
    then = view.cues.word_set("events_conditional_consequents")
    return any(i < base + j < consequent and view.lowers[j] in then for j in view.dependents(consequent - base))


def _conditional(view: SentenceView, i: int) -> bool:
    """Does a conditional conjunction ("als", "if") mark the clause of token ``i`` (a document index)?"""
    openers = view.cues.word_set("events_conditional_openers")
    return any(view.tokens[j].dep == "mark" and view.lowers[j] in openers
               for j in view.dependents(i - view.tokens[0].i))


def _motion_future(view: SentenceView, lo: int, hi: int) -> bool:
    """"gaat/gaan" + an infinitive later in the clause ("gaat demonstreren"), not motion ("gaan de straat op")."""
    cues = view.cues
    for k in range(lo, hi):
        if view.lowers[k] in cues.word_set("events_motion_future"):
            rest = view.lowers[k + 1:hi]
            return bool(rest) and rest[-1].endswith(cues.infinitive) and not cues.word_set("events_motion_words") & set(rest)
    return False
