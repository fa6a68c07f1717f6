"""A detected trigger in one sentence, before its arguments are filled (shared by the event modules)."""

from __future__ import annotations

from dataclasses import dataclass, field

#: the rule prefix of a threat made of the act it threatens ("dreigen ... te bezetten", "..., waarschuwt ze")
THREATENED_ACT = "threatened act->"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A detected trigger in one sentence, before arguments are filled."""

    sentence: int
    head: int  # token index within the sentence
    type: str
    mode: str | None
    start: int  # trigger characters
    end: int
    rule: str
    weight: float
    flags: frozenset[str] = frozenset()
    tokens: tuple[int, ...] = ()
    nominal: bool = False
    lemma: str = ""
    target_span: tuple[int, int] | None = None  # coordinated object (characters)
    scope: tuple[int, int] | None = None  # characters whose time/place win (a coordinated conjunct)
    forced_modality: str | None = None
    merged: tuple[int, ...] = field(default=())  # heads of same-type triggers folded into this one
    folded: tuple[Candidate, ...] = field(default=())  # ... and those triggers themselves
    excluded: tuple[tuple[int, int], ...] = ()  # other conjuncts' words: their dates and places are not ours
