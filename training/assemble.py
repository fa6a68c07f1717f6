"""Assemble the trained syntax and NER pipelines into the one pipeline kroniek ships.

The NER component keeps its own inline tok2vec, so it is sourced as is. The tokenizer gets
news rules (``'s-Hertogenbosch`` stays one token; abbreviations such as ``o.a.``/``m.b.t.`` are
single tokens); rules live in the tokenizer and are saved with it.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

log = logging.getLogger("kroniek.training.assemble")

NL_ABBREVIATIONS = (
    "o.a.", "m.b.t.", "i.v.m.", "t.o.v.", "d.w.z.", "z.g.", "zgn.", "m.n.", "n.a.v.", "i.p.v.", "o.l.v.",
    "v.d.", "ca.", "dhr.", "mevr.", "mw.", "drs.", "ir.", "ing.", "prof.", "dr.", "mr.", "min.", "gem.",
    "resp.", "incl.", "excl.", "evt.", "jl.", "jr.", "sr.", "nr.", "blz.", "bijv.", "bv.", "m.u.v.", "e.d.",
    "e.a.", "a.s.", "t/m", "v.Chr.", "n.Chr.", "St.", "Sint.", "Kon.", "Z.K.H.", "H.M.",
)
EN_ABBREVIATIONS = ("Gen.", "Lt.", "Col.", "Sgt.", "Rep.", "Sen.", "Gov.", "Capt.", "Cmdr.", "Adm.", "Maj.",
                    "Supt.", "Insp.", "Det.", "Brig.", "Rev.", "Hon.", "Pres.", "approx.", "est.")

META = {
    "nl": {
        "name": "kroniek_nl", "version": "0.3.0",
        "description": "kroniek Dutch pipeline: tagger (CGN XPOS), morphologizer, dependency parser and "
                       "trainable lemmatizer trained on UD Dutch LassySmall dev + half of Alpino dev "
                       "(CC BY-SA 4.0) and the Alpino treebanks (LGPL-2.1), lemmas without Alpino's '_' and "
                       "without a particle that stands apart; NER (PER/ORG/LOC/MISC) trained on CoNLL-2002 "
                       "ned.train (research use only) and WikiANN-nl silver data, with name-list features "
                       "(Faker, GeoNames, CLDR, Natural Earth, wordfreq); text without letter case goes to "
                       "models/nl-caseless. See training/MODEL_CARD_nl.md.",
        "license": "Model weights: CC BY-SA 4.0 (UD, wordfreq) + LGPL-2.1-or-later (Alpino treebanks) + "
                   "CoNLL-2002 research-only terms; WikiANN license unknown",
    },
    "en": {
        "name": "kroniek_en", "version": "0.2.0",
        "description": "kroniek English pipeline: tagger (PTB), morphologizer, dependency parser and trainable "
                       "lemmatizer trained on UD English-EWT train (CC BY-SA 4.0); NER (PER/ORG/LOC/MISC) "
                       "trained on CoNLL-2003 eng.train (Reuters, research use only) with lower-/upper-cased "
                       "training sentences. See training/MODEL_CARD_en.md.",
        "license": "Model weights: CC BY-SA 4.0 (UD) + CoNLL-2003/Reuters research-only terms",
    },
}


def customize_tokenizer(nlp: Any) -> None:
    """News tokenization rules, saved inside the tokenizer."""
    from spacy.lang.tokenizer_exceptions import emoticons
    from spacy.symbols import ORTH
    from spacy.util import compile_prefix_regex

    # Emoticon special cases split news punctuation wrongly ("Den Haag):" -> "):"); drop the
    # ones made only of punctuation.
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items()
                           if not (k in emoticons and not any(c.isalnum() for c in k))}

    if nlp.lang == "nl":
        # "'s-Hertogenbosch", "'s-Gravenhage": the apostrophe belongs to the name.
        prefixes = [p if p != "\\'" else "\\'(?![sStT]-)" for p in nlp.Defaults.prefixes]
        nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
        abbrevs = NL_ABBREVIATIONS
    else:
        abbrevs = EN_ABBREVIATIONS
    for a in abbrevs:
        for form in {a, a[0].upper() + a[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def assemble(lang: str, syntax: Path, ner: Path, dest: Path) -> Path:
    import spacy

    nlp = spacy.load(syntax)
    ner_nlp = spacy.load(ner)
    if "ner" in nlp.pipe_names:  # a whole earlier pipeline given as the syntax part: swap its NER
        nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=ner_nlp)
    # Sourcing copies the component and its strings, not the vocab's lookups: carry the name lists
    # that kroniek.NameListEmbed.v1/v2 read.
    from kroniek.nlp.namelists import TABLE

    if ner_nlp.vocab.lookups.has_table(TABLE):
        nlp.vocab.lookups.set_table(TABLE, ner_nlp.vocab.lookups.get_table(TABLE))
    customize_tokenizer(nlp)
    nlp.meta.update(META[lang])
    nlp.meta["sources"] = [{"name": "see model card", "url": f"training/MODEL_CARD_{lang}.md"}]
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(dest)
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    log.info("saved %s pipeline %s to %s (%.1f MB)", lang, nlp.pipe_names, dest, size / 1e6)
    (dest / "README.md").write_text(
        f"# kroniek {lang} spaCy pipeline\n\nBuilt by `kroniek train {lang}` (training/train.py); "
        f"see training/MODEL_CARD_{lang}.md.\n\n```\n{json.dumps(nlp.meta.get('performance', {}), indent=1)}\n```\n",
        encoding="utf-8")
    return dest


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description="Assemble syntax + NER pipelines.")
    ap.add_argument("lang", choices=["nl", "en"])
    ap.add_argument("syntax", type=Path, help="the syntax pipeline (or a whole pipeline whose NER is replaced)")
    ap.add_argument("ner", type=Path)
    ap.add_argument("dest", type=Path)
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    assemble(a.lang, a.syntax, a.ner, a.dest)
