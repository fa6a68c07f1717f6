"""Speed, cold load time and peak memory of kroniek's spaCy pipeline on one CPU core.

Usage: ``python bench/nlp_speed.py [--lang nl] [--model PATH] [--text FILE] [--words 40000]``

The text is the CoNLL-2002 testa (nl) / CoNLL-2003 testa (en) sentences from ``../shared/data``,
detokenized and grouped into 10-sentence documents; it is run through the FULL pipeline (tokenizer,
tagger, morphologizer, parser, lemmatizer, NER) with ``nlp.pipe``. Cold load is measured in a fresh
process (``import spacy`` counted separately). Targets (issue 3): >= 10,000 words/s, load <= 2 s,
peak RSS <= 600 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("KRONIEK_SHARED", ROOT.parent / "shared")) / "data"
TESTA = {"nl": DATA / "conll2002-nl" / "ned.testa", "en": DATA / "conll2003-en" / "eng.testa"}
FALLBACK = {
    "nl": "Minister Jan de Vries van Buitenlandse Zaken sprak dinsdag in Brussel met de NAVO over de oorlog in "
          "Oekraïne. Volgens de politie zijn o.a. 261.000 mensen op de vlucht geslagen.",
    "en": "Foreign Minister John Smith met NATO officials in Brussels on Tuesday to discuss the war in Ukraine. "
          "Police said some 261,000 people had fled.",
}


def detok(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([.,:;!?)%])", r"\1", text)
    return re.sub(r"([(]) ", r"\1", text)


def load_texts(lang: str, path: Path | None, words: int) -> list[str]:
    src = path or TESTA[lang]
    if src.is_file():
        if src.suffix == ".txt":
            paras = [p for p in src.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        else:
            sys.path.insert(0, str(ROOT / "src"))
            from kroniek.nlp.corpora import read_conll_ner

            sents = [detok(list(s.words)) for s in read_conll_ner(src)]
            paras = [" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)]
    else:
        print(f"note: {src} is absent; timing a repeated built-in paragraph instead")
        paras = [FALLBACK[lang]] * 2000
    out, n = [], 0
    while n < words:
        for p in paras:
            out.append(p)
            n += len(p.split())
            if n >= words:
                break
    return out


def cold_load(model: str) -> dict[str, float]:
    code = ("import time; c=time.process_time; t0=time.perf_counter(); import spacy; t1=time.perf_counter(); "
            f"c1=c(); nlp=spacy.load({model!r}); t2=time.perf_counter(); c2=c(); nlp('Test.'); "
            "t3=time.perf_counter(); print(t1-t0, t2-t1, t3-t2, c2-c1)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    return {"import_spacy_s": float(out[0]), "load_s": float(out[1]), "first_call_s": float(out[2]),
            "load_cpu_s": float(out[3])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="nl", choices=["nl", "en"])
    ap.add_argument("--model", default=None, help="spaCy package or path (default: the shipped model)")
    ap.add_argument("--text", type=Path, default=None, help="CoNLL file or .txt (paragraphs split by blank lines)")
    ap.add_argument("--words", type=int, default=40000, help="about this many words are timed")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    model = args.model or str(ROOT / "src" / "kroniek" / "models" / args.lang)

    load = cold_load(model)
    import spacy

    nlp = spacy.load(model)
    texts = load_texts(args.lang, args.text, args.words)
    for _ in nlp.pipe(texts[:20]):
        pass  # warm-up
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_tokens = n_words = n_ents = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        n_tokens += len(doc)
        n_words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        n_ents += len(doc.ents)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "model": model, "pipeline": nlp.pipe_names, "docs": len(texts), "tokens": n_tokens,
        "words_no_punct": n_words, "entities": n_ents, "seconds": round(seconds, 2),
        "tokens_per_s": round(n_tokens / seconds), "words_per_s": round(n_words / seconds),
        "cpu_seconds": round(cpu, 2), "tokens_per_cpu_s": round(n_tokens / cpu),
        "cold_load_s": round(load["load_s"], 2), "cold_load_cpu_s": round(load["load_cpu_s"], 2), "import_spacy_s": round(load["import_spacy_s"], 2),
        "peak_rss_mb": round(rss_mb), "threads": os.environ.get("OMP_NUM_THREADS"),
    }
    print(f"model      {model}")
    print(f"pipeline   {' '.join(nlp.pipe_names)}")
    print(f"speed      {result['tokens_per_s']:,} tokens/s ({result['words_per_s']:,} words/s without punctuation) "
          f"over {n_tokens:,} tokens, nlp.pipe batch {args.batch_size}, 1 thread   [target >= 10,000]")
    print(f"           {result['tokens_per_cpu_s']:,} tokens per CPU-second (the one-core rate when other "
          f"processes share the CPU; load average now {os.getloadavg()[0]:.1f})")
    print(f"cold load  {load['load_s']:.2f} s spacy.load ({load['load_cpu_s']:.2f} CPU-s; + {load['import_spacy_s']:.2f} s "
          f"import spacy)   [target <= 2 s]")
    print(f"peak RSS   {rss_mb:.0f} MB   [target <= 600 MB]")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
