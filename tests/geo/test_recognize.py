"""Toponym recognition's entity index: the entities overlapping a span, found by binary search."""

from __future__ import annotations

import pytest

from kroniek.geo.recognize import EntityIndex
from kroniek.model import Entity

# "Kiev Oblast", "Bill Clinton", "Bank of America", "Paris" (unsorted, one long and one nested)
ENTITIES = [Entity("e3", "Bank of America", 40, 55, "ORG", "Bank of America"),
            Entity("e1", "Kiev Oblast", 0, 11, "LOC", "Kiev Oblast"),
            Entity("e2", "Bill Clinton", 20, 32, "PER", "Bill Clinton"),
            Entity("e4", "America", 48, 55, "LOC", "America"),
            Entity("e5", "Paris", 70, 75, "LOC", "Paris")]


@pytest.mark.parametrize("start,end", [(0, 4), (5, 11), (11, 20), (25, 30), (31, 41), (48, 55), (50, 51),
                                       (55, 70), (60, 80), (0, 100), (100, 110)])
def test_overlapping_is_every_entity_sharing_a_character_in_start_order(start: int, end: int) -> None:
    expected = [e for e in sorted(ENTITIES, key=lambda e: e.start) if e.start < end and start < e.end]
    assert EntityIndex(ENTITIES).overlapping(start, end) == expected


def test_overlapping_without_entities_is_empty() -> None:
    assert EntityIndex([]).overlapping(0, 10) == []


# ----------------------------------------------------------------------------- text without letter case
from kroniek.geo import load_gazetteer, places_of  # noqa: E402
from kroniek.geo.gazetteer import Gazetteer  # noqa: E402
from kroniek.model import Document  # noqa: E402
from kroniek.nlp.casing import recase  # noqa: E402
from kroniek.segment import segment  # noqa: E402


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def place_names(text: str, gaz: Gazetteer) -> list[tuple[str, int | None]]:
    """The places of ``text`` (no tagger: the gazetteer alone) as (text lower-cased, GeoNames id)."""
    doc = Document(text=text, sentences=tuple(segment(text)[0]))
    return [(p.text.lower(), p.geonames_id) for p in places_of(doc, gaz).places]


CASED = [
    "De politie in Zwolle heeft zaterdag dertig betogers aangehouden. Later was het ook onrustig in Deventer.",
    "Boeren uit Friesland en Groningen trokken met hun trekkers naar Den Haag om te protesteren.",
    "Police in Leeds arrested 30 protesters on Saturday after clashes near the town hall.",
    "Thousands marched through Nairobi and Mombasa on Monday to protest against the new tax law.",
    "The United States imposed new sanctions on two companies, the ministry said on Friday.",
]


@pytest.mark.parametrize("text", CASED)
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_recased_text_finds_the_places_of_the_cased_text(text: str, case: str, gaz: Gazetteer) -> None:
    cased = place_names(text, gaz)
    assert cased
    assert place_names(recase(text, case), gaz) == cased  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "we may have to close the door, said a man who lives near the police station in the centre of town.",
    "na de storm was er veel schade; de brandweer zei dat het water nog steeds stijgt en de dijk zwak is.",
    "the sale of the house was a nice surprise for mark, who had been reading about the market all day.",
])
def test_common_words_in_lower_case_are_no_places(text: str, gaz: Gazetteer) -> None:
    assert place_names(text, gaz) == []


@pytest.mark.parametrize("text", [
    "The committee met on Tuesday, and the ledger from leeds was read aloud by the chair.",
    "De commissie kwam dinsdag bijeen en de brief uit zwolle werd voorgelezen door de voorzitter.",
])
def test_cased_text_takes_no_lower_case_word_for_a_place(text: str, gaz: Gazetteer) -> None:
    assert place_names(text, gaz) == []


def tagged_place_names(text: str, pos: dict[str, str], gaz: Gazetteer) -> list[str]:
    """The places of ``text`` with its words tagged ``pos[word]`` (else NOUN), as a tagger would."""
    import re

    from kroniek.model import Token

    tokens = tuple(Token(i=k, start=m.start(), end=m.end(), text=m.group(), lemma=m.group(),
                         pos=pos.get(m.group(), "NOUN"), tag="", morph="", dep="", head=k, sentence=0, ent="O")
                   for k, m in enumerate(re.finditer(r"\w+", text)))
    doc = Document(text=text, sentences=tuple(segment(text)[0]), tokens=tokens)
    return [p.text for p in places_of(doc, gaz).places]


@pytest.mark.parametrize("text,pos,expected", [
    ("in nairobi, about 2,000 teachers marched to parliament on monday.", {"nairobi": "ADJ"}, ["nairobi"]),
    ("de vakbonden riepen woensdag op om de blokkades op te heffen.", {"heffen": "VERB"}, []),
    ("zeven agenten gewond bij rellen in eindhoven.", {"eindhoven": "VERB"}, ["eindhoven"]),
])
def test_without_letter_case_a_tagged_verb_is_no_place_and_an_adjective_may_be(
        text: str, pos: dict[str, str], expected: list[str], gaz: Gazetteer) -> None:
    assert tagged_place_names(text, pos, gaz) == expected


@pytest.mark.parametrize(("text", "word"), [
    ("bij rellen in het centrum van eindhoven raakten zeven agenten gewond.", "eindhoven"),
    ("police fought rioters in the centre of bradford on saturday.", "bradford"),
])
def test_without_letter_case_a_verb_the_parse_gives_a_nouns_role_may_be_a_place(text: str, word: str,
                                                                                 gaz: Gazetteer) -> None:
    """"van eindhoven" tagged VERB but hung as a noun (nmod): a misread name, not a verb."""
    import re

    from kroniek.model import Token

    tokens = tuple(Token(i=k, start=m.start(), end=m.end(), text=m.group(), lemma=m.group(),
                         pos="VERB" if m.group() == word else "NOUN", tag="", morph="",
                         dep="nmod" if m.group() == word else "dep", head=k, sentence=0, ent="O")
                   for k, m in enumerate(re.finditer(r"\w+", text)))
    doc = Document(text=text, sentences=tuple(segment(text)[0]), tokens=tokens)
    assert word in [p.text for p in places_of(doc, gaz).places]


def test_without_letter_case_a_tagged_adjective_without_a_place_preposition_is_no_place(gaz: Gazetteer) -> None:
    text = "the darfur bar association said on friday that the attack had killed at least twelve people."
    assert tagged_place_names(text, {"darfur": "ADJ"}, gaz) == []


def place_texts(lang: str, text: str) -> list[str]:
    """The written forms of the places the whole pipeline finds in ``text``."""
    from kroniek import extract
    return [p.text for p in extract(text, language=lang, published="2026-06-16").places]


# ----------------------------------------------------------------------------- a name's particles (session 15)
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Van der Maas werd in mei na een informatieavond bedreigd.", "Maas"),
    ("nl", "Burgemeester Van den Bosch verbood de betoging.", "Bosch"),
])
def test_a_place_name_after_a_surname_particle_is_the_person(lang: str, text: str, name: str) -> None:
    assert name not in place_texts(lang, text)


# ----------------------------------------------------------------------------- abbreviations in capitals only (session 36)
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Sd/- K. Marbaniang, SI", "Sd"),
    ("en", "For inquiries: Ma. Theresa Dalisay, information officer.", "Ma"),
    ("nl", "Voor vragen: Ma. Theresa Dalisay, woordvoerder.", "Ma"),
    ("nl", "Getekend, Sd/- K. Marbaniang", "Sd"),
])
def test_a_short_word_in_mixed_case_is_no_place_s_abbreviation(lang: str, text: str, name: str) -> None:
    assert name not in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Protests were reported in Bo and in Kenema.", "Bo"),
    ("nl", "Er werd gedemonstreerd in Ho en in Accra.", "Ho"),
])
def test_a_short_place_name_written_as_a_name_stays_a_place(lang: str, text: str, name: str) -> None:
    assert name in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Incidenten\n[11/10, 15:40] Piendamó – Betogers bekogelen agenten.\n[12/10, 09:30] Morales – Studenten "
           "betogen.", "Piendamó"),
    ("en", "Incidents\n[11 Oct, 15:40] Piendamó – Protesters pelt officers.\n[12 Oct, 09:30] Morales – Students "
           "march.", "Piendamó"),
])
def test_the_name_that_opens_a_log_entry_after_its_stamp_is_a_place(lang: str, text: str, name: str) -> None:
    assert name in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Axios Denver\n\nBetogers blokkeren poort van detentiecentrum\n\nDe politie en het stadsbestuur van Denver "
           "wijzen naar elkaar. Denver telt veel betogers.", "Denver"),
    ("en", "Axios Denver\n\nPepper balls as protesters shut Aurora ICE center gate\n\nLocal police and Denver "
           "officials are already blaming each other.", "Denver"),
])
def test_a_masthead_read_as_a_person_makes_no_surname_of_a_big_city(lang: str, text: str, name: str) -> None:
    assert name in place_texts(lang, text)


# ----------------------------------------------------------------------------- a title or ship after its kind noun (session 16)
@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The arrests were first reported by the newspaper El Sur on Thursday.", "Sur"),
    ("nl", "Dat meldde de Mexicaanse krant El Sur donderdag.", "Sur"),
    ("nl", "Studenten bezetten sinds maandag onderwijsgebouw Orion.", "Orion"),
    ("en", "Students have occupied the building Orion since Monday.", "Orion"),
    # one sense per discourse: named as a building once, the name is the building all through
    ("nl", "Studenten bezetten onderwijsgebouw Orion. In Orion hingen spandoeken.", "Orion"),
    ("en", "Students occupied the building Orion. In Orion, banners hung from the windows.", "Orion"),
])
def test_a_name_after_a_noun_of_its_kind_is_no_place(lang: str, text: str, name: str) -> None:
    assert name not in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "Students marched in Dakar. They set fire to a bus of the transport company Dakar Dem Dikk.", "Dakar"),
    ("nl", "Studenten liepen door Dakar. Ze staken een bus van vervoersbedrijf Dakar Dem Dikk in brand.", "Dakar"),
])
def test_a_kind_noun_before_a_longer_name_holding_a_place_makes_no_title_of_the_place(lang: str, text: str,
                                                                                       name: str) -> None:
    """"the company Dakar Dem Dikk" is no title that is the place's name, as "the newspaper El Sur" is: the town's
    other mentions stay places."""
    assert name in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("en", "The newspaper reported clashes in Acapulco on Thursday.", "Acapulco"),
    ("nl", "De krant meldde donderdag botsingen in Acapulco.", "Acapulco"),
])
def test_a_place_after_a_kind_noun_and_a_preposition_stays_a_place(lang: str, text: str, name: str) -> None:
    assert name in place_texts(lang, text)


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("nl", "Studenten bezetten maandag een zaal op Wageningen Campus in Nederland.", "Wageningen"),
    ("en", "Students occupied a hall on Wageningen Campus in the Netherlands on Monday.", "Wageningen"),
])
def test_a_town_naming_its_campus_stays_a_place(lang: str, text: str, name: str) -> None:
    assert name in place_texts(lang, text)


# ----------------------------------------------------------------------------- session 18: datelines, route ends
import kroniek  # noqa: E402

PLACES_IN_THE_WHOLE_PIPELINE = [  # (the tagger's labels take part: "S-HERTOGENBOSCH" ORG, "Athene-Thessaloniki" ORG)
    ("nl", "’S-HERTOGENBOSCH - Om 07.00 uur stonden de eerste busjes voor de deur.", ["’S-HERTOGENBOSCH"]),
    ("en", "’S-HERTOGENBOSCH, Netherlands (Reuters) - Police cleared a squat on Tuesday.",
     ["’S-HERTOGENBOSCH", "Netherlands"]),
    ("en", "Farmers have blocked the Athens-Thessaloniki motorway at the Nikaia junction.",
     ["Athens", "Thessaloniki", "Nikaia"]),
    ("nl", "Boeren blokkeerden dinsdag de snelweg Athene-Thessaloniki.", ["Athene", "Thessaloniki"]),
    ("en", "Storms hit the Baden-Württemberg region.", ["Baden-Württemberg region"]),  # one place's name stays whole
    ("nl", "Kraken is sinds oktober 2010 strafbaar. Het gebeurde in Amsterdam.", ["Amsterdam"]),  # "Kratie" by sound
    ("nl", "Basjkortostan is arm. De fabriek in Basjkortostan sloot.", ["Basjkortostan", "Basjkortostan"]),
    # an imperative opening its sentence is no place ("Kom" is no "Qom"); a name opening one stays one
    ("nl", "Kom om 19 uur naar het plein. Gent telt veel inwoners.", ["Gent"]),
    ("en", "Come to the square at 7 pm. Paris is the capital.", ["Paris"]),
]


@pytest.mark.parametrize(("lang", "text", "places"), PLACES_IN_THE_WHOLE_PIPELINE)
def test_datelines_with_an_article_route_ends_and_names_by_sound(pipeline, lang, text, places):  # type: ignore[no-untyped-def]
    """A dateline in capitals opening with "’S-" is a place whatever the tagger says; two places joined by a hyphen
    into no known name ("the Athens-Thessaloniki motorway") are two; a sentence-initial word that sounds like a
    place and is never used as one after a place preposition is no place."""
    doc = kroniek.extract(text, language=lang, published="2025-09-24", pipeline=pipeline)
    assert [p.text for p in doc.places] == places


# ----------------------------------------------------------------------------- session 37: routes, codes, suffixes
PLACES_OF_ROUTES_AND_CODES = [
    # a road's number before a place holds no name of it; a place a kind word named once is one in plain mentions
    ("nl", "Verkeer\n\nMijd de regio Moerdijk.\n\nA17 Moerdijk → Roosendaal\nColonne van zo'n 60 trucks.",
     ["Moerdijk", "Moerdijk", "Roosendaal"]),
    ("en", "Traffic\n\nAvoid the Moerdijk area.\n\nA17 Moerdijk → Roosendaal\nA convoy of 60 lorries.",
     ["Moerdijk", "Moerdijk", "Roosendaal"]),
    # the parts of a hyphen-joined pair may hold hyphens of their own
    ("en", "A blockade of the Osh-Kara-Suu road by traders ended.", ["Osh", "Kara-Suu"]),
    ("nl", "Handelaars blokkeerden de weg Osh-Kara-Suu.", ["Osh", "Kara-Suu"]),
    # a name before "-based" is a place
    ("en", "An Osh-based rights group counts at least 30.", ["Osh"]),
    # a name inside a code is none
    ("en", "Canonical ID: 26BISHKEK1047_a\n\nTraders protested in Osh.", ["Osh"]),
    ("nl", "Kenmerk: 26BISHKEK1047_a\n\nHandelaars protesteerden in Osh.", ["Osh"]),
]


@pytest.mark.parametrize(("lang", "text", "places"), PLACES_OF_ROUTES_AND_CODES)
def test_places_of_routes_codes_and_place_suffixes(pipeline, lang, text, places):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-23", pipeline=pipeline)
    assert [p.text for p in doc.places] == places
