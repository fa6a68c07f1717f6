"""The article's focus location (kroniek.events.arguments.focus_place): where an event told without a place
happened. As often named, the finer place wins over the region it lies in."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.events.arguments import focus_place

ARTICLES = [
    ("nl", "Gevechten in Noord-Darfur\n\nIn Noord-Darfur is het opnieuw onrustig. Rond El Fasher wordt hevig gevochten. "
           "Hulporganisaties in El Fasher zeggen dat de voorraden op zijn.", "El Fasher"),
    ("en", "Fighting in North Darfur\n\nNorth Darfur is in turmoil again. Heavy fighting is reported around El Fasher. "
           "Aid groups in El Fasher say supplies have run out.", "El Fasher"),
]


@pytest.mark.parametrize(("lang", "text", "focus"), ARTICLES)
def test_the_finer_of_two_places_named_as_often_is_the_focus(lang: str, text: str, focus: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    names = [p.text for p in doc.places]
    assert names.count(focus) == 2 and len(names) == 4, names
    place = focus_place(doc)
    assert place is not None and place.text == focus


ROUND_UPS = [  # a round-up of datelined items: an event told without a place happened where its item is datelined
    ("nl", "BURGUM (ANP) - De politie heeft zaterdag een man aangehouden die het gemeentehuis in Burgum bedreigde.\n\n"
           "TBILISI (ANP/AFP) - De oproerpolitie heeft zaterdagnacht met waterkanonnen een betoging uiteengedreven. "
           "Een cameraman werd door agenten geslagen.", "geslagen", "TBILISI"),
    ("en", "LEEDS (PA) - Police arrested a man on Saturday after threats against the council in Leeds.\n\n"
           "TBILISI (AFP) - Riot police used water cannon to disperse a protest on Saturday night. A cameraman was "
           "beaten by officers.", "beaten", "TBILISI"),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "place"), ROUND_UPS)
def test_an_item_of_a_round_up_happened_where_its_dateline_says(lang: str, text: str, trigger: str, place: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2025-10-12")
    event = next(e for e in doc.events if e.trigger.text == trigger)
    assert [w.text for w in event.where] == [place], [(w.text) for w in event.where]


@pytest.mark.parametrize(("lang", "text", "focus"), [
    ("en", "Teachers marched in Karachi on Tuesday. The Sindh Teachers Alliance of Sindh said the Alliance of Sindh "
           "would march again, and the Human Rights Commission of Sindh agreed.", "Karachi"),
    ("nl", "Huurders betoogden dinsdag in Breda. Volgens Huurdersfront Tilburg en de Woonbond van Tilburg en "
           "Actiegroep Tilburg gaat het protest door.", "Breda"),
])
def test_a_place_ending_a_body_name_is_where_the_body_is_from_not_the_focus(lang: str, text: str, focus: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2024-05-10")
    assert len(doc.places) == 4  # the body's place is a place of the text, three times
    place = focus_place(doc)
    assert place is not None and place.text == focus


@pytest.mark.parametrize(("lang", "text", "focus"), [
    # named as often, a town is the focus before a country named first (session 31)
    ("en", "March ends in clashes\n\nPetrol bombs thrown after peaceful rally to US Embassy\n\nThousands marched "
           "through central Athens on Tuesday. The march reached the US Embassy at 6 p.m. In Thessaloniki, a separate "
           "march passed off without incident. Youths later clashed with police in Athens.", "Athens"),
    ("nl", "Mars eindigt in rellen\n\nMolotovcocktails na vreedzame mars naar ambassade van de VS\n\nDuizenden mensen "
           "liepen dinsdag door het centrum van Athene naar de ambassade. Ook in de VS werd betoogd. In Thessaloniki "
           "verliep een mars zonder incidenten. Later braken in Athene rellen uit.", "Athene"),
])
def test_a_town_named_as_often_as_a_country_is_the_focus(lang: str, text: str, focus: str) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-11-18")
    place = focus_place(doc)
    assert place is not None and place.text == focus, [p.text for p in doc.places]
