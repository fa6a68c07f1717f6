"""``kroniek eval gold DIR``: analyse a folder of articles (or read predictions) and score them against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import InputError
from ..evaluation import (
    COMPONENTS,
    Report,
    analyse_articles,
    load_gold,
    load_predictions,
    pair,
    score_documents,
)
from ..evaluation.rules import Json
from ..settings import load_settings
from . import console, eval_app, fail, setup_logging

#: Where a kroniek checkout finds the published JSON Schema of kroniek/1 (validation is skipped without it).
DEFAULT_SCHEMA = Path("../shared/schema/kroniek-1.schema.json")


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def scores_table(report: Report) -> Table:
    """One row per component: P, R, F1, counts and attribute accuracies."""
    table = Table("component", "P", "R", "F1", "gold", "pred", "tp", "attributes",
                  title=f"kroniek/1 scores: {len(report.documents)} documents, "
                        f"{len(report.missing_predictions)} without prediction, {len(report.gold_errors)} gold errors")
    micro = report.micro
    for component in COMPONENTS:
        m = micro[component]
        attributes = "  ".join(f"{name}={_number(a['accuracy'])} ({a['correct']}/{a['total']})"
                               for name, a in m["attributes"].items())
        table.add_row(component, _number(m["precision"]), _number(m["recall"]), _number(m["f1"]), str(m["gold"]),
                      str(m["pred"]), str(m["tp_gold"]), attributes)
    return table


def documents_table(report: Report) -> Table:
    """One row per document: F1 per component and its gold errors."""
    shown = ("events", "times", "places", "quantities", "quotes", "conflicts")
    table = Table("document", *(f"{c} F1" for c in shown), "gold errors")
    for d in report.documents:
        table.add_row(d.name, *(_number(d.counts[c].metrics()["f1"]) for c in shown), str(len(d.gold_errors)))
    return table


@eval_app.command("gold")
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="Folder with *.gold.json (and, without --pred, *.txt + *.meta.json).")],
    pred: Annotated[list[Path] | None, typer.Option(help="Score these predictions (folders, .json, .jsonl) "
                                                         "instead of analysing the articles.")] = None,
    out: Annotated[Path | None, typer.Option(help="Also write each analysed article's JSON here.")] = None,
    schema: Annotated[Path | None, typer.Option(help="JSON Schema to validate the predictions against "
                                                     f"(default {DEFAULT_SCHEMA} when present).")] = None,
    by_doc: Annotated[bool, typer.Option("--by-doc", help="Also show one row per document.")] = False,
    json_report: Annotated[Path | None, typer.Option("--json", help="Write all numbers here.")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Score kroniek against GOLD: P/R/F1 per component and attribute accuracies."""
    try:
        golds = load_gold([gold])
        if pred:
            predictions = pair(golds, load_predictions(pred))
        else:
            predictions = _analyse(gold, config, list(golds), out)
    except InputError as exc:
        raise fail(str(exc), 2) from None
    if schema is None and DEFAULT_SCHEMA.is_file():
        schema = DEFAULT_SCHEMA
    report = score_documents(golds, predictions, schema=schema)
    screen = console()
    for name in report.missing_predictions:
        typer.echo(f"kroniek: warning: no prediction for {name}; scored as empty", err=True)
    screen.print(scores_table(report))
    if by_doc:
        screen.print(documents_table(report))
    for error in report.gold_errors:
        typer.echo(f"gold error: {error}")
    if report.schema_violations is not None:
        typer.echo(f"schema violations: {report.schema_violations}")
        for message in report.schema_messages[:20]:
            typer.echo(f"  {message}")
    typer.echo("SUMMARY " + " ".join(f"{k}={_number(v)}" for k, v in report.summary.items()))
    if json_report:
        json_report.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _analyse(folder: Path, config: Path | None, names: list[str], out: Path | None) -> dict[str, Json | None]:
    from ..pipeline import build_pipeline

    settings = load_settings(config)
    setup_logging(settings.log_level)
    predictions: dict[str, Json | None] = dict(analyse_articles(folder, build_pipeline(settings), names))
    if not predictions:
        raise InputError(f"{folder}: no *.txt articles beside the gold files")
    if out:
        out.mkdir(parents=True, exist_ok=True)
        for name, doc in predictions.items():
            (out / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return predictions
