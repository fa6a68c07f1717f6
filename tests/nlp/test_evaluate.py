"""NER scores of a spaCy pipeline: a document without letter case is scored with the caseless NER, as the nlp
stage routes it (kroniek.lettercase decides per document)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kroniek.nlp.casing import CASES, recase
from kroniek.nlp.evaluate import evaluate_ner
from ner_checks import ruler

# One document of two sentences: a PER, a LOC and an ORG.
CONLL = {
    "nl": "-DOCSTART- -DOCSTART- O\nMark Misc B-PER\nRutte Misc I-PER\nbezocht V O\nBrussel N B-LOC\nmet Prep O\n"
          "zijn Pron O\nministers N O\n. Punc O\n\nDe Art O\nNAVO N B-ORG\nvergaderde V O\n. Punc O\n",
    "en": "-DOCSTART- -X- -X- O\n\nBoris NNP B-NP B-PER\nJohnson NNP I-NP I-PER\nvisited VBD B-VP O\n"
          "Brussels NNP B-NP B-LOC\nwith IN B-PP O\nhis PRP B-NP O\nministers NNS I-NP O\n. . O O\n\n"
          "NATO NNP B-NP B-ORG\nmet VBD B-VP O\n. . O O\n",
}
CITY = {"nl": "Brussel", "en": "Brussels"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", ["lower", "upper"])
def test_a_caseless_document_is_scored_with_the_caseless_ner(lang: str, case: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL[lang], encoding="utf-8")
    seen = "lower"  # the words as kroniek reads them: ALL CAPS lower-cased, as the nlp stage does
    main = ruler(lang, recase(CITY[lang], seen), "ORG")  # would find the city, under the wrong label
    report = evaluate_ner(main, path, case=case, caseless=ruler(lang, recase(CITY[lang], seen)))  # type: ignore[arg-type]
    assert (report.micro.tp, report.micro.fp) == (1, 0)
    assert report.routed == 1 and report.to_dict()["routed"] == 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_cased_document_is_scored_with_the_main_ner(lang: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL[lang], encoding="utf-8")
    report = evaluate_ner(ruler(lang, CITY[lang]), path, caseless=ruler(lang, CITY[lang], "ORG"))
    assert (report.micro.tp, report.micro.fp) == (1, 0)
    assert report.routed == 0


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("case", CASES)
def test_without_a_caseless_ner_every_document_goes_to_the_main_one(lang: str, case: str, tmp_path: Path) -> None:
    path = tmp_path / "x.conll"
    path.write_text(CONLL[lang], encoding="utf-8")
    seen = "lower" if case == "upper" else case  # ALL CAPS is read lower-cased, as the nlp stage reads it
    report = evaluate_ner(ruler(lang, recase(CITY[lang], seen)), path, case=case)  # type: ignore[arg-type]
    assert (report.micro.tp, report.routed) == (1, 0)
