"""Whether one place lies in another (kroniek.regions)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kroniek.regions import contains


@dataclass(frozen=True)
class _At:
    country: str | None
    admin1: str | None
    precision: str


GELDERLAND = _At("NL", "Gelderland", "admin1")
GELDERMALSEN = _At("NL", "Gelderland", "city")
TILBURG = _At("NL", "North Brabant", "city")
NETHERLANDS = _At("NL", None, "country")
ODESA_OBLAST = _At("UA", "Odessa", "admin1")
ODESA = _At("UA", "Odessa", "city")


@pytest.mark.parametrize(("outer", "inner", "inside"), [
    (GELDERLAND, GELDERMALSEN, True),
    (ODESA_OBLAST, ODESA, True),
    (GELDERLAND, TILBURG, False),
    (GELDERMALSEN, GELDERLAND, False),
    (NETHERLANDS, TILBURG, True),
    (NETHERLANDS, ODESA, False),
    (_At(None, None, "country"), TILBURG, False),
])
def test_a_region_or_country_contains_its_places(outer: _At, inner: _At, inside: bool) -> None:
    assert contains(outer, inner) is inside


def test_a_country_may_be_left_out_of_containment() -> None:
    assert not contains(NETHERLANDS, TILBURG, countries=False)
    assert contains(GELDERLAND, GELDERMALSEN, countries=False)
