"""Handlers of expressions built on an amount or a recurring unit: durations, offsets ("drie weken
geleden"), anaphors ("two days later"), sets ("elke maandag"), vague references and clock times.

Language-neutral like :mod:`.handlers`; :func:`duration_value` computes ISO 8601 durations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from .lexicon import CLOCK_UNIT_HOURS, DURATION_LETTER, Lexicon
from .numbers import is_few, parse_number
from .reading import group, next_word, norm, prev_word, rel
from .spec import Parsed
from .tense import looks_finite


@cache
def _and_half(lx: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{lx.fact('and_a_half')})$", re.IGNORECASE)


def _singular_mismatch(m: re.Match[str], lx: Lexicon) -> bool:
    """ "a months-long standoff": an article before a plural unit is no amount."""
    if norm(group(m, "n") or "") in lx.fact_words("singular_amount_words"):
        return norm(group(m, "unit") or "") in lx.plural_units
    return False


def _amount(m: re.Match[str], lx: Lexicon) -> tuple[float | None, bool]:
    """(amount, approximate) from the groups ``n``, ``half`` and ``q``."""
    n = group(m, "n") or "1"
    approx = norm(group(m, "q") or "") in lx.approximate_qualifiers
    if is_few(n, lx.language):
        return None, True
    half = 0.5 if group(m, "half") else 0.0
    and_half = _and_half(lx)
    if and_half.search(n):
        n, half = and_half.sub("", n), 0.5
    value = parse_number(n, lx.language)
    if value is not None:
        value += half
    return value, approx


def duration_value(amount: float | None, unit: str) -> str:
    """ISO 8601 duration of ``amount`` ``unit`` ("P6W"); fractions step down to a smaller unit."""
    if unit in ("quarterhour", "halfhour"):  # "een kwartier", "een halfuur": minutes
        return "PTXM" if amount is None else f"PT{round(amount * CLOCK_UNIT_HOURS[unit] * 60)}M"
    if unit == "fortnight":
        unit, amount = "week", None if amount is None else amount * 2
    letter = DURATION_LETTER[unit]
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


def _counted_unit(m: re.Match[str], lx: Lexicon, most: int) -> tuple[float | None, bool, str] | None:
    """(amount, approximate, unit) of "drie weken"/"three weeks", or None when the unit is unknown, its
    number disagrees with the amount, or the amount is over ``most`` (then it is no duration)."""
    if _singular_mismatch(m, lx):
        return None
    amount, approx = _amount(m, lx)
    unit = lx.units.get(norm(m.group("unit")))
    if unit is None or (amount is not None and amount > most):
        return None
    return amount, approx, unit


def _offset(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    counted = _counted_unit(m, lx, 500)
    if counted is None:
        return None
    amount, approx, unit = counted
    direction = -1 if norm(group(m, "ago") or "") in lx.fact_words("ago_words") else 1
    if lx.fact("future_preposition_ambiguous") and direction == 1 and not group(m, "in_"):
        nxt = re.sub(r"[^\w'’-]+$", "", next_word(text, m.end()))
        if nxt.isalpha() and nxt.islower() and nxt not in lx.not_noun_after and not looks_finite(nxt, lx.language):
            # "een boek over twee jaar oorlog": 'about', a duration
            return Parsed("duration", value=duration_value(amount, unit), approximate=approx or amount is None)
    fallback = duration_value(amount, unit) if group(m, "in_") else None
    return Parsed("offset", unit=unit, amount=amount, direction=direction, approximate=approx, value=fallback)


def _anaphor(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    amount, approx = _amount(m, lx)
    unit = lx.units.get(norm(m.group("unit"))) or lx.anaphor_units.get(norm(m.group("unit")))
    if unit is None:
        return None
    direction = -1 if norm(group(m, "dir") or "") in lx.fact_words("anaphor_backward_words") else 1
    return Parsed("anaphor", unit=unit, amount=amount, direction=direction, approximate=approx)


def _bare_anaphor(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    """"Hours later", "uren later": an untold number of short units after the previous dated expression, so
    on its day, approximately."""
    parsed = _anaphor(m, lx, text)
    return None if parsed is None else replace(parsed, amount=None, approximate=True)


def _same(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    word = norm(m.group("unit"))
    unit = lx.anaphor_units.get(word)
    return Parsed("anaphor", unit=unit, amount=0.0, direction=1, daypart=lx.dayparts.get(word)) if unit else None


def _duration(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    counted = _counted_unit(m, lx, 1000)
    if counted is None:
        return None
    amount, approx, unit = counted
    if unit == "hour" and prev_word(text, m.start()) in lx.fact_words("clock_prepositions"):
        return None  # "om 3 uur": a clock time
    if group(m, "n") and norm(m.group("n")) in lx.fact("no_amount_words").get(unit, ()):
        return None  # "a second" is an ordinal
    return Parsed("duration", value=duration_value(amount, unit), approximate=approx or amount is None)


def _vague_duration(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    return Parsed("duration", value=lx.vague_durations[norm(m.group("w"))], approximate=True)


def _ref(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    word = norm(m.group("w"))
    not_before = lx.fact("reference_not_before").get(word)
    if not_before and re.match(not_before, text[m.end():m.end() + 40], re.IGNORECASE):
        return None  # "nu.nl" is a website
    return Parsed("ref", value=lx.references[word])


def _plural_ref(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    direction = rel(m, lx)
    if norm(m.group("rel")) in lx.fact_words("past_plural_ref_words"):
        direction = -1
    if direction is None or direction == 0:
        return None
    return Parsed("ref", value="PAST_REF" if direction < 0 else "FUTURE_REF", approximate=True)


def _rel_duration(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    amount, approx = _amount(m, lx)
    unit = lx.units.get(norm(m.group("unit")))
    if unit is None or amount is None:
        return None
    return Parsed("duration", value=duration_value(amount, unit), approximate=approx)


def _set(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    if wd := group(m, "wd"):
        n = lx.weekday_number(wd)
        if n is None:
            return None
        dp = lx.dayparts.get(norm(group(m, "dp") or ""))
        return Parsed("set", value=f"XXXX-WXX-{n}" + (f"T{dp}" if dp else ""))
    value = lx.set_values.get(norm(group(m, "unit") or ""))
    unit = group(m, "unit") or ""
    if unit[:1].isupper() and unit[1:].islower() and (
            next_word(text, m.end())[:1].isupper() or prev_word(text, m.start())[:1].isupper()):
        return None  # a word of a title-case name: "The Daily Mail", "Athens Daily Newspapers"
    return Parsed("set", value=value) if value else None


def _set_plural(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    base = (group(m, "wd") or group(m, "wd2") or "").lower()
    base = base[:-1] if base.endswith("s") else base
    n = lx.weekday_number(base)
    return Parsed("set", value=f"XXXX-WXX-{n}") if n else None


def _clock(m: re.Match[str], lx: Lexicon, text: str) -> Parsed | None:
    h = group(m, "h") or group(m, "hw")
    if h is None:
        hour = lx.clock_words.get(norm(group(m, "w") or ""))
        return Parsed("clock", hour=hour, minute=0) if hour is not None else None
    n = parse_number(h, lx.language)
    if n is None:
        return None
    hour = int(n)
    minute = int(group(m, "mi") or 0)
    ampm = norm(group(m, "ampm") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    daypart_hours = lx.fact("clock_daypart_hours")
    dp = norm(group(m, "dp") or "")
    if dp in daypart_hours and hour < 12:
        hour += daypart_hours[dp]  # "om 8 uur 's avonds"
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    offset = lx.fact("clock_offsets").get(norm(group(m, "off") or ""), 0)  # "half tien", "quarter to nine"
    twelve = group(m, "hw") is not None and not dp and not ampm and hour <= 12
    hour, minute = divmod(hour * 60 + minute + offset, 60)
    second = int(s) if (s := group(m, "se")) is not None else None
    return Parsed("clock", hour=hour % 24, minute=minute, second=second, twelve_hour=twelve)


AMOUNT_HANDLERS: dict[str, Callable[[re.Match[str], Lexicon, str], Parsed | None]] = {
    "offset": _offset, "anaphor": _anaphor, "bare_anaphor": _bare_anaphor, "same": _same, "duration": _duration,
    "vague_duration": _vague_duration, "ref": _ref, "plural_ref": _plural_ref, "rel_duration": _rel_duration,
    "set": _set, "set_plural": _set_plural, "clock": _clock,
}
