"""Direct and indirect quotes with their speakers, in Dutch and English.

Direct quotes are the text between quote marks ("…", “…”, „…”, '…', ‘…’, «…», ‹…›), across sentences;
a quote left open at the end of a paragraph and reopened at the start of the next continues there
(one quote per paragraph, same speaker). Headlines that are only a quotation and scare quotes of a
few words without a speech cue are not quotes.

Indirect speech is read from a cue: a speech or cognition verb followed by "dat"/"that" ("Poetin zei
vorige week dat …", "Deen denkt dat …"; in English also without "that": "the ministry said 66 people
were detained", "told Reuters the crowd …", "…, saying it was …"), "volgens X" / "according to X" /
"aldus X" (the clause beside it, up to another voice: "…, maar de politie …"), a cue put after the
content (", denkt Deen.", ", Novaya Gazeta reported on Sunday.") and "Dat zegt X." / "Dat heeft X
gezegd." after the sentence it reports. A negated cue ("ontkende niet dat") reports nothing, but still
tells who is talking. A cue after the content may have an indefinite or common-noun speaker (", meldt een
woordvoerder.", ", a spokesman said.", ", said a spokesman for the ministry."). An estimate by a common-noun
source ("de politie schat het aantal op hooguit 800", "police put the number at 800") is indirect speech of
that source; a named estimator claims the number itself (``Quantity.claimed_by``) and makes no quote.
Reported speech ends where another voice begins: "…, maar de politie …", "…; police put the figure at …",
"…, de politie schat …".

The speaker comes from the attribution clause next to the quote (after it: ", zegt hij", ", schreef
Poetins spreekbuis Medvedev"; before it: "Peskov zei:"; or a following "Zo luidde het bericht van X"):
a PER entity, else a pronoun resolved to the last person named before it (outside quotes), else an
ORG/other entity, else a capitalised name, else a descriptive phrase ("Een lid van het Russische
hogerhuis", kept as ``speaker_text`` with ``speaker`` null). What surrounds the name is kept as
``speaker_description`` ("Oost-Europadeskundige … van Instituut Clingendael"). A quote without an
attribution of its own belongs to the latest speaker of its paragraph (or the quote it continues);
a quote whose attribution names nobody ("…', klinkt nu overal") has speaker null.

Named entities are used when the NER model gives them, and checked: a PER span that is really a
genitive ("Poetins spreekbuis"), a modifier ("Rescue worker"), a place ("Kyiv") or a fragment of the
written name ("Oost-Europadeskundige Bob" for "Bob Deen") is corrected from the capitalised name in the
text. Without named entities names are found by capitalisation alone, and ``speaker`` is null.
"""

from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass

from .model import Document, Entity, Quote, Sentence, Token
from .registry import Services, Stage, StageSpec
from .settings import Settings

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- lexicons
_NL_CUES = """
zeg zegt zeggen zei zeiden gezegd verklaar verklaart verklaren verklaarde verklaarden verklaard
schrijf schrijft schrijven schreef schreven geschreven meldt melden meldde meldden gemeld
waarschuw waarschuwt waarschuwen waarschuwde waarschuwden gewaarschuwd erken erkent erkennen erkende erkenden
erkend ontken ontkent ontkennen ontkende ontkenden ontkend denk denkt denken dacht dachten gedacht verwacht
verwachten verwachtte verwachtten benadrukt benadrukken benadrukte benadrukten beweert beweren beweerde
beweerden beweerd vertelt vertellen vertelde vertelden verteld vindt vinden vond vonden gelooft geloven
geloofde geloofden vreest vrezen vreesde vreesden hoopt hopen hoopte hoopten meent menen meende meenden
concludeert concluderen concludeerde concludeerden roept roepen riep riepen geroepen antwoordt antwoorden
antwoordde antwoordden voegt voegde voegden toegevoegd bevestigt bevestigen bevestigde bevestigden bevestigd
belooft beloven beloofde beloofden beloofd rapporteert rapporteren rapporteerde rapporteerden onthult onthullen
onthulde onthulden betoogt betogen betoogde stelt stelde stelden gesteld twittert twitterde tweette tweetten
klinkt klinken klonk klonken luidt luidt luiden luidde luidden vermoedt vermoedde verzekert verzekerde
aldus zegde merkt merkte schreeuwt schreeuwde fluistert fluisterde reageert reageerde reageerden vervolgt
vervolgde vraagt vroeg vroegen klaagt klaagde grapt grapte zucht zuchtte erkende waarschuwt voorspelt voorspelde
belooft beloofde dreigt dreigde eist eiste schat schatte schatten raamt raamde
"""
_EN_CUES = """
say says said tell tells told write writes wrote written warn warns warned admit admits admitted acknowledge
acknowledges acknowledged deny denies denied think thinks thought expect expects expected believe believes
believed claimed insist insists insisted argue argues argued announce announces announced confirm confirms
confirmed explain explains explained stressed tweeted posted feared hoped added adds suggested suggests
alleged alleges asked replied replies shouted reported noted stated declared declares saying continued
recalled conceded urged vowed promised responded quipped concluded predicted complained pointed demanded
estimated estimates
"""
#: forms that are also common nouns or adjectives: cues only when followed by "that"/"dat" or tagged VERB
#: cues that can follow the content they report: "…, denkt Deen." / "…, the minister said."
_POSTPOSED_CUES = frozenset(
    """zei zegt zeggen zeiden schreef schrijft schrijven meldt meldde meldden melden denkt dacht denken verwacht
    vindt vond aldus voegt voegde stelt stelde waarschuwt waarschuwde benadrukt benadrukte concludeert
    verklaarde verklaart twitterde tweette weten bevestigt bevestigde bevestigd gezegd gemeld verklaard
    confirmed confirms
    said says told added adds reported reports wrote writes warned stated noted explained insisted argued claimed
    believes thinks tweeted""".split())
_AMBIGUOUS = frozenset(
    "stelt stelde stelden vond vonden hoopt voegt merkt merkte claim claims report reports state states fear fears "
    "hope hopes note notes add expected thought posted vroeg vroegen eist eiste dreigt dreigde pointed "
    "demanded".split())
CUES = frozenset(_NL_CUES.split()) | frozenset(_EN_CUES.split())
_NEGATIONS = frozenset("niet geen nooit not never n't no".split())
_COMPLEMENTIZERS = frozenset({"dat", "that"})
_PRONOUNS_PERSON = frozenset("hij zij ze he she hem haar him her".split())
_PRONOUNS = _PRONOUNS_PERSON | frozenset({"they", "them", "hen", "hun", "zij", "ze", "wij", "we", "ik", "i"})
_DETS = frozenset("de het een the a an zijn haar hun his her their onze our deze die this that dit".split())
_ROLE_WORDS = frozenset(
    """woordvoerder woordvoerster woordvoerders minister premier president burgemeester generaal commandant
    deskundige expert analist analisten onderzoeker hoogleraar professor directeur voorzitter lid leden
    bron bronnen ambtenaar ambtenaren functionaris getuige getuigen inwoner inwoners ooggetuige politie
    spokesman spokeswoman spokesperson minister official officials analyst expert researcher professor
    director chairman member source sources witness witnesses resident residents police governor mayor
    commander general chief leader organisator organisatoren initiatiefnemer initiatiefnemers advocaat advocaten
    arts artsen medewerker medewerkers activist activisten organiser organisers organizer organizers lawyer
    lawyers doctor doctors activist activists""".split())
_ROLE_SUFFIXES = ("woordvoerder", "woordvoerster", "deskundige", "minister", "expert", "analist", "kenner",
                  "leider", "chef", "voorzitter", "commandant", "president", "premier", "correspondent",
                  "official", "analyst", "spokesman", "spokeswoman")
_MESSAGE_NOUNS = frozenset(
    """bericht berichten verklaring verklaringen boodschap persbericht tweet post posts statement statements
    message messages communiqué oproep brief letter video""".split())
_ORG_WORDS = frozenset(
    """centrum instituut comité partij ministerie raad bank universiteit organisatie unie verzet beweging
    krant omroep agentschap dienst leger regering kabinet parlement front bond federatie
    institute center centre committee party ministry council university organization organisation union
    agency service army government cabinet parliament movement federation""".split())
_TITLES = frozenset(
    """president prime minister premier secretary general gen gen. dr dr. mr mr. mrs mrs. ms ms. sir king queen
    pope chancellor senator sen sen. rep rep. governor mayor burgemeester koning koningin paus bondskanselier
    minister-president staatssecretaris kamerlid generaal commandant kolonel colonel captain kapitein prins prince
    prinses princess vice vicepresident vice-president ayatollah sheikh sjeik foreign defence defense interior
    justice state dhr dhr. mevrouw meneer""".split())
_NAME_CONNECTORS = frozenset("van de der den het ten ter von al bin el la le du of the".split())
_NON_NAMES = frozenset(
    """maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli
    augustus september oktober november december monday tuesday wednesday thursday friday saturday sunday
    january february march may june july august october i ik""".split())
_STOP_AFTER = frozenset(
    """op in tegen tijdens bij met na via tegenover aan voor over om door naar vanuit uit sinds
    on to at during after with for from about in into by via since over
    en maar of dat want omdat terwijl toen and but or that because while when as
    vandaag gisteren morgen eerder later nu zondag maandag dinsdag woensdag donderdag vrijdag zaterdag
    today yesterday tomorrow earlier later now also ook nog wel al""".split())
_STOP_BEFORE = _STOP_AFTER - {"van", "of"}
_AUX_AFTER = frozenset(
    """is zijn was waren wordt worden werd werden heeft hebben had hadden zou zouden zal zullen kan kunnen
    moet moeten mag mogen wil willen gaat gaan blijft blijkt lijkt staat staan komt komen ligt""".split())

_SKIP_BEFORE = frozenset(
    """wil wilde wilden willen kan kon konden kunnen moet moest moesten moeten zal zou zullen zouden gaat ging
    heeft hebben had hadden is was zijn waren wordt werd ook niet nog wel al eerder toch nu inmiddels
    also not still has have had would will can could did does do previously reportedly however now then
    later earlier laat liet lieten laten""".split())
_GENERIC_SUBJECTS = frozenset(
    "iedereen niemand men velen sommigen anderen beiden allen everyone nobody many some others both all "
    "zo dit dat daarom toen dan so this that thus then there here hier daar er it het".split())
_OPEN_CLOSE = {"“": "”", "„": "”", "«": "»", "‹": "›", "‘": "’", '"': '"', "'": "'", "”": "”", "‚": "’"}
_WORD_RE = re.compile(r"[A-Z]\.(?=\s+[A-Z])|[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")  # "R." in "Michael R. Golden"


def _common_noun_entity(e: Entity) -> bool:
    """An entity that is one common role or organisation word ("Organisers", "Police", "Politie")."""
    low = e.text.lower()
    return " " not in low and (low in _ROLE_WORDS or low in _ORG_WORDS or low in _COMMON_SOURCES)


_COMMON_SOURCES = frozenset(
    """organisatie organisaties politie brandweer gemeente vakbond vakbonden autoriteiten hulpverleners
    hulporganisaties ziekenhuis ziekenhuizen demonstranten betogers actievoerders ooggetuigen omwonenden
    organisation organisations organization organizations authorities firefighters rescuers union unions hospital
    hospitals protesters demonstrators eyewitnesses residents medics paramedics""".split())


@dataclass(frozen=True)
class _Word:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True)
class _Speaker:
    entity: str | None
    text: str | None
    start: int | None
    end: int | None
    description: str | None = None


@dataclass(frozen=True)
class _Attr:
    pos: int
    cue: _Word | None
    speaker: _Speaker | None
    negated: bool = False


@dataclass
class _Direct:
    start: int  # content offsets (without the marks)
    end: int
    open_pos: int
    close_pos: int  # offset of the closing mark (or the paragraph end when the quote continues)
    continued: bool = False  # reopened from the previous paragraph
    open_end: bool = False  # left open at the paragraph end


# --------------------------------------------------------------------------- the analysis
class _Analysis:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.language or "nl"
        self.tokens_at: dict[int, Token] = {t.start: t for t in doc.tokens}
        self.has_pos = any(t.pos for t in doc.tokens)
        # a common noun the NER took for a name ("Organisers", "Politie" at a sentence start) names nobody
        self.entities: list[Entity] = sorted((e for e in doc.entities if not _common_noun_entity(e)),
                                             key=lambda e: e.start)
        self.paragraphs = list(doc.paragraphs) or [(0, len(doc.text))]
        self.directs: list[_Direct] = []  # in text order, never overlapping
        self._opens: list[int] = []
        self.known_names: set[str] = set()
        self.aliases: dict[str, str] = {}  # a word of a speaker's name -> the entity it was read with
        self.spoken: list[_Speaker] = []  # every named speaker found so far

    # -- words
    def words(self, a: int, b: int, skip_quotes: bool = True) -> list[_Word]:
        out = []
        for m in _WORD_RE.finditer(self.text, a, b):
            if skip_quotes and self.in_direct(m.start()):
                continue
            out.append(_Word(m.start(), m.end(), m.group(0)))
        return out

    def in_direct(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a direct quote (marks included)."""
        if len(self._opens) != len(self.directs):
            self._opens = [d.open_pos for d in self.directs]
        k = bisect.bisect_right(self._opens, pos) - 1
        return k >= 0 and self.directs[k].open_pos <= pos <= self.directs[k].close_pos

    def sentence_span(self, pos: int) -> tuple[int, int]:
        s = self.doc.sentence_at(pos)
        if s is None:
            s = self.doc.sentence_at(max(0, pos - 1))
        return (s.start, s.end) if s else (max(0, pos - 200), min(len(self.text), pos + 200))

    def paragraph_of(self, pos: int) -> int:
        for i, (a, b) in enumerate(self.paragraphs):
            if a <= pos < b or (pos == b and i == len(self.paragraphs) - 1):
                return i
        return max(0, next((i for i, (a, _) in enumerate(self.paragraphs) if a > pos), len(self.paragraphs)) - 1)

    # -- cues
    def is_cue(self, words: list[_Word], i: int) -> bool:
        w = words[i]
        low = w.low
        if low == "weten":
            return any(x.low in ("laat", "liet", "lieten", "laten") for x in words[max(0, i - 4):i])
        if low not in CUES or low == "aldus":
            return False
        tok = self.tokens_at.get(w.start)
        if self.has_pos and tok is not None and tok.pos in ("NOUN", "PROPN", "ADJ", "ADP", "DET"):
            return False
        if low in _AMBIGUOUS and not (self.has_pos and tok is not None and tok.pos in ("VERB", "AUX")):
            nxt = words[i + 1].low if i + 1 < len(words) else ""
            if nxt not in _COMPLEMENTIZERS:
                return False
        # not after a determiner: "de verwachte", "het gezegde"
        return not (i > 0 and words[i - 1].low in _DETS and not (self.has_pos and tok is not None
                                                                and tok.pos == "VERB"))

    def negated(self, words: list[_Word], i: int) -> bool:
        window = [w.low for w in words[max(0, i - 2):i]] + [w.low for w in words[i + 1:i + 3]]
        return any(w in _NEGATIONS for w in window)

    # -- names and speakers
    def person_in(self, a: int, b: int, ws: list[_Word]) -> Entity | None:
        """The PER entity heading [a, b), skipping genitives ("Poetins spreekbuis Medvedev")."""
        people = [e for e in self.entities if e.start >= a and e.end <= b and e.label == "PER"
                  and not self.in_direct(e.start)]
        heads = [e for e in people if not self.genitive(e) and not self.is_place(e) and not self.modifier(e, b)]
        # the first one not standing after "van"/"of" ("Anja de Vries van … Boerenvereniging Noord")
        free = [e for e in heads if not re.search(r"\b(van|of|bij|at|for)\s+(?:\S+\s+){0,3}$",
                                                  self.text[max(a, e.start - 40):e.start], re.IGNORECASE)]
        return (free or heads)[0] if heads else None

    def is_place(self, e: Entity) -> bool:
        """A PER entity that the gazetteer read as a place ("Kyiv") is a tagging error."""
        return any(p.start == e.start and p.end == e.end for p in self.doc.places)

    def named_role(self, role: str, pos: int) -> Entity | None:
        """The last PER entity before ``pos`` introduced with ``role`` ("minister Jan de Vries")."""
        for e in reversed([e for e in self.entities if e.label == "PER" and e.end <= pos]):
            if pos - e.start > 4000:
                break
            if re.search(r"\b" + re.escape(role) + r"\b[\w\s.-]{0,25}$", self.text[max(0, e.start - 40):e.start],
                         re.IGNORECASE) or role in e.text.lower().split():
                return e
        return None

    def modifier(self, e: Entity, b: int) -> bool:
        """A PER entity followed, inside the phrase, by a common noun it qualifies ("Rescue worker Abdul Karim")."""
        m = re.match(r"(?:\s+|-)([a-zà-ÿ]+)", self.text[e.end:b])
        return m is not None and m.group(1) not in _NAME_CONNECTORS | _STOP_AFTER | _AUX_AFTER | CUES

    def genitive(self, e: Entity) -> bool:
        """"Poetins spreekbuis", "Putin's spokesman": the entity qualifies the noun after it."""
        if not e.text.endswith(("s", "'s", "’s")):
            return False
        m = re.match(r"\s+([a-zà-ÿ]+)", self.text[e.end:e.end + 30])
        return m is not None and m.group(1) not in _NAME_CONNECTORS | _STOP_AFTER | _AUX_AFTER | CUES

    def entity_in(self, a: int, b: int, labels: tuple[str, ...]) -> Entity | None:
        for e in self.entities:
            if e.start >= a and e.end <= b and e.label in labels and not self.in_direct(e.start):
                return e
        return None

    def entity_for_text(self, name: str) -> Entity | None:
        """An entity whose text or canonical name is (part of) ``name`` or contains it."""
        low = name.lower()
        alias = self.aliases.get(low.split()[-1]) if low.split() else None
        if alias is not None:
            return next((e for e in self.entities if e.id == alias), None)
        best = None
        for e in self.entities:
            if e.label not in ("PER", "ORG", "MISC"):
                continue
            names = [e.text.lower(), (e.canonical or "").lower()]
            if any(n and (n == low or low in n.split() or n in low) for n in names) and (
                    best is None or (e.label == "PER" and best.label != "PER")):
                best = e
        return best

    def is_capitalized_name(self, words: list[_Word], i: int) -> bool:
        w = words[i]
        if not w.text[:1].isupper() or w.low in _NON_NAMES or not w.text[:1].isalpha():
            return False
        if w.low in _STOP_AFTER or w.low in _DETS or w.low in _GENERIC_SUBJECTS or w.low in _PRONOUNS:
            return False
        nxt_word = words[i + 1] if i + 1 < len(words) else None
        if nxt_word is not None and nxt_word.text[:1].islower() and nxt_word.low not in _NAME_CONNECTORS \
                and re.search(r"(ische|ese|se|ian|ish|ans|[^s]s|'s|’s)$", w.text) and w.low not in self.known_names:
            return False  # "Russische hogerhuis", "Poetins spreekbuis", "Putin's spokesman"
        if re.search(r"-[a-zà-ÿ]", w.text) and not re.search(r"-[A-Z]", w.text):
            return False  # "Kremlin-woordvoerder", "Telegram-kanaal"
        if w.low in _ROLE_WORDS or w.low.endswith(_ROLE_SUFFIXES):
            return False
        sentence_start = self.sentence_span(w.start)[0]
        first = not self.text[sentence_start:w.start].strip(" \"'“„‘«")
        if first:
            nxt = words[i + 1] if i + 1 < len(words) else None
            tok = self.tokens_at.get(w.start)
            if w.text in self.known_names:
                return True
            if nxt is not None and nxt.text[:1].islower() and nxt.low not in _NAME_CONNECTORS \
                    and not any(e.start == w.start for e in self.entities):
                return False  # "Aid groups warned": a capital that only starts the sentence
            if self.has_pos and tok is not None:
                return tok.pos == "PROPN"
            return w.text in self.known_names or bool(nxt and nxt.text[:1].isupper() and nxt.text[:1].isalpha())
        return True

    def name_runs(self, words: list[_Word]) -> list[tuple[int, int]]:
        """Index ranges [i, j) of capitalised name runs ("Bob Deen", "Comité van het Basjkiers Verzet")."""
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            if not self.is_capitalized_name(words, i):
                i += 1
                continue
            j = i + 1
            while j < len(words):
                if "\n" in self.text[words[j - 1].end:words[j].start]:
                    break
                if self.is_capitalized_name(words, j) or (
                        words[j].text[:1].isupper() and words[j].text[:1].isalpha() and words[j].low not in _NON_NAMES
                        and not re.search(r"-[a-z]", words[j].text)):
                    j += 1
                    continue
                k = j
                while k < len(words) and words[k].low in _NAME_CONNECTORS and k - j < 2:
                    k += 1
                if j - i >= 2 and not any(words[x].low in _ORG_WORDS for x in range(i, j)):
                    break  # "Bob Deen | van Instituut Clingendael": a person's full name does not run on
                if k > j and k < len(words) and words[k].text[:1].isupper() and words[k].text[:1].isalpha():
                    j = k + 1
                    continue
                break
            k = i
            while j - k > 1 and (words[k].low in _TITLES or words[k].low in _ROLE_WORDS):
                k += 1
            runs.append((k, j))
            i = j
        return runs

    def speaker_in(self, a: int, b: int, at: int | None = None, bare: bool = False) -> _Speaker | None:
        """The speaker named in the noun phrase [a, b) (see the module docstring for the preference)."""
        text = self.text
        ws = self.words(a, b)
        ws = [w for w in ws if w.text not in ",.;:!?\"'“”„‘’«»()"]
        if not ws:
            return None
        a, b = ws[0].start, ws[-1].end
        det_np = ws[0].low in _DETS or ws[0].low in _ROLE_WORDS
        head = next((w for k, w in enumerate(ws) if w.low not in _DETS
                     and not _adjective_like(w, ws[k + 1] if k + 1 < len(ws) else None)), ws[0])
        runs = self.name_runs(ws)
        if ws[0].low in _DETS and len(ws) >= 3:
            # "a Brazilian Foreign Ministry spokeswoman", "an exiled Rwandan Hutu lobby group", "the U.S. embassy in
            # Riyadh": the head noun (the last word before a preposition) is a role or a body, not the names in it
            cut = next((k for k in range(1, len(ws)) if ws[k].low in _HEAD_PREPOSITIONS), len(ws))
            last = ws[cut - 1]
            if cut >= 3 and last.text[:1].islower() and (last.low in _ROLE_WORDS or last.low in _ORG_WORDS
                                                          or last.low in _BODY_WORDS
                                                          or last.low.endswith(_ROLE_SUFFIXES)):
                org = self.entity_in(a, b, ("ORG",))
                return _Speaker(org.id if org else None, text[a:b], a, b, None)
        named_after_role = any(r[0] > 0 and ws[r[0] - 1].low not in _NAME_CONNECTORS | {"for", "at", "bij"}
                               for r in runs)
        if det_np and (head.low in _ROLE_WORDS or head.low in _ORG_WORDS or head.low.endswith(_ROLE_SUFFIXES)) \
                and len(ws) >= 2 \
                and not named_after_role:
            org = self.entity_in(a, b, ("ORG",))
            if org is None and len(ws) == 2 and ws[0].low in ("de", "het", "the") and head.low not in _ORG_WORDS:
                # "aldus de minister": the minister named before ("Minister Christianne van der Wal")
                named = self.named_role(head.low, a)
                if named is not None:
                    return _Speaker(named.id, text[a:b], a, b, None)
            return _Speaker(org.id if org else None, text[a:b], a, b, None)
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
        if len(ws) <= 2 and ws[-1].low in _PRONOUNS and not (len(ws) == 2 and ws[0].low not in _DETS):
            return self.resolve_pronoun(ws[-1], at if at is not None else a)
        first_content = next((w for w in [x for x in ws if x.low not in _DETS][:3] if w.low in _MESSAGE_NOUNS), None)
        if first_content is not None:
            # "het eerste bericht … van het Comité van het Basjkiers Verzet": the source after van/of/from
            tail = [w for w in ws if w.start > first_content.start]
            idx = [k for k, w in enumerate(tail) if w.low in ("van", "of", "from")]
            for k in reversed(idx):
                sp = self.speaker_in(tail[k].end, b, at)
                if sp is not None:
                    return _Speaker(sp.entity, sp.text, sp.start, sp.end, None)
        if named_after_role:
            # "Woordvoerder Mark van den Oever van FDF": the name after the role is the speaker
            i, j = next(r for r in runs if r[0] > 0 and ws[r[0] - 1].low not in _NAME_CONNECTORS | {"for", "at", "bij"})
            if not any(ws[k].low in _ORG_WORDS for k in range(i, j)):
                s, e = ws[i].start, ws[j - 1].end
                ent = self.entity_for_text(text[s:e])
                self.known_names.update(w.text for w in ws[i:j])
                return self._speaker(ent.id if ent else None, s, e, a, b)
        other = self.entity_in(a, b, ("ORG", "MISC", "LOC"))
        if other is not None and (det_np or other.start == a) and re.match(r"(?:\s+|-)[a-zà-ÿ]", text[other.end:b]):
            # the entity only modifies the head: "het Oekraïense leger", "the Russian defence ministry"
            org = self.entity_in(a, b, ("ORG",))
            return _Speaker(org.id if org else None, text[a:b], a, b, None)
        if other is not None:
            if det_np and other.start > ws[0].start and any(w.low in _ROLE_WORDS or w.low.endswith(_ROLE_SUFFIXES)
                                                            for w in ws if w.start < other.start):
                return _Speaker(other.id, text[a:b], a, b, None)
            return self._speaker(other.id, other.start, other.end, a, b)
        if runs:
            persons = [r for r in runs if not any(ws[k].low in _ORG_WORDS for k in range(*r))]
            i, j = (persons or runs)[0]
            s, e = ws[i].start, ws[j - 1].end
            name = text[s:e]
            ent = self.entity_for_text(name)
            self.known_names.update(w.text for w in ws[i:j])
            return self._speaker(ent.id if ent else None, s, e, a, b)
        if det_np and len(ws) >= 2 or (ws[0].low in _ROLE_WORDS):
            return _Speaker(None, text[a:b], a, b, None)
        if bare and 2 <= len(ws) <= 4 and all(w.text.replace("-", "").isalpha() and w.low not in _STOP_AFTER
                                              | _AUX_AFTER | _PRONOUNS | _GENERIC_SUBJECTS for w in ws):
            # a bare plural subject: "Aid groups", "Russische media", "Hamas-run health authorities"
            inside = next((e for e in self.entities if a <= e.start and e.end <= b and e.label != "LOC"), None)
            return _Speaker(inside.id if inside else None, text[a:b], a, b, None)
        if len(ws) == 1 and ws[0].text[:1].isupper() and ws[0].low not in _NON_NAMES | _GENERIC_SUBJECTS | _DETS \
                and ws[0].low not in _STOP_AFTER and ws[0].low not in _PRONOUNS and ws[0].text.isalpha():
            ent = self.entity_for_text(ws[0].text)
            self.known_names.add(ws[0].text)
            return _Speaker(ent.id if ent else None, ws[0].text, ws[0].start, ws[0].end, None)
        return None

    def _speaker(self, entity: str | None, s: int, e: int, a: int, b: int) -> _Speaker:
        text = self.text
        left = text[a:s].strip(" ,")
        right = text[e:b].strip(" ,")
        if left.lower() in _DETS:
            left = ""
        desc = " … ".join(x for x in (left, right) if x) or None
        return _Speaker(entity, text[s:e], s, e, desc)

    def name_extent(self, start: int, end: int) -> tuple[int, int]:
        """An entity span grown over the rest of the written name ("Christianne" -> "Christianne van der Wal")."""
        connectors = r"(?:(?:van|de|der|den|ten|ter|von|al|bin|el|la|le|du)\s+)*" if " " not in self.text[start:end] \
            else ""
        m = re.match(r"(?:\s+" + connectors + r"[A-Z][\w'’-]+)+", self.text[end:end + 60])
        if m and "\n" not in m.group(0):
            words = m.group(0).split()
            if words[-1][:1].isupper() and words[-1].lower() not in _NON_NAMES | _ORG_WORDS:
                end = end + m.end()
        return start, end

    def antecedent(self, persons: list[Entity], pos: int) -> _Speaker | None:
        """The person a pronoun at ``pos`` points to: in its paragraph, a speaker or a sentence subject first
        ("Deen zegt dat Poetin … 'X', zegt hij" is Deen), then the last person named."""
        para = self.paragraphs[self.paragraph_of(pos)]
        spoken_ids = {sp.entity for sp in self.spoken if sp.entity and (sp.start or 0) < pos}
        candidates: list[tuple[int, bool, _Speaker]] = []
        for e in persons:
            sentence_start = self.sentence_span(e.start)[0]
            subject = not self.text[sentence_start:e.start].strip(" \"'“„‘«-–")
            s, end = self.name_extent(e.start, e.end)
            candidates.append((e.start, subject or e.id in spoken_ids, _Speaker(e.id, self.text[s:end], s, end, None)))
        for sp in self.spoken:  # named speakers the NER missed ("Deen")
            if sp.start is not None and sp.start < pos and sp.text and sp.text.lower() not in _PRONOUNS \
                    and sp.text[:1].isupper() and not any(c[2].start == sp.start for c in candidates):
                candidates.append((sp.start, True, sp))
        if not candidates:
            return None
        candidates.sort(key=lambda c: c[0])
        here = [c for c in candidates if c[0] >= para[0]]
        preferred = [c for c in here if c[1]]
        return (preferred or here or candidates)[-1][2]

    def resolve_pronoun(self, w: _Word, pos: int) -> _Speaker:
        """"hij"/"he" -> the last person named before ``pos`` outside quotes; else the pronoun itself."""
        persons = [e for e in self.entities if e.label == "PER" and e.end <= pos and not self.in_direct(e.start)
                   and not self.is_place(e)]
        wants_org = w.low in ("they", "them", "ze", "zij", "hen", "hun")  # also "the ministry … they", "de politie … ze"
        if wants_org:
            persons = [e for e in self.entities if e.label in ("PER", "ORG") and e.end <= pos
                       and not self.in_direct(e.start)]
        if self.entities:
            found = self.antecedent(persons, pos)
            if found is not None:
                return found
        if not self.entities:  # no NER: the last capitalised person-like name before
            ws = self.words(max(0, pos - 3000), pos)
            runs = [r for r in self.name_runs(ws) if r[1] - r[0] >= 2 or ws[r[0]].text in self.known_names]
            runs = [r for r in runs if not any(ws[k].low in _ORG_WORDS for k in range(*r)) and r[1] - r[0] <= 3]
            if runs:
                i, j = runs[-1]
                return _Speaker(None, self.text[ws[i].start:ws[j - 1].end], ws[i].start, ws[j - 1].end, None)
        return _Speaker(None, w.text, w.start, w.end, None)

    def np_after(self, words: list[_Word], i: int) -> tuple[int, int] | None:
        """Span of the noun phrase that starts right after word ``i`` (the cue)."""
        j = i + 1
        while j < len(words) and words[j].low in _AUX_AFTER:
            j += 1
        k = j
        while k < len(words) and words[k].low not in _STOP_AFTER and words[k].text not in ",.;:!?()\"“”„«»" \
                and k - j < 10 and not (words[k].low in CUES and k > j):
            tok = self.tokens_at.get(words[k].start)
            if self.has_pos and tok is not None and tok.pos in ("VERB", "AUX") and k > j:
                break
            if not self.has_pos and words[k].low in _AUX_AFTER and k > j:
                break
            k += 1
        if k == j:
            return None
        if any(w.low in _MESSAGE_NOUNS for w in words[j:k]):
            # "het eerste bericht op het Telegram-kanaal van het Comité …": read on to the source
            while k < len(words) and words[k].text not in ",.;:!?()\"“”„«»" and k - j < 20:
                k += 1
        return words[j].start, words[k - 1].end

    def np_before(self, words: list[_Word], i: int, floor: int = 0) -> tuple[int, int] | None:
        """Span of the noun phrase that ends right before word ``i`` (the cue): the subject."""
        k = i - 1
        while k >= floor and words[k].low in _SKIP_BEFORE:
            k -= 1
        if k >= floor and words[k].text == ",":
            # an apposition between subject and cue: "Abdul Karim, 32, said", "X, a former minister, said"
            prev_comma = next((x for x in range(k - 1, max(floor - 1, k - 9), -1) if words[x].text == ","), None)
            if prev_comma is not None and prev_comma > floor:
                k = prev_comma - 1
        j = k
        while j >= floor and words[j].low not in _STOP_BEFORE and words[j].text not in ",.;:!?()\"“”„«»" \
                and words[j].low not in _SKIP_BEFORE:
            j -= 1
        if j == k:
            return None
        if j >= floor and words[j].low in _STOP_BEFORE - _COMPLEMENTIZERS - {"en", "and", "maar", "but", "of", "or"} \
                and words[j].low not in ("ook", "also", "nu", "now", "vandaag", "gisteren", "today", "yesterday"):
            return None  # "met de krant zei": the words before the cue are a prepositional phrase, not a subject
        return words[j + 1].start, words[k].end

    def attribution(self, a: int, b: int, prefer_before: bool, at: int) -> _Attr | None:
        """The cue and speaker of the clause [a, b), or None when it has no cue."""
        words = self.words(a, b)
        for i in range(len(words)):
            if words[i].low == "aldus" or self.is_cue(words, i):
                cue = words[i]
                spans = []
                before = self.np_before(words, i)
                after = self.np_after(words, i)
                if cue.low == "aldus":
                    spans = [after]
                elif cue.low == "saying" and i > 0 and words[i - 1].text != ",":
                    spans = [before]  # "with UBS analyst David Strauss saying …"
                elif cue.low == "saying":  # "X released a statement, saying: …": the sentence's subject
                    ss, se = self.sentence_span(cue.start)
                    sw = self.words(ss, se)
                    k = _simple_np(sw, 0, depth=0)
                    spans = [(sw[0].start, sw[k - 1].end) if k > 0 else None]
                elif prefer_before:
                    spans = [before, after]
                else:
                    spans = [after, before] if i == 0 or all(w.low in _AUX_AFTER or w.text in ",.\"'”’»"
                                                             for w in words[:i]) else [before, after]
                speaker = None
                for span in spans:
                    if span is not None:
                        speaker = self.speaker_in(span[0], span[1], at, bare=span is before)
                        if speaker is not None:
                            break
                if speaker is not None and speaker.end is not None and speaker.description is None:
                    # an apposition: "said Nino Lomjaria, a former public defender, who …"
                    m = re.match(r",\s+((?:a|an|the|de|het|een)\s+[^,.;:!?\"”]{2,60}?|(?!(?:who|which|that|die|dat|wie|"
                                 r"waar|where|when|toen|en|and|maar|but)\b)[a-zà-ÿ][^,.;:!?\"”]{2,60}?)\s*(?=[,.;!?]|$)",
                                 self.text[speaker.end:b])
                    if m:
                        speaker = _Speaker(speaker.entity, speaker.text, speaker.start, speaker.end, m.group(1))
                return _Attr(cue.start, cue, speaker, self.negated(words, i))
        return None


# --------------------------------------------------------------------------- direct quotes
def _valid_open(text: str, i: int, ch: str) -> bool:
    before = text[i - 1:i]
    after = text[i + 1:i + 2]
    if not after or after.isspace():
        return False
    if ch in ("'", "’", "‘") and re.match(r"(s|t|n|k|em|er|tis)\b", text[i + 1:i + 4]) and ch != "‘":
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


def _find_directs(text: str, paragraphs: list[tuple[int, int]]) -> list[_Direct]:
    out: list[_Direct] = []
    carry: str | None = None  # the opening mark of a quote left open at the previous paragraph's end
    for pa, pb in paragraphs:
        i = pa
        state: tuple[str, int] | None = None
        continued = False
        if carry is not None and text[pa:pa + 1] in (carry, "“", "„", '"', "'", "‘", "«"):
            state = (carry, pa)
            continued = True
            i = pa + 1
        carry = None
        while i < pb:
            ch = text[i]
            if state is None:
                if ch in _OPEN_CLOSE and ch not in ("’", "»", "›") and _valid_open(text, i, ch):
                    state = (ch, i)
                    continued = False
            else:
                opener, pos = state
                closers = {_OPEN_CLOSE[opener]}
                if opener in ("“", "„"):
                    closers |= {"”", "“"}
                if ch in closers and _valid_close(text, i, ch) and i > pos + 1:
                    out.append(_Direct(pos + 1, i, pos, i, continued=continued))
                    state = None
                    continued = False
            i += 1
        if state is not None:
            opener, pos = state
            nxt = next(((a, b) for a, b in paragraphs if a > pa), None)
            if nxt is not None and text[nxt[0]:nxt[0] + 1] in (opener, "“", "„", '"', "'", "‘", "«") \
                    and opener not in ("'", "‘") or (nxt is not None and text[nxt[0]:nxt[0] + 1] == opener):
                out.append(_Direct(pos + 1, pb, pos, pb, continued=continued, open_end=True))
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
            trimmed.append(_Direct(s, e, d.open_pos, d.close_pos, d.continued, d.open_end))
    return sorted(trimmed, key=lambda d: d.open_pos)


# --------------------------------------------------------------------------- the extraction
@dataclass
class _Found:
    start: int
    end: int
    kind: str
    attr: _Attr | None
    cue_pos: int


def extract(doc: Document) -> tuple[Quote, ...]:
    """Direct and indirect quotes of ``doc`` with their speakers."""
    an = _Analysis(doc)
    text = doc.text
    an.directs = _find_directs(text, an.paragraphs)
    events: list[_Attr] = []  # every attribution seen, for continuation quotes
    found: list[_Found] = []

    # 1. indirect speech and cue clauses outside direct quotes
    previous_sentence = None
    for s in doc.sentences:
        found.extend(_indirect(an, s.start, s.end, events))
        if previous_sentence is not None:
            back = _said_before(an, previous_sentence, s)
            if back is not None:
                found.append(back)
        previous_sentence = s

    # 2. direct quotes with their own attribution
    directs: list[tuple[_Direct, _Attr | None, bool]] = []
    for d in an.directs:
        attr, has_clause = _direct_attribution(an, d)
        if attr is not None and attr.speaker is not None:
            events.append(_Attr(d.open_pos, attr.cue, attr.speaker))
            an.spoken.append(attr.speaker)
        directs.append((d, attr, has_clause))
    events.sort(key=lambda x: x.pos)

    previous: tuple[_Direct, _Attr | None] | None = None
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
                and before_word.group(1).lower() not in CUES | _COMPLEMENTIZERS \
                and not re.search(r"[.!?]$", text[d.start:d.end]):
            continue  # "called it a 'dark day'", "as 'a precautionary measure'": a phrase, not a quote
        if attr is None and not has_clause:
            attr = _continuation(an, d, previous, events)
        found.append(_Found(d.start, d.end, "direct", attr, d.open_pos))
        previous = (d, attr)

    # an indirect clause that is mostly a quotation ("zei dat "de situatie onhoudbaar is"") is that quotation
    directs_found = [f for f in found if f.kind == "direct"]

    def own_words(f: _Found) -> int:
        inside = [(d.start - 1, d.end + 1) for d in directs_found if d.start < f.end and f.start < d.end]
        rest = "".join(ch for k, ch in enumerate(text[f.start:f.end], f.start)
                       if not any(a <= k < b for a, b in inside))
        return len(re.findall(r"\w+", rest))

    found = [f for f in found if f.kind == "direct" or not any(d.start < f.end and f.start < d.end
                                                                for d in directs_found) or own_words(f) > 2]
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


def _direct_attribution(an: _Analysis, d: _Direct) -> tuple[_Attr | None, bool]:
    """The attribution of a direct quote from its own sentence (after, then before) or the next one."""
    text = an.text
    if d.open_end:
        return None, False
    close = d.close_pos
    sa, sb = an.sentence_span(close)
    nxt_open = next((x.open_pos for x in an.directs if x.open_pos > close), len(text))
    after_end = min(sb, nxt_open)
    tail = text[close + 1:after_end]
    if tail.strip(" .!?\n"):
        attr = an.attribution(close + 1, after_end, prefer_before=False, at=close)
        if attr is not None:
            return attr, True
    # before: "Peskov zei: "…"" / "Deen: "…""
    oa, _ = an.sentence_span(d.open_pos)
    prev_close = max((x.close_pos + 1 for x in an.directs if x.close_pos < d.open_pos), default=0)
    before_start = max(oa, prev_close)
    before = text[before_start:d.open_pos]
    if before.strip():
        attr = an.attribution(before_start, d.open_pos, prefer_before=True, at=before_start)
        if attr is not None and re.search(r"(?:[:,]|\b(?:dat|that))\s*$", before, re.IGNORECASE):
            return attr, True  # "Peskov zei: "…"", "Hij zei dat "de situatie onhoudbaar is""
        if re.search(r":\s*$", before):
            sp = an.speaker_in(before_start, d.open_pos - 1, at=before_start)
            if sp is not None:
                return _Attr(before_start, None, sp), True
    # the next sentence: "Zo luidde het bericht van …", "Dat zegt …", "Aldus …"
    if not tail.strip(" \n") or tail.strip() in (".", "!", "?"):
        para = an.paragraphs[an.paragraph_of(close)]
        s2 = next((s for s in an.doc.sentences if s.start >= sb and s.start < para[1]), None)
        if s2 is not None and not an.in_direct(s2.start):
            words = an.words(s2.start, s2.end)
            if words and words[0].low in ("zo", "dat", "dit", "aldus", "so", "that", "thus", "this", "those", "these") \
                    and any(w.low == "aldus" or an.is_cue(words, k) for k, w in enumerate(words[:4])):
                attr = an.attribution(s2.start, s2.end, prefer_before=False, at=s2.start)
                if attr is not None:
                    return attr, True
    return None, False


def _continuation(an: _Analysis, d: _Direct, previous: tuple[_Direct, _Attr | None] | None,
                  events: list[_Attr]) -> _Attr | None:
    """A quote without an attribution of its own: the paragraph's latest speaker, or the quote it continues."""
    para = an.paragraph_of(d.open_pos)
    pa, _ = an.paragraphs[para]
    if d.continued and previous is not None:
        return _Attr(d.open_pos, None, previous[1].speaker if previous[1] else None)
    in_para = [e for e in events if pa <= e.pos < d.open_pos and e.speaker is not None]
    if in_para:
        sp = in_para[-1].speaker
        assert sp is not None
        # the same speaker as introduced with a description ("Mark Serwotka, general secretary of …")
        fuller = [e.speaker for e in in_para if e.speaker is not None and e.speaker.description
                  and (e.speaker.entity, e.speaker.text) == (sp.entity, sp.text)]
        return _Attr(d.open_pos, None, fuller[-1] if fuller else sp)
    # the last person named in the paragraph: a PER entity or a name already known as a speaker
    candidates: list[_Speaker] = [_Speaker(e.id, e.text, e.start, e.end, None) for e in an.entities
                                  if e.label == "PER" and pa <= e.start < d.open_pos and not an.in_direct(e.start)
                                  and not an.is_place(e) and not an.genitive(e)]
    ws = an.words(pa, d.open_pos)
    for i, j in an.name_runs(ws):
        if any(ws[k].text in an.known_names for k in range(i, j)):
            s, e2 = ws[i].start, ws[j - 1].end
            ent = an.entity_for_text(an.text[s:e2])
            candidates.append(_Speaker(ent.id if ent else None, an.text[s:e2], s, e2, None))
    if candidates:
        return _Attr(d.open_pos, None, max(candidates, key=lambda c: c.start or 0))
    if previous is not None and previous[1] is not None and not an.text[pa:d.open_pos].strip():
        prev_para = an.paragraph_of(previous[0].open_pos)
        _, sentence_end = an.sentence_span(previous[0].close_pos)
        if prev_para == para - 1 and sentence_end >= an.paragraphs[prev_para][1] - 1:
            # the previous paragraph ended with that quote and its attribution: the speaker goes on
            return _Attr(d.open_pos, None, previous[1].speaker)
    return None


_OTHER_VOICE = re.compile(r",?\s+(?:maar|terwijl|echter|hoewel|but|while|whereas|though|although)\s+|;\s+",
                          re.IGNORECASE)
#: verbs with which another source gives its own figure or view: "…, de politie schat het aantal op 800"
_VOICE_VERBS = (r"schat|schatte|schatten|raamt|raamde|ramen|hield|hielden|houdt|houden|spreekt|sprak|spraken|spreken|"
                r"telde|telden|telt|meldt|meldde|meldden|zegt|zei|zeiden|zeggen|noemt|noemde|"
                r"estimated|estimates|estimate|put|puts|said|says|say|counted|counts|reported|reports|claimed|claims|"
                r"spoke|speaks|gave|gives")
#: a comma (or semicolon) and a new subject with such a verb: another voice without "maar"/"but"
_ASYNDETIC_VOICE = re.compile(
    r"\s*[,;]\s+(?:(?:maar|en|terwijl|hoewel|but|and|while|whereas|though|although)\s+)?(?:(?:de|het|een|the|a|an)\s+)?"
    r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?\s+(?:" + _VOICE_VERBS + r")\b(?=\s+\S)", re.IGNORECASE)


def _other_voice(text: str, a: int, b: int) -> int | None:
    """Where, in [a, b), a clause of another voice starts ("…, maar de politie …", "…, de politie schat …")."""
    cuts = [m.start() for m in (_OTHER_VOICE.search(text, a, b), _ASYNDETIC_VOICE.search(text, a, b)) if m]
    return min(cuts) if cuts else None


def _indirect(an: _Analysis, a: int, b: int, events: list[_Attr]) -> list[_Found]:
    """Indirect quotes in the sentence [a, b): "zei dat …", "volgens X …", "…, denkt Deen."."""
    text = an.text
    out: list[_Found] = []
    words = an.words(a, b)
    if not words:
        return out
    content_end = words[-1].end if words[-1].text not in ".!?" else words[-1].start
    while content_end > a and text[content_end - 1] in " .!?\"”'’»":
        content_end -= 1
    last_speaker: _Speaker | None = None
    i = 0
    while i < len(words):
        w = words[i]
        if w.low in ("volgens", "according") and (w.low == "volgens" or (i + 1 < len(words) and words[i + 1].low == "to")):
            j = i + 1 if w.low == "volgens" else i + 2
            np = _np_volgens(an, words, j)
            if np is not None:
                speaker = an.speaker_in(np[0], np[1], at=np[0]) or _bare_source(an, np[0], np[1])
                if speaker is not None:
                    events.append(_Attr(w.start, w, speaker))
                    before_start = words[0].start
                    for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text[before_start:w.start + 1]):
                        before_start = words[0].start + m.end()  # a sentence end the segmenter missed ("op X.")
                    before = text[before_start:w.start].rstrip(" ,")
                    after_words = re.findall(r"\w+", text[np[1]:content_end])
                    if before_start < w.start and len(re.findall(r"\w+", before)) >= 3 \
                            and not an.in_direct(before_start):
                        # "De steun groeit volgens X met de dag": the whole clause is what X says
                        end = content_end if len(after_words) >= 2 and text[w.start - 2:w.start].strip() != "," \
                            else before_start + len(before)
                        cut = _other_voice(text, np[1], end)
                        out.append(_Found(before_start, cut if cut is not None else end, "indirect",
                                          _Attr(w.start, w, speaker), w.start))
                    else:
                        k = next((k for k, x in enumerate(words) if x.start >= np[1]), None)
                        if k is not None:
                            cs = words[k].start if words[k].text != "," else (words[k + 1].start if k + 1 < len(words)
                                                                              else None)
                            ce = content_end
                            if cs is not None:  # "…, maar de politie hield het op 800": another voice
                                cut = _other_voice(text, cs, content_end)
                                ce = cut if cut is not None else content_end
                            if cs is not None and cs < ce and len(re.findall(r"\w+", text[cs:ce])) >= 2:
                                out.append(_Found(cs, ce, "indirect", _Attr(w.start, w, speaker), w.start))
                    last_speaker = speaker
            i += 1
            continue
        estimate = _estimate_quote(an, words, i, content_end)
        if estimate is not None:
            out.append(estimate)
            events.append(estimate.attr)  # type: ignore[arg-type]
            i = next((k for k, x in enumerate(words) if x.start >= estimate.end), len(words))
            continue
        if w.low in _ESTIMATE_CUES and not (i + 1 < len(words) and words[i + 1].low in _COMPLEMENTIZERS):
            i += 1  # an estimate without "dat"/"that" reports only through _estimate_quote
            continue
        if w.low == "aldus" or an.is_cue(words, i):
            negated = an.negated(words, i)
            # the complementizer within a few words after the cue
            comp = next((k for k in range(i + 1, min(len(words), i + 7)) if words[k].low in _COMPLEMENTIZERS
                         and words[k - 1].text != "," or (words[k].low in _COMPLEMENTIZERS and k == i + 1)), None)
            if comp is not None and any(words[x].text in ".!?:\"“”„" for x in range(i + 1, comp)):
                comp = None
            after_quote = any(d.close_pos < w.start and w.start - d.close_pos <= 40 and d.close_pos >= a
                              and not re.search(r"[.!?\n]", an.text[d.close_pos + 1:w.start]) for d in an.directs)
            if comp is None and an.lang == "en" and w.low in _ZERO_THAT and not negated and not after_quote \
                    and not _inverted_tail(an, words, i):
                comp = _zero_that_start(an, words, i)  # "said 66 people had been detained"
            spans = _subject_spans(an, words, i)
            speaker = None
            for span in spans:
                if span is not None:
                    speaker = an.speaker_in(span[0], span[1], at=span[0], bare=span is spans[0])
                    if speaker is not None:
                        break
            if speaker is None and last_speaker is not None and i > 0 and words[i - 1].low in ("maar", "en", "but", "and"):
                speaker = last_speaker  # "Peskov erkent dat …, maar zegt dat …"
            if speaker is not None:
                events.append(_Attr(w.start, w, speaker, negated))
                an.spoken.append(speaker)
                last_speaker = speaker
            if comp is not None and not negated and speaker is not None:
                cs = words[comp].start
                ce = _clause_end(an, words, comp, content_end)
                if ce > cs and len(re.findall(r"\w+", text[cs:ce])) >= 3:
                    out.append(_Found(cs, ce, "indirect", _Attr(w.start, w, speaker), w.start))
                    i = next((k for k, x in enumerate(words) if x.start >= ce), len(words))
                    continue
            elif comp is None and not negated and speaker is not None and w.low in _POSTPOSED_CUES and (
                    (i > 1 and words[i - 1].text == ",") or _postposed(words, i, an)):
                # ", denkt Deen." / ", the minister said." : the content is the clause before the comma
                comma = max((k for k in range(i) if words[k].text == ","), default=None)
                if comma is not None and comma >= 3 and not an.in_direct(words[comma - 1].start) \
                        and len(words) - i <= 9:
                    cs = words[0].start
                    ce = words[comma].start
                    if not any(d.open_pos >= cs and d.close_pos <= ce for d in an.directs) \
                            and text[ce - 1:ce] not in "\"”'’»":
                        out.append(_Found(cs, ce, "indirect", _Attr(w.start, w, speaker), w.start))
        i += 1
    return out


_ESTIMATE_CUES = frozenset("schat schatte schatten raamt raamde ramen geschat geraamd estimated estimates estimate put "
                           "puts".split())
_PASSIVE_AUX = frozenset("was were is are been be werd werden wordt worden is zijn".split())
_ESTIMATE_OBJECT = re.compile(
    r"\s+(?:(?:het|de|dat|the|that|this|its|their)\s+)?(?:[^\W\d_]+\s+){0,4}?(?:op|at)\s+"
    r"(?:[^\W\d_]+\s+){0,4}?(?:\d|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|"
    r"dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|duizend|tientallen|a|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|dozens)\w*\b)", re.IGNORECASE)
_PUT_OBJECT = re.compile(r"\s+(?:it\b|(?:the|its|their)\s+(?:[^\W\d_]+\s+){0,2}?(?:number|figure|toll|total|count|"
                         r"tally|crowd|turnout|attendance)\b)", re.IGNORECASE)


def _estimate_quote(an: _Analysis, words: list[_Word], i: int, content_end: int) -> _Found | None:
    """"De politie schat het aantal op hooguit 800" / "police put the number at 800": an estimate is reported
    speech of the estimator when the estimator is a common-noun phrase (no named source: ``claimed_by`` cannot
    name it, so the quote records who gives the figure). A named estimator ("Novaja Gazeta schatte het aantal
    vluchtelingen op 261.000") claims the number itself and makes no quote."""
    w = words[i]
    if w.low not in _ESTIMATE_CUES or an.negated(words, i):
        return None
    text = an.text
    if w.low in ("put", "puts") and not _PUT_OBJECT.match(text, w.end):
        return None
    m = _ESTIMATE_OBJECT.match(text, w.end)
    if m is None or m.end() > content_end + 1:
        return None
    if i > 0 and words[i - 1].low in _DETS:
        return None  # "the estimate", "de schat"
    floor = max((k + 1 for k in range(i) if words[k].text in (",", ";") or words[k].low in (
        "maar", "terwijl", "hoewel", "en", "but", "while", "whereas", "though", "although", "and")), default=0)
    if any(x.low in _PASSIVE_AUX for x in words[max(floor, i - 6):i]):
        return _passive_estimate(an, words, i, floor, content_end)
    if w.low in ("geschat", "geraamd"):
        return None
    span = an.np_before(words, i, floor)
    content = i + 1
    if span is None and i > floor and an.lang == "nl":
        # Dutch verb-second: "Bij de blokkade schat de politie het aantal op …": the subject follows the verb
        k = _simple_np(words, i + 1, depth=2)
        if k > i + 1 and words[i + 1].low in _DETS | _ROLE_WORDS:
            span, content = (words[i + 1].start, words[k - 1].end), k
    if span is None:
        return None
    speaker = an.speaker_in(span[0], span[1], at=span[0], bare=True)
    if speaker is None or speaker.entity is not None or not _common_phrase(an, speaker):
        return None
    cs = words[content].start if content < len(words) else None
    if cs is None:
        return None
    ce = _clause_end(an, words, i, content_end)
    if ce <= cs or len(re.findall(r"\w+", text[cs:ce])) < 3 or an.in_direct(cs):
        return None
    an.spoken.append(speaker)
    return _Found(cs, ce, "indirect", _Attr(w.start, w, speaker), w.start)


_NOT_SOURCES = frozenset(
    """mij me hem haar ons hen jou u jullie him her us them you plan plans schema planning traditie tradition
    schedule regels rules afspraak afspraken schattingen estimates ramingen cijfers figures statistieken statistics
    berekeningen calculations gegevens data principes principles normen norms criteria richtlijnen guidelines
    standaarden standards wetten laws procedures voorschriften regulations methoden methods""".split())


def _bare_source(an: _Analysis, a: int, b: int) -> _Speaker | None:
    """"volgens hulporganisaties", "according to aid agencies": a bare plural (or role) as the source."""
    ws = an.words(a, b)
    if not 1 <= len(ws) <= 4 or not all(w.text.replace("-", "").isalpha() and w.text[:1].islower() for w in ws):
        return None
    last = ws[-1].low
    if any(w.low in _NOT_SOURCES | _STOP_AFTER | _PRONOUNS | _GENERIC_SUBJECTS for w in ws):
        return None
    if last in _ROLE_WORDS or last.endswith(_ROLE_SUFFIXES) or re.search(r"(?:[^s]s|en|ers)$", last):
        return _Speaker(None, an.text[ws[0].start:ws[-1].end], ws[0].start, ws[-1].end, None)
    return None


def _passive_estimate(an: _Analysis, words: list[_Word], i: int, floor: int, content_end: int) -> _Found | None:
    """"The number was estimated at 8,000 by police", "Het aantal werd door de politie geschat op 8000": the
    estimator is the agent after "by"/"door"; the whole clause is what it reports."""
    ce = _clause_end(an, words, i, content_end)
    agent = next((k for k in range(floor, len(words)) if words[k].low in ("by", "door") and words[k].start < ce), None)
    if agent is None:
        return None
    k = _simple_np(words, agent + 1, depth=2)
    if k <= agent + 1:
        return None
    speaker = an.speaker_in(words[agent + 1].start, words[k - 1].end, at=words[agent + 1].start, bare=True)
    if speaker is None or speaker.entity is not None or not _common_phrase(an, speaker):
        return None
    cs = words[floor].start
    if len(re.findall(r"\w+", an.text[cs:ce])) < 4 or an.in_direct(cs):
        return None
    an.spoken.append(speaker)
    w = words[i]
    return _Found(cs, ce, "indirect", _Attr(w.start, w, speaker), w.start)


def _common_phrase(an: _Analysis, sp: _Speaker) -> bool:
    """Whether a speaker is a common-noun phrase ("de politie", "Police", "the organisers"), not a name."""
    if sp.start is None or sp.end is None or not sp.text:
        return False
    ws = an.words(sp.start, sp.end)
    if not ws:
        return False
    sentence_start = an.sentence_span(sp.start)[0]
    for k, w in enumerate(ws):
        if not w.text[:1].isupper():
            continue
        first = k == 0 and not an.text[sentence_start:w.start].strip(" \"'“„‘«,;")
        tok = an.tokens_at.get(w.start)
        if not first:
            return False
        if w.low in _DETS or w.low in _ROLE_WORDS or w.low in _ORG_WORDS or w.low.endswith(_ROLE_SUFFIXES):
            continue
        if not (an.has_pos and tok is not None and tok.pos == "NOUN"):
            return False
    return True


def _said_before(an: _Analysis, prev: Sentence, s: Sentence) -> _Found | None:
    """"Het leger trekt zich terug. Dat zegt minister X.": the sentence before, reported by X."""
    text = an.text
    if an.in_direct(prev.start) or an.in_direct(s.start) or an.paragraph_of(prev.start) != an.paragraph_of(s.start):
        return None
    words = an.words(s.start, s.end)
    if len(words) < 3 or words[0].low not in ("dat", "dit", "zo", "that", "this"):
        return None
    if an.is_cue(words, 1):  # "Dat zegt minister X."
        cue_at = 1
        span = an.np_after(words, 1)
    elif words[1].low in ("heeft", "hebben", "had", "hadden", "has", "have"):  # "Dat heeft X gezegd."
        cue_at = next((k for k in range(3, min(len(words), 10)) if an.is_cue(words, k)), -1)
        stop = next((k for k in range(2, max(cue_at, 2)) if words[k].low in _STOP_AFTER), cue_at)
        span = (words[2].start, words[stop - 1].end) if stop > 2 else None
    else:
        return None
    if any(w.low in _COMPLEMENTIZERS for w in words[2:]) or an.negated(words, cue_at):
        return None
    speaker = an.speaker_in(span[0], span[1], at=span[0]) if span else None
    if speaker is None:
        return None
    start, end = prev.start, prev.end
    while end > start and text[end - 1] in " .!?\n":
        end -= 1
    if len(re.findall(r"\w+", text[start:end])) < 3 or any(start <= d.open_pos < end for d in an.directs):
        return None
    cue = words[cue_at]
    return _Found(start, end, "indirect", _Attr(cue.start, cue, speaker), cue.start)


def _inverted_tail(an: _Analysis, words: list[_Word], i: int) -> bool:
    """"…, said a spokesman for the ministry.": after a comma, the cue is followed by its subject only."""
    if i == 0 or words[i - 1].text != ",":
        return False
    tail = [x for x in words[i + 1:] if x.text not in ".!?"]
    if not tail or len(tail) > 9:
        return False
    head = next((x for k, x in enumerate(tail) if x.low not in _DETS
                 and not _adjective_like(x, tail[k + 1] if k + 1 < len(tail) else None)), None)
    if head is None or not (head.low in _ROLE_WORDS or head.low.endswith(_ROLE_SUFFIXES) or head.low in _ORG_WORDS
                            or head.text[:1].isupper()):
        return False  # "…, added a second to his name": an object, not a speaker
    if an.has_pos:
        return not any((t := an.tokens_at.get(x.start)) is not None and t.pos in ("VERB", "AUX") for x in tail)
    return not any(x.low in _AUX_AFTER or x.low in CUES for x in tail)


def _postposed(words: list[_Word], i: int, an: _Analysis | None = None) -> bool:
    """English "…, the minister said" / "…, Novaya Gazeta reported on Sunday": a short tail after a comma; also
    a longer subject without a verb of its own ("…, a spokesman for the force said on Sunday")."""
    comma = max((k for k in range(i) if words[k].text == ","), default=None)
    if comma is None or len(words) - i > 7:
        return False
    if i - comma <= 4:
        return True
    between = words[comma + 1:i]
    if an is None or not between or i - comma > 9 or between[0].low in _RELATIVES or not (
            between[0].low in _DETS or between[0].low in _ROLE_WORDS or between[0].text[:1].isupper()):
        return False
    if an.has_pos:
        return not any((t := an.tokens_at.get(x.start)) is not None and t.pos in ("VERB", "AUX") for x in between)
    return not any(x.low in CUES or x.low in _AUX_AFTER for x in between)


_ZERO_THAT = frozenset(
    "say said says told tells added adds warned reported estimated believes believed thinks thought claimed claims "
    "insisted argued stated announced confirmed saying".split())


_EN_NUMBER_START = frozenset(
    "one two three four five six seven eight nine ten twelve twenty thirty forty fifty hundred hundreds thousand "
    "thousands million millions dozens a".split())


def _zero_that_start(an: _Analysis, words: list[_Word], i: int) -> int | None:
    """English reported speech without "that": the word that starts the reported clause, or None."""
    k = i + 1
    if words[i].low in ("told", "tells") and k < len(words):
        if words[k].text[:1].isupper():
            while k < len(words) and words[k].text[:1].isupper():
                k += 1
        elif words[k].low in _DETS:
            k += 2
        else:
            k += 1
    if k >= len(words) or len(words) - k < 3:
        return None
    q = k
    while q < len(words) - 1 and words[q].low in ("about", "around", "some", "more", "nearly", "almost", "at",
                                                   "over", "up", "than", "least", "roughly", "approximately"):
        q += 1
    if q > k and (words[q].text[:1].isdigit() or words[q].low in _EN_NUMBER_START):
        return k  # "Israel says about 1,200 people were killed"
    nxt = words[k]
    tok = an.tokens_at.get(nxt.start)
    if an.has_pos and tok is not None:
        return k if tok.pos in ("DET", "PRON", "NUM", "PROPN", "NOUN", "ADJ") else None
    if not nxt.text[:1].isalnum() or nxt.low in _STOP_AFTER or nxt.low in ("to", "goodbye", "so", "yes", "no",
                                                                           "nothing", "something", "sorry"):
        return None
    return k


def _subject_spans(an: _Analysis, words: list[_Word], i: int) -> list[tuple[int, int] | None]:
    if words[i].low == "aldus":
        return [an.np_after(words, i)]
    if words[i].low == "saying":  # "X defended the bill, saying …": the subject of the sentence
        k = _simple_np(words, 0, depth=0)
        return [(words[0].start, words[k - 1].end) if k > 0 else None]
    if words[i].low == "weten":  # "X liet via een verklaring weten": the subject goes with "liet"
        i = next((k for k in range(i - 1, max(-1, i - 5), -1) if words[k].low in ("laat", "liet", "lieten", "laten")),
                 i)
    commas = [k for k in range(i) if words[k].text == ","]
    floor = commas[-1] + 1 if commas else 0
    if floor == i and len(commas) >= 2:
        # "Rudolf Gajdos, head of Slovak Interpol, told": an apposition between the subject and the cue
        floor = commas[-3] + 1 if len(commas) >= 3 else 0
    before = an.np_before(words, i, floor)
    after = an.np_after(words, i)
    spans: list[tuple[int, int] | None] = [before]
    if before is None and floor > 0 and 2 <= i - floor <= 8 and words[floor].low not in _RELATIVES and (
            words[floor].low in _DETS or words[floor].low in _ROLE_WORDS):
        # "…, a spokesman for the force said": the whole phrase between the comma and the cue
        spans.append((words[floor].start, words[i - 1].end))
    if words[i].low not in ("told", "tells", "tell"):  # "…, a banker told Reuters": Reuters only listens
        spans.append(after)
    return spans


_RELATIVES = frozenset("die dat wat wie waar which who whom whose that where".split())


def _np_volgens(an: _Analysis, words: list[_Word], j: int) -> tuple[int, int] | None:
    """The noun phrase after "volgens"/"according to": "Deen", "de politie", "Russische media van X"."""
    if j >= len(words):
        return None
    k = _simple_np(words, j, depth=0)
    if an.has_pos:  # the tagger knows the verbs: the phrase ends before the first one
        for x in range(j + 1, k):
            tok = an.tokens_at.get(words[x].start)
            if tok is not None and tok.pos in ("VERB", "AUX"):
                k = x
                break
    if k <= j:
        return None
    while k < len(words) and k - j < 6 and words[k].text[:1].islower() and words[k].low not in _STOP_AFTER and (
            (an.has_pos and (t := an.tokens_at.get(words[k].start)) is not None and t.pos == "NOUN")
            or (not an.has_pos and (words[k].low in _ROLE_WORDS or words[k].low in _ORG_WORDS or (
                an.lang == "en" and words[k].low.endswith("s") and words[k].low not in _AUX_AFTER | CUES
                and not words[k].low.endswith("ss"))))):
        k += 1  # "the interior ministry", "aid agencies": a compound goes on
    return words[j].start, words[k - 1].end


_HEAD_PREPOSITIONS = frozenset("of for at in from on van voor bij in uit op".split())
_BODY_WORDS = frozenset(
    """group groups groep groepen embassy ambassade office bureau agency media service newspaper newspapers krant kranten
    omroep broadcaster channel zender association vereniging website site spokesperson lobby""".split())


_DEMONYM = re.compile(r"(ische|se|ian|ese|ish|ean|an)$")
_EN_ADJ_END = re.compile(r"(al|ic|ary|ive|ous|ent|ant|ed)$")


def _adjective_like(w: _Word, nxt: _Word | None) -> bool:
    if nxt is None or not nxt.text[:1].isalpha():
        return False
    low = w.low
    if w.text[:1].isupper():
        return bool(_DEMONYM.search(low)) and nxt.text[:1].islower()
    if low.endswith("e") and not low.endswith(("tie", "ie", "ee", "ë", "age", "ise")):
        return True
    return bool(_EN_ADJ_END.search(low)) and nxt.low not in _AUX_AFTER and nxt.low not in CUES


def _simple_np(words: list[_Word], j: int, depth: int) -> int:
    """End (exclusive word index) of a noun phrase from ``j``: [det] adj* noun [van/of NP] or a name."""
    n = len(words)
    k = j
    if k >= n or not words[k].text[:1].isalpha():
        return j
    first = words[k]
    if first.text[:1].isupper() and first.low not in _DETS and not _adjective_like(first, words[k + 1] if k + 1 < n
                                                                                     else None):
        k += 1
        while k < n and (words[k].text[:1].isupper() and words[k].text[:1].isalpha() or (
                words[k].low in _NAME_CONNECTORS and k + 1 < n and words[k + 1].text[:1].isupper())):
            k += 1
        if depth < 2 and k + 1 < n and words[k].low in ("of", "van") and any(
                words[x].low in _ORG_WORDS for x in range(j, k)):
            k2 = _simple_np(words, k + 1, depth + 1)
            if k2 > k + 1:
                k = k2
        return k
    if first.low in _DETS:
        k += 1
        if k < n and words[k].text[:1].isupper() and words[k].text[:1].isalpha() and not _adjective_like(
                words[k], words[k + 1] if k + 1 < n else None):
            return _simple_np(words, k, depth)
    while k < n and _adjective_like(words[k], words[k + 1] if k + 1 < n else None) and k - j < 4:
        k += 1
    if k < n and words[k].text[:1].isalpha() and words[k].low not in _STOP_AFTER and words[k].low not in _AUX_AFTER:
        k += 1
        if k < n and words[k - 1].text[:1].islower() and words[k].text[:1].isupper() and words[k].text[:1].isalpha():
            return _simple_np(words, k, depth)  # "organisator Extinction Rebellion", "minister Jan de Vries"
    else:
        return j if k == j or words[k - 1].low in _DETS else k
    if depth < 2 and k + 1 < n and words[k].low in ("van", "of", "uit", "from"):
        k2 = _simple_np(words, k + 1, depth + 1)
        if k2 > k + 1:
            k = k2
    return k


def _clause_end(an: _Analysis, words: list[_Word], comp: int, content_end: int) -> int:
    """End of the reported clause: the sentence end, or before ", maar zegt …" / a direct quote."""
    for k in range(comp + 1, len(words)):
        w = words[k]
        if w.start >= content_end:
            break
        if w.text in ("\"", "“", "„", "«", ":") or an.in_direct(w.start):
            return words[k - 1].end
        if w.text == "," and k + 2 < len(words) and words[k + 1].low in ("maar", "en", "but", "and") and (
                an.is_cue(words, k + 2) or words[k + 2].low in _PRONOUNS):
            return words[k - 1].end
        if w.text in (",", ";") and k + 1 < len(words) and words[k + 1].low in ("terwijl", "hoewel", "while", "whereas",
                                                                               "though", "although"):
            return words[k - 1].end  # "300,000 took part, while the police estimated …": another voice
        if w.text in (",", ";") and _ASYNDETIC_VOICE.match(an.text, words[k - 1].end):
            return words[k - 1].end  # "…; police put the figure at 1,500", "…, de politie schat …"
    return content_end


# --------------------------------------------------------------------------- the stage
def make_stage(settings: Settings, services: Services) -> Stage:
    def stage(doc: Document) -> Document:
        quotes = extract(doc)
        log.debug("%d quotes in %s", len(quotes), doc.id[:12])
        return doc.replace(quotes=quotes)

    return stage


STAGE = StageSpec(
    name="kroniek.quotes.v1",
    factory=make_stage,
    requires=("sentences", "tokens", "entities"),
    assigns=("quotes",),
    help="Direct and indirect quotes with their speakers.",
)
