"""`kroniek extract` through the real CLI (in-process runner)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kroniek.cli import app
from kroniek.lang import language_codes

NL = "Duizenden boeren protesteerden dinsdag in Den Haag tegen de nieuwe regels van het kabinet."
EN = "Thousands of teachers marched through Nairobi on Monday to demand their unpaid wages."
DE = "Tausende Landwirte haben am Dienstag in Berlin gegen die neuen Regeln der Regierung protestiert."


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_extract_prints_one_json_object_per_document(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NL, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "2023-03-14"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["schema"] == "kroniek/1"
    assert doc["document"]["language"] == "nl"
    assert doc["document"]["published"] == "2023-03-14"


def test_extract_reads_stdin_as_jsonl(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "-", "--format", "jsonl"], input=EN)
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0]["document"]["language"] == "en"


def test_extract_writes_files_and_a_summary(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "nl.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "in" / "nl.meta.json").write_text('{"published": "2023-03-14"}', encoding="utf-8")
    (tmp_path / "in" / "en.txt").write_text(EN, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["en.json", "nl.json"]
    assert json.loads((tmp_path / "out" / "nl.json").read_text())["document"]["published"] == "2023-03-14"
    assert "wrote 2 documents" in result.stdout


@pytest.mark.parametrize(("lang", "text", "actor", "target"), [
    ("nl", "De Russische politie arresteerde zaterdag in Moskou twintig demonstranten.",
     "De Russische politie (state forces, RU) → ", "demonstranten (protesters)"),
    ("en", "Israeli forces arrested ten protesters in Hebron on Saturday.",
     "Israeli forces (state forces, IL) → ", "protesters (protesters)"),
])
def test_the_events_table_shows_who_did_it_to_whom_with_their_types(runner: CliRunner, tmp_path: Path, lang: str,
                                                                    text: str, actor: str, target: str) -> None:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", "2024-03-02", "--language",
                                 lang, "--out", str(tmp_path / "out")], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if "COERCE" in line)
    assert "who → whom" in result.stdout and actor in row and target in row.split("→")[-1]


def test_bad_files_fail_one_line_each_and_good_ones_still_run(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(NL, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "german.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt"),
                                 str(tmp_path / "german.txt"), str(tmp_path / "bin.txt"), "--format", "jsonl"])
    assert result.exit_code == 2
    errors = [x for x in result.stderr.splitlines() if x.startswith("kroniek: error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("german.txt" in e and "language de is not supported" in e for e in errors)
    assert any("bin.txt" in e and "binary" in e for e in errors)
    assert len([x for x in result.stdout.splitlines() if x.strip()]) == 1


def test_too_big_input_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(NL * 100, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "big.txt"), "--max-bytes", "1000"])
    assert result.exit_code == 2
    assert "big.txt" in result.stderr and "over the limit" in result.stderr


@pytest.mark.parametrize("published", ["gisteren", "2024-13-01", "2023-02-29"])
def test_bad_published_date_is_an_input_error(runner: CliRunner, tmp_path: Path, published: str) -> None:
    (tmp_path / "a.txt").write_text(NL, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--published", published])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kroniek: error: {tmp_path / 'a.txt'}: published must be an ISO 8601 date")
    assert repr(published) in line and result.stdout == ""


def test_language_option_is_checked(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NL, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--language", "xx"])
    assert result.exit_code == 3
    message = result.stderr.splitlines()[0]
    assert "--language must be" in message and "'xx'" in message
    assert all(code in message for code in language_codes())  # the registered languages, not a list of its own


def test_tables_printed_to_a_pipe_are_not_cut(tmp_path: Path) -> None:
    """Through a pipe (no terminal anywhere) the summary keeps each row on one line, however wide."""
    stem = "boerenprotest-den-haag-" * 7 + "verslag"  # wider than any default width on its own
    (tmp_path / f"{stem}.txt").write_text(NL, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env["KRONIEK_PIPELINE"] = "kroniek.language.v1,kroniek.segment.v1"
    result = subprocess.run([sys.executable, "-m", "kroniek", "extract", str(tmp_path / f"{stem}.txt"), "--out",
                             str(tmp_path / "out")], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            env=env, timeout=300, start_new_session=True)
    assert result.returncode == 0, result.stderr
    [row] = [line for line in result.stdout.splitlines() if stem in line]
    assert row.split()[1:4] == [stem, "│", "nl"]


@pytest.mark.parametrize(("name", "content"), [("crawl.warc.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"),
                                               ("crawl.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n"),
                                               ("news.rss", b"<rss version=\"2.0\"><channel></channel></rss>")])
def test_archives_and_feeds_are_left_to_ingest_and_batch(runner: CliRunner, tmp_path: Path, name: str,
                                                         content: bytes) -> None:
    (tmp_path / name).write_bytes(content)
    result = runner.invoke(app, ["extract", str(tmp_path / name)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kroniek: error: {tmp_path / name}: ") and "`kroniek ingest`" in line
