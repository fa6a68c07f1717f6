"""``kroniek incidents list|show|merge|split|relink`` on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from incidents.reports import report
from incidents.test_linking import DEMO, STABBINGS
from kroniek.cli import app
from kroniek.store import Store
from kroniek.store.incidents import Incidents


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "kroniek.db")
    docs = [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for lang in ("nl", "en") for r in DEMO[lang]]
    docs += [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, event_type="ASSAULT",
                    mode="beat", place="Rotterdam") for text, trig, date, dtext, src in STABBINGS["nl"]]
    with Store.open(path) as store:
        store.add_many(docs)
    return path


def ids(db: str, **kw: str) -> list[str]:
    with Store.open(db) as store:
        return [r.id for r in Incidents(store).find(**kw)]  # type: ignore[arg-type]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


def test_list_prints_one_row_per_incident(db: str) -> None:
    code, out = run("incidents", "list", "--db", db)
    assert code == 0
    assert sorted(line.split()[0] for line in out.splitlines() if line.strip().startswith("inc-")) == sorted(ids(db))
    assert "4 of 4 incidents" in out


def test_list_filters_like_events(db: str) -> None:
    code, out = run("incidents", "list", "--db", db, "--type", "ASSAULT")
    assert code == 0 and "2 of 2 incidents" in out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_show_prints_every_report_with_its_sentence_and_why_it_was_linked(db: str, lang: str) -> None:
    with Store.open(db) as store:
        (row,) = [r for r in Incidents(store).find(members=True) if r.members[0].record.language == lang and r.summary["type"] == "PROTEST"]
    code, out = run("incidents", "show", row.id, "--db", db)
    assert code == 0
    for r in DEMO[lang]:
        assert str(r["text"]).split(". ")[0].rstrip(".") in out  # the whole sentence, not cut at 80 columns
    assert "first report" in out and "place +1.00" in out and "score 0." in out
    assert "conflict size.participants" in out


def test_show_of_an_unknown_incident_fails_with_one_line(db: str) -> None:
    code, out = run("incidents", "show", "inc-nope", "--db", db)
    assert code == 5 and "no incident 'inc-nope'" in out


def test_merge_and_split_are_recorded_and_survive_relink(db: str) -> None:
    a, b = _assault(db)
    assert run("incidents", "merge", a, b, "--db", db)[0] == 0
    with Store.open(db) as store:
        row = Incidents(store).get(a)
        assert row is not None and len(row.members) == 2
        member = row.members[1].record.key
    code, out = run("incidents", "split", a, "--member", member, "--db", db)
    assert code == 0, out
    new = out.split()[-1]
    code, out = run("incidents", "relink", "--db", db)
    assert code == 0 and "8 events in 4 incidents" in out
    with Store.open(db) as store:
        assert Incidents(store).of_event(member) == new
        assert Incidents(store).count() == 4


def _assault(db: str) -> list[str]:
    from kroniek.store import EventFilter

    with Store.open(db) as store:
        return [r.id for r in Incidents(store).find(EventFilter(type="ASSAULT"))]


def test_split_of_a_member_that_is_not_there_fails(db: str) -> None:
    a = _assault(db)[0]
    code, out = run("incidents", "split", a, "--member", "deadbeef:ev-9", "--db", db)
    assert code == 5 and "is no member" in out


def test_relink_keeps_the_ids(db: str) -> None:
    before = sorted(ids(db))
    code, out = run("incidents", "relink", "--db", db)
    assert code == 0 and "8 events in 4 incidents" in out
    assert sorted(ids(db)) == before


def test_eval_incidents_without_gold_fails_with_one_line(tmp_path: Path) -> None:
    code, out = run("eval", "incidents", str(tmp_path))
    assert code == 2 and "no incidents.gold.json" in out


@pytest.mark.slow
def test_relink_on_a_dask_cluster_gives_the_same_incidents(db: str) -> None:
    before = sorted(ids(db))
    code, out = run("incidents", "relink", "--db", db, "--workers", "2")
    assert code == 0, out
    assert "8 events in 4 incidents" in out and sorted(ids(db)) == before
