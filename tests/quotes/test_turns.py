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
