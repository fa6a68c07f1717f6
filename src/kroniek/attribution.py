"""Attribution: who says what, read from a language's cue words. Shared floor of quotes, claims, conflicts, events.

Language-neutral code over the closed-class resources of :mod:`kroniek.lang` (``data/<name>.txt``):

* ``speech_verbs`` (every form of a speech/cognition verb that introduces reported speech),
  ``speech_verbs_postposed`` (forms that can follow their content: "…, zegt hij"),
  ``speech_verbs_ambiguous`` (also nouns/adjectives: a cue only before a complementizer or tagged as a verb),
  ``speech_verbs_split.tsv`` (a form that is a cue only after a particle verb: "liet … weten"),
  ``complementizers`` ("dat", "that"), ``negations`` ("niet", "not"), ``negative_indefinites`` ("niemand"),
  ``according_markers`` ("volgens", "according to"), ``attribution_adverbs`` ("aldus"),
  ``contrast_conjunctions`` ("maar", "but"), ``claimed_by_participles``, ``agent_prepositions``,
  ``definite_articles``, ``unnamed_sources``, ``role_nouns``, ``organisation_nouns``, ``voice_verbs`` ("put",
  "schat", "confirmed": a source gives a figure or its account) and ``voice_conjunctions`` (before such a clause).

Public API (each built once per language and cached):

* :func:`cues` -> :class:`SpeechCues`: the word sets above as frozensets.
* :func:`clause_split` -> a regex whose matches separate the clauses of different voices in a sentence
  (", maar …", "; …"); :func:`clause_around` cuts a sentence to the clause of a span.
* :func:`according_to` -> a regex for "volgens X" / "according to X" / "aldus X" (group 1: the marker).
* :func:`claimed_by` -> a regex anchored after a number: " claimed by Greenpeace", " geschat door de politie";
  group ``source`` is the phrase after the preposition (with its article), group ``name`` the phrase without it
  (None when no word follows).
* :func:`another_voice` -> the regex of a clause of another voice after a comma or semicolon ("…; police put the
  figure at 1,500"), for the quotes, claims and conflicts stages alike.
* :func:`alternation` -> a regex alternation of a word list (longest first; blanks inside phrases flexible).
* :func:`is_common_noun_source` -> whether a one-word name is only a common noun (role, organisation or
  collective source: "Politie", "Organisers") and so names nobody.
* :func:`before_auxiliaries` -> where a subject phrase ends before the auxiliaries the parse tags after it ("The
  Command has put the number at 19": "The Command").
* :func:`is_turn` -> whether a quote is a labelled turn of a transcript or a parliament's record ("Helen Marwood
  (Lab): ..."): its speaker's own words, inside which others' words and figures are reported.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .lang import Language, patterns
from .model import Quote, Token

__all__ = [
    "SpeechCues", "according_to", "alternation", "claimed_by", "clause_around", "clause_split", "cues", "is_common_noun_source",
    "before_auxiliaries", "is_turn",
]

_SPACE = r"[ \u00a0]+"


@dataclass(frozen=True)
class SpeechCues:
    """The closed-class words of attribution in one language (all lower case)."""

    speech_verbs: frozenset[str]
    postposed: frozenset[str]
    ambiguous: frozenset[str]
    #: form -> words of which one must stand up to four words before it ("weten" after "liet")
    split: dict[str, frozenset[str]]
    complementizers: frozenset[str]
    negations: frozenset[str]
    negative_indefinites: frozenset[str]
    according_markers: frozenset[str]
    #: markers that name a source only after a comma, closing their sentence (", per organizers.")
    closing_according_markers: frozenset[str]
    attribution_adverbs: frozenset[str]
    contrast_conjunctions: frozenset[str]
    definite_articles: frozenset[str]
    agent_prepositions: frozenset[str]
    unnamed_sources: frozenset[str]
    role_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    voice_verbs: frozenset[str]
    voice_conjunctions: frozenset[str]

    @property
    def common_sources(self) -> frozenset[str]:
        """Common nouns that can stand where a source's name would: roles, bodies and collective sources."""
        return self.role_nouns | self.organisation_nouns | self.unnamed_sources


@functools.cache
def cues(lang: Language) -> SpeechCues:
    """The attribution words of ``lang``."""
    return SpeechCues(
        speech_verbs=lang.words("speech_verbs"),
        postposed=lang.words("speech_verbs_postposed"),
        ambiguous=lang.words("speech_verbs_ambiguous"),
        split={row[0]: frozenset(row[1].split()) for row in lang.table("speech_verbs_split")},
        complementizers=lang.words("complementizers"),
        negations=lang.words("negations"),
        negative_indefinites=lang.words("negative_indefinites"),
        according_markers=lang.words("according_markers"),
        closing_according_markers=lang.words("according_markers_closing"),
        attribution_adverbs=lang.words("attribution_adverbs"),
        contrast_conjunctions=lang.words("contrast_conjunctions"),
        definite_articles=lang.words("definite_articles"),
        agent_prepositions=lang.words("agent_prepositions"),
        unnamed_sources=lang.words("unnamed_sources"),
        role_nouns=lang.words("role_nouns"),
        organisation_nouns=lang.words("organisation_nouns"),
        voice_verbs=lang.words("voice_verbs"),
        voice_conjunctions=lang.words("voice_conjunctions"),
    )


def alternation(words: frozenset[str] | tuple[str, ...]) -> str:
    """A regex alternation of ``words`` (longest first, so that a phrase beats its first word); a multi-word
    entry matches with any run of blanks between its words."""
    return patterns.alternation(words, spaces=patterns.BLANKS)


def another_voice(c: SpeechCues, articles: Iterable[str]) -> str:
    """The regex (source, to be compiled case-insensitively) of a clause in which another voice gives its account
    after a comma or semicolon: "…; police put the figure at 1,500", "…, de regering spreekt van 120", "…; officials
    confirmed one death", "; govt spokesperson 9 Oct acknowledged": an optional conjunction and article, up to four
    words (a date's number among them) and a ``voice_verbs`` verb (of one language's cues, or of several merged)."""
    return (r"\s*[,;]\s+(?:(?:" + alternation(c.voice_conjunctions) + r")\s+)?(?:(?:" + alternation(tuple(articles))
            + r")\s+)?[^\W\d_][\w'’-]*(?:\s+[^\W_][\w'’-]*){0,3}?\s+(?:" + alternation(c.voice_verbs) + r")\b")


@functools.cache
def clause_split(lang: Language) -> re.Pattern[str]:
    """Where another voice's clause starts: ", maar …", " terwijl …", "; …" (the match spans the separator)."""
    return re.compile(r",?\s+(?:" + alternation(cues(lang).contrast_conjunctions) + r")\s+|;\s*", re.IGNORECASE)


def clause_around(text: str, lang: Language, sentence: tuple[int, int], span: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``span``: cut at the separators of :func:`clause_split`."""
    start, end = sentence
    for m in clause_split(lang).finditer(text, sentence[0], sentence[1]):
        if m.end() <= span[0]:
            start = m.end()
        elif m.start() >= span[1]:
            end = min(end, m.start())
            break
    return start, end


@functools.cache
def according_to(lang: Language) -> re.Pattern[str]:
    """"volgens X", "according to X", "aldus X": group 1 is the marker, the match ends where the source begins."""
    c = cues(lang)
    return re.compile(r"\b(" + alternation(c.according_markers | c.attribution_adverbs) + r")\s+", re.IGNORECASE)


@functools.cache
def claimed_by(lang: Language) -> re.Pattern[str]:
    """The passive source right after a number: " claimed by Greenpeace", " geschat door de politie" (up to two
    words before the participle). Use as ``pattern.match(text, number_end)``."""
    c = cues(lang)
    participles = alternation(lang.words("claimed_by_participles"))
    return re.compile(
        _SPACE + r"(?:[^\W\d_]+" + _SPACE + r"){0,2}?(?:" + participles + r")" + _SPACE
        + r"(?:" + alternation(c.agent_prepositions) + r")" + _SPACE
        + r"(?P<source>(?:(?:" + alternation(c.definite_articles) + r")" + _SPACE + r")?"
        + r"(?P<name>[^\W\d_][\w-]*(?:" + _SPACE + r"[A-Z][\w-]*)*)?)", re.IGNORECASE)


def is_common_noun_source(text: str, lang: Language) -> bool:
    """A one-word name that is only a common noun ("Politie", "Organisers", "Minister"): it names nobody."""
    low = text.lower()
    return " " not in low and low in cues(lang).common_sources


def is_turn(text: str, quote: Quote) -> bool:
    """Is ``quote`` a labelled turn: a direct quote with no cue verb whose speaker's label ends in a colon right
    before it ("Stephen Ashdown: We keep ...", "DARNELL PRICE: They grabbed him"), or whose speaker's name stands
    alone on a line above it (a call's transcript: "Martin Oyarzún", then his lines)?"""
    if quote.kind != "direct" or quote.cue is not None or quote.speaker_end is None or quote.speaker_end > quote.start \
            or quote.speaker_start is None:
        return False
    between = text[quote.speaker_end:quote.start]
    name_line = text[text.rfind("\n", 0, quote.speaker_start) + 1:quote.speaker_start]
    return ("\n" not in between and ":" in between) or (between[:1] == "\n" and not name_line.strip())


def before_auxiliaries(tokens: Sequence[Token], start: int, end: int) -> int:
    """Where the phrase [start, end) ends without the auxiliaries (tagged AUX) that close it ("The Command has" put
    the number at 19, "De politie heeft" het aantal op 800 gezet). ``tokens``: the document's, by offset."""
    k = bisect.bisect_left(tokens, end, key=lambda t: t.start) - 1  # the last token that starts before the end
    trimmed = False
    while k >= 0 and tokens[k].start >= start and tokens[k].pos == "AUX":
        trimmed = True
        k -= 1
    return tokens[k].end if trimmed and k >= 0 and tokens[k].start >= start else end
