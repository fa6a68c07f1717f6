"""The agent named before: an event that names no actor takes those of the nearest earlier event of a
fitting type in the same paragraph (at most two sentences back), else the organised group or name that is
the subject of the sentence just before ("De verzetsgroep postte ... Er volgde een reeks aanslagen."). Force
used on a crowd without a target ("Police fired tear gas") is aimed at the protesters of the protest just
told. A headline's event takes the actors of the first event of its lead that tells it ("Rellen in Eindhoven" ...
"Honderden jongeren gooiden stenen"). The participants keep the offsets of the words that name them.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import replace as dc_replace

from ..lang import get_language
from ..lines import DATELINE, line_span
from ..model import Document, Event, Participant, Token
from .candidate import Candidate
from .coref import word_family
from .cues import event_cues
from .phrases import Tree, agentive, is_place, participant_at, words_of
from .text import SentenceView

#: PLOVER types whose actors an event of the other may take over (the same type always fits)
_FAMILIES = (frozenset({"ASSAULT", "THREATEN"}),)
#: how many sentences after a headline its lead runs: the headline's event is told there with its actor
_LEAD = 3
#: modes of force used on a crowd: aimed at the protesters of the protest told just before
_AT_PROTESTERS = frozenset({"crowd-control"})
#: types whose actor a group named as the subject of the sentence before may be
_AGENT_TYPES = frozenset({"ASSAULT", "THREATEN", "PROTEST"})


def _fits(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def _tells(lead: Event, headline: Event) -> bool:
    """Whether an event of the lead tells the headline's: a fitting type, or the violence of a headline's riot
    ("Rellen in Eindhoven", "clashes at rally": who threw stones or fought)."""
    return _fits(lead.type, headline.type) or (headline.type == "PROTEST" and headline.mode == "riot"
                                                and lead.type == "ASSAULT")


def _tellers(doc: Document, e: Event) -> list[tuple[str | None, frozenset[str]]]:
    """Who tells ``e``: the speaker id and the words of the speaker's text of each quote the event stands in."""
    return [(q.speaker, frozenset((q.speaker_text or "").lower().split()))
            for q in doc.quotes if q.start <= e.trigger.start < q.end]


def _tell(actors: Sequence[Participant], tellers: list[tuple[str | None, frozenset[str]]]) -> bool:
    """Are ``actors`` among ``tellers``? "He warned ... The attack on a police station ... showed that the
    demonstrations were not peaceful, he said": the spokesman tells of the attack, he did not carry it out."""
    return any((speaker is not None and a.entity == speaker)
               or (said and set((a.canonical or a.text).lower().split()) <= said)
               for speaker, said in tellers for a in actors)


def inherit_agents(doc: Document, events: Sequence[Event]) -> list[Event]:
    """Events without actors take those of the nearest earlier event of a fitting type in the same paragraph
    (at most two sentences back), keeping their offsets: "Er volgde een reeks aanslagen." after the group's
    threat. Coordinated copies and the events of one sentence already share their subject elsewhere."""
    out = list(events)
    per_sentence: dict[int, list[Token]] = {}
    same_paragraph = paragraph_test(doc)
    cues = event_cues(get_language(doc.language))
    for i, e in enumerate(out):
        if e.actors:
            continue
        tellers = _tellers(doc, e)
        police_hurt = cues.all_police(e.targets)  # "Twee agenten raakten gewond" after the police's tear gas: not
        # hurt by themselves
        for p in reversed(out[:i]):
            if e.sentence - p.sentence > 2 or not same_paragraph(p.sentence, e.sentence):
                break
            if p.actors and _fits(p.type, e.type) and p.sentence < e.sentence and not _tell(p.actors, tellers) \
                    and not (police_hurt and cues.all_police(p.actors)):
                out[i] = dc_replace(e, actors=p.actors)
                break
        if not out[i].actors and e.type in _AGENT_TYPES and e.sentence > 0 and \
                same_paragraph(e.sentence - 1, e.sentence):
            if not per_sentence:  # built once, on the first event that needs it
                _by_sentence(doc, per_sentence)
            named = _group_subject(doc, e.sentence - 1, tuple(per_sentence.get(e.sentence - 1, ())))
            if named is not None and not (police_hurt and cues.all_police((named,))) and not any(
                    # "De politie heeft drie jongeren aangehouden na een mishandeling. ... werd het slachtoffer
                    # geslagen": not the arresters
                    p.sentence == e.sentence - 1 and not _fits(p.type, e.type)
                    and any(a.start == named.start for a in p.actors) for p in out):
                out[i] = dc_replace(e, actors=(named,))
    for i, e in enumerate(out):  # "Police fired tear gas": at the protesters of the protest just told
        if e.targets or e.mode not in _AT_PROTESTERS:
            continue
        protest = next((p for p in reversed(out[:i]) if p.type == "PROTEST" and p.actors and p.sentence <= e.sentence
                        and e.sentence - p.sentence <= 2 and same_paragraph(p.sentence, e.sentence)), None)
        if protest is not None:
            out[i] = dc_replace(e, targets=protest.actors)
    for i, e in enumerate(out):  # a headline names its event; the lead says who did it
        if e.actors or e.sentence + 1 >= len(doc.sentences):
            continue
        if not per_sentence:
            _by_sentence(doc, per_sentence)
        if not SentenceView(doc, e.sentence, tuple(per_sentence.get(e.sentence, ()))).headline:
            continue
        told = next((p for p in out if e.sentence < p.sentence <= e.sentence + _LEAD and p.actors and _tells(p, e)
                     and p.modality == e.modality), None)  # not who a denial says did not do it
        if told is not None:
            out[i] = dc_replace(e, actors=told.actors)
    for i, e in enumerate(out):  # "Aan het Zuidstation liep het uit de hand. Een groep jongeren bekogelde agenten":
        if e.actors or (e.type, e.mode) != ("PROTEST", "riot"):  # a riot told without its makers, who the next
            continue  # sentence's violence names (not the police's answer to it)
        nxt = next((p for p in out[i + 1:] if p.sentence == e.sentence + 1 and same_paragraph(e.sentence, p.sentence)
                    and p.type == "ASSAULT" and p.mode not in _AT_PROTESTERS and p.actors), None)
        if nxt is not None:
            out[i] = dc_replace(e, actors=nxt.actors)
    return out


def told_before(views: Sequence[SentenceView], c: Candidate,
                roles: Callable[[SentenceView, Candidate], tuple[tuple[Participant, ...], tuple[Participant, ...]]]
                ) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
    """The participants of an earlier mention of a definite event noun that names none of its own ("De aanslag
    zorgde voor verontwaardiging" after the headline "Drie mannen veroordeeld voor aanslag op moskee"): the
    nearest earlier noun of its word family (at most :data:`_TOLD_BEFORE` sentences back), read by ``roles`` as
    if it were the trigger. Offsets point to the earlier sentence, as an agent named before does."""
    family = word_family(c.lemma)
    for view in reversed(views[-_TOLD_BEFORE:]):
        for k in range(len(view.tokens) - 1, -1, -1):
            t = view.tokens[k]
            if t.pos == "NOUN" and family and any(word_family(lem) == family for lem in view.lemmas[k]):
                earlier = dc_replace(c, sentence=view.i, head=k, start=t.start, end=t.end, tokens=(k,), merged=(), folded=(),
                                     target_span=None, scope=None, excluded=())
                actors, targets = roles(view, earlier)
                if actors or targets:
                    return actors, targets
    return (), ()


#: how many sentences back a definite event noun looks for its earlier, participant-naming mention
_TOLD_BEFORE = 12


def _by_sentence(doc: Document, into: dict[int, list[Token]]) -> None:
    for t in doc.tokens:
        into.setdefault(t.sentence, []).append(t)


def _group_subject(doc: Document, i: int, tokens: tuple[Token, ...]) -> Participant | None:
    """The subject of sentence i (its ``tokens``) when it names an organised group or a name ("De verzetsgroep
    postte ..."), for a next sentence's event that names no actor."""
    if not tokens or not any(t.dep for t in tokens):
        return None
    view = SentenceView(doc, i, tokens)
    if view.is_intertitle_form:
        return None  # "Update 12.30 uur": a heading, no sentence with a subject
    words = words_of(doc)
    tree = Tree(view)
    base = tokens[0].i
    subjects = [j for j, t in enumerate(tokens) if t.dep == "nsubj" and 0 <= t.head - base < len(tokens)
                and tokens[t.head - base].dep == "ROOT"]
    said = [j for j in subjects if view.lowers[tokens[j].head - base] in words.reporting
            or tokens[tokens[j].head - base].lemma.lower() in words.reporting]
    if said:
        return None  # "Poetin zei vorige week ...": who speaks is not who acted next
    dateline = DATELINE.match(doc.text, view.start) if line_span(doc.text, view.start)[0] == view.start else None
    after = dateline.end() if dateline is not None and dateline.end() < view.end else view.start  # "EL ALTO, ... -"
    first = next((j for j, t in enumerate(tokens) if t.start >= after and t.pos not in ("DET", "ADJ", "NUM")), None)
    if first is not None and tokens[first].pos in ("NOUN", "PROPN") and not tokens[first].dep.endswith(":pass"):
        subjects.append(first)  # the sentence opens with a noun phrase: its subject by position (not "Mamani was
        # shot dead", where it is the one the act befell)
    for j in (j for j in subjects if tokens[j].start >= after):
        if tokens[min(view.subtree(j))].pos == "ADP":
            continue  # "Near Plaza Aníbal Pinto a group threw ...", parsed with the square as the subject: a place
        if agentive(view, j, words) and not is_place(view, tokens[j].start, tokens[j].end):
            return participant_at(doc, *tree.span(j, words))
    return None


def paragraph_test(doc: Document) -> Callable[[int, int], bool]:
    """Whether sentences a and b lie in one paragraph (the segmenter's, else no line break between them), with
    each sentence's paragraph found by bisection: a long document has many of both."""
    spans = sorted(doc.paragraphs)
    starts = [a for a, _ in spans]

    def paragraph(i: int) -> int | None:
        s = doc.sentences[i]
        k = bisect.bisect_right(starts, s.start) - 1
        return k if k >= 0 and s.end <= spans[k][1] else None

    def same(a: int, b: int) -> bool:
        if a == b:
            return True
        if spans:
            k = paragraph(a)
            return k is not None and k == paragraph(b)
        return "\n" not in doc.text[doc.sentences[a].end:doc.sentences[b].start]

    return same
