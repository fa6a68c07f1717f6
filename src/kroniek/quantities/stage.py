"""The quantities stage: numbers joined into ranges, with their unit, qualifier and counted noun."""

from __future__ import annotations

import re

from .. import attribution
from ..lang import get_language
from ..model import Document, Quantity
from ..registry import field_stage
from .counted import counted_after, counted_lemma, counted_lookback
from .exclusions import excluded, prev_word
from .lexicon import DASHES, Lexicon, lexicon
from .numerals import Atom, Scanner, parse_digits
from .qualifiers import qualifier

#: what may close a figure given on its own: punctuation, a closing quote, the line's end
_CLOSES = re.compile(r"[\s'’\"”]*(?:[.,;:!?)]|\n|$)")


def _figure_given(text: str, lex: Lexicon, start: int, end: int) -> bool:
    """Is the written number a figure a source gives on its own, counting what was counted before it: closing its
    clause after a preposition ("De overgangsregering houdt het op twee.", "a mother of five."), or before "volgens"/"according to" ("zestig volgens de politie, twintig volgens
    de verdediging")? Not after a time preposition ("at five.": a clock)."""
    after = text[end:end + 40].lstrip().lower()
    if any(after.startswith(marker + " ") for marker in attribution.cues(lex.language).according_markers):
        return True
    prev = prev_word(text, start)
    return prev in lex.function_words and prev not in lex.time_prepositions and _CLOSES.match(text, end) is not None


_NOUN_LIKE = re.compile(r"[^\W\d_]{3,}")
_LETTER_AFTER = re.compile(r"\s*[^\W\d_]")
_PREV_TOKEN = re.compile(r"(\S+)[ \u00a0]+$")
_DIGITS_ONLY = re.compile(r"\d[\d.,]*")
_THOUSANDS = re.compile(r"\d[.,\u00a0]\d{3}")
_DIGIT_AFTER = re.compile(r"[ \u00a0]+\d")


def _between_before(text: str, start: int, lex: Lexicon) -> int | None:
    window = text[max(0, start - 15):start]
    m = lex.between_before.search(window)
    return start - (len(window) - m.start()) if m else None


def _noun_between(text: str, a: int, b: int, lex: Lexicon) -> bool:
    return bool(_NOUN_LIKE.search(lex.range_or_re.sub("", text[a:b])))


def _sentence_text(doc: Document, offset: int) -> str:
    s = doc.sentence_at(offset)
    return doc.text[s.start:s.end] if s else doc.text[max(0, offset - 100):offset + 100]


def _definite_numeral(sc: Scanner, start: int, end: int) -> bool:
    """"The three, including a former teacher, were ...", "De vier werden opgepakt": a written number after a definite
    article that stands for the people told of before it (a comma, a full stop or a verb right after it)."""
    text = sc.doc.text
    prev = _PREV_TOKEN.search(text[max(0, start - 12):start])
    if prev is None or prev.group(1).lower() not in sc.lex.definite_articles:
        return False
    if text[end:end + 2].lstrip()[:1] in (",", "."):
        return True
    return _verb_after(sc, end)


def _verb_after(sc: Scanner, end: int) -> bool:
    rest = sc.doc.text[end:end + 40]
    nxt = sc.tokens_at.get(end + len(rest) - len(rest.lstrip()))  # the token right after the number
    return nxt is not None and nxt.pos in ("VERB", "AUX")


def _numeral_subject(sc: Scanner, start: int, end: int) -> bool:
    """"Fourteen are still held.", "Drie zitten nog vast": a written number that opens its sentence as its subject, a
    verb right after it, stands for the people the story told of."""
    sentence = sc.doc.sentence_at(start)
    return sentence is not None and not sc.doc.text[sentence.start:start].strip(" \"'\u201c\u2018") \
        and _verb_after(sc, end)


def _fmt(x: float | None) -> float | None:
    if x is None:
        return None
    return float(round(x, 6))


def extract(doc: Document) -> tuple[Quantity, ...]:
    """All quantities of ``doc`` (see :mod:`kroniek.quantities` for what is read and how)."""
    lex = lexicon(get_language(doc.language))
    sc = Scanner(doc, lex)
    text = doc.text
    atoms = sc.atoms()
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        low, high, start, end = a.low, a.high, a.start, a.end
        approximate = a.kind in ("vague", "approximate")
        joined: list[Atom] = [a]
        # ranges
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            sep = lex.range_sep.fullmatch(gap) if len(gap) <= 12 else None
            if sep and a.kind != "vague" and b.kind != "vague":
                word = gap.strip().lower()
                ok = word not in lex.range_and and word not in lex.range_or and word not in DASHES or (
                    word in lex.range_and and _between_before(text, a.start, lex) is not None)
                if word in lex.range_or:
                    ok = a.kind == b.kind and not _noun_between(text, a.end, b.start, lex)
                if word in DASHES:
                    ok = True
                blow, bhigh = b.low, b.high
                alow = a.low
                if ok and alow is not None and blow is not None:
                    if b.scaled and not a.scaled and alow < blow:
                        factor = blow / (parse_digits(text[b.start:b.start + 12].split()[0], lex.thousands_separator)
                                         or blow)
                        if factor > 1 and alow * factor <= blow:
                            alow = alow * factor
                    if word in DASHES and (alow >= blow or lex.sport.search(_sentence_text(doc, a.start))):
                        i += 2  # a score ("3-1") or a code: neither is a count
                        continue
                    if alow < blow:
                        low, high, end = alow, bhigh, b.end
                        approximate = approximate or word in lex.range_or
                        joined.append(b)
        i += len(joined)
        first = joined[0]
        if excluded(sc, doc, first, joined[-1], low) and first.kind != "vague":
            continue
        if any(t.start <= first.start and joined[-1].end <= t.end for t in doc.times):
            continue  # "for almost nine hours", "van 18.00 tot 06.00 uur", "Two hours later": a number inside a time
            # expression the time tagger read is part of a time, not a count
        # unit (after) or currency (before)
        unit = None
        um = lex.unit_after.match(text, end)
        if um:
            word = um.group(1).lower()
            unit = lex.units[word]
            if word in lex.units_not_after_space and text[end:end + 1] == " ":
                unit = None
            else:
                end = um.end()
        cm = sc.currency_before(start)
        if cm and unit is None:
            unit = lex.currency_names.get(cm.group(1).lower())
            start = start - (len(text[max(0, start - 5):start]) - cm.start())
        # qualifier
        mode = qualifier(text, start, lex)
        if mode == "lower" and len(joined) == 1:
            high = None if first.kind != "vague" else high
        elif mode in ("upper", "upper-approximate") and len(joined) == 1:
            if first.kind != "vague":
                low = None
            approximate = approximate or mode == "upper-approximate"
        elif mode == "approximate":
            approximate = True
        # counted noun
        counted = lemma = None
        cstart = cend = None
        if unit is None:
            found = counted_after(sc, end)
            if found is None:
                found = counted_lookback(doc, start, lex)
            if found is not None:
                cstart, cend = found
                counted = text[cstart:cend]
                if counted.lower() in lex.duration_words:
                    continue  # a duration ("drie jaar", "honderden jaren") is a time, not a count
                lemma = counted_lemma(sc, cstart, counted)
        if counted is None and unit is None and out:
            # ellipsis: "8000 deelnemers, maar de gemeente hield het op ongeveer 5000" counts deelnemers too
            prev = out[-1]
            s_prev, s_here = doc.sentence_at(prev.start), doc.sentence_at(start)
            if prev.counted is not None and prev.unit is None and s_prev == s_here \
                    and not _LETTER_AFTER.match(text[end:end + 3]):
                counted, lemma = prev.counted, prev.counted_lemma
                cstart, cend = prev.counted_start, prev.counted_end
        partitive = lex.partitive.match(text, end) or lex.partitive_before.search(text, max(0, start - 12), start) \
            or _definite_numeral(sc, start, end) or _numeral_subject(sc, start, end)
        if first.kind == "word" and len(joined) == 1 and counted is None and unit is None and mode is None \
                and not first.scaled and not partitive and not _figure_given(text, lex, start, end):
            continue  # "de twee", "one of": a written number with nothing counted is not a count ("three of them",
            # "van wie vier" count the people named before them)
        if first.kind == "word" and text[first.start:first.end].lower() in lex.one_words and counted is None:
            continue
        if first.kind == "digit" and len(joined) == 1 and counted is None and unit is None and mode is None:
            if low is not None and low != int(low):
                continue  # "20.15", "13.53": a time or a score, not a count
            prev_m = _PREV_TOKEN.search(text[max(0, start - 40):start])
            prev_tok = prev_m.group(1) if prev_m else ""
            if prev_tok.lower() in lex.articles and not _THOUSANDS.search(text[start:end]):
                continue  # "the 787 and …": a model name, not a count ("the 10,000 claimed by …" is one)
            sentence = doc.sentence_at(start)
            if _DIGITS_ONLY.fullmatch(prev_tok) or _DIGIT_AFTER.match(text[end:end + 2]) or (
                    prev_tok[:1].isupper() and prev_tok.isalpha() and sentence is not None
                    and text[sentence.start:start].strip() != prev_tok):
                continue  # a table row ("Port Vale 4 1 2 1") or a result ("Morton 1 Falkirk 0")
        out.append(Quantity(
            id=f"q{len(out) + 1}", text=text[start:end], start=start, end=end, low=_fmt(low), high=_fmt(high),
            approximate=approximate, unit=unit, counted=counted, counted_lemma=lemma,
            counted_start=cstart, counted_end=cend))
    return tuple(out)


STAGE = field_stage("kroniek.quantities.v1", extract, requires=("sentences", "tokens", "times"), assigns="quantities",
                    help="Numbers with what they count.")

__all__ = ["STAGE", "extract"]
