"""Mentions into incidents: blocking, linking one mention at a time, user decisions, stable ids.

Linking is incremental: :meth:`Linker.link` takes one new mention and compares it only with
the incidents that have a member in its *block* — the same event type, a day within the
mention's span widened by :data:`~kroniek.incidents.features.MAX_GAP`, and a place that could
be the same: a settlement within the neighbouring grid cells (:data:`CELL_DEGREES`), a region or
country containing it, or none known (:func:`_query_keys`). It scores the mention against **every** member of each candidate
incident (:func:`~kroniek.incidents.features.pair_score`) and joins the incident only when

* no member vetoes the pair (another document's member of a different place or day, a
  member of the same document),
* the best pair scores at least :data:`THRESHOLD`, and
* the average over all members is at least :data:`AVERAGE` (average linkage: one strong
  link to one member cannot chain two happenings together).

Of several such incidents the one with the highest average wins; with none the mention
founds a new incident. Mentions dated more coarsely than :data:`MAX_SPAN_DAYS` (a year, a
decade) or not dated at all are not blocked anywhere and stay alone.

An incident's id is derived from its founding member's key (:func:`incident_id`) and kept
when members join. :func:`link_all` links a whole set afresh (``kroniek incidents relink``,
after ``kroniek batch``): mentions in publication order, then the user's decisions replayed in
the order they were made (:func:`apply_decisions`: a merge puts the incidents of its members
together again, a split takes its members out again), then each new incident takes the old
id it shares most members with (:func:`assign_ids`), so ids survive re-linking.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .features import MAX_GAP, VETO, PairScore, pair_score
from .records import MentionRecord
from .window import widen, width_days

#: The best pair of a mention and an incident must score at least this to link.
THRESHOLD = 0.55
#: ... and the average over all the incident's members at least this.
AVERAGE = 0.40
#: Mentions dated more coarsely than this many days are not linked (a year says too little).
MAX_SPAN_DAYS = 31

DecisionKind = str  # "merge" | "split"


@dataclass(frozen=True, slots=True)
class Decision:
    """A user's decision, in member keys (which outlive incident ids).

    ``merge``: the incidents holding ``members`` are one. ``split``: ``members`` leave their
    incident and form one of their own.
    """

    kind: DecisionKind
    members: tuple[str, ...]
    n: int = 0  # the order decisions were made in

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "members": list(self.members), "n": self.n}


@dataclass(frozen=True, slots=True)
class Link:
    """Why a mention is in its incident: the member it matched best, with the features and score.

    ``by`` is ``first`` for the member that founded the incident, ``auto`` for a link the
    linker made, ``user`` for one a merge or split decided.
    """

    key: str
    incident: str
    by: str
    score: float | None = None
    to: str | None = None
    features: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"by": self.by, "score": None if self.score is None else round(self.score, 4), "to": self.to,
                "features": self.features}


#: The size of a grid cell of the place blocks, in degrees (a cell and its neighbours reach past FAR_KM).
CELL_DEGREES = 1.0
_SETTLEMENTS = frozenset({"point", "city", "admin2"})


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / CELL_DEGREES)), int(math.floor(lon / CELL_DEGREES))


def _index_keys(m: MentionRecord) -> list[str]:
    """The place blocks a member is filed under (per type and day): every member under ``*``; a
    placeless one under ``none``; under its country ``c:``; a region or country under ``coarse:``;
    a settlement under its grid cell ``g:``."""
    p = m.place
    if p is None:
        return ["*", "none"]
    keys = ["*", f"c:{p.country or ''}"]
    if p.precision in _SETTLEMENTS:
        la, lo = _cell(p.lat, p.lon)
        keys.append(f"g:{la},{lo}")
    else:
        keys.append(f"coarse:{p.country or ''}")
    return keys


def _query_keys(m: MentionRecord) -> list[str]:
    """The place blocks a new mention looks in: a settlement in its cell and the neighbouring ones,
    the regions and countries of its country and the placeless; a region or country in its
    country and the placeless; a placeless mention everywhere. So the candidates of a mention do
    not grow with the number of happenings elsewhere that day."""
    p = m.place
    if p is None:
        return ["*"]
    if p.precision in _SETTLEMENTS:
        la, lo = _cell(p.lat, p.lon)
        return ["none", f"coarse:{p.country or ''}", *(f"g:{la + i},{lo + j}" for i in (-1, 0, 1) for j in (-1, 0, 1))]
    return ["none", f"c:{p.country or ''}"]


def incident_id(key: str) -> str:
    """The id of an incident founded by the mention ``key``."""
    return "inc-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def blockable(m: MentionRecord) -> bool:
    return (m.day_start is not None and m.day_end is not None
            and width_days((m.day_start, m.day_end)) <= MAX_SPAN_DAYS)


def block_days(m: MentionRecord) -> list[str]:
    """The days of ``m``'s block (its span widened by MAX_GAP); empty when it is not blocked."""
    if not blockable(m):
        return []
    assert m.day_start is not None and m.day_end is not None
    first, last = widen((m.day_start, m.day_end), MAX_GAP)
    d0, d1 = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(d0 + dt.timedelta(days=k)).isoformat() for k in range((d1 - d0).days + 1)]


def own_days(m: MentionRecord) -> list[str]:
    if not blockable(m):
        return []
    assert m.day_start is not None and m.day_end is not None
    d0, d1 = dt.date.fromisoformat(m.day_start), dt.date.fromisoformat(m.day_end)
    return [(d0 + dt.timedelta(days=k)).isoformat() for k in range((d1 - d0).days + 1)]


class Linker:
    """Incidents held in memory, with the blocking index; :meth:`link` adds one mention."""

    def __init__(self) -> None:
        self.members: dict[str, list[MentionRecord]] = {}
        self.incident_of: dict[str, str] = {}
        self.links: dict[str, Link] = {}
        self._block: dict[tuple[str, str, str], set[str]] = {}
        #: Ids a new incident may not take (incidents that exist but are not loaded).
        self.reserved: set[str] = set()

    def add(self, incident: str, record: MentionRecord, link: Link | None = None) -> None:
        """Put ``record`` into ``incident`` as it is (a stored member, or a decided one)."""
        self.members.setdefault(incident, []).append(record)
        self.incident_of[record.key] = incident
        self.links[record.key] = link or Link(record.key, incident, "first")
        keys = _index_keys(record)
        for day in own_days(record):
            for key in keys:
                self._block.setdefault((record.type, day, key), set()).add(incident)

    def candidates(self, m: MentionRecord) -> set[str]:
        """Incidents with a member in ``m``'s block."""
        found: set[str] = set()
        keys = _query_keys(m)
        for day in block_days(m):
            for key in keys:
                found |= self._block.get((m.type, day, key), set())
        return found

    def score(self, m: MentionRecord, incident: str) -> tuple[float, PairScore, MentionRecord] | None:
        """(average score, best pair, its member) of ``m`` against ``incident``, None if a member vetoes."""
        members = self.members[incident]
        pairs = [(pair_score(m, x), x) for x in members]
        if any(p.score <= VETO for p, _ in pairs):
            return None
        best, to = max(pairs, key=lambda px: (px[0].score, px[1].order))
        return sum(p.score for p, _ in pairs) / len(pairs), best, to

    def link(self, m: MentionRecord) -> Link:
        """Link the new mention ``m`` (see the module docstring); its :class:`Link`."""
        best: tuple[float, str, PairScore, MentionRecord] | None = None
        for incident in sorted(self.candidates(m)):
            found = self.score(m, incident)
            if found is None:
                continue
            average, pair, to = found
            if pair.score >= THRESHOLD and average >= AVERAGE and (best is None or average > best[0]):
                best = (average, incident, pair, to)
        if best is None:
            incident = incident_id(m.key)
            k = 0
            while incident in self.members or incident in self.reserved:
                k += 1
                incident = incident_id(f"{m.key}#{k}")
            link = Link(m.key, incident, "first")
        else:
            _, incident, pair, to = best
            link = Link(m.key, incident, "auto", pair.score, to.key, dict(pair.features))
        self.add(incident, m, link)
        return link


def explain(records: Sequence[MentionRecord], incident: str, by_user: Iterable[str] = ()) -> list[Link]:
    """The links of an incident's members (in order): each member's best pair among the earlier ones.

    Members in ``by_user`` that no earlier member would link to are linked by the user.
    """
    users = set(by_user)
    out: list[Link] = []
    ordered = sorted(records, key=lambda r: r.order)
    for k, m in enumerate(ordered):
        if k == 0:
            out.append(Link(m.key, incident, "first"))
            continue
        pairs = [(pair_score(m, x), x) for x in ordered[:k]]
        pair, to = max(pairs, key=lambda px: px[0].score)
        by = "user" if m.key in users and pair.score < THRESHOLD else "auto"
        features: dict[str, Any] = dict(pair.features)
        if pair.veto:
            features["veto"] = pair.veto
        out.append(Link(m.key, incident, by, pair.score, to.key, features))
    return out


def apply_decisions(clusters: list[list[str]], decisions: Iterable[Decision]) -> tuple[list[list[str]], set[str]]:
    """Replay ``decisions`` (in their order) on a partition of member keys; (partition, keys placed by the user)."""
    where: dict[str, int] = {}
    groups: dict[int, list[str]] = {}
    for i, keys in enumerate(clusters):
        groups[i] = list(keys)
        for key in keys:
            where[key] = i
    moved: set[str] = set()
    fresh = len(clusters)
    for d in sorted(decisions, key=lambda d: d.n):
        present = [k for k in d.members if k in where]
        if not present:
            continue
        if d.kind == "merge":
            ids = sorted({where[k] for k in present})
            target = ids[0]
            for i in ids[1:]:
                for key in groups.pop(i):
                    where[key] = target
                    groups[target].append(key)
                    moved.add(key)
        elif d.kind == "split":
            for key in present:
                groups[where[key]].remove(key)
                where[key] = fresh
                moved.add(key)
            groups[fresh] = present
            fresh += 1
    return [g for _, g in sorted(groups.items()) if g], moved


def assign_ids(clusters: list[list[str]], previous: dict[str, str]) -> list[str]:
    """An id per cluster: the old incident id it shares most members with, else derived from its first member."""
    pairs = []
    for i, keys in enumerate(clusters):
        for old, n in Counter(previous[k] for k in keys if k in previous).items():
            pairs.append((-n, i, old))
    ids: list[str | None] = [None] * len(clusters)
    used: set[str] = set()
    for _, i, old in sorted(pairs):
        if ids[i] is None and old not in used:
            ids[i] = old
            used.add(old)
    taken = used | set(previous.values())
    out = []
    for i, keys in enumerate(clusters):
        given = ids[i]
        if given is None:
            given = next((incident_id(k) for k in keys if incident_id(k) not in taken), incident_id(keys[0] + "#"))
            taken.add(given)
        out.append(given)
    return out


@dataclass(frozen=True, slots=True)
class Linked:
    """An incident as linking leaves it: id, members in order, a link per member."""

    id: str
    members: tuple[MentionRecord, ...]
    links: tuple[Link, ...]


def link_all(records: Iterable[MentionRecord], decisions: Iterable[Decision] = (),
             previous: dict[str, str] | None = None) -> list[Linked]:
    """Link ``records`` afresh (see the module docstring); incidents in order of their first report."""
    linker = Linker()
    by_key: dict[str, MentionRecord] = {}
    for m in sorted(records, key=lambda r: r.order):
        by_key[m.key] = m
        linker.link(m)
    clusters = [[r.key for r in sorted(rs, key=lambda r: r.order)] for rs in linker.members.values()]
    return finish(clusters, by_key, decisions, previous)


def finish(clusters: list[list[str]], by_key: dict[str, MentionRecord], decisions: Iterable[Decision] = (),
           previous: dict[str, str] | None = None) -> list[Linked]:
    """Clusters of member keys made incidents: decisions replayed, ids kept, links explained."""
    clusters, moved = apply_decisions(clusters, decisions)
    ids = assign_ids(clusters, previous or {})
    out = []
    for incident, keys in zip(ids, clusters, strict=True):
        members = sorted((by_key[k] for k in keys), key=lambda r: r.order)
        out.append(Linked(incident, tuple(members), tuple(explain(members, incident, moved))))
    return sorted(out, key=lambda x: x.members[0].order)
