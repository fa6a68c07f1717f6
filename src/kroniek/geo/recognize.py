"""Toponym recognition: gazetteer phrase matching, checked against NER entities and the local context.

A mention is the longest word sequence (within one sentence, starting with a capital) whose
normalized form names a gazetteer location. It is dropped when

* it lies inside a longer PER/ORG/MISC entity ("Verenigd Rusland", "Bank of America") or is a PER; not when
  the entity only names people of the place ("Residents of X", "inwoners van X": common words before of/van)
  or a facility named after it ("Leeds Town Hall", "Eindhoven Airport": ``geo_facility_heads``);
* without an entity to vouch for it, a capitalized name word is glued to it ("Bob Deen",
  "Washington Post", "Paris Agreement"): it is then part of a name that is not a place;
* it is a one-word, sentence-initial common word ("Door", "Bath");
* it is an organization head's complement ("Universiteit van Amsterdam", "Bank of England");
* it follows a person's title ("president Clinton") or is a lone surname of a name seen earlier;
* the tagger calls the one word an adjective ("Engels sprekende").
A city followed by a verb of saying or deciding ("Den Haag besloot") is marked ``actor`` and
dropped by the resolver (a country there is still reported: it is both actor and place); not after
of/van ("Residents of X said": the city is a complement, not the subject).

Demonyms and adjectives ("Russische", "Basjkieren") are not in the gazetteer and so never match;
compounds ("Kremlin-woordvoerder", "Oekraïne-oorlog") are one word and do not match either.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..lettercase import lower_cased, title_cased, upper_cased
from ..lines import DATELINE, NAME_ARTICLE, article_part, name_part, opens_dateline, opens_entry
from ..model import Document, Entity
from .gazetteer import Entry, Gazetteer, normalize
from .words import ContextWords, context_words

#: (not a piece of a code: "26BISHKEK1047_a", a cable's number, names no place)
_WORD = re.compile(r"(?<![^\W_])(?:(?:" + NAME_ARTICLE + r")?[^\W\d_]+(?:[-‐][^\W_]+)*|\d+(?:[-‐][^\W\d_]+)+)(?![\d_])")
_GAP = re.compile(r"^(?:[ \t]+|\.[ \t]?|[ \t]*&[ \t]*)$")
_ABBREV = re.compile(r"^(?:St|Ste|Mt|Ft|Pt|[A-Z])$")

@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    key: str  # groups mentions that get one reading: the gazetteer key, "#region" added after "Oblast" etc.
    sentence: int
    entity: str | None  # id of a LOC entity with exactly this span
    loc_entity: bool  # a LOC entity covers it
    compass: str | None = None  # "Oost" of "Oost-Oekraïne": a part of the place named by ``key``
    phonetic: bool = False  # whether transliteration variants may match (a name, not common words)
    actor: bool = False  # followed by a verb of saying or deciding: a city there is a government, no place
    lookup: str = ""  # the gazetteer key (``key`` when empty)
    address: bool = False  # tagged a person or organization, kept only if it proves an address ("Ikorodu, Lagos State")
    dateline: bool = False  # opens a dateline ("ROTTERDAM (ANP) - "): a place whatever the tagger says

    @property
    def name_key(self) -> str:
        return self.lookup or self.key


def words_of(text: str, start: int, end: int) -> list[Word]:
    return [Word(start + m.start(), start + m.end(), m.group()) for m in _WORD.finditer(text[start:end])]


#: a word that hyphens join of name parts of three letters or more ("Athens-Thessaloniki", "Osh-Kara-Suu")
_JOINED = re.compile(r"[^\W\d_]{3,}(?:[-‐][^\W\d_]{3,})+")
_HYPHEN_IN = re.compile(r"[-‐]")
#: a word and what its last hyphen joins to it ("Osh-based")
_SUFFIXED = re.compile(r"(.+)[-‐]([^-‐]+)")


def _place_heads(words: list[Word], cw: ContextWords) -> list[Word]:
    """A name before a hyphen and a word that makes it a place ("an Osh-based rights group") is a word of its own."""
    out = []
    for w in words:
        m = _SUFFIXED.fullmatch(w.text)
        head = m.group(1) if m is not None and m.group(2) in cw.place_suffixes and _cap(m.group(1)) else ""
        out.append(Word(w.start, w.start + len(head), head) if head else w)
    return out


def _route_ends(words: list[Word], gaz: Gazetteer) -> tuple[list[Word], set[tuple[int, int]]]:
    """"the Athens-Thessaloniki motorway", "de snelweg Athene-Thessaloniki": two capitalized places joined by a hyphen
    into no known name are two mentions (a name of one place, "Baden-Württemberg", stays whole; either may hold a
    hyphen itself, "the Osh-Kara-Suu road"). Also the spans of the pairs split: a tagger's label on the pair
    ("Athene-Thessaloniki" ORG) is no label on either place."""
    cuts = {k: [(h.start(), h.end()) for h in _HYPHEN_IN.finditer(w.text)
                if _cap(w.text[:h.start()]) and _cap(w.text[h.end():])]
            for k, w in enumerate(words) if _JOINED.fullmatch(w.text)}
    cuts = {k: v for k, v in cuts.items() if v}
    if not cuts:
        return words, set()
    keys = {normalize(part) for k, v in cuts.items() for a, b in v
            for part in (words[k].text, words[k].text[:a], words[k].text[b:])}
    known = gaz.known(keys)
    out: list[Word] = []
    spans: set[tuple[int, int]] = set()
    for k, w in enumerate(words):
        cut = next(((a, b) for a, b in cuts.get(k, ()) if normalize(w.text[:a]) in known
                    and normalize(w.text[b:]) in known), None)
        if cut is None or normalize(w.text) in known:
            out.append(w)
            continue
        a, b = cut
        out += [Word(w.start, w.start + a, w.text[:a]), Word(w.start + b, w.end, w.text[b:])]
        spans.add((w.start, w.end))
    return out, spans


def _cap(word: str) -> bool:
    """Capitalized, counting "'s-Hertogenbosch" by its name part."""
    return name_part(word)[:1].isupper()


def _title_case(words: list[Word]) -> bool:
    """A headline in title case (``kroniek.lettercase.title_cased``), "'s-Hertogenbosch" read by its name part."""
    return title_cased([name_part(w.text) for w in words])


class EntityIndex:
    """Entities sorted by start, asked for those overlapping a span: a binary search, not a scan per
    mention (a long document has many thousands of both)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = sorted(entities, key=lambda e: e.start)
        self._starts = [e.start for e in self.entities]
        self._longest = max((e.end - e.start for e in self.entities), default=0)

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """The entities with ``e.start < end and start < e.end``, in start order."""
        # one that ends after ``start`` starts after ``start - longest``
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [e for e in self.entities[lo:hi] if start < e.end]


def find_mentions(doc: Document, gaz: Gazetteer) -> list[Mention]:
    """Every place mention of ``doc``, left to right."""
    cw = context_words()
    spans = [(s.i, s.start, s.end) for s in doc.sentences] or [(0, 0, len(doc.text))]
    entities = EntityIndex(doc.entities)
    adjectives = {t.start: t.end for t in doc.tokens if t.pos == "ADJ"}
    # (a "verb" the parse gives a noun's role is a misread name: "het centrum van eindhoven", nmod)
    verbs = {t.start: t.end for t in doc.tokens if t.pos in ("VERB", "AUX") and t.dep.split(":")[0] not in _NOMINAL}
    roots = {t.start for t in doc.tokens if t.pos == "VERB" and t.dep == "ROOT"}  # an imperative opening its sentence
    out: list[Mention] = []
    surnames: set[str] = set()  # last words of multi-word names that are no places ("Bill Clinton")
    named: set[str] = set()  # ... of them, those after a first name ("Deniz Aksoy"), not only after a title
    titled: set[str] = set()  # names introduced by a kind noun ("onderwijsgebouw Orion"): that, all through
    disputed: list[tuple[Mention, bool]] = []  # rejected only for an NER label; True: a region word follows
    lower = lower_cased(doc.text)
    for si, s_start, s_end in spans:
        words, pair_spans = _route_ends(_place_heads(words_of(doc.text, s_start, s_end), cw), gaz)
        if not words:
            continue
        # Without letter case every word may start a name, and only names that are no common word qualify.
        caseless = lower or upper_cased(doc.text[s_start:s_end])
        headline = _title_case(words)
        grams: dict[tuple[int, int], str] = {}
        for i, w in enumerate(words):
            if not (caseless or _cap(w.text)):
                continue
            for j in range(i, min(len(words), i + gaz.max_words)):
                if j > i and not _GAP.match(doc.text[words[j - 1].end:words[j].start]):
                    break
                if j > i and doc.text[words[j - 1].end:words[j].start].startswith(".") \
                        and not _ABBREV.match(words[j - 1].text):
                    break
                grams[(i, j)] = normalize(doc.text[w.start:words[j].end])
        if caseless:
            grams = {ij: key for ij, key in grams.items() if _caseless_name(doc, words, ij, key, gaz, cw)}
        # Transliteration-insensitive matching only for names: every word capitalized and uncommon.
        phon_ok = {key for (i, j), key in grams.items()
                   if all((caseless or _cap(w.text)) and not gaz.is_common_word(normalize(w.text))
                          for w in words[i:j + 1])}
        known = gaz.known(grams.values(), phon_ok)
        i = 0
        while i < len(words):
            # The longest known name starting here (its later words may be lower case: "Russische federatie").
            match = next(((i, j) for j in range(min(len(words), i + gaz.max_words) - 1, i - 1, -1)
                          if grams.get((i, j)) in known), None)
            if match is None:
                mention = _compound(doc, words, i, si, gaz, entities, cw)
                if mention is not None:
                    out.append(mention)
                i += 1
                continue
            a, b = match
            start, end = words[a].start, words[b].end
            if doc.text[end:end + 1] == "." and all(len(w.text) == 1 for w in words[a:b + 1]) and b > a:
                end += 1  # "U.S." keeps its final dot
            ents = [e for e in entities.overlapping(start, end) if (e.start, e.end) not in pair_spans]
            loc = next((e for e in ents if e.label == "LOC" and e.start <= start and end <= e.end), None)
            exact_loc = loc if loc is not None and (loc.start, loc.end) == (start, end) else None
            if caseless and a > 0 and _glued_without_case(doc, words, a, gaz, grams.get((a - 1, a - 1)) in known):
                i = b + 1  # "vluchtelingenwerk nederland": without letter case, a name word before it makes it a name
                continue
            if _kind_noun_before(doc, words, a, cw) and not _name_goes_on(doc, words, b):
                titled.add(grams[(a, b)])  # "the newspaper El Sur", "onderwijsgebouw Orion": a title, ship, firm or
                i = b + 1  # building, whatever the tagger says; its other mentions are dropped below
                continue
            # a known name in capitals that opens a dateline is the place it was filed from, whatever the tagger
            # makes of the line ("BRUSSEL 10/02 (BELGA) =" read as an organisation)
            if not opens_dateline(doc.text, start, end) and _rejected(doc, words, a, b, ents, loc, headline, gaz, s_start, grams[(a, b)], cw):
                # (or on its name part: the tagger may leave out the article of "’S-HERTOGENBOSCH", the characters
                # skipped below)
                untagged = [e for e in ents if (e.start, e.end) != (start, end)
                            and not (start < e.start and e.end == end and article_part(doc.text[start:e.start]))]
                if not _rejected(doc, words, a, b, untagged, loc, headline, gaz, s_start, grams[(a, b)], cw):
                    # Only the tagger's PER/ORG label on exactly this name speaks against it: decided below,
                    # by the name's other mentions in the article (one sense per discourse).
                    region_word = b + 1 < len(words) and words[b + 1].text.casefold() in cw.admin_after
                    opens = opens_dateline(doc.text, start, end)
                    disputed.append((Mention(start=start, end=end, text=doc.text[start:end], key=grams[(a, b)],
                                             sentence=si, entity=None, loc_entity=False,
                                             phonetic=grams[(a, b)] in phon_ok, actor=False,
                                             lookup=grams[(a, b)], dateline=opens), region_word or opens))
                prev = words[a - 1].text if a > 0 else ""
                # A name the tagger holds for no person ("ABC Newcastle", an organization) has no surname in it.
                of_person = not any(e.label in ("ORG", "MISC") and e.start <= words[a - 1].start and end <= e.end
                                    for e in ents) if a > 0 else False
                if a == b and not headline and of_person and _GAP.match(doc.text[words[a - 1].end:start]) and (
                        prev.casefold().rstrip(".") in cw.titles
                        or (_cap(prev) and prev.casefold() not in cw.org_heads | cw.compass
                            and not gaz.is_common_word(normalize(prev)))):
                    surnames.add(grams[(a, b)])  # "Bob Deen", "president Clinton"
                    if prev.casefold().rstrip(".") not in cw.titles:
                        named.add(grams[(a, b)])  # (a first name before it: a person's, wherever else tagged)
                i = b + 1
                continue
            # A tagged adjective ("Engels sprekende"); without letter case the tagger takes unknown names for
            # adjectives or verbs ("eindhoven" ends like one), which a place preposition overrules ("in nairobi",
            # "in eindhoven"); a verb without one is one ("op te heffen").
            if loc is None and a == b and (adjectives.get(start) == end or caseless and verbs.get(start) == end) \
                    and not (caseless and _place_preposition(doc, words, a, cw)):
                i = b + 1
                continue
            if loc is None and a == b == 0 and start in roots and verbs.get(start) == end:
                i = b + 1  # "Kom om 19 uur naar het plein": the verb of an imperative, no "Qom"
                continue
            # "Kiev Oblast": the kind word belongs to the mention and asks for the region.
            lookup = key = grams[(a, b)]
            if _kind_after(doc, words, b, end, cw) is not None:
                end = words[b + 1].end
                b += 1
                key = f"{lookup} #region"
            actor = b + 1 < len(words) and words[b + 1].text.casefold() in cw.actor_verbs \
                and bool(re.fullmatch(r"[ \t]+", doc.text[end:words[b + 1].start])) \
                and not _prep_before(doc, words, a, cw) and not _after_link(words, a, cw)
            out.append(Mention(start=start, end=end, text=doc.text[start:end], key=key, sentence=si,
                               entity=exact_loc.id if exact_loc else None, loc_entity=loc is not None,
                               phonetic=lookup in phon_ok, actor=actor, lookup=lookup,
                               dateline=opens_dateline(doc.text, start, end)))
            i = b + 1
    places = {m.name_key for m in out}
    kept = [m for m, region_word in disputed if region_word or m.name_key in places]
    # A name a comma joins to the next place ("Ikorodu, Lagos State") may be an address; the resolver, which
    # knows whether that place is the name's region or country, decides.
    starts = {m.start for m in out}
    addresses = {m.name_key for m, _ in disputed if m not in kept and comma_joined(doc.text, m.end, starts)}
    if addresses:
        kept += [dataclasses.replace(m, address=True) for m, _ in disputed if m not in kept and m.name_key in addresses]
    if kept:
        # A tagger is inconsistent within one article ("in Eindhoven" LOC, "van Eindhoven" ORG); a name the
        # article uses as a place elsewhere, or one followed by "state"/"provincie", keeps that sense.
        for m in kept:
            places.add(m.name_key)
        kept += [m for m, _ in disputed if m not in kept and m.name_key in places]
        out = sorted(out + kept, key=lambda m: m.start)
    if titled:  # "de bezetting van onderwijsgebouw Orion ... in Orion": one sense per discourse
        out = [m for m in out if m.name_key not in titled]
    if surnames:
        # "Bill Clinton ... Clinton said": the lone surname is the person, unless it names a country or region,
        # or the tagger reads it as a place elsewhere in the article ("burgemeester Kadıköy" ... "in Kadıköy")
        located = {m.name_key for m in out if m.loc_entity} - named
        # ("Axios Denver", a newsletter's masthead tagged a person, makes no surname of Denver: a city of half a
        # million is a place wherever it stands alone)
        out = [m for m in out if m.loc_entity or m.name_key not in surnames - located
               or any(c.entry.kind in ("country", "admin1") or (c.entry.kind == "city" and _well_known(c.entry))
                      for c in gaz.lookup(m.name_key, phonetic_fallback=False))]
    return out


#: the population from which a city is known as a place, whatever a tagger calls its name ("Denver", "Lagos")
_WELL_KNOWN_POPULATION = 500_000


def _well_known(e: Entry) -> bool:
    """A country, a first-level region, a curated feature or a city of half a million or more."""
    return e.kind in ("country", "admin1", "feature") or e.population >= _WELL_KNOWN_POPULATION


def _glued_without_case(doc: Document, words: list[Word], a: int, gaz: Gazetteer, prev_is_place: bool) -> bool:
    """In text without letter case, whether the word before word ``a`` is glued to it (only spaces between) and is
    a name word, no common word and no place: "VLUCHTELINGENWERK NEDERLAND", "greenpeace nederland" name an
    organization, as a capitalized name word before a place does in cased text ("Washington Post")."""
    prev = words[a - 1]
    return bool(re.fullmatch(r"[ \t]+", doc.text[prev.end:words[a].start])) and not prev_is_place \
        and not gaz.is_common_word(normalize(prev.text)) and not any(c.isdigit() for c in prev.text)


def comma_joined(text: str, pos: int, starts: set[int]) -> bool:
    """Whether a comma (and spaces, no line break) joins ``pos`` to the start of a mention."""
    gap = re.match(r"[ \t]*,[ \t]*", text[pos:])
    return gap is not None and pos + gap.end() in starts


def _caseless_name(doc: Document, words: list[Word], ij: tuple[int, int], key: str, gaz: Gazetteer,
                   cw: ContextWords) -> bool:
    """Whether words ``i..j`` of a text without letter case may be a place name: never a common word of a
    language ("may", "police", "nice"); and a word of it is none ("new york"), or it is a country of several
    words ("united states"), or a place preposition stands right before it ("in central park")."""
    i, j = ij
    if gaz.is_common_word(key):
        return False
    if any(not gaz.is_common_word(normalize(w.text)) for w in words[i:j + 1]):
        return True
    if j > i and any(c.entry.kind == "country" for c in gaz.lookup(key, phonetic_fallback=False)):
        return True
    return _place_preposition(doc, words, i, cw)


def _place_preposition(doc: Document, words: list[Word], i: int, cw: ContextWords) -> bool:
    """Whether a place preposition (and maybe an article) stands right before word ``i`` ("in", "bij de")."""
    return i > 0 and bool(cw.place_preposition.search(doc.text[words[max(0, i - 2)].start:words[i].start]))


def _compound(doc: Document, words: list[Word], i: int, si: int, gaz: Gazetteer,
              entities: EntityIndex, cw: ContextWords) -> Mention | None:
    """"Oost-Oekraïne", "Zuid-Rusland": a compass part of a known country or region; "Ruslands": a
    Dutch genitive of a country (not when the word is common on its own, like "Nederlands")."""
    w = words[i]
    m = cw.compass_compound.match(w.text)
    compass: str | None = None
    if m:
        name, compass = m.group(2), m.group(1)
    elif len(w.text) > 4 and w.text.endswith("s") and _cap(w.text) and not gaz.is_common_word(normalize(w.text)) \
            and normalize(w.text) not in cw.land_adjectives:
        name = w.text[:-1]
    else:
        return None
    key = normalize(name)
    kinds = ("country", "admin1") if compass else ("country",)
    cands = [c for c in gaz.lookup(name, phonetic_fallback=False) if c.entry.kind in kinds]
    if not cands:
        return None
    near = entities.overlapping(w.start, w.end)
    if any(e.label in ("PER", "ORG") and e.start <= w.start and w.end <= e.end for e in near):
        return None
    loc = next((e for e in near if e.label == "LOC" and (e.start, e.end) == (w.start, w.end)), None)
    return Mention(start=w.start, end=w.end, text=w.text, key=key, sentence=si, entity=loc.id if loc else None,
                   loc_entity=loc is not None, compass=compass)


def _extra_words(doc: Document, e: Entity, start: int, end: int) -> bool:
    """Whether entity ``e`` holds words outside ``start:end`` (punctuation it swallowed does not count)."""
    return bool(re.search(r"\w", doc.text[e.start:start] if e.start < start else "")
                or re.search(r"\w", doc.text[end:e.end] if e.end > end else ""))


#: a road's number ("A17", "N34", "M25", "I-95"), and the arrows between a route's ends
_ROAD_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{1,4}")
_ROUTE_ARROWS = frozenset({"→", "->", ">", "–", "—", "-"})


def _on_a_route(doc: Document, e: Entity, start: int, end: int) -> bool:
    """Whether entity ``e`` is a road's number before ``start:end``, with no more than the route's arrow and its
    other end besides ("A17 Moerdijk", "A15 Europoort → Ridderkerk"): a traffic report names roads by the places
    they join, and the places stay places."""
    before = doc.text[e.start:start].split() if e.start < start else []
    after = doc.text[end:e.end].split() if e.end > end else []
    return len(before) == 1 and _ROAD_NUMBER.fullmatch(before[0]) is not None \
        and all(w in _ROUTE_ARROWS or _cap(w) for w in after)


def _prep_before(doc: Document, words: list[Word], a: int, cw: ContextWords) -> bool:
    """A preposition governs word ``a``: it comes before it, with only a list of names, articles,
    conjunctions and commas in between ("in Utrecht, Groningen en Maastricht"; not "in Rome, while Chelsea")."""
    for k in range(a - 1, max(-1, a - 8), -1):
        gap = doc.text[words[k].end:words[k + 1].start]
        if not re.fullmatch(r"\s*,?\s*", gap) or "\n" in gap:
            return False
        low = words[k].text.casefold()
        if low in cw.list_prepositions:
            return True
        if not (_cap(words[k].text) or low in cw.list_glue):
            return False
    return False


def _covers(doc: Document, e: Entity, start: int, end: int) -> bool:
    """Whether entity ``e`` spans every word of ``start:end`` (it may hold more)."""
    return not re.search(r"\w", doc.text[start:e.start] if start < e.start else "") \
        and not re.search(r"\w", doc.text[e.end:end] if e.end < end else "")


#: the longest word read as a place's abbreviation ("SD", "MA", "NSW") only when written in capitals
_ABBREVIATION_LETTERS = 3


def _rejected(doc: Document, words: list[Word], a: int, b: int, ents: list[Entity], loc: Entity | None,
              headline: bool, gaz: Gazetteer, s_start: int, key: str, cw: ContextWords) -> bool:
    start, end = words[a].start, words[b].end
    if a == b and len(words[a].text) <= _ABBREVIATION_LETTERS and not words[a].text.isupper() and not any(
            normalize(c.entry.name) == key for c in gaz.lookup(key, phonetic_fallback=False)):
        return True  # "Sd/-" (signed), "Ma. Theresa": an abbreviation ("SD", "MA") is written in capitals
    prep_before = _prep_before(doc, words, a, cw)
    facility = _facility_after(doc, words, b, cw)
    nxt = words[b + 1] if b + 1 < len(words) else None
    if facility == b and nxt is not None and _cap(nxt.text) and nxt.text.casefold() in cw.named_after_heads \
            and _GAP.match(doc.text[end:nxt.start]):
        return True  # "Trafalgar Square", "Waterloo Station": named after the place, elsewhere
    # the administrative kind word that ends the name or follows it ("Kano State", "Lagos | State")
    kind_word = words[b] if b > a and words[b].text.casefold() in cw.admin_after else _kind_after(doc, words, b, end, cw)
    for e in ents:
        if e.label == "LOC":
            continue
        if not _covers(doc, e, start, end):
            continue  # a tag on part of the name ("Nagorno" of "Nagorno-Karabakh") decides nothing
        if kind_word is not None and e.start == start and not _extra_words(doc, e, start, kind_word.end):
            continue  # "Lagos State", "Kiev Oblast" tagged a person or organization: the kind word makes it a place
        if e.start <= start and end <= e.end and facility > b and not _extra_words(doc, e, start, words[facility].end):
            continue  # "Leeds Town Hall", "Eindhoven Airport": a facility of the town, which stays a place
        if e.label == "MISC":
            if _extra_words(doc, e, start, end):
                if e.start <= start and end <= e.end:
                    return True  # "Tweede Wereldoorlog"
                continue
            # Exactly a MISC ("Chechen", "Thai"): a demonym or adjective unless the name is a preferred
            # name of a country, region, feature or a city of 100,000 or more ("Oeral" is often MISC).
            if not prep_before and not any(c.quality >= 3 and (c.entry.kind != "city" or c.entry.population >= 100_000)
                                           for c in gaz.lookup(key, phonetic_fallback=False)):
                return True
            continue
        if _extra_words(doc, e, start, end):
            if _on_a_route(doc, e, start, end):
                continue
            if _named_after(doc, [e], start, end, gaz, cw):
                continue  # "Ontario Provincial Police", "Kisumu County Government": named after its place, which
                # is a place of the text ("Verenigd Rusland", "Real Madrid" end in theirs: a name's own part)
            if e.start <= start and end <= e.end and not _people_of(doc, words, a, b, e, s_start, cw) \
                    and not _org_name_around(doc, words, a, b, [e], gaz, cw):
                return True  # "Verenigd Rusland", "Bill Clinton", "Tweede Wereldoorlog"
            continue
        # The tagger calls exactly this name a person or organization: believe it unless a preposition makes
        # it a location ("in Washington"), the name is a country (an actor that is also a place) or a
        # curated region or feature, or, for a person, the name is well known as a place (a region, a city
        # of 500,000 or more: taggers often call those persons).
        if prep_before or (nxt is not None and nxt.text.casefold() in cw.resident_heads
                           and _GAP.match(doc.text[end:nxt.start])):
            continue  # ("Kamsar residents": the people of a place, whatever the tagger made of its name)
        if opens_entry(doc.text, start, end):
            continue  # "[11/10, 15:40] Piendamó – ...": where the entry took place
        cands = gaz.lookup(key, phonetic_fallback=False)
        if e.label == "ORG" and not any(c.entry.kind in ("country", "feature") for c in cands):
            return True  # "Surrey" the cricket club, "Washington" the government
        if not any(_well_known(c.entry) for c in cands):
            return True
    if loc is not None:
        return False
    prev = words[a - 1] if a > 0 else None
    nxt = words[b + 1] if b + 1 < len(words) else None
    if prev is not None and prev.text.casefold().rstrip(".") in cw.titles and _GAP.match(doc.text[prev.end:start]):
        return True  # "president Clinton", "Mr. Jordan"
    sentence_initial = _sentence_initial(doc.text, s_start, start)
    if a == b and words[a].text[1:].islower():
        common = gaz.is_common_word(normalize(words[a].text))
        if common and sentence_initial:
            return True  # "Door", "Bath" opening a sentence
        if sentence_initial and not prep_before and not gaz.lookup(key, phonetic_fallback=False) \
                and not _placed_elsewhere(doc.text, words[a].text, cw):
            return True  # "Kraken is sinds 2010 strafbaar": a word like a name only by its sound ("Kratie"), untagged
            # and never after a place preposition ("in Basjkortostan" elsewhere keeps "Basjkortostan is ...")
        if (common or not gaz.lookup(key, phonetic_fallback=False)) and not prep_before \
                and _written_lower(doc.text, words[a].text) and not _placed_elsewhere(doc.text, words[a].text, cw):
            # "Police detain dozens", "Commissioner-General of Police", a section label "Kraken" (like "Kratie") in
            # an article that writes "police", "kraken" too: one sense per discourse, unless a place preposition
            # says otherwise somewhere
            return True
    # "Universiteit van Amsterdam", "Bank of England": an organization's head noun before of/van.
    if prev is not None and prev.text.casefold() in cw.org_links and a >= 2:
        head = words[a - 2]
        if _cap(head.text) and head.text.casefold() in cw.org_heads - cw.sited_heads:
            return True  # ("University of Utah": a body sited in its place, which stays one)
    if headline:
        return False
    if _org_name_around(doc, words, a, b, ents, gaz, cw):
        return False  # "Woonhaven Antwerpen", "Legia Warschau": a place inside an organization's name is a place
    if prev is not None and _cap(prev.text) and _GAP.match(doc.text[prev.end:start]) \
            and not _sentence_initial(doc.text, s_start, prev.start) \
            and (prev.text.casefold() not in cw.compass or prev.text.casefold() in cw.org_heads):
        return True  # "Bob Deen", "Verenigd Rusland"
    if prev is not None and prev.text.casefold() in cw.org_heads and _cap(prev.text) \
            and _GAP.match(doc.text[prev.end:start]):
        return True  # "Verenigd Rusland" at a sentence start
    # "Washington Post", "Paris Saint-Germain" (not "Leeds Town Hall": a facility of the town; not an organization
    # the tagger names after its place, "Ontario Provincial Police")
    return nxt is not None and _cap(nxt.text) and bool(_GAP.match(doc.text[end:nxt.start])) \
        and nxt.text.casefold() not in cw.admin_after and facility == b and not _named_after(doc, ents, start, end, gaz, cw)


def _name_goes_on(doc: Document, words: list[Word], b: int) -> bool:
    """Whether a capitalized word is glued after word ``b``: the name holds more than the place ("the company Dakar
    Dem Dikk" is no title that is a place's name, as "the newspaper El Sur" is)."""
    return b + 1 < len(words) and _cap(words[b + 1].text) and bool(_GAP.match(doc.text[words[b].end:words[b + 1].start]))


def _kind_noun_before(doc: Document, words: list[Word], a: int, cw: ContextWords) -> bool:
    """Does a noun of ``geo_name_kinds`` stand right before the name that holds word a (up to two capitalized
    words of the name before it: "the newspaper El Sur")?"""
    i = a - 1
    for _ in range(3):
        if i < 0 or not _GAP.match(doc.text[words[i].end:words[i + 1].start]) or "." in doc.text[words[i].end:words[i + 1].start]:
            return False
        low = words[i].text.casefold()
        two = f"{words[i - 1].text.casefold()} {low}" if i > 0 else ""
        if not _cap(words[i].text):  # ("onderwijsgebouw Orion": a Dutch compound ends in its kind)
            return low in cw.name_kinds or two in cw.name_kinds or low.endswith(cw.name_kind_endings)
        i -= 1
    return False


def _org_name_around(doc: Document, words: list[Word], a: int, b: int, ents: list[Entity], gaz: Gazetteer,
                     cw: ContextWords) -> bool:
    """Whether an organization the tagger found ends in this name, which tells where the body is: after of/van
    ("Human Rights Commission of Pakistan", "Law Society of Kenya") or after its other name words ("Woonhaven
    Antwerpen", "Legia Warschau"). The place inside such a name is a place of the text, though never the place of
    its events. Not a common word ("Union" of "European Union"), not a slogan's place ("Verenigd Rusland", "United
    Russia": an organization head before it), not a name that goes on after the place ("Karen Doyle")."""
    start, end = words[a].start, words[b].end
    if a == 0 or gaz.is_common_word(normalize(doc.text[start:end])):
        return False
    before = words[a - 1].text.casefold()
    for e in ents:
        if e.label != "ORG" or not e.start <= words[a - 1].start or not end <= e.end \
                or re.search(r"\w", doc.text[end:e.end]):
            continue
        link = a - 1 if before in cw.org_links else a - 2 if before in cw.articles and a >= 2 \
            and words[a - 2].text.casefold() in cw.org_links else None
        if link is not None:
            head = words[link - 1].text.casefold() if link >= 1 and words[link - 1].start >= e.start else ""
            # ("Bank of England", "Raad van Europa", "Duke of Edinburgh": an organization's head or a title before
            # of/van keeps the tagger's name, unless the body is sited in its place: "University of Utah")
            return bool(head) and (head not in cw.org_heads or head in cw.sited_heads) \
                and head.rstrip(".") not in cw.titles
        if before not in cw.org_heads and before not in cw.articles:
            return True
    return False


def _named_after(doc: Document, ents: list[Entity], start: int, end: int, gaz: Gazetteer, cw: ContextWords) -> bool:
    """Does an organization the tagger found open with this name and go on to a body's head ("Kenya National Union
    of Nurses", "Kragujevac Emergency Centre")? Such a body is named after its place, and the place is one of the
    text; a common word that opens a name ("University of Utah") names no place."""
    if gaz.is_common_word(normalize(doc.text[start:end])):
        return False
    return any(e.label == "ORG" and e.start == start and end < e.end
               and set(re.findall(r"\w+", doc.text[end:e.end].casefold())) & cw.body_heads for e in ents)


def _kind_after(doc: Document, words: list[Word], b: int, end: int, cw: ContextWords) -> Word | None:
    """The administrative kind word right after word ``b`` (the name ending at ``end``): "Kiev | Oblast"."""
    nxt = words[b + 1] if b + 1 < len(words) else None
    return nxt if nxt is not None and nxt.text.casefold() in cw.admin_after and _GAP.match(doc.text[end:nxt.start]) \
        else None


def _after_link(words: list[Word], a: int, cw: ContextWords) -> bool:
    """Whether of/van (maybe with an article) stands right before word ``a``: the name is a complement
    ("Residents of X said"), not the subject of the verb after it."""
    k = a - 1
    if k >= 1 and words[k].text.casefold() in cw.articles:
        k -= 1
    return k >= 0 and words[k].text.casefold() in cw.org_links


def _facility_after(doc: Document, words: list[Word], b: int, cw: ContextWords) -> int:
    """The last word of a facility head right after word ``b`` ("Leeds | Town Hall"), else ``b``."""
    found = b
    phrase = ""
    for k in range(b + 1, min(len(words), b + 4)):
        if not _GAP.match(doc.text[words[k - 1].end:words[k].start]) or "." in doc.text[words[k - 1].end:words[k].start]:
            break
        phrase = f"{phrase} {words[k].text.casefold()}".strip()
        if phrase in cw.facility_heads:
            found = k  # the longest: "International Airport" over "International"
    return found


def _people_of(doc: Document, words: list[Word], a: int, b: int, e: Entity, s_start: int, cw: ContextWords) -> bool:
    """Whether PER/ORG entity ``e`` is "<common noun> of/van [the] <place>" ending at word ``b`` ("Residents of
    X", "inwoners van X"): a tagger reads who lives or works in a place as one name, and the place is still a
    place. Not when a word before of/van is an organization head ("Bank of England"), a title ("Duke of X") or
    a capitalized name word (only a sentence's first word may be capitalized as well as the whole text)."""
    if e.start >= words[a].start or re.search(r"\w", doc.text[words[b].end:e.end]):
        return False
    k = a - 1
    if k >= 0 and words[k].text.casefold() in cw.articles and k - 1 >= 0 \
            and words[k - 1].text.casefold() in cw.org_links:
        k -= 1  # "boeren van de Veluwe"
    if k < 1 or words[k].text.casefold() not in cw.org_links or words[k].start < e.start:
        return False
    heads = [w for w in words[:k] if w.start >= e.start]
    if not heads:
        return False
    caseless = not any(c.islower() for c in doc.text[e.start:e.end])
    for w in heads:
        low = w.text.casefold()
        if low in cw.org_heads or low.rstrip(".") in cw.titles or low in cw.articles and w is not heads[0] \
                or low in cw.org_links:
            return False  # ("Van der Maas": a name's particles, not a noun of people and a link)
        if not (caseless or w.text.islower() or w is heads[0] and w.text[1:].islower()
                and _sentence_initial(doc.text, s_start, w.start)):
            return False
    return True


_BEFORE_WORDS = r"\s\"'“”„‘’«»()\[\]\-–—•*"  # what may stand before a sentence's first word
_NOT_BEFORE_WORDS = re.compile(rf"[^{_BEFORE_WORDS}]")
_LABEL = re.compile(rf"[{_BEFORE_WORDS}]*[^\W\d_][\w-]*\s*:\s*")


def _written_lower(text: str, word: str) -> bool:
    """Whether ``text`` also has ``word`` in lower case, as a word of its own."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _placed_elsewhere(text: str, name: str, cw: ContextWords) -> bool:
    """Whether ``text`` puts ``name`` right after a place preposition somewhere ("in Nice")."""
    return any(m.group(1).casefold() in cw.list_prepositions
               for m in re.finditer(rf"([^\W\d_]+)[ \t]+{re.escape(name)}(?![\w-])", text))


_NOMINAL = frozenset({"nmod", "obl", "obj", "iobj", "nsubj", "appos", "flat", "compound"})


def _sentence_initial(text: str, s_start: int, pos: int) -> bool:
    """Whether only quotes, brackets, dashes or whitespace stand between the sentence start and ``pos``, or a
    one-word label and its colon ("Photograph: Police detain ...", "Update: Bath ..."), or a dateline
    ("LAGOS — Police ..."), after which a capital starts the sentence again."""
    before = text[s_start:pos]
    return not _NOT_BEFORE_WORDS.search(before) or bool(_LABEL.fullmatch(before) or DATELINE.fullmatch(before))
