"""Speakers and attribution clauses: the noun phrase before or after a cue, and who it names."""

from __future__ import annotations

import re

from ..lang.ages import age_after
from ..marks import DOUBLE_QUOTES
from .lexicon import adjective_like, simple_np
from .pronouns import PronounResolver
from .records import Attr, Speaker, Word

#: where a speaker's name or title stops
_CLAUSE_STOPS = ",.;:!?()" + DOUBLE_QUOTES


class Analysis(PronounResolver):
    """The quotes analysis of one document: words, names, pronouns and speakers."""

    @staticmethod
    def _possessed_common_noun(ws: list[Word]) -> bool:
        """Is the phrase a possessor with "'s" and lower-case words after it ("Manukian's supporters")?"""
        k = next((k for k, w in enumerate(ws) if w.text in ("'s", "’s") or w.text.endswith(("'s", "’s"))), None)
        rest = ws[k + 1:] if k is not None else []
        return bool(rest) and all(w.text[:1].islower() for w in rest)

    def speaker_in(self, a: int, b: int, at: int | None = None, bare: bool = False) -> Speaker | None:
        """The speaker named in the noun phrase [a, b) (see the module docstring for the preference)."""
        text = self.text
        ws = self.words(a, b)
        ws = [w for w in ws if w.text not in ",.;:!?\"'“”„‘’«»()"]
        channel = next((k for k in range(1, len(ws)) if ws[k].low in self.w.channel_prepositions), len(ws))
        ws = ws[:channel]  # "Sender via SMS", "een bewoner via WhatsApp": the channel is no speaker
        if not ws:
            return None
        a, b = ws[0].start, ws[-1].end
        det_np = ws[0].low in self.w.dets or ws[0].low in self.w.roles
        head = next((w for k, w in enumerate(ws) if w.low not in self.w.dets
                     and not adjective_like(self.w, w, ws[k + 1] if k + 1 < len(ws) else None)), ws[0])
        runs = self.name_runs(ws)
        if ws[0].low in self.w.dets and len(ws) >= 3:
            # "a Brazilian Foreign Ministry spokeswoman", "an exiled Rwandan Hutu lobby group", "the U.S. embassy in
            # Riyadh": the head noun (the last word before a preposition) is a role or a body, not the names in it
            cut = next((k for k in range(1, len(ws)) if ws[k].low in self.w.head_prepositions), len(ws))
            last = ws[cut - 1]
            if cut >= 3 and last.text[:1].islower() and (self.w.is_role(last.low) or last.low in self.w.orgs
                                                          or last.low in self.w.body_nouns):
                org = self.entity_in(a, b, ("ORG",))
                return Speaker(org.id if org else None, text[a:b], a, b, None)
        if ws[0].low in self.w.dets and len(ws) >= 4 and ws[2].low in self.w.head_prepositions \
                and self.w.is_role(ws[1].low):
            # "the Minister for Lands and Natural Resources": a role of a body, whatever names the body has
            org = self.entity_in(a, b, ("ORG",))
            return Speaker(org.id if org else None, text[a:b], a, b, None)
        if self._body_of_name(ws):
            # "het parket van Oost-Vlaanderen", "de politiezone Brussel-Zuid", "de vakbonden ACV Puls en ABVV": the
            # body speaks, the name only says which one
            org = self.entity_in(a, b, ("ORG",))
            return Speaker(org.id if org else None, text[a:b], a, b, None)
        named_after_role = any(r[0] > 0 and ws[r[0] - 1].low not in self.w.connectors | self.w.employer_prepositions
                               for r in runs)
        if det_np and (self.w.is_role(head.low) or head.low in self.w.orgs) \
                and len(ws) >= 2 \
                and not named_after_role:
            org = self.entity_in(a, b, ("ORG",))
            if org is None and len(ws) == 2 and ws[0].low in self.w.definite_articles and head.low not in self.w.orgs:
                # "aldus de minister": the minister named before ("Minister Christianne van der Wal")
                named = self.named_role(head.low, a)
                if named is not None:
                    return Speaker(named.id, text[a:b], a, b, None)
            return Speaker(org.id if org else None, text[a:b], a, b, None)
        if self._one_described(ws, a, b):
            meant = self.person_meant(at if at is not None else a)
            if meant is not None:
                return meant
        if self._possessed_common_noun(ws):
            # "Manukian's supporters say", "Ruto's spokesman said": the possessed noun speaks, not the possessor
            org = self.entity_in(a, b, ("ORG",))
            return Speaker(org.id if org else None, text[a:b], a, b, None)
        per = self.person_in(a, b, ws)
        if per is not None:
            # the name as written: the capitalised run over the entity ("Bob Deen" for a PER "… Bob")
            overlapping = [(i, j) for i, j in self.name_runs(ws) if ws[i].start < per.end and per.start < ws[j - 1].end]
            if overlapping:
                i, j = max(overlapping, key=lambda r: (r[1] - r[0], r[0]))  # "Rescue worker Abdul Karim"
                self.known_names.update(w.text for w in ws[i:j])
                self.aliases.update((w.text.lower(), per.id) for w in ws[i:j])
                return self._speaker(per.id, ws[i].start, ws[j - 1].end, a, b)
            return self._speaker(per.id, per.start, per.end, a, b)
        if len(ws) <= 2 and ws[-1].low in self.w.pronouns and not (len(ws) == 2 and ws[0].low not in self.w.dets):
            return self.resolve_pronoun(ws[-1], at if at is not None else a)
        first_content = next((w for w in [x for x in ws if x.low not in self.w.dets][:3] if w.low in self.w.message_nouns), None)
        if first_content is not None:
            # "het eerste bericht … van het Comité van het Basjkiers Verzet": the source after van/of/from
            tail = [w for w in ws if w.start > first_content.start]
            idx = [k for k, w in enumerate(tail) if w.low in self.w.message_source_prepositions]
            for k in reversed(idx):
                sp = self.speaker_in(tail[k].end, b, at)
                if sp is not None:
                    return Speaker(sp.entity, sp.text, sp.start, sp.end, None)
        if named_after_role:
            # "Woordvoerder Mark van den Oever van FDF": the name after the role is the speaker
            i, j = next(r for r in runs if r[0] > 0 and ws[r[0] - 1].low not in self.w.connectors
                        | self.w.employer_prepositions)
            if not any(ws[k].low in self.w.orgs for k in range(i, j)):
                s, e = ws[i].start, ws[j - 1].end
                ent = self.entity_for_text(text[s:e])
                self.known_names.update(w.text for w in ws[i:j])
                return self._speaker(ent.id if ent else None, s, e, a, b)
        other = self.entity_in(a, b, ("ORG", "MISC", "LOC"))
        if other is not None and (det_np or other.start == a) and (re.match(r"(?:\s+|-)[a-zà-ÿ]", text[other.end:b])
                                                             or re.match(r"['’]s?\s+\w", text[other.end:b])):
            # the entity only modifies the head: "het Oekraïense leger", "the Russian defence ministry"; a possessor
            # does too, whatever its head's case: "Serbia's Ombudsman", "Kenya's Interior Ministry"
            org = self.entity_in(a, b, ("ORG",))
            return Speaker(org.id if org else None, text[a:b], a, b, None)
        if other is not None:
            # "South Yorkshire Police said": the place opens the name of a body, which speaks
            run = next(((i, j) for i, j in runs if ws[i].start == other.start), None)
            if run is not None and ws[run[1] - 1].end > other.end and self._body_word(ws[run[1] - 1].low):
                s0, e0 = ws[run[0]].start, ws[run[1] - 1].end
                return self._speaker(other.id if other.label == "ORG" else None, s0, e0, a, b)
            ending = next(((i, j) for i, j in runs if ws[j - 1].end == other.end and ws[i].start < other.start), None)
            if other.label == "LOC" and ending is not None:
                # "Amnesty International Senegal condemned": the place ends a body's name, which speaks
                return self._speaker(None, ws[ending[0]].start, ws[ending[1] - 1].end, a, b)
            if det_np and other.start > ws[0].start and any(self.w.is_role(w.low)
                                                            for w in ws if w.start < other.start):
                return Speaker(other.id, text[a:b], a, b, None)
            return self._speaker(other.id, other.start, other.end, a, b)
        if runs:
            persons = [r for r in runs if not any(ws[k].low in self.w.orgs for k in range(*r))]
            i, j = (persons or runs)[0]
            s, e = ws[i].start, ws[j - 1].end
            name = text[s:e]
            ent = self.entity_for_text(name)
            self.known_names.update(w.text for w in ws[i:j])
            return self._speaker(ent.id if ent else None, s, e, a, b)
        if det_np and len(ws) >= 2 or (ws[0].low in self.w.roles):
            return Speaker(None, text[a:b], a, b, None)
        if 2 <= len(ws) <= 5 and ws[1].low in self.w.roles and not runs and ws[0].low not in self.w.stops:
            # "shop owner priya patel", "buurtbewoner jan de vries": a role with a name the text writes
            # without capitals (a lower-cased report) is still a person's description
            return Speaker(None, text[a:b], a, b, None)
        if bare and 2 <= len(ws) <= 4 and all(w.text.replace("-", "").isalpha() and w.low not in self.w.stops
                                              | self.w.aux | self.w.pronouns | self.w.generic for w in ws):
            # a bare plural subject: "Aid groups", "Russische media", "Hamas-run health authorities"
            inside = next((e for e in self.entities_from(a, b) if a <= e.start and e.end <= b and e.label != "LOC"), None)
            return Speaker(inside.id if inside else None, text[a:b], a, b, None)
        if len(ws) == 1 and ws[0].text[:1].isupper() and ws[0].low not in self.w.non_names | self.w.generic | self.w.dets \
                and ws[0].low not in self.w.stops and ws[0].low not in self.w.pronouns and ws[0].text.isalpha():
            ent = self.entity_for_text(ws[0].text)
            self.known_names.add(ws[0].text)
            return Speaker(ent.id if ent else None, ws[0].text, ws[0].start, ws[0].end, None)
        conj = next((k for k in range(1, len(ws) - 1) if ws[k].low in self.w.coordinators), None)
        if conj is not None:
            # "bewoners en een lokale verzetsgroep": two speakers, each a speaker phrase of its own
            first = ws[:conj]
            parts = [self.speaker_in(ws[0].start, ws[conj - 1].end, at, bare=True),
                     self.speaker_in(ws[conj + 1].start, b, at, bare=True)]
            plain = len(first) <= 3 and all(w.text.isalpha() and w.low not in self.w.stops | self.w.aux
                                            | self.w.pronouns for w in first)  # a bare plural: "bewoners"
            if parts[1] is not None and (parts[0] is not None or plain):
                return Speaker(next((p.entity for p in parts if p and p.entity), None), text[a:b], a, b, None)
        return None

    def _body_word(self, low: str) -> bool:
        """Whether a word can head the name of a body that speaks ("Police", "Ministry", "Council")."""
        return low in self.w.orgs or low in self.w.cues.unnamed_sources or self.w.is_role(low)

    def _one_described(self, ws: list[Word], a: int, b: int) -> bool:
        """Whether [a, b) is "the" and an age or an origin alone, which take up a person named before: "de
        24-jarige", "the 24-year-old", "de Heerlense" (not "de Roemeense Ionuț Popa")."""
        if len(ws) < 2 or ws[0].low not in self.w.definite_articles:
            return False
        rest = self.text[ws[1].start:b]
        m = re.match(r"\d+", rest)
        if m is not None:
            age = age_after(self.language).match(rest, m.end())
            return age is not None and age.end() == len(rest)
        return len(ws) == 2 and ws[1].text[:1].isupper() and bool(self.w.demonym.search(ws[1].low)) \
            and self.person_in(a, b, ws) is None

    def _body_of_name(self, ws: list[Word]) -> bool:
        """Whether ``ws`` is a determiner, a noun in lower case that is no role but may be a body ("politie"), maybe
        "van"/"of", and then only names that are no person's (joined by "en"/"and"): a body with the name of its
        place or its own name."""
        if len(ws) < 3 or ws[0].low not in self.w.dets or not ws[1].text[:1].islower() or not ws[1].text.replace("-", "").isalpha() \
                or self.w.is_role(ws[1].low) and ws[1].low not in self.w.cues.unnamed_sources or ws[1].low in self.w.stops:
            return False
        k = 3 if ws[2].low in self.w.genitive_prepositions else 2
        tail = ws[k:]
        runs = self.name_runs(tail)
        covered = sum(j - i for i, j in runs) + sum(1 for w in tail if w.low in self.w.coordinators)
        if not runs or covered != len(tail) or runs[0][0] != 0 or tail[-1].low in self.w.coordinators:
            return False
        return self.person_in(tail[0].start, tail[-1].end, tail) is None \
            and not any(w.text in self.known_names for w in tail)

    def described_person(self, words: list[Word], lo: int, hi: int) -> tuple[int, int] | None:
        """The span of words [lo, hi) when they are an unnamed person described by a relative clause
        ("een bewoner die niet met naam genoemd wil worden", "a resident who asked not to be named"): the
        whole phrase is the speaker, not the words before the relative pronoun."""
        if hi - lo < 4 or words[lo].low not in self.w.dets:
            return None
        rel = next((k for k in range(lo + 2, min(lo + 4, hi)) if words[k].low in self.w.relatives), None)
        head = words[rel - 1].text if rel is not None else ""
        if rel is None or rel + 1 >= hi or not (head.isalpha() and head.islower()) \
                or any(w.text in ",;:()" + DOUBLE_QUOTES for w in words[lo:hi]):
            return None
        return words[lo].start, words[hi - 1].end

    def _speaker(self, entity: str | None, s: int, e: int, a: int, b: int) -> Speaker:
        text = self.text
        left = text[a:s].strip(" ,")
        right = text[e:b].strip(" ,")
        if left.lower() in self.w.dets:
            left = ""
        desc = " … ".join(x for x in (left, right) if x) or None
        return Speaker(entity, text[s:e], s, e, desc)

    def np_after(self, words: list[Word], i: int) -> tuple[int, int] | None:
        """Span of the noun phrase that starts right after word ``i`` (the cue)."""
        j = i + 1
        while j < len(words) and words[j].low in self.w.aux:
            j += 1
        k = j
        while k < len(words) and words[k].low not in self.w.stops and words[k].text not in _CLAUSE_STOPS \
                and k - j < 10 and not ((words[k].low in self.w.speech_verbs or words[k].low in self.w.cues.split)
                                        and k > j):  # ("liet de korpschef weten": the split cue's second part)
            tok = self.tokens_at.get(words[k].start)
            if self.has_pos and tok is not None and tok.pos in ("VERB", "AUX") and k > j:
                break
            if not self.has_pos and words[k].low in self.w.aux and k > j:
                break
            k += 1
        if k == j:
            return None
        if any(w.low in self.w.message_nouns for w in words[j:k]):
            # "het eerste bericht op het Telegram-kanaal van het Comité …": read on to the source
            while k < len(words) and words[k].text not in _CLAUSE_STOPS and k - j < 20:
                k += 1
        return words[j].start, words[k - 1].end

    def np_before(self, words: list[Word], i: int, floor: int = 0) -> tuple[int, int] | None:
        """Span of the noun phrase that ends right before word ``i`` (the cue): the subject."""
        k = i - 1
        while k >= floor and words[k].low in self.w.skip_before:
            k -= 1
        short_form = None
        if k > floor and words[k].text == ")":
            # "The Human Rights Commission of Sri Lanka (HRCSL) said": the name with its short form
            opening = next((x for x in range(k - 1, max(floor - 1, k - 5), -1) if words[x].text == "("), None)
            if opening is not None and opening > floor:
                short_form, k = k, opening - 1
        named = None  # the end of a name in apposition to a description: "A town councillor, Moussa Ag Ahmed, said"
        if k >= floor and words[k].text == ",":
            # an apposition between subject and cue: "Abdul Karim, 32, said", "X, a former minister, said"
            prev_comma = next((x for x in range(k - 1, max(floor - 1, k - 9), -1) if words[x].text == ","), None)
            if prev_comma is not None and prev_comma > floor:
                apposition = words[prev_comma + 1:k]
                if 1 <= len(apposition) <= 4 and apposition[0].text[:1].isupper() \
                        and all(w.text.replace("-", "").isalpha() for w in apposition):
                    named = k - 1
                k = prev_comma - 1
        j = k
        while j >= floor and (words[j].low not in self.w.stops_before or self._in_office_name(words, j, floor)) \
                and words[j].text not in _CLAUSE_STOPS and words[j].low not in self.w.skip_before:
            j -= 1
        if j == k:
            return None
        if j >= floor and j < k and words[j].low in self.w.dets and words[j].text[:1].isupper() and (
                j == floor or words[j - 1].text in _CLAUSE_STOPS):
            j -= 1  # "Zijn familie zegt": a possessive that opens the sentence, not the verb "zijn"
        if floor < j < k and words[j].low in self.w.origin_prepositions and self._place_at(words[j + 1].start,
                                                                                          words[k].end):
            # "Police in Kenya said", "Agenten uit Utrecht zeggen": where the subject is from, inside its phrase
            h = self._phrase_before(words, j, floor)
            if h < j - 1:
                j, k = h, j - 1  # the speaker is who, not where from
        elif floor < j < k and words[j].low in self.w.employer_prepositions:
            # "A doctor at Hawassa University Hospital said", "a spokesman for the ministry said": the role noun
            # before the preposition speaks, not the body after it
            h = self._phrase_before(words, j, floor)
            if h < j - 1 and self.w.is_role(words[j - 1].low):
                j, k = h, j - 1
        fronted = self._fronted_phrase_end(words, j, k, i)
        if fronted is not None:
            j = fronted  # "On Saturday the ministry said": the subject after a phrase of the cue's own
        elif j >= floor and words[j].low in self.w.stops - self.w.cues.complementizers - self.w.coordinators \
                and words[j].low not in self.w.subject_adverbs:
            return None  # "met de krant zei": the words before the cue are a prepositional phrase, not a subject
        if named is not None and (words[j + 1].low in self.w.dets or words[j + 1].low in self.w.roles):
            return words[j + 1].start, words[named].end  # the description and the name it is given
        if j > floor and words[j].low in self.w.coordinators:
            # "residents and a local resistance group said": both conjuncts speak, when the first opens the clause
            c = j - 1
            while c >= floor and words[c].text not in _CLAUSE_STOPS and words[c].low not in self.w.stops_before \
                    and words[c].low not in self.w.aux:
                c -= 1
            first = words[c + 1:j]
            opens = c >= 0 and words[c].text in ",;:"  # after a comma: "…, residents and … said"
            if 1 <= len(first) <= 4 and c == floor - 1 and opens and all(w.text[:1].isalnum() for w in first) and not any(
                    (t := self.tokens_at.get(w.start)) is not None and t.pos in ("VERB", "AUX") for w in first):
                return words[c + 1].start, words[k].end
        return words[j + 1].start, words[short_form if short_form is not None else k].end

    def _phrase_before(self, words: list[Word], j: int, floor: int) -> int:
        """The index before the noun phrase that ends right before word ``j`` (``j - 1`` when there is none)."""
        h = j - 1
        while h >= floor and words[h].low not in self.w.stops_before and words[h].text not in _CLAUSE_STOPS \
                and words[h].low not in self.w.skip_before:
            h -= 1
        return h

    def _place_at(self, a: int, b: int) -> bool:
        """Whether [a, b) is a place: one the gazetteer read, or a LOC entity."""
        return (a, b) in self._place_spans or any(e.label == "LOC" and (e.start, e.end) == (a, b)
                                                  for e in self.entities_from(a, b))

    def _fronted_phrase_end(self, words: list[Word], j: int, k: int, i: int) -> int | None:
        """When word ``j`` opens a prepositional phrase that the parse hangs from the cue (word ``i``) and a noun
        phrase follows it up to word ``k`` ("On Saturday the ministry said"), the index of the phrase's last word."""
        if j < 0 or not self.has_pos:
            return None
        prep, cue = self.tokens_at.get(words[j].start), self.tokens_at.get(words[i].start)
        if prep is None or cue is None or prep.pos != "ADP":
            return None
        noun = self.doc.tokens[prep.head]
        if noun.head != cue.i or not noun.dep.startswith("obl"):
            return None
        end = next((x for x in range(j + 1, k) if words[x].end == noun.end), None)
        if end is None or end >= k:
            return None
        rest = [self.tokens_at.get(w.start) for w in words[end + 1:k + 1]]
        return end if any(t is not None and t.dep.startswith("nsubj") for t in rest) else None

    def _in_office_name(self, words: list[Word], j: int, floor: int) -> bool:
        """Is the coordinator at j part of an office's name ("the Minister for Lands and Natural Resources", "de
        minister van Binnenlandse Zaken en Koninkrijksrelaties"): capitals on both sides, and a genitive preposition
        before the capitals before it (not "Hamas and Israel said", two speakers, nor "Police in Lagos and Abuja")?"""
        if words[j].low not in self.w.coordinators or j - 1 < floor or j + 1 >= len(words):
            return False
        if not (words[j - 1].text[:1].isupper() and words[j + 1].text[:1].isupper()):
            return False
        k = j - 1
        while k >= floor and words[k].text[:1].isupper():
            k -= 1
        return k >= floor and words[k].low in self.w.genitive_prepositions

    def attribution(self, a: int, b: int, prefer_before: bool, at: int) -> Attr | None:
        """The cue and speaker of the clause [a, b), or None when it has no cue."""
        words = self.words(a, b)
        for i in range(len(words)):
            if words[i].low in self.w.cues.attribution_adverbs or self.is_cue(words, i):
                cue = words[i]
                spans = []
                before = self.described_person(words, 0, i) or self.np_before(words, i)
                after = self.np_after(words, i)
                if cue.low in self.w.cues.attribution_adverbs:
                    spans = [after]
                elif cue.low in self.w.speech_participles and i > 0 and words[i - 1].text != ",":
                    spans = [before]  # "with UBS analyst David Strauss saying …"
                elif cue.low in self.w.speech_participles:  # "X released a statement, saying: …": the sentence's subject
                    ss, se = self.sentence_span(cue.start)
                    sw = self.words(ss, se)
                    k = simple_np(self.w, sw, 0, depth=0)
                    spans = [(sw[0].start, sw[k - 1].end) if k > 0 else None]
                elif prefer_before:
                    spans = [before, after]
                else:
                    spans = [after, before] if i == 0 or all(w.low in self.w.aux or w.text in ",.\"'”’»"
                                                             for w in words[:i]) else [before, after]
                speaker = None
                for span in spans:
                    if span is not None:
                        speaker = self.speaker_in(span[0], span[1], at, bare=span is before)
                        if speaker is not None:
                            break
                if speaker is not None and speaker.end is not None and speaker.description is None \
                        and a <= (speaker.start or 0) < b:  # not after a pronoun's antecedent elsewhere
                    # an apposition: "said Nino Lomjaria, a former public defender, who …"
                    m = self.w.apposition.match(self.text[speaker.end:b])
                    if m:
                        speaker = Speaker(speaker.entity, speaker.text, speaker.start, speaker.end, m.group(1))
                return Attr(cue.start, cue, speaker, self.negated(words, i))
        return None
