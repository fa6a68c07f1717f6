"""Convert the public training data in ``../shared/data`` into spaCy ``.spacy`` corpora.

Usage: ``python training/convert.py nl|en [--data ../shared/data] [--out training/corpus/<lang>]``
(``kroniek train`` calls this first). Files written per language:

* ``ner-train.spacy`` / ``ner-dev.spacy``: CoNLL-2002 ned.train / ned.testa (nl) or CoNLL-2003
  eng.train / eng.testa (en), 10 sentences per Doc, IOB2 tags -> entities.
* ``ud-train.spacy`` / ``ud-dev.spacy``: UD treebanks, one sentence per Doc. Dutch: LassySmall dev plus
  the first half (by document) of Alpino dev for training; the second half of Alpino dev is held out
  (``alpino-dev-heldout.conllu``, also spaCy's dev set for choosing the checkpoint), and so is LassySmall
  test (``lassysmall-test.conllu``, never seen in training: the clean score).
  English: EWT train / dev. Dutch lemmas lose the compound/particle marker ``_`` (``grond_wet`` -> ``grondwet``),
  and a verb whose particle stands apart keeps only its own part (``kwamen ... om``: ``komen``;
  ``kroniek.nlp.corpora.plain_lemma``, which ``kroniek eval ud`` scores against too).
* nl ``alpino-train.spacy``: the Alpino treebanks in UD (``alpino-treebanks-ud/``, LGPL-2.1; all files
  but the spoken ``ovis`` dialogues), lemmas without ``_`` as above; an extra syntax corpus (train.py
  ``--syntax-extra``).
* ``wikiann-train.spacy`` (silver, optional), ``wikiann-partial.spacy`` (the same with capitalized
  ``O`` tokens unannotated; an extra NER corpus, train.py ``NER_DEFAULT_EXTRA``) and en ``uner-dev.spacy`` (UNER EWT dev, PER/ORG/LOC only).
"""

from __future__ import annotations

import argparse
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from kroniek.nlp.corpora import NerSentence, plain_lemma, read_conll_ner

log = logging.getLogger("kroniek.training.convert")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


# --------------------------------------------------------------------------- CoNLL NER
def ner_docs(nlp, sentences: Iterable[NerSentence], per_doc: int = 10,  # type: ignore[no-untyped-def]
             capitalized_o_missing: bool = False):
    """spaCy Docs of ``per_doc`` sentences each, never crossing a DOCSTART boundary.

    With ``capitalized_o_missing``, an ``O`` on a capitalized word becomes "not annotated" (spaCy's
    missing value): for silver data such as WikiANN, which has no MISC and leaves unlinked names
    ``O``, so that it teaches names without teaching that other names are not entities."""
    from spacy.tokens import Doc

    group: list[NerSentence] = []

    def flush():  # type: ignore[no-untyped-def]
        words = [w for s in group for w in s.words]
        tags = [t for s in group for t in s.tags]
        if capitalized_o_missing:
            tags = ["" if t == "O" and w[:1].isupper() else t for w, t in zip(words, tags, strict=True)]
        starts = []
        for s in group:
            starts += [True] + [False] * (len(s.words) - 1)
        return Doc(nlp.vocab, words=words, ents=tags, sent_starts=starts)

    for sent in sentences:
        if group and (sent.doc != group[0].doc or len(group) >= per_doc):
            yield flush()
            group = []
        group.append(sent)
    if group:
        yield flush()


# --------------------------------------------------------------------------- UD
def read_conllu_blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [b for b in text.split("\n\n") if b.strip()]


def doc_key(block: str) -> str:
    m = re.search(r"^# sent_id = (.*)$", block, re.M)
    sid = m.group(1) if m else ""
    return re.split(r"[\\/]", sid)[0] if ("\\" in sid or "/" in sid) else sid.rsplit("-", 1)[0]


def ud_docs(nlp, blocks: list[str], strip_lemma_marks: bool):  # type: ignore[no-untyped-def]
    from spacy.training.converters import conllu_to_docs

    data = "\n\n".join(blocks) + "\n\n"
    for doc in conllu_to_docs(data, n_sents=1, merge_subtokens=False, no_print=True):
        if strip_lemma_marks:
            for tok in doc:
                lem = tok.lemma_
                if "_" in lem and lem != "_":
                    particles = [c.text for c in tok.children if c.dep_ == "compound:prt"]
                    tok.lemma_ = plain_lemma(lem, tok.text, particles)
        yield doc


def split_by_document(blocks: list[str]) -> tuple[list[str], list[str]]:
    """First half of the documents, second half (sentences never cross the split)."""
    keys: list[str] = []
    for b in blocks:
        k = doc_key(b)
        if not keys or keys[-1] != k:
            keys.append(k)
    first = set(keys[: len(keys) // 2])
    a = [b for b in blocks if doc_key(b) in first]
    c = [b for b in blocks if doc_key(b) not in first]
    return a, c


# Spoken train-information dialogues (SOURCE.txt suggests leaving them out of written-news training).
ALPINO_LEFT_OUT = ("ovis",)


def annotated(block: str) -> bool:
    """Does a CoNLL-U sentence carry part-of-speech tags? Some Alpino folders (paco-test, paco-realtest, noisy:
    18k words) came out of the converter with every word ``X``, no lemma and no features, and relations
    guessed without them ("ook" as ``obl``); trained on, they taught the tagger to answer ``X`` for
    ordinary Dutch ("verleent aan daklozen .")."""
    tags = [line.split("\t")[3] for line in block.splitlines() if line[:1].isdigit() and line.count("\t") >= 9]
    return any(t != "X" for t in tags)


# --------------------------------------------------------------------------- main
def save(docs: Iterable, path: Path) -> int:  # type: ignore[type-arg]
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        db.add(d)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    log.info("wrote %s (%d docs)", path, n)
    return n


def wikiann(nlp, data: Path, lang: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """WikiANN's training split, as it is and with capitalized ``O`` unannotated (``ner_docs``), when the
    shared data hold it; silver data, an optional extra NER corpus (train.py ``NER_DEFAULT_EXTRA``)."""
    path = data / "ner-extra" / f"wikiann-{lang}" / "train"
    if path.is_file():
        save(ner_docs(nlp, read_conll_ner(path)), out / "wikiann-train.spacy")
        save(ner_docs(nlp, read_conll_ner(path), capitalized_o_missing=True), out / "wikiann-partial.spacy")


def convert(lang: str, data: Path, out: Path) -> None:
    import spacy

    nlp = spacy.blank(lang)
    if lang == "nl":
        ner = data / "conll2002-nl"
        save(ner_docs(nlp, read_conll_ner(ner / "ned.train")), out / "ner-train.spacy")
        save(ner_docs(nlp, read_conll_ner(ner / "ned.testa")), out / "ner-dev.spacy")
        wikiann(nlp, data, "nl", out)
        ud = data / "ud"
        lassy = ud / "UD_Dutch-LassySmall"
        alpino_a, alpino_b = split_by_document(read_conllu_blocks(ud / "UD_Dutch-Alpino" / "nl_alpino-ud-dev.conllu"))
        # LassySmall test stays out of training so that the syntax has a score on data it never saw
        # (issue 17); the Alpino treebanks (alpino-train.spacy) more than make up for its 10k words.
        lassy_test = read_conllu_blocks(lassy / "nl_lassysmall-ud-test.conllu")
        train_blocks = read_conllu_blocks(lassy / "nl_lassysmall-ud-dev.conllu") + alpino_a
        save(ud_docs(nlp, train_blocks, True), out / "ud-train.spacy")
        save(ud_docs(nlp, alpino_b, True), out / "ud-dev.spacy")
        treebanks = data / "alpino-treebanks-ud"
        if treebanks.is_dir():
            blocks = [b for f in sorted(treebanks.glob("*.conllu")) if f.stem not in ALPINO_LEFT_OUT
                      for b in read_conllu_blocks(f) if annotated(b)]
            save(ud_docs(nlp, blocks, True), out / "alpino-train.spacy")
        for name, held in (("alpino-dev-heldout.conllu", alpino_b), ("lassysmall-test.conllu", lassy_test)):
            (out / name).write_text("\n\n".join(held) + "\n\n", encoding="utf-8")
            log.info("wrote %s (%d sentences)", out / name, len(held))
    elif lang == "en":
        ner = data / "conll2003-en"
        save(ner_docs(nlp, read_conll_ner(ner / "eng.train")), out / "ner-train.spacy")
        save(ner_docs(nlp, read_conll_ner(ner / "eng.testa")), out / "ner-dev.spacy")
        wikiann(nlp, data, "en", out)
        uner = data / "ner-extra" / "uner-en-ewt" / "en_ewt-ud-dev.iob2"
        if uner.is_file():
            save(ner_docs(nlp, read_conll_ner(uner, word_col=1, tag_col=2)), out / "uner-dev.spacy")
        ewt = data / "ud" / "UD_English-EWT"
        save(ud_docs(nlp, read_conllu_blocks(ewt / "en_ewt-ud-train.conllu"), False), out / "ud-train.spacy")
        save(ud_docs(nlp, read_conllu_blocks(ewt / "en_ewt-ud-dev.conllu"), False), out / "ud-dev.spacy")
    else:
        raise SystemExit(f"convert.py: expected language nl or en, got {lang!r}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=["nl", "en"])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    convert(args.lang, args.data, args.out or ROOT / "training" / "corpus" / args.lang)


if __name__ == "__main__":
    main()
