"""The turns of a broadcast transcript: a paragraph that opens with a speaker's label in capitals ("DARNELL PRICE:",
"SAMIR (27), UIT SYRIË:", "KUIPERS:") is that speaker's direct quote, without quotation marks. The programme's own
voices ("LEILA MARSH, HOST:", "VOICE-OVER:", and later "MARSH:") narrate: their turns are the article's text. A label
may stand alone, its turn in the paragraphs after it up to the next label, or open a line inside a paragraph (a radio
script's "CUE: ...", then "ACTUALITY (Mkandawire): ..."); a name in brackets after the label is the speaker, the label
the kind of turn (a script's "VOICER (Phiri):" is its reporter's narration).

A document is a transcript when its paragraphs open with the labels of two voices at least, one of them described (a
full name, an age, a role or a narrator's label); "UPDATE:" and "NOTE:" are no dialogue.

A parliament's record labels its turns in title case, with the member's seat and party or the office holder's name
in brackets ("Helen Marwood (Exeter) (Lab):", "The Parliamentary Under-Secretary of State ... (Stephen Ashdown):",
"De heer Jansen (VVD):", then "Stephen Ashdown:", "Mr Speaker:"). Such a record has three turns at least, of two
voices, one label with brackets; it has no narrator: every turn is its speaker's quote.
"""

from __future__ import annotations

import re

from ..lines import DATELINE
from ..model import Document
from .records import Attr, Found, Speaker
from .speakers import Analysis

#: a label: capitals (a name, or a description such as "UNIDENTIFIED PROTESTERS"), maybe an age in brackets, maybe a
#: role after a comma, then a colon and the turn
_LABEL = re.compile(r"(?P<name>[^\W\d_][^\W\d_ '’.-]*(?:[ '’.-]+[^\W\d_]+){0,3})(?P<age>\s*\(\d{1,3}\))?"
                    r"(?:[ \t]*\((?P<who>[^\W\d_][^\W\d_()\n:]{1,40})\))?"
                    r"(?:,\s*(?P<role>[^\W\d_][^\n:,()]{0,40}?))?:(?:[ \t]+|[ \t]*$)", re.MULTILINE)
#: a record's label: a name or an office in title case (small joining words and commas allowed), its brackets, a colon
_RECORD_LABEL = re.compile(r"(?P<name>[^\W\d_a-z][^\s():]*(?:[ ][^\s():]+){0,16}?)"
                           r"(?P<brackets>(?:[ \t]*\([^()\n:]{1,80}\))*)[ \t]*:(?:[ \t]+|[ \t]*$)")
_BRACKET = re.compile(r"\(([^()\n:]{1,80})\)")
#: a name in brackets: two to four capitalised words ("(Stephen Ashdown)"; not "(Lab)" or "(Urgent Question)", which
#: a record's labels have for a party or the kind of business, and which come after the member's name)
_BRACKET_NAME = re.compile(r"[^\W\d_a-z][\w'’.-]+(?:[ ][^\W\d_a-z][\w'’.-]+){1,3}")
#: the longest word of a record label's name that may stay in lower case whatever it is
_JOINING_LETTERS = 4
#: a record has at least this many labelled turns
_MIN_RECORD_TURNS = 3
#: a stage direction that opens a turn ("(Chanting)", "[BEELD: ...]"): no words of the speaker
_DIRECTION = re.compile(r"(?:\([^)\n]{1,60}\)|\[[^\]\n]{1,80}\])\s*")
#: voices a transcript has at least
_MIN_TURNS = 2


def _capitals(words: str) -> bool:
    """Written wholly in capitals, with two letters at least ("PRICE", "UIT SYRIË"; not "Update" or "A")."""
    return words.upper() == words and sum(ch.isalpha() for ch in words) >= 2


def _running_text(turn: str) -> bool:
    """Whether a turn is said in sentences, not a form's field ("UA: 14/26 Index: AFR 46/1187/2026", "TAKE ACTION:
    WRITE AN APPEAL"): three words in lower case at least."""
    return sum(w[:1].islower() for w in turn.split()) >= 3


def _words(label: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", label.lower())


def _title_cased(name: str, lower: frozenset[str]) -> bool:
    """Every word of a record label's name starts with a capital, but for short joining words ("of", "for", "voor")
    and the language's titles and name connectors (``lower``: "De heer Jansen", "Secretary of State")."""
    words = re.findall(r"[^\W\d_][\w'’.-]*", name)
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or len(w) <= _JOINING_LETTERS or w in lower for w in words)


def _record_speaker(m: re.Match[str]) -> tuple[int, int, str | None]:
    """The span of a record label's speaker and the office it describes them by: the name in brackets after an office
    ("The Parliamentary Under-Secretary ... (Stephen Ashdown)"), else the label's name ("Helen Marwood", "Mr
    Speaker")."""
    name = m.group("name")
    if len(name.split()) > 4:  # an office, not a name
        for b in _BRACKET.finditer(m.string, m.start("brackets"), m.end("brackets")):
            inner = _BRACKET_NAME.fullmatch(b.group(1).strip())
            if inner is not None:
                lead = len(b.group(1)) - len(b.group(1).lstrip())
                return b.start(1) + lead, b.start(1) + lead + len(inner.group(0)), name
    return m.start("name"), m.end("name"), None


def _record_turns(text: str, paragraphs: list[tuple[int, int]], lower: frozenset[str]) -> list[tuple[re.Match[str], int]]:
    """A parliament's record's labels and their paragraphs' ends, where the text is such a record."""
    found: list[tuple[re.Match[str], int]] = []
    for a, b in paragraphs:
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        m = _RECORD_LABEL.match(text, a + lead, b)
        if m is not None and _title_cased(m.group("name"), lower) and _running_text(text[m.end():b]):
            found.append((m, b))
    voices = {text[a:b].lower() for m, _ in found for a, b, _ in [_record_speaker(m)]}
    if len(found) < _MIN_RECORD_TURNS or len(voices) < _MIN_TURNS or not any(m.group("brackets") for m, _ in found):
        return []
    return found


def _label(text: str, a: int, b: int) -> re.Match[str] | None:
    """The label in capitals that opens [a, b), with the turn it opens said in sentences or on the lines after it."""
    lead = len(text[a:b]) - len(text[a:b].lstrip())
    m = _LABEL.match(text, a + lead, b)
    dateline = DATELINE.match(text, a + lead, b)
    if m is None or dateline is not None and dateline.end() >= m.end():
        return None  # "EL ALTO, BOLIVIA - SEPTEMBER 14: Members of ...": a caption's dateline, no speaker
    if _capitals(m.group("name")) and (m.group("role") is None or _capitals(m.group("role"))) and (
            not text[m.end():b].strip() or _running_text(text[m.end():b])):
        return m
    return None


def _units(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs, each cut again where one of its lines opens with a label ("CUE: ...\nACTUALITY (Mkandawire):
    ...")."""
    out: list[tuple[int, int]] = []
    for a, b in paragraphs:
        start, pos = a, text.find("\n", a, b)
        while pos >= 0:
            end = text.find("\n", pos + 1, b)
            if _label(text, pos + 1, b if end < 0 else end) is not None:
                out.append((start, pos))
                start = pos + 1
            pos = end
        out.append((start, b))
    return out


def transcript_turns(an: Analysis, doc: Document) -> list[Found]:
    """The direct quotes a transcript's turns are, with the label's speaker (see the module docstring)."""
    text = doc.text
    paragraphs = _units(text, an.paragraphs)
    found: list[tuple[re.Match[str], int, int]] = []  # label, its paragraph's end, the paragraph's index
    for k, (a, b) in enumerate(paragraphs):
        m = _label(text, a, b)
        if m is not None:
            found.append((m, b, k))
    if not found:
        return [t for m, b in _record_turns(text, an.paragraphs, an.w.titles | an.w.connectors)
                if (t := _turn(doc, m.end(), b, *_record_speaker(m), m.start())) is not None] \
            or _call_turns(an, doc)
    at = {k for _, _, k in found}
    labelled = [(m, b if text[m.end():b].strip() or k + 1 >= len(paragraphs) or k + 1 in at
                 else paragraphs[k + 1][1]) for m, b, k in found]  # a label alone: its turn is the next paragraph
    narrators = an.w.narrator_labels
    voices = {" ".join(_words(m.group("name"))) for m, _ in labelled}
    described = any(m.group("role") or m.group("age") or m.group("who") or len(_words(m.group("name"))) > 1 or set(
        _words(m.group("name"))) & narrators for m, _ in labelled)
    if len(voices) < _MIN_TURNS or not described:
        return []  # "UPDATE:" and "NOTE:" are no dialogue: a transcript has two voices, one of them described
    own: set[str] = set()  # the names of the programme's own voices
    out: list[Found] = []
    for m, b in labelled:
        role = m.group("role") or ""
        names = _words(m.group("name"))
        if set(names) & narrators or set(_words(role)) & narrators:
            own.add(" ".join(names))
            own.update(names[-1:])  # "MARSH:" after "LEILA MARSH, HOST:"
            continue
        if " ".join(names) in own:
            continue
        who = "who" if m.group("who") else "name"  # "ACTUALITY (Mkandawire):": the clip's speaker
        turn = _turn(doc, m.end(), b, m.start(who), m.end(who), role.strip() or None, m.start())
        if turn is not None:
            out.append(turn)
    return out


#: a call transcript's speaker line: a name of one to four capitalised words, maybe with short particles between them
#: ("Anja de Vries"), alone on the paragraph's first line
_NAME_LINE = re.compile(r"[^\W\d_a-z][\w'’.-]*(?:[ ](?:[a-z]{1,3}[ ]){0,2}[^\W\d_a-z][\w'’.-]*){0,3}[ \t]*\n")


def _call_turns(an: Analysis, doc: Document) -> list[Found]:
    """A call's or a hearing's transcript that names each turn's speaker on a line of their own ("Martin Oyarzún",
    then his words): three turns at least, of two voices, one of them speaking again (a heading over running text is
    met once). Each line of a turn is a quote of its own; the narrator's turns ("Operator") are the text's own."""
    text = doc.text
    found: list[tuple[int, int, int]] = []  # the name's span and its paragraph's end
    for a, b in an.paragraphs:
        m = _NAME_LINE.match(text, a, b)
        if m is not None and _running_text(text[m.end():b]):
            found.append((a, m.end() - 1, b))
    voices = [text[a:e].strip().lower() for a, e, _ in found]
    if len(found) < _MIN_RECORD_TURNS or len(set(voices)) < _MIN_TURNS or len(set(voices)) == len(voices):
        return []
    out: list[Found] = []
    for (a, e, b), voice in zip(found, voices, strict=True):
        if set(_words(voice)) & an.w.narrator_labels:
            continue
        name_end = a + len(text[a:e].rstrip())
        line = e + 1
        while line < b:
            stop = text.find("\n", line, b)
            stop = b if stop < 0 else stop
            if (turn := _turn(doc, line, stop, a, name_end, None, a)) is not None:
                out.append(turn)
            line = stop + 1
    return out


def _turn(doc: Document, begin: int, b: int, a0: int, a1: int, description: str | None, label: int) -> Found | None:
    """The direct quote of the turn between a label's end ``begin`` and its paragraph's end ``b``, said by the
    speaker named at [a0, a1)."""
    text = doc.text
    while begin < b and text[begin].isspace():
        begin += 1
    direction = _DIRECTION.match(text, begin)
    start = direction.end() if direction is not None else begin
    end = b
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return None
    surname = _words(text[a0:a1])[-1:]
    entity = next((e.id for e in doc.entities if e.label == "PER" and e.text.lower().split()[-1:] == surname),
                  None)  # the speaker as the article names them ("That's Darnell Price")
    return Found(start, end, "direct", Attr(label, None, Speaker(entity, text[a0:a1], a0, a1, description)), label)


__all__ = ["transcript_turns"]
