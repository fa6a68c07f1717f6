"""What the quantities stage knows about a language, built once per language from its data files.

Every word list lives in ``kroniek/lang/<code>/data/``; this module only compiles it. Shared resources:
``number_words.tsv`` (written cardinals), ``month_names.tsv``, ``few_words.txt`` ("enkele", "several").
The stage's own: ``quantities_scales.tsv``, ``quantities_vague.tsv``, ``quantities_units.tsv``,
``quantities_currency_signs.tsv``, ``quantities_qualifiers.tsv``, word lists ``quantities_<what>.txt``
and ``quantities.json`` with the facts and small closed lists:

* ``thousands_separator`` ("." or ","); ``text2num``: the language code ``text_to_num`` reads written
  numbers in; ``number_words_spaced``: written numbers are runs of separate words ("two hundred and
  fifty") rather than one word ("tweehonderdvijftig"); ``number_joiners``: words that join number words
  ("en"/"ën" inside a Dutch word, "and" between English ones);
* ``articles``; ``scale_articles``: articles that count only before a scale word ("een miljoen");
  ``one_words``: "one" that counts before a scale word or a noun; ``half_word`` ("een half miljoen");
  ``one_and_a_half_words`` ("anderhalf"); ``half_phrases`` ("half a" million);
* ``of_words``: "hundreds of protesters" reads through them;
* ranges: ``range_to``, ``range_and`` (only after ``range_between``), ``range_or`` (an approximate range);
  ``range_openers`` ("van ... tot"); ``date_range_words`` ("28 en 29 augustus");
* ``count_phrase`` and ``count_value_links``: "het aantal X ... op N" / "the number of X ... at N";
* ``hour_words``, ``clock_words``, ``time_prepositions``: clock times ("om 14.30 uur");
* the counted noun: ``plural_endings``; ``plural_noun_tags``, ``nominal_tags`` and ``participle_tags``:
  prefixes of the tagger's fine tags for a plural noun (it wins over a VERB coarse tag), a word in a noun's
  use ("twee jongeren", CGN ``ADJ|nom``) and a participle (skipped like an adjective); ``infinitive_tags``: an "infinitive" right after a number is a plural noun the tagger
  misread ("twintig demonstranten"); ``participle_endings`` (without tags, "18,000 attended" is a
  participle) and ``participle_exceptions``; ``inflected_adjective_ending`` (an untagged word with it is
  an adjective, unless it ends in one of ``uninflected_endings``); ``nominalized_adjective_ending``
  ("30 anderen raakten gewond"); ``untagged_plurals`` (a lower-case word with a plural ending that the
  tagger did not call a noun is still one); ``spaced_compounds`` (the last of a run of nouns is the
  head: "50 police officers"); ``plural_rule_over_lemmatizer`` (the plural rule beats the tagger's lemma).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..lang import Language
from ..lang.ages import age_after, age_before
from ..lang.partitives import partitive_after, partitive_before
from ..lang.patterns import alternation

#: a non-breaking space counts as a space between a number and its words
SPACE = r"[ \u00a0]"
WHITESPACE = r"\s+"
#: dashes between two numbers ("10-15", "3–1")
DASHES = ("-", "–", "—")


def _bounded(word: str) -> str:
    # "am" must not match "amendment"; "u." or "o'clock" end in a boundary of their own
    return re.escape(word) + (r"\b" if re.match(r"\w", word[-1:]) else "")


@dataclass(frozen=True)
class Qualifier:
    """A phrase right before a number and the bound it sets (see ``quantities_qualifiers.tsv``)."""

    phrase: str
    bound: str  # lower | upper | upper-approximate | approximate
    flags: frozenset[str]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Compiled word lists and facts of one language (build with :func:`lexicon`)."""

    language: Language
    thousands_separator: str
    text2num: str
    number_words_spaced: bool
    # scales
    scales: Mapping[str, float]
    separate_scale: re.Pattern[str]
    glued_scale: re.Pattern[str]
    glued_lower_scale: re.Pattern[str] | None
    glued_after_currency: frozenset[str]
    approximate_scales: frozenset[str]
    # written numbers
    number_word: re.Pattern[str]  # one written number in a word (glued style)
    number_pieces: frozenset[str]  # the words of a spaced written number
    number_joiners: frozenset[str]
    run_scales: Mapping[str, float]
    run_word: re.Pattern[str]
    scale_articles: frozenset[str]
    one_words: frozenset[str]
    article_scale: re.Pattern[str]
    one_and_a_half_words: frozenset[str]
    one_and_a_half_scales: frozenset[str]
    half_phrases: Mapping[str, re.Pattern[str]]  # first word -> the rest and the scale after it
    # vague amounts
    vague: Mapping[str, tuple[float, float]]
    vague_re: re.Pattern[str]
    several: re.Pattern[str]
    # units
    units: Mapping[str, str]
    unit_after: re.Pattern[str]
    glued_units: frozenset[str]
    units_not_after_space: frozenset[str]
    currency_before: re.Pattern[str]
    currency_names: Mapping[str, str]
    currency_symbol_end: re.Pattern[str]
    # qualifiers
    qualifiers: tuple[Qualifier, ...]  # longest phrase first
    count_qualifier: re.Pattern[str]
    range_openers: re.Pattern[str]
    change_verbs: str  # alternation
    between_strip: re.Pattern[str]
    between_before: re.Pattern[str]
    articles: frozenset[str]
    # ranges
    range_sep: re.Pattern[str]
    range_and: frozenset[str]
    range_or: frozenset[str]
    range_or_re: re.Pattern[str]
    date_range: re.Pattern[str]
    # exclusions
    months: frozenset[str]
    rank_words: frozenset[str]
    ranked_list: re.Pattern[str]
    year_words: frozenset[str]
    frequency_words: frozenset[str]
    fraction_words: frozenset[str]
    duration_words: frozenset[str]
    sport: re.Pattern[str]
    hour_words: frozenset[str]
    clock_after: re.Pattern[str]
    time_prepositions: frozenset[str]
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    ratio_before: re.Pattern[str]  # "een op de drie treinen", "one in three trains": a ratio, no count
    partitive: re.Pattern[str]  # "three of them", "van wie vier": a count of people named before it
    definite_articles: frozenset[str]  # "The three, including ...", "De vier werden ...": people told of before
    partitive_before: re.Pattern[str]
    # the counted noun
    function_words: frozenset[str]
    state_words: frozenset[str]
    adjectives: frozenset[str]
    of_words: frozenset[str]
    plural_endings: tuple[str, ...]
    plural_noun_tags: tuple[str, ...]
    nominal_tags: tuple[str, ...]
    participle_tags: tuple[str, ...]
    infinitive_tags: tuple[str, ...]
    participle_endings: tuple[str, ...]
    participle_exceptions: tuple[str, ...]
    inflected_adjective_ending: str | None
    uninflected_endings: tuple[str, ...]
    nominalized_adjective_ending: str | None
    untagged_plurals: bool
    spaced_compounds: bool
    plural_rule_over_lemmatizer: bool
    count_lookback: re.Pattern[str]
    count_value_link: re.Pattern[str]


def _scales(language: Language) -> tuple[dict[str, float], dict[str, frozenset[str]]]:
    values: dict[str, float] = {}
    roles: dict[str, frozenset[str]] = {}
    for row in language.table("quantities_scales"):
        values[row[0]] = float(row[1])
        roles[row[0]] = frozenset(row[2].split()) if len(row) > 2 else frozenset()
    return values, roles


def _with(roles: Mapping[str, frozenset[str]], role: str) -> list[str]:
    return [w for w, r in roles.items() if role in r]


def _qualifiers(language: Language) -> tuple[Qualifier, ...]:
    rows = [Qualifier(r[0], r[1], frozenset(r[2].split()) if len(r) > 2 else frozenset())
            for r in language.table("quantities_qualifiers")]
    return tuple(sorted(rows, key=lambda q: -len(q.phrase)))


@lru_cache(maxsize=16)
def lexicon(language: Language) -> Lexicon:
    """The quantities lexicon of ``language`` (cached: regexes are compiled once per language)."""
    facts = language.json("quantities")
    words = language.words
    scales, roles = _scales(language)
    glued = _with(roles, "glued")
    glued_lower = _with(roles, "glued-lower")
    joiners = frozenset(facts["number_joiners"])
    cardinals = list(language.mapping("number_words"))
    word_scales = _with(roles, "word")
    pieces = frozenset(p for w in cardinals + word_scales + list(facts["one_words"]) for p in re.split(r"[- ]", w))
    run_scales = {w: scales[w] for w in _with(roles, "run")}
    half_phrases: dict[str, re.Pattern[str]] = {}
    for phrase in facts["half_phrases"]:
        first, *rest = phrase.split()
        rest_re = "".join(f"{SPACE}+{re.escape(w)}" for w in rest)
        half_phrases[first] = re.compile(rf"{rest_re}{SPACE}+({alternation(_with(roles, 'half'))})(?![\w])",
                                         re.IGNORECASE)
    vague: dict[str, tuple[float, float]] = {}
    vague_alts: list[tuple[str, str]] = []
    for row in language.table("quantities_vague"):
        vague[row[0]] = (float(row[1]), float(row[2]))
        follow = rf"(?= {re.escape(row[3])}\b)" if len(row) > 3 and row[3] else ""
        vague_alts.append((row[0], re.escape(row[0]) + follow))
    vague_alts.sort(key=lambda x: -len(x[0]))
    unit_rows = language.table("quantities_units")
    units = {r[0].lower(): r[1] for r in unit_rows}
    unit_flags = {r[0].lower(): frozenset(r[2].split()) if len(r) > 2 else frozenset() for r in unit_rows}
    signs = language.mapping("quantities_currency_signs")
    symbols = [s.lower() for s in signs if not s.isalpha()]
    qualifiers = _qualifiers(language)
    between = facts["range_between"]
    to, and_, or_ = facts["range_to"], facts["range_and"], facts["range_or"]
    count = facts["count_phrase"]
    months = frozenset(row[0] for row in language.table("month_names"))
    return Lexicon(
        language=language,
        thousands_separator=facts["thousands_separator"],
        text2num=facts["text2num"],
        number_words_spaced=bool(facts["number_words_spaced"]),
        scales=scales,
        separate_scale=re.compile(rf"{SPACE}({alternation(_with(roles, 'after'))})(?![\w])", re.IGNORECASE),
        glued_scale=re.compile(rf"({alternation(glued)})(?![\w])", re.IGNORECASE),
        glued_lower_scale=re.compile(rf"({alternation(glued_lower)})(?![\w])") if glued_lower else None,
        glued_after_currency=frozenset(w.lower() for w in glued + glued_lower),
        approximate_scales=frozenset(_with(roles, "approximate")),
        number_word=re.compile(f"(?:{alternation(list(pieces) + list(joiners))})+"),
        number_pieces=pieces,
        number_joiners=joiners,
        run_scales=run_scales,
        run_word=re.compile(rf"(?:{SPACE}+(?:(?:{alternation(joiners)}){SPACE}+)?|-)([a-z]+(?:-[a-z]+)?)"),
        scale_articles=frozenset(facts["scale_articles"]),
        one_words=frozenset(facts["one_words"]),
        article_scale=re.compile(
            rf"{SPACE}({re.escape(facts['half_word'])}{SPACE})?({alternation(_with(roles, 'article'))})(?![\w])",
            re.IGNORECASE),
        one_and_a_half_words=frozenset(facts["one_and_a_half_words"]),
        one_and_a_half_scales=frozenset(_with(roles, "one-and-a-half")),
        half_phrases=half_phrases,
        vague=vague,
        vague_re=re.compile(rf"(?<![\w-])({'|'.join(alt for _, alt in vague_alts)})(?![\w-])", re.IGNORECASE),
        several=re.compile(rf"(?<![\w-])(?:{alternation(language.sequence('few_words'))}){SPACE}"
                           rf"({alternation(_with(roles, 'several'))})(?![\w-])", re.IGNORECASE),
        units=units,
        unit_after=re.compile(rf"{SPACE}?({alternation(units)})(?![\w])", re.IGNORECASE),
        glued_units=frozenset(u for u, f in unit_flags.items() if "glued" in f),
        units_not_after_space=frozenset(u for u, f in unit_flags.items() if "not-after-space" in f),
        # a sign of letters ("USD", "N") starts a word: "IN 45,000" holds no naira
        currency_before=re.compile(
            rf"((?<![^\W\d_])(?:{alternation([s for s in signs if s[0].isalpha()])})"
            rf"|{alternation([s for s in signs if not s[0].isalpha()])}){SPACE}?$"),
        currency_names={s.lower(): name for s, name in signs.items()},
        currency_symbol_end=re.compile(rf"({alternation(symbols)})\s?$"),
        qualifiers=qualifiers,
        count_qualifier=re.compile(
            rf"(?:^|\s)(?:{alternation(q.phrase for q in qualifiers if 'count' in q.flags)}){SPACE}+$", re.IGNORECASE),
        range_openers=re.compile(rf"\b({alternation(facts['range_openers'])})\b[^.]*$"),
        change_verbs=alternation(words("quantities_change_verbs")),
        between_strip=re.compile(rf"\b({alternation(between)})$"),
        between_before=re.compile(rf"(?:{alternation(between, spaces=WHITESPACE)})\s+$", re.IGNORECASE),
        articles=frozenset(facts["articles"]),
        range_sep=re.compile(rf"\s*(?:{alternation(list(DASHES) + to + and_ + or_)})\s*$", re.IGNORECASE),
        range_and=frozenset(and_),
        range_or=frozenset(or_),
        range_or_re=re.compile(rf"\b({alternation(or_)})\b"),
        date_range=re.compile(r"(?:\s*,\s*\d{1,2})*"  # "19, 24 en 31 jaar": a list of days or ages
                              rf"\s*(?:{alternation(list(facts['date_range_words']) + ['-', '–'])})\s*"
                              r"\d{1,2}\s+([^\W\d_]+)"),
        months=months,
        rank_words=words("quantities_rank_words"),
        # the numbers after the first of a list a rank word opens ("artikelen 174b, 175 en 176", "sections 3 and 4")
        ranked_list=re.compile(r"([^\W\d_]+\.?)\s+\d+[a-z]?(?:\s*,\s*\d+[a-z]?)*"
                               rf"(?:\s*,\s*|\s*,?\s+(?:{alternation(and_ + or_)})\s+)$", re.IGNORECASE),
        year_words=words("quantities_year_words"),
        frequency_words=words("quantities_frequency_words"),
        fraction_words=words("quantities_fraction_words"),
        duration_words=words("quantities_duration_words"),
        sport=re.compile(rf"\b({alternation(words('quantities_sport_words'))})\b", re.IGNORECASE),
        hour_words=frozenset(facts["hour_words"]),
        clock_after=re.compile(rf"\s*({'|'.join(_bounded(w) for w in facts['clock_words'])})", re.IGNORECASE),
        time_prepositions=frozenset(facts["time_prepositions"]),
        age_after=age_after(language),
        age_before=age_before(language),
        definite_articles=frozenset(language.words("definite_articles")),
        partitive=partitive_after(language),
        partitive_before=partitive_before(language),
        ratio_before=re.compile(rf"(?<!\w)(?:{alternation(list(facts['ratio_openers']))})\s+$", re.IGNORECASE),
        function_words=words("quantities_function_words"),
        state_words=words("quantities_state_words"),
        adjectives=words("quantities_adjectives"),
        of_words=frozenset(facts["of_words"]),
        plural_endings=tuple(facts["plural_endings"]),
        plural_noun_tags=tuple(facts["plural_noun_tags"]),
        nominal_tags=tuple(facts["nominal_tags"]),
        participle_tags=tuple(facts["participle_tags"]),
        infinitive_tags=tuple(facts["infinitive_tags"]),
        participle_endings=tuple(facts["participle_endings"]),
        participle_exceptions=tuple(facts["participle_exceptions"]),
        inflected_adjective_ending=facts["inflected_adjective_ending"],
        uninflected_endings=tuple(facts["uninflected_endings"]),
        nominalized_adjective_ending=facts["nominalized_adjective_ending"],
        untagged_plurals=bool(facts["untagged_plurals"]),
        spaced_compounds=bool(facts["spaced_compounds"]),
        plural_rule_over_lemmatizer=bool(facts["plural_rule_over_lemmatizer"]),
        count_lookback=re.compile(
            rf"(?:{alternation(count['articles'])})\s+(?:(?:{alternation(count['adjectives'])})\s+)?"
            rf"(?:{alternation(count['nouns'])})\s+(?:(?:{alternation(count['links'])})\s+)?"
            r"([^\W\d_]+(?:-[^\W\d_]+)*)", re.IGNORECASE),
        count_value_link=re.compile(rf"\b({alternation(facts['count_value_links'], spaces=' ')})\s*$", re.IGNORECASE),
    )


__all__ = ["SPACE", "Lexicon", "Qualifier", "alternation", "lexicon"]
