"""Small readers shared by the handlers: named groups, the words around a match, modifiers and years."""

from __future__ import annotations

import re

from ..adjacent import token_after, token_before
from .lexicon import Lexicon


def group(m: re.Match[str], name: str) -> str | None:
    """The text of group ``name``, or None when the rule's pattern has no such group or it did not match."""
    try:
        value = m.group(name)
    except IndexError:
        return None
    return value


def norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def year2(s: str) -> int:
    """A two-digit year ("'22") in 1951..2050."""
    n = int(s.strip("'’"))
    return 2000 + n if n <= 50 else 1900 + n


def prev_word(text: str, pos: int) -> str:
    """The token before a match, past punctuation ("sinds (december)"): the floor's reading."""
    return token_before(text, pos)


def next_word(text: str, pos: int) -> str:
    """The token after a match as written ("2024%"): the floor's reading."""
    return token_after(text, pos)


def part(m: re.Match[str], lx: Lexicon) -> str | None:
    """START / MID / END from the group ``part`` ("begin", "mid-")."""
    p = group(m, "part")
    return lx.parts.get(norm(p).rstrip("-")) or lx.parts.get(norm(p)) if p else None


def rel(m: re.Match[str], lx: Lexicon, name: str = "rel") -> int | None:
    """The direction (-1, 0, 1) of the relative modifier in group ``name`` ("vorige", "next")."""
    r = group(m, name)
    return lx.relative.get(norm(r)) if r else None


def year_fields(m: re.Match[str], lx: Lexicon) -> tuple[int | None, int | None]:
    """(year, year_offset) from the groups ``year``, ``y2`` and ``yrel`` ("vorig jaar": offset -1)."""
    if y := group(m, "year"):
        return int(y), None
    if y2 := group(m, "y2"):
        return year2(y2), None
    if yr := group(m, "yrel"):
        return None, lx.relative.get(norm(yr).split()[0], 0)
    return None, None
