"""Scoring one predicted kroniek/1 document against its gold object, component by component."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from .rules import (
    Counts,
    Json,
    Span,
    augmenting_matching,
    greedy_span_matching,
    integer,
    items,
    obj,
    overlap,
    place_right,
    same_number,
    same_text,
    span_of,
    time_value_right,
)

#: The components reported, in table order (``events_sentence_only`` ignores the event type).
COMPONENTS: tuple[str, ...] = ("events", "events_sentence_only", "times", "places", "quantities", "quotes",
                               "conflicts")
#: Quotes match only when the prediction covers this share of the gold characters.
QUOTE_MIN_COVER = 0.5


@dataclass(frozen=True)
class DocumentScore:
    """The counts of one gold/prediction pair and the gold strings not found in its text."""

    name: str
    counts: dict[str, Counts]
    gold_errors: tuple[str, ...]


class _Comparison:
    """One gold object beside one prediction, with the lookups every component needs."""

    def __init__(self, name: str, gold: Json, pred: Json | None) -> None:
        self.name = name
        self.gold = gold
        self.pred = obj(pred)
        text = obj(self.pred.get("document")).get("text")
        self.text = text if isinstance(text, str) else ""
        self.entities = {e["id"]: e for e in items(self.pred.get("entities")) if isinstance(e.get("id"), str)}
        self.places = {p["id"]: p for p in items(self.pred.get("places")) if isinstance(p.get("id"), str)}
        self.errors: list[str] = []

    def locate(self, label: str, needle: Any, occurrence: Any) -> Span | None:
        """The ``occurrence``-th (non-overlapping) place of a gold string in the predicted text.

        Without a predicted text every gold item is missed: (0, 0) overlaps nothing. A string
        that is not there is a gold error, reported and left out.
        """
        if not self.text:
            return (0, 0)
        n = integer(occurrence) or 1
        if isinstance(needle, str) and needle:
            start = -1
            for k in range(n):  # non-overlapping, as an editor's "find next" counts them
                start = self.text.find(needle, start + len(needle) if k else 0)
                if start < 0:
                    break
            if start >= 0:
                return start, start + len(needle)
        self.errors.append(f"{self.name}: {label} {needle!r} (occurrence {n}) not found in prediction text")
        return None

    def entity_names(self, entity_id: Any) -> list[str]:
        """The casefolded text and canonical name of a predicted entity (none for a missing one)."""
        entity = obj(self.entities.get(entity_id)) if isinstance(entity_id, str) else {}
        return [v.casefold() for v in (entity.get("text"), entity.get("canonical")) if isinstance(v, str) and v]

    def spans(self, component: str, min_cover: float = 0.0) -> tuple[Counts, list[tuple[Json, Json]]]:
        """Counts of a span component and its matched (gold, pred) pairs in gold order."""
        gold: list[tuple[Json, Span]] = []
        for k, g in enumerate(items(self.gold.get(component))):
            found = self.locate(f"{component}[{k}]", g.get("text"), g.get("occurrence"))
            if found is not None:
                gold.append((g, found))
        pred = [(p, s) for p in items(self.pred.get(component)) if (s := span_of(p)) is not None]
        matched = greedy_span_matching([s for _, s in gold], [s for _, s in pred], min_cover)
        counts = Counts(gold=len(gold), pred=len(pred), gold_matched=len(matched), pred_matched=len(matched))
        return counts, [(gold[g][0], pred[p][0]) for g, p in sorted(matched.items())]


# ----------------------------------------------------------------------------------- components
def _times(c: _Comparison) -> Counts:
    counts, pairs = c.spans("times")
    # Precision counts only calendar values: a duration or a set has no gold to match.
    calendar = [p for p in items(c.pred.get("times"))
                if span_of(p) is not None and re.match(r"\d{4}", str(p.get("value")))]
    matched_ids = {id(p) for _, p in pairs}
    counts.pred = len(calendar)
    counts.pred_matched = sum(id(p) in matched_ids for p in calendar)
    for g, p in pairs:
        if g.get("value") is not None:
            counts.judge("value_acc", time_value_right(g["value"], p.get("value")))
        if g.get("granularity") is not None:
            counts.judge("granularity_acc", p.get("granularity") == g["granularity"])
    return counts


def _places(c: _Comparison) -> Counts:
    counts, pairs = c.spans("places")
    for g, p in pairs:
        if any(g.get(k) is not None for k in ("geonames_id", "lat", "country")):
            counts.judge("resolution_acc", place_right(g, p))
        if g.get("country"):
            counts.judge("country_acc", same_text(g["country"], p.get("country")))
    return counts


def _quantities(c: _Comparison) -> Counts:
    counts, pairs = c.spans("quantities")
    for g, p in pairs:
        if g.get("exact") is True:
            if g.get("high") is not None:
                high_right = same_number(p.get("high"), g["high"])
            else:  # a single gold value: the prediction may leave high empty or repeat low
                high_right = p.get("high") in (None, g.get("low"))
            counts.judge("value_acc", same_number(p.get("low"), g.get("low")) and high_right)
        claimant = g.get("claimed_by")
        if isinstance(claimant, str) and claimant:
            wanted = claimant.casefold()
            names = c.entity_names(p.get("claimed_by"))
            counts.judge("claimed_by_acc", any(wanted in n or n in wanted for n in names))
    return counts


def _quotes(c: _Comparison) -> Counts:
    counts, pairs = c.spans("quotes", QUOTE_MIN_COVER)
    for g, p in pairs:
        if g.get("kind") is not None:
            counts.judge("kind_acc", p.get("kind") == g["kind"])
        if "speaker" not in g:
            continue
        if g["speaker"] is None:  # unattributed in gold: the prediction must name nobody
            counts.judge("speaker_acc", p.get("speaker") is None and not p.get("speaker_text"))
            continue
        wanted = str(g["speaker"]).casefold()
        said = [p["speaker_text"].casefold()] if isinstance(p.get("speaker_text"), str) else []
        counts.judge("speaker_acc", any(wanted in s for s in said + c.entity_names(p.get("speaker"))))
    return counts


def _conflicts(c: _Comparison) -> Counts:
    gold, pred = items(c.gold.get("conflicts")), items(c.pred.get("conflicts"))
    used: set[int] = set()
    for g in gold:  # found: a predicted conflict whose lows include every gold low
        gold_lows = [v.get("low") for v in items(g.get("values"))]
        for j, p in enumerate(pred):
            pred_lows = [v.get("low") for v in items(p.get("values"))]
            if j not in used and all(any(same_number(a, b) for b in pred_lows) for a in gold_lows):
                used.add(j)
                break
    return Counts(gold=len(gold), pred=len(pred), gold_matched=len(used), pred_matched=len(used))


# ----------------------------------------------------------------------------------- events
@dataclass(frozen=True)
class _GoldEvent:
    event: Json
    sentences: frozenset[int]  # predicted sentences overlapping its evidence
    evidence: tuple[Span, ...]


@dataclass(frozen=True)
class _PredEvent:
    event: Json
    sentence: int | None
    trigger: Span | None


def _gold_events(c: _Comparison) -> list[_GoldEvent]:
    sentences = [(k if integer(s.get("i")) is None else s["i"], span)
                 for k, s in enumerate(items(c.pred.get("sentences"))) if (span := span_of(s)) is not None]
    out = []
    for k, g in enumerate(items(c.gold.get("events"))):
        strings = g["evidence"] if isinstance(g.get("evidence"), list) else [g.get("evidence")]
        found = [s for e in strings if (s := c.locate(f"events[{k}].evidence", e, g.get("occurrence")))]
        if found:
            touched = frozenset(i for s in found for i, sentence in sentences if overlap(s, sentence) > 0)
            out.append(_GoldEvent(g, touched, tuple(found)))
    return out


def _distance(gold: _GoldEvent, pred: _PredEvent) -> float:
    """Characters between the predicted trigger and the nearest gold evidence."""
    t = pred.trigger
    if t is None:
        return math.inf
    return min(max(0, t[0] - e[1], e[0] - t[1]) for e in gold.evidence)


def _event_matching(gold: list[_GoldEvent], pred: list[_PredEvent], typed: bool) -> dict[int, int]:
    """Events in the same sentence (and of the same type), nearest trigger first; required gold first."""
    order = sorted(range(len(gold)), key=lambda g: bool(gold[g].event.get("optional")))
    options = {g: sorted((p for p in range(len(pred)) if pred[p].sentence in gold[g].sentences
                          and (not typed or pred[p].event.get("type") == gold[g].event.get("type"))),
                         key=lambda p: _distance(gold[g], pred[p]))
               for g in order}
    return augmenting_matching(order, options)


def _event_counts(gold: list[_GoldEvent], pred: list[_PredEvent], matched: dict[int, int]) -> Counts:
    # An optional gold event counts when found and is not missed when absent.
    missed = sum(1 for k, g in enumerate(gold) if k not in matched and not g.event.get("optional"))
    return Counts(gold=len(matched) + missed, pred=len(pred), gold_matched=len(matched),
                  pred_matched=len(matched))


def _judge_event(counts: Counts, c: _Comparison, g: Json, p: Json) -> None:
    if where := items(g.get("where")):
        ids = [w.get("place") for w in items(p.get("where"))]
        places = [c.places[i] for i in ids if isinstance(i, str) and i in c.places]
        counts.judge("where_acc", any(place_right(gw, pw) for gw in where for pw in places))
    if obj(g.get("when")).get("value") is not None:
        counts.judge("when_acc", time_value_right(g["when"]["value"], obj(p.get("when")).get("value")))
    for role, attribute in (("actors", "actor_acc"), ("targets", "target_acc")):
        given = g.get(role)
        wanted = [w.casefold() for w in (given if isinstance(given, list) else []) if isinstance(w, str) and w]
        if not wanted:
            continue
        said = [n for a in items(p.get(role))
                for n in [str(a.get("text") or "").casefold(), *c.entity_names(a.get("entity"))] if n]
        counts.judge(attribute, any(w in n or (len(n) >= 3 and n in w) for w in wanted for n in said))
    for attribute in ("modality", "mode"):
        if g.get(attribute) is not None:
            counts.judge(f"{attribute}_acc", p.get(attribute) == g[attribute])
    for slot, gold_size in obj(g.get("size")).items():
        if isinstance(gold_size, dict):
            pred_size = obj(obj(p.get("size")).get(slot))
            counts.judge("size_acc", bool(pred_size) and same_number(pred_size.get("low"), gold_size.get("low"))
                         and (gold_size.get("high") is None or same_number(pred_size.get("high"), gold_size["high"])))


def _events(c: _Comparison) -> tuple[Counts, Counts]:
    """Events matched by sentence and type, and by sentence alone."""
    gold = _gold_events(c)
    pred = [_PredEvent(p, integer(p.get("sentence")), span_of(obj(p.get("trigger"))))
            for p in items(c.pred.get("events"))]
    typed = _event_matching(gold, pred, typed=True)
    counts = _event_counts(gold, pred, typed)
    for g, p in sorted(typed.items()):
        _judge_event(counts, c, gold[g].event, pred[p].event)
    return counts, _event_counts(gold, pred, _event_matching(gold, pred, typed=False))


def score_document(gold: Json, pred: Json | None, name: str = "document") -> DocumentScore:
    """Score one prediction (None: missing, every gold item missed) against one gold object."""
    c = _Comparison(name, gold, pred)
    events, sentence_only = _events(c)
    counts = {"events": events, "events_sentence_only": sentence_only, "times": _times(c), "places": _places(c),
              "quantities": _quantities(c), "quotes": _quotes(c), "conflicts": _conflicts(c)}
    return DocumentScore(name, counts, tuple(c.errors))
