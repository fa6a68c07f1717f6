"""Indirect speech: "zei dat …", "said 66 people …", "volgens X …", "…, denkt Deen.", "Dat zegt X."."""

from __future__ import annotations

import re

from ..marks import DOUBLE_QUOTES
from ..model import Sentence, Token
from ..syntax import head_chain, phrase
from .clauses import clause_end, other_voice
from .estimates import bare_source, estimate_quote
from .lexicon import adjective_like, simple_np
from .records import Attr, Found, Speaker, Word
from .speakers import Analysis


def indirect(an: Analysis, a: int, b: int, events: list[Attr]) -> list[Found]:
    """Indirect quotes in the sentence [a, b): "zei dat …", "volgens X …", "…, denkt Deen."."""
    text = an.text
    out: list[Found] = []
    words = an.words(a, b)
    if not words:
        return out
    content_end = words[-1].end if words[-1].text not in ".!?" else words[-1].start
    while content_end > a and text[content_end - 1] in " .!?\"”'’»":
        content_end -= 1
    last_speaker: Speaker | None = None
    i = 0
    while i < len(words):
        w = words[i]
        marker = _according_marker(an, words, i)
        if marker:
            j = i + marker
            np = np_volgens(an, words, j)
            if np is not None:
                speaker = _own_account(an, words, j, np, w.start) or an.speaker_in(np[0], np[1], at=np[0]) \
                    or bare_source(an, np[0], np[1])
                if speaker is not None:
                    events.append(Attr(w.start, w, speaker))
                    before_start = words[0].start
                    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text[before_start:w.start + 1]):
                        before_start = words[0].start + m.end()  # a sentence end the segmenter missed ("op X.")
                    label = _LABEL.match(text, before_start, w.start)
                    if label is not None and label.group(1).lower() not in an.w.cues.complementizers \
                            and label.group(1).lower() not in an.w.cues.speech_verbs:
                        # "Driving the news: Marchers left ..., per organizers": X says the rest (not "De politie
                        # weigert dat: er is volgens een woordvoerder ...")
                        before_start = label.end()
                    before = text[before_start:w.start].rstrip(" ,")
                    after_words = re.findall(r"\w+", text[np[1]:content_end])
                    # "…, who, according to her lawyer, is still being held": the relative clause after it is theirs
                    relative = i > 1 and words[i - 1].text == "," and words[i - 2].low in an.w.relatives
                    if before_start < w.start and len(re.findall(r"\w+", before)) >= 3 \
                            and not an.in_direct(before_start) and not relative:
                        # "De steun groeit volgens X met de dag": the whole clause is what X says
                        end = content_end if len(after_words) >= 2 and text[w.start - 2:w.start].strip() != "," \
                            else before_start + len(before)
                        cut = other_voice(an, np[1], end)
                        out.append(Found(before_start, cut if cut is not None else end, "indirect",
                                          Attr(w.start, w, speaker), w.start))
                    else:
                        k = next((k for k, x in enumerate(words) if x.start >= np[1]), None)
                        if k is not None:
                            cs = words[k].start if words[k].text != "," else (words[k + 1].start if k + 1 < len(words)
                                                                              else None)
                            ce = content_end
                            if cs is not None:  # "…, maar de politie hield het op 800": another voice
                                cut = other_voice(an, cs, content_end)
                                ce = cut if cut is not None else content_end
                            if cs is not None and cs < ce and len(re.findall(r"\w+", text[cs:ce])) >= 2:
                                out.append(Found(cs, ce, "indirect", Attr(w.start, w, speaker), w.start))
                    last_speaker = speaker
            i += 1
            continue
        estimate = estimate_quote(an, words, i, content_end)
        if estimate is not None:
            # an estimate is no quote ("police put the number at 800"): the number's claimed_by names its source;
            # its source still speaks for what follows it
            events.append(estimate.attr)  # type: ignore[arg-type]
            i += 1  # (a cue after it is read: "put the number at 5,800 and said managers were ...")
            continue
        if w.low in an.w.estimate_verbs and not (i + 1 < len(words) and words[i + 1].low in an.w.cues.complementizers):
            i += 1  # an estimate without "dat"/"that" reports only through estimate_quote
            continue
        if w.low in an.w.cues.attribution_adverbs or an.is_cue(words, i):
            negated = an.negated(words, i)
            # the complementizer within a few words after the cue
            comp = next((k for k in range(i + 1, min(len(words), i + 7)) if words[k].low in an.w.cues.complementizers
                         and words[k - 1].text != "," or (words[k].low in an.w.cues.complementizers and k == i + 1)), None)
            if comp is not None and any(words[x].text in ".!?:\"“”„" for x in range(i + 1, comp)):
                comp = None
            after_quote = any(d.close_pos < w.start and w.start - d.close_pos <= 40 and d.close_pos >= a
                              and not re.search(r"[.!?\n]", an.text[d.close_pos + 1:w.start])
                              for d in an.directs_overlapping(w.start - 40, w.start))
            coordinated = i > 0 and words[i - 1].low in an.w.clause_coordinators  # "blamed 'X' and said ...": a
            # second verb of the sentence's subject, not the cue of the quotation before it
            if comp is None and w.low in an.w.zero_that and not negated and (not after_quote or coordinated) \
                    and not inverted_tail(an, words, i):
                comp = zero_that_start(an, words, i)  # "said 66 people had been detained"
            if comp is None and w.low in an.w.infinitive_cues and not negated:
                comp = infinitive_start(an, words, i)  # "liet de korpschef weten de aanbeveling over te nemen"
            spans = subject_spans(an, words, i)
            speaker = None
            for span in spans:
                if span is not None:
                    speaker = an.speaker_in(span[0], span[1], at=span[0], bare=span is spans[0])
                    if speaker is not None:
                        speaker = _with_short_form(an, speaker, span[1])
                        break
            if speaker is None and last_speaker is not None and i > 0 and words[i - 1].low in an.w.clause_coordinators:
                speaker = last_speaker  # "Peskov erkent dat …, maar zegt dat …"
            if speaker is not None:
                events.append(Attr(w.start, w, speaker, negated))
                an.spoken.append(speaker)
                last_speaker = speaker
            if comp is not None and not negated and speaker is not None:
                cs = words[comp].start
                ce = clause_end(an, words, comp, content_end)
                if ce > cs and len(re.findall(r"\w+", text[cs:ce])) >= 3:
                    out.append(Found(cs, ce, "indirect", Attr(w.start, w, speaker), w.start))
                    i = next((k for k, x in enumerate(words) if x.start >= ce), len(words))
                    continue
            elif comp is None and not negated and speaker is not None and (inner := parenthetical(an, words, i)):
                # "About 300 people, police said, joined a rally": the whole sentence is what they say
                out.append(Found(words[0].start, content_end, "indirect", Attr(w.start, w, speaker), w.start))
                i = inner
                continue
            elif comp is None and not negated and speaker is not None and w.low in an.w.cues.postposed and (
                    (i > 1 and words[i - 1].text == ",") or postposed(words, i, an)) \
                    and not any(x.text == ":" for x in words[i + 1:i + 4]):  # ("…, told AFP: "…"": what follows)
                # ", denkt Deen." / ", the minister said." : the content is the clause before the comma
                comma = max((k for k in range(i) if words[k].text == ","), default=None)
                if comma is not None and comma >= 3 and not an.in_direct(words[comma - 1].start) \
                        and len(words) - i <= 9:
                    cs = words[0].start
                    ce = words[comma].start
                    if not any(d.open_pos >= cs and d.close_pos <= ce for d in an.directs_overlapping(cs, ce + 1)) \
                            and text[ce - 1:ce] not in "\"”'’»":
                        out.append(Found(cs, ce, "indirect", Attr(w.start, w, speaker), w.start))
        i += 1
    return out



def said_before(an: Analysis, prev: Sentence, s: Sentence) -> Found | None:
    """"Het leger trekt zich terug. Dat zegt minister X.": the sentence before, reported by X."""
    text = an.text
    if an.in_direct(prev.start) or an.in_direct(s.start) or an.paragraph_of(prev.start) != an.paragraph_of(s.start):
        return None
    words = an.words(s.start, s.end)
    if len(words) < 3 or words[0].low not in an.w.anaphoric_subjects:
        return None
    if an.is_cue(words, 1):  # "Dat zegt minister X."
        cue_at = 1
        span = an.np_after(words, 1)
    elif words[1].low in an.w.have_auxiliaries:  # "Dat heeft X gezegd."
        cue_at = next((k for k in range(3, min(len(words), 10)) if an.is_cue(words, k)), -1)
        stop = next((k for k in range(2, max(cue_at, 2)) if words[k].low in an.w.stops), cue_at)
        span = (words[2].start, words[stop - 1].end) if stop > 2 else None
    else:
        return None
    if any(w.low in an.w.cues.complementizers for w in words[2:]) or an.negated(words, cue_at):
        return None
    speaker = an.speaker_in(span[0], span[1], at=span[0]) if span else None
    if speaker is None:
        return None
    start, end = prev.start, prev.end
    while end > start and text[end - 1] in " .!?\n":
        end -= 1
    if len(re.findall(r"\w+", text[start:end])) < 3 or any(start <= d.open_pos < end for d in an.directs_overlapping(start, end)):
        return None
    cue = words[cue_at]
    return Found(start, end, "indirect", Attr(cue.start, cue, speaker), cue.start)


def inverted_tail(an: Analysis, words: list[Word], i: int) -> bool:
    """"…, said a spokesman for the ministry.": after a comma, the cue is followed by its subject only."""
    if i == 0 or words[i - 1].text != ",":
        return False
    tail = [x for x in words[i + 1:] if x.text not in ".!?"]
    if not tail or len(tail) > 9:
        return False
    head = next((x for k, x in enumerate(tail) if x.low not in an.w.dets
                 and not adjective_like(an.w, x, tail[k + 1] if k + 1 < len(tail) else None)), None)
    if head is None or not (an.w.is_role(head.low) or head.low in an.w.orgs
                            or head.text[:1].isupper()):
        return False  # "…, added a second to his name": an object, not a speaker
    if an.has_pos:
        return not any((t := an.tokens_at.get(x.start)) is not None and t.pos in ("VERB", "AUX") for x in tail)
    return not any(x.low in an.w.aux or x.low in an.w.speech_verbs for x in tail)


def parenthetical(an: Analysis, words: list[Word], i: int) -> int:
    """The word after an attribution set between commas inside its clause ("About 300 people, police said, joined
    a rally", "Ruim 300 mensen, zei de politie, liepen mee"), else 0: a few words before its first comma, at least
    three after its second, and no verb between the commas but the cue."""
    before = max((k for k in range(i) if words[k].text == ","), default=None)
    after = next((k for k in range(i + 1, min(len(words), i + 6)) if words[k].text == ","), None)
    if before is None or after is None or before < 2 or i - before > 5 or len(words) - after < 4:
        return 0
    if any(x.text in ".!?:;" or x.text in DOUBLE_QUOTES for x in words[:before]):
        return 0
    inside = words[before + 1:i] + words[i + 1:after]
    if an.has_pos and any((t := an.tokens_at.get(x.start)) is not None and t.pos in ("VERB", "AUX") for x in inside):
        return 0
    return after + 1


def postposed(words: list[Word], i: int, an: Analysis | None = None) -> bool:
    """English "…, the minister said" / "…, Novaya Gazeta reported on Sunday": a short tail after a comma; also
    a longer subject without a verb of its own ("…, a spokesman for the force said on Sunday")."""
    comma = max((k for k in range(i) if words[k].text == ","), default=None)
    if comma is None or len(words) - i > 7:
        return False
    if i - comma <= 4:
        return True
    between = words[comma + 1:i]
    if an is not None and between and between[0].low in an.w.cues.split.get(words[i].low, ()):
        between = between[1:]  # "…, laat de politie-eenheid Den Haag weten": the cue's own opener, then its subject
    if an is None or not between or i - comma > 9 or between[0].low in an.w.relatives or not (
            between[0].low in an.w.dets or between[0].low in an.w.roles or between[0].text[:1].isupper()):
        return False
    if an.has_pos:
        return not any((t := an.tokens_at.get(x.start)) is not None and t.pos in ("VERB", "AUX") for x in between)
    return not any(x.low in an.w.speech_verbs or x.low in an.w.aux for x in between)






#: how many words after the cue an infinitive clause's marker may stand
_INFINITIVE_REACH = 10


def infinitive_start(an: Analysis, words: list[Word], i: int) -> int | None:
    """A report told as an infinitive clause right after the cue ("liet weten de aanbeveling over te nemen", "hebben
    laten weten bezwaar te maken tegen de sluiting"): the word after the cue, when the clause's marker and its verb
    follow before any punctuation; else None."""
    k = i + 1
    for j in range(k, min(len(words) - 1, k + _INFINITIVE_REACH)):
        if not words[j].text[:1].isalnum():
            return None
        if words[j].low in an.w.infinitive_markers and words[j + 1].text.isalpha():
            quoted = re.search(r"[\"'“”„‘’«»]", an.text[words[i].end:words[j].start])
            return k if j > k and quoted is None else None  # (a quotation inside is read as one)
    return None


def zero_that_start(an: Analysis, words: list[Word], i: int) -> int | None:
    """English reported speech without "that": the word that starts the reported clause, or None."""
    k = i + 1
    if words[i].low in an.w.addressee_verbs and k < len(words):
        if words[k].text[:1].isupper():
            while k < len(words) and words[k].text[:1].isupper():
                k += 1
        elif words[k].low in an.w.dets:
            k += 2
        else:
            k += 1
    k = _past_a_date(an, words, k)  # "The ministry said on Sunday it would send the salaries"
    if k >= len(words) or len(words) - k < 3:
        return None
    q = k
    while q < len(words) - 1 and words[q].low in an.w.approximators:
        q += 1
    if q > k and (words[q].text[:1].isdigit() or words[q].low in an.w.number_starts):
        return k  # "Israel says about 1,200 people were killed"
    nxt = words[k]
    tok = an.tokens_at.get(nxt.start)
    if an.has_pos and tok is not None:
        if _cue_object(an, words[i], tok):
            return None  # "announced the closure of several schools, prompting a march": a thing, not a clause
        return k if tok.pos in ("DET", "PRON", "NUM", "PROPN", "NOUN", "ADJ") else None
    if not nxt.text[:1].isalnum() or nxt.low in an.w.stops or nxt.low in an.w.zero_that_stops:
        return None
    return k


def _past_an_opening_date(an: Analysis, words: list[Word]) -> int:
    """The first word after a date and its comma that open the sentence ("Last month, …"), else 0."""
    end = next((t.end for t in an.doc.times if t.start <= words[0].start < t.end), None)
    if end is None:
        return 0
    k = next((k for k, w in enumerate(words) if w.start >= end), None)
    return k + 1 if k is not None and k + 1 < len(words) and words[k].text == "," else 0


def _cue_object(an: Analysis, cue_word: Word, first: Token) -> bool:
    """Does the parse make the words after the cue its object, with no clause hung from the cue?"""
    cue = an.tokens_at.get(cue_word.start)
    if cue is None:
        return False
    tokens = an.doc.tokens
    base = max(0, cue.i - 40)
    near = tokens[base:cue.i + 80]  # (the cue's sentence, not the document)
    semicolon = next((t.i for t in near if t.i > cue.i and t.text == ";"), len(tokens))  # a clause of its own follows
    if any(t.head == cue.i and t.i != cue.i and t.i < semicolon and t.dep.split(":")[0] in ("ccomp", "parataxis", "xcomp")
           for t in near):
        return False
    chain = head_chain(near, first.i - base, base) if 0 <= first.i - base < len(near) else []
    at = chain.index(cue.i - base) if cue.i - base in chain else 0
    if at < 1 or near[chain[at - 1]].dep != "obj":
        return False  # (the words after the cue are no object of it)
    # a verb below the object makes it a clause the parse misread ("said the deputy/obj acted/acl within policy")
    return not any(near[j].pos in ("VERB", "AUX") for j in phrase(near, [chain[at - 1]], base))


def _past_a_date(an: Analysis, words: list[Word], k: int) -> int:
    """The first word after a date (with its preposition, which the date's span leaves out) that starts at word
    k, else k."""
    first = k + 1 if k + 1 < len(words) and (tok := an.tokens_at.get(words[k].start)) is not None \
        and tok.pos == "ADP" else k
    if first >= len(words):
        return k
    end = next((t.end for t in an.doc.times if t.start <= words[first].start < t.end), None)
    if end is None:
        return k
    while first < len(words) and words[first].start < end:
        first += 1
    return first


def subject_spans(an: Analysis, words: list[Word], i: int) -> list[tuple[int, int] | None]:
    if words[i].low in an.w.cues.attribution_adverbs:
        return [an.np_after(words, i)]
    if words[i].low in an.w.speech_participles:  # "X defended the bill, saying …": the subject of the sentence
        shared = _shared_subject(an, words[i])
        if shared is not None:  # "Last month, a member of … called for …, saying": the verb's subject, by the parse
            return [shared]
        first = _past_an_opening_date(an, words)  # "Last month, a member … called for …, saying"
        k = simple_np(an.w, words, first, depth=0)
        return [(words[first].start, words[k - 1].end) if k > first else None]
    split = an.w.cues.split.get(words[i].low)
    if split is not None:  # "X liet via een verklaring weten": the subject goes with "liet"
        opener = an.split_opener(words, i, split)
        i = i if opener is None else opener
    if i > 0 and words[i - 1].low in an.w.clause_coordinators:
        shared = _shared_subject(an, words[i])
        if shared is not None:  # "blamed the violence on outsiders and said (that) …": the first verb's subject
            return [shared]
        if not any(w.text in (";", ":") for w in words[:i]):  # the parse hung it elsewhere: the sentence's subject,
            first = _past_an_opening_date(an, words)  # whatever stands between ("SEPTA, in a statement, accused the
            k = simple_np(an.w, words, first, depth=0)  # union of ... and said it would not reopen its offer")
            if k > first:
                return [(words[first].start, words[k - 1].end), an.np_before(words, i, 0)]
    commas = [k for k in range(i) if words[k].text == ","]
    floor = commas[-1] + 1 if commas else 0
    between = words[commas[-2] + 1:commas[-1]] if len(commas) >= 2 else []
    if floor == i and between and (between[0].low in an.w.relatives or not any(
            w.low in an.w.aux or ((t := an.tokens_at.get(w.start)) is not None and t.pos in ("VERB", "AUX"))
            for w in between)):
        # "Rudolf Gajdos, head of Slovak Interpol, told", "Priya Chandran, who runs a bakery, said": an apposition
        # or a relative clause between the subject and the cue (not a clause of its own: "Wie zich misdraagt,
        # wordt opgepakt, zegt Veenstra", "Als ..., stuurt hij de ME, zegt hij")
        floor = commas[-3] + 1 if len(commas) >= 3 else 0
    before = an.described_person(words, floor, i) or an.np_before(words, i, floor)
    if before is None and floor == i and len(commas) == 1:
        # "Een chauffeur die al dertig jaar rijdt, vertelt dat …": the described person before the comma
        dash = max((k + 1 for k in range(i - 1) if words[k].text in ("-", "–", "—")), default=0)  # "11.00 uur -"
        before = an.described_person(words, dash, i - 1)
    after = an.np_after(words, i)
    spans: list[tuple[int, int] | None] = [before]
    if before is None and floor > 0 and 2 <= i - floor <= 8 and words[floor].low not in an.w.relatives and (
            words[floor].low in an.w.dets or words[floor].low in an.w.roles):
        # "…, a spokesman for the force said": the whole phrase between the comma and the cue
        spans.append((words[floor].start, words[i - 1].end))
    if words[i].low not in an.w.addressee_verbs:  # "…, a banker told Reuters": Reuters only listens
        spans.append(after)
    return spans




_SHORT_FORM = re.compile(r"\s*\([A-Z][\w-]*\)")


def _with_short_form(an: Analysis, sp: Speaker, limit: int) -> Speaker:
    """The speaker with the short form written after its name ("The Independent Commission of Investigations
    (INDECOM) said"): the article may name it by either."""
    if sp.end is None or sp.start is None:
        return sp
    m = _SHORT_FORM.match(an.text, sp.end)
    if m is None or m.end() > limit:
        return sp
    return Speaker(sp.entity, an.text[sp.start:m.end()], sp.start, m.end(), sp.description)


def _shared_subject(an: Analysis, cue: Word) -> tuple[int, int] | None:
    """The span of the subject of the verb that cue verb ``cue`` is coordinated with, or that it (a participle)
    modifies, by the parse."""
    tok = an.tokens_at.get(cue.start)
    tokens = an.doc.tokens
    if tok is None or tok.dep not in ("conj", "advcl") or tok.head >= tok.i:
        return None
    if tok.dep == "advcl" and tokens[tok.head].head != tok.head:
        return None  # "said the talks had failed, saying …": a participle on a reported clause is the speaker's
    # every subject of the verb: a name the parse splits in two ("Seiji/nsubj Nakandakari/nsubj") is one
    subjects = [t for t in tokens[max(0, tok.head - 12):tok.i] if t.head == tok.head and t.dep.startswith("nsubj")]
    if not subjects:
        return None
    subject = subjects[0]
    base = max(0, subject.i - 12)
    near = tokens[base:subject.i + 12]
    # the subject's phrase: what hangs below it, without a relative clause
    inside = {base + j for j in phrase(near, [t.i - base for t in subjects], base,
                                      lambda t: not t.dep.startswith(("acl", "parataxis", "punct")))}
    first, last = min(inside), max(inside)
    if last >= tok.i:
        return None
    a, b = tokens[first].start, tokens[last].end
    persons = [e for e in an.entities_from(a, b) if e.label == "PER" and e.end <= b]
    if persons:  # "Kacita chairman Godfrey Kasozi accused … and warned that": the person the phrase names
        return persons[-1].start, persons[-1].end
    return a, b


def _according_marker(an: Analysis, words: list[Word], i: int) -> int:
    """The number of words of the "volgens"/"according to" marker starting at word ``i`` (0: none); a closing marker
    counts after a comma, with a few capitalised or noun words to the sentence's end (", per organizers.", ", per
    Aurora Fire Rescue."; not "50 cents per hour")."""
    for marker in an.w.cues.according_markers:
        parts = marker.split()
        if [w.low for w in words[i:i + len(parts)]] == parts:
            return len(parts)
    if words[i].low in an.w.cues.closing_according_markers and i > 0 and words[i - 1].text == ",":
        rest = [w for w in words[i + 1:] if w.text not in ".!?\"”’'"]
        if 0 < len(rest) <= _CLOSING_SOURCE_WORDS and all(w.text[:1].isalpha() for w in rest) and (
                rest[0].text[:1].isupper() or rest[-1].low in an.w.cues.common_sources or
                rest[-1].low.rstrip("s") in an.w.cues.common_sources):
            return 1
    return 0


#: a section label of a few words that opens the sentence ("Driving the news: ", "Achtergrond: ")
_LABEL = re.compile(r"(?:[^\W\d_][\w'’]*\s+){0,3}([^\W\d_][\w'’]*):\s+(?=[^\W\d_])")
#: the most words of the source a closing according marker names
_CLOSING_SOURCE_WORDS = 5


def _own_account(an: Analysis, words: list[Word], j: int, np: tuple[int, int], pos: int) -> Speaker | None:
    """"De politie arresteerde volgens eigen zeggen 57 mensen", "by its own account": the source is the clause's
    subject, before the marker."""
    if not any(w.low in an.w.own_words for w in words[j:j + 2]) or not an.has_pos:  # ("eigen zeggen", "its own")
        return None
    s = an.doc.sentence_at(pos)
    tokens = [t for t in an.doc.tokens if s is not None and s.start <= t.start < pos]
    subjects = [k for k, t in enumerate(tokens) if t.dep in ("nsubj", "nsubj:pass") and t.pos in ("NOUN", "PROPN")]
    if not subjects:
        return None
    span = phrase(tokens, subjects[:1], tokens[0].i, keep=lambda t: t.dep not in ("acl:relcl", "punct"))
    a, b = tokens[min(span)].start, tokens[max(span)].end
    return an.speaker_in(a, b, at=a) or bare_source(an, a, b)


def np_volgens(an: Analysis, words: list[Word], j: int) -> tuple[int, int] | None:
    """The noun phrase after "volgens"/"according to": "Deen", "de politie", "Russische media van X"."""
    if j >= len(words):
        return None
    if words[j].low in an.w.pronouns and (words[j].low not in an.w.dets or j + 1 >= len(words) or not words[
            j + 1].text[:1].isalnum() or (j + 2 < len(words) and words[j + 2].low in an.w.dets)):
        # "According to her, ...", "volgens haar schoten de gendarmes ...": the pronoun alone, before a comma or a
        # verb that its subject's article follows (not "her shots"); "according to her lawyer" is the lawyer
        return words[j].start, words[j].end
    k = simple_np(an.w, words, j, depth=0)
    if an.has_pos:  # the tagger knows the verbs: the phrase ends before the first one
        for x in range(j + 1, k):
            tok = an.tokens_at.get(words[x].start)
            if tok is not None and tok.pos in ("VERB", "AUX"):
                k = x
                break
    if k <= j:
        return None
    while k < len(words) and k - j < 6 and words[k].text[:1].islower() and words[k].low not in an.w.stops and (
            (an.has_pos and (t := an.tokens_at.get(words[k].start)) is not None and t.pos == "NOUN")
            or (not an.has_pos and (words[k].low in an.w.roles or words[k].low in an.w.orgs or (
                an.w.bare_plural_suffix and words[k].low.endswith(an.w.bare_plural_suffix)
                and words[k].low not in an.w.aux | an.w.speech_verbs
                and not words[k].low.endswith(an.w.bare_plural_suffix * 2))))):
        k += 1  # "the interior ministry", "aid agencies": a compound goes on
    return words[j].start, words[k - 1].end
