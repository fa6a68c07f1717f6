"""kroniek's scorer for its gold format: ``kroniek eval gold DIR`` and the dev-set gate use it.

A gold file ``X.gold.json`` describes the article ``X.txt`` (metadata in ``X.meta.json``)::

    {"document": {"file": "X.txt", "published": "2022-09-26", "language": "nl"},
     "times": [{"text": "vorige week", "occurrence": 1, "value": "2022-W38", "granularity": "week"}],
     "places": [{"text": "Moskou", "country": "RU", "geonames_id": 524901, "lat": 55.75, "lon": 37.62,
                 "precision": "city"}],
     "quantities": [{"text": "261.000", "low": 261000, "high": 261000, "exact": true,
                     "claimed_by": "Novaja Gazeta"}],
     "quotes": [{"text": "...", "kind": "direct", "speaker": "Deen"}],
     "events": [{"type": "PROTEST", "evidence": "gingen mensen de straat op", "optional": false,
                 "modality": "asserted", "where": [{...place...}], "when": {"value": "2022-W38"},
                 "size": {"displaced": {"low": 1000, "high": null}}, "actors": ["mensen"], "targets": []}],
     "conflicts": [{"slot": "displaced", "values": [{"low": 261000}, {"low": 200000}]}]}

How it is scored (the same rules as ``../shared/tools/score.py``, which a test compares with):

* A gold item is the ``occurrence``-th (default first, non-overlapping) occurrence of its ``text``
  in the prediction's text; one that is not there is a gold error, reported and left out.
* Span components (times, places, quantities, quotes) match one to one by largest overlap; a
  quote needs half of the gold characters covered. Times count only calendar values for precision.
* Events match within the predicted sentences that their ``evidence`` (a string or a list)
  overlaps, by type (and, as ``events_sentence_only``, without), nearest trigger first, as a
  maximum matching that places required events before ``optional`` ones; an optional event
  counts when found and is not missed when absent.
* Attribute accuracies are judged over matched pairs: a time value is right when equal or finer
  and inside the gold period; a place on the same GeoNames id, else within 50 km (point, city,
  admin2) or 400 km or the same admin1 (admin1, region), or the same country code (country);
  speakers, claimants, actors and targets when a gold name is contained in a predicted text or
  entity name (or, for actors/targets, such a name of 3+ characters in the gold one); a gold
  ``"speaker": null`` wants no speaker. Absent or null gold attributes are not judged.
* A gold conflict is found by a predicted one whose lows include all of the gold lows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from .document import COMPONENTS, DocumentScore, score_document
from .report import SUMMARY, Report, load_gold, load_predictions, pair, score_documents
from .rules import Json, place_right, time_value_right

if TYPE_CHECKING:
    from ..pipeline import Pipeline


def analyse_articles(folder: Path, pipeline: Pipeline, names: list[str] | None = None) -> dict[str, Json]:
    """The kroniek/1 JSON of every ``*.txt`` in ``folder`` (or only ``names``), read with its ``.meta.json``."""
    from .. import extract

    out: dict[str, Json] = {}
    for txt in sorted(folder.glob("*.txt")):
        if names is not None and txt.stem not in names:
            continue
        meta_path = txt.with_name(txt.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        doc = extract(txt.read_text(encoding="utf-8"), published=meta.get("published"),
                      language=meta.get("language"), source=meta.get("source"), pipeline=pipeline)
        out[txt.stem] = json.loads(doc.to_json())  # exactly what a prediction file would hold
    return out


__all__ = [
    "COMPONENTS", "SUMMARY", "DocumentScore", "Report", "analyse_articles", "load_gold", "load_predictions", "pair",
    "place_right", "score_document", "score_documents", "time_value_right",
]
