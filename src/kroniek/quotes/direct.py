"""Direct quotes: the text between quote marks (across sentences, continued over paragraphs), and the
attribution of each: its own clause, the sentence after it, or the speaker of its paragraph."""

from __future__ import annotations

import bisect
import re

from .records import Attr, Direct, Speaker
from .speakers import Analysis

_OPEN_CLOSE = {"“": "”", "„": "”", "«": "»", "‹": "›", "‘": "’", '"': '"', "'": "'", "”": "”", "‚": "’"}
# Dutch print writes ,,zo'' with two commas and two apostrophes: a two-character pair, kept apart from
# the one-character marks so that a lone comma or apostrophe is never read as half of it.
_PAIR_OPEN, _PAIR_CLOSE = ",,", "''"
_PARAGRAPH_OPENERS = ("“", "„", '"', "'", "‘", "«")


def _opens_paragraph(text: str, pa: int, carry: str) -> int:
    """How many characters of the mark that reopens a quote continued from the previous paragraph start
    paragraph ``pa`` (0: none)."""
    if text.startswith(_PAIR_OPEN, pa):
        return 2
    return 1 if text[pa:pa + 1] in (carry, *_PARAGRAPH_OPENERS) else 0


def _valid_open(an: Analysis, text: str, i: int, ch: str) -> bool:
    before = text[i - 1:i]
    after = text[i + 1:i + 2]
    if not after or after.isspace():
        return False
    if ch in ("'", "’", "‘") and an.w.elision.match(text[i + 1:i + 4]) and ch != "‘":
        return False  # 's avonds, 't, zo'n
    if ch == "'" and re.match(r"\d0s|\d\d\b", text[i + 1:i + 4]):
        return False  # '90s, '22
    return not before or before.isspace() or before in "([{—–-:;,/"


def _valid_close(text: str, i: int, ch: str) -> bool:
    before = text[i - 1:i]
    after = text[i + 1:i + 2]
    if not before or before.isspace():
        return False
    if ch in ("'", "’") and after.isalnum():
        return False  # regio's, don't
    return not after or not after.isalnum()


def find_directs(an: Analysis, text: str, paragraphs: list[tuple[int, int]]) -> list[Direct]:
    out: list[Direct] = []
    carry: str | None = None  # the opening mark of a quote left open at the previous paragraph's end
    for pa, pb in paragraphs:
        i = pa
        state: tuple[str, int] | None = None
        continued = False
        width = _opens_paragraph(text, pa, carry) if carry is not None else 0
        if carry is not None and width:
            state = (_PAIR_OPEN if width == 2 else text[pa] if carry == _PAIR_OPEN else carry, pa)
            continued = True
            i = pa + width
        carry = None
        while i < pb:
            ch = text[i]
            if state is None:
                if text.startswith(_PAIR_OPEN, i) and i + 2 < pb and not text[i + 2].isspace() \
                        and not text[i - 1:i].isalnum():
                    state = (_PAIR_OPEN, i)  # the quote's open_pos is its first comma
                    continued = False
                    i += 2
                    continue
                if ch in _OPEN_CLOSE and ch not in ("’", "»", "›") and _valid_open(an, text, i, ch):
                    state = (ch, i)
                    continued = False
            elif state[0] == _PAIR_OPEN:
                if text.startswith(_PAIR_CLOSE, i) and not text[i - 1].isspace() and i > state[1] + 2:
                    out.append(Direct(state[1] + 2, i, state[1], i + 1, continued=continued))
                    state = None
                    continued = False
                    i += 1
            else:
                opener, pos = state
                closers = {_OPEN_CLOSE[opener]}
                if opener in ("“", "„"):
                    closers |= {"”", "“"}
                if ch in closers and _valid_close(text, i, ch) and i > pos + 1:
                    out.append(Direct(pos + 1, i, pos, i, continued=continued))
                    state = None
                    continued = False
            i += 1
        if state is not None:
            opener, pos = state
            k = bisect.bisect_right(paragraphs, pa, key=lambda p: p[0])  # paragraphs are in text order
            nxt = paragraphs[k] if k < len(paragraphs) else None
            reopened = nxt is not None and _opens_paragraph(text, nxt[0], opener) > 0
            if reopened and opener not in ("'", "‘") or (nxt is not None and text[nxt[0]:nxt[0] + 1] == opener):
                out.append(Direct(pos + len(opener), pb, pos, pb, continued=continued, open_end=True))
                carry = opener
    # trim the content
    trimmed = []
    for d in out:
        s, e = d.start, d.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        if e > s:
            trimmed.append(Direct(s, e, d.open_pos, d.close_pos, d.continued, d.open_end))
    return sorted(trimmed, key=lambda d: d.open_pos)



#: a dash after a quotation and the name it is signed with, to the end of its line
_SIGNATURE = re.compile(r"[ \t]*[–—][ \t]+(?=[^\n]{3,60}$)")


def direct_attribution(an: Analysis, d: Direct) -> tuple[Attr | None, bool]:
    """The attribution of a direct quote from its own sentence (after, then before) or the next one."""
    text = an.text
    if d.open_end:
        return None, False
    close = d.close_pos
    sa, sb = an.sentence_span(close)
    nxt_open = next((x.open_pos for x in an.directs_overlapping(close + 1, len(text) + 1) if x.open_pos > close),
                    len(text))
    after_end = min(sb, nxt_open)
    tail = text[close + 1:after_end]
    first = tail.split()[0].lower() if tail.split() else ""
    # ("blamed the violence on "…" and said the arrears would be paid": a verb the sentence's subject goes on with,
    # no cue whose subject follows it)
    signed = _SIGNATURE.match(tail)
    if signed is not None:  # "'... geen sprake.' – woordvoerder Jens Vandamme": who signs the quote after a dash
        sp = an.speaker_in(close + 1 + signed.end(), close + 1 + len(tail.rstrip(" .\n")), at=close + 1)
        if sp is not None:
            return Attr(close + 1, None, sp), True
    if tail.strip(" .!?\n") and first not in an.w.coordinators:
        attr = an.attribution(close + 1, after_end, prefer_before=False, at=close)
        if attr is not None:
            return attr, True
    # before: "Peskov zei: "…"" / "Deen: "…""
    oa, _ = an.sentence_span(d.open_pos)
    prev = an.direct_before(d.open_pos)
    prev_close = prev.close_pos + 1 if prev is not None else 0
    before_start = max(oa, prev_close)
    before = text[before_start:d.open_pos]
    if before.strip():
        attr = an.attribution(before_start, d.open_pos, prefer_before=True, at=before_start)
        if attr is not None and re.search(r"(?:[:,]|\b(?:dat|that))\s*$", before, re.IGNORECASE):
            return attr, True  # "Peskov zei: "…"", "Hij zei dat "de situatie onhoudbaar is""
        if re.search(r":\s*$", before):
            intro = an.words(before_start, d.open_pos)
            comma = next((k for k, w in enumerate(intro) if w.text == ","), None)
            described = an.described_person(intro, 0, comma) if comma is not None else None
            # "Een studente die naar haar tentamen moest, is boos: '…'": the person, not the whole clause
            sp = Speaker(None, text[described[0]:described[1]], described[0], described[1], None) if described \
                else an.speaker_in(before_start, d.open_pos - 1, at=before_start)
            if sp is None and intro and intro[0].low in an.w.pronouns - an.w.non_names:
                # "Zij was zichtbaar aangedaan: ,,…''", "She was moved: "…"": the clause's subject speaks
                sp = an.resolve_pronoun(intro[0], before_start)
            if sp is not None:
                return Attr(before_start, None, sp), True
    # the next sentence: "Zo luidde het bericht van …", "Dat zegt …", "Aldus …"
    if not tail.strip(" \n") or tail.strip() in (".", "!", "?"):
        para = an.paragraphs[an.paragraph_of(close)]
        k = bisect.bisect_left(an.doc.sentences, sb, key=lambda s: s.start)  # sentences are in text order
        s2 = an.doc.sentences[k] if k < len(an.doc.sentences) and an.doc.sentences[k].start < para[1] else None
        if s2 is not None and not an.in_direct(s2.start):
            words = an.words(s2.start, s2.end)
            if words and words[0].low in an.w.anaphoric_openers \
                    and any(w.low in an.w.cues.attribution_adverbs or an.is_cue(words, k) for k, w in enumerate(words[:4])):
                attr = an.attribution(s2.start, s2.end, prefer_before=False, at=s2.start)
                if attr is not None:
                    return attr, True
    return None, False


def continuation(an: Analysis, d: Direct, previous: tuple[Direct, Attr | None] | None,
                  events: list[Attr]) -> Attr | None:
    """A quote without an attribution of its own: the paragraph's latest speaker, or the quote it continues.
    ``events``: the attributions seen, sorted by position."""
    para = an.paragraph_of(d.open_pos)
    pa, _ = an.paragraphs[para]
    if d.continued and previous is not None:
        return Attr(d.open_pos, None, previous[1].speaker if previous[1] else None)
    # ``events`` is sorted by position: the paragraph's are a slice, not a scan of every attribution per quote
    lo, hi = (bisect.bisect_left(events, x, key=lambda e: e.pos) for x in (pa, d.open_pos))
    in_para = [e for e in events[lo:hi] if e.speaker is not None]
    if in_para:
        sp = in_para[-1].speaker
        assert sp is not None
        # the same speaker as introduced with a description ("Mark Serwotka, general secretary of …")
        fuller = [e.speaker for e in in_para if e.speaker is not None and e.speaker.description
                  and (e.speaker.entity, e.speaker.text) == (sp.entity, sp.text)]
        return Attr(d.open_pos, None, fuller[-1] if fuller else sp)
    # the last person named in the paragraph: a PER entity or a name already known as a speaker
    candidates: list[Speaker] = [Speaker(e.id, e.text, e.start, e.end, None) for e in an.entities_from(pa, d.open_pos)
                                  if e.label == "PER" and pa <= e.start < d.open_pos and not an.in_direct(e.start)
                                  and not an.is_place(e) and not an.genitive(e)]
    ws = an.words(pa, d.open_pos)
    for i, j in an.name_runs(ws):
        if any(ws[k].text in an.known_names for k in range(i, j)):
            s, e2 = ws[i].start, ws[j - 1].end
            ent = an.entity_for_text(an.text[s:e2])
            candidates.append(Speaker(ent.id if ent else None, an.text[s:e2], s, e2, None))
    # "Een bewoner die niet met naam genoemd wil worden, is boos. ,,…''": the person the paragraph
    # opens with, described rather than named, when the sentence before the quote is about them
    sentence = an.doc.sentence_at(pa)
    if sentence is not None and sentence.start == pa and sentence.end <= d.open_pos:
        ws = an.words(sentence.start, sentence.end)
        comma = next((k for k, w in enumerate(ws) if w.text == ","), None)
        span = an.described_person(ws, 0, comma) if comma is not None else None
        if span is not None:
            candidates.append(Speaker(None, an.text[span[0]:span[1]], span[0], span[1], None))
    if candidates:
        return Attr(d.open_pos, None, max(candidates, key=lambda c: c.start or 0))
    if previous is not None and previous[1] is not None and not an.text[pa:d.open_pos].strip():
        prev_para = an.paragraph_of(previous[0].open_pos)
        _, sentence_end = an.sentence_span(previous[0].close_pos)
        if prev_para == para - 1 and sentence_end >= an.paragraphs[prev_para][1] - 1:
            # the previous paragraph ended with that quote and its attribution: the speaker goes on
            return Attr(d.open_pos, None, previous[1].speaker)
    return None
