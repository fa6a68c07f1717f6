"""What the tagger read in a time expression, before it is anchored (typed, not a dict)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["calendar", "relative", "offset", "weekday", "duration", "set", "ref", "clock", "anaphor"]
Tense = Literal["past", "present", "future"]


@dataclass(frozen=True, slots=True)
class Parsed:
    """One recognised expression's meaning.

    * ``calendar``: (partial) calendar period: year/month/day, season, quarter, half, week number,
      decade, century or holiday; a missing year is chosen by ``direction`` or the clause's tense.
    * ``relative``: the ``unit`` (day, week, month, year, quarter, weekend, decade, century, season)
      ``amount`` steps from the publication date ("vorige week" = week, -1).
    * ``offset``: ``amount`` x ``unit`` before (``direction`` -1, "geleden"/"ago") or after (+1).
    * ``weekday``: a day of the week, in the week ``amount`` weeks away when given, else the previous
      (``direction`` -1), next (+1), same week (0) or by tense (None).
    * ``duration``/``set``/``ref``: ``value`` is final (P1W, XXXX-WXX-1, PAST_REF).
    * ``clock``: ``hour``/``minute`` on the day of the nearest dated expression or the publication.
    * ``anaphor``: ``amount`` x ``unit`` after (+1) or before (-1) the previous dated expression.
    """

    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    week: int | None = None
    season: str | None = None
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    holiday: str | None = None  # the holiday's date rule ("easter 39", see lexicon.holiday_date)
    weekday: int | None = None
    year_offset: int | None = None  # "3 maart vorig jaar": the year relative to the publication
    unit: str | None = None
    amount: float | None = None
    direction: int | None = None
    part: str | None = None  # START | MID | END
    daypart: str | None = None  # MO | AF | EV | NI
    hour: int | None = None
    minute: int | None = None
    second: int | None = None  # a forum's or a log's stamp to the second ("@ 18:52:04")
    twelve_hour: bool = False  # a clock time on a twelve-hour dial ("half elf", "om 10 uur"), its half of the day untold
    value: str | None = None
    approximate: bool = False
    overnight: bool = False  # "de nacht van zaterdag op zondag": a night placed by the day it ends
    recent: bool = False  # "afgelopen week"/"the past week": the week now ending, late in a week
    swappable: bool = False  # a numeric date whose day and month may be read the other way round ("09-02-2026")
