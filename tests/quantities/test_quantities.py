"""Quantities: numbers with what they count, in Dutch and English."""

from __future__ import annotations

import json

import pytest

import kroniek
from kroniek.errors import UnsupportedLanguageError
from kroniek.lang import get_language
from kroniek.lang.lemmas import singular
from kroniek.model import Document, spans_of
from kroniek.quantities import extract, parse_digits
from kroniek.quantities.lexicon import lexicon
from kroniek.segment import segment

from conftest import shared_path


def analysed(text: str, lang: str) -> Document:
    sentences, paragraphs = segment(text)
    return Document(text=text, language=lang, sentences=tuple(sentences), paragraphs=tuple(paragraphs))


def quantity(text: str, lang: str, span: str):  # type: ignore[no-untyped-def]
    found = [q for q in extract(analysed(text, lang)) if q.text == span]
    assert found, f"{span!r} not found in {[q.text for q in extract(analysed(text, lang))]}"
    return found[0]


@pytest.mark.parametrize(
    ("s", "lang", "value"),
    [("261.000", "nl", 261000), ("261,000", "en", 261000), ("1,2", "nl", 1.2), ("3.5", "en", 3.5),
     ("1.234.567", "nl", 1234567), ("1,234,567", "en", 1234567), ("1.234,5", "nl", 1234.5), ("1,234.5", "en", 1234.5),
     ("2,5", "nl", 2.5), ("300", "nl", 300)],
)
def test_parses_digits_with_language_separators(s: str, lang: str, value: float) -> None:
    assert parse_digits(s, lexicon(get_language(lang)).thousands_separator) == pytest.approx(value)


@pytest.mark.parametrize(
    ("lang", "text", "span", "low", "high", "approximate"),
    [
        ("nl", "Poetin sprak van 300.000 reservisten.", "300.000", 300000, 300000, False),
        ("en", "Russia called up 300,000 reservists.", "300,000", 300000, 300000, False),
        ("nl", "Er vluchtten 1,2 miljoen mensen.", "1,2 miljoen", 1200000, 1200000, False),
        ("en", "The war displaced 3.5 million people.", "3.5 million", 3500000, 3500000, False),
        ("nl", "Er waren naar schatting zo'n 200.000 tot 250.000 mannen gevlucht.", "200.000 tot 250.000",
         200000, 250000, True),
        ("en", "Officials put the number at 200,000 to 250,000.", "200,000 to 250,000", 200000, 250000, False),
        ("nl", "De kanalen hebben tussen de 1000 en 3000 volgers.", "1000 en 3000", 1000, 3000, False),
        ("en", "The channels have between 1000 and 3000 followers.", "1000 and 3000", 1000, 3000, False),
        ("nl", "Ze opereren in cellen van drie tot vijf man.", "drie tot vijf", 3, 5, False),
        ("en", "They operate in cells of three to five men.", "three to five", 3, 5, False),
        ("nl", "Tientallen mensen raakten gewond.", "Tientallen", 20, 99, True),
        ("nl", "Er kwamen honderden mensen.", "honderden", 200, 999, True),
        ("nl", "Duizenden Russen vluchtten.", "Duizenden", 2000, 9999, True),
        ("en", "Dozens of people were injured.", "Dozens", 24, 99, True),
        ("en", "Thousands of Russians fled.", "Thousands", 2000, 9999, True),
        ("en", "Tens of thousands of troops were deployed.", "Tens of thousands", 20000, 99999, True),
        ("nl", "Ruim 300 demonstranten werden opgepakt.", "300", 300, None, False),
        ("en", "At least 12 people were killed.", "12", 12, None, False),
        ("nl", "Er is zeker één schot te horen.", "één", 1, None, False),
        ("nl", "Bijna 40 doden werden geteld.", "40", None, 40, True),
        ("en", "Nearly 40 people died.", "40", None, 40, True),
        ("en", "About 261,000 men have left Russia.", "261,000", 261000, 261000, True),
        ("nl", "Ongeveer 500 agenten waren op de been.", "500", 500, 500, True),
        ("nl", "Er kwamen tweehonderd betogers.", "tweehonderd", 200, 200, False),
        ("en", "Twenty-five villages were hit.", "Twenty-five", 25, 25, False),
        ("en", "A million people marched.", "A million", 1000000, 1000000, False),
        ("nl", "Hij werd beschuldigd van niet minder dan 120 moorden.", "120", 120, None, False),
        ("en", "Half a million people fled.", "Half a million", 500000, 500000, False),
        ("nl", "Een tiental agenten raakte gewond.", "Een tiental", 10, 10, True),
        ("en", "Scores of houses burned.", "Scores", 40, 99, True),
        ("nl", "Het aantal doden is opgelopen tot 73.", "73", 73, 73, False),
        ("en", "The death toll rose to 73.", "73", 73, 73, False),
        ("nl", "Tot 500 mensen werden geëvacueerd.", "500", None, 500, False),
    ],
)
def test_reads_values_ranges_vague_numbers_and_qualifiers(lang: str, text: str, span: str, low: float | None,
                                                          high: float | None, approximate: bool) -> None:
    q = quantity(text, lang, span)
    assert (q.low, q.high, q.approximate) == (low, high, approximate)


@pytest.mark.parametrize(
    ("lang", "text", "span", "unit"),
    [
        ("nl", "Rjazan ligt 80 kilometer ten zuiden van Moskou.", "80 kilometer", "kilometer"),
        ("en", "The town is 80 km from Kyiv.", "80 km", "kilometer"),
        ("nl", "De steun daalde met 40 procent.", "40 procent", "percent"),
        ("en", "Inflation rose 7.5% last year.", "7.5%", "percent"),
        ("nl", "Het kost € 2,5 miljoen.", "€ 2,5 miljoen", "euro"),
        ("en", "The deal is worth $3 billion.", "$3 billion", "dollar"),
        ("nl", "Het collegegeld ging naar ₦190.000.", "₦190.000", "naira"),
        ("en", "Fees rose to N190,000 this year.", "N190,000", "naira"),
        ("en", "The state paid N2 billion for it.", "N2 billion", "naira"),
        ("en", "He was fined Rs 5,000 by the court.", "Rs 5,000", "rupee"),
    ],
)
def test_reads_units_and_percentages(lang: str, text: str, span: str, unit: str) -> None:
    q = quantity(text, lang, span)
    assert q.unit == unit and q.counted is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Traffic on the N7 was stopped for 30 minutes by 40 protesters.", "7"),
        ("IN 45,000 HOMES the power was cut.", "45,000"),
    ],
)
def test_a_code_or_word_glued_to_a_number_is_no_currency(text: str, number: str) -> None:
    assert all(q.unit is None for q in extract(analysed(text, "en")) if q.text.endswith(number))


@pytest.mark.parametrize(
    ("lang", "text", "span", "counted", "lemma"),
    [
        ("nl", "Poetin sprak van 300.000 reservisten.", "300.000", "reservisten", "reservist"),
        ("en", "Russia called up 300,000 reservists.", "300,000", "reservists", "reservist"),
        ("nl", "In tientallen andere plaatsen werd geprotesteerd.", "tientallen", "plaatsen", "plaats"),
        ("en", "Hundreds of protesters gathered.", "Hundreds", "protesters", "protester"),
        ("nl", "Duizenden Russen vluchtten.", "Duizenden", "Russen", "Rus"),
        ("en", "About 261,000 men have left Russia.", "261,000", "men", "man"),
        ("nl", "Novaja Gazeta schatte het aantal vluchtelingen op 261.000.", "261.000", "vluchtelingen",
         "vluchteling"),
        ("en", "The agency put the number of refugees at 261,000.", "261,000", "refugees", "refugee"),
        ("nl", "Zo'n 30 anderen raakten gewond.", "30", "anderen", "ander"),
        ("nl", "Het ministerie meldt 15 doden en 40 gewonden.", "40", "gewonden", "gewond"),
        ("en", "At least 43 people were killed and more than 50 injured when a fire broke out.", "50", "injured",
         "injured"),
    ],
)
def test_finds_the_counted_noun_and_its_lemma(lang: str, text: str, span: str, counted: str, lemma: str) -> None:
    q = quantity(text, lang, span)
    assert (q.counted, q.counted_lemma) == (counted, lemma)
    assert q.counted_start is not None and text[q.counted_start:q.counted_end] == counted


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Basjkortostan is de nummer vier op de lijst."),
        ("en", "Russia ranked number four on the list."),
        ("nl", "In 2020 kwam het tot rellen."),
        ("en", "In 2020 riots broke out."),
        ("nl", "Op 21 september begon de mobilisatie."),
        ("en", "The mobilization began on September 21."),
        ("nl", "Ajax won met 3-1 van PSV."),
        ("en", "The home side won the match 3-1."),
        ("nl", "De 45-jarige man zat drie jaar vast."),
        ("en", "The 45-year-old served five years in prison."),
        ("nl", "De bijeenkomst begon om 14.30 uur."),
        ("en", "He was the first to leave, on the 3rd day."),
        ("nl", "Twee derde van de bevolking steunt het plan."),
        ("nl", "Het is de eerste keer dat een man zich in brand stak."),
        ("en", "One of the officials left."),
        ("en", "The F-16 jets flew over."),
        ("en", "MOSCOW 1996-08-30"),
        ("nl", "De beslissing volgt op 28 en 29 augustus."),
        ("nl", "Het programma begint om 20.15."),
        ("en", "Port Vale 4 1 2 1 4 4 5"),
        ("en", "Greenock Morton 1 Falkirk 0"),
        ("en", "Rescue worker Abdul Karim, 32, was there."),
    ],
)
def test_ranks_dates_years_scores_ages_and_durations_are_not_counts(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The protesters had sat down on the road at around 7 a.m."),
    ("en", "The march left shortly after 2 pm."),
    ("nl", "Aan de poort stonden sinds 5 uur stakingsposten."),
    ("nl", "De betogers verzamelden zich omstreeks 9 uur."),
])
def test_a_clock_time_after_an_approximation_or_since_is_no_count(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "Volgens de CCAT liepen er 15.000 mensen mee.[1] Er vielen drie doden.[3][4]", ["15.000", "drie"]),
    ("en", "About 4,500 people marched,[2] and 12 people were killed.[3][4]", ["4,500", "12"]),
])
def test_a_footnote_marker_is_no_count(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "Dertien (13) arbeiders zitten nog vast; wij hielden 11 (elf) personen aan.", ["Dertien (13)", "11 (elf)"]),
    ("en", "Thirteen (13) workers remain detained; we detained 11 (eleven) persons.", ["Thirteen (13)", "11 (eleven)"]),
    ("en", "Police detained Jan (45) and 3 (four) others.", ["3"]),  # an age; a bracket that says another number
])
def test_a_number_repeated_in_brackets_is_one_count(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "Gelet op de artikelen 174b, 175 en 176 van de Gemeentewet werden 23 personen aangehouden.", ["23"]),
    ("en", "Under sections 174, 175 and 176 of the act police detained 23 people.", ["23"]),
    ("en", "Police detained 23 people in section 5 and injured 14.", ["23", "14"]),
    ("en", "Police arrested 31 people under s.7 Public Order Act 2023.", ["31"]),
    ("nl", "De politie hield 31 mensen aan op grond van artikel 7 van de wet.", ["31"]),
])
def test_the_numbers_of_a_list_a_rank_word_opens_are_no_counts(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "De avondklok geldt van 18.00 tot 06.00 uur in 2 wijken.", ["2"]),
    ("en", "Two hours later 40 people were detained.", ["40"]),
])
def test_a_number_inside_a_time_expression_is_no_count(lang: str, text: str, counts: list[str]) -> None:
    doc = kroniek.extract("Nieuws\n\n" + text, language=lang, published="2026-10-11")
    assert [q.text for q in doc.quantities] == counts


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Workers walked off the job on Aug. 4 after rejecting the offer."),
    ("nl", "Slechts een op de drie treinen reed."),
    ("nl", "Eén op de acht overweegt daardoor te stoppen."),
    ("en", "Only one in three trains ran."),
    ("nl", "De twee verdachten, van 19 en 23 jaar, werden vrijgelaten."),
    ("en", "The suspects, aged 19 and 23 years, were released."),
    ("nl", "De mannen van 19, 24 en 31 jaar werden daar aangehouden."),
    ("en", "The men, aged 19, 24 and 31 years, were arrested there."),
])
def test_a_day_after_a_shortened_month_a_ratio_and_a_pair_of_ages_are_no_counts(lang: str, text: str) -> None:
    assert [q.text for q in extract(analysed(text, lang)) if q.text[:1].isdigit() or q.text in ("drie", "three", "acht")] == []


@pytest.mark.parametrize(
    ("word", "lang", "lemma"),
    [("reservisten", "nl", "reservist"), ("mannen", "nl", "man"), ("soldaten", "nl", "soldaat"),
     ("volgers", "nl", "volger"), ("doden", "nl", "dood"), ("huizen", "nl", "huis"), ("kinderen", "nl", "kind"),
     ("men", "en", "man"), ("cities", "en", "city"), ("protesters", "en", "protester"), ("churches", "en", "church")],
)
def test_plural_rule_gives_a_lemma_without_a_lemmatizer(word: str, lang: str, lemma: str) -> None:
    assert singular(word, get_language(lang)) == lemma


@pytest.mark.parametrize(
    ("lang", "text"),
    [("nl", "Ruim 300 demonstranten, tientallen gewonden en 80 kilometer file; 1,2 miljoen euro schade."),
     ("en", "More than 300 protesters, dozens injured and a 80 km queue; $1.2 million damage.")],
)
def test_offsets_point_into_the_text(lang: str, text: str) -> None:
    doc = analysed(text, lang).replace(quantities=extract(analysed(text, lang)))
    assert doc.quantities
    for _, start, end, span in spans_of(doc):
        assert doc.text[start:end] == span


def test_example_articles_quantities_are_found_with_exact_values() -> None:
    examples = shared_path("examples")
    for gold_path in sorted(examples.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        meta = json.loads(gold_path.with_name(gold_path.name.replace(".gold.json", ".meta.json")).read_text())
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        found = extract(analysed(text, meta["language"]))
        for g in gold["quantities"]:
            start = text.find(g["text"])
            match = [q for q in found if q.start < start + len(g["text"]) and start < q.end]
            assert match, g["text"]
            if g.get("exact"):
                assert match[0].low == g["low"] and match[0].high in (g["high"], None if g["high"] is None else -1)
        assert len(found) == len(gold["quantities"])


@pytest.mark.parametrize(
    ("lang", "text", "span", "counted"),
    [("nl", "De organisatoren spraken van 8000 deelnemers, maar de gemeente hield het op ongeveer 5000.", "5000",
      "deelnemers"),
     ("en", "The organisers spoke of 8000 participants, but the city put it at about 5000.", "5000",
      "participants")],
)
def test_a_number_without_a_noun_counts_what_the_number_before_it_counted(lang: str, text: str, span: str,
                                                                          counted: str) -> None:
    assert quantity(text, lang, span).counted == counted


@pytest.mark.parametrize(
    ("lang", "text", "tags", "span", "counted"),
    [
        # the tagger's coarse tag says VERB, its fine tag says plural noun: the noun is what is counted
        ("nl", "Volgens de politie zijn 40 demonstranten opgepakt .",
         "ADP:VZ DET:LID NOUN:N|soort AUX:WW|pv NUM:TW VERB:N|soort|mv|basis VERB:WW|vd PUNCT:LET", "40",
         "demonstranten"),
        ("en", "Police say 40 protesters were detained .",
         "NOUN:NN VERB:VBP NUM:CD VERB:NNS AUX:VBD VERB:VBN PUNCT:.", "40", "protesters"),
        # an adjective or participle in a noun's use (CGN ADJ|nom, as the Alpino treebanks tag "jongeren")
        ("nl", "Onder hen waren twee jongeren die vuurwerk gooiden .",
         "ADP:VZ PRON:VNW AUX:WW|pv NUM:TW ADJ:ADJ|nom|comp|met-e|mv-n PRON:VNW NOUN:N|soort VERB:WW|pv PUNCT:LET",
         "twee", "jongeren"),
    ],
)
def test_a_plural_noun_tagged_as_a_verb_is_still_counted(lang: str, text: str, tags: str, span: str,
                                                        counted: str) -> None:
    from kroniek.model import Token

    doc = analysed(text, lang)
    tokens, pos = [], 0
    for i, (word, tag) in enumerate(zip(text.split(" "), tags.split(" "), strict=True)):
        start = text.index(word, pos)
        pos = start + len(word)
        upos, _, fine = tag.partition(":")
        tokens.append(Token(i, start, pos, word, word.lower(), upos, fine, "", "dep", i, 0))
    found = {q.text: q.counted for q in extract(doc.replace(tokens=tuple(tokens)))}
    assert found[span] == counted


@pytest.mark.parametrize(
    ("lang", "text", "span", "low", "high"),
    [
        ("nl", "De organisatie sprak van ruim 2000.", "2000", 2000, None),
        ("en", "Organisers said more than 2000.", "2000", 2000, None),
        ("nl", "Het ging om hooguit 1900.", "1900", None, 1900),
        ("en", "Police said the crowd was far below the 10,000 claimed by organisers.", "10,000", 10000, 10000),
    ],
)
def test_a_count_qualifier_or_a_thousands_separator_makes_a_count(lang: str, text: str, span: str,
                                                                 low: float | None, high: float | None) -> None:
    q = quantity(text, lang, span)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("lang", "text"), [("nl", "Hij werd geboren in 1950."), ("en", "Until 2000 he lived there.")])
def test_a_year_after_a_time_word_is_still_a_year(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_lexicon_builds_from_the_language_data(lang: str) -> None:
    lex = lexicon(get_language(lang))
    assert lex.language.code == lang and lex.qualifiers and lex.units and lex.scales


def test_an_unknown_language_is_refused_with_the_one_error() -> None:
    with pytest.raises(UnsupportedLanguageError):
        extract(analysed("Er kwamen 300 mensen.", "xx"))


@pytest.mark.parametrize(("lang", "text", "span", "low", "high"), [
    ("nl", "Een woordvoerder: \"Ruim driehonderd mensen zijn opgepakt.\"", "driehonderd", 300, None),
    ("en", "A spokesman said: \"More than three hundred people were arrested.\"", "three hundred", 300, None),
    ("nl", "De politie (ruim 40 agenten) was er snel.", "40", 40, None),
    ("en", "The police (at least 40 officers) arrived quickly.", "40", 40, None),
])
def test_a_qualifier_that_opens_a_quote_or_bracket_still_bounds(lang, text, span, low, high):  # type: ignore[no-untyped-def]
    q = quantity(text, lang, span)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("nl", "Na de derby zijn zondagavond in Rotterdam 312 supporters aangehouden.", "312"),
    ("en", "Police said that in Leeds 42 people were arrested.", "42"),
])
def test_a_count_after_a_place_name_is_no_model_number(lang, text, span):  # type: ignore[no-untyped-def]
    assert quantity(text, lang, span).low == int(span)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("nl", "Waar vanaf december twintig asielzoekers zouden wonen.", "twintig", 20),
    ("en", "From December twenty asylum seekers were to live there.", "twenty", 20),
])
def test_a_number_word_after_a_month_is_a_count(lang, text, span, value):  # type: ignore[no-untyped-def]
    assert quantity(text, lang, span).low == value


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "In de tweede helft sneuvelde Excelsior alsnog: 0-2."),
    ("en", "In the second half City were finally beaten: 0-2."),
])
def test_a_score_in_a_match_report_is_no_range(lang, text):  # type: ignore[no-untyped-def]
    assert [q.text for q in extract(analysed(text, lang))] == []


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "Riot police removed dozens of people and arrested three of them.", "three"),
    ("en", "Twelve officers were injured, three of whom were hospitalized.", "three"),
    ("nl", "Er werden 31 mensen opgepakt, van wie vier gerechtelijk.", "vier"),
    ("nl", "Twaalf agenten raakten gewond; drie van hen moesten naar het ziekenhuis.", "drie"),
    # a definite numeral stands for the people told of before it
    ("en", "The three, including a former teacher, were arrested on suspicion of obstruction.", "three"),
    ("nl", "De vier, onder wie een oud-leraar, werden opgepakt.", "vier"),
])
def test_a_written_number_of_the_people_named_before_it_is_a_count(lang: str, text: str, span: str) -> None:
    assert span in [q.text for q in extract(analysed(text, lang))]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He was one of the organisers."),
    ("nl", "Hij was een van de organisatoren."),
])
def test_one_of_and_a_bare_pair_stay_no_counts(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize(("lang", "text"), [
    # a label after a person noun, and an age in brackets before more about the person
    ("nl", "Verdachte 4 wordt vrijgesproken."),
    ("nl", "Verdachte 1 (26, uit Elst) is veroordeeld."),
    ("en", "Suspect 2 was cleared by the court."),
    # ages told before the number, or after a name at the end of a sentence
    ("en", "He said the suspects, aged between 19 and 64, are being investigated."),
    ("nl", "De verdachten, in de leeftijd van 19 tot 64 jaar, worden verhoord."),
    ("en", "Among them was the village head, Angah Busu, 61."),
])
def test_a_label_after_a_person_noun_and_ages_are_no_counts(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Een zeventigtal taxi's reed mee.", "zeventigtal", 70),
    ("Een honderdtal boeren betoogde.", "honderdtal", 100),
])
def test_a_dutch_round_number_in_tal_is_an_approximate_count(text: str, span: str, value: int) -> None:
    found = [q for q in extract(analysed(text, "nl")) if span in q.text]
    assert found and found[0].low == value and found[0].approximate


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Traffic was cut off for almost nine hours yesterday as residents blocked the bridge."),
    ("nl", "Het verkeer lag gisteren bijna negen uur lang stil."),
])
def test_the_number_of_a_duration_is_a_time_not_a_count(lang: str, text: str) -> None:
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2026-09-04")
    assert [q.text for q in doc.quantities] == []


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Protesters gathered, Region Ten chairman Dave Smith said."),
    ("nl", "De betogers verzamelden zich bij Poort Vier van de haven."),
])
def test_a_capitalised_number_word_inside_a_name_is_no_count(lang: str, text: str) -> None:
    assert extract(analysed(text, lang)) == ()


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "Ten protesters were held.", "Ten"),
    ("en", "Police Arrest Ten Protesters In Linden", "Ten"),
    ("nl", "Politie Houdt Tien Betogers Aan In Utrecht", "Tien"),
])
def test_a_capitalised_number_word_opening_a_sentence_or_in_a_title_case_line_is_a_count(
        lang: str, text: str, span: str) -> None:
    assert span in [q.text for q in extract(analysed(text, lang))]


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "Er vielen 19 doden.58 De overheid hield het op 800.59 Volgens bronnen liepen er 5000 mee.\n\n"
           "58 EHRC, persbericht.\n59 Addis Standard.\n", ["19", "800", "5000"]),
    ("en", "At least 40 people were killed.12 Police detained 300.13 Witnesses counted 2,000 marchers.\n\n"
           "12 OCHA, 5 March.\n13 Interview.\n", ["40", "300", "2,000"]),
])
def test_a_plain_footnote_number_and_its_note_are_no_counts(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "3.2.1 Gewapend conflict\nEr vielen 19 doden.\n\nPagina 23 van 71\n", ["19"]),
    ("en", "4.1 Armed conflict\nAt least 40 people were killed.\n\nPage 2 of 15\n", ["40"]),
])
def test_a_section_number_and_a_page_s_total_are_no_counts(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("text", "span", "value"), [
    ("De politie telt een zeshonderdtal actievoerders.", "een zeshonderdtal", 600.0),
    ("Een duizendtal boeren trok naar Den Haag.", "Een duizendtal", 1000.0),
])
def test_a_dutch_approximate_hundreds_is_a_count(text: str, span: str, value: float) -> None:
    q = quantity(text, "nl", span)
    assert q.low == value


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("nl", "Heeft u beelden? Bel 0900-8844 of 020 555 1234. Er kwamen 40 mensen.", ["40"]),
    ("en", "Volume 778: debated on Tuesday. Call 0800 123 456 if 40 people came.", ["40"]),
])
def test_a_phone_number_and_a_volume_are_no_counts(lang: str, text: str, counts: list[str]) -> None:
    assert [q.text for q in extract(analysed(text, lang))] == counts


@pytest.mark.parametrize(("lang", "text", "figures"), [
    ("nl", "Nieuws\n\nDe overgangsregering houdt het op twee.", [2.0]),
    ("nl", "Nieuws\n\nEen groep jongeren – zestig volgens de politie, twintig volgens de verdediging – stak een "
           "bushokje in brand.", [60.0, 20.0]),
    ("en", "News\n\nA group of youths – sixty according to police – burned a bus shelter.", [60.0]),
    ("en", "News\n\nShe is a mother of five.", [5.0]),
    # not a figure given on its own: a clock
    ("nl", "Nieuws\n\nZe spraken af om vijf.", []),
    ("en", "News\n\nThey met at five.", []),
])
def test_a_written_figure_given_on_its_own_is_a_count(lang: str, text: str, figures: list[float]) -> None:
    doc = kroniek.extract(text, language=lang, published="2026-11-23")
    assert [q.low for q in doc.quantities] == figures


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("en", "News\n\nPolice detained dozens of traders. Fourteen are still held.", "Fourteen"),
    ("nl", "Nieuws\n\nDe politie hield tientallen handelaren aan. Veertien zitten nog vast.", "Veertien"),
])
def test_a_written_number_that_opens_its_sentence_as_its_subject_is_a_count(pipeline, lang, text,
                                                                          span):  # type: ignore[no-untyped-def]
    """The verb right after it, by the parse, makes the number the people the story told of."""
    import kroniek
    doc = kroniek.extract(text, language=lang, published="2026-10-09", pipeline=pipeline)
    assert [q.low for q in doc.quantities if q.text == span] == [14.0], doc.quantities


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Onze diensten telden een 650-tal deelnemers.", "650-tal", 650),
    ("Het ging om een 30-tal relschoppers.", "30-tal", 30),
])
def test_a_number_glued_to_tal_is_an_approximate_count(text: str, span: str, value: int) -> None:
    """Flemish "een 650-tal": about 650 (not "45-jarige", an age)."""
    q = quantity(text, "nl", span)
    assert (q.low, q.approximate) == (value, True)


def test_a_number_glued_to_an_adjective_stays_no_count() -> None:
    assert extract(analysed("Een 45-jarige man werd opgepakt.", "nl")) == ()
