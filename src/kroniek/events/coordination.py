"""Coordination: one trigger, several events.

Further objects of a destruction verb become separate events, coordinated or added after "net als"/"as well
as" ("staken een auto en twee containers in brand", "set fire to a party office, as well as two pylons"): each
thing burned is a happening of its own. People arrested or attacked "along with" others are not: "Kane was
arrested along with four officials" is one arrest. Coordinated verbs with their own objects are two events
("burned homes and looted shops"; not "shot and killed", not a participial toll "..., killing 12").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidate import Candidate
from .phrases import Tree
from .positions import objects_read_as_subjects
from .text import SentenceView


# --------------------------------------------------------------------------- coordination
def coordinated(view: SentenceView, c: Candidate, others: tuple[int, ...] = ()) -> list[Candidate]:
    """Copies of a destruction ``c`` for its further objects ("X in brand, net als Y en Z")."""
    if c.type != "ASSAULT" or c.mode != "destroy":
        return []
    m = view.cues.pattern("coordination_openers").search(view.text, max(0, c.end - view.start))
    if not m:
        return _coordinated_objects(view, c, others)
    a = view.start + m.end()
    end = view.end
    stop = re.search(r"[.;:!?]", view.doc.text[a:end])
    if stop:
        end = a + stop.start()
    parts = view.cues.pattern("conjunct_split").split(view.doc.text[a:end])
    out: list[Candidate] = []
    pos = a
    for part in parts:
        offset = view.doc.text.find(part, pos)
        pos = offset + len(part)
        seg = part.strip()
        if not seg:
            continue
        s0 = offset + part.index(seg)
        toks = [k for k, t in enumerate(view.tokens) if t.start >= s0 and t.end <= s0 + len(seg)]
        if not toks:
            continue
        head = _conjunct_head(view, toks)
        if head is None:
            continue
        tok = view.tokens[head]
        out.append(replace(c, head=head, start=tok.start, end=tok.end, rule=f"coordination({m.group(1)}) of {c.rule}",
                           tokens=(head,), target_span=(s0, s0 + len(seg)), scope=(s0, s0 + len(seg)),
                           merged=(), folded=(), weight=c.weight - 0.05))
    return out


OBJECT_DEPS = frozenset({"obj", "nsubj:pass"})


def _coordinated_objects(view: SentenceView, c: Candidate, others: tuple[int, ...] = ()) -> list[Candidate]:
    """"staken een auto en twee containers in brand", "torched a car and two shops": each further object
    of a destruction verb (a ``conj`` of an object in the trigger's clause) is a destruction of its own; a
    conjunct after another trigger ("vernielden X en plunderden Y") belongs to that trigger."""
    if c.type != "ASSAULT" or c.mode != "destroy" or c.nominal or not view.parsed:
        return []
    base = view.tokens[0].i
    clause = view.clause_of(c.head)
    own = {c.head, *c.tokens}

    def usable(j: int) -> bool:
        t = view.tokens[j]
        return t.pos in ("NOUN", "PROPN") and j not in own and not view.in_time(t.start)

    def governed_by_trigger(j: int) -> bool:  # "set fire to a mosque": the object of the trigger's own preposition
        return any(u.head - base == j and u.dep == "case" and i in own for i, u in enumerate(view.tokens))

    objects = [j for j, t in enumerate(view.tokens) if usable(j) and t.head - base not in others and (
        (t.dep in OBJECT_DEPS and (t.head - base == c.head or clause.start <= j < clause.end))
        or (t.dep.split(":")[0] in ("obl", "nmod") and governed_by_trigger(j)))]
    tree = Tree(view)
    read = sorted(j for j in objects_read_as_subjects(view, tree, c.head) if usable(j))
    objects += [j for j in read if j not in objects]  # "hebben een moskee, een kerk en een school vernield" read as
    out: list[Candidate] = []  # subjects: each is an object, and each after the first a destruction of its own
    for j in read[1:]:
        lo, hi = tree.phrase(j)
        a, b = view.tokens[lo].start, view.tokens[hi].end
        out.append(replace(c, head=j, start=view.tokens[j].start, end=view.tokens[j].end,
                           rule=f"coordinated object of {c.rule}", tokens=(j,), target_span=(a, b), scope=(a, b),
                           merged=(), folded=(), weight=c.weight - 0.05))
    for o in objects:
        for j in range(o + 1, len(view.tokens)):
            t = view.tokens[j]
            if t.head - base != o or t.dep != "conj" or not usable(j):
                continue
            if any(o < h <= j for h in others if h not in own):
                break
            lo = j
            while lo > o + 1 and view.tokens[lo - 1].head - base == j and view.tokens[lo - 1].dep in (
                    "det", "nummod", "amod", "compound", "nmod:poss"):
                lo -= 1
            a, b = view.tokens[lo].start, view.tokens[j].end
            out.append(replace(c, head=j, start=t.start, end=t.end, rule=f"coordinated object of {c.rule}",
                               tokens=(j,), target_span=(a, b), scope=(a, b), merged=(), folded=(), weight=c.weight - 0.05))
    return out


def coordinated_verbs(view: SentenceView, a: Candidate, b: Candidate) -> bool:
    """Two verbs of one type coordinated with their own objects ("burned homes and looted shops",
    "staken auto's in brand en plunderden een supermarkt") are two events, and so are an attack on people and a
    destruction in clauses of their own; "shot and killed" is one, and so are two tactics of one protest."""
    if (a.mode == "destroy") != (b.mode == "destroy") and view.parsed and _other_doers(view, a, b):
        return True  # "Riot police fired tear gas as students threw stones and set fire to a bus": the police's act
        # on people and the students' arson are two
    if a.nominal or b.nominal:
        return False
    if a.type == "PROTEST" and (a.mode == b.mode or {a.mode, b.mode} <= {"demo", "obstruct"}):
        return False  # "burned tyres and blocked roads", "walked to the motorway and blocked it": one protest's tactics
    if a.type == "ASSAULT" and {a.mode, b.mode} <= {None, "beat"} and not _other_doers(view, a, b):
        return False  # "dragged a fisherman along the ground and punched a student": one beating, blow by blow
    if a.head > b.head:
        a, b = b, a
    if (a.mode == "destroy") != (b.mode == "destroy") and view.parsed and _own_subject(view, b, a.head):
        return True  # "bekogelden de politie met kasseien, drie wagens werden in brand gestoken": people and things
    a_end = max((a.head, *a.tokens))
    b_start = min((b.head, *b.tokens))
    if b_start <= a_end:
        return False
    between = view.lowers[a.head + 1:b_start]
    cues = view.cues
    if view.lowers[b.head].endswith(cues.facts["participial_suffix"]):
        return False  # "attacked a village, killing 12": the toll of the attack, not a second one
    toll = cues.word_set("events_toll_lemmas")
    if a.lemma in toll and b.lemma in toll:
        return False  # "one was killed and 14 others were injured": one incident's toll
    casualty = cues.word_set("events_casualty_lemmas")  # "were killed after gunmen opened fire": the toll, not a side
    if view.parsed and a.mode != b.mode and a.lemma not in casualty and b.lemma not in casualty and any(
            view.tokens[k].dep in ("nsubj", "nsubj:pass") and k > a_end for k in view.dependents(b.head)):
        return True  # "Police fired tear gas ..., and some protesters hurled stones at officers": each side's own act
        # ("arrested four drivers ..., and six maxis were towed away": a passive's own subject too)
    links = cues.word_set("events_and") | {","}
    if view.lowers[b_start - 1] in links:  # "burned homes and looted shops"
        cut = max(i for i, w in enumerate(between) if w in links)
        words = list(range(a.head + 1, a.head + 1 + cut))
    elif cues.facts["verb_final_conjuncts"] and a_end + 1 < b_start and view.lowers[a_end + 1] in links:
        # verb-final conjuncts: "een bus gekaapt en de passagiers gegijzeld"
        words = [j for j in range(max(0, a.head - 4), a.head) if view.tokens[j].head - view.tokens[0].i == a.head]
        if not view.parsed:
            return False
    else:
        return False
    if view.parsed:
        return any(view.tokens[k].pos in ("NOUN", "PROPN", "PRON") for k in words)
    return any(view.lowers[k] not in cues.word_set("events_determiners") and view.lowers[k].isalpha() for k in words)


def _subject_of(view: SentenceView, c: Candidate) -> int | None:
    """The subject of the trigger's verb: of the support verb of a noun ("fired tear gas"), or of the verb a
    coordinated verb shares it with ("threw stones and set fire to")."""
    base = view.tokens[0].i
    k = view.tokens[c.head].head - base if c.nominal else c.head
    for _ in range(3):
        if not 0 <= k < len(view.tokens):
            return None
        subjects = [j for j in view.dependents(k) if view.tokens[j].dep.startswith("nsubj")]
        if subjects:
            return subjects[0]
        if view.tokens[k].dep != "conj":
            return None
        k = view.tokens[k].head - base
    return None


def _other_doers(view: SentenceView, a: Candidate, b: Candidate) -> bool:
    """Whether the two triggers' verbs have subjects of their own, and not the same one."""
    sa, sb = _subject_of(view, a), _subject_of(view, b)
    return sa is not None and sb is not None and sa != sb


def _own_subject(view: SentenceView, c: Candidate, after: int) -> bool:
    """Has the trigger a subject of its own after token ``after`` (the other trigger)?"""
    base = view.tokens[0].i
    return any(t.head - base == c.head and t.dep.startswith("nsubj") and k > after for k, t in enumerate(view.tokens))


def _conjunct_head(view: SentenceView, toks: list[int]) -> int | None:
    """The head noun of a conjunct: the last word before its first preposition (dates left out)."""
    toks = [k for k in toks if not any(t.start <= view.tokens[k].start < t.end for t in view.times)]
    if not toks:
        return None
    if view.parsed:
        nouns = [k for k in toks if view.tokens[k].pos in ("NOUN", "PROPN")]
        if nouns:
            heads = [k for k in nouns if view.tokens[k].head - view.tokens[0].i not in toks]
            return (heads or nouns)[0]
    words = [k for k in toks if view.tokens[k].text[:1].isalpha()]
    if not words:
        return None
    last = words[0]
    for k in words:
        if view.lowers[k] in view.cues.word_set("events_conjunct_prepositions") and k != words[0]:
            break
        if view.lowers[k] not in view.cues.word_set("events_determiners"):
            last = k
    return last
