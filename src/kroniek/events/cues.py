"""What the events stage knows about one language, read once from :mod:`kroniek.lang` and compiled.

Word lists are the language's ``events_*.txt`` files (and shared ones: ``negations``, ``negative_indefinites``,
``reflexive_pronouns``, ``number_words``, ``weekday_names``), cue patterns its ``events_patterns.json``, grammar facts its
``events_facts.json``:

* ``verb_second``: a second subject after the verb is its object ("Rusland beschiet Oekraïne");
* ``svo_without_parse``: without a parse, actors and targets come from subject-verb-object order;
* ``participial_toll``: a later participle (", killing 8") stays the toll of the attack it follows;
  ``participial_suffix`` marks such a participle;
* ``extraposed_phrases``: a prepositional phrase may follow the verb that closes the clause while it belongs to a
  noun before that verb ("dat het om een mobilisatie ging van 300.000 reservisten");
* ``verb_final_conjuncts``: coordinated verb-final clauses ("een bus gekaapt en de passagiers gegijzeld");
* ``noun_after_preposition``: when a verb form after a preposition is a noun (participles exempt, only for
  entries without word groups, after numbers, "to" + 3rd person, a parsed NOUN after ADJ/DET/NUM, a verb
  form after article + adjective);
* ``participle_suffixes`` / ``attributive_suffixes`` / ``participle_endings``:
  how a participle looks; ``adjective_endings``: an adjective without a parse; ``adjective_participle``:
  prefix and ending of a participle used as an adjective;
* ``occurrence_frames``: weak occurrence verbs that count with their preposition ("kwam het tot");
* ``kill_idiom``: a word and verbs that together mean dying ("om het leven komen");
* ``open_compounds``: compounds are written as two nouns ("a police post"), so a noun after the head may belong to
  its phrase (not in Dutch, which writes "politiepost");
* ``weak_past_suffixes`` / ``past_tags``: how a past-tense form shows;
* ``plural_noun_endings``: a plural noun without a parse; ``noun_plurals``: how an event noun's plural is formed;
* ``agent_noun_endings``: how an agent noun ends ("trucker", "dorpeling"): after a thing's word it counts people.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import attribution
from ..lang import Language
from ..lang.agents import names_party
from ..lang.lemmas import infinitive_ending, participle_prefix, separable_particles
from ..model import Participant

#: number-word values that count people in a sentence (two to ten; also twelve and twenty ahead of a count)
SMALL_NUMBERS = frozenset(range(2, 11))
COUNT_NUMBERS = SMALL_NUMBERS | {12, 20}


@dataclass(frozen=True)
class EventCues:
    """One language's words, patterns and facts for the events stage."""

    language: Language
    words: Mapping[str, frozenset[str]]
    #: word lists read as word starts ("protester" for "protesters"), as tuples for str.startswith
    starts: Mapping[str, tuple[str, ...]]
    patterns: Mapping[str, re.Pattern[str]]
    ordered: Mapping[str, tuple[tuple[re.Pattern[str], str], ...]]
    facts: Mapping[str, Any]
    #: word beginnings and endings of the facts (``_FACT_AFFIXES``), as tuples for str.startswith/endswith
    affixes: Mapping[str, tuple[str, ...]]
    small_numbers: frozenset[str]
    slot_words: tuple[tuple[str, tuple[str, ...]], ...]
    people: tuple[str, ...]
    things: tuple[str, ...]
    infinitive: str
    #: how a participle starts: the prefix ("ge"), also after a separable particle ("neerge"); none without one
    participle_starts: tuple[str, ...]

    def word_set(self, name: str) -> frozenset[str]:
        """The word list ``name`` (see ``_WORD_LISTS`` and the derived sets of :func:`event_cues`)."""
        return self.words[name]

    def word_starts(self, name: str) -> tuple[str, ...]:
        """The word list ``name`` of ``_WORD_STARTS``, as a tuple of word starts."""
        return self.starts[name]

    def affix(self, name: str) -> tuple[str, ...]:
        """The word beginnings or endings ``name`` of ``_FACT_AFFIXES`` ("participle_endings": "d", "t", "en")."""
        return self.affixes[name]

    def pattern(self, name: str) -> re.Pattern[str]:
        """The compiled cue pattern ``name`` of ``events_patterns.json`` (or ``next_count``, ``agent``)."""
        return self.patterns[name]

    def all_police(self, parts: Sequence[Participant]) -> bool:
        """Whether ``parts`` are named and all of them the police or soldiers (the ``police`` cue pattern)."""
        police = self.patterns["police"]
        return bool(parts) and all(police.search((p.canonical or p.text).lower()) for p in parts)

    def casualty_slot(self, lemmas: set[str] | frozenset[str], words: set[str] | frozenset[str]) -> str | None:
        """"killed" or "injured" when a verb with these ``lemmas`` and ``words`` (its own form and its particles)
        says that people died or were hurt ("kwamen om het leven", "raakten zwaargewond", "were killed"), else None.
        The one reading of a casualty word, for the toll slot of a count and for who an attack hurt."""
        idiom = self.facts["kill_idiom"]  # "kwamen om het leven"
        if lemmas & self.word_set("events_kill_lemmas") or (idiom["word"] in words and lemmas & set(idiom["verbs"])) \
                or words & (self.word_set("events_kill_verb_forms") | self.word_set("events_death_words")):
            return "killed"
        if lemmas & self.word_set("events_injure_lemmas") or any(
                stem in w for w in words for stem in self.word_set("events_injury_stems")):  # "zwaargewond"
            return "injured"
        return None

    def is_thing(self, counted: str) -> bool:
        """Does a counted noun (lower case) name things or measures, whose count is no size
        (``events_thing_words``, read as word starts)? A thing word with more after it than a plural ending may
        be a person noun ("villagers", "dorpelingen", "truckers"): an agent noun's ending, or the party nouns,
        decide."""
        stems = [s for s in self.things if counted.startswith(s)]
        if not stems:
            return False
        rest = counted[len(max(stems, key=len)):]
        if rest in self.facts["noun_plurals"]["endings"]:
            return True
        return not (rest.endswith(self.affix("agent_noun_endings")) or names_party(self.language, counted))

    def slot_stems(self, slot: str) -> tuple[str, ...]:
        return next((ws for s, ws in self.slot_words if s == slot), ())


_WORD_LISTS = (
    "events_anyone_nouns", "events_dispersal_verbs", "events_order_verbs", "events_stopping_verbs",
    "events_determiners", "events_setting_prepositions", "events_bare_prepositions", "events_occurrence_verbs",
    "events_weak_occurrence_verbs", "events_light_verbs", "events_articles", "events_infinitive_markers", "events_definite_words",
    "events_deontic_modals", "events_conjunct_prepositions", "events_generic_subjects", "events_volition_verbs",
    "events_attempt_verbs", "events_attributive_adverbs", "events_noun_openers", "events_not_verb_forms",
    "events_after_particle", "events_close_prepositions", "events_noun_prepositions", "events_people_heads",
    "events_toll_lemmas", "events_casualty_lemmas", "events_toll_auxiliaries", "passive_auxiliaries", "events_violent_words",
    "events_locative_prepositions", "events_coordinators", "events_conditional_openers", "events_negative_openers",
    "events_conditional_modals",
    "events_future_words", "events_motion_future", "events_possibility_words", "events_nominal_negators",
    "events_background_openers", "events_pluperfect_auxiliaries", "events_perfect_auxiliaries", "events_relative_pronouns", "events_relative_stops",
    "events_complement_openers", "events_allegation_links", "events_clause_subordinators", "reflexive_pronouns",
    "events_target_prepositions", "events_ram_prepositions", "events_svo_auxiliaries", "events_svo_stops",
    "events_kill_lemmas", "events_injure_lemmas", "events_kill_verb_forms", "events_death_words", "events_injury_stems",
    "events_not_nouns", "events_and", "events_cue_skip_words",
    "events_existential", "events_motion_words", "events_expletives",
    "events_relative_determiners", "events_trailing_infinitive_markers", "negations", "negative_indefinites",
    "events_generic_frames", "events_free_choice", "events_free_choice_determiners", "events_culprit_words",
    "events_legal_action_lemmas", "events_abstract_targets", "events_defence_verbs",
    "events_habitual_words", "events_copulas", "events_relative_adverbs", "events_defiance_lemmas",
    "events_destined_markers", "events_caption_markers", "events_sports_labels",
    "quantities_change_verbs", "quantities_duration_words",
    "events_planning_verbs", "events_present_passive_auxiliaries", "events_offence_verbs", "events_projectile_verbs",
    "events_threat_verbs", "events_warning_verbs", "events_rate_words", "events_invitation_verbs", "events_unrest_nouns", "events_body_parts", "events_aim_prepositions", "events_free_relatives",
    "events_content_request_verbs", "events_conditional_consequents", "events_topic_prepositions",
    "events_commemoration_nouns", "events_story_anaphors", "events_against_prefixes",
    "events_obstructing_groups", "events_purpose_prepositions", "events_named_for_use", "events_further_words",
    "events_duration_prepositions", "events_label_relatives", "events_gatherings", "events_nominative_pronouns",
    "events_ongoing_predicates", "reaction_verbs",
)
#: word lists whose entries start words (a group noun and its plural; a weapon and its compounds)
_WORD_STARTS = ("events_obstructing_groups", "events_named_for_use")
#: facts that list word beginnings or endings, read with str.startswith/endswith on hot paths
_FACT_AFFIXES = ("plural_noun_endings", "adjective_endings", "participle_suffixes", "participle_endings",
                 "person_suffixes", "unstressed_prefixes", "attributive_suffixes", "agent_noun_endings")
#: patterns matched case-insensitively (the others run on lowercased text, or are case-sensitive on purpose: "ME")
_IGNORE_CASE = frozenset({
    "weapons", "sports", "sports_ambiguous", "coordination_openers", "intent", "condition", "kill_verbs", "injure_verbs", "attribution",
    "leading_junk", "end_bound", "weekday_time", "armed", "non_state", "police", "protesters", "fans", "intervention", "lethal",
    "territory", "group_change", "ceasefire", "between", "repelled", "military_target", "arms", "update_label",
})
#: lists of [pattern, value], tried in order (all case-insensitive)
_ORDERED = ("threat_modes", "assault_modes", "implied_sizes", "mobilize_modes", "contexts")


def _words(language: Language, name: str) -> frozenset[str]:
    # "_" stands for a space where an entry must end a word ("man_": "man " but not "mannen")
    return frozenset(w.replace("_", " ") for w in language.words(name))


@lru_cache(maxsize=16)
def event_cues(language: Language) -> EventCues:
    """The events stage's cues for ``language``, built once per language."""
    spec = language.json("events_patterns")
    numbers = language.mapping("number_words")
    small = frozenset(w for w, v in numbers.items() if v.isdigit() and int(v) in SMALL_NUMBERS)
    counts = sorted(w for w, v in numbers.items() if v.isdigit() and int(v) in COUNT_NUMBERS)
    weekdays = "|".join(row[0] for row in language.table("weekday_names") if len(row) > 2 and row[2] == "full")
    patterns: dict[str, re.Pattern[str]] = {}
    for name, value in spec.items():
        if name.startswith("_") or name in _ORDERED or name == "count_words":
            continue
        if name == "weekday_time":
            value = value.replace("{weekdays}", weekdays)
        patterns[name] = re.compile(value, re.IGNORECASE if name in _IGNORE_CASE else 0)
    # "Hundreds clashed, and 12 officers were wounded": a digit or a count word starts the next count
    patterns["next_count"] = re.compile(r"\d|(?<!\w)(" + "|".join(counts + [spec["count_words"]]) + r")(?!\w)")
    agents = attribution.alternation(attribution.cues(language).agent_prepositions)
    patterns["agent"] = re.compile(r"(?<!\w)(" + agents + r")\s")
    ordered = {name: tuple((re.compile(p, re.IGNORECASE if name != "mobilize_modes" else 0), v) for p, v in spec[name])
               for name in _ORDERED}
    words = {name: _words(language, name) for name in _WORD_LISTS}
    words["events_determiners"] = words["events_determiners"] | small
    words["events_indefinite_articles"] = words["events_articles"] - words["events_definite_words"]
    words["events_intention_verbs"] = words["events_volition_verbs"] | words["events_attempt_verbs"]
    # where the modality window after a trigger ends: a coordinated act or a condition has its own negation
    words["events_window_ends"] = words["events_coordinators"] | words["events_conditional_openers"]
    # verbs that carry an event noun (its negation is the noun's): "did not make any arrests"
    words["events_support_verbs"] = words["events_light_verbs"] | words["events_occurrence_verbs"]
    # a sanction still ahead: "will be dismissed", "would be struck off", "worden aangehouden"
    words["events_ahead_auxiliaries"] = words["events_future_words"] | words["events_conditional_modals"] \
        | words["events_present_passive_auxiliaries"]
    # who a sanction is promised to: a free relative or a free-choice word ("Wie zich misdraagt", "anyone caught")
    words["events_whoever_words"] = words["events_free_relatives"] | words["events_free_choice"]
    words["events_negators"] = words["negations"] | words["negative_indefinites"]
    # words that order two acts in time wherever they stand (not those that do so only after a duration)
    words["events_sequence_words"] = frozenset(row[0] for row in language.table("events_sequence_words")
                                               if row[2:3] != ("duration",))
    words["events_passive_auxiliaries"] = words["passive_auxiliaries"] | words["events_toll_auxiliaries"]
    pronouns = [row for row in language.table("actors_pronouns") if len(row) >= 3]
    # Pronouns that stand for people: persons, the speaker, a plural group ("them", "hen"); not "it"/"het".
    words["people_pronouns"] = frozenset(row[0].casefold() for row in pronouns
                                         if row[1] in ("person", "speaker") or row[1] == "group" and row[2] == "plur")
    words["speaker_pronouns"] = frozenset(row[0].casefold() for row in pronouns if row[1] == "speaker")
    # words of an actor's phrase that name no party of their own ("it", "the")
    words["partyless_words"] = frozenset(row[0].casefold() for row in pronouns) | words["events_articles"] \
        | words["events_anyone_nouns"]  # ("46 mensen": people, not a party)
    speech = attribution.cues(language)  # the attribution floor's closed-class words
    words["complementizers"] = speech.complementizers
    words["agent_prepositions"] = speech.agent_prepositions
    words["according_markers"] = speech.according_markers
    words["attribution_adverbs"] = speech.attribution_adverbs
    slots: dict[str, list[str]] = {}
    for row in language.table("events_slot_words"):
        slots.setdefault(row[0], []).append(row[1])
    facts = language.json("events_facts")
    return EventCues(
        language=language, words=words, starts={name: tuple(sorted(words[name])) for name in _WORD_STARTS},
        patterns=patterns, ordered=ordered, facts=facts, affixes={name: tuple(facts[name]) for name in _FACT_AFFIXES},
        small_numbers=small, slot_words=tuple((s, tuple(ws)) for s, ws in slots.items()),
        people=tuple(sorted(_words(language, "events_people_words"))),
        things=tuple(sorted(_words(language, "events_thing_words"))), infinitive=infinitive_ending(language),
        participle_starts=_participle_starts(language))


def _participle_starts(language: Language) -> tuple[str, ...]:
    prefix = participle_prefix(language)
    if not prefix:
        return ()
    return (prefix, *(particle + prefix for particle in separable_particles(language)))


__all__ = ["COUNT_NUMBERS", "SMALL_NUMBERS", "EventCues", "event_cues"]
