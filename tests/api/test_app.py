"""REST API (kroniek.api): FastAPI TestClient in-process against a real SQLite file filled through Store.add.

The documents are built here with exact offsets (see :func:`article`); nothing is mocked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kroniek.api import create_app
from kroniek.model import (
    Acled,
    Document,
    Entity,
    Event,
    Participant,
    Place,
    Quote,
    Sentence,
    TimeExpr,
    Trigger,
    When,
    Where,
)
from kroniek.store import Store


# --------------------------------------------------------------------------- building documents
@dataclass(frozen=True)
class Ev:
    """One event to put in an article: every text is a needle found in its sentence."""

    type: str
    sentence: int
    trigger: str
    actor: str | None = None
    target: str | None = None
    place: tuple[str, str, str, float, float] | None = None  # needle, country, admin1, lat, lon
    date: str | None = None  # when.value
    time: str | None = None  # needle of the time expression
    modality: str = "asserted"
    confidence: float = 0.8
    mode: str | None = None


def _find(text: str, needle: str, lo: int, hi: int) -> tuple[int, int]:
    i = text.find(needle, lo, hi)
    assert i >= 0, f"{needle!r} not in sentence {text[lo:hi]!r}"
    return i, i + len(needle)


def article(sentences: list[str], events: list[Ev], *, language: str, title: str, published: str,
            url: str | None = None, quote: tuple[str, str] | None = None) -> Document:
    """A kroniek/1 Document with sentences, entities, places, times, events (and a quote), offsets exact."""
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append((pos, pos + len(s)))
        pos += len(s) + 1
    sents = tuple(Sentence(i=i, start=a, end=b) for i, (a, b) in enumerate(spans))
    entities: list[Entity] = []
    places: list[Place] = []
    times: list[TimeExpr] = []
    out: list[Event] = []
    for n, e in enumerate(events, 1):
        lo, hi = spans[e.sentence]
        ts, te = _find(text, e.trigger, lo, hi)

        def part(needle: str | None, label: str, lo: int = lo, hi: int = hi) -> tuple[Participant, ...]:
            if not needle:
                return ()
            a, b = _find(text, needle, lo, hi)
            eid = f"e{len(entities) + 1}"
            entities.append(Entity(id=eid, text=needle, start=a, end=b, label=label,  # type: ignore[arg-type]
                                   canonical=needle.strip()))
            return (Participant(text=needle, entity=eid, start=a, end=b),)

        where: tuple[Where, ...] = ()
        if e.place:
            needle, country, admin1, lat, lon = e.place
            a, b = _find(text, needle, lo, hi)
            pid = f"p{len(places) + 1}"
            places.append(Place(id=pid, text=needle, start=a, end=b, name=needle, geonames_id=GEONAMES[needle],
                                feature_code="PPLA", country=country, admin1=admin1, lat=lat, lon=lon,
                                precision="city", score=0.9))
            where = (Where(place=pid, text=needle),)
        when = None
        if e.date:
            tid = None
            if e.time:
                a, b = _find(text, e.time, lo, hi)
                tid = f"t{len(times) + 1}"
                times.append(TimeExpr(id=tid, text=e.time, start=a, end=b, type="DATE", value=e.date,
                                      granularity="day" if len(e.date) == 10 else "month", anchor="published"))
            when = When(value=e.date, precision="day" if len(e.date) == 10 else "month", time=tid,
                        source="text" if tid else "published")
        out.append(Event(id=f"ev-{n}", type=e.type, mode=e.mode, acled=Acled("Protests", "Peaceful protest"),
                         trigger=Trigger(text=e.trigger, start=ts, end=te), sentence=e.sentence,
                         actors=part(e.actor, "ORG"), targets=part(e.target, "ORG"), where=where, when=when,
                         modality=e.modality, confidence=e.confidence))  # type: ignore[arg-type]
    quotes: tuple[Quote, ...] = ()
    if quote:
        qa, qb = _find(text, quote[0], 0, len(text))
        quotes = (Quote(id="qt1", text=quote[0], start=qa, end=qb, kind="direct", speaker=None,
                        speaker_text=quote[1], speaker_description=None, cue=None),)
    return Document(text=text, language=language, title=title, published=published, url=url, source="Testkrant",
                    sentences=sents, entities=tuple(entities), places=tuple(places), times=tuple(times),
                    events=tuple(out), quotes=quotes)


GEONAMES = {"Amsterdam": 2759794, "Kharkiv": 706483, "Rotterdam": 2747891, "Brussel": 2800866}
AMSTERDAM = ("Amsterdam", "NL", "North Holland", 52.374, 4.890)
KHARKIV = ("Kharkiv", "UA", "Kharkiv", 49.994, 36.231)
ROTTERDAM = ("Rotterdam", "NL", "South Holland", 51.922, 4.479)
BRUSSELS = ("Brussel", "BE", "Brussels Capital", 50.850, 4.349)

XSS_TITLE = "<script>window.__xss=1</script> Onrust <img src=x onerror=\"window.__xss=2\">"
XSS_SENTENCE = "Demonstranten <img src=x onerror=\"window.__xss=3\"> liepen door Rotterdam <script>window.__xss=4</script>."


def corpus() -> list[Document]:
    """Dutch and English articles with events of several types, places, dates and modalities."""
    return [
        article(["Betogers protesteerden zaterdag in Amsterdam tegen de oorlog.",
                 "De politie arresteerde twintig demonstranten in Amsterdam."],
                [Ev("PROTEST", 0, "protesteerden", actor="Betogers", place=AMSTERDAM, date="2024-03-09",
                    time="zaterdag", mode="demonstrate"),
                 Ev("COERCE", 1, "arresteerde", actor="De politie", target="twintig demonstranten", place=AMSTERDAM,
                    date="2024-03-09", confidence=0.9, mode="arrest")],
                language="nl", title="Protest in Amsterdam", published="2024-03-10",
                url="https://example.org/nl/amsterdam",
                quote=("protesteerden zaterdag in Amsterdam", "Betogers")),
        article(["Russian forces shelled Kharkiv on Monday.",
                 "The government accused Moscow of war crimes."],
                [Ev("ASSAULT", 0, "shelled", actor="Russian forces", place=KHARKIV, date="2024-03-04",
                    time="on Monday", confidence=0.95, mode="aerial"),
                 Ev("ACCUSE", 1, "accused", actor="The government", target="Moscow", date="2024-03-04",
                    confidence=0.6)],
                language="en", title="Shelling of Kharkiv", published="2024-03-05", url="https://example.org/en/kharkiv"),
        article(["De minister zei dat het kabinet mogelijk sancties oplegt aan Rusland."],
                [Ev("SANCTION", 0, "sancties oplegt", actor="het kabinet", target="Rusland", date="2024-02",
                    modality="possible", confidence=0.4)],
                language="nl", title="Kabinet overweegt sancties", published="2024-02-20"),
        article(["Farmers' union members rejected 100% of the deal; -- said a spokesman in Brussel."],
                [Ev("REJECT", 0, "rejected", actor="Farmers' union members", place=BRUSSELS, date="2024-01-15",
                    confidence=0.7)],
                language="en", title="Farmers reject the deal", published="2024-01-15"),
        article([XSS_SENTENCE],
                [Ev("PROTEST", 0, "liepen", actor="Demonstranten", place=ROTTERDAM, date="2024-03-02",
                    confidence=0.75)],
                language="nl", title=XSS_TITLE, published="2024-03-02", url="javascript:alert(1)"),
    ]


PG_URL = os.environ.get("KRONIEK_TEST_PG_URL")
PG_SCHEMA = "kroniek_api_tests"


def database(backend: str, tmp: Path) -> str:
    """A fresh database: an SQLite file, or a wiped schema of KRONIEK_TEST_PG_URL's database."""
    if backend == "sqlite":
        return f"sqlite:///{tmp / 'kroniek.db'}"
    if not PG_URL:
        pytest.skip("KRONIEK_TEST_PG_URL is not set (.ci/run starts PostgreSQL and sets it)")
    from sqlalchemy import create_engine, text

    from kroniek.store import normalize_url

    engine = create_engine(normalize_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA IF EXISTS "{PG_SCHEMA}" CASCADE'))
        conn.execute(text(f'CREATE SCHEMA "{PG_SCHEMA}"'))
    engine.dispose()
    return PG_URL + ("&" if "?" in PG_URL else "?") + f"options=-csearch_path%3D{PG_SCHEMA}"


def fill(url: str) -> str:
    store = Store.open(url)
    try:
        for doc in corpus():
            store.add(doc)
    finally:
        store.close()
    return url


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    url = fill(database(request.param, tmp_path_factory.mktemp("api")))
    with TestClient(create_app(url)) as c:
        yield c


def triggers(c: TestClient, query: str) -> list[str]:
    r = c.get("/events" + query)
    assert r.status_code == 200, r.text
    return sorted(e["trigger"]["text"] for e in r.json()["items"])


# --------------------------------------------------------------------------- events and filters
def test_events_lists_every_stored_event(client: TestClient) -> None:
    body = client.get("/events").json()
    assert body["total"] == 7 and len(body["items"]) == 7


@pytest.mark.parametrize(("query", "expected"), [
    ("?type=PROTEST", ["liepen", "protesteerden"]),
    ("?type=protest,assault", ["liepen", "protesteerden", "shelled"]),
    ("?mode=arrest", ["arresteerde"]),
    ("?country=NL", ["arresteerde", "liepen", "protesteerden"]),
    ("?country=ua", ["shelled"]),
    ("?admin1=North Holland", ["arresteerde", "protesteerden"]),
    ("?date_from=2024-03-05", ["arresteerde", "protesteerden"]),
    ("?date_from=2024-02&date_to=2024-02", ["sancties oplegt"]),
    ("?date_to=2024-01-31", ["rejected"]),
    ("?actor=politie", ["arresteerde"]),
    ("?actor=russian", ["shelled"]),
    ("?text=war crimes", ["accused"]),
    ("?text=demonstranten", ["arresteerde", "liepen"]),
    ("?modality=possible", ["sancties oplegt"]),
    ("?min_confidence=0.9", ["arresteerde", "shelled"]),
    ("?type=PROTEST&country=NL&min_confidence=0.8", ["protesteerden"]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_event_filters_select_the_matching_events(client: TestClient, query: str, expected: list[str]) -> None:
    assert triggers(client, query) == expected


def test_events_are_paginated_without_overlap(client: TestClient) -> None:
    pages = [client.get(f"/events?limit=3&offset={o}").json() for o in (0, 3, 6)]
    keys = [e["key"] for p in pages for e in p["items"]]
    assert [len(p["items"]) for p in pages] == [3, 3, 1]
    assert len(set(keys)) == 7 and all(p["total"] == 7 for p in pages)


@pytest.mark.parametrize(("language", "trigger", "kinds"), [
    ("nl", "arresteerde", {"sentence", "trigger", "actor", "target", "place"}),
    ("en", "shelled", {"sentence", "trigger", "actor", "place", "time"}),
])
def test_event_page_carries_text_and_highlights_with_exact_offsets(client: TestClient, language: str,
                                                                   trigger: str, kinds: set[str]) -> None:
    item = next(e for e in client.get("/events").json()["items"] if e["trigger"]["text"] == trigger)
    assert item["document"]["language"] == language
    detail = client.get(f"/events/{item['key']}").json()
    text = detail["text"]
    assert {h["kind"] for h in detail["highlights"]} == kinds
    assert all(text[h["start"]:h["end"]] == h["text"] for h in detail["highlights"])
    span = detail["evidence_span"]
    assert text[span["start"]:span["end"]] == span["text"] == detail["evidence"]
    assert trigger in detail["evidence"]


def test_unknown_event_is_404(client: TestClient) -> None:
    r = client.get("/events/" + "0" * 64 + ":ev-1")
    assert r.status_code == 404 and "not in this database" in r.json()["detail"]


# --------------------------------------------------------------------------- other collections
def test_documents_list_and_kroniek_json_round_trip(client: TestClient) -> None:
    docs = client.get("/documents").json()
    assert docs["total"] == 5
    by_title = {d["title"]: d for d in docs["items"]}
    doc = client.get(f"/documents/{by_title['Shelling of Kharkiv']['id']}").json()
    assert doc["schema"] == "kroniek/1"
    assert Document.from_dict(doc).events[0].trigger.text == "shelled"


@pytest.mark.parametrize(("query", "total"), [("?language=nl", 3), ("?language=en", 2), ("?text=Kharkiv", 1)])
def test_documents_filter(client: TestClient, query: str, total: int) -> None:
    assert client.get("/documents" + query).json()["total"] == total


def test_places_count_events(client: TestClient) -> None:
    items = {p["name"]: p for p in client.get("/places").json()["items"]}
    assert items["Amsterdam"]["events"] == 2 and items["Amsterdam"]["country"] == "NL"
    assert items["Kharkiv"]["events"] == 1


def test_quotes_and_conflicts_endpoints(client: TestClient) -> None:
    quotes = client.get("/quotes").json()
    assert quotes["total"] == 1 and quotes["items"][0]["speaker_text"] == "Betogers"
    assert client.get("/conflicts").json()["total"] == 0


def test_stats_count_everything(client: TestClient) -> None:
    stats = client.get("/stats").json()
    assert (stats["documents"], stats["events"]) == (5, 7)
    assert stats["events_by_type"]["PROTEST"] == 2


@pytest.mark.parametrize(("bucket", "periods"), [
    ("day", {"2024-01-15", "2024-02-01", "2024-03-02", "2024-03-04", "2024-03-09"}),
    ("week", {"2024-01-15", "2024-01-29", "2024-02-26", "2024-03-04"}),
])
def test_timeline_buckets_by_day_or_week(client: TestClient, bucket: str, periods: set[str]) -> None:
    tl = client.get(f"/timeline?bucket={bucket}").json()
    assert {b["period"] for b in tl["buckets"]} == periods
    assert sum(sum(b["counts"].values()) for b in tl["buckets"]) == 7


def test_map_gives_geojson_points_for_located_events(client: TestClient) -> None:
    geo = client.get("/map?country=NL").json()
    assert geo["type"] == "FeatureCollection"
    assert sorted(f["properties"]["place"] for f in geo["features"]) == ["Amsterdam", "Amsterdam", "Rotterdam"]
    assert geo["features"][0]["geometry"]["coordinates"][1] > 50  # [lon, lat]


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(("query", "param"), [
    ("/events?min_confidence=1.5", "min_confidence"),
    ("/events?min_confidence=veel", "min_confidence"),
    ("/events?limit=0", "limit"),
    ("/events?limit=100000", "limit"),
    ("/events?offset=-1", "offset"),
    ("/events?type=RIOT", "type"),
    ("/events?modality=certain", "modality"),
    ("/events?country=NLD", "country"),
    ("/events?date_from=2024-13-01", "date_from"),
    ("/events?date_from=gisteren", "date_from"),
    ("/events?date_from=2024-03-01&date_to=2024-02-01", "date_from"),
    ("/events?contry=NL", "contry"),
    ("/timeline?bucket=month", "bucket"),
    ("/documents?language=nederlands", "language"),
    ("/documents/not-a-sha", "doc_id"),
])
def test_bad_parameters_give_422_with_a_message(client: TestClient, query: str, param: str) -> None:
    r = client.get(query)
    assert r.status_code == 422
    body = r.json()
    assert param in body["message"] or param in str(body["detail"][0]["loc"])
    assert "\n" not in body["message"] and len(body["message"]) < 300


# --------------------------------------------------------------------------- read-only and injection
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_api_is_read_only(client: TestClient, method: str) -> None:
    assert getattr(client, method)("/events").status_code == 405


INJECTIONS = ["'", "\"", "%", "_", ";--", "' OR '1'='1", "1; DROP TABLE events;--", "\\", "*", "NEAR(a b)",
              "\" OR 1=1 --"]


@pytest.mark.parametrize("param", ["text", "actor", "admin1", "mode"])
@pytest.mark.parametrize("value", INJECTIONS)
def test_text_filters_cannot_reach_sql(client: TestClient, param: str, value: str) -> None:
    r = client.get("/events", params={param: value})
    assert r.status_code in (200, 422), r.text  # mode has a pattern; the rest must be taken literally
    if r.status_code == 200:  # at most the one event whose actor is literally "Farmers' union members"
        assert r.json()["total"] <= (1 if (param, value) == ("actor", "'") else 0)
    assert client.get("/events").json()["total"] == 7  # nothing was dropped or changed


@pytest.mark.parametrize(("param", "value", "expected"), [
    ("actor", "Farmers' union", ["rejected"]),  # a quote in a name is matched literally
    ("text", "100%", ["rejected"]),
    ("text", "deal; --", ["rejected"]),
])
def test_text_filters_match_quotes_and_wildcards_literally(client: TestClient, param: str, value: str,
                                                           expected: list[str]) -> None:
    r = client.get("/events", params={param: value})
    assert sorted(e["trigger"]["text"] for e in r.json()["items"]) == expected


def test_responses_carry_security_headers(client: TestClient) -> None:
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/documents", "/documents/{doc_id}", "/events", "/events/{key}", "/places", "/quotes", "/conflicts",
              "/stats", "/timeline", "/map"):
        assert p in paths and set(paths[p]) == {"get"}


# --------------------------------------------------------------------------- write token
@pytest.mark.parametrize(("env", "header", "status"), [
    (None, "Bearer x", 403),
    ("s3cret", None, 401),
    ("s3cret", "Bearer wrong", 403),
    ("s3cret", "Bearer s3cret", 200),
])
def test_write_dependency_requires_kroniek_token(monkeypatch: pytest.MonkeyPatch, env: str | None,
                                                 header: str | None, status: int) -> None:
    from fastapi import Depends, FastAPI

    from kroniek.api import require_token

    if env is None:
        monkeypatch.delenv("KRONIEK_TOKEN", raising=False)
    else:
        monkeypatch.setenv("KRONIEK_TOKEN", env)
    app = FastAPI()

    @app.post("/write", dependencies=[Depends(require_token)])
    def write() -> dict[str, bool]:
        return {"ok": True}

    headers = {"Authorization": header} if header else {}
    assert TestClient(app).post("/write", headers=headers).status_code == status


def test_serve_defaults_to_localhost() -> None:
    import inspect

    from kroniek.cli.serve import serve

    assert inspect.signature(serve).parameters["host"].default.default == "127.0.0.1"


@pytest.mark.parametrize("path", ["/?utm_source=feed", "/docs", "/static/app.js", "/static/basemap.geojson"])
def test_page_and_static_files_are_served(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 200
