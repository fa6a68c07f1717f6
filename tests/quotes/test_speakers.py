"""kroniek.quotes.speakers: who a speaker phrase names, in Dutch and English."""

from __future__ import annotations

import pytest

import kroniek
from kroniek.quotes import extract

from conftest import entity_document


def quotes_of(text: str, lang: str, entities: tuple[tuple[str, str], ...] = ()):  # type: ignore[no-untyped-def]
    """The quotes of a segmented ``text`` whose entities are (text, label) pairs, every occurrence."""
    return extract(entity_document(text, lang, entities))


@pytest.mark.parametrize(("lang", "text", "entities", "speaker_text"), [
    ("nl", "Zes agenten raakten gewond, meldt de politiezone Brussel-Zuid.", (("Brussel-Zuid", "LOC"),),
     "de politiezone Brussel-Zuid"),
    ("nl", "Drie mannen zijn aangehouden, bevestigt het parket van Antwerpen.", (("Antwerpen", "LOC"),),
     "het parket van Antwerpen"),
    ("nl", "De zeventien studenten zijn weer vrijgelaten, bevestigt de politie Oost-Nederland.",
     (("Oost-Nederland", "LOC"),), "de politie Oost-Nederland"),
    ("en", "Two men were arrested, the police of Lagos State said.", (("Lagos State", "LOC"),),
     "the police of Lagos State"),
    ("en", "Seven officers were injured, the prefecture of Loire-Atlantique said.", (("Loire-Atlantique", "LOC"),),
     "the prefecture of Loire-Atlantique"),
])
def test_a_body_with_the_name_of_its_place_is_the_speaker_not_the_place(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, lang, entities)] == [speaker_text]


@pytest.mark.parametrize(("lang", "text", "entities", "speaker_text"), [
    ("en", "South Yorkshire Police said a 52-year-old man had been arrested.", (("South Yorkshire", "LOC"),),
     "South Yorkshire Police"),
    ("nl", "Gelderland Politie zei dat er twee mensen waren opgepakt.", (("Gelderland", "LOC"),),
     "Gelderland Politie"),
])
def test_a_place_opening_the_name_of_a_body_speaks_with_the_whole_name(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, lang, entities)] == [speaker_text]


@pytest.mark.parametrize(("lang", "text", "entities", "speaker_text"), [
    ("nl", 'Woordvoerder Mark van den Oever reageerde. "We gaan door", zegt woordvoerder Mark van den Oever.',
     (("Mark van den Oever", "PER"),), "Mark van den Oever"),
    ("nl", '"We gaan door", zegt de woordvoerder van Greenpeace.', (("Greenpeace", "ORG"),),
     "de woordvoerder van Greenpeace"),
    ("en", '"We will go on," said the Roman lawyer Marco Rossi.', (("Roman", "MISC"), ("Marco Rossi", "PER")),
     "Marco Rossi"),
])
def test_a_role_with_a_name_or_a_body_is_not_a_body_named_by_a_place(
        lang: str, text: str, entities: tuple[tuple[str, str], ...], speaker_text: str) -> None:
    assert [q.speaker_text for q in quotes_of(text, lang, entities) if q.kind == "direct"][-1] == speaker_text


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", 'Student Jan de Boer werd geslagen. "Ik lag al op de grond", zegt de 24-jarige.'),
    ("en", 'Student Jan de Boer was beaten. "I was already on the ground," the 24-year-old said.'),
    ("nl", "Kamerlid Jan de Boer wil opheldering. ‘Demonstreren is een grondrecht’, zegt de Heerlense."),
    ("en", 'Jan de Boer wants answers. "Protest is a right," said the Roman.'),
])
def test_an_age_or_an_origin_alone_takes_up_the_person_named_before(lang: str, text: str) -> None:
    entities = (("Jan de Boer", "PER"), ("Heerlense", "MISC"), ("Roman", "MISC"))
    direct = [q for q in quotes_of(text, lang, entities) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_text) for q in direct] == [("e1", "Jan de Boer")]



@pytest.mark.parametrize(("lang", "text", "speaker_text"), [
    ("nl", "De stakende chauffeurs blokkeren sinds dinsdag de poort van Transportbedrijf Vos. Ze zeggen dat de directie "
           "niet wil praten.", "De stakende chauffeurs"),
    ("en", "Hundreds of nurses walked out at Kenyatta hospital on Monday. They say they have not been paid since "
           "March.", "Hundreds of nurses"),
])
def test_a_plural_pronoun_takes_up_the_plural_subject_before_it(pipeline, lang: str, text: str,
                                                                speaker_text: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes] == [speaker_text]


@pytest.mark.parametrize(("lang", "text", "subject"), [
    ("nl", "De stakende chauffeurs blokkeren de poort.\n\nZe zeggen dat niemand is ontslagen.", "chauffeurs"),
    ("en", "Hundreds of nurses walked out on Monday, officials said.\n\nAt least 11 nurses were hurt, they said.",
     "nurses"),
])
def test_a_plural_pronoun_takes_up_no_subject_of_another_paragraph_or_of_its_own_sentence(
        pipeline, lang: str, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert subject not in (doc.quotes[-1].speaker_text or "")


def assert_spoken_by(pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """The quote of ``text`` whose words are ``quoted`` is found, and its speaker's text holds ``speaker``."""
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text == quoted]
    assert found and speaker in (found[0].speaker_text or ""), [(q.text, q.speaker_text) for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", 'Amnesty International Senegal condemned "the disproportionate use of force" and called for calm.',
     "the disproportionate use of force", "Amnesty International Senegal"),
    ("en", 'The ministry blamed the violence on "individuals foreign to the university" and said the arrears would be '
           "paid.", "individuals foreign to the university", "ministry"),
    ("nl", "Ze pleit voor een verbod. Het ABVV noemt dat plan ‘een muilkorf voor elke vakbondsactie’.",
     "een muilkorf voor elke vakbondsactie", "ABVV"),
    ("nl", 'De club veroordeelt "het geweld van beide kanten" en kondigde een onderzoek aan.',
     "het geweld van beide kanten", "club"),
])
def test_a_longer_characterisation_is_a_quote_of_the_subject_of_its_verb(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", "The ministry blamed the violence on outsiders and said that the arrears would be paid before the end of "
           "the month.", "that the arrears would be paid before the end of the month", "ministry"),
    ("nl", "De club veroordeelt het geweld en kondigde aan dat fans die worden veroordeeld een stadionverbod krijgen.",
     "dat fans die worden veroordeeld een stadionverbod krijgen", "club"),
    ("en", "The Human Rights Commission of Sri Lanka (HRCSL) said it had launched an inquiry into the use of force.",
     "it had launched an inquiry into the use of force", "HRCSL"),
    ("en", "Police in Kenya said the march was banned.", "the march was banned", "Police"),
    ("nl", "Agenten uit Utrecht zeggen dat de mars verboden was.", "dat de mars verboden was", "Agenten"),
    # the role before "at"/"bij" speaks, not the body it works at (session 31)
    ("en", "A doctor at the hospital said it had received 23 wounded people.", "it had received 23 wounded people",
     "doctor"),
    ("nl", "Een arts bij het ziekenhuis zegt dat er 23 gewonden zijn binnengebracht.",
     "dat er 23 gewonden zijn binnengebracht", "arts"),
])
def test_a_shared_subject_a_short_form_and_a_place_of_origin_keep_the_speaker(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'Abdou Karim Sarr, a spokesman for the collective, told AFP: "We have been patient for three months."'),
    ("nl", "Kamerlid Wouter Dierckx (Groen) eist dat de minister de beelden laat onderzoeken."),
    ("en", "The opposition demanded that the minister resign."),
])
def test_a_colon_after_told_and_a_demand_are_no_indirect_quote(pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert [q.text for q in doc.quotes if q.kind == "indirect"] == []


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", "The ministry said on Sunday it would send the January salaries within days.",
     "it would send the January salaries within days", "ministry"),
    ("nl", "Zaterdag staan er honderd extra agenten klaar, laat de politie-eenheid Den Haag weten.",
     "Zaterdag staan er honderd extra agenten klaar", "politie-eenheid"),
    ("en", "Serbia's Ombudsman said that it had opened an inquiry into the police response.",
     "that it had opened an inquiry into the police response", "Ombudsman"),
    ("nl", "Frankrijks ombudsman zei dat hij een onderzoek naar het politieoptreden was begonnen.",
     "dat hij een onderzoek naar het politieoptreden was begonnen", "ombudsman"),
])
def test_a_date_after_the_cue_a_long_split_cue_and_a_possessor_keep_the_quote_and_its_speaker(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "KRG spokesperson Sarkawt Hassan blamed the delays on Baghdad, saying the ministry had not paid.",
     "Sarkawt Hassan"),
    ("nl", "NAVO-woordvoerder Farah Dakhlallah wees de kritiek af en zei dat de missie doorgaat.", "Farah Dakhlallah"),
])
def test_a_body_and_role_the_tagger_took_for_a_name_yield_to_the_name_after_them(
        pipeline, lang: str, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes] == [speaker], [(q.text, q.speaker_text) for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", "Garegin Manukian leads the movement. Manukian's supporters say the protests will continue on Thursday.",
     "the protests will continue on Thursday", "Manukian's supporters"),
    ("nl", "Dinja Kuipers leidt de actie. Dinja's woordvoerder zei dat de actie doorgaat.", "dat de actie doorgaat",
     "Dinja's woordvoerder"),
])
def test_a_possessed_common_noun_speaks_not_its_possessor(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    # a name the parse splits into two subjects
    ("en", 'Okinawa Gov. Seiji Nakandakari criticized the arrests as "excessive" and urged the government to halt '
           "the work.", "excessive", "Nakandakari"),
    # ... and so is the subject a cue coordinated with it shares, which a pronoun later takes up
    ("en", 'Okinawa Gov. Seiji Nakandakari criticized the arrests and urged the government to halt the work. "The will '
           'of the people has been shown again and again," he told reporters in Naha.',
     "The will of the people has been shown again and again", "Nakandakari"),
    # a pronoun right after the verb is its subject, the phrase before the verb its object (verb-second)
    ("nl", 'Burgemeester Marjolein Tigchelaar liet de weg vrijmaken. De aanrijding veroordeelt zij als '
           '"levensgevaarlijk en verwerpelijk".', "levensgevaarlijk en verwerpelijk", "Tigchelaar"),
    # a pronoun in "what it called" is the subject of the verb above
    ("en", 'The Helsinki Committee of Armenia condemned what it called the "disproportionate" use of force.',
     "disproportionate", "Helsinki Committee"),
    ("nl", 'De Raad van State bekritiseerde wat hij "een slordige wet" noemde.', "een slordige wet",
     "Raad van State"),
])
def test_a_characterisation_is_the_named_subjects(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    # ", saying" after a sentence that opens with a date: the subject after the date speaks
    ("en", "Last month, a prefectural assembly member of the ruling party called for an ordinance banning sit-ins, "
           "saying they endanger truck drivers.", "they endanger truck drivers", "assembly member"),
    # ", adding that": a quote of its own, of the same speaker
    ("en", "Hiroshi Minegishi told a press conference in Tokyo that the work would continue, adding that police had "
           "acted appropriately.", "that police had acted appropriately", "Minegishi"),
    ("en", "Hiroshi Minegishi told a press conference in Tokyo that the work would continue, adding that police had "
           "acted appropriately.", "that the work would continue", "Minegishi"),
    # an attribution between commas inside its clause: the whole sentence is theirs
    ("en", "About 300 people, police said, joined a solidarity rally outside the plant.",
     "About 300 people, police said, joined a solidarity rally outside the plant", "police"),
    ("nl", "Ruim 300 mensen, zei de politie, liepen mee in de stoet.",
     "Ruim 300 mensen, zei de politie, liepen mee in de stoet", "politie"),
    # "according to" between the commas of a relative clause: what the clause says after it
    ("en", "The committee demanded the release of Anahit Grigorian, who, according to her lawyer, is still being held "
           "at a police station.", "is still being held at a police station", "lawyer"),
])
def test_participles_parentheticals_and_relative_clauses_keep_the_quote_and_its_speaker(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The government announced the closure of several rural schools in Shirak province, prompting a march."),
    ("en", "Windsor police confirmed the arrest of a 38-year-old man at the scene; he has been charged with dangerous "
           "driving."),
])
def test_a_cue_with_a_noun_phrase_object_reports_no_clause(pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert [q.text for q in doc.quotes] == []


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", "The office said the deputy acted within policy.", "the deputy acted within policy", "office"),
    ("en", "The Ombudsman's Office reported 23 people injured in the clashes.", "23 people injured in the clashes",
     "Ombudsman"),
])
def test_a_clause_the_parse_reads_as_an_object_stays_a_quote(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("en", 'The company put the number of striking employees at roughly 5,800 and said managers were running a '
           '"limited" service.', 'managers were running a "limited" service', "company"),
    ("nl", "De politie schatte het aantal op 800 en zei dat de betoging rustig verliep.",
     "dat de betoging rustig verliep", "politie"),
])
def test_a_speech_verb_after_an_estimate_reports_its_own_clause(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), [
    ("nl", "De politie arresteerde volgens eigen zeggen 57 mensen.", "De politie arresteerde volgens eigen zeggen 57 "
                                                                     "mensen", "politie"),
    ("en", "Police arrested 57 people, according to their own count.", "Police arrested 57 people", "Police"),
])
def test_a_source_by_its_own_account_is_the_subject(
        pipeline, lang: str, text: str, quoted: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert_spoken_by(pipeline, lang, text, quoted, speaker)


@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("en", '"We left with nothing. The shells were falling on our street," Amna Idris, a mother of five, told Al '
           'Jazeera.', "Amna Idris, a mother of five"),
    ("en", "Tenants have withheld rent since November, said Marisol Chávez, an organizer with the tenants union.",
     "Marisol Chávez, an organizer with the tenants union"),
    ("nl", "\"We hebben niets meer\", zei Elvira Martis, een moeder van vijf kinderen, tegen de krant.",
     "Elvira Martis, een moeder van vijf kinderen"),
])
def test_the_phrase_that_names_a_speaker_is_no_quote(pipeline, lang: str, text: str, phrase: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert phrase not in [q.text for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "speaker_text"), [
    # "volgens haar schoten ...": the pronoun alone is the source ("haar" is no possessive of "schoten")
    ("nl", "Woordvoerder Sylvie Hnawia wees dat af. Volgens haar schoten de gendarmes zonder waarschuwing.",
     "Sylvie Hnawia"),
    ("nl", "Advocaat Nikola Petrović bezocht haar dinsdag. Volgens hem schopten agenten haar in het busje.",
     "Nikola Petrović"),
    ("en", "Spokeswoman Sylvie Hnawia rejected that. According to her, the gendarmes fired without warning.",
     "Sylvie Hnawia"),
])
def test_a_pronoun_after_according_to_is_the_source_alone(pipeline, lang: str, text: str,
                                                          speaker_text: str) -> None:  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-05-12", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes] == [speaker_text]

