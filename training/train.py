"""Train kroniek's spaCy pipeline for one language and save it into the package.

Steps (each can be skipped): convert the data (convert.py), train the UD syntax pipeline
(configs/syntax.cfg), train the CoNLL NER pipeline (configs/ner.cfg), assemble both into one
pipeline with kroniek's tokenizer rules (assemble.py) and save it to ``src/kroniek/models/<lang>``.

Usage: ``python training/train.py nl|en [--data DIR] [--syntax-steps N] [--ner-steps N] [--skip ...]``
(``kroniek train nl|en`` runs this). Training is single-process on CPU; BLAS threads are pinned to one.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import assemble  # noqa: E402
import convert  # noqa: E402
import gazetteer  # noqa: E402

log = logging.getLogger("kroniek.training")


# Per-language overrides of the configs: the Dutch UD training set is small (~65k words), so it
# gets smaller batches (more updates per epoch).
SYNTAX_OVERRIDES = {"nl": ["--training.batcher.size.stop", "500"], "en": []}
NER_OVERRIDES: dict[str, list[str]] = {"nl": [], "en": []}
# Dutch NER uses name-list features (ned.testa F1 0.722 -> 0.741, see MODEL_CARD_nl.md); the English
# model was trained, and meets its target, with the plain config.
NER_CONFIG = {"nl": "ner-namelists.cfg", "en": "ner-namelists-en.cfg"}  # en: since 0.3.0 (name lists with Phoenix)
# Extra NER corpora used by default: WikiANN-nl with capitalized O tokens left unannotated
# (convert.py), since WikiANN has no MISC and leaves unlinked names O. With an extra corpus the
# gold training set is read this many times per epoch, so that the silver data does not outweigh it
# (nl, ned.testa F1: 1 copy 0.741, 2 copies 0.762, 3 copies 0.767, 4 copies 0.772).
NER_DEFAULT_EXTRA = {"nl": ["wikiann-partial.spacy"], "en": []}
NER_TRAIN_COPIES = {"nl": 4, "en": 1}
# Extra syntax corpora (convert.py): nl alpino-train.spacy, the Alpino treebanks (LGPL-2.1; issue 17:
# held-out Alpino LAS 0.757 -> 0.794 after a 19-minute run); the UD training set is then read this many
# times per epoch. --syntax-extra replaces them.
SYNTAX_DEFAULT_EXTRA: dict[str, list[str]] = {"nl": ["alpino-train.spacy"], "en": []}
SYNTAX_TRAIN_COPIES = {"nl": 2, "en": 1}


def spacy_train(config: Path, out: Path, lang: str, train: Path, dev: Path, steps: int, extra: list[str],
                max_minutes: float = 0, eval_frequency: int = 400) -> Path:
    """Run ``spacy train`` (with kroniek's callbacks, training/callbacks.py); with ``max_minutes`` the run
    is stopped after that long and the best checkpoint so far (saved at every evaluation) is used."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out), "--nlp.lang", lang,
           "--paths.train", str(train), "--paths.dev", str(dev), "--training.max_steps", str(steps),
           "--training.eval_frequency", str(eval_frequency), "--code", str(HERE / "callbacks.py"), *extra]
    log.info("running: %s", " ".join(cmd))
    t0 = time.time()
    try:
        subprocess.run(cmd, check=True, env=env, timeout=max_minutes * 60 if max_minutes else None)
    except subprocess.TimeoutExpired:
        log.warning("stopped %s after %.0f minutes; using its best checkpoint", out, max_minutes)
    log.info("trained %s in %.0f s", out, time.time() - t0)
    if not (out / "model-best" / "meta.json").is_file():
        raise SystemExit(f"train.py: no checkpoint in {out / 'model-best'}; train longer (--max-minutes)")
    return out / "model-best"


def with_extras(train: Path, folder: Path, copies: int, extras: list[str]) -> Path:
    """``train`` alone, or a folder with ``copies`` of it and the extra corpora (spacy.Corpus.v1 reads
    every .spacy file in a folder)."""
    extras = [x for x in extras if x != "none"]
    if not extras:
        return train
    folder.mkdir(exist_ok=True)
    for f in folder.glob("*.spacy"):
        f.unlink()
    for i in range(copies):
        (folder / f"{train.stem}-{i}.spacy").write_bytes(train.read_bytes())
    for src in extras:
        (folder / Path(src).name).write_bytes(Path(src).read_bytes())
    return folder


def sourced_config(config: Path, component: str, source: Path, out: Path) -> Path:
    """``config`` with ``component`` taken from the pipeline at ``source`` (training continues from its
    weights) instead of built from scratch; written to ``out``."""
    from spacy.util import load_config

    cfg = load_config(config)
    cfg["components"][component] = {"source": str(source.resolve())}
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out)
    return out


def retrain_config(config: Path, components: list[str], source: Path, out: Path) -> Path:
    """``config`` with every component but ``components`` taken from the syntax pipeline at ``source`` and
    frozen: only ``components`` learn (from scratch), on the frozen shared tok2vec, which annotates so that
    their listeners get its output. A recipe for one component whose training data changed (a lemma
    convention) or whose settings did (``min_tree_freq``), without a new multi-hour run for the parser."""
    from spacy.util import load_config

    cfg = load_config(config)
    width = cfg["components"]["tok2vec"]["model"]["encode"]["width"]
    for name in components:  # the listener's width pointed into the tok2vec section, now sourced
        cfg["components"][name]["model"]["tok2vec"]["width"] = width
    frozen = [name for name in cfg["nlp"]["pipeline"] if name not in components]
    for name in frozen:
        cfg["components"][name] = {"source": str(source.resolve())}
    cfg["training"]["frozen_components"] = frozen
    cfg["training"]["annotating_components"] = [name for name in frozen if name == "tok2vec"]
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out)
    return out


def caseless_config(config: Path, out: Path) -> Path:
    """``config`` for a caseless NER: every training and development document lower-cased, since kroniek
    routes only text without letter case to it and reads ALL CAPS lower-cased (``kroniek.nlp`` stage);
    the checkpoint is then chosen on lower-cased development data too."""
    from spacy.util import load_config

    cfg = load_config(config)
    lower = {"@augmenters": "kroniek.case_augmenter.v1", "lower_level": 1.0, "upper_level": 0.0}
    cfg["corpora"]["train"]["augmenter"] = dict(lower)
    cfg["corpora"]["dev"]["augmenter"] = dict(lower)
    out.parent.mkdir(parents=True, exist_ok=True)
    cfg.to_disk(out)
    return out


def sets(items: list[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        key, _, value = item.partition("=")
        out += [f"--{key}", value]
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["nl", "en"])
    ap.add_argument("--data", type=Path, default=convert.DEFAULT_DATA, help="the shared data folder")
    ap.add_argument("--work", type=Path, default=HERE, help="where corpus/ and output/ are written")
    ap.add_argument("--dest", type=Path, default=None, help="where the pipeline is saved")
    ap.add_argument("--tag", default="", help="suffix of the output folders (experiments)")
    ap.add_argument("--syntax-steps", type=int, default=5000)
    ap.add_argument("--ner-steps", type=int, default=4000)
    ap.add_argument("--max-minutes", type=float, default=0, help="wall-clock cap per training run (0 = none)")
    ap.add_argument("--eval-frequency", type=int, default=400)
    ap.add_argument("--ner-set", action="append", default=[], metavar="KEY=VALUE",
                    help="spaCy config override for the NER run, e.g. training.dropout=0.3")
    ap.add_argument("--syntax-set", action="append", default=[], metavar="KEY=VALUE",
                    help="spaCy config override for the syntax run")
    ap.add_argument("--ner-extra", action="append", default=None,
                    help="extra NER training corpus (.spacy), replacing the default extras "
                         "(nl: corpus/nl/wikiann-partial.spacy); give 'none' for none")
    ap.add_argument("--ner-copies", type=int, default=None, metavar="N",
                    help="read the gold NER training set N times per epoch beside the extras "
                         "(default: NER_TRAIN_COPIES, nl 4, en 1)")
    ap.add_argument("--ner-config", default=None, metavar="NAME",
                    help="NER config in training/configs instead of the language's default (NER_CONFIG), "
                         "e.g. ner-namelists-en.cfg")
    ap.add_argument("--ner-init", type=Path, default=None,
                    help="continue training the NER of this pipeline (e.g. an earlier run's model-best) "
                         "instead of starting from scratch")
    ap.add_argument("--ner-caseless", action="store_true",
                    help="train an NER for text without letter case (every document lower-cased; models/nl-caseless)")
    ap.add_argument("--syntax-extra", action="append", default=None,
                    help="extra syntax training corpus (.spacy), replacing the default extras (none); "
                         "e.g. training/corpus/nl/alpino-train.spacy")
    ap.add_argument("--syntax-retrain", action="append", default=[], metavar="COMPONENT",
                    help="train only this syntax component (e.g. trainable_lemmatizer), the others taken frozen "
                         "from --syntax-init")
    ap.add_argument("--syntax-init", type=Path, default=None,
                    help="the syntax pipeline that --syntax-retrain starts from (e.g. an earlier run's model-best)")
    ap.add_argument("--skip", action="append", default=[], choices=["convert", "syntax", "ner", "assemble"])
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    lang = args.lang
    corpus = args.work / "corpus" / lang
    output = args.work / "output"
    if "convert" not in args.skip:
        convert.convert(lang, args.data, corpus)
    syn_dir = output / f"{lang}-syntax{args.tag}"
    ner_dir = output / f"{lang}-ner{args.tag}"
    if "syntax" not in args.skip:
        extras = args.syntax_extra if args.syntax_extra is not None else [str(corpus / n) for n in SYNTAX_DEFAULT_EXTRA[lang]]
        train = with_extras(corpus / "ud-train.spacy", corpus / "ud-train-plus", SYNTAX_TRAIN_COPIES[lang], extras)
        config = HERE / "configs" / "syntax.cfg"
        if args.syntax_retrain:
            if args.syntax_init is None:
                raise SystemExit("train.py: --syntax-retrain needs --syntax-init PIPELINE (the syntax to keep)")
            config = retrain_config(config, args.syntax_retrain, args.syntax_init, output / f"{lang}-syntax{args.tag}.cfg")
        spacy_train(config, syn_dir, lang, train,
                    corpus / "ud-dev.spacy", args.syntax_steps, SYNTAX_OVERRIDES[lang] + sets(args.syntax_set), args.max_minutes,
                    args.eval_frequency)
    if "ner" not in args.skip:
        extras = args.ner_extra if args.ner_extra is not None else [str(corpus / n) for n in NER_DEFAULT_EXTRA[lang]]
        copies = args.ner_copies or NER_TRAIN_COPIES[lang]
        train = with_extras(corpus / "ner-train.spacy", corpus / "ner-train-plus", copies, extras)
        from spacy.util import load_config

        config = HERE / "configs" / (args.ner_config or NER_CONFIG[lang])
        if args.ner_caseless:
            config = caseless_config(config, output / f"{lang}-ner{args.tag}-caseless.cfg")
        if args.ner_init:
            config = sourced_config(config, "ner", args.ner_init, output / f"{lang}-ner{args.tag}.cfg")
        overrides = NER_OVERRIDES[lang] + sets(args.ner_set)
        if load_config(config)["initialize"]["before_init"]:  # the name lists are built from --data
            overrides += ["--initialize.before_init.data", str(args.data)]
        spacy_train(config, ner_dir, lang, train, corpus / "ner-dev.spacy", args.ner_steps, overrides,
                    args.max_minutes, args.eval_frequency)
    if "assemble" not in args.skip:
        dest = args.dest or ROOT / "src" / "kroniek" / "models" / lang
        syntax = syn_dir / "model-best"
        if "syntax" in args.skip and not (syntax / "meta.json").is_file() and (dest / "meta.json").is_file():
            # `--skip syntax` without a syntax run: keep the syntax of the pipeline at dest, swap its NER.
            log.info("no %s; keeping the syntax components of %s", syntax, dest)
            syntax = dest
        assemble.assemble(lang, syntax, ner_dir / "model-best", dest)
        add_gazetteer_if_better(lang, args.data, dest)


DEV = {"nl": ("conll2002-nl", "ned.testa"), "en": ("conll2003-en", "eng.testa")}


def add_gazetteer_if_better(lang: str, data: Path, dest: Path) -> None:
    """Add the LOC gazetteer ruler (gap filling only) when it raises NER F1 on the development set."""
    import spacy

    from kroniek.nlp.evaluate import evaluate_ner

    dev = data.joinpath(*DEV[lang])
    nlp = spacy.load(dest)
    base = evaluate_ner(nlp, dev).micro.f1
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", after="ner", config={"overwrite_ents": False})
    ruler.add_patterns(gazetteer.patterns(lang, data))  # type: ignore[attr-defined]
    with_ruler = evaluate_ner(nlp, dev).micro.f1
    log.info("%s dev NER F1: %.4f without gazetteer, %.4f with", lang, base, with_ruler)
    if with_ruler > base + 0.001:  # a real gain, not noise
        nlp.to_disk(dest)
        log.info("kept the gazetteer ruler in %s", dest)


if __name__ == "__main__":
    main()
