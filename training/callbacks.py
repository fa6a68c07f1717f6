"""spaCy callbacks of kroniek's training recipe; pass this file to ``spacy train --code``.

``kroniek.add_name_lists.v1`` builds the name lists (training/namelists.py) into the vocab's lookups,
where ``kroniek.NameListEmbed.v1`` reads them; configs/ner-namelists.cfg runs it as
``[initialize.before_init]``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))

import namelists  # noqa: E402


@spacy.registry.callbacks("kroniek.add_name_lists.v1")
def make_add_name_lists(data: str = "") -> Callable[[Any], Any]:
    def add_name_lists(nlp: Any) -> Any:
        namelists.add_to(nlp, namelists.build(nlp.lang, Path(data) if data else namelists.DEFAULT_DATA))
        return nlp

    return add_name_lists
