"""Places the gazetteer lacks: a village, a district or a hamlet that the text itself marks as a place.

The shipped gazetteer holds GeoNames' towns and regions, not every village ("Wierum", "Parotani") or part of
a town ("Zwolle-Zuid", "Charlois"). Such a name is still a place of the article, and leaving it out loses the
fact that something happened somewhere in particular. It is reported when

* the tagger calls exactly that span a location (LOC), every word of it a proper noun (text without letter
  case: any noun), and it is no common word ("Markt", "Highway");
* no word sequence of it names anything in the gazetteer (those are the resolver's to read or to reject);
* the text marks it as a place: a place preposition right before it, without an article ("in Shinahota",
  "uit Erp"; "aan de Hoofdstraat" names a street), a kind word ("de wijk Magoanine", "the town of Saut") or
  a word for a part of a town that ends it ("de Zuiderzeewijk"), or a list that joins it to such a name or
  to a known place ("Harlingen, Wierum en Peazens");
* it is not the name of a street, a square or a building ("Alteveerstraat", "Stefanovskaya Square", "City
  Hall"), nor an acronym in cased text ("IPAS").

Its location is what the article supports, and the precision says how much that is, the way ACLED codes a
village it cannot find at its district: a hyphenated part of a known town ("Amsterdam-Noord") lies in the
town (precision ``city``, the town's point); otherwise the known places of its sentence, else of the whole
article, give its first-level region when they share one (precision ``admin1``) or its country (``country``).
Where they agree on no country the name is left out: nothing would place it. ``geonames_id`` and
``feature_code`` are null and ``name`` is the name as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate

from ..lettercase import lower_cased, upper_cased
from ..model import Document, Entity, Place, PlacePrecision, Token
from .gazetteer import Entry, Gazetteer, normalize
from .recognize import Mention, words_of
from .words import ContextWords, context_words

#: Below the score of any resolved place: the location is inferred, not looked up.
SCORE = 0.4
_HYPHEN = re.compile(r"^([^\W\d_][^\W_]*)[-‐]([^\W\d_][^\W_]*)$")


def unlisted_places(doc: Document, mentions: Sequence[Mention], places: Sequence[Place],
                    gaz: Gazetteer) -> list[Place]:
    """Places for the LOC entities of ``doc`` that no gazetteer name covers and the text marks as places."""
    cw = context_words()
    taken = sorted([(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in places])
    taken_starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # the furthest end among the first k spans
    caseless = lower_cased(doc.text) or upper_cased(doc.text)
    starts = [t.start for t in doc.tokens]

    def free(e: Entity) -> bool:
        k = bisect.bisect_left(taken_starts, e.end)  # the spans that start before the entity ends
        return k == 0 or reach[k - 1] <= e.start

    cands = [e for e in doc.entities if (e.label == "LOC" or _district(doc.text[e.start:e.end], cw)) and free(e)
             and _name_like(doc, e, starts, caseless, gaz, cw)]  # (a town part's name whatever the tagger calls it)
    if not cands:
        return []
    cued = {e.id for e in cands if _cued(doc.text, e.start, cw) or _district(doc.text[e.start:e.end], cw)}
    # A list carries the cue of one member, or a known place, to the rest ("uit Harlingen, Wierum en Peazens").
    anchors = sorted([(p.start, p.end) for p in places] + [(e.start, e.end) for e in cands if e.id in cued])
    changed = True
    while changed:
        changed = False
        for e in cands:
            if e.id not in cued and _listed_with(doc.text, e, anchors, cw):
                cued.add(e.id)
                bisect.insort(anchors, (e.start, e.end))
                changed = True
    article = _anchor(places, gaz)
    sentence_starts = [x.start for x in doc.sentences]
    place_starts = [p.start for p in places]
    out: list[Place] = []
    for e in cands:
        if e.id not in cued:
            continue
        k = bisect.bisect_right(sentence_starts, e.start) - 1
        lo, hi = (doc.sentences[k].start, doc.sentences[k].end) if k >= 0 else (e.start, e.end)
        near = places[bisect.bisect_left(place_starts, lo):bisect.bisect_left(place_starts, hi)]
        place = _located(doc, e, places, near, article, gaz)
        if place is not None:
            out.append(place)
    return out


def _name_like(doc: Document, e: Entity, starts: list[int], caseless: bool, gaz: Gazetteer,
               cw: ContextWords) -> bool:
    text = doc.text[e.start:e.end]
    words = words_of(doc.text, e.start, e.end)
    if not words or text != text.strip() or "\n" in text:
        return False
    tokens = [t for t in doc.tokens[bisect.bisect_left(starts, e.start):bisect.bisect_left(starts, e.end)]
              if t.end <= e.end]
    if not tokens or not (all(_proper(t, caseless) for t in tokens) or _district(text, cw)):
        return False  # (a town part's name may be tagged as an adjective: "in de Zuiderzeewijk")
    if not caseless and not all(w.text[:1].isupper() for w in words if w.text[:1].isalpha()):
        return False
    if len(words) == 1 and gaz.is_common_word(normalize(text)):
        return False
    if any(_street(w.text, cw) for w in words) or _facility(text, cw):
        return False
    if not caseless and text.isupper():
        return False  # an acronym ("IPAS"): a body or a programme far more often than a place
    # Any gazetteer name inside it: the recognizer saw it and read or rejected it; the hyphenated part of a town
    # is the exception, read below.
    grams = [normalize(doc.text[words[i].start:words[j].end]) for i in range(len(words)) for j in range(i, len(words))]
    if _HYPHEN.match(text) and len(words) == 1:
        grams = [normalize(text)]
    return not gaz.known(grams)


def _proper(t: Token, caseless: bool) -> bool:
    return t.pos == "PROPN" or caseless and t.pos in ("NOUN", "ADJ", "X") or t.pos == "PUNCT" and t.text in "-‐"


def _street(word: str, cw: ContextWords) -> bool:
    """A street or square: its last word, or the end of a compound, is a street word ("Alteveerstraat")."""
    low = word.casefold()
    return low in cw.named_after_heads or _ends_compound(low, cw.named_after_heads)


def _facility(text: str, cw: ContextWords) -> bool:
    """A building or facility ("City Hall", "Schiphol Airport"): the name ends with a facility head."""
    low = " " + " ".join(text.casefold().split())
    return any(low.endswith(" " + h) for h in cw.facility_heads)


def _cued(text: str, start: int, cw: ContextWords) -> bool:
    """A place preposition right before the name, with no article between ("in Shinahota", not "aan de
    Hoofdstraat"), or a kind word ("de wijk", "the town of")."""
    before = text[max(0, start - 60):start].rsplit("\n", 1)[-1]
    last = re.search(r"(\w+)\s+$", before)
    if last is None:
        return False
    if last.group(1).casefold() not in cw.articles and cw.place_preposition.search(before):
        return True
    return any(p.search(before) for p in (cw.city_cue, cw.region_cue, cw.locality_cue))


def _district(name: str, cw: ContextWords) -> bool:
    """A one-word name that ends with a word for a part of a town names one ("de Zuiderzeewijk", "de
    Transvaalbuurt"): its own cue, with an article before it."""
    low = name.casefold()
    return " " not in low and _ends_compound(low, cw.district_endings)


def _ends_compound(low: str, heads: Iterable[str]) -> bool:
    """Does ``low`` end with one of ``heads`` after a first part of three letters or more?"""
    return any(len(low) > len(h) + 2 and low.endswith(h) for h in heads)


def _listed_with(text: str, e: Entity, anchors: list[tuple[int, int]], cw: ContextWords) -> bool:
    """Whether only a list gap (", ", " en ", " and ") separates ``e`` from the anchor name before or after it
    (``anchors`` sorted)."""
    k = bisect.bisect_left(anchors, (e.start, e.end))
    before = anchors[k - 1] if k > 0 else None
    after = next((a for a in anchors[k:k + 2] if a[0] >= e.end), None)
    return (before is not None and before[1] <= e.start and bool(cw.coordination.match(text[before[1]:e.start]))) \
        or (after is not None and bool(cw.coordination.match(text[e.end:after[0]])))


Anchor = tuple[str, "str | None", float, float, PlacePrecision]  # country, admin1, lat, lon, precision


def _located(doc: Document, e: Entity, places: Sequence[Place], sentence_places: Sequence[Place],
             article: Anchor | None, gaz: Gazetteer) -> Place | None:
    text = doc.text[e.start:e.end]
    m = _HYPHEN.match(text)
    town = _town(m.group(1), places, gaz) if m else None
    found: Anchor | None
    if town is not None and town.country is not None:
        found = (town.country, town.admin1, town.lat, town.lon, "city")
    else:
        found = _anchor(sentence_places, gaz) or article
    if found is None:
        return None
    country, admin1, lat, lon, precision = found
    return Place(id="", text=text, start=e.start, end=e.end, name=text, geonames_id=None, feature_code=None,
                 country=country, admin1=admin1, lat=lat, lon=lon, precision=precision, score=SCORE, entity=e.id)


def _anchor(group: Sequence[Place], gaz: Gazetteer) -> Anchor | None:
    """The one first-level region of the known places of ``group`` (its point), else their one country."""
    known = [p for p in group if p.country is not None and p.precision != "region"]
    countries = {p.country for p in known if p.country is not None}
    if len(countries) != 1:
        return None
    country = countries.pop()
    finer = [p for p in known if p.precision != "country"]
    admin1 = finer[0].admin1 if finer else None
    if admin1 is not None and all(p.admin1 == admin1 for p in finer):
        region = _region(gaz, country, admin1)
        lat, lon = (region.lat, region.lon) if region is not None else (finer[0].lat, finer[0].lon)
        return (country, admin1, lat, lon, "admin1")
    whole = gaz.country(country)
    return (country, None, whole.lat, whole.lon, "country") if whole is not None else None


def _town(name: str, places: Sequence[Place], gaz: Gazetteer) -> Entry | Place | None:
    """The town a hyphenated name ("Amsterdam-Noord") is part of: a place of the article by that name, else
    the largest town of that name in a country of the article (in any country when the article names none)."""
    key = normalize(name)
    for p in places:
        if normalize(p.text) == key and p.precision == "city":
            return p
    countries = {p.country for p in places if p.country}
    towns = [c.entry for c in gaz.lookup(name, phonetic_fallback=False)
             if c.entry.kind == "city" and (not countries or c.entry.country in countries)]
    return max(towns, key=lambda t: t.population, default=None)


def _region(gaz: Gazetteer, country: str, admin1: str) -> Entry | None:
    return next((c.entry for c in gaz.lookup(admin1, phonetic_fallback=False)
                 if c.entry.kind == "admin1" and c.entry.country == country), None)
