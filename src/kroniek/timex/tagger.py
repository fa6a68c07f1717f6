"""Recognition: regex rules (HeidelTime-style) that find time expressions and read their meaning.

Each :class:`Rule` has a pattern and a handler turning a match into a :class:`Parsed` (or None to
reject it, e.g. "2020 deelnemers"). All rules run over the text; overlapping candidates are
resolved longest-match first. Spans leave out leading prepositions ("op", "in", "on") as the
gold annotations do; the optional named group ``x`` marks the span when a rule needs context
words to fire ("om 14.00 uur" -> "14.00 uur").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import lexicon as lx
from .numbers import cardinals, few_pattern, is_few, number_pattern, ordinals, parse_number
from .spec import Parsed
from .tense import looks_finite

L = r"(?<![\w'’])"
LN = r"(?<![\w.,:/'’-])"  # before a number: not inside "14.00", "3-1" or "06-1234"
R = r"(?![\w])"
Y4 = r"(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"

Handler = Callable[[re.Match[str], str, str], Parsed | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int = 0
    needs: str = ""  # a word class (see :func:`gates`) the text must contain for the rule to be tried


#: Rule name -> the word class it cannot match without (cheap gate tested once per sentence).
NEEDS = {
    "date_dmy": "month", "date_mdy": "month", "year_month": "month", "week_weekday": "weekday", "month_year": "month", "month": "month", "year": "digit",
    "relative": "rel", "weekend": "weekend", "part_the": "part", "season": "season", "week_number": "digit",
    "quarter": "quarter", "quarter_q": "quarter", "half": "quarter", "decade": "decade", "century": "century",
    "holiday": "holiday", "day_word": "dayword", "weekday": "weekday", "ago": "unit", "from_now": "unit",
    "in_future": "unit", "anaphor": "unit", "rel_duration": "unit", "plural_ref": "unit", "duration": "unit",
    "vague_duration2": "unit", "set_weekday": "set", "set_plural": "weekday", "set_unit": "set",
    "set_times": "set", "ref": "ref", "clock": "digit", "clock_om": "clock", "clock_word": "clock",
    "clock_ampm": "digit", "clock_at": "digit", "clock_hhmm": "digit", "numeric_date": "digit",
    "iso_date": "digit",
}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    rule: str
    parsed: Parsed


# --------------------------------------------------------------------------- helpers
def _g(m: re.Match[str], name: str) -> str | None:
    try:
        value = m.group(name)
    except IndexError:
        return None
    return value


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _day(word: str, lang: str) -> int | None:
    n = parse_number(word, lang)
    return int(n) if n is not None and n == int(n) and 1 <= n <= 31 else None


def _year2(s: str) -> int:
    n = int(s.strip("'’"))
    return 2000 + n if n <= 50 else 1900 + n


def _part(m: re.Match[str], lang: str) -> str | None:
    p = _g(m, "part")
    return lx.PARTS[lang].get(_norm(p).rstrip("-")) or lx.PARTS[lang].get(_norm(p)) if p else None


def _rel(m: re.Match[str], lang: str, group: str = "rel") -> int | None:
    r = _g(m, group)
    return lx.RELATIVE[lang].get(_norm(r)) if r else None


_YREL = {"vorig": -1, "afgelopen": -1, "verleden": -1, "dit": 0, "volgend": 1, "komend": 1,
         "last": -1, "this": 0, "next": 1, "the": 0}


def _year_fields(m: re.Match[str]) -> tuple[int | None, int | None]:
    """(year, year_offset) from the groups ``year``, ``y2`` and ``yrel``."""
    if y := _g(m, "year"):
        return int(y), None
    if y2 := _g(m, "y2"):
        return _year2(y2), None
    if yr := _g(m, "yrel"):
        return None, _YREL.get(_norm(yr).split()[0], 0)
    return None, None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([\w'’€$£]+)[^\w]*$", text[max(0, pos - 40):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[pos:pos + 40])
    return m.group(1) if m else ""


# --------------------------------------------------------------------------- handlers
def _calendar(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, year_offset = _year_fields(m)
    month = lx.month_number(m.group("month"), lang) if _g(m, "month") else None
    day = _day(m.group("day"), lang) if _g(m, "day") else None
    wd = lx.weekday_number(m.group("wd"), lang) if _g(m, "wd") else None
    direction = _rel(m, lang)
    jl = _g(m, "jl")
    if jl:
        direction = -1 if _norm(jl).startswith(("j", "l")) else 1
    if _g(m, "month") and lang == "en" and day is None and year is None:
        word = m.group("month")
        if not word[0].isupper():
            return None
        if word.lower() in ("may", "march") and not (_g(m, "part") or _g(m, "rel") or _prev_word(text, m.start())
                                                    in _EN_MONTH_CUES):
            return None
    if day is not None and month is not None:
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
    return Parsed("calendar", year=year, month=month, day=day, weekday=wd, year_offset=year_offset,
                  direction=direction, part=_part(m, lang))


_EN_MONTH_CUES = frozenset("in since until till by from last next this early late mid of during before after "
                           "through throughout around end beginning start middle".split())


def _numeric(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(y) == 2 and m.group("sep") == ".":
        return None  # "3.5.22" is a version number more often than a date
    year = int(y) if len(y) == 4 else _year2(y)
    if lang == "en" and b <= 12 and a <= 12:
        a, b = b, a  # US order month/day when both fit
    elif lang == "en" and b > 12 >= a:
        a, b = b, a
    day, month = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31) or not 1900 <= year <= 2100:
        return None
    try:
        date(year, month, day)
    except ValueError:
        return None
    return Parsed("calendar", year=year, month=month, day=day)


def _iso(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, month, day = int(m.group("year")), int(m.group("month")), int(m.group("day"))
    try:
        date(year, month, day)
    except ValueError:
        return None
    return Parsed("calendar", year=year, month=month, day=day)


_YEAR_STRONG = frozenset(
    """
    in sinds sedert vanaf begin eind einde medio midden halverwege jaar jaren zomer winter voorjaar najaar
    herfst lente anno seizoen sinds tijdens since during year early late mid throughout spring summer autumn
    fall winter the 's januari februari maart april mei juni juli augustus september oktober
    november december january february march may june july august october
    """.split()
)
_YEAR_WEAK = frozenset("van tot t/m tm na voor rond omstreeks tussen en of by until till from before after around "
                       "between and or to through per".split())
_QUANTITY_BEFORE = frozenset(
    """
    ruim bijna zo'n zo’n ongeveer circa ca dan nummer number nr no tel telefoon code postcode kamer room bus lijn
    postbus box huisnummer
    route artikel article flight vlucht versie version model type pagina page minstens about nearly almost some
    than least most € $ £ eur usd gbp kilometer km
    """.split()
)
_YEAR_NEXT_OK = frozenset(
    """
    en of tot is was werd werden waren had hadden heeft hebben zijn kwam kwamen ging gingen begon stond stonden
    zal zou moest bleek viel vielen kreeg liet zag nam won verloor overleed stierf trad sloot brak nog al ook
    niet toen als wordt hij zij ze het de een er in op bij aan voor met door naar over uit na om dat die te zo
    pas dan werd kon konden wilde zei and or to were are has have when the a an in on at by for with after
    before he she it they we i as but that which saw came will would until through was is from of this
    """.split()
)


_COUNTED = frozenset(
    """
    mensen personen deelnemers doden gewonden euro dollar huizen woningen gemeenten kilometer meter boeren
    leden soldaten militairen slachtoffers stemmen banen gevallen patiënten kilo ton agenten betogers
    demonstranten vluchtelingen inwoners kinderen studenten werknemers medewerkers arrestaties
    people persons participants dead troops soldiers homes houses members votes jobs cases patients km kg
    officers protesters demonstrators refugees residents children students workers employees arrests
    euros dollars pounds tons miles meters feet procent percent punten points
    """.split()
)


def _year(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year = int(m.group("year"))
    prefixed = bool(_g(m, "part") or _g(m, "jaar"))
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    nxt_word = re.sub(r"[^\w'’-]+$", "", nxt)
    if re.search(r"(?:^|\D)\d{1,3}[-–]$", text[max(0, m.start() - 5):m.start()]):
        return None  # the tail of a phone number: "(713) 235-1972"
    if not prefixed:
        if prev in _QUANTITY_BEFORE or nxt.startswith(("%", "€", "$")) or re.match(r"^[.,]\d", nxt):
            return None
        nouny = (bool(nxt_word) and nxt_word.isalpha() and nxt_word.islower() and nxt_word not in _YEAR_NEXT_OK
                 and not looks_finite(nxt_word, lang))
        if nxt_word.lower() in _COUNTED:
            return None
        if prev in _YEAR_STRONG:
            pass
        elif nouny:
            return None
        elif prev in _YEAR_WEAK or not prev:
            pass
        if not 1900 <= year <= 2100 and (prev not in _YEAR_STRONG or prev == "the"):
            return None
    return Parsed("calendar", year=year, part=_part(m, lang))


def _relative(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    unit_word = _norm(m.group("unit"))
    direction = _rel(m, lang)
    if direction is None:
        return None
    season = lx.SEASONS[lang].get(unit_word)
    if season:
        return Parsed("calendar", season=season, direction=direction, part=_part(m, lang))
    unit = lx.UNITS[lang].get(unit_word)
    if unit is None:
        return None
    recent = _norm(m.group("rel")).split()[-1] in ("afgelopen", "voorbije", "past")
    return Parsed("relative", unit=unit, amount=float(direction), direction=direction, part=_part(m, lang),
                  recent=recent)


def _weekend(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    return Parsed("relative", unit="weekend", amount=0.0)


def _part_the(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    unit = lx.UNITS[lang].get(_norm(m.group("unit")))
    if unit is None or _part(m, lang) is None:
        return None
    return Parsed("relative", unit=unit, amount=0.0, direction=0, part=_part(m, lang))


def _season(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, year_offset = _year_fields(m)
    direction = _rel(m, lang)
    word = _norm(m.group("season"))
    if not (year or year_offset is not None or direction is not None or _g(m, "det") or _g(m, "part")):
        return None
    if lang == "en" and word in ("fall", "spring") and year is None and direction is None and year_offset is None:
        if _prev_word(text, m.start()) not in ("in", "this", "last", "next", "early", "late", "by", "during"):
            return None
        if re.match(r"\s+of\s+[A-Z]", text[m.end():m.end() + 6]):
            return None
    return Parsed("calendar", season=lx.SEASONS[lang][word], year=year, year_offset=year_offset,
                  direction=direction, part=_part(m, lang))


def _quarter(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, year_offset = _year_fields(m)
    q = _g(m, "q")
    h = _g(m, "h")
    if q:
        qn = q.lower().lstrip("q")
        n = 4 if qn in ("laatste", "last", "final") else int(parse_number(qn, lang) or 0)
        if not 1 <= n <= 4:
            return None
        return Parsed("calendar", quarter=n, year=year, year_offset=year_offset)
    if h:
        n = int(parse_number(h, lang) or 0)
        if not 1 <= n <= 2:
            return None
        return Parsed("calendar", half=n, year=year, year_offset=year_offset)
    return None


def _week_number(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, year_offset = _year_fields(m)
    if year is not None:
        try:
            date.fromisocalendar(year, int(m.group("week")), 1)
        except ValueError:
            return None
    return Parsed("calendar", week=int(m.group("week")), year=year, year_offset=year_offset)


_DECADE_WORDS = {"twintig": 2, "dertig": 3, "veertig": 4, "vijftig": 5, "zestig": 6, "zeventig": 7,
                 "tachtig": 8, "negentig": 9, "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5,
                 "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9, "nul": 0}


def _decade(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    if d4 := _g(m, "dec4"):
        return Parsed("calendar", decade=int(d4[:3]), part=_part(m, lang))
    word = _norm(_g(m, "dec") or "").strip("'’s")
    if word.isdigit():
        n = int(word)
        decade = 190 + n // 10 if n >= 20 else 200 + n // 10
    elif word in _DECADE_WORDS:
        decade = 190 + _DECADE_WORDS[word]
    else:
        return None
    century = _norm(_g(m, "cent") or "")
    if century in ("deze", "huidige", "21e", "21ste", "eenentwintigste"):
        decade += 10
    return Parsed("calendar", decade=decade, part=_part(m, lang))


def _century(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    n = parse_number(m.group("n"), lang)
    if n is None or not 1 <= n <= 22:
        return None
    return Parsed("calendar", century=int(n) - 1, part=_part(m, lang))


def _holiday(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    year, year_offset = _year_fields(m)
    return Parsed("calendar", holiday=_norm(m.group("hol")), year=year, year_offset=year_offset,
                  direction=_rel(m, lang))


_DAY_WORDS: dict[str, tuple[int, str | None]] = {
    "vandaag": (0, None), "vanmorgen": (0, "MO"), "vanochtend": (0, "MO"), "vanmiddag": (0, "AF"),
    "vanavond": (0, "EV"), "vannacht": (0, "NI"), "gisteren": (-1, None), "gisteravond": (-1, "EV"),
    "gistermiddag": (-1, "AF"), "gisterochtend": (-1, "MO"), "gistermorgen": (-1, "MO"),
    "gisternacht": (-1, "NI"), "eergisteren": (-2, None), "morgen": (1, None), "overmorgen": (2, None),
    "morgenochtend": (1, "MO"), "morgenvroeg": (1, "MO"), "morgenmiddag": (1, "AF"), "morgenavond": (1, "EV"),
    "morgennacht": (1, "NI"), "afgelopen nacht": (0, "NI"), "de afgelopen nacht": (0, "NI"),
    "deze ochtend": (0, "MO"), "deze middag": (0, "AF"), "deze avond": (0, "EV"),
    "today": (0, None), "tonight": (0, "NI"), "yesterday": (-1, None), "tomorrow": (1, None),
    "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"), "last night": (-1, "NI"),
    "last evening": (-1, "EV"),
}
_NOT_TOMORROW = frozenset("de die deze elke iedere goede 's een van diezelfde dezelfde volgende vroeg".split())


def _day_word(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    word = _norm(m.group("w"))
    if word == "morgen" and (_prev_word(text, m.start()) in _NOT_TOMORROW or (
            text[m.start()].isupper() and re.search(r"[\w,;:]\s*$", text[max(0, m.start() - 3):m.start()]))):
        return None  # "de morgen", "De Financiële Morgen" (a name, capitalised inside the sentence)
    amount, daypart = _DAY_WORDS[word]
    if dp := _g(m, "dp"):
        daypart = lx.DAYPARTS[lang].get(_norm(dp), daypart)
    return Parsed("relative", unit="day", amount=float(amount), direction=amount, daypart=daypart)


_PAPERS = frozenset("times telegraph express mirror post herald independent mail tribune world sport "
                    "night bloody best".split())


def _weekday(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    wd = lx.weekday_number(m.group("wd"), lang)
    if wd is None:
        return None
    nxt = _next_word(text, m.end())
    if nxt[:1].isupper() and re.sub(r"(?:['’]s)?[.,;:]*$", "", nxt.lower()) in _PAPERS and not _g(m, "dp"):
        return None  # "Sunday Times", "Bloody Sunday" (the latter caught below)
    if _prev_word(text, m.start()) in ("bloody", "black", "super", "cyber", "good", "easter", "palm", "holy",
                                       "goede", "stille", "witte", "blauwe", "zwarte"):
        return None
    direction = _rel(m, lang)
    jl = _g(m, "jl")
    if jl:
        direction = -1 if _norm(jl).startswith(("j", "l")) else 1
    week = _rel(m, lang, "wrel")
    daypart = lx.DAYPARTS[lang].get(_norm(_g(m, "dp") or ""))
    if week is not None:
        return Parsed("weekday", weekday=wd, amount=float(week), daypart=daypart)
    return Parsed("weekday", weekday=wd, direction=direction, daypart=daypart)


_AND_HALF = re.compile(r"\s*(?:and\s+a\s+half|en\s+een\s+half|ënhalf|enhalf|ënhalve|enhalve)$", re.I)


def _singular_mismatch(m: re.Match[str], lang: str) -> bool:
    """ "a months-long standoff": an article before a plural unit is no amount."""
    n = _norm(_g(m, "n") or "")
    unit = _norm(_g(m, "unit") or "")
    if n in ("a", "an", "one"):
        return unit.endswith("s")
    if n in ("een", "één"):
        return unit in ("dagen", "weken", "maanden", "jaren", "uren", "minuten", "seconden", "decennia", "eeuwen",
                        "kwartalen", "weekenden", "etmalen")
    return False


def _amount(m: re.Match[str], lang: str) -> tuple[float | None, bool]:
    """(amount, approximate) from the groups ``n``, ``half`` and ``q``."""
    n = _g(m, "n") or "1"
    approx = _norm(_g(m, "q") or "") in lx.APPROXIMATE_QUALIFIERS
    if is_few(n, lang):
        return None, True
    half = 0.5 if _g(m, "half") else 0.0
    if _AND_HALF.search(n):
        n, half = _AND_HALF.sub("", n), 0.5
    value = parse_number(n, lang)
    if value is not None:
        value += half
    if value is None and lang == "nl" and _norm(n).startswith("een "):
        value = parse_number(_norm(n)[4:], lang)
    return value, approx


def _offset(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    if _singular_mismatch(m, lang):
        return None
    amount, approx = _amount(m, lang)
    unit = lx.UNITS[lang].get(_norm(m.group("unit")))
    if unit is None or (amount is not None and amount > 500):
        return None
    ago = _norm(_g(m, "ago") or "")
    direction = -1 if ago in ("geleden", "ago", "terug", "back") else 1
    if lang == "nl" and direction == 1 and not _g(m, "in_"):
        nxt = re.sub(r"[^\w'’-]+$", "", _next_word(text, m.end()))
        if nxt.isalpha() and nxt.islower() and nxt not in _YEAR_NEXT_OK and not looks_finite(nxt, lang):
            # "een boek over twee jaar oorlog": 'about', a duration
            return Parsed("duration", value=duration_value(amount, unit), approximate=approx or amount is None)
    fallback = duration_value(amount, unit) if _g(m, "in_") else None
    return Parsed("offset", unit=unit, amount=amount, direction=direction, approximate=approx, value=fallback)


def _anaphor(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    amount, approx = _amount(m, lang)
    unit = lx.UNITS[lang].get(_norm(m.group("unit"))) or _SAME_UNITS.get(_norm(m.group("unit")))
    if unit is None:
        return None
    word = _norm(_g(m, "dir") or "")
    direction = -1 if word in ("eerder", "daarvoor", "ervoor", "tevoren", "voordien", "earlier", "before",
                               "previous", "the previous", "de vorige", "het vorige", "de dag ervoor") else 1
    return Parsed("anaphor", unit=unit, amount=amount or 1, direction=direction, approximate=approx)


_SAME_UNITS = {"dag": "day", "avond": "day", "ochtend": "day", "middag": "day", "nacht": "day", "week": "week",
               "maand": "month", "jaar": "year", "day": "day", "evening": "day", "morning": "day",
               "afternoon": "day", "night": "day", "month": "month", "year": "year"}


def _same(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    unit = _SAME_UNITS.get(_norm(m.group("unit")))
    return Parsed("anaphor", unit=unit, amount=0.0, direction=1) if unit else None


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration of ``amount`` ``unit`` ("P6W"); fractions step down to a smaller unit."""
    if unit == "quarterhour":
        return "PTX M" if amount is None else f"PT{round(amount * 15)}M"
    if unit == "fortnight":
        unit, amount = "week", None if amount is None else amount * 2
    letter = lx.DURATION_LETTER[unit]
    if amount is None:
        return f"PTX{letter[1]}" if letter.startswith("T") else f"PX{letter}"
    if amount != int(amount):
        smaller = {"year": ("month", 12), "month": ("week", 4), "week": ("day", 7), "day": ("hour", 24),
                   "hour": ("minute", 60), "decade": ("year", 10), "century": ("year", 100),
                   "quarter": ("month", 3)}.get(unit)
        if smaller:
            return duration_value(round(amount * smaller[1]), smaller[0])
    n = int(amount)
    return f"PT{n}{letter[1]}" if letter.startswith("T") else f"P{n}{letter}"


def _duration(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    if _singular_mismatch(m, lang):
        return None
    amount, approx = _amount(m, lang)
    unit_word = _norm(m.group("unit"))
    unit = lx.UNITS[lang].get(unit_word)
    if unit is None or (amount is not None and amount > 1000):
        return None
    if unit in ("hour",) and _prev_word(text, m.start()) in ("om", "at", "tegen", "rond", "vanaf", "tot"):
        return None
    if unit == "second" and lang == "en" and _g(m, "n") and _norm(m.group("n")) in ("a", "an"):
        return None
    return Parsed("duration", value=duration_value(amount, unit), approximate=approx or amount is None)


_LONG = {"jarenlang": "PXY", "maandenlang": "PXM", "wekenlang": "PXW", "dagenlang": "PXD", "urenlang": "PTXH",
         "decennialang": "PXDE", "eeuwenlang": "PXCE", "jaren": "PXY", "maanden": "PXM", "weken": "PXW",
         "dagen": "PXD", "uren": "PTXH", "decennia": "PXDE", "eeuwen": "PXCE", "years": "PXY", "months": "PXM",
         "weeks": "PXW", "days": "PXD", "hours": "PTXH", "decades": "PXDE", "centuries": "PXCE",
         "minutes": "PTXM"}


def _vague_duration(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    return Parsed("duration", value=_LONG[_norm(m.group("w"))], approximate=True)


_REFS_NL = {
    "nu": "PRESENT_REF", "momenteel": "PRESENT_REF", "tegenwoordig": "PRESENT_REF", "thans": "PRESENT_REF",
    "heden ten dage": "PRESENT_REF", "dit moment": "PRESENT_REF", "tot nu toe": "PRESENT_REF",
    "tot op heden": "PRESENT_REF", "dezer dagen": "PRESENT_REF", "vandaag de dag": "PRESENT_REF",
    "de dag van vandaag": "PRESENT_REF",
    "vroeger": "PAST_REF", "destijds": "PAST_REF", "het verleden": "PAST_REF", "onlangs": "PAST_REF",
    "recentelijk": "PAST_REF", "kort geleden": "PAST_REF", "enige tijd geleden": "PAST_REF",
    "lang geleden": "PAST_REF", "de laatste tijd": "PAST_REF", "binnenkort": "FUTURE_REF", "straks": "FUTURE_REF",
    "spoedig": "FUTURE_REF", "de toekomst": "FUTURE_REF", "korte termijn": "FUTURE_REF",
    "lange termijn": "FUTURE_REF", "langere termijn": "FUTURE_REF", "op termijn": "FUTURE_REF",
    "de nabije toekomst": "FUTURE_REF",
}
_REFS_EN = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "presently": "PRESENT_REF", "these days": "PRESENT_REF", "right now": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "so far": "PRESENT_REF", "to date": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "formerly": "PAST_REF", "the past": "PAST_REF",
    "previously": "PAST_REF", "a while ago": "PAST_REF", "long ago": "PAST_REF", "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
}
_REFS = {**_REFS_NL, **_REFS_EN}


def _ref(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    word = _norm(m.group("w"))
    if word == "nu" and re.match(r"\.nl\b", text[m.end():m.end() + 3], re.I):
        return None
    return Parsed("ref", value=_REFS[word])


def _plural_ref(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    direction = _rel(m, lang)
    word = _norm(m.group("rel"))
    if word in ("recent", "in recent", "de laatste", "the last", "de voorbije", "voorbije"):
        direction = -1
    if direction is None or direction == 0:
        return None
    return Parsed("ref", value="PAST_REF" if direction < 0 else "FUTURE_REF", approximate=True)


def _rel_duration(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    amount, approx = _amount(m, lang)
    unit = lx.UNITS[lang].get(_norm(m.group("unit")))
    if unit is None or amount is None:
        return None
    return Parsed("duration", value=duration_value(amount, unit), approximate=approx)


_SET_UNITS = {"dag": "P1D", "week": "P1W", "maand": "P1M", "jaar": "P1Y", "day": "P1D", "month": "P1M",
              "year": "P1Y", "ochtend": "XXXX-XX-XXTMO", "morgen": "XXXX-XX-XXTMO", "middag": "XXXX-XX-XXTAF",
              "avond": "XXXX-XX-XXTEV", "nacht": "XXXX-XX-XXTNI", "morning": "XXXX-XX-XXTMO",
              "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI",
              "weekend": "XXXX-WXX-WE", "zomer": "XXXX-SU", "winter": "XXXX-WI", "summer": "XXXX-SU",
              "voorjaar": "XXXX-SP", "najaar": "XXXX-FA", "spring": "XXXX-SP", "herfst": "XXXX-FA",
              "autumn": "XXXX-FA", "uur": "PT1H", "hour": "PT1H", "kwartaal": "P1Q", "quarter": "P1Q",
              "dagelijks": "P1D", "wekelijks": "P1W", "maandelijks": "P1M", "jaarlijks": "P1Y",
              "tweewekelijks": "P2W", "driemaandelijks": "P3M", "halfjaarlijks": "P6M", "daily": "P1D",
              "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "XXXX-XX-XXTNI",
              "hourly": "PT1H", "biweekly": "P2W", "quarterly": "P3M"}


def _set(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    if wd := _g(m, "wd"):
        n = lx.weekday_number(re.sub(r"(?:en|s)$", "", wd.lower()) if lang == "nl" else wd.lower().rstrip("s"),
                              lang)
        if n is None:
            return None
        dp = lx.DAYPARTS[lang].get(_norm(_g(m, "dp") or ""))
        return Parsed("set", value=f"XXXX-WXX-{n}" + (f"T{dp}" if dp else ""))
    unit = _norm(_g(m, "unit") or "")
    value = _SET_UNITS.get(unit)
    return Parsed("set", value=value) if value else None


_DAYPART_CLOCK = {"ochtends": 0, "morgens": 0, "middags": 12, "avonds": 12, "nachts": 0}


def _clock(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    h = _g(m, "h") or _g(m, "hw")
    if h is None:
        word = _norm(_g(m, "w") or "")
        hour = {"noon": 12, "midnight": 0, "middernacht": 0, "het middaguur": 12}.get(word)
        return Parsed("clock", hour=hour, minute=0) if hour is not None else None
    n = parse_number(h, lang)
    if n is None:
        return None
    hour = int(n)
    minute = int(_g(m, "mi") or 0)
    ampm = _norm(_g(m, "ampm") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    dp = _norm(_g(m, "dp") or "")
    if dp in _DAYPART_CLOCK and hour < 12:
        hour += _DAYPART_CLOCK[dp]
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return Parsed("clock", hour=hour % 24, minute=minute)


# --------------------------------------------------------------------------- rules
@cache
def rules(lang: str) -> tuple[Rule, ...]:
    """The compiled rules of ``lang``."""
    alt = lx.alternation
    month_full = alt(lx.MONTHS[lang])
    month_any = rf"(?:{month_full}|(?:{alt(lx.MONTH_ABBREVIATIONS[lang])})\.?)"
    wd_full = alt(lx.WEEKDAYS[lang])
    wd_any = rf"(?:{wd_full}|(?:{alt(lx.WEEKDAY_ABBREVIATIONS[lang])})\.?)"
    small_words = [w for w, n in {**cardinals(lang), **ordinals(lang)}.items() if 1 <= n <= 31]
    daynum = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:e|de|ste|st|nd|rd|th)?|{alt(small_words)})"
    half = r"(?:\s+and\s+a\s+half)" if lang == "en" else r"(?:\s+en\s+een\s+half|ënhalf|enhalf|ënhalve|enhalve)"
    num = rf"(?:(?:\d+|{number_pattern(lang)}){half}?|\d+(?:[.,]\d+)?|{few_pattern(lang)})"
    uh = r"(?P<half>\s+and\s+a\s+half)?" if lang == "en" else ""
    units = alt(lx.UNITS[lang])
    rel = alt(lx.RELATIVE[lang])
    parts = alt(lx.PARTS[lang])
    seasons = alt(lx.SEASONS[lang])
    quals = alt(lx.QUALIFIERS[lang])
    holidays = alt(h for h in lx.HOLIDAYS if (h.isascii() or "’" in h) and h != "sinterklaas")
    hours_words = alt(w for w, n in cardinals(lang).items() if 1 <= n <= 12)
    ordinal_words = alt(w for w, n in ordinals(lang).items() if 1 <= n <= 22)
    dec_words = alt(w for w in _DECADE_WORDS if (w.endswith("ies") if lang == "en" else not w.endswith("ies")))
    refs = alt(_REFS_NL if lang == "nl" else _REFS_EN)
    flags = re.IGNORECASE
    out: list[tuple[str, str, Handler, int]] = []
    if lang == "nl":
        yrel = r"(?P<yrel>vorig|dit|volgend|komend|afgelopen)\s+jaar"
        out += [
            ("date_dmy", rf"{L}(?:(?P<wd>{wd_any}),?\s+)?(?:de\s+)?(?P<day>{daynum})\s+(?P<month>{month_any})"
             rf"(?:\s+(?:(?P<year>{Y4})|(?P<y2>['’]\d{{2}})|{yrel}))?"
             rf"(?:\s+(?P<jl>jl\.?|j\.l\.?|ll\.?|l\.l\.?|a\.s\.?|aanstaande|jongstleden|laatstleden))?{R}",
             _calendar, 5),
            ("month_year", rf"{L}(?:(?P<part>{parts})\s+)?(?P<month>{month_any})\s*,?\s*(?:van\s+)?"
             rf"(?:(?P<year>{Y4})|(?P<y2>['’]\d{{2}})|{yrel}){R}", _calendar, 4),
            ("month", rf"{L}(?:(?P<part>{parts})\s+|(?P<rel>{rel})\s+)?(?P<month>{month_full}){R}", _calendar, 2),
            ("year_month", rf"{L}{yrel}\s+(?:in\s+|rond\s+|eind\s+|begin\s+)?(?P<month>{month_full}){R}", _calendar,
             3),
            ("year", rf"{L}(?:(?P<part>{parts})\s+)?(?:(?P<jaar>het\s+jaar)\s+)?(?P<year>{Y4}){R}(?![.,:]\d)",
             _year, 1),
            ("relative", rf"{L}(?:(?P<part>{parts})\s+)?(?P<rel>{rel})\s+(?P<unit>week|maand|jaar|weekend|"
             rf"kwartaal|eeuw|decennium|{seasons}){R}", _relative, 3),
            ("weekend", rf"{L}(?:in\s+|tijdens\s+|afgelopen\s+)?(?P<x>het\s+weekend){R}", _weekend, 2),
            ("part_the", rf"{L}(?P<part>{parts})\s+(?:van\s+)?(?P<rel>de|het)\s+(?P<unit>week|maand|jaar|eeuw)"
             rf"{R}", _part_the, 3),
            ("season", rf"{L}(?:(?P<part>{parts})\s+)?(?:(?P<det>de|het)\s+|(?P<rel>{rel})\s+)?"
             rf"(?P<season>{seasons})(?:\s+(?:van\s+)?(?:(?P<year>{Y4})|{yrel}))?{R}", _season, 2),
            ("week_number", rf"{L}week\s+(?P<week>[1-9]|[1-4]\d|5[0-3])(?:\s+(?:van\s+)?(?:(?P<year>{Y4})|{yrel}))?"
             rf"{R}(?![.,:]\d)", _week_number, 2),
            ("quarter", rf"{L}(?:het\s+)?(?P<q>eerste|tweede|derde|vierde|laatste|[1-4]e|[1-4]de)\s+kwartaal"
             rf"(?:\s+(?:van\s+)?(?:(?P<year>{Y4})|{yrel}|het\s+jaar))?{R}", _quarter, 2),
            ("quarter_q", rf"{L}(?P<q>Q[1-4])(?:\s+(?P<year>{Y4}))?{R}", _quarter, 2),
            ("half", rf"{L}(?:de\s+|het\s+)?(?P<h>eerste|tweede)\s+(?:(?:jaar)?helft|halfjaar)(?:\s+van\s+(?:(?P<year>{Y4})|{yrel}|"
             rf"het\s+jaar))?{R}", _quarter, 2),
            ("decade", rf"{L}(?:(?P<part>{parts})\s+)?(?:de\s+)?jaren\s+(?:(?P<dec4>\d{{3}}0)|['’]?(?P<dec>\d0|"
             rf"{dec_words}))(?:\s+van\s+de\s+(?P<cent>vorige|twintigste|deze|huidige|20e|20ste|21e|21ste)"
             rf"\s+eeuw)?{R}", _decade, 3),
            ("century", rf"{L}(?:(?P<part>{parts})\s+)?(?:de\s+)?(?P<n>(?:1\d|2[0-2]|[1-9])(?:e|de|ste)|"
             rf"{ordinal_words})\s+eeuw{R}", _century, 3),
            ("holiday", rf"{L}(?:(?P<rel>{rel})\s+)?(?P<hol>{holidays})(?:\s+(?P<year>{Y4}))?{R}", _holiday, 2),
            ("day_word", rf"{L}(?P<w>{alt(w for w in _DAY_WORDS if w.replace(' ', '').isalpha() and w[0] in 'vgemoad')})"
             rf"{R}",
             _day_word, 2),
            ("weekday", rf"{L}(?:(?P<rel>{rel})\s+)?(?P<wd>{wd_full})(?P<dp>avond|ochtend|morgen|middag|nacht)?"
             rf"(?:\s+(?P<wrel>vorige|volgende|deze)\s+week|\s+(?P<jl>jl\.?|j\.l\.?|ll\.?|l\.l\.?|a\.s\.?|aanstaande|laatstleden|"
             rf"jongstleden))?{R}", _weekday, 2),
            ("week_weekday", rf"{L}(?P<wrel>vorige|volgende|deze|afgelopen|komende)\s+week\s+(?P<wd>{wd_full})"
             rf"(?P<dp>avond|ochtend|morgen|middag|nacht)?{R}", _weekday, 3),
            ("ago", rf"{L}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units})\s+(?P<ago>geleden){R}", _offset, 4),
            ("in_future", rf"{L}over\s+(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units}){R}", _offset, 3),
            ("anaphor", rf"{L}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>later|daarna|erna|"
             rf"nadien|eerder|daarvoor|ervoor|tevoren|voordien){R}", _anaphor, 3),
            ("anaphor_next", rf"{L}(?P<dir>de\s+volgende|de\s+vorige|het\s+volgende|het\s+vorige)\s+(?P<unit>dag|"
             rf"ochtend|morgen|avond)(?:\s+daarop)?{R}", _anaphor, 2),
            ("anaphor_same", rf"{L}(?:die(?:zelfde)?|dezelfde)\s+(?P<unit>dag|avond|ochtend|middag|nacht|week|maand)"
             rf"{R}", _same, 2),
            ("anaphor_erna", rf"{L}de\s+(?P<unit>dag|week|maand)\s+(?P<dir>erna|daarna|ervoor|daarvoor|daarop)"
             rf"{R}", _anaphor, 2),
            ("rel_duration", rf"{L}(?P<rel>de\s+afgelopen|de\s+laatste|de\s+komende|afgelopen|komende|"
             rf"de\s+voorbije)\s+(?P<n>{num})\s+(?P<unit>{units}){R}", _rel_duration, 4),
            ("plural_ref", rf"{L}(?P<rel>de\s+afgelopen|de\s+laatste|de\s+komende|de\s+voorbije|afgelopen|"
             rf"komende|de\s+volgende)\s+(?:paar\s+|(?:{few_pattern(lang)})\s+)?(?P<unit>dagen|weken|maanden|"
             rf"jaren|decennia|eeuwen){R}", _plural_ref, 3),
            ("duration", rf"{LN}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units}){R}(?:\s+lang{R})?",
             _duration, 1),
            ("vague_duration", rf"{L}(?P<w>jarenlang|maandenlang|wekenlang|dagenlang|urenlang|decennialang|"
             rf"eeuwenlang){R}", _vague_duration, 1),
            ("vague_duration2", rf"{L}(?:al|sinds|gedurende|na)\s+(?P<x>(?P<w>jaren|maanden|weken|dagen|uren|"
             rf"decennia|eeuwen)){R}", _vague_duration, 1),
            ("set_weekday", rf"{L}(?:elke|iedere|ieder|elk)\s+(?P<wd>{wd_full})(?P<dp>avond|ochtend|middag|nacht|"
             rf"morgen)?{R}", _set, 3),
            ("set_plural", rf"{L}(?:'s\s+(?P<wd>{wd_full}s)|op\s+(?P<x>(?P<wd2>{wd_full})en)){R}", _set_plural, 2),
            ("set_unit", rf"{L}(?:elke|iedere|ieder|elk)\s+(?P<unit>dag|week|maand|jaar|ochtend|morgen|middag|"
             rf"avond|nacht|weekend|zomer|winter|voorjaar|najaar|kwartaal){R}", _set, 3),
            ("set_adverb", rf"{L}(?P<unit>dagelijks|wekelijks|maandelijks|jaarlijks|tweewekelijks|"
             rf"driemaandelijks|halfjaarlijks){R}", _set, 2),
            ("set_times", rf"{L}(?:(?P<n>{num})\s+keer|eens)\s+per\s+(?P<unit>dag|week|maand|jaar|uur){R}", _set, 3),
            ("ref", rf"{L}(?P<w>{refs}){R}", _ref, 1),
            ("clock", rf"{L}(?:om\s+|rond\s+|tegen\s+|vanaf\s+|tot\s+)?(?P<x>(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)"
             rf"\s*uur){R}", _clock, 4),
            ("clock_om", rf"{L}(?:om|rond|tegen|vanaf)\s+(?P<x>(?:(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)|"
             rf"(?P<hw>\d{{1,2}}|{hours_words})\s+uur)(?:\s+'s\s+(?P<dp>ochtends|morgens|middags|avonds|nachts))?)"
             rf"{R}", _clock, 4),
            ("clock_word", rf"{L}(?:om|rond|na|tot|voor|vanaf|tegen)\s+(?P<x>(?P<w>middernacht|het\s+middaguur)){R}",
             _clock, 2),
        ]
    else:
        yrel = r"(?P<yrel>last|this|next)\s+year"
        ordsuf = r"(?:st|nd|rd|th)?"
        out += [
            ("date_dmy", rf"{L}(?:(?P<wd>{wd_any}),?\s+)?(?:the\s+)?(?P<day>{daynum}){ordsuf}(?:\s+of)?\s+"
             rf"(?P<month>{month_any})(?:,?\s+(?:(?P<year>{Y4})|{yrel}))?{R}", _calendar, 5),
            ("date_mdy", rf"{L}(?:(?P<wd>{wd_any}),?\s+)?(?P<month>{month_any})\s+(?P<day>(?:[12]\d|3[01]|"
             rf"0?[1-9]){ordsuf})"
             rf"(?:,?\s+(?P<year>{Y4}))?{R}(?![.,:]\d)", _calendar, 5),
            ("month_year", rf"{L}(?:(?P<part>{parts})(?:\s+|-))?(?P<month>{month_any})\s*,?\s*(?:of\s+)?"
             rf"(?:(?P<year>{Y4})|(?P<y2>['’]\d{{2}})|{yrel}){R}", _calendar, 4),
            ("month", rf"{L}(?:(?P<part>{parts})(?:\s+|-)|(?P<rel>{rel})\s+)?(?P<month>{month_full}){R}",
             _calendar, 2),
            ("year_month", rf"{L}{yrel}\s+in\s+(?P<month>{month_full}){R}", _calendar, 3),
            ("year", rf"{L}(?:(?P<part>{parts})(?:\s+|-))?(?:(?P<jaar>the\s+year)\s+)?(?P<year>{Y4}){R}"
             rf"(?![.,:]\d)", _year, 1),
            ("relative", rf"{L}(?:(?P<part>{parts})\s+)?(?P<rel>{rel})\s+(?P<unit>week|month|year|weekend|quarter|"
             rf"century|decade|fortnight|{seasons}){R}", _relative, 3),
            ("weekend", rf"{L}(?:over\s+|during\s+|at\s+)?(?P<x>the\s+weekend){R}", _weekend, 2),
            ("part_the", rf"{L}(?P<part>{parts})\s+(?P<rel>the)\s+(?P<unit>week|month|year|decade|century)"
             rf"{R}", _part_the, 3),
            ("season", rf"{L}(?:(?P<part>{parts})\s+)?(?:(?P<det>the)\s+|(?P<rel>{rel})\s+)?"
             rf"(?P<season>{seasons})(?:\s+(?:of\s+)?(?:(?P<year>{Y4})|{yrel}))?{R}", _season, 2),
            ("week_number", rf"{L}week\s+(?P<week>[1-9]|[1-4]\d|5[0-3])(?:\s+of\s+(?P<year>{Y4}))?{R}(?![.,:]\d)",
             _week_number, 2),
            ("quarter", rf"{L}(?:the\s+)?(?P<q>first|second|third|fourth|final|last|[1-4](?:st|nd|rd|th))\s+"
             rf"quarter(?:\s+of\s+(?:(?P<year>{Y4})|{yrel}|the\s+year)|\s+(?P<year2>{Y4}))?{R}", _quarter_en, 2),
            ("quarter_q", rf"{L}(?P<q>Q[1-4])(?:\s+(?P<year>{Y4}))?{R}", _quarter, 2),
            ("half", rf"{L}(?:the\s+)?(?P<h>first|second)\s+half\s+of\s+(?:(?P<year>{Y4})|{yrel}|the\s+year){R}",
             _quarter, 2),
            ("decade", rf"{L}(?:the\s+)?(?:(?P<part>early|mid|late)[-\s])?(?:(?P<dec4>\d{{3}}0)['’]?s|"
             rf"['’]?(?P<dec>\d0)['’]?s|(?<=the\s)(?P<dw>{dec_words}))(?![\w'’])", _decade_en, 3),
            ("century", rf"{L}(?:the\s+)?(?P<n>(?:1\d|2[0-2]|[1-9])(?:st|nd|rd|th)|{ordinal_words})[-\s]century{R}",
             _century, 3),
            ("holiday", rf"{L}(?:(?P<rel>{rel})\s+)?(?P<hol>{holidays})(?:\s+(?P<year>{Y4}))?(?![\w'’])", _holiday, 2),
            ("day_word", rf"{L}(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|"
             rf"yesterday|tomorrow|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|last\s+evening)"
             rf"(?:\s+(?P<dp>morning|afternoon|evening|night))?{R}", _day_word, 2),
            ("weekday", rf"{L}(?:(?P<rel>{rel})\s+)?(?P<wd>{wd_full})(?:\s+(?P<dp>morning|afternoon|evening|night))?"
             rf"(?:\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week)?{R}", _weekday, 2),
            ("ago", rf"{L}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units}){uh}\s+(?P<ago>ago|back){R}", _offset,
             4),
            ("from_now", rf"{L}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units})\s+from\s+now{R}", _offset, 4),
            ("in_future", rf"{L}(?P<in_>in)\s+(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units})"
             rf"(?:['’]s\s+time)?{R}", _offset, 3),
            ("anaphor", rf"{L}(?:(?P<q>{quals})\s+)?(?P<n>{num})\s+(?P<unit>{units})\s+(?P<dir>later|earlier|"
             rf"afterwards|before){R}", _anaphor, 3),
            ("anaphor_next", rf"{L}(?P<dir>the\s+next|the\s+following|the\s+previous)\s+(?P<unit>day|morning|"
             rf"evening){R}", _anaphor, 2),
            ("anaphor_same", rf"{L}(?:later\s+|earlier\s+)?(?:that|the\s+same)\s+(?P<unit>day|evening|morning|"
             rf"afternoon|night|week|month|year){R}", _same, 2),
            ("anaphor_before", rf"{L}the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after){R}(?!\s+(?:yesterday|"
             rf"tomorrow))", _anaphor, 2),
            ("rel_duration", rf"{L}(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous)\s+"
             rf"(?P<n>{num})\s+(?P<unit>{units}){R}", _rel_duration, 4),
            ("plural_ref", rf"{L}(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|in\s+recent|recent|"
             rf"the\s+previous|the\s+following|past|coming)\s+(?:few\s+|couple\s+of\s+|several\s+)?(?P<unit>days|"
             rf"weeks|months|years|decades|centuries){R}", _plural_ref, 3),
            ("duration", rf"{LN}(?:(?P<q>{quals})\s+)?(?P<n>{num})[-\s](?P<unit>{units}){R}{uh}(?:\s+long{R})?",
             _duration, 1),
            ("vague_duration2", rf"{L}(?:for|over|in|after)\s+(?P<x>(?P<w>years|months|weeks|days|hours|decades|"
             rf"centuries|minutes)){R}", _vague_duration, 1),
            ("set_weekday", rf"{L}(?:every|each)\s+(?P<wd>{wd_full})(?:\s+(?P<dp>morning|afternoon|evening|night))?"
             rf"{R}", _set, 3),
            ("set_plural", rf"{L}on\s+(?P<x>(?P<wd2>{wd_full})s){R}", _set_plural, 2),
            ("set_unit", rf"{L}(?:every|each)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night|"
             rf"weekend|summer|winter|spring|autumn|quarter|hour){R}", _set, 3),
            ("set_adverb", rf"{L}(?P<unit>daily|weekly|monthly|annually|yearly|nightly|hourly|biweekly|quarterly)"
             rf"{R}", _set, 2),
            ("set_times", rf"{L}(?:(?:once|twice|(?P<n>{num})\s+times)\s+(?:a|per|every))\s+(?P<unit>day|week|"
             rf"month|year|hour){R}", _set, 3),
            ("ref", rf"{L}(?P<w>{refs}){R}", _ref, 1),
            ("clock_ampm", rf"{L}(?:at\s+|around\s+|by\s+)?(?P<x>(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*"
             rf"(?P<ampm>a\.m\.|p\.m\.|am|pm)(?!\w))", _clock, 4),
            ("clock_at", rf"{L}(?:at|around|by|until|from)\s+(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)"
             rf"(?:\s*(?:GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|local\s+time))?){R}", _clock, 4),
            ("clock_hhmm", rf"{LN}(?P<x>(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)\s*(?:GMT|UTC|CET|CEST|BST|EST|EDT|"
             rf"PST|PDT|local\s+time|hours|hrs)){R}", _clock, 4),
            ("clock_word", rf"{L}(?:at|around|by|until|till|before|after|past|from|since|near)\s+(?P<x>(?P<w>noon|"
             rf"midnight)){R}", _clock, 2),
        ]
    out += [
        ("numeric_date", r"(?<![\w.,/:-])(?P<a>0?[1-9]|[12]\d|3[01])(?P<sep>[-/.])(?P<b>0?[1-9]|[12]\d|3[01])"
         r"(?P=sep)(?P<y>\d{4}|\d{2})(?![\w]|[-/.,:]\d)", _numeric, 5),
        ("iso_date", rf"(?<![\w.,/:-])(?P<year>{Y4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
         rf"(?:[T ](?P<hh>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?)?(?![\w]|[-/.,:]\d)", _iso, 6),
    ]
    return tuple(Rule(name, re.compile(pattern, flags), handler, prio, NEEDS.get(name, ""))
                 for name, pattern, handler, prio in out)


@cache
def gates(lang: str) -> dict[str, re.Pattern[str]]:
    """Word class -> a regex finding any word of the class (tested before the rules needing it)."""
    alt = lx.alternation
    words = {
        "month": [*lx.MONTHS[lang], *lx.MONTH_ABBREVIATIONS[lang]],
        "weekday": [*lx.WEEKDAYS[lang], *lx.WEEKDAY_ABBREVIATIONS[lang]],
        "rel": list(lx.RELATIVE[lang]),
        "weekend": ["weekend"],
        "part": list(lx.PARTS[lang]),
        "season": list(lx.SEASONS[lang]),
        "quarter": ["kwartaal", "helft", "halfjaar", "q1", "q2", "q3", "q4"] if lang == "nl" else
        ["quarter", "half", "q1", "q2", "q3", "q4"],
        "decade": ["jaren"] if lang == "nl" else ["0s", "0's", "0’s", *[w for w in _DECADE_WORDS if w.endswith("ies")]],
        "century": ["eeuw"] if lang == "nl" else ["century"],
        "holiday": list(lx.HOLIDAYS),
        "dayword": list(_DAY_WORDS),
        "unit": list(lx.UNITS[lang]),
        "set": ["elke", "iedere", "ieder", "elk", "keer", "eens per"] if lang == "nl" else
        ["every", "each", "once", "twice", "times"],
        "ref": list(_REFS_NL if lang == "nl" else _REFS_EN),
        "clock": ["uur", "middernacht", "middaguur"] if lang == "nl" else ["noon", "midnight"],
    }
    out = {name: re.compile(alt(ws), re.IGNORECASE) for name, ws in words.items()}
    out["digit"] = re.compile(r"\d")
    return out


def _set_plural(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    wd = _g(m, "wd") or _g(m, "wd2") or ""
    base = wd.lower()
    base = base[:-1] if base.endswith("s") else base
    n = lx.weekday_number(base, lang)
    return Parsed("set", value=f"XXXX-WXX-{n}") if n else None


def _quarter_en(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    q = m.group("q").lower()
    n = 4 if q in ("final", "last") else int(parse_number(q, "en") or 0)
    if not 1 <= n <= 4:
        return None
    year, year_offset = _year_fields(m)
    if y2 := _g(m, "year2"):
        year = int(y2)
    if (year is None and year_offset is None and not re.search(r"\bquarter\s+(?:of|\d)", m.group(0), re.I)
            and _prev_word(text, m.start()) not in ("the", "in", "for", "during", "of")):
        return None
    return Parsed("calendar", quarter=n, year=year, year_offset=year_offset)


def _decade_en(m: re.Match[str], lang: str, text: str) -> Parsed | None:
    if dw := _g(m, "dw"):
        return Parsed("calendar", decade=190 + _DECADE_WORDS[dw.lower()], part=_part(m, lang))
    return _decade(m, lang, text)


# --------------------------------------------------------------------------- recognition
_SINCE = frozenset({"sinds", "sedert", "since"})


def find(text: str, lang: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Non-overlapping time mentions in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    lang = lang if lang in ("nl", "en") else "en"
    cands: list[tuple[int, int, int, int, int, str, Parsed]] = []
    gate = gates(lang)
    present: dict[str, bool] = {}
    for rule in rules(lang):
        if rule.needs:
            if rule.needs not in present:
                present[rule.needs] = gate[rule.needs].search(text, start, end) is not None
            if not present[rule.needs]:
                continue
        for m in rule.pattern.finditer(text, start, end):
            parsed = rule.handler(m, lang, text)
            if parsed is None:
                continue
            if parsed.kind in ("calendar", "weekday") and parsed.direction is None and \
                    _prev_word(text, m.start()) in _SINCE:
                parsed = dataclasses.replace(parsed, direction=-1)  # "sinds december": the last one
            a, b = m.span("x") if "x" in rule.pattern.groupindex and m.group("x") else m.span()
            a, b = _trim(text, a, b)
            if a < b:
                cands.append((a, b, m.end() - m.start(), rule.priority, len(cands), rule.name, parsed))
    cands.sort(key=lambda c: (-c[2], -c[3], c[0], c[4]))
    taken: list[tuple[int, int, str, Parsed]] = []
    for a, b, _, _, _, name, parsed in cands:
        if all(b <= ta or a >= tb for ta, tb, _, _ in taken):
            taken.append((a, b, name, parsed))
    taken.sort(key=lambda t: t[0])
    return [Mention(a, b, text[a:b], name, parsed) for a, b, name, parsed in taken]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and (text[b - 1] in " \t\n,;" or (text[b - 1] == "." and not _keeps_dot(text, a, b))):
        b -= 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def _keeps_dot(text: str, a: int, b: int) -> bool:
    """A final '.' belongs to the expression when it closes "a.s."/"a.m." style abbreviations."""
    return bool(re.search(r"(?:\b[a-z]\.[a-z]\.)$", text[a:b], re.I))
