"""``kroniek explain FILE``: why each event was found.

For every event: its type, mode, ACLED class, modality and confidence, the rule or model that
fired, and its sentence with the trigger marked ``[[...]]``, actors ``{A: ...}`` and targets
``{T: ...}``, then place, date, size, claimant and the further mentions of the same event.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .. import extract as extract_text
from ..errors import KroniekError
from ..model import Document, Event
from ..pipeline import build_pipeline
from ..settings import load_settings
from ..sources.files import read
from . import app, check_language, setup_logging


def mark_sentence(doc: Document, event: Event) -> str:
    """The event's sentence with its trigger, actors and targets marked."""
    sentence = doc.sentences[event.sentence]
    marks: list[tuple[int, int, str, str]] = [(event.trigger.start, event.trigger.end, "[[", "]]")]
    for label, parts in (("A", event.actors), ("T", event.targets)):
        for p in parts:
            if p.start is not None and p.end is not None and sentence.start <= p.start and p.end <= sentence.end:
                marks.append((p.start, p.end, "{" + label + ": ", "}"))
    marks.sort()
    kept: list[tuple[int, int, str, str]] = []
    for m in marks:  # overlapping marks would garble the text: the earlier one wins
        if not kept or m[0] >= kept[-1][1]:
            kept.append(m)
    out, pos = [], sentence.start
    for start, end, open_, close in kept:
        out += [doc.text[pos:start], open_, doc.text[start:end], close]
        pos = end
    out.append(doc.text[pos:sentence.end])
    return "".join(out).replace("\n", " ")


def describe(doc: Document, event: Event) -> list[str]:
    """The lines ``kroniek explain`` prints for one event."""
    head = f"{event.id}  {event.type}" + (f"/{event.mode}" if event.mode else "")
    head += f"  ({event.acled.event_type} / {event.acled.sub_event_type})  modality={event.modality}"
    head += f"  confidence={event.confidence:.2f}"
    lines = [head, f"  rule: {event.rule or 'unknown'}", f"  sentence {event.sentence}: {mark_sentence(doc, event)}"]
    where = ", ".join(w.text for w in event.where) or "-"
    when = f"{event.when.value} ({event.when.precision}, {event.when.source})" if event.when else "-"
    size = ", ".join(f"{s.slot}={_num(s.low)}" + (f"-{_num(s.high)}" if s.high not in (None, s.low) else "")
                     for s in event.size) or "-"
    lines.append(f"  where: {where}  when: {when}  size: {size}")
    if event.contexts:
        lines.append(f"  contexts: {', '.join(event.contexts)}")
    if event.claimed_by:
        ent = doc.entity(event.claimed_by)
        lines.append(f"  claimed by: {ent.text if ent else event.claimed_by}")
    for m in event.mentions:
        lines.append(f"  also told in sentence {m.sentence}: \"{m.trigger.text}\"")
    return lines


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


@app.command("explain")
def explain_cmd(
    file: Annotated[str, typer.Argument(help="An article file ('-' reads stdin).")],
    published: Annotated[str | None, typer.Option(help="Publication date (ISO 8601).")] = None,
    language: Annotated[str | None, typer.Option(help="Language code (nl, en, ...); skips language detection.")] = None,
    config: Annotated[Path | None, typer.Option(help="Config file (TOML).")] = None,
) -> None:
    """Show each event with its sentence, trigger and arguments marked, and the rule that fired."""
    if language is not None:
        check_language(language, "--language", 3)
    settings = load_settings(config)
    setup_logging(settings.log_level)
    pipeline = build_pipeline(settings)
    failed = False
    for item in read(file, max_bytes=settings.max_bytes):
        if isinstance(item, KroniekError):
            typer.echo(f"kroniek: error: {item}", err=True)
            failed = True
            continue
        try:
            doc = extract_text(item.text, published=published or item.published, language=language or item.language,
                               pipeline=pipeline)
        except KroniekError as exc:
            typer.echo(f"kroniek: error: {exc.with_source(item.name)}", err=True)
            failed = True
            continue
        typer.echo(f"{item.name}: {len(doc.events)} events ({doc.language}, published {doc.published or 'unknown'})")
        for event in doc.events:
            typer.echo("\n".join(describe(doc, event)))
    if failed:
        raise typer.Exit(2)
