"""Quote marks, as the stages read them: one set of each kind, so that no two stages disagree on what
opens a quotation or ends a clause."""

from __future__ import annotations

#: the double quote marks in every orientation: a clause or a speaker's name never runs across one
DOUBLE_QUOTES = "\"“”„«»"
#: what may open a quotation ("…", “…”, „…”, '…', ‘…’, «…»): a sentence starting with one still starts there
OPENING_QUOTES = "\"'“„‘«"
