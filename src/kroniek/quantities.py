"""Numbers with what they count, in Dutch and English.

What is read (each becomes one :class:`~kroniek.model.Quantity`):

* digits with the language's separators: "261.000" / "1,2 miljoen" (nl), "261,000" / "3.5 million" (en),
  with scale words (miljoen, miljard, mln, million, billion, bn, thousand...) and currency signs;
* written numbers through ``text2num`` ("drie", "tweehonderdduizend", "twenty-five", "a million");
  "een"/"a" count only before a scale word, "één" and "one" only before a noun;
* ranges: "200.000 tot 250.000", "tussen de 1000 en 3000" (span "1000 en 3000"), "drie tot vijf",
  "10-15", "from 5 to 10", "between 2 and 3 million"; "drie of vier" is an approximate range;
* vague plurals, approximate with a lower bound: tientallen 20..99, honderden 200..999, duizenden
  2000..9999, tienduizenden, honderdduizenden, miljoenen (the same pattern: twice the base up to the next
  order of magnitude minus one); dozens 24..99, hundreds, thousands, tens/hundreds of thousands,
  millions; "enkele honderden" / "several hundred" / "a few thousand" likewise;
* units and percentages: "80 kilometer", "40 procent", "5%", "€ 2 miljoen" (``unit`` is a normalised
  English name: kilometer, percent, euro, ...). The span holds number and unit, never the qualifier.

Qualifiers (the words before the number) set the bounds, consistently:

* lower bound ("ruim", "meer dan", "ten minste", "minstens", "zeker", "at least", "more than", "over"):
  low = X, high = null, approximate = false;
* upper bound ("maximaal", "hooguit", "minder dan", "tot", "up to", "fewer than", "at most"):
  low = null, high = X; "bijna", "nearly", "almost" are upper bounds with approximate = true;
* approximation ("naar schatting", "zo'n", "ongeveer", "circa", "rond de", "about", "around",
  "an estimated", "some", "roughly"): low = high = X, approximate = true.

Not counts, so not read: ranks ("nummer vier", "No. 4"), ordinals ("1e", "derde", "21st"), dates and
times ("21 september", "14.30 uur", "2022-09-26", "28 en 29 augustus"), years ("in 2020"), durations
and ages ("drie jaar", "45-jarige", "(45)", "Karim, 32,"), scores and table rows ("3-1", "Morton 1
Falkirk 0"), frequencies ("drie keer"), fractions ("twee derde"), codes and models ("F-16", "Boeing
737", "the 787") and a number alone on its line. A four-digit number after a count qualifier ("ruim 2000",
"more than 2000") is a count, not a year; "the 10,000 claimed by …" (a thousands separator) is not a model.

``counted`` is the head noun after the number (adjectives skipped; "hundreds of protesters" reads
through "of"), or the noun of "het aantal X ... op N" / "the number of X ... at N"; its lemma comes
from the token analysis for English, and from a Dutch/English plural rule for Dutch plurals and
whenever no lemmatizer ran (a fine noun tag wins over a VERB coarse tag: "40 demonstranten"; without a
tagger an English "-ed" word is a participle: "18,000 attended"). A number with no noun of its own after a counted one in the same sentence
counts the same thing ("8000 deelnemers, maar de gemeente hield het op ongeveer 5000"). "opgelopen
tot 73" / "rose to 73" is a value, not an upper bound.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from .model import Document, Quantity, Token
from .registry import Services, Stage, StageSpec
from .settings import Settings

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- lexicons
_SCALES: dict[str, float] = {
    "honderd": 1e2, "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12,
    "mln": 1e6, "mld": 1e9, "mrd": 1e9, "mln.": 1e6, "mld.": 1e9, "mrd.": 1e9,
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mn": 1e6, "bn": 1e9, "m": 1e6, "k": 1e3,
}
_SEPARATE_SCALE = re.compile(
    r"[ \u00a0](miljoen|miljard|biljoen|mln\.?|mld\.?|mrd\.?|duizend|million|billion|trillion|thousand|"
    r"mn|bn)(?![\w])", re.IGNORECASE)
_GLUED_SCALE = re.compile(r"(mln|mn|bn|k)(?![\w])", re.IGNORECASE)

#: vague plurals: word -> (low, high)
_VAGUE: dict[str, tuple[float, float]] = {
    "tientallen": (20, 99), "honderden": (200, 999), "duizenden": (2000, 9999),
    "tienduizenden": (20000, 99999), "honderdduizenden": (200000, 999999),
    "miljoenen": (2e6, 9999999), "tientallen miljoenen": (2e7, 99999999),
    "dozens": (24, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2e6, 9999999), "tens of millions": (2e7, 99999999), "scores": (40, 99),
}
_VAGUE_RE = re.compile(
    r"(?<![\w-])(tientallen|honderdduizenden|honderden|tienduizenden|duizenden|miljoenen|dozens|"
    r"tens of thousands|hundreds of thousands|tens of millions|hundreds|thousands|millions|scores(?= of\b))(?![\w-])",
    re.IGNORECASE)
_SEVERAL = re.compile(
    r"(?<![\w-])(?:enkele|een paar|several|a few|some)[ \u00a0](honderd|duizend|hundred|thousand)(?![\w-])",
    re.IGNORECASE)

_NL_NUMBER_WORD = re.compile(
    r"(?:één|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
    r"zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    r"negentig|honderd|duizend|ën|en)+")
_EN_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand".split())
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

_UNITS: tuple[tuple[str, str], ...] = (
    (r"procentpunten|procentpunt|percentage points?", "percentage point"),
    (r"%|procent|percent|per cent", "percent"),
    (r"vierkante kilometers?|square (?:kilometres|kilometers|miles)|km2|km²", "square kilometer"),
    (r"kilometers?|kilometres?|km", "kilometer"),
    (r"meters?|metres?", "meter"),
    (r"mijl|miles?", "mile"),
    (r"kilogram|kilo's|kilos?|kg", "kilogram"),
    (r"tonnen|tons?|ton", "ton"),
    (r"liters?|litres?", "liter"),
    (r"hectares?|ha", "hectare"),
    (r"graden celsius|graden|degrees celsius|degrees", "degree"),
    (r"euro's|euro|eur", "euro"),
    (r"dollars?|usd", "dollar"),
    (r"pond|pounds sterling|pounds", "pound"),
    (r"roebels?|roebel|rubles?|roubles?", "ruble"),
    (r"hryvnia|grivna", "hryvnia"),
    (r"franken|frank|francs?", "franc"),
    (r"gulden", "guilder"),
    (r"yuan|renminbi", "yuan"),
)
_UNIT_AFTER = re.compile(r"[ \u00a0]?(" + "|".join(p for p, _ in _UNITS) + r")(?![\w])", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(US\$|\$|€|£|EUR|USD)[ \u00a0]?$")
_CURRENCY_NAMES = {"$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro", "£": "pound"}

_TIME_UNITS = frozenset(
    """jaar jaren maand maanden week weken dag dagen uur uren minuut minuten seconde seconden eeuw eeuwen
    decennium decennia nacht nachten etmaal etmalen weekend weekenden kwartier jarige jarig
    year years month months week weeks day days hour hours minute minutes second seconds decade decades
    century centuries night nights weekend weekends""".split())
_MONTHS = frozenset(
    """januari februari maart april mei juni juli augustus september oktober november december jan feb mrt
    apr jun jul aug sep sept okt nov dec january february march may june july october
    august""".split())
_FREQUENCY = frozenset("keer maal times".split())
_FRACTION_NEXT = frozenset("derde derden vierde vijfde kwart helft third thirds quarter quarters half".split())
_RANK_BEFORE = frozenset(
    """nummer nr nr. no no. number plaats rang artikel article art art. pagina page p. blz blz. hoofdstuk
    chapter paragraaf sectie section lijn line route vlucht flight kamer room bus tram niveau level fase phase
    stage categorie category code versie version windkracht top resolutie resolution bijlage annex
    zaal hal gate groep group poule pool ronde round seizoen season editie edition""".split())
_YEAR_BEFORE = frozenset(
    """in sinds sedert tot van voor na eind einde begin medio jaar zomer winter voorjaar najaar herfst lente
    since until till from by before after of year summer winter spring autumn fall early late mid
    anno circa the its his her their our""".split())
_SPORT_CONTEXT = re.compile(
    r"\b(won|wint|wonnen|verloor|verloren|versloeg|gelijkspel|doelpunt|goal|goals|match|wedstrijd|"
    r"uitslag|score|scored|beat|lost|draw|set|sets|stand|ruststand|eindstand)\b", re.IGNORECASE)

# qualifier phrases immediately before the number -> mode
_QUALIFIERS: dict[str, tuple[str, ...]] = {
    "lower": ("ruim", "meer dan", "ten minste", "tenminste", "minstens", "minimaal", "zeker", "op zijn minst",
              "op z'n minst", "dik", "boven de", "at least", "more than", "over", "upwards of", "in excess of",
              "no fewer than", "no less than", "a minimum of", "a total of at least"),
    "lower2": ("niet minder dan", "niet minder als"),
    "upper": ("maximaal", "hooguit", "ten hoogste", "minder dan", "nog geen", "niet meer dan", "tot wel", "tot",
              "onder de", "up to", "fewer than", "less than", "at most", "no more than", "a maximum of",
              "under"),
    "upper~": ("bijna", "nagenoeg", "vrijwel", "haast", "nearly", "almost", "close to", "just under",
               "nearing"),
    "approx": ("naar schatting zo'n", "naar schatting", "zo'n", "ongeveer", "circa", "ca.", "rond de", "rond",
               "rondom", "omstreeks", "pakweg", "plusminus", "ruwweg", "grofweg", "om en nabij de",
               "om en nabij", "about", "around", "approximately", "roughly", "some", "an estimated",
               "estimated", "approx.", "an approximate", "a reported", "circa", "c."),
}
_QUALIFIER_LIST = sorted(((p, m) for m, ps in _QUALIFIERS.items() for p in ps), key=lambda x: -len(x[0]))

_COUNT_LOOKBACK = re.compile(
    r"(?:het|een|the|a)\s+(?:totale\s+|total\s+|officiële\s+|official\s+)?(?:aantal|number|total|tally|toll)"
    r"\s+(?:of\s+|aan\s+)?([^\W\d_]+(?:-[^\W\d_]+)*)", re.IGNORECASE)
_STOP_NOUNS = frozenset(
    """de het een en of van in op aan met voor door bij naar om uit tot over als dan dat die dit deze is zijn
    was waren wordt worden werd werden heeft hebben had hadden zou zouden zal zullen kan kunnen moet moeten
    niet ook nog al er hun hen zij ze wij we hij het the a an and or of in on at to for by with from
    as than that this these those is are was were be been being has have had will would can could should
    may might must not also still already their them they we he she it its who which what per when where while
    after before during since toen waar terwijl nadat voordat sinds""".split())


_DATE_LIKE = re.compile(
    r"(?<![\w.,])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s?[-/.]\s?\d{1,2}\s?[-/.]\s?\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?)(?![\w])")


@dataclass
class _Atom:
    """One number in the text, before ranges and qualifiers are applied."""

    start: int
    end: int
    low: float | None
    high: float | None
    kind: str  # digit | word | vague
    scaled: bool = False


# --------------------------------------------------------------------------- number parsing
def parse_digits(s: str, lang: str) -> float | None:
    """A digit string with Dutch or English separators as a number ("261.000" nl -> 261000)."""
    s = s.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not s or not s[0].isdigit():
        return None
    dots, commas = s.count("."), s.count(",")
    try:
        if dots and commas:
            dec = "." if s.rfind(".") > s.rfind(",") else ","
            thou = "," if dec == "." else "."
            return float(s.replace(thou, "").replace(dec, "."))
        if dots + commas == 0:
            return float(s)
        sep = "." if dots else ","
        count = dots or commas
        head, _, tail = s.partition(sep)
        if count > 1:  # 1.234.567
            return float(s.replace(sep, ""))
        thousands_sep = "." if lang == "nl" else ","
        if len(tail) == 3 and head != "0" and (sep == thousands_sep or len(head) <= 3):
            if sep == thousands_sep:
                return float(head + tail)
            return float(f"{head}.{tail}")  # "3.500" in English, "2,500" in Dutch: the decimal reading
        return float(f"{head}.{tail}")
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _word_value(word: str, lang: str) -> float | None:
    """The value of one written number ("drie", "tweehonderdduizend", "twenty-five"), else None."""
    from text_to_num import text2num

    w = word.lower()
    if lang == "nl":
        if w in ("een", "en", "ën") or not _NL_NUMBER_WORD.fullmatch(w):
            return None
    else:
        parts = re.split(r"[- ]", w)
        if not parts or any(p not in _EN_NUMBER_WORDS and p != "and" for p in parts) or parts[0] == "and":
            return None
    try:
        return float(text2num(w, lang))
    except Exception:  # text2num raises several kinds on words it cannot read
        return None


def _fmt(x: float | None) -> float | None:
    if x is None:
        return None
    return float(round(x, 6))


# --------------------------------------------------------------------------- scanning
class _Scanner:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.language if doc.language in ("nl", "en") else "nl"
        self.tokens_at: dict[int, Token] = {t.start: t for t in doc.tokens}
        self.has_pos = any(t.pos for t in doc.tokens)

    # -- atoms
    def atoms(self) -> list[_Atom]:
        text = self.text
        out: list[_Atom] = []
        mask = bytearray(len(text) + 1)  # 1 where a number or a date was already read

        def take(a: int, b: int) -> None:
            mask[a:b] = b"\x01" * (b - a)

        def free(a: int, b: int) -> bool:
            return not any(mask[a:b])

        for m in _VAGUE_RE.finditer(text):
            low, high = _VAGUE[m.group(1).lower()]
            out.append(_Atom(m.start(), m.end(), low, high, "vague"))
            take(m.start(), m.end())
        for m in _SEVERAL.finditer(text):
            base = _SCALES[m.group(1).lower()]
            if free(m.start(), m.end()):
                out.append(_Atom(m.start(), m.end(), 2 * base, 10 * base - 1, "vague"))
                take(m.start(), m.end())
        for m in _DATE_LIKE.finditer(text):
            take(m.start(), m.end())  # 2022-09-26, 26/7/2000, 14:30: dates and times
        for m in re.finditer(r"\d(?:[\d.,]|[\u00a0\u202f](?=\d{3}))*\d|\d", text):
            a, b = m.start(), m.end()
            s = m.group(0)
            while s and s[-1] in ".,":
                s, b = s[:-1], b - 1
            if not free(a, b) or not self._digit_ok(a, b):
                continue
            value = parse_digits(s, self.lang)
            if value is None:
                continue
            atom = _Atom(a, b, value, value, "digit")
            self._apply_scale(atom)
            out.append(atom)
            take(atom.start, atom.end)
        for m in _WORD.finditer(text):
            if not free(m.start(), m.end()):
                continue
            word_atom = self._word_atom(m.start(), m.end())
            if word_atom is not None:
                out.append(word_atom)
                take(word_atom.start, word_atom.end)
        out.sort(key=lambda x: x.start)
        return out

    def _digit_ok(self, a: int, b: int) -> bool:
        text = self.text
        before, after = text[a - 1:a], text[b:b + 1]
        if before.isalpha() or before in ("_", "/", ":", "#") or (before == "-" and text[a - 2:a - 1].isalpha()):
            return False
        if after == ":" and text[b + 1:b + 2].isdigit():
            return False  # 14:30
        if after == "/" or (before == "." and text[a - 2:a - 1].isdigit()):
            return False
        if after.isalpha():
            glued = re.match(r"[^\W\d_]+", text[b:])
            word = glued.group(0).lower() if glued else ""
            currency = _CURRENCY_BEFORE.search(text[max(0, a - 5):a]) is not None
            return word in ("km", "kg", "km2", "ha") or (currency and word in ("m", "mln", "mn", "bn", "k"))
        return not (after == "-" and text[b + 1:b + 2].isalpha())  # 45-jarige, 3-daagse

    def _apply_scale(self, atom: _Atom) -> None:
        text = self.text
        m = _SEPARATE_SCALE.match(text, atom.end) or _GLUED_SCALE.match(text, atom.end)
        if m is None and _CURRENCY_BEFORE.search(text[max(0, atom.start - 5):atom.start]):
            m = re.compile(r"m(?![\w])").match(text, atom.end)
        if m is None:
            return
        word = m.group(1).lower() if m.lastindex else m.group(0).lower()
        scale = _SCALES.get(word)
        if scale is None or atom.low is None:
            return
        atom.low = atom.high = atom.low * scale
        atom.end = m.end()
        atom.scaled = True

    def _word_atom(self, a: int, b: int) -> _Atom | None:
        text, lang = self.text, self.lang
        word = text[a:b]
        lw = word.lower()
        if lw in ("anderhalf", "anderhalve"):
            m = _SEPARATE_SCALE.match(text, b)
            if m and m.group(1).lower() in ("miljoen", "miljard", "duizend", "million", "billion"):
                v = 1.5 * _SCALES[m.group(1).lower()]
                return _Atom(a, m.end(), v, v, "word", scaled=True)
            return None
        if lw == "half" and lang == "en":
            m = re.compile(r"[ \u00a0]+a[ \u00a0]+(million|billion|dozen)(?![\w])", re.IGNORECASE).match(text, b)
            if m:
                v = 0.5 * (12.0 if m.group(1).lower() == "dozen" else _SCALES[m.group(1).lower()])
                return _Atom(a, m.end(), v, v, "word", scaled=True)
            return None
        if lw in ("een", "a", "één") or (lang == "en" and lw == "one"):
            m = re.compile(r"[ \u00a0](half[ \u00a0])?(honderd|duizend|miljoen|miljard|hundred|thousand|million|"
                           r"billion|dozijn|dozen|tiental)(?![\w])", re.IGNORECASE).match(text, b)
            if m:
                unit = m.group(2).lower()
                base = {"dozijn": 12.0, "dozen": 12.0, "tiental": 10.0}.get(unit, _SCALES.get(unit, 1.0))
                v = base * (0.5 if m.group(1) else 1.0)
                return _Atom(a, m.end(), v, v, "word" if unit != "tiental" else "tiental", scaled=True)
            if lw in ("een", "a"):
                return None
        if lang == "en":
            # gather a run of English number words: "two hundred and fifty thousand"
            run_end, pos = b, b
            while True:
                m = re.compile(r"(?:[ \u00a0]+(?:and[ \u00a0]+)?|-)([a-z]+(?:-[a-z]+)?)").match(text, pos)
                if not m or not all(p in _EN_NUMBER_WORDS or p in ("million", "billion")
                                    for p in m.group(1).lower().split("-")):
                    break
                pos = run_end = m.end()
            phrase = text[a:run_end]
            value = _word_value(re.sub(r"[ \u00a0]+", " ", phrase.lower().replace(" million", "")
                                       .replace(" billion", "")), "en")
            if value is None:
                return None
            scale = 1e6 if phrase.lower().endswith("million") else 1e9 if phrase.lower().endswith("billion") else 1
            atom = _Atom(a, run_end, value * scale, value * scale, "word")
            if scale == 1:
                self._apply_scale(atom)
            return atom
        value = _word_value(lw, "nl")
        if value is None:
            return None
        atom = _Atom(a, b, value, value, "word")
        self._apply_scale(atom)
        return atom


# --------------------------------------------------------------------------- the stage logic
_RANGE_SEP = re.compile(
    r"\s*(?:-|–|—|tot en met|tot|t/m|à|a|to|through|or|of|en|and)\s*$", re.IGNORECASE)


def _between_before(text: str, start: int) -> int | None:
    m = re.search(r"(?:tussen(?:\s+de)?|between|van|from)\s+$", text[max(0, start - 15):start], re.IGNORECASE)
    return start - (len(text[max(0, start - 15):start]) - m.start()) if m else None


def extract(doc: Document) -> tuple[Quantity, ...]:
    """All quantities of ``doc`` (see the module docstring for what is read and how)."""
    sc = _Scanner(doc)
    text = doc.text
    atoms = sc.atoms()
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        low, high, start, end = a.low, a.high, a.start, a.end
        approximate = a.kind in ("vague", "tiental")
        joined = [a]
        # ranges
        if i + 1 < len(atoms):
            b = atoms[i + 1]
            gap = text[a.end:b.start]
            sep = _RANGE_SEP.fullmatch(gap) if len(gap) <= 12 else None
            if sep and a.kind != "vague" and b.kind != "vague":
                word = gap.strip().lower()
                intro = _between_before(text, a.start)
                ok = word not in ("en", "and", "of", "or", "-", "–", "—") or (
                    word in ("en", "and") and intro is not None and
                    re.match(r"(tussen|between)", text[intro:a.start], re.IGNORECASE) is not None)
                if word in ("of", "or"):
                    ok = a.kind == b.kind and not _noun_between(text, a.end, b.start)
                if word in ("-", "–", "—"):
                    ok = True
                blow, bhigh = b.low, b.high
                alow = a.low
                if ok and alow is not None and blow is not None:
                    if b.scaled and not a.scaled and alow < blow:
                        factor = blow / (parse_digits(text[b.start:b.start + 12].split()[0], sc.lang) or blow)
                        if factor > 1 and alow * factor <= blow:
                            alow = alow * factor
                    if word in ("-", "–", "—") and (alow >= blow or _SPORT_CONTEXT.search(_sentence_text(doc, a.start))):
                        i += 2  # a score ("3-1") or a code: neither is a count
                        continue
                    if alow < blow:
                        low, high, end = alow, bhigh, b.end
                        approximate = approximate or word in ("of", "or")
                        joined.append(b)
        i += len(joined)
        first = joined[0]
        if _excluded(sc, doc, first, joined[-1], low) and first.kind != "vague":
            continue
        # unit (after) or currency (before)
        unit = None
        um = _UNIT_AFTER.match(text, end)
        if um:
            word = um.group(1).lower()
            unit = next(n for p, n in _UNITS if re.fullmatch(p, word, re.IGNORECASE))
            if unit == "hectare" and word == "ha" and text[end:end + 1] == " ":
                unit = None
            else:
                end = um.end()
        cm = _CURRENCY_BEFORE.search(text[max(0, start - 5):start])
        if cm and unit is None:
            unit = _CURRENCY_NAMES.get(cm.group(1).lower())
            start = start - (len(text[max(0, start - 5):start]) - cm.start())
        # qualifier
        mode = _qualifier(text, start)
        if mode == "lower2":
            mode = "lower"
        if mode == "lower" and len(joined) == 1:
            high = None if first.kind != "vague" else high
        elif mode in ("upper", "upper~") and len(joined) == 1:
            if first.kind != "vague":
                low = None
            approximate = approximate or mode == "upper~"
        elif mode == "approx":
            approximate = True
        # counted noun
        counted = counted_lemma = None
        cstart = cend = None
        if unit is None:
            found = _counted_after(sc, end)
            if found is None:
                found = _counted_lookback(doc, start)
            if found is not None:
                cstart, cend = found
                counted = text[cstart:cend]
                if counted.lower() in _TIME_UNITS:
                    continue  # a duration ("drie jaar", "honderden jaren") is a time, not a count
                counted_lemma = _lemma(sc, cstart, counted)
        if counted is None and unit is None and out:
            # ellipsis: "8000 deelnemers, maar de gemeente hield het op ongeveer 5000" counts deelnemers too
            prev = out[-1]
            s_prev, s_here = doc.sentence_at(prev.start), doc.sentence_at(start)
            if prev.counted is not None and prev.unit is None and s_prev == s_here \
                    and not re.match(r"\s*[^\W\d_]", text[end:end + 3]):
                counted, counted_lemma = prev.counted, prev.counted_lemma
                cstart, cend = prev.counted_start, prev.counted_end
        if first.kind == "word" and len(joined) == 1 and counted is None and unit is None and mode is None \
                and not first.scaled:
            continue  # "de twee", "one of": a written number with nothing counted is not a count
        if first.kind == "word" and text[first.start:first.end].lower() in ("één", "one") and counted is None:
            continue
        if first.kind == "digit" and len(joined) == 1 and counted is None and unit is None and mode is None:
            if low is not None and low != int(low):
                continue  # "20.15", "13.53": a time or a score, not a count
            prev_m = re.search(r"(\S+)[ \u00a0]+$", text[max(0, start - 40):start])
            prev_tok = prev_m.group(1) if prev_m else ""
            if prev_tok.lower() in ("the", "de", "het", "a", "an", "een") and not re.search(r"\d[.,\u00a0]\d{3}",
                                                                                           text[start:end]):
                continue  # "the 787 and …": a model name, not a count ("the 10,000 claimed by …" is one)
            if re.fullmatch(r"\d[\d.,]*", prev_tok) or re.match(r"[ \u00a0]+\d", text[end:end + 2]) or (
                    prev_tok[:1].isupper() and prev_tok.isalpha() and doc.sentence_at(start) is not None
                    and text[doc.sentence_at(start).start:start].strip() != prev_tok):  # type: ignore[union-attr]
                continue  # a table row ("Port Vale 4 1 2 1") or a result ("Morton 1 Falkirk 0")
        out.append(Quantity(
            id=f"q{len(out) + 1}", text=text[start:end], start=start, end=end, low=_fmt(low), high=_fmt(high),
            approximate=approximate, unit=unit, counted=counted, counted_lemma=counted_lemma,
            counted_start=cstart, counted_end=cend))
    return tuple(out)


def _noun_between(text: str, a: int, b: int) -> bool:
    return bool(re.search(r"[^\W\d_]{3,}", re.sub(r"\b(of|or)\b", "", text[a:b])))


def _sentence_text(doc: Document, offset: int) -> str:
    s = doc.sentence_at(offset)
    return doc.text[s.start:s.end] if s else doc.text[max(0, offset - 100):offset + 100]


def _prev_word(text: str, start: int, floor: int = 0) -> str:
    """The word before ``start`` in its sentence (``floor`` is the sentence start), lowercased."""
    m = re.search(r"([^\W\d_]+\.?)[\s\u00a0]*$", text[max(floor, start - 30):start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[\s\u00a0]*-?([^\W\d_]+)", text[end:end + 30])
    return m.group(1).lower() if m else ""


def _excluded(sc: _Scanner, doc: Document, first: _Atom, last: _Atom, low: float | None) -> bool:
    """Ranks, dates, times, years, ages, frequencies, fractions, list numbers: not counts."""
    text = doc.text
    s_here = doc.sentence_at(first.start)
    prev = _prev_word(text[:first.start], first.start, s_here.start if s_here else 0)
    nxt = _next_word(text, last.end)
    if prev.rstrip(".") in _RANK_BEFORE or prev in _RANK_BEFORE:
        return True
    if nxt in _MONTHS or prev in _MONTHS:
        return True
    date_range = re.match(r"\s*(?:en|tot|t/m|and|to|-|–)\s*\d{1,2}\s+([^\W\d_]+)", text[last.end:last.end + 30])
    if date_range and date_range.group(1).lower() in _MONTHS:
        return True  # "28 en 29 augustus"
    s = doc.sentence_at(first.start)
    if s is not None and first.kind == "digit" and len(re.findall(r"\w+", text[s.start:s.end])) <= 3 \
            and not _counted_after(sc, last.end):
        return True  # a number alone on a line: a page, a list item, a table cell
    if nxt in _FREQUENCY or nxt in _FRACTION_NEXT:
        return True
    if nxt == "uur" and (prev in ("om", "tot", "van", "vanaf", "rond") or "." in text[first.start:first.end]):
        return True
    if re.match(r"\s*(uur|u\.|a\.m\.|p\.m\.|am\b|pm\b|o'clock)", text[last.end:last.end + 8], re.IGNORECASE) \
            and prev in ("om", "at", "tot", "vanaf", "until", "by"):
        return True
    raw = text[first.start:first.end]
    if first.kind == "digit" and re.fullmatch(r"\d{4}", raw) and low is not None and 1800 <= low <= 2100 and (
            prev in _YEAR_BEFORE or not _counted_after(sc, last.end) or text[last.end:last.end + 1] in (")", "-")) \
            and not _COUNT_QUALIFIER.search(text[max(0, first.start - 20):first.start]):
        return True  # a year, unless a count qualifier goes before it ("ruim 2000", "more than 2000")
    if first.kind == "digit" and text[first.start - 1:first.start] == "(" and text[last.end:last.end + 1] == ")" \
            and low is not None and low < 120:
        return True  # an age after a name: "Jan (45)"
    raw_prev = re.search(r"([^\W\d_][\w-]*)[ \u00a0]+$", text[max(0, first.start - 30):first.start])
    if first.kind == "digit" and raw_prev and raw_prev.group(1)[:1].isupper() and re.fullmatch(r"\d+", raw) \
            and raw_prev.group(1).lower() not in _MONTHS:
        s0 = doc.sentence_at(first.start)
        if s0 is not None and text[s0.start:raw_prev.start(1) + max(0, first.start - 30)].strip():
            return True  # a model or a name: "Boeing 737", "Apollo 11", "Formule 1"
    if first.kind == "digit" and low is not None and low < 120 and text[last.end:last.end + 1] == "," \
            and re.search(r"[A-Z][\w'’-]+,\s*$", text[max(0, first.start - 40):first.start]):
        return True  # an age after a name: "Abdul Karim, 32, said"
    if first.kind == "digit" and re.match(r"\s*[-–]?\s*(jarige|jarig|year-old|years? old|jaar oud)", text[last.end:],
                                          re.IGNORECASE):
        return True
    line_start = text.rfind("\n", 0, first.start) + 1
    if not text[line_start:first.start].strip() and re.match(r"[.)]\s", text[last.end:last.end + 2]):
        return True  # "1. " list numbering
    return bool(re.fullmatch(r"\d+[.,]\d+", raw)) and nxt == "uur"


#: qualifiers that make a four-digit number a count, never a year
_COUNT_QUALIFIER = re.compile(
    r"(?:^|\s)(?:ruim|meer dan|minder dan|hooguit|maximaal|minstens|ten minste|tenminste|zo'n|ongeveer|pakweg|"
    r"bijna|nog geen|more than|at least|fewer than|less than|no more than|at most|nearly|almost)[ \u00a0]+$",
    re.IGNORECASE)


def _qualifier(text: str, start: int) -> str | None:
    window = text[max(0, start - 40):start].lower().replace("\u00a0", " ")
    window = re.sub(r"\s+", " ", window)
    if window and not window.endswith(" ") and not re.search(r"[€$£]\s?$", window):
        return None
    window = re.sub(r"(us\$|\$|€|£)\s?$", "", window).rstrip()
    window = re.sub(r"\b(tussen|between)( de)?$", "", window).rstrip()
    for phrase, mode in _QUALIFIER_LIST:
        if window.endswith(" " + phrase) or window == phrase:
            if phrase == "tot" and re.search(r"\b(van|vanaf)\b[^.]*$", window[-30:]):
                return None
            if phrase in ("tot", "tot wel", "up to") and re.search(
                    r"\b(opgelopen|oplopen|loopt op|liep op|gestegen|stijgen|stijgt|steeg|stegen|gedaald|dalen|daalde|"
                    r"toegenomen|afgenomen|verhoogd|verlaagd|rose|risen|rises|climbed|climbs|fell|dropped|increased)"
                    r"\s+" + re.escape(phrase) + "$", window):
                return None  # "is opgelopen tot 73", "rose to 73": the new value, not a bound
            if phrase in ("over", "under", "some", "rond", "c.") and _prev_is_noun_context(window, phrase):
                return None
            return mode
    return None


def _prev_is_noun_context(window: str, phrase: str) -> bool:
    before = window[: -len(phrase)].rstrip().split(" ")[-1:] or [""]
    return before[0] in ("the", "de", "het", "a", "een")


def _counted_after(sc: _Scanner, end: int) -> tuple[int, int] | None:
    """Offsets of the head noun after a number: skips adjectives (and "of" after vague numbers)."""
    text = sc.text
    pos = end
    skipped = 0
    sentence = sc.doc.sentence_at(max(0, end - 1))
    limit = sentence.end if sentence else len(text)
    while skipped <= 3:
        m = re.compile(r"[ \u00a0]+([^\W\d_]+(?:[-'’][^\W\d_]+)*)").match(text, pos)
        if not m or m.start(1) >= limit:
            return None
        word = m.group(1)
        lw = word.lower()
        tok = sc.tokens_at.get(m.start(1))
        if lw in ("of", "van") and skipped == 0 and re.search(r"(en|s)$", text[end - 3:end]):
            pos, skipped = m.end(), skipped + 1
            continue
        if sc.has_pos and tok is not None:
            if skipped == 0 and lw in _STATE_WORDS:
                nm = re.compile(r"[ \u00a0]+([^\W\d_]+)").match(text, m.end())
                nt = sc.tokens_at.get(nm.start(1)) if nm else None
                if nt is None or nt.pos not in ("NOUN", "PROPN", "ADJ"):
                    return m.start(1), m.end(1)  # "40 gewonden", "50 injured": the state is what is counted
            if tok.pos in ("NOUN", "PROPN") or (tok.pos == "VERB" and tok.tag.startswith(("N|", "NNS", "NNPS"))):
                # (the fine tag wins when the coarse one disagrees: "40 demonstranten" as VERB but N|soort|mv)
                head = (m.start(1), m.end(1))
                while sc.lang == "en":  # an English compound: "50 police officers" counts officers
                    nm = re.compile(r"[ \u00a0]+([^\W\d_]+)").match(text, head[1])
                    nt = sc.tokens_at.get(nm.start(1)) if nm else None
                    if nm is None or nt is None or nt.pos != "NOUN" or nm.start(1) >= limit:
                        break
                    head = (nm.start(1), nm.end(1))
                return head
            if tok.pos in ("ADJ", "NUM") or (tok.pos == "VERB" and tok.tag.startswith(("VBN", "WW|vd"))
                                              and skipped < 2):
                nm = re.compile(r"[ \u00a0]+([^\W\d_]+)").match(text, m.end())
                nt = sc.tokens_at.get(nm.start(1)) if nm else None
                if skipped == 0 and lw in _STATE_WORDS and (nt is None or nt.pos not in ("NOUN", "PROPN", "ADJ")):
                    return m.start(1), m.end(1)  # "more than 50 injured", "12 dead": the state is what is counted
                if sc.lang == "nl" and tok.pos == "ADJ" and lw.endswith("en") and (
                        nt is None or nt.pos in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT")):
                    return m.start(1), m.end(1)  # a noun made of an adjective: "30 anderen raakten gewond"
                pos, skipped = m.end(), skipped + 1
                continue
            if tok.pos == "X" and word[:1].isupper():
                return m.start(1), m.end(1)
            if tok.pos in ("DET", "ADP", "AUX", "PRON", "CCONJ", "SCONJ", "PUNCT", "PART") or lw in _STOP_NOUNS:
                return None
            if sc.lang == "nl" and tok.pos in ("ADV", "X", "INTJ", "SYM") and word[:1].islower() \
                    and re.search(r"(en|s)$", lw) and len(lw) > 3:
                return m.start(1), m.end(1)  # a plural the tagger missed ("huishoudens" as ADV)
            return None
        if lw in _STOP_NOUNS:
            return None
        if sc.lang == "en" and lw.endswith("ed") and not lw.endswith("eed") and len(lw) > 4 \
                and lw not in _STATE_WORDS:
            return None  # "18,000 attended", "the 10,000 claimed by …": a participle, not a noun
        if skipped == 0 and lw in _STATE_WORDS:
            nm = re.compile(r"[ \u00a0]+([^\W\d_]+)").match(text, m.end())
            if nm is None or nm.group(1).lower() in _STOP_NOUNS or nm.start(1) >= limit:
                return m.start(1), m.end(1)  # "50 injured when …"
        if word[:1].isupper() and not re.search(r"(en|s|ers|ans)$", lw):
            return None  # "2 Hansa Rostock", "286 Miguel": a name, not what is counted
        if _looks_adjective(lw, sc.lang) and skipped < 2:
            nxt = re.compile(r"[ \u00a0]+([^\W\d_]+)").match(text, m.end())
            if nxt and nxt.group(1).lower() not in _STOP_NOUNS and nxt.start(1) < limit:
                pos, skipped = m.end(), skipped + 1
                continue
        return m.start(1), m.end(1)
    return None


_STATE_WORDS = frozenset(
    """injured wounded dead killed missing arrested detained displaced hurt gewond gewonden dood doden vermist
    vermisten gearresteerd opgepakt""".split())
_EN_ADJ = frozenset(
    """other more new young old local russian ukrainian foreign dutch american british european armed unarmed
    civilian military innocent suspected alleged additional further many several injured wounded dead
    killed missing displaced reported confirmed estimated""".split())
_NL_ADJ = frozenset(
    """andere meer nieuwe jonge oude lokale russische oekraïense buitenlandse nederlandse amerikaanse
    britse europese gewapende ongewapende burger militaire onschuldige verdachte extra vermiste vermoedelijke
    gewone goed opgeleide vermoorde omgekomen gewonde""".split())


def _looks_adjective(word: str, lang: str) -> bool:
    if lang == "en":
        return word in _EN_ADJ
    return word in _NL_ADJ or (word.endswith("e") and not word.endswith(("tie", "ie", "ee", "ë", "age")) and len(word) > 3)


def _counted_lookback(doc: Document, start: int) -> tuple[int, int] | None:
    """"het aantal vluchtelingen ... op 261.000": the noun of "aantal"/"number of" before the number."""
    s = doc.sentence_at(start)
    if s is None:
        return None
    before = doc.text[s.start:start]
    if not re.search(r"\b(op|at|to|of|is|was|bedraagt|bedroeg|stood at|tot|naar)\s*$", before, re.IGNORECASE):
        return None
    found = None
    for m in _COUNT_LOOKBACK.finditer(before):
        if m.group(1).lower() not in _STOP_NOUNS:
            found = (s.start + m.start(1), s.start + m.end(1))
    return found


_NL_IRREGULAR = {"kinderen": "kind", "steden": "stad", "schepen": "schip", "dagen": "dag", "wegen": "weg",
                 "mensen": "mens", "oorlogen": "oorlog", "gaten": "gat", "vaten": "vat", "paden": "pad",
                 "bladen": "blad", "glazen": "glas", "spellen": "spel", "koningen": "koning"}
_EN_IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "people", "police": "police",
                 "feet": "foot", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife"}


def plural_lemma(word: str, lang: str) -> str:
    """A crude singular of a plural noun, for when no lemmatizer ran ("reservisten" -> "reservist")."""
    lw = word.lower()
    cap = word[:1].isupper()

    def keep_case(s: str) -> str:
        return s[:1].upper() + s[1:] if cap else s

    if lang == "en":
        if lw in _EN_IRREGULAR:
            return keep_case(_EN_IRREGULAR[lw])
        if lw.endswith("men") and len(lw) > 4:
            return keep_case(lw[:-3] + "man")
        if lw.endswith("ies") and len(lw) > 4:
            return keep_case(lw[:-3] + "y")
        if lw.endswith(("sses", "xes", "ches", "shes", "zes")):
            return keep_case(lw[:-2])
        if lw.endswith("s") and not lw.endswith(("ss", "us", "is")):
            return keep_case(lw[:-1])
        return keep_case(lw)
    if lw in _NL_IRREGULAR:
        return keep_case(_NL_IRREGULAR[lw])
    if lw.endswith(("'s", "’s")):
        return keep_case(lw[:-2])
    if lw.endswith("eren") and lw[:-4] in ("kind", "ei", "lam", "rund", "blad"):
        return keep_case(lw[:-4])
    if lw.endswith("s") and len(lw) > 3 and (lw[-2] in "aeiouy" or lw.endswith(("ers", "els", "ems", "ens", "jes",
                                                                               "ies", "ts"))):
        if not lw.endswith(("ers", "els", "ems", "ens", "jes")) and lw[-2] not in "aeiouy":
            return keep_case(lw)  # "plaats", "prets": singular already
        return keep_case(lw[:-1])
    if lw.endswith("en") and len(lw) > 4:
        stem = lw[:-2]
        if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            return keep_case(stem[:-1])
        if stem.endswith("z"):
            stem = stem[:-1] + "s"
        elif stem.endswith("v"):
            stem = stem[:-1] + "f"
        vowels = "aeiou"
        if len(stem) >= 3 and stem[-1] not in vowels and stem[-2] in "aeou" and stem[-3] not in vowels \
                and not stem.endswith(("ing", "ig", "ling")) and not (stem[-2] == "e" and len(stem) > 4):
            stem = stem[:-1] + stem[-2] + stem[-1]  # open syllable: "soldat" -> "soldaat" ("-el", "-er" stay)
        return keep_case(stem)
    return keep_case(lw)


def _lemma(sc: _Scanner, start: int, word: str) -> str:
    tok = sc.tokens_at.get(start)
    if sc.lang == "nl" and re.search(r"(en|s)$", word):
        return plural_lemma(word, sc.lang)  # Dutch plurals: the rule is steadier than a small lemmatizer
    if tok is not None and tok.lemma and sc.has_pos and tok.end - tok.start == len(word):
        return tok.lemma
    return plural_lemma(word, sc.lang)


# --------------------------------------------------------------------------- the stage
def make_stage(settings: Settings, services: Services) -> Stage:
    def stage(doc: Document) -> Document:
        quantities = extract(doc)
        log.debug("%d quantities in %s", len(quantities), doc.id[:12])
        return doc.replace(quantities=quantities)

    return stage


STAGE = StageSpec(
    name="kroniek.quantities.v1",
    factory=make_stage,
    requires=("sentences", "tokens"),
    assigns=("quantities",),
    help="Numbers with what they count.",
)
