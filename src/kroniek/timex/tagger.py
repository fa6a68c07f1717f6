"""Recognition: regex rules (HeidelTime-style) that find time expressions and read their meaning.

Each rule (:mod:`.patterns`, from the language's ``timex_rules.tsv``) has a pattern and a handler
(:mod:`.handlers`, :mod:`.amounts`) turning a match into a :class:`Parsed` (or None to reject it,
e.g. "2020 deelnemers"). All rules run over the text; overlapping candidates are resolved
longest-match first. Spans leave out leading prepositions ("op", "in", "on") as the gold
annotations do; the optional named group ``x`` marks the span when a rule needs context words to
fire ("om 14.00 uur" -> "14.00 uur").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..lang import Language
from ..lang.ages import is_age
from .lexicon import lexicon
from .patterns import gates, rules
from .reading import prev_word
from .spec import Parsed


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    rule: str
    parsed: Parsed


def find(text: str, lang: Language, start: int = 0, end: int | None = None) -> list[Mention]:
    """Non-overlapping time mentions in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    lx = lexicon(lang)
    since = lx.fact_words("since_words")
    cands: list[tuple[int, int, int, int, int, str, Parsed]] = []
    gate = gates(lang)
    present: dict[str, bool] = {}
    for rule in rules(lang):
        if rule.needs:
            if rule.needs not in present:
                present[rule.needs] = gate[rule.needs].search(text, start, end) is not None
            if not present[rule.needs]:
                continue
        for m in rule.pattern.finditer(text, start, end):
            parsed = rule.handler(m, lx, text)
            if parsed is None:
                continue
            this_weekend = parsed.kind == "relative" and parsed.unit == "weekend" and not parsed.amount
            if (parsed.kind in ("calendar", "weekday") or this_weekend) and parsed.direction is None and \
                    prev_word(text, m.start()) in since:
                parsed = dataclasses.replace(parsed, direction=-1)  # "sinds december", "sinds het weekend": the last one
            a, b = m.span("x") if "x" in rule.pattern.groupindex and m.group("x") else m.span()
            a, b = _trim(text, a, b)
            if parsed.kind == "duration" and is_age(text, a, b, lang):
                continue  # "a 22-year-old man", "22 years old": an age, not a duration
            if a < b:
                cands.append((a, b, m.end() - m.start(), rule.priority, len(cands), rule.name, parsed))
    cands.sort(key=lambda c: (-c[2], -c[3], c[0], c[4]))
    taken: list[tuple[int, int, str, Parsed]] = []
    for a, b, _, _, _, name, parsed in cands:
        if all(b <= ta or a >= tb for ta, tb, _, _ in taken):
            taken.append((a, b, name, parsed))
    taken.sort(key=lambda t: t[0])
    return [Mention(a, b, text[a:b], name, parsed) for a, b, name, parsed in taken]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and (text[b - 1] in " \t\n,;" or (text[b - 1] == "." and not _keeps_dot(text, a, b))):
        b -= 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _keeps_dot(text: str, a: int, b: int) -> bool:
    """A final '.' belongs to the expression when it closes "a.s."/"a.m." style abbreviations."""
    return bool(re.search(r"(?:\b[a-z]\.[a-z]\.)$", text[a:b], re.I))
