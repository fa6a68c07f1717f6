"""Trigger detection and typing: lexicon matches, disambiguated by clause context and the parse.

For every token the candidate lemmas (parser lemma when plausible + fallback lemmatizer) are looked
up in the language's lexicon (also as the last part of a Dutch compound: "bomaanslag" ->
"aanslag"). An entry fires when its word groups, separable particle, reflexive, complement and
``need``/``block`` conditions hold. Nominal triggers also need an *occurrence cue* (a determiner,
number or adjective before them, a support verb, or an occurrence verb such as "vond plaats",
"volgde", "broke out" in the clause), so that generic mentions ("de tijd van betogingen is
voorbij") are not events. Not triggers either: attributive participles ("de opgeroepen
rekruten"), nouns read as verbs ("de steun", "geesten van doden", "61 stemmen"), prepositions read
as particles ("kwamen in de eerste ronde"), words inside dates ("8 March") and inside names
("Rapid Support Forces"), violence words in sports reports, event nouns that only modify a person or group
noun ("rescue workers", "protest leaders", "the strike committee": the head decides) and present-tense
relative clauses that characterise an entity ("companies that supply jet fuel", "een organisatie die hulp
verleent"; a past one, "the militia that attacked the village on Monday", is an event).

Then, per sentence: the most specific match wins on each token; same-type matches collapse into
one event; deontic modals turn an action into a REQUEST ("Rusland moet ... verbieden"), and talks that must happen too
("Het overleg moet nu weer beginnen", "Talks must resume");
violence or weapons promised inside a direct quote are a THREATEN; what is requested, threatened,
agreed, refused or alleged is not an event of its own ("riep op om luchtafweer te leveren",
"accused the army of bombing"); coordinated objects after "net als"/"as well as" become separate
events, and so do further objects of a destruction verb ("staken een auto en twee containers in
brand") and coordinated verbs with their own objects ("burned homes and looted shops"; not "shot and
killed", not a participial toll "..., killing 12"). A nominal trigger opening the sentence after
"Bij"/"Tijdens"/"During"/"Amid" is an occurrence ("Bij ongeregeldheden in X zijn ..."). Plain
reporting verbs (zeggen, melden, bevestigen, say, report, confirm) are no triggers and never absorb
what they report. After modality is known (:func:`retype_by_modality`), PLOVER's reading of commitments
applies: announced or intended cooperation is an AGREE, refused cooperation a REJECT, a
coercive act announced "unless ..." a THREATEN.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lexicon import Entry, Lexicon
from .text import REFLEXIVES, Clause, QuoteSpan, SentenceView

DETERMINERS = frozenset("""
de het een deze dit die dat zo'n zulke geen enkele enkel meerdere diverse verschillende talrijke veel vele
tientallen honderden duizenden zijn haar hun ons onze mijn reeks serie golf aantal nieuwe nieuw eerste tweede
derde laatste vorige massale massaal grote groot hevige hevig gewelddadige gewelddadig zware zwaar vreedzame
vreedzaam spontane landelijke dodelijke dodelijk bloedige felle wekelijkse dagelijkse opnieuw ander andere
the a an this these those that such several many numerous some multiple dozens hundreds thousands his her their
our its series wave number new first second third last latest recent previous massive mass large big major
violent heavy peaceful spontaneous nationwide deadly bloody fierce fresh weekly daily further another other
two three four five six seven eight nine ten twee drie vier vijf zes zeven acht negen tien
""".split())
SETTING_PREPS = frozenset({"bij", "tijdens", "during", "amid", "amidst"})  # a clause-initial setting: the event occurred
BARE_PREPS = frozenset({"van", "of", "tegen", "against", "over", "about", "voor", "for", "zonder", "without"})
OCCURRENCE = frozenset("""
plaatsvinden vinden volgen ontstaan uitbreken breken escaleren houden organiseren plegen uitvoeren voeren beginnen
starten eindigen duren doden kosten eisen vallen melden treffen raken verwonden komen zijn worden
take occur happen break erupt follow stage hold organize organise carry launch conduct begin start end continue
kill leave claim wound injure hit spark trigger mount unleash report be see resume renew undertake hervatten
hernemen
""".split())
LIGHT_VERBS = frozenset("""
geven bieden uitspreken betuigen toezeggen sturen zenden leveren verlenen opleggen instellen invoeren afkondigen
inzetten zetten gebruiken afvuren schieten spuiten use fire spray deploy plegen
uitroepen aankondigen starten openen beginnen voeren houden bereiken sluiten tekenen ondertekenen maken indienen
doen uiten brengen afleggen aangaan gelasten uitbreiden verscherpen aanvragen ontvangen
beloven overeenkomen steken opheffen hervatten hernemen
give offer express pledge announce provide send deliver impose declare launch open begin start hold reach sign
conclude strike make file extend tighten receive seek broker agree voice lodge issue order approve grant resume
""".split())
DEONTIC = frozenset({"moet", "moeten", "moest", "moesten", "dient", "dienen", "must", "should", "ought"})
SPEECH = re.compile(r"(?<!\w)(zei|zegt|zeggen|zeiden|meldde|meldt|verklaarde|stelde|schreef|liet weten|eiste|"
                    r"vindt|vond|riep|said|says|say|told|stated|wrote|argued|insisted|added)(?!\w)")
WEAPONS = re.compile(r"(?<!\w)(molotovcocktail|kogel|bom(men)?\b|wapen|raket|geweer|granat|executie|"
                     r"bullet|bombs?\b|weapon|rocket|missile|gun|execution|firing squad)", re.IGNORECASE)
MODAL_FUTURE = re.compile(r"(?<!\w)(kunnen|kan|zal|zullen|zult|gaan|gaat|rekenen op|wacht|wachten|moeten|"
                          r"will|would|can|could|shall|going to|expect|await|face)(?!\w)")
REMEDY = re.compile(r"(?<!\w)(oplossing|antwoord|verdienen|verdient|remedie|solution|answer|deserve|deserves|remedy|"
                    r"cure)(?!\w)")
PAST_VERB = re.compile(r"(?<!\w)(was|waren|werd|werden|had|hadden|heeft|hebben|is|zijn) \w*(ge\w+[dt]|en)(?!\w)"
                       r"|(?<!\w)(was|were|had been|has been|have been) \w+ed(?!\w)")
SPORTS = re.compile(r"(?<!\w)(wedstrijd|doelpunt|helft|keeper|spits|scoorde|competitie|eredivisie|voetbal|elftal|"
                    r"\d+ ?- ?\d+|trainer|transfer|ploeg|speler|coach|doelman|toernooi|golf|birdie|bogey|strokes|"
                    r"under-par|three-under|two-under|wicket|innings|cricket|rugby|defending champion|grand slam|"
                    r"match|goalkeeper|striker|scored|league|football|soccer|half-time|penalty|tennis|wielren)",
                    re.IGNORECASE)
FAN_VIOLENCE = re.compile(r"(?<!\w)(politie|agent|agenten|ME|mobiele eenheid|hooligan\w*|relschopper\w*|rellen|"
                          r"ongeregeldheden|police|officers|rioters|riot|riots|stewards)(?!\w)")
COORD_OPENERS = re.compile(r"(?<!\w)(net als|evenals|alsook|alsmede|as well as|along with)(?!\w)", re.IGNORECASE)
PREPS = frozenset({"bij", "op", "in", "van", "met", "aan", "nabij", "naast", "at", "on", "of", "near", "with", "by",
                   "outside", "inside"})
GENERIC_SUBJECTS = {"nl": frozenset({"je", "men", "jij", "iemand"}), "en": frozenset({"you", "someone", "anyone"})}
VOLITION = frozenset({"wil", "willen", "wilde", "wilden", "want", "wants", "wanted", "wenst", "wensen"})
NEGATORS = frozenset({"niet", "geen", "nooit", "not", "no", "never", "n't"})
ATTRIB_ADVERBS = frozenset({"nu", "pas", "recent", "recently", "newly", "eerder", "onlangs", "zojuist", "already", "al",
                            "zwaar", "licht", "hevig", "badly", "heavily", "lightly", "gisteren", "yesterday"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A detected trigger in one sentence, before arguments are filled."""

    sentence: int
    head: int  # token index within the sentence
    type: str
    mode: str | None
    start: int  # trigger characters
    end: int
    rule: str
    weight: float
    flags: frozenset[str] = frozenset()
    tokens: tuple[int, ...] = ()
    nominal: bool = False
    lemma: str = ""
    target_span: tuple[int, int] | None = None  # coordinated object (characters)
    scope: tuple[int, int] | None = None  # characters whose time/place win (a coordinated conjunct)
    forced_modality: str | None = None
    merged: tuple[int, ...] = field(default=())  # heads of same-type triggers folded into this one
    excluded: tuple[tuple[int, int], ...] = ()  # other conjuncts' words: their dates and places are not ours


# --------------------------------------------------------------------------- matching
def _group_at(view: SentenceView, group: tuple[str, ...], lo: int, hi: int, exclude: int) -> list[int] | None:
    """Token indices where ``group`` occurs contiguously in tokens lo..hi (by form or lemma)."""
    n = len(group)
    for k in range(max(0, lo), min(len(view.tokens), hi) - n + 1):
        if k <= exclude < k + n and n == 1:
            continue
        if all(_word_matches(view, k + j, w) for j, w in enumerate(group)):
            return list(range(k, k + n))
    return None


def _word_matches(view: SentenceView, k: int, word: str) -> bool:
    low = view.lowers[k]
    return low == word or word in view.lemmas[k] or (word.endswith("-") and low == word[:-1])


def _has_cue(view: SentenceView, k: int, clause_lo: int, clause_hi: int) -> bool:
    """Is the nominal trigger at k an occurrence (not a generic mention)?"""
    for j in range(k - 1, max(-1, k - 4), -1):
        low = view.lowers[j]
        tok = view.tokens[j]
        if low in DETERMINERS or tok.pos in ("DET", "NUM") or low.isdigit():
            return True
        if low in BARE_PREPS and j == k - 1:
            break
        if low in SETTING_PREPS and (j == 0 or view.lowers[j - 1] in (",", ";")):
            return True  # "Bij ongeregeldheden in X zijn ... gewond geraakt", "During clashes, ..."
        if tok.pos == "ADJ" or (not view.parsed and low.endswith(("e", "ische")) and low.isalpha() and j == k - 1):
            continue
        if low in (",", "en", "and", "of", "or"):
            continue
        break
    if any(j != k and view.lemmas[j] & LIGHT_VERBS and view.lowers[j] not in ("de", "het", "een")
           for j in range(clause_lo, clause_hi)):
        return True  # "hebben sancties ingesteld", "launched airstrikes"
    for j in range(clause_lo, clause_hi):
        if j != k and view.lemmas[j] & OCCURRENCE and not view.tokens[j].text[:1].isupper():
            lemma_hit = view.lemmas[j] & OCCURRENCE
            if lemma_hit - {"zijn", "be", "komen", "worden"}:
                return True
            # "er is/was", "kwam het tot", "it came to": weak verbs only with their frame
            if lemma_hit & {"komen"} and re.search(r"(?<!\w)(tot|to)(?!\w)", view.clause_text(view.clause_of(k))):
                return True
            if lemma_hit & {"zijn", "worden", "be"} and k > 0 and any(view.lowers[i] in ("er", "there")
                                                                       for i in range(clause_lo, k)):
                return True
    if view.parsed:
        tok = view.tokens[k]
        if tok.dep in ("nsubj", "obj", "nsubj:pass") and view.tokens[k].pos == "NOUN":
            return any(t.pos in ("DET", "NUM") for t in view.tokens if t.head == tok.i)
    return False


def _attributive(view: SentenceView, k: int) -> bool:
    """A participle used as an adjective before a noun ("de nu opgeroepen rekruten")."""
    if k + 1 >= len(view.tokens) or k == 0:
        return False
    low = view.lowers[k]
    participle = (low.startswith("ge") or any(low.startswith(p + "ge") for p in ("neer", "op", "uit", "aan", "dood",
                                                                                  "af", "in", "vrij", "terug"))
                  or low.endswith(("ed", "en"))) and low.endswith(("d", "t", "en"))
    if not participle:
        return False
    nxt = view.tokens[k + 1].text
    before = view.lowers[k - 1]
    before2 = view.lowers[k - 2] if k >= 2 else ""
    return nxt.isalpha() and (before in ARTICLES or (before in ATTRIB_ADVERBS and before2 in ARTICLES))


ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "deze", "dit", "die", "this", "these", "those", "haar",
                      "hun", "mijn", "onze", "jullie", "his", "her", "their", "our", "'s", "’s"})
NOT_VERB_FORMS = frozenset({"dood", "steun", "eis", "vlucht", "aanval", "moord", "hulp", "strijd", "oproep", "verzoek",
                            "bezoek", "overleg", "staking"})
_PLURALS = ("", "en", "s", "'s", "n", "es", "ën", "e", "eren")


def _nominal_form(low: str, head: str) -> bool:
    """The surface form is the noun itself, its plural, or a compound ending in it ("bomaanslagen")."""
    if any(low.endswith(head + suffix) for suffix in _PLURALS if suffix != "e" or head.endswith("e")):
        return True
    if low.endswith(head + head[-1] + "en") or (head.endswith("y") and low.endswith(head[:-1] + "ies")):
        return True
    if head.endswith("heid") and low.endswith(head[:-3] + "eden"):  # "ongeregeldheid" -> "ongeregeldheden"
        return True
    # long vowel written single in the plural: "betoog" -> "betogen"
    return len(head) >= 3 and head[-2] == head[-3] and low.endswith(head[:-2] + head[-1] + "en")


AFTER_PARTICLE = frozenset("""
met tot om te dat en maar omdat toen voor bij in op aan naar door van over zich niet ook nog al wel had heeft hebben
is zijn werd worden wordt zou zal kan moet tegen uit onder na nadat terwijl waarna zodat want of dan als
""".split())
PREP_GROUPS = frozenset({"om", "met", "op", "voor", "tot", "tegen", "to", "for", "with", "on", "upon", "of", "in",
                         "out", "down", "up", "off", "back"})
NL_PREPOSITIONS = frozenset({"van", "voor", "met", "bij", "na", "naar", "over", "zonder", "tijdens", "door", "tegen",
                             "onder", "boven", "tussen", "uit", "vanwege", "wegens"})


EN_PREPOSITIONS = frozenset({"of", "for", "with", "on", "by", "from", "at", "about", "against", "into", "over",
                             "under", "after", "before", "despite", "amid", "among"})


def tok_pos(view: SentenceView, k: int) -> str:
    return view.tokens[k].pos


def _numberlike(low: str) -> bool:
    return low[:1].isdigit() or low in ("twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
                                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _participle(low: str) -> bool:
    return (low.startswith("ge") or any(low.startswith(p + "ge") for p in ("neer", "op", "uit", "aan", "dood", "af",
                                                                           "in", "vrij", "terug", "weg", "vast"))
            or low.endswith("ed")) and low.endswith(("d", "t", "en"))


def _entry_ok(view: SentenceView, e: Entry, k: int) -> list[int] | None:
    """Token indices of the match when entry ``e`` fires with its head at token k, else None."""
    used = [k]
    lo, hi = max(0, k - 10), min(len(view.tokens), k + 12)
    low = view.lowers[k]
    if not e.nominal and low in NOT_VERB_FORMS:
        return None  # "dood", "steun": nouns or adjectives, not forms of "doden", "steunen"
    if "noform" in e.flags and low == e.head and (k == 0 or view.lowers[k - 1] not in ("te", "to")):
        return None  # "doden" is mostly "the dead"; the verb shows as "doodde", "gedood", "te doden"
    if e.nominal and not _nominal_form(low, e.head):
        return None
    if not e.nominal and e.particle is None and view.language == "nl" and k > 0 and not _participle(low) and (
            view.lowers[k - 1] in NL_PREPOSITIONS or _numberlike(view.lowers[k - 1])):
        return None  # "geesten van doden", "61 stemmen": a noun after a preposition or number
    if not e.nominal and e.particle is None and view.language == "en" and k > 0 and not e.groups and (
            view.lowers[k - 1] in EN_PREPOSITIONS or (view.lowers[k - 1] == "to" and low.endswith("s"))
            or (view.parsed and tok_pos(view, k) == "NOUN" and tok_pos(view, k - 1) in ("ADJ", "DET", "NUM")
                and not (k == 1 and view.lowers[0].endswith(("s", "men")) and view.tokens[0].text[:1].isupper()))):
        return None  # "conceded to demands", "a consistent demand": nouns, not the verb
    if not e.nominal and not e.groups and e.particle is None and not _participle(low) and k > 0 \
            and (view.lowers[k - 1] in ARTICLES or (view.language == "nl" and k > 1 and view.lowers[k - 2] in ARTICLES
                                                    and (view.lowers[k - 1].endswith("e") or (
                                                        view.lowers[k - 1].startswith("ge")
                                                        and view.lowers[k - 1].endswith("en"))))) \
            and not (view.parsed and tok_pos(view, k) in ("VERB", "AUX") and tok_pos(view, k - 1) in ("NOUN", "PROPN")):
        return None  # "de steun", "een gebroken belofte": a noun, not the verb ("de politie arresteerde" is one)
    if e.particle is not None:
        if view.lowers[k].startswith(e.particle) or (k > 0 and _numberlike(view.lowers[k - 1])):
            return None
        clause_end = view.clause_of(k).end
        part = _group_at(view, (e.particle,), k + 1, min(hi, clause_end), k)
        # "kwamen in de eerste ronde", "bieden aan vermisten": a preposition, not a particle; but "riep de
        # partijen op de wapens neer te leggen": an infinitive clause follows the particle
        if part is not None and part[0] + 1 < len(view.tokens) and view.lowers[part[0] + 1][:1].isalnum() \
                and view.lowers[part[0] + 1] not in AFTER_PARTICLE and "te" not in view.lowers[part[0] + 1:clause_end]:
            part = None
        if part is None:  # "om de menigte uiteen te drijven", "neer te schieten": particle before the verb
            before = [j for j in (k - 1, k - 2) if j >= 0 and view.lowers[j] == e.particle
                      and (j == k - 1 or view.lowers[k - 1] in ("te", "ge"))]
            part = before[:1] or None
        if part is None:
            return None
        used += part
    for g in e.groups:
        if len(g) == 1 and g[0] in PREP_GROUPS:  # "vragen om", "call for": the preposition stays close
            found = _group_at(view, g, max(0, k - 5), min(len(view.tokens), k + 6), k)
        else:
            found = _group_at(view, g, lo, hi, k)
        if found is None:
            return None
        used += found
    if e.need and not all(p.search(view.text) for p in e.need):
        return None
    if e.block and any(p.search(view.text) for p in e.block):
        return None
    clause = view.clause_of(k)
    if "refl" in e.flags and not any(view.lowers[j] in REFLEXIVES for j in range(lo, hi)):
        return None
    after = view.lowers[k + 1:k + 5]
    if "dat" in e.flags and not ({"dat", "that"} & set(after)):
        return None
    if "nodat" in e.flags and {"dat", "that"} & set(after):
        return None
    if e.nominal:
        if "lv" in e.flags:
            if not any(j != k and view.lemmas[j] & LIGHT_VERBS for j in range(clause.start, clause.end)):
                return None
        elif not (view.headline or "free" in e.flags or _has_cue(view, k, clause.start, clause.end)):
            return None
    elif _attributive(view, k):
        return None
    return sorted(set(used))


def match_sentence(view: SentenceView, lexicon: Lexicon) -> list[Candidate]:
    """All lexicon matches in one sentence, the most specific per token, overlaps resolved."""
    found: list[tuple[int, bool, Entry, int, list[int]]] = []  # (specificity, exact, entry, head, tokens)
    in_time = {k for k, tok in enumerate(view.tokens)
               if any(t.start <= tok.start and tok.end <= t.end for t in view.times)}
    words = [t.text for t in view.tokens if t.text[:1].isalpha()]
    running_text = sum(w[:1].islower() for w in words) > len(words) / 2
    if running_text:  # "the Rapid Support Forces": a capitalized word inside a sentence is part of a name
        in_time |= {k for k, tok in enumerate(view.tokens) if k > 0 and tok.text[:1].isupper()
                    and view.lowers[k - 1] not in ("\"", "“", "„", "'", "‘", "(", ":")}
    for k, tok in enumerate(view.tokens):
        if not tok.text[:1].isalpha() or k in in_time:  # "8 March 2024" is a date, not a march
            continue
        if _modifies_people(view, k):
            continue
        exact_heads = view.lemmas[k]
        for lemma in exact_heads:
            for e in lexicon.lookup(lemma):
                used = _entry_ok(view, e, k)
                if used is not None:
                    found.append((e.specificity, True, e, k, used))
        if len(view.lowers[k]) >= 6 and not tok.text[:1].isupper():
            for e in lexicon.compound_entries(exact_heads):
                used = _entry_ok(view, e, k)
                if used is not None:
                    found.append((e.specificity, False, e, k, used))
    for pattern, e in lexicon.surface:
        for m in pattern.finditer(view.text):
            a, b = view.start + m.start(), view.start + m.end()
            ks = [k for k, t in enumerate(view.tokens) if t.start < b and t.end > a]
            if ks:
                found.append((e.specificity + 1, True, e, ks[0], ks))
    found.sort(key=lambda f: (-f[0], not f[1], -len(f[2].head), -f[2].weight, f[3]))
    taken: set[int] = set()
    out: list[Candidate] = []
    for _spec, exact, e, k, used in found:
        if k in taken:
            continue
        taken.update(used)
        a, b = _trigger_span(view, k, used)
        out.append(Candidate(
            sentence=view.i, head=k, type=e.type, mode=e.mode, start=a, end=b, rule=e.rule + ("" if exact else " (compound)"),
            weight=e.weight - (0.0 if exact else 0.05), flags=e.flags, tokens=tuple(used), nominal=e.nominal,
            lemma=e.head if not e.particle else e.particle + e.head))
    return sorted(out, key=lambda c: c.head)


PEOPLE_HEADS = frozenset("""
worker leader committee activist negotiator organiser organizer group team crew volunteer official agency
organisation organization movement coalition campaigner envoy mediator personnel staff member spokesman
spokeswoman spokesperson coordinator squad unit chief representative delegate delegation veteran
leider comité commissie werker activist onderhandelaar organisator groep team ploeg vrijwilliger organisatie
beweging woordvoerder coördinator medewerker delegatie vertegenwoordiger
""".split())


def _modifies_people(view: SentenceView, k: int) -> bool:
    """"Rescue workers", "aid agencies", "protest leaders", "the strike committee": a noun that only modifies a
    person or group noun is no event; the head decides (a Dutch compound's head is its last part already)."""
    if k + 1 >= len(view.tokens):
        return False
    nxt = view.tokens[k + 1]
    if not nxt.text[:1].isalpha():
        return False
    heads = view.lemmas[k + 1] | {view.lowers[k + 1]}
    if not (heads & PEOPLE_HEADS or any(h.endswith(("ist", "ists")) and len(h) > 5 for h in heads)):
        return False
    if any(view.lowers[j] in SETTING_PREPS for j in range(max(0, k - 3), k)):
        return False  # "During the protest members of parliament were arrested": the setting, not a modifier
    if view.parsed:
        tok = view.tokens[k]
        base = view.tokens[0].i
        if k > 0 and view.tokens[k - 1].pos in ("NOUN", "PROPN"):
            return False  # "Police arrest activists": a headline's subject and verb, not a compound
        return tok.dep.split(":")[0] in ("compound", "amod", "nmod") and tok.head - base == k + 1
    return k == 0 or view.lowers[k - 1] in ARTICLES  # without a parse: "the strike committee", "Rescue workers"


def _trigger_span(view: SentenceView, k: int, used: list[int]) -> tuple[int, int]:
    """The head token, or the whole expression when it is compact ("in brand", "de straat op")."""
    lo, hi = min(used), max(used)
    if hi - lo <= 3:
        return view.tokens[lo].start, view.tokens[hi].end
    return view.tokens[k].start, view.tokens[k].end


# --------------------------------------------------------------------------- sentence-level rules
def refine(view: SentenceView, cands: list[Candidate], quotes: list[QuoteSpan]) -> list[Candidate]:
    """Apply the sentence-level rules (see module docstring) to the raw matches."""
    out: list[Candidate] = []
    sports = SPORTS.search(view.text) is not None
    fan_violence = sports and FAN_VIOLENCE.search(view.text) is not None
    for c in cands:
        if sports and c.type in ("ASSAULT", "THREATEN", "CONSULT", "SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE") \
                and not (fan_violence and c.type == "ASSAULT"):
            continue  # "een sterke aanval in de tweede helft", "shot wide"; not "supporters vielen agenten aan"
        clause = view.clause_of(c.head)
        before = view.lowers[clause.start:c.head]
        window = view.lowers[max(clause.start, c.head - 6):min(clause.end, c.head + 4)]
        if set(before) & GENERIC_SUBJECTS.get(view.language, frozenset()):
            continue
        if _background(view, clause):
            continue  # "direct nadat Poetin de mobilisatie had afgekondigd": the backdrop of another event
        if _generic_relative(view, c):
            continue  # "bedrijven die wapens leveren aan het leger": what an entity habitually does
        if set(window) & VOLITION and set(window) & NEGATORS and c.type not in ("THREATEN", "REQUEST", "REJECT"):
            continue
        c = _deontic(view, c)
        c = _threat_in_quote(view, c, quotes)
        out.append(c)
    out += _weapon_threats(view, out, quotes)
    out = _absorb_complements(view, out)
    return [_threat_mode(view, _assault_mode(view, c)) for c in _collapse(out, view)]


THREAT_MODES = (
    (re.compile(r"(?<!\w)(sanctie|sancties|strafmaatregel|embargo|opschort|stopzet|bevriez|sanction|tariff|boycot|"
                r"suspend|freez|cut off)", re.I), "sanction"),
    (re.compile(r"(?<!\w)(ultimatum)", re.I), "ultimatum"),
    (re.compile(r"(?<!\w)(geweld|aanval|oorlog|militair|vernietig|doden|executie|kogel|bom|kernwap|violence|attack|war|"
                r"military|destroy|kill|nuclear|force|retaliat|vergelding)", re.I), "violence"),
)


def _threat_mode(view: SentenceView, c: Candidate) -> Candidate:
    if c.type != "THREATEN" or c.mode:
        return c
    text = view.clause_text(view.clause_of(c.head)) + " " + view.lower[max(0, c.end - view.start):][:80]
    for pattern, mode in THREAT_MODES:
        if pattern.search(text):
            return replace(c, mode=mode)
    return c


SPEECH_ACTS = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
MATERIAL = frozenset({"AID", "SUPPORT", "COOPERATE", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "SANCTION",
                      "CONSULT", "CONCEDE", "DISPLACE"})
COMPLEMENT = frozenset({"om", "te", "dat", "to", "that"})
ASSAULT_MODES = (
    (re.compile(r"(?<!\w)(traangas|waterkanon|rubberkogel|tear ?gas|water cannon|rubber bullet)", re.I), "crowd-control"),
    (re.compile(r"(?<!\w)(drone|drones|kamikazedrone)", re.I), "drone"),
    (re.compile(r"(?<!\w)(luchtaanval|gevechtsvliegtuig|bommenwerper|airstrike|air strike|warplane|fighter jet)", re.I),
     "aerial"),
    (re.compile(r"(?<!\w)(raket|artillerie|granaat|granaten|mortier|kruisraket|missile|rocket|artillery|shell|mortar)",
                re.I), "heavy-weapons"),
)


def _assault_mode(view: SentenceView, c: Candidate) -> Candidate:
    """An ASSAULT without a specific mode takes one from its clause's weapons (drones, artillery, tear gas)."""
    if c.type != "ASSAULT" or c.mode not in (None, "firearms") or "disrupted" in c.flags:
        return c
    text = view.clause_text(view.clause_of(c.head))
    if c.mode == "firearms":
        return replace(c, mode="crowd-control") if ASSAULT_MODES[0][0].search(text) else c
    for pattern, mode in ASSAULT_MODES:
        if pattern.search(text):
            return replace(c, mode=mode)
    return c


def _absorb_complements(view: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """What is requested, threatened, agreed or refused is not an event of its own ("riep op om ... te sturen");
    a weak promise ("pledged") of a material act (aid) is that act."""
    out = []
    for c in cands:
        absorbed = False
        if c.type not in SPEECH_ACTS or c.type == "REJECT":
            for a in cands:
                if a.head >= c.head:
                    continue
                between = set(view.lowers[a.head + 1:c.head])
                if a.type in SPEECH_ACTS and (between & COMPLEMENT or "te" in view.lowers[c.head + 1:c.head + 4]):
                    absorbed = True  # "riep op om luchtafweer te leveren", "agreed to withdraw"
                elif a.type in ("REQUEST", "THREATEN") and c.nominal and view.clause_of(a.head) == view.clause_of(c.head):
                    absorbed = True  # "called for a ceasefire", "eiste de vrijlating"
                elif a.type == "ACCUSE" and not a.nominal and between & {"of", "van", "for", "voor", "dat", "that", "ervan",
                                                                          "daarvan"}:
                    absorbed = True  # "accused the army of bombing": the allegation, not a reported attack
                if absorbed:
                    break
        if c.type == "REQUEST" and any(o.type == "PROTEST" and o.head < c.head for o in cands):
            absorbed = True  # "staged demonstrations to demand reforms": what the protest demands
        if c.type == "AGREE" and c.weight <= 0.6 and any(o is not c for o in cands):
            absorbed = True
        if c.type == "COERCE" and c.nominal and any(
                o.type in ("CONCEDE", "RETREAT") and not o.nominal and view.clause_of(o.head) == view.clause_of(c.head)
                for o in cands):
            absorbed = True  # "heeft de avondklok opgeheven": lifting a curfew is the concession
        if c.type == "RETREAT" and c.mode == "ceasefire" and any(o.type == "AGREE" for o in cands):
            absorbed = True  # "bereikten een akkoord over een staakt-het-vuren": one agreement
        if c.nominal and c.type not in ("ASSAULT", "PROTEST", "COERCE", "DISPLACE", "MOBILIZE") and any(
                o.type in ("REJECT", "CONCEDE", "AGREE", "SUPPORT") and not o.nominal and o is not c and o.weight > 0.6
                and view.clause_of(o.head) == view.clause_of(c.head) for o in cands):
            absorbed = True  # "wees de beschuldigingen af": rejecting an accusation is one REJECT
        if not absorbed:
            out.append(c)
    return out


BACKGROUND_OPENERS = frozenset({"nadat", "after", "sinds", "since"})
PLUPERFECT = frozenset({"had", "hadden"})


def _background(view: SentenceView, clause: Clause) -> bool:
    """A pluperfect clause opened by "nadat"/"after" that sets the scene for the main clause's event."""
    words = view.lowers[clause.start:clause.end]
    if not words or not set(words) & PLUPERFECT:
        return False
    opener = next((w for w in words[:4] if w.isalpha()), "")
    return opener in BACKGROUND_OPENERS and len(view.clauses) > 1


RELATIVE_PRONOUNS = frozenset({"die", "dat", "that", "which", "who"})
REL_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\"", "“", "”", "en", "and", "maar", "but"})


def _finite(view: SentenceView, j: int) -> bool:
    tok = view.tokens[j]
    return tok.pos in ("VERB", "AUX") and "VerbForm=Fin" in tok.morph


def _generic_relative(view: SentenceView, c: Candidate) -> bool:
    """A present-tense relative clause on a noun characterises the entity ("companies that supply jet fuel to the
    military", "een organisatie die hulp verleent"); a past one reports an occurrence ("the militia that attacked
    the village on Monday"). Perfects and progressives ("die hulp heeft verleend", "who are marching") are kept."""
    if not view.parsed or view.headline:
        return False
    k = c.head
    for r in range(k - 1, max(-1, k - 9), -1):
        low = view.lowers[r]
        if low in REL_STOPS:
            return False
        if low not in RELATIVE_PRONOUNS or r == 0 or not (view.tokens[r].pos == "PRON" or (
                low == "die" and view.tokens[r - 1].pos == "NOUN")):  # "een organisatie die hulp": die is no DET
            continue
        prev = r - 2 if view.lowers[r - 1] == "," and r >= 2 else r - 1
        if view.tokens[prev].pos not in ("NOUN", "PROPN"):
            return False
        end = next((j for j in range(r + 1, len(view.tokens)) if view.lowers[j] in REL_STOPS), len(view.tokens))
        verbs = [j for j in range(r + 1, end) if _finite(view, j)]
        if not verbs:
            return False
        v = verbs[0]
        later = [j for j in verbs[1:] if j != k]
        if later and k > later[0]:
            return False  # the trigger belongs to the main clause after a verb-final relative clause
        tail = view.tokens[r + 1:end]
        if any("VerbForm=Part" in t.morph for t in tail if t.pos in ("VERB", "AUX")):
            return False  # "die hulp heeft verleend", "who are marching": a perfect or a progressive
        return "Tense=Pres" in view.tokens[v].morph
    return False


def _deontic(view: SentenceView, c: Candidate) -> Candidate:
    """"X moet Y verbieden" / "X should withdraw": the speaker requests it; not the act itself."""
    if c.type == "CONSULT" and c.nominal:  # "Het overleg moet nu weer beginnen", "er moet overleg komen"
        clause = view.clause_of(c.head)
        modal = [j for j in range(clause.start, clause.end) if view.lowers[j] in DEONTIC]
        if modal:
            return replace(c, type="REQUEST", mode="meet", forced_modality="asserted",
                           rule=f"deontic({view.lowers[modal[0]]})->REQUEST after {c.rule}")
        return c
    if c.type in ("REQUEST", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "DISPLACE") or c.nominal:
        return c
    sent_low = view.lower
    lo = max(0, c.head - 8)
    modal = [j for j in range(lo, c.head) if view.lowers[j] in DEONTIC]
    if not modal:
        return c
    if not (SPEECH.search(sent_low) or view.lowers[0] in ("“", "\"", "„")):
        return c
    mode = {"COERCE": "yield", "SANCTION": "yield", "ASSAULT": "yield", "RETREAT": "yield", "CONCEDE": "change",
            "AID": "assist", "COOPERATE": "assist", "CONSULT": "meet", "AGREE": "meet"}.get(c.type)
    return replace(c, type="REQUEST", mode=mode, forced_modality="asserted",
                   rule=f"deontic({view.lowers[modal[-1]]})->REQUEST after {c.rule}")


def _in_quote(pos: int, quotes: list[QuoteSpan]) -> QuoteSpan | None:
    """The direct quote containing ``pos`` (reported speech is narration, not the speaker's words)."""
    return next((q for q in quotes if q.start <= pos < q.end and q.kind == "direct"), None)


def _threat_in_quote(view: SentenceView, c: Candidate, quotes: list[QuoteSpan]) -> Candidate:
    """Violence announced inside a quote (not narrated in the past) is a threat."""
    if c.type != "ASSAULT" or _in_quote(c.start, quotes) is None:
        return c
    clause = view.clause_of(c.head)
    text = view.clause_text(clause)
    has_verb = any(t.pos in ("VERB", "AUX") for t in view.tokens[clause.start:clause.end]) if view.parsed else \
        bool(re.search(r"\w+(en|de|te|den|ten|ed|s)\b", text.replace(view.lowers[c.head], "")))
    narrated = PAST_VERB.search(text) is not None or (view.parsed and any(
        "Tense=Past" in t.morph for t in view.tokens[clause.start:clause.end]))  # "Het was een laffe aanslag"
    if MODAL_FUTURE.search(text) or (c.nominal and not has_verb) or (c.nominal and not narrated):
        return replace(c, type="THREATEN", mode="violence", forced_modality="asserted",
                       rule=f"violence-in-quote->THREATEN after {c.rule}")
    return c


def _weapon_threats(view: SentenceView, cands: list[Candidate], quotes: list[QuoteSpan]) -> list[Candidate]:
    """"Vanaf nu kunnen zij rekenen op kogels": weapons promised inside a quote."""
    if any(c.type in ("THREATEN", "ASSAULT") for c in cands):
        return []
    for m in WEAPONS.finditer(view.text):
        pos = view.start + m.start()
        if _in_quote(pos, quotes) is None:
            continue
        ks = [k for k, t in enumerate(view.tokens) if t.start <= pos < t.end]
        if not ks:
            continue
        k = ks[0]
        clause = view.clause_of(k)
        lo = view.clauses[max(0, view.clauses.index(clause) - 1)].start if clause in view.clauses else clause.start
        text = " ".join(view.lowers[lo:clause.end])
        whole = view.lower
        if (MODAL_FUTURE.search(text) and not PAST_VERB.search(text)) or REMEDY.search(whole):
            tok = view.tokens[k]
            return [Candidate(sentence=view.i, head=k, type="THREATEN", mode="violence", start=tok.start, end=tok.end,
                              rule="weapons+modal-in-quote->THREATEN", weight=0.6, nominal=True, forced_modality="asserted",
                              lemma=view.lowers[k])]
    return []


def _collapse(cands: list[Candidate], view: SentenceView | None = None) -> list[Candidate]:
    """One event per type and sentence: later same-type triggers fold into the most specific one, except
    coordinated verbs with their own objects (:func:`_coordinated_verbs`), which stay separate events."""
    best: dict[str, Candidate] = {}
    order: list[str] = []
    separate: list[Candidate] = []
    for c in cands:
        if c.type not in best:
            best[c.type] = c
            order.append(c.type)
            continue
        if view is not None and _coordinated_verbs(view, best[c.type], c):
            separate.append(best[c.type])
            best[c.type] = replace(c, flags=c.flags | {"coordverb"})
            continue
        keep, other = best[c.type], c
        participial = view is not None and view.language == "en" and other.head > keep.head and \
            view.lowers[other.head].endswith("ing") and not other.nominal and not keep.nominal
        if not participial and ((other.mode and not keep.mode) or (
                bool(other.mode) == bool(keep.mode) and other.weight > keep.weight + 0.15)):
            keep, other = other, keep  # (", killing 8 and burning houses" stays the attack it tells the toll of)
        best[c.type] = replace(keep, merged=keep.merged + (other.head,), flags=keep.flags | other.flags)
    return sorted([best[t] for t in order] + separate, key=lambda c: c.head)


# --------------------------------------------------------------------------- coordination
def coordinated(view: SentenceView, c: Candidate, others: tuple[int, ...] = ()) -> list[Candidate]:
    """Copies of ``c`` for objects coordinated after "net als"/"as well as" ("X in brand, net als Y en Z")."""
    if c.type not in ("ASSAULT", "COERCE", "SANCTION", "AID"):
        return []
    m = COORD_OPENERS.search(view.text, max(0, c.end - view.start))
    if not m:
        return _coordinated_objects(view, c, others)
    a = view.start + m.end()
    end = view.end
    stop = re.search(r"[.;:!?]", view.doc.text[a:end])
    if stop:
        end = a + stop.start()
    parts = re.split(r",|\s(?:en|and|of|or)\s", view.doc.text[a:end])
    out: list[Candidate] = []
    pos = a
    for part in parts:
        offset = view.doc.text.find(part, pos)
        pos = offset + len(part)
        seg = part.strip()
        if not seg:
            continue
        s0 = offset + part.index(seg)
        toks = [k for k, t in enumerate(view.tokens) if t.start >= s0 and t.end <= s0 + len(seg)]
        if not toks:
            continue
        head = _conjunct_head(view, toks)
        if head is None:
            continue
        tok = view.tokens[head]
        out.append(replace(c, head=head, start=tok.start, end=tok.end, rule=f"coordination({m.group(1)}) of {c.rule}",
                           tokens=(head,), target_span=(s0, s0 + len(seg)), scope=(s0, s0 + len(seg)),
                           merged=(), weight=c.weight - 0.05))
    return out


OBJECT_DEPS = frozenset({"obj", "nsubj:pass"})
TOLL_LEMMAS = frozenset({"kill", "injure", "wound", "doden", "verwonden", "doodschieten", "neerschieten", "shoot"})


def _coordinated_objects(view: SentenceView, c: Candidate, others: tuple[int, ...] = ()) -> list[Candidate]:
    """"staken een auto en twee containers in brand", "torched a car and two shops": each further object
    of a destruction verb (a ``conj`` of an object in the trigger's clause) is a destruction of its own; a
    conjunct after another trigger ("vernielden X en plunderden Y") belongs to that trigger."""
    if c.type != "ASSAULT" or c.mode != "destroy" or c.nominal or not view.parsed:
        return []
    base = view.tokens[0].i
    clause = view.clause_of(c.head)
    own = {c.head, *c.tokens}

    def usable(j: int) -> bool:
        t = view.tokens[j]
        return t.pos in ("NOUN", "PROPN") and j not in own and not any(
            x.start <= t.start < x.end for x in view.times)

    def governed_by_trigger(j: int) -> bool:  # "set fire to a mosque": the object of the trigger's own preposition
        return any(u.head - base == j and u.dep == "case" and i in own for i, u in enumerate(view.tokens))

    objects = [j for j, t in enumerate(view.tokens) if usable(j) and t.head - base not in others and (
        (t.dep in OBJECT_DEPS and (t.head - base == c.head or clause.start <= j < clause.end))
        or (t.dep.split(":")[0] in ("obl", "nmod") and governed_by_trigger(j)))]
    out: list[Candidate] = []
    for o in objects:
        for j in range(o + 1, len(view.tokens)):
            t = view.tokens[j]
            if t.head - base != o or t.dep != "conj" or not usable(j):
                continue
            if any(o < h <= j for h in others if h not in own):
                break
            lo = j
            while lo > o + 1 and view.tokens[lo - 1].head - base == j and view.tokens[lo - 1].dep in (
                    "det", "nummod", "amod", "compound", "nmod:poss"):
                lo -= 1
            a, b = view.tokens[lo].start, view.tokens[j].end
            out.append(replace(c, head=j, start=t.start, end=t.end, rule=f"coordinated object of {c.rule}",
                               tokens=(j,), target_span=(a, b), scope=(a, b), merged=(), weight=c.weight - 0.05))
    return out


def _coordinated_verbs(view: SentenceView, a: Candidate, b: Candidate) -> bool:
    """Two verbs of one type coordinated with their own objects ("burned homes and looted shops",
    "staken auto's in brand en plunderden een supermarkt") are two events; "shot and killed" is one."""
    if a.nominal or b.nominal:
        return False
    if a.head > b.head:
        a, b = b, a
    a_end = max((a.head, *a.tokens))
    b_start = min((b.head, *b.tokens))
    if b_start <= a_end:
        return False
    between = view.lowers[a.head + 1:b_start]
    if view.lowers[b.head].endswith("ing"):
        return False  # "attacked a village, killing 12": the toll of the attack, not a second one
    if a.lemma in TOLL_LEMMAS and b.lemma in TOLL_LEMMAS:
        return False  # "one was killed and 14 others were injured": one incident's toll
    if view.lowers[b_start - 1] in ("en", "and", ","):  # "burned homes and looted shops"
        cut = max(i for i, w in enumerate(between) if w in ("en", "and", ","))
        words = list(range(a.head + 1, a.head + 1 + cut))
    elif view.language == "nl" and a_end + 1 < b_start and view.lowers[a_end + 1] in ("en", ","):
        # verb-final conjuncts: "een bus gekaapt en de passagiers gegijzeld"
        words = [j for j in range(max(0, a.head - 4), a.head) if view.tokens[j].head - view.tokens[0].i == a.head]
        if not view.parsed:
            return False
    else:
        return False
    if view.parsed:
        return any(view.tokens[k].pos in ("NOUN", "PROPN", "PRON") for k in words)
    return any(view.lowers[k] not in DETERMINERS and view.lowers[k].isalpha() for k in words)


def _conjunct_head(view: SentenceView, toks: list[int]) -> int | None:
    """The head noun of a conjunct: the last word before its first preposition (dates left out)."""
    toks = [k for k in toks if not any(t.start <= view.tokens[k].start < t.end for t in view.times)]
    if not toks:
        return None
    if view.parsed:
        nouns = [k for k in toks if view.tokens[k].pos in ("NOUN", "PROPN")]
        if nouns:
            heads = [k for k in nouns if view.tokens[k].head - view.tokens[0].i not in toks]
            return (heads or nouns)[0]
    words = [k for k in toks if view.tokens[k].text[:1].isalpha()]
    if not words:
        return None
    last = words[0]
    for k in words:
        if view.lowers[k] in PREPS and k != words[0]:
            break
        if view.lowers[k] not in DETERMINERS:
            last = k
    return last


# --------------------------------------------------------------------------- commitments and refusals
COOPERATIVE = frozenset({"SUPPORT", "CONSULT", "AID", "RETREAT", "CONCEDE", "COOPERATE"})
INTENT = re.compile(r"(?<!\w)(willing to|ready to|prepared to|offered to|offers to|promised to|promises to|pledged to|"
                    r"pledges to|agreed to|agrees to|committed to|vowed to|bereid|klaar om|zegde toe|zegt toe|"
                    r"beloofde|belooft|biedt aan|bood aan|stemde in|stemt in|heeft toegezegd)(?!\w)", re.IGNORECASE)
CONDITION = re.compile(r"(?<!\w)(unless|or else|tenzij|anders)(?!\w)", re.IGNORECASE)


def retype_by_modality(view: SentenceView, c: Candidate, modality: str) -> tuple[Candidate, str]:
    """PLOVER reads commitments and refusals from modality: "will visit" / "is willing to withdraw" is an AGREE,
    "will not accept" / "did not support" a REJECT, and an action announced "unless ..." a THREATEN."""
    before = view.doc.text[view.start:c.start]
    if c.type in COOPERATIVE | {"AGREE"} and modality == "negated" and not c.nominal and c.weight > 0.6:
        return replace(c, type="REJECT", mode=None, rule=f"negated {c.type}->REJECT after {c.rule}"), "asserted"
    if c.type in ("SANCTION", "RETREAT", "PROTEST", "COERCE", "ASSAULT", "MOBILIZE") and modality in (
            "future", "hypothetical") and CONDITION.search(view.text):
        mode = "sanction" if c.type == "SANCTION" else ("violence" if c.type in ("ASSAULT", "MOBILIZE") else None)
        return replace(c, type="THREATEN", mode=mode, rule=f"conditional {c.type}->THREATEN after {c.rule}"), "asserted"
    announced = modality == "future" and SPEECH.search(view.lower) is not None
    if c.type in COOPERATIVE and (announced or INTENT.search(before[-60:])):
        return replace(c, type="AGREE", mode=None, rule=f"commitment to {c.type}->AGREE after {c.rule}"), "asserted"
    return c, modality
