"""``kroniek eval gold``: extract a folder of articles and score them against gold files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import eval_app, fail


def find_scorer(explicit: Path | None) -> Path:
    candidates = [explicit] if explicit else [Path("../shared/tools/score.py"), Path("shared/tools/score.py")]
    for c in candidates:
        if c is not None and c.is_file():
            return c
    raise fail("cannot find score.py; pass --scorer PATH (it ships in ../shared/tools/)", 4)


@eval_app.command("gold")
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="Folder with articles (*.txt + *.meta.json) and *.gold.json.")],
    out: Annotated[Path, typer.Option(help="Where the predictions are written.")] = Path("build/eval"),
    scorer: Annotated[Path | None, typer.Option(help="Path of score.py.")] = None,
    json_report: Annotated[Path | None, typer.Option("--json", help="Write all numbers here.")] = None,
) -> None:
    """Run `kroniek extract` over GOLD's articles and print score.py's table."""
    score = find_scorer(scorer)
    articles = sorted(str(p) for p in gold.glob("*.txt"))
    if not articles:
        raise fail(f"{gold}: no *.txt articles", 2)
    run = subprocess.run([sys.executable, "-m", "kroniek", "extract", *articles, "--out", str(out)],
                         capture_output=True, text=True)
    if run.returncode not in (0, 2):
        typer.echo(run.stderr, err=True)
        raise typer.Exit(run.returncode)
    cmd = [sys.executable, str(score), "--gold", str(gold), "--pred", str(out), "--by-doc", "--validate"]
    if json_report:
        cmd += ["--json", str(json_report)]
    result = subprocess.run(cmd, text=True)
    raise typer.Exit(result.returncode)
