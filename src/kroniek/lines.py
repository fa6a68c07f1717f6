"""Lines that are no sentences: a title, a standfirst without a full stop, a byline or a dateline.

Shared by the stages that read an article's top differently from its prose: the events stage (nominal style is
normal in a title, the lead starts after it) and the time tagger (a title's present tense tells what happened).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from .model import Sentence

#: what a sentence ends with, before any closing quotes and brackets (a list item's clause ends with ";": "overwegende
#: dat: – de ME 23 personen heeft aangehouden;")
FINAL_PUNCT = ".!?:…;"
CLOSERS = "\"”’'»)"


#: a title that closes on a quoted cry or question after its colon ('Banda Abou blokkeert wegen om water: "Nos ke
#: awa!"'): the cry's mark is the quote's, not the line's
_TITLE_CRY = re.compile(r"[^.!?:;\n]{3,}:\s*[\"“„«‘'][^\"“”„«»‘’\n]+[!?][\"”»’']")


def is_sentence(text: str) -> bool:
    """Does the line end as a sentence does (final punctuation, perhaps inside a closing quote: 'zei hij: "Nee."'),
    unlike a title, byline or dateline ("Security Ministry blames “violent groups”")?"""
    stripped = text.strip()
    bare = stripped.rstrip(CLOSERS)
    return bool(stripped) and (not bare or bare[-1] in FINAL_PUNCT)


def title_cry(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a paragraph of one line that closes on a quoted cry or question after a colon, as a
    title does ('Banda Abou blokkeert wegen om water: "Nos ke awa!"'), though its last mark is a sentence's."""
    a, b = line_span(text, start)
    return end >= b and not text[a:start].strip() and text[b:b + 2] in ("\n\n", "\n", "") \
        and text[max(0, a - 2):a] in ("\n\n", "") and _TITLE_CRY.fullmatch(text[start:end].strip()) is not None


#: what separates the parts of a breadcrumb ("Knack | Achtergrond | Misdaad", "News › World")
_CRUMB = re.compile(r"\s[|›»>]\s")


def is_label(text: str) -> bool:
    """A section label or breadcrumb above the title ("SPORT", "DRENTHE", "Omroep Gelderland | Rivierenland",
    "Knack | Achtergrond | Misdaad"): it says where the article stands and tells nothing."""
    stripped = text.strip()
    if not stripped or is_sentence(stripped):
        return False
    if len(stripped.split()) <= 3 and stripped.isupper():
        return True
    parts = _CRUMB.split(stripped)
    return len(parts) >= 2 and all(0 < len(p.split()) <= 4 for p in parts)


def first_sentence(text: str, sentences: Sequence[Sentence]) -> int | None:
    """The index of the article's first real sentence (final punctuation and a few words), after its title block;
    None when there is none. A site's name with a full stop ("africanews.") is no sentence."""
    return next((s.i for s in sentences if is_sentence(text[s.start:s.end])
                 and len(text[s.start:s.end].split()) >= _SENTENCE_WORDS and not title_cry(text, s.start, s.end)), None)


#: the fewest words of an article's first real sentence
_SENTENCE_WORDS = 3


def heading_lines(text: str, sentences: Sequence[Sentence]) -> frozenset[int]:
    """The sentences before the article's first real sentence: its title, standfirst, byline and dateline lines
    (none when no real sentence follows: a text of one unpunctuated line is no heading)."""
    first = first_sentence(text, sentences)
    return frozenset() if first is None else frozenset(s.i for s in sentences if s.i < first)


#: the article glued to some place names ("'s-Hertogenbosch", "’S-HERTOGENBOSCH" in a capitals dateline): the
#: name part after it decides the name's letter case
NAME_ARTICLES = ("'s-", "’s-")
#: the same as a regex part, in either case
NAME_ARTICLE = "(?i:" + "|".join(re.escape(a) for a in NAME_ARTICLES) + ")"


def name_part(word: str) -> str:
    """The word without its glued article ("'s-Hertogenbosch" -> "Hertogenbosch")."""
    return next((word[len(a):] for a in NAME_ARTICLES if word[:len(a)].lower() == a), word)


def article_part(text: str) -> bool:
    """Is ``text`` the start of a name's article ("’", "’S", "’S-"): what a tagger may leave out of a name."""
    return bool(text) and any(a.startswith(text.lower()) for a in NAME_ARTICLES)


#: a dateline: a place in capitals, maybe its country and a bracketed agency, then a dash ("LAGOS — ",
#: "GUSAU, Nigeria (AP) - ", "ROTTERDAM (ANP) - "), the date after the comma too ("KIEV, 15 februari (Reuters) - "),
#: or Belga's day and month before the agency and an equals sign ("BRUSSEL 10/02 (BELGA) = "), or a photo agency's
#: month and day in capitals after the dash ("EL ALTO, BOLIVIA - SEPTEMBER 14: ", "ZWOLLE, NEDERLAND - 15 SEPTEMBER: ")
DATELINE = re.compile(r"\s*(?:" + NAME_ARTICLE + r")?[^\W\d_a-z]{2,}(?:[ .'-]+[^\W\d_a-z]+)*\.?(?:\s*,\s*[^\W_][\w .]*)?"
                      r"(?:\s+\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?(?:\s*\([^)]*\))?\s+(?:[-–—]+|=)\s*"
                      r"(?:(?:[^\W\d_a-z]{3,}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_a-z]{3,}\.?)(?:,?\s*\d{4})?:\s+)?")


def is_caption(line: str, markers: Collection[str]) -> bool:
    """A photo caption's line, by a credit with one of the language's caption words (``markers``, lower case): opening
    the line ("Foto: ...", "Photograph: ..."), after the caption's sentence ("... on Tuesday morning. Photo: Social
    media"), in brackets at its end ("... in Temuco. (Pic Carabineros de Chile)", "(Beeld: screenshot Facebook)") or
    in capitals at its end ("... FOTO JAN DE VRIES")."""
    stripped = line.strip()
    head, colon, _ = stripped.partition(":")
    if colon and head.strip().lower() in markers:
        return True
    credit = re.search(r"(?:^|[.!?]\s+|\()([^\W\d_]+)\b:?[^.!?()]*\)?$", stripped)
    if credit and credit.group(1).lower() in markers and (credit.group(0).startswith("(") or ":" in credit.group(0)):
        return True
    words = stripped.split()
    return any(w.lower() in markers and w.isupper() and all(x[:1].isupper() for x in words[n + 1:])
               for n, w in enumerate(words[:-1]))


#: a list item's bullet, with the space after it ("• ", "– ", "* ")
BULLET = re.compile(r"[•▪►‣◦●·*\-–]\s+")
#: a forum's or a feed's tag in brackets opening a title, with the space after it ("[NWS] ", "[VIDEO] ")
TITLE_TAG = re.compile(r"\[[A-Z0-9]{2,12}\][ \t]+")


def in_title_tag(text: str, start: int, end: int) -> bool:
    """Whether [start, end) lies in the bracketed tag that opens its line ("NWS" of "[NWS] Rellen bij ..."): a
    channel's label, no party to what the title tells."""
    a, _ = line_span(text, start)
    m = TITLE_TAG.match(text, a)
    return m is not None and end <= m.end()


def in_one_list(text: str, a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` lie in items of one bulleted list: each line from a's to b's opens with a
    bullet, with no blank line between ("– op zondag 1 november ...;\n– de Mobiele Eenheid ...;")."""
    lo, hi = sorted((a, b))
    start = line_span(text, lo)[0]
    end = line_span(text, hi)[0]
    while True:
        if not BULLET.match(text, start):
            return False
        if start >= end:
            return True
        start = text.find("\n", start) + 1
        if start <= 0:
            return False


def in_list_item(text: str, pos: int) -> bool:
    """Whether the line holding offset ``pos`` is a list item: it opens with a bullet."""
    return BULLET.match(text, line_span(text, pos)[0]) is not None


def line_span(text: str, pos: int) -> tuple[int, int]:
    """Where the line holding offset ``pos`` starts and ends (its newline excluded)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


#: a text's day headers are read as such where it has this many (a single date on a line is a byline's or a stamp's)
_MIN_DAY_HEADERS = 2


def alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is all its line says, but for a closing colon ("17 oktober", "Saturday 14 November:")."""
    a, b = line_span(text, start)
    return end <= b and text[a:b].strip().rstrip(":").rstrip() == text[start:end]


#: the separators of a post's stamp line ("#214 · VERIFIED · 24 Sep 2026 07:45", "Moderator note | 24 Sep 2026")
_STAMP_FIELDS = re.compile(r"\s+[·|•]\s+")
#: a clock after a date on its line ("24 Sep 2026 07:45", "[10/10, 06:00]", "3 okt, 16.30 uur", "07:45 hrs",
#: "18:52:04")
_CLOCK_AFTER_DATE = r",?[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?::[0-5]\d)?(?:[ \t]*(?:uur|u|h|hrs))?"
#: a clock after the stamp's date, in the same field
_STAMP_CLOCK = re.compile(rf"[ \t]*{_CLOCK_AFTER_DATE}[ \t]*")


def stamps_line(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is one field of a post's stamp line, on its own or before its clock ("#201 · UNVERIFIED ·
    23 Sep 2026 16:30"): a crowd map's or a feed's posts are headed by such lines."""
    a, b = line_span(text, start)
    seps = list(_STAMP_FIELDS.finditer(text, a, b))
    if end > b or not seps:
        return False
    bounds = [a, *(m.end() for m in seps)]
    ends = [*(m.start() for m in seps), b]
    for lo, hi in zip(bounds, ends, strict=True):
        if lo <= start and end <= hi:
            rest = text[end:hi]
            return not text[lo:start].strip() and (not rest.strip() or _STAMP_CLOCK.fullmatch(rest) is not None)
    return False


#: what follows a forum post's date on its header line: its clock, to the second or not, and the post's number
#: ("zaterdag 7 november 2026 @ 18:52:04 #1", "Sat 7 Nov 2026, 18:52 #12")
_POST_TAIL = re.compile(rf"[ \t]*(?:@[ \t]*)?{_CLOCK_AFTER_DATE}(?:[ \t]+#\d+)?[ \t]*")


def heads_post(text: str, start: int, end: int) -> bool:
    """Whether [start, end) opens a forum post's header line, its clock and number all that follows it ("zaterdag 7
    november 2026 @ 18:52:04 #1"): what the post under it tells relative to a day ("Vannacht") leans on that day."""
    a, b = line_span(text, start)
    return end <= b and not text[a:start].strip() and _POST_TAIL.fullmatch(text, end, b) is not None


#: what may stand before a log entry's or a dated heading's date on its line: an opening bracket
_ENTRY_OPEN = re.compile(r"[ \t]*[\[(]?[ \t]*")
#: what follows a log entry's date: its clock and the bracket's close, or a dash or a bar ("[10/10, 06:00] Piendamó –
#: ...", "Di 03/11 | Kortrijk")
_ENTRY_DATE_TAIL = re.compile(rf"(?:{_CLOCK_AFTER_DATE})?[ \t]*"
                          r"(?:[\])][ \t]*(?:[-–—][ \t]+)?|[-–—:|][ \t]+)")


def heads_entry(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the stamp that opens a log entry ("[10/10, 06:00] Piendamó – De UNDMO ...") or a dated
    heading whose title has no sentence's end ("15 november 2026 – Mars door de stad"): what the entry or the lines
    under the heading tell happened on that day, unless they say otherwise."""
    a, b = line_span(text, start)
    if end > b or not _ENTRY_OPEN.fullmatch(text, a, start):
        return False
    m = _ENTRY_DATE_TAIL.match(text, end, b)
    if m is None:
        return False
    bracketed = "[" in text[a:start] or "(" in text[a:start]
    return bracketed == bool(re.search(r"[\])]", m.group(0))) and (bracketed or not is_sentence(text[m.end():b]))


def day_headers(text: str, dates: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the spans of ``dates`` (days), those that stand alone on their lines as day headers ("17 oktober", "Saturday
    14 November:"), head a post as a field of its stamp line ("#201 · UNVERIFIED · 23 Sep 2026 16:30") or with its
    clock ("zaterdag 7 november 2026 @ 18:52:04 #1"), or open a log entry or a dated heading ("[10/10, 06:00]
    Piendamó – ...", "15 november 2026 – Mars door de stad"), where the text has two of them at least: a channel's,
    a live page's or a crowd map's posts are told under the day they were written. Read by the time tagger (what a post says relative to a day leans on it) and the events (an act with no
    date of its own under one happened that day)."""
    found = sorted((a, b) for a, b in dates
                   if alone_on_line(text, a, b) or stamps_line(text, a, b) or heads_entry(text, a, b)
                   or heads_post(text, a, b))
    return found if len(found) >= _MIN_DAY_HEADERS else []


#: a log entry's bracketed stamp opening the line before a place ("[11/10, 15:40] "), and the dash after the place
_ENTRY_BRACKET = re.compile(r"[ \t]*\[[^\]\n]{1,40}\][ \t]*")
_ENTRY_DASH = re.compile(r"[ \t]+[–—-][ \t]")


def opens_entry(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the name that opens a log entry after its stamp, before a dash ("[11/10, 15:40]
    Piendamó – De politie ..."): where the entry took place, as a dateline's place is where a story was filed."""
    line = text.rfind("\n", 0, start) + 1
    return _ENTRY_BRACKET.fullmatch(text, line, start) is not None and _ENTRY_DASH.match(text, end) is not None


def opens_dateline(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is the place in capitals that opens a line's dateline ("ROTTERDAM (ANP) - ",
    "GUSAU, Nigeria (AP) - ")."""
    line = line_span(text, start)[0]
    if text[line:start].strip() or not text[start:end].isupper():
        return False
    m = DATELINE.match(text, line)
    return m is not None and m.end() > end
