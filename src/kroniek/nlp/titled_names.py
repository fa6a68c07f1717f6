"""A person's name read as an organisation because of the title before it; a role read as a person.

A title or role written with a capital before a name ("Councillor Martin Fairhurst", "Organiser Priya
Chandran", "Burgemeester Karin Lodewijks") is often tagged as one ORG or MISC entity, above all by a NER trained
to be robust to letter case, which leans less on capitals. When the first word of such an entity is one of the
language's titles or role nouns and the rest is a name of two or more capitalised words (name particles between), the rest is the entity:
a PER, its text and offsets those of the name. The title stays in the text for the stages that read it. A PER entity
that is one title or role noun ("POLITIEWOORDVOERDER PETER JANSSEN" tagged as two persons by a caseless NER) names no
one and is dropped.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ..lang import Language
from ..lang.titles import is_role_word, person_titles
from ..lettercase import capitalised
from ..model import EntityLabel, Token


def untitled(text: str, entities: Sequence[tuple[int, int, EntityLabel]], tokens: list[Token],
             language: Language) -> list[tuple[int, int, EntityLabel]]:
    """``entities`` with each titled name relabelled as described in the module docstring; ``tokens`` (the
    document's, in order) get their entity tags changed alike."""
    titles = person_titles(language)
    particles = language.words("name_particles") | language.words("name_connectors")
    out: list[tuple[int, int, EntityLabel]] = []
    starts = [t.start for t in tokens]
    for a, b, label in entities:
        words = text[a:b].split()
        rest = words[1:]
        if label == "PER" and len(words) == 1 and is_role_word(language, words[0].strip(".,:;")):
            retag(tokens, starts, a, b, b, "PER")  # a role alone ("POLITIEWOORDVOERDER", "Spokesman") names no one
            continue
        if label in ("ORG", "MISC", "PER") and len(rest) >= 2 and words[0].lower().rstrip(".") in titles \
                and capitalised(rest[0]) and capitalised(rest[-1]) \
                and all(capitalised(w) or w in particles for w in rest):
            start = a + text[a:b].index(words[1], len(words[0]))
            out.append((start, b, "PER"))
            retag(tokens, starts, a, start, b, "PER")
        else:
            out.append((a, b, label))
    return out


def retag(tokens: list[Token], starts: list[int], a: int, start: int, b: int, label: EntityLabel) -> None:
    """Set the entity tags of the tokens in [a, b): outside before ``start`` (a title left out of the name), then
    ``B-``/``I-`` ``label``. ``starts`` are the tokens' start offsets, for bisection."""
    k = bisect.bisect_left(starts, a)
    while k < len(tokens) and tokens[k].start < b:
        t = tokens[k]
        tag = "O" if t.start < start else (f"B-{label}" if t.start == start else f"I-{label}")
        tokens[k] = replace(t, ent=tag)
        k += 1
