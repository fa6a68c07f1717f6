"""``kroniek ingest`` (articles -> database), ``kroniek export`` (database -> files) and ``kroniek actors``
(the actors across the stored documents)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, ProgressColumn, SpinnerColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from ..errors import KroniekError
from ..settings import load_settings
from . import Terminated, app, console, fail, missing_sqlite_file, setup_logging, sigterm_interrupts

DB_HELP = "Database: an SQLite file (path or sqlite:///PATH) or postgresql://USER:PASSWORD@HOST/DB [setting db]."


class _Rate(ProgressColumn):
    """Documents per second over the whole run."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed > 0 else 0.0
        return Text(f"{rate:.1f} docs/s", style="progress.data.speed")


@app.command("ingest")
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(
        help="Files, directories (recursive), globs ('news/**/*.json'), JSONL, RSS/Atom feeds (URL or file), "
             "web pages, WARC/WARC.gz files.")],
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes analysing articles [setting workers].")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse inputs larger than this (bytes).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Analyse articles and store them; already stored articles are skipped, so runs can be repeated."""
    from ..ingest import RecordResult, ingest
    from ..store import Store

    if workers is not None and workers < 1:
        raise fail(f"--workers must be 1 or more, got {workers}", 3)
    settings = load_settings(config, db=db, workers=workers, max_bytes=max_bytes)
    setup_logging(settings.log_level)
    store = Store.open(settings.db)
    try:
        with Progress(SpinnerColumn(), TextColumn("[bold]ingest"), TextColumn("{task.completed} docs"), _Rate(),
                      TextColumn("stored {task.fields[stored]}, skipped {task.fields[skipped]}, "
                                 "failed {task.fields[failed]}"), TimeElapsedColumn(),
                      console=console(stderr=True), disable=not progress, transient=False) as bar:
            task = bar.add_task("ingest", total=None, stored=0, skipped=0, failed=0)
            counts = {"stored": 0, "skipped": 0, "failed": 0}

            def on_result(res: RecordResult) -> None:
                counts[res.status] += 1
                if res.status == "failed":
                    bar.console.print(f"kroniek: error: {res.name}: {res.message}", markup=False, highlight=False,
                                      soft_wrap=True)
                bar.update(task, advance=1, stored=counts["stored"], skipped=counts["skipped"], failed=counts["failed"])

            try:
                with sigterm_interrupts():
                    report = ingest(inputs, store, settings=settings, on_result=on_result)
            except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: the workers are stopped by now
                bar.stop()
                how = "terminated" if isinstance(exc, Terminated) else "interrupted"
                typer.echo(f"kroniek ingest: {how} after {counts['stored']} stored, {counts['skipped']} already "
                           f"stored, {counts['failed']} failed; run the same command again to go on", err=True)
                raise typer.Exit(128 + exc.signum if isinstance(exc, Terminated) else 130) from None
    finally:
        store.close()
    typer.echo(f"kroniek ingest: {report.summary()} -> {_display(settings.db)}")
    if report.failed:
        raise typer.Exit(2)


def _format_names() -> str:
    """The registered export formats, read from the entry points without importing them."""
    from importlib.metadata import entry_points

    from ..export import ENTRY_POINT_GROUP

    return ", ".join(sorted({ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})) or "none registered"


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help=f"One of the registered formats: {_format_names()}.")] = "csv",
    out: Annotated[Path | None, typer.Option(help="Output file (default: stdout; parquet needs a file).")] = None,
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Event type(s), e.g. PROTEST or PROTEST,ASSAULT.")] = None,
    mode: Annotated[str | None, typer.Option(help="Event mode(s), e.g. demo,riot.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 country code(s) of the event's place.")] = None,
    admin1: Annotated[str | None, typer.Option(help="First-level region(s) of the event's place.")] = None,
    date_from: Annotated[str | None, typer.Option(help="Events on or after this date (2022, 2022-09, 2022-09-25).")] = None,
    date_to: Annotated[str | None, typer.Option(help="Events on or before this date.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of a participant's name (as written, canonical, or its "
                                                   "actor's name across documents).")] = None,
    actor_type: Annotated[str | None, typer.Option(
        help="ACLED actor categor(y/ies) ('state forces', 'rebel group', 'political militia', 'identity militia', "
             "rioters, protesters, civilians, 'external/other forces') or sector(s) (police, military, "
             "government, ...), comma-separated.")] = None,
    role: Annotated[str | None, typer.Option(help="Whom --actor/--actor-type must be: actor or target "
                                                  "(default: either).")] = None,
    text: Annotated[str | None, typer.Option(help="Words in the evidence sentence, participants, places or title.")] = None,
    modality: Annotated[str | None, typer.Option(help="asserted, negated, possible, future or hypothetical.")] = None,
    min_confidence: Annotated[float | None, typer.Option(help="Lowest event confidence (0..1).")] = None,
    include_unreal: Annotated[bool, typer.Option(
        "--include-unreal", help="acled-csv: keep negated, possible, future and hypothetical events (flagged in "
                                 "the 'unreal' column); the other formats always mark them.")] = False,
    level: Annotated[str, typer.Option(help="event: one row per event report; incident: one row per incident, "
                                            "all its reports together (kroniek incidents).")] = "event",
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Export stored events (filtered like the API), one row per event or incident, in a registered format."""
    from ..export import export, exporter_names, get_exporter
    from ..store import EventFilter, Store

    if fmt not in exporter_names():
        raise fail(f"--format must be one of {', '.join(exporter_names())}, got {fmt!r}", 3)
    try:
        exporter = get_exporter(fmt)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    if exporter.binary and (out is None or str(out) == "-"):
        raise fail(f"--format {fmt} writes a binary file: give --out FILE{exporter.suffix}", 3)
    settings = load_settings(config, db=db)
    setup_logging(settings.log_level)
    try:
        f = EventFilter(type=type_, mode=mode, country=country, admin1=admin1, date_from=date_from, date_to=date_to,
                        actor=actor, actor_type=actor_type, role=role, text=text, modality=modality,
                        min_confidence=min_confidence)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    missing = missing_sqlite_file(settings.db)
    if missing:
        raise fail(f"no database at {missing}; store articles first with `kroniek ingest ... --db {missing}`", 5)
    if level not in ("event", "incident"):
        raise fail(f"--level must be event or incident, got {level!r}", 3)
    store = Store.open(settings.db)
    try:
        if level == "incident":
            from ..export.incident_export import export_incidents

            n = export_incidents(store, fmt, out, f, include_unreal=include_unreal)
        else:
            n = export(store, fmt, out, f, include_unreal=include_unreal)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    finally:
        store.close()
    if out is not None and str(out) != "-":
        typer.echo(f"kroniek export: wrote {n} {fmt} rows to {out}", err=True)


@app.command("actors")
def actors_cmd(
    db: Annotated[str | None, typer.Option("--db", help=DB_HELP)] = None,
    name: Annotated[str | None, typer.Option(help="Part of the actor's name or of a word it was named with.")] = None,
    type_: Annotated[str | None, typer.Option(
        "--type", help="ACLED actor categor(y/ies) ('state forces', protesters, ...) or sector(s) (police, "
                       "military, ...), comma-separated.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 code(s) of the actor.")] = None,
    limit: Annotated[int, typer.Option(help="How many actors to list (most events first).")] = 50,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """List the actors across the stored documents: type, sector, country, events and the words they were named with.

    Their events: `kroniek export --actor NAME` (or the API's /events?actor_id=ID)."""
    from rich.table import Table

    from ..store import ActorFilter, Store

    settings = load_settings(config, db=db)
    setup_logging(settings.log_level)
    try:
        f = ActorFilter(name=name, type=type_, country=country)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    if limit < 1:
        raise fail(f"--limit must be 1 or more, got {limit}", 3)
    missing = missing_sqlite_file(settings.db)
    if missing:
        raise fail(f"no database at {missing}; store articles first with `kroniek ingest ... --db {missing}`", 5)
    try:
        with Store.open(settings.db) as store:
            found, total = store.actors(f, limit=limit), store.count_actors(f)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    table = Table("id", "actor", "type", "sector", "country", "events", "documents", "as actor", "as target",
                  "named as")
    for a in found:
        table.add_row(a.id, a.canonical, a.type or "", a.sector or "", a.country or "", str(a.n_events),
                      str(a.n_documents), str(a.as_actor), str(a.as_target),
                      "; ".join(f"{text} ({n})" for text, n in a.variants[:5]))
    console().print(table)
    typer.echo(f"kroniek actors: {len(found)} of {total} actors", err=True)


def _display(url: str) -> str:
    from ..store.engine import normalize_url, safe_url

    return safe_url(normalize_url(url))
