"""Run benchmark scripts on an older revision and on this working tree, alternately, in one run.

    python bench/versus.py REV [--rounds N] [SCRIPT ...]

REV (a commit, tag or branch) is checked out into a temporary git worktree; each SCRIPT (default:
the ones `make bench` runs; a SCRIPT may carry its arguments in one quoted word,
"bench/doc_size.py --sizes 10k,1M") is run from this tree in turn, importing kroniek from the old
tree and then from this one (``PYTHONPATH``), ``--rounds`` times, so that both see the same machine
load. Their outputs are printed one after the other under "old" and "new" headings. Scripts that a
revision does not have are run from this tree, so the same benchmark measures both.

A benchmark that runs its cases in subprocesses can put old and new side by side per case itself:
``python bench/doc_size.py --versus REV`` uses :func:`old_tree` and runs every size on the old tree
and then on this one before the next size.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["bench/extract_speed.py", "bench/nlp_speed.py", "bench/timex_speed.py", "bench/geo_speed.py",
           "bench/store_speed.py"]


@contextlib.contextmanager
def old_tree(rev: str) -> Iterator[Path]:
    """The ``src`` folder of ``rev`` checked out in a temporary git worktree (removed afterwards)."""
    with tempfile.TemporaryDirectory(prefix="kroniek-versus-") as tmp:
        old = Path(tmp) / "old"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(old), rev], check=True)
        try:
            yield old / "src"
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(old)], check=False)


def run(script: str, src: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(src)}
    path, *args = shlex.split(script)
    done = subprocess.run([sys.executable, str(ROOT / path), *args], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    out = done.stdout.strip()
    if done.returncode != 0:
        out += f"\n[exit {done.returncode}] " + done.stderr.strip().splitlines()[-1:][0] if done.stderr.strip() else ""
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev")
    parser.add_argument("scripts", nargs="*", default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with old_tree(args.rev) as old:
        for script in args.scripts:
            for k in range(args.rounds):
                for label, src in (("old " + args.rev, old), ("new (working tree)", ROOT / "src")):
                    print(f"=== {script} round {k + 1}: {label}")
                    print(run(script, src), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
