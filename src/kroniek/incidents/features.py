"""Whether two mentions report the same happening: the features of a pair and its score.

Every feature is a number from -1 (speaks against) through 0 (says nothing) to 1 (speaks for):

``date``
    1 when both are the same day from the text; less the wider the spans that overlap (a week
    0.4, a month 0.2); 0.2 one day apart (night events, time zones); -1 further apart than
    :data:`MAX_GAP` (a veto). Half as much when either is dated only by its publication date.
``place``
    1 the same GeoNames place; 0.8 within 10 km, 0.4 within 30 km; 0.3 when one is a region or
    country containing the other; 0 when either has no place; -1 two settlements more than
    :data:`FAR_KM` apart or two different countries (a veto: Paris is not Nice).
``mode``
    1 the same PLOVER mode, 0 when either has none, -0.5 two different modes.
``actors``
    shared actor and target names over the smaller list (1 all shared), state forces left out
    (the police act in every arrest in town); -0.3 when both name entities and share none of
    them; 0 otherwise ("700 demonstranten" or "a man" may be anyone).
``size``
    per shared size slot: 1 when the figures overlap, 0 within a factor of three, -1 further
    apart; averaged (different outlets give different crowds, so a weak feature).
``trigger``
    1 the same trigger lemma, else 0.
``content``
    shared names in the sentences that tell the event (its trigger's and its further
    mentions') and the titles: capitalised words that do not open a sentence ("Dordtselaan",
    "Extinction Rebellion", "FNSEA"), Jaccard, times 2.5, at most 1. Streets, victims and
    organisers agree across outlets and languages; common words ("police", "arrested") would
    make every two arrests in town alike, and capitals tell names from them in both languages
    without a word list.

The score is the weighted sum (:data:`WEIGHTS`, summing to 1); when either mention has no
place, the place feature is left out and the other weights rescaled to sum to 1. A veto (``date`` or
``place`` -1, a negated mention, the same document, different types or modalities) makes the
score :data:`VETO`, and :mod:`kroniek.incidents.linking` never links such a pair directly or
through an incident.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from ..regions import contains
from .records import MentionRecord, PlaceRef
from .window import gap_days, width_days

WEIGHTS: dict[str, float] = {
    "date": 0.20, "place": 0.30, "mode": 0.10, "actors": 0.10, "size": 0.025, "trigger": 0.025, "content": 0.25,
}
#: The score of a pair that cannot be the same happening.
VETO = -1.0
#: Text dates further apart than this many days are different happenings.
MAX_GAP = 1
#: Settlements further apart than this are different places.
FAR_KM = 50.0
#: Modalities that may be linked with each other (a negated event is no happening at all).
MODALITY_GROUPS: dict[str, str] = {"asserted": "asserted", "future": "expected", "possible": "expected",
                                   "hypothetical": "expected"}
_SETTLEMENT = frozenset({"point", "city", "admin2"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE = re.compile(r"(?<=[.!?:;])\s+|\n+")


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float
    features: dict[str, float]
    veto: str | None = None  # why the pair cannot link, when it cannot

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"score": round(self.score, 4), "features": self.features}
        if self.veto:
            out["veto"] = self.veto
        return out


def compatible(a: MentionRecord, b: MentionRecord) -> str | None:
    """Why ``a`` and ``b`` can never be one happening, or None when they might be."""
    if a.doc_id == b.doc_id:
        return "same document"  # the events stage already joined what one article tells twice
    if a.type != b.type:
        return "different types"
    ga, gb = MODALITY_GROUPS.get(a.modality), MODALITY_GROUPS.get(b.modality)
    if ga is None or gb is None:
        return "negated"
    if ga != gb:
        return "different modalities"
    return None


def pair_score(a: MentionRecord, b: MentionRecord) -> PairScore:
    """The features of the pair (see the module docstring) and the score they add up to."""
    why = compatible(a, b)
    if why:
        return PairScore(VETO, {}, why)
    features = {
        "date": date_feature(a, b), "place": place_feature(a.place, b.place), "mode": mode_feature(a, b),
        "actors": actor_feature(a, b), "size": size_feature(a, b),
        "trigger": 1.0 if a.trigger_lemma and a.trigger_lemma == b.trigger_lemma else 0.0,
        "content": content_feature(a, b),
    }
    features = {k: round(v, 3) for k, v in features.items()}
    if features["date"] <= VETO:
        return PairScore(VETO, features, "dates too far apart")
    if features["place"] <= VETO:
        return PairScore(VETO, features, "different places")
    # A pair of which one has no place is judged on the rest of the evidence (its weights rescaled),
    # not as if its places disagreed: "op de Dordtselaan" may simply not have been resolved.
    known = {k: v for k, v in features.items() if k != "place" or (a.place is not None and b.place is not None)}
    return PairScore(sum(WEIGHTS[k] * v for k, v in known.items()) / sum(WEIGHTS[k] for k in known), features)


def date_feature(a: MentionRecord, b: MentionRecord) -> float:
    if a.day_start is None or a.day_end is None or b.day_start is None or b.day_end is None:
        return 0.0
    sa, sb = (a.day_start, a.day_end), (b.day_start, b.day_end)
    gap = gap_days(sa, sb)
    if gap > MAX_GAP:
        return VETO
    if gap == 1:
        value = 0.2
    else:
        width = max(width_days(sa), width_days(sb))
        value = 1.0 if width == 1 else 0.6 if width <= 3 else 0.4 if width <= 7 else 0.2 if width <= 31 else 0.0
    if "published" in (a.when_source, b.when_source):
        value *= 0.5
    return value


def distance_km(a: PlaceRef, b: PlaceRef) -> float:
    """Great-circle distance (haversine)."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def place_feature(a: PlaceRef | None, b: PlaceRef | None) -> float:
    if a is None or b is None:
        return 0.0
    if a.geonames_id is not None and a.geonames_id == b.geonames_id:
        return 1.0
    if a.country and b.country and a.country != b.country:
        return VETO
    if a.precision in _SETTLEMENT and b.precision in _SETTLEMENT:
        km = distance_km(a, b)
        return 0.8 if km <= 10 else 0.4 if km <= 30 else 0.0 if km <= FAR_KM else VETO
    if contains(a, b) or contains(b, a):
        return 0.3
    return 0.0 if a.country == b.country else VETO


def mode_feature(a: MentionRecord, b: MentionRecord) -> float:
    if not a.mode or not b.mode:
        return 0.0
    return 1.0 if a.mode == b.mode else -0.5


#: Participant types that take part in too many happenings to tell two apart.
GENERIC_TYPES = frozenset({"state forces"})


def _names(m: MentionRecord, *, named: bool) -> set[str]:
    return {p.name.casefold() for p in (*m.actors, *m.targets)
            if p.type not in GENERIC_TYPES and (p.named or not named)}


def actor_feature(a: MentionRecord, b: MentionRecord) -> float:
    na, nb = _names(a, named=False), _names(b, named=False)
    if na and nb and na & nb:
        return len(na & nb) / min(len(na), len(nb))
    ea, eb = _names(a, named=True), _names(b, named=True)
    return -0.3 if ea and eb else 0.0


def size_feature(a: MentionRecord, b: MentionRecord) -> float:
    values = []
    by_slot = {s.slot: s for s in b.sizes}
    for s in a.sizes:
        other = by_slot.get(s.slot)
        if other is None:
            continue
        values.append(figure_agreement(s.low, s.high, other.low, other.high))
    return sum(values) / len(values) if values else 0.0


def figure_agreement(low1: float | None, high1: float | None, low2: float | None, high2: float | None) -> float:
    """1 when two figures overlap (``high`` None: open upward), 0 within a factor of three, else -1."""
    lo1, lo2 = low1 if low1 is not None else high1, low2 if low2 is not None else high2
    if lo1 is None or lo2 is None:
        return 0.0
    hi1 = high1 if high1 is not None else math.inf
    hi2 = high2 if high2 is not None else math.inf
    if lo1 <= hi2 and lo2 <= hi1:
        return 1.0
    near = min(hi1, hi2)
    far = max(lo1, lo2)
    return 0.0 if near > 0 and far / near <= 3 else -1.0


@lru_cache(maxsize=65536)
def words(text: str) -> frozenset[str]:
    """The names in ``text``: capitalised words of three letters or more that do not open a sentence (case-folded)."""
    out = set()
    for piece in _SENTENCE.split(text):
        for w in _WORD.findall(piece)[1:]:
            if len(w) >= 3 and w[0].isupper():
                out.add(w.casefold())
    return frozenset(out)


def content_feature(a: MentionRecord, b: MentionRecord) -> float:
    wa = words(a.context or a.sentence_text) | words(a.title or "")
    wb = words(b.context or b.sentence_text) | words(b.title or "")
    if not wa or not wb:
        return 0.0
    return min(1.0, 2.5 * len(wa & wb) / len(wa | wb))
