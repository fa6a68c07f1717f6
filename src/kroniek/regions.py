"""Whether one place lies in another, by what the gazetteer records of both: a country holds its places, a
first-level region (province, state, oblast) the places whose first-level region it is.

One rule for the events stage (two tellings in one article, "in Gelderland" and "in Geldermalsen") and for
linking reports across articles (:mod:`kroniek.incidents`).
"""

from __future__ import annotations

from typing import Protocol


class Located(Protocol):
    """What containment reads of a place (:class:`kroniek.model.Place`, an incident's place)."""

    @property
    def country(self) -> str | None: ...

    @property
    def admin1(self) -> str | None: ...

    @property
    def precision(self) -> str: ...


def contains(outer: Located, inner: Located, *, countries: bool = True) -> bool:
    """Whether the region or country ``outer`` contains ``inner`` (``countries``: whether a country counts)."""
    if not outer.country or outer.country != inner.country:
        return False
    if outer.precision == "country":
        return countries
    if outer.precision == "admin1":
        return bool(outer.admin1) and outer.admin1 == inner.admin1
    return False


__all__ = ["Located", "contains"]
