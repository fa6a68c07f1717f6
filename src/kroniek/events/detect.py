"""Trigger detection and typing: lexicon matches, disambiguated by clause context and the parse.

For every token the candidate lemmas (parser lemma when plausible + fallback lemmatizer) are looked
up in the language's lexicon (also as the last part of a Dutch compound: "bomaanslag" ->
"aanslag"). An entry fires when its word groups, separable particle, reflexive, complement and
``need``/``block`` conditions hold. Nominal triggers also need an *occurrence cue* (a determiner,
number or adjective before them, a support verb, or an occurrence verb such as "vond plaats",
"volgde", "broke out" in the clause), so that generic mentions ("de tijd van betogingen is
voorbij") are not events. Not triggers either: attributive participles ("de opgeroepen
rekruten"), nouns read as verbs ("de steun", "geesten van doden", "61 stemmen"), prepositions read
as particles ("kwamen in de eerste ronde"), words inside dates ("8 March") and inside names
("Rapid Support Forces"), violence words in sports reports, event nouns that only modify a person or group
noun ("rescue workers", "protest leaders", "the strike committee": the head decides) and present-tense
relative clauses that characterise an entity ("companies that supply jet fuel", "een organisatie die hulp
verleent"; a past one, "the militia that attacked the village on Monday", is an event).

The sentence-level rules that follow are in :mod:`.rules`, coordination in :mod:`.coordination`.
"""

from __future__ import annotations

import re

from ..lang.agents import names_party
from .candidate import Candidate
from .lexicon import Entry, Lexicon
from .phrases import personish, words_of
from .text import SentenceView


# --------------------------------------------------------------------------- matching
def _group_at(view: SentenceView, group: tuple[str, ...], lo: int, hi: int, exclude: int) -> list[int] | None:
    """Token indices where ``group`` occurs contiguously in tokens lo..hi (by form or lemma)."""
    n = len(group)
    for k in range(max(0, lo), min(len(view.tokens), hi) - n + 1):
        if k <= exclude < k + n and n == 1:
            continue
        if all(_word_matches(view, k + j, w) for j, w in enumerate(group)):
            return list(range(k, k + n))
    return None


def _bracket_end(view: SentenceView, group: tuple[str, ...], hi: int, k: int) -> list[int] | None:
    """``group`` closing the clause of the verb at k beyond the usual window: the end of a Dutch verb bracket, however
    long the middle ("gingen tegenstanders en aanhangers ... met stokken, stenen en flessen op elkaar af")."""
    clause = view.clause_of(k)
    last = clause.end - 1
    while last > k and not view.lowers[last][:1].isalnum():
        last -= 1
    found = _group_at(view, group, max(hi, last - len(group) + 1), last + 1, k)
    return found if found is not None and found[-1] == last else None


def _word_matches(view: SentenceView, k: int, word: str) -> bool:
    low = view.lowers[k]
    return low == word or word in view.lemmas[k] or (word.endswith("-") and low == word[:-1]) or (
        len(word) >= 5 and not view.cues.facts["open_compounds"] and low[:1].isalpha()
        and any(lemma.endswith(word) for lemma in view.lemmas[k]))  # "landsgrenzen" has "grens" as its head


def _possessors(view: SentenceView, k: int) -> list[int]:
    """The possessors the parse gives token k before it ("the teachers' march", "hun staking")."""
    return [j for j in view.dependents(k) if view.tokens[j].dep == "nmod:poss" and j < k] if view.parsed else []


def _has_cue(view: SentenceView, k: int, clause_lo: int, clause_hi: int) -> bool:
    """Is the nominal trigger at k an occurrence (not a generic mention)?"""
    cues = view.cues
    if k > 0 and view.lowers[k - 1] in cues.word_set("events_rate_words"):
        return False  # "8 à 10 miljoen euro per stakingsdag", "$2m per day of strikes": a unit of a rate, no occurrence
    if any((view.tokens[j].pos == "NOUN" or view.tokens[j].pos == "PROPN" and view.tokens[j].ent != "O")
           and not view.in_time(view.tokens[j].start) for j in _possessors(view, k)):
        return True  # "the teachers' march": a possessor, like a determiner, names one (not "Sunday's protest",
        # "uw staking": a day's or a pronoun's, which mostly retell one told before)
    for j in range(k - 1, max(-1, k - 4), -1):
        low = view.lowers[j]
        tok = view.tokens[j]
        if low in cues.word_set("events_determiners") or tok.pos in ("DET", "NUM") or low.isdigit():
            return True
        if low in cues.word_set("events_bare_prepositions") and j == k - 1:
            if j > 0 and view.lowers[j - 1] in cues.word_set("quantities_duration_words") and (
                    j < 2 or (view.lowers[j - 2] not in cues.word_set("events_definite_words")
                              and tok_pos(view, j - 2) not in ("DET", "ADJ"))):
                return True  # "tot weken van protest", "days of rioting": a stretch of time filled with it (not
                # "the eighth day of mobilization", a count of days named for the movement)
            break
        if low in cues.word_set("events_setting_prepositions") and (j == 0 or view.lowers[j - 1] in (",", ";")):
            return True  # "Bij ongeregeldheden in X zijn ... gewond geraakt", "During clashes, ..."
        if low in cues.word_set("events_setting_prepositions") and j == k - 1 and _casualties_told(view, clause_lo, clause_hi):
            return True  # "zijn dinsdag bij protesten ... zeker twee mensen om het leven gekomen": the setting of deaths
        if tok.pos == "ADJ" or (not view.parsed and low.endswith(cues.affix("adjective_endings"))
                                and low.isalpha() and j == k - 1):
            continue
        if low in cues.word_set("events_cue_skip_words"):
            continue
        break
    light, occurrence = cues.word_set("events_light_verbs"), cues.word_set("events_occurrence_verbs")
    if any(j != k and view.lemmas[j] & light and view.lowers[j] not in cues.word_set("events_articles")
           for j in range(clause_lo, clause_hi)):
        return True  # "hebben sancties ingesteld", "launched airstrikes"
    weak = cues.word_set("events_weak_occurrence_verbs")
    frames: dict[str, str] = cues.facts["occurrence_frames"]
    for j in range(clause_lo, clause_hi):
        if j != k and view.lemmas[j] & occurrence and not view.tokens[j].text[:1].isupper():
            lemma_hit = view.lemmas[j] & occurrence
            if lemma_hit - weak:
                return True
            # "er is/was", "kwam het tot": weak verbs only with their frame
            if any(re.search(r"(?<!\w)" + re.escape(frames[v]) + r"(?!\w)", view.clause_text(view.clause_of(k)))
                   for v in lemma_hit if v in frames):
                return True
            if lemma_hit - frames.keys() and k > 0 and any(view.lowers[i] in cues.word_set("events_existential")
                                                           for i in range(clause_lo, k)):
                return True
    if view.parsed:
        tok = view.tokens[k]
        if tok.dep in ("nsubj", "obj", "nsubj:pass") and view.tokens[k].pos == "NOUN":
            return any(view.tokens[j].pos in ("DET", "NUM") for j in view.dependents(k))
    return False


def _casualties_told(view: SentenceView, lo: int, hi: int) -> bool:
    """Does the clause tell of people killed or injured ("om het leven gekomen", "raakten gewond", "were killed")?"""
    text = " ".join(view.lowers[lo:hi])
    return bool(view.cues.pattern("kill_verbs").search(text) or view.cues.pattern("injure_verbs").search(text))


def _attributive(view: SentenceView, k: int) -> bool:
    """A participle used as an adjective before a noun ("de nu opgeroepen rekruten")."""
    if k + 1 >= len(view.tokens) or k == 0:
        return False
    low = view.lowers[k]
    if not _participle(view, low, "attributive_suffixes"):
        return False
    nxt = view.tokens[k + 1].text
    before = view.lowers[k - 1]
    before2 = view.lowers[k - 2] if k >= 2 else ""
    openers = view.cues.word_set("events_noun_openers")
    return nxt.isalpha() and (before in openers or (before in view.cues.word_set("events_attributive_adverbs")
                                                    and before2 in openers))


def _nominal_form(view: SentenceView, low: str, head: str) -> bool:
    """The surface form is the noun itself, its plural, or a compound ending in it ("bomaanslagen"): the
    language's ``noun_plurals`` (endings, head-ending replacements, a doubled consonant, a long vowel written
    single: "betoog" -> "betogen")."""
    plurals = view.cues.facts["noun_plurals"]
    if any(low.endswith(head + suffix) for suffix in plurals["endings"] if suffix != "e" or head.endswith("e")):
        return True
    if any(head.endswith(a) and low.endswith(head[:len(head) - len(a)] + b) for a, b in plurals["replace"]):
        return True
    doubled, single = plurals["doubled_consonant"], plurals["single_long_vowel"]
    if doubled and low.endswith(head + head[-1] + doubled):
        return True
    return bool(single) and len(head) >= 3 and head[-2] == head[-3] and low.endswith(head[:-2] + head[-1] + single)


def tok_pos(view: SentenceView, k: int) -> str:
    return view.tokens[k].pos


def _numberlike(view: SentenceView, low: str) -> bool:
    return low[:1].isdigit() or low in view.cues.small_numbers


def _participle(view: SentenceView, low: str, suffixes: str = "participle_suffixes") -> bool:
    """A participle's look: "gearresteerd", "neergeschoten", "arrested" (``suffixes``: the affix list of the
    endings that count without a participle's start)."""
    cues = view.cues
    ends = cues.affix(suffixes)
    return (low.startswith(cues.participle_starts) or (bool(ends) and low.endswith(ends))) and \
        low.endswith(cues.affix("participle_endings"))


def _noun_after_preposition(view: SentenceView, e: Entry, k: int) -> bool:
    """Is the verb form at k a noun by what precedes it (the language's ``noun_after_preposition`` facts)?"""
    rule = view.cues.facts["noun_after_preposition"]
    low, prev = view.lowers[k], view.lowers[k - 1]
    if (rule["participles_exempt"] and _participle(view, low)) or (rule["entries_without_groups_only"] and e.groups):
        return False
    # a count before it ("61 stemmen") makes it a noun; a year that ends a date does not ("In februari 2023 liep")
    return prev in view.cues.word_set("events_noun_prepositions") or (
        rule["after_numbers"] and _numberlike(view, prev) and not view.in_time(view.tokens[k - 1].start)) or (
        rule["infinitive_marker_3sg"] and prev in view.cues.word_set("events_infinitive_markers") and low.endswith("s")) or (
        rule["parsed_noun_check"] and view.parsed and tok_pos(view, k) == "NOUN"
        and tok_pos(view, k - 1) in ("ADJ", "DET", "NUM")
        and not (k == 1 and view.lowers[0].endswith(("s", "men")) and view.tokens[0].text[:1].isupper()))


def _adjective_before(view: SentenceView, low: str) -> bool:
    """An inflected adjective or participle between an article and a verb form ("een gebroken belofte")."""
    if not view.cues.facts["noun_after_preposition"]["noun_after_adjective"]:
        return False
    prefix_ending = view.cues.facts["adjective_participle"]
    return low.endswith(view.cues.affix("adjective_endings")) or (bool(prefix_ending) and low.startswith(prefix_ending[0])
                                 and low.endswith(prefix_ending[1]))


def _headline_count(view: SentenceView, k: int) -> bool:
    """A headline's word right after a count or a person noun that it says something of ("16 held after clashes",
    "Man held over attack", "Twee mannen vast na steekpartij"): headline-ese for an arrest, not "talks held"."""
    if not view.headline or k == 0:
        return False
    before = view.tokens[k - 1]
    return before.pos == "NUM" or view.lowers[k - 1] in view.lang.mapping("number_words") or view.names_party(k - 1)


def _object_needs(view: SentenceView, e: Entry, k: int) -> bool:
    """With the flag ``objneed``, a verb's object (when the parse gives one) must hold a word of the first need
    group: "cleared the protesters", not "tried to clear the way, (a section of the crowd ...)"; in the passive its
    subject ("de grondwet is opgeschort", not "the curfew")."""
    if not view.parsed:
        return True
    kids = view.dependents(k)
    passive = any(view.tokens[j].dep == "aux:pass" for j in kids)  # (a parse may call its subject "nsubj")
    obj = next((j for j in kids if view.tokens[j].dep in ("obj", "nsubj:pass")
                or passive and view.tokens[j].dep == "nsubj"), None)
    if obj is None:
        return True
    phrase = view.subtree(obj)
    text = view.doc.text[view.tokens[phrase[0]].start:view.tokens[phrase[-1]].end]
    return bool(e.need[0].search(text.lower()))


def _complementizer_after(view: SentenceView, k: int) -> bool:
    """A complementizer opens a clause within four words after the verb (the flags ``dat`` and ``nodat``): "wil dat
    de regering ...", not the determiner of "wil niet vechten in dat land" (when parsed, the word must be a SCONJ)."""
    return any(view.lowers[j] in view.cues.word_set("complementizers") and (not view.parsed or view.tokens[j].pos == "SCONJ")
               for j in range(k + 1, min(k + 5, len(view.tokens))))


def _entry_ok(view: SentenceView, e: Entry, k: int) -> list[int] | None:
    """Token indices of the match when entry ``e`` fires with its head at token k, else None."""
    used = [k]
    lo, hi = max(0, k - 10), min(len(view.tokens), k + 12)
    low = view.lowers[k]
    cues = view.cues
    infinitive = cues.word_set("events_infinitive_markers")
    if not e.nominal and low in cues.word_set("events_not_verb_forms"):
        return None  # "dood", "steun": nouns or adjectives, not forms of "doden", "steunen"
    if low == e.head and k + 1 < len(view.tokens) and view.lowers[k + 1].startswith(
            cues.word_starts("events_named_for_use")):
        return None  # "attack drones", "attack helicopters": the weapon is named for its use, no attack
    if not e.nominal and view.parsed and view.tokens[k].pos == "PROPN" and view.tokens[k].dep == "compound" \
            and view.tokens[k].text[:1].isupper() \
            and k + 1 < len(view.tokens) and view.tokens[k + 1].i == view.tokens[k].head \
            and view.tokens[k + 1].pos == "NOUN" and view.tokens[k + 1].text.islower():
        return None  # a capitalized verb's spelling that modifies the common noun after it: "Refuse collectors
        # ... will walk out" (a Title Case headline, "Farmers Block Motorway", has no lower-case noun after it)
    if not e.nominal and view.parsed and tok_pos(view, k) == "NOUN" and view.tokens[k].dep != "ROOT" \
            and _possessors(view, k):
        return None  # "halt Sulaimani teachers' march": a noun with a possessor, not the verb (a misparsed root,
        # "Boa's zetten twee mannen de raadzaal uit", stays the verb)
    if "noform" in e.flags and low == e.head and (k == 0 or view.lowers[k - 1] not in infinitive):
        return None  # "doden" is mostly "the dead"; the verb shows as "doodde", "gedood", "te doden"
    if e.nominal and not _nominal_form(view, low, e.head):
        return None
    if not e.nominal and e.particle is None and k > 0 and _noun_after_preposition(view, e, k):
        return None  # "geesten van doden", "61 stemmen", "conceded to demands", "a consistent demand"
    openers = cues.word_set("events_noun_openers")
    if not e.nominal and not e.groups and e.particle is None and not _participle(view, low) and k > 0 \
            and (view.lowers[k - 1] in openers or (k > 1 and view.lowers[k - 2] in openers
                                                   and _adjective_before(view, view.lowers[k - 1])
                                                   # ("de blokkade ophief": a noun the parse names, then the verb)
                                                   and not (view.parsed and tok_pos(view, k - 1) == "NOUN"))) \
            and not (view.parsed and tok_pos(view, k) in ("VERB", "AUX") and (
                tok_pos(view, k - 1) in ("NOUN", "PROPN") or "VerbForm=Fin" in view.tokens[k].morph)):
        return None  # "de steun", "een gebroken belofte": a noun, not the verb ("de politie arresteerde", "de
        # verdachte stompte", a finite verb by the parse, is one)
    if not e.nominal and not e.groups and e.particle is None and view.hyphen_modifier(k) is not None:
        return None  # "a one-day strike", "held 24-hour strikes": a hyphenated modifier makes the word a noun
    if not e.nominal and view.hyphen_attribute(k):
        return None  # "foreign-funded media": the participle is half of an adjective
    if e.particle is not None:
        prefixes = cues.participle_starts[:1]  # "neer ... ge-schoten" split by the tokenizer
        if view.lowers[k].startswith(e.particle) or (k > 0 and _numberlike(view, view.lowers[k - 1])):
            return None
        clause_end = view.clause_of(k).end
        part = _group_at(view, (e.particle,), k + 1, min(hi, clause_end), k) or _bracket_end(view, (e.particle,), hi, k)
        # (a particle closes the verb bracket however long the middle: "leggen ze volgende week ook in de
        # gevangenissen van Hasselt en Brugge het werk neer")
        # "kwamen in de eerste ronde", "bieden aan vermisten": a preposition, not a particle; but "riep de
        # partijen op de wapens neer te leggen": an infinitive clause follows the particle
        if part is not None and part[0] + 1 < len(view.tokens) and view.lowers[part[0] + 1][:1].isalnum() \
                and view.lowers[part[0] + 1] not in cues.word_set("events_after_particle") \
                and not infinitive & set(view.lowers[part[0] + 1:clause_end]):
            part = None
        if part is None:  # "om de menigte uiteen te drijven", "neer te schieten": particle before the verb
            before = [j for j in (k - 1, k - 2) if j >= 0 and view.lowers[j] == e.particle
                      and (j == k - 1 or view.lowers[k - 1] in infinitive or view.lowers[k - 1] in prefixes)]
            part = before[:1] or None
        if part is not None and view.parsed and view.tokens[part[0]].dep == "compound:prt" \
                and view.tokens[part[0]].head != view.tokens[k].i:
            part = None  # "kondigen de bonden op het spoor acties aan": the parse gives the particle to another verb
        if part is None:
            return None
        used += part
        hi = max(hi, part[-1] + 1)  # the words of the bracket are the verb's ("het werk" before a far "neer")
    for g in e.groups:
        if len(g) == 1 and len(g[0]) >= 3 and g[0] in low and low != g[0]:
            continue  # "airstrikes" holds its own "air": not the "Air" of "Nigerian Air Force" further on
        if len(g) == 1 and g[0] in cues.word_set("events_close_prepositions"):  # "vragen om", "call for": the preposition stays close
            # (close to the verb's particle where it has one: "reed daarbij met zijn trekker in op een ...")
            found = _group_at(view, g, max(0, k - 5), min(len(view.tokens), max(used) + 6), k)
            if found is not None and found[-1] + 1 < len(view.tokens) and view.in_time(view.tokens[found[-1] + 1].start):
                found = None  # "call a strike on Thursday": the preposition of a date, not of the verb
        else:
            found = _group_at(view, g, lo, hi, k) or _bracket_end(view, g, hi, k)
        if found is None:
            return None
        used += found
    if e.need and not all(p.search(view.text) for p in e.need):
        return None
    if e.block and any(p.search(view.text) for p in e.block):
        return None
    if e.type == "ASSAULT" and _aimed_at_an_idea(view, k):
        return None
    if "objneed" in e.flags and e.need and not _object_needs(view, e, k):
        return None
    clause = view.clause_of(k)
    if "refl" in e.flags and not any(view.lowers[j] in cues.word_set("reflexive_pronouns") for j in range(lo, hi)):
        return None
    if "aim" in e.flags and not _aimed_at_people(view, clause.start, clause.end):
        return None
    if "dat" in e.flags and not _complementizer_after(view, k):
        return None
    if "nodat" in e.flags and _complementizer_after(view, k):
        return None
    if "passive" in e.flags and not _passive_participle(view, k):
        return None
    if "headline" in e.flags and not _headline_count(view, k):
        return None
    if "trans" in e.flags and not _done_to_someone(view, k):
        return None
    if "bare" in e.flags and not _bare_verb(view, k):
        return None
    if "warning" in e.flags and not (_sanction_warning(view, k) if "passive" in e.flags
                                     else _active_sanction_warning(view, k)):
        return None
    if e.nominal:
        if "lv" in e.flags:
            light = cues.word_set("events_light_verbs")
            if not any(j != k and view.lemmas[j] & light for j in range(clause.start, clause.end)):
                return None
        elif not (view.headline or "free" in e.flags or _has_cue(view, k, clause.start, clause.end)):
            return None
    elif _attributive(view, k):
        return None
    return sorted(set(used))


def _aimed_at_an_idea(view: SentenceView, k: int) -> bool:
    """Is what the attack at k hits a right, a freedom or an institution of law ("de aanval op het stakingsrecht",
    "attacked the right to strike", "an attack on democracy")? Then it is a figure of speech."""
    ideas = view.cues.word_set("events_abstract_targets")
    aims = view.cues.word_set("events_target_prepositions")
    after = k + 1
    if after < len(view.tokens) and view.lowers[after] in aims:  # (the parse often hangs the phrase on the verb)
        after += 1
        while after < len(view.tokens) and view.lowers[after] in view.cues.word_set("events_articles"):
            after += 1
        if after < len(view.tokens) and view.lowers[after] in ideas:
            return True
    for j in view.dependents(k):
        dep = view.tokens[j].dep.split(":")[0]
        if view.lowers[j] in ideas and (dep == "obj" or (dep in ("nmod", "obl") and any(
                view.lowers[i] in aims for i in view.dependents(j) if view.tokens[i].dep == "case"))):
            return True
    return False


def _passive_participle(view: SentenceView, k: int) -> bool:
    """Is token k a participle the parse gives a passive auxiliary ("zijn dinsdag aangehouden", "werden
    aangehouden")? A verb whose active use has another sense ("de regen hield aan") has one sense in the passive."""
    if not view.parsed:
        return False
    if any(view.tokens[j].dep == "aux:pass" for j in view.dependents(k)):
        return True
    first = view.first_conjunct(k)  # "will be identified and arrested": the auxiliary of the first conjunct is
    return first is not None and view.tokens[first].pos == "VERB" and not any(  # the second's too
        view.tokens[j].dep.startswith("aux") for j in view.dependents(k)) and any(
        view.tokens[j].dep == "aux:pass" for j in view.dependents(first))


def _done_to_someone(view: SentenceView, k: int) -> bool:
    """Does the verb at k have an object or a passive auxiliary ("dispersed the crowd", "was dispersed")? Its
    intransitive use tells what the subject did of its own accord ("The crowd dispersed", "de menigte verspreidde
    zich"). Without a parse the entry's other conditions decide."""
    if not view.parsed:
        return True
    reflexive = view.cues.word_set("reflexive_pronouns")
    return _passive_participle(view, k) or any(
        view.tokens[j].dep in ("obj", "iobj") and view.lowers[j] not in reflexive for j in view.dependents(k))


def _bare_verb(view: SentenceView, k: int) -> bool:
    """Has the verb at k no object but a pronoun and no clause ("Het ministerie ontkent", "a claim organizers deny",
    "which the union denies", "denies it")? Said after an accusation, such a verb answers it. Without a parse the
    entry's other conditions decide."""
    if not view.parsed:
        return True
    if view.tokens[k].pos != "VERB":
        return False
    return not any(view.tokens[j].dep in ("ccomp", "xcomp") or (
        view.tokens[j].dep in ("obj", "iobj") and view.tokens[j].pos != "PRON") for j in view.dependents(k))


def _sanction_warning(view: SentenceView, k: int) -> bool:
    """Is the passive participle at k a sanction promised to whoever does something: "Workers who are not back by
    Thursday will be dismissed", "teachers who did not return ... would be struck off", "Wie zich misdraagt, wordt
    opgepakt"? The subject is a free relative, or a noun with a relative clause, and the sanction lies ahead (a
    future or conditional modal, or a present passive)."""
    if not view.parsed or not _passive_participle(view, k):
        return False
    cues = view.cues
    kids = [view.tokens[j] for j in view.dependents(k)]
    if any("Tense=Past" in t.morph for t in kids if t.dep.startswith("aux") and t.pos == "AUX"):  # (not a verb
        # the parse hung there: "Anyone caught looting will be arrested")
        return False  # "Wie het gebied niet verliet, werd aangehouden": what was done, not promised
    if _whoever_opens(view, k):  # "Wie zich misdraagt", "Anyone caught looting"
        return True
    first = view.first_conjunct(k)
    verbs = [k] if first is None else [k, first]  # "identified and arrested"
    subjects = [j for v in verbs for j in view.dependents(v) if view.tokens[j].dep.startswith("nsubj")]
    relative = any(view.tokens[m].dep.startswith("acl") for j in subjects for m in view.dependents(j)) or any(
        low in cues.word_set("events_relative_pronouns") for low in view.lowers[:k]) or any(  # (the parse may miss
        view.lowers[j] in cues.word_set("events_free_choice") for j in subjects)  # the clause; "Anyone involved in")
    # "Betogers die de weg blokkeren, worden aangehouden": the Dutch present passive promises it too (an "als"/"if"
    # condition is read by the conditional threats of kroniek.events.modality, not here)
    return relative and any(low in cues.word_set("events_ahead_auxiliaries") for low in view.lowers[:k])


def _whoever_opens(view: SentenceView, k: int) -> bool:
    """Does a free relative or a free-choice word open the sentence or what is said before token k ("Wie zich
    misdraagt", "“Anyone caught looting")?"""
    openers = view.cues.word_set("events_whoever_words")
    return any(view.lowers[j] in openers and (j == 0 or not view.lowers[j - 1][:1].isalnum()) for j in range(k))


def _active_sanction_warning(view: SentenceView, k: int) -> bool:
    """The same promise told in the active: "Wie opnieuw geweld gebruikt, pakken we keihard aan", "We will arrest
    anyone who blocks the road", "would remove any villager who returned", "We will pursue those responsible". Whom
    it is for is a free relative opening what is said, or the verb's object is a free-choice word, a noun with a
    free-choice determiner and a relative clause, or (with a future auxiliary) whoever did a deed; the verb has a
    subject of its own, and neither it nor its auxiliary is past ("Wie het gebied niet verliet, pakten we aan" tells
    what was done)."""
    if not view.parsed or _passive_participle(view, k):
        return False
    cues = view.cues
    kids = view.dependents(k)
    auxiliaries = [j for j in kids if view.tokens[j].dep.startswith("aux")]
    if "Tense=Past" in view.tokens[k].morph or any("Tense=Past" in view.tokens[j].morph for j in auxiliaries):
        return False
    if auxiliaries and not any(view.lowers[j] in cues.word_set("events_ahead_auxiliaries") for j in auxiliaries):
        return False  # "Met de nieuwe wet mag de politie iedereen oppakken die ...": what a rule allows
    if not auxiliaries and cues.pattern("speech").search(view.lower) is None:
        return False  # a present tense promises only in what someone says ("..., pakken we keihard aan’, zei hij")
    openers = cues.word_set("events_whoever_words")
    subjects = [j for j in kids if view.tokens[j].dep.startswith("nsubj")]
    if all(view.lowers[j] in openers for j in subjects):
        return False  # "Anyone who loots will arrest ..." is no promise of the speaker's
    objects = [j for j in kids if view.tokens[j].dep == "obj"]
    if _whoever_opens(view, k) or any(view.lowers[j] in cues.word_set("events_free_choice") for j in objects):
        return True
    if any(view.lowers[i] in cues.word_set("events_free_choice_determiners") and any(
            view.tokens[m].dep.startswith("acl") for m in view.dependents(j)) for j in objects
           for i in view.dependents(j)):
        return True  # "would remove any villager who returned to the site"
    culprits = cues.word_set("events_culprit_words")  # "We will pursue those responsible": whoever did it, ahead
    return any(view.lowers[i] in culprits for j in objects for i in [j, *view.dependents(j)]) and any(
        view.lowers[j] in cues.word_set("events_future_words") for j in kids)


def _aimed_at_people(view: SentenceView, lo: int, hi: int) -> bool:
    """Does an aim preposition in tokens lo..hi stand before people ("gooide verf naar de agenten", "threw
    bottles at riot police")? What is thrown then does not matter: thrown at people, it is an attack; thrown at a
    checkpoint or a car, the throwing verb keeps its other readings."""
    aim = view.cues.word_set("events_aim_prepositions")
    people = view.cues.word_set("people_pronouns")
    words = words_of(view.doc)
    for j in range(lo, hi):
        if view.lowers[j] not in aim:
            continue
        # (up to six words: "op de ongeveer 1200 meegereisde AZ-fans"; a further preposition opens another phrase)
        for m in range(j + 1, min(hi, j + 7)):
            if not view.lowers[m][:1].isalnum() or view.lowers[m] in aim:
                break
            if view.tokens[m].pos == "PRON":
                if view.lowers[m] in people:
                    return True  # "threw rocks at them"
                continue
            if view.tokens[m].dep == "compound":
                continue  # "at a police checkpoint": the thing the people word names, not them
            if personish(view, m, words) or names_party(view.lang, view.lowers[m]):
                return True
    return False


def match_sentence(view: SentenceView, lexicon: Lexicon) -> list[Candidate]:
    """All lexicon matches in one sentence, the most specific per token, overlaps resolved."""
    found: list[tuple[int, bool, Entry, int, list[int]]] = []  # (specificity, exact, entry, head, tokens)
    in_time = {k for k, tok in enumerate(view.tokens)
               if any(t.start <= tok.start and tok.end <= t.end for t in view.times)}
    words = [t.text for t in view.tokens if t.text[:1].isalpha()]
    running_text = sum(w[:1].islower() for w in words) > len(words) / 2
    if running_text:  # "the Rapid Support Forces": a capitalized word inside a sentence is part of a name
        in_time |= {k for k, tok in enumerate(view.tokens) if k > 0 and tok.text[:1].isupper()
                    and view.lowers[k - 1] not in ("\"", "“", "„", "'", "‘", "(", ":", "]")}  # ("[NWS] Rellen")
    for k, tok in enumerate(view.tokens):
        if not any(ch.isalpha() for ch in tok.text) or k in in_time:  # "8 March 2024" is a date, not a march
            continue
        if _modifies_people(view, k):
            continue
        exact_heads = view.lemmas[k]
        no_verb = _compound_plural(view, k) and not lexicon.nominal_entries(exact_heads)
        for lemma in exact_heads:
            for e in lexicon.lookup(lemma):
                if no_verb and not e.nominal:
                    continue
                used = _entry_ok(view, e, k)
                # (a promised sanction is the very sense of "struck off", which the senses list keeps from "strike")
                if used is not None and ("warning" in e.flags or not other_sense(view, lexicon, e.head, k)):
                    found.append((e.specificity, True, e, k, used))
        if len(view.lowers[k]) >= 6 and not tok.text[:1].isupper():
            for e in lexicon.compound_entries(exact_heads):
                used = _entry_ok(view, e, k)
                if used is not None and not other_sense(view, lexicon, e.head, k):
                    found.append((e.specificity, False, e, k, used))
    for pattern, e in lexicon.surface:
        for m in pattern.finditer(view.text):
            a, b = view.start + m.start(), view.start + m.end()
            ks = [k for k, t in enumerate(view.tokens) if t.start < b and t.end > a]
            if ks:
                found.append((e.specificity + 1, True, e, ks[0], ks))
    # the lexicon's row order breaks the last ties: a token's lemmas are a set, whose order varies between runs
    found.sort(key=lambda f: (-f[0], not f[1], -len(f[2].head), -f[2].weight, f[3], f[2].line, f[2].head))
    taken: set[int] = set()
    out: list[Candidate] = []
    for _spec, exact, e, k, used in found:
        if k in taken:
            continue
        taken.update(used)
        a, b = _trigger_span(view, k, used)
        out.append(Candidate(
            sentence=view.i, head=k, type=e.type, mode=e.mode, start=a, end=b, rule=e.rule + ("" if exact else " (compound)"),
            weight=e.weight - (0.0 if exact else 0.05), flags=e.flags, tokens=tuple(used), nominal=e.nominal,
            lemma=e.head if not e.particle else e.particle + e.head))
    return sorted(out, key=lambda c: c.head)


def _compound_plural(view: SentenceView, k: int) -> bool:
    """"Radio stations in Satipo reported": a plural noun with a noun before it, which no verb row of a word that is
    no event noun ("station") may read as its verb. A verb the parse tags a noun is most often singular ("a man shot
    in the back") or has an object after it ("an officer hits a man"); a headline's verbs are often tagged nouns."""
    if not view.parsed or tok_pos(view, k) != "NOUN" or "Number=Plur" not in view.tokens[k].morph:
        return False
    if not view.tokens[k].text.islower() or view.headline:
        return False
    after = tok_pos(view, k + 1) if k + 1 < len(view.tokens) else ""
    return after not in ("DET", "PRON", "NUM", "PROPN", "NOUN", "ADJ") and any(
        view.tokens[j].dep == "compound" and j < k for j in view.dependents(k))


def other_sense(view: SentenceView, lexicon: Lexicon, head: str, k: int) -> bool:
    """Does the context of the trigger word at k mark a sense of ``head`` that is no event (``events_senses``:
    "belastingaanslag", "een aanslag op de democratie", "take a shot at", "killed the bill")?"""
    senses = lexicon.senses.get(head)
    if not senses:
        return False
    low = view.lowers[k]
    for sense in senses:
        if sense.scope == "part":
            cut = low.rfind(head)
            text = low[:cut] if cut > 0 else ""
        elif sense.scope == "before":
            text = " ".join(view.lowers[max(0, k - 4):k])
        elif sense.scope == "after":
            text = " ".join(view.lowers[k + 1:k + 6])
        elif sense.scope == "next":  # "riot police", "riot gear": the word the trigger modifies
            text = view.lowers[k + 1] if k + 1 < len(view.tokens) else ""
        elif sense.scope == "particle":  # "eisten de aanslag op" is "opeisen" (claim), not "eisen" (demand)
            text = " ".join(view.particles(k))
        else:
            text = view.clause_text(view.clause_of(k))
        if text and sense.words.search(text + " "):
            return True
    return False


def _modifies_people(view: SentenceView, k: int) -> bool:
    """"Rescue workers", "aid agencies", "protest leaders", "the strike committee": a noun that only modifies a
    person or group noun is no event; the head decides (a Dutch compound's head is its last part already)."""
    if k + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[k + 1]
    if not nxt.text[:1].isalpha():
        return False
    heads = view.lemmas[k + 1] | {view.lowers[k + 1]}
    suffixes = view.cues.affix("person_suffixes")
    if not (heads & view.cues.word_set("events_people_heads") or any(h.endswith(suffixes) and len(h) > 5 for h in heads)):
        return False
    if any(view.lowers[j] in view.cues.word_set("events_setting_prepositions") for j in range(max(0, k - 3), k)):
        return False  # "During the protest members of parliament were arrested": the setting, not a modifier
    if view.parsed:
        tok = view.tokens[k]
        base = view.tokens[0].i
        if k > 0 and (view.tokens[k - 1].pos in ("NOUN", "PROPN") or view.tokens[k - 1].ent.startswith("I-")):
            return False  # "Police arrest activists", "Greenbriar Residential accused organizers": a subject (the
            # end of a name, whatever its tag) and its verb, not a compound
        return tok.dep.split(":")[0] in ("compound", "amod", "nmod") and tok.head - base == k + 1
    return k == 0 or view.lowers[k - 1] in view.cues.word_set("events_noun_openers")  # without a parse: "the strike committee", "Rescue workers"


def _trigger_span(view: SentenceView, k: int, used: list[int]) -> tuple[int, int]:
    """The head token, or the whole expression when it is compact ("in brand", "de straat op")."""
    lo, hi = min(used), max(used)
    if hi - lo <= 3:
        return view.tokens[lo].start, view.tokens[hi].end
    return view.tokens[k].start, view.tokens[k].end
