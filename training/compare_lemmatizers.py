"""Dutch lemmatizer choice: the trainable (edit-tree) lemmatizer vs spaCy's rule lemmatizer with the
spacy-lookups-data tables, both on the shipped model's POS, scored on held-out UD (lemmas without '_').

Usage: ``python training/compare_lemmatizers.py [CONLLU] [--model PATH]``
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kroniek.nlp.evaluate import evaluate_ud  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conllu", type=Path, nargs="?", default=ROOT / "training" / "corpus" / "nl" / "alpino-dev-heldout.conllu")
    ap.add_argument("--model", default=str(ROOT / "src" / "kroniek" / "models" / "nl"))
    args = ap.parse_args()
    import spacy

    nlp = spacy.load(args.model)
    print(f"trainable lemmatizer: {evaluate_ud(nlp, args.conllu).lemma:.4f}")
    for mode in ("rule", "lookup"):
        rule = spacy.load(args.model, exclude=["trainable_lemmatizer"])
        lem = rule.add_pipe("lemmatizer", name="lemmatizer", config={"mode": mode, "overwrite": True})
        lem.initialize()
        print(f"{mode} lemmatizer (spacy-lookups-data): {evaluate_ud(rule, args.conllu).lemma:.4f}")


if __name__ == "__main__":
    main()
