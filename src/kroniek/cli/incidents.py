"""``kroniek incidents``: list, show, merge, split and relink the incidents of a database (SPEC §6).

``show`` prints every report of an incident with its evidence sentence (the trigger marked)
and why it was linked: the member it matched best, the score and each feature. ``merge`` and
``split`` record the user's decision; ``relink`` links everything afresh and replays them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ..errors import KroniekError
from ..settings import load_settings
from . import app, console, eval_app, fail, missing_sqlite_file, setup_logging

if TYPE_CHECKING:
    from rich.text import Text

    from ..store import Store
    from ..store.incidents import IncidentRow, Member

incidents_app = typer.Typer(help="Incidents: the reports of one happening across articles.", no_args_is_help=True)
app.add_typer(incidents_app, name="incidents")

DB_HELP = "Database: an SQLite file (path or sqlite:///PATH) or postgresql://USER:PASSWORD@HOST/DB [setting db]."
Db = Annotated[str | None, typer.Option("--db", help=DB_HELP)]
Config = Annotated[Path | None, typer.Option(help="Config file (TOML).")]


def _open(db: str | None, config: Path | None) -> Store:
    from ..store import Store

    settings = load_settings(config, db=db)
    setup_logging(settings.log_level)
    missing = missing_sqlite_file(settings.db)
    if missing:
        raise fail(f"no database at {missing}; store articles first with `kroniek ingest ... --db {missing}`", 5)
    return Store.open(settings.db)


def _pending_note(store: Store) -> None:
    from ..store.incidents import Incidents

    n = len(Incidents(store).pending())
    if n:
        typer.echo(f"kroniek incidents: {n} stored documents have events in no incident yet "
                   "(stored before incidents existed); `kroniek incidents relink` links them", err=True)


@incidents_app.command("list")
def list_cmd(
    db: Db = None,
    type_: Annotated[str | None, typer.Option("--type", help="Event type(s), e.g. PROTEST or PROTEST,ASSAULT.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO 3166-1 alpha-2 country code(s).")] = None,
    date_from: Annotated[str | None, typer.Option(help="On or after this date (2022, 2022-09, 2022-09-25).")] = None,
    date_to: Annotated[str | None, typer.Option(help="On or before this date.")] = None,
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    text: Annotated[str | None, typer.Option(help="Words in a report's sentence, participants, places or title.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many incidents.")] = 50,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    config: Config = None,
) -> None:
    """Incidents, latest first: date, type, place, number of reports and sources, size range."""
    from rich.table import Table

    from ..store import EventFilter
    from ..store.incidents import Incidents

    try:
        f = EventFilter(type=type_, country=country, date_from=date_from, date_to=date_to, actor=actor, text=text)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    store = _open(db, config)
    try:
        rows = Incidents(store).find(f, limit=limit, offset=offset)
        total = Incidents(store).count(f)
        _pending_note(store)
    finally:
        store.close()
    table = Table("incident", "date", "type", "place", "reports", "sources", "size", "conflicts", box=None)
    for row in rows:
        s = row.summary
        table.add_row(row.id, _date(s), f"{s['type']}/{s['mode'] or '-'}", (s.get("place") or {}).get("name") or "-",
                      str(s["n_reports"]), str(s["n_sources"]), _sizes(s), "yes" if s["conflicts"] else "")
    out = console()
    out.print(table)
    out.print(f"{len(rows)} of {total} incidents", highlight=False)


@incidents_app.command("show")
def show_cmd(
    incident: Annotated[str, typer.Argument(help="The incident id (from `kroniek incidents list`).")],
    db: Db = None,
    config: Config = None,
) -> None:
    """One incident: its reconciled fields, and every report with its evidence sentence and why it was linked."""
    from rich.table import Table

    from ..store.incidents import Incidents

    store = _open(db, config)
    try:
        row = Incidents(store).get(incident)
    finally:
        store.close()
    if row is None:
        raise fail(f"no incident {incident!r}; `kroniek incidents list` shows the ids", 5)
    out = console()
    _header(out, row)
    number = {m.record.key: k + 1 for k, m in enumerate(row.members)}
    table = Table("#", "report", "member", "evidence", "linked", box=None, show_lines=True)
    for k, m in enumerate(row.members, 1):
        r = m.record
        table.add_row(str(k), f"{r.source or '-'}\n{r.published or '-'}\n{r.title or ''}", f"{r.key}",
                      _evidence(m), _why(m, number))
    out.print(table)


@incidents_app.command("merge")
def merge_cmd(
    a: Annotated[str, typer.Argument(help="The incident to keep.")],
    b: Annotated[str, typer.Argument(help="The incident whose reports join it.")],
    db: Db = None,
    config: Config = None,
) -> None:
    """Put incident B's reports into A; the decision is recorded and survives re-linking."""
    from ..store.incidents import Incidents

    store = _open(db, config)
    try:
        kept = Incidents(store).merge(a, b)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    finally:
        store.close()
    typer.echo(f"kroniek incidents: merged {b} into {kept}")


@incidents_app.command("split")
def split_cmd(
    incident: Annotated[str, typer.Argument(help="The incident to split.")],
    member: Annotated[list[str], typer.Option("--member", help="A report to take out: DOC_ID:EVENT_ID as `show` "
                                              "lists it (a unique document id prefix will do); repeat for more.")],
    db: Db = None,
    config: Config = None,
) -> None:
    """Take reports out of an incident into a new one; the decision is recorded and survives re-linking."""
    from ..store.incidents import Incidents

    store = _open(db, config)
    try:
        new = Incidents(store).split(incident, member)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    finally:
        store.close()
    typer.echo(f"kroniek incidents: {len(member)} report(s) of {incident} are now incident {new}")


@incidents_app.command("relink")
def relink_cmd(
    db: Db = None,
    workers: Annotated[int, typer.Option(help="Link the date windows on a local Dask cluster of this many "
                                              "processes (0: in this process).")] = 0,
    scheduler: Annotated[str | None, typer.Option(help="Link the date windows on this Dask scheduler "
                                                       "(tcp://HOST:8786).")] = None,
    refresh: Annotated[bool, typer.Option("--refresh", help="Read every mention again from its stored article "
                                                            "(after a kroniek that reads mentions differently).")] = False,
    config: Config = None,
) -> None:
    """Link every stored event afresh (after a new kroniek version), replaying merges and splits; ids are kept."""
    from ..store.incidents import Incidents

    if workers < 0:
        raise fail(f"--workers must be 0 or more, got {workers}", 3)
    store = _open(db, config)
    client = cluster = None
    try:
        map_fn = None
        if workers or scheduler:
            from ..scale.run import start_client

            client, cluster = start_client(scheduler, workers or 1, dashboard=False)

            def map_fn(func: Any, parts: Any) -> Any:
                return client.gather(client.map(func, list(parts), pure=False))

        n = Incidents(store).relink(map_fn=map_fn, refresh=refresh)
        events = store.count_events()
    finally:
        store.close()
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    typer.echo(f"kroniek incidents: {events} events in {n} incidents")


@eval_app.command("incidents")
def eval_incidents(
    folder: Annotated[Path, typer.Argument(help="Folder with *.txt, *.meta.json and incidents.gold.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    config: Config = None,
) -> None:
    """Analyse a folder's articles, link them into incidents and score against its incidents.gold.json
    (pairwise and B-cubed F1, beside the baseline that joins the same type, place and day)."""
    import json

    from rich.table import Table

    from ..evaluation.incidents import read_documents, read_gold, score_documents
    from ..pipeline import build_pipeline

    settings = load_settings(config)
    setup_logging(settings.log_level)
    try:
        gold = read_gold(folder)  # before the models load
        scores = score_documents(read_documents(folder, build_pipeline(settings=settings)), gold)
    except KroniekError as exc:
        raise fail(str(exc), exc.exit_code) from None
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), indent=1))
        return
    table = Table("linking", "P", "R", "F1", title=f"incidents: {scores.mentions} gold mentions ({scores.found} "
                                                   f"found), {scores.gold_incidents} gold incidents")
    for name, prf in (("kroniek pairwise", scores.pairwise), ("kroniek B-cubed", scores.bcubed),
                      ("same type+place+day pairwise", scores.baseline_pairwise),
                      ("same type+place+day B-cubed", scores.baseline_bcubed)):
        table.add_row(name, f"{prf.precision:.4f}", f"{prf.recall:.4f}", f"{prf.f1:.4f}")
    console().print(table)


# --------------------------------------------------------------------------- formatting
def _date(s: dict[str, Any]) -> str:
    when = s.get("when") or {}
    if not when:
        return "-"
    return f"{when['value']}" + (" (published)" if when.get("source") == "published" else "")


def _sizes(s: dict[str, Any]) -> str:
    parts = []
    for slot, size in s["size"].items():
        low, high = size["low"], size["high"]
        figure = _num(low) if low == high else f"{_num(low)}-{_num(high)}" if high is not None else f"{_num(low)}+"
        parts.append(f"{slot} {figure}")
    return ", ".join(parts)


def _num(v: float | None) -> str:
    return "?" if v is None else f"{v:g}"


def _header(out: Any, row: IncidentRow) -> None:
    s = row.summary
    place = s.get("place") or {}
    lines = [
        f"[bold]{row.id}[/bold]  {s['type']}/{s['mode'] or '-'} ({s['acled']['event_type']} / "
        f"{s['acled']['sub_event_type']}), {s['modality']}",
        f"date: {_date(s)}   place: {place.get('name') or '-'}"
        + (f" ({place.get('admin1') or '-'}, {place.get('country') or '-'}; {place.get('precision')})" if place else ""),
        f"reports: {s['n_reports']} from {s['n_sources']} sources ({', '.join(s['sources'])}); "
        f"first {s['first_report'] or '-'}, last {s['last_report'] or '-'}",
    ]
    if s["actors"] or s["targets"]:
        lines.append("actors: " + (", ".join(a["name"] for a in s["actors"]) or "-")
                     + "   targets: " + (", ".join(a["name"] for a in s["targets"]) or "-"))
    for slot, size in s["size"].items():
        claims = "; ".join(f"{_num(c['low'])}{'' if c['high'] == c['low'] else '+' if c['high'] is None else '-' + _num(c['high'])}"
                           f" ({c['source']})" for c in size["claims"])
        lines.append(f"size {slot}: {_sizes({'size': {slot: size}}).split(' ', 1)[1]} — {claims}")
    for c in s["conflicts"]:
        lines.append(f"[bold red]conflict[/bold red] {c['what']}: outlets disagree: "
                     + "; ".join(f"{c2['source']} {_num(c2['low'])}" for c2 in c["values"]))
    for line in lines:
        out.print(line, highlight=False, soft_wrap=True)


def _evidence(m: Member) -> Text:
    from rich.text import Text

    r = m.record
    text = Text(r.sentence_text)
    start, end = r.trigger_start - r.sentence_start, r.trigger_end - r.sentence_start
    if 0 <= start < end <= len(r.sentence_text):
        text.stylize("bold reverse", start, end)
    return text


def _why(m: Member, number: dict[str, int]) -> str:
    link = m.link
    if link.by == "first":
        return "first report"
    head = (f"{'by the user; ' if link.by == 'user' else ''}score {link.score:.2f} with #{number.get(link.to or '', '?')}"
            if link.score is not None else "by the user")
    feats = ", ".join(f"{k} {v:+.2f}" if isinstance(v, float | int) else f"{k} {v}" for k, v in link.features.items())
    return f"{head}\n{feats}"
