"""One document, one label per name: entity labels made consistent after the tagger.

A tagger labels each mention on its own, and a case-robust one leans less on capitals, so a name may come out
with different labels in one article: "Vladimir Putin" PER and, two sentences on, "Putin" ORG. Two repairs, each
one document-wide rule (as NER systems' label-consistency post-processing does):

* a name that is the last words of a person named in the same document (genitive aside: "Putin's"; a
  surname with its particle: "De Groot" after "Bart de Groot") is that person: ORG or MISC becomes PER, and so
  does LOC right before a verb ("Lodewijks noemde de blokkade ..." after "burgemeester Karin Lodewijks");
* a MISC name right after an organisation or group noun ("the campaign group Extinction Rebellion", "de partij
  X") is an organisation: ORG.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from ..lang import Language
from ..model import EntityLabel, Token
from ..reference import facts, strip_genitive
from .titled_names import retag


@functools.lru_cache(maxsize=16)
def _heads(language: Language) -> tuple[str, ...]:
    """Organisation and group nouns, as endings ("actiegroep" ends in "groep")."""
    return tuple(sorted(language.words("organisation_nouns") | {w.lower() for w in facts(language).group_nouns}))


def consistent(text: str, entities: Sequence[tuple[int, int, EntityLabel]], tokens: list[Token],
               language: Language) -> list[tuple[int, int, EntityLabel]]:
    """``entities`` with the repairs above; ``tokens`` (the document's, in order) get their entity tags alike."""
    heads, genitives = _heads(language), facts(language).genitives
    starts = [t.start for t in tokens]
    # the last words of each person's name: "Poetin", and a surname with its particle, "de Groot" of "Bart de Groot"
    surnames = {" ".join(words[n:]) for a, b, label in entities if label == "PER"
                for words in [text[a:b].lower().split()] for n in range(1, len(words))}
    out: list[tuple[int, int, EntityLabel]] = []
    for a, b, label in entities:
        name = " ".join(text[a:b].split())
        if (label in ("ORG", "MISC") or (label == "LOC" and _subject_of_a_verb(tokens, starts, b))) \
                and (name.lower() in surnames or strip_genitive(name.lower(), genitives) in surnames):
            retag(tokens, starts, a, a, b, "PER")
            label = "PER"
        elif label == "MISC" and _word_before(text, a).lower().endswith(heads):  # "actiegroep" too
            retag(tokens, starts, a, a, b, "ORG")
            label = "ORG"
        out.append((a, b, label))
    return out


def _subject_of_a_verb(tokens: list[Token], starts: list[int], b: int) -> bool:
    """Does a verb follow the name right away ("Lodewijks noemde de blokkade ...")? A place named like a person of the
    story is rarely the subject of a verb, the person often."""
    k = bisect.bisect_left(starts, b)
    while k < len(tokens) and tokens[k].start < b:
        k += 1
    return k < len(tokens) and tokens[k].pos in ("VERB", "AUX")


def _word_before(text: str, a: int) -> str:
    words = text[max(0, a - 40):a].split()
    return words[-1] if words else ""
