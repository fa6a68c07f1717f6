"""Names in a speaker phrase: PER entities checked against the written name (genitives, modifiers, places,
fragments), capitalised name runs without entities, and a name grown over its particles."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ..marks import OPENING_QUOTES
from ..model import Entity
from .analysis import TextView
from .records import Word


@dataclass(frozen=True)
class _NameIndex:
    by_name: dict[str, list[int]]  # a lower-cased entity name -> positions in ``entities``
    by_word: dict[str, list[int]]  # a word of such a name -> positions
    sizes: tuple[int, ...]  # the lengths of the names, ascending


class NameReader(TextView):
    """Reads names: entities and capitalised runs."""

    def person_in(self, a: int, b: int, ws: list[Word]) -> Entity | None:
        """The PER entity heading [a, b), skipping genitives ("Poetins spreekbuis Medvedev")."""
        people = [e for e in self.entities_from(a, b) if e.start >= a and e.end <= b and e.label == "PER"
                  and not self.in_direct(e.start)]
        heads = [e for e in people if not self.genitive(e) and not self.is_place(e) and not self.modifier(e, b)]
        # a "name" that ends in a lower-case role word is a tagging error ("KRG spokesperson" before "Sarkawt Hassan")
        heads = [e for e in heads if not self.w.is_role(e.text.split()[-1])] or heads
        # the first one not standing after "van"/"of" ("Anja de Vries van … Boerenvereniging Noord")
        free = [e for e in heads if not re.search(r"\b(" + "|".join(self.w.affiliation_prepositions) + r")\s+(?:\S+\s+){0,3}$",
                                                  self.text[max(a, e.start - 40):e.start], re.IGNORECASE)]
        return (free or heads)[0] if heads else None

    def is_place(self, e: Entity) -> bool:
        """A PER entity that the gazetteer read as a place ("Kyiv") is a tagging error."""
        return (e.start, e.end) in self._place_spans

    @functools.cached_property
    def _place_spans(self) -> frozenset[tuple[int, int]]:
        return frozenset((p.start, p.end) for p in self.doc.places)  # looked up per entity: a set, not a scan

    def named_role(self, role: str, pos: int) -> Entity | None:
        """The last PER entity before ``pos`` introduced with ``role`` ("minister Jan de Vries")."""
        # backwards from the last entity starting before ``pos`` (sorted by start): not a list of every
        # entity per call, and never further back than 4000 characters
        for k in range(bisect.bisect_left(self._entity_starts, pos) - 1, -1, -1):
            e = self.entities[k]
            if pos - e.start > 4000:
                break
            if e.label != "PER" or e.end > pos:
                continue
            if re.search(r"\b" + re.escape(role) + r"\b[\w\s.-]{0,25}$", self.text[max(0, e.start - 40):e.start],
                         re.IGNORECASE) or role in e.text.lower().split():
                return e
        return None

    def modifier(self, e: Entity, b: int) -> bool:
        """A PER entity followed, inside the phrase, by a common noun it qualifies ("Rescue worker Abdul Karim")."""
        m = re.match(r"(?:\s+|-)([a-zà-ÿ]+)", self.text[e.end:b])
        return m is not None and m.group(1) not in self.w.connectors | self.w.stops | self.w.aux | self.w.speech_verbs

    def genitive(self, e: Entity) -> bool:
        """"Poetins spreekbuis", "Putin's spokesman": the entity qualifies the noun after it."""
        if not e.text.endswith(self.w.genitive_endings):
            return False
        m = re.match(r"\s+([a-zà-ÿ]+)", self.text[e.end:e.end + 30])
        return m is not None and m.group(1) not in self.w.connectors | self.w.stops | self.w.aux | self.w.speech_verbs

    def entity_in(self, a: int, b: int, labels: tuple[str, ...]) -> Entity | None:
        for e in self.entities_from(a, b):
            if e.start >= a and e.end <= b and e.label in labels and not self.in_direct(e.start):
                return e
        return None

    def entities_from(self, a: int, b: int) -> list[Entity]:
        """The entities (sorted by start) starting in [a, b]: a slice, not a scan of every entity per call."""
        starts = self._entity_starts
        return self.entities[bisect.bisect_left(starts, a):bisect.bisect_right(starts, b)]

    @functools.cached_property
    def _entity_starts(self) -> list[int]:
        return [e.start for e in self.entities]

    def entity_for_text(self, name: str) -> Entity | None:
        """An entity whose text or canonical name is (part of) ``name`` or contains it: the first PER one,
        else the first one (PER, ORG or MISC), in text order."""
        low = name.lower()
        alias = self.aliases.get(low.split()[-1]) if low.split() else None
        if alias is not None:
            return self._entity_by_id.get(alias)
        index = self._names_index
        found = set(index.by_word.get(low, ()))  # ``name`` is one word of the entity's name
        # the entity's name is ``name`` or a piece of it: every piece of ``name`` as long as some name
        for size in index.sizes:
            if size > len(low):
                break
            for i in range(len(low) - size + 1):
                found.update(index.by_name.get(low[i:i + size], ()))
        if not found:
            return None
        people = [k for k in found if self.entities[k].label == "PER"]
        return self.entities[min(people or found)]

    @functools.cached_property
    def _entity_by_id(self) -> dict[str, Entity]:
        by_id: dict[str, Entity] = {}
        for e in self.entities:
            by_id.setdefault(e.id, e)  # the first with the id, as a scan would find
        return by_id

    @functools.cached_property
    def _names_index(self) -> _NameIndex:
        """The PER/ORG/MISC entities by lower-cased name (text and canonical) and by the words of their names,
        built once per document: ``entity_for_text`` looks names up instead of scanning every entity per call."""
        by_name: dict[str, list[int]] = {}
        by_word: dict[str, list[int]] = {}
        for k, e in enumerate(self.entities):
            if e.label not in ("PER", "ORG", "MISC"):
                continue
            for n in {e.text.lower(), (e.canonical or "").lower()} - {""}:
                by_name.setdefault(n, []).append(k)
                for word in set(n.split()):
                    by_word.setdefault(word, []).append(k)
        return _NameIndex(by_name, by_word, tuple(sorted({len(n) for n in by_name})))

    def is_capitalized_name(self, words: list[Word], i: int) -> bool:
        w = words[i]
        if not w.text[:1].isupper() or w.low in self.w.non_names or not w.text[:1].isalpha():
            return False
        if w.low in self.w.stops or w.low in self.w.dets or w.low in self.w.generic or w.low in self.w.pronouns:
            return False
        nxt_word = words[i + 1] if i + 1 < len(words) else None
        if nxt_word is not None and nxt_word.text[:1].islower() and nxt_word.low not in self.w.connectors \
                and self.w.attributive_name.search(w.text) and w.low not in self.known_names:
            return False  # "Russische hogerhuis", "Poetins spreekbuis", "Putin's spokesman"
        if re.search(r"-[a-zà-ÿ]", w.text) and not re.search(r"-[A-Z]", w.text):
            return False  # "Kremlin-woordvoerder", "Telegram-kanaal"
        if self.w.is_role(w.low):
            return False
        sentence_start = self.sentence_span(w.start)[0]
        first = not self.text[sentence_start:w.start].strip(" " + OPENING_QUOTES)
        if first:
            nxt = words[i + 1] if i + 1 < len(words) else None
            tok = self.tokens_at.get(w.start)
            if w.text in self.known_names:
                return True
            if nxt is not None and nxt.text[:1].islower() and nxt.low not in self.w.connectors \
                    and not self.entities_from(w.start, w.start):
                return False  # "Aid groups warned": a capital that only starts the sentence
            if self.has_pos and tok is not None:
                return tok.pos == "PROPN"
            return w.text in self.known_names or bool(nxt and nxt.text[:1].isupper() and nxt.text[:1].isalpha())
        return True

    def name_runs(self, words: list[Word]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised name runs ("Bob Deen", "Comité van het Basjkiers Verzet")."""
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if not self.is_capitalized_name(words, i):
                i += 1
                continue
            j = i + 1
            while j < len(words):
                if "\n" in self.text[words[j - 1].end:words[j].start]:
                    break
                if self.is_capitalized_name(words, j) or (
                        words[j].text[:1].isupper() and words[j].text[:1].isalpha() and words[j].low not in self.w.non_names
                        and not re.search(r"-[a-z]", words[j].text)):
                    j += 1
                    continue
                k = j
                while k < len(words) and words[k].low in self.w.connectors and k - j < 2:
                    k += 1
                if j - i >= 2 and not any(words[x].low in self.w.orgs for x in range(i, j)):
                    break  # "Bob Deen | van Instituut Clingendael": a person's full name does not run on
                if k > j and k < len(words) and words[k].text[:1].isupper() and words[k].text[:1].isalpha():
                    j = k + 1
                    continue
                break
            k = i
            while j - k > 1 and (words[k].low in self.w.titles or words[k].low in self.w.roles):
                k += 1
            runs.append((k, j))
            i = j
        return runs

    def name_extent(self, start: int, end: int) -> tuple[int, int]:
        """An entity span grown over the rest of the written name ("Christianne" -> "Christianne van der Wal")."""
        connectors = r"(?:(?:" + "|".join(self.w.particles) + r")\s+)*" if " " not in self.text[start:end] \
            else ""
        m = re.match(r"(?:\s+" + connectors + r"[A-Z][\w'’-]+)+", self.text[end:end + 60])
        if m and "\n" not in m.group(0):
            words = m.group(0).split()
            if words[-1][:1].isupper() and words[-1].lower() not in self.w.non_names | self.w.orgs:
                end = end + m.end()
        return start, end
