"""Pronoun speakers: "hij"/"he"/"ze" resolved to the person (or body) named before it."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..marks import OPENING_QUOTES
from ..model import Entity, Token
from .names import NameReader
from .records import Speaker, Word


@dataclass
class _NamedSpeakers:
    """The speakers found so far that a pronoun can point to, sorted by start (found order within a start), and
    every speaker entity's earliest start (none counts as 0): ``antecedent`` looks them up by range instead of
    scanning every speaker per pronoun."""

    synced: int = 0  # how many of ``spoken`` are in
    order: list[tuple[int, int]] = field(default_factory=list)  # (start, n) of the named speakers
    speakers: list[Speaker] = field(default_factory=list)  # n -> the speaker
    first: dict[str, int] = field(default_factory=dict)

    def add(self, sp: Speaker, named: bool) -> None:
        if sp.entity:
            self.first[sp.entity] = min(self.first.get(sp.entity, sp.start or 0), sp.start or 0)
        if named and sp.start is not None:
            bisect.insort(self.order, (sp.start, len(self.speakers)))
            self.speakers.append(sp)

    def before(self, pos: int, since: int) -> list[tuple[int, Speaker]]:
        """Those starting before ``pos``: from ``since`` (the pronoun's paragraph) on, and before it those at the
        last start only (``antecedent`` picks in the paragraph, else the last one)."""
        hi = bisect.bisect_left(self.order, (pos, -1))
        lo = min(bisect.bisect_left(self.order, (since, -1)), hi)
        if lo > 0:
            lo = bisect.bisect_left(self.order, (self.order[lo - 1][0], -1))
        return [(start, self.speakers[n]) for start, n in self.order[lo:hi]]


# the dependents that belong to a noun phrase's words ("De stakende chauffeurs", "Poolse en Roemeense uitzendkrachten")
_NOUN_PHRASE_DEPS = frozenset({"det", "amod", "nummod", "compound", "cc", "conj", "flat"})


def _under(tokens: Sequence[Token], k: int, root: int) -> bool:
    """Whether token ``k`` hangs (through its heads) under token ``root``."""
    for _ in range(len(tokens)):
        if k == root:
            return True
        if tokens[k].head == k:
            return False
        k = tokens[k].head
    return False


def _holds(outer: Speaker, inner: Speaker) -> bool:
    """Whether speaker ``outer`` is a longer written name around ``inner``'s."""
    return outer.start is not None and outer.end is not None and inner.start is not None and inner.end is not None \
        and outer.start <= inner.start and inner.end <= outer.end and len(outer.text or "") > len(inner.text or "")


class PronounResolver(NameReader):
    """Resolves a pronoun speaker to its antecedent."""

    def antecedent(self, persons: list[Entity], pos: int, one_person: bool = False) -> Speaker | None:
        """The person a pronoun at ``pos`` points to: in its paragraph, a speaker or a sentence subject first
        ("Deen zegt dat Poetin … 'X', zegt hij" is Deen), then the last person named. ``one_person``: a speaker
        that is a body ("Het comité eist …") is not one."""
        para = self.paragraphs[self.paragraph_of(pos)]
        named = self._named_speakers()
        person_ids = {e.id for e in persons}
        candidates: list[tuple[int, bool, Speaker]] = []
        first_at: dict[int, int] = {}  # a start -> its first candidate: a lookup, not a scan per speaker
        for e in persons:
            sentence_start = self.sentence_span(e.start)[0]
            subject = self._opens_sentence(self.text[sentence_start:e.start])
            s, end = self.name_extent(e.start, e.end)
            first_at.setdefault(e.start, len(candidates))
            spoken = e.id in named.first and named.first[e.id] < pos
            candidates.append((e.start, subject or spoken, Speaker(e.id, self.text[s:end], s, end, None)))
        of_entity = {c[2].entity: k for k, c in enumerate(candidates)}  # an entity id -> its (last) candidate
        for start, sp in named.before(pos, para[0]):  # named speakers the NER missed ("Deen")
            if one_person and sp.entity not in person_ids and not self._described(sp) \
                    and not (sp.entity is None and (sp.text or "")[:1].isupper() and " " not in (sp.text or "")):
                continue
            same = first_at.get(start)
            inner = of_entity.get(sp.entity) if sp.entity else None
            if same is None and inner is not None and _holds(sp, candidates[inner][2]):
                # "Moussa Ag Ahmed" spoken, the PER entity only "Ahmed" (the tagger split the name): the name as written
                candidates[inner] = (candidates[inner][0], True, sp)
            elif same is None:
                first_at[start] = len(candidates)
                candidates.append((start, True, sp))
            elif not candidates[same][2].entity and len(sp.text or "") > len(candidates[same][2].text or ""):
                candidates[same] = (start, True, sp)  # the whole phrase, not a clipped reading of it
        if not candidates:
            return None
        candidates.sort(key=lambda c: c[0])
        here = [c for c in candidates if c[0] >= para[0]]
        preferred = [c for c in here if c[1]]
        return (preferred or here or candidates)[-1][2]

    def _opens_sentence(self, before: str) -> bool:
        """Whether a name after ``before`` (its sentence's start) opens the sentence: nothing before it, or its
        title alone ("Burgemeester", "GroenLinks-PvdA-fractievoorzitter", "Union leader", "Vlaams minister van
        Wonen": a role, and else only names and "van"/"of")."""
        written = before.strip(" -–" + OPENING_QUOTES).split()
        words = [w.lower() for w in written]
        if not words or (len(words) <= 3 and self.w.is_role(words[-1])):
            return True
        of = next((k for k, low in enumerate(words) if low in self.w.genitive_prepositions), None)
        return of is not None and 0 < of < len(words) - 1 and len(words) <= 6 and self.w.is_role(words[of - 1]) \
            and all(w[:1].isupper() and w[-1:].isalpha() for w in written[of + 1:]) \
            and all(w[:1].isupper() or self.w.is_role(low) for w, low in zip(written[:of], words[:of], strict=True))

    @functools.cached_property
    def _named_index(self) -> _NamedSpeakers:
        return _NamedSpeakers()

    def _named_speakers(self) -> _NamedSpeakers:
        """The index of the speakers found so far, brought up to date (speakers are only ever appended)."""
        named = self._named_index
        for sp in self.spoken[named.synced:]:
            named.add(sp, bool(sp.text) and (sp.text or "").lower() not in self.w.pronouns
                      and ((sp.text or "")[:1].isupper() or self._described(sp)))
        named.synced = len(self.spoken)
        return named

    def _named_before(self, pos: int, keep: Callable[[Entity], bool]) -> list[Entity]:
        """The entities ``keep`` takes that end by ``pos``, from the last one starting before the pronoun's
        paragraph on: ``antecedent`` picks from the paragraph, else the last one, so an earlier entity never
        counts (a long document names thousands of persons before a pronoun)."""
        starts = self._entity_starts
        hi = bisect.bisect_right(starts, pos)
        k = bisect.bisect_left(starts, self.paragraphs[self.paragraph_of(pos)][0]) - 1
        while k >= 0 and not (self.entities[k].end <= pos and keep(self.entities[k])):
            k -= 1
        lo = bisect.bisect_left(starts, self.entities[k].start) if k >= 0 else 0
        return [e for e in self.entities[lo:hi] if e.end <= pos and keep(e)]

    def _described(self, sp: Speaker) -> bool:
        """Whether a speaker written without a capital is still a person: a role noun in its first words
        ("a resident who asked not to be named", "chief superintendent mark williams")."""
        return any(word in self.w.roles for word in (sp.text or "").lower().split()[:3])

    def _persons_before(self, pos: int) -> list[Entity]:
        """The persons named before ``pos`` that a pronoun can point to: outside quotes, and not a place the
        tagger took for a person."""
        return self._named_before(pos, lambda e: e.label == "PER" and not self.in_direct(e.start)
                                  and not self.is_place(e))

    def person_meant(self, pos: int) -> Speaker | None:
        """The person that a description of one ("de 24-jarige", "the 24-year-old", "de Heerlense") at ``pos``
        takes up: the last one named, as a singular pronoun would."""
        persons = self._persons_before(pos)
        return self.antecedent(persons, pos, one_person=True) if persons else None

    def _subject_number(self, w: Word) -> str | None:
        """The number of the verb pronoun ``w`` is the subject of ("zegt ze": Sing, "zeggen ze": Plur), if any."""
        tok = self.tokens_at.get(w.start)
        if tok is None or not tok.dep.startswith("nsubj"):
            return None
        return self.doc.tokens[tok.head].feature("Number")

    def _group_subject(self, pos: int) -> Speaker | None:
        """The people a plural pronoun at ``pos`` takes up when they were the subject of an earlier sentence of its
        paragraph ("… staken Poolse en Roemeense uitzendkrachten. Ze zeggen dat …"): a plural common noun as
        subject, with the words before it that belong to it."""
        para_start = self.paragraphs[self.paragraph_of(pos)][0]
        sentence_start = self.sentence_span(pos)[0]
        tokens = self.doc.tokens
        lo = bisect.bisect_left(tokens, para_start, key=lambda t: t.start)  # tokens are in text order
        hi = bisect.bisect_left(tokens, sentence_start, key=lambda t: t.start)
        for tok in reversed(tokens[lo:hi]):  # the earlier sentences of the paragraph, last first
            if tok.pos == "NOUN" and tok.dep.startswith("nsubj") and tok.feature("Number") == "Plur" \
                    and not self.in_direct(tok.start):
                first, last = tok.i, tok.i
                while first > 0 and tokens[first - 1].head in range(first, tok.i + 1) \
                        and tokens[first - 1].dep.split(":")[0] in _NOUN_PHRASE_DEPS:
                    first -= 1
                while last + 1 < len(tokens) and _under(tokens, last + 1, tok.i) \
                        and tokens[last + 1].dep.split(":")[0] in _NOUN_PHRASE_DEPS | {"case", "nmod"}:
                    last += 1  # "Hundreds of nurses"
                s, e = tokens[first].start, tokens[last].end
                return Speaker(None, self.text[s:e], s, e, None)
        return None

    def _role_subject(self, pos: int) -> Speaker | None:
        """The office holder a singular pronoun at ``pos`` takes up when the sentence before it, in its paragraph, has
        one as its subject ("De minister-president veroordeelde het geweld. '...,' zei hij.")."""
        para_start = self.paragraphs[self.paragraph_of(pos)][0]
        sentence_start = self.sentence_span(pos)[0]
        if sentence_start <= para_start:
            return None
        tokens = self.doc.tokens
        lo = bisect.bisect_left(tokens, max(para_start, self.sentence_span(sentence_start - 1)[0]),
                                key=lambda t: t.start)
        hi = bisect.bisect_left(tokens, sentence_start, key=lambda t: t.start)
        for tok in tokens[lo:hi]:
            if tok.pos == "NOUN" and tok.dep.startswith("nsubj") and tok.feature("Number") != "Plur" \
                    and not self.in_direct(tok.start) and self.w.is_role(tok.text.lower().split("-")[-1]) \
                    and any(t.head == tok.i and t.dep == "det" and t.text.lower() in self.w.definite_articles
                            for t in tokens[lo:tok.i + 1]):  # (the office: "a resident who ..." is described)
                return Speaker(None, tok.text, tok.start, tok.end, None)
        return None

    def resolve_pronoun(self, w: Word, pos: int) -> Speaker:
        """"hij"/"he" -> the last person named before ``pos`` outside quotes; else the pronoun itself."""
        wants_org = w.low in self.w.group_pronouns  # also "the ministry … they", "de politie … ze"
        number = self._subject_number(w) if wants_org else None
        if number == "Sing":
            # "'…', zegt ze": a woman before a body, though "de gemeente … zegt ze" is a body when no person is named
            found = self.person_meant(pos)
            if found is not None and (found.start or 0) >= self.paragraphs[self.paragraph_of(pos)][0]:
                return found  # a person of an earlier paragraph is no likelier than a body of this one
        if wants_org:
            # a place ("HONSELERSDIJK -" of the dateline, tagged ORG) is no body that speaks
            persons = self._named_before(pos, lambda e: e.label in ("PER", "ORG") and not self.in_direct(e.start)
                                         and not self.is_place(e))
        else:
            persons = self._persons_before(pos)
        group = self._group_subject(pos) if number == "Plur" else None
        if not wants_org and not any(p.start >= self.paragraphs[self.paragraph_of(pos)][0] for p in persons) \
                and (role := self._role_subject(pos)) is not None:
            return role  # "De minister-president veroordeelde ... '...', zei hij": no person named in the paragraph
        if self.entities:
            found = self.antecedent(persons, pos)
            if found is not None and (group is None or (found.start or 0) >= self.sentence_span(group.end or 0)[1]):
                # a body named after the group's sentence is likelier; one in it is only its object or place
                return found
        if group is not None:
            return group
        if not self.entities:  # no NER: the last capitalised person-like name before
            ws = self.words(max(0, pos - 3000), pos)
            runs = [r for r in self.name_runs(ws) if r[1] - r[0] >= 2 or ws[r[0]].text in self.known_names]
            runs = [r for r in runs if not any(ws[k].low in self.w.orgs for k in range(*r)) and r[1] - r[0] <= 3]
            if runs:
                i, j = runs[-1]
                return Speaker(None, self.text[ws[i].start:ws[j - 1].end], ws[i].start, ws[j - 1].end, None)
        if not wants_org:
            # no person named before: a described speaker ("a resident who …", a lower-cased name with its role)
            found = self.antecedent([], pos)
            if found is not None:
                return found
        return Speaker(None, w.text, w.start, w.end, None)
