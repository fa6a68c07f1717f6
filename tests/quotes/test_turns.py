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
