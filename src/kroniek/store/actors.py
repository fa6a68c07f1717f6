"""Actors across documents: which participants name an actor, and the key that makes two of them one.

A participant names an actor when it is linked to an entity (its name is the participant's
canonical name, else the entity's), or when it is an organized group the text describes without a
name ("de Russische politie", "Israeli forces": a canonical name and an organized ACLED type).
Crowds and bystanders without a name ("demonstranten", "civilians") are no actor: their
participant row keeps its type, sector and country, but no actor id.

Two participants are the same actor when their names normalize to the same key (Unicode NFKC,
case, spacing, surrounding punctuation, a leading definite article of the document's language)
and they have the same country. The actor id is derived from that key, so every writer, concurrent
or not, computes the same id without looking anything up.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..errors import KroniekError
from ..model import Participant

#: ACLED types of organized groups: such a participant names an actor even without an entity.
ORGANIZED_TYPES = frozenset({"state forces", "rebel group", "political militia", "identity militia",
                             "external/other forces"})
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@lru_cache(maxsize=16)
def _articles(language: str) -> frozenset[str]:
    from ..lang import get_language

    try:
        return get_language(language).words("definite_articles")
    except KroniekError:  # a language kroniek has no data for: keep the name as it is
        return frozenset()


def name_key(name: str, language: str = "") -> str:
    """``name`` normalized for comparison: NFKC, case-folded, single spaces, no edge punctuation or article."""
    key = _EDGE.sub("", _SPACE.sub(" ", unicodedata.normalize("NFKC", name)).strip()).casefold()
    first, _, rest = key.partition(" ")
    if rest and first in _articles(language):
        key = rest
    return key


def actor_id(key: str, country: str | None) -> str:
    """The id of the actor with name key ``key`` and ``country`` (16 hex digits)."""
    return hashlib.sha1(f"{key}\x1f{(country or '').upper()}".encode()).hexdigest()[:16]


def actor_name(p: Participant, entity_canonical: str | None) -> str | None:
    """The name under which ``p`` is an actor, or None when it names none (see the module doc)."""
    name = p.canonical or entity_canonical
    if not name or not name.strip():
        return None
    if p.entity is not None or p.type in ORGANIZED_TYPES:
        return name.strip()
    return None


def participant_fields(p: Participant, entity_canonical: str | None, language: str) -> dict[str, Any]:
    """The typed columns of ``p``'s ``event_participants`` row, and under ``"actor"`` its actor row (or None)."""
    country = p.country.upper() if p.country else None
    name = actor_name(p, entity_canonical)
    actor: dict[str, Any] | None = None
    if name is not None:
        key = name_key(name, language)
        if key:
            actor = {"id": actor_id(key, country), "name_key": key, "country": country or "", "canonical": name,
                     "type": p.type, "sector": p.sector}
    return {"canonical": p.canonical or entity_canonical, "type": p.type, "sector": p.sector, "country": country,
            "actor_id": actor["id"] if actor else None, "actor": actor}


def actor_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` with one row per actor id (the first seen), in a stable order (by id) for the insert."""
    unique: dict[str, dict[str, Any]] = {}
    for r in rows:
        unique.setdefault(r["id"], r)
    return [unique[k] for k in sorted(unique)]
