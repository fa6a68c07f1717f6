"""A hyphenated name read as two entities: "Huang Yu-chen" as the persons "Huang Yu" and "chen".

The tokenizer splits a name at its hyphen and the NER may tag the parts apart, so that the second part stands
alone as a name of its own ("chen", "woo"). Two persons with only a hyphen between them are one name; two
places so joined stay two ("de lijn Amsterdam-Rotterdam").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ..model import EntityLabel, Token

_HYPHENS = ("-", "‐", "‑")


def joined_at_hyphens(text: str, entities: Sequence[tuple[int, int, EntityLabel]],
                      tokens: list[Token]) -> list[tuple[int, int, EntityLabel]]:
    """``entities`` (in text order) with each pair of persons that only a hyphen separates made one; ``tokens`` (the
    document's, in order) tagged inside the joined entity."""
    starts = [t.start for t in tokens]
    out: list[tuple[int, int, EntityLabel]] = []
    for a, b, label in entities:
        if out and label == "PER" and out[-1][2] == label and text[out[-1][1]:a] in _HYPHENS:
            first = out.pop()
            k = bisect.bisect_left(starts, first[1])
            while k < len(tokens) and tokens[k].start < b:
                tokens[k] = replace(tokens[k], ent=f"I-{label}")
                k += 1
            a = first[0]
        out.append((a, b, label))
    return out
