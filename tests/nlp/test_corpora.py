"""kroniek.nlp.corpora: kroniek's reading of UD lemmas, the same for training and for scoring."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kroniek.nlp.corpora import plain_lemma


@pytest.mark.parametrize(("lemma", "form", "particles", "expected"), [
    ("grond_wet", "grondwet", (), "grondwet"),  # a compound: the marks go
    ("verzekering_maatschappij", "verzekeringsmaatschappijen", (), "verzekeringmaatschappij"),
    ("om_komen", "kwamen", ("om",), "komen"),  # the particle stands apart: the verb keeps its own part
    ("neer_steken", "stak", ("neer",), "steken"),
    ("om_komen", "omgekomen", (), "omkomen"),  # written together: the particle is part of the word
    ("aan_vallen", "aanvallen", ("aan",), "aanvallen"),
    ("op_komen", "kwamen", ("uit",), "opkomen"),  # another particle: not this verb's
    ("komen", "kwamen", ("om",), "komen"),
    ("_", "_", (), "_"),
    ("run", "ran", (), "run"),  # English: no marks
])
def test_plain_lemma(lemma: str, form: str, particles: tuple[str, ...], expected: str) -> None:
    assert plain_lemma(lemma, form, particles) == expected


@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), min_size=1, max_size=4),
       st.text(alphabet="abcdefgh", min_size=1, max_size=8))
def test_without_a_particle_apart_the_marks_are_all_that_goes(parts: list[str], form: str) -> None:
    lemma = "_".join(parts)
    assert plain_lemma(lemma, form) == "".join(parts)
