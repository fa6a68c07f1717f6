"""Numbers that are no counts: ranks, dates, times, years, ages, frequencies, fractions, list numbers."""

from __future__ import annotations

import re

from ..adjacent import word_after, word_before
from ..lang.agents import names_party
from ..lettercase import capitalised, letter_case, title_cased
from ..model import Document
from .counted import counted_after
from .lexicon import Lexicon
from .numerals import Atom, Scanner
from .qualifiers import count_qualified

_LIST_NUMBER = re.compile(r"[.)]\s")
_CLOCK_OR_DECIMAL = re.compile(r"\d+[.,]\d+")
_YEAR = re.compile(r"\d{4}")
_PLAIN = re.compile(r"\d+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)[ \u00a0]+$")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
#: a heading's number: parts joined by full stops, then a capitalised heading of a few words with no full stop
_SECTION_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?[ \t]+[^\W\d_a-z][^\n.!?]{0,60}$", re.MULTILINE)
#: a rank word, its number and a short word ("van", "of") before the total
_OF_TOTAL = re.compile(r"([^\W\d_]+)\.?[ \t]+\d+[ \t]+[^\W\d_]{1,4}[ \t]+$")


def prev_word(text: str, start: int, floor: int = 0) -> str:
    """The word a number is written against before ``start`` in its sentence (``floor`` is the sentence start),
    lowercased: the floor's reading."""
    return word_before(text, start, floor)


def next_word(text: str, end: int) -> str:
    """The word a number is written against after ``end``, lowercased: the floor's reading."""
    return word_after(text, end)


def _inside_name(doc: Document, start: int) -> bool:
    """Whether a capitalised word at ``start`` is written so in cased prose, not as the first word of its
    sentence or line and not in a title-case headline, where every word takes a capital."""
    s = doc.sentence_at(start)
    floor = max(s.start if s else 0, doc.text.rfind("\n", 0, start) + 1)
    before = doc.text[floor:start]
    if not re.search(r"\w", before) or letter_case(doc.text) != "cased":
        return False
    end = s.end if s else len(doc.text)
    line_end = doc.text.find("\n", start, end)
    words = re.findall(r"[^\W\d_][\w'’-]*", doc.text[floor:line_end if line_end >= 0 else end])
    return not title_cased(words)


def _rank_word(lex: Lexicon, word: str) -> bool:
    """Is the lower-case ``word`` a rank word, with or without its abbreviation's full stop ("nr.", "art")?"""
    return word in lex.rank_words or word.rstrip(".") in lex.rank_words


def excluded(sc: Scanner, doc: Document, first: Atom, last: Atom, low: float | None) -> bool:
    """Ranks, dates, times, years, ages, frequencies, fractions, list numbers: not counts."""
    text, lex = doc.text, sc.lex
    s_here = doc.sentence_at(first.start)
    prev = prev_word(text, first.start, s_here.start if s_here else 0)  # no copy of the text per number
    nxt = next_word(text, last.end)
    if _rank_word(lex, prev):
        return True
    listed = lex.ranked_list.search(text, max(0, first.start - 60), first.start) if first.kind == "digit" else None
    if listed is not None and _rank_word(lex, listed.group(1).lower()):
        return True  # "de artikelen 174b, 175 en 176", "sections 3 and 4": the list's other numbers
    if first is last and first.kind == "digit" and text[first.start - 1:first.start] == "[" and \
            text[last.end:last.end + 1] == "]" and first.start >= 2 and not text[first.start - 2].isspace():
        return True  # a footnote marker glued to what it annotates ("15.000.[1]", "3–5[3][4]")
    if nxt in lex.months or (prev.rstrip(".") in lex.months and first.kind == "digit"):
        return True  # "8 maart", "March 8", "Aug. 4"; not "vanaf december twintig asielzoekers"
    if lex.ratio_before.search(text, max(0, first.start - 15), first.start):
        return True  # "een op de drie treinen", "one in three trains": a ratio
    date_range = lex.date_range.match(text[last.end:last.end + 30])
    if date_range and date_range.group(1).lower() in lex.months:
        return True  # "28 en 29 augustus"
    if first.kind == "digit" and date_range and date_range.group(1).lower() in lex.duration_words:
        return True  # "van 19 en 23 jaar", "aged 19 and 23 years": the first of two ages or lengths of time
    s = doc.sentence_at(first.start)
    if s is not None and first.kind == "digit" and len(re.findall(r"\w+", text[s.start:s.end])) <= 3 \
            and not counted_after(sc, last.end):
        return True  # a number alone on a line: a page, a list item, a table cell
    if nxt in lex.frequency_words or nxt in lex.fraction_words:
        return True
    if nxt in lex.hour_words and (prev in lex.time_prepositions or "." in text[first.start:first.end]):
        return True
    if lex.clock_after.match(text[last.end:last.end + 8]) and prev in lex.time_prepositions:
        return True
    raw = text[first.start:first.end]
    if first.kind == "digit" and _YEAR.fullmatch(raw) and low is not None and 1800 <= low <= 2100 and (
            prev in lex.year_words or not counted_after(sc, last.end) or text[last.end:last.end + 1] in (")", "-")) \
            and not count_qualified(text, first.start, lex):
        return True  # a year, unless a count qualifier goes before it ("ruim 2000", "more than 2000")
    if first.kind == "digit" and text[first.start - 1:first.start] == "(" and text[last.end:last.end + 1] in (")", ",") \
            and low is not None and low < 120:
        return True  # an age after a name: "Jan (45)", "verdachte 1 (26, uit Elst)"
    raw_prev = _WORD_BEFORE.search(text[max(0, first.start - 30):first.start])
    if first.kind == "digit" and low is not None and low < 100 and raw_prev is not None and text[first.start - 1] == " " \
            and names_party(lex.language, raw_prev.group(1).lower()) and counted_after(sc, last.end) is None:
        return True  # a label after a person noun, not a count: "verdachte 1 (26)", "Suspect 2 was cleared"
    if first.kind == "digit" and raw_prev and raw_prev.group(1)[:1].isupper() and _PLAIN.fullmatch(raw) \
            and raw_prev.group(1).lower() not in lex.months:
        s0 = doc.sentence_at(first.start)
        name_start = raw_prev.start(1) + max(0, first.start - 30)
        place_count = prev_word(text, name_start, s0.start if s0 else 0) in lex.function_words \
            and counted_after(sc, last.end) is not None  # "in Rotterdam 312 supporters": a place, then a count
        if s0 is not None and text[s0.start:name_start].strip() and not place_count:
            return True  # a model or a name: "Boeing 737", "Apollo 11", "Formule 1"
    if first.kind == "word" and raw_prev and capitalised(raw_prev.group(1)) and capitalised(raw) \
            and raw_prev.group(1).lower() not in lex.months and _inside_name(doc, first.start):
        return True  # a number word that a name goes on with: "Region Ten chairman", "Gate Four"
    if first.kind == "digit" and low is not None and low < 120 and text[last.end:last.end + 1] in (",", ".") \
            and _NAME_COMMA_BEFORE.search(text[max(0, first.start - 40):first.start]):
        return True  # an age after a name: "Abdul Karim, 32, said", "... of Pos Gob, Angah Busu, 61."
    if first.kind == "digit" and lex.age_after.match(text, last.end):  # in place: no copy of the rest
        return True
    if lex.age_before.search(text, max(0, first.start - 30), first.start):
        return True  # "the suspects, aged between 19 and 64"
    line_start = text.rfind("\n", 0, first.start) + 1
    if not text[line_start:first.start].strip() and _LIST_NUMBER.match(text[last.end:last.end + 2]):
        return True  # "1. " list numbering
    if not text[line_start:first.start].strip() and _SECTION_NUMBER.match(text, first.start):
        return True  # a section's number before its heading ("3.2.1 Gewapend conflict")
    of = _OF_TOTAL.search(text, max(0, first.start - 30), first.start)
    if of is not None and of.group(1).lower() in lex.rank_words:
        return True  # "Pagina 23 van 71", "page 2 of 5": the count the rank is one of
    return bool(_CLOCK_OR_DECIMAL.fullmatch(raw)) and nxt in lex.hour_words


__all__ = ["excluded", "next_word", "prev_word"]
