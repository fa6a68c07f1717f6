"""Footnotes of a report copied as text: markers glued to what they annotate, and the notes they point to."""

from __future__ import annotations

import pytest

from kroniek.footnotes import footnotes

REPORT_NL = ("Het leger vocht om de controle over Amhara.57 In de nacht trof een droneaanval de markt. De overheid hield "
             "het op 800.58 Volgens bronnen waren het er 15.012.59\n\n"
             "57 Zie ook het vorige ambtsbericht.\n58 Addis Standard, 7 oktober 2026.\n59 Vertrouwelijke bron.\n")
REPORT_EN = ("Fighters stormed the camp.12 Witnesses said the attackers were \"uniformed\".13 The toll rose to 40.14\n\n"
             "12 Report of the panel.\n13 Interview, 3 March.\n14 OCHA, 5 March.\n")


@pytest.mark.parametrize(("text", "markers"), [
    (REPORT_NL, ["57", "58", "59"]),
    (REPORT_EN, ["12", "13", "14"]),
])
def test_markers_are_the_note_numbers_glued_to_the_text(text: str, markers: list[str]) -> None:
    assert [text[a:b] for a, b in footnotes(text).markers] == markers


@pytest.mark.parametrize("text", [REPORT_NL, REPORT_EN])
def test_each_note_s_own_number_is_known(text: str) -> None:
    notes = footnotes(text)
    assert len(notes.numbers) == 3 and all(text[a - 1:a] in ("", "\n") for a, _ in notes.numbers)


@pytest.mark.parametrize("text", [
    "De overheid hield het op 800.61 Volgens bronnen waren het er meer.",
    "Police counted 1,200.5 Officers were hurt.",
    "Versie 2.0 van het plan.\n\n1 Inleiding\n",
])
def test_a_text_without_notes_has_no_markers(text: str) -> None:
    assert footnotes(text).markers == ()


def test_a_thousands_group_is_no_marker() -> None:
    text = "Er waren 15.012 mensen.1 Ook anderen.2\n\n12 Bron A.\n13 Bron B.\n"
    assert footnotes(text).markers == ()


def test_a_section_number_is_no_marker() -> None:
    text = "3.2 Amhara\nHet leger vocht.1 De strijd duurde.2\n\n1 Bron A.\n2 Bron B.\n"
    assert [text[a:b] for a, b in footnotes(text).markers] == ["1", "2"]
