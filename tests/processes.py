"""Signals to a real command and the processes it leaves behind (ingest's and batch's shutdown tests)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable

import psutil


def survivors_after_signal(proc: subprocess.Popen[bytes], sig: signal.Signals, busy: Callable[[], bool], *,
                           start_s: float = 120, reap_s: float = 60) -> list[str]:
    """Wait until ``proc`` has two child processes and ``busy()`` says they are working, send ``sig`` to
    ``proc`` and return the command lines of its children still alive ``reap_s`` seconds later.

    Every process is killed on the way out, whatever happens, so that a failing test leaves none behind.
    """
    parent = psutil.Process(proc.pid)
    children: list[psutil.Process] = []
    try:
        deadline = time.monotonic() + start_s
        while proc.poll() is None and time.monotonic() < deadline:
            children = parent.children(recursive=True)
            if len(children) >= 2 and busy():
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the command finished before it could be stopped; make the test input bigger"
        children = parent.children(recursive=True)
        os.kill(proc.pid, sig)
        proc.wait(timeout=60)
        _, alive = psutil.wait_procs(children, timeout=reap_s)
        return [" ".join(p.cmdline()) for p in alive]
    finally:
        for p in parent.children(recursive=True) if proc.poll() is None else children:
            if p.is_running():
                p.kill()
        if proc.poll() is None:
            proc.kill()
