"""spaCy callbacks of kroniek's training recipe; pass this file to ``spacy train --code``.

``kroniek.add_name_lists.v1`` builds the name lists (training/namelists.py) into the vocab's lookups,
where ``kroniek.NameListEmbed.v1`` reads them; configs/ner-namelists.cfg runs it as
``[initialize.before_init]``. Importing kroniek.nlp.casing registers ``kroniek.case_augmenter.v1``, the
case augmenter of the NER configs' training corpus.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

import namelists  # noqa: E402

import kroniek.nlp.casing  # noqa: E402,F401  (registers kroniek.case_augmenter.v1)


@spacy.registry.callbacks("kroniek.add_name_lists.v1")
def make_add_name_lists(data: str = "", lower: bool = False, phoenix: bool = False) -> Callable[[Any], Any]:
    """``lower``: key the lists by lower-case form, as ``kroniek.NameListEmbed.v2`` reads them;
    ``phoenix``: add the Phoenix actor dictionaries' person and organisation names (English)."""

    def add_name_lists(nlp: Any) -> Any:
        namelists.add_to(nlp, namelists.build(nlp.lang, Path(data) if data else namelists.DEFAULT_DATA, lower,
                                                  phoenix))
        return nlp

    return add_name_lists
