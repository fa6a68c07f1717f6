"""One document, one label per name: entity labels made consistent after the tagger.

A tagger labels each mention on its own, and a case-robust one leans less on capitals, so a name may come out
with different labels in one article: "Vladimir Putin" PER and, two sentences on, "Putin" ORG. Two repairs, each
one document-wide rule (as NER systems' label-consistency post-processing does):

* a name that is the last word of a person named in the same document (genitive aside: "Putin's") is that
  person: ORG or MISC becomes PER;
* a MISC name right after an organisation or group noun ("the campaign group Extinction Rebellion", "de partij
  X") is an organisation: ORG.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import replace

from ..lang import Language
from ..model import EntityLabel, Token


@functools.lru_cache(maxsize=16)
def _facts(language: Language) -> tuple[tuple[str, ...], tuple[str, ...]]:
    actors = language.json("actors")
    heads = language.words("organisation_nouns") | frozenset(w.lower() for w in actors["group_nouns"])
    return tuple(sorted(heads)), tuple(sorted(actors["genitive_suffixes"], key=len, reverse=True))


def consistent(text: str, entities: Sequence[tuple[int, int, EntityLabel]], tokens: list[Token],
               language: Language) -> list[tuple[int, int, EntityLabel]]:
    """``entities`` with the repairs above; ``tokens`` (the document's, in order) get their entity tags alike."""
    heads, genitives = _facts(language)
    starts = [t.start for t in tokens]
    surnames = {text[a:b].split()[-1].lower() for a, b, label in entities if label == "PER" and len(text[a:b].split()) > 1}
    out: list[tuple[int, int, EntityLabel]] = []
    for a, b, label in entities:
        name = text[a:b]
        if label in ("ORG", "MISC") and " " not in name and _bare(name, genitives).lower() in surnames:
            label = "PER"
        elif label == "MISC" and _word_before(text, a).lower().endswith(heads):  # "actiegroep" too
            label = "ORG"
        out.append((a, b, label))
        k = bisect.bisect_left(starts, a)
        while k < len(tokens) and tokens[k].start < b:
            if tokens[k].ent != "O" and not tokens[k].ent.endswith(label):
                tokens[k] = replace(tokens[k], ent=f"{tokens[k].ent[:2]}{label}")
            k += 1
    return out


def _bare(name: str, genitives: tuple[str, ...]) -> str:
    low = name.lower()
    for g in genitives:
        if low.endswith(g) and len(low) > len(g) + 1:
            return name[:-len(g)]
    return name


def _word_before(text: str, a: int) -> str:
    words = text[max(0, a - 40):a].split()
    return words[-1] if words else ""
