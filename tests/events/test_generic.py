"""Background and generic mentions of events are no events: a right, a willingness, a law or a statistic about
them, what people habitually do, what a law would allow against anyone, and captions, section labels and
bylines that repeat an event. Dutch and English; the sentences are written for these tests."""

from __future__ import annotations

import pytest

import kroniek

PUBLISHED = "2025-06-03"


def types(pipeline, text: str, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)
    return [e.type for e in doc.events]


GENERIC = [
    ("nl", "Het recht om te demonstreren is ouder dan de meeste wetten."),
    ("nl", "Uit een peiling blijkt dat twee op de vijf verpleegkundigen bereid zijn om opnieuw te staken."),
    ("nl", "We hebben al een wet op arrestaties bij ernstige verstoring."),
    ("nl", "Demonstraties zijn heel gewoon in Nederland."),
    ("nl", "Arrestaties bij demonstraties stegen vorig jaar met een derde, blijkt uit cijfers van de politie."),
    ("nl", "Een staking is een laatste redmiddel, geen hobby."),
    ("nl", "Al-Shabaab valt regelmatig militaire bases in de regio aan."),
    ("nl", "Elk weekend gaan ergens in het land mensen de straat op voor het klimaat."),
    ("nl", "Met de nieuwe wet mag de politie iedereen oppakken die zich aan een hek vastketent."),
    ("en", "The right to demonstrate is older than most of our laws."),
    ("en", "A survey found that two in five nurses would be willing to strike again this year."),
    ("en", "We already have a law on arrests for serious disruption."),
    ("en", "Protests are common in Britain."),
    ("en", "Arrests at protests rose by a third last year, according to Home Office figures."),
    ("en", "A strike or a sit-in is a last resort, not a hobby."),
    ("en", "Al Shabaab frequently attacks military bases in the region."),
    ("en", "Every weekend, somewhere in the country, people march for the climate."),
    ("en", "Its new policing bill would let officers arrest anyone who locks on to a railing."),
    # quoted, beside a clause in the past
    ("nl", "‘Vreedzaam protest is een recht, maar wat we zaterdag zagen was niet vreedzaam’, zei de commissaris."),
    ("en", '"Peaceful protest is a right, but what we saw on Saturday was not peaceful," said the superintendent.'),
]


@pytest.mark.parametrize(("lang", "text"), GENERIC)
def test_a_generic_mention_is_no_event(pipeline, lang, text):  # type: ignore[no-untyped-def]
    assert types(pipeline, text, lang) == []


OCCURRENCES = [
    ("nl", "Zaterdag demonstreerden duizenden mensen in Den Haag voor het recht op wonen.", "PROTEST"),
    ("nl", "De politie heeft zaterdag in Bristol veertien klimaatactivisten aangehouden.", "COERCE"),
    ("nl", "Al-Shabaab viel donderdag een militaire basis bij Afgooye aan.", "ASSAULT"),
    ("en", "On Saturday thousands of people marched in London for the right to housing.", "PROTEST"),
    ("en", "On Saturday police in Bristol arrested 14 climate activists.", "COERCE"),
    ("en", "Al Shabaab attacked a military base near Afgooye on Thursday.", "ASSAULT"),
    ("nl", "‘Het protest was vreedzaam’, zei de commissaris.", "PROTEST"),
    ("en", '"The protest was peaceful," the superintendent said.', "PROTEST"),
]


@pytest.mark.parametrize(("lang", "text", "etype"), OCCURRENCES)
def test_an_occurrence_next_to_a_generic_word_is_still_an_event(pipeline, lang, text, etype):  # type: ignore[no-untyped-def]
    assert types(pipeline, text, lang) == [etype]


PLANNED_HOUSING = [
    ("nl", "In een pand waar twintig asielzoekers zouden worden opgevangen, is dinsdag brand gesticht."),
    ("en", "On Tuesday arsonists set fire to an office where twenty asylum seekers were to be housed."),
]


@pytest.mark.parametrize(("lang", "text"), PLANNED_HOUSING)
def test_what_a_building_was_meant_for_is_no_event_and_no_size(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)
    assert [(e.type, e.size) for e in doc.events] == [("ASSAULT", ())]


CAPTIONED = [
    ("nl", "De politie heeft zaterdag in Bristol veertien klimaatactivisten aangehouden. Zij zaten op de weg.\n\n"
           "Foto: Agenten houden een klimaatactivist aan in Bristol, zaterdag."),
    ("en", "On Saturday police in Bristol arrested 14 climate activists. They had sat down on a road.\n\n"
           "Photograph: Police detain a climate activist in Bristol on Saturday."),
]


@pytest.mark.parametrize(("lang", "text"), CAPTIONED)
def test_a_caption_repeats_the_event_it_shows(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)
    assert [(e.type, len(e.mentions)) for e in doc.events if e.type == "COERCE"] == [("COERCE", 1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Drivers block the road at Atote on Tuesday morning. Photo: Social media\n\nOn Tuesday hundreds of drivers "
           "marched to the city hall in protest against the ban. Drivers parked their vehicles across the main road."),
    ("nl", "Chauffeurs blokkeren dinsdagochtend de weg bij Atote. (Foto: sociale media)\n\nDinsdag trokken honderden "
           "chauffeurs in een protestmars naar het stadhuis tegen het verbod."),
])
def test_a_caption_of_a_blockade_is_no_mention_of_a_march(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published=PUBLISHED, pipeline=pipeline)
    assert ("PROTEST", "obstruct") in [(e.type, e.mode) for e in doc.events]
