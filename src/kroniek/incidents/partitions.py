"""Linking a large set in date partitions (``kroniek incidents relink --workers N``, after a big ``kroniek load``).

:func:`link_partitioned` cuts the mentions into windows of :data:`WINDOW_DAYS` days by the first
day they can mean, links each window on its own (:func:`cluster_keys`; ``map_fn`` may run them
on Dask workers or processes, each window is independent), and then *stitches* the windows:
an incident is compared with the incidents of earlier windows whose members reach its first day
(their spans widened by :data:`~kroniek.incidents.features.MAX_GAP`), and two are joined when
the linker would have joined them: no member
pair vetoed, the best pair at least :data:`~kroniek.incidents.linking.THRESHOLD` and the average
of all pairs at least :data:`~kroniek.incidents.linking.AVERAGE`. Decisions and ids then follow as
in :func:`~kroniek.incidents.linking.link_all`. Mentions not dated to within a month are alone in
any case and go with the first window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from .features import MAX_GAP, VETO, pair_score
from .linking import AVERAGE, THRESHOLD, Decision, Linked, Linker, blockable, finish
from .records import MentionRecord

#: Days per partition: long enough that few incidents cross a boundary, short enough to spread the work.
WINDOW_DAYS = 28
_EPOCH = dt.date(1970, 1, 1)

MapFn = Callable[[Callable[[list[MentionRecord]], list[list[str]]], Iterable[list[MentionRecord]]],
                 Iterable[list[list[str]]]]


def cluster_keys(records: list[MentionRecord]) -> list[list[str]]:
    """The clusters (member keys, in order) the linker makes of ``records`` alone."""
    linker = Linker()
    for m in sorted(records, key=lambda r: r.order):
        linker.link(m)
    return [[r.key for r in sorted(rs, key=lambda r: r.order)] for rs in linker.members.values()]


def window_of(m: MentionRecord, days: int = WINDOW_DAYS) -> int:
    if not blockable(m):
        return -1
    assert m.day_start is not None
    return (dt.date.fromisoformat(m.day_start) - _EPOCH).days // days


def _reach(m: MentionRecord) -> tuple[int, int]:
    """First and last day (days since the epoch) of ``m``'s block: its span widened by MAX_GAP."""
    assert m.day_start is not None and m.day_end is not None
    return ((dt.date.fromisoformat(m.day_start) - _EPOCH).days - MAX_GAP,
            (dt.date.fromisoformat(m.day_end) - _EPOCH).days + MAX_GAP)


def _joinable(a: Sequence[MentionRecord], b: Sequence[MentionRecord]) -> float | None:
    """The average pair score of two incidents when the linker would join them, else None."""
    scores = []
    for x in a:
        for y in b:
            s = pair_score(x, y).score
            if s <= VETO:
                return None
            scores.append(s)
    if not scores or max(scores) < THRESHOLD:
        return None
    average = sum(scores) / len(scores)
    return average if average >= AVERAGE else None


def link_partitioned(records: Iterable[MentionRecord], decisions: Iterable[Decision] = (),
                     previous: dict[str, str] | None = None, *, days: int = WINDOW_DAYS,
                     map_fn: MapFn | None = None) -> list[Linked]:
    """Link ``records`` window by window and stitch the boundaries (see the module docstring)."""
    by_key = {m.key: m for m in records}
    windows: dict[int, list[MentionRecord]] = {}
    for m in by_key.values():
        windows.setdefault(max(window_of(m, days), -1), []).append(m)
    order = sorted(windows)
    results = list((map_fn or map)(cluster_keys, (windows[w] for w in order)))
    clusters: list[list[str]] = [c for found in results for c in found]
    clusters = _stitch(clusters, by_key, days)
    return finish(clusters, by_key, decisions, previous)


def _stitch(clusters: list[list[str]], by_key: dict[str, MentionRecord], days: int) -> list[list[str]]:
    """Join incidents of different windows that the linker would have joined (see the module docstring).

    Two mentions can link only when the later one starts at most MAX_GAP days after the earlier
    one ends, so an incident of a later window is compared with the incidents of earlier windows
    that reach its first day; those that reach no further are dropped as the windows go by.
    """
    groups: dict[int, list[str]] = dict(enumerate(clusters))
    info: dict[int, tuple[int, int, int]] = {}  # group -> (window, first day of a member, last day it reaches)
    for g, keys in groups.items():
        dated = [by_key[k] for k in keys if blockable(by_key[k])]
        if dated:
            info[g] = (window_of(dated[0], days), min(_reach(m)[0] + MAX_GAP for m in dated),
                       max(_reach(m)[1] for m in dated))
    open_groups: list[int] = []
    for g in sorted(info, key=lambda x: (info[x][0], by_key[groups[x][0]].order)):
        window, start, reach = info[g]
        open_groups = [h for h in open_groups if info[h][2] >= window * days]  # still reaching this window
        best: tuple[float, int] | None = None
        for h in open_groups:
            if info[h][0] < window and info[h][2] >= start:
                average = _joinable([by_key[k] for k in groups[h]], [by_key[k] for k in groups[g]])
                if average is not None and (best is None or average > best[0]):
                    best = (average, h)
        if best is None:
            open_groups.append(g)
            continue
        h = best[1]
        groups[h] = sorted(groups[h] + groups.pop(g), key=lambda k: by_key[k].order)
        info[h] = (info[h][0], min(info[h][1], start), max(info[h][2], reach))
    return [keys for _, keys in sorted(groups.items())]


__all__ = ["WINDOW_DAYS", "MapFn", "cluster_keys", "link_partitioned", "window_of"]
