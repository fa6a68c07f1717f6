"""``kroniek settings`` and ``kroniek stages``: what can be configured and what runs."""

from __future__ import annotations

import typer
from rich.table import Table

from ..registry import get_stage
from ..settings import settings_table
from ..stages import DEFAULT_PIPELINE
from . import app, console


@app.command("settings")
def show_settings() -> None:
    """List every setting with its KRONIEK_* variable, default and meaning."""
    table = Table("setting", "environment", "default", "meaning")
    for row in settings_table():
        table.add_row(*row)
    console().print(table)


@app.command("stages")
def show_stages() -> None:
    """List the stages of the default pipeline in order, with what they need and assign."""
    table = Table("#", "stage", "requires", "assigns", "what")
    for n, name in enumerate(DEFAULT_PIPELINE, 1):
        spec = get_stage(name)
        table.add_row(str(n), name, ", ".join(spec.requires), ", ".join(spec.assigns), spec.help)
    console().print(table)
    typer.echo("")
