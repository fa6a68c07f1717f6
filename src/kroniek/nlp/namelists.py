"""Name-list features for the NER's embedding layer.

A token gets one small integer saying which name lists it occurs in (first names, surnames,
one-word place names, parts of longer place names, countries and regions) and, for a capitalized
word, whether its lower-case form is a common word of the language. That integer is
hash-embedded in its own table beside spaCy's NORM/PREFIX/SUFFIX/SHAPE tables, so the statistical
model learns how far to trust the lists: "Assam" or "Stralsund" are unseen in the NER training
data, yet the lists say they are places.

The lists live in the pipeline's vocab lookups (table ``kroniek_name_lists``), so they are saved and
loaded with the model and need no file of their own. ``kroniek.NameListEmbed.v1`` looks a token up by
its exact text (the table holds "Assam" and "ASSAM"); ``kroniek.NameListEmbed.v2`` by its lower-case
form (the table holds "assam"), so that lower-case and ALL-CAPS text get the bits of cased text and
the case itself is left to spaCy's SHAPE/PREFIX/SUFFIX features. Both are registered in spaCy's
registry; importing
this module (kroniek does so before loading a model, and the ``spacy_architectures`` entry point
does so for plain ``spacy.load``) makes a pipeline that uses it loadable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy
import spacy
from spacy.ml.featureextractor import forward as extract_attrs
from spacy.tokens import Doc
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Ints2d

TABLE = "kroniek_name_lists"

# Bits of the feature value. 0 means "in no list".
FIRST_NAME = 1
SURNAME = 2
PLACE = 4  # a whole one-word place name
PLACE_PART = 8  # one word of a longer place name
REGION = 16  # a country, territory or first-level region (or a word of one)
# How frequent the lower-case form is in general text of the language (wordfreq's Zipf scale), so
# that "Verkeer" at the start of a headline reads as a common noun (v1: capitalized words only).
COMMON = 32  # Zipf >= 4 (roughly the 5,000 most frequent words)
KNOWN = 64  # 3 <= Zipf < 4


def _forward(model: Model[list[Doc], list[Ints2d]], docs: list[Any], is_train: bool
             ) -> tuple[list[Ints2d], Callable[[Any], list[Any]]]:
    # spaCy's own extractor gives the attribute columns (it reads model.attrs["columns"]).
    attrs: list[Any] = extract_attrs(model, docs, is_train)[0]
    out: list[Ints2d] = []
    for item, columns in zip(docs, attrs, strict=True):
        lookups = item.vocab.lookups
        table = lookups.get_table(TABLE) if lookups.has_table(TABLE) else {}
        # The table is keyed by string hash, which is exactly the token's ORTH (v1) or LOWER (v2) id.
        key = model.attrs["key"]
        flags = numpy.fromiter((table.get(getattr(tok, key), 0) for tok in item), dtype="uint64", count=len(item))
        both: Any = numpy.hstack([columns, flags.reshape((-1, 1))])
        out.append(model.ops.asarray2i(both, dtype="uint64"))
    return out, lambda d_features: []


def name_list_features(columns: list[str | int], key: str = "orth") -> Model[list[Doc], list[Ints2d]]:
    """spaCy's FeatureExtractor with one more column: the token's name-list bits, looked up by the
    token's ``key`` ("orth": its text, "lower": its lower-case form)."""
    if key not in ("orth", "lower"):
        raise ValueError(f"name_list_features: expected key 'orth' or 'lower', got {key!r}")
    return Model("extract_features_with_name_lists", _forward, attrs={"columns": columns, "key": key})


@spacy.registry.architectures("kroniek.NameListEmbed.v1")
def name_list_embed(width: int, attrs: list[str], rows: list[int], list_rows: int = 128) -> Model[list[Doc], Any]:
    """spaCy's MultiHashEmbed (without static vectors) plus a table for the name-list bits, looked
    up by the token's exact text."""
    return _embed(width, attrs, rows, list_rows, "orth")


@spacy.registry.architectures("kroniek.NameListEmbed.v2")
def name_list_embed_v2(width: int, attrs: list[str], rows: list[int], list_rows: int = 128) -> Model[list[Doc], Any]:
    """As v1, with the name-list bits looked up by the token's lower-case form (case-independent)."""
    return _embed(width, attrs, rows, list_rows, "lower")


def _embed(width: int, attrs: list[str], rows: list[int], list_rows: int, key: str) -> Model[list[Doc], Any]:
    if len(rows) != len(attrs):
        raise ValueError(f"kroniek.NameListEmbed: {len(attrs)} attrs but {len(rows)} rows; give one row count per attr")
    # Same seeds as MultiHashEmbed, so the attribute tables behave exactly as spaCy's.
    tables: list[Model[Any, Any]] = [HashEmbed(width, n, column=i, seed=8 + i, dropout=0.0) for i, n in enumerate(rows)]
    tables.append(HashEmbed(width, list_rows, column=len(rows), seed=8 + len(rows), dropout=0.0))
    mix: Model[Any, Any] = with_array(Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True))
    return chain(  # type: ignore[no-any-return]
        name_list_features(list(attrs), key),
        list2ragged(),
        with_array(concatenate(*tables)),
        mix,
        ragged2list(),
    )

