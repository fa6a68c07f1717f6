"""Tests of the time-expression tagger and normalizer (kroniek.timex), Dutch and English."""

from __future__ import annotations

import json
import re

import pytest

import kroniek
from kroniek.errors import UnsupportedLanguageError
from kroniek.lang import get_language
from kroniek.model import Document, Token
from kroniek.pipeline import build_pipeline, new_document
from kroniek.timex import tag
from kroniek.timex.numbers import parse_number

from conftest import shared_path
from timex_cases_en import TABLE as TABLE_EN
from timex_cases_nl import TABLE as TABLE_NL


def _cases(table: str, lang: str) -> list[tuple[str, str | None, str, str, str, str]]:
    out = []
    for line in table.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        published, text, span, value, granularity = (part.strip() for part in line.split(" | "))
        out.append((lang, None if published == "-" else published, text, span, value, granularity))
    return out


CASES_NL = _cases(TABLE_NL, "nl")
CASES_EN = _cases(TABLE_EN, "en")


@pytest.fixture(scope="module")
def timex_pipeline():  # type: ignore[no-untyped-def]
    return build_pipeline(names=["kroniek.segment.v1", "kroniek.timex.v1"])


def _run(pipe, text: str, published: str | None, lang: str) -> Document:  # type: ignore[no-untyped-def]
    return pipe(new_document(text, published=published, language=lang))  # type: ignore[no-any-return]


def test_tables_are_big_enough() -> None:
    assert len(CASES_NL) >= 300
    assert len(CASES_EN) >= 200


@pytest.mark.parametrize(("lang", "published", "text", "span", "value", "granularity"), CASES_NL + CASES_EN,
                         ids=[f"{c[0]}-{i}-{c[3]}" for i, c in enumerate(CASES_NL + CASES_EN)])
def test_case(timex_pipeline, lang, published, text, span, value, granularity):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, published, lang)
    start = text.index(span)
    end = start + len(span)
    hits = [t for t in doc.times if t.start < end and start < t.end]
    if value == "-":
        assert not [t for t in hits if re.match(r"\d{4}", t.value)], doc.times
        return
    assert hits, f"no time overlapping {span!r}: {doc.times}"
    best = max(hits, key=lambda t: min(t.end, end) - max(t.start, start))
    assert (best.value, best.granularity) == (value, granularity), best


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Nieuws\n\nDe burgemeester vaardigde woensdagochtend een samenscholingsverbod uit tot zondag."),
    ("en", "News\n\nOn Wednesday morning the mayor banned gatherings in the district until Sunday."),
])
def test_the_end_of_a_span_lies_after_its_sentence_s_day(pipeline, lang, text):  # type: ignore[no-untyped-def]
    """Published on Thursday 12 November: a ban from Wednesday until Sunday ends on the 15th, not the 8th."""
    doc = kroniek.extract(text, language=lang, published="2026-11-12", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text.lower() in ("zondag", "sunday")] == ["2026-11-15"], doc.times


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("nl", "Nieuws\n\nVerzoekster klaagt erover dat de politie haar op 14 maart 2026 met een waterwerper heeft geraakt."
           "\n\nOp zaterdag 14 maart 2026 blokkeerden activisten vanaf 11.30 uur de A12. De burgemeester had de "
           "blokkade een dag eerder verboden.\nRond 13.00 uur zette de politie twee waterwerpers in.", "13.00 uur"),
    ("en", "News\n\nThe complainant says police hit her with a water cannon on 14 March 2026.\n\nOn Saturday 14 March "
           "2026 activists blocked the A12 from 11.30 a.m. The mayor had banned the blockade the day before.\n"
           "Around 1 p.m. police deployed two water cannon.", "1 p.m."),
])
def test_a_day_counted_back_in_a_pluperfect_is_a_flashback(pipeline, lang, text, span):  # type: ignore[no-untyped-def]
    """What is told after it goes on on the story's day."""
    doc = kroniek.extract(text, language=lang, published="2026-11-24", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text == span] == ["2026-03-14T13:00"], doc.times


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("nl", "Proces-verbaal\n\nIk meld dat op 20-10-2026 omstreeks 13.30 uur betogers zich verzamelden in strijd met het "
           "verbod, uitgevaardigd door de burgemeester op 18-10-2026. Omstreeks 14.10 uur blokkeerden zij de weg.",
     "14.10"),
    ("en", "Report\n\nI beg to report that on 20/10/2026 at about 1330 hrs supporters assembled in violation of the "
           "order issued by the District Magistrate on 18/10/2026. At about 1410 hrs they blocked the road.",
     "1410 hrs"),
])
def test_a_day_in_a_clause_on_a_noun_is_no_day_the_story_goes_on(pipeline, lang, text,
                                                                  span):  # type: ignore[no-untyped-def]
    """A full date before publication is the story's day whatever its clause's tense ("I beg to report that on ..."),
    and the order's day, in a participle's clause after it, is background: the clock after them is on the 20th."""
    doc = kroniek.extract(text, language=lang, published="2026-10-21", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text == span] == ["2026-10-20T14:10"], doc.times
    assert {e.when.value for e in doc.events if e.type in ("PROTEST", "REQUEST") and e.when} <= {"2026-10-20"}, \
        doc.events


@pytest.mark.parametrize(("word", "lang", "value"), [
    ("drieëntwintig", "nl", 23), ("drieentwintig", "nl", 23), ("twintigste", "nl", 20), ("eenendertig", "nl", 31),
    ("anderhalve", "nl", 1.5), ("één", "nl", 1), ("negenennegentig", "nl", 99), ("achtste", "nl", 8),
    ("twenty-three", "en", 23), ("twenty-third", "en", 23), ("thirty-first", "en", 31), ("a", "en", 1),
    ("twelfth", "en", 12), ("ninety-nine", "en", 99), ("21st", "en", 21), ("3e", "nl", 3),
])
def test_written_numbers(word: str, lang: str, value: float) -> None:
    assert parse_number(word, get_language(lang)) == value


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Poetin zei vorige week dat zondag mensen vluchtten. Over drie weken is het 3 maart 2023."),
    ("en", "Police said on Friday that three weeks ago, on March 3, 2022, at 3 p.m., protesters gathered."),
])
def test_offsets_point_into_the_text(timex_pipeline, lang: str, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2022-09-26", lang)
    assert doc.times
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    assert [t.id for t in doc.times] == [f"t{i}" for i in range(1, len(doc.times) + 1)]


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("nl", "Vorige week werd hij opgepakt.", "Vorige week"),
    ("nl", "Zondag gingen mensen de straat op.", "Zondag"),
    ("en", "Last week he was arrested.", "Last week"),
    ("en", "Protesters gathered on Sunday.", "Sunday"),
])
def test_relative_time_without_published_is_unanchored(timex_pipeline, lang, text, span):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, None, lang)
    t = next(t for t in doc.times if t.text == span)
    assert t.anchor == "none" and not t.value[:4].isdigit()


@pytest.mark.parametrize(("lang", "text", "span", "anchor"), [
    ("nl", "Het gebeurde op 21 september 2022.", "21 september 2022", "none"),
    ("nl", "Vorige week werd hij opgepakt.", "Vorige week", "published"),
    ("en", "It happened on September 21, 2022.", "September 21, 2022", "none"),
    ("en", "He was arrested last week.", "last week", "published"),
    ("en", "He was arrested on March 3. Two days later he was freed.", "Two days later", "t1"),
])
def test_anchor(timex_pipeline, lang, text, span, anchor):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2022-09-26", lang)
    assert next(t for t in doc.times if t.text == span).anchor == anchor


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("nl", "Het gebeurde op 3 maart.", "3 maart"),
    ("nl", "Zo kwam het in 2020 tot rellen.", "2020"),
    ("nl", "De Air Force moet binnen 60 dagen reageren.", "60 dagen"),
    ("nl", "De betoging begint om 14.30 uur.", "14.30 uur"),
    ("nl", "Hij zit al jaren vast.", "jaren"),
    ("en", "The hearing lasted for nine hours.", "nine hours"),
    ("en", "Protesters gathered on Sunday.", "Sunday"),
    ("en", "The march starts at 3 pm.", "3 pm"),
    ("en", "Riots broke out in 2020.", "2020"),
])
def test_spans_leave_out_prepositions(timex_pipeline, lang, text, span):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2022-09-26", lang)
    assert [t.text for t in doc.times] == [span]


@pytest.mark.parametrize(("lang", "text", "span", "approximate"), [
    ("nl", "Anderhalve maand geleden begon het.", "Anderhalve maand geleden", True),
    ("nl", "Bijna een week na de aankondiging.", "Bijna een week", True),
    ("nl", "Twee dagen geleden begon het.", "Twee dagen geleden", False),
    ("en", "About three weeks ago it began.", "About three weeks ago", True),
    ("en", "Late September the rains came.", "Late September", True),
    ("en", "On September 21 the rains came.", "September 21", False),
])
def test_approximate(timex_pipeline, lang, text, span, approximate):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2022-11-05", lang)
    assert next(t for t in doc.times if t.text == span).approximate is approximate


def _tokens(text: str, morph: dict[str, tuple[str, ...]]) -> tuple[Token, ...]:
    out = []
    for i, m in enumerate(re.finditer(r"\w+", text)):
        lemma, pos, feats, *tag = morph.get(m.group(0), (m.group(0).lower(), "X", ""))
        out.append(Token(i=i, start=m.start(), end=m.end(), text=m.group(0), lemma=lemma, pos=pos,
                         tag=tag[0] if tag else "", morph=feats, dep="", head=i, sentence=0))
    return tuple(out)


@pytest.mark.parametrize(("lang", "text", "morph", "value"), [
    # morphology says past although no lexical cue does: the previous Friday
    ("nl", "Vrijdag bespraken ze het plan", {"bespraken": ("bespreken", "VERB", "Tense=Past|VerbForm=Fin")},
     "2022-09-23"),
    # morphology says present: a scheduled Friday, the next one
    ("nl", "Vrijdag bespreken ze het plan", {"bespreken": ("bespreken", "VERB", "Tense=Pres|VerbForm=Fin")},
     "2022-09-30"),
    ("en", "On Friday they discuss the plan", {"discuss": ("discuss", "VERB", "Tense=Pres|VerbForm=Fin")},
     "2022-09-30"),
    ("en", "On Friday they discussed the plan", {"discussed": ("discuss", "VERB", "Tense=Past|VerbForm=Fin")},
     "2022-09-23"),
    # a tagger that calls the past "gingen" present is overruled by the word list
    ("nl", "Zondag gingen mensen de straat op", {"gingen": ("gaan", "VERB", "Tense=Pres|VerbForm=Fin",
                                                            "WW|pv|tgw|mv")}, "2022-09-25"),
    # ... and so is an irregular past plural that ends like an infinitive, unless it is also one ("staken")
    ("nl", "Zondag grepen de hulptroepen in", {"grepen": ("grepen", "VERB", "Tense=Pres|VerbForm=Fin",
                                                         "WW|pv|tgw|mv")}, "2022-09-25"),
    ("nl", "Zondag staken de leraren", {"staken": ("staken", "VERB", "Tense=Pres|VerbForm=Fin",
                                                   "WW|pv|tgw|mv")}, "2022-10-02"),
    # an infinitive tagged as a past plural ("zal ... plaatsvinden") is not a past tense
    ("nl", "De top zal op 12 oktober plaatsvinden", {"zal": ("zullen", "AUX", "Tense=Pres|VerbForm=Fin",
                                                            "WW|pv|tgw|ev"),
                                                    "plaatsvinden": ("plaatsvinden", "VERB",
                                                                     "Tense=Past|VerbForm=Fin", "WW|pv|verl|mv")},
     "2022-10-12"),
    # ... but a past plural the lemmatizer left as it is, with no auxiliary beside it, is past
    ("nl", "Zaterdag verzamelden zich mensen", {"verzamelden": ("verzamelden", "VERB", "Tense=Past|VerbForm=Fin",
                                                                "WW|pv|verl|mv")}, "2022-09-24"),
    # a noun the tagger calls a finite verb ("vluchtelingen") does not decide
    ("nl", "De krant schatte het aantal vluchtelingen zondag op 261.000",
     {"schatte": ("schatten", "VERB", "Tense=Past|VerbForm=Fin", "WW|pv|verl|ev"),
      "vluchtelingen": ("vluchteling", "VERB", "Tense=Pres|VerbForm=Fin", "N|soort|mv|basis")}, "2022-09-25"),
    # a present verb the tagger calls a noun ("begins"/NNS): the word list still reads present
    ("en", "The trial begins on Friday", {"begins": ("begin", "NOUN", "Number=Plur", "NNS"),
                                          "trial": ("trial", "ADJ", "Degree=Pos", "JJ")}, "2022-09-30"),
    # a perfect (present auxiliary + participle) is past
    ("nl", "Zondag heeft een man een officier neergeschoten",
     {"heeft": ("hebben", "VERB", "Tense=Pres|VerbForm=Fin", "WW|pv|tgw|met-t"),
      "neergeschoten": ("neerschieten", "NOUN", "Number=Plur", "N|soort|mv|basis")}, "2022-09-25"),
])
def test_tense_from_token_morphology(lang, text, morph, value):  # type: ignore[no-untyped-def]
    from kroniek.model import Sentence

    doc = Document(text=text, language=lang, published="2022-09-26", sentences=(Sentence(0, 0, len(text)),),
                   tokens=_tokens(text, morph))
    assert tag(doc)[0].value == value, tag(doc)


def test_published_datetime_is_used_as_its_day(timex_pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, "Gisteren werd hij opgepakt.", "2022-09-26T08:30:00+02:00", "nl")
    assert doc.times[0].value == "2022-09-25"


def test_shared_examples_gold_times_found_with_right_value(timex_pipeline) -> None:  # type: ignore[no-untyped-def]
    examples = shared_path("examples")
    checked = 0
    for gold_path in sorted(examples.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        stem = gold_path.name[: -len(".gold.json")]
        meta = json.loads((examples / f"{stem}.meta.json").read_text(encoding="utf-8"))
        text = (examples / f"{stem}.txt").read_text(encoding="utf-8")
        doc = _run(timex_pipeline, text, meta.get("published"), meta.get("language") or "nl")
        for g in gold.get("times", []):
            start = -1
            for _ in range(g.get("occurrence", 1)):
                start = text.index(g["text"], start + 1)
            end = start + len(g["text"])
            hits = [t for t in doc.times if t.start < end and start < t.end]
            assert hits, f"{stem}: gold time {g['text']!r} not found"
            assert hits[0].value == g["value"] and hits[0].granularity == g["granularity"], hits[0]
            checked += 1
    assert checked


def test_full_pipeline_finds_gold_times_of_shared_examples(example_docs) -> None:  # type: ignore[no-untyped-def]
    """The same gold check with the whole default pipeline (spaCy tokens feed the tense)."""
    examples = shared_path("examples")
    checked = 0
    for stem, doc in example_docs.items():
        gold = json.loads((examples / f"{stem}.gold.json").read_text(encoding="utf-8"))
        for g in gold.get("times", []):
            start = doc.text.index(g["text"])
            hits = [t for t in doc.times if t.start < start + len(g["text"]) and start < t.end]
            assert hits and hits[0].value == g["value"], (stem, g, hits)
            checked += 1
    assert checked


_WORDS = ["maart", "zondag", "vorige", "week", "geleden", "twee", "dagen", "2020", "21", "september", "om",
          "14.30", "uur", "begin", "eind", "jaar", "de", "jaren", "negentig", "elke", "kerst", "over", "sept.",
          "3-3-2022", "anderhalve", "maand", "Sunday", "last", "ago", "three", "weeks", "March", "3", "the",
          "1990s", "every", "Monday", "pm", "at", "2:30", "in", "early", "2021", "next", "year", ",", "."]
_VALUE = re.compile(
    r"(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?)?|-W\d{2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"|\d{2,3}|P(?:T?(?:\d+|X)[A-Z]{1,2})|XXXX-.+|PAST_REF|PRESENT_REF|FUTURE_REF)$"
)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_any_word_salad_gives_wellformed_times(lang: str) -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kroniek.model import Sentence

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.sampled_from(["2022-09-26", None]))
    def check(words: list[str], published: str | None) -> None:
        text = " ".join(words)
        doc = Document(text=text, language=lang, published=published, sentences=(Sentence(0, 0, len(text)),))
        for t in tag(doc):
            assert text[t.start:t.end] == t.text
            assert _VALUE.match(t.value), t
            if published is None and t.anchor == "published":
                raise AssertionError(t)

    check()


@pytest.mark.parametrize(
    ("text", "published", "language", "value"),
    [
        # the time hangs on the auxiliary of a perfect: past, not the coming Monday
        ("In de haven hebben maandag honderden havenarbeiders het werk neergelegd uit protest.", "2025-03-12", "nl",
         "2025-03-10"),
        ("De onafhankelijke krant Novaja Gazeta schatte het aantal vluchtelingen zondag op 261.000.", "2022-09-26",
         "nl", "2022-09-25"),
        ("Hundreds of dockworkers walked off the job on Monday in protest.", "2025-03-12", "en", "2025-03-10"),
        ("Het kabinet neemt dinsdag een besluit over de nieuwe regels.", "2023-03-17", "nl", "2023-03-21"),
        # a perfect with an infinitive for its participle, with the time on the infinitive or on a noun below it
        ("Het parket heeft twee mannen laten aanhouden voor de schietpartij van maandagavond.", "2023-03-15", "nl",
         "2023-03-13TEV"),
        ("De politie heeft vrijdag de betogers laten gaan.", "2023-03-15", "nl", "2023-03-10"),
        ("De buschauffeurs zijn vrijdag gaan staken.", "2023-03-15", "nl", "2023-03-10"),
        ("De bond wil vrijdag gaan staken.", "2023-03-15", "nl", "2023-03-17"),
        # the parse hangs the perfect's auxiliary on a noun it reads as a verb: the clause's participle still counts
        ("Busondernemers hebben woensdag met tientallen lijnbussen de belangrijkste invalswegen van Paramaribo "
         "geblokkeerd.", "2024-09-12", "nl", "2024-09-11"),
        # a participle the tagger reads as the past plural it looks like ("beschoten", "bezetten"): the perfect's
        # auxiliary hangs on it, so the date is the past one, not the coming February
        ("Russische troepen hebben op 15 februari de stad Charkiv beschoten.", "2025-11-20", "nl", "2025-02-15"),
        ("Russian forces have shelled the city of Kharkiv on 15 February.", "2025-11-20", "en", "2025-02-15"),
    ],
)
def test_full_pipeline_tense_follows_the_governing_verb(text: str, published: str, language: str, value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published=published, language=language)
    assert [t.value for t in doc.times if t.value[:1].isdigit()] == [value]


@pytest.mark.parametrize(("text", "published", "language", "value"), [
    ("Police arrested 38 people Saturday after workers sat down across the road. The sit-in came on the ninth day of "
     "a strike in Westchester, where housekeepers walked off the job July 10. Officers declared an unlawful assembly at "
     "2:40 p.m.", "2026-07-19", "en", "2026-07-18T14:40"),
    ("Zaterdag hielden agenten 38 mensen aan in de Breestraat. Het was de negende dag van een staking in Leiden, "
     "waar schoonmakers op 10 juli het werk neerlegden. Om 14.40 uur verklaarde de politie de betoging verboden.",
     "2026-07-19", "nl", "2026-07-18T14:40"),
    # a relative clause on people tells the story
    ("I am writing about five student leaders who were arrested on 11 February 2026 after riot police broke up a "
     "sit-in. At 8am, officers entered the campus.", "2026-02-19", "en", "2026-02-11T08:00"),
])
def test_a_day_told_in_a_clause_on_a_place_is_not_the_storys_day(text: str, published: str, language: str,
                                                               value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published=published, language=language)
    assert doc.times[-1].value == value, doc.times


@pytest.mark.parametrize(("text", "language", "value"), [
    # an English title or standfirst tells in the present what happened: Wednesday is yesterday (2026-03-19 is a Thursday)
    ("March ends in clashes\n\nSecurity forces fire rubber bullets at retirees on Wednesday; ministry blames "
     "\u201cviolent groups\u201d\n\nPolice fired rubber bullets at pensioners.", "en", "2026-03-18"),
    ("Police fire tear gas at marchers on Wednesday\n\nPolice fired tear gas at pensioners.", "en", "2026-03-18"),
    # ... and so does a photo caption's line, with its credit after the sentence (session 31)
    ("Rally in Bilbao\n\nDrivers block the road at the port on Wednesday. Photo: Social media\n\nPolice later "
     "cleared the road.", "en", "2026-03-18"),
    # in prose the present with a weekday is a schedule; a Dutch title announces in the present too
    ("The council meets on Wednesday to discuss the protest.", "en", "2026-03-25"),
    ("Boeren voeren woensdag actie in Den Haag\n\nDe boeren willen met trekkers naar het Malieveld.", "nl",
     "2026-03-25"),
])
def test_an_english_title_tells_in_the_present_what_happened(text: str, language: str, value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published="2026-03-19", language=language)
    assert [t.value for t in doc.times if t.value[:1].isdigit()] == [value]


#: Every resource the timex stage reads (shared ones first); each shipped language must give them all.
@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_timex_rule_compiles_with_a_known_handler(code: str) -> None:
    from kroniek.timex.patterns import gates, rules

    compiled = rules(get_language(code))
    assert len(compiled) > 30
    assert {r.needs for r in compiled if r.needs} <= set(gates(get_language(code)))


@pytest.mark.parametrize("code", ["nl", "en"])
def test_every_holiday_rule_gives_a_date(code: str) -> None:
    from kroniek.timex.lexicon import holiday_date, lexicon

    holidays = lexicon(get_language(code)).holidays
    assert holidays
    for name, rule in holidays.items():
        assert holiday_date(rule, 2022).year == 2022, name


@pytest.mark.parametrize(("rule", "year", "day"), [
    ("fixed 04-27; until 2013 04-30; sunday -1", 2013, "2013-04-30"),
    ("fixed 04-27; until 2013 04-30; sunday -1", 2014, "2014-04-26"),  # the 27th was a Sunday
    ("easter 39", 2022, "2022-05-26"),
    ("nth 11 4 4", 2022, "2022-11-24"),
    ("nth 5 1 -1", 2022, "2022-05-30"),
])
def test_holiday_rules(rule: str, year: int, day: str) -> None:
    from kroniek.timex.lexicon import holiday_date

    assert holiday_date(rule, year).isoformat() == day


@pytest.mark.parametrize("language", ["xx", ""])
def test_unknown_language_is_an_error_not_english(language: str) -> None:
    from kroniek.model import Sentence

    text = "On Sunday, March 3, 2022."
    doc = Document(text=text, language=language, published="2022-09-26", sentences=(Sentence(0, 0, len(text)),))
    with pytest.raises(UnsupportedLanguageError):
        tag(doc)


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("nl", "In de tweede helft sneuvelde Excelsior alsnog.", "de tweede helft", None),
    ("nl", "In de tweede helft van 2024 steeg de omzet.", "de tweede helft van 2024", "2024-H2"),
    ("en", "In the second half City were finally beaten.", "the second half", None),
    ("en", "The militants opened fire shortly before dawn.", "shortly", None),
    ("en", "The results will be published shortly.", "shortly", "FUTURE_REF"),
    ("nl", "De uitslag volgt binnenkort.", "binnenkort", "FUTURE_REF"),
])
def test_a_match_half_and_shortly_before_are_no_times(timex_pipeline, lang, text, span, value):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2025-06-03", lang)
    assert [t.value for t in doc.times if t.text == span] == ([value] if value else [])


@pytest.mark.parametrize(("lang", "text", "values"), [
    ("en", "14:05 - Police fired tear gas.\n\n15:30 - Organisers say they will march on Thursday.",
     ["2025-06-24T14:05", "2025-06-24T15:30", "2025-06-26"]),
    ("nl", "11.00 - De politie greep in.\n\n15:30 - De vakbond wil donderdag opnieuw staken.",
     ["2025-06-24T11:00", "2025-06-24T15:30", "2025-06-26"]),
])
def test_a_live_blog_time_stamp_is_the_day_of_writing(timex_pipeline, lang, text, values):  # type: ignore[no-untyped-def]
    assert [t.value for t in _run(timex_pipeline, text, "2025-06-24", lang).times] == values


# ----------------------------------------------------------------------------- timelines (session 17)
@pytest.mark.parametrize(("lang", "text", "stamps"), [
    ("nl", "Jongeren bekogelden agenten.\n\nTijdlijn: zo verliep zaterdag\n20.40 uur \u2013 Jongeren verzamelen zich."
           "\n22.30 uur \u2013 De ME voert charges uit.\n00.15 uur \u2013 Laatste groep uiteengedreven.\n\nMeer volgt.",
     ["2026-03-07T20:40", "2026-03-07T22:30", "2026-03-08T00:15"]),
    ("en", "Youths threw stones at officers.\n\nTimeline: how Saturday unfolded\n8:40 p.m. \u2013 Youths gather."
           "\n10:30 p.m. \u2013 Riot police charge.\n12:15 a.m. \u2013 The last group is dispersed.",
     ["2026-03-07T20:40", "2026-03-07T22:30", "2026-03-08T00:15"]),
])
def test_the_stamps_of_a_timeline_are_on_the_day_its_heading_names(timex_pipeline, lang, text,
                                                                   stamps):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-03-08", lang)
    assert [t.value for t in doc.times if "T" in t.value] == stamps


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Live: demonstraties in het hele land\n15.30 uur \u2013 De stoet vertrekt.\n16.10 uur \u2013 Eerste relletjes."),
])
def test_a_live_blogs_stamps_without_a_day_heading_stay_on_the_published_day(timex_pipeline, lang,
                                                                            text):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-03-08", lang)
    assert [t.value[:10] for t in doc.times if "T" in t.value] == ["2026-03-08", "2026-03-08"]


@pytest.mark.parametrize(("lang", "text", "span", "day"), [
    ("nl", "Een politieauto zou vrijdagmiddag een scooterrijder hebben aangereden.", "vrijdagmiddag", "2026-03-06"),
    ("nl", "Volgens getuigen zou de politie zaterdag hebben ingegrepen.", "zaterdag", "2026-03-07"),
])
def test_a_past_reported_with_zou_and_a_perfect_is_no_coming_day(lang: str, text: str, span: str, day: str) -> None:
    """With the parser's morphology ("zou" is a past of "zullen", its lemma no future here)."""
    import kroniek

    doc = kroniek.extract(text, language=lang, published="2026-03-08")
    assert [t.value[:10] for t in doc.times if t.text == span] == [day]


@pytest.mark.parametrize(("text", "value"), [
    # a clock time on a twelve-hour dial after an evening the story tells is in that evening
    ("Zaterdagavond was het onrustig in de wijk. Rond half elf vaardigde de burgemeester een noodbevel uit.",
     "2026-03-07T22:30"),
    # not one on the twenty-four-hour dial, nor one after a day without an evening
    ("Zaterdagavond was het onrustig in de wijk. Om 10.30 uur vaardigde de burgemeester een noodbevel uit.",
     "2026-03-07T10:30"),
    ("Zaterdag was het onrustig in de wijk. Rond half elf vaardigde de burgemeester een noodbevel uit.",
     "2026-03-07T10:30"),
    # a day of what is only said to have happened is not the day the story tells
    ("Zaterdagavond was het onrustig in de wijk. Aanleiding was een gerucht: een politieauto zou vrijdagmiddag een "
     "scooterrijder hebben aangereden. Rond half elf vaardigde de burgemeester een noodbevel uit.", "2026-03-07T22:30"),
])
def test_a_clock_time_takes_the_evening_the_story_tells(text: str, value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published="2026-03-08", language="nl")
    assert doc.times[-1].value == value, doc.times


@pytest.mark.parametrize(("text", "language", "value"), [
    # a byline's clock time says when the story was written: no clock time after it leans on its evening
    ("Jorrit Brouwer 16-06-26, 21:05\n\nOm half acht voeren de kotters de haven binnen.", "nl", "2026-06-16T07:30"),
    ("KYODO NEWS - Jun 16, 2026 - 21:05\n\nAt 7:30 a.m. the boats entered the harbour.", "en", "2026-06-16T07:30"),
])
def test_a_stamps_clock_time_is_no_evening_of_the_story(text: str, language: str, value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published="2026-06-16", language=language)
    assert doc.times[-1].value == value, doc.times


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    # a post's stamp on a line of its own or before its date, and a clock after a date and a pipe (session 30)
    ("nl", "Boerenprotest in Assen. (1/10)\n09:48 · 14 okt. 2026\n\nHet is druk. (2/10)\n09:55\n", "09:55",
     "2026-10-14T09:55"),
    ("nl", "Boerenprotest in Assen. (1/10)\n09:48 · 14 okt. 2026\n", "09:48", "2026-10-14T09:48"),
    ("nl", "Waterkant.net | Suriname\n\n13 augustus 2026 | 14:05\n\nBoeren blokkeren de weg.", "14:05",
     "2026-08-13T14:05"),
    ("en", "1/ Strikers block the avenue.\n6:12 AM · Oct 12, 2026\n\n2/ Police arrive.\n09:40\n", "09:40",
     "2026-10-14T09:40"),
])
def test_a_stamp_of_a_post_or_a_story_is_its_clock_time(timex_pipeline, lang, text, span,
                                                         value):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-10-14" if "okt" in text or "Oct" in text else "2026-08-13", lang)
    assert [t.value for t in doc.times if t.text == span] == [value], doc.times


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De score was 2:1 na de rust.\nBekijk de beelden."),
    ("en", "Read John 3:16 at home.\n"),
])
def test_a_colon_between_numbers_inside_a_line_is_no_stamp(timex_pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-10-14", lang)
    assert not [t for t in doc.times if ":" in t.text], doc.times


@pytest.mark.parametrize(("text", "language", "value"), [
    # an English present perfect takes no definite day: the day is that of what it announced (session 31); 2026-11-18
    # is a Wednesday
    ("Leftist groups have called a rally outside police headquarters on Friday.", "en", "2026-11-20"),
    ("Police have arrested 12 people since Friday.", "en", "2026-11-13"),
    ("Police arrested 12 people on Friday.", "en", "2026-11-13"),
    # a Dutch perfect does take one
    ("De politie heeft vrijdag twaalf mensen aangehouden.", "nl", "2026-11-13"),
])
def test_a_day_under_an_english_present_perfect_is_to_come(text: str, language: str, value: str) -> None:
    import kroniek

    doc = kroniek.extract(text, published="2026-11-18", language=language)
    assert [t.value for t in doc.times] == [value]


def test_a_day_under_a_present_perfect_that_announces_nothing_stays_past() -> None:
    import kroniek

    text = "Six people have been charged following serious disorder in the town centre on Saturday evening."
    doc = kroniek.extract(text, published="2024-08-05", language="en")
    assert [t.value for t in doc.times] == ["2024-08-03TEV"]


@pytest.mark.parametrize(("text", "language"), [
    ("On 1 October the government postponed the elections, scheduled for 13 December. The opposition the next day "
     "denounced the move.", "en"),
    ("Op 1 oktober stelde de regering de verkiezingen uit, gepland voor 13 december. De oppositie protesteerde de "
     "volgende dag.", "nl"),
])
def test_the_next_day_follows_the_storys_day_not_a_day_to_come(text: str, language: str) -> None:
    """A day still to come that the sentence before names in passing is not what "the next day" counts from."""
    import kroniek

    doc = kroniek.extract(text, published="2026-11-02", language=language)
    assert [t.value for t in doc.times] == ["2026-10-01", "2026-12-13", "2026-10-02"]


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    # a stamp that closes a post's line after its view counter, and an update label's clock (session 34)
    ("nl", "Gasalarm\nWe zijn vertrokken naar de terminal.\n👁 4,1K  07:52\n", "07:52", "2026-10-14T07:52"),
    ("en", "Climate Action\nWe have left for the terminal.\n👁 4.1K  07:52\n", "07:52", "2026-10-14T07:52"),
    ("nl", "Update 09:40: we blokkeren de terminal op twee plaatsen.", "09:40", "2026-10-14T09:40"),
    ("en", "Update 09:40: we are blocking the terminal in two places.", "09:40", "2026-10-14T09:40"),
])
def test_a_clock_closing_a_line_or_after_update_is_a_stamp(timex_pipeline, lang, text, span,
                                                           value):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-10-14", lang)
    assert [t.value for t in doc.times if t.text == span] == [value], doc.times


DAY_HEADERS = [
    ("nl", "Actiekanaal\n\n17 oktober\n\nDe burgemeester verbood onze actie gisteren. We vertrekken om 12 uur.\n"
           "👁 4,1K  07:52\n\n18 oktober\n\nIedereen is vrij.\n👁 5,3K  10:08\n"),
    ("en", "Action channel\n\n17 October\n\nThe mayor banned our action yesterday. We leave at 12:00 GMT.\n"
           "👁 4.1K  07:52\n\n18 October\n\nEveryone is free.\n👁 5.3K  10:08\n"),
]


@pytest.mark.parametrize(("lang", "text"), DAY_HEADERS)
@pytest.mark.parametrize(("word", "value"), [
    ("gisteren|yesterday", "2026-10-16"), ("07:52", "2026-10-17T07:52"), ("10:08", "2026-10-18T10:08"),
    ("12 uur|12:00 GMT", "2026-10-17T12:00"),
])
def test_a_day_header_anchors_what_is_told_under_it(timex_pipeline, lang, text, word,
                                                    value):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-10-18", lang)
    assert [t.value for t in doc.times if t.text.lower() in word.lower().split("|")] == [value], doc.times


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Verslag\n\n17 oktober\n\nDe burgemeester verbood de actie gisteren."),
    ("en", "Report\n\n17 October\n\nThe mayor banned the action yesterday."),
])
def test_a_single_date_on_its_own_line_is_no_day_header(timex_pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-10-18", lang)
    assert [t.value for t in doc.times if t.text.lower() in ("gisteren", "yesterday")] == ["2026-10-17"]


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    # a day inside the object of a verb that reacts to what happened is past (session 34)
    ("nl", "MVV veroordeelt de ongeregeldheden rond de wedstrijd van zaterdagavond.", "zaterdagavond", "2026-09-19TEV"),
    ("en", "The Senate rejects the decision of the university on Friday to shut the campus.", "Friday", "2026-09-18"),
    # an act that reacts to nothing keeps the present's reading
    ("nl", "Boeren protesteren zaterdag in Den Haag.", "zaterdag", "2026-09-26"),
])
def test_a_day_a_reaction_is_about_is_past(pipeline, lang, text, span, value):  # type: ignore[no-untyped-def]
    import kroniek
    doc = kroniek.extract("Nieuws\n\n" + text, language=lang, published="2026-09-21", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text == span] == [value], doc.times


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("en", "Update #3\n\nThis covers the blockade of the refinery gates yesterday. Please share it.\n\nWHAT HAPPENED\n"
           "From about 5.30am roughly 120 people blocked the Main Gate.", "5.30am", "2026-09-26T05:30"),
    ("nl", "Update 3\n\nDit gaat over de blokkade van de poorten gisteren. Deel het.\n\nWAT ER GEBEURDE\n"
           "Vanaf ongeveer 5.30 uur blokkeerden zo'n 120 mensen de hoofdpoort.", "5.30 uur", "2026-09-26T05:30"),
])
def test_yesterday_is_a_day_told_whatever_its_clause_s_tense(pipeline, lang, text, span,
                                                             value):  # type: ignore[no-untyped-def]
    """A clock in a past clause after it is on that day, not on the day of publication."""
    doc = kroniek.extract(text, language=lang, published="2026-09-27", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text == span] == [value], doc.times


@pytest.mark.parametrize(("lang", "text", "span", "value"), [
    ("nl", "Forum\n\nzaterdag 7 november 2026 @ 18:52:04 #1\nKees\nDe ME greep in.\n\n"
           "zondag 8 november 2026 @ 09:47:58 #4\nLotje\nVannacht is er nog een auto in brand gestoken.\n\n"
           "maandag 9 november 2026 @ 08:15:40 #6\nBrommel\nSlotje.", "Vannacht", "2026-11-08TNI"),
    ("en", "Forum\n\nSaturday 7 November 2026 @ 18:52:04 #1\nKees\nRiot police moved in.\n\n"
           "Sunday 8 November 2026 @ 09:47:58 #4\nLotje\nLast night a car was set on fire.\n\n"
           "Monday 9 November 2026 @ 08:15:40 #6\nBrommel\nThread closed.", "Last night", "2026-11-07TNI"),
])
def test_a_forum_post_s_header_line_heads_its_day(pipeline, lang, text, span, value):  # type: ignore[no-untyped-def]
    """What a post tells relative to a day leans on the day of its header, not on the thread's publication."""
    doc = kroniek.extract(text, language=lang, published="2026-11-09", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text == span] == [value], doc.times


WEEKLY_OVERVIEW = {
    "nl": "Weekoverzicht\n\nDi 03/11 | Kortrijk\nDe stoet trok rond 10.30 uur naar de Grote Markt.\n\n"
          "Wo 04/11 - vr 06/11 | Kuurne\nStakende werknemers hielden een piket. Vrijdagvoormiddag kwam een deurwaarder.\n\n"
          "Za 07/11 | Kortrijk\nRond 23 uur bekogelde een groep jongeren een patrouille.",
    "en": "Weekly overview\n\nTue 3 Nov | Kortrijk\nThe march set off at 10:30 am towards the Grote Markt.\n\n"
          "Wed 4 Nov - Fri 6 Nov | Kuurne\nStriking workers held a picket. On Friday morning a bailiff came.\n\n"
          "Sat 7 Nov | Kortrijk\nAround 11 pm a group of youths pelted a patrol.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("span", "value"), [
    # the items' weekday headers are days (in Dutch though their day numbers share a month as a thread's post numbers
    # would)
    ("Di 03/11|Tue 3 Nov", "2026-11-03"), ("Za 07/11|Sat 7 Nov", "2026-11-07"),
    # a clock under a header is on the header's day, the last header's, not the first's
    ("10.30 uur|10:30 am", "2026-11-03T10:30"), ("23 uur|11 pm", "2026-11-07T23:00"),
    # a bare weekday under a header is the one nearest the header's day (the range's Friday), not the one before it
    ("Vrijdagvoormiddag|Friday morning", "2026-11-06TMO"),
])
def test_a_weekly_overview_s_headers_date_their_items(pipeline, lang, span, value):  # type: ignore[no-untyped-def]
    doc = kroniek.extract(WEEKLY_OVERVIEW[lang], language=lang, published="2026-11-09", pipeline=pipeline)
    assert [t.value for t in doc.times if t.text in span.split("|")] == [value], doc.times


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Draad\n\n(1/11) De staking begint.\n(2/11) Correctie op 6/11: de mars start later.\n(3/11) Einde."),
    ("en", "Thread\n\n(1/11) The strike begins.\n(2/11) Correction to 6/11: the march starts later.\n(3/11) End."),
])
def test_a_thread_s_post_numbers_still_are_no_dates(timex_pipeline, lang, text):  # type: ignore[no-untyped-def]
    doc = _run(timex_pipeline, text, "2026-11-09", lang)
    assert not [t for t in doc.times if t.text.endswith("/11")], doc.times
