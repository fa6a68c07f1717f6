"""Walks over a dependency parse that more than one stage makes: the chain of heads above a token and the phrase
below one.

Tokens carry document indices (``Token.i``, ``Token.head``); a stage may hold a slice of them (a sentence), so each
walk takes the slice and the document index of its first token (``base``) and answers in slice positions. A broken
parse may cycle or point outside the slice: the walks stop there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .model import Token

#: how many steps up a walk goes: a clause is a few steps above any of its words
CHAIN_LIMIT = 12


def head_chain(tokens: Sequence[Token], k: int, base: int = 0, limit: int = CHAIN_LIMIT) -> list[int]:
    """Slice position ``k`` and the positions of the heads above it, nearest first, up to the root, the slice's edge
    or ``limit`` steps."""
    out = [k]
    while len(out) <= limit:
        h = tokens[k].head - base
        if not 0 <= h < len(tokens) or h == k or h in out:
            break
        out.append(h)
        k = h
    return out


def phrase(tokens: Sequence[Token], heads: Sequence[int], base: int = 0,
           keep: Callable[[Token], bool] = lambda t: True) -> set[int]:
    """The slice positions of ``heads`` and of every token below them whose link ``keep`` allows (a relative clause
    may be left out of a subject's phrase, say)."""
    inside = set(heads)
    grew = True
    while grew:
        grew = False
        for j, t in enumerate(tokens):
            if j not in inside and t.head - base in inside and t.head != t.i and keep(t):
                inside.add(j)
                grew = True
    return inside


__all__ = ["CHAIN_LIMIT", "head_chain", "phrase"]
