"""training/: the pieces of kroniek's recipe that decide what the models learn from."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "training"))

import convert  # noqa: E402
import package_caseless  # noqa: E402
import silver  # noqa: E402
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


def _tagged_doc(words: list[str], pos: list[str]):  # type: ignore[no-untyped-def]
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("nl").vocab, words=words, pos=pos)


def test_silver_keeps_the_teachers_names_and_leaves_unsure_proper_nouns_unannotated(tmp_path: Path) -> None:
    """training/silver.py: the cased NER labels the Alpino sentences; a name the gold tags call a proper noun is
    kept, a proper noun the teacher missed is left missing (not taught as no name), other words are outside."""
    import pytest
    from spacy.tokens import DocBin

    teacher = ROOT / "src" / "kroniek" / "models" / "nl"
    if not (teacher / "meta.json").is_file():
        pytest.skip(f"no shipped nl model at {teacher}")
    source, dest = tmp_path / "gold.spacy", tmp_path / "silver.spacy"
    doc = _tagged_doc(["Mark", "Rutte", "sprak", "in", "Den", "Haag", "met", "ajax", "."],
                      ["PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"])
    DocBin(docs=[doc]).to_disk(source)
    silver.silver(teacher, source, dest)
    out = list(DocBin().from_disk(dest).get_docs(doc.vocab))[0]
    assert [(e.text, e.label_) for e in out.ents] == [("Mark Rutte", "PER"), ("Den Haag", "LOC")]
    assert [t.ent_iob_ for t in out][2:4] == ["O", "O"]
    assert out[7].ent_iob_ == "", "a proper noun the teacher did not label is missing, not outside"


def test_packaging_the_caseless_ner_clears_training_paths_and_keeps_predictions(tmp_path: Path) -> None:
    """training/package_caseless.py: the shipped form has no paths of the training run and four strings, and it
    predicts what the checkpoint predicts."""
    import pytest
    import spacy

    shipped = ROOT / "src" / "kroniek" / "models" / "nl-caseless"
    if not (shipped / "meta.json").is_file():
        pytest.skip(f"no shipped caseless model at {shipped}")
    dest = package_caseless.package(shipped, tmp_path / "nl-caseless", "9.9.9")
    again = spacy.load(dest)
    assert again.config["paths"]["train"] is None and again.config["initialize"]["before_init"] is None
    assert (dest / "vocab" / "strings.json").read_text() == '["LOC", "MISC", "ORG", "PER"]'
    assert again.meta["version"] == "9.9.9"
    text = "burgemeester femke halsema sprak in amsterdam met de politie over de betoging van extinction rebellion ."
    before = [(e.text, e.label_) for e in spacy.load(shipped)(text).ents]
    assert before and [(e.text, e.label_) for e in again(text).ents] == before
