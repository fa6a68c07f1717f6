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


def participle_clause(tokens: Sequence[Token], k: int, base: int = 0) -> int | None:
    """The slice position of the past participle whose clause on a noun holds position ``k`` ("the order issued by
    the District Magistrate on 18/10/2026"), if any: the first clause on a noun above it, when its verb is a
    participle and not a present one (Dutch tags give a participle's form only)."""
    chain = head_chain(tokens, k, base, limit=len(tokens))
    clause = next((j for j in chain if tokens[j].dep == "acl"), None)
    if clause is None or "VerbForm=Part" not in tokens[clause].morph or "Tense=Pres" in tokens[clause].morph:
        return None
    return clause


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
