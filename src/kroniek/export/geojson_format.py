"""``geojson``: a FeatureCollection with one feature per event, streamed.

The geometry is the event's primary place; its other places are listed in the ``other_places`` property.
An event without a resolved place is a feature without geometry (``null``, as RFC 7946 allows), so that
the collection holds every event and its counts once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from ..model import Place
from ..store import EventRow
from . import Exporter, ExportOptions
from .columns import event_record, other_places, primary_place

_OWN_GEOMETRY = ("latitude", "longitude", "other_locations")


def _place(place: Place) -> dict[str, Any]:
    return {"name": place.name, "country": place.country, "admin1": place.admin1, "latitude": place.lat,
            "longitude": place.lon, "geo_precision": place.precision, "geonames_id": place.geonames_id}


def geojson_feature(row: EventRow) -> dict[str, Any]:
    """The GeoJSON feature of one event: a Point at its primary place (no geometry without one)."""
    props = {k: v for k, v in event_record(row).items() if k not in _OWN_GEOMETRY}
    place = primary_place(row)
    geometry = {"type": "Point", "coordinates": [place.lon, place.lat]} if place is not None else None
    return {"type": "Feature", "id": row.key, "geometry": geometry,
            "properties": {**props, "other_places": [_place(p) for p in other_places(row)]}}


def write_features(features: Iterable[dict[str, Any]], out: IO[Any]) -> int:
    """A FeatureCollection written feature by feature (nothing held in memory); the number written."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in features:
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def write(rows: Iterable[EventRow], out: IO[Any], options: ExportOptions) -> int:
    return write_features((geojson_feature(row) for row in rows), out)


EXPORTER = Exporter(name="geojson", write=write, suffix=".geojson",
                    help="a FeatureCollection, one feature per event at its primary place, other places listed")
