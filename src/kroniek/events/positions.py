"""Roles by word position, where the dependency parse gives a trigger no argument or a wrong one.

The Dutch parser in particular reads plural nouns as verbs and sentence-initial counts as obliques; these
readers look at the words themselves: the first bare noun phrase of the clause (no preposition opens it, no
time, no place) or, verb-second, the one right after the verb is the subject; a bare noun phrase, a name or a
count of people after the verb is the object; a relative pronoun stands for the noun before it; a participle
with a passive auxiliary ("zijn twee mensen gedood") and a headline's bare participle ("Veertien
klimaatactivisten opgepakt", "Man jailed for ...") are passives; what a protest is against later in its
sentence ("om te laten zien dat ze tegen de oorlog zijn") is its target; the speaker of a quote makes the
demand or threat a rule of :mod:`.rules` read in it.
"""

from __future__ import annotations

from ..model import Document, Participant
from .candidate import Candidate
from .phrases import RoleWords, Tree, adjective_as_noun, is_place, nounish, participant_at, postpositional
from .text import CLAUSE_PUNCT, SentenceView, entity_overlapping

#: types whose verbs take an object: a participle with a passive auxiliary is a passive
_TRANSITIVE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "ACCUSE", "THREATEN", "SANCTION", "REJECT", "SUPPORT"})


def participle_passive(view: SentenceView, c: Candidate, tree: Tree, verb: int) -> bool:
    """A participle with a passive auxiliary in its clause and no object, for the types whose verbs take one
    ("zijn twee mensen gedood"), where the language marks its participles ("ge-") and the parse did not; or one
    the tagger took for an adjective after a passive auxiliary it calls a copula ("were smashed")."""
    starts = view.cues.participle_starts
    low = view.lowers[c.head]
    if not c.nominal and c.type in _TRANSITIVE_TYPES and low != c.lemma:
        # the tagger read the participle as an adjective after "were" ("windows were smashed"): a copula that is a
        # passive auxiliary makes it the passive the parse missed
        base = view.tokens[0].i
        passive = view.cues.word_set("passive_auxiliaries")
        if any(t.head - base == c.head and t.dep == "cop" and view.lowers[j] in passive for j, t in enumerate(view.tokens)):
            return True
    unstressed = view.cues.affix("unstressed_prefixes")  # "bespuugd", "beschoten": no "ge-" after "be-", "ver-", ...
    prefixless = bool(unstressed) and low.startswith(unstressed) and c.lemma.startswith(unstressed) \
        and low != c.lemma and low.endswith(view.cues.affix("participle_endings"))
    if not starts or c.nominal or c.type not in _TRANSITIVE_TYPES or not (low.startswith(starts) or prefixless):
        return False
    clause = view.clause_of(c.head)
    # a verb, not the possessive that looks like one ("dat zijn cliënt heeft geschoten")
    return any(view.lowers[j] in view.cues.word_set("passive_auxiliaries") and view.tokens[j].pos in ("AUX", "VERB")
               for j in range(clause.start, clause.end))


def reduced_passive(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> int | None:
    """The noun before a participle that hangs from it without an auxiliary ("villagers killed in the raid",
    "Zeker twintig soldaten gedood bij aanval", the parse's modifier of a reduced relative or a headline): who
    it happened to, for the types whose verbs take an object; None otherwise. Outside a headline a noun the
    parse made the root has lost its verb to the parse ("A lorry ploughed into a crowd"), and is none."""
    if c.type not in _TRANSITIVE_TYPES or view.tokens[c.head].dep not in ("acl", "amod"):  # the parse may call it a noun
        return None
    noun = tree.head(c.head)
    low = view.lowers[c.head]
    starts = view.cues.participle_starts
    participle = "VerbForm=Part" in view.tokens[c.head].morph  # "veroordeeld": no "ge-" after an unstressed prefix
    if noun is None or noun >= c.head or not nounish(view, tree, noun) or (starts and not low.startswith(starts)
                                                                            and not participle) \
            or "ram" in c.flags or (view.tokens[noun].dep == "ROOT" and not view.headline) \
            or not (low.endswith(words.participle_suffixes) or "VerbForm=Part" in view.tokens[c.head].morph):
        return None
    active = any(view.tokens[j].dep.startswith(("aux", "cop", "obj", "iobj", "nsubj")) or (
        view.tokens[j].dep.split(":")[0] in ("obl", "nmod", "xcomp") and not tree.case(j) and nounish(view, tree, j)
        and not view.in_time(view.tokens[j].start)) for j in tree.kids[c.head])
    return None if active else noun  # "riot police detained at least 60 protesters" is active


def headline_passive(view: SentenceView, c: Candidate, words: RoleWords) -> bool:
    """A headline's bare participle is a passive: its subject is who it happened to."""
    if not view.headline or c.nominal or c.lemma in words.intransitive:
        return False  # ("Why supporters marched on Islamabad": no passive)
    clause = view.clause_of(c.head)
    aux = view.cues.word_set("events_svo_auxiliaries") | view.cues.word_set("passive_auxiliaries")
    if any(view.lowers[j] in aux or view.tokens[j].dep.startswith(("aux", "cop")) for j in range(clause.start, c.head)) \
            or relative_antecedent(view, Tree(view), c, words) is not None:
        return False  # an auxiliary, or the verb of a relative clause ("Protester who punched officer")
    low = view.lowers[c.head]
    starts = view.cues.participle_starts
    if starts and not low.startswith(starts):
        return False
    last = max(c.tokens or (c.head,))  # a hyphenated verb's form is its last part ("lathi - charged")
    form = last if last == c.head + 2 and view.lowers[c.head + 1] == "-" else c.head
    morph = view.tokens[form].morph
    return view.lowers[form].endswith(words.participle_suffixes) or "VerbForm=Part" in morph \
        or words.headline_past_is_passive and "Tense=Past" in morph


def against_phrase(view: SentenceView, c: Candidate, words: RoleWords) -> Participant | None:
    """What the event is against when the sentence says so later ("gingen de straat op om te laten zien dat ze
    tegen de oorlog zijn", "marched ... to protest against cheap imports"): the first phrase after the trigger
    opened by one of its type's prepositions that place nothing."""
    aims = words.type_targets.get(c.type, frozenset()) - words.locative - words.agent_prepositions
    last = max(c.tokens or (c.head,))
    tree = Tree(view)
    for k in range(last + 1, len(view.tokens) - 1):
        if view.lowers[k] in aims and view.tokens[k].pos == "ADP":
            j = k + 1
            while j < len(view.tokens) - 1 and view.tokens[j].pos in ("DET", "ADJ", "NUM") and not nounish(view, tree, j):
                j += 1
            if nounish(view, tree, j) or view.tokens[j].pos == "PRON":
                return participant_at(view.doc, *tree.span(j, words))
            return None
    return None


def speaker_of(doc: Document, c: Candidate) -> Participant | None:
    """The speaker of the narrowest quote that holds the trigger, as the words that name them (inside a transcript's
    turn, who the turn reports: "Tanzania's ruling party has warned that it will expel any diplomat")."""
    holding = [(q.end - q.start, q.speaker_start, q.speaker_end) for q in doc.quotes
               if q.start <= c.start < q.end and q.speaker_start is not None and q.speaker_end is not None]
    if not holding:
        return None
    _, start, end = min(holding)
    return participant_at(doc, start, end)


def relative_antecedent(view: SentenceView, tree: Tree, c: Candidate, words: RoleWords) -> int | None:
    """The noun a relative clause hangs from when its relative pronoun is the trigger's subject: the nearest
    relative pronoun before the trigger with no other verb between, and the noun before it (a particle skipped)."""
    first = min(c.tokens or (c.head,))
    for r in range(first - 1, 0, -1):
        if view.tokens[r].pos in ("VERB", "AUX") or view.lowers[r] in CLAUSE_PUNCT:
            return None
        if view.lowers[r] in words.relative and view.tokens[r].pos in ("PRON", "DET"):
            k = antecedent(view, r, words)
            return k if nounish(view, tree, k) or view.tokens[k].pos == "PRON" else None
    return None


def antecedent(view: SentenceView, r: int, words: RoleWords) -> int:
    """The token a relative pronoun at ``r`` stands for: the word before it, prepositions and punctuation skipped,
    and past a noun it cannot agree with ("politievakbond VSOA aan het woord, die ... dreigt": Dutch "die" is never a
    neuter singular's, ``relative_disagreement``)."""
    k = r - 1
    while k > 0 and view.tokens[k].pos in ("ADP", "PUNCT"):
        k -= 1
    if k > 0 and not agrees(view, r, k, words):
        k -= 1
        while k > 0 and view.tokens[k].pos in ("ADP", "PUNCT", "DET"):
            k -= 1
    return k


def agrees(view: SentenceView, r: int, k: int, words: RoleWords) -> bool:
    """Whether the relative pronoun at ``r`` can stand for the noun at ``k`` (``relative_disagreement``)."""
    never = words.relative_disagreement.get(view.lowers[r])
    return not (never and view.tokens[k].pos == "NOUN" and never <= set(view.tokens[k].morph.split("|")))


def named_object(view: SentenceView, c: Candidate, taken: set[int | None]) -> Participant | None:
    """The first person or organisation named after the trigger in its clause, no preposition before it."""
    clause = view.clause_of(c.head)
    end = view.tokens[clause.end - 1].end
    last = max(c.tokens or (c.head,))
    for e in view.entities:
        if e.label not in ("PER", "ORG") or e.start < view.tokens[last].end or e.end > end or e.start in taken \
                or is_place(view, e.start, e.end):
            continue
        k = view.token_from(e.start)
        if k is None or (k > 0 and view.tokens[k - 1].pos == "ADP"):
            continue
        return participant_at(view.doc, e.start, e.end)
    return None


def counted_object(view: SentenceView, c: Candidate) -> Participant | None:
    """A count of people after the trigger in its clause, no preposition before it ("arresteerde ... volgens een
    woordvoerder vijftien betogers"): the number and the noun it counts."""
    clause = view.clause_of(c.head)
    end = view.tokens[clause.end - 1].end
    last = view.tokens[max(c.tokens or (c.head,))].end
    cues = view.cues
    for q in view.quantities:
        counted = (q.counted or "").lower()
        if not (last <= q.start and q.end <= end) or not counted or q.unit not in (None, "", "persons", "people") \
                or cues.is_thing(counted):
            continue
        k = view.token_from(q.start)
        if k is None or (k > 0 and view.tokens[k - 1].pos == "ADP"):
            continue
        noun = next((t for t in view.tokens[k:k + 4] if t.text.lower() == counted), None)
        if noun is not None:
            return participant_at(view.doc, q.start, noun.end)
    return None


def positional_subject(view: SentenceView, c: Candidate, words: RoleWords, taken: set[int | None]) -> int | None:
    """The first bare noun phrase of the trigger's clause before the trigger (no preposition opens it; no time,
    no place), or, verb-second, right after the verb: the subject by position where the parse gave the verb none."""
    clause = view.clause_of(c.head)
    first = min(c.tokens or (c.head,))
    last = max(c.tokens or (c.head,))
    tree = Tree(view)
    nominal = ("DET", "NUM", "ADJ", "NOUN", "PROPN")

    first_conjunct = view.first_conjunct(c.head)

    def object_of_another(j: int) -> bool:  # "blocking a major highway and attacking officers": the first
        # conjunct's object, not the second's subject
        return first_conjunct is not None and view.tokens[j].dep in ("obj", "iobj") and tree.head(j) == first_conjunct

    def usable(j: int) -> bool:
        t = view.tokens[j]
        return nounish(view, tree, j) and t.start not in taken and not is_place(view, t.start, t.end) \
            and t.dep != "advmod" and not object_of_another(j) \
            and not view.in_time(t.start) and view.lowers[j][:1].isalpha() \
            and not postpositional(view, tree, j, words, c.head)

    def in_count(j: int) -> bool:  # "200.000 tot 250.000 mannen": a range word, not a preposition
        t = view.tokens[j]
        return any(q.start < t.start and t.end < q.end for q in view.quantities)

    in_phrase = False  # inside a prepositional phrase: its noun is no subject ("Bij de snelweg A12")
    for j in range(clause.start, first):
        pos = view.tokens[j].pos
        if pos == "ADP" and not in_count(j):
            in_phrase = True
        elif in_phrase and pos in nominal and not (pos in ("DET", "NUM") and view.tokens[j - 1].pos not in (
                "DET", "ADP", "NUM")):
            continue  # a determiner or number after the phrase's noun opens the next phrase ("boven de regio 18 drones")
        else:
            in_phrase = False
            if usable(j):
                return _phrase_head(view, tree, j, first)
    if view.cues.facts["verb_second"] and first > clause.start:
        j = last + 1
        while j < clause.end and view.tokens[j].pos in ("DET", "NUM", "ADJ") and not nounish(view, tree, j):
            j += 1
        if j < clause.end and j not in c.tokens and usable(j):
            return j  # "Bij de snelweg blokkeerden tientallen tractoren ..."
    return None


#: dependents that sit inside the noun phrase of their head
_MODIFIERS = frozenset({"amod", "compound", "flat", "flat:name", "det", "nummod", "nmod:poss"})


def _phrase_head(view: SentenceView, tree: Tree, j: int, before: int) -> int:
    """The head noun a modifier belongs to, when it lies before ``before`` ("The Philippine coast guard",
    "Opposition Green councillors": the guard and the councillors, not their first word)."""
    while view.tokens[j].dep in _MODIFIERS:
        h = tree.head(j)
        if h is None or not j < h < before or view.tokens[h].pos not in ("NOUN", "PROPN"):
            break
        j = h
    return j


def bare_subject(view: SentenceView, tree: Tree, c: Candidate, verb: int, words: RoleWords) -> int | None:
    """A verb without a subject: the first bare noun phrase before it (or, verb-second, right after it) that is
    no time, place or word of the trigger."""
    if any(view.tokens[j].dep.startswith("nsubj") and j not in c.tokens for j in tree.kids[verb]):
        return None  # (a word of the expression read as the subject is none: "de straat" of "de straat op")
    clause = view.clause_of(verb)
    order = [j for j in tree.kids[verb] if j < verb and j >= clause.start]
    if view.cues.facts["verb_second"]:
        order += [j for j in tree.kids[verb] if j > verb]
    for j in order:
        t = view.tokens[j]
        if j in c.tokens or tree.case(j) or t.dep in ("obj", "iobj", "punct", "cc", "compound:prt", "mark") or \
                is_place(view, t.start, t.end) or view.in_time(t.start):
            continue
        if nounish(view, tree, j) and view.lowers[j][:1].isalpha():
            return j
    return None


def bare_object(view: SentenceView, tree: Tree, c: Candidate, verb: int, words: RoleWords,
                 taken: set[int | None]) -> int | None:
    """A bare noun phrase among the verb's dependents that the parse gave no object role (see module docstring)."""
    for j in tree.kids[verb]:
        t = view.tokens[j]
        if j in c.tokens or j == c.head or t.start in taken or t.dep in ("nsubj", "nsubj:pass", "punct", "case", "cc") \
                or tree.case(j) or is_place(view, t.start, t.end) or view.in_time(t.start):
            continue
        if t.dep.split(":")[0] not in ("xcomp", "obl", "dep", "compound", "advmod", "obj"):
            continue
        if nounish(view, tree, j) and view.lowers[j].isalpha() and j > verb:
            return j
    return None


def positional_object(view: SentenceView, tree: Tree, c: Candidate, taken: set[int | None]) -> int | None:
    """The bare noun phrase right after a verb the tagger read as a noun ("en plunderden een supermarkt" with
    "plunderden" a noun in a coordination), or after a verb whose object the parse hung on another word
    ("Tientallen jongeren bekogelden de politie met stenen en vuurwerk en staken vuilnisbakken ... in brand", with
    "politie" the object of a misread "vuilnisbakken"): the object by position; adverbs and times before it are
    skipped. For a type that takes an object; the caller asks only when the subject stood before the verb
    (inverted, "Zaterdag bestormden relschoppers ...", the phrase after the verb is the subject)."""
    if c.type not in _TRANSITIVE_TYPES or view.tokens[c.head].pos in ("VERB", "AUX") and any(
            view.tokens[j].dep in ("obj", "nsubj:pass", "aux:pass") for j in tree.kids[c.head]):
        return None
    clause = view.clause_of(c.head)
    j = max(c.tokens or (c.head,)) + 1
    while j < clause.end and (view.tokens[j].pos == "ADV" or view.in_time(view.tokens[j].start)):
        j += 1
    while j < clause.end and view.tokens[j].pos in ("DET", "NUM", "ADJ") and not nounish(view, tree, j):
        j += 1
    if j >= clause.end or j in c.tokens or not nounish(view, tree, j) or view.tokens[j].start in taken \
            or is_place(view, view.tokens[j].start, view.tokens[j].end) or view.in_time(view.tokens[j].start):
        return None
    return j


def finite_word(view: SentenceView, tree: Tree, verb: int) -> int | None:
    """The finite word of the verb's clause: its auxiliary, or the verb itself. A clause has one finite word, so
    a finite auxiliary wins over a verb tagged finite too ("heeft Oekraïne beschoten", where "beschoten" is
    also the past plural)."""
    return next((j for j in [*tree.kids[verb], verb] if (j == verb or view.tokens[j].dep.startswith("aux"))
                 and "VerbForm=Fin" in view.tokens[j].morph), None)


def _first_position(view: SentenceView, tree: Tree, verb: int, finite: int) -> list[int]:
    return [j for j in tree.kids[verb] if j < finite and view.tokens[j].dep not in ("punct", "cc")]


def inverted_subject(view: SentenceView, tree: Tree, c: Candidate, verb: int) -> int | None:
    """Verb-second: the first object after the finite verb of a main clause whose first position holds no bare
    noun phrase ("Op de Bulevar reed een automobilist in", "Zondag betoogden duizenden mensen", "In de stad
    Rjazan stak een man zich in brand"), read by the parse as an object. A finite clause has a subject and,
    inverted, it comes right after the finite verb; None without verb-second, in a clause that starts with its
    verb (a question, an imperative) or with a conjunction ("dat ...": verb-final), or that has a subject
    before the verb."""
    finite = finite_word(view, tree, verb) if view.cues.facts["verb_second"] else None
    if finite is None:
        return None
    first = _first_position(view, tree, verb, finite)
    if not first or any(view.tokens[j].dep == "mark" or (not view.in_time(view.tokens[j].start) and (
            view.tokens[j].dep.startswith("nsubj") or ((nounish(view, tree, j) or _named(view, j)) and not tree.case(j))))
            for j in first):
        return None  # (a name is a noun phrase however it is tagged: "MINISTER RUUD HENDRIKS ... VEROORDEELDE")
    obj = next((j for j in tree.kids[verb] if j > finite and view.tokens[j].dep == "obj" and j not in c.tokens
                and nounish(view, tree, j)), None)
    # an adjective used as a noun right after the finite verb, no preposition before it, comes first: "bestookten
    # jongeren een brandweerwagen" with "jongeren" tagged an adjective hung from the verb
    bare = next((j for j in tree.kids[verb] if finite < j < (obj if obj is not None else -1) and j not in c.tokens
                 and adjective_as_noun(view, tree, j) and not view.in_time(view.tokens[j].start)), None)
    return bare if bare is not None else obj


def objects_read_as_subjects(view: SentenceView, tree: Tree, verb: int) -> set[int]:
    """Verb-second: of several phrases the parse reads as the verb's subjects (its own ``nsubj`` and one hung
    from its auxiliary), the subject is what stands before the finite word or, when nothing does (inverted),
    the first right after it unless a coordinator or a comma joins it to the next; the others are the verb's
    objects ("Onbekenden hebben een moskee, een kerk en een school vernield", "Zaterdag viel een woedende mob
    het politiebureau aan"). Their token indices; empty when the order says nothing."""
    if not view.cues.facts["verb_second"]:
        return set()
    subjects = sorted({j for j in (*tree.kids[verb], *tree.auxiliary_subjects(verb)) if view.tokens[j].dep == "nsubj"
                       and not view.in_time(view.tokens[j].start)})  # "Zaterdag" is no subject
    finite = finite_word(view, tree, verb)
    anchor = verb if finite is None else finite
    if len(subjects) == 1 and _gapped_conjunct(view, tree, verb, anchor, subjects[0]):
        return set(subjects)
    if len(subjects) < 2:
        return set()
    before = [j for j in subjects if j < anchor]
    pronoun = [j for j in subjects if j == anchor + 1 and view.lowers[j] in view.cues.word_set("events_nominative_pronouns")]
    if before and pronoun:  # "De aanrijding veroordeelt zij als ...": the pronoun after the verb is its subject
        return set(subjects) - set(pronoun)
    if before:
        return set(subjects) - set(before)
    joins = view.cues.word_set("events_coordinators") | CLAUSE_PUNCT
    first_end, second_start = tree.phrase(subjects[0])[1], tree.phrase(subjects[1])[0]
    if any(view.lowers[k] in joins for k in range(first_end + 1, second_start)):
        return set()
    return set(subjects[1:])


def _gapped_conjunct(view: SentenceView, tree: Tree, verb: int, anchor: int, subject: int) -> bool:
    """"CODECO ontkent elke betrokkenheid en beschuldigt het leger van ...": a conjunct whose finite verb comes
    right after the coordinator shares the first conjunct's subject, so the phrase after it is its object."""
    first = tree.head(verb)
    return view.tokens[verb].dep == "conj" and first is not None and first < verb \
        and anchor < subject and anchor > 0 and view.lowers[anchor - 1] in view.cues.word_set("events_coordinators") \
        and view.lowers[subject] not in view.cues.word_set("events_nominative_pronouns") \
        and not any(view.tokens[j].dep == "obj" for j in tree.kids[verb]) \
        and any(view.tokens[j].dep.startswith("nsubj") and j < first for j in tree.kids[first])


def _named(view: SentenceView, j: int) -> bool:
    t = view.tokens[j]
    e = entity_overlapping(view.doc.entities, t.start, t.end)
    return e is not None and e.label in ("PER", "ORG")


def split_first_position(view: SentenceView, tree: Tree, verb: int) -> set[int]:
    """Verb-second: one phrase stands before the finite verb of a main clause, so an object before it beside
    another phrase is a piece of that phrase the parse cut off ("In steden als Moskou maar ook in tientallen
    andere plaatsen gingen mensen de straat op"): these are no objects. Empty without verb-second and outside
    a main clause (a relative or subordinate clause ends with its verb)."""
    finite = finite_word(view, tree, verb) if view.cues.facts["verb_second"] else None
    if finite is None or view.tokens[verb].dep not in ("ROOT", "root", "parataxis"):
        return set()
    first = _first_position(view, tree, verb, finite)
    if len(first) < 2 or any(view.tokens[j].dep == "mark" for j in first):
        return set()
    return {j for j in first if view.tokens[j].dep == "obj"}


def conjunct_with_subject(view: SentenceView, tree: Tree, verb: int) -> int | None:
    """The verb whose subject a subjectless conjunct shares: the nearest conjunct before it that has one
    ("een groep jongeren bekogelde de politie en stak twee auto's in brand", where the parse hung both verbs
    from an earlier clause), else the verb it hangs from."""
    up = tree.head(verb)
    if up is None:
        return None
    before = sorted((j for j in tree.kids[up] if j < verb and view.tokens[j].dep == "conj"), reverse=True)
    return next((j for j in before if any(view.tokens[i].dep == "nsubj" for i in tree.kids[j])), up)
