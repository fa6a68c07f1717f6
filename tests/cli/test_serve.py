"""`kroniek serve` refuses a database that does not exist (a typo) unless asked to create one."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("form", ["path", "url"])
def test_serve_refuses_a_database_that_does_not_exist(tmp_path: Path, form: str) -> None:
    db = tmp_path / "typo.db"
    given = str(db) if form == "path" else f"sqlite:///{db}"
    try:  # a subprocess: a serve that does not refuse would run until stopped
        result = subprocess.run([sys.executable, "-m", "kroniek", "serve", "--db", given, "--port", str(free_port())],
                                capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        pytest.fail(f"kroniek serve started on {db}, which does not exist")
    assert result.returncode == 5, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kroniek: error: no database at {db}") and "--create" in line
    assert not db.exists()  # refused before anything was created


def test_serve_creates_the_database_when_asked(tmp_path: Path) -> None:
    db, port = tmp_path / "new.db", free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kroniek", "serve", "--db", str(db), "--create", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "KRONIEK_LOG_LEVEL": "WARNING"})
    body = None
    try:
        deadline = time.monotonic() + 60
        while body is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats", timeout=2) as r:
                    body = json.loads(r.read())
            except OSError:
                time.sleep(0.2)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert body is not None, err.decode()
    assert body["documents"] == 0 and db.is_file()
