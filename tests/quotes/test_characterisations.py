"""Short quotations in parsed text: a characterisation is its judge's quote, a slogan no one's, a word inside reported
speech or a label no quote of its own."""

from __future__ import annotations

import pytest

import kroniek

CHARACTERISATIONS = [  # (text, the quotation, words of its speaker)
    ("nl", "De burgemeester noemde het een 'zwarte dag' voor de stad.", "zwarte dag", "burgemeester"),
    ("nl", "Advocaat Sanne de Wit noemt het vonnis ‘buitenproportioneel’.", "buitenproportioneel", "de Wit"),
    ("en", "The mayor called it a 'dark day' for the city.", "dark day", "mayor"),
    ("en", "Mahlangu blamed “political opportunists” for the attack.", "political opportunists", "Mahlangu"),
    # session 31: an accuser after the verb (V2), the parse hanging the quotation from it; a count in quotation marks;
    # praise
    ("nl", "In een verklaring beschuldigt het ministerie 'kwaadwillende elementen' ervan het water als voorwendsel te "
           "gebruiken.", "kwaadwillende elementen", "ministerie"),
    ("nl", "Actiegroep Recht voor de Wijk telde er 'minstens 250'.", "minstens 250", "Recht"),
    ("en", "The organisers have counted “more than 300 farmers”.", "more than 300 farmers", "organisers"),
    ("en", "The minister praised the police for their “restraint”.", "restraint", "minister"),
    ("nl", "De minister prees de politie om haar 'terughoudendheid'.", "terughoudendheid", "minister"),
    # session 32: a call quotes its words; a verb coordinated with the subject's first one, however
    # the parse hangs it
    ("en", "The ECOWAS Commission urged \"restraint\" and inclusive dialogue.", "restraint", "Commission"),
    ("en", "The governor imposed a curfew and accused \"outlaw groups\" of exploiting the protests.", "outlaw groups",
     "governor"),
    ("nl", "De gouverneur legde een avondklok op en beschuldigde 'criminele bendes' van plunderingen.",
     "criminele bendes", "gouverneur"),
]


@pytest.mark.parametrize(("lang", "text", "quoted", "speaker"), CHARACTERISATIONS)
def test_a_characterisation_is_a_quote_of_who_gives_it(pipeline, lang, text, quoted, speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-01", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text == quoted]
    assert found and found[0].kind == "direct", [(q.kind, q.text) for q in doc.quotes]
    assert speaker in (found[0].speaker_text or ""), found[0]
    assert all(doc.text[q.start:q.end] == q.text for q in doc.quotes)


SLOGANS = [
    ("nl", "Ze scandeerden ‘Volkel zegt nee’ bij het gemeentehuis.", "Volkel zegt nee"),
    ("en", "Many carried placards reading “Athlone says no”.", "Athlone says no"),
]


@pytest.mark.parametrize(("lang", "text", "quoted"), SLOGANS)
def test_a_slogan_is_a_quote_of_no_one_named(pipeline, lang, text, quoted):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-01", pipeline=pipeline)
    found = [q for q in doc.quotes if q.text == quoted]
    assert found and found[0].kind == "direct" and found[0].speaker is None, [(q.text, q.speaker) for q in doc.quotes]


NOT_QUOTES = [  # inside what someone is said to have said, or a label
    ("nl", "De woordvoerder zei dat de agenten 'proportioneel' hadden opgetreden.", "proportioneel"),
    ("en", "Prosecutor Amanda Reid told the court the attack had been 'sudden and savage'.", "sudden and savage"),
    ("en", "The residents hurled rocks, bottles and \"pillboxes\" at the crew.", "pillboxes"),
]


@pytest.mark.parametrize(("lang", "text", "quoted"), NOT_QUOTES)
def test_a_scare_quote_in_reported_speech_or_a_label_is_no_quote_of_its_own(pipeline, lang, text, quoted):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-01", pipeline=pipeline)
    assert not any(q.kind == "direct" and q.text == quoted for q in doc.quotes), [(q.kind, q.text) for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    # a clause between two commas is no apposition of the speaker ("Rudolf Gajdos, head of Interpol, told")
    ("nl", "Wie zich misdraagt, wordt opgepakt, zegt burgemeester Veenstra.", "Veenstra"),
    ("nl", "Als de blokkade doorgaat, stuurt hij de ME, zegt de burgemeester.", "burgemeester"),
    ("en", "If the blockade goes on, police will clear it, the mayor said.", "mayor"),
    # a relative clause between the commas describes the speaker before it
    ("en", 'Organiser Priya Chandran, who runs a bakery on Magdalen Street, said the rise had come "out of nowhere".',
     "Priya Chandran"),
    ("nl", "Organisator Priya Chandran, die een bakkerij heeft, zei dat de stijging uit het niets kwam.",
     "Priya Chandran"),
])
def test_a_clause_before_a_trailing_cue_is_no_apposition_of_its_speaker(pipeline, lang, text,
                                                                         speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-01", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes] and all(speaker in (q.speaker_text or "") for q in doc.quotes), [
        (q.text, q.speaker_text) for q in doc.quotes]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "A spokesman for the police said that the miners would be arrested.", "A spokesman for the police"),
    ("en", "The Minister of Lands and Natural Resources said that the miners would be arrested.",
     "The Minister of Lands and Natural Resources"),
    ("nl", "De minister van Binnenlandse Zaken en Koninkrijksrelaties zei dat de regels blijven.",
     "De minister van Binnenlandse Zaken en Koninkrijksrelaties"),
    # a "for" that opens no office's name stays out of the speaker
    ("en", "Support for the strike grew, officials said.", "officials"),
])
def test_a_role_of_a_body_is_the_speaker_with_the_bodys_name(pipeline, lang, text,
                                                              speaker):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(text, language=lang, published="2025-06-01", pipeline=pipeline)
    assert [q.speaker_text for q in doc.quotes] == [speaker]
