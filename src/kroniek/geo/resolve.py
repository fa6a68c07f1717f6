"""Toponym resolution: each mention's gazetteer candidates scored by kind, size, name quality and context.

Score of a candidate = prior(kind, population) x name quality + context + cues, where

* prior: a country 1.0; a first-level region about 0.75; a city 0.35 + 0.07 log10(population) (+ for a
  capital); a curated region or feature 0.8. So "Rusland" is the country, "Georgia" the country unless
  the article is about the United States;
* name quality: preferred Dutch/English names count fully, official names 0.92, untagged GeoNames
  alternate names 0.9, transliteration (phonetic) matches one step less;
* context: the countries and first-level regions that the article's other mentions resolve to raise
  candidates in them ("Limburg" near "Maastricht" is the Dutch province); the readings start from the
  priors and are re-read twice in each other's context;
* neighbours: a name listed with provinces is a province ("Friesland en Groningen"), with cities a city;
  "Rjazan, 80 kilometer ten zuiden van Moskou" keeps the reading near the anchor place;
* cues: "provincie"/"oblast"/"state of" raise the region, "stad"/"city" the city; a city that is the seat
  of a same-named region ("Moskou", "Sint-Petersburg") wins over the region unless a region cue is given;
  a preposition before the name ("in", "bij", "near") makes a place more likely at all.

All mentions with the same key in a document get the same reading (one sense per discourse).
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..model import Document, Place
from .gazetteer import COMMON_TOWN_LETTERS, COMMON_TOWN_POPULATION, Candidate, Entry, Gazetteer
from .recognize import Mention, comma_joined
from .words import context_words

QUALITY = {3: 1.0, 2: 0.92, 1: 0.9, 0: 0.8}
MIN_SCORE = 0.68  # below this a mention without a LOC entity is not reported
#: A town below this population is a village. Villages share their names with people and firms ("Cardinal
#: Bernardin", "Ruch", "Cisco"), so one is reported only with two of: a LOC entity on exactly one of its
#: mentions, a place preposition or a city cue ("het dorp") before one, a score of MIN_SCORE (which takes
#: the article's context); and never when the tagger calls one of its mentions a person, organization or
#: MISC, when one is in capitals ("EADS") or when the name is a title or an organization's head word.
VILLAGE_POPULATION = 15_000
#: A village whose namesake (a country, a region, a feature, or a city this many times its size) is in the candidates
#: takes a quarter of the context: a small "Holland" or "Toronto" in the United States does not win over
#: the Netherlands or Toronto because the article is about the United States.
DWARFED = 20


@dataclass(frozen=True, slots=True)
class Scored:
    candidate: Candidate
    score: float


def prior(e: Entry) -> float:
    if e.kind == "country":
        return 1.0 + 0.002 * math.log10(e.population + 1)  # ties ("Congo") go to the bigger country
    if e.kind == "admin1":
        return 0.72 + 0.05 * min(1.0, math.log10(e.population + 1) / 7)
    if e.kind == "city":
        p = 0.35 + 0.07 * math.log10(max(e.population, 1000))
        if e.feature_code == "PPLC":
            p += 0.08
        elif e.feature_code.startswith("PPLA"):
            p += 0.03
        return p
    return 0.8 if e.precision == "region" or e.feature_code in ("MT", "VLC", "PPL", "PPLX") else 0.62


def is_village(e: Entry) -> bool:
    """A small town that is no capital or seat of a region."""
    return e.kind == "city" and e.population < VILLAGE_POPULATION and not e.feature_code.startswith(("PPLC", "PPLA"))


def wants_vouching(e: Entry, key: str, gaz: Gazetteer) -> bool:
    """Whether a reading of ``key`` needs the evidence a village needs: a village, or a town below
    COMMON_TOWN_POPULATION whose name is a short everyday word ("in Geel", "Best", "Deal", "Lens")."""
    return is_village(e) or (e.kind == "city" and e.population < COMMON_TOWN_POPULATION
                             and len(key) <= COMMON_TOWN_LETTERS and gaz.is_common_word(key))


def distance_km(a: Entry, b: Entry) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _cues(doc: Document, m: Mention) -> tuple[bool, bool, bool]:
    cw = context_words()
    before = doc.text[max(0, m.start - 40):m.start]
    after = doc.text[m.end:m.end + 12]
    region = bool(cw.region_cue.search(before) or cw.region_after.match(after) or cw.region_suffix.search(m.text))
    city = bool(cw.city_cue.search(before))
    prep = bool(cw.place_preposition.search(before))
    return region, city, prep


def resolve(doc: Document, mentions: Sequence[Mention], gaz: Gazetteer) -> list[Place]:
    """Places for ``mentions`` (in order), dropping mentions that resolve too weakly."""
    # A mention with its own kind cue ("de provincie Antwerpen", "de stad Utrecht") is read on its own,
    # not with the plain mentions of the same name.
    mentions = [_split_by_cue(doc, m) for m in mentions]
    cands = {m.key: gaz.lookup(m.name_key, phonetic_fallback=m.phonetic) for m in mentions}
    cands = {k: v for k, v in cands.items() if v}
    # Round 0: every key's best candidate by prior alone gives the article's context; each later round
    # re-reads every key in the context of the previous round's readings ("Savannah" becomes the US city
    # once "Atlanta" and "Alabama" are read, and then "Georgia" the US state).
    current = {k: max(v, key=lambda c: prior(c.entry) * QUALITY[c.quality]) for k, v in cands.items()}
    keys = [m.key for m in mentions if m.key in current]
    by_key = Counter(keys)
    of_key: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        of_key[m.key].append(m)
    cues = {key: _group_cues(doc, of_key[key]) for key in by_key}
    tagged = {m.key for m in mentions if m.entity is not None or m.dateline}  # the agency's word is as good
    governed = {key for key, (_, city, prep) in cues.items() if prep or city} | {m.key for m in mentions if m.dateline}
    # (a name a kind word made a place once, "de regio Moerdijk", is one in its plain mentions too: "A17 Moerdijk")
    kinded = {m.name_key for m in mentions if m.key != m.name_key}
    governed |= {m.key for m in mentions if m.name_key in kinded}
    spans = {(e.start, e.end): e.label for e in doc.entities}
    cw = context_words()
    # An acronym ("EADS") or a title ("Secretary") is no village; nor is a name the tagger calls a person or
    # organization ("Cisco"), unless the article names another place in the village's region ("Lyptsi" near
    # "Kharkiv", whatever the tagger thinks of an unfamiliar name).
    # A dateline ("BURGUM (ANP) - ") is in capitals by custom, and names a place whatever the tagger thinks.
    disowned = {m.key for m in mentions if m.text.isupper() and not m.dateline or m.name_key in cw.titles
                or m.name_key in cw.org_heads}
    mistagged = {m.key for m in mentions if spans.get((m.start, m.end), "LOC") != "LOC" and not m.dateline} - {
        m.key for m in mentions if m.loc_entity}  # (tagged a place once, "in Bomet town", it is no firm elsewhere)
    # A village reading with no evidence of its own gives no context ("Ford" the carmaker read as an English
    # village would pull "St. Louis" away from the United States).
    doubtful = disowned | mistagged | (set(by_key) - tagged - governed)
    name_of = {m.key: m.name_key for m in mentions}

    def vouch(key: str, e: Entry) -> bool:
        return wants_vouching(e, name_of[key], gaz)

    chosen: dict[str, Scored] = {}
    for _ in range(2):
        chosen = {key: _choose(key, cands[key], current, by_key, cands, cues[key], doubtful, vouch) for key in by_key}
        current = {k: v.candidate for k, v in chosen.items()}
    _coordinated(doc, mentions, chosen, cands)
    _near(doc, mentions, chosen, cands)
    addressed = _addressed(doc, mentions, chosen)
    foreign_tails = _foreign_tails(doc, mentions, chosen)
    places: list[Place] = []
    for m in mentions:
        sc = chosen.get(m.key)
        if sc is None or m.start in foreign_tails:
            continue
        raw = sc.score
        if raw < MIN_SCORE and not (m.loc_entity or m.dateline):
            continue
        if vouch(m.key, sc.candidate.entry) and m.key not in addressed and (m.key in disowned or (
                m.key in mistagged and not _region_named(m.key, sc.candidate.entry, chosen)) or not (
                m.key in tagged and m.key in governed
                or raw >= MIN_SCORE and (m.key in tagged or m.key in governed))):
            continue  # a village wants two of: a LOC entity, a preposition or cue, the article's context
        if m.address and m.key not in addressed:
            continue  # a tagged person or organization with a comma after it, but no address
        if sc.candidate.entry.kind == "country" and cw.count_before.search(doc.text, max(0, m.start - 20), m.start):
            continue  # "werden 31 Polen aangehouden", "drie Zweden": people counted, named like their country
        if m.actor and sc.candidate.entry.kind == "city":
            continue  # "Den Haag besloot": the government, not the place
        if m.text.isupper() and len(m.text) <= 3 and sc.candidate.entry.kind != "country" and not m.loc_entity:
            continue  # "UN", "EU": acronyms, unless they name a country ("VS", "UK")
        places.append(_place(m, sc.candidate.entry, raw, len(places) + 1))
    return places


def _address_pairs(doc: Document, mentions: Sequence[Mention], chosen: dict[str, Scored]
                   ) -> Iterator[tuple[Mention, Mention, Entry, Entry]]:
    """Consecutive mentions of one sentence that a comma joins ("Ikorodu, Lagos State"), with their readings."""
    for m, n in pairwise(mentions):
        if m.sentence == n.sentence and m.key in chosen and n.key in chosen and comma_joined(doc.text, m.end, {n.start}):
            yield m, n, chosen[m.key].candidate.entry, chosen[n.key].candidate.entry


def _addressed(doc: Document, mentions: Sequence[Mention], chosen: dict[str, Scored]) -> set[str]:
    """Keys written as an address, with the region or country of their reading right after a comma ("Ikorodu,
    Lagos State", "Sandgate, New South Wales"): whatever the tagger made of the name, it is that place."""
    out: set[str] = set()
    for m, _n, e, r in _address_pairs(doc, mentions, chosen):
        if e.kind == "city" and (r.kind == "admin1" and bool(r.admin1_code) and r.admin1_code == e.admin1_code
                                 or r.kind == "country" and r.country == e.country):
            out.add(m.key)
    return out


def _foreign_tails(doc: Document, mentions: Sequence[Mention], chosen: dict[str, Scored]) -> set[int]:
    """The starts of names that close an address after a comma but read as a smaller town of another country than the
    place they follow ("Calamba City, Laguna": the province, which the gazetteer lacks, not Laguna in California)."""
    out: set[int] = set()
    for _m, n, e, r in _address_pairs(doc, mentions, chosen):
        # (an address's tail names a unit larger than its head: a smaller town is the misreading, not a bigger city
        # after a head the gazetteer misread, "Mount Pleasant, Harare")
        if e.kind == "city" and r.kind == "city" and e.country and r.country and e.country != r.country \
                and r.population < e.population:
            out.add(n.start)
    return out


def _region_named(key: str, e: Entry, chosen: dict[str, Scored]) -> bool:
    """Whether another key's reading lies in the first-level region of ``e``."""
    return bool(e.admin1_code) and any(
        k != key and sc.candidate.entry.admin1_code == e.admin1_code for k, sc in chosen.items())


def _split_by_cue(doc: Document, m: Mention) -> Mention:
    region, city, _ = _cues(doc, m)
    if region and not m.key.endswith("#region"):
        return dataclasses.replace(m, key=f"{m.key} #region", lookup=m.name_key)
    if city:
        return dataclasses.replace(m, key=f"{m.key} #city", lookup=m.name_key)
    return m


def _group_cues(doc: Document, group: Sequence[Mention]) -> tuple[bool, bool, bool]:
    region_cue = city_cue = prep = False
    for m in group:
        is_region, is_city, after_prep = _cues(doc, m)
        region_cue, city_cue, prep = region_cue or is_region, city_cue or is_city, prep or after_prep
    return region_cue, city_cue, prep


def _choose(key: str, names: tuple[Candidate, ...], current: dict[str, Candidate], by_key: Counter[str],
            cands: dict[str, tuple[Candidate, ...]], cues: tuple[bool, bool, bool], doubtful: set[str],
            vouch: Callable[[str, Entry], bool]) -> Scored:
    """The best candidate for ``key`` given the other keys' current readings."""
    countries: dict[str, float] = defaultdict(float)
    admin1: dict[str, float] = defaultdict(float)
    for k, n in by_key.items():
        if k == key or (k in doubtful and vouch(k, current[k].entry)):
            continue
        e = current[k].entry
        # An ambiguous key counts less: it may be the one the context must decide. Villages that share a
        # town's name ("Atlanta" in Georgia and in six other states) do not make it ambiguous.
        rivals = [c for c in cands[k] if not is_village(c.entry) or c == current[k]]
        weight = n * (1.0 if len(rivals) == 1 else 0.5)
        if e.country:
            countries[e.country] += weight
        if e.admin1_code and e.kind in ("city", "admin1"):
            admin1[e.admin1_code] += weight
    total = sum(countries.values()) or 1.0
    region_cue, city_cue, prep = cues
    # Same-named regions and their seat or big city ("Moskou", "Utrecht", "New York", "Antwerpen"): the city
    # is in the region (same GeoNames admin1, or within 80 km of the region's point where the region is not a
    # GeoNames admin1, as Belgian provinces are not).
    big = [c.entry for c in names if c.entry.kind == "city"
           and (c.entry.feature_code.startswith(("PPLC", "PPLA")) or c.entry.population >= 100_000)]
    regions = [c.entry for c in names if c.entry.kind == "admin1"]
    seat_pairs = [(r, c) for r in regions for c in big
                  if (r.admin1_code and r.admin1_code == c.admin1_code)
                  or (not r.admin1_code and r.country == c.country and distance_km(r, c) < 80)]
    seated = {r.pid for r, _ in seat_pairs}
    seats = {c.pid for _, c in seat_pairs}
    # A village is dwarfed by a country, region or feature of its name, or by a city DWARFED times its size.
    dwarf_above = math.inf if any(c.entry.kind in ("country", "admin1", "feature") for c in names) else \
        max((c.entry.population for c in names if c.entry.kind == "city"), default=0) / DWARFED
    scored = []
    for c in names:
        e = c.entry
        s = prior(e) * QUALITY.get(c.quality, 0.75)
        share = countries.get(e.country or "", 0.0) / total
        context = {"country": 0.1, "admin1": 0.35, "city": 0.25}.get(e.kind, 0.2) * share
        if e.kind == "city" and e.admin1_code and admin1.get(e.admin1_code, 0.0) > 0:
            context += 0.2
        if is_village(e) and max(e.population, 500) <= dwarf_above:
            context *= 0.25
        s += context
        if e.kind == "admin1":
            if e.pid in seated and not region_cue:
                s -= 0.3  # "Moskou": the city, not the federal city region
            if region_cue:
                s += 0.4
                if any(c.entry.kind == "city" and c.entry.population >= 500_000 and distance_km(c.entry, e) < 40
                       for c in names):
                    s -= 0.1  # "regio Moskou", "Kyiv region": the oblast around the city, not the city-region
        if e.kind == "city":
            if e.pid in seats and not region_cue:
                s += 0.15
            if city_cue:
                s += 0.3
            if region_cue:
                s -= 0.2
        if prep:
            s += 0.05
        scored.append(Scored(c, s))
    scored.sort(key=lambda x: (-x.score, x.candidate.entry.pid))
    second = scored[1].score if len(scored) > 1 else 0.0
    return Scored(scored[0].candidate, _confidence(scored[0].score, second))


def _confidence(best: float, second: float) -> float:
    """A 0..1 score from the winner's raw score and its margin over the runner-up (raw kept when alone)."""
    if second <= 0:
        return best
    margin = best / (best + second)
    return best * (0.5 + 0.5 * margin) + 0.25 * (1 - margin) if best > 0 else 0.0


def _coordinated(doc: Document, mentions: Sequence[Mention], chosen: dict[str, Scored],
                 cands: dict[str, tuple[Candidate, ...]]) -> None:
    """"Friesland en Groningen": a name listed with provinces is the province, with cities the city."""
    for i, m in enumerate(mentions):
        if m.key not in chosen or m.key.endswith(("#region", "#city")):
            continue  # its own kind cue ("Lagos State") outweighs its neighbours'
        kinds = {c.entry.kind for c in cands[m.key]}
        if len(kinds & {"city", "admin1"}) < 2:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(mentions):
                continue
            n = mentions[j]
            if n.sentence != m.sentence or n.key not in chosen or n.key == m.key:
                continue
            gap = doc.text[n.end:m.start] if j < i else doc.text[m.end:n.start]
            if not context_words().coordination.match(gap):
                continue
            other = {c.entry.kind for c in cands[n.key]}
            if len(other) != 1:
                continue
            kind = next(iter(other))
            if kind in ("city", "admin1") and chosen[m.key].candidate.entry.kind != kind:
                listed = [c for c in cands[m.key] if c.entry.kind == kind and not is_village(c.entry)]
                if not listed:
                    break  # "Arlington, Texas": no village called Texas for a state that is listed with a city
                best = max(listed, key=lambda c: prior(c.entry) * QUALITY.get(c.quality, 0.7))
                chosen[m.key] = Scored(best, min(chosen[m.key].score, 0.8))
                break


def _near(doc: Document, mentions: Sequence[Mention], chosen: dict[str, Scored],
          cands: dict[str, tuple[Candidate, ...]]) -> None:
    """"Rjazan, 80 kilometer ten zuiden van Moskou": prefer the reading near the anchor place."""
    in_sentence: dict[int, list[Mention]] = defaultdict(list)  # the anchor is in the same sentence: no scan of all
    for m in mentions:
        in_sentence[m.sentence].append(m)
    for m in mentions:
        if m.key not in chosen:
            continue
        after = [n for n in in_sentence[m.sentence] if n.start > m.end and n.key in chosen]
        if not after:
            continue
        anchor = after[0]
        gap = doc.text[m.end:anchor.start]
        dm = context_words().distance.match(gap)
        if not dm:
            continue
        km = float(dm.group(1).replace(",", "."))
        ref = chosen[anchor.key].candidate.entry
        near = [c for c in cands[m.key] if distance_km(c.entry, ref) <= max(3 * km, 100)]
        if near and chosen[m.key].candidate not in near:
            best = max(near, key=lambda c: prior(c.entry) * QUALITY.get(c.quality, 0.7))
            chosen[m.key] = Scored(best, max(chosen[m.key].score, 0.7))


def _place(m: Mention, e: Entry, raw: float, n: int) -> Place:
    precision = e.precision
    name, code = e.name, e.feature_code
    if m.compass is not None:
        compass = context_words().compass_parts.get(m.compass, m.compass)
        precision, code, name = "region", "RGN", f"{compass} {e.name}"
    admin1 = None if e.kind in ("country", "feature") or precision == "region" else e.admin1
    return Place(
        id=f"p{n}", text=m.text, start=m.start, end=m.end, name=name,
        geonames_id=None if m.compass is not None else e.geonames_id, feature_code=code, country=e.country,
        admin1=admin1, lat=e.lat, lon=e.lon, precision=precision,  # type: ignore[arg-type]
        score=round(max(0.0, min(1.0, raw)), 3), entity=m.entity)
