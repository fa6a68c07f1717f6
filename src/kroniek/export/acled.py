"""ACLED's columns and codes, and the ACLED row of one event.

One event is one row: the primary place gives the location columns and the other places are named in
``other_locations`` (after ACLED's own columns), so fatalities are never counted twice. Filled where
kroniek knows them: ``region`` from the country (:file:`acled_regions.tsv`), ``admin1``-``admin3`` and
``geo_precision`` from the place, ``time_precision`` from ``when``, ``source``, ``source_scale`` (only
"International", for a source whose country-code domain is not the event's country), ``notes`` (the
evidence sentence), and the actors from the typed participants (:func:`actor_columns`): ``actor1`` and
``actor2`` the first actor and target, ``assoc_actor_1``/``assoc_actor_2`` the others, ``inter1``/``inter2``
ACLED's code of their type, ``interaction`` the two codes lower first (one code and 0 when the event has
no typed target), ``civilian_targeting`` when the target is civilians in a violent event.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from ..model import Participant, Place, When
from ..store import EventRow
from .columns import (
    country_name,
    is_country_code,
    is_unreal,
    iso_numeric,
    location_name,
    number,
    other_places,
    primary_place,
    size,
)

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: kroniek's columns after ACLED's: the event's further places, whether the text does not assert it
#: (true only in rows kept by ``include_unreal``), and the key that leads back to the event in the store.
OWN_COLUMNS: tuple[str, ...] = ("other_locations", "unreal", "event_key")
ACLED_CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + OWN_COLUMNS

#: ACLED time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or longer.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
#: ACLED geo_precision: 1 the town itself, 2 near it / a part of a region, 3 only a larger region.
GEO_PRECISION = {"point": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3, "region": 3}
DISORDER_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Political violence; Demonstrations",
    "Strategic developments": "Strategic developments",
}
#: The ACLED column a place fills with its own name, by GeoNames feature code (ADM1, ADM2H, ...), else by
#: its precision.
_ADMIN_OF_FEATURE = {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3"}
_ADMIN_OF_PRECISION = {"admin1": "admin1", "admin2": "admin2"}
#: ACLED's actor codes (inter1, inter2) by actor type (model.ACTOR_TYPES).
INTER = {"state forces": 1, "rebel group": 2, "political militia": 3, "identity militia": 4, "rioters": 5,
         "protesters": 6, "civilians": 7, "external/other forces": 8}
#: Types ACLED names as a group of a country ("Protesters (Russia)") rather than by a name.
_GROUP_TYPES = frozenset({"protesters", "rioters", "civilians"})
#: ACLED event types of political violence, where a civilian target makes an event civilian targeting (a mob
#: that lynches a man is one; ACLED codes civilian targeting for riots too).
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
#: Country-code domains that are not the ISO code of their country.
_DOMAIN_COUNTRY = {"uk": "GB"}


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """ISO alpha-2 country code -> ACLED region, from :file:`acled_regions.tsv`."""
    text = resources.files(__package__).joinpath("acled_regions.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {code.strip().upper(): region.strip() for code, region in rows}


def region(country: str | None) -> str:
    return regions().get((country or "").upper(), "")


def time_precision(when: When | None) -> int | str:
    """ACLED's code for ``when``; a date taken from the publication date is never a known day (1)."""
    if when is None:
        return ""
    code = TIME_PRECISION[when.precision]
    return max(code, 2) if when.source == "published" else code


def admin_columns(place: Place | None) -> dict[str, str]:
    """admin1-admin3 of a place: its admin1, and its own name at its own administrative level."""
    out = {"admin1": (place.admin1 or "") if place else "", "admin2": "", "admin3": ""}
    if place is not None:
        level = _ADMIN_OF_FEATURE.get((place.feature_code or "")[:4]) or _ADMIN_OF_PRECISION.get(place.precision)
        if level:
            out[level] = place.name
    return out


def _source_country(row: EventRow) -> str | None:
    """The country of the source's country-code domain (``nos.nl`` -> NL), if it has one."""
    host = urlsplit(row.url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    code = _DOMAIN_COUNTRY.get(tld, tld.upper())
    return code if len(code) == 2 and is_country_code(code) else None


def source_scale(row: EventRow, country: str | None) -> str:
    """"International" for a source from another country than the event's; else unknown (empty)."""
    home = _source_country(row)
    return "International" if home and country and home != country.upper() else ""


def acled_actor_name(p: Participant, name: str) -> str:
    """The ACLED name of participant ``p`` (``name``: its canonical name): an unnamed crowd as ACLED names one,
    "Protesters (Russia)", else ``name``."""
    country = country_name(p.country)
    if p.type in _GROUP_TYPES and p.entity is None:
        label = p.type.capitalize() if p.type else name
        return f"{label} ({country})" if country else label
    return name


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: both actor codes, lower first ("16"); one actor alone is its code and 0 ("60")."""
    if inter1 and inter2:
        return f"{min(inter1, inter2)}{max(inter1, inter2)}"
    if inter1:
        return f"{inter1}0"
    return ""


def actor_columns(row: EventRow) -> dict[str, Any]:
    """actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting of an event."""
    ev = row.event
    sides = []
    for parts, names in ((ev.actors, row.actor_names), (ev.targets, row.target_names)):
        named = [acled_actor_name(p, names[k] if k < len(names) and names[k] else p.text) for k, p in enumerate(parts)]
        sides.append((parts, list(dict.fromkeys(named))))
    (actors, actor_names), (targets, target_names) = sides
    inter1 = INTER.get(actors[0].type or "") if actors else None
    inter2 = INTER.get(targets[0].type or "") if targets else None
    return {
        "actor1": actor_names[0] if actor_names else "", "assoc_actor_1": "; ".join(actor_names[1:]),
        "inter1": inter1 or "",
        "actor2": target_names[0] if target_names else "", "assoc_actor_2": "; ".join(target_names[1:]),
        "inter2": inter2 or "",
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(ev.acled.event_type, [p.type for p in targets]),
    }


def civilian_targeting(event_type: str, target_types: Iterable[str | None]) -> str:
    """ACLED's civilian_targeting of an event or incident: violence against civilians, or a violent event with a
    target typed civilians (a mob that lynches a man)."""
    civilians = event_type in _VIOLENT and "civilians" in target_types
    return "Civilian targeting" if civilians or event_type == "Violence against civilians" else ""


def _tags(row: EventRow) -> str:
    ev = row.event
    tags = []
    crowd = ev.size_of("participants")
    if crowd is not None and (crowd.low is not None or crowd.high is not None):
        low, high = number(crowd.low), number(crowd.high)
        tags.append(f"crowd size={low if high in (None, low) else f'{low}-{high}' if low is not None else high}")
    if is_unreal(ev):
        tags.append(f"modality={ev.modality}")
    if row.claimed_by_name:
        tags.append(f"claimed by={row.claimed_by_name}")
    return "; ".join(tags)


def acled_record(row: EventRow) -> dict[str, Any]:
    """The ACLED row of one event (:data:`ACLED_CSV_COLUMNS`), at its primary place."""
    ev = row.event
    date = row.date_start or ""
    killed = size(row, "killed")
    place = primary_place(row)
    country = place.country if place else None
    return {
        "event_id_cnty": f"{(country or 'XX').upper()}-{row.doc_id[:16]}-{ev.id}",
        "event_date": date, "year": date[:4],
        "time_precision": time_precision(ev.when),
        "disorder_type": DISORDER_TYPE.get(ev.acled.event_type, ""),
        "event_type": ev.acled.event_type, "sub_event_type": ev.acled.sub_event_type,
        **actor_columns(row),
        "iso": iso_numeric(country), "region": region(country), "country": country_name(country),
        **admin_columns(place),
        "location": location_name(row),
        "latitude": place.lat if place else "", "longitude": place.lon if place else "",
        "geo_precision": GEO_PRECISION.get(place.precision, "") if place else "",
        "source": row.source or urlsplit(row.url or "").hostname or "",
        "source_scale": source_scale(row, country), "notes": row.sentence_text,
        "fatalities": killed if killed is not None else 0, "tags": _tags(row), "timestamp": int(row.added),
        "other_locations": "; ".join(p.name for p in other_places(row)),
        "unreal": is_unreal(ev), "event_key": row.key,
    }
