"""kroniek's Dutch spaCy pipeline side by side with Frog on CoNLL-2002 ned.testa.

Usage: ``python bench/vs_frog.py [--testa PATH] [--limit N] [--model PATH]``

Both systems get the same gold-tokenized sentences (Frog with its tokenizer skipped, one sentence per
line; kroniek from gold words). Printed per system: words/s (Frog: tagger + NER, lemmatizer, morphology,
chunker, MWU and parser skipped, start-up excluded; kroniek: the full pipeline, one thread) and NER
P/R/F1 (Frog's PER/LOC/ORG/MISC/EVE/PRO mapped to CoNLL's: EVE and PRO -> MISC). Frog comes from the
Debian packages ``frog frogdata``; when it is not installed the script says so and prints kroniek only.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kroniek.nlp.corpora import NerSentence, read_conll_ner  # noqa: E402
from kroniek.nlp.evaluate import Prf, group_sentences, map_label, score_ner  # noqa: E402

DATA = Path(os.environ.get("KRONIEK_SHARED", ROOT.parent / "shared")) / "data"


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_frog(sents: list[NerSentence], workdir: Path) -> tuple[list[list[tuple[int, int, str]]], float, float, float]:
    """Frog's entities per sentence, seconds for the whole run, seconds for a one-sentence start-up run,
    and CPU seconds of the whole run minus those of the start-up run."""
    from kroniek.nlp.corpora import spans

    inp = workdir / "in.txt"
    inp.write_text("\n".join(" ".join(s.words) for s in sents) + "\n", encoding="utf-8")
    (workdir / "one.txt").write_text("Test .\n", encoding="utf-8")
    cmd = ["frog", "-n", "--skip=tmpcla"]
    t0, c0 = time.perf_counter(), child_cpu()
    subprocess.run([*cmd, "-t", "one.txt", "-o", "one.tsv"], cwd=workdir, capture_output=True, check=True)
    startup, startup_cpu = time.perf_counter() - t0, child_cpu() - c0
    t0, c0 = time.perf_counter(), child_cpu()
    subprocess.run([*cmd, "-t", "in.txt", "-o", "out.tsv"], cwd=workdir, capture_output=True, check=True)
    total, cpu = time.perf_counter() - t0, child_cpu() - c0 - startup_cpu
    tags: list[list[str]] = [[]]
    for line in (workdir / "out.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tags[-1]:
                tags.append([])
            continue
        cols = line.split("\t")
        tag = cols[7] if len(cols) > 7 and cols[7] else "O"  # ID WORD LEMMA MORPH - POS CONF NER ...
        tags[-1].append(tag)
    if not tags[-1]:
        tags.pop()
    if len(tags) != len(sents):
        raise SystemExit(f"vs_frog: Frog returned {len(tags)} sentences for {len(sents)}; cannot align")
    pred = []
    for s, t in zip(sents, tags, strict=True):
        if len(t) != len(s.words):
            pred.append([])
            continue
        pred.append([(a, b, map_label(lab)) for a, b, lab in spans(t)])
    return pred, total, startup, cpu


def run_kroniek(model: str, sents: list[NerSentence]) -> tuple[list[list[tuple[int, int, str]]], float, float]:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model)
    groups = list(group_sentences(sents))
    docs = []
    for g in groups:
        starts: list[bool | int | None] = []
        for s in g:
            starts += [True, *([False] * (len(s.words) - 1))]
        docs.append(Doc(nlp.vocab, words=[w for s in g for w in s.words], sent_starts=starts))
    list(nlp.pipe(docs[:5]))  # warm-up
    docs = [Doc(nlp.vocab, words=[t.text for t in d], sent_starts=[t.is_sent_start for t in d]) for d in docs]
    t0, c0 = time.perf_counter(), time.process_time()
    out_docs = list(nlp.pipe(docs, batch_size=64))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    pred = []
    for g, doc in zip(groups, out_docs, strict=True):
        off = 0
        for s in g:
            n = len(s.words)
            pred.append([(e.start - off, e.end - off, map_label(e.label_)) for e in doc.ents
                         if off <= e.start and e.end <= off + n])
            off += n
    return pred, seconds, cpu


def row(name: str, words: int, seconds: float, cpu: float, scores: dict[str, Prf]) -> str:
    m = scores["micro"]
    per = "  ".join(f"{k} {scores[k].f1:.3f}" for k in ("PER", "ORG", "LOC", "MISC") if k in scores)
    return f"{name:<24} {words / seconds:>9,.0f} {words / max(cpu, 1e-9):>9,.0f} {m.p:7.3f} {m.r:7.3f} {m.f1:7.3f}   {per}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--testa", type=Path, default=DATA / "conll2002-nl" / "ned.testa")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences (0 = all)")
    ap.add_argument("--model", default=str(ROOT / "src" / "kroniek" / "models" / "nl"))
    args = ap.parse_args()
    if not args.testa.is_file():
        raise SystemExit(f"vs_frog: {args.testa} is absent; pass --testa PATH to CoNLL-2002 ned.testa")
    sents = list(read_conll_ner(args.testa))
    if args.limit:
        sents = sents[: args.limit]
    words = sum(len(s.words) for s in sents)
    print(f"ned.testa: {len(sents)} sentences, {words} words (gold tokenization)\n")
    print(f"{'system':<24} {'words/s':>9} {'w/CPU-s':>9} {'P':>7} {'R':>7} {'F1':>7}   F1 per label")
    pred, seconds, cpu = run_kroniek(args.model, sents)
    print(row("kroniek nl (full pipe)", words, seconds, cpu, score_ner(sents, pred, ["PER", "ORG", "LOC", "MISC"])))
    if shutil.which("frog") is None:
        print("\nFrog is NOT installed (Debian: apt-get install frog frogdata); its row could not be measured.")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fpred, total, startup, fcpu = run_frog(sents, Path(tmp))
    fscores = score_ner(sents, fpred, ["PER", "ORG", "LOC", "MISC"])
    print(row("Frog 0.20 (tagger+NER)", words, max(total - startup, 1e-9), fcpu, fscores))
    print(f"\nFrog: {total:.1f} s wall including {startup:.1f} s start-up (start-up excluded above); "
          "labels EVE/PRO counted as MISC.\nwords/s is wall-clock; w/CPU-s divides by CPU time, the fairer "
          f"number when other processes share the machine (load average now {os.getloadavg()[0]:.1f}).")


if __name__ == "__main__":
    main()
