"""Incidents: the reports of one happening across articles (SPEC §6).

A document holds the events of one article; an **incident** is one real-world happening
with every event mention that reports it as a member. This package is the linking core,
below the store: it reads :mod:`kroniek.model` documents and knows no database.

* :mod:`.records` — :class:`MentionRecord`, what linking knows about one mention
  (:func:`mentions_of` reads them from a document).
* :mod:`.window` — the days a mention can mean (publication-dated mentions reach back).
* :mod:`.features` — the features of a pair of mentions and its score, with vetoes.
* :mod:`.linking` — blocking, incremental average-linkage linking (:class:`Linker`), user
  decisions (:class:`Decision`), stable ids, :func:`link_all` for a fresh run.
* :mod:`.reconcile` — an incident's reconciled fields (:class:`Incident`).
* :mod:`.partitions` — linking a large set in date windows (in parallel) and stitching them.
* :mod:`.scoring` — pairwise and B-cubed scores against gold incidents
  (:mod:`kroniek.evaluation.incidents` runs them on a folder of articles).

The store (:mod:`kroniek.store.incidents`) keeps memberships, links and decisions and runs
the linker on every stored document.
"""

from __future__ import annotations

from .features import PairScore, pair_score
from .linking import Decision, Link, Linked, Linker, incident_id, link_all
from .reconcile import Incident, SizeConflict, SizeRange, SizeReport, reconcile, source_of
from .records import MentionRecord, Party, PlaceRef, SizeClaim, mentions_of

__all__ = [
    "MentionRecord", "Party", "PlaceRef", "SizeClaim", "mentions_of", "PairScore", "pair_score", "Decision", "Link",
    "Linked", "Linker", "incident_id", "link_all", "Incident", "SizeConflict", "SizeRange", "SizeReport", "reconcile",
    "source_of",
]
