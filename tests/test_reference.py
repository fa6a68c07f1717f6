"""kroniek.reference: what a phrase refers to within its document (Dutch and English tables)."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.model import Document
from kroniek.reference import References, strip_genitive


def analysed(text: str, lang: str, pipeline) -> Document:  # type: ignore[no-untyped-def]
    return kroniek.extract(text, language=lang, published="2024-03-01", pipeline=pipeline)


def resolve(doc: Document, phrase: str, occurrence: int = 1):  # type: ignore[no-untyped-def]
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(phrase, start + 1)
    return References(doc).resolve(start, start + len(phrase))


PRONOUNS = [
    ("nl", "Vladimir Poetin sprak dinsdag in Moskou met zijn ministers. Hij kondigde nieuwe maatregelen aan.",
     "Hij", "Vladimir Poetin"),
    ("en", "Vladimir Putin met his ministers in Moscow on Tuesday. He announced new measures.",
     "He", "Vladimir Putin"),
]


@pytest.mark.parametrize(("lang", "text", "pronoun", "canonical"), PRONOUNS)
def test_pronoun_resolves_to_the_person_named_before(lang, text, pronoun, canonical, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), pronoun)
    assert ref is not None and ref.entity is not None and ref.canonical == canonical


DESCRIPTIONS = [
    ("nl", "President Vladimir Poetin bezocht maandag de Krim. De president sprak er met soldaten.",
     "De president", "Vladimir Poetin"),
    ("en", "President Vladimir Putin visited Crimea on Monday. The president spoke with soldiers there.",
     "The president", "Vladimir Putin"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "canonical"), DESCRIPTIONS)
def test_description_resolves_to_the_entity_it_titles(lang, text, phrase, canonical, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase)
    assert ref is not None and ref.entity is not None and ref.canonical == canonical


GROUP_DESCRIPTIONS = [
    ("nl", "Het Comité van het Basjkiers Verzet eiste de aanslag op. De verzetsgroep dreigde met meer geweld.",
     "De verzetsgroep", "Verzet"),
    ("en", "The Movement for Democratic Change said it led the march. The group threatened more protests.",
     "The group", "Movement for Democratic Change"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "name"), GROUP_DESCRIPTIONS)
def test_group_description_resolves_to_the_organisation_named_before(lang, text, phrase, name, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase)
    assert ref is not None and ref.entity is not None and ref.entity.label == "ORG" and name in ref.canonical


VARIANTS = [
    ("nl", "Vladimir Poetin sprak in Moskou. Later bekritiseerde Poetin het Westen.", "Poetin", 2, "Vladimir Poetin"),
    ("nl", "Vladimir Poetin sprak in Moskou. Critici noemen Poetins beleid rampzalig.", "Poetins", 1, "Vladimir Poetin"),
    ("en", "Vladimir Putin spoke in Moscow. Later Putin criticised the West.", "Putin", 2, "Vladimir Putin"),
    ("en", "Vladimir Putin spoke in Moscow. Critics call Putin's policy a disaster.", "Putin's", 1, "Vladimir Putin"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "occurrence", "canonical"), VARIANTS)
def test_name_variant_and_genitive_take_the_fullest_name(lang, text, phrase, occurrence, canonical, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase, occurrence)
    assert ref is not None and ref.canonical == canonical


UNRESOLVED = [
    ("nl", "Het regende de hele dag in de stad. Hij liep weg.", "Hij"),
    ("en", "It rained all day in the city. He walked away.", "He"),
    ("nl", "Het regende de hele dag in de stad. De verdachte liep weg.", "De verdachte"),
    ("en", "It rained all day in the city. The suspect walked away.", "The suspect"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), UNRESOLVED)
def test_nothing_to_point_back_to_stays_none(lang, text, phrase, pipeline) -> None:  # type: ignore[no-untyped-def]
    assert resolve(analysed(text, lang, pipeline), phrase) is None


@pytest.mark.parametrize(("name", "suffixes", "bare"), [
    ("Poetins", ("'s", "s"), "Poetin"), ("Putin's", ("'s",), "Putin"), ("Hans", ("s",), "Han"), ("Ros", ("s",), "Ros"),
])
def test_strip_genitive_removes_one_suffix_from_names_of_three_letters_or_more(name, suffixes, bare) -> None:  # type: ignore[no-untyped-def]
    assert strip_genitive(name, suffixes) == bare


TITLED = [
    ("nl", "Burgemeester Theo Weterings vaardigde een noodbevel uit.", "Burgemeester Theo Weterings", "Theo Weterings"),
    ("en", "Prime Minister Benjamin Netanyahu said the operation would continue.", "Prime Minister Benjamin Netanyahu",
     "Benjamin Netanyahu"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "canonical"), TITLED)
def test_title_before_a_name_refers_to_the_named_person(lang, text, phrase, canonical, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase)
    assert ref is not None and ref.canonical == canonical


EVENT_NOUNS = [
    ("nl", "Israëlische militairen vielen het kamp binnen tijdens een inval in Jenin. Hamas veroordeelde de inval.",
     "de inval"),
    ("en", "Israeli troops entered the camp during a raid in Jenin. Hamas condemned the raid.", "the raid"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), EVENT_NOUNS)
def test_description_of_a_thing_refers_to_no_actor(lang, text, phrase, pipeline) -> None:  # type: ignore[no-untyped-def]
    assert resolve(analysed(text, lang, pipeline), phrase) is None


BODY_NAMES = [
    ("nl", "Telegram-kanaal van het Comité van het Basjkiers Verzet", "Comité van het Basjkiers Verzet"),
    ("en", "Telegram channel of the Committee of the Bashkir Resistance", "Committee of the Bashkir Resistance"),
    ("nl", "Partij van de Arbeid", "Partij van de Arbeid"),
    ("en", "Council of the European Union", "Council of the European Union"),
]


@pytest.mark.parametrize(("lang", "name", "canonical"), BODY_NAMES)
def test_an_organisation_name_starts_at_its_organisation_noun(lang, name, canonical) -> None:  # type: ignore[no-untyped-def]
    from kroniek.model import Entity

    e = Entity(id="e1", text=name, start=0, end=len(name), label="ORG", canonical=name)
    assert References(Document(text=name, language=lang, entities=(e,))).name_of(e)[0] == canonical


PLURAL_DESCRIPTIONS = [
    ("nl", "De socialistische vakbond ABVV riep op tot staking. De vakbonden eisen meer loon.", "De vakbonden"),
    ("en", "The transport union RMT called a strike. The unions demand higher pay.", "The unions"),
]


@pytest.mark.parametrize(("lang", "text", "phrase"), PLURAL_DESCRIPTIONS)
def test_a_plural_description_is_not_the_one_body_named_before(lang, text, phrase, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase)
    assert ref is None or ref.entity is None


REPORTED_SUBJECTS = [
    ("nl", "De Verenigde Naties stuurden hulp naar Myanmar. De Verenigde Staten verklaarden dat zij medicijnen "
     "zouden sturen.", "zij", "Verenigde Staten"),
    ("en", "The United Nations sent aid to Myanmar. Thailand said it would send medical supplies.",
     "it", "Thailand"),
]


@pytest.mark.parametrize(("lang", "text", "pronoun", "name"), REPORTED_SUBJECTS)
def test_pronoun_in_a_reported_clause_is_the_reporter_before_it(lang, text, pronoun, name, pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = analysed(text, lang, pipeline)
    start = doc.text.index(f" {pronoun} ", doc.text.index(name)) + 1
    ref = References(doc).resolve(start, start + len(pronoun))
    assert ref is not None and ref.entity is not None and ref.canonical == name


@pytest.mark.parametrize(("lang", "text", "article", "pronoun", "name"), [
    ("nl", "De Verenigde Naties stuurden hulp naar Myanmar. De Verenigde Staten verklaarden dat zij medicijnen "
     "zouden sturen.", "De", "zij", "Verenigde Staten"),
    ("en", "The United Nations sent aid to Myanmar. The United States said it would send medicine.", "The", "it",
     "United States"),
])
def test_reporter_named_in_a_flat_phrase_headed_by_its_article(lang, text, article, pronoun, name,
                                                               pipeline) -> None:  # type: ignore[no-untyped-def]
    """A parser that makes the article the head of the name ("De" nsubj, "Verenigde Staten" flat under it)."""
    from dataclasses import replace

    doc = analysed(text, lang, pipeline)
    at = doc.text.index(f"{article} {name}")
    tokens = list(doc.tokens)
    head = next(t for t in tokens if t.start == at)
    subject = next(t for t in tokens if t.head == t.i and t.start > at)  # the reporting verb
    tokens[head.i] = replace(head, dep="nsubj", head=subject.i, pos="PROPN")
    for t in tokens[head.i + 1:]:
        if t.end > at + len(article) + 1 + len(name):
            break
        tokens[t.i] = replace(t, dep="flat", head=head.i)
    doc = replace(doc, tokens=tuple(tokens))
    start = doc.text.index(f" {pronoun} ", at) + 1
    ref = References(doc).resolve(start, start + len(pronoun))
    assert ref is not None and ref.entity is not None and ref.canonical == name


FAR_DESCRIPTIONS = [
    ("nl", "De actiegroep Code Rood blokkeerde zaterdag de weg. De politie greep in. Twee mensen raakten gewond. "
     "De burgemeester sprak van een zware dag. Winkels bleven dicht. Bussen reden om. Het verkeer stond stil. "
     "De actiegroep kondigde nieuwe acties aan.", "De actiegroep", 2, "Code Rood"),
    ("en", "The campaign group Extinction Rebellion blocked the road on Saturday. Police moved in. Two people were hurt. "
     "The mayor spoke of a hard day. Shops stayed closed. Buses were diverted. Traffic stood still. "
     "The group announced new actions.", "The group", 1, "Extinction Rebellion"),
]


@pytest.mark.parametrize(("lang", "text", "phrase", "occurrence", "name"), FAR_DESCRIPTIONS)
def test_description_resolves_to_the_entity_it_titled_however_far_before(lang, text, phrase, occurrence, name, pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), phrase, occurrence)
    assert ref is not None and ref.entity is not None and ref.canonical == name


REPORTED_DESCRIPTIONS = [
    ("nl", "De actiegroep Code Rood blokkeerde zaterdag de weg. Na overleg met de FNV kondigde de actiegroep aan "
     "dat zij volgende maand terugkomt.", "zij", "Code Rood"),
    ("en", "The campaign group Extinction Rebellion blocked the road on Saturday. After talks with Shell, the group said it "
     "would return next month.", "it", "Extinction Rebellion"),
]


@pytest.mark.parametrize(("lang", "text", "pronoun", "name"), REPORTED_DESCRIPTIONS)
def test_pronoun_reported_by_a_description_is_the_entity_it_describes(lang, text, pronoun, name, pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = analysed(text, lang, pipeline)
    start = doc.text.index(f" {pronoun} ") + 1
    ref = References(doc).resolve(start, start + len(pronoun))
    assert ref is not None and ref.entity is not None and ref.canonical == name


INDEXED = [
    ("nl", FAR_DESCRIPTIONS[0][1] + " " + REPORTED_DESCRIPTIONS[0][1] + " Premier Mark Rutte, de leider van de VVD, "
     "zei dat hij de blokkade betreurde. De premier riep de actiegroep op te stoppen."),
    ("en", FAR_DESCRIPTIONS[1][1] + " " + REPORTED_DESCRIPTIONS[1][1] + " Prime Minister Rishi Sunak, the leader of the "
     "Conservatives, said he regretted the blockade. The prime minister urged the group to stop."),
]


@pytest.mark.parametrize(("lang", "text"), INDEXED)
def test_indexed_lookups_find_what_a_scan_of_the_document_finds(lang, text, pipeline) -> None:  # type: ignore[no-untyped-def]
    # the per-document indexes (issue 18: no scan of every entity or mention per pronoun or description)
    doc = analysed(text, lang, pipeline)
    refs = References(doc)
    for t in doc.tokens:
        scanned = next((x for x in doc.entities if x.start <= t.start < x.end and x.label != "MISC"), None)
        assert refs._acting_at(t.start) is scanned
        words = {t.text.lower(), t.lemma.lower()}
        for k in range(len(refs.mentions) + 1):
            scan = [m for m in reversed(refs.mentions[:k]) if m.entity is not None and m.kind != "other"
                    and refs._titled(m, words, t.start)]
            assert [m for m in refs._titled_before(words, k) if refs._titled(m, words, t.start)] == scan


@pytest.mark.parametrize(("lang", "text", "plural", "pronoun"), [
    ("en", "Detectives questioned the suspect on Friday. Police officers arrested him on Monday.", "Detectives", "him"),
    ("nl", "Onderzoekers verhoorden vrijdag de verdachte. Agenten arresteerden hem maandag.", "Onderzoekers", "hem"),
])
def test_a_plural_common_noun_tagged_as_a_person_is_no_antecedent_of_he(lang, text, plural, pronoun,
                                                                       pipeline) -> None:  # type: ignore[no-untyped-def]
    """The entity tagger may read a plural noun that opens a sentence as a name (PER); "him" cannot be them."""
    from dataclasses import replace

    from kroniek.model import Entity

    doc = analysed(text, lang, pipeline)
    wrong = Entity(id="e99", text=plural, start=0, end=len(plural), label="PER", canonical=plural, wikidata=None)
    doc = replace(doc, entities=(wrong, *(e for e in doc.entities if e.start >= len(plural))))
    ref = resolve(doc, pronoun)
    assert ref is None or ref.canonical != plural


@pytest.mark.parametrize(("lang", "text", "pronoun", "name"), [
    ("nl", "\"Wij veroordelen het geweld met klem\", zegt ABVV-voorzitter Marc Goossens.", "Wij", "Goossens"),
    ("en", "\"We have already arrested 15 people,\" said Chief Superintendent Mark Hanley.", "We", "Hanley"),
])
def test_we_in_a_quote_with_no_organisation_beside_its_speaker_is_the_speaker(lang, text, pronoun, name,
                                                                            pipeline) -> None:  # type: ignore[no-untyped-def]
    ref = resolve(analysed(text, lang, pipeline), pronoun)
    assert ref is not None and name in (ref.canonical or "")


@pytest.mark.parametrize(("lang", "text", "pronoun", "name"), [
    ("nl", "Het kabinet van de premier laat weten dat het de vakbonden volgende week uitnodigt voor overleg.", "het",
     "kabinet"),
    ("en", "The cabinet of the prime minister said it would invite the unions for talks next week.", "it", "cabinet"),
])
def test_a_neuter_pronoun_for_a_body_that_says_it_will_act_is_that_body(lang, text, pronoun, name,
                                                               pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = analysed("Nieuws\n\n" + text, lang, pipeline)
    talks = [e for e in doc.events if e.type == "CONSULT"]
    assert talks and any(name in (a.text or "") or name in (a.canonical or "") for a in talks[0].actors), \
        [(a.text, a.canonical) for e in talks for a in e.actors]
