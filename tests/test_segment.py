"""Sentence segmentation on Dutch and English news."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in segment(text)[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie greep in. Er vielen twee gewonden.", ["De politie greep in.", "Er vielen twee gewonden."]),
        ("Police moved in. Two people were hurt!", ["Police moved in.", "Two people were hurt!"]),
        ("Het kabinet o.a. minister De Jong was aanwezig. Daarna volgde een debat.",
         ["Het kabinet o.a. minister De Jong was aanwezig.", "Daarna volgde een debat."]),
        ("Volgens dhr. Jansen is het rustig. Dat zegt hij.", ["Volgens dhr. Jansen is het rustig.", "Dat zegt hij."]),
        ("Mr. Smith met officials in the U.S. Capitol. He left at noon.",
         ["Mr. Smith met officials in the U.S. Capitol.", "He left at noon."]),
        ("Woordvoerder J. de Boer bevestigde het nieuws. Meer is niet bekend.",
         ["Woordvoerder J. de Boer bevestigde het nieuws.", "Meer is niet bekend."]),
        ("Er waren 3.5 miljoen kijkers. Dat is veel.", ["Er waren 3.5 miljoen kijkers.", "Dat is veel."]),
    ],
)
def test_splits_sentences_but_not_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boeren blokkeren snelweg\n\nDe politie greep in.", ["Boeren blokkeren snelweg", "De politie greep in."]),
        ("Farmers block motorway\n\nPolice moved in.", ["Farmers block motorway", "Police moved in."]),
        ("Eerste alinea eindigt hier.\n\nTussenkop\n\nTweede alinea.",
         ["Eerste alinea eindigt hier.", "Tussenkop", "Tweede alinea."]),
    ],
)
def test_headlines_and_intertitles_are_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_hard_wrapped_lines_are_joined() -> None:
    text = "De demonstranten liepen door de\nstraten van de stad. Daarna gingen ze naar huis."
    assert sentences(text) == ["De demonstranten liepen door de\nstraten van de stad.", "Daarna gingen ze naar huis."]


@pytest.mark.parametrize(("text", "expected"), [
    # a block wrapped at a fixed width (teletext, e-mail): a line that ends no sentence runs on into a capital, a
    # digit or a quote mark too
    ("Trams en bussen van de MIVB reden tot\n14 uur niet in de Vijfhoek. Ook in\nAntwerpen reden vanmiddag een\n"
     "zeventigtal taxi's over de Leien.",
     ["Trams en bussen van de MIVB reden tot\n14 uur niet in de Vijfhoek.",
      "Ook in\nAntwerpen reden vanmiddag een\nzeventigtal taxi's over de Leien."]),
    ("The minister of transport, Hanne\nClaessens, called the violence\n\"unacceptable\" and invited the\n"
     "federation to talks.",
     ["The minister of transport, Hanne\nClaessens, called the violence\n\"unacceptable\" and invited the\n"
      "federation to talks."]),
])
def test_a_block_wrapped_at_a_fixed_width_is_read_as_running_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rioting broke out at around 1 p.m. A group of youths pelted officers.",
     ["Rioting broke out at around 1 p.m.", "A group of youths pelted officers."]),
    ("He left at 9 a.m. He came back later.", ["He left at 9 a.m.", "He came back later."]),
    ("The march starts at 2 p.m. Monday in the centre.", ["The march starts at 2 p.m. Monday in the centre."]),
    ("Ze verkochten fietsen, boeken enz. De winkel sloot om zes uur.",
     ["Ze verkochten fietsen, boeken enz.", "De winkel sloot om zes uur."]),
])
def test_an_abbreviation_that_often_ends_a_sentence_ends_one_before_an_article_or_a_pronoun(
        text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_a_list_of_headlines_is_no_wrapped_block() -> None:
    text = "Related coverage:\nOkinawa governor files new lawsuit\nMarine detained over assault in Okinawa City"
    assert sentences(text) == ["Related coverage:", "Okinawa governor files new lawsuit",
                               "Marine detained over assault in Okinawa City"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Ik ga niet. Nooit," zei hij. Daarna was het stil.', ['"Ik ga niet.', 'Nooit," zei hij.',
                                                                 "Daarna was het stil."]),
        ('"We go now." Then they left.', ['"We go now."', "Then they left."]),
        ("'Dit is niet onze oorlog', klinkt het overal.", ["'Dit is niet onze oorlog', klinkt het overal."]),
    ],
)
def test_closing_quotes_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (",,Ik rook het meteen'', zegt ze. ,,De gang stond vol rook.''",
         [",,Ik rook het meteen'', zegt ze.", ",,De gang stond vol rook.''"]),
        ("\"It was quiet,\" she said. \u201cThen the shooting began.\u201d",
         ["\"It was quiet,\" she said.", "\u201cThen the shooting began.\u201d"]),
    ],
)
def test_a_sentence_may_open_with_any_quote_mark(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de politie hield 42 mensen aan. zes van hen zijn aangeklaagd. er vielen geen gewonden.",
         ["de politie hield 42 mensen aan.", "zes van hen zijn aangeklaagd.", "er vielen geen gewonden."]),
        ("police arrested 42 people. six of them were charged! nobody was hurt.",
         ["police arrested 42 people.", "six of them were charged!", "nobody was hurt."]),
        ("mr. smith was arrested in the u.s. on friday. he was released.",
         ["mr. smith was arrested in the u.s. on friday.", "he was released."]),
    ],
)
def test_lower_case_text_is_split_into_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het vliegtuig landde op john f. kennedy airport. \"we zijn teleurgesteld... we kijken verder,\" zei hij.",
        "the plane landed at john f. kennedy airport. \"we are disappointed... we will look further,\" he said.",
    ],
)
def test_in_lower_case_text_an_initial_or_an_ellipsis_does_not_end_a_sentence(text: str) -> None:
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De politie greep in.Er vielen twee gewonden.", ["De politie greep in.", "Er vielen twee gewonden."]),
        ("Gunmen killed two soldiers, the army said.The attack happened at dawn.",
         ["Gunmen killed two soldiers, the army said.", "The attack happened at dawn."]),
        ("Meer op nu.nl en in de U.S.A. vandaag.", ["Meer op nu.nl en in de U.S.A. vandaag."]),
    ],
)
def test_a_missing_space_after_a_full_stop_still_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TWEE DODEN BIJ SCHIETPARTIJ IN ROTTERDAM\n\nDe politie zoekt getuigen.",
         ["TWEE DODEN BIJ SCHIETPARTIJ IN ROTTERDAM", "De politie zoekt getuigen."]),
        ("POLICE MOVED IN AT DAWN. TWO PEOPLE WERE HURT.", ["POLICE MOVED IN AT DAWN.", "TWO PEOPLE WERE HURT."]),
    ],
)
def test_upper_case_text_is_split_into_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Betogers bij het station in Moskou - NOS De politie arresteerde tientallen mensen.",
        "Protesters at the station (photo: Reuters) Police arrested dozens of people.",
    ],
)
def test_photo_credit_does_not_glue_sentences(text: str) -> None:
    result = sentences(text)
    assert len(result) == 2
    assert result[1].startswith(("De politie", "Police"))


@given(st.text(alphabet=st.sampled_from(list("abc ABC.!?\"'\n-")), max_size=200))
def test_sentences_are_ordered_trimmed_and_within_text(text: str) -> None:
    sents, paras = segment(text)
    last = 0
    for k, s in enumerate(sents):
        assert s.i == k
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end
    for a, b in paras:
        assert 0 <= a < b <= len(text)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("nl", "Volgens dhr. Jansen is het rustig. Dat zegt hij.", ["Volgens dhr. Jansen is het rustig.", "Dat zegt hij."]),
    ("en", "Mrs. Smith met Gov. Brown at noon. He left.", ["Mrs. Smith met Gov. Brown at noon.", "He left."]),
    ("nl", "Een foto van de mars (foto: ANP) Daarna ging het mis.",
     ["Een foto van de mars (foto: ANP)", "Daarna ging het mis."]),
    ("en", "A picture of the march (photo: AP) Then it went wrong.",
     ["A picture of the march (photo: AP)", "Then it went wrong."]),
])
def test_the_document_language_gives_abbreviations_and_credit_words(lang: str, text: str,
                                                                    expected: list[str]) -> None:
    assert [text[s.start:s.end] for s in segment(text, lang)[0]] == expected


def test_a_registered_language_brings_its_own_abbreviations(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kroniek.lang import Language, register_language, unregister_language

    (tmp_path / "segment_abbreviations.txt").write_text("# test\nzz\n", encoding="utf-8")
    (tmp_path / "segment_credit_words.txt").write_text("fotografie\n", encoding="utf-8")
    text = "Het is zz. Niet waar."
    register_language(Language(code="xa", name="Test", data=tmp_path))
    try:
        assert len(segment(text, "xa")[0]) == 1
    finally:
        unregister_language("xa")
    assert len(segment(text, "nl")[0]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De CCAT telde er 15.000.[1] In de nacht werden wegen geblokkeerd.",
         ["De CCAT telde er 15.000.[1]", "In de nacht werden wegen geblokkeerd."]),
        ("Two gendarmes were injured.[3][4] A day later Paris sent reinforcements.",
         ["Two gendarmes were injured.[3][4]", "A day later Paris sent reinforcements."]),
    ],
)
def test_a_footnote_marker_after_a_full_stop_closes_the_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het leger vocht om Amhara.57 In de nacht trof een drone de markt. De overheid hield het op 800.58 Volgens "
         "bronnen was het rustig.\n\n57 Zie ook het vorige bericht.\n58 Addis Standard.\n",
         ["Het leger vocht om Amhara.57", "In de nacht trof een drone de markt.", "De overheid hield het op 800.58",
          "Volgens bronnen was het rustig.", "57 Zie ook het vorige bericht.", "58 Addis Standard."]),
        ("Fighters stormed the camp.12 Witnesses fled.13 Nobody returned.\n\n12 Panel report.\n13 Interview.\n",
         ["Fighters stormed the camp.12", "Witnesses fled.13", "Nobody returned.", "12 Panel report.",
          "13 Interview."]),
    ],
)
def test_a_plain_footnote_number_after_a_full_stop_closes_the_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Verklaring MVV na ongeregeldheden bij derby\nmaandag 21 september 2026, 16.45 uur\n\nMVV veroordeelt de rellen.",
     ["Verklaring MVV na ongeregeldheden bij derby", "maandag 21 september 2026, 16.45 uur", "MVV veroordeelt de rellen."]),
    ("Club statement after the derby riot\nupdated 21 September 2026 16:45\n\nThe club condemns the riot.",
     ["Club statement after the derby riot", "updated 21 September 2026 16:45", "The club condemns the riot."]),
])
def test_a_stamp_line_under_a_title_continues_no_line(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
