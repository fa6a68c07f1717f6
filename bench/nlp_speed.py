"""Speed, cold load time and peak memory of kroniek's spaCy pipeline on one CPU core.

Usage: ``python bench/nlp_speed.py [--lang nl] [--model PATH ...] [--rounds 3] [--text FILE] [--words 40000]
[--case cased|lower|upper] [--caseless PATH|none]``

With several ``--model`` (an old and a new pipeline), each is measured in its own fresh process,
the models taking turns for ``--rounds`` rounds, so that both see the same load of a shared
machine; the table gives the median per model and the new/old ratio.

The text is the CoNLL-2002 testa (nl) / CoNLL-2003 testa (en) sentences from ``../shared/data``,
detokenized and grouped into 10-sentence documents; it is run through the FULL pipeline (tokenizer,
tagger, morphologizer, parser, lemmatizer, NER) with ``nlp.pipe``. Cold load is measured in a fresh
process (``import spacy`` counted separately). Targets (issue 17): >= 8,000 tokens/s on one core, cold load <=
1.5 s, peak RSS <= 600 MB, size <= 25 MB.

``--case lower|upper`` recases the text first and times the path kroniek's nlp stage takes for text without
letter case: where the language declares a caseless NER (``kroniek.nlp.caseless_ner``; Dutch:
``models/nl-caseless``, or ``--caseless PATH``), the main pipeline without its NER, then the caseless NER on
the same words; its cold load is measured apart (it is loaded only when the first caseless document arrives).
Every run also times the routing decision (``kroniek.lettercase.caseless``) per document.
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
from typing import Any

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


def caseless_source(lang: str, given: str | None) -> str | None:
    """The caseless NER to time: ``given`` (a path, or 'none'), else the one the language declares."""
    if given is not None:
        return None if given.lower() == "none" else given
    sys.path.insert(0, str(ROOT / "src"))
    from kroniek.nlp.caseless_ner import caseless_model_source
    from kroniek.settings import Settings

    source = caseless_model_source(lang, Settings())
    return str(source) if source is not None else None


def routing_us(texts: list[str]) -> float:
    """Microseconds per document that the routing decision (kroniek.lettercase.caseless) takes."""
    sys.path.insert(0, str(ROOT / "src"))
    from kroniek.lettercase import caseless

    t0 = time.perf_counter()
    for t in texts:
        caseless(t)
    return (time.perf_counter() - t0) / max(len(texts), 1) * 1e6


def measure(model: str, lang: str, text: Path | None, words: int, batch_size: int, case: str = "cased",
            caseless: str | None = None) -> dict[str, object]:
    load = cold_load(model)
    import spacy

    nlp = spacy.load(model)
    texts = load_texts(lang, text, words)
    ner = None
    caseless_load: dict[str, float] = {}
    if case != "cased":
        sys.path.insert(0, str(ROOT / "src"))
        from kroniek.nlp.caseless_ner import recognize
        from kroniek.nlp.casing import recase

        texts = [recase(t, case) for t in texts]  # type: ignore[arg-type]
        if caseless is not None:
            caseless_load = cold_load(caseless)
            ner = spacy.load(caseless)
    skip = ["ner"] if ner is not None and "ner" in nlp.pipe_names else []

    def run(batch: list[str]) -> Any:
        docs = nlp.pipe(batch, batch_size=batch_size, disable=skip)
        return recognize(ner, docs, batch_size) if ner is not None else docs

    for _ in run(texts[:20]):
        pass  # warm-up
    t0 = time.perf_counter()
    c0 = time.process_time()
    n_tokens = n_words = n_ents = 0
    for doc in run(texts):
        n_tokens += len(doc)
        n_words += sum(1 for t in doc if not t.is_punct and not t.is_space)
        n_ents += len(doc.ents)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "model": model, "pipeline": nlp.pipe_names, "docs": len(texts), "tokens": n_tokens,
        "words_no_punct": n_words, "entities": n_ents, "seconds": round(seconds, 2),
        "tokens_per_s": round(n_tokens / seconds), "words_per_s": round(n_words / seconds),
        "cpu_seconds": round(cpu, 2), "tokens_per_cpu_s": round(n_tokens / cpu),
        "cold_load_s": round(load["load_s"], 2), "cold_load_cpu_s": round(load["load_cpu_s"], 2),
        "import_spacy_s": round(load["import_spacy_s"], 2), "first_call_s": round(load["first_call_s"], 2),
        "peak_rss_mb": round(rss_mb), "threads": os.environ.get("OMP_NUM_THREADS"),
        "load_average": round(os.getloadavg()[0], 1), "case": case, "caseless_ner": caseless if ner is not None else None,
        "caseless_cold_load_s": round(caseless_load["load_s"], 2) if caseless_load else None,
        "routing_us_per_doc": round(routing_us(texts), 1),
    }


def report(result: dict[str, object], batch_size: int) -> None:
    r: dict[str, Any] = result
    print(f"model      {r['model']}")
    print(f"pipeline   {' '.join(r['pipeline'])}")
    print(f"speed      {r['tokens_per_s']:,} tokens/s ({r['words_per_s']:,} words/s without punctuation) "
          f"over {r['tokens']:,} tokens, nlp.pipe batch {batch_size}, 1 thread   [target >= 8,000]")
    print(f"           {r['tokens_per_cpu_s']:,} tokens per CPU-second (the one-core rate when other "
          f"processes share the CPU; load average {r['load_average']})")
    print(f"cold load  {r['cold_load_s']:.2f} s spacy.load ({r['cold_load_cpu_s']:.2f} CPU-s; + {r['import_spacy_s']:.2f} s "
          f"import spacy)   [target <= 1.5 s]")
    print(f"peak RSS   {r['peak_rss_mb']} MB   [target <= 600 MB]")
    print(f"text       {r['case']}" + (f"; entities from the caseless NER {r['caseless_ner']} (cold load "
                                       f"{r['caseless_cold_load_s']:.2f} s, on the first caseless document)"
                                       if r["caseless_ner"] else ""))
    print(f"routing    {r['routing_us_per_doc']} µs per document (kroniek.lettercase.caseless)")


def compare(args: argparse.Namespace, models: list[str]) -> list[dict[str, object]]:
    """Each model in a fresh process per round, in turns; prints medians side by side."""
    import statistics
    import tempfile

    runs: dict[str, list[dict[str, Any]]] = {m: [] for m in models}
    with tempfile.TemporaryDirectory() as tmp:
        for rnd in range(args.rounds):
            order = models if rnd % 2 == 0 else models[::-1]
            for i, m in enumerate(order):
                out = Path(tmp) / f"{rnd}-{i}.json"
                cmd = [sys.executable, __file__, "--lang", args.lang, "--model", m, "--words", str(args.words),
                       "--batch-size", str(args.batch_size), "--json", str(out), "--case", args.case]
                if args.caseless is not None:
                    cmd += ["--caseless", args.caseless]
                if args.text:
                    cmd += ["--text", str(args.text)]
                subprocess.run(cmd, check=True, capture_output=True)
                runs[m].append(json.loads(out.read_text(encoding="utf-8")))
    keys = ["tokens_per_cpu_s", "tokens_per_s", "cold_load_s", "cold_load_cpu_s", "peak_rss_mb"]
    medians = [{"model": m, "rounds": len(rs), "size_mb": round(size_mb(m), 1),
                **{k: statistics.median(r[k] for r in rs) for k in keys}} for m, rs in runs.items()]
    print(f"{'measure (median of ' + str(args.rounds) + ' rounds)':<34}" + "".join(f"{'/'.join(Path(m).parts[-2:])[-24:]:>26}" for m in models)
          + (f"{'last/first':>12}" if len(models) > 1 else ""))
    for k in ["size_mb", *keys]:
        vals = [float(r[k]) for r in medians]
        ratio = f"{vals[-1] / vals[0]:12.3f}" if len(vals) > 1 and vals[0] else ""
        print(f"{k:<34}" + "".join(f"{v:26,.2f}" for v in vals) + ratio)
    for m in models:
        print(f"{m}: tokens per CPU-second by round {[r['tokens_per_cpu_s'] for r in runs[m]]}")
    return medians


def size_mb(model: str) -> float:
    path = Path(model)
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6 if path.is_dir() else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", default="nl", choices=["nl", "en"])
    ap.add_argument("--model", action="append", default=None,
                    help="spaCy package or path (default: the shipped model); give it twice (old, new) to compare")
    ap.add_argument("--rounds", type=int, default=3, help="rounds per model when comparing models")
    ap.add_argument("--text", type=Path, default=None, help="CoNLL file or .txt (paragraphs split by blank lines)")
    ap.add_argument("--words", type=int, default=40000, help="about this many words are timed")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--case", default="cased", choices=["cased", "lower", "upper"],
                    help="recase the text first; lower/upper time the caseless path of the nlp stage")
    ap.add_argument("--caseless", default=None,
                    help="the caseless NER for --case lower|upper (default: the language's own; 'none' for none)")
    args = ap.parse_args()
    models = args.model or [str(ROOT / "src" / "kroniek" / "models" / args.lang)]
    if len(models) > 1:
        result: object = compare(args, models)
    else:
        result = measure(models[0], args.lang, args.text, args.words, args.batch_size, args.case,
                         caseless_source(args.lang, args.caseless) if args.case != "cased" else None)
        report(result, args.batch_size)  # type: ignore[arg-type]
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
