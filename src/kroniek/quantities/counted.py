"""The counted noun: what a number counts ("300.000 reservisten", "hundreds of protesters") and its lemma.

The head noun after the number (adjectives skipped, "of" read through after a vague number), or the noun
of "het aantal X ... op N" / "the number of X ... at N". With tags the tagger decides, a fine noun tag
winning over a VERB coarse tag ("40 demonstranten"); without, word lists and endings do.
"""

from __future__ import annotations

import re

from ..lang import lemmas
from ..model import Document
from .lexicon import Lexicon
from .numerals import Scanner

_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+(?:[-'’][^\W\d_]+)*)")
_NEXT_PLAIN_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")


def _plural_like(word: str, lex: Lexicon) -> bool:
    return word.endswith(lex.plural_endings)


def counted_after(sc: Scanner, end: int) -> tuple[int, int] | None:
    """Offsets of the head noun after a number: skips adjectives (and "of" after vague numbers)."""
    text, lex = sc.text, sc.lex
    pos = end
    skipped = 0
    sentence = sc.doc.sentence_at(max(0, end - 1))
    limit = sentence.end if sentence else len(text)
    while skipped <= 3:
        m = _NEXT_WORD.match(text, pos)
        if not m or m.start(1) >= limit:
            return None
        word = m.group(1)
        lw = word.lower()
        tok = sc.tokens_at.get(m.start(1))
        if lw in lex.of_words and skipped == 0 and _plural_like(text[end - 3:end], lex):
            pos, skipped = m.end(), skipped + 1
            continue
        if sc.has_pos and tok is not None:
            if skipped == 0 and lw in lex.state_words:
                nm = _NEXT_PLAIN_WORD.match(text, m.end())
                nt = sc.tokens_at.get(nm.start(1)) if nm else None
                if nt is None or nt.pos not in ("NOUN", "PROPN", "ADJ"):
                    return m.start(1), m.end(1)  # "40 gewonden", "50 injured": the state is what is counted
            if tok.pos in ("NOUN", "PROPN") or (tok.pos == "VERB" and tok.tag.startswith(lex.plural_noun_tags)) or (
                    lex.nominal_tags and tok.tag.startswith(lex.nominal_tags)) or (
                    skipped == 0 and tok.pos == "VERB" and lex.infinitive_tags and _plural_like(lw, lex)
                    and (tok.tag.startswith(lex.infinitive_tags) or _before_auxiliary(text, m.end(), sc))):
                # "twintig demonstranten" tagged as an infinitive, or as a finite verb before "werden": a noun
                # (the fine tag wins when the coarse one disagrees: "40 demonstranten" as VERB but N|soort|mv)
                head = (m.start(1), m.end(1))
                while lex.spaced_compounds:  # a compound written apart: "50 police officers" counts officers
                    nm = _NEXT_PLAIN_WORD.match(text, head[1])
                    nt = sc.tokens_at.get(nm.start(1)) if nm else None
                    if nm is None or nt is None or nt.pos != "NOUN" or nm.start(1) >= limit:
                        break
                    head = (nm.start(1), nm.end(1))
                return head
            if tok.pos in ("ADJ", "NUM") or (tok.pos == "VERB" and tok.tag.startswith(lex.participle_tags)
                                              and skipped < 2):
                nm = _NEXT_PLAIN_WORD.match(text, m.end())
                nt = sc.tokens_at.get(nm.start(1)) if nm else None
                if skipped == 0 and lw in lex.state_words and (nt is None or nt.pos not in ("NOUN", "PROPN", "ADJ")):
                    return m.start(1), m.end(1)  # "more than 50 injured", "12 dead": the state is what is counted
                if lex.nominalized_adjective_ending and tok.pos == "ADJ" \
                        and lw.endswith(lex.nominalized_adjective_ending) \
                        and (nt is None or nt.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT")):
                    return m.start(1), m.end(1)  # a noun made of an adjective: "30 anderen raakten gewond"
                pos, skipped = m.end(), skipped + 1
                continue
            if tok.pos == "X" and word[:1].isupper():
                return m.start(1), m.end(1)
            if tok.pos in ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART") or lw in lex.function_words:
                return None
            if lex.untagged_plurals and tok.pos in ("ADV", "X", "INTJ", "SYM") and word[:1].islower() \
                    and _plural_like(lw, lex) and len(lw) > 3:
                return m.start(1), m.end(1)  # a plural the tagger missed ("huishoudens" as ADV)
            return None
        if lw in lex.function_words:
            return None
        if lw.endswith(lex.participle_endings) and not lw.endswith(lex.participle_exceptions) and len(lw) > 4 \
                and lw not in lex.state_words:
            return None  # "18,000 attended", "the 10,000 claimed by …": a participle, not a noun
        if skipped == 0 and lw in lex.state_words:
            nm = _NEXT_PLAIN_WORD.match(text, m.end())
            if nm is None or nm.group(1).lower() in lex.function_words or nm.start(1) >= limit:
                return m.start(1), m.end(1)  # "50 injured when …"
        if word[:1].isupper() and not _plural_like(lw, lex):
            return None  # "2 Hansa Rostock", "286 Miguel": a name, not what is counted
        if _looks_adjective(lw, lex) and skipped < 2:
            nxt = _NEXT_PLAIN_WORD.match(text, m.end())
            if nxt and nxt.group(1).lower() not in lex.function_words and nxt.start(1) < limit:
                pos, skipped = m.end(), skipped + 1
                continue
        return m.start(1), m.end(1)
    return None


def _before_auxiliary(text: str, end: int, sc: Scanner) -> bool:
    nm = _NEXT_PLAIN_WORD.match(text, end)
    nt = sc.tokens_at.get(nm.start(1)) if nm else None
    return nt is not None and nt.pos == "AUX"


def _looks_adjective(word: str, lex: Lexicon) -> bool:
    if word in lex.adjectives:
        return True
    ending = lex.inflected_adjective_ending
    return ending is not None and word.endswith(ending) and not word.endswith(lex.uninflected_endings) \
        and len(word) > 3


def counted_lookback(doc: Document, start: int, lex: Lexicon) -> tuple[int, int] | None:
    """"het aantal vluchtelingen ... op 261.000": the noun of "aantal"/"number of" before the number."""
    s = doc.sentence_at(start)
    if s is None:
        return None
    before = doc.text[s.start:start]
    if not lex.count_value_link.search(before):
        return None
    found = None
    for m in lex.count_lookback.finditer(before):
        if m.group(1).lower() not in lex.function_words:
            found = (s.start + m.start(1), s.start + m.end(1))
    return found


def counted_lemma(sc: Scanner, start: int, word: str) -> str:
    """The lemma of a counted noun: the tagger's, or the plural rule's where it is steadier or no tagger ran."""
    tok = sc.tokens_at.get(start)
    language = sc.lex.language
    if sc.lex.plural_rule_over_lemmatizer and word.endswith(sc.lex.plural_endings):
        return lemmas.singular(word, language)  # Dutch plurals: the rule is steadier than a small lemmatizer
    if tok is not None and tok.lemma and sc.has_pos and tok.end - tok.start == len(word):
        return tok.lemma
    return lemmas.singular(word, language)


__all__ = ["counted_after", "counted_lemma", "counted_lookback"]
