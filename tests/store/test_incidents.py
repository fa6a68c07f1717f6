"""Incidents in the store, on an SQLite file and on PostgreSQL: linking on write, decisions, relinking, reading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from incidents.reports import report
from incidents.test_linking import DEMO, STABBINGS
from kroniek.errors import StoreError
from kroniek.model import Document
from kroniek.store import EventFilter, Store
from kroniek.store.incidents import Incidents

from backends import BACKENDS, backend_url
from samples import sample_document


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = Store.open(backend_url(request.param, tmp_path, schema="kroniek_incidents"))
    yield s
    s.close()


def demo(lang: str = "nl") -> list[Document]:
    return [report(language=lang, place="Amsterdam" if lang == "nl" else "Manchester", **r)  # type: ignore[arg-type]
            for r in DEMO[lang]]


def stabbings() -> list[Document]:
    return [report(text, trigger=trig, date=date, date_text=dtext, published=date, source=src, event_type="ASSAULT",
                   mode="beat", place="Rotterdam") for text, trig, date, dtext, src in STABBINGS["nl"]]


def sizes(store: Store) -> list[int]:
    return sorted(row.summary["n_reports"] for row in Incidents(store).find(limit=1000))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_reports_added_one_by_one_link_into_one_incident(store: Store, lang: str) -> None:
    for doc in demo(lang):
        store.add(doc)
    assert sizes(store) == [3]


def test_reports_added_in_bulk_link_like_one_by_one(store: Store) -> None:
    store.add_many([*demo(), *stabbings()])
    assert sizes(store) == [1, 1, 3]


def test_every_stored_event_belongs_to_exactly_one_incident(store: Store) -> None:
    store.add_many([sample_document(lang, n) for n in range(4) for lang in ("nl", "en")])
    rows = Incidents(store).find(limit=1000, members=True)
    keys = [m.record.key for row in rows for m in row.members]
    assert len(keys) == len(set(keys)) == store.count_events()


def test_a_link_is_stored_with_its_features_and_score(store: Store) -> None:
    store.add_many(demo())
    (row,) = Incidents(store).find(members=True)
    first, *rest = row.members
    assert first.link.by == "first" and first.link.score is None
    assert all(m.link.by == "auto" and m.link.score and m.link.features["place"] == 1.0 for m in rest)


def test_the_incident_keeps_its_id_when_a_report_arrives(store: Store) -> None:
    docs = demo()
    store.add(docs[0])
    (before,) = Incidents(store).find()
    store.add_many(docs[1:])
    (after,) = Incidents(store).find()
    assert after.id == before.id and after.summary["n_reports"] == 3


def test_relinking_keeps_ids(store: Store) -> None:
    store.add_many([*demo(), *stabbings()])
    before = sorted(r.id for r in Incidents(store).find())
    Incidents(store).relink()
    assert sorted(r.id for r in Incidents(store).find()) == before


def test_a_split_survives_relinking_and_new_reports(store: Store) -> None:
    docs = demo()
    store.add_many(docs[:2])
    (row,) = Incidents(store).find(members=True)
    moved = row.members[1].record.key
    new = Incidents(store).split(row.id, [moved])
    store.add(docs[2])
    Incidents(store).relink()
    got = {r.id: {m.record.key for m in r.members} for r in Incidents(store).find(members=True)}
    assert got[new] == {moved} and row.id in got and moved not in got[row.id]


def test_a_merge_survives_relinking(store: Store) -> None:
    store.add_many(stabbings())
    a, b = (r.id for r in Incidents(store).find())
    kept = Incidents(store).merge(a, b)
    Incidents(store).relink()
    (row,) = Incidents(store).find(members=True)
    assert row.id == kept and [m.link.by for m in row.members] == ["first", "user"]


def test_a_split_member_may_be_named_by_a_document_id_prefix(store: Store) -> None:
    store.add_many(demo())
    (row,) = Incidents(store).find(members=True)
    m = row.members[2].record
    new = Incidents(store).split(row.id, [f"{m.doc_id[:10]}:{m.event_id}"])
    assert Incidents(store).of_event(m.key) == new


def test_splitting_every_member_is_refused(store: Store) -> None:
    store.add_many(demo())
    (row,) = Incidents(store).find(members=True)
    with pytest.raises(StoreError, match="every member"):
        Incidents(store).split(row.id, [m.record.key for m in row.members])


def test_merging_an_unknown_incident_is_refused(store: Store) -> None:
    store.add_many(demo())
    (row,) = Incidents(store).find()
    with pytest.raises(StoreError, match="no incident 'inc-nope'"):
        Incidents(store).merge(row.id, "inc-nope")


def test_incidents_filter_like_events(store: Store) -> None:
    store.add_many([*demo(), *stabbings()])
    inc = Incidents(store)
    assert inc.count(EventFilter(type="ASSAULT")) == 2
    assert inc.count(EventFilter(type="PROTEST", date_from="2024-03-09", date_to="2024-03-09")) == 1
    assert inc.count(EventFilter(country="FR")) == 0


def test_the_reconciled_incident_flags_the_crowd_conflict(store: Store) -> None:
    store.add_many(demo("en"))
    (row,) = Incidents(store).find()
    assert row.summary["n_sources"] == 3
    assert row.summary["size"]["participants"]["low"] == 2000
    assert [c["what"] for c in row.summary["conflicts"]] == ["size.participants"]


def test_events_stored_before_incidents_are_linked_when_pending(store: Store) -> None:
    from kroniek.store import incident_tables as it

    store.add_many(demo())
    with store.engine.begin() as conn:  # as a database migrated to 0004 from an older one looks
        conn.execute(it.incident_members.delete())
        conn.execute(it.incidents.delete())
    inc = Incidents(store)
    assert len(inc.pending()) == 3
    assert inc.link_pending() == 3 and sizes(store) == [3]


def test_deleting_a_report_takes_it_out_of_its_incident(store: Store) -> None:
    docs = demo()
    store.add_many(docs)
    (row,) = Incidents(store).find(members=True)
    assert store.delete(docs[0].id)
    (after,) = Incidents(store).find(members=True)
    assert after.id == row.id and after.summary["n_reports"] == 2
    assert after.members[0].link.by == "first" and docs[0].id not in {m.record.doc_id for m in after.members}
    for doc in docs[1:]:
        store.delete(doc.id)
    assert Incidents(store).count() == 0


_WRITER = """
import sys
sys.path[:0] = [{tests!r}]
from incidents.reports import report
from incidents.test_linking import DEMO
from kroniek.store import Store

lang, part = sys.argv[1], int(sys.argv[2])
docs = [report(language=l, place="Amsterdam" if l == "nl" else "Manchester", **r)
        for l in ("nl", "en") for r in DEMO[l]]
with Store.open(sys.argv[3]) as store:
    for doc in docs[part::2]:
        store.add(doc)
"""


def test_two_processes_storing_reports_of_the_same_happenings_found_each_incident_once(store: Store) -> None:
    import subprocess
    import sys

    from conftest import ROOT

    script = _WRITER.format(tests=str(ROOT / "tests"))
    procs = [subprocess.Popen([sys.executable, "-c", script, "nl", str(part), store.url]) for part in (0, 1)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    assert sizes(store) == [3, 3]


def test_relink_with_refresh_reads_the_mentions_again_from_the_documents(store: Store) -> None:
    from sqlalchemy import update

    from kroniek.store import incident_tables as it

    store.add_many(demo())
    (row,) = Incidents(store).find(members=True)
    stale = row.members[1].record
    with store.engine.begin() as conn:  # a record as an older kroniek might have stored it: another type
        conn.execute(update(it.incident_members).where(it.incident_members.c.doc_id == stale.doc_id)
                     .values(record={**stale.to_dict(), "type": "ASSAULT"}))
    Incidents(store).relink()
    assert sizes(store) == [1, 2]
    Incidents(store).relink(refresh=True)
    assert sizes(store) == [3]
