"""kroniek.lang.titles: the one union of words before a name."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lang.titles import name_openers, person_titles


@pytest.mark.parametrize(("lang", "title", "role", "organisation"), [
    ("nl", "ambassadeur", "woordvoerder", "ministerie"),
    ("en", "ambassador", "spokesman", "ministry"),
])
def test_titles_roles_and_organisation_nouns(lang: str, title: str, role: str, organisation: str) -> None:
    language = get_language(lang)
    assert {title, role} <= person_titles(language)
    assert organisation not in person_titles(language)
    assert {title, role, organisation} <= name_openers(language)
