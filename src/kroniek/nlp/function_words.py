"""An entity that is one function word: "Rond 7.30 uur probeerden …" tagged as a person.

A capital at a sentence start makes a preposition, a determiner, a pronoun or a conjunction look like a name to
the NER, which reads capitals; the tagger, which reads the word's place in the sentence, knows better. Such an
entity names nothing and is dropped, and its tokens are tagged outside any entity. So is an entity with no letter
or digit at all: a list's bullet ("• Police say ..."), which the NER may tag when it stands as a piece of its own.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ..model import EntityLabel, Token

#: universal parts of speech that never name anyone or anything
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ"})


def without_function_words(entities: Sequence[tuple[int, int, EntityLabel]],
                           tokens: list[Token]) -> list[tuple[int, int, EntityLabel]]:
    """``entities`` less those that are one token the tagger read as a function word or hold no word; ``tokens`` (the
    document's, in order) lose the entity tags of those dropped."""
    starts = [t.start for t in tokens]
    out: list[tuple[int, int, EntityLabel]] = []
    for a, b, label in entities:
        k = bisect.bisect_left(starts, a)
        one = k < len(tokens) and tokens[k].start == a and tokens[k].end == b
        inside = range(k, bisect.bisect_left(starts, b))
        if (one and tokens[k].pos in FUNCTION_POS) or not any(ch.isalnum() for j in inside for ch in tokens[j].text):
            for j in inside:
                tokens[j] = replace(tokens[j], ent="O")
            continue
        out.append((a, b, label))
    return out
