"""``kroniek train LANG`` and ``kroniek eval ner|ud``: build and score the shipped spaCy pipelines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from . import app, check_language, eval_app, fail

if TYPE_CHECKING:
    from ..nlp.casing import Case

REPO = Path(__file__).resolve().parents[3]


def _training_dir() -> Path:
    for cand in (REPO / "training", Path.cwd() / "training"):
        if (cand / "train.py").is_file():
            return cand
    raise fail("cannot find training/train.py; run `kroniek train` from a kroniek source checkout", 4)


@app.command("train")
def train(
    lang: Annotated[str, typer.Argument(help="Language code (a registered language with a training recipe).")],
    data: Annotated[Path | None, typer.Option(help="The shared data folder (default ../shared/data).")] = None,
    syntax_steps: Annotated[int, typer.Option(help="Training steps for the UD syntax pipeline.")] = 5000,
    ner_steps: Annotated[int, typer.Option(help="Training steps for the NER pipeline.")] = 4000,
    max_minutes: Annotated[float, typer.Option(help="Wall-clock cap per training run; 0 = none.")] = 0,
    ner_extra: Annotated[list[Path] | None, typer.Option(help="Extra NER training corpus (.spacy), replacing the default (nl: WikiANN, capitalized O unannotated); 'none' for none.")] = None,
    skip: Annotated[list[str] | None, typer.Option(help="Skip a step: convert, syntax, ner, assemble.")] = None,
    dest: Annotated[Path | None, typer.Option(help="Where to save (default src/kroniek/models/LANG).")] = None,
) -> None:
    """Convert the data, train syntax (UD) and NER (CoNLL) pipelines, assemble and save the model."""
    check_language(lang, "LANG", 2)
    cmd = [sys.executable, str(_training_dir() / "train.py"), lang, "--syntax-steps", str(syntax_steps),
           "--ner-steps", str(ner_steps), "--max-minutes", str(max_minutes)]
    if data:
        cmd += ["--data", str(data)]
    if dest:
        cmd += ["--dest", str(dest)]
    for extra in ner_extra or []:
        cmd += ["--ner-extra", str(extra)]
    for s in skip or []:
        cmd += ["--skip", s]
    raise typer.Exit(subprocess.run(cmd, env=dict(os.environ, OMP_NUM_THREADS="1")).returncode)


def _load(lang: str, model: str | None):  # type: ignore[no-untyped-def]
    from ..nlp import load_model
    from ..settings import load_settings

    return load_model(check_language(lang, "--lang", 2), load_settings(), name=model)


@eval_app.command("ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(help="CoNLL NER file (WORD ... IOB-TAG per line), e.g. ned.testa.")],
    lang: Annotated[str, typer.Option(help="Language code of the file (a registered language).")] = "nl",
    model: Annotated[str | None, typer.Option(help="spaCy package or path (default: the configured/shipped one).")] = None,
    limit: Annotated[int, typer.Option(help="Only the first N sentences (0 = all).")] = 0,
    case: Annotated[str, typer.Option(help="Recase the words first: cased (as written), lower or upper.")] = "cased",
    json_report: Annotated[Path | None, typer.Option("--json", help="Also write the scores here.")] = None,
) -> None:
    """Entity P/R/F1 per label and micro-averaged, exact spans, on gold tokenization."""
    from ..nlp.casing import CASES
    from ..nlp.evaluate import evaluate_ner

    if case not in CASES:
        raise fail(f"--case: expected one of {', '.join(CASES)}, got {case!r}", 2)
    from ..nlp.caseless_ner import load_caseless_model
    from ..settings import load_settings

    caseless = load_caseless_model(check_language(lang, "--lang", 2), load_settings())  # routed as kroniek routes
    report = evaluate_ner(_load(lang, model), file, limit=limit, case=cast("Case", case), caseless=caseless)
    typer.echo(report.table())
    typer.echo(f"{report.sentences} sentences, {report.words} words ({report.case}), "
               f"{report.words / max(report.seconds, 1e-9):.0f} words/s"
               + (f", {report.routed} documents to the caseless NER" if caseless is not None else ""))
    if json_report:
        json_report.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")


@eval_app.command("ud")
def eval_ud(
    file: Annotated[Path, typer.Argument(help="CoNLL-U file, e.g. a UD treebank's dev set.")],
    lang: Annotated[str, typer.Option(help="Language code of the file (a registered language).")] = "nl",
    model: Annotated[str | None, typer.Option(help="spaCy package or path (default: the configured/shipped one).")] = None,
    limit: Annotated[int, typer.Option(help="Only the first N sentences (0 = all).")] = 0,
    json_report: Annotated[Path | None, typer.Option("--json", help="Also write the scores here.")] = None,
) -> None:
    """UPOS/XPOS/lemma accuracy, UAS and LAS on gold tokenization (punctuation included)."""
    from ..nlp.evaluate import evaluate_ud

    report = evaluate_ud(_load(lang, model), file, limit=limit)
    typer.echo(report.table())
    if json_report:
        json_report.write_text(json.dumps(report.to_dict(), indent=1), encoding="utf-8")
