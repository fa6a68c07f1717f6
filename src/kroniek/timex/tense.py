"""The tense of the clause around a time expression: past, present, future or unknown.

With spaCy's analysis (``Token.morph``) the finite verbs of the clause decide; without it
lexical cues do: future auxiliaries (zal/zullen, will, shall), past forms (was/werd/had, a
perfect: heeft/is + participle, weak past forms such as Dutch -de/-te or English -ed and common
irregular pasts). The cue nearest to the expression wins. What a language's verbs look like
comes from its ``timex_tense.json`` and ``timex_reporting_verbs.tsv`` (``kroniek.lang``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..lang import Language
from ..lang.lemmas import candidate_lemmas, sure_past_forms
from ..marks import DOUBLE_QUOTES
from ..model import Token
from .lexicon import alternation
from .spec import Tense

_WORD = re.compile(r"[\w'’]+", re.UNICODE)


@dataclass(frozen=True, eq=False)
class TenseCues:
    """One language's tense cues (``timex_tense.json``), as sets and compiled regexes."""

    clause_break: re.Pattern[str]
    future: frozenset[str]
    future_suffixes: tuple[str, ...]  # contracted auxiliaries ("they'll")
    future_lemmas: frozenset[str]
    future_hints: frozenset[str]
    future_bigrams: frozenset[tuple[str, str]]
    future_cues: frozenset[str]
    conditional: frozenset[str]
    past_aux: frozenset[str]
    past_aux_past_forms: frozenset[str]
    perfect_aux_lemmas: frozenset[str]
    not_perfect_lemmas: frozenset[str]
    be_words: frozenset[str]
    past_words: frozenset[str]
    tagged_past: frozenset[str]  # irregular past forms, past where the tagger calls them a verb ("vroeg" may be "early")
    present_words: frozenset[str]
    past_cues: frozenset[str]
    not_past: frozenset[str]
    weak_past: re.Pattern[str]
    weak_past_not_prefixes: tuple[str, ...]
    weak_past_not_suffixes: tuple[str, ...]
    participle: re.Pattern[str]
    participle_min_length: int
    not_participle_words: frozenset[str]
    participle_words: frozenset[str]
    not_participles: frozenset[str]  # adverbs that look like participles ("geleden")
    # headlinese: a title or standfirst tells in the present what happened ("Police fire tear gas at marchers on
    # Wednesday"); not in Dutch, whose titles announce in the present too ("Boeren voeren vrijdag actie")
    heading_present_is_past: bool
    # a present perfect with a day of the week: Dutch "heeft vrijdag gebeld" is past; English "have called a rally
    # on Friday" cannot be, the day is the rally's to come (when the perfect announces: not "have been charged
    # following disorder on Saturday", nor after "since": "have been held since Friday")
    perfect_takes_a_day: bool
    perfect_announcing_lemmas: frozenset[str]
    reaction_lemmas: frozenset[str]  # (the language's reaction_verbs)
    perfect_span_words: frozenset[str]
    # verbs whose perfect takes an infinitive for the participle when another infinitive follows
    # ("heeft twee mannen laten aanhouden", "zijn ... gaan staken"): Dutch's infinitivus pro participio
    ipp_infinitives: frozenset[str]
    ipp_not_after: frozenset[str]  # "om het te laten zien" is no perfect
    ipp_infinitive_ending: str | None  # how an infinitive after an IPP verb ends, without a tagger ("gaan", "zien")
    infinitive_ending: str | None
    finite_ending: tuple[str, tuple[str, ...], int] | None
    reporting: frozenset[str]  # present forms of reporting verbs: a historical present tells nothing
    reporting_lemmas: frozenset[str]
    reporting_in: re.Pattern[str]


@cache
def tense_cues(lang: Language) -> TenseCues:
    """The tense cues of ``lang`` (built once per language)."""
    d = lang.json("timex_tense")
    reporting = lang.table("timex_reporting_verbs")
    forms = frozenset(r[0] for r in reporting if r[1] == "form")
    finite = d["finite_ending"]
    return TenseCues(
        clause_break=re.compile("[,;:()" + DOUBLE_QUOTES + r"]|\s[-–—]\s|\s(?:" + alternation(d["clause_break_words"]) + r")\s",
                                re.IGNORECASE),
        future=frozenset(d["future_words"]), future_suffixes=tuple(d["future_suffixes"]),
        future_lemmas=frozenset(d["future_lemmas"]),
        future_hints=frozenset(d["future_hints"]), future_bigrams=frozenset(tuple(b) for b in d["future_bigrams"]),
        future_cues=frozenset(d["future_cue_words"]), conditional=frozenset(d["conditional_words"]),
        past_aux=frozenset(d["past_aux"]), past_aux_past_forms=frozenset(d["past_aux_past_forms"]),
        perfect_aux_lemmas=frozenset(d["perfect_aux_lemmas"]), not_perfect_lemmas=frozenset(d["not_perfect_lemmas"]),
        be_words=frozenset(d["be_words"]), past_words=lang.words("timex_past_words"),
        tagged_past=sure_past_forms(lang),
        present_words=lang.words("timex_present_words"), past_cues=frozenset(d["past_cue_words"]),
        not_past=lang.words("timex_not_past"), weak_past=re.compile(d["weak_past"]["pattern"]),
        weak_past_not_prefixes=tuple(d["weak_past"]["not_prefixes"]),
        weak_past_not_suffixes=tuple(d["weak_past"]["not_suffixes"]),
        participle=re.compile(d["participle"]["pattern"]), participle_min_length=d["participle"]["min_length"],
        not_participle_words=frozenset(d["participle"]["not"]), participle_words=frozenset(d["participle"]["words"]),
        not_participles=frozenset(d["not_participles"]), heading_present_is_past=d["heading_present_is_past"],
        perfect_takes_a_day=d["perfect_takes_a_day"], perfect_span_words=frozenset(d["perfect_span_words"]),
        perfect_announcing_lemmas=frozenset(d["perfect_announcing_lemmas"]),
        reaction_lemmas=lang.words("reaction_verbs"),
        ipp_infinitives=frozenset(d["ipp_infinitives"]),
        ipp_not_after=frozenset(d["ipp_not_after"]), ipp_infinitive_ending=d["ipp_infinitive_ending"],
        infinitive_ending=d["infinitive_ending"],
        finite_ending=None if finite is None else (finite["suffix"], tuple(finite["not_suffixes"]),
                                                   finite["min_length"]),
        reporting=forms, reporting_lemmas=frozenset(r[0] for r in reporting if r[1] == "lemma"),
        reporting_in=re.compile(r"\b(?:" + "|".join(sorted(forms)) + r")\b", re.IGNORECASE),
    )


def clause_bounds(text: str, sent_start: int, sent_end: int, start: int, end: int,
                  clause_break: re.Pattern[str]) -> tuple[int, int]:
    """The clause of the sentence around [start, end): cut at commas, colons, quotes, dashes, conjunctions."""
    a, b = sent_start, sent_end
    for m in clause_break.finditer(text, sent_start, sent_end):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    return a, b


def _words(text: str, a: int, b: int) -> list[tuple[int, str]]:
    """The words of [a, b) with their offsets, lower-cased, with a typographic apostrophe as a plain one."""
    return [(m.start(), m.group(0).lower().replace("’", "'")) for m in _WORD.finditer(text, a, b)]


def _lexical_cues(text: str, a: int, b: int, c: TenseCues) -> list[tuple[int, Tense]]:
    words = _words(text, a, b)
    cues: list[tuple[int, Tense]] = []
    ending = c.ipp_infinitive_ending
    ipp = _ipp([w for _, w in words], [bool(ending) and w.endswith(ending or "") for _, w in words], c)
    has_participle = bool(ipp) or any(_is_participle(w, c) for _, w in words)
    prev = ""
    for k, (pos, w) in enumerate(words):
        if k in ipp:
            continue
        if w in c.conditional and (k + 1 == len(words) or words[k + 1][1] not in c.perfect_aux_lemmas):
            prev = w
            cues.append((pos, "future"))  # "said talks would resume on Friday"; "would have" is past
            continue
        before, after_be, prev = prev, prev in c.be_words, w
        if (before, w) in c.future_bigrams:
            cues.append((pos, "future"))  # "is set to begin", "to be held"
            continue
        if after_be and (_weak_past(w, c) or w in c.past_words) and w not in c.future_hints:
            continue  # "are reported", "be held": a participle, not a past tense
        if w in c.future or w in c.future_hints or w.endswith(c.future_suffixes):
            cues.append((pos, "future"))
        elif w in c.past_words or w in c.past_aux and has_participle:
            cues.append((pos, "past"))
        elif w in c.reporting:
            continue
        elif w in c.present_words or (w in c.past_aux and not has_participle and w not in c.past_aux_past_forms):
            cues.append((pos, "present"))
        elif w in c.past_cues:
            cues.append((pos, "past"))
        elif w in c.future_cues:
            cues.append((pos, "future"))
        elif w not in c.not_past and len(w) >= 5 and _weak_past(w, c):
            cues.append((pos, "past"))
    return cues


def _weak_past(w: str, c: TenseCues) -> bool:
    return (c.weak_past.search(w) is not None and not w.startswith(c.weak_past_not_prefixes)
            and not w.endswith(c.weak_past_not_suffixes))


def pluperfect(text: str, lang: Language, start: int, end: int, tokens: Sequence[Token] = ()) -> bool:
    """Is [start, end) told in the pluperfect ("had ... verboden", "had banned")? From the parse where there is one
    (a past auxiliary over a participle), else from the words (a past auxiliary, a participle after it)."""
    c = tense_cues(lang)
    parsed = [t for t in tokens if start <= t.start < end and t.dep]
    if parsed:
        by_i = {t.i: t for t in parsed}
        return any(t.dep.startswith("aux") and t.text.lower() in c.past_aux_past_forms and t.head in by_i
                   and "VerbForm=Part" in by_i[t.head].morph for t in parsed)
    words = [w for _, w in _words(text, start, end)]
    return any(w in c.past_aux_past_forms and any(_is_participle(x, c) for x in words[k + 1:])
               for k, w in enumerate(words))


def _is_participle(w: str, c: TenseCues) -> bool:
    if w in c.participle_words:
        return True
    return (len(w) >= c.participle_min_length and c.participle.search(w) is not None
            and w not in c.not_participle_words)


def _ipp(words: list[str], infinitive: list[bool], c: TenseCues) -> set[int]:
    """An infinitive standing for a participle (one of the language's IPP verbs right before another
    infinitive): the indexes of both."""
    return {j for k, w in enumerate(words) if w in c.ipp_infinitives and k + 1 < len(words) and infinitive[k + 1]
            and (k == 0 or words[k - 1] not in c.ipp_not_after) for j in (k, k + 1)}


def _finite(t: Token) -> Tense | None:
    """The tense a finite verb token shows (fine-grained tag first, then morphology), or None."""
    tag = t.tag
    if tag.startswith("WW|"):  # Dutch (Alpino/CGN tags): WW|pv|tgw present, WW|pv|verl past
        if not tag.startswith("WW|pv"):
            return None
        return "past" if "|verl" in tag or t.feature("Tense") == "Past" else "present"
    if tag in ("VBD",):
        return "past"
    if tag in ("VBZ", "VBP", "MD"):
        return "present"
    if tag and not tag.startswith("WW") and tag[:1].isalpha() and tag.isupper():
        return None  # another tagged word class (NN, IN, ...)
    if tag and "|" in tag:
        return None  # a Dutch non-verb tag (N|soort|..): trust it over the morphology
    if t.pos not in ("VERB", "AUX") or t.feature("VerbForm") != "Fin":
        return None
    return "past" if t.feature("Tense") == "Past" else "present"


def _participle(t: Token, c: TenseCues) -> bool:
    if t.text.lower() in c.not_participles:
        return False  # "is een jaar geleden": 'ago', not a perfect
    return (t.feature("VerbForm") == "Part" or t.tag.startswith("WW|vd") or t.tag == "VBN"
            or _is_participle(t.text.lower(), c))


def said_to_have(tokens: Sequence[Token], k: int, c: TenseCues) -> bool:
    """Is token ``k`` a past of the future auxiliary with a perfect's auxiliary after it ("zou ... hebben
    aangereden"): a past told as what is said to have happened?"""
    return tokens[k].lemma.lower() in c.future_lemmas and tokens[k].feature("Tense") == "Past" and any(
        x.lemma.lower() in c.perfect_aux_lemmas for x in tokens[k + 1:])


def _token_cues(tokens: Sequence[Token], a: int, b: int, c: TenseCues,
                context: Sequence[Token] = ()) -> list[tuple[int, Tense]]:
    """Tense cues of the tokens in [a, b); a participle among ``context`` (the clause) also makes a perfect."""
    inside = [t for t in tokens if a <= t.start < b]
    ipp = _ipp([t.text.lower() for t in inside],
               [t.pos in ("VERB", "AUX") and t.feature("VerbForm") == "Inf" for t in inside], c)
    # a verb a perfect auxiliary hangs on is its participle whatever its tag: "hebben ... beschoten", tagged as
    # the past plural of "beschieten" it looks like
    perfect_heads = {t.head for t in (*inside, *context) if t.dep == "aux" and t.lemma.lower() in c.perfect_aux_lemmas}
    has_participle = bool(ipp) or any(_participle(t, c) for t in inside) or any(
        (_participle(t, c) or t.i in perfect_heads) and t.pos in ("VERB", "AUX") for t in (*inside, *context))
    cues: list[tuple[int, Tense]] = []
    for k, t in enumerate(inside):
        lemma, word = t.lemma.lower(), t.text.lower()
        if k in ipp:
            continue  # the infinitives of a perfect ("laten gaan") are no present forms
        if word in c.conditional and k + 1 < len(inside) and inside[k + 1].text.lower() in c.perfect_aux_lemmas:
            continue  # "would have ended": a past
        if has_participle and said_to_have(inside, k, c):
            continue  # "zou vrijdag ... hebben aangereden": what is said to have happened, a past
        if lemma in c.future_lemmas or word in c.future or word in c.future_hints or word.endswith(c.future_suffixes):
            cues.append((t.start, "future"))
            continue
        tense = _finite(t)
        lexical: Tense | None = "past" if word in c.past_words or (
            word in c.tagged_past and t.pos in ("VERB", "AUX")) else (
            "present" if word in c.present_words else None)
        if tense is None and not (lexical and t.pos in ("VERB", "AUX")):
            continue
        if lexical:
            tense = lexical  # the word list knows "gingen" better than a tagger that calls it present
        elif tense == "past" and c.infinitive_ending and word == lemma and word.endswith(c.infinitive_ending) \
                and any(x is not t and x.pos == "AUX" and _finite(x) for x in inside):
            # a form identical to its lemma beside a finite auxiliary is an infinitive ("zal ... plaatsvinden");
            # alone it is a past plural the lemmatizer missed ("Zaterdagmiddag verzamelden zich ...")
            tense = "present"
        if tense == "present" and (lemma in c.perfect_aux_lemmas or word in c.past_aux) \
                and has_participle and lemma not in c.not_perfect_lemmas:
            tense = "past"  # a perfect: "heeft ... neergeschoten", "has fled"
        if tense == "present" and (lemma in c.reporting_lemmas or word in c.reporting):
            continue  # a historical present of a speech verb tells nothing
        if tense is not None:
            cues.append((t.start, tense))
    return cues


def _governing_cues(tokens: Sequence[Token], start: int, end: int, c: TenseCues,
                    clause: Sequence[Token] = ()) -> list[tuple[int, Tense]]:
    """Tense cues of the verb the expression hangs from in the parse, with its auxiliaries.

    The syntactic head beats proximity: in "schatte het aantal vluchtelingen zondag op 261.000"
    a noun mis-tagged as a present verb may stand nearer to "zondag" than "schatte" does.
    """
    found = _governing_group(tokens, start, end, c)
    if found is None:
        return []
    group = found[1]
    # the clause's participle too: a parse may hang the auxiliary on another word ("hebben woensdag met
    # tientallen lijnbussen de wegen geblokkeerd", with "lijnbussen" read as a verb)
    return _token_cues(group, group[0].start, group[-1].end, c, clause)


def _governing_group(tokens: Sequence[Token], start: int, end: int,
                     c: TenseCues) -> tuple[Token, list[Token]] | None:
    """The verb [start, end) hangs from in the parse, and its group: the verb with its auxiliaries, copula and
    infinitive complement, in text order (None when no verb governs it)."""
    by_i = {t.i: t for t in tokens}
    node = next((t for t in tokens if start <= t.start < end), None)
    seen: set[int] = set()
    while node is not None and node.i not in seen and len(seen) < 8:
        seen.add(node.i)
        if node.pos in ("VERB", "AUX") and not start <= node.start < end:
            main = by_i.get(node.head)
            if main is not None and main.i != node.i and (node.dep.startswith(("aux", "cop")) or (
                    node.dep == "xcomp" and node.feature("VerbForm") == "Inf" and main.text.lower() in c.ipp_infinitives)):
                # "hebben maandag ... neergelegd": the perfect is the auxiliary with its participle; "heeft
                # zaterdag ... laten gaan": the infinitive's tense is that of the verb it completes
                node = main
            # with the verb's infinitive complement, which makes "zijn ... gaan staken" a perfect
            return node, sorted((t for t in tokens if t.i == node.i or (t.head == node.i and (
                t.dep.startswith(("aux", "cop")) or t.dep == "xcomp" and t.feature("VerbForm") == "Inf"))),
                key=lambda t: t.start)
        head = by_i.get(node.head)
        node = None if head is None or head.i == node.i else head
    return None


def clause_tense(text: str, lang: Language, sent_start: int, sent_end: int, start: int, end: int,
                 tokens: Sequence[Token] = ()) -> Tense | None:
    """The tense governing [start, end) in its sentence (None when nothing tells)."""
    c = tense_cues(lang)
    parsed = [t for t in tokens if sent_start <= t.start < sent_end and t.dep]
    if parsed:
        a, b = clause_bounds(text, sent_start, sent_end, start, end, c.clause_break)
        governing = _governing_cues(parsed, start, end, c, [t for t in parsed if a <= t.start < b])
        if governing:
            return min(governing, key=lambda cue: min(abs(cue[0] - start), abs(cue[0] - end)))[1]
    a, b = clause_bounds(text, sent_start, sent_end, start, end, c.clause_break)
    for lo, hi in ((a, b), (sent_start, sent_end)):
        analysed = [t for t in tokens if lo <= t.start < hi and (t.morph or t.tag)]
        # the tagger's finite verbs first; when it finds none (a verb mistagged as a noun: "meets"), the word lists
        for use_tokens in ((True, False) if analysed else (False,)):
            found = _token_cues(analysed, lo, hi, c) if use_tokens else _lexical_cues(text, lo, hi, c)
            cues = [(pos, tense) for pos, tense in found if not start <= pos < end]
            if cues:
                return min(cues, key=lambda cue: min(abs(cue[0] - start), abs(cue[0] - end)))[1]
        if c.reporting_in.search(text, lo, hi):
            return None  # "Putin says Sunday that ...": the speech verb's clause decides, and it tells nothing
    return None


def reacts_to(tokens: Sequence[Token], start: int, lang: Language) -> bool:
    """Is the day at ``start`` told after a present-tense verb that reacts to what happened ("condemns the riots of
    Saturday", "veroordeelt de rellen van zaterdagavond", "rejects the decision on Friday to shut the campus")? What
    it reacts to is done: the day is past, whatever the present tense says (and however the parse hangs it)."""
    reactions = tense_cues(lang).reaction_lemmas
    before = [t for t in tokens if t.end <= start and t.pos in ("VERB", "AUX")]
    return bool(before) and before[-1].pos == "VERB" and bool(
        ({before[-1].lemma.lower()} | candidate_lemmas(before[-1].text, lang)) & reactions)


def present_perfect_over(tokens: Sequence[Token], start: int, end: int, lang: Language) -> bool:
    """Does a present perfect of a verb that announces ("have called", "has announced") govern [start, end) in the
    parse?"""
    c = tense_cues(lang)
    found = _governing_group(tokens, start, end, c)
    if found is None:
        return False
    verb, group = found
    return any(t.text.lower() in c.past_aux - c.past_aux_past_forms for t in group) and \
        verb.feature("VerbForm") == "Part" and verb.lemma.lower() in c.perfect_announcing_lemmas


def looks_finite(word: str, lang: Language) -> bool:
    """Whether ``word`` looks like a finite verb ("groeide", "blijft", "rose"), for telling years from counts."""
    c = tense_cues(lang)
    w = word.lower()
    if w in c.past_words or w in c.present_words or w in c.future:
        return True
    if w in c.not_past or len(w) < 4:
        return False
    if c.finite_ending is not None:
        suffix, not_suffixes, min_length = c.finite_ending
        if w.endswith(suffix) and not w.endswith(not_suffixes) and len(w) >= min_length:
            return True
    return _weak_past(w, c)
