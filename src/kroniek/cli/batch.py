"""``kroniek batch`` (a corpus on a Dask cluster -> Parquet shards) and ``kroniek load`` (shards -> database)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from ..scale.load import load
from ..scale.run import BatchSummary, run_batch
from ..scale.worker import PartitionResult
from ..settings import load_settings
from . import app, console, setup_logging


class RichReporter:
    """Prints the dashboard link and draws a progress bar of partitions done."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(TextColumn("[bold]partitions"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[docs]:,} docs, {task.fields[failed]} failed"),
                                 TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=False)
        self.task = self.progress.add_task("batch", total=0, docs=0, failed=0)
        self.docs = self.failed_count = 0

    def __enter__(self) -> RichReporter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def started(self, dashboard: str | None, workers: int) -> None:
        self.console.print(f"Dask cluster: {workers} workers; dashboard: {dashboard or 'none (install bokeh)'}")
        self.progress.start()

    def planned(self, partitions: int, skipped: int) -> None:
        task = self.progress.tasks[0]
        self.progress.update(self.task, total=(task.total or 0) + partitions)
        if skipped:
            self.progress.console.print(f"{skipped} partitions already complete: skipped")

    def finished(self, result: PartitionResult) -> None:
        self.docs += result.documents
        self.progress.update(self.task, advance=1, docs=self.docs)

    def failed(self, partition: str, reason: str) -> None:
        self.failed_count += 1
        self.progress.update(self.task, advance=1, failed=self.failed_count)
        self.progress.console.print(f"[red]failed[/red] {partition}: {reason}")


def summary_table(s: BatchSummary) -> Table:
    t = Table("", "", title="kroniek batch", show_header=False)
    rows = [
        ("output", s.out), ("workers", str(s.workers)),
        ("partitions", f"{s.partitions} ({s.processed} done now, {s.skipped} already complete, "
                       f"{len(s.failures)} failed)"),
        ("documents", f"{s.documents:,}"), ("events", f"{s.events:,}"),
        ("bad records", f"{s.errors:,}" + (f" (see {s.out}/errors)" if s.errors else "")),
        ("time", f"{s.seconds:.1f} s"),
        ("throughput", f"{s.docs_per_second:.1f} docs/s, {s.words_per_second:,.0f} words/s"),
    ]
    for r in rows:
        t.add_row(*r)
    return t


@app.command("batch")
def batch_cmd(
    inputs: Annotated[list[str], typer.Argument(help="WARC/WARC.gz, JSONL or article files, directories, or "
                                                     "fsspec URLs (s3://..., gs://...).")],
    out: Annotated[str, typer.Option(help="Output directory or URL for the Parquet shards.")],
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); "
                                                       "default: start a local cluster.")] = None,
    workers: Annotated[int | None, typer.Option(help="Local worker processes (default: one per CPU core; with "
                                                     "--scheduler: wait for this many workers).")] = None,
    partition_size: Annotated[int | None, typer.Option(help="Records per partition.")] = None,
    db: Annotated[str | None, typer.Option(help="Load the documents into this database afterwards.")] = None,
    retries: Annotated[int, typer.Option(help="Times a failed partition is tried again.")] = 1,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Analyse a corpus on a Dask cluster and write Parquet shards (resumes: complete partitions are skipped).

    Exit status: 0 all records analysed; 2 some records were bad (see OUT/errors); 1 partitions failed
    (run the same command again to finish them).
    """
    settings = load_settings(config, scheduler=scheduler, partition_size=partition_size)
    setup_logging(settings.log_level)
    if settings.scheduler:
        n = workers or 0  # wait for this many workers of the existing cluster
    else:
        n = workers if workers is not None else (os.cpu_count() or 1)
    with RichReporter(console(stderr=True)) as reporter:
        summary = run_batch(inputs, out, settings=settings, scheduler=settings.scheduler or None, workers=n,
                            partition_size=settings.partition_size, reporter=reporter, retries=retries)
    console().print(summary_table(summary))
    if db and not summary.failures:
        loaded = load(out, db)
        typer.echo(f"loaded {loaded.documents:,} documents into the database ({loaded.stored:,} new)")
    elif db:
        typer.echo("not loading into the database: some partitions failed (rerun, then `kroniek load`)", err=True)
    if summary.failures:
        typer.echo(f"kroniek: error: {len(summary.failures)} partitions failed; run the same command again to "
                   "finish them", err=True)
        raise typer.Exit(1)
    if summary.errors:
        typer.echo(f"kroniek: {summary.errors:,} records could not be analysed; reasons in {out}/errors", err=True)
        raise typer.Exit(2)


@app.command("load")
def load_cmd(
    directory: Annotated[str, typer.Argument(help="Output of `kroniek batch` (directory or URL).")],
    db: Annotated[str | None, typer.Option(help="Database URL (default: the db setting).")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Store the documents of a `kroniek batch` output in the database (idempotent)."""
    settings = load_settings(config, db=db)
    setup_logging(settings.log_level)
    loaded = load(directory, settings.db)
    typer.echo(f"loaded {loaded.documents:,} documents from {loaded.partitions} partitions "
               f"({loaded.stored:,} new) into {settings.db}")
