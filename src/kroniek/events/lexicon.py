"""Trigger lexicons: each language's ``events_triggers.tsv`` (read through :mod:`kroniek.lang`), compiled.

Each lexicon line is ``TYPE <tab> MODE <tab> HEAD <tab> ITEMS`` where ITEMS is a ``|``-separated
list of word groups (which must occur in the trigger's clause, each group contiguous) and flags
(see the header of the Dutch file). The lexicon is compiled once per language into a
:class:`Lexicon`: an index from head lemma to entries, with regular expressions precompiled. A verb
entry whose lemma starts with one of the language's ``separable_particles`` also gets an entry for
its split use ("neerschieten": "schoot ... neer"). The language's ``events_senses.tsv`` lists, per head lemma,
context words that mark a sense of the word that is no event ("belastingaanslag", "take a shot at"); detection
checks them for every entry of that head (:func:`kroniek.events.detect.other_sense`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..errors import ResourceError
from ..lang import Language
from ..lang.lemmas import infinitive_ending, separable_particles
from ..model import EVENT_TYPES

FLAG_WORDS = frozenset({
    "N", "lv", "refl", "dat", "nodat", "comp", "nocomp", "clash", "disrupted", "mob", "chem", "suicide",
    "territory", "regain", "grenade", "loot", "hq", "free", "battle", "noform", "ram", "aim", "passive",
    "undergo", "trans", "warning", "objneed", "patient", "headline", "bare",
})



@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line, compiled."""

    type: str
    mode: str | None
    head: str
    groups: tuple[tuple[str, ...], ...]
    nominal: bool
    flags: frozenset[str]
    need: tuple[re.Pattern[str], ...]
    block: tuple[re.Pattern[str], ...]
    weight: float
    line: int
    particle: str | None = None  # for derived split uses of separable verbs

    @property
    def rule(self) -> str:
        text = self.head if not self.particle else f"{self.head}..{self.particle}"
        extra = " + ".join(" ".join(g) for g in self.groups)
        return f"lexicon:{self.type}:{text}" + (f" + {extra}" if extra else "")

    @property
    def specificity(self) -> int:
        # a throw checked to be aimed at people outranks a row that only names what is thrown ("threw stones
        # at the police" is an attack on them; "threw stones" alone, or at a checkpoint, stays a riot); a verb
        # found with its separable particle is another verb than the bare one, whatever the bare one's checks
        # ("wierpen wegversperringen op in ..." is no throw)
        return 2 * len(self.groups) + len(self.need) + (2 if "refl" in self.flags else 0) + (
            3 if "aim" in self.flags else 0) + (4 if self.particle else 0) + (2 if "warning" in self.flags else 0)


SENSE_SCOPES = ("part", "before", "after", "clause", "next", "particle")


@dataclass(frozen=True, slots=True)
class Sense:
    """A row of ``events_senses.tsv``: context words that mark another sense of a trigger word."""

    scope: str  # part | before | after | next | particle | clause
    words: re.Pattern[str]


@dataclass(frozen=True)
class Lexicon:
    language: str
    entries: tuple[Entry, ...]
    by_head: dict[str, tuple[Entry, ...]]
    compound_heads: tuple[str, ...]  # nominal heads that may end a compound, longest first
    surface: tuple[tuple[re.Pattern[str], Entry], ...]  # heads with hyphens, matched on the text
    senses: dict[str, tuple[Sense, ...]] = field(default_factory=dict)  # head lemma -> other senses
    _compounds: dict[frozenset[str], tuple[Entry, ...]] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, lemma: str) -> tuple[Entry, ...]:
        return self.by_head.get(lemma, ())

    def nominal_entries(self, words: Iterable[str]) -> list[Entry]:
        """The noun entries headed by any of ``words`` (a token's lemmas and form): is it an event noun, and of
        which types?"""
        return [e for w in words for e in self.by_head.get(w, ()) if e.nominal]

    def verbal_entries(self, words: Iterable[str]) -> list[Entry]:
        """The verb entries headed by any of ``words``: is it an event verb, and of which types?"""
        return [e for w in words for e in self.by_head.get(w, ()) if not e.nominal]

    def compound_entries(self, lemmas: frozenset[str]) -> tuple[Entry, ...]:
        """Nominal entries whose head ends one of ``lemmas`` as the last part of a compound (cached)."""
        hit = self._compounds.get(lemmas)
        if hit is None:
            out: list[Entry] = []
            for lemma in lemmas:
                for cut in range(3, len(lemma) - 2):
                    suffix = lemma[cut:]
                    out += [e for e in self.by_head.get(suffix, ()) if e.nominal and "nocomp" not in e.flags
                            and (len(suffix) >= 5 or "comp" in e.flags) and e not in out]
            hit = tuple(out)
            if len(self._compounds) < 200_000:
                self._compounds[lemmas] = hit
        return hit


def _phrase_pattern(value: str) -> re.Pattern[str]:
    """``need``/``block`` value: a prefix of a word (or phrase); surrounding spaces ask for a whole word."""
    exact_end = value.endswith(" ")
    core = re.escape(value.strip()).replace(r"\ ", r"\s+")
    # long values may end a compound ("klimaatactivisten"); short ones must start a word ("om", "me")
    start = "" if len(value.strip()) >= 6 and not exact_end else r"(?<!\w)"
    return re.compile(start + core + (r"(?!\w)" if exact_end else ""), re.IGNORECASE)


def parse_row(cols: tuple[str, ...], number: int, language: Language) -> list[Entry]:
    """The entries of one lexicon row (the row itself, and its split use for a separable verb)."""
    where = f"language {language.code}: events_triggers.tsv row {number}"
    if len(cols) < 3:
        raise ResourceError(f"{where}: expected TYPE, MODE, HEAD[, ITEMS], got {cols!r}; fix the row")
    etype, mode, head = cols[0].strip(), cols[1].strip(), cols[2].strip().lower()
    if etype not in EVENT_TYPES:
        raise ResourceError(f"{where}: unknown type {etype!r}; "
                            f"use one of {', '.join(EVENT_TYPES)}")
    groups: list[tuple[str, ...]] = []
    flags: set[str] = set()
    need: list[re.Pattern[str]] = []
    block: list[re.Pattern[str]] = []
    weight = 0.8
    items = cols[3].split("|") if len(cols) > 3 and cols[3].strip() else []
    for item in items:
        parts = [p.strip() for p in item.split(",")]
        if all(p in FLAG_WORDS or "=" in p for p in parts if p):
            for p in parts:
                if p.startswith("need="):
                    need.append(re.compile("|".join(f"(?:{_phrase_pattern(v).pattern})" for v in p[5:].split("/")),
                                           re.IGNORECASE))
                elif p.startswith("block="):
                    block.extend(_phrase_pattern(v) for v in p[6:].split("/"))
                elif p.startswith("w="):
                    weight = float(p[2:])
                elif p:
                    flags.add(p)
        elif any("=" in p for p in parts):
            raise ResourceError(f"{where}: expected FLAGS as comma-separated flags and key=value items, got {item!r} "
                                "(a comma inside a need=/block= value splits it); write the value without the comma")
        else:
            groups.append(tuple(item.strip().lower().split()))
    if " " in head:  # "car bomb": the last word is the head, the rest must precede it
        *mods, head = head.split()
        groups.insert(0, tuple(mods))
    entry = Entry(type=etype, mode=None if mode in ("-", "") else mode, head=head, groups=tuple(groups),
                  nominal="N" in flags, flags=frozenset(flags), need=tuple(need), block=tuple(block),
                  weight=weight, line=number)
    out = [entry]
    if not entry.nominal:
        ending = infinitive_ending(language)
        for particle in separable_particles(language):
            rest = head[len(particle):]
            # ("inslaan", "doorstaan": an infinitive may end in "-n" alone)
            if head.startswith(particle) and len(rest) >= 5 and (rest.endswith(ending) or rest.endswith(ending[-1:])):
                out.append(Entry(type=etype, mode=entry.mode, head=rest, groups=entry.groups, nominal=False,
                                 flags=entry.flags, need=entry.need, block=entry.block, weight=weight,
                                 line=number, particle=particle))
                break
    return out


@lru_cache(maxsize=8)
def load_lexicon(language: Language) -> Lexicon:
    """The compiled trigger lexicon of ``language``."""
    entries: list[Entry] = []
    for n, row in enumerate(language.table("events_triggers"), 1):
        entries.extend(parse_row(row, n, language))
    by_head: dict[str, list[Entry]] = {}
    surface: list[tuple[re.Pattern[str], Entry]] = []
    for e in entries:
        if re.search(r"[^\w]", e.head):
            surface.append((re.compile(r"(?<!\w)" + re.escape(e.head) + r"\w*", re.IGNORECASE), e))
        by_head.setdefault(e.head, []).append(e)
    compounds = sorted({e.head for e in entries if e.nominal and "nocomp" not in e.flags
                        and (len(e.head) >= 5 or "comp" in e.flags)}, key=len, reverse=True)
    return Lexicon(language=language.code, entries=tuple(entries),
                   by_head={k: tuple(v) for k, v in by_head.items()},
                   compound_heads=tuple(compounds), surface=tuple(surface), senses=load_senses(language))


def load_senses(language: Language) -> dict[str, tuple[Sense, ...]]:
    """``events_senses.tsv``: per head lemma, the contexts that mark a sense of the word that is no event."""
    out: dict[str, list[Sense]] = {}
    for n, row in enumerate(language.table("events_senses"), 1):
        if len(row) != 3 or row[1] not in SENSE_SCOPES:
            raise ResourceError(f"language {language.code}: events_senses.tsv row {n}: expected LEMMA, SCOPE "
                                f"({'/'.join(SENSE_SCOPES)}), WORDS, got {row!r}; fix the row")
        words = re.compile("|".join(f"(?:{_phrase_pattern(v).pattern})" for v in row[2].split("/") if v.strip()),
                           re.IGNORECASE)
        out.setdefault(row[0].lower(), []).append(Sense(scope=row[1], words=words))
    return {k: tuple(v) for k, v in out.items()}
