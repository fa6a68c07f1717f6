"""Letter case as a test condition (``kroniek eval ner --case``) and as NER training noise."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from kroniek.nlp.casing import CASES, case_augmenter, plain_apostrophes, recase, recase_example
from kroniek.nlp.evaluate import evaluate_ner
from ner_checks import ruler

# Gold: one PER, one LOC, one ORG per language.
CONLL = {
    "nl": "-DOCSTART- -DOCSTART- O\nMark Misc B-PER\nRutte Misc I-PER\nbezocht V O\nBrussel N B-LOC\n. Punc O\n\n"
          "De Art O\nNAVO N B-ORG\nvergaderde V O\n. Punc O\n",
    "en": "-DOCSTART- -X- -X- O\n\nBoris NNP B-NP B-PER\nJohnson NNP I-NP I-PER\nvisited VBD B-VP O\n"
          "Brussels NNP B-NP B-LOC\n. . O O\n\nNATO NNP B-NP B-ORG\nmet VBD B-VP O\n. . O O\n",
}
CITY = {"nl": "Brussel", "en": "Brussels"}


@pytest.mark.parametrize(("text", "case", "expected"), [
    ("Mark Rutte bezocht Brussel.", "lower", "mark rutte bezocht brussel."),
    ("Boris Johnson visited Brussels.", "upper", "BORIS JOHNSON VISITED BRUSSELS."),
    ("De NAVO vergaderde.", "cased", "De NAVO vergaderde."),
    ("Straße in İzmir", "upper", "STRAßE IN İZMIR"),  # "ß" -> "SS" would move every offset after it
    ("İzmir ligt in Turkije", "lower", "İzmir ligt in turkije"),  # "İ".lower() is two characters
])
def test_recase(text: str, case: str, expected: str) -> None:
    assert recase(text, case) == expected  # type: ignore[arg-type]


@given(st.text(), st.sampled_from(CASES))
def test_recase_keeps_every_offset(text: str, case: str) -> None:
    out = recase(text, case)  # type: ignore[arg-type]
    assert len(out) == len(text)
    assert all(a == b or a.lower() == b or a.upper() == b for a, b in zip(text, out, strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("twee auto’s", "twee auto's"),
    ("zo’n tachtig", "zo'n tachtig"),
    ("‘Het waren beesten’, zegt ze", "‘Het waren beesten’, zegt ze"),  # quote marks at a word's edge stay
    ("the mayorʼs office", "the mayor's office"),
])
def test_plain_apostrophes(text: str, expected: str) -> None:
    assert plain_apostrophes(text) == expected


@given(st.text())
def test_plain_apostrophes_keep_every_offset(text: str) -> None:
    out = plain_apostrophes(text)
    assert len(out) == len(text) and all(a == b or b == "'" for a, b in zip(text, out, strict=True))


def test_recase_rejects_an_unknown_case() -> None:
    with pytest.raises(ValueError, match="title"):
        recase("Den Haag", "title")  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", CASES)
def test_eval_ner_recases_the_words_the_pipeline_sees(lang: str, case: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL[lang], encoding="utf-8")
    seen = "lower" if case == "upper" else case  # ALL CAPS is read lower-cased, as the nlp stage reads it
    found = evaluate_ner(ruler(lang, recase(CITY[lang], seen)), path, case=case)  # type: ignore[arg-type]
    missed = evaluate_ner(ruler(lang, CITY[lang].lower() if case == "cased" else CITY[lang]), path, case=case)  # type: ignore[arg-type]
    assert (found.micro.tp, found.micro.fp, found.micro.fn) == (1, 0, 2)
    assert missed.micro.tp == 0
    assert found.case == case and found.to_dict()["case"] == case


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_eval_ner_command_takes_a_case(lang: str, tmp_path: Path) -> None:
    from kroniek.cli import app

    path = tmp_path / "x.conll"
    path.write_text(CONLL[lang], encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ner", "--lang", lang, "--case", "lower", str(path)])
    assert result.exit_code == 0, result.output
    assert "micro" in result.output and "(lower)" in result.output


def test_eval_ner_command_rejects_an_unknown_case(tmp_path: Path) -> None:
    from kroniek.cli import app

    path = tmp_path / "x.conll"
    path.write_text(CONLL["nl"], encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "ner", "--lang", "nl", "--case", "title", str(path)])
    assert result.exit_code == 2
    assert "--case" in result.output


# --------------------------------------------------------------------------- training augmenter
def example(lang: str):  # type: ignore[no-untyped-def]
    """A gold NER example: two sentences, one token without entity annotation."""
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    nlp = spacy.blank(lang)
    words = {"nl": ["Mark", "Rutte", "bezocht", "Brussel", ".", "De", "NAVO", "vergaderde", "."],
             "en": ["Boris", "Johnson", "visited", "Brussels", ".", "The", "NATO", "met", "."]}[lang]
    ents = ["B-PER", "I-PER", "O", "B-LOC", "O", "", "B-ORG", "O", "O"]
    starts = [True, False, False, False, False, True, False, False, False]
    ref = Doc(nlp.vocab, words=words, ents=ents, sent_starts=starts)
    return nlp, Example(Doc(nlp.vocab, words=words), ref)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_recased_example_keeps_entities_sentences_and_missing_annotation(lang: str, case: str) -> None:
    nlp, eg = example(lang)
    out = recase_example(nlp, eg, case)  # type: ignore[arg-type]
    ref = out.reference
    assert [t.text for t in ref] == [recase(t.text, case) for t in eg.reference]  # type: ignore[arg-type]
    assert [t.text for t in out.predicted] == [t.text for t in ref]
    assert [(e.start, e.end, e.label_) for e in ref.ents] == [(e.start, e.end, e.label_) for e in eg.reference.ents]
    assert [t.ent_iob_ for t in ref] == [t.ent_iob_ for t in eg.reference]  # "" (missing) stays missing
    assert [t.is_sent_start for t in ref] == [t.is_sent_start for t in eg.reference]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(("lower", "upper", "expected"), [(1.0, 0.0, "lower"), (0.0, 1.0, "upper"), (0.0, 0.0, "cased")])
def test_case_augmenter_replaces_its_share(lang: str, lower: float, upper: float, expected: str) -> None:
    nlp, eg = example(lang)
    (out,) = list(case_augmenter(lower_level=lower, upper_level=upper)(nlp, eg))
    assert out.reference.text == recase(eg.reference.text, expected)  # type: ignore[arg-type]


def test_case_augmenter_is_registered_for_training_configs() -> None:
    import spacy

    assert spacy.registry.augmenters.get("kroniek.case_augmenter.v1") is case_augmenter


@pytest.mark.parametrize(("lower", "upper"), [(-0.1, 0.0), (0.7, 0.5)])
def test_case_augmenter_rejects_levels_that_are_no_share(lower: float, upper: float) -> None:
    with pytest.raises(ValueError, match="lower_level"):
        case_augmenter(lower_level=lower, upper_level=upper)
