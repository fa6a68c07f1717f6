"""The text of one document as the quotes stage reads it: words outside direct quotes, sentences,
paragraphs, and whether a word is a speech cue (and a negated one)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ..lang import Language, get_language
from ..model import Document, Entity, Token
from .lexicon import _WORD_RE, QuoteWords, quote_words
from .records import Direct, Speaker, Word


def common_noun_entity(e: Entity, words: QuoteWords) -> bool:
    """An entity that is one common role or organisation word ("Organisers", "Police", "Politie")."""
    low = e.text.lower()
    return " " not in low and low in words.cues.common_sources


#: how many words a split cue's opener may stand before its last part ("laat de politie-eenheid Den Haag weten")
SPLIT_REACH = 6


class TextView:
    """A document's words, sentences and paragraphs, with the direct quotes found so far."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.language: Language = get_language(doc.language)
        self.w: QuoteWords = quote_words(self.language)
        self.tokens_at: dict[int, Token] = {t.start: t for t in doc.tokens}
        self.has_pos = any(t.pos for t in doc.tokens)
        # a common noun the NER took for a name ("Organisers", "Politie" at a sentence start) names nobody
        self.entities: list[Entity] = sorted((e for e in doc.entities if not common_noun_entity(e, self.w)),
                                             key=lambda e: e.start)
        self.paragraphs = list(doc.paragraphs) or [(0, len(doc.text))]
        self.directs: list[Direct] = []  # in text order, never overlapping
        self._opens: list[int] = []
        self.known_names: set[str] = set()
        self.aliases: dict[str, str] = {}  # a word of a speaker's name -> the entity it was read with
        self.spoken: list[Speaker] = []  # every named speaker found so far

    # -- words
    def words(self, a: int, b: int, skip_quotes: bool = True) -> list[Word]:
        out = []
        for m in _WORD_RE.finditer(self.text, a, b):
            if skip_quotes and self.in_direct(m.start()):
                continue
            out.append(Word(m.start(), m.end(), m.group(0)))
        return out

    def in_direct(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a direct quote (marks included)."""
        if len(self._opens) != len(self.directs):
            self._opens = [d.open_pos for d in self.directs]
        k = bisect.bisect_right(self._opens, pos) - 1
        return k >= 0 and self.directs[k].open_pos <= pos <= self.directs[k].close_pos

    def directs_overlapping(self, a: int, b: int) -> Iterator[Direct]:
        """The direct quotes (marks included) that overlap [a, b), in text order: a binary search and the few
        that follow, not a scan of every quote per cue."""
        self.in_direct(a)  # brings the starts up to date
        for k in range(max(0, bisect.bisect_right(self._opens, a) - 1), len(self.directs)):
            d = self.directs[k]
            if d.open_pos >= b:
                break
            if d.close_pos >= a:
                yield d

    def direct_before(self, pos: int) -> Direct | None:
        """The last direct quote that closes before ``pos``."""
        self.in_direct(pos)
        k = bisect.bisect_left(self._opens, pos) - 1
        while k >= 0 and self.directs[k].close_pos >= pos:  # the quote holding ``pos`` (never overlapping)
            k -= 1
        return self.directs[k] if k >= 0 else None

    def sentence_span(self, pos: int) -> tuple[int, int]:
        s = self.doc.sentence_at(pos)
        if s is None:
            s = self.doc.sentence_at(max(0, pos - 1))
        return (s.start, s.end) if s else (max(0, pos - 200), min(len(self.text), pos + 200))

    def paragraph_of(self, pos: int) -> int:
        """The paragraph containing ``pos``, else the last one before it (the first when none is)."""
        # paragraphs are in text order and do not overlap: a binary search, not a scan per call
        return max(0, bisect.bisect_right(self.paragraphs, pos, key=lambda p: p[0]) - 1)

    # -- cues
    def split_opener(self, words: list[Word], i: int, opener: frozenset[str] | set[str]) -> int | None:
        """The word before word i that opens its split cue ("liet" of "liet via een verklaring weten", "laat" of
        "laat de politie-eenheid Den Haag weten"), at most SPLIT_REACH words back, else None."""
        return next((k for k in range(i - 1, max(-1, i - 1 - SPLIT_REACH), -1) if words[k].low in opener), None)

    def is_cue(self, words: list[Word], i: int) -> bool:
        w = words[i]
        low = w.low
        split = self.w.cues.split.get(low)
        if split is not None:  # "X liet via een verklaring weten"
            return self.split_opener(words, i, split) is not None
        if low not in self.w.speech_verbs or low in self.w.cues.attribution_adverbs:
            return False
        tok = self.tokens_at.get(w.start)
        if self.has_pos and tok is not None and tok.pos in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
            return False
        if low in self.w.cues.ambiguous and not (self.has_pos and tok is not None and tok.pos in ("VERB", "AUX")):
            nxt = words[i + 1].low if i + 1 < len(words) else ""
            if nxt not in self.w.cues.complementizers:
                return False
        # not after a determiner: "de verwachte", "het gezegde"
        return not (i > 0 and words[i - 1].low in self.w.dets and not (self.has_pos and tok is not None
                                                                and tok.pos == "VERB"))

    def negated(self, words: list[Word], i: int) -> bool:
        window = [w.low for w in words[max(0, i - 2):i]] + [w.low for w in words[i + 1:i + 3]]
        return any(w in self.w.cues.negations for w in window)
