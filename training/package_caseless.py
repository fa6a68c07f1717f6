"""Package a caseless NER checkpoint as ``src/kroniek/models/nl-caseless``.

The checkpoint of ``train.py nl --ner-caseless`` is an NER-only pipeline. Shipped, its config is cleared of the
training run's paths and callbacks (the corpora, the case augmenter, the name-list builder that read
``../shared/data``), and its string store is cut to the four labels: the NER's features are string hashes
and its name lists are keyed by hash (``kroniek.NameListEmbed.v2``), so no prediction changes (check with
``kroniek eval ner --lang nl --case lower`` before and after) and the package is smaller.

Usage: ``python training/package_caseless.py CHECKPOINT [--dest src/kroniek/models/nl-caseless] --version X.Y.Z``
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELS = ["LOC", "MISC", "ORG", "PER"]
META = {
    "name": "kroniek_nl_caseless",
    "description": "kroniek Dutch NER for text without letter case (lower-cased, ALL CAPS, which kroniek reads "
                   "lower-cased): NER only (PER/ORG/LOC/MISC), trained on CoNLL-2002 ned.train (research use "
                   "only), WikiANN-nl silver data (its train split as given, its dev split labelled by the cased NER) and "
                   "the Alpino treebanks (LGPL-2.1) labelled by the cased NER (training/silver.py), with every training and development document lower-cased "
                   "(training/train.py --ner-caseless) and name lists keyed by lower-case form "
                   "(kroniek.NameListEmbed.v2; Faker, GeoNames, CLDR, Natural Earth, wordfreq). kroniek routes "
                   "caseless Dutch documents to it (kroniek.lettercase); cased text goes to kroniek_nl. See "
                   "training/MODEL_CARD_nl.md, 'Letter case'.",
    "license": "Model weights: CoNLL-2002 research-only terms; LGPL-2.1-or-later (Alpino treebanks); WikiANN "
               "license unknown; wordfreq CC BY-SA 4.0",
}


def package(checkpoint: Path, dest: Path, version: str) -> Path:
    import spacy

    nlp = spacy.load(checkpoint)
    if nlp.pipe_names != ["ner"]:
        raise SystemExit(f"package_caseless.py: expected an NER-only pipeline at {checkpoint}, got {nlp.pipe_names}")
    config = nlp.config.copy()
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["initialize"]["before_init"] = None
    for corpus in ("train", "dev"):
        config["corpora"][corpus]["augmenter"] = None
    nlp.config = config
    nlp.meta.update(META, version=version)
    readme = (dest / "README.md").read_text(encoding="utf-8") if (dest / "README.md").is_file() else None
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest)
    (dest / "vocab" / "strings.json").write_text(json.dumps(LABELS), encoding="utf-8")
    if readme is not None:  # the model's README (its card) is kept across a repackaging
        (dest / "README.md").write_text(readme, encoding="utf-8")
    return dest


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkpoint", type=Path)
    ap.add_argument("--dest", type=Path, default=ROOT / "src" / "kroniek" / "models" / "nl-caseless")
    ap.add_argument("--version", required=True)
    args = ap.parse_args(argv)
    print(package(args.checkpoint, args.dest, args.version))


if __name__ == "__main__":
    main()
