"""Sentence segmentation tuned for news text, in any registered language.

Rules, in order:
* a blank line ends a paragraph; a single newline ends a sentence unless it is a hard
  wrap (the line ends without sentence-final punctuation and the next starts in lower case),
  so headlines, intertitles and captions are sentences of their own;
* inside a paragraph a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes
  or brackets) followed by whitespace and a plausible sentence start: a capital, a digit or an
  opening quote (``,,`` of Dutch print included) - or any letter when the text is written without
  capitals (an all-lower-case report), since then case says nothing about where sentences begin;
* a full stop glued to the next sentence ("arrested.Police said") ends the sentence when a
  lower-case word stands before it and a capitalised word after it (not "nu.nl", not "U.S.A.");
* no split after a known abbreviation ("o.a.", "dhr.", "Mr.", "U.S."), an initial ("J."),
  or inside a number;
* a photo credit ("- NOS", "(foto: ANP)") ends the caption it closes, so the caption is not
  glued to the next sentence.

Abbreviations and credit words are the document language's (``segment_abbreviations``,
``segment_credit_words``); text of no known language gets those of every registered language.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .footnotes import footnotes
from .lang import Language, get_language, language_codes
from .model import Document, Sentence
from .registry import Services, StageSpec
from .settings import Settings

# News agencies credit photos in every language; a longer name comes before its prefix ("Getty Images", "Getty").
_CREDIT_AGENCIES = (
    "NOS|ANP|AFP|AP|EPA|Reuters|Getty Images|Getty|Belga|HH|Hollandse Hoogte|DPA|BBC|RTL Nieuws|RTL|NU.nl"
)
_FINAL = re.compile(r"[.!?…]+[\"”’'»)\]]*(?:\[\d{1,3}\])*(?=\s)")
_OPEN = r"(?:,,|[\"“„'‘«(\[])?"
_START = re.compile(rf"\s+({_OPEN})([A-ZÀ-Þ0-9]|'[a-z]\b)")
_START_CASELESS = re.compile(rf"\s+({_OPEN})[^\W_]")
_GLUED = re.compile(r"(?<=[a-zß-ÿ]{2}[.!?])(?=[A-ZÀ-Þ](?:[a-zß-ÿ]|\s))")
# Below this share of capitals among letters a text is taken as written without case (news has 2-5%).
_CASELESS_SHARE = 0.005
_WORD_BEFORE = re.compile(r"(\S+)$")
_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")


@dataclass(frozen=True)
class _Rules:
    abbreviations: frozenset[str]
    credit: re.Pattern[str]
    closing: frozenset[str]  # abbreviations that often end a sentence ("p.m.", "etc.")
    openers: frozenset[str]  # words that open a sentence, not a name: articles and personal pronouns


@functools.lru_cache(maxsize=16)
def _build_rules(languages: tuple[Language, ...]) -> _Rules:
    abbreviations = frozenset().union(*(lang.words("segment_abbreviations") for lang in languages))
    credit_words = sorted(frozenset().union(*(lang.words("segment_credit_words") for lang in languages)))
    credit = re.compile(
        rf"(?:\s[-–—]\s?(?:{_CREDIT_AGENCIES})|\((?:{'|'.join(map(re.escape, credit_words))})s?:?\s[^)]{{1,40}}\))"
        r"(?=\s+[\"“„'‘«(]?[A-ZÀ-Þ0-9])"
    )
    # (optional: a language registered with only its abbreviations and credit words splits as before)
    closing = frozenset().union(*(lang.words("segment_closing_abbreviations") for lang in languages
                                  if lang.has("segment_closing_abbreviations")))
    openers = frozenset().union(*(lang.words(name) for lang in languages
                                  for name in ("definite_articles", "indefinite_articles", "personal_pronouns")
                                  if lang.has(name)))
    return _Rules(abbreviations, credit, closing, openers)


def _rules(language: str | None) -> _Rules:
    codes = [language] if language else language_codes()
    return _build_rules(tuple(get_language(code) for code in codes))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs (separated by blank lines), trimmed of whitespace."""
    out, pos = [], 0
    for m in _PARAGRAPH.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [s for s in (_trim(text, a, b) for a, b in out) if s[0] < s[1]]


def lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A paragraph's lines, re-joining hard-wrapped ones."""
    spans: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        spans.append((pos, cut))
        pos = start + m.end()
    spans.append((pos, end))
    trimmed = [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]
    rows = [text[a:b] for a, b in trimmed]
    wrapped = _wrapped_block(rows)
    width = max((len(r) for r in rows), default=0)
    merged: list[tuple[int, int]] = []
    for n, (a, b) in enumerate(trimmed):
        last = rows[n - 1] if n else ""
        if merged and (_hard_wrap(last, rows[n]) or (wrapped and _open_end(last) and len(last) >= width // 2)):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


#: the longest line of a block that may have been wrapped at a fixed width (teletext, e-mail, OCR: 40 to 80)
_WRAP_WIDTH = 100


def _wrapped_block(rows: list[str]) -> bool:
    """Is a paragraph hard-wrapped at a fixed width: three or more lines, none but the last longer than a wrap
    width, and at least one that runs on into a lower-case next line? Then a line that does not end a sentence runs
    on whatever the next one starts with ("in de Leopold / II-tunnel", "reden tot / 14 uur", "Hanne /
    Claessens"); a list of headlines, each starting with a capital, is no such block."""
    return len(rows) >= 3 and all(len(r) <= _WRAP_WIDTH for r in rows[:-1]) and any(
        _hard_wrap(a, b) for a, b in zip(rows, rows[1:], strict=False))


def _open_end(line: str) -> bool:
    """Does the line stop without closing a sentence or a heading?"""
    return bool(line) and line[-1] not in ".!?…:\"”’'»)"


#: a line that says when the text was written: a few words with a year, no sentence ("maandag 21 september 2026,
#: 16.45 uur", "updated 3 March 2026 10:12"), which continues no line before it
_STAMP_LINE = re.compile(r"(?=[^\n]*\b(?:19|20)\d\d\b)(?:\S+[ \t]+){0,7}\S*[^\s.!?]$")


def _hard_wrap(prev: str, nxt: str) -> bool:
    return _open_end(prev) and nxt[:1].islower() and not _STAMP_LINE.match(nxt)


def _closes(text: str, m: re.Match[str], end: int, rules: _Rules) -> bool:
    """Does an abbreviation that often ends a sentence end this one: an article or a pronoun opens the next ("at
    around 1 p.m. A group of masked youths", not "at 1 p.m. Monday")?"""
    before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
    after = re.match(r"\s+[\"“„'‘«(]?(\w+)", text[m.end():end])
    return before is not None and before.group(1).lower() in rules.closing and after is not None \
        and after.group(1).lower() in rules.openers


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _is_abbreviation(text: str, dot: int, abbreviations: frozenset[str], caseless_text: bool = False) -> bool:
    """Whether the '.' at ``dot`` closes an abbreviation or initial rather than a sentence (in a text
    without capitals any single letter may be an initial: "john f. kennedy", "de v. s.")."""
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    word = m.group(1).lstrip("\"“„'‘«([")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and (word.isupper() or caseless_text):
        return True  # an initial: "J. Smith"
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
        return True  # U.S. / o.a. / d.w.z.
    return word.lower() in abbreviations


def split_block(text: str, start: int, end: int, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside one line or paragraph block."""
    return _split(text, start, end, _rules(language), caseless(text[start:end]))


def caseless(text: str) -> bool:
    """Whether ``text`` is written (almost) without capitals, so that case cannot mark sentence starts."""
    letters = sum(1 for c in text if c.isalpha())
    return letters > 0 and sum(1 for c in text if c.isupper()) < _CASELESS_SHARE * letters


def _split(text: str, start: int, end: int, rules: _Rules, lower_starts: bool = False,
           markers: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, int]]:
    cuts: list[int] = []
    starts = _START_CASELESS if lower_starts else _START
    for a, b in markers:  # "Amhara.57 In de nacht", "800.61 Volgens": a note's number after a full stop
        if start < a and b < end and text[a - 1] in ".!?" and starts.match(text, b, end):
            cuts.append(b)
    for m in _FINAL.finditer(text, start, end):
        if m.end() >= end:
            continue
        nxt = starts.match(text, m.end(), end)
        if not nxt:
            continue
        mark = m.group(0).rstrip("\"”’'»)]")
        if lower_starts and (len(mark) > 1 or mark == "…") and not _START.match(text, m.end(), end):
            continue  # "we are very disappointed... once we have": a pause, unless case says otherwise
        if mark == "." and _is_abbreviation(text, m.start(), rules.abbreviations, lower_starts) \
                and not _closes(text, m, end, rules):
            continue
        cuts.append(m.end())
    for m in _GLUED.finditer(text, start, end):
        if not _is_abbreviation(text, m.start() - 1, rules.abbreviations):
            cuts.append(m.start())
    for m in rules.credit.finditer(text, start, end):
        cuts.append(m.end())
    spans, pos = [], start
    for cut in sorted(set(cuts)):
        spans.append(_trim(text, pos, cut))
        pos = cut
    spans.append(_trim(text, pos, end))
    return [s for s in spans if s[0] < s[1]]


def segment(text: str, language: str | None = None) -> tuple[list[Sentence], list[tuple[int, int]]]:
    """Sentences and paragraphs of ``text`` written in ``language`` (None: any registered language)."""
    paras = paragraphs(text)
    rules = _rules(language)
    lower_starts = caseless(text)
    markers = footnotes(text).markers
    sentences: list[Sentence] = []
    for a, b in paras:
        for la, lb in lines(text, a, b):
            for sa, sb in _split(text, la, lb, rules, lower_starts, markers):
                sentences.append(Sentence(i=len(sentences), start=sa, end=sb))
    return sentences, paras


def make_stage(settings: Settings, services: Services):  # type: ignore[no-untyped-def]
    def stage(doc: Document) -> Document:
        sentences, paras = segment(doc.text, doc.language or None)
        return doc.replace(sentences=tuple(sentences), paragraphs=tuple(paras))

    return stage


STAGE = StageSpec(
    name="kroniek.segment.v1",
    factory=make_stage,
    requires=("text",),  # the language is used when known (abbreviations), not required
    assigns=("sentences", "paragraphs"),
    help="Paragraphs and sentences, tuned for news (headlines, quotes, abbreviations, photo credits).",
)
