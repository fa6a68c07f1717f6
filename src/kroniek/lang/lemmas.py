"""The fallback lemmatizer: lemmas for a word when no parser lemma can be trusted.

One language-neutral engine; what it knows about a language is data in that language's package:

* ``irregular_lemmas.tsv``: ``FORM <tab> LEMMA <tab> KIND`` rows, KIND ``verb`` (an inflected verb
  form: "schoot" -> "schieten", "fled" -> "flee") or ``plural`` (a noun plural: "steden" -> "stad");
* ``separable_particles.txt``: particles joined in a verb's lemma ("neer" in "neerschieten"), empty
  for a language without separable verbs;
* ``lemma_rules.json``: the suffix rules, ``vowels`` plus two parts:

  ``candidates`` (:func:`candidate_lemmas`, every plausible lemma; over-generation is harmless because
  candidates are only looked up in a lexicon): ``replace`` ``[suffix, replacement, min_length]``;
  ``strip`` the inflection suffixes whose removal gives a stem (at least ``min_stem`` letters);
  each stem (and the word itself when ``vary_word``) yields ``stem + ending`` for every ``endings``,
  and, ending in a doubled consonant, ``stem[:-1] + ending`` for ``undoubled_endings``; with
  ``long_vowel`` a doubled vowel is written single before ``infinitive`` ("arresteer" -> "arresteren"),
  with ``double_consonant`` a short vowel's consonant doubles ("bezet" -> "bezetten"; not after a
  stripped ``no_doubling_after`` suffix), ``devoice`` maps a final consonant to its voiced spelling
  ("leef" -> "leven"); with ``irregular_stems`` stems are looked up in the irregular table too;
  ``participle_prefix`` is stripped (``prefix_spelling`` respelling its next letter) from words of at
  least ``participle_min`` letters ending in one of ``participle_endings``, also after a separable particle.

  ``singular`` (:func:`singular`, one singular for a plural noun): ordered rules, the first that applies
  wins: ``suffix`` (the word must be longer than ``longer``), optional ``stems`` (the rest must be one of
  them), ``after`` / ``not_after`` (the rest must / must not end in one of them), ``keep`` (the word is
  singular already), ``replacement``, ``undouble`` ("rellen" -> "rel"), ``devoice`` and ``open_syllable``
  (a single vowel before one consonant is written double: "soldaten" -> "soldaat"; not after
  ``not_after``; an ``e`` only in stems up to ``short_e_max`` letters).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from . import Language


@dataclass(frozen=True)
class _Rules:
    irregular: Mapping[str, str]  # every kind: form -> lemma
    plurals: Mapping[str, str]  # noun plurals only
    past: Mapping[str, str]  # past-tense forms only
    lemmas: frozenset[str]
    particles: tuple[str, ...]
    vowels: str
    candidates: Mapping[str, Any]
    singular: tuple[Mapping[str, Any], ...]


@lru_cache(maxsize=16)
def _rules(language: Language) -> _Rules:
    irregular: dict[str, str] = {}
    plurals: dict[str, str] = {}
    past: dict[str, str] = {}
    for row in language.table("irregular_lemmas"):
        form, lemma, kind = row[0], row[1], row[2] if len(row) > 2 else "verb"
        irregular.setdefault(form, lemma)
        if kind == "plural":
            plurals.setdefault(form, lemma)
        elif kind == "past":
            past.setdefault(form, lemma)
    spec = language.json("lemma_rules")
    return _Rules(irregular=irregular, plurals=plurals, past=past, lemmas=frozenset(irregular.values()),
                  particles=language.sequence("separable_particles"), vowels=spec["vowels"],
                  candidates=spec["candidates"], singular=tuple(spec["singular"]))


def irregular_lemmas(language: Language) -> frozenset[str]:
    """The lemmas of the language's irregular forms (a parser lemma among them is trusted as it stands)."""
    return _rules(language).lemmas


def past_forms(language: Language) -> Mapping[str, str]:
    """Irregular past-tense forms and their lemmas ("stak" -> "steken", "beval" -> "bevelen"): a tagger trained on
    little text calls some of them present."""
    return _rules(language).past


@lru_cache(maxsize=16)
def sure_past_forms(language: Language) -> frozenset[str]:
    """The irregular past forms that are past wherever they stand: not those that are also another verb's
    infinitive or present plural ("staken" of "steken", and "de leraren staken"; irregular_past_infinitives.txt)."""
    return frozenset(_rules(language).past) - language.words("irregular_past_infinitives")


def separable_particles(language: Language) -> tuple[str, ...]:
    """Particles of separable verbs, in the order they are tried."""
    return _rules(language).particles


def infinitive_ending(language: Language) -> str:
    """The ending of a verb's lemma ("en" in Dutch; empty where lemmas have none)."""
    return str(_rules(language).candidates["infinitive"])


def participle_prefix(language: Language) -> str:
    """The prefix of a participle ("ge" in Dutch; empty where participles have none)."""
    return str(_rules(language).candidates["participle_prefix"])


def _variants(stem: str, spec: Mapping[str, Any], vowels: str, doubling: bool) -> set[str]:
    out = {stem + e for e in spec["endings"]}
    if len(stem) < 3:
        return out
    last, prev = stem[-1], stem[-2]
    inf = spec["infinitive"]
    devoice: Mapping[str, str] = spec["devoice"]
    if spec["long_vowel"] and prev == stem[-3] and prev in vowels and last not in vowels:
        out |= {stem[:-2] + last + inf, stem[:-2] + devoice.get(last, last) + inf}
    if spec["double_consonant"] and doubling and last not in vowels and prev in vowels:
        out.add(stem + last + inf)
    if last in devoice:
        out.add(stem[:-1] + devoice[last] + inf)
    if last == prev and last not in vowels:
        out |= {stem[:-1] + e for e in spec["undoubled_endings"]}
    return out


@lru_cache(maxsize=65536)
def candidate_lemmas(word: str, language: Language) -> frozenset[str]:
    """Possible lemmas of ``word`` (lowercased), the word itself included."""
    w = word.lower().strip()
    if not w:
        return frozenset()
    rules = _rules(language)
    spec = rules.candidates
    irregular = rules.irregular
    out = {w}
    if w in irregular:
        out.add(irregular[w])
    for suffix, replacement, min_length in spec["replace"]:
        if w.endswith(suffix) and len(w) >= min_length:
            out.add(w[:-len(suffix)] + replacement)
    stems = {w}
    no_doubling: set[str] = set()
    for suffix in spec["strip"]:
        if w.endswith(suffix) and len(w) - len(suffix) >= spec["min_stem"]:
            stems.add(w[:-len(suffix)])
            if suffix in spec["no_doubling_after"]:
                no_doubling.add(w[:-len(suffix)])
    prefix: str = spec["participle_prefix"]
    if prefix:
        respell: Mapping[str, str] = spec["prefix_spelling"]
        participle = w.endswith(tuple(spec["participle_endings"]))  # "gearresteerd(e)"; not "geloven"
        n = len(prefix)
        for s in list(stems):
            if s.startswith(prefix) and len(s) >= spec["participle_min"] and participle:
                stems.add(respell[s[n]] + s[n + 1:] if s[n] in respell else s[n:])
            for particle in rules.particles:  # "neergeschoten" -> "neer" + "schoten"
                if s.startswith(particle + prefix) and len(s) > len(particle) + n + 2:
                    rest = s[len(particle) + n:]
                    stems.add(particle + rest)
                    hit = irregular.get(prefix + rest) or irregular.get(prefix + rest + spec["infinitive"])
                    if hit:
                        out.add(particle + hit)
                if s.startswith(particle) and len(s) > len(particle) + 3:
                    hit = irregular.get(s[len(particle):])
                    if hit:
                        out.add(particle + hit)
    if not spec["vary_word"]:
        stems.discard(w)
    for s in stems:
        out |= _variants(s, spec, rules.vowels, doubling=s not in no_doubling)
        if spec.get("irregular_stems") and s in irregular:
            out.add(irregular[s])
    return frozenset(out)


def _singular_by_rule(lw: str, rule: Mapping[str, Any], vowels: str) -> str | None:
    suffix = rule["suffix"]
    if not lw.endswith(suffix) or len(lw) <= rule.get("longer", 0):
        return None
    stem = lw[:-len(suffix)]
    if "stems" in rule and stem not in rule["stems"]:
        return None
    if "after" in rule and not stem.endswith(tuple(rule["after"])):
        return None
    if "not_after" in rule and stem.endswith(tuple(rule["not_after"])):
        return None
    if rule.get("keep"):
        return lw
    if rule.get("undouble") and len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in vowels:
        return stem[:-1]
    devoice: Mapping[str, str] = rule.get("devoice", {})
    if stem[-1:] in devoice:
        stem = stem[:-1] + devoice[stem[-1]]
    opening = rule.get("open_syllable")
    if opening and len(stem) >= 3 and stem[-1] not in vowels and stem[-2] in opening["vowels"] \
            and stem[-3] not in vowels and not stem.endswith(tuple(opening["not_after"])) \
            and not (stem[-2] == "e" and len(stem) > opening["short_e_max"]):
        stem = stem[:-1] + stem[-2] + stem[-1]  # "soldat" -> "soldaat" ("-el", "-er" stay)
    return stem + rule.get("replacement", "")


def singular(word: str, language: Language) -> str:
    """A crude singular of a plural noun ("reservisten" -> "reservist"), keeping an initial capital."""
    lw = word.lower()
    rules = _rules(language)
    out = rules.plurals.get(lw)
    if out is None:
        out = next((s for s in (_singular_by_rule(lw, r, rules.vowels) for r in rules.singular) if s is not None), lw)
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


__all__ = ["candidate_lemmas", "infinitive_ending", "irregular_lemmas", "participle_prefix", "past_forms",
           "separable_particles", "singular", "sure_past_forms"]
