"""Word lists as regular expressions: the one way kroniek turns a language's list into an alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable

#: blanks inside a phrase of the list match any run of whitespace in the text ("according  to", a line break)
BLANKS = r"\s+"


def alternation(words: Iterable[str], *, spaces: str = " ") -> str:
    """A regex alternation (no group) of ``words``, longest first so that a phrase beats the word it starts with.

    A blank inside a word matches ``spaces`` (itself by default; :data:`BLANKS` for any whitespace). An empty list
    gives a pattern that never matches: a language may lack a construction.
    """
    unique = set(words)
    if not unique:
        return "(?!)"
    return "|".join(re.escape(w).replace(r"\ ", spaces) for w in sorted(unique, key=lambda w: (-len(w), w)))
