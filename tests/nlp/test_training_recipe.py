"""training/: the pieces of kroniek's recipe that decide what the models learn from."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "training"))

import convert  # noqa: E402
import train  # noqa: E402

TAGGED = "# text = Zij kwamen om.\n1\tZij\tzij\tPRON\tVNW\t_\t2\tnsubj\t_\t_\n2\tkwamen\tom_komen\tVERB\tWW\t_\t0\troot\t_\t_\n" \
         "3\tom\tom\tADP\tVZ\t_\t2\tcompound:prt\t_\t_"
UNTAGGED = "# text = Toch stellen we.\n1\tToch\t\tX\t_\t_\t2\tobl\t_\t_\n2\tstellen\t\tX\t_\t_\t0\troot\t_\t_\n" \
           "3\twe\t\tX\t_\t_\t2\tnsubj\t_\t_"


def test_a_sentence_with_tags_is_trained_on() -> None:
    assert convert.annotated(TAGGED)


def test_a_sentence_the_converter_left_all_x_is_not() -> None:
    """Alpino's paco and noisy folders came out with every word X: they taught the tagger to say X."""
    assert not convert.annotated(UNTAGGED)


def test_a_separated_particle_leaves_the_verbs_training_lemma() -> None:
    import spacy

    docs = list(convert.ud_docs(spacy.blank("nl"), [TAGGED], strip_lemma_marks=True))
    assert [t.lemma_ for t in docs[0]] == ["zij", "komen", "om"]


def test_retraining_one_component_freezes_and_sources_the_others(tmp_path: Path) -> None:
    from spacy.util import load_config

    source = tmp_path / "syntax"
    out = train.retrain_config(train.HERE / "configs" / "syntax.cfg", ["trainable_lemmatizer"], source,
                               tmp_path / "retrain.cfg")
    cfg = load_config(out)
    frozen = ["tok2vec", "tagger", "morphologizer", "parser"]
    assert cfg["training"]["frozen_components"] == frozen
    assert cfg["training"]["annotating_components"] == ["tok2vec"]  # the listener needs its output
    assert all(cfg["components"][name] == {"source": str(source.resolve())} for name in frozen)
    assert cfg["components"]["trainable_lemmatizer"]["factory"] == "trainable_lemmatizer"
    assert cfg["components"]["trainable_lemmatizer"]["model"]["tok2vec"]["width"] == 96


def test_a_caseless_ner_learns_and_is_chosen_on_lower_cased_text(tmp_path: Path) -> None:
    from spacy.util import load_config

    out = train.caseless_config(train.HERE / "configs" / "ner-namelists.cfg", tmp_path / "caseless.cfg")
    cfg = load_config(out)
    for corpus in ("train", "dev"):
        augmenter = cfg["corpora"][corpus]["augmenter"]
        assert augmenter["@augmenters"] == "kroniek.case_augmenter.v1"
        assert (augmenter["lower_level"], augmenter["upper_level"]) == (1.0, 0.0)
