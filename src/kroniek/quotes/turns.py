"""The turns of a broadcast transcript: a paragraph that opens with a speaker's label in capitals ("DARNELL PRICE:",
"SAMIR (27), UIT SYRIË:", "KUIPERS:") is that speaker's direct quote, without quotation marks. The programme's own
voices ("LEILA MARSH, HOST:", "VOICE-OVER:", and later "MARSH:") narrate: their turns are the article's text. A label
may stand alone, its turn in the paragraphs after it up to the next label.

A document is a transcript when its paragraphs open with the labels of two voices at least, one of them described (a
full name, an age, a role or a narrator's label); "UPDATE:" and "NOTE:" are no dialogue.
"""

from __future__ import annotations

import re

from ..model import Document
from .records import Attr, Found, Speaker
from .speakers import Analysis

#: a label: capitals (a name, or a description such as "UNIDENTIFIED PROTESTERS"), maybe an age in brackets, maybe a
#: role after a comma, then a colon and the turn
_LABEL = re.compile(r"(?P<name>[^\W\d_][^\W\d_ '’.-]*(?:[ '’.-]+[^\W\d_]+){0,3})(?P<age>\s*\(\d{1,3}\))?"
                    r"(?:,\s*(?P<role>[^\W\d_][^\n:,()]{0,40}?))?:(?:[ \t]+|[ \t]*$)", re.MULTILINE)
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


def transcript_turns(an: Analysis, doc: Document) -> list[Found]:
    """The direct quotes a transcript's turns are, with the label's speaker (see the module docstring)."""
    text = doc.text
    paragraphs = an.paragraphs
    found: list[tuple[re.Match[str], int, int]] = []  # label, its paragraph's end, the paragraph's index
    for k, (a, b) in enumerate(paragraphs):
        lead = len(text[a:b]) - len(text[a:b].lstrip())
        m = _LABEL.match(text, a + lead, b)
        if m is not None and _capitals(m.group("name")) and (m.group("role") is None or _capitals(m.group("role"))) and (
                not text[m.end():b].strip() or _running_text(text[m.end():b])):
            found.append((m, b, k))
    at = {k for _, _, k in found}
    labelled = [(m, b if text[m.end():b].strip() or k + 1 >= len(paragraphs) or k + 1 in at
                 else paragraphs[k + 1][1]) for m, b, k in found]  # a label alone: its turn is the next paragraph
    narrators = an.w.narrator_labels
    voices = {" ".join(_words(m.group("name"))) for m, _ in labelled}
    described = any(m.group("role") or m.group("age") or len(_words(m.group("name"))) > 1 or set(
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
        begin = m.end()
        while begin < b and text[begin].isspace():
            begin += 1
        direction = _DIRECTION.match(text, begin)
        start = direction.end() if direction is not None else begin
        end = b
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 2:
            continue
        a0, a1 = m.start("name"), m.end("name")
        surname = names[-1]
        entity = next((e.id for e in doc.entities if e.label == "PER" and e.text.lower().split()[-1:] == [surname]),
                      None)  # the speaker as the article names them ("That's Darnell Price")
        speaker = Speaker(entity, text[a0:a1], a0, a1, role.strip() or None)
        out.append(Found(start, end, "direct", Attr(m.start(), None, speaker), m.start()))
    return out


__all__ = ["transcript_turns"]
