"""Roles that hold whatever way a parser reads the sentence (issue 17: the Alpino-trained Dutch parser reads an
inverted subject as an object, hangs a second verb from an earlier clause, labels a perfect with "zijn" passive).

Each row runs the real stages, swaps in the parse named in the row (the reading one of kroniek's parsers gave
for such a sentence) and runs the events stage on it, so the rule is checked against that reading and not
only against the shipped model's."""

from __future__ import annotations

from dataclasses import replace

import pytest

import kroniek
from kroniek.model import Document
from kroniek.pipeline import Pipeline
from kroniek.stages import DEFAULT_PIPELINE
from role_checks import EVENTS_STAGES, PUBLISHED, first_event, offsets_exact


@pytest.fixture(scope="module")
def stages() -> tuple[Pipeline, Pipeline]:
    """The stages up to the parse, and the stages after it (built as one pipeline, so checked as one)."""
    whole = kroniek.build_pipeline(names=[n for n in DEFAULT_PIPELINE if n in EVENTS_STAGES])
    k = whole.names.index("kroniek.nlp.v1") + 1
    return (Pipeline(whole.specs[:k], whole.stages[:k], whole.settings),
            Pipeline(whole.specs[k:], whole.stages[k:], whole.settings))


def reparsed(stages: tuple[Pipeline, Pipeline], text: str, lang: str,
             parse: dict[str, tuple[str, str | None]], lemmas: dict[str, str] | None = None,
             fields: dict[str, dict[str, str]] | None = None) -> Document:
    """``text`` analysed with the parse of ``parse``: word -> (dependency label, head word or None to keep the
    head); the first token of that text is meant. ``fields`` replaces other fields of a word's token (its tag,
    its morphological features) as that parser gave them."""
    before, after = stages
    doc = kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=before)
    first = {}
    for t in doc.tokens:
        first.setdefault(t.text, t)
    tokens = list(doc.tokens)
    for word, (dep, head) in parse.items():
        t = first[word]
        tokens[t.i] = replace(tokens[t.i], dep=dep, head=first[head].i if head is not None else t.head)
    for word, lemma in (lemmas or {}).items():
        t = first[word]
        tokens[t.i] = replace(tokens[t.i], lemma=lemma, pos="VERB")
    for word, values in (fields or {}).items():
        t = first[word]
        tokens[t.i] = replace(tokens[t.i], **values)
    return after(replace(doc, tokens=tuple(tokens)))


def _texts(ps: tuple) -> list[str]:  # type: ignore[type-arg]
    return [p.text for p in ps]


@pytest.mark.parametrize(("lang", "text", "parse", "etype", "actor"), [
    # verb-second: the subject after the verb read as an object
    ("nl", "Op de Bulevar reed een automobilist in op een groep studenten.",
     {"automobilist": ("obj", "reed")}, "ASSAULT", "een automobilist"),
    ("nl", "Zondag betoogden ruim tweeduizend mensen in Borgerhout tegen racisme.",
     {"Zondag": ("nsubj", "betoogden"), "mensen": ("obj", "betoogden")}, "PROTEST", "tweeduizend mensen"),
    ("nl", "In de stad Rjazan, ten zuiden van Moskou, stak een man zich bij een busstation in brand.",
     {"man": ("obj", "stak")}, "PROTEST", "een man"),
])
def test_inverted_subject_read_as_object_acts(stages, lang, text, parse, etype, actor) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, etype)
    assert actor in _texts(event.actors)
    assert actor not in _texts(event.targets)
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse"), [
    ("nl", "Zondag arresteerde de politie de man.", {"Zondag": ("nsubj", "arresteerde"), "politie": ("obj", "arresteerde"),
                                                      "man": ("obj", "arresteerde")}),
    ("nl", "Gisteren heeft de politie drie betogers gearresteerd.", {"politie": ("obj", "gearresteerd")}),
])
def test_inverted_subject_keeps_the_object(stages, lang, text, parse) -> None:
    """The first phrase after the finite verb is the subject; the one after it stays the object."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "COERCE")
    assert "de politie" in _texts(event.actors)
    assert "de politie" not in _texts(event.targets)


@pytest.mark.parametrize(("lang", "text", "parse"), [
    ("nl", "De burgemeester zei dat de agenten gisteren de man hebben gearresteerd.",
     {"agenten": ("nsubj", "gearresteerd"), "man": ("obj", "gearresteerd")}),
    ("nl", "Of de agenten de man hebben gearresteerd, is niet bekend.",
     {"agenten": ("nsubj", "gearresteerd"), "man": ("obj", "gearresteerd")}),
])
def test_no_inversion_in_a_subordinate_clause(stages, lang, text, parse) -> None:
    """A subordinate clause ends with its verb: its object is no inverted subject."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "COERCE")
    assert "de man" not in _texts(event.actors)


@pytest.mark.parametrize(("lang", "text", "parse", "etype", "actor"), [
    ("nl", "Het kwam toen tot rellen: een groep jongeren bekogelde de politie met stenen en stak twee auto's in brand.",
     {"bekogelde": ("conj", "kwam"), "stak": ("conj", "kwam")}, "ASSAULT", "een groep jongeren"),
    ("en", "It came to riots: a group of youths pelted the police with stones and burned two cars.",
     {"pelted": ("conj", "came"), "burned": ("conj", "came")}, "ASSAULT", "a group of youths"),
])
def test_conjunct_shares_the_subject_of_the_nearest_conjunct(stages, lang, text, parse, etype, actor) -> None:
    doc = reparsed(stages, text, lang, parse)
    last = [e for e in doc.events if e.type == etype][-1]
    assert _texts(last.actors) == [actor]
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse"), [
    ("nl", "Het leger en de RSF geven elkaar de schuld.", {"elkaar": ("nsubj", "geven")}),
])
def test_reciprocal_read_as_subject_is_each_sides_target(stages, lang, text, parse) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "ACCUSE")
    assert len(event.actors) == 2 and not any(a.text.lower().startswith(("elkaar", "each")) for a in event.actors)
    assert sorted(_texts(event.targets)) == sorted(_texts(event.actors))


@pytest.mark.parametrize(("lang", "text", "parse", "actor"), [
    ("nl", "Daarnaast zijn zo'n 200.000 mannen de grens over gevlucht.",
     {"mannen": ("nsubj:pass", "gevlucht"), "zijn": ("aux:pass", "gevlucht"), "gevlucht": ("ROOT", "gevlucht")}, "mannen"),
    ("en", "Thousands of people have fled the city.",
     {"Thousands": ("nsubj:pass", "fled"), "have": ("aux:pass", "fled")}, "Thousands"),
])
def test_intransitive_verb_read_as_passive_keeps_its_subject(stages, lang, text, parse, actor) -> None:
    doc = reparsed(stages, text, lang, parse, lemmas={"gevlucht": "vluchten"} if lang == "nl" else None)
    event = first_event(doc, "DISPLACE")
    assert any(actor in a.text for a in event.actors)
    assert not any(actor in t.text for t in event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "actor"), [
    ("en", "On Sunday thousands of people protested in the capital.",
     {"thousands": ("ROOT", "thousands"), "protested": ("acl", "people")}, "people"),
    ("nl", "Zondag duizenden mensen betoogd in de hoofdstad.",
     {"mensen": ("ROOT", "mensen"), "betoogd": ("acl", "mensen")}, "mensen"),
])
def test_intransitive_verb_read_as_reduced_relative_has_the_noun_as_actor(stages, lang, text, parse, actor) -> None:
    doc = reparsed(stages, text, lang, parse, lemmas={"betoogd": "betogen"} if lang == "nl" else None)
    event = first_event(doc, "PROTEST")
    assert any(actor in a.text for a in event.actors)


@pytest.mark.parametrize(("lang", "text", "parse", "not_target"), [
    ("nl", "In steden als Moskou maar ook in tientallen andere plaatsen gingen mensen de straat op tegen de oorlog.",
     {"plaatsen": ("obj", "gingen"), "mensen": ("nsubj", "gingen")}, "andere plaatsen"),
])
def test_object_beside_another_first_phrase_is_no_object(stages, lang, text, parse, not_target) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "PROTEST")
    assert not any(not_target in t.text for t in event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "lemmas"), [
    ("nl", "De vakbonden dreigen met een staking als de regering haar plannen niet intrekt.",
     {"als": ("mark", "intrekt"), "regering": ("nsubj", "intrekt"), "intrekt": ("advcl", "dreigen")},
     {"intrekt": "intrekken"}),
    ("en", "The unions threatened a strike if the government does not withdraw its plans.",
     {"if": ("mark", "withdraw"), "withdraw": ("advcl", "threatened")}, None),
])
def test_condition_of_what_is_said_is_no_event(stages, lang, text, parse, lemmas) -> None:
    """"... als de regering haar plannen niet intrekt": nothing withdrawn and nothing refused."""
    doc = reparsed(stages, text, lang, parse, lemmas)
    assert not [e for e in doc.events if e.type in ("CONCEDE", "REJECT")], [(e.type, e.trigger.text) for e in doc.events]
    assert [e for e in doc.events if e.type == "THREATEN"]


@pytest.mark.parametrize(("lang", "text", "parse", "actor"), [
    ("nl", "Ook vannacht gingen in de hoofdstad Tbilisi duizenden mensen de straat op.",
     {"straat": ("nsubj", "gingen"), "duizenden": ("obl", "gingen"), "mensen": ("nmod", "duizenden")}, "duizenden mensen"),
    ("en", "Thousands of people took to the streets of Tbilisi.",
     {"streets": ("nsubj", "took"), "Thousands": ("obl", "took")}, "Thousands of people"),
])
def test_a_word_of_the_expression_read_as_subject_is_none(stages, lang, text, parse, actor) -> None:
    """"de straat" of "de straat op gaan" is no subject, whatever the parse says: the subject is sought elsewhere."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "PROTEST")
    assert _texts(event.actors) == [actor], _texts(event.actors)


@pytest.mark.parametrize(("lang", "text", "parse", "actor", "target"), [
    ("nl", "Een week later betoogden ruim tweeduizend mensen in Borgerhout tegen racisme.",
     {"ruim": ("amod", "mensen"), "mensen": ("nsubj", "betoogden"), "racisme": ("nmod", "mensen")},
     "ruim tweeduizend mensen", "racisme"),
])
def test_the_actor_is_no_target_too(stages, lang, text, parse, actor, target) -> None:
    """A reader of the object may find the subject again, without its first word: one role per phrase."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "PROTEST")
    assert len(event.actors) == 1 and actor.endswith(event.actors[0].text), _texts(event.actors)
    assert not any("mensen" in t for t in _texts(event.targets)), _texts(event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "target"), [
    ("nl", "De minister ontkende dat het leger burgerdoelen had aangevallen.",
     {"burgerdoelen": ("obj", "aangevallen"), "leger": ("nsubj", "burgerdoelen"), "dat": ("mark", "burgerdoelen")},
     "burgerdoelen"),
])
def test_a_noun_tagged_as_verb_in_an_objects_place_is_the_target(stages, lang, text, parse, target) -> None:
    """The tagger reads a plural noun as an infinitive ("burgerdoelen"); as the verb's object it is the target."""
    doc = reparsed(stages, text, lang, parse, lemmas={"burgerdoelen": "burgerdoelen"})
    event = first_event(doc, "ASSAULT")
    assert target in _texts(event.targets), _texts(event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "target"), [
    ("nl", "Honderden havenarbeiders legden het werk neer uit protest tegen een nieuwe pensioenregeling.",
     {"pensioenregeling": ("nmod", "protest"), "protest": ("obl", "legden")}, "pensioenregeling"),
    ("en", "Hundreds of dock workers walked out in protest against a new pension scheme.",
     {"scheme": ("nmod", "protest"), "protest": ("obl", "walked")}, "pension scheme"),
])
def test_what_a_protest_is_against_is_the_whole_phrase(stages, lang, text, parse, target) -> None:
    """The adjective of the noun after it opens no phrase of its own ("een nieuwe pensioenregeling")."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "PROTEST")
    assert len(event.targets) == 1 and event.targets[0].text.endswith(target), _texts(event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "etype", "actor", "targets"), [
    # inverted: the first "subject" right after the finite verb acts, the next one is its object (a time word
    # read as a subject before the verb is none)
    ("nl", "Zaterdag viel een woedende mob het politiebureau in Lagos aan.",
     {"Zaterdag": ("nsubj", "viel"), "mob": ("nsubj", "viel"), "politiebureau": ("nsubj", "viel")}, "ASSAULT",
     "een woedende mob", ["het politiebureau"]),
    # the subject hung from the auxiliary before the finite word, the objects read as subjects after it
    ("nl", "Onbekenden hebben gisteren een moskee en een kerk vernield.",
     {"Onbekenden": ("nsubj", "hebben"), "moskee": ("nsubj", "vernield"), "kerk": ("nsubj", "vernield")},
     "ASSAULT", "Onbekenden", ["een moskee", "een kerk"]),
    # subjects joined by "en" are one subject: nothing is turned into an object
    ("nl", "Zaterdag vielen militairen en politieagenten het kamp aan.",
     {"Zaterdag": ("obl", "vielen"), "militairen": ("nsubj", "vielen"), "en": ("cc", "politieagenten"),
      "politieagenten": ("nsubj", "vielen"), "het": ("det", "kamp"), "kamp": ("obj", "vielen"),
      "aan": ("compound:prt", "vielen")}, "ASSAULT", "militairen", ["het kamp"]),
    # no verb-second order in English: two subjects stay subjects
    ("en", "Soldiers and police officers attacked the camp.",
     {"officers": ("nsubj", "attacked")}, "ASSAULT", "Soldiers", ["the camp"]),
])
def test_several_subjects_in_verb_second_order(stages, lang, text, parse, etype, actor, targets) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, etype)
    assert actor in _texts(event.actors)
    assert _texts(event.targets) == targets
    offsets_exact(doc)


FINITE = "Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin"
AUX = {"pos": "AUX", "morph": "Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin"}


@pytest.mark.parametrize(("lang", "text", "parse", "fields", "target"), [
    ("nl", "Rusland heeft Oekraïne beschoten.",
     {"Rusland": ("nsubj", "beschoten"), "heeft": ("aux", "beschoten"), "Oekraïne": ("obj", "beschoten"),
      "beschoten": ("ROOT", "beschoten")}, {"beschoten": {"morph": FINITE}, "heeft": AUX}, "Oekraïne"),
    ("en", "Russia has attacked Ukraine.",
     {"Russia": ("nsubj", "attacked"), "has": ("aux", "attacked"), "Ukraine": ("obj", "attacked"),
      "attacked": ("ROOT", "attacked")}, {"attacked": {"morph": FINITE}, "has": AUX}, "Ukraine"),
])
def test_a_finite_auxiliary_is_the_finite_word_of_its_clause(stages, lang, text, parse, fields, target) -> None:
    """A participle tagged finite too ("beschoten" is also the past plural) does not make the object before it
    a piece of a first position."""
    doc = reparsed(stages, text, lang, parse, fields=fields)
    assert _texts(first_event(doc, "ASSAULT").targets) == [target]
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "sides"), [
    ("nl", "Verbeek en De Groot beschuldigden elkaar vervolgens van symboolpolitiek.",
     {"Verbeek": ("ROOT", "Verbeek"), "en": ("cc", "De"), "De": ("conj", "Verbeek"), "Groot": ("flat", "De"),
      "beschuldigden": ("conj", "Verbeek"), "elkaar": ("obj", "beschuldigden")}, ["Verbeek", "De Groot"]),
    ("en", "Smith and Jones accused each other of lying.",
     {"Smith": ("ROOT", "Smith"), "and": ("cc", "Jones"), "Jones": ("conj", "Smith"), "accused": ("conj", "Smith"),
      "other": ("obj", "accused")}, ["Smith", "Jones"]),
])
def test_a_verb_read_as_a_conjunct_of_its_subject_has_it_as_actor(stages, lang, text, parse, sides) -> None:
    fields: dict[str, dict[str, str]] = {word: {"pos": "PROPN"} for word in ("De", "Groot") if word in text}
    verb = "beschuldigden" if lang == "nl" else "accused"  # as that parser tagged them
    fields[verb] = {"pos": "VERB", "morph": "Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin"}
    doc = reparsed(stages, text, lang, parse, fields=fields)
    event = first_event(doc, "ACCUSE")
    assert _texts(event.actors) == sides
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "victim"), [
    ("nl", "Man zwaargewond bij steekpartij in Tilburg\n\nDe politie zoekt getuigen.",
     {"Man": ("ROOT", "Man"), "zwaargewond": ("fixed", "Man"), "steekpartij": ("nmod", "Man")}, "Man"),
    ("en", "Man badly injured in stabbing in Leeds\n\nPolice are looking for witnesses.",
     {"Man": ("ROOT", "Man"), "injured": ("amod", "Man"), "stabbing": ("nmod", "Man")}, "Man"),
])
def test_a_headline_noun_the_casualty_word_hangs_from_was_hurt(stages, lang, text, parse, victim) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "ASSAULT")
    assert _texts(event.targets) == [victim] and not event.actors
    offsets_exact(doc)


def _sizes(doc: Document, etype: str) -> dict[str, float | None]:
    return {s.slot: s.low for s in first_event(doc, etype).size}


def test_a_casualty_idiom_hung_from_its_particle_counts_the_dead(stages) -> None:
    """"om het leven" hung as one expression from the particle "om" (the idiom is Dutch only: English has no
    such entry in its facts)."""
    doc = reparsed(stages, "Bij een aanval op een kazerne kwamen vijf soldaten om het leven.", "nl",
                   {"soldaten": ("nsubj", "kwamen"), "om": ("compound:prt", "kwamen"), "het": ("det", "leven"),
                    "leven": ("fixed", "om")})
    assert _sizes(doc, "ASSAULT").get("killed") == 5


def test_a_casualty_word_before_the_nouns_own_coordinator_is_said_of_another(stages) -> None:
    """"14 agenten gewond en 30 relschoppers aangehouden" with both hung from the last verb: the 30 were
    arrested, not hurt. (Dutch only: an English casualty is its verb, "were injured", not a word beside it.)"""
    doc = reparsed(stages, "Bij de rellen werden 14 agenten gewond en 30 relschoppers aangehouden.", "nl",
                   {"agenten": ("nsubj:pass", "aangehouden"), "gewond": ("advmod", "aangehouden"),
                    "en": ("cc", "relschoppers"), "relschoppers": ("obj", "aangehouden")})
    assert _sizes(doc, "COERCE") == {"arrested": 30}


@pytest.mark.parametrize(("lang", "text", "words"), [
    ("nl", "De burgemeester bezocht twee stichtingen die hulp verlenen aan daklozen.",
     ("stichtingen", "die", "hulp", "verlenen", "daklozen")),
    ("en", "The mayor visited two charities that provide aid to homeless people.",
     ("charities", "that", "aid", "provide", "people")),
])
def test_a_relative_clause_verb_tagged_infinitive_is_its_present_twin(stages, lang, text, words) -> None:
    """A relative clause has a finite verb: one tagged infinitive with none finite beside it is the present
    plural of the same spelling, and the clause characterises the noun ("stichtingen die hulp verlenen")."""
    noun, pronoun, obj, verb, oblique = words
    parse = {pronoun: ("nsubj", verb), obj: ("obj", verb), verb: ("acl:relcl", noun), oblique: ("obl", verb)}
    doc = reparsed(stages, text, lang, parse, fields={verb: {"pos": "VERB", "morph": "VerbForm=Inf"},
                                                      pronoun: {"pos": "PRON"}, oblique: {"pos": "NOUN"}})
    assert "AID" not in [e.type for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "parse", "actor"), [
    # the verb read as a noun between a source and its subject, "getuigen" made the subject
    ("nl", "Volgens getuigen schoten militairen op ongewapende betogers.",
     {"Volgens": ("case", "militairen"), "getuigen": ("nsubj", "schoten"), "schoten": ("amod", "militairen"),
      "militairen": ("ROOT", "militairen"), "ongewapende": ("amod", "betogers"), "betogers": ("nmod", "militairen")},
     "militairen"),
    ("en", "According to witnesses, soldiers fired on unarmed protesters.",
     {"witnesses": ("nsubj", "fired"), "soldiers": ("obl", "fired")}, "soldiers"),
])
def test_when_every_subject_the_parse_gave_is_dropped_the_position_decides(stages, lang, text, parse,
                                                                          actor) -> None:
    """"volgens getuigen" is a source, never the actor; with it dropped, the subject by position acts (and a
    participle that modifies a noun after "op" does not make "op" a postposition)."""
    doc = reparsed(stages, text, lang, parse, fields={"ongewapende": {"pos": "VERB"}} if lang == "nl" else None)
    assert _texts(first_event(doc, "ASSAULT").actors) == [actor]
    offsets_exact(doc)


@pytest.mark.parametrize(("parse", "pos", "kept"), [
    ({"Refuse": ("compound", "collectors")}, "PROPN", False),
    ({"Refuse": ("ROOT", "Refuse"), "collectors": ("obj", "Refuse")}, "VERB", True),  # read as a verb: one
])
def test_a_capitalized_verb_spelling_before_a_common_noun_is_its_modifier(stages, parse, pos, kept) -> None:
    """"Refuse collectors": tagged a name and hung from the lower-case noun after it, the word is no verb. (English
    only: Dutch writes such a modifier as one word with its noun, "vuilnisophalers".)"""
    doc = reparsed(stages, "Refuse collectors in Sheffield will walk out on Monday.", "en", parse,
                   fields={"Refuse": {"pos": pos}})
    assert ("REJECT" in [e.type for e in doc.events]) == kept


@pytest.mark.parametrize(("lang", "text", "parse", "actor", "target"), [
    ("nl", "Bij luchtaanvallen van de Soedanese luchtmacht op markten in Nyala vielen tientallen doden.",
     {"luchtmacht": ("nmod", "luchtaanvallen"), "markten": ("nmod", "luchtmacht")}, "de Soedanese luchtmacht",
     "markten"),
    ("en", "The attacks of the militia on villages in Darfur killed dozens.",
     {"militia": ("nmod", "attacks"), "villages": ("nmod", "militia")}, "the militia", "villages"),
])
def test_an_armed_force_after_of_acts_and_its_on_phrase_is_the_target(stages, lang, text, parse, actor,
                                                                      target) -> None:
    """An armed force of the agent table after "van"/"of" attacked; the "op"/"on" phrase hung from it is what the
    attack hit."""
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, "ASSAULT")
    assert _texts(event.actors) == [actor] and target in _texts(event.targets)
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "verb", "parse", "target"), [
    ("nl", "Relschoppers staken een auto in brand en plunderden een supermarkt.", "plunderden",
     {"plunderden": ("conj", "brand"), "supermarkt": ("obj", "staken")}, "een supermarkt"),
    ("en", "Rioters torched a car and looted a supermarket.", "looted",
     {"looted": ("conj", "car"), "supermarket": ("obj", "torched")}, "a supermarket"),
])
def test_the_phrase_after_a_verb_tagged_as_a_noun_is_its_object(stages, lang, text, verb, parse, target) -> None:
    doc = reparsed(stages, text, lang, parse, fields={verb: {"pos": "NOUN"}})
    event = next(e for e in doc.events if e.trigger.text == verb)
    assert target in _texts(event.targets)
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "name", "actor"), [
    ("nl", "MINISTER RUUD HENDRIKS VEROORDEELDE DE RELLEN.",
     {"MINISTER": ("nsubj", "HENDRIKS"), "HENDRIKS": ("advcl", "VEROORDEELDE"), "RELLEN": ("obj", "VEROORDEELDE")},
     "HENDRIKS", "MINISTER RUUD HENDRIKS"),
    ("nl", "Minister Ruud Hendriks veroordeelde de rellen.",
     {"Minister": ("nsubj", "Hendriks"), "Hendriks": ("advcl", "veroordeelde"), "rellen": ("obj", "veroordeelde")},
     "Hendriks", "Minister Ruud Hendriks"),
])
def test_a_name_before_the_verb_is_no_inverted_first_position(stages, lang, text, parse, name, actor) -> None:
    """A name tagged as an adjective before the verb (lower-cased ALL CAPS, "hendriks") is still the noun phrase of
    the first position: the object after the verb is no inverted subject."""
    doc = reparsed(stages, text, lang, parse, fields={name: {"pos": "ADJ"}})
    event = first_event(doc, "ACCUSE")
    assert actor in _texts(event.actors) and actor not in _texts(event.targets)


@pytest.mark.parametrize(("lang", "text", "parse", "word", "actor", "target"), [
    ("nl", "In Den Haag bestookten jongeren een brandweerwagen met zwaar vuurwerk.",
     {"Den": ("obl", "bestookten"), "jongeren": ("obl", "bestookten"), "brandweerwagen": ("obj", "bestookten")},
     "jongeren", "jongeren", "een brandweerwagen"),
    ("nl", "Zaterdag bekogelden jongeren de politie met stenen.",
     {"Zaterdag": ("obl", "bekogelden"), "jongeren": ("obl", "bekogelden"), "politie": ("obj", "bekogelden")},
     "jongeren", "jongeren", "de politie"),
])
def test_an_adjective_used_as_a_noun_after_the_finite_verb_is_the_inverted_subject(stages, lang, text, parse, word,
                                                                                   actor, target) -> None:
    """Verb-second: "jongeren" tagged an adjective right after the finite verb, before the object, is the subject;
    the object stays the object. (English has no inversion after a first phrase.)"""
    verb = text.split()[2] if text.startswith("In") else text.split()[1]
    finite = {"pos": "VERB", "morph": "Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin"}
    doc = reparsed(stages, text, lang, {**parse, verb: ("ROOT", verb)}, fields={word: {"pos": "ADJ"}, verb: finite})
    event = first_event(doc, "ASSAULT")
    assert _texts(event.actors) == [actor] and _texts(event.targets) == [target]
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "etype", "target"), [
    ("nl", "Rebellen namen zondag twintig dorpelingen gevangen bij Goma.",
     {"dorpelingen": ("obj", "gevangen"), "gevangen": ("xcomp", "namen"), "zondag": ("obl", "namen")},
     "COERCE", "twintig dorpelingen"),
    ("en", "Rioters set two cars alight in the city centre.",
     {"cars": ("obj", "alight"), "alight": ("xcomp", "set")}, "ASSAULT", "two cars"),
])
def test_an_object_hung_from_a_word_of_the_expression_is_the_target(stages, lang, text, parse, etype,
                                                                    target) -> None:
    """"gevangen nemen", "set alight": the object the parse hung from the expression's second word is the
    expression's object."""
    doc = reparsed(stages, text, lang, parse)
    assert target in _texts(first_event(doc, etype).targets)
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "target"), [
    ("nl", "Bij de rellen werden 14 agenten gewond en 30 relschoppers aangehouden.",
     {"agenten": ("nsubj:pass", "aangehouden"), "gewond": ("advmod", "aangehouden"), "en": ("cc", "relschoppers"),
      "relschoppers": ("obj", "aangehouden")}, "30 relschoppers"),
    ("en", "During the riots 14 officers were injured and 30 rioters arrested.",
     {"officers": ("nsubj:pass", "arrested"), "injured": ("advmod", "arrested"), "and": ("cc", "rioters"),
      "rioters": ("obj", "arrested"), "arrested": ("ROOT", "arrested")}, "30 rioters"),
])
def test_who_a_casualty_word_before_the_next_and_speaks_of_is_no_target(stages, lang, text, parse, target) -> None:
    """"14 agenten gewond en 30 relschoppers aangehouden" with every word hung from the last verb: the officers
    were hurt, only the rioters were arrested."""
    doc = reparsed(stages, text, lang, parse, fields={"injured": {"pos": "ADJ"}} if lang == "en" else None)
    assert _texts(first_event(doc, "COERCE").targets) == [target]
    offsets_exact(doc)


@pytest.mark.parametrize(("lang", "text", "parse", "etype", "actor"), [
    # a clause reported without "that", read as a reduced relative on the reporting verb's object (English:
    # Dutch reports with "dat" or a colon)
    ("en", "The source said demonstrators hurled stones at the police.",
     {"demonstrators": ("obj", "said"), "hurled": ("acl", "demonstrators")}, "ASSAULT", "demonstrators"),
    ("en", "Witnesses said soldiers attacked the students with batons.",
     {"soldiers": ("obj", "said"), "attacked": ("acl", "soldiers")}, "ASSAULT", "soldiers"),
])
def test_a_reported_clause_read_as_a_relative_on_the_object_keeps_its_subject(stages, lang, text, parse, etype,
                                                                              actor) -> None:
    doc = reparsed(stages, text, lang, parse)
    event = first_event(doc, etype)
    assert _texts(event.actors) == [actor]
    assert actor not in _texts(event.targets)
    offsets_exact(doc)
