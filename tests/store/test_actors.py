"""Actors across documents in the store (SQLite file and PostgreSQL): the actor table, its counts and
variants, re-run safety, typed participant rows, the actor filters and the 0002 -> 0003 migration."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import MetaData, Table, select, text

from kroniek.errors import ConfigError
from kroniek.model import ACTOR_SECTORS, ACTOR_TYPES, Document, Participant
from kroniek.store import ActorFilter, EventFilter, Store
from kroniek.store.actors import actor_id, name_key
from kroniek.store.rows import document_rows

from backends import BACKENDS, backend_url
from samples import full_document, sample_document

LANGS = ["nl", "en"]


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return backend_url(request.param, tmp_path)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store.open(db_url)
    yield s
    s.close()


def police(lang: str) -> str:
    return "De politie" if lang == "nl" else "Police"


def with_participants(doc: Document, event: int, *, actors: tuple[Participant, ...] | None = None,
                      targets: tuple[Participant, ...] | None = None) -> Document:
    """``doc`` with the actors or targets of its ``event``-th event replaced."""
    events = list(doc.events)
    ev = events[event]
    events[event] = dataclasses.replace(ev, actors=ev.actors if actors is None else actors,
                                        targets=ev.targets if targets is None else targets)
    return doc.replace(events=tuple(events))


def actor_table(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        return sorted(tuple(r) for r in conn.execute(text("SELECT id, canonical, country FROM actors")))


# --------------------------------------------------------------------------- the actor table
@pytest.mark.parametrize("lang", LANGS)
def test_one_actor_across_documents_of_the_same_country(store: Store, lang: str) -> None:
    store.add_many([sample_document(lang, 0), sample_document(lang, 4)])  # Moscow and St Petersburg: RU
    [actor] = store.actors(ActorFilter(name=police(lang)))
    assert (actor.canonical, actor.type, actor.sector, actor.country) == (police(lang), "state forces", "police", "RU")
    assert (actor.n_events, actor.n_documents, actor.as_actor, actor.as_target) == (2, 2, 2, 0)
    assert actor.variants == ((police(lang), 2),)


@pytest.mark.parametrize("lang", LANGS)
def test_the_same_name_in_another_country_is_another_actor(store: Store, lang: str) -> None:
    store.add_many([sample_document(lang, 0), sample_document(lang, 1)])  # Moscow (RU), Amsterdam (NL)
    found = store.actors(ActorFilter(name=police(lang)))
    assert sorted(a.country or "" for a in found) == ["NL", "RU"]
    assert store.actors(ActorFilter(name=police(lang), country="nl"))[0].country == "NL"


@pytest.mark.parametrize("lang", LANGS)
def test_unnamed_groups_keep_their_type_but_are_no_actor(store: Store, lang: str) -> None:
    doc = sample_document(lang, 0)  # the crowd and the arrested protesters have no entity and are protesters
    store.add(doc)
    assert [a.canonical for a in store.actors()] == [police(lang)]
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT text, type, sector, country, actor_id FROM event_participants "
                                 "WHERE role = 'target'")).all()
    assert [tuple(r) for r in rows] == [(doc.events[1].targets[0].text, "protesters", "civilians", "RU", None)]


@pytest.mark.parametrize("lang", LANGS)
def test_an_organized_group_without_entity_is_an_actor(store: Store, lang: str) -> None:
    doc = sample_document(lang, 0)
    arrest = doc.events[1]
    forces = dataclasses.replace(arrest.actors[0], entity=None)
    store.add(with_participants(doc, 1, actors=(forces,)))
    assert [a.canonical for a in store.actors(ActorFilter(type="state forces"))] == [police(lang)]


@pytest.mark.parametrize(("lang", "variant", "canonical"), [
    ("nl", "hij", "Vladimir Poetin"), ("nl", "president Poetin", "Vladimir Poetin"),
    ("en", "he", "Vladimir Putin"), ("en", "President Putin", "Vladimir Putin"),
])
def test_variants_are_counted_under_their_actor(store: Store, lang: str, variant: str, canonical: str) -> None:
    doc = sample_document(lang, 0)
    start = doc.events[1].actors[0].start
    leader = Participant(text=variant, entity="e3", start=start, end=start, canonical=canonical,
                         type="state forces", sector="government", country="RU")
    store.add(with_participants(doc, 1, actors=(leader,)))
    store.add(with_participants(sample_document(lang, 4), 1, actors=(dataclasses.replace(leader, text=canonical),)))
    [actor] = store.actors(ActorFilter(name=variant))  # found by a variant, not only by the canonical name
    assert actor.canonical == canonical
    assert sorted(actor.variants) == sorted([(variant, 1), (canonical, 1)])
    assert store.actor(actor.id) == actor


@pytest.mark.parametrize("lang", LANGS)
def test_storing_a_document_again_changes_no_actor_count(store: Store, lang: str) -> None:
    docs = [sample_document(lang, 0), sample_document(lang, 4)]
    store.add_many(docs)
    before = store.actors()
    assert store.add(docs[0]) is False
    assert store.add_many(docs + docs) == 0
    assert store.actors() == before


@pytest.mark.parametrize("lang", LANGS)
def test_deleting_a_document_updates_its_actors(store: Store, lang: str) -> None:
    first, second = sample_document(lang, 0), sample_document(lang, 4)
    store.add_many([first, second])
    store.delete(first.id)
    [actor] = store.actors()
    assert (actor.n_events, actor.n_documents, actor.variants) == (1, 1, ((police(lang), 1),))
    store.delete(second.id)
    assert store.actors() == [] and actor_table(store) == []


@pytest.mark.parametrize("lang", LANGS)
def test_replacing_a_document_replaces_its_actors(store: Store, lang: str) -> None:
    doc = sample_document(lang, 0)
    store.add(doc)
    store.delete(doc.id)
    renamed = with_participants(doc, 1, actors=(dataclasses.replace(doc.events[1].actors[0], canonical="OMON"),))
    store.add(renamed)
    assert [a.canonical for a in store.actors()] == ["OMON"]
    assert [r[1] for r in actor_table(store)] == ["OMON"]


def test_full_document_participants_round_trip_and_name_actors(store: Store) -> None:
    doc = full_document("nl", 0)
    store.add(doc)
    stored = store.get_document(doc.id)
    assert stored is not None and stored.events == doc.events  # tokens and paragraphs are not stored
    row = store.event(f"{doc.id}:ev-2")
    assert row is not None
    assert row.actor_names == ("De politie",) and row.target_names == ("demonstranten",)
    assert all(row.actor_ids) and all(row.target_ids)
    assert store.actor(row.actor_ids[0] or "") is not None
    assert {a.type for a in store.actors()} == {"protesters", "state forces"}


@pytest.mark.parametrize(("a", "b"), [
    ("De politie", "politie"), ("  de   POLITIE ", "Politie."), ("the Police", "police"), ("Poetin", "POETIN"),
])
def test_names_with_other_case_spacing_or_article_share_a_key(a: str, b: str) -> None:
    lang = "en" if "the" in a.lower().split() else "nl"
    assert name_key(a, lang) == name_key(b, lang)
    assert actor_id(name_key(a, lang), "ru") == actor_id(name_key(b, lang), "RU")


def test_a_name_that_is_only_an_article_is_kept() -> None:
    assert name_key("De", "nl") == "de"


# --------------------------------------------------------------------------- filters
@pytest.fixture(scope="module", params=BACKENDS)
def typed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """Typed full documents: n = 0..4 in Dutch and English (cities cycle Moscow, Amsterdam, Kyiv, Rotterdam, St Petersburg)."""
    s = Store.open(backend_url(request.param, tmp_path_factory.mktemp("typed"), schema="kroniek_typed"))
    s.add_many(full_document(lang, n) for n in range(5) for lang in LANGS)
    yield s
    s.close()


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter(actor="politie"), 5),
    (EventFilter(actor="DEMONSTRANTEN"), 5),  # a target: matched since no role is given
    (EventFilter(actor="demonstranten", role="actor"), 0),
    (EventFilter(actor="demonstranten", role="target"), 5),
    (EventFilter(actor="protesters", role="TARGET"), 5),
    (EventFilter(actor_type="state forces"), 20),  # the police arrest; the mobilisation is protested
    (EventFilter(actor_type="state forces", role="actor"), 10),
    (EventFilter(actor_type="State Forces", role="target"), 10),
    (EventFilter(actor_type="police"), 10),  # a sector
    (EventFilter(actor_type="government,police"), 20),
    (EventFilter(actor_type="protesters", role="actor"), 10),
    (EventFilter(actor_type="rebel group"), 0),
    (EventFilter(actor="politie", actor_type="protesters"), 0),  # one participant must meet both
    (EventFilter(actor="politie", actor_type="state forces", country="RU"), 2),
    (EventFilter(type="PROTEST", actor_type="state forces", role="target"), 10),
])
def test_actor_filters(typed: Store, flt: EventFilter, expected: int) -> None:
    assert typed.count_events(flt) == expected
    assert len(typed.events(flt, limit=100)) == expected
    assert len(list(typed.iter_events(flt))) == expected


def test_actor_id_filter_lists_the_events_of_an_actor(typed: Store) -> None:
    for actor in typed.actors(limit=100):
        rows = typed.events(EventFilter(actor_id=actor.id), limit=100)
        assert len(rows) == actor.n_events
        assert all(actor.id in r.actor_ids + r.target_ids for r in rows)


@pytest.mark.parametrize(("flt", "names"), [
    (ActorFilter(type="state forces", country="NL"), {"De politie", "Police", "de mobilisatie", "the mobilisation"}),
    (ActorFilter(type="government"), {"de mobilisatie", "the mobilisation"}),
    (ActorFilter(name="POLI", country="ua,ru"), {"De politie", "Police"}),
    (ActorFilter(type="protesters", country="RU"), {"mensen", "people", "demonstranten", "protesters"}),
])
def test_actor_list_filters(typed: Store, flt: ActorFilter, names: set[str]) -> None:
    found = typed.actors(flt, limit=100)
    assert {a.canonical for a in found} == names
    assert typed.count_actors(flt) == len(found)


def test_actor_list_orders_by_events_and_pages(typed: Store) -> None:
    everyone = typed.actors(limit=1000)
    assert [a.n_events for a in everyone] == sorted((a.n_events for a in everyone), reverse=True)
    assert typed.actors(limit=3, offset=3) == everyone[3:6]
    assert typed.count_actors() == len(everyone)


@pytest.mark.parametrize(("field", "value", "named"), [
    ("actor_type", "soldiers", "state forces"),
    ("actor_type", "police,pirates", "police"),
    ("role", "victim", "target"),
])
def test_bad_actor_filter_values_name_the_allowed_ones(field: str, value: str, named: str) -> None:
    with pytest.raises(ConfigError, match=repr(value.split(",")[-1])) as info:
        EventFilter(**{field: value})
    assert named in str(info.value)


@pytest.mark.parametrize(("field", "value"), [("type", "soldiers"), ("country", "Nederland")])
def test_bad_actor_list_filters_are_refused(field: str, value: str) -> None:
    with pytest.raises(ConfigError, match=repr(value)):
        ActorFilter(**{field: value})


def test_every_actor_type_and_sector_is_accepted() -> None:
    for value in (*ACTOR_TYPES, *ACTOR_SECTORS):
        assert EventFilter(actor_type=value).actor_type == value


# --------------------------------------------------------------------------- migration
def test_a_0002_database_is_upgraded_with_typed_participants_and_actors(db_url: str, tmp_path: Path) -> None:
    from alembic import command

    from kroniek.store.engine import alembic_config

    docs = [full_document("nl", 0), full_document("en", 0), full_document("nl", 4)]
    store = Store.open(db_url, migrate=False)
    with store.engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        meta = MetaData()
        for doc in docs:  # the rows kroniek 0002 wrote: today's rows without the columns 0003 adds
            for name, rows in document_rows(doc).items():
                if name == "actors" or not rows:
                    continue
                table = Table(name, meta, autoload_with=conn)
                conn.execute(table.insert(), [{k: v for k, v in r.items() if k in table.c} for r in rows])
    store.close()
    with Store.open(db_url) as s:  # migrates to head
        for doc in docs:
            stored = s.get_document(doc.id)
            assert stored is not None and stored.events == doc.events
        [actor] = s.actors(ActorFilter(name="politie"))
        assert (actor.type, actor.sector, actor.country, actor.n_events) == ("state forces", "police", "RU", 2)
        assert s.count_events(EventFilter(actor_type="state forces", role="actor")) == 3
        with s.engine.connect() as conn:
            pa = Table("event_participants", MetaData(), autoload_with=conn)
            untyped = conn.execute(select(pa.c.text).where(pa.c.type.is_(None))).all()
        assert untyped == []
        upgraded = s.actors(limit=100)
    with Store.open(f"sqlite:///{tmp_path / 'fresh.db'}") as fresh:  # the same documents stored at head
        fresh.add_many(docs)
        assert upgraded == fresh.actors(limit=100)


@pytest.mark.parametrize("backend", BACKENDS)
def test_writers_adding_the_same_actor_at_once_store_it_once(backend: str, tmp_path: Path) -> None:
    import threading

    url = backend_url(backend, tmp_path)
    Store.open(url).close()  # migrated before the writers start
    docs = [sample_document(lang, n) for n in (0, 4, 5, 9) for lang in LANGS]  # Moscow and St Petersburg: RU
    errors: list[BaseException] = []

    def write(part: list[Document]) -> None:
        try:
            with Store.open(url) as s:
                for doc in part:
                    s.add(doc)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(docs[k::4],)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    with Store.open(url) as s:
        found = s.actors(ActorFilter(country="RU"))
        assert sorted(a.canonical for a in found) == ["De politie", "Police"]
        assert [a.n_events for a in found] == [4, 4]


def test_stats_count_the_actors_in_use(store: Store) -> None:
    first, second = sample_document("nl", 0), sample_document("en", 1)
    store.add_many([first, second])
    assert store.stats()["actors"] == store.count_actors() == 2  # the Dutch and the English police
    store.delete(first.id)
    assert store.stats()["actors"] == store.count_actors() == 1


@pytest.mark.postgres
def test_a_delete_keeps_an_actor_that_a_concurrent_writer_names(tmp_path: Path) -> None:
    """A delete waits for writers still adding the actors it would drop (PostgreSQL: readers do not see
    uncommitted rows, so without the lock the delete would drop an actor the new document names)."""
    import threading
    import time

    from kroniek.store.rows import document_rows as rows_of
    from kroniek.store.store import _insert

    url = backend_url("postgres", tmp_path)
    first, second = sample_document("nl", 0), sample_document("nl", 4)  # both name De politie (RU)
    with Store.open(url) as s:
        s.add(first)
        inserted, commit = threading.Event(), threading.Event()

        def write() -> None:
            with s._write() as conn:
                _insert(conn, rows_of(second))
                inserted.set()
                commit.wait(30)

        writer = threading.Thread(target=write)
        writer.start()
        assert inserted.wait(30)
        deleter = threading.Thread(target=s.delete, args=(first.id,))
        deleter.start()
        time.sleep(0.5)  # time for an unguarded delete to drop the actor
        commit.set()
        writer.join(30)
        deleter.join(30)
        [actor] = s.actors()
        assert (actor.canonical, actor.n_documents) == ("De politie", 1)
        assert len(actor_table(s)) == 1
