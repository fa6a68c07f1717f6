"""``kroniek serve``: the read-only REST API and the web page (uvicorn)."""

from __future__ import annotations

import typer

from ..settings import load_settings
from . import app, fail, missing_sqlite_file, setup_logging


@app.command("serve")
def serve(
    db: str = typer.Option(None, "--db", help="Database URL (default: the `db` setting, sqlite:///kroniek.db)."),
    host: str = typer.Option("127.0.0.1", "--host",
                             help="Interface to listen on; only this machine by default. "
                                  "Use 0.0.0.0 to share on the network (the API is read-only)."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0 = any free port)."),
    config: str = typer.Option(None, "--config", help="Config file (TOML)."),
    log_level: str = typer.Option(None, "--log-level", help="DEBUG, INFO, WARNING or ERROR."),
    create: bool = typer.Option(False, "--create", help="Create the database (empty) if it does not exist."),
) -> None:
    """Serve the REST API (OpenAPI docs at /docs) and the web page at http://HOST:PORT/."""
    import uvicorn

    from ..api import create_app

    if port:
        _check_port(host, port)
    settings = load_settings(config, db=db, log_level=log_level)
    setup_logging(settings.log_level)
    missing = None if create else missing_sqlite_file(settings.db)
    if missing:
        raise fail(f"no database at {missing}; store articles first with `kroniek ingest ... --db {missing}`, "
                   "or pass --create to serve a new, empty one", 5)
    web = create_app(settings.db)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        typer.echo(f"kroniek: serving on {host}: reachable from other machines (read-only)", err=True)
    shown = f"[{host}]" if ":" in host else host
    where = f"http://{shown}:{port}/" if port else f"http://{shown} on a free port (uvicorn logs which)"
    typer.echo(f"kroniek: serving {_without_password(settings.db)} at {where} (API docs at /docs); Ctrl+C stops",
               err=True)
    level = str(settings.log_level).lower()
    try:
        uvicorn.run(web, host=host, port=port, log_level="info" if port == 0 and level == "warning" else level,
                    server_header=False)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port", 3) from None


def _without_password(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _check_port(host: str, port: int) -> None:
    """Fail with one line, before opening the database, when HOST:PORT cannot be listened on."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; check --host", 3) from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port", 3) from None
