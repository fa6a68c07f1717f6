"""``kroniek export`` with the actor filters (--actor, --actor-type, --role) on a real SQLite file of typed
full documents; a bad value is one line naming the allowed ones (exit 3), also from a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.store import Store

from samples import full_document

LANGS = ["nl", "en"]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Typed full documents, n = 0..2 in Dutch and English: Moscow (RU), Amsterdam (NL), Kyiv (UA)."""
    path = tmp_path_factory.mktemp("cli-store") / "kroniek.db"
    with Store.open(str(path)) as s:
        s.add_many(full_document(lang, n) for n in range(3) for lang in LANGS)
    return str(path)


def exported_events(db_path: str, *args: str) -> list[dict]:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["export", "--db", db_path, "--format", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(("args", "n"), [
    ([], 12),
    (["--actor-type", "state forces"], 12),  # the arresting police, the protested mobilisation
    (["--actor-type", "state forces", "--role", "actor"], 6),
    (["--actor-type", "protesters", "--role", "target"], 6),
    (["--actor-type", "police", "--country", "NL"], 2),
    (["--actor", "politie"], 3),
    (["--actor", "politie", "--role", "target"], 0),
    (["--actor", "mobilisation", "--actor-type", "government"], 3),
])
def test_export_filters_by_actor_type_and_role(db_path: str, args: list[str], n: int) -> None:
    assert len(exported_events(db_path, *args)) == n


def test_exported_events_match_the_actor_type_in_the_given_role(db_path: str) -> None:
    for line in exported_events(db_path, "--actor-type", "state forces", "--role", "actor"):
        assert any(p["type"] == "state forces" for p in line["event"]["actors"])


@pytest.mark.parametrize(("args", "named"), [
    (["--actor-type", "soldiers"], "state forces"),
    (["--actor-type", "police,pirates"], "judiciary"),
    (["--role", "victim"], "actor, target"),
])
def test_bad_actor_options_are_one_line_naming_the_allowed_values(db_path: str, args: list[str], named: str) -> None:
    result = CliRunner().invoke(app, ["export", "--db", db_path, *args])
    assert result.exit_code == 3 and named in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_bad_actor_type_from_the_command_line(db_path: str, tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kroniek", "export", "--db", db_path, "--actor-type", "soldiers",
                           "--out", str(tmp_path / "x.csv")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 3 and proc.stderr.count("\n") == 1
    assert "actor type 'soldiers' is unknown" in proc.stderr and "external/other forces" in proc.stderr
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("level", ["event", "incident"])
def test_export_to_a_reader_that_went_away_stops_without_an_error(db_path: str, level: str) -> None:
    """`kroniek export ... | head -1`: a closed pipe is no 'cannot write' error."""
    proc = subprocess.Popen([sys.executable, "-m", "kroniek", "export", "--db", db_path, "--format", "csv",
                             "--level", level], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the export writes its first row: every write meets a closed pipe
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "error" not in err


# --------------------------------------------------------------------------- kroniek actors
def actor_lines(db_path: str, *args: str) -> list[str]:
    result = CliRunner().invoke(app, ["actors", "--db", db_path, *args])
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines() if "│" in line and " id " not in line]


@pytest.mark.parametrize(("args", "names"), [
    (["--type", "police"], ["De politie"] * 3 + ["Police"] * 3),  # one actor per country: RU, NL, UA
    (["--type", "state forces", "--country", "RU"], ["De politie", "Police", "de mobilisatie", "the mobilisation"]),
    (["--name", "demonstr"], ["demonstranten"] * 3),
])
def test_actors_lists_the_matching_actors(db_path: str, args: list[str], names: list[str]) -> None:
    lines = actor_lines(db_path, *args)
    assert sorted(line.split("│")[2].strip() for line in lines) == names


def test_actors_shows_type_country_counts_and_variants(db_path: str) -> None:
    [line] = actor_lines(db_path, "--name", "Police", "--country", "UA")
    cells = [c.strip() for c in line.split("│")[1:-1]]
    assert cells[1:] == ["Police", "state forces", "police", "UA", "1", "1", "1", "0", "Police (1)"]


@pytest.mark.parametrize(("args", "named"), [
    (["--type", "soldiers"], "state forces"),
    (["--country", "Nederland"], "ISO 3166-1 alpha-2"),
    (["--limit", "0"], "--limit must be 1 or more"),
])
def test_actors_refuses_bad_options_in_one_line(db_path: str, args: list[str], named: str) -> None:
    result = CliRunner().invoke(app, ["actors", "--db", db_path, *args])
    assert result.exit_code == 3 and named in result.output and len(result.output.strip().splitlines()) == 1
