"""The ``kroniek`` command line (Typer). Each command group lives in its own module.

Errors from the library arrive as :class:`KroniekError`; this layer turns them into one
line on stderr and an exit code (2 input, 3 config, 4 resource, 5 store).
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from ..errors import InputError, KroniekError

if TYPE_CHECKING:
    from rich.console import Console

app = typer.Typer(
    name="kroniek",
    help="Sourced event data from news in every registered language (Dutch and English built in).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score kroniek against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# Command modules register themselves on `app` / `eval_app` when imported.
COMMAND_MODULES = (
    "kroniek.cli.extract",
    "kroniek.cli.evaluate",
    "kroniek.cli.info",
    "kroniek.cli.nlp",
    "kroniek.cli.batch",
    "kroniek.cli.gazetteer",
    "kroniek.cli.store",
    "kroniek.cli.serve",
    "kroniek.cli.explain",
    "kroniek.cli.incidents",
)


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    typer.echo(f"kroniek: error: {message}", err=True)
    return typer.Exit(code)


def check_language(code: str, option: str, exit_code: int) -> str:
    """``code`` lower-cased when it names a registered language, else exit naming the registered ones."""
    from ..lang import language_codes

    codes = language_codes()
    if code.lower() not in codes:
        raise fail(f"{option} must be a registered language ({', '.join(codes)}), got {code!r}", exit_code)
    return code.lower()


#: The width of output that is not a terminal (a pipe, a file): wide enough that no table row is cut.
UNCUT_WIDTH = 10_000


def console(*, stderr: bool = False, min_width: int = 0) -> Console:
    """The Rich console of a command, on stdout (or stderr), at least ``min_width`` columns wide.

    On a terminal it is the terminal's width. Elsewhere Rich would cut or wrap every table at 80
    columns, which garbles what a pipe or a file receives, so it is as wide as what is printed
    (unless COLUMNS says how wide).
    """
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    piped = not (hasattr(stream, "isatty") and stream.isatty()) and not os.environ.get("COLUMNS", "").isdigit()
    made = Console(stderr=stderr, width=UNCUT_WIDTH if piped else None)
    return made if made.width >= min_width else Console(stderr=stderr, width=min_width)


def missing_sqlite_file(url: str) -> str | None:
    """The path of an SQLite database file that does not exist (None for existing files and servers):
    commands that only read refuse it rather than create an empty database under a mistyped name."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from ..store import normalize_url

    parsed = make_url(normalize_url(url))
    db = parsed.database or ""
    if parsed.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return None if Path(db).expanduser().exists() else db


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread like Ctrl-C, so that ``finally`` blocks run (worker pools stop)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` instead of ending the process on the spot."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return

    def raise_terminated(signum: int, frame: object) -> None:
        raise Terminated(signum)

    previous = signal.signal(signal.SIGTERM, raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def setup_logging(level: str) -> None:
    logging.basicConfig(level=getattr(logging, str(level).upper(), logging.WARNING),
                        format="kroniek: %(levelname)s: %(name)s: %(message)s", stream=sys.stderr)


def main() -> None:
    _load_commands()
    try:
        app()
    except KroniekError as exc:
        typer.echo(f"kroniek: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except MemoryError:
        # raised once the stack has unwound, so the memory is free again to print one line (not a traceback)
        typer.echo("kroniek: error: out of memory: an input is too large to analyse on this machine; "
                   "split it into smaller files or lower --max-bytes", err=True)
        sys.exit(InputError.exit_code)


_load_commands()
