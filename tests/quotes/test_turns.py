"""A broadcast transcript's turns: a label in capitals before a turn makes it that speaker's direct quote; the
programme's own voices narrate (kroniek.quotes.turns)."""

from __future__ import annotations

import pytest

import kroniek

TRANSCRIPTS = [
    ("en", "Strike enters third day\n\nLEILA MARSH, HOST:\n\nThe buses are idle for a third day.\n\n"
           "DANA WHITCOMB, BYLINE: Police arrested picketers outside a depot.\n\n"
           "DARNELL PRICE: They grabbed him by the collar and threw him down.\n\n"
           "WHITCOMB: The union says nobody goes back.\n\nMARSH: Are they talking at all?\n",
     "They grabbed him by the collar and threw him down.", "price"),
    ("nl", "Hongerstaking in Ter Apel\n\nVOICE-OVER: Sinds vrijdag weigeren hier veertig asielzoekers te eten.\n\n"
           "SAMIR (27), UIT SYRIË: Wij eten niet tot we binnen mogen.\n\n"
           "VOICE-OVER: De burgemeester kondigde een noodverordening af.\n\n"
           "MULDER: Staan de tenten er woensdag nog, dan laat ik ze weghalen.\n",
     "Wij eten niet tot we binnen mogen.", "samir"),
]


@pytest.mark.parametrize(("lang", "text", "turn", "speaker"), TRANSCRIPTS)
def test_a_guest_s_turn_is_a_direct_quote_of_the_labelled_speaker(pipeline, lang, text, turn,
                                                                  speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-09-16", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text == turn]
    assert found and found[0].kind == "direct" and speaker in (found[0].speaker_text or "").lower(), doc.quotes
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


@pytest.mark.parametrize(("lang", "text", "narration"), [
    (TRANSCRIPTS[0][0], TRANSCRIPTS[0][1], "Are they talking at all?"),
    (TRANSCRIPTS[0][0], TRANSCRIPTS[0][1], "The buses are idle for a third day."),
    (TRANSCRIPTS[1][0], TRANSCRIPTS[1][1], "Sinds vrijdag weigeren hier veertig asielzoekers te eten."),
])
def test_the_programme_s_own_voices_narrate(pipeline, lang, text, narration):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-09-16", pipeline=pipeline)
    start = doc.text.index(narration)
    assert not [q for q in doc.quotes if q.kind == "direct" and q.start <= start < q.end], doc.quotes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "News\n\nUPDATE: Police said the road was open again.\n\nNOTE: This story has been corrected.\n"),
    ("nl", "Nieuws\n\nUPDATE: De weg is weer open.\n\nCORRECTIE: In een eerdere versie stond een fout.\n"),
])
def test_labels_of_notices_are_no_dialogue(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-09-16", pipeline=pipeline)
    assert not [q for q in doc.quotes if q.kind == "direct"], doc.quotes


RECORDS = [
    ("en", "Tanzania: Protests\n\nHelen Marwood (Exeter) (Lab): To ask the Secretary of State if she will make a "
           "statement on the killing of protesters.\n\nThe Parliamentary Under-Secretary of State for Foreign Affairs "
           "(Stephen Ashdown): Police fired live rounds at a crowd. Amnesty International says 310 people are in "
           "detention.\n\nHelen Marwood: I urge the Minister to suspend budget support.\n\nMr Speaker: I call the "
           "shadow Minister.\n",
     [("To ask the Secretary", "marwood"), ("Police fired live rounds", "ashdown"), ("I urge the Minister", "marwood"),
      ("I call the shadow", "speaker")]),
    ("nl", "Debat over de ME\n\nDe heer Jansen (VVD): Voorzitter, de politie heeft op zaterdag een betoging "
           "ontbonden. Ik wil weten waarom.\n\nMinister Van Dam: De burgemeester heeft dat besloten en ik sta "
           "daarachter.\n\nMevrouw Kok (GroenLinks-PvdA): Dat vind ik geen antwoord op de vraag van de heer "
           "Jansen.\n",
     [("Voorzitter, de politie", "jansen"), ("De burgemeester heeft dat", "van dam"), ("Dat vind ik geen", "kok")]),
]


@pytest.mark.parametrize(("lang", "text", "turns"), RECORDS)
def test_a_record_s_turn_is_a_direct_quote_of_its_member(pipeline, lang, text, turns):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-17", pipeline=pipeline)
    for opening, speaker in turns:
        found = [q for q in doc.quotes if q.text.startswith(opening)]
        assert found and found[0].kind == "direct" and speaker in (found[0].speaker_text or "").lower(), doc.quotes
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


def test_a_report_inside_a_turn_is_quoted_again(pipeline):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(RECORDS[0][1], language="en", published="2026-11-17", pipeline=pipeline)
    inner = [q for q in doc.quotes if q.text.startswith("310 people")]
    assert inner and "amnesty" in (inner[0].speaker_text or "").lower(), doc.quotes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gallery\n\nEL ALTO, BOLIVIA - SEPTEMBER 14: Members of the union block the highway with burning tires.\n\n"
           "LA PAZ, BOLIVIA - SEPTEMBER 15: A demonstrator kicks back a tear gas canister during a march.\n"),
    ("nl", "Fotoserie\n\nDEN HAAG, NEDERLAND - 14 SEPTEMBER: Boeren blokkeren met trekkers de snelweg bij de stad.\n\n"
           "ZWOLLE, NEDERLAND - 15 SEPTEMBER: Een betoger gooit een rookbom terug naar de agenten.\n"),
])
def test_a_caption_s_dateline_is_no_speaker_s_label(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-09-18", pipeline=pipeline)
    assert not [q for q in doc.quotes if q.kind == "direct"], doc.quotes


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("en", "Debate\n\nSimon Pelham (Con): Tanzania's ruling party has warned that it will expel any diplomat who "
           "meddles in its affairs.\n\nHelen Marwood (Lab): I agree with the member for Sevenoaks.\n\n"
           "Simon Pelham: We should act now and we should act together.\n", "ruling party"),
    ("nl", "Debat\n\nDe heer Jansen (VVD): De regering van Tanzania heeft gedreigd dat zij elke diplomaat zal uitzetten "
           "die zich met haar zaken bemoeit.\n\nMevrouw Kok (D66): Ik sluit mij aan bij de vraag van de heer Jansen.\n\n"
           "De heer Jansen: Wij moeten nu handelen en dat samen doen.\n", "regering"),
])
def test_a_threat_reported_inside_a_turn_is_the_reporter_s(pipeline, lang, text, actor):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-17", pipeline=pipeline)
    threats = [e for e in doc.events if e.type == "THREATEN"]
    assert threats and any(actor in (p.text or "").lower() for p in threats[0].actors), doc.events


SCRIPTS = [
    ("en", "NEWSROOM, LILONGWE\nBULLETIN: 13h00\n\nITEM 1 | SLUG: MINIBUS STRIKE\n\n"
           "CUE: Police in Lilongwe fired teargas at minibus drivers who blocked the M1.\n\n"
           "VOICER (Phiri): From around five the drivers parked their minibuses across the road.\nDUR: 0'27\"\n\n"
           "CUE: The police spokesperson defended the operation.\n"
           "ACTUALITY (Mkandawire): We cannot allow a few people to paralyse the whole city.\nDUR: 0'08\"\n\n"
           "BACK ANNO: The owners' chairperson said the strike will continue until Friday.\n",
     "We cannot allow a few people to paralyse the whole city.", "mkandawire"),
    ("nl", "NIEUWSDIENST\n\nITEM 1 | STAKING\n\n"
           "CUE: De politie vuurde traangas af op chauffeurs die de weg blokkeerden.\n\n"
           "VERSLAGGEVER (Pieters): Vanaf vijf uur stonden de busjes dwars over de weg.\n\n"
           "CUE: De woordvoerder van de politie verdedigde het optreden.\n"
           "FRAGMENT (Jansen): Wij laten niet toe dat een paar mensen de hele stad platleggen.\n",
     "Wij laten niet toe dat een paar mensen de hele stad platleggen.", "jansen"),
]


@pytest.mark.parametrize(("lang", "text", "turn", "speaker"), SCRIPTS)
def test_a_script_s_clip_is_a_quote_of_the_name_in_its_label_s_brackets(pipeline, lang, text, turn,
                                                                        speaker):  # type: ignore[no-untyped-def]
    """"ACTUALITY (Mkandawire):" opens a line inside a paragraph; the speaker is the bracketed name, not the label."""
    doc = kroniek.extract(text, language=lang, published="2026-11-17", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text.startswith(turn)]
    assert found and found[0].kind == "direct" and speaker in (found[0].speaker_text or "").lower(), doc.quotes


@pytest.mark.parametrize(("lang", "text", "narration"), [
    (SCRIPTS[0][0], SCRIPTS[0][1], "Police in Lilongwe fired teargas"),
    (SCRIPTS[0][0], SCRIPTS[0][1], "From around five the drivers"),
    (SCRIPTS[0][0], SCRIPTS[0][1], "The owners' chairperson said"),
    (SCRIPTS[1][0], SCRIPTS[1][1], "De politie vuurde traangas af"),
    (SCRIPTS[1][0], SCRIPTS[1][1], "Vanaf vijf uur stonden"),
])
def test_a_script_s_cues_and_voicers_narrate(pipeline, lang, text, narration):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-17", pipeline=pipeline)
    start = doc.text.index(narration)
    assert not [q for q in doc.quotes if q.kind == "direct" and q.start <= start < q.end], doc.quotes
    assert not [q for q in doc.quotes if (q.speaker_text or "").lower() in ("cue", "back anno", "voicer")], doc.quotes


CALLS = [
    ("en", "Q3 Earnings Call Transcript\n\nCompany Participants\nMartin Oyarzun - Chief Executive Officer\n\n"
           "Operator\nGood morning, and welcome to the call. Please go ahead, Mr. Oyarzun.\n\n"
           "Martin Oyarzun\nThank you, operator. The union walked out on October 14.\n"
           "On the 27th strikers blocked the access road and we condemn the violence.\n\n"
           "Dev Raghunathan\nThanks. Martin, is there any risk the blockades spread to the port?\n\n"
           "Martin Oyarzun\nThe union has threatened to, yes.\n",
     ["Thank you, operator. The union walked out on October 14.",
      "On the 27th strikers blocked the access road and we condemn the violence.", "The union has threatened to, yes."],
     "oyarzun", "Good morning, and welcome to the call."),
    ("nl", "Transcript persgesprek\n\nDeelnemers\nAnja de Vries - burgemeester\n\n"
           "Moderator\nGoedemiddag en welkom bij dit gesprek. Het woord is aan de burgemeester.\n\n"
           "Anja de Vries\nDank u wel. De blokkade duurt nu al drie dagen.\n"
           "Gisteren hebben we de actievoerders gevraagd de weg vrij te maken.\n\n"
           "Piet Jansen\nDank. Sluit u een ontruiming uit?\n\n"
           "Anja de Vries\nNee, dat sluit ik niet uit.\n",
     ["Dank u wel. De blokkade duurt nu al drie dagen.",
      "Gisteren hebben we de actievoerders gevraagd de weg vrij te maken.", "Nee, dat sluit ik niet uit."],
     "vries", "Goedemiddag en welkom bij dit gesprek."),
]


@pytest.mark.parametrize(("lang", "text", "turns", "speaker", "narration"), CALLS)
def test_a_call_transcript_s_speaker_lines_make_each_line_of_a_turn_a_quote(
        pipeline, lang, text, turns, speaker, narration):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-11-05", pipeline=pipeline)
    quoted = {q.text: q for q in doc.quotes if q.kind == "direct"}
    assert all(t in quoted and speaker in (quoted[t].speaker_text or "").lower() for t in turns), doc.quotes
    start = doc.text.index(narration)
    assert not [q for q in doc.quotes if q.kind == "direct" and q.start <= start < q.end], doc.quotes


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Strike news\n\nThe Numbers Game\nThere are 260 of us on the floor and over 200 have walked out.\n\n"
           "What They Say\nThe manager has accused us of intimidating staff who cross the line.\n\n"
           "What We Want\nA pay rise of five percent a year for three years.\n"),
    ("nl", "Stakingsnieuws\n\nDe Cijfers\nWe zijn met 260 op de vloer en meer dan 200 leggen het werk neer.\n\n"
           "Wat Ze Zeggen\nDe directeur beschuldigt ons van intimidatie van wie wel werkt.\n\n"
           "Wat Wij Willen\nEen loonsverhoging van vijf procent per jaar, drie jaar lang.\n"),
])
def test_headings_in_title_case_met_once_are_no_speakers(pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2026-10-21", pipeline=pipeline)
    assert not [q for q in doc.quotes if q.kind == "direct"], doc.quotes
