"""The quotes stage: every direct and indirect quote of a document, with ids, in text order."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ..lines import BULLET
from ..model import Document, Quote, Token
from ..registry import field_stage
from ..syntax import head_chain, phrase
from .direct import continuation, direct_attribution, find_directs
from .indirect import indirect, said_before
from .records import Attr, Direct, Found, Speaker
from .speakers import Analysis
from .turns import transcript_turns


def _in_reported_speech(found: list[Found], d: Direct) -> bool:
    """Is the quote inside the content of an indirect quote found before it?"""
    return any(f.kind != "direct" and f.start <= d.start and d.end <= f.end + 1 for f in found)


def _one_of(token: Token, verbs: frozenset[str]) -> bool:
    """Is ``token`` a form of one of ``verbs``, by its lemma or by the stem of one ("blamed" when the lemmatizer
    says "blam", "noemde" of "noemen")?"""
    low = token.text.lower()
    return token.pos == "VERB" and (token.lemma.lower() in verbs or any(
        low.startswith(stem) for v in verbs for stem in (v, v.removesuffix("en"), v.removesuffix("e")) if len(stem) >= 4))


def _characterised_by(an: Analysis, doc: Document, d: Direct) -> tuple[bool, Attr | None]:
    """Whether the short quotation ``d`` is a quote, and whose: a characterisation is the subject's of the verb
    of judging it stands under ("Mahlangu blamed 'political opportunists'", "what he called 'naked thuggery'",
    "noemt het vonnis 'buitenproportioneel'"); a slogan ("chanted 'Volkel zegt nee'", "placards reading ...") is a
    quote of no one named; any other quoted word is a label ("the so-called 'pillboxes'"), no quote."""
    sentence = doc.sentence_at(d.start)
    if sentence is None:
        return False, None
    lo = bisect.bisect_left(doc.tokens, sentence.start, key=lambda t: t.start)  # tokens are in text order
    hi = bisect.bisect_left(doc.tokens, sentence.end, key=lambda t: t.start)
    tokens = doc.tokens[lo:hi]
    base = tokens[0].i if tokens else 0
    kids: dict[int, list[int]] = {}
    for t in tokens:
        if t.head != t.i and 0 <= t.head - base < len(tokens):
            kids.setdefault(t.head - base, []).append(t.i - base)
    k = next((j for j, t in enumerate(tokens) if t.start >= d.start), None)
    # "placards reading 'Athlone says no'", "scandeerden 'Volkel zegt nee'": the verb just before the quote mark,
    # however the parse hangs the quoted clause
    slogan = any(_one_of(t, an.w.slogan_verbs) for t in [t for t in tokens if t.end <= d.open_pos][-3:])
    chain = head_chain(tokens, k, base, limit=len(tokens)) if k is not None else []
    for n, k in enumerate(chain):
        # every subject the parse hangs from the verb: a name split in two ("Seiji/nsubj Nakandakari/nsubj") is one
        subjects = [j for j in kids.get(k, ()) if tokens[j].dep in ("nsubj", "nsubj:pass")]
        if len(subjects) > 1:  # not an object read as one: a pronoun right after the verb is its subject ("De
            # aanrijding veroordeelt zij als ..."), else what stands before the verb ("Qbuzz noemt de staking ...")
            subjects = [j for j in subjects if j == k + 1 and tokens[j].pos == "PRON"] or [j for j in subjects if j < k] \
                or [j for j in subjects if tokens[j].end <= d.open_pos][:1]  # (after the verb, before the quote:
            # "In een verklaring beschuldigt het ministerie 'kwaadwillende elementen' ervan ...")
        slogan = slogan or _one_of(tokens[k], an.w.slogan_verbs)
        if subjects and _one_of(tokens[k], an.w.characterising_verbs):
            if len(subjects) == 1 and tokens[subjects[0]].pos == "PRON":
                # "condemned what it called the 'disproportionate' use of force": the pronoun is the subject of
                # the verb the clause hangs from, when that one is named
                subjects = _named_subject_above(tokens, kids, chain[n + 1:]) or subjects
            span = phrase(tokens, subjects, base)  # the subject's phrase, up to the quote mark (a parse may hang the
            # quotation from it: "beschuldigt het ministerie 'kwaadwillende elementen' ervan")
            span = {j for j in span if tokens[j].end <= d.open_pos} or span
            a, b = tokens[min(span)].start, tokens[max(span)].end
            if b > d.open_pos:
                return False, None
            sp = an.speaker_in(a, b, at=a) or Speaker(None, an.text[a:b], a, b, None)
            return True, Attr(a, None, sp)
    before = [j for j, t in enumerate(tokens) if t.end <= d.open_pos]
    if before and _one_of(tokens[before[-1]], an.w.characterising_verbs) and before[-1] > 0 \
            and tokens[before[-1] - 1].pos == "CCONJ":
        # "imposed a curfew ... and accused 'outlaw groups' of ...", however the parse hangs the verb: the
        # coordinated verb's subject is the one of the nearest verb before it that has one
        for v in range(before[-1] - 2, -1, -1):
            subjects = [j for j in kids.get(v, ()) if tokens[j].dep in ("nsubj", "nsubj:pass") and tokens[j].pos != "PRON"]
            if tokens[v].pos == "VERB" and subjects:
                span = phrase(tokens, subjects, base)
                last = max(span)
                while last + 1 < v and tokens[last + 1].pos in ("PROPN", "PUNCT", "X") \
                        and tokens[last + 1].start == tokens[last].end:  # a name written with a hyphen: "al-Ghizzi"
                    last += 1
                a, b = tokens[min(span)].start, tokens[last].end
                return True, Attr(a, None, an.speaker_in(a, b, at=a) or Speaker(None, an.text[a:b], a, b, None))
    return slogan, None


def _named_subject_above(tokens: Sequence[Token], kids: dict[int, list[int]], above: list[int]) -> list[int]:
    """The subjects (not a pronoun) of the nearest of the heads ``above`` that has any, else []."""
    for k in above:
        subjects = [j for j in kids.get(k, ()) if tokens[j].dep in ("nsubj", "nsubj:pass")]
        if subjects:
            return [] if any(tokens[j].pos == "PRON" for j in subjects) else subjects
    return []


def _names_its_speaker(an: Analysis, f: Found) -> bool:
    """Is the indirect quote ``f`` only the phrase that names its speaker, with no verb of its own ("said Marisol
    Chávez, an organizer with the Langley Park Tenants Union", "..., Amna Idris, a mother of five, told Al
    Jazeera")?"""
    sp = f.attr.speaker if f.attr is not None else None
    if sp is None or sp.start is None or not an.has_pos or not f.start <= sp.start < f.end:
        return False
    return not any(t.pos in ("VERB", "AUX") for t in an.doc.tokens if f.start <= t.start < f.end)


def _is_headline(an: Analysis, f: Found) -> bool:
    """Whether direct quote ``f`` stands in a headline: a paragraph of one line with no sentence end in it
    ("Arbeidsmigranten leggen werk neer: 'We werken, dus we willen ons geld'")."""
    pa, pb = an.paragraphs[an.paragraph_of(f.cue_pos)]
    bare = (an.text[pa:f.cue_pos] + an.text[f.end:pb]).strip(" \n’”'\"»")  # what the headline says around it
    return "\n" not in an.text[pa:pb].strip() and not re.search(r"[.!?…](?:\s|$)", bare)


def _told_in_body(an: Analysis, found: list[Found]) -> list[Found]:
    """A headline quoting a line of the article says it with the speaker the article gives it: the headline's
    words before the colon are its topic ("Cel voor relschoppers Hillesluis: 'Agenten waren die nacht
    vogelvrij'"), the body names who said it ("'Agenten waren die nacht vogelvrij', zei officier Kok")."""
    directs = [k for k, f in enumerate(found) if f.kind == "direct"]
    headline = {k: _is_headline(an, found[k]) for k in directs}  # each quote's words and place read once
    words = {k: " ".join(re.findall(r"\w+", an.text[found[k].start:found[k].end].casefold())) for k in directs}
    said_by = {k: f.attr.speaker for k in directs if not headline[k]  # in text order: the article's own lines
               if (f := found[k]).attr is not None and f.attr.speaker is not None}
    out = list(found)
    for k in directs:
        if headline[k]:
            later = next((sp for j, sp in said_by.items() if j > k and words[k] in words[j]), None)
            if later is not None:
                f = found[k]
                out[k] = Found(f.start, f.end, f.kind, Attr(f.cue_pos, None, later), f.cue_pos)
    return out


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
        # a list item's bullet is no word of its sentence ("• Police say 14 adults were arrested")
        bullet = BULLET.match(text, s.start)
        found.extend(indirect(an, bullet.end() if bullet is not None and bullet.end() < s.end else s.start, s.end,
                              events))
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
        before_word = re.search(r"([^\W\d_]+)\s*$", text[max(0, d.open_pos - 30):d.open_pos])
        short = (attr is None and words <= 3 and not has_clause) or (
            words <= 4 and before_word is not None and before_word.group(1)[:1].islower()
            and before_word.group(1).lower() not in an.w.speech_verbs | an.w.cues.complementizers
            and not re.search(r"[.!?]$", text[d.start:d.end]))
        if short:  # a scare-quoted word or a phrase: inside what someone is said to have said it is theirs, not
            if _in_reported_speech(found, d):  # a quote of its own ("said the attack had been 'unprovoked'");
                continue  # elsewhere it is a characterisation the clause's subject gives ("Mahlangu blamed
            quoted, attr = _characterised_by(an, doc, d)  # 'political opportunists'") or a slogan
            if not quoted:
                continue
        elif attr is None and not has_clause:
            judged = _characterised_by(an, doc, d)[1] if words <= 8 and not re.search(
                r"[.!?]$", text[d.start:d.end]) and not _in_reported_speech(found, d) else None
            # ("condemned 'the disproportionate use of force'"; not inside what someone is said to have said)
            attr = judged if judged is not None else continuation(an, d, previous, events)
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
    found = [f for f in found if f.kind == "direct" or not _names_its_speaker(an, f)]
    turns = transcript_turns(an, doc)  # a transcript's turns are its speakers' quotes, and what they report is quoted
    found = [f for f in found if not any(t.start == f.start for t in turns)] + turns  # again inside them
    found.sort(key=lambda f: f.start)
    found = _told_in_body(an, found)
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
