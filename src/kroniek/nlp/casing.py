"""Letter case as a test condition and as training noise for the NER.

Lower-cased archives, ALL-CAPS headlines, OCR and social-media text are ordinary news input, so
the NER is scored on recased gold data (``kroniek eval ner --case lower|upper``) and trained with a
share of recased sentences (the augmenter ``kroniek.case_augmenter.v1``, used by training/configs).
Both recase with :func:`recase`, which maps every character on its own and keeps the text's length,
so offsets into the recased text are those of the original.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any, Literal

import spacy

Case = Literal["cased", "lower", "upper"]
CASES: tuple[Case, ...] = ("cased", "lower", "upper")


_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")


def plain_apostrophes(text: str) -> str:
    """``text`` with a typographic apostrophe inside a word made the ASCII one ("auto’s", "zo’n", "mayor’s"): the
    tokenizers keep "auto's" whole but split "auto’s" into "auto" and a quote mark, and the parse breaks around it.
    One character for one, so every offset holds."""
    return _IN_WORD_APOSTROPHE.sub("'", text)


def recase(text: str, case: Case) -> str:
    """``text`` lower- or upper-cased character by character; ``cased`` returns it as it is.

    A character whose case mapping is longer than one character ("ß".upper() == "SS", "İ".lower())
    stays as it is, so the length and every offset are unchanged."""
    if case == "cased":
        return text
    if case not in CASES:
        raise ValueError(f"recase: expected a case out of {', '.join(CASES)}, got {case!r}")
    convert = str.lower if case == "lower" else str.upper
    out = convert(text)
    if len(out) == len(text):
        return out
    return "".join(m if len(m := convert(c)) == 1 else c for c in text)


def recase_example(nlp: Any, example: Any, case: Case) -> Any:
    """A training Example whose reference words are recased, with the reference's spaces, sentence
    starts and entities (missing entity annotation stays missing). Other annotation (tags, parse) is
    not carried: the augmenter is for the NER corpora."""
    from spacy.tokens import Doc
    from spacy.training import Example

    ref = example.reference
    words = [recase(t.text, case) for t in ref]
    spaces = [bool(t.whitespace_) for t in ref]
    ents = [t.ent_iob_ if t.ent_iob_ in ("O", "") else f"{t.ent_iob_}-{t.ent_type_}" for t in ref]
    starts = [t.is_sent_start for t in ref] if ref.has_annotation("SENT_START") else None
    reference = Doc(nlp.vocab, words=words, spaces=spaces, ents=ents, sent_starts=starts)
    return Example(Doc(nlp.vocab, words=words, spaces=spaces), reference)


@spacy.registry.augmenters("kroniek.case_augmenter.v1")
def case_augmenter(lower_level: float = 0.0, upper_level: float = 0.0) -> Callable[[Any, Any], Iterator[Any]]:
    """Replace a share of the training examples by their lower-cased (``lower_level``) or
    upper-cased (``upper_level``) variant; the rest pass unchanged. Unlike spaCy's
    ``spacy.lower_case.v1`` the gold tokenization is kept (no re-tokenization)."""
    if lower_level < 0 or upper_level < 0 or lower_level + upper_level > 1:
        raise ValueError("kroniek.case_augmenter.v1: expected lower_level, upper_level >= 0 with a sum <= 1, "
                         f"got {lower_level} and {upper_level}")

    def augment(nlp: Any, example: Any) -> Iterator[Any]:
        r = random.random()
        if r < lower_level:
            yield recase_example(nlp, example, "lower")
        elif r < lower_level + upper_level:
            yield recase_example(nlp, example, "upper")
        else:
            yield example

    return augment
