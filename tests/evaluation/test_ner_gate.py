"""NER gate: the shipped models' entity F1 on CoNLL development data, as written and recased (issue 17), must
not fall below the pinned floors. Recasing is per character (kroniek.nlp.casing), so the gold spans hold.

Floors are what the shipped models reached when pinned; raise them with a better model, never lower them.
Documents are routed as the nlp stage routes them: a lower-cased or ALL-CAPS document goes to the language's
caseless NER where it declares one (Dutch: kroniek/models/nl-caseless; English: none, its NER is case-robust).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from kroniek.nlp import load_model
from kroniek.nlp.caseless_ner import load_caseless_model
from kroniek.nlp.evaluate import evaluate_ner
from kroniek.settings import load_settings

from conftest import shared_path

# (language, file under ../shared/data, case) -> micro F1 floor
FLOORS: dict[tuple[str, str, str], float] = {
    ("en", "conll2003-en/eng.testa", "cased"): 0.902,  # 0.3.0: 0.9027 (0.2.0: 0.8918, 0.1.0: 0.8951)
    ("en", "conll2003-en/eng.testa", "lower"): 0.85,  # 0.8519 (0.2.0: 0.8186, 0.1.0: 0.0556); issue 17 asks >= 0.65
    ("en", "conll2003-en/eng.testa", "upper"): 0.85,  # 0.8520 read lower-cased as the stage reads ALL CAPS (0.8446
    # as written; 0.2.0: 0.8002, 0.1.0: 0.5693); issue 17 asks >= 0.75
    ("nl", "conll2002-nl/ned.testa", "cased"): 0.775,  # 0.7753 (no document routed)
    ("nl", "conll2002-nl/ned.testa", "lower"): 0.740,  # 0.7403 with nl-caseless 0.4.0 (0.3.0: 0.7278, 0.2.0: 0.7064,
    # 0.1.0: 0.6795; main NER alone: 0.0023); asks >= 0.55
    ("nl", "conll2002-nl/ned.testa", "upper"): 0.740,  # 0.7405 with nl-caseless 0.4.0, read lower-cased (0.3.0:
    # 0.7281, 0.2.0: 0.7067, 0.1.0: 0.6798; main NER alone: 0.1749); asks >= 0.75
}


@cache
def _model(lang: str) -> Any:
    return load_model(lang, load_settings())


@cache
def _caseless(lang: str) -> Any:
    return load_caseless_model(lang, load_settings())


@pytest.mark.parametrize(("lang", "name", "case"), sorted(FLOORS))
def test_ner_f1_is_at_least_its_floor(lang: str, name: str, case: str) -> None:
    report = evaluate_ner(_model(lang), shared_path("data", *name.split("/")), case=case,  # type: ignore[arg-type]
                          caseless=_caseless(lang))
    f1 = report.micro.f1
    assert f1 >= FLOORS[(lang, name, case)], f"{lang} {name} {case}: NER F1 {f1:.4f} < {FLOORS[(lang, name, case)]}"
