"""Lines that are no sentences (kroniek.lines): titles, standfirsts, bylines, datelines."""

from __future__ import annotations

import pytest

from kroniek.lang import get_language
from kroniek.lines import (
    DATELINE,
    alone_on_line,
    article_part,
    heading_lines,
    heads_entry,
    heads_post,
    is_caption,
    is_label,
    is_sentence,
    name_part,
    opens_dateline,
    stamps_line,
    title_cry,
)
from kroniek.model import Sentence


@pytest.mark.parametrize(("line", "sentence"), [
    ("De politie hield zaterdag drie mensen aan.", True),
    ("Police fired tear gas?", True),
    ("Hij zei: \u201cWe gaan door.\u201d", True),
    ("\u2018We will not stop,\u2019 she said.", True),
    ("Schietpartij aan de Hallepoort: twee verdachten aangehouden", False),
    ("Security forces fire rubber bullets on Wednesday; Security Ministry blames \u201cviolent groups\u201d", False),
    ("Qbuzz noemt de staking \u2018onverantwoord\u2019", False),
    ("Agustina Ledesma", False),
    ("", False),
])
def test_a_sentence_ends_in_final_punctuation_perhaps_inside_a_closing_quote(line: str, sentence: bool) -> None:
    assert is_sentence(line) is sentence


def test_heading_lines_are_those_before_the_first_sentence() -> None:
    text = "Title line\n\nStandfirst in \u201cquotes\u201d\n\nByline\n\nThe first sentence. Then \u201cquoted\u201d"
    starts = [0, 12, 36, 44, 64]
    ends = [10, 34, 42, 63, len(text)]
    sentences = [Sentence(i=k, start=a, end=b) for k, (a, b) in enumerate(zip(starts, ends, strict=True))]
    assert [text[s.start:s.end] for s in sentences][3] == "The first sentence."
    assert heading_lines(text, sentences) == frozenset({0, 1, 2})


@pytest.mark.parametrize("site", ["africanews.", "NU.nl", "Trouw."])
def test_a_site_name_with_a_full_stop_above_the_title_is_a_heading_line(site: str) -> None:
    text = f"{site}\n\nStudents clash with police\n\nClashes broke out on Wednesday in Dakar."
    lines = [site, "Students clash with police", "Clashes broke out on Wednesday in Dakar."]
    starts = [text.index(line) for line in lines]
    sentences = [Sentence(i=k, start=a, end=a + len(line)) for k, (a, line) in enumerate(zip(starts, lines, strict=True))]
    assert heading_lines(text, sentences) == frozenset({0, 1})


def test_a_text_without_a_real_sentence_has_no_heading_lines() -> None:
    text = "On Friday they discuss the plan"
    assert heading_lines(text, [Sentence(i=0, start=0, end=len(text))]) == frozenset()


@pytest.mark.parametrize(("line", "label"), [
    ("Omroep Gelderland | Rivierenland", True),
    ("Knack | Achtergrond | Misdaad", True),
    ("News \u203a World \u203a Asia", True),
    ("SPORT", True),
    ("GENERAL", True),
    ("Onrustige nacht in Culemborg: auto in brand, agenten bekogeld", False),
    ("Four rangers hurt in Narathiwat bomb attack", False),
    ("Rutte | 'Het kabinet valt niet over deze kwestie, dat beloof ik u vandaag'", False),  # a part too long
    ("Buitenland | Bolivia.", False),  # a sentence
])
def test_a_section_label_or_breadcrumb_above_the_title_is_a_label(line: str, label: bool) -> None:
    assert is_label(line) is label


@pytest.mark.parametrize(("word", "name"), [
    ("'s-Hertogenbosch", "Hertogenbosch"),
    ("\u2019S-HERTOGENBOSCH", "HERTOGENBOSCH"),
    ("\u2019s-Gravenhage", "Gravenhage"),
    ("Stavoren", "Stavoren"),
    ("s-Hertogenbosch", "s-Hertogenbosch"),
])
def test_the_name_part_leaves_out_a_glued_article(word: str, name: str) -> None:
    assert name_part(word) == name


@pytest.mark.parametrize(("text", "part"), [
    ("\u2019", True),
    ("\u2019S", True),
    ("'s-", True),
    ("s-", False),
    ("", False),
    ("St. ", False),
])
def test_what_a_tagger_may_leave_out_of_a_name_is_the_start_of_its_article(text: str, part: bool) -> None:
    assert article_part(text) is part


@pytest.mark.parametrize("line", [
    "\u2019S-HERTOGENBOSCH - De politie",
    "'S-GRAVENHAGE (ANP) - Het kabinet",
    "LAGOS \u2014 Police",
])
def test_a_dateline_may_open_with_the_article_of_its_place(line: str) -> None:
    assert DATELINE.match(line)


@pytest.mark.parametrize(("line", "dateline"), [
    ("BRUSSEL 10/02 (BELGA) = Tienduizenden mensen", "BRUSSEL 10/02 (BELGA) = "),
    ("GENEVA 04/21 (AFP) - Police detained", "GENEVA 04/21 (AFP) - "),
    ("BREDA = Twintig boeren", "BREDA = "),
])
def test_a_wires_dateline_may_carry_day_and_month_and_end_in_an_equals_sign(line: str, dateline: str) -> None:
    m = DATELINE.match(line)
    assert m is not None and m.group() == dateline


@pytest.mark.parametrize(("text", "end"), [
    ("KIEV, 15 februari (Reuters) - Russische troepen hebben Charkiv beschoten.", 4),
    ("KYIV, Feb 15 (Reuters) - Russian forces shelled Kharkiv.", 4),
    ("GUSAU, Nigeria (AP) - Gunmen attacked a village.", 5),
])
def test_the_place_of_a_dateline_with_a_date_or_country_opens_it(text: str, end: int) -> None:
    assert opens_dateline(text, 0, end)


@pytest.mark.parametrize(("lang", "line", "caption"), [
    ("nl", "Foto: Agenten houden een klimaatactivist aan in Bristol.", True),
    ("nl", "Betogers voor het gemeentehuis van Imzouren. (Beeld: screenshot Facebook)", True),
    ("nl", "De ME veegt het plein schoon. FOTO JAN DE VRIES", True),
    ("en", "Bajaj drivers block the road at Atote on Tuesday morning. Photo: Social media", True),
    ("en", "Carabineros turned water cannon trucks on marchers in Temuco. (Pic Carabineros de Chile)", True),
    ("nl", "De foto's gingen rond op sociale media.", False),
    ("en", "The photo shows police at the gate. Police said: no comment", False),
    ("en", "The picture (taken on Monday) was shared widely.", False),
])
def test_a_photo_caption_s_line_has_a_credit(lang: str, line: str, caption: bool) -> None:
    assert is_caption(line, get_language(lang).words("events_caption_markers")) is caption


@pytest.mark.parametrize(("line", "dateline"), [
    ("EL ALTO, BOLIVIA - SEPTEMBER 14: Members of the union block", "EL ALTO, BOLIVIA - SEPTEMBER 14: "),
    ("ZWOLLE, NEDERLAND - 15 SEPTEMBER: Een betoger gooit", "ZWOLLE, NEDERLAND - 15 SEPTEMBER: "),
])
def test_a_photo_agency_s_dateline_carries_month_and_day_after_the_dash(line: str, dateline: str) -> None:
    m = DATELINE.match(line)
    assert m is not None and m.group() == dateline


@pytest.mark.parametrize(("text", "span", "alone"), [
    ("Kanaal\n\n17 oktober\n\nWe zijn vertrokken.", "17 oktober", True),
    ("Live\nSaturday 14 November:\nPolice moved in.", "Saturday 14 November", True),
    ("Kanaal\nOp 17 oktober vertrokken we.", "17 oktober", False),
])
def test_a_day_header_is_a_date_alone_on_its_line(text: str, span: str, alone: bool) -> None:
    start = text.index(span)
    assert alone_on_line(text, start, start + len(span)) is alone


@pytest.mark.parametrize(("text", "span", "stamp"), [
    ("Kaart\n#201 · NIET GECONTROLEERD · 23 sep 2026 16:30\nSchoten bij Erima", "23 sep 2026", True),
    ("Map\nModerator note · 24 Sep 2026 08:30\nPolice HQ told us", "24 Sep 2026", True),
    ("Map\nPost 7 · 24 Sep 2026, 08:30 hrs\nPolice HQ told us", "24 Sep 2026", True),
    ("Map\nPosted 24 Sep 2026 · Lae\nPolice HQ told us", "24 Sep 2026", False),
    ("Map\nOn 23 Sep 2026 16:30 police fired at youths.", "23 Sep 2026", False),
])
def test_a_post_s_stamp_line_holds_its_date_as_one_field(text: str, span: str, stamp: bool) -> None:
    start = text.index(span)
    assert stamps_line(text, start, start + len(span)) is stamp


@pytest.mark.parametrize(("text", "span", "heads"), [
    ("Incidenten\n[10/10, 06:00] Piendamó – Leden blokkeren de weg.", "10/10", True),
    ("Incidents\n[10/10, 06:00] Piendamó – Members block the road.", "10/10", True),
    ("Nieuws\n15 november 2026 – Mars door de stad\nZaterdag liepen we mee.", "15 november 2026", True),
    ("News\n15 November 2026 – March through the city\nOn Saturday we walked.", "15 November 2026", True),
    ("Nieuws\n15 november 2026 – De politie zei dat het voorbij was.", "15 november 2026", False),
    ("News\n15 November 2026 - The police said it was over.", "15 November 2026", False),
    ("Kaart\nOp 10/10 kwam de politie.", "10/10", False),
    ("Map\nOn 15 November 2026 police came.", "15 November 2026", False),
    # an overview's item header: the day, a bar, the town
    ("Weekoverzicht\nDi 03/11 | Kortrijk\nDe stoet trok door de stad.", "Di 03/11", True),
    ("Weekly overview\nTue 3 Nov | Kortrijk\nThe march went through the city.", "Tue 3 Nov", True),
])
def test_a_date_that_opens_a_log_entry_or_a_dated_heading_heads_it(text: str, span: str, heads: bool) -> None:
    start = text.index(span)
    assert heads_entry(text, start, start + len(span)) is heads


@pytest.mark.parametrize(("text", "span", "post"), [
    ("Forum\nzaterdag 7 november 2026 @ 18:52:04 #1\nKees", "zaterdag 7 november 2026", True),
    ("Forum\nSat 7 Nov 2026, 18:52 #12\nKees", "Sat 7 Nov 2026", True),
    ("Forum\nOp zaterdag 7 november 2026 19:05 schreef Tweewieler:", "zaterdag 7 november 2026", False),
    ("Forum\nzaterdag 7 november 2026 @ 18:52:04 in Gouda\nKees", "zaterdag 7 november 2026", False),
])
def test_a_forum_post_s_header_holds_its_date_clock_and_number(text: str, span: str, post: bool) -> None:
    start = text.index(span)
    assert heads_post(text, start, start + len(span)) is post


@pytest.mark.parametrize(("text", "cry"), [
    ("NIEUWS\n\nBanda Abou blokkeert wegen om water: \"Nos ke awa!\"\n\nBewoners blokkeerden de weg.", True),
    ("NEWS\n\nFarmers block the motorway: 'Enough is enough!'\n\nFarmers blocked the road.", True),
    # a cry inside a paragraph, or a statement's full stop, is a sentence's end
    ("Nieuws\n\nDe politie viel binnen. Hij riep: \"Stop!\"\n\nDe agenten grepen in.", False),
    ("NEWS\n\nThe minister said: \"No.\"\n\nFarmers blocked the road.", False),
])
def test_a_title_may_close_on_a_quoted_cry(text: str, cry: bool) -> None:
    line = text.split("\n\n")[1]
    sentence = line.split(". ")[-1] if ". " in line else line
    at = text.index(sentence)
    assert title_cry(text, at, at + len(sentence)) is cry
