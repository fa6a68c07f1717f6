"""``kroniek eval incidents DIR``: link the articles of a folder into incidents and score them against gold.

The folder holds articles ``X.txt`` with ``X.meta.json`` (published, language, source, title,
url) and one ``incidents.gold.json``::

    {"X": [{"near": "Bij een blokkade van de A12", "trigger": "blokkade", "type": "PROTEST",
            "incident": "a12-jan11-protest"}, ...], ...}

A gold mention is the first occurrence of ``trigger`` at or after the first occurrence of
``near`` in ``X.txt``. It is found by the predicted event of the same type whose trigger
overlaps it (its trigger or a further mention of it), else by one of the same type in the same sentence, else by the article's only event of that type; a gold mention no event finds
is a cluster of its own on the system side (a missed report costs recall). The scores are
pairwise and B-cubed F1 over the gold mentions (:mod:`kroniek.incidents.scoring`), for
kroniek's linking and for the baseline that joins mentions of the same type, place and day.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..incidents import MentionRecord, link_all, mentions_of
from ..incidents.scoring import PRF, bcubed, pairwise
from ..model import Document

if TYPE_CHECKING:
    from ..pipeline import Pipeline

GOLD_FILE = "incidents.gold.json"


@dataclass(frozen=True, slots=True)
class IncidentScores:
    mentions: int
    found: int  # gold mentions a predicted event matches
    gold_incidents: int
    pairwise: PRF
    bcubed: PRF
    baseline_pairwise: PRF
    baseline_bcubed: PRF
    system: dict[str, str]  # gold mention -> system incident (for reading the errors)

    def as_dict(self) -> dict[str, Any]:
        return {"mentions": self.mentions, "found": self.found, "gold_incidents": self.gold_incidents,
                "pairwise": self.pairwise.as_dict(), "bcubed": self.bcubed.as_dict(),
                "baseline": {"pairwise": self.baseline_pairwise.as_dict(), "bcubed": self.baseline_bcubed.as_dict()}}


def read_documents(folder: Path, pipeline: Pipeline) -> dict[str, Document]:
    """Every ``*.txt`` of ``folder`` analysed with its ``.meta.json``."""
    from .. import extract

    out: dict[str, Document] = {}
    for txt in sorted(folder.glob("*.txt")):
        meta_path = txt.with_name(txt.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
        out[txt.stem] = extract(txt.read_text(encoding="utf-8"), published=meta.get("published"),
                                language=meta.get("language"), source=meta.get("source"), title=meta.get("title"),
                                url=meta.get("url"), pipeline=pipeline)
    return out


def read_gold(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """The incident gold of ``folder`` (InputError when it has none or it is no JSON object)."""
    gold_path = folder / GOLD_FILE
    if not gold_path.is_file():
        raise InputError(f"{folder}: no {GOLD_FILE}; expected the incident gold beside the articles")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise InputError(f"{gold_path}: not JSON ({exc})") from None
    if not isinstance(gold, dict):
        raise InputError(f"{gold_path}: expected an object of article names, got {type(gold).__name__}")
    return gold


def score_folder(folder: Path, pipeline: Pipeline) -> IncidentScores:
    gold = read_gold(folder)
    return score_documents(read_documents(folder, pipeline), gold)


def score_documents(docs: dict[str, Document], gold: dict[str, list[dict[str, Any]]]) -> IncidentScores:
    """Link ``docs`` and score against ``gold`` (see the module docstring)."""
    records = {m.key: m for d in docs.values() for m in mentions_of(d)}
    linked = link_all(records.values())
    incident_of = {m.key: inc.id for inc in linked for m in inc.members}
    baseline = {k: _baseline_key(m) for k, m in records.items()}
    gold_of: dict[str, str] = {}
    system: dict[str, str] = {}
    base: dict[str, str] = {}
    found = 0
    for name, items in gold.items():
        doc = docs.get(name)
        if doc is None:
            raise InputError(f"{GOLD_FILE}: gold for {name!r}, but there is no {name}.txt")
        for k, item in enumerate(items):
            mention = f"{name}#{k}"
            gold_of[mention] = item["incident"]
            key = _match(doc, item)
            if key is None:
                system[mention] = base[mention] = "missed:" + mention
                continue
            found += 1
            system[mention], base[mention] = incident_of[key], baseline[key]
    return IncidentScores(len(gold_of), found, len(set(gold_of.values())), pairwise(gold_of, system),
                          bcubed(gold_of, system), pairwise(gold_of, base), bcubed(gold_of, base), system)


def _baseline_key(m: MentionRecord) -> str:
    place = (m.place.geonames_id or m.place.name) if m.place else None
    if place is None or m.day_start is None:
        return m.key  # nothing to join on
    return f"{m.type}|{place}|{m.day_start}"


def _match(doc: Document, item: dict[str, Any]) -> str | None:
    near = doc.text.find(item["near"])
    if near < 0:
        raise InputError(f"{GOLD_FILE}: {item['near']!r} is not in the article {doc.title!r}")
    start = doc.text.find(item["trigger"], near)
    if start < 0:
        raise InputError(f"{GOLD_FILE}: trigger {item['trigger']!r} is not after {item['near']!r}")
    end = start + len(item["trigger"])
    same = [e for e in doc.events if e.type == item["type"]]
    # An event the article tells twice has one trigger and further mentions (events.coref): any of them finds it.
    spans = [(e, t.start, t.end, s) for e in same
             for t, s in ((e.trigger, e.sentence), *((m.trigger, m.sentence) for m in e.mentions))]
    hit = next((e for e, s0, e0, _ in spans if s0 < end and start < e0), None)
    if hit is None:
        sentence = doc.sentence_at(start)
        hit = next((e for e, _, _, i in spans if sentence is not None and i == sentence.i), None)
    if hit is None and len(same) == 1:  # the article's one event of that type, told where the gold does not point
        hit = same[0]
    return f"{doc.id}:{hit.id}" if hit else None
