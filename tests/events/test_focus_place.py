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
