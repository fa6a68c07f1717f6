"""Spellings the parsing models learned less well, read as the ones they learned (``tokenizer_spellings``):
British "organised" as "organized", "defence" as "defense". One character for one, so every offset holds and the
text kroniek keeps is the text that came in; only what the tagger and the parser read changes."""

from __future__ import annotations

import re
from functools import cache

from ..errors import ResourceError
from ..lang import Language


@cache
def _swaps(language: Language) -> tuple[re.Pattern[str], dict[str, str], tuple[str, ...]] | None:
    """The pattern of every variant form, each variant stem's learned one, and the variant stems longest first."""
    rows = language.table("tokenizer_spellings") if language.has("tokenizer_spellings") else ()
    if not rows:
        return None
    learned: dict[str, str] = {}
    words: list[str] = []
    for row in rows:
        if len(row) != 3 or len(row[0]) != len(row[1]):
            raise ResourceError(f"language {language.code}: tokenizer_spellings.tsv row {row!r} needs a variant "
                                "stem, a learned stem of the same length and its endings")
        variant = row[0].lower()
        learned[variant] = row[1].lower()
        for ending in row[2].split("/"):
            ending = "" if ending == "-" else ending.lower()
            words.append(variant + ending)
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE), learned, tuple(sorted(learned, key=len, reverse=True))


def learned_spelling(text: str, language: Language) -> str:
    """``text`` with each variant spelling of ``language`` made the learned one, letter case kept."""
    found = _swaps(language)
    if found is None:
        return text
    pattern, learned, stems = found

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        stem = next(s for s in stems if word.lower().startswith(s))
        new = learned[stem]
        head = "".join(n.upper() if o.isupper() else n for o, n in zip(word, new, strict=False))
        return head + word[len(new):]

    return pattern.sub(swap, text)
