"""Toponym recognition against CoNLL LOC spans (a proxy: CoNLL tags every location, kroniek only
gazetteer places). Reads ../shared/data at run time; nothing is copied.

Usage: .venv/bin/python bench/geo_conll.py ../shared/data/conll2003-en/eng.testa [--ner en]
       .venv/bin/python bench/geo_conll.py ../shared/data/conll2002-nl/ned.testa [--ner nl]
``--ner LANG`` runs the shipped spaCy model first (entities then guide recognition).
"""

from __future__ import annotations

import argparse
from collections import Counter

from kroniek.geo import load_gazetteer, places_of
from kroniek.model import Document, Sentence


def read_conll(path: str) -> list[list[list[tuple[str, str]]]]:
    docs: list[list[list[tuple[str, str]]]] = []
    doc: list[list[tuple[str, str]]] = []
    sent: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    for line in lines:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if parts and doc:
                docs.append(doc)
                doc = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def to_document(doc: list[list[tuple[str, str]]], language: str) -> tuple[Document, dict[tuple[int, int], str]]:
    text, sentences, labels = "", [], {}
    for i, sent in enumerate(doc):
        start, current = len(text), None
        for word, tag in sent:
            a = len(text)
            text += word
            if tag.startswith("I-") and current is not None:
                current[1] = len(text)
            else:
                if current is not None:
                    labels[(current[0], current[1])] = current[2]
                current = [a, len(text), tag[2:]] if tag != "O" else None
            text += " "
        if current is not None:
            labels[(current[0], current[1])] = current[2]
        sentences.append(Sentence(i, start, len(text) - 1))
        text = text[:-1] + "\n"
    return Document(text=text, sentences=tuple(sentences), language=language), labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path")
    ap.add_argument("--ner", choices=("nl", "en"))
    args = ap.parse_args()
    gaz = load_gazetteer()
    nlp = None
    if args.ner:
        from kroniek.registry import Services, get_stage
        from kroniek.settings import load_settings
        nlp = get_stage("kroniek.nlp.v1").factory(load_settings(), Services())
    tp = fp = fn = 0
    false_pos: Counter[tuple[str, str]] = Counter()
    for raw in read_conll(args.path):
        doc, labels = to_document(raw, args.ner or "")
        out = places_of(nlp(doc) if nlp else doc, gaz)
        gold = {span for span, label in labels.items() if label == "LOC"}
        pred = {(p.start, p.end) for p in out.places}
        tp += len(pred & gold)
        fn += len(gold - pred)
        for span in pred - gold:
            fp += 1
            false_pos[(doc.text[span[0]:span[1]], labels.get(span, "-"))] += 1
    print(f"LOC spans: P={tp / max(1, tp + fp):.3f} R={tp / max(1, tp + fn):.3f} (tp {tp}, fp {fp}, fn {fn})")
    print("most frequent false positives (text, CoNLL label):", false_pos.most_common(15))


if __name__ == "__main__":
    main()
