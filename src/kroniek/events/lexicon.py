"""Trigger lexicons per language (``events/data/<lang>.tsv``) and a small fallback lemmatizer.

Each lexicon line is ``TYPE <tab> MODE <tab> HEAD <tab> ITEMS`` where ITEMS is a ``|``-separated
list of word groups (which must occur in the trigger's clause, each group contiguous) and flags
(see the header of ``nl.tsv``). The lexicon is compiled once per process into a
:class:`Lexicon`: an index from head lemma to entries, with regular expressions precompiled.

The fallback lemmatizer (:func:`candidate_lemmas`) proposes possible lemmas for a surface form
("vluchtten" -> "vluchten", "staken" -> "steken", "gearresteerd" -> "arresteren", "fled" -> "flee")
so that detection works with or without the parser's lemmas; candidates are only ever
looked up in the lexicon, so over-generation is harmless.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..errors import ResourceError
from ..model import EVENT_TYPES

FLAG_WORDS = frozenset({
    "N", "lv", "refl", "dat", "nodat", "comp", "nocomp", "clash", "disrupted", "mob", "chem", "suicide",
    "territory", "regain", "grenade", "loot", "hq", "free", "battle", "noform", "ram",
})

#: Dutch separable-verb particles (joined in the lemma, split in main clauses: "schoot ... neer").
NL_PARTICLES = (
    "uiteen", "terug", "samen", "tegen", "binnen", "neer", "dood", "over", "door", "vast", "vrij", "weg", "mee", "toe",
    "aan", "af", "bij", "in", "op", "uit", "om", "na", "voor",
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon line, compiled."""

    type: str
    mode: str | None
    head: str
    groups: tuple[tuple[str, ...], ...]
    nominal: bool
    flags: frozenset[str]
    need: tuple[re.Pattern[str], ...]
    block: tuple[re.Pattern[str], ...]
    weight: float
    line: int
    particle: str | None = None  # for derived split uses of separable verbs

    @property
    def rule(self) -> str:
        text = self.head if not self.particle else f"{self.head}..{self.particle}"
        extra = " + ".join(" ".join(g) for g in self.groups)
        return f"lexicon:{self.type}:{text}" + (f" + {extra}" if extra else "")

    @property
    def specificity(self) -> int:
        return 2 * len(self.groups) + len(self.need) + (2 if "refl" in self.flags else 0) + (
            1 if self.particle else 0)


@dataclass(frozen=True)
class Lexicon:
    language: str
    entries: tuple[Entry, ...]
    by_head: dict[str, tuple[Entry, ...]]
    compound_heads: tuple[str, ...]  # nominal heads that may end a compound, longest first
    surface: tuple[tuple[re.Pattern[str], Entry], ...]  # heads with hyphens, matched on the text
    _compounds: dict[frozenset[str], tuple[Entry, ...]] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, lemma: str) -> tuple[Entry, ...]:
        return self.by_head.get(lemma, ())

    def compound_entries(self, lemmas: frozenset[str]) -> tuple[Entry, ...]:
        """Nominal entries whose head ends one of ``lemmas`` as the last part of a compound (cached)."""
        hit = self._compounds.get(lemmas)
        if hit is None:
            out: list[Entry] = []
            for lemma in lemmas:
                for cut in range(3, len(lemma) - 2):
                    suffix = lemma[cut:]
                    out += [e for e in self.by_head.get(suffix, ()) if e.nominal and "nocomp" not in e.flags
                            and (len(suffix) >= 5 or "comp" in e.flags) and e not in out]
            hit = tuple(out)
            if len(self._compounds) < 200_000:
                self._compounds[lemmas] = hit
        return hit


def _phrase_pattern(value: str) -> re.Pattern[str]:
    """``need``/``block`` value: a prefix of a word (or phrase); surrounding spaces ask for a whole word."""
    exact_end = value.endswith(" ")
    core = re.escape(value.strip()).replace(r"\ ", r"\s+")
    # long values may end a compound ("klimaatactivisten"); short ones must start a word ("om", "me")
    start = "" if len(value.strip()) >= 6 and not exact_end else r"(?<!\w)"
    return re.compile(start + core + (r"(?!\w)" if exact_end else ""), re.IGNORECASE)


def parse_line(line: str, number: int, language: str) -> list[Entry]:
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 3:
        raise ResourceError(f"events lexicon {language}.tsv line {number}: expected TYPE, MODE, HEAD[, ITEMS], "
                            f"got {line.strip()!r}; fix the line")
    etype, mode, head = cols[0].strip(), cols[1].strip(), cols[2].strip().lower()
    if etype not in EVENT_TYPES:
        raise ResourceError(f"events lexicon {language}.tsv line {number}: unknown type {etype!r}; "
                            f"use one of {', '.join(EVENT_TYPES)}")
    groups: list[tuple[str, ...]] = []
    flags: set[str] = set()
    need: list[re.Pattern[str]] = []
    block: list[re.Pattern[str]] = []
    weight = 0.8
    items = cols[3].split("|") if len(cols) > 3 and cols[3].strip() else []
    for item in items:
        parts = [p.strip() for p in item.split(",")]
        if all(p in FLAG_WORDS or "=" in p for p in parts if p):
            for p in parts:
                if p.startswith("need="):
                    need.append(re.compile("|".join(f"(?:{_phrase_pattern(v).pattern})" for v in p[5:].split("/")),
                                           re.IGNORECASE))
                elif p.startswith("block="):
                    block.extend(_phrase_pattern(v) for v in p[6:].split("/"))
                elif p.startswith("w="):
                    weight = float(p[2:])
                elif p:
                    flags.add(p)
        else:
            groups.append(tuple(item.strip().lower().split()))
    if " " in head:  # "car bomb": the last word is the head, the rest must precede it
        *mods, head = head.split()
        groups.insert(0, tuple(mods))
    entry = Entry(type=etype, mode=None if mode in ("-", "") else mode, head=head, groups=tuple(groups),
                  nominal="N" in flags, flags=frozenset(flags), need=tuple(need), block=tuple(block),
                  weight=weight, line=number)
    out = [entry]
    if language == "nl" and not entry.nominal:
        for particle in NL_PARTICLES:
            rest = head[len(particle):]
            if head.startswith(particle) and len(rest) >= 5 and rest.endswith("en"):
                out.append(Entry(type=etype, mode=entry.mode, head=rest, groups=entry.groups, nominal=False,
                                 flags=entry.flags, need=entry.need, block=entry.block, weight=weight,
                                 line=number, particle=particle))
                break
    return out


@lru_cache(maxsize=4)
def load_lexicon(language: str) -> Lexicon:
    """The compiled lexicon of ``language`` (nl or en)."""
    try:
        text = (resources.files("kroniek.events") / "data" / f"{language}.tsv").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ResourceError(f"no event lexicon for language {language!r} (expected kroniek/events/data/"
                            f"{language}.tsv); reinstall kroniek") from None
    entries: list[Entry] = []
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            entries.extend(parse_line(line, n, language))
    by_head: dict[str, list[Entry]] = {}
    surface: list[tuple[re.Pattern[str], Entry]] = []
    for e in entries:
        if re.search(r"[^\w]", e.head):
            surface.append((re.compile(r"(?<!\w)" + re.escape(e.head) + r"\w*", re.IGNORECASE), e))
        by_head.setdefault(e.head, []).append(e)
    compounds = sorted({e.head for e in entries if e.nominal and "nocomp" not in e.flags
                        and (len(e.head) >= 5 or "comp" in e.flags)}, key=len, reverse=True)
    return Lexicon(language=language, entries=tuple(entries),
                   by_head={k: tuple(v) for k, v in by_head.items()},
                   compound_heads=tuple(compounds), surface=tuple(surface))


# --------------------------------------------------------------------------- fallback lemmas
NL_IRREGULAR: dict[str, str] = {}
for _lemma, _forms in {
    "steken": "stak staken gestoken", "komen": "kwam kwamen gekomen", "gaan": "ging gingen gegaan gaat",
    "schieten": "schoot schoten geschoten", "vechten": "vocht vochten gevochten", "slaan": "sloeg sloegen geslagen",
    "nemen": "nam namen genomen neemt", "houden": "hield hielden gehouden", "sluiten": "sloot sloten gesloten",
    "roepen": "riep riepen geroepen", "vallen": "viel vielen gevallen", "verbieden": "verbood verboden",
    "bieden": "bood boden geboden", "verwerpen": "verwierp verwierpen verworpen", "wijzen": "wees wezen gewezen",
    "spreken": "sprak spraken gesproken", "zenden": "zond zonden gezonden", "trekken": "trok trokken getrokken",
    "blazen": "blies bliezen geblazen", "breken": "brak braken gebroken", "verbreken": "verbrak verbraken",
    "geven": "gaf gaven gegeven", "vragen": "vroeg vroegen gevraagd", "verzoeken": "verzocht verzochten",
    "bezoeken": "bezocht bezochten", "onderzoeken": "onderzocht onderzochten", "laten": "liet lieten gelaten",
    "beschieten": "beschoot beschoten", "rijden": "reed reden gereden", "rammen": "ramde ramden geramd", "verdrijven": "verdreef verdreven", "doen": "deed deden gedaan doet",
    "zijn": "is was waren geweest ben bent", "worden": "werd werden geworden wordt", "krijgen": "kreeg kregen gekregen",
    "prijzen": "prees prezen geprezen", "ontvluchten": "ontvluchtte ontvluchtten", "binden": "bond bonden gebonden",
    "bestrijden": "bestreed bestreden", "verdwijnen": "verdween verdwenen", "sterven": "stierf stierven gestorven",
    "vinden": "vond vonden gevonden", "treffen": "trof troffen getroffen", "ontbinden": "ontbond ontbonden",
    "dwingen": "dwong dwongen gedwongen", "slopen": "sloopte slooptten gesloopt", "smeken": "smeekte smeekten",
    "ontbieden": "ontbood ontboden", "treden": "trad traden getreden", "heffen": "hief hieven geheven", "wisselen": "wisselde wisselden", "schenken": "schonk schonken geschonken", "helpen": "hielp hielpen geholpen",
    "verlaten": "verliet verlieten", "brengen": "bracht brachten gebracht", "denken": "dacht dachten gedacht",
    "zeggen": "zei zeiden gezegd", "eisen": "eiste eisten geëist", "wegen": "woog wogen gewogen",
    "trappen": "trapte trapten getrapt", "bevechten": "bevocht bevochten",
    "verwijten": "verweet verweten", "heroveren": "heroverde heroverden", "onderscheppen": "onderschepte onderschepten",
    "ontmoeten": "ontmoette ontmoetten", "overleggen": "overlegde overlegden", "vergaderen": "vergaderde",
    "erkennen": "erkende erkenden", "zitten": "zat zaten gezeten", "liggen": "lag lagen gelegen",
    "staan": "stond stonden gestaan", "lopen": "liep liepen gelopen", "bekijken": "bekeek bekeken",
    "drijven": "dreef dreven gedreven", "dringen": "drong drongen gedrongen", "grijpen": "greep grepen gegrepen",
    "stelen": "stal stalen gestolen", "vangen": "ving vingen gevangen", "bevriezen": "bevroor bevroren",
    "gooien": "gooide gooiden gegooid", "bijten": "beet beten gebeten",
}.items():
    for _f in _forms.split():
        NL_IRREGULAR.setdefault(_f, _lemma)

EN_IRREGULAR: dict[str, str] = {}
for _lemma, _forms in {
    "shoot": "shot", "fight": "fought", "flee": "fled", "strike": "struck stricken", "seize": "seized",
    "take": "took taken", "hold": "held", "meet": "met", "seek": "sought", "throw": "threw thrown",
    "beat": "beaten", "break": "broke broken", "drive": "drove driven", "give": "gave given",
    "withdraw": "withdrew withdrawn", "freeze": "froze frozen", "forbid": "forbade forbidden",
    "overthrow": "overthrew overthrown", "lead": "led", "rise": "rose risen", "send": "sent", "fall": "fell fallen",
    "go": "went gone goes", "come": "came", "speak": "spoke spoken", "tell": "told", "shut": "shut",
    "keep": "kept", "stand": "stood", "blow": "blew blown", "slay": "slew slain", "overrun": "overran",
    "retake": "retook retaken", "undertake": "undertook undertaken", "set": "set", "hit": "hit",
    "put": "put", "cut": "cut", "pour": "poured", "be": "is was were been are", "bring": "brought",
    "catch": "caught", "draw": "drew drawn", "build": "built", "sell": "sold", "pay": "paid", "win": "won",
    "lay": "laid", "mislead": "misled", "ride": "rode ridden", "rebuild": "rebuilt", "burn": "burnt",
    "bomb": "bombed", "pull": "pulled", "storm": "stormed", "sue": "suing sued sues", "swear": "swore sworn",
    "lie": "lay lain", "bear": "bore borne",
}.items():
    for _f in _forms.split():
        EN_IRREGULAR.setdefault(_f, _lemma)

_VOWELS = "aeiou"


def _nl_stem_variants(stem: str, doubling: bool = True) -> set[str]:
    """Lemma candidates ("...en") for a Dutch verb stem or noun singular."""
    out = {stem, stem + "en", stem + "n"}
    if len(stem) >= 3:
        last, prev = stem[-1], stem[-2]
        # long vowel written double in a closed syllable: "arresteer" -> "arresteren", "betoog" -> "betogen"
        if prev == stem[-3] and prev in _VOWELS and last not in _VOWELS:
            base = stem[:-2] + last
            out |= {base + "en", stem[:-2] + {"f": "v", "s": "z"}.get(last, last) + "en"}
        # short vowel: consonant doubles ("bezet" -> "bezetten", "rel" -> "rellen"); never after a stripped
        # participle/3sg -d/-t ("verband" is not "verbannen")
        if doubling and last not in _VOWELS and prev in _VOWELS:
            out.add(stem + last + "en")
        # devoicing: "leef" -> "leven", "reis" -> "reizen"
        if last in "fs":
            out.add(stem[:-1] + {"f": "v", "s": "z"}[last] + "en")
        # doubled consonant in a plural/past: "rell" -> "rel"
        if last == prev and last not in _VOWELS:
            out |= {stem[:-1], stem[:-1] + "en"}
    return out


def _nl_candidates(w: str) -> set[str]:
    out = {w}
    if w in NL_IRREGULAR:
        out.add(NL_IRREGULAR[w])
    stems = {w}
    td_stems: set[str] = set()
    for suffix in ("'s", "ten", "den", "te", "de", "en", "es", "s", "t", "d", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stems.add(w[: -len(suffix)])
            if suffix in ("t", "d"):
                td_stems.add(w[: -len(suffix)])
    weak_participle = w.endswith(("d", "t", "de", "te", "den", "ten"))  # "gearresteerd(e)"; not "geloven"
    for s in list(stems):
        if s.startswith("ge") and len(s) >= 5 and weak_participle:
            stems.add(s[2:] if s[2] != "ë" else "e" + s[3:])
        for particle in NL_PARTICLES:  # "neergeschoten" -> "neer" + "schoten"
            if s.startswith(particle + "ge") and len(s) > len(particle) + 4:
                rest = s[len(particle) + 2:]
                stems.add(particle + rest)
                irregular = NL_IRREGULAR.get("ge" + rest) or NL_IRREGULAR.get("ge" + rest + "en")
                if irregular:
                    out.add(particle + irregular)
            if s.startswith(particle) and len(s) > len(particle) + 3:
                irregular = NL_IRREGULAR.get(s[len(particle):])
                if irregular:
                    out.add(particle + irregular)
    for s in stems:
        out |= _nl_stem_variants(s, doubling=s not in td_stems)
        if s in NL_IRREGULAR:
            out.add(NL_IRREGULAR[s])
    # nouns in -ing/-ie keep their singular through "en"/"s" stripping above; -heid has "-heden"
    if w.endswith("heden") and len(w) > 7:
        out.add(w[:-5] + "heid")
    return out


def _en_candidates(w: str) -> set[str]:
    out = {w}
    if w in EN_IRREGULAR:
        out.add(EN_IRREGULAR[w])
    if w.endswith("ies") and len(w) > 4:
        out.add(w[:-3] + "y")
    if w.endswith("ied") and len(w) > 4:
        out.add(w[:-3] + "y")
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            s = w[: -len(suffix)]
            out |= {s, s + "e"}
            if len(s) >= 3 and s[-1] == s[-2] and s[-1] not in _VOWELS:
                out.add(s[:-1])
    return out


@lru_cache(maxsize=65536)
def candidate_lemmas(word: str, language: str) -> frozenset[str]:
    """Possible lemmas of ``word`` (lowercased), the word itself included."""
    w = word.lower().strip()
    if not w:
        return frozenset()
    return frozenset(_nl_candidates(w) if language == "nl" else _en_candidates(w))
