"""spaCy callbacks of kroniek's training recipe; pass this file to ``spacy train|pretrain --code``.

* ``kroniek.add_name_lists.v1``: builds the name lists (training/namelists.py) into the vocab's
  lookups, where ``kroniek.NameListEmbed.v1`` reads them. Used as ``[initialize.before_init]`` when
  training and as ``[nlp.after_creation]`` when pretraining (``spacy pretrain`` never initializes).
* ``kroniek.load_tok2vec.v1``: loads ``spacy pretrain`` weights into the inline tok2vec of a
  component (``[initialize.after_init]``). spaCy's own ``init_tok2vec`` cannot: inside a parser or
  NER model the ``tok2vec`` reference also holds the projection to the hidden layer.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

import namelists  # noqa: E402

log = logging.getLogger("kroniek.training.callbacks")


@spacy.registry.callbacks("kroniek.add_name_lists.v1")
def make_add_name_lists(data: str = "") -> Callable[[Any], Any]:
    def add_name_lists(nlp: Any) -> Any:
        namelists.add_to(nlp, namelists.build(nlp.lang, Path(data) if data else namelists.DEFAULT_DATA))
        return nlp

    return add_name_lists


@spacy.registry.callbacks("kroniek.load_tok2vec.v1")
def make_load_tok2vec(path: str = "", component: str = "ner") -> Callable[[Any], Any]:
    def load_tok2vec(nlp: Any) -> Any:
        if path:
            # get_ref("tok2vec") is chain(tok2vec, list2array, Linear); the pretrained part is the first layer.
            nlp.get_pipe(component).model.get_ref("tok2vec").layers[0].from_bytes(Path(path).read_bytes())
            log.info("loaded pretrained tok2vec weights %s into %s", path, component)
        return nlp

    return load_tok2vec
