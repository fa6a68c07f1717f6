"""The tense of the clause around a time expression: past, present, future or unknown.

With spaCy's analysis (``Token.morph``) the finite verbs of the clause decide; without it
lexical cues do: future auxiliaries (zal/zullen, will, shall), past forms (was/werd/had, a
perfect: heeft/is + participle, Dutch weak past -de/-te/-den/-ten, English -ed and common
irregular pasts). The cue nearest to the expression wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Token
from .spec import Tense

_CLAUSE_BREAK = re.compile(
    r"[,;:()\"“”„«»]|\s[-–—]\s|\s(?:maar|but|terwijl|while|omdat|because|toen|when|dat|that|nadat|after|voordat|"
    r"before|waarna|waarbij|and|en)\s", re.IGNORECASE)

#: Words that put a date ahead although the verb is past or present ("is gepland voor begin maart").
_FUTURE_HINTS = frozenset("gepland verwacht voorzien planned scheduled expected due slated ahead".split())
_FUTURE = frozenset("zal zullen zult zul will shall 'll wil".split()) - {"wil"}
_PAST_AUX_NL = frozenset("heeft hebben heb hebt had hadden is zijn ben bent was waren".split())
_PAST_AUX_EN = frozenset("has have had 've".split())
_PAST_WORDS = {
    "nl": frozenset(
        """
        was waren werd werden had hadden kwam kwamen ging gingen zei zeiden stond stonden lag lagen liet lieten
        gaf gaven vond vonden nam namen sprak spraken schreef schreven riep riepen bleef bleven zag zagen
        kreeg kregen hield hielden trok trokken vloog vlogen viel vielen sloeg sloegen schoot schoten
        vluchtte vluchtten brak braken begon begonnen zat zaten wist wisten moest moesten kon konden
        wilde wilden mocht mochten dacht dachten bracht brachten zocht zochten liep liepen stierf stierven
        verloor verloren won wonnen koos kozen bood boden sloot sloten verscheen verschenen ontstond
        ontstonden verliet verlieten vertrok vertrokken besloot besloten ontving ontvingen deed deden
        """.split()
    ),
    "en": frozenset(
        """
        was were had did said told went came took gave made fled left held met found saw began fought struck
        shot led sent spent won lost thought brought caught fell rose broke spoke wrote stood kept became knew
        drove ran got paid sold bought hit put cut set chose flew threw withdrew seized stole
        """.split()
    ),
}
_PRESENT_WORDS = {
    "nl": frozenset(
        """
        is wordt worden komt komen staat staan ligt liggen moet moeten kan kunnen mag mogen wil willen
        maakt maken zegt zeggen begint beginnen houdt houden neemt nemen krijgt krijgen geeft geven
        beslist beslissen spreekt spreken vergadert vergaderen stemt stemmen opent openen sluit sluiten
        eindigt eindigen blijft blijven gaat gaan doet doen heeft
        """.split()
    ),
    "en": frozenset(
        """
        are am is does do says say meets meet opens open decides decide votes vote starts start begins
        takes take holds hold makes make gives give gets get expects expect plans plan ends remains goes
        announces visits travels hosts launches unveils releases presents publishes resumes expires leaves
        arrives returns faces hears rules signs delivers addresses marks celebrates
        """.split()
    ),
}
_NOT_PAST = frozenset(
    """
    de te beste grote goede eerste laatste tweede derde vierde vijfde zesde zevende achtste negende
    tiende hoogte breedte diepte lengte grootte ruimte gedachte gemeente kaarte plaatste eigenlijkste
    minste meeste ergste leukste mooiste oudste jongste hoogste laagste snelste grootste kleinste
    beide twintigste dertigste honderdste duizendste hele halve nieuwe oude rode witte zwarte
    kwade brede dode doden gewonden kunde soorte ente tijden linden korte harde vaste lichte zachte echte
    slechte rechte koude vrede schade aarde hitte ziekte menigte vlakte brigade parade blokkade rede weide
    zijde bekende genoemde zogenaamde gehele gehate gerechte verte vorige volgende komende
    armed wounded injured alleged so-called
    need feed seed bed red speed hundred united indeed proceed succeed exceed breed greed weed shed
    """.split()
)
#: Present-tense reporting verbs are often a historical present ("zegt Peskov zondag"): no cue.
_REPORTING = frozenset("zegt zeggen meldt melden schrijft stelt vertelt erkent ontkent says say tells reports "
                       "writes claims denies told".split()) - {"told"}
_REPORTING_LEMMAS = frozenset("zeggen melden schrijven stellen vertellen erkennen ontkennen say tell report write "
                              "claim deny".split())
_REPORTING_IN = re.compile(r"\b(?:" + "|".join(sorted(_REPORTING)) + r")\b", re.IGNORECASE)
_FUTURE_BIGRAMS = frozenset({("to", "be"), ("set", "to"), ("going", "to"), ("due", "to"), ("is", "to"),
                             ("are", "to"), ("plans", "to"), ("plan", "to"), ("staat", "gepland")})
_BE_EN = frozenset("is are am be been being 's 're get gets will".split())
_WORD = re.compile(r"[\w'’]+", re.UNICODE)
_PARTICIPLE_NL = re.compile(r"^ge\w{2,}(?:d|t|en)$|^\w+(?:ge|be|ver|ont|her)\w+(?:d|t|en)$")


def clause_bounds(text: str, sent_start: int, sent_end: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence around [start, end): cut at commas, colons, quotes, dashes."""
    a, b = sent_start, sent_end
    for m in _CLAUSE_BREAK.finditer(text, sent_start, sent_end):
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    return a, b


def _lexical_cues(text: str, a: int, b: int, lang: str) -> list[tuple[int, Tense]]:
    words = [(m.start(), m.group(0).lower().replace("’", "'")) for m in _WORD.finditer(text, a, b)]
    cues: list[tuple[int, Tense]] = []
    aux = _PAST_AUX_NL if lang == "nl" else _PAST_AUX_EN
    has_participle = any(_is_participle(w, lang) for _, w in words)
    prev = ""
    for k, (pos, w) in enumerate(words):
        if lang == "en" and w in ("would", "'d") and (k + 1 == len(words) or words[k + 1][1] != "have"):
            prev = w
            cues.append((pos, "future"))  # "said talks would resume on Friday"; "would have" is past
            continue
        before, after_be, prev = prev, prev in _BE_EN, w
        if (before, w) in _FUTURE_BIGRAMS:
            cues.append((pos, "future"))  # "is set to begin", "to be held"
            continue
        if lang == "en" and after_be and (w.endswith("ed") or w in _PAST_WORDS["en"]) and w not in _FUTURE_HINTS:
            continue  # "are reported", "be held": a participle, not a past tense
        if w in _FUTURE or w in _FUTURE_HINTS or w.endswith("'ll"):
            cues.append((pos, "future"))
        elif w in _PAST_WORDS[lang] or w in aux and has_participle:
            cues.append((pos, "past"))
        elif w in _REPORTING:
            continue
        elif w in _PRESENT_WORDS[lang] or (w in aux and not has_participle and w not in ("had", "hadden", "was", "waren")):
            cues.append((pos, "present"))
        elif w in ("geleden", "ago", "gisteren", "yesterday", "eergisteren", "vorige", "afgelopen"):
            cues.append((pos, "past"))
        elif w in ("morgen", "tomorrow", "overmorgen", "komende", "volgende", "next"):
            cues.append((pos, "future"))
        elif w not in _NOT_PAST and len(w) >= 5 and _weak_past(w, lang):
            cues.append((pos, "past"))
    return cues


def _weak_past(w: str, lang: str) -> bool:
    if lang == "nl":
        return bool(re.search(r"\w{3,}(?:de|te)$", w)) and not w.startswith("ge") and not w.endswith(
            ("ende", "ste", "heden", "ijden"))
    return w.endswith("ed") and not w.endswith("eed")


def _is_participle(w: str, lang: str) -> bool:
    if lang == "nl":
        return len(w) > 5 and bool(_PARTICIPLE_NL.match(w)) and w not in ("gemeenten", "geleden", "gebied")
    return w.endswith("ed") or w in ("been", "done", "gone", "seen", "taken", "given", "made", "fled", "left",
                                     "held", "met", "found", "begun", "fought", "struck", "shot", "led",
                                     "sent", "lost", "won", "brought", "caught", "fallen", "broken", "spoken",
                                     "written", "known", "killed", "said", "told", "come")


def _finite(t: Token) -> Tense | None:
    """The tense a finite verb token shows (fine-grained tag first, then morphology), or None."""
    tag = t.tag
    if tag.startswith("WW|"):  # Dutch (Alpino/CGN tags): WW|pv|tgw present, WW|pv|verl past
        if not tag.startswith("WW|pv"):
            return None
        return "past" if "|verl" in tag or t.feature("Tense") == "Past" else "present"
    if tag in ("VBD",):
        return "past"
    if tag in ("VBZ", "VBP", "MD"):
        return "present"
    if tag and not tag.startswith("WW") and tag[:1].isalpha() and tag.isupper():
        return None  # another tagged word class (NN, IN, ...)
    if tag and "|" in tag:
        return None  # a Dutch non-verb tag (N|soort|..): trust it over the morphology
    if t.pos not in ("VERB", "AUX") or t.feature("VerbForm") != "Fin":
        return None
    return "past" if t.feature("Tense") == "Past" else "present"


def _participle(t: Token, lang: str) -> bool:
    if t.text.lower() in ("geleden", "afgelopen", "verleden"):
        return False  # "is een jaar geleden": 'ago', not a perfect
    return (t.feature("VerbForm") == "Part" or t.tag.startswith("WW|vd") or t.tag == "VBN"
            or _is_participle(t.text.lower(), lang))


def _token_cues(tokens: Sequence[Token], a: int, b: int, lang: str) -> list[tuple[int, Tense]]:
    inside = [t for t in tokens if a <= t.start < b]
    has_participle = any(_participle(t, lang) for t in inside)
    cues: list[tuple[int, Tense]] = []
    for k, t in enumerate(inside):
        lemma, word = t.lemma.lower(), t.text.lower()
        if word in ("would", "'d") and k + 1 < len(inside) and inside[k + 1].text.lower() == "have":
            continue  # "would have ended": a past
        if lemma in ("zullen", "will", "shall", "would") or word in _FUTURE or word in _FUTURE_HINTS or word.endswith("'ll"):
            cues.append((t.start, "future"))
            continue
        tense = _finite(t)
        lexical: Tense | None = "past" if word in _PAST_WORDS[lang] else (
            "present" if word in _PRESENT_WORDS[lang] else None)
        if tense is None and not (lexical and t.pos in ("VERB", "AUX")):
            continue
        if lexical:
            tense = lexical  # the word list knows "gingen" better than a tagger that calls it present
        elif tense == "past" and lang == "nl" and word == t.lemma.lower() and word.endswith("en"):
            tense = "present"  # a form identical to its lemma is an infinitive/plural present ("plaatsvinden")
        if tense == "present" and (lemma in ("hebben", "zijn", "have") or word in _PAST_AUX_NL | _PAST_AUX_EN) \
                and has_participle and not (lang == "en" and lemma == "be"):
            tense = "past"  # a perfect: "heeft ... neergeschoten", "has fled"
        if tense == "present" and (lemma in _REPORTING_LEMMAS or word in _REPORTING):
            continue  # a historical present of a speech verb tells nothing
        if tense is not None:
            cues.append((t.start, tense))
    return cues


def _governing_cues(tokens: Sequence[Token], start: int, end: int, lang: str) -> list[tuple[int, Tense]]:
    """Tense cues of the verb the expression hangs from in the parse, with its auxiliaries.

    The syntactic head beats proximity: in "schatte het aantal vluchtelingen zondag op 261.000"
    a noun mis-tagged as a present verb may stand nearer to "zondag" than "schatte" does.
    """
    by_i = {t.i: t for t in tokens}
    node = next((t for t in tokens if start <= t.start < end), None)
    seen: set[int] = set()
    while node is not None and node.i not in seen and len(seen) < 8:
        seen.add(node.i)
        if node.pos in ("VERB", "AUX") and not start <= node.start < end:
            main = by_i.get(node.head)
            if node.dep.startswith(("aux", "cop")) and main is not None and main.i != node.i:
                node = main  # "hebben maandag ... neergelegd": the perfect is the auxiliary with its participle
            group = sorted((t for t in tokens if t.i == node.i or (t.head == node.i and t.dep.startswith(("aux", "cop")))),
                           key=lambda t: t.start)
            return _token_cues(group, group[0].start, group[-1].end, lang)
        head = by_i.get(node.head)
        node = None if head is None or head.i == node.i else head
    return []


def clause_tense(text: str, lang: str, sent_start: int, sent_end: int, start: int, end: int,
                 tokens: Sequence[Token] = ()) -> Tense | None:
    """The tense governing [start, end) in its sentence (None when nothing tells)."""
    parsed = [t for t in tokens if sent_start <= t.start < sent_end and t.dep]
    if parsed:
        governing = _governing_cues(parsed, start, end, lang)
        if governing:
            return min(governing, key=lambda c: min(abs(c[0] - start), abs(c[0] - end)))[1]
    a, b = clause_bounds(text, sent_start, sent_end, start, end)
    for lo, hi in ((a, b), (sent_start, sent_end)):
        analysed = [t for t in tokens if lo <= t.start < hi and (t.morph or t.tag)]
        # the tagger's finite verbs first; when it finds none (a verb mistagged as a noun: "meets"), the word lists
        for use_tokens in ((True, False) if analysed else (False,)):
            found = _token_cues(analysed, lo, hi, lang) if use_tokens else _lexical_cues(text, lo, hi, lang)
            cues = [(pos, tense) for pos, tense in found if not start <= pos < end]
            if cues:
                return min(cues, key=lambda c: min(abs(c[0] - start), abs(c[0] - end)))[1]
        if _REPORTING_IN.search(text, lo, hi):
            return None  # "Putin says Sunday that ...": the speech verb's clause decides, and it tells nothing
    return None


def looks_finite(word: str, lang: str) -> bool:
    """Whether ``word`` looks like a finite verb ("groeide", "blijft", "rose"), for telling years from counts."""
    w = word.lower()
    if w in _PAST_WORDS[lang] or w in _PRESENT_WORDS[lang] or w in _FUTURE:
        return True
    if w in _NOT_PAST or len(w) < 4:
        return False
    if lang == "nl":
        return _weak_past(w, lang) or (w.endswith("t") and not w.endswith(("cht", "nt", "st")) and len(w) >= 5)
    return _weak_past(w, lang)
