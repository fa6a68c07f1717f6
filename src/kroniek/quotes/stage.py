"""The quotes stage: every direct and indirect quote of a document, with ids, in text order."""

from __future__ import annotations

import bisect
import re

from ..model import Document, Quote
from ..registry import field_stage
from .direct import continuation, direct_attribution, find_directs
from .indirect import indirect, said_before
from .records import Attr, Direct, Found
from .speakers import Analysis


def extract(doc: Document) -> tuple[Quote, ...]:
    """Direct and indirect quotes of ``doc`` with their speakers."""
    an = Analysis(doc)
    text = doc.text
    an.directs = find_directs(an, text, an.paragraphs)
    events: list[Attr] = []  # every attribution seen, for continuation quotes
    found: list[Found] = []

    # 1. indirect speech and cue clauses outside direct quotes
    previous_sentence = None
    for s in doc.sentences:
        found.extend(indirect(an, s.start, s.end, events))
        if previous_sentence is not None:
            back = said_before(an, previous_sentence, s)
            if back is not None:
                found.append(back)
        previous_sentence = s

    # 2. direct quotes with their own attribution
    directs: list[tuple[Direct, Attr | None, bool]] = []
    for d in an.directs:
        attr, has_clause = direct_attribution(an, d)
        if attr is not None and attr.speaker is not None:
            events.append(Attr(d.open_pos, attr.cue, attr.speaker))
            an.spoken.append(attr.speaker)
        directs.append((d, attr, has_clause))
    events.sort(key=lambda x: x.pos)

    previous: tuple[Direct, Attr | None] | None = None
    for d, attr, has_clause in directs:
        words = len(re.findall(r"\w+", text[d.start:d.end]))
        para = an.paragraph_of(d.open_pos)
        pa, pb = an.paragraphs[para]
        alone = not text[pa:d.open_pos].strip() and not text[d.close_pos + 1:pb].strip(" .")
        if alone and words <= 10 and not re.search(r"[.!?…]$", text[d.start:d.end]) and not d.continued \
                and not d.open_end:
            previous = None
            continue  # a headline that is a quotation
        if attr is None and words <= 3 and not has_clause:
            continue  # scare quotes / titles
        before_word = re.search(r"([^\W\d_]+)\s*$", text[max(0, d.open_pos - 30):d.open_pos])
        if words <= 4 and before_word and before_word.group(1)[:1].islower() \
                and before_word.group(1).lower() not in an.w.speech_verbs | an.w.cues.complementizers \
                and not re.search(r"[.!?]$", text[d.start:d.end]):
            continue  # "called it a 'dark day'", "as 'a precautionary measure'": a phrase, not a quote
        if attr is None and not has_clause:
            attr = continuation(an, d, previous, events)
        found.append(Found(d.start, d.end, "direct", attr, d.open_pos))
        previous = (d, attr)

    # an indirect clause that is mostly a quotation ("zei dat "de situatie onhoudbaar is"") is that quotation
    directs_found = [f for f in found if f.kind == "direct"]  # in text order, never overlapping
    direct_ends = [d.end for d in directs_found]

    def overlapping(f: Found) -> list[Found]:
        """The direct quotes found that overlap ``f``: a binary search on their ends, not a scan per clause."""
        k, out = bisect.bisect_right(direct_ends, f.start), []
        while k < len(directs_found) and directs_found[k].start < f.end:
            out.append(directs_found[k])
            k += 1
        return out

    def own_words(f: Found) -> int:
        inside = [(d.start - 1, d.end + 1) for d in overlapping(f)]
        rest = "".join(ch for k, ch in enumerate(text[f.start:f.end], f.start)
                       if not any(a <= k < b for a, b in inside))
        return len(re.findall(r"\w+", rest))

    found = [f for f in found if f.kind == "direct" or not overlapping(f) or own_words(f) > 2]
    found.sort(key=lambda f: f.start)
    quotes: list[Quote] = []
    for f in found:
        sp = f.attr.speaker if f.attr else None
        cue = f.attr.cue if f.attr else None
        quotes.append(Quote(
            id=f"qt{len(quotes) + 1}", text=text[f.start:f.end], start=f.start, end=f.end,
            kind="direct" if f.kind == "direct" else "indirect",
            speaker=sp.entity if sp else None, speaker_text=sp.text if sp else None,
            speaker_description=sp.description if sp else None, cue=cue.text if cue else None,
            speaker_start=sp.start if sp and sp.text else None, speaker_end=sp.end if sp and sp.text else None,
            cue_start=cue.start if cue else None, cue_end=cue.end if cue else None))
    return tuple(quotes)


STAGE = field_stage("kroniek.quotes.v1", extract, requires=("sentences", "tokens", "entities"), assigns="quotes",
                    help="Direct and indirect quotes with their speakers.")
