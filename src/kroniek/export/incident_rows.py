"""The rows of ``kroniek export --level incident``: one row, line or feature per incident.

An incident (:mod:`kroniek.store.incidents`) is one happening with all its reports, so a row
counts a happening once. Its columns are the reconciled fields; sizes keep their range across
reports (``<slot>_low``/``<slot>_high``) and ``conflicts`` names the slots outlets disagree
on. ACLED's ``fatalities`` is the lowest death toll any report gives (ACLED's conservative
rule: never more than one report supports), ``source`` every outlet, and ``n_reports`` the
number of reports. ``event_keys`` leads back to each report's event.
"""

from __future__ import annotations

from typing import Any

from ..model import SIZE_SLOTS
from ..store.incidents import IncidentRow
from .acled import (
    ACLED_COLUMNS,
    DISORDER_TYPE,
    GEO_PRECISION,
    INTER,
    TIME_PRECISION,
    civilian_targeting,
    interaction,
    region,
)
from .columns import country_name, iso_numeric, number

#: (column, Python type) of the flat csv/parquet/geojson incident row.
INCIDENT_COLUMNS: tuple[tuple[str, type], ...] = (
    ("incident_id", str), ("type", str), ("mode", str), ("modality", str), ("acled_event_type", str),
    ("acled_sub_event_type", str), ("date", str), ("date_precision", str), ("date_source", str), ("date_start", str),
    ("date_end", str), ("place", str), ("geonames_id", int), ("country", str), ("admin1", str), ("latitude", float),
    ("longitude", float), ("geo_precision", str), ("first_report", str), ("last_report", str), ("n_reports", int),
    ("n_sources", int), ("sources", str),
    *((f"{slot}_{end}", float) for slot in SIZE_SLOTS for end in ("low", "high")),
    ("conflicts", str), ("actors", str), ("targets", str), ("sentence", str), ("event_keys", str), ("urls", str),
)
INCIDENT_CSV_COLUMNS: tuple[str, ...] = tuple(name for name, _ in INCIDENT_COLUMNS)
#: acled-csv at incident level: ACLED's columns, then kroniek's own.
ACLED_INCIDENT_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + (
    "other_locations", "unreal", "incident_id", "n_reports", "n_sources", "event_keys")


def incident_record(row: IncidentRow) -> dict[str, Any]:
    """The flat row of one incident (:data:`INCIDENT_COLUMNS`)."""
    s = row.summary
    when = s.get("when") or {}
    place = s.get("place") or {}
    members = row.members
    out: dict[str, Any] = {
        "incident_id": row.id, "type": s["type"], "mode": s["mode"], "modality": s["modality"],
        "acled_event_type": s["acled"]["event_type"], "acled_sub_event_type": s["acled"]["sub_event_type"],
        "date": when.get("value"), "date_precision": when.get("precision"), "date_source": when.get("source"),
        "date_start": when.get("start"), "date_end": when.get("end"),
        "place": place.get("name"), "geonames_id": place.get("geonames_id"), "country": place.get("country"),
        "admin1": place.get("admin1"), "latitude": place.get("lat"), "longitude": place.get("lon"),
        "geo_precision": place.get("precision"), "first_report": s["first_report"], "last_report": s["last_report"],
        "n_reports": s["n_reports"], "n_sources": s["n_sources"], "sources": "; ".join(s["sources"]),
        "conflicts": "; ".join(c["what"] for c in s["conflicts"]),
        "actors": "; ".join(a["name"] for a in s["actors"]), "targets": "; ".join(a["name"] for a in s["targets"]),
        "sentence": members[0].record.sentence_text if members else None,
        "event_keys": "; ".join(m.record.key for m in members),
        "urls": "; ".join(dict.fromkeys(m.record.url for m in members if m.record.url)),
    }
    for slot in SIZE_SLOTS:
        size = s["size"].get(slot) or {}
        out[f"{slot}_low"], out[f"{slot}_high"] = size.get("low"), size.get("high")
    return out


def incident_json(row: IncidentRow) -> dict[str, Any]:
    """One jsonl line: the reconciled incident and ``members`` (document, event, sentence, trigger, link)."""
    return row.to_dict(members=True)


def incident_feature(row: IncidentRow) -> dict[str, Any]:
    """The GeoJSON feature of one incident: a Point at its place (no geometry without one)."""
    props = incident_record(row)
    lat, lon = props.pop("latitude"), props.pop("longitude")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "id": row.id, "geometry": geometry, "properties": props}


def is_unreal(row: IncidentRow) -> bool:
    return row.summary["modality"] != "asserted"


def acled_incident_record(row: IncidentRow) -> dict[str, Any]:
    """The ACLED row of one incident (:data:`ACLED_INCIDENT_COLUMNS`): all sources, the number of reports."""
    s = row.summary
    when = s.get("when") or {}
    place = s.get("place") or {}
    country = place.get("country")
    date = when.get("start") or ""
    precision = TIME_PRECISION.get(when.get("precision") or "", "")
    if precision and when.get("source") == "published":
        precision = max(int(precision), 2)
    actors, targets = s["actors"], s["targets"]
    inter1 = INTER.get(actors[0]["type"] or "") if actors else None
    inter2 = INTER.get(targets[0]["type"] or "") if targets else None
    killed = [c["low"] if c["low"] is not None else c["high"] for c in (s["size"].get("killed") or {}).get("claims", [])]
    killed = [k for k in killed if k is not None]
    crowd = s["size"].get("participants")
    tags = [f"reports={s['n_reports']}"]
    if crowd:
        low, high = number(crowd["low"]), number(crowd["high"])
        tags.append(f"crowd size={low if high == low else f'{low}-{high}' if high is not None else f'{low}+'}")
    tags.extend(f"conflict={c['what']}" for c in s["conflicts"])
    if is_unreal(row):
        tags.append(f"modality={s['modality']}")
    return {
        "event_id_cnty": f"{(country or 'XX').upper()}-{row.id}", "event_date": date, "year": date[:4],
        "time_precision": precision, "disorder_type": DISORDER_TYPE.get(s["acled"]["event_type"], ""),
        "event_type": s["acled"]["event_type"], "sub_event_type": s["acled"]["sub_event_type"],
        "actor1": actors[0]["name"] if actors else "", "assoc_actor_1": "; ".join(a["name"] for a in actors[1:]),
        "inter1": inter1 or "",
        "actor2": targets[0]["name"] if targets else "", "assoc_actor_2": "; ".join(a["name"] for a in targets[1:]),
        "inter2": inter2 or "", "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(s["acled"]["event_type"], [t["type"] for t in targets]),
        "iso": iso_numeric(country), "region": region(country), "country": country_name(country),
        "admin1": place.get("admin1") or "", "admin2": "", "admin3": "", "location": place.get("name") or "",
        "latitude": place.get("lat", ""), "longitude": place.get("lon", ""),
        "geo_precision": GEO_PRECISION.get(place.get("precision") or "", ""),
        "source": "; ".join(s["sources"]), "source_scale": "",
        "notes": row.members[0].record.sentence_text if row.members else "",
        "fatalities": number(min(killed)) if killed else 0, "tags": "; ".join(tags), "timestamp": "",
        "other_locations": "", "unreal": is_unreal(row), "incident_id": row.id, "n_reports": s["n_reports"],
        "n_sources": s["n_sources"], "event_keys": "; ".join(m.record.key for m in row.members),
    }
