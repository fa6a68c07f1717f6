"""Sentence-level rules over the raw trigger matches of :mod:`.detect`.

Per sentence: the most specific match wins on each token; same-type matches collapse into
one event; deontic modals turn an action into a REQUEST ("Rusland moet ... verbieden"), and talks that must happen too
("Het overleg moet nu weer beginnen", "Talks must resume");
violence or weapons promised inside a direct quote are a THREATEN; what is requested, threatened,
agreed, refused or alleged is not an event of its own ("riep op om luchtafweer te leveren",
"accused the army of bombing"); coordinated objects after "net als"/"as well as" become separate
events, and so do further objects of a destruction verb ("staken een auto en twee containers in
brand") and coordinated verbs with their own objects ("burned homes and looted shops"; not "shot and
killed", not a participial toll "..., killing 12"). A nominal trigger opening the sentence after
"Bij"/"Tijdens"/"During"/"Amid" is an occurrence ("Bij ongeregeldheden in X zijn ..."). Plain
reporting verbs (zeggen, melden, bevestigen, say, report, confirm) are no triggers and never absorb
what they report. After modality is known (:func:`retype_by_modality`), PLOVER's reading of commitments
applies: announced or intended cooperation is an AGREE, refused cooperation a REJECT, a
coercive act announced "unless ..." a THREATEN.
"""

from __future__ import annotations

from dataclasses import replace

from .. import attribution
from ..lang.agents import names_party
from .candidate import THREATENED_ACT, Candidate
from .coordination import coordinated_verbs
from .generic import generic
from .modality import CONDITIONAL_THREAT, on_condition, on_negative_condition, own_act_on_condition
from .phrases import words_of
from .text import Clause, QuoteSpan, SentenceView, quotes_at


# --------------------------------------------------------------------------- sentence-level rules
def refine(view: SentenceView, cands: list[Candidate], quotes: list[QuoteSpan], sports_page: bool = False) -> list[Candidate]:
    """Apply the sentence-level rules (see module docstring) to the raw matches; on a sports page
    (``sports_page``) every sentence reads as sport."""
    out: list[Candidate] = []
    cues = view.cues
    sports = sports_page or view.sporty
    fan_violence = sports and cues.pattern("fan_violence").search(view.text) is not None
    for c in cands:
        if sports and c.type in ("ASSAULT", "THREATEN", "CONSULT", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE") \
                and not (c.type == "ASSAULT" and (fan_violence or "clash" in c.flags and cues.pattern("fans").search(view.text))):
            continue  # "een sterke aanval in de tweede helft", "shot wide"; not "supporters vielen agenten aan", not
            # "raakten supporters van beide clubs slaags" (but "United and City clash on Sunday" is a match)
        clause = view.clause_of(c.head)
        before = view.lowers[clause.start:c.head]
        window = view.lowers[max(clause.start, c.head - 6):min(clause.end, c.head + 4)]
        if "warning" not in c.flags and (  # (a sanction promised to "wie ..." or "anyone" is said now)
                set(before) & cues.word_set("events_generic_subjects") or generic(view, c)) \
                and _threatened_act(view, c, cands) is c:  # (a habit threatened is a threat: "dreigen 'elke week
            # een nieuw pand' te bezetten")
            continue  # "the right to demonstrate", "Protests are common", "frequently attacks": no occurrence
        if _set_against(view, c):
            continue  # "anti-riot forces": what they are against, no riot
        if c.type == "DISPLACE" and not c.nominal and view.tokens[c.head].dep == "amod":
            continue  # "sheltering displaced people", "11 Displaced Villagers": who they are, not a flight told
        if _background(view, clause):
            continue  # "direct nadat Poetin de mobilisatie had afgekondigd": the backdrop of another event
        if _generic_relative(view, c):
            continue  # "bedrijven die wapens leveren aan het leger": what an entity habitually does
        if set(window) & cues.word_set("events_volition_verbs") and set(window) & cues.word_set("negations") and c.type not in ("THREATEN", "REQUEST", "REJECT"):
            if c.type != "CONSULT":
                continue
            # "Dijkstra wil niet met de actievoerders praten", "refuses ... won't meet": talks refused
            c = replace(c, type="REJECT", mode=None, forced_modality="asserted")
        c = _deontic(view, c)
        c = _threat_in_quote(view, c, quotes)
        c = _threatened_act(view, c, cands)
        if _thing_at_risk(view, c, cands):
            continue  # "The talks threaten to collapse": something at risk, not a threat
        if _fended_off(view, c, cands):
            continue  # "repelled the attack and killed two of the assailants": the counter-attack is the act told
        if _unit_acted_on(view, c, cands):
            continue  # "ambushed a military patrol": the patrol is the target, its patrolling no event here
        if _blamed_on_a_thing(view, c):
            continue  # "blamed the outages on a damaged generator": a cause given, nobody accused
        out.append(c)
    out = _tolls_of_riots(view, out)
    out += _weapon_threats(view, out, quotes)
    out = _absorb_complements(view, out)
    return [_threat_mode(view, _assault_mode(view, c)) for c in _collapse(out, view, quotes)]


def _set_against(view: SentenceView, c: Candidate) -> bool:
    """Is the trigger word joined by a hyphen to a prefix of being against it (``events_against_prefixes``:
    "anti-riot forces")?"""
    k, toks = c.head, view.tokens
    return k >= 2 and view.lowers[k - 1] in ("-", "‑") and view.lowers[k - 2] in view.cues.word_set(
        "events_against_prefixes") and toks[k - 2].end == toks[k - 1].start and toks[k - 1].end == toks[k].start


def _tolls_of_riots(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """"A police officer was injured when young men threw stones": the injury is the riot's toll, not an attack
    of its own (a passive casualty verb beside a riot in the same sentence)."""
    if not any(c.type == "PROTEST" and c.mode == "riot" for c in cands):
        return cands
    return [c for c in cands if not view.tells_casualty(c)]


def _threat_mode(view: SentenceView, c: Candidate) -> Candidate:
    if c.type != "THREATEN" or c.mode:
        return c
    if "warning" in c.flags:  # "teachers who did not return by Monday would be struck off": a deadline makes it an
        # ultimatum; without one the sanction promised is no violence of the relative clause's act
        who = view.sanctioned(c.head, relative=True)  # (a date before it, "Last week, the minister warned that ...", is no deadline)
        start = view.tokens[who].start if who is not None else view.start
        c = replace(c, forced_modality="asserted")  # the sanction lies ahead; the promise is made as it is said
        return replace(c, mode="ultimatum") if any(start <= t.start and t.end <= c.start for t in view.times) else c
    text = view.clause_text(view.clause_of(c.head)) + " " + view.lower[max(0, c.end - view.start):][:80]
    for pattern, mode in view.cues.ordered["threat_modes"]:
        if pattern.search(text):
            return replace(c, mode=mode)
    return c


SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
#: COERCE modes that forbid an act: the act they name is the ban's object, not a happening
_PROHIBITIONS = frozenset({"ban", "restrict"})
MATERIAL = frozenset({"AID", "SUPPORT", "COOPERATE", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "SANCTION",
                      "CONSULT", "CONCEDE", "DISPLACE"})
def _assault_mode(view: SentenceView, c: Candidate) -> Candidate:
    """An ASSAULT without a specific mode takes one from its clause's weapons (drones, artillery, tear gas)."""
    if c.type != "ASSAULT" or c.mode not in (None, "firearms") or "disrupted" in c.flags:
        return c
    text = view.clause_text(view.clause_of(c.head))
    modes = view.cues.ordered["assault_modes"]
    if c.mode == "firearms":  # "fired tear gas" is crowd control; "fired live rounds and tear gas" is not
        found = {m for p, m in modes if m in ("crowd-control", "firearms") and p.search(text)}
        return replace(c, mode="crowd-control") if found == {"crowd-control"} else c
    for pattern, mode in modes:
        if pattern.search(text):
            return replace(c, mode=mode)
    return c


def _answered_after_a_comma(view: SentenceView, a: int, c: int) -> bool:
    """Is the speech act at ``c`` a relative clause on the whole clause before it, opened after a comma by a relative
    pronoun, with a subject of its own ("alleged that two were beaten in custody, which an MVD spokesman denied",
    "..., wat het ministerie ontkent")?"""
    relatives = view.cues.word_set("events_relative_pronouns")
    opener = next((k + 1 for k in range(c - 1, a, -1) if view.lowers[k] == "," and k + 1 < c
                   and view.lowers[k + 1] in relatives), None)
    return opener is not None and view.parsed and any(
        view.tokens[j].dep.startswith("nsubj") and opener < j < c for j in view.dependents(c))


def _next_act(view: SentenceView, a: Candidate, c: Candidate) -> bool:
    """Is ``c`` a verb in the past joined to the speech act ``a`` or to the infinitive ``a`` governs ("refused to leave
    and were arrested", "weigerden te vertrekken en werden aangehouden": the arrest happened, however of the two the
    parse hangs the conjunct on)?"""
    if not view.parsed or c.nominal:
        return False
    tok = view.tokens[c.head]
    past = "Tense=Past" in tok.morph and "VerbForm=Fin" in tok.morph or any(  # (not "will be towed away")
        view.tokens[j].dep.startswith("aux") and "Tense=Past" in view.tokens[j].morph
        and "VerbForm=Fin" in view.tokens[j].morph for j in view.dependents(c.head))
    speech = view.tokens[a.head].i
    joined = view.tokens[tok.head - view.tokens[0].i] if 0 <= tok.head - view.tokens[0].i < len(view.tokens) else None
    return tok.dep == "conj" and past and joined is not None and (
        joined.i == speech or (joined.dep == "xcomp" and joined.head == speech))


def _absorb_complements(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """What is requested, threatened, agreed or refused is not an event of its own ("riep op om ... te sturen");
    a weak promise ("pledged") of a material act (aid) is that act."""
    out = []
    complement, infinitive = view.cues.word_set("events_complement_openers"), view.cues.word_set("events_trailing_infinitive_markers")
    for c in cands:
        absorbed = False
        # an agreement named as what is asked or demanded ("until Friday to reach a deal") is no agreement made
        if c.type not in SPEECH_ACTS or c.type == "REJECT" or (c.type == "AGREE" and c.nominal):
            for a in cands:
                if a.head >= c.head:
                    continue
                between = set(view.lowers[a.head + 1:c.head])
                if ";" in between or (c.type in SPEECH_ACTS and _answered_after_a_comma(view, a.head, c.head)):
                    continue  # "wijst de KNPB aan als aanstichter; die organisatie ontkent ...": another clause's act,
                    # as is "..., which an MVD spokesman denied": a relative on the whole clause, with its own speaker
                if a.type in SPEECH_ACTS and (between & complement or infinitive & set(view.lowers[c.head + 1:c.head + 4])) \
                        and not (view.parsed and view.dominates(c.head, a.head)) and not _subject_outside(view, a, c) \
                        and not _next_act(view, a, c):
                    absorbed = True  # "riep op om luchtafweer te leveren", "agreed to withdraw"; not the main clause
                    # of a "when"-clause that holds the speech act ("When officers ordered them to leave, ... threw")
                elif a.type in ("REQUEST", "THREATEN") and c.nominal and view.clause_of(a.head) == view.clause_of(c.head) \
                        and not _ordered_coercion(view, a, c):
                    absorbed = True  # "called for a ceasefire", "eiste de vrijlating"
                elif a.type == "ACCUSE" and not a.nominal and between & view.cues.word_set("events_allegation_links"):
                    absorbed = True  # "accused the army of bombing": the allegation, not a reported attack
                if absorbed:
                    break
        if c.type not in SPEECH_ACTS and c.type != "COERCE" and view.told_as_noun(c) and view.parsed \
                and not view.tokens[c.head].dep.startswith("nsubj") and any(  # ("A strike ... closed the port")
                a.type == "COERCE" and a.mode in _PROHIBITIONS and a is not c
                and not view.stops_an_event(a.head, tuple(view.lowers[t] for t in a.tokens if t != a.head))
                and (view.dominates(a.head, c.head, within=2) or _object_next(view, a.head, c.head)) for a in cands):
            absorbed = True  # "banned rallies", "heeft een demonstratie verboden", "a ban on protests": what is
            # forbidden has not happened
        if c.type == "SUPPORT" and view.told_as_noun(c) and _stated_purpose(view, c) and any(
                o.type == "PROTEST" and o is not c for o in cands):
            absorbed = True  # "marched ... in support of the workers", "uit steun voor": why they protest
        if any(_ordered_coercion(view, c, o) for o in cands if o is not c):
            absorbed = True  # "the rector ordered the closure of the halls": the closure is the act ordered and done
        if c.type == "AGREE" and c.weight <= 0.6 and any(o is not c for o in cands):
            absorbed = True
        if c.type == "COERCE" and c.nominal and any(
                o.type in ("CONCEDE", "RETREAT") and not o.nominal and view.clause_of(o.head) == view.clause_of(c.head)
                for o in cands):
            absorbed = True  # "heeft de avondklok opgeheven": lifting a curfew is the concession
        if c.type == "RETREAT" and c.mode == "ceasefire" and any(o.type == "AGREE" for o in cands):
            absorbed = True  # "bereikten een akkoord over een staakt-het-vuren": one agreement
        if c.nominal and c.type not in ("ASSAULT", "PROTEST", "COERCE", "DISPLACE", "MOBILIZE") and any(
                o.type in ("REJECT", "CONCEDE", "AGREE", "SUPPORT") and not o.nominal and o is not c and o.weight > 0.6
                and view.clause_of(o.head) == view.clause_of(c.head) for o in cands):
            absorbed = True  # "wees de beschuldigingen af": rejecting an accusation is one REJECT
        if not absorbed:
            out.append(c)
    return out


def _subject_outside(view: SentenceView, speech: Candidate, c: Candidate) -> bool:
    """Has ``c``'s verb a subject of its own after the speech act, outside the speech act's clause ("refused to move
    off the route, and six maxis were towed away")? Then it is no complement of the speech act."""
    return view.parsed and not view.dominates(speech.head, c.head) and any(
        view.tokens[j].dep.startswith("nsubj") and j > speech.head for j in view.dependents(c.head))


def _ordered_coercion(view: SentenceView, order: Candidate, act: Candidate) -> bool:
    """Whether ``order`` is an authority's order verb ("ordered", "beval") whose clause holds ``act``, a coercive
    act told as a noun after it ("the closure of the halls"): an order of its own doing, which is that act."""
    return order.type == "REQUEST" and not order.nominal and act.type == "COERCE" and act.nominal \
        and act.head > order.head and view.clause_of(order.head) == view.clause_of(act.head) \
        and bool((view.lemmas[order.head] | {order.lemma}) & view.cues.word_set("events_order_verbs"))


def _stated_purpose(view: SentenceView, c: Candidate) -> bool:
    """Does a purpose preposition open the noun ("in support of", "out of solidarity", "uit steun voor", "ter
    ondersteuning van"), with at most an adjective between ("in stille solidariteit met")?"""
    purpose = view.cues.word_set("events_purpose_prepositions")
    k = c.head - 1
    while k >= 0 and view.tokens[k].pos == "ADJ":
        k -= 1
    return k >= 0 and (view.lowers[k] in purpose or (k > 0 and f"{view.lowers[k - 1]} {view.lowers[k]}" in purpose))


def _object_next(view: SentenceView, verb: int, noun: int) -> bool:
    """Does the noun follow the verb with only determiners and adjectives between ("banned rallies", "verbood alle
    demonstraties"), where the parse may have read the verb as an adjective? "a banned rally" (an opener before the
    verb) is an attribute: that rally may have been held."""
    if noun <= verb or (verb > 0 and view.lowers[verb - 1] in view.cues.word_set("events_noun_openers")):
        return False
    return all(view.tokens[j].pos in ("DET", "ADJ", "NUM") for j in range(verb + 1, noun))


def _background(view: SentenceView, clause: Clause) -> bool:
    """A pluperfect clause opened by "nadat"/"after" that sets the scene for the main clause's event."""
    words = view.lowers[clause.start:clause.end]
    if not words or not set(words) & view.cues.word_set("events_pluperfect_auxiliaries"):
        return False
    opener = next((w for w in words[:4] if w.isalpha()), "")
    return opener in view.cues.word_set("events_background_openers") and len(view.clauses) > 1


REL_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”"})


def _finite(view: SentenceView, j: int) -> bool:
    tok = view.tokens[j]
    return tok.pos in ("VERB", "AUX") and "VerbForm=Fin" in tok.morph


def _generic_relative(view: SentenceView, c: Candidate) -> bool:
    """A present-tense relative clause on a noun characterises the entity ("companies that supply jet fuel to the
    military", "een organisatie die hulp verleent"); a past one reports an occurrence ("the militia that attacked
    the village on Monday"). Perfects and progressives ("die hulp heeft verleend", "who are marching") are kept, and
    so are threats: one in the present is made now ("politievakbond VSOA, die met een stiptheidsactie dreigt"),
    where a wish or an opposition may be standing ("the union, which wants wages pegged to the dollar")."""
    if not view.parsed or view.headline or c.type == "THREATEN":
        return False
    k = c.head
    stops = REL_PUNCT | view.cues.word_set("events_relative_stops")
    for r in range(k - 1, max(-1, k - 9), -1):
        low = view.lowers[r]
        if low in stops:
            return False
        if low not in view.cues.word_set("events_relative_pronouns") or r == 0 or not (view.tokens[r].pos == "PRON" or (
                view.tokens[r - 1].pos == "NOUN" and (low in view.cues.word_set("events_relative_determiners")
                                                      or view.tokens[r].pos == "DET"))):
            continue  # (right after its noun, "die" is the relative pronoun however it is tagged: "stichting die hulp")
        prev = r - 2 if view.lowers[r - 1] == "," and r >= 2 else r - 1
        if view.tokens[prev].pos not in ("NOUN", "PROPN"):
            return False
        end = next((j for j in range(r + 1, len(view.tokens)) if view.lowers[j] in stops), len(view.tokens))
        verbs = [j for j in range(r + 1, end) if _finite(view, j)]
        if not verbs:  # a relative clause has a finite verb: with none tagged so, a lone verb tagged infinitive is
            bare = [j for j in range(r + 1, end) if view.tokens[j].pos == "VERB"]  # the present plural, its twin
            return len(bare) == 1 and "VerbForm=Inf" in view.tokens[bare[0]].morph  # ("die de ME te laat inzetten")
        v = verbs[0]
        later = [j for j in verbs[1:] if j != k]
        if later and k > later[0]:
            return False  # the trigger belongs to the main clause after a verb-final relative clause
        tail = view.tokens[r + 1:end]
        if any("VerbForm=Part" in t.morph for t in tail if t.pos in ("VERB", "AUX")) and any(t.pos == "AUX" for t in tail):
            return False  # "die hulp heeft verleend", "who are marching": a perfect or a progressive (its auxiliary
            # too: "daklozen" tagged a participle is none)
        return "Tense=Pres" in view.tokens[v].morph
    return False


def _deontic(view: SentenceView, c: Candidate) -> Candidate:
    """"X moet Y verbieden" / "X should withdraw": the speaker requests it; not the act itself."""
    deontic = view.cues.word_set("events_deontic_modals")
    if c.type == "CONSULT" and c.nominal:  # "Het overleg moet nu weer beginnen", "er moet overleg komen"
        clause = view.clause_of(c.head)
        modal = [j for j in range(clause.start, clause.end) if view.lowers[j] in deontic]
        if modal:
            return replace(c, type="REQUEST", mode="meet", forced_modality="asserted",
                           rule=f"deontic({view.lowers[modal[0]]})->REQUEST after {c.rule}")
        return c
    if c.type in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "DISPLACE") or c.nominal:
        return c
    sent_low = view.lower
    lo = max(0, c.head - 8)
    modal = [j for j in range(lo, c.head) if view.lowers[j] in deontic]
    if not modal:
        return c
    if not (view.cues.pattern("speech").search(sent_low) or view.lowers[0] in ("“", "\"", "„")):
        return c
    mode = {"COERCE": "yield", "SANCTION": "yield", "ASSAULT": "yield", "RETREAT": "yield", "CONCEDE": "change",
            "AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "meet"}.get(c.type)
    return replace(c, type="REQUEST", mode=mode, forced_modality="asserted",
                   rule=f"deontic({view.lowers[modal[-1]]})->REQUEST after {c.rule}")


def _in_quote(pos: int, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """The direct quote containing ``pos`` (reported speech is narration, not the speaker's words)."""
    return next((q for q in quotes_at(quotes, pos) if q.kind == "direct"), None)


def _threat_in_quote(view: SentenceView, c: Candidate, quotes: list[QuoteSpan]) -> Candidate:
    """Violence announced inside a quote (not narrated in the past) is a threat; a quoted label inside the
    narration is no quote of a threat ("condemned what he called an 'unprovoked attack'")."""
    quote = _in_quote(c.start, quotes) if c.type == "ASSAULT" else None
    if quote is None:
        return c
    before = view.doc.text[view.start:quote.start].rstrip(" \"'‘“„«")
    if view.parsed and before[-1:].isalpha() and not any(
            t.pos in ("VERB", "AUX") for t in view.tokens if quote.start <= t.start < quote.end):
        return c  # (a word right before it, not a colon or a comma that opens what is said)
    demonstratives = view.cues.word_set("events_definite_words") - view.cues.word_set("events_articles")
    if c.nominal and view.parsed and view.tokens[c.head].dep.startswith("nsubj") and any(
            view.lowers[j] in demonstratives for j in view.dependents(c.head)):
        return replace(c, forced_modality="asserted")  # "This cowardly attack will not go unpunished": the attack
        # told of, not one announced ("There will be attacks"; "The attack will begin at dawn")
    clause = view.clause_of(c.head)
    text = view.clause_text(clause)
    has_verb = any(t.pos in ("VERB", "AUX") for t in view.tokens[clause.start:clause.end]) if view.parsed else \
        bool(view.cues.pattern("verb_form").search(text.replace(view.lowers[c.head], "")))
    narrated = view.cues.pattern("past_verb").search(text) is not None or (view.parsed and any(
        "Tense=Past" in t.morph for t in view.tokens[clause.start:clause.end]))  # "Het was een laffe aanslag"
    if view.cues.pattern("modal_future").search(text) or (c.nominal and not has_verb) or (c.nominal and not narrated):
        return replace(c, type="THREATEN", mode="violence", forced_modality="asserted",
                       rule=f"violence-in-quote->THREATEN after {c.rule}")
    return c


def _threatened_act(view: SentenceView, c: Candidate, cands: list[Candidate]) -> Candidate:
    """"Het leger dreigde de rebellen aan te vallen": an act in the "te"/"to" infinitive of a threat verb is what is
    threatened, so the event is a THREATEN at that verb (where the threat verb is no candidate of its own: Dutch
    "dreigen" alone is also "be at risk of", "de dijk dreigt te breken", whose infinitive is no event). So is an act a
    threat verb reports (:func:`_threat_report`), an act noun of the verb it reports ("volgt een nieuwe stakingsdag,
    dreigt X") and what a warning says the warner's side will do (:func:`_warned_act`). The act's words date and
    place the act, not the threat."""
    if c.type in SPEECH_ACTS:
        return c
    act, k, warned = c.head, None, None
    if c.nominal:  # "..., volgt op 12 maart een nieuwe stakingsdag, dreigt ACV-voorzitster X": the verb it belongs to
        act = view.tokens[c.head].head - view.tokens[0].i if view.parsed else -1
        if view.tokens[c.head].dep not in ("nsubj", "obj", "nsubj:pass") or not 0 <= act < len(view.tokens) \
                or act == c.head:
            return c
        k = _threat_report(view, replace(c, head=act))
    else:
        first = min(c.tokens or (c.head,))
        markers = view.cues.word_set("events_infinitive_markers")
        if any(view.lowers[j] in markers for j in range(max(0, first - 1), c.head)):
            clause = view.clause_of(c.head)
            k = next((j for j in range(first - 1, clause.start - 1, -1) if _threat_verb(view, j)), None)
        if k is None:  # (or the parse's: the clause may stop at a quotation, "dreigen ‘elke week een nieuw pand’ te
            k = _threat_report(view, c)  # bezetten")
        if k is None:
            k = warned = _warned_act(view, c)
    if k is None or any(o.head == k for o in cands):
        return c  # no threat verb, or one that is a candidate itself ("threatened": its complement is absorbed)
    t = view.tokens[k]
    return replace(c, type="THREATEN", mode=None, head=k, start=t.start, end=t.end, tokens=(k,), nominal=False,
                   lemma=view.lowers[k], rule=f"{THREATENED_ACT}THREATEN after {c.rule}",
                   excluded=c.excluded + _act_words(view, act, k),
                   forced_modality="asserted" if warned is not None else c.forced_modality)  # (the warning was made,
    # whatever the condition on the act: "warned they would block access ... if the company did not pay")


def _threat_report(view: SentenceView, c: Candidate) -> int | None:
    """The threat verb that reports the act ("..., dan leggen we de haven plat, dreigt Verstraete"): one the act's
    verb governs as its reporting clause, or one that governs the act's clause. (A threat verb that is a candidate
    of its own, English "threatened", keeps its event and absorbs the act; Dutch "dreigen" is one only with "met".)"""
    if not view.parsed:
        return None
    base = view.tokens[0].i
    warning = view.cues.word_set("events_warning_verbs")
    for j, t in enumerate(view.tokens):
        if j == c.head:
            continue
        if _threat_verb(view, j) and (t.dep.startswith("parataxis") and t.head - base == c.head
                                      or view.dominates(j, c.head)):
            return j
        if view.lemmas[j] & warning and t.dep.startswith("parataxis") and t.head - base == c.head \
                and on_condition(view, c):
            return j  # "Als KLM niet ... komt, leggen de afhandelaars ... het werk neer, waarschuwt ze": what a
            # warning reports on a condition is a threat, not a forecast
    return None


def _act_words(view: SentenceView, act: int, k: int) -> tuple[tuple[int, int], ...]:
    """The characters of what is threatened (the act's words, less the threat verb's own): its date and place
    are the act's, not the threat's ("dan leggen ze volgende week het werk neer, dreigen ze" is a threat made
    now)."""
    if not view.parsed:
        return ()
    own = set(view.subtree(k)) if view.dominates(act, k) else set()
    words = [j for j in view.subtree(act) if j not in own and j != k]
    spans: list[tuple[int, int]] = []
    for j in words:
        tok = view.tokens[j]
        if spans and j - 1 in words:
            spans[-1] = (spans[-1][0], tok.end)
        else:
            spans.append((tok.start, tok.end))
    return tuple(spans)


def _warned_act(view: SentenceView, c: Candidate) -> int | None:
    """The warning verb above an act its complement says will or would come from the warner's side: "Farmers warned
    that they would blockade the ports", "De boeren waarschuwen dat ze de wegen zullen blokkeren" (the act's subject
    a pronoun, none, or the warner's own head noun), or a sanction promised in the passive ("warned that protesters
    would be removed by force"). That is a threat by the warner. An act of others ("warned that violence would
    follow") is a prediction and stays the act it is."""
    if not view.parsed or c.type not in ("PROTEST", "ASSAULT", "COERCE", "SANCTION"):
        return None
    cues = view.cues
    modals = cues.word_set("events_future_words") | cues.word_set("events_conditional_modals")
    children = view.dependents(c.head)
    if not any(view.lowers[j] in modals for j in children):
        return None
    warning = cues.word_set("events_warning_verbs")
    k = next((j for j in range(c.head - 1, -1, -1) if view.lemmas[j] & warning and view.dominates(j, c.head)), None)
    if k is None:
        return None
    subjects = [j for j in children if view.tokens[j].dep.startswith("nsubj")]
    if any(view.tokens[j].dep == "nsubj:pass" for j in subjects) or any(view.tokens[j].dep.startswith(
            "aux:pass") for j in children):
        return k if c.type in ("COERCE", "SANCTION") else None
    own = {view.tokens[j].lemma.lower() for j in view.dependents(k) if view.tokens[j].dep.startswith("nsubj")}
    if all(view.tokens[j].pos == "PRON" or view.tokens[j].lemma.lower() in own or _possessed(view, j)
           for j in subjects):
        return k  # (also the warner's own people: "CNDC warned that its members would block Route 5")
    if subjects and on_condition(view, c) and all(view.names_party(j) for j in subjects):
        return k  # a party's act on a condition is an ultimatum: "warned that drivers would stop work ... if its
        # members are not freed" (unconditioned, "warned that farmers would block roads" may be a forecast)
    return None


def _possessed(view: SentenceView, j: int) -> bool:
    """Does a possessive pronoun go with token j ("its members", "hun leden")?"""
    return any(view.tokens[i].dep == "nmod:poss" and view.tokens[i].pos in ("PRON", "DET") for i in view.dependents(j))


def _fended_off(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """Is c an attack noun fended off ("The soldiers repelled the attack", "sloegen de aanval af") beside another
    act of violence in its sentence? The noun re-mentions an attack told before, whose target its subject is; the
    other act is the one this sentence tells."""
    if c.type != "ASSAULT" or not c.nominal or not view.parsed or view.tokens[c.head].dep != "obj":
        return False
    verb = view.tokens[c.head].head - view.tokens[0].i
    return bool(view.lemmas[verb] & view.cues.word_set("events_defence_verbs")) and any(
        o is not c and o.type == "ASSAULT" and not o.nominal for o in cands)


def _unit_acted_on(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """Is the deployment noun at c ("patrol", "patrouille") the object of an attack or a seizure, of its verb
    ("ambushed a military patrol") or of the verb an attack noun hangs on ("lokten een legerpatrouille in een
    hinderlaag")? The unit is then who was hit, and the patrol no event of its own."""
    if c.type != "MOBILIZE" or not c.nominal or not view.parsed:
        return False
    tok = view.tokens[c.head]
    if tok.dep not in ("obj", "nsubj:pass"):
        return False
    verb = tok.head - view.tokens[0].i
    acts = {o.head for o in cands if o.type in ("ASSAULT", "COERCE")}
    return verb in acts or any(j in acts for j in view.dependents(verb))


def _blamed_on_a_thing(view: SentenceView, c: Candidate) -> bool:
    """Does a verb that lays something on a party (``events_blame_verbs``) lay it on a thing, no party ("LECI blamed
    the outages on a damaged generator", "weet de storing aan een kapotte kabel")?"""
    if c.type != "ACCUSE" or c.nominal or not view.parsed:
        return False
    preposition = view.blame_preposition(c.head)
    if preposition is None:
        return False
    base = view.tokens[0].i
    for i, t in enumerate(view.tokens):
        head = t.head - base
        if i > c.head and view.lowers[i] == preposition and t.dep == "case" and 0 <= head < len(view.tokens) \
                and view.dominates(c.head, head):
            noun = view.tokens[head]
            return noun.pos == "NOUN" and noun.ent == "O" and not view.names_party(head)
    return False


def _thing_at_risk(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
    """"The talks threaten to collapse", "Rising prices threaten millions": a threat verb whose every subject is a
    common noun naming no party (:func:`kroniek.lang.agents.names_party`) and whose clause holds no act after it
    is the "be at risk of" sense, no threat. An act it governs ("The storm threatened to destroy homes",
    "Leraren dreigen te staken") keeps the threat: whether its subject can act is the doubtful part."""
    if c.type != "THREATEN" or not view.parsed:
        return False
    k = c.head
    if not _threat_verb(view, k):
        return False
    clause = view.clause_of(k)
    if any(o is not c and not o.nominal and k < o.head < clause.end for o in cands):
        return False
    base = view.tokens[0].i
    subjects = [j for j, t in enumerate(view.tokens) if j != k and t.head - base == k and t.dep.startswith("nsubj")]
    if not subjects and k > clause.start and all(
            t.pos in ("DET", "ADJ", "NOUN") for t in view.tokens[clause.start:k]):
        subjects = [k - 1]  # "The fire threatened hundreds of homes" parsed as a noun phrase: the one the clause opens with
    return bool(subjects) and all(
        view.tokens[j].pos == "NOUN" and view.tokens[j].ent == "O" and not view.names_party(j) for j in subjects)


def _threat_verb(view: SentenceView, k: int) -> bool:
    """Is token k a verb of ``events_threat_verbs`` ("dreigen", "threaten") by a candidate lemma or the parser's?"""
    threat = view.cues.word_set("events_threat_verbs")
    return bool(view.lemmas[k] & threat) or view.tokens[k].lemma.lower() in threat


def _weapon_threats(view: SentenceView, cands: list[Candidate], quotes: list[QuoteSpan]) -> list[Candidate]:
    """"Vanaf nu kunnen zij rekenen op kogels": weapons promised inside a quote."""
    if any(c.type in ("THREATEN", "ASSAULT") for c in cands):
        return []
    cues = view.cues
    for m in cues.pattern("weapons").finditer(view.text):
        pos = view.start + m.start()
        if _in_quote(pos, quotes) is None:
            continue
        k = view.token_at(pos)
        if k is None:
            continue
        clause = view.clause_of(k)
        lo = view.clauses[max(0, view.clauses.index(clause) - 1)].start if clause in view.clauses else clause.start
        text = " ".join(view.lowers[lo:clause.end])
        whole = view.lower
        if (cues.pattern("modal_future").search(text) and not cues.pattern("past_verb").search(text)) or \
                cues.pattern("remedy").search(whole):
            tok = view.tokens[k]
            return [Candidate(sentence=view.i, head=k, type="THREATEN", mode="violence", start=tok.start, end=tok.end,
                              rule="weapons+modal-in-quote->THREATEN", weight=0.6, nominal=True, forced_modality="asserted",
                              lemma=view.lowers[k])]
    return []


#: flags that say how the trigger's own verb takes its arguments: not passed on to the trigger it folds into ("Bij
#: een aanval van de rebellen raakten drie soldaten gewond": the attack's doers stay its actors)
_OWN_FLAGS = frozenset({"patient"})


def _collapse(cands: list[Candidate], view: SentenceView | None = None,
              quotes: list[QuoteSpan] | None = None) -> list[Candidate]:
    """One event per type and sentence: later same-type triggers fold into the most specific one, except
    coordinated verbs with their own objects (:func:`_coordinated_verbs`), which stay separate events, and a
    trigger quoted beside one that is not ("Doden bij ontruiming: 'Ze schoten op ons'"): two tellings."""
    best: dict[str, Candidate] = {}
    order: list[str] = []
    separate: list[Candidate] = []
    for c in cands:
        if c.type not in best:
            best[c.type] = c
            order.append(c.type)
            continue
        if view is not None and coordinated_verbs(view, best[c.type], c):
            separate.append(best[c.type])
            best[c.type] = replace(c, flags=c.flags | {"coordverb"})
            continue
        quoted_apart = quotes is not None and c.type not in SPEECH_ACTS and bool(quotes_at(quotes, c.start)) != bool(
            quotes_at(quotes, best[c.type].start))  # (a threat quoted and the "he warned" after it are one threat)
        dated = (_of_its_own_year(view, best[c.type]), _of_its_own_year(view, c)) if view is not None else (False, False)
        if view is not None and any(dated):
            # "ter herdenking van de studentenopstand van 1973": a happening a year of its own names is another one,
            # sized by its own phrase
            separate.append(_own_phrase(view, best[c.type]) if dated[0] else best[c.type])
            best[c.type] = _own_phrase(view, c) if dated[1] else c
            continue
        if view is not None and _contrasted(view, best[c.type], c):
            clause = view.clause_of(c.head)  # (its size and date are its own clause's, not the sentence's)
            separate.append(best[c.type])
            best[c.type] = replace(c, scope=c.scope or view.span_chars(clause.start, clause.end - 1),
                                   flags=c.flags | {"own_scope"})
            continue
        if quoted_apart or (view is not None and _in_sequence(view, best[c.type], c)):
            separate.append(best[c.type])
            best[c.type] = c
            continue
        keep, other = best[c.type], c
        participial = view is not None and view.cues.facts["participial_toll"] and other.head > keep.head and \
            view.lowers[other.head].endswith(view.cues.facts["participial_suffix"]) and not other.nominal \
            and not keep.nominal
        if not participial and ((other.mode and not keep.mode) or (
                bool(other.mode) == bool(keep.mode) and other.weight > keep.weight + 0.15)):
            keep, other = other, keep  # (", killing 8 and burning houses" stays the attack it tells the toll of)
        if view is not None and keep.nominal and not other.nominal and _subject_of(view, keep, other):
            # "a mob attacked several embassies": the verb is the event (its arguments are read from it); the
            # subject's word may still say how ("mob" violence)
            keep, other = replace(other, mode=keep.mode or other.mode), keep
        best[c.type] = replace(keep, merged=keep.merged + (other.head,), folded=keep.folded + (other,),
                               flags=keep.flags | (other.flags - _OWN_FLAGS))
    return sorted([best[t] for t in order] + separate, key=lambda c: c.head)


def _own_phrase(view: SentenceView, c: Candidate) -> Candidate:
    """``c`` with its scope (for its size and date) its own noun phrase."""
    words = view.subtree(c.head)
    return replace(c, scope=view.span_chars(min(words), max(words)), flags=c.flags | {"own_scope"})


def _of_its_own_year(view: SentenceView, c: Candidate) -> bool:
    """Is ``c`` an event noun that a year of another time than the sentence's modifies ("the 1973 student uprising",
    "de studentenopstand van 1973")?"""
    if not c.nominal or not view.parsed:
        return False
    base = view.tokens[0].i
    own = [t for t in view.times if t.granularity == "year" and any(
        view.tokens[j].head - base == c.head for j in view.span_heads(t.start, t.end))]
    return bool(own) and any(t.value[:4] != o.value[:4] for o in own for t in view.times if t not in own
                             and t.value[:1].isdigit())


def _contrasted(view: SentenceView, first: Candidate, then: Candidate) -> bool:
    """"a separate march ... passed off without incident, though students briefly occupied the rectorate": two acts of
    other kinds (modes) that a contrastive conjunction sets apart, the second with a subject of its own."""
    if not (first.mode and then.mode and first.mode != then.mode) or not view.parsed:
        return False
    contrast = attribution.cues(view.lang).contrast_conjunctions
    base = view.tokens[0].i
    lo, hi = sorted((first.head, then.head))
    late = then if then.head > first.head else first
    return any(view.lowers[k] in contrast for k in range(lo + 1, hi)) and any(
        t.head - base == late.head and t.dep.startswith("nsubj") for t in view.tokens)


def _in_sequence(view: SentenceView, first: Candidate, then: Candidate) -> bool:
    """"The airstrike came a day after resistance fighters ambushed a convoy", "De rellen braken uit nadat agenten
    een jongen hadden aangevallen": a word that orders two acts in time, or makes one set off the other, stands
    between them, so they are two happenings. A casualty verb is the toll of the act beside it ("Two men were killed after gunmen opened fire")."""
    casualty = view.cues.word_set("events_casualty_lemmas")
    if first.lemma in casualty or then.lemma in casualty:
        return False
    # (so does a verb that makes the first set off the second: "set fire to the gate, prompting the forces to use
    # tear gas")
    order, causative = view.cues.word_set("events_sequence_words"), words_of(view.doc).causative
    return any(view.lowers[k] in order or (view.lowers[k] in causative and view.tokens[k].pos == "VERB")
               for k in range(first.head + 1, then.head))  # (a "fuel depot" sets nothing off)


def _subject_of(view: SentenceView, noun: Candidate, verb: Candidate) -> bool:
    """Is the nominal trigger a person or a group of people ("mob", "menigte", "bomber") that is the subject of the
    verbal one? (An
    event noun as subject, "Airstrike ... kills 23", stays the event; the verb tells its toll.)"""
    t = view.tokens[noun.head]
    words = words_of(view.doc)
    base = view.tokens[0].i
    bare = t.dep.startswith("obl") and noun.head < verb.head and not any(  # a subject the parse read as "obl"
        x.head - base == noun.head and x.dep == "case" for x in view.tokens)
    return (t.dep.startswith("nsubj") or bare) and t.head - base == verb.head and (
        view.lowers[noun.head] in words.collective_heads or view.lowers[noun.head].startswith(words.people)
        or view.lowers[noun.head].endswith(words.agentive) or names_party(view.lang, view.lowers[noun.head]))
    # ("A suicide bomber blew himself up": a person noun of the actor tables)


# --------------------------------------------------------------------------- commitments and refusals
COOPERATIVE = frozenset({"SUPPORT", "CONSULT", "AID", "RETREAT", "CONCEDE", "COOPERATE"})

def retype_by_modality(view: SentenceView, c: Candidate, modality: str,
                       threat_told: bool = False) -> tuple[Candidate, str]:
    """PLOVER reads commitments and refusals from modality: "will visit" / "is willing to withdraw" is an AGREE,
    "will not accept" / "did not support" a REJECT, and an action announced "unless ..." a THREATEN. An act promised
    on a negated condition ("will walk out if the council does not ..."), or one the speaker promises as their own
    on any condition ("Staan de tenten er woensdag nog, dan laat ik ze ontruimen"), is the same "unless" unless a threat is
    told beside it already ("..., the union has warned"; "stelde een ultimatum" the sentence before): then the
    act is what that threat promises."""
    before = view.doc.text[view.start:c.start]
    if c.type in COOPERATIVE | {"AGREE"} and modality == "negated" and not c.nominal and c.weight > 0.6:
        return replace(c, type="REJECT", mode=None, rule=f"negated {c.type}->REJECT after {c.rule}"), "asserted"
    if c.type in ("SANCTION", "RETREAT", "PROTEST", "COERCE", "ASSAULT", "MOBILIZE") and modality in (
            "future", "hypothetical") and (view.cues.pattern("condition").search(view.text) or (
            not threat_told and (on_negative_condition(view, c) or own_act_on_condition(view, c)))):
        mode = "sanction" if c.type == "SANCTION" else ("violence" if c.type in ("ASSAULT", "MOBILIZE") else None)
        return replace(c, type="THREATEN", mode=mode, rule=f"{CONDITIONAL_THREAT}{c.type}->THREATEN after {c.rule}"), "asserted"
    if c.type == "ACCUSE" and modality in ("future", "hypothetical") and not c.nominal and \
            view.lemmas[c.head] & view.cues.word_set("events_legal_action_lemmas"):
        return replace(c, type="THREATEN", mode=None, rule=f"legal action ahead->THREATEN after {c.rule}"), "asserted"
        # ("said it would sue the organizers": the suit is promised, not brought)
    announced = modality == "future" and view.cues.pattern("speech").search(view.lower) is not None
    if c.type in COOPERATIVE and (announced or view.cues.pattern("intent").search(before[-60:])):
        return replace(c, type="AGREE", mode=None, rule=f"commitment to {c.type}->AGREE after {c.rule}"), "asserted"
    return c, modality
