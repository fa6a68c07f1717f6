"""``kroniek extract``: articles (files, directories, stdin) -> kroniek/1 JSON."""

from __future__ import annotations

import json
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..errors import KroniekError
from ..lang import language_codes
from ..model import Document, Participant
from ..pipeline import build_pipeline
from ..settings import load_settings
from ..sources.article import RawArticle
from ..sources.files import ARTICLE_KINDS, expand, read
from ..sources.isolation import analyse, describe, prepare
from . import app, console, fail, setup_logging


def output_name(article: RawArticle) -> str:
    """File stem for ``--out``: the input's stem, with the record number for multi-record inputs."""
    m = re.match(r"^(.*?)(?::(\d+)|\[(\d+)\])?$", article.name)
    base = Path(m.group(1) if m else article.name).stem or "stdin"
    num = (m.group(2) or m.group(3)) if m else None
    return f"{base}-{num}" if num else base.replace("<stdin>", "stdin")


def summary_table(rows: list[tuple[str, Document]]) -> Table:
    """Counts per article."""
    table = Table("article", "lang", "sent", "ents", "places", "times", "nums", "quotes", "events", "conflicts",
                  title="kroniek extract: what was found per article", title_justify="left")
    for name, d in rows:
        table.add_row(name, d.language, *(str(len(x)) for x in (d.sentences, d.entities, d.places, d.times,
                                                                  d.quantities, d.quotes, d.events, d.conflicts)))
    return table


def events_table(name: str, d: Document) -> Table:
    """One row per event: type, trigger, who to whom (with the actors' types), where, when, size, modality
    and source."""
    places = {p.id: p for p in d.places}
    table = Table("event", "trigger", "who → whom", "where", "when", "size", "modality", "claimed by",
                  title=f"{name}: events", title_justify="left", show_lines=False)
    for e in d.events:
        where = ", ".join(f"{w.text} ({places[w.place].country})" if w.place in places else w.text
                          for w in e.where)
        when = (e.when.value + (" (published)" if e.when.source == "published" else "")) if e.when else ""
        size = ", ".join(f"{s.slot} {_range(s.low, s.high)}" for s in e.size)
        claimant = d.entity(e.claimed_by)
        who = " → ".join(", ".join(_participant(p) for p in side) for side in (e.actors, e.targets) if side)
        if e.targets and not e.actors:
            who = "→ " + who
        table.add_row(f"{e.type}/{e.mode}" if e.mode else e.type, e.trigger.text, who, where, when, size,
                      e.modality, claimant.text if claimant else "")
    return table


def _participant(p: Participant) -> str:
    """ "De Russische politie (state forces, RU)": the words, or the name they refer to, and what is known."""
    name = p.canonical or p.text
    known = ", ".join(x for x in (p.type or p.sector, p.country) if x)
    return f"{name} ({known})" if known else name


def _one_of(codes: list[str]) -> str:
    return " or ".join([", ".join(codes[:-1]), codes[-1]]) if len(codes) > 1 else "".join(codes)


def _range(low: float | None, high: float | None) -> str:
    def fmt(x: float | None) -> str:
        return "?" if x is None else f"{x:,.0f}"
    return fmt(low) if low == high else f"{fmt(low)}-{fmt(high)}"


@app.command("extract")
def extract_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files or directories of articles; '-' reads stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601) for all inputs.")] = None,
    language: Annotated[str | None, typer.Option(help="A registered language code (nl, en, ...); skips "
                                                      "language detection.")] = None,
    url: Annotated[str | None, typer.Option(help="URL of the article.")] = None,
    source: Annotated[str | None, typer.Option(help="Publisher or feed name.")] = None,
    title: Annotated[str | None, typer.Option(help="Title of the article.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="json (one object per document) or jsonl.")] = "json",
    out: Annotated[Path | None, typer.Option(help="Write NAME.json per article here and print a summary.")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Refuse inputs larger than this (bytes).")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Extract events, places, times, numbers and quotes from articles as kroniek/1 JSON."""
    if fmt not in ("json", "jsonl"):
        raise fail(f"--format must be json or jsonl, got {fmt!r}", 3)
    codes = language_codes()
    if language is not None and language.lower() not in codes:
        raise fail(f"--language must be {_one_of(codes)}, got {language!r}", 3)
    settings = load_settings(config, max_bytes=max_bytes)
    setup_logging(settings.log_level)
    pipeline = build_pipeline(settings)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    failed = 0
    done: list[tuple[str, Document]] = []
    for path in expand(inputs, ARTICLE_KINDS):
        for item in read(path, max_bytes=settings.max_bytes):
            if isinstance(item, RawArticle):  # the options win over what the input says
                item = replace(item, published=published or item.published, language=language or item.language,
                               url=url or item.url, title=title or item.title, source=source or item.source)
            [outcome] = analyse(pipeline, [prepare(item, settings)])  # one at a time: output streams
            if outcome.doc is None:
                failed += 1
                error = outcome.error
                typer.echo(f"kroniek: error: {error}" if isinstance(error, KroniekError) else
                           f"kroniek: error: {outcome.name}: {describe(error or ValueError())}", err=True)
                continue
            assert isinstance(item, RawArticle)
            doc = outcome.doc
            name = output_name(item)
            done.append((name, doc))
            if out is not None:
                (out / f"{name}.json").write_text(doc.to_json(indent=2) + "\n", encoding="utf-8")
            else:
                # streamed, not built as one string first: a 60 MB text's JSON does not fit twice in memory
                json.dump(doc.to_dict(), sys.stdout, ensure_ascii=False, indent=2 if fmt == "json" else None)
                sys.stdout.write("\n")
                sys.stdout.flush()
    if out is not None:
        tables = console(min_width=120)
        tables.print(summary_table(done))
        for name, doc in done:
            if doc.events:
                tables.print(events_table(name, doc))
        typer.echo(f"wrote {len(done)} documents to {out}" + (f"; {failed} failed" if failed else ""))
    if failed:
        raise typer.Exit(2)
