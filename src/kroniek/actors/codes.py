"""CAMEO actor codes (Phoenix dictionaries) read as kroniek's participant fields.

A CAMEO code is a string of three-letter parts: a country (ISO 3166-1 alpha-3, or a CAMEO region or
``IGO``/``NGO``/``MNC`` for bodies above or outside states) followed by role parts (``RUSGOV``,
``SOMREB``, ``IGOUNO``); an agent code (``~COP``) has only the roles. The role parts name the sector,
and the sector gives the ACLED category when the sector alone settles it (police, military, a
government: state forces; rebels; unaffiliated armed groups: militias; civilians and refugees:
civilians; international bodies: external/other forces). Other sectors (media, business, opposition,
...) leave the category open: the text must say more.
"""

from __future__ import annotations

from dataclasses import dataclass

#: CAMEO role part -> kroniek sector (see :data:`kroniek.model.ACTOR_SECTORS`).
SECTOR_OF_ROLE: dict[str, str] = {
    "COP": "police", "MIL": "military", "SPY": "intelligence", "GOV": "government", "JUD": "judiciary",
    "LEG": "legislature", "OPP": "opposition", "PTY": "party", "REB": "rebels", "INS": "rebels",
    "UAF": "militia", "CRM": "criminals", "CVL": "civilians", "PPL": "civilians", "REF": "refugees",
    "MED": "media", "BUS": "business", "MNC": "business", "LAB": "labour", "EDU": "education",
    "HLH": "health", "AGR": "agriculture", "REL": "religion", "NGO": "ngo", "IGO": "igo",
    "HRI": "human rights", "ELI": "elites", "ENV": "environment", "DEV": "development", "IMG": "rebels",
}

#: Sectors whose ACLED category (model.ACTOR_TYPES) follows from the sector alone.
TYPE_OF_SECTOR: dict[str, str] = {
    "police": "state forces", "military": "state forces", "intelligence": "state forces",
    "government": "state forces", "judiciary": "state forces", "legislature": "state forces",
    "rebels": "rebel group", "militia": "political militia", "civilians": "civilians",
    "refugees": "civilians", "igo": "external/other forces", "protesters": "protesters",
    "rioters": "rioters",
}

@dataclass(frozen=True, slots=True)
class Reading:
    """What a code says: country (alpha-2), sector and ACLED category, each None when it says nothing."""

    country: str | None = None
    sector: str | None = None
    type: str | None = None


def shipped_code(code: str, alpha2: dict[str, str]) -> str:
    """A CAMEO code as the shipped tables write it, ``country/roles`` with an ISO alpha-2 country:
    ``RUSGOV`` -> ``RU/GOV``, ``~COP`` -> ``/COP``, ``IGOUNO`` -> ``/IGOUNO``, ``WAFREB`` -> ``/REB``
    (a CAMEO region is no country). ``alpha2`` maps ISO alpha-3 to alpha-2 (used by the build only)."""
    code = code.lstrip("~").upper()
    parts = [code[k:k + 3] for k in range(0, len(code) - len(code) % 3, 3)]
    country = ""
    if parts and parts[0] in alpha2:
        country, parts = alpha2[parts[0]], parts[1:]
    elif parts and parts[0] not in SECTOR_OF_ROLE:
        parts = parts[1:]  # a region or a code kroniek does not know: no country, its roles still read
    return f"{country}/{''.join(parts)}"


def read_code(code: str) -> Reading:
    """``RU/GOV`` -> (RU, government, state forces); ``/COP`` -> (None, police, state forces)."""
    country, _, roles = code.partition("/")
    parts = [roles[k:k + 3] for k in range(0, len(roles) - len(roles) % 3, 3)]
    sector = next((SECTOR_OF_ROLE[p] for p in parts if p in SECTOR_OF_ROLE), None)
    return Reading(country or None, sector, TYPE_OF_SECTOR.get(sector or ""))
