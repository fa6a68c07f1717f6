"""Pronoun speakers in a long text: only the persons that can be the antecedent are looked at."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroniek.model import Document, Entity
from kroniek.quotes import extract
from kroniek.quotes.pronouns import PronounResolver, _holds
from kroniek.quotes.records import Speaker
from kroniek.segment import segment

NAMES = [f"Name{chr(65 + i // 26)}{chr(97 + i % 26)} Smith" for i in range(40)]
INTRO = {"nl": "{} kwam aan in de stad.", "en": "{} arrived in the city."}
QUOTE = {"nl": '"Het is voorbij", zegt hij.', "en": '"It is over," he said.'}


def long_document(lang: str) -> Document:
    """Forty paragraphs that each name a person, then one with only a quote told by "he"."""
    text = "\n\n".join([INTRO[lang].format(n) for n in NAMES] + [QUOTE[lang]])
    sentences, paragraphs = segment(text)
    ents = [Entity(f"e{i + 1}", n, m.start(), m.end(), "PER", n)
            for i, n in enumerate(NAMES) for m in re.finditer(n, text)]
    return Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                    entities=tuple(ents))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_looks_back_only_to_the_last_person_before_its_paragraph(lang: str) -> None:
    doc = long_document(lang)
    persons = PronounResolver(doc)._named_before(len(doc.text), lambda e: e.label == "PER")
    assert [e.text for e in persons] == [NAMES[-1]]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_after_many_persons_is_the_last_one_named(lang: str) -> None:
    direct = [q for q in extract(long_document(lang)) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_text) for q in direct] == [(f"e{len(NAMES)}", NAMES[-1])]


SAID = {"nl": "{} zegt dat de oorlog verloren is.", "en": "{} said that the war was lost."}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_after_many_speakers_the_tagger_missed_is_the_last_of_them(lang: str) -> None:
    """Forty paragraphs of reported speech by names without an entity, a quote told by "he" last."""
    speakers = [n.split()[0] for n in NAMES]
    text = "\n\n".join([INTRO[lang].format(NAMES[0])] + [SAID[lang].format(n) for n in speakers[1:]]
                       + [SAID[lang].format("Jones") + " " + QUOTE[lang]])
    sentences, paragraphs = segment(text)
    doc = Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
                   entities=(Entity("e1", NAMES[0], 0, len(NAMES[0]), "PER", NAMES[0]),))
    direct = [q for q in extract(doc) if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["Jones"]


SPLIT_NAME = {"nl": ('Een boer, Ibrahim Ag Moussa, zei dat de oogst mislukt is. "We hebben niets meer," zei hij.',
                      "Ibrahim", "Moussa"),
              "en": ('A herder, Ibrahim Ag Moussa, said the harvest had failed. "We have nothing left," he said.',
                     "Ibrahim", "Moussa")}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_pronoun_speaks_with_the_whole_name_the_tagger_split(lang: str) -> None:
    """A tagger that reads one written name as two entities (an ORG and a PER): the pronoun's speaker is the name as
    the reported speech wrote it, not the piece the PER entity covers."""
    text, first, last = SPLIT_NAME[lang]
    sentences, paragraphs = segment(text)
    a, b = text.index(first), text.index(last)
    ents = (Entity("e1", first, a, a + len(first), "ORG", first), Entity("e2", last, b, b + len(last), "PER", last))
    doc = Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs), entities=ents)
    quotes = {q.kind: (q.speaker, q.speaker_text) for q in extract(doc)}
    assert quotes == {"indirect": ("e2", "Ibrahim Ag Moussa"), "direct": ("e2", "Ibrahim Ag Moussa")}


def scanned_antecedent(r: PronounResolver, persons: list[Entity], pos: int) -> Speaker | None:
    """``antecedent`` as a scan of every speaker found so far (the definition the index must keep)."""
    para = r.paragraphs[r.paragraph_of(pos)]
    spoken_ids = {sp.entity for sp in r.spoken if sp.entity and (sp.start or 0) < pos}
    candidates: list[tuple[int, bool, Speaker]] = []
    first_at: dict[int, int] = {}
    for e in persons:
        sentence_start = r.sentence_span(e.start)[0]
        subject = not r.text[sentence_start:e.start].strip(" \"'“„‘«-–")
        s, end = r.name_extent(e.start, e.end)
        first_at.setdefault(e.start, len(candidates))
        candidates.append((e.start, subject or e.id in spoken_ids, Speaker(e.id, r.text[s:end], s, end, None)))
    for sp in sorted(r.spoken, key=lambda x: x.start or 0):
        if sp.start is not None and sp.start < pos and sp.text and sp.text.lower() not in r.w.pronouns \
                and (sp.text[:1].isupper() or r._described(sp)):
            same = first_at.get(sp.start)
            inner = max((k for k, c in enumerate(candidates[:len(persons)]) if sp.entity and c[2].entity == sp.entity),
                        default=None)
            if same is None and inner is not None and _holds(sp, candidates[inner][2]):
                candidates[inner] = (candidates[inner][0], True, sp)
            elif same is None:
                first_at[sp.start] = len(candidates)
                candidates.append((sp.start, True, sp))
            elif not candidates[same][2].entity and len(sp.text) > len(candidates[same][2].text or ""):
                candidates[same] = (sp.start, True, sp)
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0])
    here = [c for c in candidates if c[0] >= para[0]]
    preferred = [c for c in here if c[1]]
    return (preferred or here or candidates)[-1][2]


SPOKEN_TEXTS = {"nl": ["Jansen", "hij", "de woordvoerder", "Piet Jansen", "een bewoner", "ze", ""],
                "en": ["Jones", "he", "the spokesman", "Bob Jones", "a resident", "they", ""]}


@pytest.mark.parametrize("lang", ["nl", "en"])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_antecedent_is_what_a_scan_of_every_speaker_gives(lang: str, data: st.DataObject) -> None:
    doc = long_document(lang)
    r = PronounResolver(doc)
    size = len(doc.text)
    speaker = st.builds(lambda t, start, ent: Speaker(ent, t, start, None if start is None else start + len(t)),
                        st.sampled_from(SPOKEN_TEXTS[lang]),
                        st.one_of(st.none(), st.integers(0, size)),
                        st.one_of(st.none(), st.sampled_from([e.id for e in doc.entities[:8]])))
    persons = [e for e in doc.entities if data.draw(st.booleans())]
    for _ in range(data.draw(st.integers(1, 4))):  # speakers are found between pronouns
        r.spoken.extend(data.draw(st.lists(speaker, max_size=12)))
        pos = data.draw(st.integers(0, size))
        before = [e for e in persons if e.end <= pos]
        assert r.antecedent(before, pos) == scanned_antecedent(r, before, pos)


@pytest.mark.parametrize(("text", "speaker_text"), [
    # "ze" with a verb in the singular is "she": the woman, not the company that spoke after her
    ('Anna Smit werd vorige week ontslagen. Shell zegt dat het om een reorganisatie gaat. "Dit is schandalig", '
     "zegt ze.", "Anna Smit"),
    # ... and "zeggen ze", in the plural, is "they": the company
    ('Anna Smit werd vorige week ontslagen. Shell zegt dat het om een reorganisatie gaat. "Dit is noodzakelijk", '
     "zeggen ze.", "Shell"),
    # a title of a compound role ("FNV-bestuurder") before the person: she opens the sentence
    ('FNV-bestuurder Agnieszka Nowak beschuldigt Baltiflex van "pure chantage". "Eerst houden ze het loon in", '
     "zegt ze.", "Agnieszka Nowak"),
    # a title with "van" and a name before the person still opens the sentence
    ("Het comité eist een winterstop. Vlaams minister van Wonen Katrien Goossens wees dat af. "
     "‘Een winterstop verschuift het probleem’, zei ze toen.", "Katrien Goossens"),
])
def test_ze_is_the_woman_or_the_body_by_the_number_of_its_verb(pipeline, text: str, speaker_text: str) -> None:  # type: ignore[no-untyped-def]
    import kroniek

    doc = kroniek.extract(text, language="nl", published="2026-05-13", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes if q.kind == "direct"][-1] == speaker_text


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("nl", "Volgens het bedrijf ligt een defecte pomp bij Piet Klaassen aan de basis van de storing.\n\n"
           "De minister-president veroordeelde vanochtend het geweld. \"Protesteren mag, stenen gooien niet,\" zei hij.",
     "minister-president"),
    ("en", "The utility blamed a broken pump supplied by Peter Clarke.\n\n"
           "The prime minister condemned the violence on Tuesday. \"Protesting is allowed, throwing stones is not,\" "
           "he said.", "minister"),
])
def test_a_pronoun_takes_up_the_office_holder_its_paragraph_made_the_subject(pipeline, lang, text,
                                                                          speaker):  # type: ignore[no-untyped-def]
    """Not a person of an earlier paragraph: the sentence before names who speaks by office."""
    import kroniek
    doc = kroniek.extract(text, language=lang, published="2026-11-24", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes if q.kind == "direct"] == [speaker], doc.quotes
