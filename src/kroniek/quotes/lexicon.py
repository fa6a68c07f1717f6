"""The closed-class words of the quotes stage for one language, and word-level phrase helpers.

:func:`quote_words` reads them once per language: the attribution floor's cues (speech verbs, negations,
complementizers, role/organisation/collective-source nouns), the shared closed-class lists (pronouns,
determiners, titles, name particles, ...) and the stage's own ``data/quotes.json`` (space-separated word lists
and scalar facts, one key per rule: see the fields of :class:`QuoteWords`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass

from .. import attribution
from ..attribution import SpeechCues
from ..lang import Language, get_language, language_codes
from ..lang.patterns import alternation
from .records import Word

_WORD_RE = re.compile(r"[A-Z]\.(?=\s+[A-Z])|[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")  # "R." in "Michael R. Golden"


@dataclass(frozen=True)
class QuoteWords:
    """What the quotes stage knows about one language (all lower case)."""

    cues: SpeechCues
    speech_verbs: frozenset[str]
    pronouns: frozenset[str]
    group_pronouns: frozenset[str]  # pronouns that may point back to a body ("de politie … ze")
    dets: frozenset[str]
    definite_articles: frozenset[str]
    roles: frozenset[str]
    role_suffixes: tuple[str, ...]
    orgs: frozenset[str]
    message_nouns: frozenset[str]
    titles: frozenset[str]
    connectors: frozenset[str]
    particles: tuple[str, ...]  # name particles, for a regex
    non_names: frozenset[str]  # capitalised words that are no name: weekdays, months, "I"
    stops: frozenset[str]  # words that end a noun phrase
    stops_before: frozenset[str]  # ... read backwards from a cue: not a genitive ("the president of X said")
    aux: frozenset[str]
    passive_aux: frozenset[str]
    skip_before: frozenset[str]  # words between a subject and its cue ("wil", "also")
    generic: frozenset[str]
    relatives: frozenset[str]
    own_words: frozenset[str]  # "volgens eigen zeggen", "by its own account": the source is the subject
    not_sources: frozenset[str]
    head_prepositions: frozenset[str]
    channel_prepositions: frozenset[str]  # "Sender via SMS": what follows names the channel, not the speaker
    body_nouns: frozenset[str]
    affiliation_prepositions: tuple[str, ...]  # "Anja de Vries van …", "X of/at/for …": no head name after them
    employer_prepositions: frozenset[str]  # a name after them is not the speaker ("spokesman for X")
    message_source_prepositions: frozenset[str]  # "het bericht van X", "a statement from X"
    np_prepositions: frozenset[str]  # a noun phrase goes on over them ("minister van Defensie")
    genitive_prepositions: frozenset[str]
    origin_prepositions: frozenset[str]  # "Police in Kenya said": a place after the subject, within its phrase
    coordinators: frozenset[str]  # "en", "maar", "of"
    clause_coordinators: frozenset[str]  # "maar", "en": a second verb of the same subject
    voice_conjunctions: frozenset[str]  # conjunctions before another voice's clause
    contrast_subordinators: frozenset[str]  # "terwijl", "while": another voice after a comma
    subject_adverbs: frozenset[str]  # adverbs that may stand before a subject ("ook", "today")
    speech_participles: frozenset[str]  # ", saying …": the subject of the sentence speaks
    anaphoric_openers: frozenset[str]  # "Zo luidde het bericht van …", "That is what X said"
    anaphoric_subjects: frozenset[str]  # "Dat zegt minister X."
    have_auxiliaries: frozenset[str]  # "Dat heeft X gezegd."
    zero_that: frozenset[str]  # cues whose clause may go without "that" ("said 66 people were …")
    infinitive_cues: frozenset[str]  # cues whose report may be an infinitive clause ("liet weten ... over te nemen")
    infinitive_markers: frozenset[str]  # the word before such a clause's infinitive ("te")
    addressee_verbs: frozenset[str]  # "told Reuters": the noun after the cue listens
    approximators: frozenset[str]
    zero_that_stops: frozenset[str]
    number_starts: frozenset[str]
    estimate_verbs: frozenset[str]
    estimate_participles: frozenset[str]
    put_verbs: frozenset[str]  # "put the number at": an estimate only with such an object
    characterising_verbs: frozenset[str]  # "blamed 'political opportunists'": a short quotation its subject gives
    slogan_verbs: frozenset[str]  # "chanted 'Volkel zegt nee'", "placards reading": a slogan (lemmas, or a stem: "scandeer")
    narrator_labels: frozenset[str]  # a transcript's labels of the programme's own voices ("HOST", "VOICE-OVER")
    verb_second: bool  # the subject may follow the finite verb ("Bij de blokkade schat de politie …")
    bare_plural_suffix: str  # without a tagger, a word with it continues a compound ("aid agencies")
    apposition: re.Pattern[str]
    estimate_object: re.Pattern[str]
    put_object: re.Pattern[str]
    asyndetic_voice: re.Pattern[str]
    other_voice: re.Pattern[str]
    demonym: re.Pattern[str]  # a capitalised adjective of origin ("Russische", "Brazilian")
    inflected_adjective_endings: tuple[str, ...]  # "de verwachte", unless one of the exceptions ("politie")
    inflected_adjective_exceptions: tuple[str, ...]
    adjective_suffix: re.Pattern[str]  # "national", "former" … before a noun
    attributive_name: re.Pattern[str]  # a capitalised word qualifying the next ("Poetins spreekbuis")
    genitive_endings: tuple[str, ...]
    elision: re.Pattern[str]  # "'s avonds", "'t", "'em": an apostrophe that opens no quote

    def is_role(self, low: str) -> bool:
        """Whether the lower-case word names a role ("woordvoerder", "fractievoorzitter" by its ending)."""
        return low in self.roles or low.endswith(self.role_suffixes)


def _items(value: object) -> list[str]:
    """A list of regex pieces as it is, a string of words split."""
    return [str(v) for v in value] if isinstance(value, list) else str(value).split()


#: facts of the document's own language: its syntax, not its vocabulary
_OWN_SYNTAX = frozenset({"zero_that_verbs", "verb_second", "bare_plural_suffix"})


def quote_words(lang: Language) -> QuoteWords:
    """The words the quotes stage reads in a document of ``lang``, built once per set of registered languages.

    News quotes across languages: Dutch articles keep English names, titles and bodies ("General Motors",
    "Chairman", "Voluntary Organisations zegt"), English ones Dutch names ("Dan"). So the closed-class words are
    those of every registered language, and only the syntax facts (``_OWN_SYNTAX``: clauses without "that",
    verb-second subjects, plural compounds) are the document's own language's."""
    return _quote_words(lang, tuple(get_language(code) for code in language_codes()))


def _merged_cues(languages: tuple[Language, ...]) -> SpeechCues:
    each = [attribution.cues(other) for other in languages]
    merged: dict[str, object] = {}
    for f in dataclasses.fields(SpeechCues):
        values = [getattr(c, f.name) for c in each]
        if isinstance(values[0], dict):
            merged[f.name] = {k: frozenset().union(*(v.get(k, frozenset()) for v in values))
                              for k in sorted({k for v in values for k in v})}
        else:
            merged[f.name] = frozenset().union(*values)
    return SpeechCues(**merged)  # type: ignore[arg-type]


@functools.cache
def _quote_words(lang: Language, languages: tuple[Language, ...]) -> QuoteWords:
    if lang not in languages:
        languages = (lang, *languages)
    cues = _merged_cues(languages)
    own = lang.json("quotes")

    def seq(name: str) -> tuple[str, ...]:
        sources = [own] if name in _OWN_SYNTAX else [other.json("quotes") for other in languages]
        return tuple(dict.fromkeys(w for facts in sources for w in _items(facts[name])))

    def fact(name: str) -> frozenset[str]:
        return frozenset(seq(name))

    def words(name: str) -> frozenset[str]:
        return frozenset(w for other in languages for w in other.sequence(name))

    def ordered(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for other in languages for w in other.sequence(name)))

    firsts = {row[0] for other in languages for name in ("weekday_names", "month_names") for row in other.table(name)
              if row[2:3] == ("full",)}
    put_det, put_nouns = seq("put_object_determiners"), seq("put_object_nouns")
    articles = tuple(sorted(cues.definite_articles)) + ordered("indefinite_articles")
    return QuoteWords(
        cues=cues, speech_verbs=cues.speech_verbs, pronouns=words("personal_pronouns"),
        group_pronouns=words("group_pronouns"), dets=words("determiners"), definite_articles=cues.definite_articles,
        roles=cues.role_nouns, role_suffixes=ordered("role_suffixes"), orgs=cues.organisation_nouns,
        message_nouns=words("message_nouns"), titles=words("titles"), connectors=words("name_connectors"),
        particles=ordered("name_particles"), non_names=frozenset(firsts) | fact("first_person"),
        stops=words("phrase_boundaries"), stops_before=words("phrase_boundaries") - fact("genitive_prepositions"), aux=words("auxiliaries"), passive_aux=words("passive_auxiliaries"),
        skip_before=fact("cue_preverbal_words"), generic=words("generic_subjects"), relatives=words("relative_pronouns"), own_words=words("own_words"),
        not_sources=fact("not_sources"), head_prepositions=fact("head_prepositions"), channel_prepositions=fact("channel_prepositions"), body_nouns=fact("body_nouns"),
        affiliation_prepositions=seq("affiliation_prepositions"), employer_prepositions=fact("employer_prepositions"),
        message_source_prepositions=fact("message_source_prepositions"), np_prepositions=fact("np_prepositions"),
        genitive_prepositions=fact("genitive_prepositions"), coordinators=fact("coordinators"),
        origin_prepositions=fact("origin_prepositions"),
        clause_coordinators=fact("clause_coordinators"), voice_conjunctions=cues.voice_conjunctions,
        contrast_subordinators=fact("contrast_subordinators"), subject_adverbs=fact("subject_adverbs"),
        speech_participles=fact("speech_participles"), anaphoric_openers=fact("anaphoric_openers"),
        anaphoric_subjects=fact("anaphoric_subjects"), have_auxiliaries=fact("have_auxiliaries"),
        zero_that=fact("zero_that_verbs"), infinitive_cues=fact("infinitive_cue_words"),
        infinitive_markers=fact("infinitive_markers"), addressee_verbs=fact("addressee_verbs"), approximators=fact("approximators"),
        zero_that_stops=fact("zero_that_stops"), number_starts=fact("number_starts"),
        estimate_verbs=fact("estimate_verbs"), estimate_participles=fact("estimate_participles"),
        put_verbs=fact("put_verbs"), characterising_verbs=fact("characterising_verbs"),
        slogan_verbs=fact("slogan_verbs"), narrator_labels=fact("narrator_labels"), verb_second=bool(own["verb_second"]),
        bare_plural_suffix=str(own["bare_plural_suffix"]),
        # an apposition after a speaker's name: "said Nino Lomjaria, a former public defender, who …"
        apposition=re.compile(
            r",\s+((?:" + alternation(articles) + r")\s+[^,.;:!?\"”]{2,60}?|(?!(?:" + alternation(seq("apposition_stops"))
            + r")\b)[a-zà-ÿ][^,.;:!?\"”]{2,60}?)\s*(?=[,.;!?]|$)"),
        estimate_object=re.compile(
            r"\s+(?:(?:" + alternation(seq("estimate_object_determiners")) + r")\s+)?(?:[^\W\d_]+\s+){0,4}?(?:"
            + alternation(seq("estimate_prepositions")) + r")\s+(?:[^\W\d_]+\s+){0,4}?(?:\d|(?:"
            + alternation(seq("estimate_number_words")) + r")\w*\b)", re.IGNORECASE),
        # "put it at", "put the figure at"; a language without such an idiom never matches
        put_object=re.compile(r"\s+(?:(?:" + alternation(seq("put_object_pronouns")) + r")\b|(?:" + alternation(put_det)
                              + r")\s+(?:[^\W\d_]+\s+){0,2}?(?:" + alternation(put_nouns) + r")\b)" if put_nouns else r"(?!)",
                              re.IGNORECASE),
        # a comma (or semicolon) and a new subject with a verb of giving a figure: another voice without "maar"
        demonym=re.compile(r"(" + "|".join(seq("demonym_endings")) + r")$"),
        inflected_adjective_endings=seq("inflected_adjective_endings"),
        inflected_adjective_exceptions=seq("inflected_adjective_exceptions"),
        adjective_suffix=re.compile(r"(" + "|".join(seq("adjective_suffixes")) + r")$" if seq("adjective_suffixes")
                                    else r"(?!)"),
        attributive_name=re.compile(r"(" + "|".join(seq("attributive_name_endings")) + r")$"),
        genitive_endings=seq("genitive_endings"),
        elision=re.compile(r"(" + "|".join(seq("elisions")) + r")\b"),
        other_voice=re.compile(r",?\s+(?:" + attribution.alternation(cues.contrast_conjunctions) + r")\s+|;\s*",
                               re.IGNORECASE),
        asyndetic_voice=re.compile(attribution.another_voice(cues, articles) + r"(?=\s+\S)", re.IGNORECASE),
    )




def adjective_like(qw: QuoteWords, w: Word, nxt: Word | None) -> bool:
    if nxt is None or not nxt.text[:1].isalpha():
        return False
    low = w.low
    if w.text[:1].isupper():
        return bool(qw.demonym.search(low)) and nxt.text[:1].islower()
    if qw.inflected_adjective_endings and low.endswith(qw.inflected_adjective_endings) \
            and not low.endswith(qw.inflected_adjective_exceptions):
        return True
    return bool(qw.adjective_suffix.search(low)) and nxt.low not in qw.aux and nxt.low not in qw.speech_verbs


def simple_np(qw: QuoteWords, words: list[Word], j: int, depth: int) -> int:
    """End (exclusive word index) of a noun phrase from ``j``: [det] adj* noun [van/of NP] or a name."""
    n = len(words)
    k = j
    if k >= n or not words[k].text[:1].isalpha():
        return j
    first = words[k]
    if first.text[:1].isupper() and first.low not in qw.dets and not adjective_like(qw, first, words[k + 1] if k + 1 < n
                                                                                     else None):
        k += 1
        while k < n and (words[k].text[:1].isupper() and words[k].text[:1].isalpha() or (
                words[k].low in qw.connectors and k + 1 < n and words[k + 1].text[:1].isupper())):
            k += 1
        if depth < 2 and k < n and qw.is_role(words[k].low):
            # a body's name before a role ("KRG spokesperson Sarkawt Hassan", "Amnesty researcher Joanne Mariner"):
            # the role, and the name after it, are the phrase's head
            k += 1
            while k < n and words[k].text[:1].isupper() and words[k].text[:1].isalpha():
                k += 1
            return k
        if depth < 2 and k + 1 < n and words[k].low in qw.genitive_prepositions and any(
                words[x].low in qw.orgs for x in range(j, k)):
            k2 = simple_np(qw, words, k + 1, depth + 1)
            if k2 > k + 1:
                k = k2
        return k
    if first.low in qw.dets:
        k += 1
        if k < n and words[k].text[:1].isupper() and words[k].text[:1].isalpha() and not adjective_like(qw,
                words[k], words[k + 1] if k + 1 < n else None):
            return simple_np(qw, words, k, depth)
    while k < n and adjective_like(qw, words[k], words[k + 1] if k + 1 < n else None) and k - j < 4:
        k += 1
    if k < n and words[k].text[:1].isalpha() and words[k].low not in qw.stops and words[k].low not in qw.aux:
        k += 1
        if k < n and words[k - 1].text[:1].islower() and words[k].text[:1].isupper() and words[k].text[:1].isalpha():
            return simple_np(qw, words, k, depth)  # "organisator Extinction Rebellion", "minister Jan de Vries"
        while k < n and words[k - 1].text[:1].islower() and qw.is_role(words[k].low):
            k += 1  # a body's noun before a role: "a prefectural assembly member", "a union shop steward"
    else:
        return j if k == j or words[k - 1].low in qw.dets else k
    if depth < 2 and k + 1 < n and (words[k].low in qw.np_prepositions or (
            words[k].low in qw.affiliation_prepositions and words[k - 1].low in qw.roles)):
        # "a spokesman for the Darfur Bar Association", "een woordvoerder bij de politie": the role's employer
        k2 = simple_np(qw, words, k + 1, depth + 1)
        if k2 > k + 1:
            k = k2
    return k
